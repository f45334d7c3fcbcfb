# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the docks put outputs the user did not name: a new folder inside QGIS's processing temporary folder,
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
