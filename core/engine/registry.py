# SPDX-License-Identifier: GPL-3.0-or-later
"""Model registry: the ONNX files shipped in ``models/`` or installed in the user model folder, and
their validated cards.

A model is found by its card id (``eolatent.biophysical.s2``) or by file path. Loading reads the
card from the file bytes, validates the canonical key set and checks the weights' sha256; a file that
fails any of these is refused with a message that says how to repair the installation.

Models are looked up in two folders (:func:`model_folders`): the shipped ``models/`` and the user model
folder (:func:`eolatent.core.engine.model_manifest.user_models_dir`) where the model manager installs the
models that do not ship in the plugin zip. A file of the user folder is loaded only if its whole-file
sha256 equals the manifest's (``models/manifest.json``); an unverified model is never loaded. A model
that is not installed is reported with the command that installs it. Nothing is ever downloaded here.
"""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from typing import Dict, List, Optional

from ..i18n import tr
from . import model_manifest, modelcard
from .runtime import Session, get_session

MODELS_DIR = model_manifest.SHIPPED_DIR  # the shipped folder; as a ``folder`` argument it means both folders


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


def model_folders(folder: Optional[str] = None) -> List[str]:
    """The folders searched: ``folder`` alone, or (None or :data:`MODELS_DIR`) shipped then user folder."""
    if folder is not None and not model_manifest.same_folder(folder, MODELS_DIR):
        return [folder]
    shipped, user = model_manifest.shipped_dir(), model_manifest.user_models_dir()
    return [shipped] if model_manifest.same_folder(shipped, user) else [shipped, user]


def load_model(path: str, verify: bool = True) -> ModelInfo:
    """Read and check the card of one ONNX file (cached by path, size and modification time).

    A file in the user model folder must also match its manifest entry (whole-file sha256), and so must a file of
    the plugin's own folder that the manifest lists."""
    if not os.path.isfile(path):
        raise modelcard.ModelCardError(tr("model file not found: {path}; run `make models` or reinstall the plugin",
                                          path=path))
    st = os.stat(path)
    user = model_manifest.is_user_file(path)
    listed = user or model_manifest.is_shipped_file(path)      # checked against the manifest
    manifest = model_manifest.load_manifest() if listed else None
    key = (os.path.abspath(path), st.st_mtime_ns, st.st_size, verify, id(manifest))
    card = _CARDS.get(key)
    if card is None:
        with open(path, "rb") as fh:
            data = fh.read()
        entry = model_manifest.check_listed_file(path, data, user) if listed else None  # before anything is parsed
        try:
            card = modelcard.read_card(data, verify=verify)
        except modelcard.ModelCardError as exc:
            name = os.path.basename(path)
            raise modelcard.ModelCardError(tr("{file}: {error}", file=name, error=exc),
                                           problem=tr("{file}: {error}", file=name, error=exc.problem)) from None
        if entry is not None and card["id"] != entry.id:
            problem = tr("{file} carries model id {model}, the manifest says {expected}", file=os.path.basename(path),
                         model=card["id"], expected=entry.id)
            raise modelcard.ModelCardError(tr("{problem}; reinstall it with `{command}`", problem=problem,
                                              command=f"{model_manifest.INSTALL_CMD} {entry.id} --force"),
                                           problem=problem)
        _CARDS[key] = card
    return ModelInfo(path, card)


def _scan(folders: List[str]):
    """(valid models, {file path: the error it was refused with})."""
    found, refused, seen = [], {}, set()
    for folder in folders:
        for path in sorted(glob.glob(os.path.join(folder, "*.onnx"))):
            real = os.path.realpath(path)
            if real in seen:
                continue
            seen.add(real)
            try:
                found.append(load_model(path))
            except modelcard.ModelCardError as exc:
                refused[path] = exc
    return found, refused


def list_models(folder: Optional[str] = None) -> List[ModelInfo]:
    """All valid models in the shipped and user folders, or in ``folder`` (invalid files are skipped here;
    load_model explains why)."""
    return _scan(model_folders(folder))[0]


def _version_key(info: ModelInfo) -> tuple:
    return tuple(int(p) for p in info.version.split(".") if p.isdigit())


def find_model(model_id: str, folder: Optional[str] = None) -> ModelInfo:
    """The newest valid model with this card id (a tie: the shipped one). A missing model raises
    :class:`~eolatent.core.engine.model_manifest.ModelNotInstalledError` naming the install command."""
    folders = model_folders(folder)
    found, refused = _scan(folders)
    matches = [m for m in found if m.id == model_id]
    if not matches:
        manifest = model_manifest.load_manifest()
        files = {e.file for e in manifest.by_id(model_id)}
        problems = [exc for path, exc in refused.items() if os.path.basename(path) in files]
        raise model_manifest.missing_model_error(model_id, folders, problems)
    best = max(_version_key(m) for m in matches)
    return next(m for m in matches if _version_key(m) == best)


def check_task(info: ModelInfo, task: str) -> None:
    """Refuse a model made for another task, naming both."""
    if info.card["task"] != task:
        what = {"encode": tr("an encoder"), "decode": tr("a decoder"), "classify": tr("a classifier"),
                "superresolve": tr("a super-resolution model"), "biophysical": tr("a biophysical retrieval model"),
                "soilmoisture": tr("a soil-moisture model"), "textquery": tr("a text-query model")}
        given, wanted = (what.get(t) or tr("a model of task '{task}'", task=t) for t in (info.card["task"], task))
        raise modelcard.ModelCardError(tr("model {model} {version} is {given} (task '{task}'), not {wanted}; choose "
                                          "{wanted}", model=info.id, version=info.version, given=given,
                                          task=info.card["task"], wanted=wanted))
