# SPDX-License-Identifier: GPL-3.0-or-later
"""What every training / export / evaluation command line under ``models/training/`` shares.

* :func:`parser` — an ``ArgumentParser`` described by the first line (or paragraph) of the script's docstring,
  with those of the standard options ``--out``, ``--seed``, ``--threads``, ``--quick`` that the script asks for
  (each script keeps its own defaults; its specific options are added after);
* :func:`start` — torch set up for the run: intra-op threads from ``--threads`` (at least 1), optionally a
  global seed. The training code seeds its own generators where it needs them (``torch.manual_seed`` inside
  the training functions, numpy ``SeedSequence`` children), so :func:`start` does not seed by default;
* :func:`run_record` / :func:`software` — the run facts the cards and ``*.metrics.json`` store (wall time,
  threads, quick, software versions), with the keys the cards already have;
* :func:`write_outputs` — the ONNX file with its card and ``<out stem>.metrics.json`` beside it;
* :func:`logger` — the ``[name HH:MM:SS] message`` progress printer.

Nothing here imports torch, onnx or the engine at import time: evaluation scripts that do not need torch
stay free of it.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from typing import Callable, Optional, Tuple

OMIT = object()  # "this script has no such option" (None is a valid default)
QUICK_SECONDS = "tiny run for tests (seconds)"
QUICK_MINUTE = "tiny run for tests (< 1 min)"
SOFTWARE = ("numpy", "torch", "onnx", "onnxruntime")  # + python: the versions every training card records


def description(doc: Optional[str], paragraph: bool = False) -> str:
    """First line (or first paragraph) of a module docstring; "" when docstrings are stripped (``-OO``)."""
    doc = doc or ""
    return doc.split("\n\n")[0] if paragraph else doc.split("\n")[0]


class _TrainingParser(argparse.ArgumentParser):
    """A smoke run (``--quick``) without ``--out`` writes into a new temporary folder, not over the shipped model
    that ``--out`` defaults to (a quick run from the repository's root replaced models/…), and says where."""

    out_default = OMIT

    def parse_args(self, args=None, namespace=None):  # noqa: D102 - argparse API
        ns = super().parse_args(args, namespace)
        given = list(sys.argv[1:] if args is None else args)
        if getattr(ns, "quick", False) and self.out_default is not OMIT and ns.out == self.out_default and \
                not any(a == "--out" or str(a).startswith("--out=") for a in given) and ns.out:
            ns.out = quick_path(ns.out)
        return ns


def quick_path(default: str) -> str:
    """Where a smoke run (``--quick``) writes what would go to ``default`` (a file or a folder under models/): the
    same name in a new temporary folder, said on stderr."""
    import tempfile

    folder = tempfile.mkdtemp(prefix="eolatent-quick-")
    out = os.path.join(folder, os.path.basename(str(default))) if os.path.splitext(str(default))[1] else folder
    print(f"--quick: a smoke model, written to {out} (not over {default}); the full model is made without --quick, as "
          "its card's 'reproduce' says", file=sys.stderr)
    return out


def parser(doc: Optional[str], *, paragraph: bool = False, out=OMIT, out_help: Optional[str] = None, seed=OMIT,
           threads=OMIT, threads_help: Optional[str] = None, quick=OMIT) -> argparse.ArgumentParser:
    """An ``ArgumentParser`` for a training script, with the standard options asked for, in this order:

    * ``out``: default of ``--out`` (``None`` allowed), help ``out_help``;
    * ``seed``: default of ``--seed`` (int);
    * ``threads``: default of ``--threads`` (int), help ``threads_help``;
    * ``quick``: help of the ``--quick`` flag (``None``: no help text; :data:`QUICK_SECONDS`, :data:`QUICK_MINUTE`).

    Leave a keyword at :data:`OMIT` (its default) for a script without that option.
    """
    ap = _TrainingParser(description=description(doc, paragraph))
    if out is not OMIT:
        ap.add_argument("--out", default=out, help=out_help)
        ap.out_default = out
    if seed is not OMIT:
        ap.add_argument("--seed", type=int, default=seed)
    if threads is not OMIT:
        ap.add_argument("--threads", type=int, default=threads, help=threads_help)
    if quick is not OMIT:
        ap.add_argument("--quick", action="store_true", help=quick)
    return ap


def start(args, *, seed: Optional[int] = None):
    """Import torch and set it up for the run: ``torch.set_num_threads(max(1, args.threads))`` where ``args``
    has ``threads``, and ``torch.manual_seed(seed)`` when ``seed`` is given. Returns the torch module."""
    import torch

    threads = getattr(args, "threads", None)
    if threads is not None:
        torch.set_num_threads(max(1, int(threads)))
    if seed is not None:
        torch.manual_seed(seed)
    return torch


def software(*extra: str) -> dict:
    """``{"python": ..., "numpy": ..., "torch": ..., "onnx": ..., "onnxruntime": ..., <extra>: ...}`` versions."""
    out = {"python": platform.python_version()}
    for name in SOFTWARE + tuple(extra):
        out[name] = __import__(name).__version__
    return out


def _r1(seconds: float) -> float:
    return float(round(float(seconds), 1))


def run_record(args, started: float, *, stages: Optional[dict] = None, extra_software: Tuple[str, ...] = ()) -> dict:
    """The run facts a card's metrics hold: ``wall_time_s`` (seconds since ``started``, 0.1 s; with ``stages``
    ``{"total": ..., <stage>: seconds, ...}``), ``threads`` and ``quick`` where ``args`` has them, ``software``."""
    wall = _r1(time.time() - started)
    rec = {"wall_time_s": wall if stages is None else {"total": wall, **{k: _r1(v) for k, v in stages.items()}}}
    if getattr(args, "threads", None) is not None:
        rec["threads"] = int(args.threads)
    if hasattr(args, "quick"):
        rec["quick"] = bool(args.quick)
    rec["software"] = software(*extra_software)
    return rec


def write_outputs(model, card: dict, out: str, metrics: dict) -> Tuple[dict, str]:
    """Write ``model`` with ``card`` embedded to ``out`` (folders created) and ``<out stem>.metrics.json``
    (``id``, ``version``, ``weights_sha256`` of the stored card + ``metrics``; indent 2, sorted keys).
    Returns (the stored card, the metrics path)."""
    from eolatent.models.training.provenance import write_onnx_with_card

    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    stored = write_onnx_with_card(model, card, out)
    metrics_path = os.path.splitext(out)[0] + ".metrics.json"
    with open(metrics_path, "w", encoding="utf-8") as fh:
        json.dump({"id": card["id"], "version": card["version"], "weights_sha256": stored["weights_sha256"],
                   **metrics}, fh, indent=2, sort_keys=True)
        fh.write("\n")
    return stored, metrics_path


def logger(name: str) -> Callable[[str], None]:
    """A ``log(msg)`` printing ``[name HH:MM:SS] msg``, flushed (progress of long runs)."""

    def log(msg: str) -> None:
        print(f"[{name} {time.strftime('%H:%M:%S')}] {msg}", flush=True)

    log.__qualname__ = log.__name__ = "log"
    return log
