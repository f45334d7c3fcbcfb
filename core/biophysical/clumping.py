# SPDX-License-Identifier: GPL-3.0-or-later
"""Foliage clumping: effective LAI → true LAI, for forests and other clumped canopies.

The retrieval networks invert PROSAIL, whose canopy (4SAIL) is a turbid medium: leaves spread at random in a
horizontal layer. A real canopy groups its leaves in shoots, crowns and rows, so the same gap fraction — and nearly
the same reflectance — is reached with more leaf area. What a turbid-medium inversion retrieves is therefore the
*effective* LAI, LAIe = Ω · LAI, where Ω (the clumping index, Nilson 1971; Chen & Black 1992) is 1 for randomly
placed leaves and about 0.5–0.9 for real canopies (lowest for conifers and open forests). Products that report the
true LAI divide by Ω, taken from a clumping-index map (for example the global 500 m MODIS-derived map of He et al.
2012, Remote Sens. Environ. 119:118–130, ORNL DAAC doi:10.3334/ORNLDAAC/1531) or from one value per biome.

Here:

* the correction is off by default (Ω = 1: the outputs are effective LAI, as SNAP's SL2P and the ATBD define them);
* ``clumping`` sets one Ω for every pixel; a clumping-index raster (any CRS and resolution: it is resampled
  bilinearly onto the Sentinel-2 grid, tile by tile) gives Ω per pixel, and the constant fills where the map has
  no value;
* LAI, CCC = LAI·Cab and CWC = LAI·Cw (and their 1σ) are divided by Ω; FAPAR and FCOVER, which depend on the gap
  fraction the sensor sees, are unchanged. Ω is taken as exact: its own error is not added to the 1σ.
"""
from __future__ import annotations

import os
from typing import Dict, Optional

import numpy as np

from ..engine.closable import Closable
from ..engine.input_checks import read_window
from .errors import BiophysicalInputError
from ..i18n import english, tr

OMEGA_RANGE = (0.3, 1.0)       # clumping indices outside this are not canopies (He et al. 2012 map: 0.33–1)
SCALED = ("LAI", "CCC", "CWC")  # variables proportional to the leaf area
PERCENT_THRESHOLD = 1.5        # a map whose values run above this is in percent (Ω × 100, as the POLDER maps)


def check_omega(value) -> float:
    """``value`` as a float Ω in :data:`OMEGA_RANGE`, else a clear error."""
    try:
        omega = float(value)
    except (TypeError, ValueError):
        raise BiophysicalInputError(tr("clumping index {value} is not a number; give a value between {low} and 1 "
                                       "(1 = no correction, effective LAI)",
                                       value=repr(value), low=OMEGA_RANGE[0])) from None
    if not OMEGA_RANGE[0] <= omega <= OMEGA_RANGE[1]:
        raise BiophysicalInputError(tr(
            "clumping index {value:g} is outside {low}–{high}: Ω is 1 for leaves placed at random and about "
            "0.5–0.9 for real canopies (1 = no correction, effective LAI)",
            value=omega, low=OMEGA_RANGE[0], high=OMEGA_RANGE[1]))
    return omega


def apply(values: Dict[str, np.ndarray], omega, variables=SCALED) -> None:
    """Divide the leaf-area variables of ``values`` (and their ``_std`` / ``_STD``) by ``omega`` in place.

    ``values`` maps names ("LAI", "LAI_std", "CCC_STD", …) to float arrays; ``omega`` is a number or an array that
    broadcasts to them (NaN where unknown: the value is left as it is)."""
    om = np.asarray(omega, np.float32)
    om = np.where(np.isfinite(om) & (om > 0), om, np.float32(1.0))
    for var in variables:
        for key in (var, var + "_std", var + "_STD"):
            if key in values:
                values[key][...] = values[key] / om


class ClumpingMap(Closable):
    """A clumping-index raster read window by window onto a target grid (bilinear; percent maps recognised).

    Values outside :data:`OMEGA_RANGE` after scaling (flags such as 253 water / 254 non-vegetated of the POLDER
    maps, 0 fill values) and the map's nodata are "no value" (NaN)."""

    def __init__(self, path: str, grid):
        import rasterio

        if not path or not os.path.exists(path):
            raise BiophysicalInputError(tr("clumping-index map {file} does not exist; give a raster of Ω (0–1 or "
                                           "percent), e.g. the global 500 m map of He et al. (2012)", file=repr(path)))
        try:
            self.ds = rasterio.open(path)
        except Exception as exc:  # noqa: BLE001 - rasterio raises several types for unreadable files
            raise BiophysicalInputError(tr("clumping-index map {file} cannot be read as a raster ({error}); give a "
                                           "GeoTIFF or another GDAL raster",
                                           file=os.path.basename(path), error=exc)) from None
        self.path, self.grid = path, grid
        name, tags = os.path.basename(path), self.ds.tags()
        variable = tags.get("EOLATENT_VARIABLE") or self.ds.tags(1).get("VARIABLE")
        what = (tr("a latent raster ({algorithm})", algorithm="eolatent:encode") if tags.get("EOLATENT_LATENT") else
                tr("a Sentinel stack ({algorithm})", algorithm="eolatent:buildstack") if tags.get("EOLATENT_STACK") else
                tr("a raster of {count} bands", count=self.ds.count) if self.ds.count > 1 else
                tr("a map of {variable} (its {tag} tag), not of Ω", variable=variable, tag="VARIABLE")
                if variable and variable.upper() not in ("CI", "OMEGA", "CLUMPING", "CLUMPING_INDEX") else None)
        if what:
            self.close()
            raise BiophysicalInputError(tr("clumping-index map {file} is {what}; a clumping-index map has one band of "
                                           "Ω (0–1 or percent): give such a raster ({command} to take one band of a "
                                           "multi-band file)", file=name, what=what, command="gdal_translate -b N"))
        if self.ds.crs is None:
            self.close()
            raise BiophysicalInputError(tr("clumping-index map {file} has no coordinate reference system; assign one "
                                           "({command}) so it can be placed on the input",
                                           file=os.path.basename(path), command="gdal_edit.py -a_srs"))
        self.scale = self._scale()
        self._check_overlap()

    def _scale(self) -> float:
        step = max(1, max(self.ds.width, self.ds.height) // 512)
        sample = read_window(self.ds, 1, out_shape=(max(1, self.ds.height // step), max(1, self.ds.width // step)),
                             masked=True, error=BiophysicalInputError, path=self.path).astype(np.float64)
        vals = sample.compressed() if np.ma.isMaskedArray(sample) else sample.ravel()
        vals = vals[np.isfinite(vals) & (vals > 0)]
        if not vals.size:
            self.close()
            raise BiophysicalInputError(tr("clumping-index map {file} holds no positive value",
                                           file=os.path.basename(self.path)))
        # percent maps: most canopy values lie in 33–100 (flags above 100 are dropped before the test)
        in_percent = np.median(vals[vals <= 100.0]) > PERCENT_THRESHOLD if (vals <= 100.0).any() else False
        scale = 0.01 if in_percent else 1.0
        usable = (vals * scale >= OMEGA_RANGE[0]) & (vals * scale <= OMEGA_RANGE[1])
        if not usable.any():
            self.close()
            raise BiophysicalInputError(tr(
                "clumping-index map {file} holds no clumping index: none of its values lies in {low:g}–{high:g} (or "
                "{low_percent:g}–{high_percent:g} %; its values span {min:.3g}–{max:.3g}); give a map of Ω",
                file=os.path.basename(self.path), low=OMEGA_RANGE[0], high=OMEGA_RANGE[1],
                low_percent=100 * OMEGA_RANGE[0], high_percent=100 * OMEGA_RANGE[1], min=vals.min(), max=vals.max()))
        return scale

    def _check_overlap(self) -> None:
        from rasterio.windows import Window

        from ..inputs.sentinel1.resample import source_window

        whole = Window(0, 0, self.grid.width, self.grid.height)
        if source_window(self.ds, self.grid, whole, 0) is None:      # the test every tile's read makes
            name = os.path.basename(self.path)
            self.close()
            raise BiophysicalInputError(tr("clumping-index map {file} does not overlap the input; give a map that "
                                           "covers the Sentinel-2 area (or set one clumping index for every pixel)",
                                           file=name))

    def _read(self, window) -> np.ndarray:
        block = read_window(self.ds, 1, window=window, masked=True, error=BiophysicalInputError,
                            path=self.path).astype(np.float32)
        vals = np.ma.filled(block, np.nan) * np.float32(self.scale)
        ok = np.isfinite(vals) & (vals >= OMEGA_RANGE[0]) & (vals <= OMEGA_RANGE[1])
        return np.where(ok, vals, np.nan)[None]

    def read(self, win) -> np.ndarray:
        """Ω (h, w) float32 of the target-grid window ``win`` (core.engine.tiling.Window, extended), NaN = no value."""
        from ..inputs.sentinel1.resample import resample_window

        rw = win.rasterio_window()
        return resample_window(self._read, 1, self.ds, self.grid, rw, "bilinear")[0]

    def close(self) -> None:
        if getattr(self, "ds", None) is not None:
            self.ds.close()
            self.ds = None



def omega_for_window(cmap: Optional[ClumpingMap], constant: float, win):
    """(Ω, pixels without a map value) of a window: the map's value where it has one, else ``constant``; Ω has
    shape (h, w), or is a 0-d array without a map."""
    if cmap is None:
        return np.asarray(constant, np.float32), 0
    om = cmap.read(win)
    missing = ~np.isfinite(om)
    return np.where(missing, np.float32(constant), om).astype(np.float32), int(missing.sum())


def describe(constant: float, map_path: Optional[str], tr=english) -> str:
    """The LAI definition: in English for the output metadata, in the user's language for the log with
    ``tr=core.i18n.tr``."""
    if map_path:
        return tr("true LAI = effective LAI / clumping index, Ω from {file} (bilinear), {value:g} where the map has "
                  "no value", file=os.path.basename(map_path), value=constant)
    if constant == 1.0:
        return tr("effective LAI (turbid-medium PROSAIL canopy, no clumping correction)")
    return tr("true LAI = effective LAI / clumping index, Ω = {value:g} for every pixel", value=constant)
