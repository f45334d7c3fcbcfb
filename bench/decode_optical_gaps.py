# SPDX-License-Identifier: GPL-3.0-or-later
"""Optical variables where only the radar saw a window: guessed from radar, or filled from the Sentinel-2 months around?

    .venv/bin/python bench/decode_optical_gaps.py --out bench/decode_optical_gaps.md      (about 30 s on 2 cores)

Real data: the Belgian S2 L2A + S1 monthly cube 2020-11 … 2021-10 (tests/data/worldcereal, 100 × 100 px; B8A, absent,
is B08 copied: the fine4 encoder reads B8A), encoded with the shipped fine4 encoder.

eolatent:decode, with gap filling (the default), fills the optical variables (all but soil moisture) of the windows
where a chunk has a latent from radar alone from the chunk's nearest windows with a Sentinel-2 observation
(core/decode/optical.py); ``radar_only_optical=True`` (and gap filling off) decodes them from the radar-only latent,
as decode did before, which bench/decode_missing_sensor.md had found fine on synthetic chunks. Table 1: the median
over the cube of the decoded LAI each month, both ways (December and January have no Sentinel-2 at all: cloud).
Table 2, held-out months: the S2 dates of one or two months are left out of the stack (the window keeps its S1) and
the cube is encoded again; the decode of that window's centre, both ways, is compared with the decode of the full
latent there (S2 seen): RMSE, median error (bias), share of the reference within the decoded ±1σ, over the
10 000 pixels. The reference is the decoder's own retrieval with Sentinel-2, not a field measurement: the table says
how much of it each way recovers when Sentinel-2 is missing.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import datetime

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(ROOT))

CPU = dict(provider="cpu", threads=2)
HIDDEN = (("2021-03",), ("2021-04",), ("2021-05",), ("2021-06",), ("2021-07",), ("2021-08",), ("2021-09",),
          ("2021-04", "2021-05"), ("2021-07", "2021-08"), ("2021-10",))
VARIABLES = ("LAI", "FCOVER")
WAYS = (("guessed from radar", True), ("filled from the S2 windows (decode)", False))


def stacks(folder: str, hide=()):
    """(S2 stack, S1 stack) of the Belgian cube, B8A := B08, without the S2 dates of the months ``hide`` (YYYY-MM)."""
    import rasterio
    from affine import Affine
    from rasterio.crs import CRS

    from eolatent.core.encode.presto.worldcereal import BELGIUM, DATA, NODATA, belgium_stacks
    from eolatent.core.inputs.sentinel2 import Grid
    from eolatent.core.inputs.sentinel2.stack import write_s2_stack

    _, s1 = belgium_stacks(os.path.join(folder, "s1"))
    d = np.load(os.path.join(DATA, BELGIUM))
    bands = ["B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"]
    s2 = np.where(d["s2"] == NODATA, np.nan, d["s2"] / 1e4).astype(np.float32)
    s2[:, 7] = s2[:, 6]
    with rasterio.open(s1) as ds:
        grid = Grid(CRS.from_wkt(ds.crs.to_wkt()), Affine(*ds.transform[:6]), ds.width, ds.height)
    mid = [f"{str(t)[:8]}15" for t in d["dates"]]
    keep = [i for i, t in enumerate(mid) if t[:7] not in hide]
    name = "s2" + "".join(f"_{h}" for h in hide) + ".tif"
    return write_s2_stack(os.path.join(folder, name), grid, [mid[i] for i in keep], bands, s2[keep]), s1


def decoded(latent: str, folder: str, dates, radar_only: bool) -> dict:
    """{VAR: (T, H, W), VAR_STD: …} decoded at ``dates``."""
    import rasterio

    from eolatent.core.decode.raster import run_decode

    tag = "radar" if radar_only else "fill"
    outs = {k: os.path.join(folder, f"{os.path.basename(latent)[:-4]}_{tag}_{k}.tif")
            for v in VARIABLES for k in (v, v + "_STD")}
    run_decode(latent, outs, dates=list(dates), radar_only_optical=radar_only, **CPU)
    res = {}
    for k, p in outs.items():
        with rasterio.open(p) as ds:
            res[k] = ds.read().astype(np.float64)
    return res


def centres(latent: str, months) -> list:
    from eolatent.core.latent import contract as lt

    with lt.open_latent(latent) as lat:
        return [w.centre.date().isoformat() for w in lat.windows if w.start.isoformat()[:7] in months]


def main(argv=None):
    import argparse

    from eolatent.core.encode.raster import run_encode

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "decode_optical_gaps.md"))
    args = ap.parse_args(argv)
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        s2, s1 = stacks(tmp)
        full = os.path.join(tmp, "full.tif")
        run_encode(full, s2, s1, preset="fine4", **CPU)
        from eolatent.core.latent import contract as lt

        with lt.open_latent(full) as lat:
            mids = [w.centre.date().isoformat() for w in lat.windows]
        full_dec = {radar: decoded(full, tmp, mids, radar) for _, radar in WAYS}
        lines = ["# Optical variables where only the radar saw a window: guessed from radar or filled", "",
                 f"Written by `bench/decode_optical_gaps.py` on {datetime.now():%Y-%m-%d} in {{secs}} s. Belgian cube "
                 "2020-11 … 2021-10, fine4.", "", "Median decoded LAI (m²/m²) at each window's centre:", "",
                 "| way | " + " | ".join(m[:7] for m in mids) + " |", "|---|" + "---|" * len(mids)]
        for label, radar in WAYS:
            lines.append(f"| {label} | " + " | ".join(f"{np.nanmedian(full_dec[radar]['LAI'][j]):.2f}"
                                                     for j in range(len(mids))) + " |")
        ref_all = full_dec[False]         # where S2 saw every window of the held-out months: no fill there
        lines += ["", "Held-out months (S2 left out, S1 kept; reference: the full latent's decode there): RMSE / "
                  "median error / share of the reference within ±1σ:", "",
                  "| S2 left out | variable | " + " | ".join(w[0] for w in WAYS) + " |",
                  "|---|---|" + "---|" * len(WAYS)]
        for hide in HIDDEN:
            s2h, _ = stacks(tmp, hide)
            lat_h = os.path.join(tmp, "lat" + "".join(f"_{h}" for h in hide) + ".tif")
            run_encode(lat_h, s2h, s1, preset="fine4", **CPU)
            dates = centres(full, hide)
            idx = [mids.index(d) for d in dates]
            got = {radar: decoded(lat_h, tmp, dates, radar) for _, radar in WAYS}
            for v in VARIABLES:
                ref = ref_all[v][idx]
                cells = []
                for _, radar in WAYS:
                    err = got[radar][v] - ref
                    within = np.abs(err) <= got[radar][v + "_STD"]
                    cells.append(f"{np.sqrt(np.nanmean(err ** 2)):.3g} / {np.nanmedian(err):+.3g} / "
                                 f"{np.nanmean(within):.0%}")
                lines.append(f"| {' + '.join(hide)} | {v} | " + " | ".join(cells) + " |")
    lines += ["", "\n\n".join(p.replace("\n", " ") for p in __doc__.split("\n\n", 2)[2].strip().split("\n\n")), ""]
    text = "\n".join(lines).replace("{secs}", f"{time.time() - t0:.0f}")
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(text)


if __name__ == "__main__":
    main()
