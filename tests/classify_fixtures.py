# SPDX-License-Identifier: GPL-3.0-or-later
"""Data for the classify / cluster / similarity tests: the real Slovenia 5-date stack encoded with the shipped
fine4 encoder (25 × 26 latent pixels of 40 m), the real LULC reference polygons, small synthetic rasters."""
from __future__ import annotations

import json
import os
import shutil
import sys

import numpy as np

HERE = os.path.dirname(__file__)
SLOVENIA = os.path.join(HERE, "data", "slovenia")
POLYGONS = os.path.join(SLOVENIA, "LULC_reference_polygons.gpkg")
# eo-learn LULC legend colours (tests/data/slovenia/README.md)
LULC = {1: ("cultivated land", "#ffff00"), 2: ("forest", "#054907"), 3: ("grassland", "#ffa500"),
        4: ("schrubland", "#806000"), 8: ("artificial surface", "#dc143c")}


def slovenia_latent(folder) -> dict:
    """Stack (tools/make_demo_stack.py: cloud-masked with s2cloudless) and its fine4 latent raster."""
    sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
    try:
        import make_demo_stack
    finally:
        sys.path.pop(0)
    from eolatent.core.encode.raster import run_encode

    stack = os.path.join(folder, "s2_stack.tif")
    make_demo_stack.main(stack)
    latent = os.path.join(folder, "latent_fine4.tif")
    run_encode(latent, s2_path=stack, preset="fine4", provider="cpu", threads=1)
    return dict(stack=stack, latent=latent)


def slovenia_training(folder) -> dict:
    """:func:`slovenia_latent` plus its training data: ``samples`` (the reference polygons) and ``classes``."""
    from eolatent.core.classify.samples import Samples

    data = slovenia_latent(str(folder))
    geoms, ids, _, _ = polygons()
    data.update(folder=folder, samples=Samples(geoms, ids), classes=classes(ids))
    return data


def polygons(copy_to=None, keep_empty=False):
    """(GeoJSON geometries, LULC_ID, LULC_NAME) of the real reference polygons (LULC_ID 0 dropped unless
    ``keep_empty``); with ``copy_to``, also a copy of the GeoPackage there (QGIS may touch the file it opens)."""
    from osgeo import ogr

    ds = ogr.Open(POLYGONS)
    geoms, ids, names = [], [], []
    for f in ds.GetLayer():
        if f["LULC_ID"] == 0 and not keep_empty:
            continue
        geoms.append(json.loads(f.GetGeometryRef().ExportToJson()))
        ids.append(int(f["LULC_ID"]))
        names.append(f["LULC_NAME"])
    ds = None
    path = None
    if copy_to is not None:
        path = os.path.join(str(copy_to), "lulc.gpkg")
        shutil.copy(POLYGONS, path)
        os.chmod(path, 0o644)
    return geoms, np.array(ids), names, path


def classes(values):
    return [dict(value=int(v), name=LULC[int(v)][0], color=LULC[int(v)][1]) for v in sorted(set(values))]


def write_raster(path, data, transform=None, crs="EPSG:32633", nodata=None, descriptions=None, tags=None):
    import rasterio
    from rasterio.transform import from_origin

    data = np.asarray(data, np.float32)
    transform = transform or from_origin(500000.0, 5000000.0, 10.0, 10.0)
    with rasterio.open(path, "w", driver="GTiff", width=data.shape[2], height=data.shape[1], count=data.shape[0],
                       dtype="float32", crs=crs, transform=transform, nodata=nodata) as ds:
        ds.write(data)
        for i, d in enumerate(descriptions or []):
            ds.set_band_description(i + 1, d)
        if tags:
            ds.update_tags(**tags)
    return str(path)


def blobs(k=4, size=(60, 50), n_features=6, seed=0, separation=20.0):
    """(features (F, H, W), labels (H, W) 0…k−1): k well-separated Gaussian blobs laid out as patches."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(k, n_features)) * separation
    h, w = size
    labels = (np.arange(h)[:, None] * k // h + np.arange(w)[None, :] * 0) % k
    labels = (labels + (np.arange(w)[None, :] // (w // 2 + 1))) % k
    x = centres[labels].transpose(2, 0, 1) + rng.normal(size=(n_features, h, w))
    return x.astype(np.float32), labels
