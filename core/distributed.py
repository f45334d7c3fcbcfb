# SPDX-License-Identifier: GPL-3.0-or-later
"""Scale-out: run an algorithm block by block, locally or on a Dask cluster, resumably.

The output grid is cut into blocks (``block_size`` output pixels, aligned to what the algorithm needs:
the latent chunk, the super-resolution factor). Every block is an independent sub-job that runs the SAME
core function as a whole-raster run, on a window of the inputs (a VRT view; with a halo where the
algorithm looks at neighbours) and writes its own GeoTIFFs. A block is computed in a hidden temporary
folder renamed to ``<tiles>/blocks/<name>/`` only when all its outputs are complete, so a block folder
that exists is always complete. ``<tiles>/manifest.json`` records the run's parameters (with the inputs'
sizes and modification times); ``resume`` skips finished blocks and refuses a tiles folder made with other
parameters. When every block is done the outputs are assembled — a VRT over the block files, or a tiled
GeoTIFF / COG mosaic — into hidden temporary files renamed at the very end: a run that dies leaves block
folders and the manifest, never a final output that looks complete.

Blocks run in this process one after the other (no Dask needed), or are submitted to a Dask cluster:
``scheduler`` ("tcp://host:8786", e.g. a dask-jobqueue cluster) or ``workers`` (a LocalCluster of that many
single-threaded worker processes on the loopback). Dask is imported only then. The tiles folder must be
on a file system every worker sees.
"""
from __future__ import annotations

import hashlib
import html
import json
import os
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from .outputs import BLOCK, choose_block, publish
from .tiling import Cancelled, Feedback

MANIFEST = "manifest.json"
FORMAT_VERSION = 1
IGNORED_PARAMS = ("threads", "outputs")  # do not change the numbers: a resume may change them


class DistributedError(ValueError):
    """The scaled-out run cannot go on; the message names the problem and the fix."""


@dataclass
class Plan:
    """Output grid and block layout of one run (all sizes in output-grid pixels)."""

    width: int = 0
    height: int = 0
    crs_wkt: str = ""
    transform: tuple = ()  # GDAL geotransform of the output grid
    align: int = 1  # block edges fall on multiples of this
    default_block: int = 1024
    full_width: bool = False  # blocks are bands of whole rows (the algorithm works in full-width strips)
    single: str = ""  # non-empty: why the run is one block (the whole job on one worker)
    tag_overrides: Dict[str, Dict[str, str]] = field(default_factory=dict)  # output key -> dataset tags
    extra: dict = field(default_factory=dict)  # parameters resolved once, passed to every block
    renames: Dict[str, str] = field(default_factory=dict)  # view file name -> input file name, in the tags


def blocks_of(plan: Plan, block_size: Optional[int]) -> List[dict]:
    if plan.single:
        return [dict(name="all", row=0, col=0, height=plan.height, width=plan.width)]
    size = int(block_size or plan.default_block)
    if size < 1:
        raise DistributedError(f"block size {size}: give a positive number of output pixels")
    a = max(1, int(plan.align))
    size = max(a, -(-size // a) * a)
    out = []
    for row in range(0, plan.height, size):
        for col in range(0, plan.width, plan.width if plan.full_width else size):
            out.append(dict(name=f"r{row:06d}_c{col:06d}", row=row, col=col, height=min(size, plan.height - row),
                            width=plan.width if plan.full_width else min(size, plan.width - col)))
    return out


# ---------------------------------------------------------------------------------------------------
# Running one block (on a worker)
# ---------------------------------------------------------------------------------------------------
def run_block(algorithm: str, params: dict, block: dict, tiles_dir: str) -> dict:
    """Compute one block into ``<tiles_dir>/blocks/<name>/<KEY>.tif``; returns its record. Picklable entry
    point of the workers; a block folder that already exists is complete and is not recomputed."""
    from .distributed_jobs import ADAPTERS

    folder = os.path.join(tiles_dir, "blocks")
    final = os.path.join(folder, block["name"])
    if os.path.isdir(final):
        return dict(block=block["name"], skipped=True)
    os.makedirs(folder, exist_ok=True)
    tmp = tempfile.mkdtemp(dir=folder, prefix=f".{block['name']}.tmp-")
    t0 = time.time()
    try:
        files = ADAPTERS[algorithm].run_block(params, block, tmp)
        record = dict(block=block["name"], files={k: os.path.basename(p) for k, p in files.items()},
                      seconds=round(time.time() - t0, 3), host=os.uname().nodename, pid=os.getpid())
        with open(os.path.join(tmp, "block.json"), "w") as fh:
            json.dump(record, fh)
        try:
            os.rename(tmp, final)
        except OSError:  # another worker finished the same block first
            if not os.path.isdir(final):
                raise
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return record


# ---------------------------------------------------------------------------------------------------
# Manifest
# ---------------------------------------------------------------------------------------------------
def _signature(algorithm: str, params: dict, block_size, plan: Plan) -> dict:
    """What the blocks' numbers depend on: the parameters and the inputs' sizes and modification times."""
    sig = {"algorithm": algorithm, "block_size": block_size, "format": FORMAT_VERSION}
    for key, value in sorted(params.items()):
        if key in IGNORED_PARAMS:
            continue
        sig[key] = value
        for i, item in enumerate(value if isinstance(value, (list, tuple)) else [value]):
            if isinstance(item, str) and item and os.path.exists(item):
                st = os.stat(item)
                sig[f"{key}[{i}]:file"] = f"{st.st_size}:{st.st_mtime_ns}"
    sig["outputs"] = sorted(params.get("outputs", {}))
    sig["grid"] = [plan.width, plan.height, list(plan.transform)]
    return json.loads(json.dumps(sig, default=str))


def _check_manifest(tiles_dir: str, sig: dict, blocks: List[dict], resume: bool) -> None:
    path = os.path.join(tiles_dir, MANIFEST)
    digest = hashlib.sha256(json.dumps(sig, sort_keys=True).encode()).hexdigest()
    if os.path.exists(path):
        with open(path) as fh:
            old = json.load(fh)
        if not resume:
            raise DistributedError(
                f"the tiles folder {tiles_dir} holds the blocks of an earlier run ({old.get('algorithm')}, "
                f"{len(old.get('blocks', []))} blocks, e.g. one that was interrupted); add --resume to continue it "
                "and reuse its finished blocks, or delete the folder or choose another --tiles-dir to start afresh")
        if old.get("hash") != digest:
            before = old.get("signature", {})
            diff = sorted(k for k in set(before) | set(sig) if before.get(k) != sig.get(k))
            raise DistributedError(
                f"cannot resume: the tiles folder {tiles_dir} was made with other parameters or inputs "
                f"(different: {', '.join(diff) or 'format'}); rerun with the original parameters, or delete the "
                "folder or choose another --tiles-dir to start afresh")
        return
    os.makedirs(tiles_dir, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=tiles_dir, prefix=".manifest.", suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(dict(algorithm=sig["algorithm"], hash=digest, signature=sig, blocks=[b["name"] for b in blocks],
                       created=time.strftime("%Y-%m-%dT%H:%M:%S")), fh, indent=1)
    publish(tmp, path)


def _clean_partial(tiles_dir: str) -> None:
    folder = os.path.join(tiles_dir, "blocks")
    if os.path.isdir(folder):
        for name in os.listdir(folder):
            if name.startswith(".") and ".tmp-" in name:
                shutil.rmtree(os.path.join(folder, name), ignore_errors=True)


# ---------------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------------
def escape(text: str) -> str:
    """XML text and attribute escaping (&, <, >, quotes)."""
    return html.escape(str(text), quote=True)


def _mdi(tags: Dict[str, str], indent: str) -> str:
    if not tags:
        return ""
    items = "".join(f'{indent}  <MDI key="{escape(k)}">{escape(v)}</MDI>\n' for k, v in tags.items())
    return f"{indent}<Metadata>\n{items}{indent}</Metadata>\n"


_GDAL_TYPES = {"uint8": "Byte", "int8": "Int8", "uint16": "UInt16", "int16": "Int16", "uint32": "UInt32",
               "int32": "Int32", "float32": "Float32", "float64": "Float64"}


def write_vrt(path: str, plan: Plan, blocks: List[dict], files: List[str], overrides: Dict[str, str],
              relative: bool) -> None:
    """A VRT mosaic of the block files on the output grid, with the metadata of the first block that has
    valid pixels (a block without any is marked EMPTY)."""
    import rasterio

    meta = [f for f in files if not os.path.exists(os.path.join(os.path.dirname(f), "EMPTY"))]
    if not meta:
        raise DistributedError("no block holds a valid input pixel; nothing to assemble")
    with rasterio.open(meta[0]) as ds:
        count, dtypes, nodata = ds.count, ds.dtypes, ds.nodata
        tags = dict(ds.tags())
        for view, name in plan.renames.items():  # the blocks saw views of the inputs: name the inputs
            tags = {k: v.replace(view, name) for k, v in tags.items()}
        tags.update(overrides)
        band_tags = [ds.tags(b) for b in range(1, count + 1)]
        descr, units = ds.descriptions, ds.units
    base = os.path.dirname(os.path.abspath(path))
    lines = [f'<VRTDataset rasterXSize="{plan.width}" rasterYSize="{plan.height}">\n',
             f"  <SRS>{escape(plan.crs_wkt)}</SRS>\n" if plan.crs_wkt else "",
             "  <GeoTransform>" + ", ".join(repr(float(v)) for v in plan.transform) + "</GeoTransform>\n",
             _mdi(tags, "  ")]
    for b in range(1, count + 1):
        lines.append(f'  <VRTRasterBand dataType="{_GDAL_TYPES[dtypes[b - 1]]}" band="{b}">\n')
        lines.append(_mdi(band_tags[b - 1], "    "))
        if descr[b - 1]:
            lines.append(f"    <Description>{escape(descr[b - 1])}</Description>\n")
        if nodata is not None:
            lines.append(f"    <NoDataValue>{'nan' if nodata != nodata else repr(float(nodata))}</NoDataValue>\n")
        if units[b - 1]:
            lines.append(f"    <UnitType>{escape(units[b - 1])}</UnitType>\n")
        for blk, f in zip(blocks, files):
            name = os.path.relpath(os.path.abspath(f), base) if relative else os.path.abspath(f)
            lines.append(
                f'    <SimpleSource>\n      <SourceFilename relativeToVRT="{int(relative)}">{escape(name)}'
                f"</SourceFilename>\n      <SourceBand>{b}</SourceBand>\n"
                f'      <SrcRect xOff="0" yOff="0" xSize="{blk["width"]}" ySize="{blk["height"]}" />\n'
                f'      <DstRect xOff="{blk["col"]}" yOff="{blk["row"]}" xSize="{blk["width"]}" '
                f'ySize="{blk["height"]}" />\n    </SimpleSource>\n')
        lines.append("  </VRTRasterBand>\n")
    lines.append("</VRTDataset>\n")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(lines))


def _translate(vrt: str, out: str, cog: bool, dtype: str, count: int, width: int, height: int) -> None:
    from osgeo import gdal

    predictor = "3" if dtype.startswith("float") else "2"
    if cog:
        opts = ["COMPRESS=DEFLATE", f"PREDICTOR={predictor}", "BIGTIFF=IF_SAFER", f"BLOCKSIZE={BLOCK}",
                "NUM_THREADS=ALL_CPUS"]
        fmt = "COG"
    else:
        block = choose_block(width, count)  # the layout of outputs.OutputFiles
        if width < block or height < block:
            layout = [f"BLOCKYSIZE={min(height, 16)}"]
        else:
            layout = ["TILED=YES", f"BLOCKXSIZE={block}", f"BLOCKYSIZE={block}"]
        opts = layout + ["COMPRESS=DEFLATE", f"PREDICTOR={predictor}", "BIGTIFF=IF_SAFER", "INTERLEAVE=BAND",
                         "NUM_THREADS=ALL_CPUS"]
        fmt = "GTiff"
    ds = gdal.Translate(out, vrt, format=fmt, creationOptions=opts)
    if ds is None:
        raise DistributedError(f"assembling {out} failed: {gdal.GetLastErrorMsg()}")
    ds = None


def _single_vrt(src: str, path: str) -> None:
    from osgeo import gdal

    ds = gdal.Translate(path, src, format="VRT")
    if ds is None:
        raise DistributedError(f"cannot write {path}: {gdal.GetLastErrorMsg()}")
    ds = None


def assemble(plan: Plan, blocks: List[dict], tiles_dir: str, outputs: Dict[str, str], cog: bool) -> None:
    """Mosaic every output from the block files; all outputs appear together, at the end."""
    import rasterio

    pending = []
    try:
        for key, path in outputs.items():
            files = [os.path.join(tiles_dir, "blocks", b["name"], f"{key}.tif") for b in blocks]
            folder = os.path.dirname(os.path.abspath(path))
            stem = "." + os.path.basename(path) + "."
            is_vrt = path.lower().endswith(".vrt")
            if plan.single:  # one block: its file is the output
                fd, tmp = tempfile.mkstemp(dir=folder, prefix=stem, suffix=".part" + (".vrt" if is_vrt else ".tif"))
                os.close(fd)
                pending.append((tmp, path))
                if is_vrt:
                    _single_vrt(files[0], tmp)
                elif cog:
                    with rasterio.open(files[0]) as ds:
                        _translate(files[0], tmp, True, ds.dtypes[0], ds.count, ds.width, ds.height)
                else:
                    shutil.copyfile(files[0], tmp)
                continue
            fd, vrt = tempfile.mkstemp(dir=folder, prefix=stem, suffix=".part.vrt")
            os.close(fd)
            pending.append((vrt, path if is_vrt else None))
            write_vrt(vrt, plan, blocks, files, plan.tag_overrides.get(key, {}), relative=is_vrt)
            if is_vrt:
                continue
            with rasterio.open(files[0]) as ds:
                dtype, count = ds.dtypes[0], ds.count
            fd, tif = tempfile.mkstemp(dir=folder, prefix=stem, suffix=".part.tif")
            os.close(fd)
            pending.append((tif, path))
            _translate(vrt, tif, cog, dtype, count, plan.width, plan.height)
        for tmp, final in pending:
            if final is not None:
                publish(tmp, final)
            elif os.path.exists(tmp):
                os.unlink(tmp)
        pending = []
    finally:
        for tmp, _ in pending:
            for leftover in (tmp, tmp + ".aux.xml"):
                if os.path.exists(leftover):
                    os.unlink(leftover)


# ---------------------------------------------------------------------------------------------------
# The driver
# ---------------------------------------------------------------------------------------------------
def default_tiles_dir(outputs: Dict[str, str]) -> str:
    first = sorted(outputs.items())[0][1]
    return os.path.abspath(first) + ".tiles"


@dataclass
class RunReport:
    outputs: Dict[str, str]
    tiles_dir: str
    blocks: int
    computed: List[str]
    skipped: List[str]
    single: str = ""
    seconds: float = 0.0
    assemble_seconds: float = 0.0


def run_job(algorithm: str, params: dict, tiles_dir: Optional[str] = None, block_size: Optional[int] = None,
            scheduler: Optional[str] = None, workers: Optional[int] = None, resume: bool = False,
            cog: bool = False, keep_tiles: bool = False, client=None,
            feedback: Optional[Feedback] = None) -> RunReport:
    """Run ``algorithm`` (a name of :data:`distributed_jobs.ADAPTERS`) block by block and assemble its
    ``params["outputs"]``. ``client``: an existing ``distributed.Client`` (else one is made from
    ``scheduler`` or ``workers``; with neither, blocks run here, one after the other)."""
    from .distributed_jobs import ADAPTERS
    from .outputs import check_writable

    feedback = feedback or Feedback()
    t0 = time.perf_counter()
    adapter = ADAPTERS[algorithm]
    outputs = {k: os.path.abspath(v) for k, v in params["outputs"].items() if v}
    if not outputs:
        raise DistributedError("no output given")
    for path in outputs.values():
        check_writable(os.path.splitext(path)[0] + ".tif")
    params = dict(params, outputs=outputs)
    plan = adapter.plan(params)
    for value in params.values():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, str) and os.path.isfile(item):
                plan.renames[os.path.splitext(os.path.basename(item))[0] + ".vrt"] = os.path.basename(item)
    blocks = blocks_of(plan, block_size)
    tiles_dir = os.path.abspath(tiles_dir or default_tiles_dir(outputs))
    if plan.single:
        feedback.info(f"{algorithm}: one block ({plan.single})")
    _check_manifest(tiles_dir, _signature(algorithm, params, block_size, plan), blocks, resume)
    _clean_partial(tiles_dir)
    block_params = dict(params, **plan.extra)
    done = [b["name"] for b in blocks if os.path.isdir(os.path.join(tiles_dir, "blocks", b["name"]))]
    todo = [b for b in blocks if b["name"] not in done]
    feedback.info(f"{len(blocks)} block(s) in {tiles_dir}: {len(done)} already done, {len(todo)} to compute")
    computed: List[str] = []
    if todo:
        if client is not None or scheduler or workers:
            computed = _run_dask(algorithm, block_params, todo, tiles_dir, scheduler, workers, client, feedback,
                                 len(blocks) - len(todo), len(blocks))
        else:
            for b in todo:
                if feedback.is_canceled():
                    raise Cancelled("cancelled by the user; finished blocks are kept for --resume")
                run_block(algorithm, block_params, b, tiles_dir)
                computed.append(b["name"])
                feedback.progress(95.0 * (len(done) + len(computed)) / len(blocks))
    feedback.info("assembling " + ", ".join(outputs.values()))
    t1 = time.perf_counter()
    assemble(plan, blocks, tiles_dir, outputs, cog)
    t_assemble = time.perf_counter() - t1
    keep = keep_tiles or any(p.lower().endswith(".vrt") for p in outputs.values())
    if not keep:
        shutil.rmtree(tiles_dir, ignore_errors=True)
    feedback.progress(100.0)
    return RunReport(outputs, tiles_dir, len(blocks), computed, done, plan.single, time.perf_counter() - t0,
                     t_assemble)


def make_client(scheduler: Optional[str] = None, workers: Optional[int] = None):
    """(client, cluster or None): a client of ``scheduler``, or of a new LocalCluster of ``workers``
    single-threaded worker processes on the loopback."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DistributedError("--scheduler/--workers need Dask: pip install \"dask[distributed]\" (or run "
                               "without them: blocks then run in this process)") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="30s"), None
        except (OSError, TimeoutError) as exc:
            raise DistributedError(f"cannot reach the Dask scheduler {scheduler} ({exc}); check the address "
                                   "(tcp://host:8786) and that the scheduler is running") from None
    n = int(workers)
    if n < 1:
        raise DistributedError(f"--workers {n}: give at least 1 worker process")
    cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None)
    return Client(cluster), cluster


def _run_dask(algorithm, params, todo, tiles_dir, scheduler, workers, client, feedback, already, total):
    from distributed import as_completed

    own = client is None
    cluster = None
    if own:
        client, cluster = make_client(scheduler, workers)
    token = uuid.uuid4().hex[:8]
    futures = [client.submit(run_block, algorithm, params, b, tiles_dir, key=f"eolatent-{algorithm}-{b['name']}-"
                             f"{token}", pure=False) for b in todo]
    computed = []
    try:
        for fut in as_completed(futures):
            record = fut.result()  # re-raises the worker's exception
            computed.append(record["block"])
            feedback.progress(95.0 * (already + len(computed)) / total)
            if feedback.is_canceled():
                raise Cancelled("cancelled by the user; finished blocks are kept for --resume")
    except BaseException:
        client.cancel(futures)
        raise
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
    return computed
