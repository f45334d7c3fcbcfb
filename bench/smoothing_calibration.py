# SPDX-License-Identifier: GPL-3.0-or-later
"""Is the 1σ of eolatent:biophysical's temporal smoothing right? Held-out dates of real LAI series.

    .venv/bin/python bench/smoothing_calibration.py --out bench/smoothing_calibration.md     (about 15 s on 2 cores)

LAI and its 1σ are retrieved by the shipped networks from four real series (tests/data/worldcereal, provenance in
its README): the Belgian monthly L2A cube (through eolatent:biophysical's raster run), and the WorldCereal pixel
series of France 2022 (monthly), France 2023 (ten-daily) and Uganda / South Sudan 2017 (monthly), with the sun
zenith of a 10:30 overpass. For every interior date in turn, each pixel's valid observation on that date is hidden,
the series is smoothed from its other valid dates, and the smoothed value at the hidden date is compared with the
observation: z = (observation − smoothed) / √(σ_smoothed² + σ_observation²). A 1σ that means what it says has
|z| ≤ 1 for 68 % of the hidden dates. λ is chosen three ways: the former default (an effective window of 30 days
for the model card's σ and the stack's revisit), generalised cross-validation (temporal_smoothing.choose_lambda,
pooled) and maximum likelihood (smoothing_likelihood.choose_lambda_ml) — the last two fitted without the hidden
date —, then maximum likelihood followed by the factor on the per-date 1σ (smoothing_likelihood.fit_noise_scale:
the default now; z then uses k·σ_observation), and, for comparison, λ and the factor fitted together (the grid of
factors × the λ each gives; not used). The 1σ is capped at (8 − 0)/√12 as eolatent:biophysical caps it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(ROOT))

from eolatent.core.biophysical import retrieval as bio  # noqa: E402
from eolatent.core.biophysical import temporal_smoothing as ts  # noqa: E402
from eolatent.core.biophysical.raster import run_biophysical_raster, smoothing_lambdas  # noqa: E402
from eolatent.core.biophysical.smoothing_likelihood import SCALES, choose_lambda_ml, fit_noise_scale  # noqa: E402,E501
from eolatent.core.encode.presto.worldcereal import DATA, belgium_stacks  # noqa: E402
from eolatent.core.engine.pixelwise import range_sigma  # noqa: E402

PIXEL_FILES = (("France 2022, monthly", "france_lpis_2022_monthly_500.npz"),
               ("France 2023, ten-daily", "france_lpis_2023_dekadal_500.npz"),
               ("Uganda / South Sudan 2017, monthly", "africa_public_extractions_500.npz"))
GAPS = ((0, 15), (15, 45), (45, 400))
MAX_PIXELS = 3000
CAP = range_sigma(0.0, 8.0)


def belgium(folder: str):
    """(LAI (T, N), 1σ, valid, days, model info) of the Belgian cube through the raster run."""
    import rasterio

    s2, _ = belgium_stacks(folder)
    outs = {k: os.path.join(folder, f"{k}.tif") for k in ("LAI", "LAI_STD", "QUALITY")}
    run_biophysical_raster(s2, outs, sun_zenith=None, provider="cpu", threads=1)
    with rasterio.open(outs["LAI"]) as ds:
        lai, dates = ds.read().astype(np.float64), [d[:10] for d in ds.descriptions]
        model = ds.tags()["EOLATENT_MODEL"].split()[0]
    with rasterio.open(outs["LAI_STD"]) as ds:
        std = ds.read().astype(np.float64)
    with rasterio.open(outs["QUALITY"]) as ds:
        flags = ds.read()
    t = len(dates)
    valid = np.isfinite(lai) & np.isfinite(std) & ((flags & bio.FLAG_INVALID) == 0)
    return (lai.reshape(t, -1), std.reshape(t, -1), valid.reshape(t, -1), _days(dates),
            bio.load(model_id=model))


def _days(dates):
    return np.array([(dt.date.fromisoformat(d[:10]) - dt.date(2000, 1, 1)).days for d in dates], float)


def pixels(name: str):
    """(LAI (T, N), 1σ, valid, days, model info) of a WorldCereal pixel file: the samples on its commonest calendar,
    each composite dated at the middle of its period."""
    d = np.load(os.path.join(DATA, name), allow_pickle=False)
    rows = [tuple(str(x) for x in r) for r in d["dates"]]
    calendar = max(set(r for r in rows if all(r)), key=rows.count)
    keep = np.array([r == calendar for r in rows])
    s2 = d["s2"][keep].astype(np.float64)
    bands = [str(b) for b in d["s2_bands"]]
    use = [b for b in bands if not (s2[..., bands.index(b)] == 65535).all()]
    refl = {b: np.where(s2[..., bands.index(b)] == 65535, np.nan, s2[..., bands.index(b)] / 1e4).T for b in use}
    days = _days(calendar) + (5.0 if len(calendar) > 24 else 15.0)
    doy = np.array([dt.date.fromisoformat(c[:10]).timetuple().tm_yday for c in calendar]) + 10
    lat = np.radians(np.asarray(d["lat"], float)[keep])
    decl = np.radians(23.44 * np.sin(np.radians(360.0 / 365.0 * (doy - 81))))
    cos_sza = (np.sin(lat)[None] * np.sin(decl)[:, None] + np.cos(lat)[None] * np.cos(decl)[:, None]
               * np.cos(np.radians(22.5)))                      # 10:30 local solar time
    out = bio.retrieve(refl, np.degrees(np.arccos(cos_sza)), 5.0, 90.0, provider="cpu", threads=1, level="L2A")
    lai, std, flags = (np.asarray(out[k], np.float64) for k in ("LAI", "LAI_std", "QUALITY"))
    valid = np.isfinite(lai) & np.isfinite(std) & ((out["QUALITY"] & bio.FLAG_INVALID) == 0) \
        & np.all([np.isfinite(v) for v in refl.values()], axis=0)
    return lai, std, valid, days, bio.load(model_id=out["model"].split()[0])


def ml_then_factor(y, s, days, v):
    """(λ, k): the default of eolatent:biophysical — λ by maximum likelihood, then the factor on the 1σ."""
    lam = choose_lambda_ml(y, s, days, valid=v)[0]
    return lam, fit_noise_scale(y, s, days, lam, valid=v)[0]


def ml_together(y, s, days, v):
    """(λ, k) maximising the likelihood together (tried, not used)."""
    fits = [(choose_lambda_ml(y, s * k, days, valid=v), k) for k in SCALES]
    (lam, _), k = max(fits, key=lambda f: f[0][1]["scores"].max())
    return lam * k ** 2, k         # λ for the stated σ: held_out divides it by k² again


def held_out(y, s, ok, days, choose):
    """Rows (gap to the nearest other valid date, |z|, σ smoothed, |error|, factor) of every hidden interior date.
    ``choose`` gives λ, or (λ, k) to smooth with k·σ and λ/k²."""
    rows = []
    for j in range(1, len(days) - 1):
        hidden = ok[j].copy()
        if not hidden.any():
            continue
        v = ok.copy()
        v[j] = False
        chosen = choose(y, s, v)
        lam, k = chosen if isinstance(chosen, tuple) else (chosen, 1.0)
        mean, sd = ts.smooth_series(y, s * k, days, lam=lam / k ** 2, valid=v, value_range=(0.0, 8.0))
        idx = np.flatnonzero(hidden & np.isfinite(mean[j]))
        sd_j = np.minimum(sd[j, idx], CAP)
        gap = np.array([np.abs(days[v[:, i]] - days[j]).min() for i in idx])
        err = np.abs(y[j, idx] - mean[j, idx])
        rows.append(np.c_[gap, err / np.sqrt(sd_j ** 2 + (k * s[j, idx]) ** 2), sd_j, err, np.full(idx.size, k)])
    return np.concatenate(rows)


def measure(label, data, rng):
    y, s, ok, days, info = data
    sel = np.flatnonzero(ok.sum(axis=0) >= 4)
    sel = rng.choice(sel, min(MAX_PIXELS, sel.size), replace=False)
    y, s, ok = y[:, sel], s[:, sel], ok[:, sel]
    ways = {"window 30 days (former default)": lambda yy, ss, v: smoothing_lambdas(info, days, 30.0)["LAI"],
            "cross-validation (GCV)": lambda yy, ss, v: ts.choose_lambda(yy, ss, days, valid=v),
            "maximum likelihood, stated 1σ": lambda yy, ss, v: choose_lambda_ml(yy, ss, days, valid=v)[0],
            "maximum likelihood, then the 1σ factor (default)": lambda yy, ss, v: ml_then_factor(yy, ss, days, v),
            "λ and 1σ factor together (not used)": lambda yy, ss, v: ml_together(yy, ss, days, v)}
    out = []
    for way, choose in ways.items():
        r = held_out(y, s, ok, days, choose)
        cells = []
        for lo, hi in GAPS:
            b = (r[:, 0] >= lo) & (r[:, 0] < hi)
            cells.append(f"{(r[b, 1] <= 1).mean():.0%} · {np.median(r[b, 2]):.2f} · {np.median(r[b, 3]):.2f} "
                         f"(n {b.sum()})" if b.sum() >= 20 else "–")
        factor = f"{r[:, 4].min():.2f}–{r[:, 4].max():.2f}" if r[:, 4].ptp() else f"{r[0, 4]:.2f}"
        out.append(f"| {label} | {way} | {factor} | {(r[:, 1] <= 1).mean():.0%} | {np.median(r[:, 3]):.2f} | "
                   + " | ".join(cells) + " |")
    return out, len(sel)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "smoothing_calibration.md"))
    args = ap.parse_args(argv)
    t0, rng = time.time(), np.random.default_rng(0)
    lines = ["# Temporal smoothing: is its 1σ right on held-out dates of real LAI series?", "",
             f"Written by `bench/smoothing_calibration.py` on {dt.date.today()} (method in its docstring). "
             "Cells: share of hidden dates within ±1σ (goal 68 %) · median smoothed 1σ · median |error| (LAI).", "",
             "| series | λ chosen by | 1σ factor | within ±1σ | median abs. error | gap < 15 d | 15–45 d | ≥ 45 d |",
             "|---|---|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp:
        sets = [("Belgium 2020–21, monthly cube", belgium(tmp))]
        sets += [(label, pixels(name)) for label, name in PIXEL_FILES]
        for label, data in sets:
            rows, n = measure(f"{label} ({n_pixels(data)} px, {len(data[3])} dates)", data, rng)
            lines += rows
            print("\n".join(rows), flush=True)
    lines += ["", f"{time.time() - t0:.0f} s on {os.cpu_count()} CPU(s)."]
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"written {args.out}")
    return 0


def n_pixels(data) -> int:
    return int(min(MAX_PIXELS, (data[2].sum(axis=0) >= 4).sum()))


if __name__ == "__main__":
    sys.exit(main())
