# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the demo Sentinel-2 stack from the real Slovenia sample shipped in tests/data/slovenia.

Five dates of 13-band L1C reflectance (0–1), cloud-masked twice: by the reader's own cloud and shadow
detection (these per-date GeoTIFFs carry no mask: s2cloudless on L1C, core/inputs/sentinel2/clouds.py) and by the
sample's published s2cloudless probabilities (≥ 40 % = cloud); sun angles computed from the real
acquisition times at the tile centre.
The view geometry of the sample is unknown: the demo passes VIEW_ZENITH/RELATIVE_AZIMUTH to the algorithm.
"""
import datetime as dt
import glob
import os
import sys

import numpy as np
import rasterio
from rasterio.warp import transform as warp_transform

from eolatent.core.inputs.sentinel2 import Grid, open_s2, write_s2_stack
from eolatent.core.inputs.solar import sun_angles

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "data", "slovenia")
# acquisition times of the five dates (eo-learn TestEOPatch timestamps, UTC)
TIMES = {"2015-07-11": "10:00:08", "2015-07-31": "10:00:09", "2015-08-20": "10:07:28",
         "2015-08-30": "10:05:47", "2015-09-09": "10:00:17"}


def main(out: str) -> None:
    files = sorted(glob.glob(os.path.join(DATA, "S2L1C_TOA_13band_*.tif")))
    with rasterio.open(os.path.join(DATA, "CLP_68dates_s2cloudless.tif")) as clp_ds:
        clp = clp_ds.read(list(range(1, len(files) + 1))).astype(np.float32) / 100.0
    cubes, dates, angles = [], [], []
    for k, path in enumerate(files):
        with open_s2(path) as src:
            grid = src.grid
            names = src.band_names
            window = rasterio.windows.Window(0, 0, grid.width, grid.height)
            refl, valid = src.read(0, window, names)
            day = src.dates[0].strftime("%Y-%m-%d")
        refl[:, ~valid | (clp[k] >= 0.4)] = np.nan
        when = dt.datetime.fromisoformat(f"{day}T{TIMES[day]}")
        cx, cy = grid.transform * (grid.width / 2, grid.height / 2)
        lon, lat = warp_transform(grid.crs, "EPSG:4326", [cx], [cy])
        sza, saa = sun_angles(when, lat[0], lon[0])
        cubes.append(refl)
        dates.append(when)
        angles.append(dict(sun_zenith=round(sza, 2), sun_azimuth=round(saa, 2), view_zenith=None, view_azimuth=None))
    cloud = [float(np.mean(np.isnan(c[0])) * 100) for c in cubes]
    write_s2_stack(out, Grid(grid.crs, grid.transform, grid.width, grid.height), dates, names,
                   np.stack(cubes), angles=angles, cloud_cover=cloud)
    print(f"wrote {out}: {len(dates)} dates, cloud cover % {[round(c) for c in cloud]}")


if __name__ == "__main__":
    main(sys.argv[1])
