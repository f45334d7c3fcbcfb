# SPDX-License-Identifier: GPL-3.0-or-later
"""The per-pixel cloud scores of :mod:`.clouds`: the fixed rule set (``rules``, any date with B02, B03, B04, B08,
B11) and Sinergise's s2cloudless classifier run from ``models/cloud_s2cloudless.onnx`` (Level-1C dates), the
choice between them from a date's bands, and the block means of the processing grid they run on.
"""
from __future__ import annotations

import os
import threading
from typing import Dict, Optional, Sequence, Tuple

import numpy as np

from ...i18n import tr

S2CLOUDLESS_ID = "eolatent.cloud.s2cloudless"
S2CLOUDLESS_BANDS = ("B01", "B02", "B04", "B05", "B08", "B8A", "B09", "B10", "B11", "B12")
RULES_BANDS = ("B02", "B03", "B04", "B08", "B11")
RULES_ID = "eolatent.cloud.rules"
RULES_VERSION = "1.0.0"
SHADOW_BANDS = ("B04", "B08")

DEFAULT_THRESHOLD = {"s2cloudless": 0.4, "rules": 0.2}


# --------------------------------------------------------------------------- scores

def _rescale(x, lo, hi):
    return np.clip((x - lo) / (hi - lo), 0.0, 1.0)


def rules_score(b02, b03, b04, b08, b11) -> np.ndarray:
    """Cloud score 0-1 of the rule set (module docstring); NaN where an input is NaN."""
    b02, b03, b04, b08, b11 = (np.asarray(b, np.float64) for b in (b02, b03, b04, b08, b11))
    with np.errstate(invalid="ignore", divide="ignore"):
        ndmi = (b08 - b11) / (b08 + b11)
        ndsi = (b03 - b11) / (b03 + b11)
        score = np.minimum.reduce([_rescale(b02, 0.1, 0.5), _rescale(b02 + b03 + b04, 0.2, 0.8),
                                   _rescale(ndmi, -0.1, 0.1), _rescale(ndsi, 0.8, 0.6)])
    bad = ~(np.isfinite(b02) & np.isfinite(b03) & np.isfinite(b04) & np.isfinite(b08) & np.isfinite(b11))
    score[bad] = np.nan
    return score


class S2Cloudless:
    """The shipped s2cloudless ONNX model (card id ``eolatent.cloud.s2cloudless``)."""

    def __init__(self, provider: str = "cpu", threads: Optional[int] = None, path: Optional[str] = None):
        from ...engine.registry import find_model, load_model

        self.info = load_model(path) if path else find_model(S2CLOUDLESS_ID)
        bands = tuple(self.info.input("bands")["bands"])
        if bands != S2CLOUDLESS_BANDS:
            raise ValueError(tr("{path} expects bands {bands}, not {expected}; re-export it with "
                                "models/training/cloud/export_s2cloudless.py", path=self.info.path, bands=bands,
                                expected=S2CLOUDLESS_BANDS))
        self.session = self.info.session(provider, threads)

    @property
    def label(self) -> str:
        return "%s %s" % (self.info.id, self.info.version)

    def probability(self, x: np.ndarray) -> np.ndarray:
        """Cloud probability (N,) of rows (N, 10) of TOA reflectance in S2CLOUDLESS_BANDS order (finite)."""
        x = np.ascontiguousarray(x, dtype=np.float32)
        if len(x) == 0:
            return np.zeros(0, np.float32)
        return self.session.run({"bands": x})[0].reshape(-1)


_MODELS: Dict[tuple, S2Cloudless] = {}
_MODELS_LOCK = threading.Lock()


def s2cloudless_model(provider: str = "cpu", threads: Optional[int] = None,
                      path: Optional[str] = None) -> S2Cloudless:
    """The s2cloudless model (the shipped one, or the file *path*), loaded once per (provider, threads, path)."""
    key = (provider, threads, path)
    with _MODELS_LOCK:
        m = _MODELS.get(key)
        if m is None:
            m = _MODELS[key] = S2Cloudless(provider, threads, path)
        return m


def onnxruntime_available() -> bool:
    """Whether onnxruntime can be imported (s2cloudless needs it; the rule set does not)."""
    import importlib.util

    return importlib.util.find_spec("onnxruntime") is not None


NOT_INSTALLED = "the s2cloudless model is not installed"   # the note's words, which the stack build looks for
DAMAGED = "the s2cloudless model file is damaged"             # ... or these: a copy is there but refused
NO_ONNXRUNTIME = "s2cloudless needs onnxruntime"


def _damaged_copy() -> Optional[str]:
    """The name of an s2cloudless model file that is present (it ships with the plugin) but was refused, else None."""
    from ...engine import model_manifest

    name = next((e.file for e in model_manifest.load_manifest().by_id(S2CLOUDLESS_ID)), "cloud_s2cloudless.onnx")
    present = [os.path.join(d, name) for d in (model_manifest.shipped_dir(), model_manifest.user_models_dir())
               if os.path.isfile(os.path.join(d, name))]
    return name if present else None


def _unusable() -> Tuple[bool, Optional[str]]:
    """(whether the s2cloudless model cannot be loaded, the name of its file where one is there but refused)."""
    from ...engine.modelcard import ModelCardError
    from ...engine.registry import find_model

    try:
        find_model(S2CLOUDLESS_ID)
    except ModelCardError:
        return True, _damaged_copy()
    return False, None


def s2cloudless_missing(path: Optional[str] = None) -> str:
    """"" when the s2cloudless model can be loaded, else why not and what to do: a file that is there but refused
    (damaged or altered: it ships with the plugin) is said to be damaged, not "not installed" (the model audit)."""
    if path:
        return ""
    from ...engine.model_manifest import DIALOG, INSTALL_CMD

    unusable, damaged = _unusable()
    if damaged:
        return (f" ({DAMAGED} ({damaged} does not match the manifest): reinstall the plugin, or "
                f"`{INSTALL_CMD} {S2CLOUDLESS_ID} --from FOLDER`)")
    if unusable:
        return (f" ({NOT_INSTALLED}: it ships with the plugin; reinstall the plugin, or install it from a folder: "
                f"{DIALOG} in QGIS, or `{INSTALL_CMD} {S2CLOUDLESS_ID} --from FOLDER`)")
    return ""


def s2cloudless_advice() -> str:
    """For the log: the s2cloudless model is not installed (or its file is damaged), and what to do while it still
    is (in the user's language; the dates' CLOUD_MASK labels keep :func:`s2cloudless_missing`'s English words)."""
    from ...engine.model_manifest import DIALOG, INSTALL_CMD

    unusable, damaged = _unusable()
    if damaged:
        return tr("the s2cloudless model file {file} is damaged (it does not match the manifest), so it is not used: "
                  "reinstall the plugin, or `{command} {model} --from FOLDER`", file=damaged,
                  command=INSTALL_CMD, model=S2CLOUDLESS_ID)
    if not unusable:
        return tr("the s2cloudless model is not installed")
    return tr("the s2cloudless model is not installed: it ships with the plugin; reinstall the plugin, or install it "
              "from a folder: {dialog} in QGIS, or `{command} {model} --from FOLDER`", dialog=DIALOG,
              command=INSTALL_CMD, model=S2CLOUDLESS_ID)


# --------------------------------------------------------------------------- scores on a block

def method_for(bands: Sequence[str], level: Optional[str] = None) -> Optional[str]:
    """"s2cloudless", "rules" or None (no detector for these bands)."""
    have = set(bands)
    if set(S2CLOUDLESS_BANDS) <= have and (level or "L1C").upper() != "L2A":
        return "s2cloudless"
    if set(RULES_BANDS) <= have:
        return "rules"
    return None


def bands_for(method: str) -> Tuple[str, ...]:
    """The bands *method* reads (its detector bands, then the shadow bands it lacks)."""
    base = S2CLOUDLESS_BANDS if method == "s2cloudless" else RULES_BANDS
    return base + tuple(b for b in SHADOW_BANDS if b not in base)


def _block_sum(a: np.ndarray, k: int, hh: int, ww: int) -> np.ndarray:
    """Sums (hh, ww) of the k x k blocks of *a* (h, w), zero beyond its edge (float64)."""
    h, w = a.shape
    pad = np.zeros((hh * k, ww * k), np.float32)
    pad[:h, :w] = a
    return pad.reshape(hh, k, ww, k).sum(axis=(1, 3), dtype=np.float64)


def block_mean(refl: np.ndarray, k: int) -> np.ndarray:
    """Mean (B, ceil(h/k), ceil(w/k)) of the k x k blocks of *refl* (B, h, w) over the pixels whose bands are
    all finite (NaN where a block has none). Band by band: memory about one band beyond the input."""
    refl = np.asarray(refl, np.float32)
    ok = np.isfinite(refl).all(axis=0)
    if k == 1:
        out = refl.copy()
        out[:, ~ok] = np.nan
        return out
    b, h, w = refl.shape
    hh, ww = -(-h // k), -(-w // k)
    count = _block_sum(ok, k, hh, ww)
    out = np.empty((b, hh, ww), np.float32)
    with np.errstate(invalid="ignore", divide="ignore"):
        for j in range(b):
            out[j] = _block_sum(np.where(ok, refl[j], 0.0), k, hh, ww) / count
    out[:, count == 0] = np.nan
    return out


def score_block(method: str, coarse: np.ndarray, model: Optional[S2Cloudless] = None) -> np.ndarray:
    """Cloud probability/score (h, w) of a block (B, h, w) in ``bands_for(method)`` order; NaN where no data."""
    names = bands_for(method)
    b = {n: coarse[k] for k, n in enumerate(names)}
    if method == "rules":
        return rules_score(b["B02"], b["B03"], b["B04"], b["B08"], b["B11"]).astype(np.float32)
    x = np.stack([b[n] for n in S2CLOUDLESS_BANDS], axis=-1)
    ok = np.isfinite(x).all(axis=-1)
    out = np.full(ok.shape, np.nan, np.float32)
    if ok.any():
        out[ok] = (model or s2cloudless_model()).probability(x[ok])
    return out




# --------------------------------------------------------------------------- the detector
