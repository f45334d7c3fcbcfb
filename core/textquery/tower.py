# SPDX-License-Identifier: GPL-3.0-or-later
"""The satellite towers of the text query (docs/textquery_contract.md): model lookup, checks, inference."""
from __future__ import annotations

import os
from typing import Dict, List, Optional

import numpy as np

from ..engine import modelcard
from ..engine.registry import MODELS_DIR, load_model
from ..engine.runtime import get_session
from .features import S2_BANDS
from ..i18n import tr

TOWER_INPUTS = ("x", "valid", "doy")
BATCH = 32768


class TowerError(ValueError):
    """The tower model cannot be used for this input; the message names the problem and the fix."""


def tower_path(kind: str, folder: str = MODELS_DIR) -> str:
    """``kind``: "s2" or "latent_<suffix>" (e.g. latent_fine4)."""
    return os.path.join(folder, f"textquery_{kind}.onnx")


def installed_tower_path(kind: str) -> str:
    """The file of the tower ``kind`` to use: the one the model manager picks (the newest verified copy, in the
    plugin's folder or the user model folder, so that a damaged shipped tower is replaced by an installed copy as
    every model is), else the plugin's own path (whose check then says what is wrong with it)."""
    from ..engine.registry import find_model

    try:
        path = find_model(f"eolatent.textquery.{kind}").path
    except modelcard.ModelCardError:
        return tower_path(kind)
    return path if os.path.basename(path) == os.path.basename(tower_path(kind)) else tower_path(kind)


def available_towers(folder: str = MODELS_DIR) -> List[str]:
    if not os.path.isdir(folder):
        return []
    return sorted(f[len("textquery_"):-len(".onnx")] for f in os.listdir(folder)
                  if f.startswith("textquery_") and f.endswith(".onnx"))


class Tower:
    """One satellite tower: ``features(x, valid, doy)`` → [N, K]; ``projection`` [K, 384]; ``calibration``."""

    def __init__(self, path: str, provider: str = "auto", threads: Optional[int] = None):
        if not os.path.isfile(path):
            raise TowerError(tr("text-query model not found: {path}; reinstall the plugin or run `{command}`",
                                path=path, command="make models"))
        self.path = path
        try:        # a shipped or installed tower must match the manifest; a damaged file is named, with the fix
            self.card = load_model(path).card
        except modelcard.ModelCardError as exc:
            raise TowerError(str(exc) if os.path.basename(path) in str(exc) else tr(
                "{file}: {error}", file=os.path.basename(path), error=exc)) from None
        with open(path, "rb") as fh:
            data = fh.read()
        if self.card.get("task") != "text_query":
            raise TowerError(tr("{file} is a '{task}' model ({model}), not a text-query tower; choose a {pattern} "
                                "model", file=os.path.basename(path), task=self.card.get("task"),
                                model=self.card.get("id"), pattern="textquery_*.onnx"))
        self.id, self.version = self.card["id"], self.card.get("version", "")
        self.weights_sha256 = self.card.get("weights_sha256", "")
        first = self.card["inputs"][0]
        self.channels = int(first.get("channels", 0))
        self.encoder = first.get("encoder")  # latent towers: the encoder id whose latents they read
        self.encoder_version = first.get("encoder_version")  # ... and its version, where the card states it
        # S2 towers: the bands they read (card "bands", NDVI computed here; older cards: the ten of S2_BANDS)
        self.s2_bands = tuple(b for b in first.get("bands", S2_BANDS) if b != "NDVI")
        metrics = self.card.get("metrics") or {}
        self.calibration: Dict = dict(metrics.get("calibration") or self.card.get("calibration") or {})
        if "single" not in self.calibration or "softmax" not in self.calibration:
            raise TowerError(tr("{model}: the model card has no calibration ({fields}); re-export the tower with "
                                "{script}", model=self.id, fields="single/softmax",
                                script="models/training/textquery/train.py"))
        self.session = get_session(path, provider, threads, model_bytes=data)
        missing = [n for n in TOWER_INPUTS if n not in self.session.input_names]
        if missing or not {"features", "projection"} <= set(self.session.output_names):
            raise TowerError(tr("{model} does not follow {contract} (inputs {inputs}; outputs {outputs}); "
                                "re-export it", model=self.id, contract="docs/textquery_contract.md",
                                inputs="x, valid, doy", outputs="features, projection"))
        probe = self.session.run({"x": np.zeros((1, 1, max(1, self.channels)), np.float32),
                                  "valid": np.ones((1, 1), np.float32), "doy": np.full((1, 1), 180.0, np.float32)})
        out = dict(zip(self.session.output_names, probe))
        self.projection = np.asarray(out["projection"], np.float32)  # [K, 384]
        self.k = self.projection.shape[0]

    @property
    def provider_used(self) -> str:
        return self.session.provider_used

    def check_text_model(self, text_card: dict) -> None:
        """Refuse a text model other than the one the tower was trained against."""
        want = self.calibration.get("text_model") or {}
        if want.get("id") and want["id"] != text_card.get("id"):
            raise TowerError(tr("{model} was trained against the text model {wanted}, not {text_model}; reinstall "
                                "the plugin's models together", model=self.id, wanted=want["id"],
                                text_model=text_card.get("id")))
        sha = want.get("weights_sha256")
        if sha and text_card.get("weights_sha256") and sha != text_card["weights_sha256"]:
            raise TowerError(tr("{model} was trained against another version of the text model {text_model} "
                                "(weights {weights}…, installed {installed}…); reinstall the plugin's models together",
                                model=self.id, text_model=want.get("id"), weights=sha[:12],
                                installed=text_card["weights_sha256"][:12]))

    def features(self, x: np.ndarray, valid: np.ndarray, doy: np.ndarray) -> np.ndarray:
        """[N, D, C], [N, D], [N, D] → features [N, K] float32 (batched)."""
        if x.shape[-1] != self.channels:
            raise TowerError(tr("{model} expects {channels} channels per date, got {count}", model=self.id,
                                channels=self.channels, count=x.shape[-1]))
        n = x.shape[0]
        out = np.empty((n, self.k), np.float32)
        for i in range(0, n, BATCH):
            sl = slice(i, min(n, i + BATCH))
            res = dict(zip(self.session.output_names, self.session.run(
                {"x": x[sl], "valid": valid[sl], "doy": doy[sl]})))
            out[sl] = res["features"]
        return out


def probabilities(cos: np.ndarray, calibration: Dict, n_prompts: int) -> np.ndarray:
    """Calibrated probabilities [N, n_prompts] from cosines [N, n_prompts + n_negatives].

    One prompt and no negative: Platt scaling sigmoid(a·cos + b). Otherwise: softmax(scale·cos) over the
    prompts and the negatives, the prompts' columns returned (so the prompts' probabilities sum to ≤ 1)."""
    cos = np.asarray(cos, np.float32)
    if cos.shape[1] == 1:
        a, b = float(calibration["single"]["a"]), float(calibration["single"]["b"])
        return (1.0 / (1.0 + np.exp(-(a * cos + b)))).astype(np.float32)
    s = float(calibration["softmax"]["scale"])
    z = s * cos
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return (e / e.sum(axis=1, keepdims=True))[:, :n_prompts].astype(np.float32)


__all__ = ["Tower", "TowerError", "tower_path", "installed_tower_path", "available_towers", "probabilities",
           "query_tags"]


def query_tags(tower, text_card: dict, plist, nlist) -> dict:
    """What made the probabilities, for the outputs' metadata: the tower and the text model (id, version, weights),
    the negative prompts and how the cosines became probabilities (they decide the values as much as the prompts)."""
    if len(plist) + len(nlist) == 1:
        how = "single prompt: sigmoid(a*cos + b), a = %g, b = %g (Platt)" % (
            float(tower.calibration["single"]["a"]), float(tower.calibration["single"]["b"]))
    else:
        how = "softmax(%g*cos) over %d prompt(s) and %d negative prompt(s); the prompts' probabilities sum to 1%s" % (
            float(tower.calibration["softmax"]["scale"]), len(plist), len(nlist), " minus the negatives'" if nlist
            else "")
    tags = {"EOLATENT_MODEL": f"{tower.id} {tower.version}".strip(), "TOWER_WEIGHTS_SHA256": tower.weights_sha256,
            "TEXT_MODEL": f"{text_card.get('id', '')} {text_card.get('version', '')}".strip(),
            "TEXT_MODEL_WEIGHTS_SHA256": text_card.get("weights_sha256", ""), "CALIBRATION": how}
    if nlist:
        tags["NEGATIVE_PROMPTS"] = "\n".join(nlist)
    return {k: v for k, v in tags.items() if v}
