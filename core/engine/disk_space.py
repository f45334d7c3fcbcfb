# SPDX-License-Identifier: GPL-3.0-or-later
"""Free space where an output will be written, for the runners that check it before they write (buildstack's
stacks, superresolve's output): one lookup, so that a folder not created yet is measured on its disk (both
checks used to skip it silently, as if the space were unknown)."""
from __future__ import annotations

import os
import shutil
from typing import Optional, Tuple

from ..i18n import tr


def free_space(path) -> Optional[Tuple[str, int]]:
    """(folder, free bytes) for the output file ``path``: its folder and the free space of the disk that holds it,
    measured on the nearest existing folder up the tree when it does not exist yet; None when unknown."""
    folder = os.path.dirname(os.path.abspath(os.fspath(path)))
    probe = folder
    while not os.path.isdir(probe):
        parent = os.path.dirname(probe)
        if parent == probe:
            return None
        probe = parent
    try:
        return folder, shutil.disk_usage(probe).free
    except OSError:
        return None


def size_text(nbytes: float) -> str:
    """A size as a log line says it: in GB from 1 GB up, else in MB ("0.00256 GB" was a 2.6 MB output)."""
    if nbytes >= 999.5e6:          # what .3g would round up to "1e+03 MB"
        return tr("{size:.3g} GB", size=nbytes / 1e9)
    return tr("{size:.3g} MB", size=nbytes / 1e6)
