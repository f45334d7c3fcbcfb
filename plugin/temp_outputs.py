# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the docks put outputs: a new file name in a chosen folder (:func:`unique_path`), or, for outputs the user
did not name, a new folder inside QGIS's processing temporary folder,
which QGIS deletes when it exits, as it does its own algorithms' temporary outputs (they used to pile up in the
system's temporary folder, one per run, failed runs included)."""
from __future__ import annotations

import os
import tempfile


def temp_output_folder(prefix: str) -> str:
    """A new, empty folder named ``<prefix>…`` for one run's outputs."""
    from qgis.core import QgsProcessingUtils

    parent = QgsProcessingUtils.tempFolder()
    os.makedirs(parent, exist_ok=True)
    return tempfile.mkdtemp(prefix=prefix, dir=parent)


def unique_path(folder: str, stem: str, ext: str = ".tif") -> str:
    """``folder/stem.ext``, or ``stem_2.ext``, ``stem_3.ext``… when taken: a run saved to a folder never overwrites
    an earlier run's file (which a layer may still show)."""
    path, n = os.path.join(folder, stem + ext), 2
    while os.path.exists(path):
        path, n = os.path.join(folder, "{}_{}{}".format(stem, n, ext)), n + 1
    return path
