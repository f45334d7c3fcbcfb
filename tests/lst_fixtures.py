# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared helpers of the super-resolution tests: the real LST samples and small synthetic rasters."""
import os

import numpy as np
import rasterio

LST = os.path.join(os.path.dirname(__file__), "data", "lst")
MODIS = os.path.join(LST, "MOD11A1.A2019305.h14v09.006_LST.tif")
SINU = "+proj=sinu +lon_0=0 +x_0=0 +y_0=0 +R=6371007.181 +units=m +no_defs"
MODIS_PIXEL = 926.6254331383334


def airborne(name):
    with rasterio.open(os.path.join(LST, f"pyTSEB_ExampleImage_{name}.tif")) as ds:
        return ds.read(1).astype(np.float64)


def modis_window(rows=slice(576, 640), cols=slice(128, 192)):
    """Raw uint16 bands 1-8 of a (mostly cloud-free) window of the real MODIS tile and its transform."""
    with rasterio.open(MODIS) as ds:
        win = rasterio.windows.Window(cols.start, rows.start, cols.stop - cols.start, rows.stop - rows.start)
        return ds.read(window=win), ds.window_transform(win), ds.crs, list(ds.descriptions)


def write(path, data, transform, crs=SINU, nodata=None, descriptions=None, dtype=None):
    data = np.asarray(data)
    if data.ndim == 2:
        data = data[None]
    dtype = dtype or data.dtype
    with rasterio.open(path, "w", driver="GTiff", width=data.shape[2], height=data.shape[1], count=data.shape[0],
                       dtype=dtype, crs=crs, transform=transform, nodata=nodata) as ds:
        ds.write(data.astype(dtype))
        for b, d in enumerate(descriptions or [], start=1):
            ds.set_band_description(b, d)
    return str(path)
