# SPDX-License-Identifier: GPL-3.0-or-later
"""make bench: throughput and peak memory of the biophysical retrieval, against the GDAL I/O floor.

* Input: a single-date Sentinel-2 L2A-like raster (uint16 DN, 10 bands, tiled DEFLATE) made by tiling
  the real Slovenia reflectances with small noise, so the spectra are real.
* Floor: the time GDAL/rasterio needs, in the same run, just to read those inputs tile by tile and write
  the run's own output arrays (held in memory) with the same format, tiling and compression — the I/O
  that any implementation has to pay (no computation).
* Ratio = our time / floor time (goal ≤ 1.5). Peak memory: maximum RSS of a child process running the
  retrieval on a 10000 × 10000 input (goal ≤ 1.5 GB).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from types import SimpleNamespace

import numpy as np
import rasterio
from rasterio.transform import from_origin
from rasterio.windows import Window

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from results_file import replace_preamble, replace_section  # noqa: E402
WORK = os.path.join(ROOT, "bench", "_work")
BANDS = ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")
OUTPUTS = ("LAI", "FAPAR", "FCOVER", "CCC", "CWC", "LAI_STD", "QUALITY")


def make_input(path: str, size: int) -> None:
    if os.path.exists(path):
        return
    from eolatent.core.inputs.sentinel2 import open_s2

    src_path = os.path.join(ROOT, "tests", "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")
    with open_s2(src_path) as src:
        patch, _ = src.read(0, Window(0, 0, 100, 100), BANDS)
    rng = np.random.default_rng(0)
    profile = dict(driver="GTiff", width=size, height=size, count=len(BANDS), dtype="uint16", nodata=0,
                   crs="EPSG:32633", transform=from_origin(400000, 5100000, 10, 10), tiled=True,
                   blockxsize=256, blockysize=256, compress="deflate", predictor=2, BIGTIFF="IF_SAFER")
    tmp = path + ".tmp.tif"
    with rasterio.open(tmp, "w", **profile) as ds:
        for b, name in enumerate(BANDS, 1):
            ds.set_band_description(b, name)
        ds.update_tags(ACQUISITION_DATE="2015-07-11T10:00:08", SUN_ZENITH="27.3", SUN_AZIMUTH="144.4",
                       VIEW_ZENITH="5.0", VIEW_AZIMUTH="100.0")
        step = 1024
        for r in range(0, size, step):
            h = min(step, size - r)
            reps = (1, -(-h // 100), -(-size // 100))
            block = np.tile(patch, reps)[:, :h, :size]
            block = block * (1 + 0.02 * rng.standard_normal((1, h, size)).astype(np.float32))
            ds.write(np.clip(block * 10000, 1, 65535).astype(np.uint16), window=Window(0, r, size, h))
    os.replace(tmp, path)


def gdal_floor(path: str, out_dir: str, tile: int, outputs: dict) -> float:
    """Read every input window and write the given output arrays (the run's own results, held in memory)
    with the same creation options as the runner: the I/O any implementation must pay."""
    from eolatent.core.outputs.geotiff import OutputFiles, OutputSpec
    from eolatent.core.engine.tiling import bounded_gdal_cache

    with rasterio.open(path) as src:
        grid = SimpleNamespace(crs=src.crs, transform=src.transform, width=src.width, height=src.height)
    specs = {k: OutputSpec(os.path.join(out_dir, f"floor_{k}.tif"), 1,
                           "uint8" if k == "QUALITY" else "float32", None if k == "QUALITY" else float("nan"))
             for k in OUTPUTS}
    t0 = time.perf_counter()
    with bounded_gdal_cache():
        files = OutputFiles(grid, specs)
        with rasterio.open(path) as src:
            for r in range(0, src.height, tile):
                h = min(tile, src.height - r)
                for c in range(0, src.width, tile):
                    w = min(tile, src.width - c)
                    src.read(window=Window(c, r, w, h))
                for k in OUTPUTS:
                    files.write(k, r, outputs[k][r:r + h][None])
        files.commit()
    return time.perf_counter() - t0


def load_outputs(out_dir: str) -> dict:
    arrays = {}
    for k in OUTPUTS:
        with rasterio.open(os.path.join(out_dir, f"ours_{k}.tif")) as ds:
            arrays[k] = ds.read(1)
    return arrays


def ours(path: str, out_dir: str, threads: int, tile: int) -> tuple:
    from eolatent.core.biophysical.raster import run_biophysical_raster

    outputs = {k: os.path.join(out_dir, f"ours_{k}.tif") for k in OUTPUTS}
    t0 = time.perf_counter()
    res = run_biophysical_raster(path, outputs, provider="cpu", threads=threads, tile_size=tile)
    return time.perf_counter() - t0, res.provider_used


def child_peak_memory(path: str, threads: int, tile: int) -> float:
    """Run the retrieval in a fresh child process; return the child's own peak RSS in MB (its VmHWM: see
    results_file.own_peak_rss_mb; RUSAGE_CHILDREN would add what this process held when it forked)."""
    code = ("import sys, os; sys.path.insert(0, sys.argv[3]); "
            "from eolatent.core.biophysical.raster import run_biophysical_raster as r; "
            "from results_file import own_peak_rss_mb; "
            f"d=sys.argv[1]; r(sys.argv[2], {{k: os.path.join(d, 'mem_'+k+'.tif') for k in {OUTPUTS!r}}}, "
            f"provider='cpu', threads={threads}, tile_size={tile}); print(own_peak_rss_mb())")
    run = subprocess.run([sys.executable, "-c", code, WORK, path, HERE], check=True, capture_output=True, text=True)
    return float(run.stdout.strip().splitlines()[-1])


def memory_section(args, peak: float, in_mb: float) -> list:
    return [f"## Peak memory — {args.mem_size} × {args.mem_size} px input ({in_mb:.0f} MB on disk, "
            f"{args.mem_size ** 2 * 10 * 2 / 1e9:.1f} GB uncompressed)", "",
            f"Run {dt.datetime.now():%Y-%m-%d %H:%M}: eolatent:biophysical in a fresh child process; its own peak "
            "resident memory (the kernel's VmHWM).", "",
            "| threads | tile | peak RSS (MB) | goal |", "|---|---|---|---|",
            f"| {args.threads} | {args.tile} | {peak:.0f} | ≤ 1500 |", ""]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "results.md"))
    ap.add_argument("--size", type=int, default=4000)
    ap.add_argument("--mem-size", type=int, default=10000)
    ap.add_argument("--tile", type=int, default=512)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--memory-only", action="store_true",
                    help="measure the peak memory only and replace that section of --out")
    args = ap.parse_args(argv)
    os.makedirs(WORK, exist_ok=True)
    mem_in = os.path.join(WORK, f"s2_{args.mem_size}.tif")
    if args.memory_only:
        make_input(mem_in, args.mem_size)
        lines = memory_section(args, child_peak_memory(mem_in, args.threads, args.tile),
                               os.path.getsize(mem_in) / 1e6)
        replace_section(args.out, "## Peak memory", lines)
        print("\n".join(lines))
        return 0
    inp = os.path.join(WORK, f"s2_{args.size}.tif")
    make_input(inp, args.size)
    mpx = args.size * args.size / 1e6
    rows = []
    for threads in sorted({1, args.threads}):
        t, used = min(ours(inp, WORK, threads, args.tile) for _ in range(2))
        rows.append((threads, t, used))
    arrays = load_outputs(WORK)
    floor = min(gdal_floor(inp, WORK, args.tile, arrays) for _ in range(2))
    del arrays
    make_input(mem_in, args.mem_size)
    peak = child_peak_memory(mem_in, args.threads, args.tile)
    in_mb = os.path.getsize(mem_in) / 1e6
    replace_preamble(args.out, [
        "# EO Latent benchmarks", "",
        f"Run {dt.datetime.now():%Y-%m-%d %H:%M}, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPU cores, Python {platform.python_version()}, `make bench`.", ""])
    lines = [
        f"## eolatent:biophysical — {args.size} × {args.size} px, 10 bands uint16 (real S2 spectra), "
        f"7 outputs (LAI, FAPAR, FCOVER, CCC, CWC, LAI 1σ, quality), tile {args.tile}", "",
        "| run | threads | provider | time (s) | Mpx/s | ratio to GDAL floor |",
        "|---|---|---|---|---|---|",
        f"| GDAL read + write floor (no compute) | - | - | {floor:.2f} | {mpx / floor:.2f} | 1.00 |"]
    for threads, t, used in rows:
        lines.append(f"| eolatent:biophysical | {threads} | {used} | {t:.2f} | {mpx / t:.2f} | {t / floor:.2f} |")
    lines += ["", "Goal: ratio ≤ 1.5 (same machine, same run).", ""]
    replace_section(args.out, "## eolatent:biophysical", lines)
    replace_section(args.out, "## Peak memory", memory_section(args, peak, in_mb))
    print(open(args.out).read())
    with open(os.path.join(WORK, "results.json"), "w") as fh:
        json.dump(dict(floor=floor, runs=rows, peak_mb=peak), fh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
