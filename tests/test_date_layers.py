# SPDX-License-Identifier: GPL-3.0-or-later
"""One layer per date for the QGIS < 3.38 temporal controller: core.outputs.band_vrts and the decode post-processing."""
import os

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from eolatent.core.outputs.band_vrts import dates_folder, write_date_vrts

DATES = ["2020-06-01", "2020-06-08", "2020-06-15"]


def _dated(path, nodata=-9999.0):
    data = np.arange(3 * 5 * 7, dtype=np.float32).reshape(3, 5, 7)
    data[1, 2, 3] = nodata
    with rasterio.open(path, "w", driver="GTiff", width=7, height=5, count=3, dtype="float32", crs="EPSG:32633",
                       transform=from_origin(500000, 5000000, 10, 10), nodata=nodata) as ds:
        ds.write(data)
        for k, d in enumerate(DATES, start=1):
            ds.set_band_description(k, f"{d} LAI [m2/m2]")
    return data


def test_each_vrt_is_its_band_with_grid_nodata_and_date(tmp_path):
    path = str(tmp_path / "lai.tif")
    data = _dated(path)
    vrts = write_date_vrts(path, DATES)
    assert vrts == [os.path.join(str(tmp_path), "lai_dates", f"lai_{d}.vrt") for d in DATES]
    for k, v in enumerate(vrts):
        with rasterio.open(v) as ds, rasterio.open(path) as src:
            assert ds.count == 1 and ds.crs == src.crs and ds.transform == src.transform
            assert ds.nodata == -9999.0 and ds.descriptions[0] == f"{DATES[k]} LAI [m2/m2]"
            assert ds.tags()["DATE"] == DATES[k]
            np.testing.assert_array_equal(ds.read(1), data[k])
            assert ds.read_masks(1)[2, 3] == (0 if k == 1 else 255)


def test_folder_moves_with_the_raster_and_is_replaced(tmp_path):
    path = str(tmp_path / "a" / "lai.tif")
    os.makedirs(os.path.dirname(path))
    data = _dated(path)
    write_date_vrts(path, DATES)
    write_date_vrts(path, DATES[:3])  # rewriting replaces the folder, leaves no temp folder
    assert sorted(os.listdir(tmp_path / "a")) == ["lai.tif", "lai_dates"]
    os.rename(tmp_path / "a", tmp_path / "b")  # relative source path: still readable after a move
    with rasterio.open(str(tmp_path / "b" / "lai_dates" / "lai_2020-06-15.vrt")) as ds:
        np.testing.assert_array_equal(ds.read(1), data[2])


def test_band_count_must_match_dates(tmp_path):
    path = str(tmp_path / "lai.tif")
    _dated(path)
    with pytest.raises(ValueError, match="3 band.*2 date"):
        write_date_vrts(path, DATES[:2])
    assert not os.path.exists(dates_folder(path))


def test_date_layers_get_consecutive_fixed_ranges(qgis_iface, tmp_path):
    from qgis.core import QgsProject, QgsRasterLayerTemporalProperties

    from eolatent.processing_provider.decode_algorithm import add_date_layers

    path = str(tmp_path / "lai.tif")
    _dated(path)
    project = QgsProject()
    group = add_date_layers(project, write_date_vrts(path, DATES), DATES, "LAI", "lai by date", "Decoded LAI")
    layers = [node.layer() for node in group.findLayers()]
    assert [lyr.name() for lyr in layers] == [f"Decoded LAI {d}" for d in DATES]   # not the bare date: LAI and SM differ
    ranges = []
    for lyr in layers:
        props = lyr.temporalProperties()
        assert props.isActive() and props.mode() == QgsRasterLayerTemporalProperties.ModeFixedTemporalRange
        r = props.fixedTemporalRange()
        ranges.append((r.begin().date().toString("yyyy-MM-dd"), r.end().date().toString("yyyy-MM-dd")))
        assert r.includeBeginning() and not r.includeEnd()
    assert ranges == [("2020-06-01", "2020-06-08"), ("2020-06-08", "2020-06-15"), ("2020-06-15", "2020-06-16")]
    assert layers[0].renderer().type() == "singlebandpseudocolor"  # the LAI ramp


def test_a_rerun_to_the_same_output_reads_the_new_file_and_replaces_its_date_layers(qgis_iface, tmp_path):
    """The latent desktop audit: decode rerun with 3 dates to the path of a loaded 2-date output kept showing 2 bands
    labelled with the earlier dates (QGIS hands back the layer already loaded from that path, still reading the file
    it opened), and added a second "by date" group beside the first, two layers of each date."""
    from qgis.core import QgsProcessingContext, QgsProject, QgsRasterLayer

    from eolatent.processing_provider.decode_algorithm import decode_post_processor

    path = str(tmp_path / "lai.tif")
    dates = DATES[:2]
    with rasterio.open(path, "w", driver="GTiff", width=7, height=5, count=2, dtype="float32", crs="EPSG:32633",
                       transform=from_origin(500000, 5000000, 10, 10)) as ds:
        ds.write(np.ones((2, 5, 7), np.float32))
    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    layer = QgsRasterLayer(path, "Decoded LAI")
    project.addMapLayer(layer)
    decode_post_processor("LAI", dates, write_date_vrts(path, dates)).postProcessLayer(layer, context, None)
    other = str(tmp_path / "other.tif")             # another output's date layers are left alone
    _dated(other)
    decode_post_processor("LAI", DATES, write_date_vrts(other, DATES)).postProcessLayer(
        project.addMapLayer(QgsRasterLayer(other, "Other")), context, None)
    assert layer.bandCount() == 2 and len(project.mapLayers()) == 2 + 2 + 3
    _dated(path)                                   # the rerun: 3 dates written over the file the layer reads
    decode_post_processor("LAI", DATES, write_date_vrts(path, DATES)).postProcessLayer(layer, context, None)
    assert layer.bandCount() == 3 and layer.bandName(3).endswith(f"{DATES[2]} LAI [m2/m2]")
    groups = project.layerTreeRoot().findGroups()
    assert sorted(g.name() for g in groups) == ["Decoded LAI by date", "Other by date"]
    mine = [g for g in groups if g.name() == "Decoded LAI by date"][0]
    assert [n.layer().name() for n in mine.findLayers()] == [f"Decoded LAI {d}" for d in DATES]
    assert len(project.mapLayers()) == 2 + 3 + 3
