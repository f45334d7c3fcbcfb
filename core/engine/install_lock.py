# SPDX-License-Identifier: GPL-3.0-or-later
"""One install of a model file at a time (core/engine/model_download.py, model_manager.py): a lock file per
destination in the temporary folder, held with the platform's own exclusive lock."""
from __future__ import annotations

import os
from typing import Type

from ..i18n import tr


def _lock_calls():
    """(try_lock(fd), unlock(fd), unlock_before_remove) of the platform: POSIX ``flock``, Windows ``msvcrt`` byte-range
    locks (a file open elsewhere cannot be removed there: unlock and close first, then try), or None."""
    try:
        import fcntl
    except ImportError:
        try:
            import msvcrt
        except ImportError:       # pragma: no cover - neither: install without the lock, as before it existed
            return None
        return (lambda fd: msvcrt.locking(fd, msvcrt.LK_NBLCK, 1), lambda fd: msvcrt.locking(fd, msvcrt.LK_UNLCK, 1),
                True)
    return lambda fd: fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB), lambda fd: fcntl.flock(fd, fcntl.LOCK_UN), False


class InstallLock:
    """An exclusive lock for one install of a file (POSIX ``flock``, Windows ``msvcrt.locking``): two installs of the
    same file at once would write one part file and both fail the hash check; the second is told that the first is
    running (``error``: the caller's exception class). The lock is a small file of its own in the temporary folder,
    named by the destination (the part file itself is removed and written afresh when a download starts again, which
    a lock on it would not survive); the install that holds it removes it, and an install that locked a file removed
    meanwhile opens it again."""

    def __init__(self, part: str, name: str, error: Type[Exception] = RuntimeError):
        import hashlib
        import tempfile

        self.part, self.name, self.fd, self.error = part, name, None, error
        # one key per file, however it is spelt: through a link, or in another case on Windows
        key = hashlib.sha256(os.path.normcase(os.path.realpath(part)).encode("utf-8")).hexdigest()[:24]
        self.path = os.path.join(tempfile.gettempdir(), "eolatent-install-locks", key + ".lock")
        self.calls = _lock_calls()

    def __enter__(self):
        if self.calls is None:    # pragma: no cover - a platform without either
            return self
        try_lock = self.calls[0]
        for _ in range(5):        # the lock file is removed by the install that held it: lock one that is in place
            try:
                os.makedirs(os.path.dirname(self.path), exist_ok=True)
                fd = os.open(self.path, os.O_RDONLY | os.O_CREAT, 0o666)
            except OSError:       # no usable temporary folder: install without the lock, as before it existed
                return self
            try:
                try_lock(fd)
            except OSError:
                os.close(fd)
                raise self.error(tr("another install of {file} is running (it holds {part}); wait for it to "
                                           "end, then run this one again if it failed", file=self.name,
                                           part=self.part)) from None
            if self.calls[2]:     # Windows: a file open here cannot be removed meanwhile, nothing to check
                self.fd = fd
                return self
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except OSError:
                same = False
            if same:
                self.fd = fd
                return self
            os.close(fd)          # removed (and perhaps re-created) meanwhile by the install that held it: again
        return self

    def __exit__(self, *exc):
        if self.fd is not None:
            _, unlock, unlock_first = self.calls
            if unlock_first:             # Windows: a file open elsewhere is not removed, so a waiting install keeps it
                try:
                    unlock(self.fd)
                except OSError:
                    pass
                os.close(self.fd)
            try:
                os.remove(self.path)       # POSIX: before releasing it, so a waiting install opens a new one
            except OSError:
                pass
            if not unlock_first:
                os.close(self.fd)
            self.fd = None
        return False
