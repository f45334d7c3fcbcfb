# SPDX-License-Identifier: GPL-3.0-or-later
"""Class descriptions for the contrastive training and the zero-shot evaluation of the text-query towers.

Every class is described in four kinds of phrasing — ``cover`` (what covers the ground), ``function`` (what the
land is used for), ``appearance`` (what it looks like from above) and ``season`` (how it behaves over the year).
Each kind holds TRAIN phrasings (the only text the towers are trained and calibrated against) and EVAL phrasings
(paraphrases, never used in training, only to measure ROC AUC). The appearance phrasings are worded on purpose
"… seen from above / in a satellite image" in TRAIN and "… in an aerial photo" in EVAL.

Classes come from two sources: the real Slovenia land-cover labels (``real_code`` = the eo-learn LULC code of
tests/data/slovenia/LULC.tif) and the physics simulation (``simulated``, see simulate.py). A class can have both
(forest, grassland, artificial surface = simulated built-up, cultivated land = simulated crop seasons).

Zero-shot: :data:`HELD_OUT` classes (shrubland, LULC code 4) are never trained on — neither their pixels nor any
of their phrasings; the words in :data:`HELD_OUT_WORDS` appear in no TRAIN phrasing of any class. All their
phrasings are EVAL phrasings.

``related``: classes that are not negatives of each other in the contrastive loss (a simulated bare-soil series can be
a ploughed field of cultivated land, dense crops are cultivated land, clear and turbid water are both water).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Sequence, Tuple

KINDS = ("cover", "function", "appearance", "season")


@dataclass(frozen=True)
class ClassSpec:
    name: str
    real_code: int = 0          # LULC code in the Slovenia sample (0: not a real class)
    simulated: bool = False     # simulate.py generates it
    held_out: bool = False      # zero-shot: never in training
    related: Tuple[str, ...] = ()
    train: Dict[str, Tuple[str, ...]] = field(default_factory=dict)
    eval: Dict[str, Tuple[str, ...]] = field(default_factory=dict)


def _c(name, train, evl, **kw) -> ClassSpec:
    return ClassSpec(name=name, train={k: tuple(v) for k, v in zip(KINDS, train)},
                     eval={k: tuple(v) for k, v in zip(KINDS, evl)}, **kw)


CLASSES: Tuple[ClassSpec, ...] = (
    _c("forest",
       (["forest", "land covered by trees", "a closed canopy of trees"],
        ["a forest managed for timber", "woodland used for forestry and wood production"],
        ["dark green tree crowns seen from above", "a rough dark green canopy of treetops in a satellite image"],
        ["deciduous trees in full summer leaf", "broadleaf and conifer trees that stay green through the summer"]),
       (["woods", "an area densely wooded with tall trees"],
        ["a stand of trees grown for lumber"],
        ["treetops forming a dark green carpet in an aerial photo"],
        ["leafy woodland in midsummer"]),
       real_code=2, simulated=True),
    _c("grassland",
       (["grassland", "a meadow", "land covered with grass"],
        ["a pasture grazed by cattle", "a hay meadow mown for fodder"],
        ["a smooth bright green grassy surface seen from above", "uniform light green grass in a satellite image"],
        ["green grass in early summer, mown in July", "a meadow that stays green from spring to autumn"]),
       (["a grassy field", "open land of pasture grasses"],
        ["grazing land for livestock"],
        ["an even green lawn-like surface in an aerial photo"],
        ["grass cut for hay in summer"]),
       real_code=3, simulated=True),
    _c("shrubland",
       ([], [], [], []),
       (["shrubland", "land covered with shrubs and bushes"],
        ["scrubland used for rough grazing"],
        ["patchy low bushes and scattered small trees in an aerial photo"],
        ["green shrubs and bushes in summer"]),
       real_code=4, held_out=True),
    _c("open woodland",
       (["open woodland", "a mosaic of trees and grassland", "grassland dotted with trees"],
        ["wooded pasture grazed by animals", "a parkland of meadows and groups of trees"],
        ["clumps of trees among grass seen from above",
         "a mix of dark green tree crowns and light green grass in a satellite image"],
        ["trees and grass that are both green in summer", "grass between trees that dries out in late summer"]),
       (["savanna-like land with trees and grass", "sparse woodland"],
        ["a meadow orchard"],
        ["tree clumps amid grass in an aerial photo"],
        ["grassland with trees in leaf in summer"]),
       simulated=True),
    _c("artificial surface",
       (["built-up area", "buildings and roads", "artificial surfaces such as concrete and asphalt"],
        ["a residential area where people live", "an industrial site with warehouses"],
        ["grey roofs and paved surfaces seen from above",
         "a bright mix of concrete, asphalt and roof tiles in a satellite image"],
        ["sealed surfaces that look the same in every season", "streets and buildings unchanged through the year"]),
       (["urban land", "houses, paved roads and parking lots"],
        ["a village with homes and gardens"],
        ["rooftops and streets in an aerial photo"],
        ["paved ground that does not change with the seasons"]),
       real_code=8, simulated=True),
    _c("cultivated land",
       (["cultivated land", "arable land", "cropland"],
        ["fields ploughed and sown with crops every year", "land used to grow cereals and maize"],
        ["rectangular fields of different colours seen from above", "a patchwork of crop parcels in a satellite image"],
        ["fields that are bare in spring and green in summer", "crops sown in spring and harvested in late summer"]),
       (["farmland", "agricultural fields"],
        ["fields where farmers grow crops"],
        ["a checkerboard of farm plots in an aerial photo"],
        ["fields that green up and are harvested within one season"]),
       real_code=1, simulated=True, related=("dense crops", "bare soil")),
    _c("bare soil",
       (["bare soil", "land without vegetation", "exposed earth"],
        ["a freshly ploughed field", "a construction site where earth has been moved"],
        ["brown earth seen from above", "a flat brownish surface without plants in a satellite image"],
        ["a field left bare after harvest", "soil without any crop in winter"]),
       (["unvegetated ground", "bare ground"],
        ["tilled land waiting to be sown"],
        ["dry brown dirt in an aerial photo"],
        ["an empty field between two crops"]),
       simulated=True, related=("cultivated land",)),
    _c("sparse vegetation",
       (["sparse vegetation", "thin plant cover on bare ground", "low vegetation cover"],
        ["poor land with little plant growth", "a dry field with weeds"],
        ["pale ground with a faint green tint seen from above",
         "a mix of soil and a little green in a satellite image"],
        ["vegetation that stays sparse all year", "a thin grass cover dried out in summer"]),
       (["sparsely vegetated land", "patchy plant cover"],
        ["degraded land with few plants"],
        ["mostly bare ground with some green in an aerial photo"],
        ["plants that barely grow over the seasons"]),
       simulated=True),
    _c("dense crops",
       (["dense crops", "a field of tall green crops", "a thick crop canopy"],
        ["a maize field in full growth", "a healthy crop of wheat or maize"],
        ["a bright green uniform crop field seen from above", "vivid green rows of crops in a satellite image"],
        ["crops at the peak of the growing season", "a cereal field at full canopy in early summer"]),
       (["lush crops covering the whole field", "a full green crop stand"],
        ["a productive field of corn"],
        ["a very green crop parcel in an aerial photo"],
        ["crops in their greenest stage"]),
       simulated=True, related=("cultivated land",)),
    _c("clear water",
       (["water", "a lake", "open water"],
        ["a reservoir storing drinking water", "a lake used for swimming and fishing"],
        ["dark blue water seen from above", "a very dark smooth surface in a satellite image"],
        ["water that stays unfrozen all year", "a lake in summer"]),
       (["a body of water", "a pond"],
        ["a water reservoir behind a dam"],
        ["deep blue water in an aerial photo"],
        ["a calm lake on a summer day"]),
       simulated=True, related=("turbid water",)),
    _c("turbid water",
       (["turbid water", "a muddy river", "water full of sediment"],
        ["a river carrying mud after heavy rain", "a shallow lagoon with suspended sediments"],
        ["brownish green water seen from above", "a light brown water surface in a satellite image"],
        ["a river swollen and muddy in spring", "water turbid after a storm"]),
       (["murky water", "a silty river"],
        ["a flooding river loaded with sediment"],
        ["cloudy brown water in an aerial photo"],
        ["a muddy river in flood season"]),
       simulated=True, related=("clear water",)),
    _c("snow",
       (["snow", "snow-covered ground", "a field of snow"],
        ["a ski slope", "snowy mountain pastures in winter"],
        ["bright white snow seen from above", "a brilliant white surface in a satellite image"],
        ["ground covered by snow in winter", "a snowy landscape in January"]),
       (["land under a layer of snow", "a snowfield"],
        ["a winter sports area"],
        ["white snow in an aerial photo"],
        ["fresh snow in midwinter"]),
       simulated=True),
)

BY_NAME: Dict[str, ClassSpec] = {c.name: c for c in CLASSES}
HELD_OUT: Tuple[str, ...] = tuple(c.name for c in CLASSES if c.held_out)
HELD_OUT_WORDS = ("shrub", "bush", "scrub")  # never in a TRAIN phrasing of any class
REAL_CODES: Dict[int, str] = {c.real_code: c.name for c in CLASSES if c.real_code}


def training_classes() -> List[str]:
    """Names of the classes the towers are trained on (the held-out ones excluded), in a fixed order."""
    return [c.name for c in CLASSES if not c.held_out]


def all_eval_phrasings() -> List[str]:
    return [p for c in CLASSES for k in KINDS for p in c.eval.get(k, ())]


def training_captions() -> Dict[str, List[str]]:
    """{class: TRAIN phrasings} of the training classes — the only text the trainer ever embeds for training and
    calibration. Checks the split: no EVAL phrasing, no held-out class, no held-out word."""
    evl = {p.strip().lower() for p in all_eval_phrasings()}
    out = {}
    for name in training_classes():
        spec = BY_NAME[name]
        caps = [p for k in KINDS for p in spec.train.get(k, ())]
        for p in caps:
            low = p.strip().lower()
            if low in evl:
                raise AssertionError(f"TRAIN phrasing {p!r} of {name} is also an EVAL phrasing")
            bad = [w for w in HELD_OUT_WORDS if w in low]
            if bad:
                raise AssertionError(f"TRAIN phrasing {p!r} of {name} contains held-out word(s) {bad}")
        if not caps:
            raise AssertionError(f"training class {name} has no TRAIN phrasing")
        out[name] = caps
    return out


def eval_captions(name: str) -> List[str]:
    spec = BY_NAME[name]
    return [p for k in KINDS for p in spec.eval.get(k, ())]


def eval_kinds(name: str) -> List[str]:
    spec = BY_NAME[name]
    return [k for k in KINDS for _ in spec.eval.get(k, ())]


def related_matrix(names: Sequence[str]):
    """bool [n, n]: True where two classes must not be negatives of each other (itself included)."""
    import numpy as np

    n = len(names)
    m = np.eye(n, dtype=bool)
    for i, a in enumerate(names):
        for j, b in enumerate(names):
            if b in BY_NAME[a].related or a in BY_NAME[b].related:
                m[i, j] = True
    return m


__all__ = ["CLASSES", "KINDS", "BY_NAME", "HELD_OUT", "HELD_OUT_WORDS", "REAL_CODES", "ClassSpec",
           "training_classes", "training_captions", "eval_captions", "eval_kinds", "all_eval_phrasings",
           "related_matrix"]
