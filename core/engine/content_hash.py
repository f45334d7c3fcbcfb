# SPDX-License-Identifier: GPL-3.0-or-later
"""A content key for input files and folders that costs the same for 10 MB and 10 GB.

sha256 over, for every file (a folder: every file below it, sorted), its relative name, size and
modification time (ns) and its bytes: whole for files up to 2 MB, else 16 blocks of 64 kB spread evenly
from the first to the last byte. An edited, replaced, extended or truncated file changes the key; two
different files that share size, time and all sampled blocks would not — for keys that name inputs in
metadata and caches, not for security.
"""
from __future__ import annotations

import hashlib
import os

SAMPLE_BLOCKS, SAMPLE_BYTES = 16, 65536


def _file(path: str, rel: str, h) -> None:
    st = os.stat(path)
    h.update(f"{rel}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    with open(path, "rb") as fh:
        if st.st_size <= SAMPLE_BLOCKS * SAMPLE_BYTES * 2:
            h.update(fh.read())
            return
        for k in range(SAMPLE_BLOCKS):
            fh.seek((st.st_size - SAMPLE_BYTES) * k // (SAMPLE_BLOCKS - 1))
            h.update(fh.read(SAMPLE_BYTES))


def content_key(path: str, salt: str = "") -> str:
    """Hex sha256 of ``salt`` and the sampled content of ``path`` (a file or a folder)."""
    h = hashlib.sha256(f"salt={salt}\n".encode())
    path = os.path.abspath(path)
    if os.path.isdir(path):
        for root, _dirs, files in sorted(os.walk(path)):
            for name in sorted(files):
                full = os.path.join(root, name)
                _file(full, os.path.relpath(full, path), h)
    else:
        _file(path, os.path.basename(path), h)
    return h.hexdigest()
