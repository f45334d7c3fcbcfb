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

import json
import os
import platform
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from typing import Dict, List, Optional

from .assembly import assemble
from .block_messages import BlockMessages, Relay, named_inputs, readable
from .tiles_folder import (check_manifest, check_tiles_folder, clean_partial, default_tiles_dir,  # noqa: F401
                           finished_blocks, remove_tiles, signature)
from ..i18n import tr
from .plan import DistributedError, Plan
from ..engine.tiling import Cancelled, Feedback


def aligned_block_size(plan: Plan, block_size: Optional[int]) -> int:
    """The block side used: ``block_size`` (or the plan's default) rounded up to a multiple of ``plan.align``."""
    size = int(block_size or plan.default_block)
    if size < 1:
        raise DistributedError(tr("block size {size}: give a positive number of output pixels", size=size))
    a = max(1, int(plan.align))
    return max(a, -(-size // a) * a)


def blocks_of(plan: Plan, block_size: Optional[int]) -> List[dict]:
    if plan.single:
        return [dict(name="all", row=0, col=0, height=plan.height, width=plan.width)]
    size = aligned_block_size(plan, block_size)
    out = []
    for row in range(0, plan.height, size):
        for col in range(0, plan.width, plan.width if plan.full_width else size):
            out.append(dict(name=f"r{row:06d}_c{col:06d}", row=row, col=col, height=min(size, plan.height - row),
                            width=plan.width if plan.full_width else min(size, plan.width - col)))
    return out


# ---------------------------------------------------------------------------------------------------
# Running one block (on a worker)
# ---------------------------------------------------------------------------------------------------
def _record(tiles_dir: str, name: str) -> Optional[dict]:
    """The record a finished block wrote (its block.json: files, messages), None when unreadable."""
    try:
        with open(os.path.join(tiles_dir, "blocks", name, "block.json"), encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None


def run_block(algorithm: str, params: dict, block: dict, tiles_dir: str, feedback=None) -> dict:
    """Compute one block into ``<tiles_dir>/blocks/<name>/<KEY>.tif``; returns its record (with ``messages``, what
    the block's run said, unless ``feedback`` takes them). Picklable entry point of the workers; a block folder that
    already exists is complete and is not recomputed."""
    from .jobs import ADAPTERS

    folder = os.path.join(tiles_dir, "blocks")
    final = os.path.join(folder, block["name"])
    if os.path.isdir(final):
        return dict(block=block["name"], skipped=True)
    os.makedirs(folder, exist_ok=True)
    tmp = tempfile.mkdtemp(dir=folder, prefix=f".{block['name']}.tmp-")
    t0 = time.time()
    said = BlockMessages() if feedback is None else None
    try:
        files = ADAPTERS[algorithm].run_block(params, block, tmp, feedback or said)
        record = dict(block=block["name"], files={k: os.path.basename(p) for k, p in files.items()},
                      seconds=round(time.time() - t0, 3), host=platform.node(), pid=os.getpid(),
                      messages=said.messages if said is not None else [])
        with open(os.path.join(tmp, "block.json"), "w") as fh:
            json.dump(record, fh)
        readable(tmp)       # mkdtemp's folders are private (0700): a .vrt output of the tiles is for other users too
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
# ---------------------------------------------------------------------------------------------------
# The driver
# ---------------------------------------------------------------------------------------------------
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
    from .jobs import ADAPTERS
    from ..outputs.geotiff import check_writable

    feedback = feedback or Feedback()
    t0 = time.perf_counter()
    adapter = ADAPTERS[algorithm]
    outputs = {k: os.path.abspath(v) for k, v in params["outputs"].items() if v}
    if not outputs:
        raise DistributedError(tr("no output given"))
    for path in outputs.values():
        check_writable(os.path.splitext(path)[0] + ".tif")
    params = dict(params, outputs=outputs)
    plan = adapter.plan(params)
    originals = {}      # the blocks' views of the inputs (core/scaleout/block_views.py) → the user's files
    for value in params.values():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, str) and os.path.isfile(item):
                plan.renames[os.path.splitext(os.path.basename(item))[0] + ".vrt"] = os.path.basename(item)
                originals[os.path.splitext(os.path.basename(item))[0] + ".vrt"] = item
    blocks = blocks_of(plan, block_size)
    tiles_dir = os.path.abspath(tiles_dir or default_tiles_dir(outputs))
    if block_size and not plan.single and aligned_block_size(plan, block_size) != int(block_size):
        feedback.info(tr("block size {size} rounded up to {aligned} output pixels: {algorithm}'s blocks are whole "
                         "multiples of {align} output pixels (its tiles or feature strips)", size=int(block_size),
                         aligned=aligned_block_size(plan, block_size), algorithm=algorithm,
                         align=max(1, int(plan.align))))
    kept = keep_tiles or any(p.lower().endswith(".vrt") for p in outputs.values())
    check_tiles_folder(tiles_dir, list(outputs.values()) + list(originals.values()), kept)
    fresh = not os.path.exists(tiles_dir)
    was_empty = fresh or not os.listdir(tiles_dir)
    try:
        return _run_blocks(algorithm, params, plan, blocks, tiles_dir, block_size, outputs, resume, scheduler,
                           workers, client, cog, kept, feedback, t0, fresh, originals)
    except BaseException as exc:
        if was_empty and not finished_blocks(tiles_dir):       # nothing to resume: nothing of this run left behind
            remove_tiles(tiles_dir, fresh)
        raise named_inputs(exc, originals, tiles_dir) from None


def _run_blocks(algorithm, params, plan, blocks, tiles_dir, block_size, outputs, resume, scheduler, workers, client,
                cog, kept, feedback, t0, fresh, originals) -> "RunReport":
    if plan.single:
        feedback.info(tr("{algorithm}: one block ({reason})", algorithm=algorithm, reason=plan.single))
    check_manifest(tiles_dir, signature(algorithm, params, block_size, plan), blocks, resume, fresh)
    clean_partial(tiles_dir)
    block_params = dict(params, **plan.extra)
    done = [b["name"] for b in blocks if os.path.isdir(os.path.join(tiles_dir, "blocks", b["name"]))]
    todo = [b for b in blocks if b["name"] not in done]
    counts = dict(count=len(blocks), folder=tiles_dir, done=len(done), todo=len(todo))
    if plan.single or not plan.width:
        feedback.info(tr("{count} block(s) in {folder}: {done} already done, {todo} to compute", **counts))
    else:       # the whole output's size: each block's run says its own ("output: 1216–3072 × 1216–3072 pixels")
        feedback.info(tr("{count} block(s) of the {width} × {height} pixels output in {folder}: {done} already done, "
                         "{todo} to compute", width=plan.width, height=plan.height, **counts))
    computed: List[str] = []
    relay = Relay(feedback, originals or {}, tiles_dir)
    earlier = [r for r in (_record(tiles_dir, name) for name in done) if r is not None]
    for record in earlier:      # a resumed run says what its earlier blocks said (it said only the new ones')
        relay(record)
    if todo:
        if client is not None or scheduler or workers:
            computed = _run_dask(algorithm, block_params, todo, tiles_dir, scheduler, workers, client, feedback,
                                 len(blocks) - len(todo), len(blocks), relay)
        else:
            for b in todo:
                if feedback.is_canceled():
                    raise Cancelled(tr("cancelled by the user; finished blocks are kept for {resume}",
                                       resume="--resume"))
                # in this process: a whole-raster block (the only one of buildstack) logs as the plain run does
                relay(run_block(algorithm, block_params, b, tiles_dir, feedback if b["name"] == "all" else None))
                computed.append(b["name"])
                feedback.progress(95.0 * (len(done) + len(computed)) / len(blocks))
    relay.finish(len(computed) + len(earlier))
    feedback.info(tr("assembling {outputs}", outputs=", ".join(outputs.values())))
    t1 = time.perf_counter()
    assemble(plan, blocks, tiles_dir, outputs, cog)
    t_assemble = time.perf_counter() - t1
    if not kept:        # a .vrt output needs its block files; --keep-tiles
        remove_tiles(tiles_dir, fresh)
    feedback.progress(100.0)
    return RunReport(outputs, tiles_dir, len(blocks), computed, done, plan.single, time.perf_counter() - t0,
                     t_assemble)


def require_dask(scheduler: Optional[str] = None) -> None:
    """DistributedError naming the install command when Dask's ``distributed`` cannot be imported, or naming the
    form of an address when ``scheduler`` is not one (Dask said "missing port number in address 'foo'" once the run
    had started)."""
    import importlib

    try:
        importlib.import_module("distributed")
    except ImportError:
        raise DistributedError(tr("{options} need Dask: {command} (or run without them: blocks then run in this "
                                  "process)", options="--scheduler/--workers",
                                  command='pip install "dask[distributed]"')) from None
    if not scheduler:
        return
    from distributed.comm import parse_address
    from distributed.comm.addressing import parse_host_port
    from distributed.comm.registry import get_backend

    try:
        if scheduler != scheduler.strip():
            raise ValueError(tr("spaces around it"))
        protocol, location = parse_address(scheduler)
        get_backend(protocol)       # http://head:8787, the dashboard's address, is not the scheduler's
        host = location if protocol == "inproc" else parse_host_port(location)[0]
        if not host or any(c.isspace() for c in host):
            raise ValueError(tr("no host name"))
    except ValueError as exc:
        raise DistributedError(tr("{option} {address}: not the address of a Dask scheduler ({error}); give it as "
                                  "{form}, e.g. {example}", option="--scheduler", address=scheduler, error=exc,
                                  form="tcp://host:port", example="tcp://head-node:8786")) from None


def make_client(scheduler: Optional[str] = None, workers: Optional[int] = None):
    """(client, cluster or None): a client of ``scheduler``, or of a new LocalCluster of ``workers``
    single-threaded worker processes on the loopback."""
    require_dask(scheduler)
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="30s"), None
        except (OSError, TimeoutError) as exc:
            raise DistributedError(tr("cannot reach the Dask scheduler {scheduler} ({error}); check the address "
                                      "({example}) and that the scheduler is running", scheduler=scheduler, error=exc,
                                      example="tcp://host:8786")) from None
    n = int(workers)
    if n < 1:
        raise DistributedError(tr("{option} {count}: give at least 1 worker process", option="--workers", count=n))
    import logging

    # the workers' own logs (a failed block's traceback, CancelledError lines on an interruption) are not for the
    # user: the run re-raises a block's error with its message, and says when it was interrupted
    cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=logging.CRITICAL)
    return Client(cluster), cluster


def _run_dask(algorithm, params, todo, tiles_dir, scheduler, workers, client, feedback, already, total, relay):
    own = client is None
    cluster = None
    if own:                  # first: without Dask, make_client names the install command
        client, cluster = make_client(scheduler, workers)
    from distributed import as_completed

    token = uuid.uuid4().hex[:8]
    futures = [client.submit(run_block, algorithm, params, b, tiles_dir, key=f"eolatent-{algorithm}-{b['name']}-"
                             f"{token}", pure=False) for b in todo]
    computed = []
    try:
        for fut in as_completed(futures):
            record = fut.result()  # re-raises the worker's exception
            relay(record)
            computed.append(record["block"])
            feedback.progress(95.0 * (already + len(computed)) / total)
            if feedback.is_canceled():
                raise Cancelled(tr("cancelled by the user; finished blocks are kept for {resume}", resume="--resume"))
    except BaseException:
        client.cancel(futures)
        raise
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
    return computed
