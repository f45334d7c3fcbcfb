# SPDX-License-Identifier: GPL-3.0-or-later
"""The file-system side of every output: early writability checks that name the fix, GDAL error capture,
verification of a finished file and its atomic publication (rename over the target)."""
from __future__ import annotations

import os
import tempfile
from typing import Dict, List, Optional

from ..i18n import tr


def _host() -> str:
    import re
    import socket

    return re.sub(r"[^A-Za-z0-9]", "", socket.gethostname())[:24] or "host"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:          # another user's process, or no way to tell: keep its file
        return True
    return True


def remove_stale_parts(path: str, suffix: str) -> List[str]:
    """Remove the hidden temporary files of ``path`` (:func:`part_file`) that runs on this machine left when they
    were killed before their clean-up (SIGKILL, a closed terminal, a crash): those whose process is gone. Files of
    running processes, of other machines (a shared folder) and of older versions (no process id in the name) are
    kept. Returns the removed paths."""
    import glob
    import re

    folder, name = os.path.split(os.path.abspath(path))
    pattern = re.compile(r"^\.%s\.%s\.(\d+)-[^/]*%s(\.aux\.xml)?$" % (re.escape(name), re.escape(_host()),
                                                                   re.escape(suffix)))
    removed = []
    for f in glob.glob(os.path.join(glob.escape(folder), "." + glob.escape(name) + ".*")):
        m = pattern.match(os.path.basename(f))
        if m and int(m.group(1)) != os.getpid() and not _alive(int(m.group(1))):
            try:
                os.unlink(f)
                removed.append(f)
            except OSError:
                pass
    return removed


def part_file(path: str, suffix: str):
    """(open file descriptor, path) of a new hidden temporary file beside ``path`` for writing it:
    ``.<name>.<host>.<pid>-XXXXXXXX<suffix>``; stale ones of killed runs are removed first
    (:func:`remove_stale_parts`)."""
    remove_stale_parts(path, suffix)
    folder = os.path.dirname(os.path.abspath(path))
    return tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.{_host()}.{os.getpid()}-", suffix=suffix)


def write_atomic(path: str, data: bytes) -> None:
    """Write a small file (a model, a report) through a temporary file beside it, renamed when complete."""
    fd, tmp = part_file(path, ".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        publish(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def publish(tmp: str, path: str) -> None:
    """Atomically move a finished temporary file (mode 0600 from mkstemp) to ``path`` with the normal
    permissions a new file gets (0666 minus the umask)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, path)


class OutputError(OSError):
    """An output cannot be created or written."""


class GdalErrors:
    """GDAL's last-error slot, seen from Python through ``osgeo.gdal`` when it shares rasterio's libgdal.

    GDAL reports a write that fails at flush time (disk full, quota, file-size limit) only through its
    error slot and closes the file "successfully" with blocks missing: without a check a full disk would
    publish a file that opens and looks complete. The check works where both run on one library (a
    single libgdal mapped in the process); where it does not (e.g. a rasterio wheel with its own libgdal,
    or not Linux), :func:`verify_raster` reads the file back instead."""

    _shared = None
    _gdal = None

    @classmethod
    def gdal(cls):
        if cls._shared is None:
            cls._shared = False
            try:
                import rasterio
                from osgeo import gdal

                _ = rasterio.__gdal_version__  # rasterio (and its libgdal) loaded before the comparison

                cls._shared = _one_libgdal_loaded()
                cls._gdal = gdal
            except Exception:  # noqa: BLE001 - no osgeo: fall back to reading back
                cls._shared = False
        return cls._gdal if cls._shared else None

    @classmethod
    def reset(cls) -> None:
        g = cls.gdal()
        if g is not None:
            g.ErrorReset()

    @classmethod
    def check(cls, path: str) -> None:
        """Raise OutputError if GDAL recorded a failure in this thread since reset()."""
        g = cls.gdal()
        if g is not None and g.GetLastErrorType() >= g.CE_Failure:
            msg = g.GetLastErrorMsg()
            g.ErrorReset()
            raise OutputError(tr("writing {path} failed ({error}); the disk is probably full - free some space or "
                                 "choose another output folder", path=path, error=msg))


def _one_libgdal_loaded() -> bool:
    """True when rasterio and osgeo.gdal run on the same libgdal (one libgdal mapped in this process)."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as fh:
            libs = {line.split()[-1] for line in fh if "libgdal" in line and line.split()[-1].startswith("/")}
    except OSError:  # not Linux: cannot tell, read the files back instead
        return False
    return len({os.path.realpath(p) for p in libs}) == 1


def verify_raster(tmp: str, path: str) -> None:
    """After closing a finished temporary GeoTIFF: read every block back when GDAL's error slot cannot be
    checked from Python (see :class:`GdalErrors`); a no-op where it can (the check ran at each write)."""
    if GdalErrors.gdal() is not None:
        return
    import rasterio
    from rasterio.errors import RasterioError

    try:
        with rasterio.open(tmp) as ds:
            for _ij, win in ds.block_windows(1):
                ds.read(window=win)
    except (RasterioError, OSError) as exc:
        raise OutputError(tr("writing {path} failed: the file is incomplete ({error}); the disk is probably full - "
                             "free some space or choose another output folder", path=path, error=exc)) from None


def folder_problem(path: str) -> Optional[str]:
    """Why the folder of ``path`` cannot receive a file, in words ("…; choose …"), or None when it can: a parent
    that is a file, a folder that does not exist, a folder where a file cannot be created. The last is tried for
    real (a temporary file created and removed): ``os.access`` answers yes to root everywhere, /proc included."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    if os.path.isdir(folder):
        return _unwritable(folder)
    parent = _existing_ancestor(folder)
    if parent and os.path.exists(parent) and not os.path.isdir(parent):
        return tr("{path} is a file, not a folder; choose an output path inside a folder", path=parent)
    return tr("folder {path} does not exist; create it or choose another output", path=folder)


def _existing_ancestor(path: str) -> str:
    """``path`` itself when it exists, else its nearest existing parent (the root at worst)."""
    while path and not os.path.exists(path):
        up = os.path.dirname(path)
        if up == path:
            break
        path = up
    return path


def _unwritable(folder: str) -> Optional[str]:
    """Why no file can be created in the existing ``folder``, in words ending with the fix, or None."""
    reason = _probe(folder)
    return tr("no file can be created in folder {path} (the system says: {reason}); choose a folder you can write "
              "to", path=folder, reason=reason) if reason else None


def _probe(folder: str) -> Optional[str]:
    """None when a file can be created in the existing ``folder`` (a hidden temporary file, removed at once),
    else the system's reason."""
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".eolatent-probe-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def write_problem(path: str) -> Optional[str]:
    """Why the file ``path`` (any kind: a report, a model, polygons) cannot be written, in words ending with the
    fix, or None when it can (its folder exists and a file was actually created and removed there)."""
    if os.path.isdir(path):
        return tr("{path} is a folder; give a file name", path=path)
    return folder_problem(path)


def check_file_writable(path: str) -> None:
    """Fail early, before any computation, if the file ``path`` cannot be written (OutputError
    "cannot write <path>: <reason>; choose …")."""
    problem = write_problem(path)
    if problem:
        raise OutputError(tr("cannot write {path}: {problem}", path=path, problem=problem))


def folder_use_problem(folder: str) -> Optional[str]:
    """Why ``folder`` cannot be used as a working folder (created when missing, e.g. a tiles folder), in words
    ending with the fix, or None when it can."""
    folder = os.path.abspath(folder)
    if os.path.exists(folder) and not os.path.isdir(folder):
        return tr("{path} is a file, not a folder; choose a folder", path=folder)
    existing = _existing_ancestor(folder)
    if not os.path.isdir(existing):
        return tr("{path} is a file, not a folder; choose a folder elsewhere", path=existing)
    return _unwritable(existing)


def replaced_input(path: str, inputs: Dict[str, str]) -> Optional[str]:
    """The name, in ``inputs`` ({real path of an input: its name}), of the input that writing ``path`` would
    replace: the same real path (symbolic links resolved), or the same file under another name (a hard link);
    None when it replaces none."""
    name = inputs.get(os.path.realpath(path))
    if name is None and os.path.exists(path):
        name = next((n for p, n in inputs.items() if os.path.exists(p) and os.path.samefile(p, path)), None)
    return name


class writing:
    """``with writing(path): …`` turns a system error (OSError with an errno) while writing ``path`` into an
    OutputError that names the file and the fix; OutputErrors (already clear) pass unchanged."""

    def __init__(self, path: str):
        self.path = path

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if self.concerns(exc):
            raise OutputError(tr("cannot write {path}: {reason}; choose a folder you can write to",
                                 path=self.path, reason=exc.strerror or exc)) from None
        return False

    def concerns(self, exc) -> bool:
        """A system error (errno set) on this output's folder, or on no named file; not an input's error."""
        if not isinstance(exc, OSError) or isinstance(exc, OutputError) or exc.errno is None:
            return False
        if not exc.filename:
            return True
        folder = os.path.dirname(os.path.abspath(self.path))
        return os.path.dirname(os.path.abspath(os.fsdecode(exc.filename))) == folder


def remove_files(paths) -> None:
    """Remove the files a failed run has already published (and their GDAL .aux.xml); missing ones are
    skipped, and an error while removing never hides the run's own error."""
    for path in paths:
        for p in (path, path + ".aux.xml") if path else ():
            try:
                if os.path.isfile(p):
                    os.unlink(p)
            except OSError:
                pass


def check_writable(path: str) -> None:
    """Fail early, before any computation, if the GeoTIFF ``path`` cannot be written."""
    ext = os.path.splitext(path)[1].lower()
    if ext not in (".tif", ".tiff"):
        raise OutputError(tr("output {path}: only GeoTIFF outputs are written; use a .tif file name", path=path))
    if os.path.isdir(path):
        raise OutputError(tr("cannot write {path}: it is a folder; give a file name ending in .tif", path=path))
    check_file_writable(path)
