# SPDX-License-Identifier: GPL-3.0-or-later
"""Fetching one model file into place: resumable HTTP download (urllib, ``Range``) or local copy, sha256
verified before the atomic rename.

:func:`fetch` writes ``<dest>.part`` beside the destination, checks its sha256 against the expected one,
then renames it to ``dest`` (``os.replace``): ``dest`` is either absent, the old file, or the complete
verified new file, never a partial one. What is left behind on failure:

* a wrong sha256 (corrupted download, wrong source): the part file is deleted, :class:`HashMismatchError`
  names the expected and the actual hash;
* a server that answers with a whole file of another size than the manifest's (a truncated or different copy on
  a mirror): nothing is written, :class:`HashMismatchError` gives both sizes — it is not taken for a network drop;
* a full disk, an unwritable folder: the part file is deleted, :class:`ModelInstallError` says which folder
  and what to do;
* the network drops (after ``retries`` automatic resumptions) or the user cancels an HTTP download: the
  part file is **kept**, and the next :func:`fetch` of the same file resumes it with a ``Range`` request
  (a server that ignores ``Range`` makes it start again from zero). A part file whose content turns out
  wrong fails the hash check and is deleted, so the next attempt starts clean.

Local copies (a folder or a file, ``file://`` URLs included) are not resumable: a cancelled copy is deleted.
Nothing here runs unless the user asked for an install (no silent downloads).
"""
from __future__ import annotations

import errno
import http.client
import os
import shutil
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Callable, Optional

from ..i18n import tr
from .install_lock import InstallLock
from .model_manifest import file_sha256

CHUNK = 1 << 20
USER_AGENT = "eolatent-model-manager"
Progress = Optional[Callable[[int, int], None]]
Cancel = Optional[Callable[[], bool]]


class ModelInstallError(Exception):
    """A model could not be installed; the message names the cause and the fix."""


class HashMismatchError(ModelInstallError):
    """The fetched file is not the one the manifest describes (the part file was deleted)."""


class DownloadInterrupted(ModelInstallError):
    """The network dropped; ``part`` (kept) is resumed by the next install of the same model."""

    def __init__(self, message: str, part: str):
        super().__init__(message)
        self.part = part


class InstallCancelled(ModelInstallError):
    """The user cancelled (an HTTP download keeps its part file for resumption)."""


class _NetworkDrop(Exception):
    pass


def is_url(source: str) -> bool:
    return urllib.parse.urlparse(str(source)).scheme in ("http", "https", "file")


def local_path(source: str) -> str:
    """The path of a local source: a path, or a file:// URL."""
    if urllib.parse.urlparse(source).scheme == "file":
        return urllib.request.url2pathname(urllib.parse.urlparse(source).path)
    return source


def _write(fh, data: bytes) -> None:
    """One write of the part file (a seam for the tests' full-disk simulation)."""
    fh.write(data)


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def disk_error(exc: OSError, folder: str, name: str, size: int) -> ModelInstallError:
    from .model_manifest import folder_hint

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG):
        return ModelInstallError(tr(
            "not enough disk space in {folder} for {file} ({size:.1f} MB): free some space, or {hint}; nothing was "
            "installed", folder=folder, file=name, size=size / 1e6, hint=folder_hint(tr("a folder on another disk"))))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ModelInstallError(tr("cannot write to the model folder {folder} ({reason}): {hint}; nothing was "
                                    "installed", folder=folder, reason=exc.strerror, hint=folder_hint()))
    return ModelInstallError(tr("cannot write {file} in {folder}: {error}; nothing was installed",
                                file=name, folder=folder, error=exc))


def fetch(source: str, dest: str, size: int, sha256: str, progress: Progress = None, cancel: Cancel = None,
          retries: int = 2, retry_wait: float = 1.0, timeout: float = 60.0,
          notify: Optional[Callable[[str], None]] = None) -> str:
    """Put the file at ``source`` (URL or local path) at ``dest`` after checking its sha256; returns ``dest``.
    ``progress(done, total)`` in bytes of this file; ``cancel()`` true stops it (:class:`InstallCancelled`);
    ``notify(message)`` is told of each automatic retry after a dropped or stalled connection (a stall waits
    ``timeout`` seconds per attempt: minutes of silence otherwise). One install of ``dest`` at a time
    (:class:`.install_lock.InstallLock`)."""
    with InstallLock(dest + ".part", os.path.basename(dest), ModelInstallError):
        return _fetch(source, dest, size, sha256, progress, cancel, retries, retry_wait, timeout, notify)


def _fetch(source: str, dest: str, size: int, sha256: str, progress: Progress = None, cancel: Cancel = None,
           retries: int = 2, retry_wait: float = 1.0, timeout: float = 60.0,
           notify: Optional[Callable[[str], None]] = None) -> str:
    """:func:`fetch`, the part file locked."""
    folder, name = os.path.dirname(os.path.abspath(dest)), os.path.basename(dest)
    part = dest + ".part"
    have = os.path.getsize(part) if os.path.isfile(part) else 0
    if shutil.disk_usage(folder).free < size - min(have, size):
        raise disk_error(OSError(errno.ENOSPC, "no space"), folder, name, size)
    remote = is_url(source) and urllib.parse.urlparse(source).scheme != "file"
    kept_used = have > 0    # bytes kept from an earlier install are in the file, until an attempt starts it afresh
    if remote:
        attempt = 0
        while True:
            state = {}
            try:
                _download(source, part, size, progress, cancel, timeout, folder, name, state)
                break
            except _NetworkDrop as exc:
                attempt += 1
                if attempt > retries:
                    got = os.path.getsize(part) if os.path.isfile(part) else 0
                    if not got:
                        _remove(part)     # nothing to resume: no empty part file left behind
                        raise DownloadInterrupted(tr(
                            "cannot download {file} from {source}: {error}; check the network connection, or install "
                            "offline with {option}", file=name, source=source, error=exc, option="--from FOLDER"),
                            part) from None
                    raise DownloadInterrupted(tr(
                        "the download of {file} from {source} was interrupted after {done} of {size} bytes ({error}); "
                        "the partial file {part} is kept: run the same install again to resume it",
                        file=name, source=source, done=got, size=size, error=exc, part=part), part) from None
                if notify is not None:
                    notify(tr("{file}: the connection dropped ({error}); trying again ({attempt} of {retries})",
                              file=name, error=exc, attempt=attempt, retries=retries))
                time.sleep(retry_wait)
            finally:
                if state.get("resumed") is False:     # the server sent the file from its start
                    kept_used = False
    else:
        src = local_path(source)
        _copy(src, part, size, progress, cancel, folder, name)
        copied = os.path.getsize(part)
        if copied != size and os.path.basename(src) != name:
            _remove(part)
            raise HashMismatchError(tr(
                "{path} is not {file}, the file of this model ({got} bytes where the manifest gives {size}): choose "
                "the file named {file}, or the folder that holds it; nothing was installed", path=src, file=name,
                got=copied, size=size))
        if copied < size:
            _remove(part)
            raise HashMismatchError(tr(
                "{path} is incomplete: it holds {got} of the {size} bytes the manifest gives for {file} ({share:.0f} "
                "%: an interrupted copy or download?); nothing was installed: copy the whole file there again",
                path=src, got=copied, size=size, file=name, share=100.0 * copied / max(size, 1)))
    try:
        got = file_sha256(part, cached=False)
    except KeyboardInterrupt:
        if not remote:
            _remove(part)
        raise
    if got != sha256 and kept_used and remote:
        _remove(part)       # the bytes kept from an earlier, interrupted download were not this file's start
        raise HashMismatchError(tr(
            "{file}: the partial download kept from an earlier attempt ({kept} bytes) did not continue into the "
            "expected file (sha256 expected {expected}, got {actual}); it was deleted: run the same install again to "
            "download the file from the start", file=name, kept=have, expected=sha256, actual=got))
    if got != sha256:
        _remove(part)
        if not remote:
            raise HashMismatchError(tr(
                "{file} from {source} is not the expected file: sha256 expected {expected}, got {actual}; the copy was "
                "deleted and nothing was installed (the folder holds a corrupted or different version of the file)",
                file=name, source=source, expected=sha256, actual=got))
        raise HashMismatchError(tr(
            "{file} from {source} is not the expected file: sha256 expected {expected}, got {actual}; the downloaded "
            "data was deleted and nothing was installed (the source holds a corrupted or different version of the "
            "file)", file=name, source=source, expected=sha256, actual=got))
    try:
        os.replace(part, dest)
    except OSError as exc:
        _remove(part)
        raise disk_error(exc, folder, name, size) from None
    return dest


def _open_part(part: str, mode: str, folder: str, name: str, size: int):
    try:
        return open(part, mode)
    except OSError as exc:
        if "a" not in mode:
            _remove(part)
        raise disk_error(exc, folder, name, size) from None


def _pump(read, fh, done: int, size: int, progress: Progress, cancel: Cancel, part: str, folder: str, name: str,
          keep_on_cancel: bool) -> int:
    """Copy chunks from ``read`` into ``fh``; returns the bytes in the part file."""
    while True:
        if cancel is not None and cancel():
            fh.close()
            if not keep_on_cancel:
                _remove(part)
                raise InstallCancelled(tr("the install of {file} was cancelled; nothing was installed", file=name))
            raise InstallCancelled(tr("the download of {file} was cancelled after {done} of {size} bytes; the partial "
                                      "file {part} is kept: install again to resume it",
                                      file=name, done=done, size=size, part=part))
        try:
            chunk = read(CHUNK)
        except (OSError, http.client.HTTPException) as exc:
            raise _NetworkDrop(str(exc) or type(exc).__name__) from None
        if not chunk:
            return done
        if done + len(chunk) > size:
            fh.close()
            _remove(part)
            raise HashMismatchError(tr("{file} is not the expected file: the source has more than the {size} bytes "
                                       "the manifest gives; what was read of it was deleted and nothing was installed",
                                       file=name, size=size))
        try:
            _write(fh, chunk)
        except OSError as exc:
            fh.close()
            _remove(part)
            raise disk_error(exc, folder, name, size) from None
        done += len(chunk)
        if progress is not None:
            progress(done, size)


def _finish(fh, part: str, folder: str, name: str, size: int) -> None:
    try:
        fh.flush()
        os.fsync(fh.fileno())
        fh.close()
    except OSError as exc:
        fh.close()
        _remove(part)
        raise disk_error(exc, folder, name, size) from None


def _download(url: str, part: str, size: int, progress: Progress, cancel: Cancel, timeout: float,
              folder: str, name: str, state: Optional[dict] = None) -> None:
    """Download into ``part``, resuming the bytes it holds where the server allows it; ``state["resumed"]`` says
    whether those bytes were kept (resumed, or complete already) or the file was fetched from its start."""
    state = {} if state is None else state
    offset = os.path.getsize(part) if os.path.isfile(part) else 0
    if offset > size:
        _remove(part)
        offset = 0
        state["resumed"] = False
    if offset == size and size:
        state["resumed"] = True
        return  # complete already: the hash check decides
    headers = {"User-Agent": USER_AGENT}
    if offset:
        headers["Range"] = f"bytes={offset}-"
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise ModelInstallError(tr("cannot download {file} from {url}: only http(s) URLs are downloaded; give a local "
                                   "folder or file with {option} for offline installs",
                                   file=name, url=url, option="--from"))
    try:
        resp = urllib.request.urlopen(  # nosec B310 - scheme checked just above: http(s) only
            urllib.request.Request(url, headers=headers), timeout=timeout)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and offset:  # the part does not fit the file the server has: start again
            _remove(part)
            state["resumed"] = False
            raise _NetworkDrop(tr("the server refused to resume, starting again")) from None
        if exc.code in (403, 404, 410):
            raise ModelInstallError(tr("cannot download {file} from {url}: HTTP {code} {reason} (not published there); "
                                       "install it offline with {option}, or give another source", file=name, url=url,
                                       code=exc.code, reason=exc.reason, option="--from FOLDER")) from None
        raise ModelInstallError(tr("cannot download {file} from {url}: HTTP {code} {reason}; install it offline with "
                                   "{option}, or give another source", file=name, url=url, code=exc.code,
                                   reason=exc.reason, option="--from FOLDER")) from None
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        if isinstance(getattr(exc, "reason", None), socket.gaierror):     # no such host: retrying will not help
            raise ModelInstallError(tr(
                "cannot download {file}: the host {host} cannot be found ({error}): no network here, a proxy needed, "
                "or a mistyped address; install it offline with {option}, a folder holding the model files",
                file=name, host=urllib.parse.urlsplit(url).hostname, error=exc.reason, option="--from FOLDER")
                ) from None
        raise _NetworkDrop(str(getattr(exc, "reason", exc))) from None
    with resp:
        resumed = offset and resp.status == 206 and \
            (resp.headers.get("Content-Range") or "").replace(" ", "").startswith(f"bytes{offset}-")
        if not resumed:
            offset = 0
        state["resumed"] = bool(resumed)
        if resp.headers.get_content_type() == "text/html" and "Range" in headers:   # a portal, as we resumed
            raise ModelInstallError(tr(
                "cannot resume the download of {file} from {url}: the server answered with a web page (text/html), "
                "not the rest of the file (a login or proxy page?); the partial file {part} is kept: run the same "
                "install again once the network is open, or install offline with {option}", file=name, url=url,
                part=part, option="--from FOLDER"))
        if resp.headers.get_content_type() == "text/html":     # a login, error or index page, not the file
            _remove(part)
            raise ModelInstallError(tr(
                "cannot download {file} from {url}: the server answered with a web page (text/html), not the model "
                "file (a login page, an error page or a wrong address?); nothing was kept or installed: check the "
                "address, or install offline with {option}", file=name, url=url, option="--from FOLDER"))
        total = announced_size(resp.status, resp.headers)
        if total is not None and total != size:   # a whole answer of another size: not a network drop
            _remove(part)
            raise HashMismatchError(tr(
                "{file} at {url} is not the expected file: the server holds {total} bytes where the manifest gives "
                "{size} (a truncated or different version of the file); nothing was downloaded or installed: give "
                "another source, or install offline with {option}", file=name, url=url, total=total, size=size,
                option="--from FOLDER"))
        fh = _open_part(part, "ab" if resumed else "wb", folder, name, size)
        try:
            done = _pump(resp.read, fh, offset, size, progress, cancel, part, folder, name, keep_on_cancel=True)
        finally:
            if not fh.closed:  # what arrived is kept (flushed) for the resumption
                _finish(fh, part, folder, name, size)
    if done < size:
        raise _NetworkDrop(tr("the connection closed after {done} of {size} bytes", done=done, size=size))


def announced_size(status: int, headers) -> Optional[int]:
    """Size of the whole file as the server gives it: the total of a 206's ``Content-Range`` ("bytes a-b/N"), or a
    200's ``Content-Length``; None when it does not say."""
    try:
        if status == 206:
            total = (headers.get("Content-Range") or "").rpartition("/")[2].strip()
            return int(total) if total.isdigit() else None
        length = headers.get("Content-Length")
        return int(length) if status == 200 and length is not None and str(length).strip().isdigit() else None
    except (TypeError, ValueError):
        return None


def _copy(src: str, part: str, size: int, progress: Progress, cancel: Cancel, folder: str, name: str) -> None:
    if not os.path.isfile(src):
        raise ModelInstallError(tr("{path}: no such file; give the folder that holds {file}, or its URL",
                                   path=src, file=name))
    fh = _open_part(part, "wb", folder, name, size)
    try:
        with open(src, "rb") as inp:
            _pump(inp.read, fh, 0, size, progress, cancel, part, folder, name, keep_on_cancel=False)
    except _NetworkDrop as exc:  # a read error of the source file
        fh.close()
        _remove(part)
        raise ModelInstallError(tr("cannot read {path}: {error}; nothing was installed", path=src, error=exc)) from None
    except KeyboardInterrupt:    # Ctrl-C, SIGTERM: a local copy is never resumed, so its part file goes
        fh.close()
        _remove(part)
        raise
    _finish(fh, part, folder, name, size)  # a short file fails the hash check
