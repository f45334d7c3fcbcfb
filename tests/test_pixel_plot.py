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
    # where the pixel is: under the plot (a title inside the figure was clipped in a narrow dock)
    assert "{:.1f}".format(x) in d.status.text() and "EPSG:32633" in d.status.text() and ax.get_title() == ""
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


def test_many_layers_list_without_date_layers_and_tick_at_most_three(dock, decoded, tmp_path):
    """A decode run adds its outputs and a layer per date (VRTs for the temporal controller): every one was listed
    and ticked, the dock drew a panel each and grew QGIS's window past the screen. Now the one-date layers are not
    listed, new layers come ticked only while fewer than three are, and the plot scrolls inside the dock."""
    import shutil

    from qgis.core import QgsProject, QgsRasterLayer

    from eolatent.core.outputs.band_vrts import write_date_vrts
    from eolatent.plugin.pixel_plot_dock import TICKED_AT_MOST
    from eolatent.processing_provider.decode_algorithm import add_date_layers

    d, first = dock
    with rasterio.open(decoded[0]) as ds:
        dates = [ds.tags(b)["DATE"] for b in range(1, ds.count + 1)]
    copies = []
    for k in range(4):
        path = str(tmp_path / f"lai_copy{k}.tif")
        shutil.copy(decoded[0], path)
        copies.append(QgsRasterLayer(path, f"LAI copy {k}"))
    project = QgsProject.instance()
    add_date_layers(project, write_date_vrts(copies[0].source(), dates), dates, "LAI", "by date", "LAI copy 0")
    project.addMapLayers(copies)
    names = [d.layer_list.item(i).text().split(" (")[0] for i in range(d.layer_list.count())]
    assert sorted(names) == sorted(["LAI decoded"] + [f"LAI copy {k}" for k in range(4)])   # no one-date layer
    assert len(d.checked_layer_ids()) == TICKED_AT_MOST == 3
    assert d.plot_area.widget() is d.canvas                          # the panels scroll inside the dock


def test_list_follows_renames_and_removed_layers_leave_the_plot(dock, decoded):
    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsProject

    d, layer = dock
    layer.setName("LAI July")
    assert d.layer_list.item(0).text().startswith("LAI July (LAI")
    x, y, _ = _centre(decoded[0], 7, 9)
    d.plot_at(QgsPointXY(x, y), QgsCoordinateReferenceSystem("EPSG:32633"))
    assert len(d.axes) == 1 and d.plotted_ids == {layer.id()}
    d._mark(QgsPointXY(x, y))
    QgsProject.instance().removeMapLayer(layer.id())
    assert d.axes == [] and d.series == [] and "removed" in d.status.text()
    assert d.marker is None                       # the cross goes with its plot


def test_french_y_axis_uses_a_decimal_comma(dock, decoded):
    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY
    from qgis.PyQt.QtCore import QLocale

    d, _ = dock
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.French, QLocale.France))
    try:
        x, y, _ = _centre(decoded[0], 7, 9)
        d.plot_at(QgsPointXY(x, y), QgsCoordinateReferenceSystem("EPSG:32633"))
        d.figure.canvas.draw()
        labels = [t.get_text() for t in d.axes[0].get_yticklabels() if t.get_text()]
        assert labels and any("," in lab for lab in labels) and not any("." in lab for lab in labels), labels
    finally:
        QLocale.setDefault(before)


def test_long_layer_names_do_not_squeeze_the_panel(dock, decoded):
    """A decoded layer's French name ('Indice de surface foliaire LAI décodé (m²/m²)') in the legend made the
    constrained layout shrink the panel to a sliver with its dates piled up; the legend name is cut to the panel."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY

    d, layer = dock
    layer.setName("Indice de surface foliaire LAI décodé (m²/m²) " * 3)
    x, y, _ = _centre(decoded[0], 7, 9)
    d.plot_at(QgsPointXY(x, y), QgsCoordinateReferenceSystem("EPSG:32633"))
    d.figure.canvas.draw()
    label = d.axes[0].get_legend_handles_labels()[1][0]
    assert label.endswith("…") and label.startswith("Indice de surface") and len(label) <= max(14, d.canvas.width() // 9)
    assert d.axes[0].get_position().width > 0.5
