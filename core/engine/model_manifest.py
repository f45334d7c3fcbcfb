# SPDX-License-Identifier: GPL-3.0-or-later
"""The model manifest (``models/manifest.json``) and the per-user model folder.

The manifest lists every ONNX model of this plugin version: card id and version, file name, size, the
sha256 of the *whole file*, licence (from the card), the URL it is published at
(:data:`URL_PATTERN`: the ``models-v{version}`` GitHub release), whether it ships in the plugin zip
(``shipped``: files of at most :data:`SHIPPED_MAX_BYTES` once compressed in the zip — the s2cloudless trees: 10 MB,
2 MB compressed) and the sidecar files that go with it
(``<stem>.LICENSE.txt``, ``<stem>.vocab.txt``). It is generated from ``models/`` by
``tools/models_manifest.py`` (:func:`build_manifest`); a test keeps it equal to the files.

Models that do not ship are installed on demand (:mod:`eolatent.core.engine.model_manager`) into the user
model folder (:func:`user_models_dir`). A file there is trusted only when its sha256 equals the
manifest's (:func:`check_listed_file`, called by the registry before a model is loaded).
"""
from __future__ import annotations

import hashlib
import json
import os
import shlex
import sys
import zlib
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from ..i18n import tr
from . import modelcard

SHIPPED_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "models")
MANIFEST_NAME = "manifest.json"
FORMAT = 1
URL_PATTERN = "https://github.com/eo-latent/eolatent/releases/download/models-v{version}/{file}"
SHIPPED_MAX_BYTES = 5 * 1024 * 1024  # compressed size in the zip; larger models are installed on demand
SIDECAR_SUFFIXES = (".LICENSE.txt", ".vocab.txt")
ENV_VAR = "EOLATENT_MODELS_DIR"
PACKAGE_DIR = os.path.dirname(SHIPPED_DIR)


def install_command(package_dir: str = PACKAGE_DIR) -> str:
    """The model-manager command as it works when pasted into a terminal: ``python3 -m eolatent`` imports the
    package only from the folder that contains it (an installed plugin: ``…/python/plugins``)."""
    python = "python3" if os.name != "nt" else "python"
    if os.path.basename(package_dir) == "eolatent":
        parent = os.path.dirname(package_dir)
        quoted = f'"{parent}"' if os.name == "nt" or not any(c in parent for c in '"$`\\') else shlex.quote(parent)
        return f"cd {'/d ' if os.name == 'nt' else ''}{quoted} && {python} -m eolatent models install"
    # a source checkout under another name: importable only as the installed (editable) package of this Python
    exe = sys.executable or ""
    if os.path.basename(exe).lower().startswith("python"):
        return f'"{exe}" -m eolatent models install'
    return f"{python} -m eolatent models install"


INSTALL_CMD = install_command()
DIALOG = "Raster ▸ EO Latent ▸ Models…"  # the plugin's menu (plugin/plugin.py)


class ModelNotInstalledError(modelcard.ModelCardError):
    """A model the user asked for is not installed (or not valid); the message says how to install it."""


@dataclass(frozen=True)
class FileEntry:
    file: str
    size: int
    sha256: str
    url: str


@dataclass(frozen=True)
class Entry:
    """One model of the manifest (``sidecars``: files installed with it, before it)."""
    id: str
    version: str
    file: str
    size: int
    sha256: str
    license: str
    url: str
    shipped: bool
    sidecars: Tuple[FileEntry, ...] = ()

    @property
    def files(self) -> List[FileEntry]:
        """Sidecars first, the model last: a model file present implies its sidecars are."""
        return list(self.sidecars) + [FileEntry(self.file, self.size, self.sha256, self.url)]

    @property
    def total_size(self) -> int:
        return sum(f.size for f in self.files)


class Manifest:
    def __init__(self, entries: List[Entry], path: str = ""):
        self.entries, self.path = list(entries), path

    def get(self, id_or_file: str) -> Entry:
        """The entry named by card id (``eolatent.text.minilm``), file (``text_minilm.onnx``) or stem."""
        key = os.path.basename(str(id_or_file).strip())
        for e in self.entries:
            if key in (e.id, e.file, e.file[:-len(".onnx")]):
                return e
        known = ", ".join(e.id for e in self.entries) or tr("none (the manifest is empty)")
        import difflib

        names = {n.lower(): e.id for e in self.entries for n in (e.id, e.file[:-len(".onnx")])}
        close = difflib.get_close_matches(key.lower(), list(names), n=1, cutoff=0.75)
        if close:
            raise KeyError(tr("no model '{model}' in the manifest; did you mean {suggestion}? Known models: {known}",
                              model=id_or_file, suggestion=names[close[0]], known=known))
        raise KeyError(tr("no model '{model}' in the manifest; known models: {known}", model=id_or_file, known=known))

    def by_file(self, name: str) -> Optional[Entry]:
        return next((e for e in self.entries if e.file == name), None)

    def by_id(self, model_id: str) -> List[Entry]:
        return [e for e in self.entries if e.id == model_id]


# ---------------------------------------------------------------------------------------------------
# Folders
# ---------------------------------------------------------------------------------------------------
_override: Optional[str] = None


def set_user_models_dir(path: Optional[str]) -> None:
    """Used by the plugin to put models in the QGIS profile folder; None restores the default.
    :data:`ENV_VAR`, when set, still wins."""
    global _override
    _override = os.path.abspath(os.path.expanduser(path)) if path else None


def default_user_models_dir() -> str:
    """The per-user data folder of the platform, ``eolatent/models`` inside it: Linux and other Unix
    ``$XDG_DATA_HOME`` (XDG Base Directory spec, default ``~/.local/share``); macOS
    ``~/Library/Application Support``; Windows ``%LOCALAPPDATA%``."""
    if sys.platform.startswith("win"):
        base = os.environ.get("LOCALAPPDATA") or os.path.join(os.path.expanduser("~"), "AppData", "Local")
    elif sys.platform == "darwin":
        base = os.path.join(os.path.expanduser("~"), "Library", "Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME", "")
        if not os.path.isabs(base):  # the spec says relative values are to be ignored
            base = os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "eolatent", "models")


def user_models_dir() -> str:
    """Where installed models go: ``$EOLATENT_MODELS_DIR`` if set, else the folder the plugin set, else
    :func:`default_user_models_dir`. The folder may not exist yet."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return os.path.abspath(os.path.expanduser(env))
    return _override or default_user_models_dir()


def shipped_dir() -> str:
    return SHIPPED_DIR


def same_folder(a: str, b: str) -> bool:
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


# ---------------------------------------------------------------------------------------------------
# Hashing
# ---------------------------------------------------------------------------------------------------
_HASHES: Dict[tuple, str] = {}


def file_sha256(path: str, cached: bool = True) -> str:
    """sha256 of a whole file, hex; cached by (path, size, mtime) unless ``cached`` is False."""
    st = os.stat(path)
    key = (os.path.realpath(path), st.st_size, st.st_mtime_ns)
    if cached and key in _HASHES:
        return _HASHES[key]
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    _HASHES[key] = h.hexdigest()
    return _HASHES[key]


# ---------------------------------------------------------------------------------------------------
# Reading and building
# ---------------------------------------------------------------------------------------------------
_LOADED: Dict[tuple, Manifest] = {}


def manifest_path() -> str:
    return os.path.join(shipped_dir(), MANIFEST_NAME)


def _damaged_manifest(path: str, error) -> modelcard.ModelCardError:
    return modelcard.ModelCardError(tr(
        "the model manifest {path} is damaged ({error}), so no model can be checked; reinstall the plugin (in a clone "
        "of the repository: {command})", path=path, error=error, command="git checkout models/manifest.json"))


def load_manifest(path: Optional[str] = None) -> Manifest:
    """The manifest (default: ``manifest.json`` of the shipped folder); an empty one if the file is absent."""
    path = path or manifest_path()
    try:
        st = os.stat(path)
    except OSError:
        return Manifest([], path)
    key = (os.path.realpath(path), st.st_size, st.st_mtime_ns)
    if key not in _LOADED:
        try:
            with open(path, encoding="utf-8") as fh:
                doc = json.load(fh)
        except (OSError, ValueError) as exc:     # cut short, edited by hand, unreadable: every model depends on it
            raise _damaged_manifest(path, exc) from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            found = doc.get("format") if isinstance(doc, dict) else None
            raise modelcard.ModelCardError(tr("{path}: manifest format {found} is not {expected}; reinstall the plugin",
                                              path=path, found=repr(found), expected=FORMAT))
        try:
            entries = []
            for m in doc.get("models", []):
                sidecars = tuple(FileEntry(s["file"], int(s["size"]), s["sha256"], s["url"])
                                 for s in m.get("sidecars", []))
                entries.append(Entry(m["id"], m["version"], m["file"], int(m["size"]), m["sha256"], m["license"],
                                     m["url"], bool(m["shipped"]), sidecars))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _damaged_manifest(path, f"{type(exc).__name__} {exc}") from None
        _LOADED[key] = Manifest(entries, path)
    return _LOADED[key]


def build_manifest(folder: str, url_pattern: str = URL_PATTERN, shipped_max: int = SHIPPED_MAX_BYTES) -> dict:
    """The manifest document of the ``*.onnx`` files of ``folder`` (each card read and verified)."""
    models, seen = [], {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not name.endswith(".onnx") or not os.path.isfile(path):
            continue
        entry = manifest_entry(path, url_pattern, shipped_max)
        key = (entry["id"], entry["version"])
        if key in seen:
            raise modelcard.ModelCardError(tr("{file} and {other} are both {model} {version}; give one of them a new "
                                              "version", file=name, other=seen[key], model=key[0], version=key[1]))
        seen[key] = name
        models.append(entry)
    return dict(format=FORMAT, url_pattern=url_pattern, shipped_max_bytes=shipped_max, models=models)


def manifest_entry(path: str, url_pattern: str = URL_PATTERN, shipped_max: int = SHIPPED_MAX_BYTES) -> dict:
    """The manifest entry of one model file (its card read and verified) and of the sidecars beside it."""
    folder, name = os.path.dirname(os.path.abspath(path)), os.path.basename(path)
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        card = modelcard.read_card(data)
    except modelcard.ModelCardError as exc:
        raise modelcard.ModelCardError(tr("{file}: {error}", file=name, error=exc)) from None
    stem = name[:-len(".onnx")]
    zipped = len(zlib.compress(data, 6))     # what the model adds to the plugin zip (deflate, as zip writes it)
    sidecars = []
    for suffix in SIDECAR_SUFFIXES:
        side = os.path.join(folder, stem + suffix)
        if os.path.isfile(side):
            sidecars.append(dict(file=stem + suffix, size=os.path.getsize(side), sha256=file_sha256(side, cached=False),
                                 url=url_pattern.format(version=card["version"], file=stem + suffix)))
    return dict(id=card["id"], version=card["version"], file=name, size=len(data),
                sha256=hashlib.sha256(data).hexdigest(), license=card["license"],
                url=url_pattern.format(version=card["version"], file=name), shipped=zipped <= shipped_max,
                sidecars=sidecars)


def dump_manifest(doc: dict) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------------
# Trust and messages
# ---------------------------------------------------------------------------------------------------
def is_user_file(path: str) -> bool:
    """Whether ``path`` lies in the user model folder (and so must match the manifest to be loaded)."""
    return same_folder(os.path.dirname(os.path.abspath(path)), user_models_dir())


def is_shipped_file(path: str) -> bool:
    """Whether ``path`` lies in the plugin's own model folder (and so must match the manifest, where it is listed)."""
    return same_folder(os.path.dirname(os.path.abspath(path)), shipped_dir())


def check_listed_file(path: str, data: bytes, user: bool) -> Optional[Entry]:
    """Refuse a model file whose sha256 differs from its manifest entry; returns the entry (the caller checks that the
    card's id is the entry's). ``user``: a file of the user model folder, which must be listed; otherwise a file of
    the plugin's own folder, checked where it is listed (None where not): a card byte changed there (an output's
    valid range, an input domain) passes the card's own weights checksum and would be run."""
    name, folder = os.path.basename(path), os.path.dirname(os.path.abspath(path))
    entry = load_manifest().by_file(name)
    if entry is None:
        if not user:
            return None
        raise modelcard.ModelCardError(tr(
            "{file} in the user model folder {folder} is not a model of this plugin version's manifest, so it is not "
            "loaded; remove it, or open it by path from another folder", file=name, folder=folder))
    got = hashlib.sha256(data).hexdigest()
    if got == entry.sha256:
        return entry
    values = dict(file=name, folder=folder, expected=entry.sha256, actual=got)
    command = f"{INSTALL_CMD} {entry.id} --force"
    if user:
        problem = tr("{file} in {folder} does not match the manifest (sha256 expected {expected}, got {actual}): it is "
                     "corrupted, incomplete or from another version, so it is not loaded", **values)
        fix = tr("{problem}; reinstall it with `{command}` or the Models dialog ({dialog})", problem=problem,
                 command=command, dialog=DIALOG)
    else:
        problem = tr("{file} in {folder} does not match the manifest (sha256 expected {expected}, got {actual}): it is "
                     "corrupted or from another version, so it is not loaded", **values)
        fix = tr("{problem}; reinstall the plugin, or install a verified copy in the user model folder with "
                 "`{command}` (downloads it; offline add {option}), which is then used instead", problem=problem,
                 command=command, option="--from FOLDER")
    raise modelcard.ModelCardError(fix, problem=problem)


def install_hint(model_id: str) -> str:
    return tr("install it in QGIS with the Models dialog ({dialog}), or in a terminal with `{command}` (downloads it; "
              "offline add `{option}`, a folder holding the model files)", dialog=DIALOG,
              command=f"{INSTALL_CMD} {model_id}", option="--from FOLDER")


def folder_hint(what: Optional[str] = None) -> str:
    """How to choose another model folder (``what``: the kind of folder to choose, by default a writable folder),
    where the one in use cannot be written to."""
    now = os.environ.get(ENV_VAR)
    what = what or tr("a writable folder")
    if now:
        return tr("choose {what}: {command_line}the environment variable {variable} for every run (set now to "
                  "{value})", what=what, command_line=command_line_folder(), variable=ENV_VAR, value=now)
    return tr("choose {what}: {command_line}the environment variable {variable} for every run", what=what,
              command_line=command_line_folder(), variable=ENV_VAR)


def command_line_folder() -> str:
    """The command-line way to choose a model folder, as :func:`folder_hint` words it (the Models dialog, which has
    no command line, leaves it out)."""
    return tr("`{option}` on the command line for this install, or ", option="--dir FOLDER")


def reinstall_hint(path: str) -> str:
    """How to get a good copy of the model file ``path`` back: the model manager's forced install for a model the
    manifest installs on demand (a file of the user folder, or one not shipped), else reinstalling the plugin."""
    try:
        entry = load_manifest().by_file(os.path.basename(path))
    except (ValueError, modelcard.ModelCardError):
        entry = None
    if entry is not None and (not entry.shipped or is_user_file(path)):
        return tr("reinstall it with `{command}` (or the Models dialog, {dialog}; offline add `{option}`)",
                  command=f"{INSTALL_CMD} {entry.id} --force", dialog=DIALOG, option="--from FOLDER")
    return tr("reinstall the plugin (or, in a clone of the repository, restore the committed file: `git checkout "
              "models/`)")


def missing_model_error(model_id: str, folders: List[str], problems: list) -> ModelNotInstalledError:
    """The error of a model that is not found (``problems``: why files that carry it were refused, as messages or
    as the :class:`~.modelcard.ModelCardError` they were refused with)."""
    where = folders[0] if folders else ""
    for folder in folders[1:]:
        where = tr("{first} or {second}", first=where, second=folder)
    entries = load_manifest().by_id(model_id)
    texts = [str(p) for p in problems]
    bare = [getattr(p, "problem", None) or str(p) for p in problems]    # the problems without their own advice
    if entries:
        e = entries[-1]
        total = e.total_size  # the model and its sidecars, as the Models dialog counts it
        size = (tr("{size:.2f} MB", size=total / 1e6) if total >= 1e6 else   # "Mo" in French
                tr("{size:.0f} kB", size=total / 1e3))
        if e.shipped:       # its copy is damaged or gone: one fix, the one that gives it back (not a download)
            head = tr("model '{model}' ({file}) ships with the plugin, but no valid copy was found (looked in "
                      "{folders})", model=model_id, file=e.file, folders=where)
            texts = bare
            tail = tr("reinstall the plugin (in a clone of the repository: `git checkout models/`), or install a "
                      "good copy with `{command}`", command=f"{INSTALL_CMD} {model_id} --from FOLDER")
        elif problems:                    # installed, but damaged: not "not installed", and one fix
            head = tr("model '{model}' ({file}) is installed, but no valid copy was found (looked in {folders})",
                      model=model_id, file=e.file, folders=where)
            texts = bare
            tail = tr("install it again: the Models dialog ({dialog}), or `{command}` (offline add `{option}`)",
                      dialog=DIALOG, command=f"{INSTALL_CMD} {model_id} --force", option="--from FOLDER")
        else:
            head = tr("model '{model}' ({file}, {size}, licence {license}) is not installed (looked in {folders})",
                      model=model_id, file=e.file, size=size, license=e.license, folders=where)
            tail = install_hint(model_id)
    else:
        head = tr("no valid model with id '{model}' in {folders}", model=model_id, folders=where)
        tail = tr("`{command}` lists the installable models; {hint}", command=f"{INSTALL_CMD[:-len(' install')]} list",
                  hint=install_hint(model_id))
    if texts:
        return ModelNotInstalledError(tr("{problem}; refused: {reasons}. To use it, {fix}", problem=head,
                                         reasons="; ".join(texts), fix=tail))
    return ModelNotInstalledError(tr("{problem}. To use it, {fix}", problem=head, fix=tail))
