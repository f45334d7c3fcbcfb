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
import json
import os
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from typing import Dict, List, Optional

from .assembly import assemble
from ..i18n import tr
from .plan import DistributedError, Plan
from ..outputs.geotiff import publish
from ..engine.tiling import Cancelled, Feedback

MANIFEST = "manifest.json"
FORMAT_VERSION = 1
IGNORED_PARAMS = ("threads", "outputs")  # do not change the numbers: a resume may change them


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
def _readable(folder: str) -> None:
    """``folder`` and its files with the permissions the user's umask gives new ones (mkdtemp made it 0700)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(folder, 0o777 & ~mask)
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            os.chmod(path, 0o666 & ~mask)


class BlockMessages(Feedback):
    """What a block's run says (its log lines and warnings), kept in its record for the driver to show: blocks run on
    workers, or here without the user's feedback."""

    def __init__(self):
        self.messages: List[List[str]] = []

    def info(self, message: str) -> None:
        self.messages.append(["info", str(message)])

    def warning(self, message: str) -> None:
        self.messages.append(["warning", str(message)])


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
                      seconds=round(time.time() - t0, 3), host=os.uname().nodename, pid=os.getpid(),
                      messages=said.messages if said is not None else [])
        with open(os.path.join(tmp, "block.json"), "w") as fh:
            json.dump(record, fh)
        _readable(tmp)       # mkdtemp's folders are private (0700): a .vrt output of the tiles is for other users too
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


def _check_manifest(tiles_dir: str, sig: dict, blocks: List[dict], resume: bool, fresh: bool = True) -> None:
    path = os.path.join(tiles_dir, MANIFEST)
    digest = hashlib.sha256(json.dumps(sig, sort_keys=True).encode()).hexdigest()
    if os.path.exists(path):
        with open(path) as fh:
            old = json.load(fh)
        if not resume:
            raise DistributedError(tr(
                "the tiles folder {folder} holds the blocks of an earlier run ({algorithm}, {count} blocks, e.g. one "
                "that was interrupted); add {resume} to continue it and reuse its finished blocks, or delete the "
                "folder or choose another {tiles_dir} to start afresh", folder=tiles_dir,
                algorithm=old.get("algorithm"), count=len(old.get("blocks", [])), resume="--resume",
                tiles_dir="--tiles-dir"))
        if old.get("hash") != digest:
            before = old.get("signature", {})
            diff = [_difference(k, sig) for k in sorted(set(before) | set(sig)) if before.get(k) != sig.get(k)]
            raise DistributedError(tr(
                "cannot resume: the tiles folder {folder} was made with other parameters or inputs (different: "
                "{different}); rerun with the original parameters, or delete the folder or choose another {tiles_dir} "
                "to start afresh", folder=tiles_dir, different=", ".join(diff) or "format", tiles_dir="--tiles-dir"))
        return
    os.makedirs(tiles_dir, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=tiles_dir, prefix=".manifest.", suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(dict(algorithm=sig["algorithm"], hash=digest, signature=sig, blocks=[b["name"] for b in blocks],
                       created=time.strftime("%Y-%m-%dT%H:%M:%S"), created_folder=fresh), fh, indent=1)
    publish(tmp, path)


def _difference(key: str, sig: dict) -> str:
    """A signature key that differs, in the user's words: an input file that changed is named by its file."""
    if key.endswith(":file"):
        name, index = key[:-len(":file")].rsplit("[", 1)
        value = sig.get(name)
        value = value[int(index.rstrip("]"))] if isinstance(value, list) else value
        return tr("{file} (changed since: size or modification time)", file=os.path.basename(str(value or name)))
    return {"outputs": tr("the outputs asked for"), "grid": tr("the output grid"), "block_size": "--block-size",
            "format": tr("the tiles format (another EO Latent version)")}.get(key, key)


def _clean_partial(tiles_dir: str) -> None:
    folder = os.path.join(tiles_dir, "blocks")
    if os.path.isdir(folder):
        for name in os.listdir(folder):
            if name.startswith(".") and ".tmp-" in name:
                shutil.rmtree(os.path.join(folder, name), ignore_errors=True)


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
    if block_size and not plan.single and aligned_block_size(plan, block_size) != int(block_size):
        feedback.info(tr("block size {size} rounded up to {aligned} output pixels: {algorithm}'s blocks are whole "
                         "multiples of {align} output pixels (its tiles or feature strips)", size=int(block_size),
                         aligned=aligned_block_size(plan, block_size), algorithm=algorithm,
                         align=max(1, int(plan.align))))
    tiles_dir = os.path.abspath(tiles_dir or default_tiles_dir(outputs))
    _check_tiles_folder(tiles_dir, list(outputs.values()) + [v for v in originals.values()])
    fresh = not os.path.exists(tiles_dir)
    was_empty = fresh or not os.listdir(tiles_dir)
    try:
        return _run_blocks(algorithm, params, plan, blocks, tiles_dir, block_size, outputs, resume, scheduler,
                           workers, client, cog, keep_tiles, feedback, t0, fresh, originals)
    except BaseException as exc:
        if was_empty and not _finished_blocks(tiles_dir):       # nothing to resume: nothing of this run left behind
            _remove_tiles(tiles_dir, fresh)
        raise _named_inputs(exc, originals) from None


def _check_tiles_folder(tiles_dir: str, files: List[str]) -> None:
    """The tiles folder is the run's own: it is deleted after assembly. A folder that exists must be empty or hold
    the blocks of an earlier run (its manifest), and must hold neither an output nor an input."""
    inside = [f for f in files if os.path.abspath(f).startswith(tiles_dir.rstrip(os.sep) + os.sep)]
    if inside:
        raise DistributedError(tr(
            "the tiles folder {folder} holds {file}, and is deleted after the run; choose a new folder for {option} "
            "(or leave it out: <output>.tiles)", folder=tiles_dir, file=inside[0], option="--tiles-dir"))
    if os.path.isdir(tiles_dir) and os.listdir(tiles_dir) and not os.path.exists(os.path.join(tiles_dir, MANIFEST)):
        raise DistributedError(tr(
            "the tiles folder {folder} already holds other files and is not the tiles folder of an earlier run; it "
            "would be deleted after the run: choose a new or empty folder for {option}", folder=tiles_dir,
            option="--tiles-dir"))
    if os.path.exists(tiles_dir) and not os.path.isdir(tiles_dir):
        raise DistributedError(tr("{option} {folder} is a file, not a folder; choose a new folder",
                                  option="--tiles-dir", folder=tiles_dir))


def _remove_tiles(tiles_dir: str, fresh: bool) -> None:
    """Delete the tiles folder where this run (``fresh``) or the earlier run it resumes (its manifest says so) created
    it; in a folder that was there, empty, before, only what the runs wrote in it."""
    if not os.path.isdir(tiles_dir):
        return
    if fresh or _manifest(tiles_dir).get("created_folder", True):
        shutil.rmtree(tiles_dir, ignore_errors=True)
        return
    for name in os.listdir(tiles_dir):
        path = os.path.join(tiles_dir, name)
        if os.path.isdir(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            os.remove(path)


def _manifest(tiles_dir: str) -> dict:
    try:
        with open(os.path.join(tiles_dir, MANIFEST)) as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {}


def _finished_blocks(tiles_dir: str) -> List[str]:
    """The finished blocks that hold a valid pixel (a block without any is marked EMPTY)."""
    folder = os.path.join(tiles_dir, "blocks")
    if not os.path.isdir(folder):
        return []
    return [n for n in os.listdir(folder) if not n.startswith(".") and not os.path.exists(os.path.join(folder, n,
                                                                                                      "EMPTY"))]


class _Relay:
    """Shows the blocks' messages once: every line of the first block computed, then the warnings of any block that
    no earlier block gave (blocks say the same things: the input, the models, a warning about the data); the
    blocks' views of the inputs are named by the user's files."""

    def __init__(self, feedback, originals: Dict[str, str]):
        self.feedback, self.originals, self.seen, self.first = feedback, originals, set(), True

    def __call__(self, record: dict) -> None:
        messages = record.get("messages") or []
        if not messages:
            return
        for level, text in messages:
            text = _user_names(text, self.originals)
            if text in self.seen or (level != "warning" and not self.first):
                continue
            self.seen.add(text)
            if level == "warning":
                from ..engine.tiling import warn

                warn(self.feedback, text)
            else:
                self.feedback.info(text)
        self.first = False


def _user_names(text: str, originals: Dict[str, str]) -> str:
    """``text`` with the blocks' input views (``…/views/<kind>/<name>.vrt`` or the bare ``<name>.vrt``) named by the
    user's files they show."""
    import re

    text = re.sub(r"\S*/views/[^/\s]+/([^/\s]+?\.vrt)", lambda m: originals.get(m.group(1), m.group(0)), text)
    for view, path in originals.items():
        text = re.sub(r"(?<![\w./-])" + re.escape(view) + r"(?![\w.-])", os.path.basename(path), text)
    return text


def _named_inputs(exc: BaseException, originals: Dict[str, str]) -> BaseException:
    """``exc`` with the paths of the blocks' input views (``…/views/<kind>/<name>.vrt``) replaced by the user's files
    they show (the same exception where its type cannot be rebuilt from a message)."""
    import re

    text = str(exc)
    new = re.sub(r"\S*/views/[^/\s]+/([^/\s]+?\.vrt)", lambda m: originals.get(m.group(1), m.group(0)), text)
    if new == text or len(exc.args) != 1:
        return exc
    try:
        return type(exc)(new)
    except Exception:  # noqa: BLE001 - an exception class with another signature: keep it as it is
        return exc


def _run_blocks(algorithm, params, plan, blocks, tiles_dir, block_size, outputs, resume, scheduler, workers, client,
                cog, keep_tiles, feedback, t0, fresh=True, originals=None) -> "RunReport":
    if plan.single:
        feedback.info(tr("{algorithm}: one block ({reason})", algorithm=algorithm, reason=plan.single))
    _check_manifest(tiles_dir, _signature(algorithm, params, block_size, plan), blocks, resume, fresh)
    _clean_partial(tiles_dir)
    block_params = dict(params, **plan.extra)
    done = [b["name"] for b in blocks if os.path.isdir(os.path.join(tiles_dir, "blocks", b["name"]))]
    todo = [b for b in blocks if b["name"] not in done]
    feedback.info(tr("{count} block(s) in {folder}: {done} already done, {todo} to compute", count=len(blocks),
                     folder=tiles_dir, done=len(done), todo=len(todo)))
    computed: List[str] = []
    relay = _Relay(feedback, originals or {})
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
    feedback.info(tr("assembling {outputs}", outputs=", ".join(outputs.values())))
    t1 = time.perf_counter()
    assemble(plan, blocks, tiles_dir, outputs, cog)
    t_assemble = time.perf_counter() - t1
    keep = keep_tiles or any(p.lower().endswith(".vrt") for p in outputs.values())
    if not keep:
        _remove_tiles(tiles_dir, fresh)
    feedback.progress(100.0)
    return RunReport(outputs, tiles_dir, len(blocks), computed, done, plan.single, time.perf_counter() - t0,
                     t_assemble)


def make_client(scheduler: Optional[str] = None, workers: Optional[int] = None):
    """(client, cluster or None): a client of ``scheduler``, or of a new LocalCluster of ``workers``
    single-threaded worker processes on the loopback."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DistributedError(tr("{options} need Dask: {command} (or run without them: blocks then run in this "
                                  "process)", options="--scheduler/--workers",
                                  command='pip install "dask[distributed]"')) from None
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


def _run_dask(algorithm, params, todo, tiles_dir, scheduler, workers, client, feedback, already, total, relay=None):
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
            if relay is not None:
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
