# SPDX-License-Identifier: GPL-3.0-or-later
"""Pixel plot dock: a click on a decoded LAI raster plots the series of that pixel (values read back with
rasterio) with the ±1σ band of the matching LAI_STD raster; clicks in another CRS are transformed; clicks
outside the raster or on no data give a status message."""
import os

import numpy as np
import pytest
import rasterio

import desktop_fixtures as D


@pytest.fixture(scope="module")
def decoded(tmp_path_factory):
    return D.decoded_lai(tmp_path_factory.mktemp("pixelplot"))


@pytest.fixture()
def dock(qgis_iface, decoded):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer

    from eolatent.plugin.pixel_plot_dock import PixelPlotDock

    lai, std = decoded
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:32633"))
    layers = [QgsRasterLayer(lai, "LAI decoded"), QgsRasterLayer(std, "LAI 1σ")]
    project.addMapLayers(layers)
    d = PixelPlotDock(qgis_iface)
    yield d, layers[0]
    d.unload()
    project.removeAllMapLayers()


def _centre(path, r, c):
    with rasterio.open(path) as ds:
        x, y = ds.transform * (c + 0.5, r + 0.5)
        return x, y, ds.read()[:, r, c].astype(float)


def test_click_plots_the_pixel_series_with_sigma_band(dock, decoded, qgis_iface):
    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY
    from qgis.PyQt.QtCore import Qt

    d, layer = dock
    # only the variable is listed (its 1σ raster is used for the band, not listed)
    assert d.layer_list.count() == 1 and "LAI" in d.layer_list.item(0).text()
    d.pick_button.setChecked(True)
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32633"))
    assert canvas.mapTool() is d.tool
    r, c = 7, 9
    x, y, values = _centre(decoded[0], r, c)
    sigma = _centre(decoded[1], r, c)[2]
    assert np.isfinite(values).all() and len(values) == 4
    d.tool.canvasClicked.emit(QgsPointXY(x, y), Qt.LeftButton)
    assert len(d.series) == 1 and (d.series[0].row, d.series[0].col) == (r, c)
    ax = d.axes[0]
    line = ax.get_lines()[0]
    assert np.allclose(line.get_ydata(), values)
    assert [str(v) for v in line.get_xdata()] == ["2015-07-12", "2015-07-20", "2015-08-01", "2015-08-05"]
    band = ax.collections[0].get_paths()[0].vertices[:, 1]
    assert np.allclose(np.sort(np.unique(np.round(band, 5))),
                       np.sort(np.unique(np.round(np.concatenate([values - sigma, values + sigma]), 5))))
    assert "{:.1f}".format(x) in ax.get_title() and "EPSG:32633" in ax.get_title()
    assert d.marker is not None and d.marker.center() == QgsPointXY(x, y)       # a cross where the pixel is
    # dates in QGIS's language (matplotlib's were the C library's English months): month names of QLocale
    canvas_fig = d.figure.canvas
    canvas_fig.draw()
    from qgis.PyQt.QtCore import QDate, QLocale

    labels = [t.get_text() for t in d.axes[-1].get_xticklabels() if t.get_text()]
    assert labels and any(QLocale().toString(QDate(2015, 7, 20), "MMM") in lab or
                          QLocale().toString(QDate(2015, 8, 1), "MMM") in lab for lab in labels), labels
    assert "2015" in labels[0]
    assert ax.get_ylabel() == "LAI [m2/m2]"
    assert ax.get_legend_handles_labels()[1][0] == "LAI decoded"      # the layer's name: which LAI this is
    d.pick_button.setChecked(False)
    assert canvas.mapTool() is not d.tool


def test_click_in_another_crs_is_transformed(dock, decoded):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    d, _ = dock
    r, c = 3, 4
    x, y, values = _centre(decoded[0], r, c)
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    pt = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32633"), wgs,
                                QgsProject.instance()).transform(QgsPointXY(x, y))
    d.plot_at(pt, wgs)
    assert (d.series[0].row, d.series[0].col) == (r, c)
    assert np.allclose(d.axes[0].get_lines()[0].get_ydata(), values)


def test_outside_and_nodata_clicks_are_reported(dock, decoded):
    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY

    d, _ = dock
    utm = QgsCoordinateReferenceSystem("EPSG:32633")
    got = []
    d.plotted.connect(got.append)
    d.plot_at(QgsPointXY(0.0, 0.0), utm)
    assert got[-1] == [] and "outside the raster" in d.status.text() and d.axes == []
    x, y, values = _centre(decoded[0], 0, 0)  # the latent chunk without data
    assert np.isnan(values).all()
    d.plot_at(QgsPointXY(x, y), utm)
    assert got[-1] == [] and "no data at this pixel" in d.status.text()
    d.set_checked([])
    d.plot_at(QgsPointXY(x, y), utm)
    assert "No variable chosen" in d.status.text()


def test_latent_rasters_and_stacks_are_not_listed(dock, tmp_path):
    """A latent raster (features per window) or a stack (several bands a date) is not a variable's series: it was
    listed, ticked, and drawn as one column of 640 points per date."""
    from qgis.core import QgsProject, QgsRasterLayer
    from rasterio.transform import from_origin

    d, _ = dock
    paths = []
    for name, tags in (("latent.tif", dict(EOLATENT_LATENT="1")), ("stack.tif", {})):
        path = str(tmp_path / name)
        with rasterio.open(path, "w", driver="GTiff", width=4, height=4, count=4, dtype="float32",
                           crs="EPSG:32633", transform=from_origin(500000, 5e6, 10, 10)) as ds:
            ds.write(np.ones((4, 4, 4), np.float32))
            for i, desc in enumerate(("2015-07-11 Z000", "2015-07-11 Z001", "2015-08-11 Z000", "2015-08-11 Z001")):
                ds.set_band_description(i + 1, desc if name == "latent.tif" else f"B0{i + 2} {desc[:10]}")
            ds.update_tags(**tags)
        paths.append(path)
    QgsProject.instance().addMapLayers([QgsRasterLayer(p, os.path.basename(p)) for p in paths])
    d.refresh_layers()
    assert [d.layer_list.item(i).text().split(" (")[0] for i in range(d.layer_list.count())] == ["LAI decoded"]


def test_two_layers_share_one_time_axis(dock, decoded, tmp_path):
    """Two checked layers of other dates were drawn on two time axes of their own (07-08…09-08 against 07-08…09-15):
    the panels share one axis now, dated under the last panel only."""
    import shutil

    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsProject, QgsRasterLayer

    d, first = dock
    other = str(tmp_path / "lai_other.tif")
    shutil.copy(decoded[0], other)
    with rasterio.open(other, "r+") as ds:                       # the same series, dated a month later
        for b in range(1, ds.count + 1):
            date = ds.tags(b)["DATE"]
            later = date[:5] + "%02d" % (int(date[5:7]) + 1) + date[7:]
            ds.update_tags(b, DATE=later)
            ds.set_band_description(b, ds.descriptions[b - 1].replace(date, later))
    layer = QgsRasterLayer(other, "LAI later")
    QgsProject.instance().addMapLayer(layer)
    d.refresh_layers()
    d.set_checked([first.id(), layer.id()])
    x, y, _ = _centre(decoded[0], 7, 9)
    d.plot_at(QgsPointXY(x, y), QgsCoordinateReferenceSystem("EPSG:32633"))
    assert len(d.axes) == 2, d.status.text()
    top, bottom = d.axes
    assert top.get_shared_x_axes().joined(top, bottom) and top.get_xlim() == bottom.get_xlim()
    d.canvas.draw()
    assert not any(t.get_visible() and t.get_text() for t in top.get_xticklabels())
    assert any(t.get_text() for t in bottom.get_xticklabels())


def test_french_locale_numbers_and_months(qgis_iface):
    """In a French QGIS the coordinates take a decimal comma and the dates French month names (matplotlib's
    formatter wrote 'Jul' / 'Aug' from the C library's locale)."""
    import datetime

    from matplotlib import dates as mdates
    from matplotlib.figure import Figure
    from qgis.PyQt.QtCore import QLocale

    from eolatent.plugin.pixel_plot_dock import coordinate_text, date_tick_formatter

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.French, QLocale.France))
    try:
        assert coordinate_text(512345.67, False) == "512345,7"
        assert coordinate_text(14.123456, True) == "14,12346"
        ax = Figure().add_subplot()
        ax.plot([datetime.date(2015, 6, 1), datetime.date(2015, 10, 1)], [1, 2])
        ax.xaxis.set_major_locator(mdates.MonthLocator())
        ax.xaxis.set_major_formatter(date_tick_formatter(ax.xaxis))
        ticks = ax.xaxis.get_majorticklocs()
        labels = [ax.xaxis.get_major_formatter()(t, i) for i, t in enumerate(ticks)]
        assert labels[:3] == ["juin\n2015", "juil.", "août"], labels
    finally:
        QLocale.setDefault(before)
