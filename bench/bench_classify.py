# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:classify: training and mapping cost of every CLASSIFIER, against the random forest in the same run.

    python bench/bench_classify.py --out bench/results.md [--size 1000]

Input: the real Slovenia tile (the demo S2 stack, 5 dates × 13 bands, 100 × 101 px) encoded by ``presto``, with the
raw stack as an additional raster (193 features a pixel), and its 88 RABA polygons (5 classes). Each classifier is
trained on the tile (seed 0, 30 % of the polygons held out: the validation macro-F1 is a sanity column, not a result:
bench/label_efficiency.md has those), then maps both rasters tiled to ``size`` × ``size`` px, in a child process so
that its peak memory is its own. Section "## eolatent:classify" of the file.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from results_file import ROOT, own_peak_rss_mb, replace_section  # noqa: E402

POLYGONS = os.path.join(ROOT, "tests", "data", "slovenia", "LULC_reference_polygons.gpkg")
HEADER = "## eolatent:classify"


def tiled_copy(src: str, dst: str, size: int) -> str:
    """``src`` repeated to ``size`` × ``size`` px from the same origin, with its tags and band descriptions."""
    import rasterio

    with rasterio.open(src) as ds:
        data = ds.read()
        profile = ds.profile
        tags = ds.tags()
        band_tags = [ds.tags(i + 1) for i in range(ds.count)]
        desc = ds.descriptions
    reps = (-(-size // data.shape[1]), -(-size // data.shape[2]))
    out = np.tile(data, (1,) + reps)[:, :size, :size]
    profile.update(width=size, height=size, tiled=True, blockxsize=256, blockysize=256, compress="deflate")
    with rasterio.open(dst, "w", **profile) as ds:
        ds.write(out)
        ds.update_tags(**tags)
        for i, (t, d) in enumerate(zip(band_tags, desc)):
            ds.update_tags(i + 1, **t)
            if d:
                ds.set_band_description(i + 1, d)
    return dst


def _map_child(args) -> None:
    """In the child: map the tiled rasters with one classifier; print seconds and peak RSS as JSON. The peak is the
    kernel's VmHWM of this process image (results_file.own_peak_rss_mb)."""
    from eolatent.core.classify.apply_raster import run_apply

    rasters, model, out = json.loads(args[0]), args[1], args[2]
    t = time.perf_counter()
    run_apply(rasters, model, out, provider="cpu", threads=2)
    seconds = time.perf_counter() - t
    print(json.dumps(dict(seconds=seconds, peak_mb=own_peak_rss_mb())))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "results.md"))
    ap.add_argument("--size", type=int, default=1000, help="side of the mapped raster in px (default 1000)")
    ap.add_argument("--classifiers", default="forest,auto,lda,logistic,knn,ensemble")
    a = ap.parse_args(argv)
    import make_demo_stack

    from eolatent.cli import main as cli
    from eolatent.core.classify.apply_raster import load_classifier
    from eolatent.core.encode.raster import run_encode

    base = os.path.join(ROOT, "bench", "_work")
    work = tempfile.mkdtemp(prefix="bench_classify_", dir=base if os.path.isdir(base) else None)
    stack = os.path.join(work, "s2_stack.tif")
    make_demo_stack.main(stack)
    latent = os.path.join(work, "presto.tif")
    run_encode(latent, s2_path=stack, preset="presto", provider="cpu", threads=2)
    big = [tiled_copy(latent, os.path.join(work, "presto_big.tif"), a.size),
           tiled_copy(stack, os.path.join(work, "stack_big.tif"), a.size)]
    rows = []
    for name in a.classifiers.split(","):
        model, report = os.path.join(work, f"{name}.onnx"), os.path.join(work, f"{name}.json")
        t = time.perf_counter()
        rc = cli(["classify", "--input", latent, "--extra-inputs", stack, "--training", POLYGONS, "--class-field",
                  "LULC_NAME", "--classifier", name, "--seed", "0", "--threads", "2", "--output",
                  os.path.join(work, f"tile_{name}.tif"), "--output-model", model, "--output-report", report, "-q"])
        train_s = time.perf_counter() - t
        if rc != 0:
            raise SystemExit(f"classify --classifier {name} failed (rc {rc})")
        run = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", json.dumps(big), model,
                              os.path.join(work, f"map_{name}.tif")], capture_output=True, text=True, check=True)
        child = json.loads(run.stdout.strip().splitlines()[-1])
        with open(report) as fh:
            rep = json.load(fh)
        card = load_classifier(model).card
        rows.append(dict(name=name, train_s=train_s, map_s=child["seconds"], peak_mb=child["peak_mb"],
                         size_mb=os.path.getsize(model) / 1e6, f1=rep["metrics"].get("macro_f1", float("nan")),
                         pixels=card["training_data"]["n_train_pixels"],
                         described=card["training_data"]["classifier"]))
    ref = next((r for r in rows if r["name"] == "forest"), rows[0])
    npx = a.size * a.size
    lines = [HEADER, "",
             f"CPU: {os.cpu_count()} cores, 2 threads. The real Slovenia tile: Presto latent (128 features) + the raw "
             f"5-date stack (65 bands) as an additional raster; {rows[0]['pixels']} training pixels of the RABA "
             f"polygons; train s = `python -m eolatent classify` in train mode on the tile (training, validation, "
             f"mapping the tile); mapped: both rasters tiled to {a.size} × {a.size} px ({npx / 1e6:.1f} Mpx). Ratios against "
             f"the forest ({ref['name']}) of this run; load average at the end {os.getloadavg()[0]:.1f}.", "",
             "| CLASSIFIER | train s | map s | map px/s | × forest (map) | map peak RSS MB | model MB | validation "
             "macro-F1 (sanity) |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['name']} | {r['train_s']:.1f} | {r['map_s']:.1f} | {npx / r['map_s']:,.0f} | "
                     f"{r['map_s'] / ref['map_s']:.2f} | {r['peak_mb']:.0f} | {r['size_mb']:.1f} | {r['f1']:.2f} |")
    lines += ["", "What each trained: " + "; ".join(f"{r['name']}: {r['described']}" for r in rows) + ".", ""]
    replace_section(a.out, HEADER, lines)
    print("\n".join(lines))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _map_child(sys.argv[2:])
    else:
        main()
