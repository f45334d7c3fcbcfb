# SPDX-License-Identifier: GPL-3.0-or-later
"""Presto encode throughput on CPU (and GPU where onnxruntime offers CUDA), against fine4 in the same run.

    python bench/bench_presto.py --out bench/results.md [--large]

Input: the real Belgian S2 L2A + S1 monthly cube (tests/data/worldcereal, 100 × 100 px, 12 months), tiled
``repeat`` × ``repeat`` times for larger sizes. Rows: every pixel (GRID_FACTOR 1) on 100²; the practical CPU path
(GRID_FACTOR 10: one series per 100 m block) at 1000² and, with ``--large``, 4000²; fine4 on the same cube (fine4
needs B8A, which the cube lacks: B8A is copied from B08 for the fine4 rows only). The int8 row is the dynamically
quantised encoder (onnxruntime.quantization, weights int8) with its accuracy cost: cosine to the fp32 embeddings and
the fuel-moisture random-forest RMSE (models/training/presto/evaluate.py protocol). presto_small (Presto distilled
into a small network) is timed at every pixel beside them, and its accuracy cost measured on the regions it never
saw. Section "## Presto" of the file.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from results_file import ROOT, replace_section  # noqa: E402


def _fine4_stack(s2_path, folder):
    """The Belgian S2 stack with B8A := B08 (fine4 needs 10 bands; bench only)."""
    from eolatent.core.inputs.sentinel2 import open_s2
    from eolatent.core.inputs.sentinel2.stack import write_s2_stack

    with open_s2(s2_path) as src:
        reads = [src.read(i, None, list(src.band_names), partial=True)[0] for i in range(len(src.dates))]
        names, dates, grid = list(src.band_names), list(src.dates), src.grid
    data = np.stack(reads)
    b8 = data[:, names.index("B08")]
    order = ["B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"]
    full = np.stack([b8 if b == "B8A" else data[:, names.index(b)] for b in order], 1)
    return write_s2_stack(os.path.join(folder, "fine4_s2.tif"), grid, dates, order, full)


def timed(fn):
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "results.md"))
    ap.add_argument("--large", action="store_true", help="also 4000² at GRID_FACTOR 10 (about 7 GB of input)")
    args = ap.parse_args(argv)
    import onnxruntime as ort

    from eolatent.core.encode.raster import run_encode
    from eolatent.core.encode.presto.worldcereal import belgium_stacks

    rows = []
    work = tempfile.mkdtemp(prefix="bench_presto_", dir=os.path.join(ROOT, "bench", "_work")
                            if os.path.isdir(os.path.join(ROOT, "bench", "_work")) else None)
    s2, s1 = belgium_stacks(os.path.join(work, "r1"))
    f4 = _fine4_stack(s2, work)
    for threads in (1, 2):
        t = timed(lambda: run_encode(os.path.join(work, f"p{threads}.tif"), s2_path=s2, s1_path=s1, preset="presto",
                                     threads=threads, provider="cpu"))
        rows.append(("presto, every pixel", "100²", threads, 1e4, t))
        t = timed(lambda: run_encode(os.path.join(work, f"f{threads}.tif"), s2_path=f4, s1_path=s1, preset="fine4",
                                     threads=threads, provider="cpu"))
        rows.append(("fine4 (4 × 4 px chunks)", "100²", threads, 1e4, t))
        t = timed(lambda: run_encode(os.path.join(work, f"s{threads}.tif"), s2_path=s2, s1_path=s1,
                                     preset="presto_small", threads=threads, provider="cpu"))
        rows.append(("presto_small, every pixel", "100²", threads, 1e4, t))
    sizes = [(10, "1000²")] + ([(40, "4000²")] if args.large else [])
    for rep, label in sizes:
        b2, b1 = belgium_stacks(os.path.join(work, f"r{rep}"), repeat=rep)
        t = timed(lambda: run_encode(os.path.join(work, f"g{rep}.tif"), s2_path=b2, s1_path=b1, preset="presto",
                                     threads=2, provider="cpu", grid_factor=10))
        rows.append(("presto, GRID_FACTOR 10", label, 2, float(rep * 100) ** 2, t))
        t = timed(lambda: run_encode(os.path.join(work, f"sg{rep}.tif"), s2_path=b2, s1_path=b1,
                                     preset="presto_small", threads=2, provider="cpu"))
        rows.append(("presto_small, every pixel", label, 2, float(rep * 100) ** 2, t))
    int8 = int8_row(work)
    small = student_rows()
    lines = ["## Presto", "",
             f"CPU: {os.cpu_count()} cores; onnxruntime {ort.__version__}; providers {', '.join(ort.get_available_providers())}. "
             "Real Belgian S2 L2A + S1 cube (12 months), tiled for the larger sizes. px/s = stack pixels per second; "
             f"load average at the start {os.getloadavg()[0]:.1f} (other processes share these cores).",
             "", "| encoder | stack size | threads | s | stack px/s | series/s |", "|---|---|---|---|---|---|"]
    for name, size, th, npx, t in rows:
        series = npx / (100 if "GRID_FACTOR 10" in name else (16 if "fine4" in name else 1))
        lines.append(f"| {name} | {size} | {th} | {t:.1f} | {npx / t:,.0f} | {series / t:.0f} |")
    per_px = [t for name, size, th, npx, t in rows if name.startswith("presto, every") and th == 2][0] / 1e4
    big = max((r for r in rows if "GRID_FACTOR 10" in r[0]), key=lambda r: r[3])     # the largest measured size
    small_big = max((r for r in rows if r[0].startswith("presto_small") and r[2] == 2), key=lambda r: r[3])
    lines += ["", f"Every pixel with 2 threads: {per_px * 1e6 / 60:.0f} min per megapixel; a 10980² tile × 12 months "
                  f"would take {per_px * 10980 ** 2 / 3600:.0f} h on this CPU (GRID_FACTOR 10, at the rate measured at "
                  f"{big[1]}: {10980 ** 2 * big[4] / big[3] / 60:.0f} min; presto_small at every pixel, at the rate "
                  f"measured at {small_big[1]}: {10980 ** 2 * small_big[4] / small_big[3] / 60:.0f} min).", "",
              "| int8 (dynamic quantisation) vs fp32 | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in int8.items()]
    lines += ["", "Accuracy cost of presto_small (Presto distilled into a small network, "
              "models/training/presto/distill.py), on regions the student never saw; ERA5 and SRTM masked for both, "
              "as eolatent:encode gives them. Cosine and fuel moisture measured in this run; few-shot macro-F1 "
              "(logistic regression, 10 draws, mean ± sd) from the student's card:", "",
              "| held-out region | measure | presto | presto_small | raw series |", "|---|---|---|---|---|"]
    lines += [f"| {r} | {m} | {a} | {b} | {c} |" for r, m, a, b, c in small]
    gpu = "CUDAExecutionProvider" in ort.get_available_providers()
    lines += ["", "GPU: " + ("see the CUDA rows above" if gpu else "no GPU available to this run (onnxruntime offers no "
              "CUDAExecutionProvider here); the goal of a 10980² tile × 12 months in ≤ 10 min on one GPU is unmeasured."),
              f"Peak RSS of this benchmark: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (it "
              "includes building the tiled input cube in memory: about 7 GB at 4000²; the encoder itself streams "
              "by tiles).", ""]
    replace_section(args.out, "## Presto", lines)
    print("\n".join(lines))


def int8_row(work) -> dict:
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from eolatent.models.training.presto.evaluate import load_fuel_moisture, regressions

    src = os.path.join(ROOT, "models", "encoder_presto.onnx")
    q = os.path.join(work, "presto_int8.onnx")
    quantize_dynamic(src, q, weight_type=QuantType.QInt8)
    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    a = ort.InferenceSession(src, so, providers=["CPUExecutionProvider"])
    b = ort.InferenceSession(q, so, providers=["CPUExecutionProvider"])
    x, mask, dw, latlon, month, target, test = load_fuel_moisture()
    feeds = {"x": x, "mask": mask, "dynamic_world": dw, "latlon": latlon, "month": month}
    ta = timed(lambda: a.run(None, feeds))
    tb = timed(lambda: b.run(None, feeds))
    ea, eb = a.run(None, feeds)[0], b.run(None, feeds)[0]
    cos = (ea * eb).sum(1) / np.linalg.norm(ea, axis=1) / np.linalg.norm(eb, axis=1)
    ra, rb = regressions(ea, target, test, seeds=(0, 1, 2)), regressions(eb, target, test, seeds=(0, 1, 2))
    return {"speed-up, 1 thread, 3-month series": f"{ta / tb:.2f} ×",
            "cosine to fp32 (min / mean)": f"{cos.min():.5f} / {cos.mean():.5f}",
            "fuel-moisture RF RMSE fp32 → int8 (%)": f"{ra['rf_mean']} → {rb['rf_mean']}",
            "model size fp32 → int8 (MB)": f"{os.path.getsize(src) / 1e6:.2f} → {os.path.getsize(q) / 1e6:.2f}"}


def student_rows() -> list:
    """(region, measure, presto, presto_small, raw) rows: the student's accuracy cost on its held-out regions."""
    from eolatent.core.encode.presto.embed import PrestoEncoder
    from eolatent.core.latent.contract import resolve_model
    from eolatent.models.training.presto import distill_data as dd
    from eolatent.models.training.presto.distill import cosine
    from eolatent.models.training.presto.evaluate import regressions

    info = resolve_model("presto_small", "encode")
    teacher = PrestoEncoder(resolve_model("presto", "encode"), provider="cpu", threads=2)
    student = PrestoEncoder(info, provider="cpu", threads=2)
    out = []
    for region in info.card["training_data"]["held_out_regions"]:
        v = dd.views(dd.load_region(region), 1, None, natural=True)
        et, es = (e.embed(v["x"], v["mask"], v["latlon"], v["month"]) for e in (teacher, student))
        cos = cosine(et, es)
        out.append((region, "cosine to Presto (median / 5th percentile)", "1", f"{np.median(cos):.3f} / "
                    f"{np.percentile(cos, 5):.3f}", "—"))
        if region == "westernus":
            test, target = dd.fuel_moisture_split(v["pixel"])
            r = [regressions(f, target, test, seeds=(0, 1, 2))["rf_mean"] for f in (et, es, dd.raw_features(v))]
            out.append((region, "fuel moisture, RF RMSE (%)", *(f"{x:.2f}" for x in r)))
        fs = info.card["metrics"]["held_out"][region]["few_shot_macro_f1"]
        for b in ("5_labels", "20_labels"):
            out.append((region, f"few-shot macro-F1, {b.replace('_', ' ')} a class",
                        *(f"{fs[k][b][0]:.3f} ± {fs[k][b][1]:.3f}" for k in ("presto", "presto_small", "raw"))))
    return out


if __name__ == "__main__":
    main()
