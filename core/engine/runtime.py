# SPDX-License-Identifier: GPL-3.0-or-later
"""ONNX Runtime wrapper: execution-provider choice, session cache, the provider that actually ran.

``provider`` is one of ``"auto"`` (CUDA when onnxruntime-gpu sees a GPU, else CPU), ``"cuda"`` or
``"cpu"``. Asking for CUDA where it is unavailable raises :class:`RuntimeSetupError`: a silent fallback
to CPU is a bug (DESIGN.md §2). Every session reports ``provider_used`` (the first provider of the
session as onnxruntime built it), which the algorithms log for the user.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import Dict, Optional, Tuple

from ..i18n import tr

PROVIDERS = ("auto", "cuda", "cpu")
_ORT_NAMES = {"cuda": "CUDAExecutionProvider", "cpu": "CPUExecutionProvider"}
_SHORT = {v: k for k, v in _ORT_NAMES.items()}


class RuntimeSetupError(RuntimeError):
    """onnxruntime missing, or the requested execution provider is not available."""


class ModelLoadError(ValueError):
    """ONNX Runtime cannot load a model file (corrupt, wrong opset, unsupported operator)."""


PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def python_command() -> str:
    """This Python as a terminal command, for the printed install commands: pip must install for the Python QGIS
    runs (a ``python3`` first on the PATH, pyenv's or Homebrew's, may be another version whose wheels QGIS cannot
    load). Quoted where its path holds a space (Windows' "Program Files")."""
    import sys

    # from the running interpreter's prefix: inside QGIS sys.executable is whatever "python3" the PATH finds first
    # (pyenv's shim here) or the qgis binary
    exe = (os.path.join(sys.exec_prefix, "python.exe") if os.name == "nt"
           else os.path.join(sys.exec_prefix, "bin", "python%d.%d" % sys.version_info[:2]))
    if not os.path.isfile(exe):
        exe = sys.executable if os.path.basename(sys.executable or "").lower().startswith("python") else (
            "python" if os.name == "nt" else "python3")
    return f'"{exe}"' if " " in exe else exe


def onnxruntime_hint(package_dir: str = PACKAGE_DIR) -> str:
    """How to get onnxruntime: into the plugin's private package folder (plugin/dependencies.py says where: beside
    the plugins folder of a QGIS profile, ``ext-libs`` in a checkout), which QGIS and the command line put on
    sys.path (a system-wide ``pip install`` is refused by Debian 12's Python, PEP 668)."""
    script = os.path.join(package_dir, "plugin", "dependencies.py")
    how = (tr("run `{command}` (fills the plugin's private package folder, no administrator rights needed; offline "
              "add {offline}, a folder of wheel files)", command=f'{python_command()} "{script}" --install',
              offline="--from WHEELS")
           if os.path.isfile(script) else tr("install onnxruntime into {folder}",
                                             folder=os.path.join(package_dir, "ext-libs")))
    return tr("{how}, or `make install` from the plugin source, which does the same for the installed plugin; for an "
              "NVIDIA GPU put onnxruntime-gpu there instead", how=how)


def import_onnxruntime():
    try:
        import onnxruntime  # noqa: F401
    except ImportError as exc:
        raise RuntimeSetupError(tr("onnxruntime is not installed in the Python that runs EO Latent ({error}): {hint}",
                                   error=exc, hint=onnxruntime_hint())) from None
    return onnxruntime


def available_providers() -> Tuple[str, ...]:
    """Short names ("cuda", "cpu") of the providers this onnxruntime build offers."""
    ort = import_onnxruntime()
    return tuple(_SHORT[p] for p in ort.get_available_providers() if p in _SHORT)


def resolve_provider(provider: str) -> str:
    """Map the user's choice to the short name of the provider to request."""
    provider = (provider or "auto").lower()
    if provider not in PROVIDERS:
        raise RuntimeSetupError(tr("unknown execution provider '{provider}'; choose one of {choices}",
                                   provider=provider, choices=", ".join(PROVIDERS)))
    available = available_providers()
    if provider == "auto":
        return "cuda" if "cuda" in available else "cpu"
    if provider not in available:
        raise RuntimeSetupError(tr(
            "execution provider '{provider}' was requested but this onnxruntime offers only {available}; install "
            "onnxruntime-gpu with a matching CUDA/cuDNN, or choose 'cpu'/'auto'", provider=provider,
            available=", ".join(available) or tr("none")))
    return provider


@dataclass
class Session:
    """An inference session and the provider it really runs on."""

    session: object
    provider_used: str  # "cuda" or "cpu"
    threads: int
    model_path: str

    def run(self, feeds: Dict[str, object]):
        return self.session.run(None, feeds)

    @property
    def input_names(self):
        return [i.name for i in self.session.get_inputs()]

    @property
    def output_names(self):
        return [o.name for o in self.session.get_outputs()]


_CACHE: Dict[Tuple[str, float, str, int], Session] = {}
_LOCK = threading.Lock()


def default_threads() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def get_session(model_path: str, provider: str = "auto", threads: Optional[int] = None,
                model_bytes: Optional[bytes] = None) -> Session:
    """Return a cached session for ``(model, provider, threads)``.

    The cache key includes the file's modification time, so a re-exported model is picked up.
    """
    ort = import_onnxruntime()
    short = resolve_provider(provider)
    threads = int(threads) if threads else default_threads()
    if threads < 1:
        raise RuntimeSetupError(tr("thread count {threads}: give at least 1 (or none: as many as the CPU has, up to "
                                   "8)", threads=threads))
    key = (os.path.abspath(model_path), os.path.getmtime(model_path), short, threads)
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            return cached
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.log_severity_level = 3
        # do not spin-wait between batches: the tiled runner's reader and writer threads need the cores
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        wanted = [_ORT_NAMES[short]] + ([] if short == "cpu" else [_ORT_NAMES["cpu"]])
        source = model_bytes if model_bytes is not None else model_path
        try:
            sess = ort.InferenceSession(source, sess_options=opts, providers=wanted)
        except Exception as exc:  # noqa: BLE001 - onnxruntime's own exception types (Fail, InvalidGraph, …)
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ModelLoadError(tr(
                "ONNX Runtime {version} cannot load {file}: {error}; the file is corrupt, not an EO Latent model, or "
                "needs a newer onnxruntime — reinstall the plugin's models or choose another model file",
                version=getattr(ort, "__version__", "?"), file=os.path.basename(model_path),
                error=first[:300])) from None
        _check_card_against_graph(sess, model_path)
        used = _SHORT.get(sess.get_providers()[0], sess.get_providers()[0])
        if used != short:
            raise RuntimeSetupError(tr(
                "execution provider '{provider}' was requested for {file} but onnxruntime created the session on "
                "'{used}'; check the CUDA/cuDNN installation or choose 'cpu'", provider=short,
                file=os.path.basename(model_path), used=used))
        session = Session(sess, used, threads, model_path)
        _CACHE[key] = session
        return session


def _check_card_against_graph(sess, model_path: str) -> None:
    """Refuse a model whose card (EO Latent models) names inputs the graph does not take: the card decides which
    bands are read, so a card that lies would feed the network the wrong data."""
    import json

    from . import modelcard

    try:
        raw = sess.get_modelmeta().custom_metadata_map.get("eolatent.inputs")
        inputs = json.loads(raw) if raw else None
    except (AttributeError, ValueError, TypeError):
        return
    problem = modelcard.graph_mismatch(inputs, [(i.name, i.shape) for i in sess.get_inputs()])
    if problem:
        raise ModelLoadError(tr("{file}: {problem}; use the model file as it was exported, or re-export it (make "
                                "models)", file=os.path.basename(model_path), problem=problem))


def clear_cache() -> None:
    with _LOCK:
        _CACHE.clear()
