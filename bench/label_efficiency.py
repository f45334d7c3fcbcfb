# SPDX-License-Identifier: GPL-3.0-or-later
"""Label efficiency: macro-F1 with 2, 5, 10, 20 labelled samples per class (and all) on five real data sets.

    .venv/bin/python bench/label_efficiency.py --out bench/label_efficiency.md        (full run)
    .venv/bin/python bench/label_efficiency.py --quick --out /tmp/le.md              (smoke run, about a minute)

Data sets (all shipped in tests/data; provenance in their READMEs):
* France 2022, France 2023 — WorldCereal LPIS crop / grassland types (S2 L2A + S1 monthly, 17 months);
* Uganda / South Sudan — WorldCereal crop types, 2017 (12 months);
* western US — Presto's fuel-moisture series (3 months, S1 + S2 + ERA5 + SRTM), labelled with the sample's most
  frequent monthly Dynamic World class (a model output, not ground truth); Dynamic World is NEVER given to Presto;
* Slovenia — the 1 km² L1C tile, one sample per 10 m pixel, RABA land-cover labels (LULC.tif).

Feature sets (columns), each classified by the model :func:`eolatent.core.classify.fewshot.choose_classifier`
picks by validation on the labelled training samples only:
* presto — Presto's pooled 128-d embedding (lat/lon given to the model);
* fused  — presto + raw + physical blocks, standardised, each block weighted equally;
* ensemble — presto and raw as two blocks, classified by eolatent:classify's CLASSIFIER=ensemble
  (:mod:`eolatent.core.classify.ensemble`: the mean class probability of shrinkage LDA, logistic regression, kNN
  and a random forest on each block; late fusion, nothing chosen by validation; its kNN keeps at most
  KNN_MAX_PER_CLASS labelled samples a class, as in eolatent:classify);
* raw (vote) — the raw series alone under the same vote (one block): how much of the ensemble's gain is the vote;
* presto_small, ensemble (presto_small) — the distilled CPU student in Presto's place, fed 12-month windows side by
  side as eolatent:encode MODEL=presto_small feeds it (its card's window_months);
* fine4  — the fine4 latent (Slovenia only: it needs a raster stack; the pixel takes its 40 m cell's latent);
* raw    — the raw band series, gap-filled by linear interpolation in time, with the NDVI series.
Chooser candidates: nearest prototype, shrinkage LDA, logistic regression, kNN, random forest.
Standardisation statistics come from the training side's samples (unlabelled use), never from the test side.

Protocol: classes with at least 25 samples; ten seeded draws; per draw a spatially separated split
(eolatent.core.classify.split.spatial_split: whole spatial blocks — 0.25° cells for the point data sets, grouped by
site for the western US; 25 × 25 px blocks in Slovenia — go to the test side until it holds at least 30 % of every
class);
then per budget b, b training samples per class drawn from the training side (the same samples for every column).
Score: macro-F1 on the test side, mean ± sd over the draws.
"""
from __future__ import annotations

import argparse
import collections
import os
import pickle
import sys
import time
from datetime import datetime

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, "_work", "label_efficiency")
SLOVENIA = os.path.join(ROOT, "tests", "data", "slovenia")
FUEL = os.path.join(ROOT, "tests", "data", "presto", "fuel_moisture.npz")
sys.path.insert(0, os.path.join(ROOT, "tools"))
sys.path.insert(0, HERE)

from eolatent.core.classify import ensemble  # noqa: E402
from eolatent.core.classify import fewshot as fs  # noqa: E402
from eolatent.core.classify.split import draw_budget, spatial_split  # noqa: E402
from eolatent.core.classify.train import KNN_MAX_PER_CLASS  # noqa: E402
from label_efficiency_report import BUDGETS, COLUMNS, CV_CAP, DATASETS, MIN_SAMPLES, write  # noqa: E402

VALIDATION_FRACTION = 0.3
CELL_DEG = 0.25
BLOCK_PX = 25
SLOVENIA_ALL_CAP = 300               # "all" in Slovenia: at most this many training pixels per class
SLOVENIA_MONTHS = 24                 # 2015-07 … 2017-06 (Presto takes ≤ 24 months)


def log(msg):
    print(msg, flush=True)


# ---------------------------------------------------------------------------------------------------------------
# Data sets → feature blocks
# ---------------------------------------------------------------------------------------------------------------
class WindowedEncoder:
    """A pixel-series encoder fed as eolatent:encode's raster path feeds it: consecutive windows of its card's
    ``window_months`` (12) months from the first step, each embedded, the embeddings side by side (France's 17
    months give 128 + 128 features; Slovenia's 24 as well)."""

    def __init__(self, enc):
        self.enc = enc
        self.window = int(enc.info.card["tiling"].get("window_months", 12))

    def embed(self, x, mask, latlon, month, dynamic_world=None):
        t = x.shape[1]
        month = np.asarray(month)
        return np.concatenate([self.enc.embed(x[:, a:a + self.window], mask[:, a:a + self.window], latlon,
                                              month[..., a:a + self.window])
                               for a in range(0, t, self.window)], axis=1)


def keep_classes(labels, min_samples=MIN_SAMPLES):
    counts = collections.Counter(labels.tolist())
    return sorted(c for c, n in counts.items() if n >= min_samples)


def load_worldcereal(name, encs, quick):
    from eolatent.core.encode.presto.embed import embed_series
    from eolatent.core.encode.presto.worldcereal import pixel_series

    p = pixel_series(name)
    classes = keep_classes(p["label"])
    sel = np.isin(p["label"], classes)
    s2, s1, latlon = p["s2"][sel], p["s1"][sel], p["latlon"][sel]
    months = np.array([int(m[5:7]) for m in p["months"]])
    years = np.array([int(m[:4]) for m in p["months"]])
    b8a_missing = not np.isfinite(s2[:, :, fs.S2_BANDS.index("B8A")]).any()
    lat = {k: embed_series(e, s2, s1, p["first_month"], latlon) for k, e in encs.items()}
    raw = fs.raw_series_features(s2, s1)
    lai = fs.physical_series(s2, latlon, months, years, b8a_from_b08=b8a_missing)
    phys = fs.physical_features(lai)
    notes = []
    if b8a_missing:
        notes.append("B8A is missing in this file: Presto sees it masked, raw drops it; for the LAI retrieval only "
                     "(physical block) B8A is replaced by B08.")
    return dict(X=dict(lat, raw=raw, physical=phys), label=p["label"][sel], centroid=latlon[:, ::-1],
                block=CELL_DEG, unit="0.25° cells", period=f"{p['months'][0][:7]} … {p['months'][-1][:7]}",
                notes=notes, all_labels=p["label"])


def load_westernus(encs, quick):
    from eolatent.core.encode.presto import inputs as pin
    from eolatent.models.training.presto.evaluate import dominant_dynamic_world

    d = np.load(FUEL)
    bands = [str(b) for b in d["bands"]]
    x = d["x"].astype(np.float64)
    col = {b: bands.index(b) for b in bands}
    s2 = np.stack([x[:, :, col[b]] / 1e4 for b in fs.S2_BANDS], axis=2)
    s1 = x[:, :, [col["S1_VV_dB"], col["S1_VH_dB"]]]
    era5 = {"temperature_2m": x[:, :, col["ERA5_temperature_2m_K"]],
            "total_precipitation": x[:, :, col["ERA5_total_precipitation_m"]],
            "elevation": x[:, :, col["SRTM_elevation_m"]], "slope": x[:, :, col["SRTM_slope"]]}
    label = dominant_dynamic_world(d["dynamic_world"], d["dynamic_world_legend"])
    classes = [c for c in keep_classes(label) if c]
    sel = np.isin(label, classes)
    values = {b: s2[sel, :, i] for i, b in enumerate(fs.S2_BANDS)}
    values.update({b: s1[sel, :, i] for i, b in enumerate(pin.S1_BANDS)})
    values.update({k: v[sel] for k, v in era5.items()})
    xn, mask = pin.normalise(values, (int(sel.sum()), x.shape[1]))
    latlon = d["latlon"][sel]
    month = d["month"][sel].astype(np.int64)
    lat = {k: e.embed(xn, mask, latlon, month, dynamic_world=None) for k, e in encs.items()}   # never DW
    raw = fs.raw_series_features(s2[sel], s1[sel])
    lai = fs.physical_series(s2[sel], latlon, month + 1, 2020)
    static = np.concatenate([era5["temperature_2m"][sel], era5["total_precipitation"][sel],
                             era5["elevation"][sel][:, :1], era5["slope"][sel][:, :1]], axis=1)
    phys = fs.physical_features(lai, static)
    # group by site: every sample of a site sits at its site's mean position, then 0.25° cells of those
    site = d["site"][sel]
    cent = np.zeros((int(sel.sum()), 2))
    for s in np.unique(site):
        m = site == s
        cent[m] = latlon[m].mean(0)[::-1]
    return dict(X=dict(lat, raw=raw, physical=phys), label=label[sel], centroid=cent, block=CELL_DEG,
                unit="sites, in 0.25° cells", period="3 months per sample (various)",
                notes=["Labels: the most frequent non-missing monthly Dynamic World class of the sample's 3 months "
                       "(a model output, not ground truth). Dynamic World is not given to Presto (it would leak the "
                       "label). Presto also gets ERA5 (2 m temperature, precipitation) and SRTM (elevation, slope); "
                       "the physical block is LAI plus those ERA5/SRTM values; raw is S1 + S2 (B09 dropped) + NDVI."],
                all_labels=label)


def load_slovenia(encs, quick):
    import glob

    import rasterio

    from eolatent.core.encode.presto import inputs as pin

    with rasterio.open(os.path.join(SLOVENIA, "LULC.tif")) as ds:
        lulc = ds.read(1)
        crs, transform = ds.crs, ds.transform
    h, w = lulc.shape
    names = {1: "cultivated land", 2: "forest", 3: "grassland", 4: "shrubland", 8: "artificial surface"}
    rows, cols = np.mgrid[0:h, 0:w]
    label_all = np.array([names.get(int(v), "") for v in lulc.ravel()])
    classes = [c for c in keep_classes(label_all) if c]
    sel = np.isin(label_all, classes)
    if quick:   # every third pixel each way
        sel &= ((rows % 3 == 1) & (cols % 3 == 1)).ravel()
    r, c = rows.ravel()[sel], cols.ravel()[sel]
    # five 13-band L1C dates, clouds (s2cloudless ≥ 0.4) masked
    files = sorted(glob.glob(os.path.join(SLOVENIA, "S2L1C_TOA_13band_*.tif")))
    with rasterio.open(os.path.join(SLOVENIA, "CLP_68dates_s2cloudless.tif")) as ds:
        clp = ds.read().astype(np.float32) / 100.0
    cube, days = [], []
    for k, f in enumerate(files):
        with rasterio.open(f) as ds:
            desc = list(ds.descriptions)
            a = ds.read([desc.index(b) + 1 for b in fs.S2_BANDS]).astype(np.float32)
        a[:, clp[k] >= 0.4] = np.nan
        cube.append(a[:, r, c].T)                                   # [N, 10]
        days.append(datetime.strptime(os.path.basename(f)[-14:-4], "%Y-%m-%d"))
    dates5 = np.stack(cube, axis=1)                                 # [N, 5, 10]
    t5 = np.array([(d - days[0]).days for d in days], float)
    month_of5 = np.array([(d.year - 2015) * 12 + d.month - 7 for d in days])
    s2m = np.transpose(pin.monthly_composite(np.transpose(dates5, (1, 2, 0)), np.isfinite(dates5).all(2).T,
                                             month_of5, 3), (2, 0, 1))   # [N, 3, 10]
    with rasterio.open(os.path.join(SLOVENIA, "NDVI_68dates.tif")) as ds:
        ndvi = ds.read().astype(np.float32)[:, r, c]                # [68, N]
        stamps = [datetime.fromisoformat(s.replace("Z", "")) for s in ds.descriptions]
    ok = (clp[:, r, c] < 0.4) & np.isfinite(ndvi)
    slot = np.array([(s.year - 2015) * 12 + s.month - 7 for s in stamps])
    slot = np.where(slot < SLOVENIA_MONTHS, slot, -1)
    ndvi_m = pin.monthly_composite(ndvi[:, None], ok, slot, SLOVENIA_MONTHS)[:, 0].T    # [N, 24]
    xs, ys = transform * (c + 0.5, r + 0.5)
    lat, lon = pin.to_wgs84(crs, np.asarray(xs), np.asarray(ys))
    latlon = np.stack([lat, lon], 1)
    # Presto: bands in months 0–2 (Jul–Sep 2015), NDVI composites in every month that has one
    n = len(r)
    s2_24 = np.full((n, SLOVENIA_MONTHS, 10), np.nan, np.float32)
    s2_24[:, :3] = s2m
    x, mask = pin.normalise({b: s2_24[:, :, i] for i, b in enumerate(fs.S2_BANDS)}, (n, SLOVENIA_MONTHS))
    k = pin.IDX["NDVI"]
    have = np.isfinite(ndvi_m)
    x[:, :, k] = np.where(have, ndvi_m, x[:, :, k])
    mask[:, :, k] = np.where(have, 0.0, mask[:, :, k])
    month = (np.arange(SLOVENIA_MONTHS) + 6) % 12
    t0 = time.perf_counter()
    lat = {k: e.embed(x, mask, latlon, month) for k, e in encs.items()}
    log(f"  Slovenia: {', '.join(encs)} on {n} pixels × {SLOVENIA_MONTHS} months in {time.perf_counter() - t0:.0f} s")
    raw = fs.raw_series_features(dates5, None, ndvi=ndvi_m, t=t5)
    lai = fs.physical_series(s2m, latlon, np.array([7, 8, 9]), 2015)
    phys = fs.physical_features(lai)
    fine4 = fine4_pixels(r, c)
    return dict(X=dict(lat, raw=raw, physical=phys, fine4=fine4), label=label_all[sel],
                centroid=np.stack([np.minimum(c // BLOCK_PX, 3) * BLOCK_PX + 1.0, np.minimum(r // BLOCK_PX, 3)
                                   * BLOCK_PX + 1.0], 1), block=float(BLOCK_PX),
                unit="25 × 25 px blocks (4 × 4; the last row joins the 4th)",
                period="bands 2015-07-11 … 09-09 (5 dates, 2 cloudy); NDVI monthly 2015-07 … 2017-06",
                notes=["Level-1C top-of-atmosphere reflectance (not L2A): Presto, the LAI retrieval (trained on "
                       "surface reflectance) and raw all see TOA values.",
                       "Presto gets the five dates averaged per month (Jul–Sep 2015) and monthly NDVI composites "
                       "(cloud-masked, from NDVI_68dates) for 24 months, 2015-07 … 2017-06 (its maximum); raw gets "
                       "the 5 dates (gap-filled in days) + the 24 monthly NDVI values gap-filled; physical = LAI "
                       "of the 3 monthly composites.",
                       f"'all' = at most {SLOVENIA_ALL_CAP} training pixels per class (random, seeded): the training "
                       "blocks hold thousands of strongly autocorrelated forest pixels.",
                       "fine4: 40 m latent (5 ten-day windows × 64; the two cloudy windows are empty and drop out); "
                       "each 10 m pixel takes the latent of its 40 m cell."] +
                      (["QUICK run: every third pixel each way only."] if quick else []),
                all_labels=label_all[label_all != ""])


def fine4_pixels(r, c):
    import make_demo_stack

    from eolatent.core.encode.raster import run_encode
    from eolatent.core.latent.contract import open_latent

    os.makedirs(WORK, exist_ok=True)
    stack, latent = os.path.join(WORK, "s2_stack.tif"), os.path.join(WORK, "latent_fine4.tif")
    make_demo_stack.main(stack)
    run_encode(latent, s2_path=stack, preset="fine4", provider="cpu", threads=1, tile_size=32)
    with open_latent(latent) as lt:
        m = lt.read_means()                                         # [W, 64, h, w]
    m = m.reshape(-1, m.shape[2], m.shape[3])
    return m[:, r // 4, c // 4].T.astype(np.float32)


# ---------------------------------------------------------------------------------------------------------------
# Evaluation
# ---------------------------------------------------------------------------------------------------------------
def evaluate(data, draws, budgets, n_trees, all_cap=None):
    from sklearn.metrics import f1_score

    y = data["label"]
    classes = sorted(set(y.tolist()))
    codes = np.array([classes.index(v) for v in y])
    ids = np.arange(len(y))
    cols = [c for c in COLUMNS if c in ("fused", "ensemble", "raw_vote") or c in data["X"]
            or (c == "ensemble_small" and "presto_small" in data["X"])]
    res = {(c, b): [] for c in cols for b in budgets}
    chosen = {(c, b): collections.Counter() for c in cols for b in budgets}
    sizes = collections.defaultdict(list)
    for d in range(draws):
        sp = spatial_split(ids, codes, data["centroid"], VALIDATION_FRACTION, data["block"], seed=d,
                           exact_first=False)
        pool, test = np.sort(sp.train), np.sort(sp.validation)
        ref = np.zeros(len(y), bool)
        ref[pool] = True
        X = {"presto": fs.standardise_blocks([data["X"]["presto"]], ref),
             "raw": fs.standardise_blocks([data["X"]["raw"]], ref),
             "fused": fs.fuse(data["X"]["presto"], data["X"]["raw"], data["X"]["physical"], reference=ref)}
        X["ensemble"] = np.concatenate([X["presto"], X["raw"]], axis=1)       # two blocks, each standardised
        X["raw_vote"] = X["raw"]
        blocks = {"ensemble": [X["presto"].shape[1], X["raw"].shape[1]], "raw_vote": [X["raw"].shape[1]]}
        if "presto_small" in data["X"]:
            X["presto_small"] = fs.standardise_blocks([data["X"]["presto_small"]], ref)
            X["ensemble_small"] = np.concatenate([X["presto_small"], X["raw"]], axis=1)
            blocks["ensemble_small"] = [X["presto_small"].shape[1], X["raw"].shape[1]]
        if "fine4" in data["X"]:
            X["fine4"] = fs.standardise_blocks([data["X"]["fine4"]], ref)
        present = sorted(set(codes[test].tolist()))
        sizes["test"].append(len(test))
        sizes["pool"].append(len(pool))
        for b in budgets:
            per = b if b > 0 else (all_cap or 0)
            lab = draw_budget(pool, codes[pool], per, seed=1000 * d + b)
            sizes[b].append(len(lab))
            for c in cols:
                if c in blocks:
                    est = ensemble.make_ensemble(blocks[c], codes[lab], seed=d, n_trees=n_trees, scale=False)
                    ensemble.fit_ensemble(est, X[c][lab], codes[lab], KNN_MAX_PER_CLASS, seed=d)   # as classify
                    name = "vote"
                else:
                    ch = fs.choose_classifier(X[c][lab], codes[lab], seed=d, scale=False, max_per_class_cv=CV_CAP,
                                              n_trees=n_trees)
                    est, name = ch.estimator, ch.name
                pred = est.predict(X[c][test])
                res[(c, b)].append(float(f1_score(codes[test], pred, labels=present, average="macro",
                                                  zero_division=0)))
                chosen[(c, b)][name] += 1
    return dict(res=res, chosen=chosen, cols=cols, classes=classes, sizes=sizes,
                counts=collections.Counter(y.tolist()))


def main(argv=None):
    global WORK
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(HERE, "label_efficiency.md"))
    ap.add_argument("--quick", action="store_true", help="smoke run: 2 draws, budgets 2, 5, 20, all, 10 trees, "
                    "Slovenia subsampled")
    ap.add_argument("--draws", type=int, default=None)
    ap.add_argument("--datasets", default=",".join(k for k, _, _ in DATASETS))
    ap.add_argument("--trees", type=int, default=None, help="random-forest trees (default 32; 10 with --quick)")
    ap.add_argument("--cache", action="store_true", help="keep / reuse the features in the work folder (development)")
    ap.add_argument("--work", default=WORK, help="work folder (fine4 stack and latent; cache)")
    a = ap.parse_args(argv)
    WORK = a.work
    t0 = time.perf_counter()
    draws = a.draws or (2 if a.quick else 10)
    budgets = (2, 5, 20, 0) if a.quick else BUDGETS
    n_trees = a.trees or (10 if a.quick else 32)
    from eolatent.core.encode.presto.embed import PrestoEncoder

    from eolatent.core.latent.contract import resolve_model

    encs = {"presto": PrestoEncoder(provider="cpu", threads=1),
            "presto_small": WindowedEncoder(PrestoEncoder(resolve_model("presto_small", "encode"), provider="cpu",
                                                          threads=1))}
    evs, datas, timing = {}, {}, {}
    for key, title, _ in DATASETS:
        if key not in a.datasets.split(","):
            continue
        t1 = time.perf_counter()
        cache = os.path.join(WORK, f"{key}{'_quick' if a.quick else ''}.pkl")
        if a.cache and os.path.exists(cache):
            with open(cache, "rb") as fh:
                data = pickle.load(fh)
        else:
            if key == "westernus":
                data = load_westernus(encs, a.quick)
            elif key == "slovenia":
                data = load_slovenia(encs, a.quick)
            else:
                data = load_worldcereal(key, encs, a.quick)
            if a.cache:
                os.makedirs(WORK, exist_ok=True)
                with open(cache, "wb") as fh:
                    pickle.dump(data, fh)
        t2 = time.perf_counter()
        evs[key] = evaluate(data, draws, budgets, n_trees, SLOVENIA_ALL_CAP if key == "slovenia" else None)
        datas[key] = data
        timing[key] = (t2 - t1, time.perf_counter() - t2)
        log(f"{title}: features {t2 - t1:.0f} s, evaluation {time.perf_counter() - t2:.0f} s")
    lines = write(a.out, evs, datas, budgets, draws, time.perf_counter() - t0, a.quick, n_trees, timing)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
