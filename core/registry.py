# SPDX-License-Identifier: GPL-3.0-or-later
"""Model registry: the ONNX files shipped in ``models/`` and their validated cards.

A model is found by its card id (``eolatent.biophysical.s2``) or by file path. Loading reads the
card from the file bytes, validates the canonical key set and checks the weights' sha256; a file that
fails any of these is refused with a message that says how to repair the installation.
"""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from typing import Dict, List, Optional

from . import modelcard
from .runtime import Session, get_session

MODELS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "models")


@dataclass
class ModelInfo:
    path: str
    card: dict

    @property
    def id(self) -> str:
        return self.card["id"]

    @property
    def version(self) -> str:
        return self.card["version"]

    def output(self, name: str) -> dict:
        for item in self.card["outputs"]:
            if item["name"] == name:
                return item
        raise KeyError(name)

    def input(self, name: str) -> dict:
        for item in self.card["inputs"]:
            if item["name"] == name:
                return item
        raise KeyError(name)

    def session(self, provider: str = "auto", threads: Optional[int] = None) -> Session:
        return get_session(self.path, provider, threads)


_CARDS: Dict[tuple, dict] = {}


def load_model(path: str, verify: bool = True) -> ModelInfo:
    """Read and check the card of one ONNX file (cached by path and modification time)."""
    if not os.path.isfile(path):
        raise modelcard.ModelCardError(f"model file not found: {path}; run `make models` or reinstall the plugin")
    key = (os.path.abspath(path), os.path.getmtime(path), verify)
    card = _CARDS.get(key)
    if card is None:
        with open(path, "rb") as fh:
            data = fh.read()
        try:
            card = modelcard.read_card(data, verify=verify)
        except modelcard.ModelCardError as exc:
            raise modelcard.ModelCardError(f"{os.path.basename(path)}: {exc}") from None
        _CARDS[key] = card
    return ModelInfo(path, card)


def list_models(folder: str = MODELS_DIR) -> List[ModelInfo]:
    """All valid models in ``folder`` (invalid files are skipped here; load_model explains why)."""
    found = []
    for path in sorted(glob.glob(os.path.join(folder, "*.onnx"))):
        try:
            found.append(load_model(path))
        except modelcard.ModelCardError:
            continue
    return found


def find_model(model_id: str, folder: str = MODELS_DIR) -> ModelInfo:
    """The newest model with this card id."""
    matches = [m for m in list_models(folder) if m.id == model_id]
    if not matches:
        raise modelcard.ModelCardError(
            f"no valid model with id '{model_id}' in {folder}; run `make models` (or reinstall the plugin)")
    return max(matches, key=lambda m: tuple(int(p) for p in m.version.split(".") if p.isdigit()))


def check_task(info: ModelInfo, task: str) -> None:
    """Refuse a model made for another task, naming both."""
    if info.card["task"] != task:
        raise modelcard.ModelCardError(
            f"model {info.id} {info.version} is a '{info.card['task']}' model, not a '{task}' model; "
            f"choose a {task} model")
