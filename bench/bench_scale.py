# SPDX-License-Identifier: GPL-3.0-or-later
"""make bench (scale): throughput, peak memory, GDAL floor and Dask speed-up per algorithm and raster size.

For each algorithm (biophysical, soilmoisture, encode, decode, superresolve) and each size N (default
1000, 4000, 10000: N × N pixels at 10 m, i.e. the output grid of biophysical/soilmoisture/decode, the
stack grid of encode, the fine output grid of superresolve ×4), the core function runs in a fresh child
process with 1 and 2 threads (CPU provider), which reports its wall time and its peak RSS. Inputs are
synthetic rasters made by tiling real data (the Slovenia S2 spectra of bench_biophysical.make_input, a
MODIS LST window for superresolve), cached in bench/_work.

* GDAL floor: in a child process, read every input window (512 × 512, all bands) and write the run's own
  outputs again with the runner's creation options (data loaded strip by strip outside the timer): the
  I/O any implementation pays. Ratio = run time / floor time.
* Dask: the same job as blocks on a LocalCluster of 2 worker processes × 1 thread (loopback), cluster
  started before the timer; speed-up = 1-thread local time / Dask time; peak RSS = largest worker.
* GPU: when onnxruntime offers CUDAExecutionProvider the runs are repeated with provider cuda.

Text-query latency is measured by bench_textquery.py (its own section). ``--sizes`` picks the sizes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "bench", "_work")
SCALE = os.path.join(WORK, "scale")
HEADER = "## Scale: throughput, memory and Dask"
ALGORITHMS = ("biophysical", "soilmoisture", "encode", "decode", "superresolve")
FACTOR = 4
DASK_BLOCKS = {"superresolve": 2048}  # default 4096 px would be one block at 4000²
sys.path.insert(0, os.path.join(ROOT, "bench"))
from results_file import own_peak_rss_mb, replace_section, tiled_modis_lst  # noqa: E402


# ---------------------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------------------
def s2_input(size: int) -> str:
    from bench_biophysical import make_input

    path = os.path.join(WORK, f"s2_{size}.tif")  # shared with bench_biophysical
    make_input(path, size)
    return path


def s1_input(size: int) -> str:
    """2-date VV/VH sigma0 stack (dB) on the S2 grid: a smooth field plus a 100-px repeated texture."""
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.windows import Window

    from eolatent.core.inputs.sentinel1 import write_s1_stack
    from eolatent.core.inputs.sentinel2 import Grid

    path = os.path.join(SCALE, f"s1_{size}.tif")
    if os.path.exists(path):
        return path
    tpl = os.path.join(SCALE, "s1_template.tif")
    grid = Grid("EPSG:32633", from_origin(400000, 5100000, 10, 10), 100, 100)
    rng = np.random.default_rng(1)
    patch = np.stack([-11 + 2.5 * rng.standard_normal((100, 100)), -18 + 2.5 * rng.standard_normal((100, 100))])
    cube = np.stack([patch, patch + 0.5]).astype(np.float32)
    write_s1_stack(tpl, grid, ["2015-07-13T05:00:00", "2015-07-25T05:00:00"], ["VV", "VH"], cube)
    with rasterio.open(tpl) as t:
        profile = dict(t.profile, width=size, height=size, transform=from_origin(400000, 5100000, 10, 10),
                       tiled=True, blockxsize=256, blockysize=256, BIGTIFF="IF_SAFER")
        tmp = path + ".tmp.tif"
        with rasterio.open(tmp, "w", **profile) as ds:
            ds.update_tags(**t.tags())
            for b in range(1, t.count + 1):
                ds.set_band_description(b, t.descriptions[b - 1])
                ds.update_tags(b, **t.tags(b))
                if t.units[b - 1]:
                    ds.set_band_unit(b, t.units[b - 1])
            for r in range(0, size, 1000):
                h = min(1000, size - r)
                block = np.tile(cube.reshape(4, 100, 100), (1, -(-h // 100), -(-size // 100)))[:, :h, :size]
                ds.write(block, window=Window(0, r, size, h))
    os.replace(tmp, path)
    return path


def lst_input(size: int) -> str:
    """Coarse LST (Kelvin, float32) of size/FACTOR px, tiled from a real MODIS window."""
    import rasterio

    n = size // FACTOR
    path = os.path.join(SCALE, f"lst_{n}.tif")
    if os.path.exists(path):
        return path
    coarse, crs, tr = tiled_modis_lst(n)
    with rasterio.open(path, "w", driver="GTiff", width=n, height=n, count=1, dtype="float32", crs=crs,
                       transform=tr, tiled=True, compress="deflate") as ds:
        ds.write(coarse.astype(np.float32), 1)
    return path


def job(alg: str, size: int, tag: str = "") -> dict:
    """The core parameters of one case (inputs created on demand; decode needs encode's latent)."""
    out = lambda k: os.path.join(SCALE, f"{alg}{tag}_{size}_{k}.tif")  # noqa: E731
    if alg == "biophysical":
        return dict(input=s2_input(size), outputs={k: out(k) for k in ("LAI", "LAI_STD", "QUALITY")})
    if alg == "soilmoisture":
        return dict(s1_path=s1_input(size), lai_value=2.0, incidence=38.0,
                    outputs={k: out(k) for k in ("SM", "SM_STD", "QUALITY")})
    if alg == "encode":
        return dict(s2_path=s2_input(size), preset="fine4", outputs={"latent": out("latent")})
    if alg == "decode":
        return dict(input=os.path.join(SCALE, f"encode_{size}_latent.tif"), dates="2015-07-15",
                    outputs={"LAI": out("LAI")})
    if alg == "superresolve":
        return dict(input=lst_input(size), method="cnn_single", factor=FACTOR, outputs={"LST": out("LST")})
    raise ValueError(alg)


def input_paths(params: dict) -> list:
    return [params[k] for k in ("input", "s1_path", "s2_path") if params.get(k)]


# ---------------------------------------------------------------------------------------------------
# Cases (each in a child process)
# ---------------------------------------------------------------------------------------------------
def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def case_run(alg, size, threads, provider):
    from eolatent.core.scaleout.jobs import ADAPTERS

    p = job(alg, size)
    c0, t0 = cpu_seconds(), time.perf_counter()
    res = ADAPTERS[alg].direct(dict(p, provider=provider, threads=threads), p["outputs"])
    return dict(seconds=time.perf_counter() - t0, cpu=cpu_seconds() - c0,
                provider=getattr(res, "provider_used", provider))


def case_floor(alg, size):
    """Read the inputs window by window, write the run's outputs again (same creation options)."""
    import rasterio
    from rasterio.windows import Window

    from eolatent.core.outputs.geotiff import OutputFiles, OutputSpec, choose_block
    from eolatent.core.engine.tiling import bounded_gdal_cache

    p = job(alg, size)
    t_read = t_write = 0.0
    with bounded_gdal_cache():
        for path in input_paths(p):
            with rasterio.open(path) as src:
                t0 = time.perf_counter()
                for r in range(0, src.height, 512):
                    for c in range(0, src.width, 512):
                        src.read(window=Window(c, r, min(512, src.width - c), min(512, src.height - r)))
                t_read += time.perf_counter() - t0
        for key, path in p["outputs"].items():
            with rasterio.open(path) as src:
                spec = OutputSpec(os.path.join(SCALE, f"floor_{alg}_{key}.tif"), src.count, src.dtypes[0], src.nodata)
                files = OutputFiles(src, {key: spec}, choose_block(src.width, src.count))
                step = 256
                for r in range(0, src.height, step):
                    data = src.read(window=Window(0, r, src.width, min(step, src.height - r)))
                    t0 = time.perf_counter()
                    files.write(key, r, data)
                    t_write += time.perf_counter() - t0
                t0 = time.perf_counter()
                files.commit()
                t_write += time.perf_counter() - t0
                os.unlink(spec.path)
    return dict(seconds=t_read + t_write, read=t_read, write=t_write)


def case_dask(alg, size, provider):
    from distributed import Client, LocalCluster

    from eolatent.core.scaleout.distributed import run_job

    t0 = time.perf_counter()
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None)
    client = Client(cluster)
    client.run(lambda: __import__("eolatent.core.scaleout.jobs"))  # imports warm, models load in the run
    start = time.perf_counter() - t0
    try:
        p = job(alg, size, "_dask")
        before = sum(client.run(cpu_seconds).values()) + cpu_seconds()
        t0 = time.perf_counter()
        rep = run_job(alg, dict(p, provider=provider, threads=1), block_size=DASK_BLOCKS.get(alg), client=client,
                      tiles_dir=os.path.join(SCALE, f"tiles_{alg}_{size}"))
        seconds = time.perf_counter() - t0
        cpu = sum(client.run(cpu_seconds).values()) + cpu_seconds() - before
        peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    finally:
        client.close()
        cluster.close()
    return dict(seconds=seconds, start=start, blocks=rep.blocks, assemble=rep.assemble_seconds, cpu=cpu,
                worker_peak_mb=max(peaks.values()) / 1024.0)


CACHE = os.path.join(SCALE, "cases.json")


def _cache() -> dict:
    if os.path.exists(CACHE):
        with open(CACHE) as fh:
            return json.load(fh)
    return {}


def child(args, fresh: bool = False) -> dict:
    """Run one case in a fresh interpreter; its own peak RSS comes back with the result. Results are kept in
    bench/_work/scale/cases.json, so an interrupted bench can go on where it stopped (--reuse)."""
    key = "|".join(str(a) for a in args)
    cache = _cache()
    if key in cache and not fresh:
        return cache[key]
    result = _child(args)
    cache = _cache()
    cache[key] = result
    with open(CACHE + ".part", "w") as fh:
        json.dump(cache, fh, indent=1)
    os.replace(CACHE + ".part", CACHE)
    return result


def _child(args) -> dict:
    cmd = [sys.executable, os.path.abspath(__file__), "--case", args[0], "--alg", args[1], "--size", str(args[2])]
    cmd += ["--case-threads", str(args[3]), "--provider", args[4]] if len(args) > 3 else []
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{res.stderr[-3000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def run_case(ns) -> None:
    os.makedirs(SCALE, exist_ok=True)
    if ns.case == "run":
        out = case_run(ns.alg, ns.size, ns.case_threads, ns.provider)
    elif ns.case == "floor":
        out = case_floor(ns.alg, ns.size)
    else:
        out = case_dask(ns.alg, ns.size, ns.provider)
    out["peak_mb"] = own_peak_rss_mb()
    print(json.dumps(out))


# ---------------------------------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------------------------------
def gpu_available() -> bool:
    try:
        import onnxruntime as ort

        return "CUDAExecutionProvider" in ort.get_available_providers()
    except ImportError:  # pragma: no cover
        return False


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "results.md"))
    ap.add_argument("--sizes", default="1000,4000,10000", help="raster sizes N (N × N px), comma-separated")
    ap.add_argument("--algorithms", default=",".join(ALGORITHMS))
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--dask-size", type=int, default=4000, help="size of the Dask runs (0: none)")
    ap.add_argument("--reuse", action="store_true", help="reuse the cases already measured (by an interrupted "
                    "run, bench/_work/scale/cases.json) instead of measuring every case again")
    ap.add_argument("--case", choices=("run", "floor", "dask"), help=argparse.SUPPRESS)
    ap.add_argument("--alg", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--case-threads", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--provider", default="cpu", help=argparse.SUPPRESS)
    ns = ap.parse_args(argv)
    if ns.case:
        run_case(ns)
        return 0
    os.makedirs(SCALE, exist_ok=True)
    sizes = [int(s) for s in ns.sizes.split(",") if s.strip()]
    algs = [a for a in ns.algorithms.split(",") if a.strip()]
    if "decode" in algs and "encode" not in algs:
        algs.insert(algs.index("decode"), "encode")  # decode reads encode's latent
    threads = [int(t) for t in ns.threads.split(",")]
    gpu = gpu_available()
    rows, dask_rows, gpu_rows = [], [], []
    for alg in algs:
        for size in sizes:
            job(alg, size)  # make the inputs outside the timers
            runs = {t: child(("run", alg, size, t, "cpu"), not ns.reuse) for t in threads}
            floor = child(("floor", alg, size), not ns.reuse)
            for t, r in runs.items():
                rows.append((alg, size, t, r, floor))
                print(alg, size, t, json.dumps(r), "floor", json.dumps(floor), flush=True)
            if gpu and size == max(sizes):
                gpu_rows.append((alg, size, child(("run", alg, size, 1, "cuda"), not ns.reuse), runs[min(threads)]))
            if size == ns.dask_size:
                d = child(("dask", alg, size, 1, "cpu"), not ns.reuse)
                dask_rows.append((alg, size, runs, d))
                print(alg, size, "dask", json.dumps(d), flush=True)
    lines = ["", f"{HEADER} (bench/bench_scale.py)", "",
             f"Run {dt.datetime.now():%Y-%m-%d %H:%M}, {platform.machine()}, {os.cpu_count()} CPU cores (shared), "
             f"Python {platform.python_version()}, CPU provider, tile 512. N × N px at 10 m: the output grid "
             "(encode: the stack grid; superresolve: the fine grid, input N/4). Inputs tile real data "
             "(Slovenia S2 spectra, 1 date; S1: 2 dates VV+VH; MODIS LST). Outputs: biophysical LAI + 1σ + "
             "quality; soilmoisture SM + 1σ + quality (constant LAI); encode fine4 (1 window); decode LAI at "
             "1 date from encode's latent; superresolve CNN single-image ×4. Each run in a fresh process: "
             "time and peak RSS of that process. Floor: reading the same inputs and writing the same outputs "
             "(GDAL, same options, no compute).", "",
             "| algorithm | N × N | threads | time (s) | Mpx/s | cores busy (CPU s / s) | peak RSS (MB) | "
             "GDAL floor (s) | ratio to floor |", "|---|---|---|---|---|---|---|---|---|"]
    for alg, size, t, r, floor in rows:
        mpx = size * size / 1e6
        busy = f"{r['cpu'] / r['seconds']:.2f}" if "cpu" in r else "-"
        lines.append(f"| {alg} | {size}² | {t} | {r['seconds']:.2f} | {mpx / r['seconds']:.2f} | {busy} | "
                     f"{r['peak_mb']:.0f} | {floor['seconds']:.2f} | {r['seconds'] / floor['seconds']:.2f} |")
    if dask_rows:
        lines += ["", "Dask: the same job as blocks (core/scaleout/distributed.py) on a LocalCluster of 2 worker processes × "
                  "1 thread on the loopback (cluster start not timed, shown apart); outputs assembled into a GeoTIFF; "
                  "identical to the local run. Speed-up = local 1-thread time / Dask time.", "",
                  "| algorithm | N × N | blocks | local 1 thread (s) | local 2 threads (s) | Dask 2 workers (s) | "
                  "of which assembly (s) | speed-up | speed-up of the block phase | cores busy | largest worker peak "
                  "RSS (MB) | cluster start (s) |", "|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for alg, size, runs, d in dask_rows:
            t1 = runs[min(runs)]["seconds"]
            t2 = runs[max(runs)]["seconds"]
            blocks_s = d["seconds"] - d.get("assemble", 0.0)
            lines.append(f"| {alg} | {size}² | {d['blocks']} | {t1:.2f} | {t2:.2f} | {d['seconds']:.2f} | "
                         f"{d.get('assemble', float('nan')):.2f} | {t1 / d['seconds']:.2f} | {t1 / blocks_s:.2f} | "
                         f"{d.get('cpu', float('nan')) / d['seconds']:.2f} | {d['worker_peak_mb']:.0f} | "
                         f"{d['start']:.1f} |")
        lines += ["", "Read with the 'cores busy' columns: with few cores a local run already keeps more than one "
                  "core busy (inference plus its reader and writer threads), so extra worker processes have little "
                  "idle CPU to use, while a block run pays a per-block start-up and a second write of the outputs "
                  "when it mosaics them into one GeoTIFF (the assembly column; a .vrt output skips it). Blocks are "
                  "for scaling out to more cores and nodes, and for resuming; on 2 cores they are no faster."]
    lines.append("")
    if gpu_rows:
        lines += ["| algorithm | N × N | CPU 1 thread (s) | CUDA (s) | CUDA speed-up |", "|---|---|---|---|---|"]
        for alg, size, g, c in gpu_rows:
            lines.append(f"| {alg} | {size}² | {c['seconds']:.2f} | {g['seconds']:.2f} | "
                         f"{c['seconds'] / g['seconds']:.2f} |")
    else:
        lines.append("CUDA vs CPU: no GPU available (onnxruntime offers no CUDAExecutionProvider on this machine); "
                     "the same script measures it where one is.")
    lines += ["", "Text-query latency: see the eolatent:textquery section (bench/bench_textquery.py).", ""]
    replace_section(ns.out, HEADER, lines)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
