# SPDX-License-Identifier: GPL-3.0-or-later
"""make bench (text query): latency of eolatent:textquery, first prompt and next prompts (encode once, query many).

Input: the 2-date SIZE × SIZE Sentinel-2 stack of bench_latent.py (tiled real Slovenia spectra). Each query
writes the probability GeoTIFF. "First" computes the image side (tower over every pixel) and caches it;
"next" are new prompts on the same input (image side from memory); the last row clears the in-memory cache, so the
image side comes from the disk cache (the models stay loaded: a new process also loads them, about 0.8 s more).
The baseline measured in the same run is writing the same-size float32 GeoTIFF alone (the floor of any query). Replaces its own section of the results file.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_latent import WORK, make_stack  # noqa: E402
from results_file import replace_section  # noqa: E402

HEADER = "## eolatent:textquery"
PROMPTS = ["forest", "meadows with scattered trees", "bare soil", "new buildings in the suburbs", "open water",
           "maize fields in summer", "vineyards"]


def write_floor(path, size):
    from eolatent.core.outputs.geotiff import OutputFiles, OutputSpec
    from eolatent.core.inputs.sentinel2 import Grid
    from rasterio.transform import from_origin

    grid = Grid("EPSG:32633", from_origin(400000, 5100000, 10, 10), size, size)
    t0 = time.perf_counter()
    files = OutputFiles(grid, {"P": OutputSpec(path, 1, "float32")})
    files.write("P", 0, np.random.default_rng(0).random((1, size, size), np.float32))
    files.commit()
    return time.perf_counter() - t0


def main(argv=None) -> int:
    from eolatent.core.textquery import image_cache
    from eolatent.core.textquery.query_raster import run_textquery, text_encoder

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(HERE), "bench", "results.md"))
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)
    os.makedirs(WORK, exist_ok=True)
    stack = os.path.join(WORK, f"s2_stack_{args.size}.tif")
    make_stack(stack, args.size)
    cache = os.path.join(WORK, "textquery_cache")
    shutil.rmtree(cache, ignore_errors=True)
    image_cache.clear_memory()
    enc = text_encoder()
    t0 = time.perf_counter()
    enc.encode(["a prompt never seen before by this process"])
    t_text = time.perf_counter() - t0
    out = os.path.join(WORK, "textquery.tif")
    run = dict(cache_dir=cache, provider="cpu", threads=args.threads)
    first = run_textquery(stack, PROMPTS[0], out, **run)
    nxt = [run_textquery(stack, p, out, **run) for p in PROMPTS[1:5]]
    multi = run_textquery(stack, "\n".join(PROMPTS[:3]), out, negatives=PROMPTS[4], **run)
    image_cache.clear_memory()
    disk = run_textquery(stack, PROMPTS[5], out, **run)
    assert first.cache == "" and all(r.cache == "memory" for r in nxt) and disk.cache == "disk"
    floor = min(write_floor(os.path.join(WORK, "floor_textquery.tif"), args.size) for _ in range(3))
    med = statistics.median(r.timings["total_s"] for r in nxt)
    mpx = args.size ** 2 / 1e6
    entry_mb = sum(os.path.getsize(os.path.join(cache, d, f)) for d in os.listdir(cache)
                   for f in os.listdir(os.path.join(cache, d))) / 2 ** 20
    lines = ["", f"{HEADER} — {args.size} × {args.size} px 2-date S2 stack, CPU, {args.threads} threads, "
             f"tower {first.tower}", "",
             "| query | total (s) | image side (s) | prompt embedding (s) | map + GeoTIFF (s) | ratio to GeoTIFF write floor |",
             "|---|---|---|---|---|---|"]
    for name, r in (("first prompt (image side computed)", first), ("next prompt (median of 4)", None),
                    ("3 prompts + 1 negative (memory)", multi), ("in-memory cache cleared, models loaded (disk cache)", disk)):
        if r is None:
            t = {k: statistics.median(x.timings[k] for x in nxt) for k in first.timings}
        else:
            t = r.timings
        lines.append(f"| {name} | {t['total_s']:.3f} | {t['image_s']:.3f} | {t['text_s']:.3f} | {t['map_s']:.3f} | "
                     f"{t['total_s'] / floor:.1f} |")
    lines += ["", f"Floor: writing one {args.size} × {args.size} float32 GeoTIFF (tiled, DEFLATE) = {floor:.3f} s. "
              f"Image side: {mpx / first.timings['image_s']:.2f} Mpx/s. New prompt on a seen input: {med:.3f} s "
              f"(goal ≤ 0.3 s). Text embedding of one new prompt: {t_text * 1000:.0f} ms. Disk cache entry: "
              f"{entry_mb:.0f} MB (float16 features).", ""]
    replace_section(args.out, HEADER, lines)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
