# SPDX-License-Identifier: GPL-3.0-or-later
"""Per-pixel inference shared by the retrieval models (biophysical, soil moisture, …).

Runs a model whose card gives, per input, the training domain (``domain`` min/max per feature) and, per
output, a valid range; returns the outputs, their 1σ and a quality flag per pixel (bit values, OR-ed):

* ``FLAG_OUT_OF_DOMAIN`` (1): an input lies outside the training domain;
* ``FLAG_CLAMPED`` (2): an output was clamped to its valid range;
* ``FLAG_INVALID`` (4): cloud, nodata or NaN input — outputs are NaN.
"""
from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, Optional, Sequence, Tuple

import numpy as np

from ..i18n import tr
from .registry import ModelInfo, check_task, find_model
from .runtime import default_threads, resolve_provider

FLAG_OUT_OF_DOMAIN, FLAG_CLAMPED, FLAG_INVALID = 1, 2, 4
BATCH = 65536  # pixels per onnxruntime call: bounds the runtime's activation memory
MIN_SHARED_BATCH = 4096  # a window split among the workers: no batch smaller than this


def load_checked(model: Optional[ModelInfo], model_id: str, task: str, input_name: str,
                 expected: Sequence[str], error=ValueError) -> ModelInfo:
    """The given model, or the newest installed one with ``model_id``, checked to be a ``task`` model
    whose input ``input_name`` has exactly the features ``expected`` (in order)."""
    info = model or find_model(model_id)
    check_task(info, task)
    got = tuple(info.input(input_name)["bands"])
    if got != tuple(expected):
        raise error(tr("model {model} expects {input} {got}, this code feeds {fed}", model=info.id, input=input_name,
                       got=got, fed=tuple(expected)))
    return info


def input_domain(info: ModelInfo, name: str):
    """(min, max) arrays of the training domain of input ``name``, or (None, None)."""
    dom = info.input(name).get("domain") or {}
    lo = np.asarray(dom.get("min", []), np.float32)
    hi = np.asarray(dom.get("max", []), np.float32)
    return (lo, hi) if lo.size else (None, None)


def range_sigma(lo: float, hi: float) -> float:
    """The 1σ of knowing only that a value lies in [lo, hi] (drawn uniformly there): (hi − lo)/√12 — LAI 0–8: 2.31.
    No 1σ of ours says less than that: the networks' (here and in decode) and the smoother's are capped at it."""
    return (float(hi) - float(lo)) / math.sqrt(12.0)


def run_pixelwise(info: ModelInfo, feeds: Dict[str, np.ndarray], outputs: Sequence[str], provider: str = "auto",
                  threads: Optional[int] = None, valid: Optional[np.ndarray] = None
                  ) -> Tuple[np.ndarray, np.ndarray, np.ndarray, str]:
    """Run ``info``'s model on flat feeds ``{input name: (N, k)}`` whose outputs are "mean" and "std".

    Only pixels with finite inputs (and ``valid`` True, if given) are computed. Returns
    (mean (N, K), std (N, K), flags (N,) uint8, provider_used) for the K ``outputs`` of the card: means clamped to
    the outputs' valid ranges (flag FLAG_CLAMPED), 1σ capped at (hi − lo)/√12 of the range, the 1σ of knowing only
    the range (flag FLAG_OUT_OF_DOMAIN), as are inputs outside the card's input domain.
    """
    feeds = {k: np.ascontiguousarray(v, np.float32) for k, v in feeds.items()}
    n = next(iter(feeds.values())).shape[0]
    ok = np.ones(n, bool)
    for arr in feeds.values():
        for j in range(arr.shape[1]):          # column by column: faster than reducing along each row
            ok &= np.isfinite(arr[:, j])
    if valid is not None:
        ok &= np.asarray(valid, bool).reshape(-1)
    session, workers = _session(info, provider, threads)
    n_ok = int(ok.sum())
    if n_ok == n:  # the common case: no copy of the inputs
        subset = feeds
        mean, std, flags = _run(session, subset, n, len(outputs), workers)
    else:
        subset = {k: v[ok] for k, v in feeds.items()}
        m, s, f = _run(session, subset, n_ok, len(outputs), workers)
        mean = np.full((n, len(outputs)), np.nan, np.float32)
        std = np.full((n, len(outputs)), np.nan, np.float32)
        flags = np.full(n, FLAG_INVALID, np.uint8)
        mean[ok], std[ok], flags[ok] = m, s, f
        del m, s, f
    if n_ok:
        sel = slice(None) if n_ok == n else ok
        out_flags = np.zeros(n_ok, np.uint8)
        outside = np.zeros(n_ok, bool)
        for name, arr in subset.items():
            lo, hi = input_domain(info, name)
            if lo is not None:
                for j in range(arr.shape[1]):
                    outside |= (arr[:, j] < lo[j]) | (arr[:, j] > hi[j])
        ranges = np.array([info.output(v)["valid_range"] for v in outputs], np.float32)
        m = mean if n_ok == n else mean[ok]
        sd = std if n_ok == n else std[ok]
        clamped = np.zeros(n_ok, bool)
        for j, (lo, hi) in enumerate(ranges):
            col = m[:, j]
            clamped |= ~((col >= lo) & (col <= hi))             # NaN too, as clip(m) != m says
            np.clip(col, lo, hi, out=col)
            # a 1σ above that of a value drawn uniformly over the valid range, (hi − lo)/√12, says less than the
            # range itself (LAI 0–8: 2.31; the network reached 48 on spectra unlike its training): capped there,
            # and the pixel flagged out of domain
            cap = np.float32(range_sigma(lo, hi))
            outside |= sd[:, j] > cap
            np.minimum(sd[:, j], cap, out=sd[:, j])
        out_flags[outside] |= FLAG_OUT_OF_DOMAIN
        out_flags[clamped] |= FLAG_CLAMPED
        if n_ok != n:
            mean[ok], std[ok] = m, sd
        flags[sel] = out_flags
    return mean, std, flags, session.provider_used


def _session(info: ModelInfo, provider: str, threads: Optional[int]):
    """(session, workers): on the CPU, a single-threaded session run by ``threads`` workers on separate batches.

    These networks are small (a few 64-wide layers), so onnxruntime's own threads split each layer into slices
    that wait for one another at every node; beside the tiled runner's reader and writer threads, the slowest slice
    sets the pace. Whole batches side by side do not wait: 10–50 % faster under that load on two cores (the
    values are the same, as each pixel is computed alone). On a GPU, one session as asked."""
    threads = int(threads) if threads else default_threads()
    if threads > 1 and resolve_provider(provider) == "cpu":
        return info.session(provider, 1), threads
    return info.session(provider, threads), 1


def _run(session, feeds: Dict[str, np.ndarray], n: int, k: int, workers: int = 1):
    """Run in batches of at most BATCH pixels, ``workers`` at a time — at least one batch per worker where ``n`` allows
    (batches of 4096 pixels or more), so that a small window still uses every core; returns (mean (n, k), std (n, k),
    zero flags (n,))."""
    mean = np.empty((n, k), np.float32)
    std = np.empty((n, k), np.float32)
    size = BATCH if workers <= 1 else min(BATCH, max(MIN_SHARED_BATCH, -(-n // workers)))

    def batch(start: int) -> None:
        part = {name: v[start:start + size] for name, v in feeds.items()}
        mean[start:start + size], std[start:start + size] = session.run(part)

    starts = range(0, n, size)
    if workers > 1 and len(starts) > 1:
        with ThreadPoolExecutor(min(workers, len(starts))) as pool:
            list(pool.map(batch, starts))      # list(): re-raises a batch's error here
    else:
        for start in starts:
            batch(start)
    return mean, std, np.zeros(n, np.uint8)
