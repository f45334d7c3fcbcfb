# SPDX-License-Identifier: GPL-3.0-or-later
"""core/engine/content_hash.py: a cache key with companions changes when what GDAL or the readers take from beside
the file changes (its .aux.xml's offset, a sidecar mask, a VRT's source), and not when QGIS writes statistics into the
.aux.xml; the plain key (inputs named in metadata) covers the file alone."""
import os
import shutil

import numpy as np
import rasterio
from rasterio.transform import from_origin

from eolatent.core.engine.content_hash import content_key
from eolatent.core.textquery import image_cache


def _tif(path, value=100):
    with rasterio.open(path, "w", driver="GTiff", width=8, height=8, count=1, dtype="uint16", crs="EPSG:32633",
                       transform=from_origin(0, 80, 10, 10)) as ds:
        ds.write((value + np.arange(64).reshape(1, 8, 8)).astype(np.uint16))
    return str(path)


def test_companions_change_the_cache_key_statistics_do_not(tmp_path):
    path = _tif(tmp_path / "s2_2021-06-01.tif")
    plain, key = content_key(path), image_cache.content_key(path, "m")
    aux = path + ".aux.xml"
    with open(aux, "w") as fh:       # what QGIS writes when it draws the layer: statistics only
        fh.write('<PAMDataset><PAMRasterBand band="1"><Histograms><HistItem><HistMin>0</HistMin></HistItem>'
                 '</Histograms><Metadata><MDI key="STATISTICS_MEAN">100</MDI><MDI key="STATISTICS_MAXIMUM">100</MDI>'
                 '</Metadata></PAMRasterBand></PAMDataset>')
    assert image_cache.content_key(path, "m") == key
    with open(aux, "w") as fh:       # an offset declared beside the file changes every reflectance
        fh.write('<PAMDataset><Metadata><MDI key="BOA_ADD_OFFSET">-1000</MDI></Metadata><PAMRasterBand band="1">'
                 '<Metadata><MDI key="STATISTICS_MEAN">100</MDI></Metadata></PAMRasterBand></PAMDataset>')
    with_offset = image_cache.content_key(path, "m")
    assert with_offset != key
    _tif(tmp_path / "s2_2021-06-01_mask.tif", 1)                      # the S2 reader's sidecar mask
    with_mask = image_cache.content_key(path, "m")
    assert with_mask not in (key, with_offset)
    assert content_key(path) == plain                                # the plain key: the file alone


def test_a_vrt_key_covers_its_sources(tmp_path):
    src = _tif(tmp_path / "src.tif")
    vrt = str(tmp_path / "stack.vrt")
    from osgeo import gdal

    gdal.Translate(vrt, src, format="VRT")
    key = image_cache.content_key(vrt, "m")
    with open(vrt) as fh:
        assert 'relativeToVRT="1"' in fh.read()
    os.remove(src)
    shutil.copy(_tif(tmp_path / "other.tif", 200), src)               # the source replaced, the VRT unchanged
    assert image_cache.content_key(vrt, "m") != key


def test_statistics_gdal_writes_beside_a_declared_offset_do_not_change_the_key(tmp_path):
    """As QGIS does it: the offset declared through GDAL (PAM, read-only open), then statistics and histograms of every
    band computed — GDAL rewrites the indented .aux.xml, and the key stayed the offset's only once the layout was no
    longer hashed."""
    from osgeo import gdal

    path = _tif(tmp_path / "s.tif")
    ds = gdal.Open(path, gdal.GA_ReadOnly)
    ds.SetMetadataItem("BOA_ADD_OFFSET", "-1000")
    ds = None
    with_offset = image_cache.content_key(path, "m")
    ds = gdal.Open(path, gdal.GA_ReadOnly)
    band = ds.GetRasterBand(1)
    band.ComputeStatistics(False)
    band.GetDefaultHistogram(force=True)
    ds = None
    with open(path + ".aux.xml") as fh:
        text = fh.read()
    assert "STATISTICS_MEAN" in text and "Histograms" in text and "\n" in text
    assert image_cache.content_key(path, "m") == with_offset
