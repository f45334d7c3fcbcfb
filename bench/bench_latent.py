# SPDX-License-Identifier: GPL-3.0-or-later
"""make bench (part 2): throughput of eolatent:encode and eolatent:decode (fine4 and seed100 presets).

Input: a 2-date Sentinel-2 stack of SIZE × SIZE px made by tiling the real Slovenia reflectances (real
spectra), one clear date per 10-day window. Encode writes the latent raster; decode writes LAI and its 1σ
at the two acquisition dates and the date between them (10 m). Appends a table to the results file.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time

import numpy as np
from rasterio.transform import from_origin
from rasterio.windows import Window

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from results_file import replace_section  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "bench", "_work")


def make_stack(path: str, size: int) -> None:
    if os.path.exists(path):
        return
    from eolatent.core.inputs.sentinel2 import Grid, open_s2, write_s2_stack

    src_path = os.path.join(ROOT, "tests", "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")
    with open_s2(src_path) as src:
        names = src.band_names
        patch, _ = src.read(0, Window(0, 0, 100, 100), names)
    reps = (1, -(-size // 100), -(-size // 100))
    base = np.tile(patch, reps)[:, :size, :size]
    cube = np.stack([base, base * 1.03]).astype(np.float32)
    dates = [dt.datetime(2015, 7, 11, 10), dt.datetime(2015, 7, 21, 10)]
    angles = [dict(sun_zenith=27.0, sun_azimuth=145.0, view_zenith=5.0, view_azimuth=100.0)] * 2
    write_s2_stack(path, Grid("EPSG:32633", from_origin(400000, 5100000, 10, 10), size, size), dates, names,
                   cube, angles=angles)


def main(argv=None) -> int:
    from eolatent.core.decode.raster import run_decode
    from eolatent.core.encode.raster import run_encode

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "results.md"))
    ap.add_argument("--size", type=int, default=2000)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)
    os.makedirs(WORK, exist_ok=True)
    stack = os.path.join(WORK, f"s2_stack_{args.size}.tif")
    make_stack(stack, args.size)
    mpx = args.size ** 2 / 1e6
    rows = []
    for preset in ("fine4", "seed100"):
        latent = os.path.join(WORK, f"latent_{preset}.tif")
        t0 = time.perf_counter()
        enc = run_encode(latent, s2_path=stack, preset=preset, provider="cpu", threads=args.threads)
        t_enc = time.perf_counter() - t0
        outs = {"LAI": os.path.join(WORK, f"dec_{preset}_lai.tif"),
                "LAI_STD": os.path.join(WORK, f"dec_{preset}_lai_std.tif")}
        t0 = time.perf_counter()
        run_decode(latent, outs, dates="2015-07-11,2015-07-16,2015-07-21", provider="cpu", threads=args.threads)
        t_dec = time.perf_counter() - t0
        rows.append((preset, len(enc.windows), t_enc, t_dec))
    header = "## eolatent:encode / eolatent:decode — "
    lines = [f"{header}{args.size} × {args.size} px, 2-date S2 stack (real spectra), CPU, {args.threads} threads", "",
             "| preset | windows | encode (s) | encode Mpx/s | decode 3 dates × LAI + 1σ at 10 m (s) | decode Mpx/s (per date) |",
             "|---|---|---|---|---|---|"]
    for preset, n_win, t_enc, t_dec in rows:
        lines.append(f"| {preset} | {n_win} | {t_enc:.2f} | {mpx * n_win / t_enc:.2f} | {t_dec:.2f} | "
                     f"{mpx * 3 / t_dec:.2f} |")
    lines.append("")
    replace_section(args.out, header, lines)    # in place: make bench appended a copy at every run
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
