# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared plumbing of the raster sources: a cache of open datasets and the close/context-manager part."""
from __future__ import annotations

from typing import Dict, Type

import contextlib
import rasterio
from rasterio.errors import RasterioError

from ..engine.closable import Closable
from ..i18n import tr


class DatasetCache:
    """Open rasterio datasets by path, once. ``error`` is raised (naming the file and the fix) when a file
    cannot be opened. Not thread-safe by itself: sources serialise reads with a lock."""

    error: Type[Exception] = ValueError

    def __init__(self):
        self._ds: Dict[str, "rasterio.io.DatasetReader"] = {}

    def dataset(self, path):
        """The open dataset for ``path`` (opened on first use)."""
        path = str(path)
        ds = self._ds.get(path)
        if ds is None:
            try:
                ds = rasterio.open(path)
            except (RasterioError, OSError) as exc:
                raise self.error(tr(
                    "cannot open {path} as a raster (GDAL: {error}); the file is missing, truncated or corrupt - "
                    "download or export it again", path=path, error=exc)) from None
            self._ds[path] = ds
        return ds

    def close(self):
        """Close every open dataset (a later read reopens them)."""
        for ds in self._ds.values():
            with contextlib.suppress(Exception):  # closing must not raise
                ds.close()
        self._ds.clear()


class ClosingSource(Closable):
    """close() and the context manager of a source holding ``self._cache`` and ``self._lock``."""

    def close(self):
        """Release the open files (a later read reopens them)."""
        with self._lock:
            self._cache.close()

