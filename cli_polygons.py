# SPDX-License-Identifier: GPL-3.0-or-later
"""The text query's polygons on the command line: written as GeoJSON (atomically), or computed from an assembled
probability raster after a block run."""
from __future__ import annotations

import json
from typing import List, Tuple


def write_polygons(path: str, polygons: List[dict], crs_wkt: str) -> None:
    """GeoJSON FeatureCollection (coordinates in the raster's CRS, named in a ``crs`` member)."""
    features = [{"type": "Feature", "geometry": p["geometry"], "properties": {"prompt": p["prompt"], "band": p["band"]}}
                for p in polygons]
    doc = {"type": "FeatureCollection", "features": features}
    if crs_wkt:
        from rasterio.crs import CRS

        epsg = CRS.from_wkt(crs_wkt).to_epsg()
        if epsg:
            doc["crs"] = {"type": "name", "properties": {"name": f"urn:ogc:def:crs:EPSG::{epsg}"}}
    from .core.outputs.files import write_atomic, writing

    with writing(path):  # a system error becomes "cannot write <path>: <reason>; choose …"
        write_atomic(path, json.dumps(doc).encode("utf-8"))


def polygons_from_raster(path: str, threshold: float, prompts: List[str]) -> Tuple[List[dict], str]:
    """The polygons of ``run_textquery`` computed from an assembled probability raster."""
    import numpy as np
    import rasterio
    from rasterio.features import shapes

    out = []
    with rasterio.open(path) as ds:
        crs = ds.crs.to_wkt() if ds.crs else ""
        for b, prompt in enumerate(prompts, start=1):
            maps = ds.read(b)
            m = np.isfinite(maps) & (maps >= threshold)
            if m.any():
                out += [{"geometry": g, "prompt": prompt, "band": b}
                        for g, v in shapes(m.astype(np.uint8), mask=m, transform=ds.transform) if v == 1]
    return out, crs
