# SPDX-License-Identifier: GPL-3.0-or-later
"""Encode once, query many: the image side of a text query, computed once per input and cached.

An entry holds, for every pixel of the input grid, the tower's bottleneck ``features`` (float16 [N, K]),
the norm of ``features @ projection`` (float32 [N]) and the number of valid dates (or latent windows) behind each
pixel (uint16 [N]; 0 = no valid observation) in ``.npy`` files (read
with ``allow_pickle=False``) plus ``meta.json`` (grid, tower, input). The key is the input's content
(:func:`content_key`: sizes, modification times and sampled bytes of its files) and the tower's weights
sha256, so an edited input or another model never reuses a stale entry. Entries are written to a temporary
folder renamed when complete; a cancelled or failed computation leaves nothing. The most recently used
entries are also kept in memory (float32), so the next prompt on the same input costs one matrix product.
Inputs whose entry would exceed ``max_entry_mb`` are computed into a temporary folder and not kept.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from ..engine.tiling import Cancelled, Feedback
from ..i18n import tr

MEMORY_ENTRIES = 2
#: raised whenever what the image side reads or computes changes (2: undeclared fills are missing, not reflectance;
#: per-date counts kept), so that entries made before are not served
IMAGE_SIDE_VERSION = 2
_memory: "OrderedDict[str, Entry]" = OrderedDict()
_lock = threading.Lock()


def default_cache_dir() -> str:
    root = os.environ.get("EOLATENT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "eolatent")
    return os.path.join(root, "textquery")


def content_key(path: str, model_sha256: str) -> str:
    """The input's sampled content with its companion files (core.engine.content_hash) and the model."""
    from ..engine.content_hash import content_key as key

    return key(path, salt=f"model={model_sha256};image_side={IMAGE_SIDE_VERSION}", companions=True)[:32]


@dataclass
class Entry:
    key: str
    features: np.ndarray  # [N, K] float32 (memory) or float16 (memory-mapped)
    norm: np.ndarray  # [N]
    count: np.ndarray  # [N] uint16: valid dates (windows) behind each pixel
    meta: dict
    folder: Optional[str]  # None for an entry not kept on disk

    @property
    def valid(self) -> np.ndarray:
        """[N] bool: pixels with at least one valid observation."""
        return self.count > 0

    @property
    def height(self) -> int:
        return int(self.meta["height"])

    @property
    def width(self) -> int:
        return int(self.meta["width"])


def _load(folder: str, key: str) -> Entry:
    with open(os.path.join(folder, "meta.json"), encoding="utf-8") as fh:
        meta = json.load(fh)
    feats = np.load(os.path.join(folder, "features.npy"), allow_pickle=False).astype(np.float32)
    norm = np.load(os.path.join(folder, "norm.npy"), allow_pickle=False)
    count = np.load(os.path.join(folder, "count.npy"), allow_pickle=False)   # an older entry (valid.npy): recomputed
    return Entry(key, feats, norm, count, meta, folder)


def _remember(entry: Entry) -> Entry:
    with _lock:
        _memory[entry.key] = entry
        _memory.move_to_end(entry.key)
        while len(_memory) > MEMORY_ENTRIES:
            _memory.popitem(last=False)
    return entry


def clear_memory() -> None:
    with _lock:
        _memory.clear()


def get_or_compute(key: str, n_pixels: int, k: int, meta: dict,
                   compute: Callable[[Callable[[int, np.ndarray, np.ndarray, np.ndarray], None]], None],
                   cache_dir: Optional[str] = None, max_entry_mb: float = 2048,
                   feedback: Optional[Feedback] = None):
    """The cached entry of ``key`` → (entry, hit: "memory" | "disk" | "").

    On a miss ``compute(put)`` runs; it must call ``put(start, features [n, K], norm [n], count [n])`` for
    consecutive pixel ranges covering all ``n_pixels`` and may raise :class:`Cancelled`."""
    feedback = feedback or Feedback()
    with _lock:
        if key in _memory:
            _memory.move_to_end(key)
            return _memory[key], "memory"
    cache_dir = cache_dir or default_cache_dir()
    folder = os.path.join(cache_dir, key)
    if os.path.isfile(os.path.join(folder, "meta.json")):
        try:
            return _remember(_load(folder, key)), "disk"
        except (OSError, ValueError):
            shutil.rmtree(folder, ignore_errors=True)  # a damaged entry is recomputed
    keep = n_pixels * (k * 2 + 6) / 2 ** 20 <= max_entry_mb
    if keep:
        os.makedirs(cache_dir, exist_ok=True)
        tmp = tempfile.mkdtemp(dir=cache_dir, prefix=f".{key}.")
    else:
        tmp = tempfile.mkdtemp(prefix="eolatent-textquery-")
        feedback.info(tr("the image features of this input ({pixels} px) exceed the {limit:.0f} MB cache limit: "
                         "computed for this run only", pixels=n_pixels, limit=max_entry_mb))
    try:
        arr = {"f": np.lib.format.open_memmap(os.path.join(tmp, "features.npy"), "w+", np.float16, (n_pixels, k)),
               "n": np.lib.format.open_memmap(os.path.join(tmp, "norm.npy"), "w+", np.float32, (n_pixels,)),
               "c": np.lib.format.open_memmap(os.path.join(tmp, "count.npy"), "w+", np.uint16, (n_pixels,))}
        done = [0]

        def put(start, f, nrm, cnt):
            if feedback.is_canceled():
                raise Cancelled(tr("text query cancelled"))
            arr["f"][start:start + len(f)] = f
            arr["n"][start:start + len(f)] = nrm
            arr["c"][start:start + len(f)] = np.minimum(cnt, 65535)
            done[0] += len(f)

        compute(put)
        if done[0] != n_pixels:
            raise RuntimeError(tr("image features cover {done} of {total} pixels", done=done[0], total=n_pixels))
        for a in arr.values():
            a.flush()
        meta = dict(meta, created=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), k=k, n_pixels=n_pixels)
        with open(os.path.join(tmp, "meta.json"), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, indent=1, sort_keys=True)
        entry = Entry(key, np.asarray(arr["f"], np.float32), np.array(arr["n"]), np.array(arr["c"]), meta, None)
        arr.clear()  # close the memory maps before the folder is renamed
        if keep:
            shutil.rmtree(folder, ignore_errors=True)
            os.replace(tmp, folder)
            entry.folder = folder
        else:
            shutil.rmtree(tmp, ignore_errors=True)
        return _remember(entry), ""
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


__all__ = ["get_or_compute", "content_key", "default_cache_dir", "clear_memory", "Entry"]
