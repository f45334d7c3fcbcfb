# SPDX-License-Identifier: GPL-3.0-or-later
"""The model manager: which models of the manifest are installed and verified; install, verify, remove.

Models that ship in the plugin zip live in the shipped ``models/`` folder; the others are installed on
demand into the user model folder (:func:`eolatent.core.engine.model_manifest.user_models_dir`:
``$EOLATENT_MODELS_DIR``, else the platform's per-user data folder, e.g. ``~/.local/share/eolatent/models``).
An install fetches the model's sidecar files (licence, vocabulary) then the model, each from

* the manifest URL (the GitHub release ``models-v{version}``) by default,
* a base URL (``https://mirror.example/models/``) or a file URL given as ``source``,
* a local folder holding the files, or the model file itself (offline install; sidecars beside it),

and verifies each file's sha256 against the manifest before it is renamed into place
(:mod:`eolatent.core.engine.model_download`: resumable downloads, what is left behind on failure). The
registry (:mod:`eolatent.core.engine.registry`) loads a user-folder model only if it matches the manifest.
"""
from __future__ import annotations

import errno
import os
import urllib.parse
from dataclasses import dataclass
from typing import Callable, List, Optional

from ..i18n import tr
from . import model_manifest as mm
from .model_download import (DownloadInterrupted, HashMismatchError, InstallCancelled, ModelInstallError,
                             local_path, fetch, is_url)

__all__ = ["ModelStatus", "get_manifest", "status", "install", "install_all", "verify", "remove",
           "user_models_dir",
           "ModelInstallError", "HashMismatchError", "DownloadInterrupted", "InstallCancelled"]

user_models_dir = mm.user_models_dir


@dataclass
class ModelStatus:
    id: str
    version: str
    file: str
    size: int          # bytes of the model file, sidecars included in total_size
    total_size: int
    license: str
    shipped: bool      # the manifest says it ships in the plugin zip
    location: Optional[str] = None   # "shipped", "user" or None (not installed)
    path: Optional[str] = None
    verified: Optional[bool] = None  # sha256 of the model and its sidecars equal the manifest's (None: not checked)
    partial: int = 0                 # bytes of an interrupted download waiting to be resumed
    problem: str = ""                # why it is not verified

    @property
    def installed(self) -> bool:
        return self.location is not None


def get_manifest(manifest=None) -> mm.Manifest:
    """The manifest: ``manifest`` itself, the file it names, or (None) ``models/manifest.json``."""
    if manifest is None:
        return mm.load_manifest()
    return manifest if isinstance(manifest, mm.Manifest) else mm.load_manifest(manifest)


def _entry(man: mm.Manifest, id_or_file: str) -> mm.Entry:
    try:
        return man.get(id_or_file)
    except KeyError as exc:
        raise ModelInstallError(exc.args[0]) from None


def _check_files(entry: mm.Entry, folder: str, cached: bool) -> str:
    """'' when the model and its sidecars in ``folder`` match the manifest, else what is wrong."""
    for f in entry.files:
        path = os.path.join(folder, f.file)
        if not os.path.isfile(path):
            return tr("{file} is missing from {folder}", file=f.file, folder=folder)
        got = mm.file_sha256(path, cached=cached)
        if got != f.sha256:
            return tr("{file} in {folder} does not match the manifest (sha256 expected {expected}, got {actual})",
                      file=f.file, folder=folder, expected=f.sha256, actual=got)
    return ""


def _status(entry: mm.Entry, folder: str, check: bool, cached: bool = True) -> ModelStatus:
    st = ModelStatus(entry.id, entry.version, entry.file, entry.size, entry.total_size, entry.license, entry.shipped)
    part = os.path.join(folder, entry.file + ".part")
    st.partial = os.path.getsize(part) if os.path.isfile(part) else 0
    for location, where in (("shipped", mm.shipped_dir()), ("user", folder)):
        path = os.path.join(where, entry.file)
        if os.path.isfile(path):
            st.location, st.path = location, path
            if check:
                st.problem = _check_files(entry, where, cached)
                st.verified = not st.problem
                if not st.verified and location == "shipped" and os.path.isfile(os.path.join(folder, entry.file)):
                    continue  # a stale shipped copy: the user folder may hold the right one
            break
    return st


def status(verify: bool = True, folder: Optional[str] = None, manifest=None) -> List[ModelStatus]:
    """Every manifest model: where it is installed (shipped folder, user folder, nowhere) and, with ``verify``,
    whether its files match the manifest (hashes cached by file size and modification time)."""
    folder = folder or mm.user_models_dir()
    return [_status(e, folder, verify) for e in get_manifest(manifest).entries]


def _ensure_folder(folder: str) -> None:
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise ModelInstallError(tr("the model folder {folder} is a file, not a folder: {hint}", folder=folder,
                                   hint=mm.folder_hint()))
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise ModelInstallError(tr("cannot create the model folder {folder} ({reason}): {hint}", folder=folder,
                                   reason=exc.strerror, hint=mm.folder_hint())) from None
    if not os.access(folder, os.W_OK):
        why = tr("permission denied")
        try:
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                why = tr("read-only file system")
        except (OSError, AttributeError):   # no statvfs (Windows)
            pass
        raise ModelInstallError(tr("cannot write to the model folder {folder} ({reason}): {hint}", folder=folder,
                                   reason=why, hint=mm.folder_hint()))


def _sources(entry: mm.Entry, source: Optional[str]) -> List[str]:
    """Where each of ``entry.files`` comes from."""
    if source is None:
        return [f.url for f in entry.files]
    source = str(source)
    scheme = urllib.parse.urlparse(source).scheme
    if "://" in source and not is_url(source):
        raise ModelInstallError(tr("{source}: {scheme}:// is not supported; give an http(s) URL, a file:// URL or a "
                                   "local folder", source=source, scheme=scheme))
    if is_url(source):
        last = urllib.parse.unquote(urllib.parse.urlparse(source).path.rsplit("/", 1)[-1])
        if last.lower().endswith(".onnx"):      # the model file's own URL (renamed or not): sidecars beside it
            base = source[: source.rindex("/") + 1]
            return [base + urllib.parse.quote(f.file) for f in entry.sidecars] + [source]
        base = source.rstrip("/") + "/"
        return [base + urllib.parse.quote(f.file) for f in entry.files]
    source = os.path.abspath(os.path.expanduser(source))
    if os.path.isdir(source):
        folder = source
    elif os.path.isfile(source):
        folder = os.path.dirname(source)
        if os.path.basename(source) != entry.file:  # a renamed model file: its sidecars keep their names
            return [os.path.join(folder, f.file) for f in entry.sidecars] + [source]
    else:
        raise ModelInstallError(tr("{path}: no such file or folder; give a folder holding {file}, the file, or a URL",
                                   path=source, file=entry.file))
    return [os.path.join(folder, f.file) for f in entry.files]


def _drop_stale_part(part: str, name: str) -> None:
    """Delete ``part`` unless an install of ``name`` is running (it holds the part's lock)."""
    from .install_lock import InstallLock
    from .model_download import _remove

    try:
        with InstallLock(part, name, ModelInstallError):
            _remove(part)
    except ModelInstallError:
        pass


def install(id_or_file: str, source: Optional[str] = None, progress: Optional[Callable[[int, int], None]] = None,
            cancel: Optional[Callable[[], bool]] = None, folder: Optional[str] = None, force: bool = False,
            manifest=None, retries: int = 2, retry_wait: float = 1.0, timeout: float = 60.0,
            notify: Optional[Callable[[str], None]] = None) -> ModelStatus:
    """Install one manifest model (card id, file name or stem) into the user model folder.

    ``source``: None (the manifest URL), a URL (base or file), a local folder or file. ``progress(done, total)``
    counts bytes of the model and its sidecars; ``cancel()`` returning true stops the install; ``notify(message)``
    hears of each automatic retry of a download (:func:`~.model_download.fetch`). A model already
    installed and verified is left as is unless ``force``. Raises :class:`ModelInstallError` (and subclasses)
    with a message naming the cause and the fix; returns the model's status after the install."""
    man = get_manifest(manifest)
    entry = _entry(man, id_or_file)
    folder = os.path.abspath(folder or mm.user_models_dir())
    current = _status(entry, folder, check=True, cached=False)
    if current.verified and not force:
        if current.partial:     # an interrupted download of a file now installed and verified: of no more use
            _drop_stale_part(os.path.join(folder, entry.file + ".part"), entry.file)
            current.partial = 0
        return current
    sources = _sources(entry, source)

    def installed(f) -> bool:        # verified in the user folder already: not fetched again
        dest = os.path.join(folder, f.file)
        return not force and os.path.isfile(dest) and mm.file_sha256(dest, cached=False) == f.sha256
    missing = [src for f, src in zip(entry.files, sources)
               if not _remote(src) and not os.path.isfile(local_path(src)) and not installed(f)]
    if missing:       # a local source lacking files: all of them named at once, before anything is copied
        raise ModelInstallError(tr("{folder} lacks {files}, which {model} needs (the model file and its "
                                   "sidecars); give a folder that holds them all, or a URL",
                                   folder=os.path.dirname(local_path(missing[0])),
                                   files=", ".join(os.path.basename(local_path(m)) for m in missing), model=entry.id))
    _ensure_folder(folder)
    done_before, total, fresh = 0, entry.total_size, []
    try:
        for f, src in zip(entry.files, sources):
            dest = os.path.join(folder, f.file)
            if installed(f):
                done_before += f.size
                continue

            def step(done, _size, base=done_before):
                if progress is not None:
                    progress(base + done, total)

            existed = os.path.exists(dest)
            fetch(src, dest, f.size, f.sha256, progress=step, cancel=cancel, retries=retries,
                  retry_wait=retry_wait, timeout=timeout, notify=notify)
            if not existed:
                fresh.append(dest)
            done_before += f.size
    except ModelInstallError as exc:
        resumable = isinstance(exc, DownloadInterrupted) or (isinstance(exc, InstallCancelled) and
                                                             any(_remote(src) for src in sources))
        if not resumable:   # no half-installed model left behind (a cancelled copy from a folder: as Ctrl-C)
            for path in fresh:
                os.remove(path)
        raise
    except KeyboardInterrupt:
        if any(_remote(src) for src in sources):
            raise           # an HTTP download keeps its part file, to be resumed
        for path in fresh:  # a copy from a folder is not resumed: nothing of it is left
            os.remove(path)
        raise KeyboardInterrupt(tr("interrupted; {model} was not installed (a copy from a folder starts again from "
                                   "the beginning)", model=entry.id)) from None
    if progress is not None:
        progress(total, total)
    return _status(entry, folder, check=True)


def _remote(src: str) -> bool:
    return is_url(src) and urllib.parse.urlparse(src).scheme != "file"


def install_all(source: Optional[str] = None, progress: Optional[Callable[[str, int, int], None]] = None,
                cancel: Optional[Callable[[], bool]] = None, folder: Optional[str] = None, force: bool = False,
                manifest=None, **kw) -> List[ModelStatus]:
    """Install every manifest model that is not installed and verified; ``progress(id, done, total)``."""
    man = get_manifest(manifest)
    out = []
    for e in man.entries:
        step = (lambda d, t, i=e.id: progress(i, d, t)) if progress is not None else None
        out.append(install(e.id, source, step, cancel, folder, force, man, **kw))
    return out


def verify(id_or_file: str, folder: Optional[str] = None, manifest=None) -> ModelStatus:
    """Hash the installed model and its sidecars again (no cache); ``verified`` False and ``problem`` say
    what is wrong. A model that is not installed has ``location`` None."""
    entry = _entry(get_manifest(manifest), id_or_file)
    return _status(entry, os.path.abspath(folder or mm.user_models_dir()), check=True, cached=False)


def remove(id_or_file: str, folder: Optional[str] = None, manifest=None) -> List[str]:
    """Delete a model installed in the user folder with its sidecars and any partial download; returns the
    paths removed. Models of the shipped folder are refused (they belong to the plugin)."""
    entry = _entry(get_manifest(manifest), id_or_file)
    folder = os.path.abspath(folder or mm.user_models_dir())
    if mm.same_folder(folder, mm.shipped_dir()):
        raise ModelInstallError(tr("{folder} is the plugin's own model folder; its models cannot be removed",
                                   folder=folder))
    paths = [os.path.join(folder, f.file + suffix) for f in reversed(entry.files) for suffix in ("", ".part")]
    present = [p for p in paths if os.path.isfile(p)]
    if not present:
        if os.path.isfile(os.path.join(mm.shipped_dir(), entry.file)):
            raise ModelInstallError(tr("{model} ships with the plugin (in {folder}); it cannot be removed",
                                       model=entry.id, folder=mm.shipped_dir()))
        raise ModelInstallError(tr("{model} is not installed in {folder}", model=entry.id, folder=folder))
    for p in present:
        try:
            os.remove(p)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise ModelInstallError(tr("cannot remove {path}: {reason}; the folder {folder} belongs to another user "
                                           "or is read-only: remove it as its owner (or with the rights to write "
                                           "there)", path=p, reason=exc.strerror, folder=folder)) from None
            raise ModelInstallError(tr("cannot remove {path}: {reason}", path=p, reason=exc.strerror)) from None
    return present
