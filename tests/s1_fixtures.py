# SPDX-License-Identifier: GPL-3.0-or-later
"""Fabricated Sentinel-1 inputs and prepared Slovenia S2 copies for the S1 reader and
stack builder tests.

* S1Tiling-like products: float32 linear sigma0 on an S2-tile-like UTM grid, nodata 0,
  with ``_BorderMask`` and ``LIA_`` sidecars (names and tags as documented by S1Tiling).
* A series over the Slovenia test patch in EPSG:4326 with a known field: VV a linear
  ramp of linear power along longitude, VH a constant (-20 dB).
* Copies of the real Slovenia S2 GeoTIFFs with a CLOUD_COVER tag and a sidecar cloud
  mask derived from the real s2cloudless probabilities of the same dates.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import rasterio
from rasterio.crs import CRS
from rasterio.transform import from_origin
from rasterio.warp import transform_bounds

DATA = Path(__file__).parent / "data"
SLOVENIA = DATA / "slovenia"
PYROSAR = DATA / "s1" / "S1A__IW___A_20150309T173017_VV_grd_mli_geo_norm_db.tif"
S2_DATES = ("2015-07-11", "2015-07-31", "2015-08-20", "2015-08-30", "2015-09-09")

# S1Tiling-like grid: 10 m, UTM 33N, 8 x 6 pixels
UL = (500000.0, 5000060.0)


def write_tif(path, arr, crs="EPSG:32633", transform=None, nodata=None, tags=None,
              band_tags=None, descriptions=None, units=None):
    """Write a (bands, h, w) or (h, w) array as a GeoTIFF."""
    arr = np.asarray(arr)
    if arr.ndim == 2:
        arr = arr[None]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    transform = transform or from_origin(UL[0], UL[1], 10.0, 10.0)
    profile = dict(driver="GTiff", width=arr.shape[2], height=arr.shape[1], count=arr.shape[0],
                   dtype=arr.dtype.name, crs=CRS.from_user_input(crs), transform=transform)
    if nodata is not None:
        profile["nodata"] = nodata
    with rasterio.open(path, "w", **profile) as ds:
        ds.write(arr)
        if tags:
            ds.update_tags(**tags)
        for b in range(arr.shape[0]):
            if band_tags and band_tags[b]:
                ds.update_tags(b + 1, **band_tags[b])
            if descriptions and descriptions[b]:
                ds.set_band_description(b + 1, descriptions[b])
            if units and units[b]:
                ds.set_band_unit(b + 1, units[b])
    return path


def s1tiling_values(pol: str, k: int) -> np.ndarray:
    """Known linear sigma0 (6 x 8) of polarisation *pol* on date *k* (0 = nodata corner)."""
    rows, cols = np.mgrid[0:6, 0:8]
    base = 0.05 if pol == "vv" else 0.01
    val = (base * (1 + 0.1 * cols + 0.05 * rows) * (1 + 0.2 * k)).astype(np.float32)
    val[0, 0] = 0.0  # nodata (S1Tiling: 0 = no data)
    return val


def s1tiling_series(folder, suffix="", n_dates=2,
                    with_sidecars=True):
    """S1Tiling-like VV/VH files for *n_dates* dates; returns the list of (unit, stamp)."""
    folder = Path(folder)
    combos = [("s1a", "20200108t052308"), ("s1b", "20200114txxxxxx"),
              ("s1a", "20200120t052307")][:n_dates]
    for k, (unit, stamp) in enumerate(combos):
        for pol in ("vv", "vh"):
            name = "%s_33TWM_%s_DES_022_%s%s.tif" % (unit, pol, stamp, suffix)
            tags = dict(FLYING_UNIT_CODE=unit, ORBIT_DIRECTION="DES", POLARIZATION=pol,
                        RELATIVE_ORBIT_NUMBER="022", IMAGE_TYPE="BACKSCATTERING",
                        CALIBRATION={"_NormLim": "normlim", "_GammaNaughtRTC": "gamma_naught_rtc"
                                     }.get(suffix, "sigma"),
                        S2_TILE_CORRESPONDING_CODE="33TWM")
            if "x" not in stamp:
                tags["ACQUISITION_DATETIME"] = "%s-%s-%sT%s:%s:%sZ" % (
                    stamp[0:4], stamp[4:6], stamp[6:8], stamp[9:11], stamp[11:13], stamp[13:15])
            write_tif(folder / name, s1tiling_values(pol, k), nodata=0.0, tags=tags)
            if with_sidecars and pol == "vv":
                mask = np.ones((6, 8), np.uint8)
                mask[5, :] = 0  # the border row is invalid
                write_tif(folder / name.replace(".tif", "_BorderMask.tif"), mask,
                          tags=dict(IMAGE_TYPE="MASK"))
    if with_sidecars:
        lia = (3000 + 100 * np.arange(8)[None, :] + np.zeros((6, 1))).astype(np.uint16)
        write_tif(folder / "LIA_s1a_33TWM_022.tif", lia, tags=dict(DATA_TYPE="100 * degrees(LIA)"))
    return combos


# --------------------------------------------------------------------------- Slovenia area

def slovenia_grid():
    with rasterio.open(SLOVENIA / "S2L1C_TOA_13band_2015-07-11.tif") as ds:
        return ds.crs, ds.transform, ds.width, ds.height, ds.bounds


def vv_ramp(lon):
    """Linear-power VV field of the EPSG:4326 series (a linear ramp along longitude)."""
    return 0.02 + 4.0 * (np.asarray(lon, dtype=np.float64) - 14.50)


VH_CONST = 0.01  # -20 dB


def s1_series_wgs84(folder, dates=("2015-07-15", "2015-08-02", "2015-08-26", "2015-09-07"),
                    db=True, pixel=0.0001, margin=0.002):
    """Generic per-date S1 files (S1_VV_<date>_db.tif / S1_VH_...) in EPSG:4326 covering
    the Slovenia patch with a margin: VV = vv_ramp(lon), VH = VH_CONST (linear power)."""
    crs, _, _, _, b = slovenia_grid()
    w, s, e, n = transform_bounds(crs, "EPSG:4326", *b)
    w, s, e, n = w - margin, s - margin, e + margin, n + margin
    width, height = int(np.ceil((e - w) / pixel)), int(np.ceil((n - s) / pixel))
    tr = from_origin(w, n, pixel, pixel)
    lon = w + (np.arange(width) + 0.5) * pixel
    vv = np.broadcast_to(vv_ramp(lon)[None, :], (height, width)).astype(np.float64)
    vh = np.full((height, width), VH_CONST, np.float64)
    folder = Path(folder)
    for d in dates:
        for pol, val in (("VV", vv), ("VH", vh)):
            data = (10 * np.log10(val)) if db else val
            write_tif(folder / ("S1_%s_%s%s.tif" % (pol, d, "_db" if db else "")),
                      data.astype(np.float32), crs="EPSG:4326", transform=tr, nodata=-9999.0,
                      tags=dict(PLATFORM="Sentinel-1A", ORBIT_DIRECTION="ASCENDING",
                                CALIBRATION="sigma0"))
    return tr, (width, height)


def slovenia_s2_copies(folder, dates=S2_DATES, threshold=50):
    """Copies of the real Slovenia S2 files with CLOUD_COVER (percent of pixels whose
    s2cloudless probability exceeds *threshold*) and a sidecar CLOUD mask; returns
    {date: cloud cover}."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    covers = {}
    with rasterio.open(SLOVENIA / "CLP_68dates_s2cloudless.tif") as clp:
        index = {d[:10]: i + 1 for i, d in enumerate(clp.descriptions)}
        for d in dates:
            prob = clp.read(index[d])
            cloud = (prob > threshold).astype(np.uint8)
            covers[d] = float(100.0 * cloud.mean())
            dst = folder / ("S2L1C_TOA_13band_%s.tif" % d)
            shutil.copyfile(SLOVENIA / dst.name, dst)
            with rasterio.open(dst, "r+") as ds:
                ds.update_tags(CLOUD_COVER="%.3f" % covers[d], SENSOR="Sentinel-2A")
            write_tif(folder / ("S2L1C_TOA_13band_%s_mask.tif" % d), cloud, crs=clp.crs,
                      transform=clp.transform, descriptions=["CLOUD"])
    shutil.copyfile(SLOVENIA / "LULC.tif", folder / "LULC.tif")  # not S2: to be skipped
    return covers
