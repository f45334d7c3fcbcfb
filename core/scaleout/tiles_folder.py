# SPDX-License-Identifier: GPL-3.0-or-later
"""The tiles folder of a block run (core/scaleout/distributed.py): where it is, what it may already hold, its manifest
(the run's parameters and the inputs' sizes and modification times, for ``resume``), what changed when a resume is
refused, and its removal after assembly (only what the runs made)."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from typing import Dict, List

from ..i18n import tr
from .plan import DistributedError, Plan
from ..outputs.geotiff import publish

MANIFEST = "manifest.json"
FORMAT_VERSION = 2   # 2: a computed sun placed on the whole raster; blocks' band tags carry the angles
IGNORED_PARAMS = ("threads", "outputs")  # do not change the numbers: a resume may change them


def signature(algorithm: str, params: dict, block_size, plan: Plan) -> dict:
    """What the blocks' numbers depend on: the parameters and the inputs' sizes and modification times."""
    sig = {"algorithm": algorithm, "block_size": block_size, "format": FORMAT_VERSION}
    for key, value in sorted(params.items()):
        if key in IGNORED_PARAMS:
            continue
        if key == "provider" and str(value).lower() == "auto":    # what auto runs on here: a run started with auto
            value = _resolved(value)                             # on a CPU machine resumes with --provider cpu
        sig[key] = value
        for i, item in enumerate(value if isinstance(value, (list, tuple)) else [value]):
            if isinstance(item, str) and item and os.path.exists(item):
                st = os.stat(item)
                sig[f"{key}[{i}]:file"] = f"{st.st_size}:{st.st_mtime_ns}"
    sig["outputs"] = sorted(params.get("outputs", {}))
    sig["grid"] = [plan.width, plan.height, list(plan.transform)]
    return json.loads(json.dumps(sig, default=str))


def _resolved(provider: str) -> str:
    from ..engine.runtime import resolve_provider

    try:
        return resolve_provider(provider)
    except Exception:  # noqa: BLE001 - the run itself says what is wrong with it
        return provider


def check_manifest(tiles_dir: str, sig: dict, blocks: List[dict], resume: bool, fresh: bool = True) -> None:
    path = os.path.join(tiles_dir, MANIFEST)
    digest = hashlib.sha256(json.dumps(sig, sort_keys=True).encode()).hexdigest()
    if os.path.exists(path):
        with open(path) as fh:
            old = json.load(fh)
        names = old.get("blocks", [])
        if not resume and names and all(os.path.isdir(os.path.join(tiles_dir, "blocks", n)) for n in names):
            # a finished run whose tiles were kept (a .vrt output, --keep-tiles): not "interrupted"; they are not
            # deleted for a rerun, whose failure would leave the earlier .vrt without its tiles
            raise DistributedError(tr(
                "the tiles folder {folder} holds the {count} finished blocks of an earlier run ({algorithm}: tiles "
                "kept for a {vrt} output or by {keep}, or a run stopped while assembling them); add {resume} to "
                "assemble them again without computing (refused where the inputs or parameters changed), or delete "
                "the folder or choose another {tiles_dir} to compute afresh", folder=tiles_dir, count=len(names), algorithm=old.get("algorithm"), vrt=".vrt",
                keep="--keep-tiles", resume="--resume", tiles_dir="--tiles-dir"))
        if not resume:
            raise DistributedError(tr(
                "the tiles folder {folder} holds the blocks of an earlier run ({algorithm}, {count} blocks, e.g. one "
                "that was interrupted); add {resume} to continue it and reuse its finished blocks, or delete the "
                "folder or choose another {tiles_dir} to start afresh", folder=tiles_dir,
                algorithm=old.get("algorithm"), count=len(old.get("blocks", [])), resume="--resume",
                tiles_dir="--tiles-dir"))
        if old.get("hash") != digest:
            before = old.get("signature", {})
            diff = [described_difference(k, sig) for k in sorted(set(before) | set(sig)) if before.get(k) != sig.get(k)]
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


# a run's parameters (core names) as the command line's options (the others: "--" + the name, dashed)
OPTIONS = {"detect_clouds": "--no-cloud-detection", "smooth_window_days": "--smooth-window",
           "non_vegetation": "--no-non-vegetation", "lai_path": "--lai", "s1_path": "--s1-stack",
           "s2_path": "--s2-stack", "guide_path": "--guide", "input_kind": "--input-units", "conserve": "--no-conserve",
           "negatives": "--negative-prompts", "preset": "--model", "decoder": "--decoder-file",
           "gap_fill": "--no-fill-gaps", "start": "--start-date", "end": "--end-date"}


def described_difference(key: str, sig: dict) -> str:
    """A signature key that differs, in the user's words: an input file that changed is named by its file."""
    if key.endswith(":file"):
        name, index = key[:-len(":file")].rsplit("[", 1)
        value = sig.get(name)
        value = value[int(index.rstrip("]"))] if isinstance(value, list) else value
        return tr("{file} (changed since: size or modification time)", file=os.path.basename(str(value or name)))
    named = {"outputs": tr("the outputs asked for"), "grid": tr("the output grid"),
             "format": tr("the tiles format (another EO Latent version)")}
    if key == "model" and sig.get("algorithm") == "textquery":
        return "--model-file"
    return named.get(key) or OPTIONS.get(key, "--" + key.replace("_", "-"))


def clean_partial(tiles_dir: str) -> None:
    folder = os.path.join(tiles_dir, "blocks")
    if os.path.isdir(folder):
        for name in os.listdir(folder):
            if name.startswith(".") and ".tmp-" in name:
                shutil.rmtree(os.path.join(folder, name), ignore_errors=True)


def default_tiles_dir(outputs: Dict[str, str]) -> str:
    first = sorted(outputs.items())[0][1]
    return os.path.abspath(first) + ".tiles"


def _same_path(path: str) -> str:
    """``path`` as the file system names it: links resolved, and case folded where names ignore case (Windows)."""
    return os.path.normcase(os.path.realpath(path))


def check_tiles_folder(tiles_dir: str, files: List[str], kept: bool = False) -> None:
    """The tiles folder is the run's own: it is deleted after assembly (unless ``kept``: a .vrt output, --keep-tiles).
    A folder that exists must be empty or hold the blocks of an earlier run (its manifest), and must hold neither an
    output nor an input. Paths are compared as the file system resolves them (links, case)."""
    if os.path.exists(tiles_dir) and not os.path.isdir(tiles_dir):
        raise DistributedError(tr("{option} {folder} is a file, not a folder; choose a new folder",
                                  option="--tiles-dir", folder=tiles_dir))
    if kept:
        return
    root = _same_path(tiles_dir).rstrip(os.sep) + os.sep
    inside = [f for f in files if _same_path(f).startswith(root)]
    if inside:
        raise DistributedError(tr(
            "the tiles folder {folder} holds {file}, and is deleted after the run; choose a new folder for {option} "
            "(or leave it out: <output>.tiles)", folder=tiles_dir, file=inside[0], option="--tiles-dir"))
    if os.path.isdir(tiles_dir) and os.listdir(tiles_dir) and not os.path.exists(os.path.join(tiles_dir, MANIFEST)):
        raise DistributedError(tr(
            "the tiles folder {folder} already holds other files and is not the tiles folder of an earlier run; it "
            "would be deleted after the run: choose a new or empty folder for {option}", folder=tiles_dir,
            option="--tiles-dir"))


def remove_tiles(tiles_dir: str, fresh: bool) -> None:
    """Delete the tiles folder where this run (``fresh``) or the earlier run it resumes (its manifest says so) created
    it; in a folder that was there, empty, before, only what the runs wrote in it."""
    if not os.path.isdir(tiles_dir):
        return
    if fresh or read_manifest(tiles_dir).get("created_folder", True):
        shutil.rmtree(tiles_dir, ignore_errors=True)
        return
    for name in os.listdir(tiles_dir):
        path = os.path.join(tiles_dir, name)
        if os.path.isdir(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            os.remove(path)


def read_manifest(tiles_dir: str) -> dict:
    try:
        with open(os.path.join(tiles_dir, MANIFEST)) as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {}


def finished_blocks(tiles_dir: str) -> List[str]:
    """The finished blocks that hold a valid pixel (a block without any is marked EMPTY)."""
    folder = os.path.join(tiles_dir, "blocks")
    if not os.path.isdir(folder):
        return []
    return [n for n in os.listdir(folder) if not n.startswith(".") and not os.path.exists(os.path.join(folder, n,
                                                                                                      "EMPTY"))]
