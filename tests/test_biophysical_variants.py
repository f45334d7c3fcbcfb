# SPDX-License-Identifier: GPL-3.0-or-later
"""Model variants (band sets, product level), non-vegetation and the product-level rules of the retrieval."""
import numpy as np
import pytest

from eolatent.core.biophysical import retrieval as bio
from eolatent.core.biophysical import nonvegetation as nv
from eolatent.core.inputs.product_level import normalise_level, product_level
from eolatent.models.training import biophysical_priors as priors
from eolatent.models.training.simulate_biophysical import simulate_dataset

ALL = bio.INPUT_BANDS


@pytest.mark.parametrize("bands,level,band_set,expected", [
    (ALL, "L2A", "auto", "eolatent.biophysical.s2"),
    (ALL + ("B01", "B09"), "L2A", "auto", "eolatent.biophysical.s2"),
    (tuple(b for b in ALL if b != "B8A"), "L2A", "auto", "eolatent.biophysical.s2.nob8a"),
    (("B02", "B03", "B04", "B08"), "L2A", "auto", "eolatent.biophysical.s2.10m"),
    (ALL, "L2A", "10m", "eolatent.biophysical.s2.10m"),
    (ALL, "L2A", "no_b8a", "eolatent.biophysical.s2.nob8a"),
    (ALL, "L1C", "auto", "eolatent.biophysical.s2.toa"),
])
def test_choose_model_id(bands, level, band_set, expected):
    assert bio.choose_model_id(bands, level, band_set) == expected


def test_choose_model_id_errors_name_the_fix():
    with pytest.raises(bio.BiophysicalInputError, match="give a stack with B8A, or use an atmospherically corrected "
                                                        r"\(Level-2A\) product.*do not just set the level to L2A"):
        bio.choose_model_id(tuple(b for b in ALL if b != "B8A"), "L1C")
    with pytest.raises(bio.BiophysicalInputError, match=r"there is no L1C model with band set 10m \(the L1C models "
                                                        "read: 20m\); choose band set auto or 20m"):
        bio.choose_model_id(ALL, "L1C", "10m")
    with pytest.raises(bio.BiophysicalInputError, match="it needs B02 B03 B04"):
        bio.choose_model_id(("B02", "B03", "B04"), "L2A")
    with pytest.raises(bio.BiophysicalInputError, match="not one of L2A, L1C"):
        bio.choose_model_id(ALL, "L3")
    # a band set the input lacks, where another fits: that one is named
    nine = tuple(b for b in ALL if b != "B8A")
    with pytest.raises(bio.BiophysicalInputError, match="band set no_b8a fits this input: choose it, or auto"):
        bio.choose_model_id(nine, "L2A", "20m")
    with pytest.raises(bio.BiophysicalInputError, match="band set 10m fits this input"):
        bio.choose_model_id(("B02", "B03", "B04", "B08", "B11"), "L2A", "no_b8a")


@pytest.mark.parametrize("mid", list(bio.VARIANTS))
def test_every_variant_is_shipped_with_its_bands_and_level(mid):
    info = bio.load(model_id=mid)
    bands, level, _ = bio.VARIANTS[mid]
    assert bio.model_bands(info) == bands
    assert info.input("bands")["product_level"] == ("TOA" if level == "L1C" else "BOA")


@pytest.mark.parametrize("mid", list(bio.VARIANTS))
def test_every_variant_has_a_codistributed_twin(mid):
    """PRIOR=codistributed: each band set and level again, trained on the co-distributed prior (same bands, same
    level, its card naming that prior); chosen by choose_model_id, refused with the choices for another name."""
    bands, level, band_set = bio.VARIANTS[mid]
    twin = bio.choose_model_id(bands, level, band_set, "codistributed")
    assert twin == mid + ".codist" and bio.variant(twin) == bio.VARIANTS[mid] and bio.prior_of(twin) == "codistributed"
    info = bio.load(model_id=twin)
    assert bio.model_bands(info) == bands
    assert info.input("bands")["product_level"] == ("TOA" if level == "L1C" else "BOA")
    assert info.card["training_data"]["training_prior"]["name"] == "codistributed"
    assert bio.load(model_id=mid).card["training_data"]["training_prior"].get("name", "wide") == "wide"
    with pytest.raises(bio.BiophysicalInputError, match="prior 'sl2p' is not one of wide, codistributed"):
        bio.choose_model_id(bands, level, band_set, "sl2p")


def test_the_codistributed_prior_reads_a_forest_from_its_near_infrared(slovenia_tif):
    """What the two priors follow inside the real Slovenia forest (L1C, 2015-07-11): the wide prior's LAI hardly
    follows the near infrared (it reads the visible absorption), the co-distributed prior's follows it somewhat
    (r 0.28; SL2P's 0.89, bench/biophysical_evaluation.md)."""
    import os

    import rasterio

    with rasterio.open(slovenia_tif) as ds:
        names = [d.split()[0] for d in ds.descriptions]
        data = ds.read().astype(np.float32)
    with rasterio.open(os.path.join(os.path.dirname(slovenia_tif), "LULC.tif")) as ds:
        forest = ds.read(1).ravel() == 2
    bands = {b: data[names.index(b)].ravel()[forest] for b in ALL}
    lai = {prior: bio.retrieve(bands, 27.3, 5.0, 90.0, provider="cpu", level="L1C", prior=prior)["LAI"]
           for prior in bio.PRIORS}
    nir = bands["B8A"]
    r = {prior: np.corrcoef(v, nir)[0, 1] for prior, v in lai.items()}
    assert abs(r["wide"]) < 0.1 and r["codistributed"] > 0.2, r


@pytest.fixture(scope="module")
def uniform_wide():
    """Fresh noise-free spectra of the uniform-LAI wide test distribution (a seed no script uses)."""
    return simulate_dataset(3000, 424242, noise=False, sampler=priors.sample_uniform_wide)


@pytest.mark.parametrize("mid,rmse_max", [("eolatent.biophysical.s2", 0.85), ("eolatent.biophysical.s2.nob8a", 0.9),
                                          ("eolatent.biophysical.s2.10m", 1.25)])
def test_band_set_variants_retrieve_lai(uniform_wide, mid, rmse_max):
    """Each BOA variant on the same noise-free spectra: accuracy within what its card reports (+ margin)."""
    bands_needed = bio.VARIANTS[mid][0]
    d = uniform_wide
    bands = {b: d["bands"][:, list(ALL).index(b)] for b in bands_needed}
    out = bio.retrieve(bands, *d["angles"].T, provider="cpu", band_set=bio.VARIANTS[mid][2], non_vegetation=False)
    assert out["model"].startswith(mid + " ")
    truth = d["targets"][:, 0]
    rmse = np.sqrt(np.mean((out["LAI"] - truth) ** 2))
    assert rmse <= rmse_max, (mid, rmse)
    assert np.corrcoef(out["LAI"], truth)[0, 1] >= 0.75


# --------------------------------------------------------------------------------------------- non-vegetation
# Typical surface reflectances (B02 B03 B04 B05 B06 B07 B08 B8A B11 B12)
SPECTRA = {
    "water": [0.06, 0.06, 0.04, 0.03, 0.02, 0.02, 0.02, 0.015, 0.01, 0.008],
    "turbid water": [0.08, 0.10, 0.09, 0.08, 0.05, 0.04, 0.04, 0.03, 0.015, 0.01],
    "snow": [0.85, 0.83, 0.80, 0.78, 0.75, 0.72, 0.70, 0.68, 0.10, 0.08],
    "bare soil": [0.10, 0.14, 0.18, 0.20, 0.21, 0.22, 0.23, 0.24, 0.32, 0.28],
    "asphalt": [0.09, 0.10, 0.11, 0.11, 0.12, 0.12, 0.12, 0.12, 0.13, 0.12],
    "crop": [0.03, 0.06, 0.03, 0.09, 0.28, 0.36, 0.40, 0.42, 0.20, 0.09],
    "forest": [0.02, 0.04, 0.02, 0.06, 0.20, 0.26, 0.29, 0.30, 0.14, 0.06],
}
EXPECTED = {"water": nv.KIND_WATER, "turbid water": nv.KIND_WATER, "snow": nv.KIND_SNOW, "bare soil": nv.KIND_BARE,
            "asphalt": nv.KIND_BARE, "crop": nv.KIND_NONE, "forest": nv.KIND_NONE}


def test_non_vegetation_kinds_of_known_spectra():
    refl = np.array([SPECTRA[k] for k in SPECTRA])
    kinds = nv.classify(refl, ALL)
    assert dict(zip(SPECTRA, kinds.tolist())) == EXPECTED
    # no B11: snow is not recognised as snow, but still not vegetation (bright, flat: NDVI < 0.15)
    no_swir = [b for b in ALL if b not in ("B11", "B12")]
    k = nv.classify(refl[:, [list(ALL).index(b) for b in no_swir]], no_swir)
    assert k[list(SPECTRA).index("snow")] == nv.KIND_BARE


def test_non_vegetation_never_hits_simulated_canopies():
    """Training-prior spectra with LAI ≥ 0.5 are never called non-vegetation (noisy, fresh seed)."""
    d = simulate_dataset(4000, 515151, noise=True, sampler=priors.sample_mixture)
    kinds = nv.classify(d["bands"], ALL)
    assert not np.any(kinds[d["targets"][:, 0] >= 0.5])


def test_water_gets_zero_and_flag_and_the_switch_keeps_the_network():
    refl = np.array([SPECTRA["water"], SPECTRA["crop"]])
    bands = {b: refl[:, k] for k, b in enumerate(ALL)}
    out = bio.retrieve(bands, 35.0, 5.0, 60.0, provider="cpu")
    assert out["LAI"][0] == 0.0 and out["FCOVER"][0] == 0.0 and out["QUALITY"][0] & bio.FLAG_NON_VEGETATION
    assert out["LAI"][1] > 1.5 and not out["QUALITY"][1] & bio.FLAG_NON_VEGETATION
    raw = bio.retrieve(bands, 35.0, 5.0, 60.0, provider="cpu", non_vegetation=False)
    assert not raw["QUALITY"][0] & bio.FLAG_NON_VEGETATION
    assert raw["LAI"][1] == pytest.approx(out["LAI"][1])


# --------------------------------------------------------------------------------------------- product level
class _FakeSource:
    def __init__(self, level=None, bands=ALL, path=""):
        self._level, self._bands, self.path = level, bands, path
        self.dates = [None]

    def metadata(self, i):
        return {"level": self._level} if self._level else {}

    def available_bands(self, i):
        return self._bands


@pytest.mark.parametrize("src,level", [
    (_FakeSource("Level-1C"), "L1C"), (_FakeSource("L2A"), "L2A"),
    (_FakeSource(bands=ALL + ("B10",)), "L1C"),
    (_FakeSource(path="/data/S2A_MSIL1C_20200601_T33TVM.tif"), "L1C"),
    (_FakeSource(path="/data/T33TVM_BOA_stack.tif"), "L2A"),
    (_FakeSource(path="/data/stack.tif"), "L2A"),
])
def test_product_level_rules(src, level):
    lv, how = product_level(src, 0)
    assert lv == level and how


def test_normalise_level():
    assert [normalise_level(t) for t in ("Level-1C", "MSIL2A", "l1c", "toa", "", None, "L3")] == \
        ["L1C", "L2A", "L1C", "L1C", None, None, None]
