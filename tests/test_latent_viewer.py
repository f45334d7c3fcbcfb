# SPDX-License-Identifier: GPL-3.0-or-later
"""Latent viewer: the PCA composite of the chosen window runs in a task, the GeoTIFF equals core.latent.pca, the
layer is named with the window and the explained variance, drawn with a multiband colour renderer."""
import os

import numpy as np
import pytest
import rasterio

import desktop_fixtures as D
from eolatent.core.latent import pca


@pytest.fixture()
def viewer(qgis_iface, tmp_path):
    from qgis.core import QgsProject, QgsRasterLayer

    from eolatent.plugin.latent_viewer import LatentViewerDialog

    path = D.write_latent(tmp_path / "mylatent.tif")
    layer = QgsRasterLayer(path, "mylatent")
    other = QgsRasterLayer(os.path.join(os.path.dirname(__file__), "data", "slovenia", "LULC.tif"), "lulc")
    QgsProject.instance().addMapLayers([other, layer])
    qgis_iface.setActiveLayer(layer)
    dlg = LatentViewerDialog(qgis_iface)
    yield dlg, layer, other
    QgsProject.instance().removeAllMapLayers()


def test_composite_layer_values_name_and_renderer(viewer):
    dlg, layer, _ = viewer
    dlg.select_active_layer()
    assert dlg.input_box.currentLayer() is layer
    assert [dlg.window_box.itemText(i) for i in range(dlg.window_box.count())] == [
        "2015-07-11 – 2015-07-20", "2015-07-31 – 2015-08-09"]
    dlg.window_box.setCurrentIndex(1)
    dlg.beside_box.setChecked(True)
    got = []
    dlg.finished_composite.connect(lambda ok, lyr: got.append((ok, lyr)))
    dlg.run()
    assert dlg.task is not None and not dlg.run_button.isEnabled()
    D.wait_for_task(dlg, timeout=30)
    assert got and got[0][0]
    out = got[0][1]
    ref = pca.pca_composite(D.latent_values()[1])
    ev = 100 * ref.fit.explained
    assert out.name() == "PCA mylatent 2015-07-31 – 2015-08-09 ({:.0f}/{:.0f}/{:.0f} % of variance)".format(*ev)
    assert out.source() == os.path.join(os.path.dirname(layer.source()), "mylatent_pca_2015-07-31_2015-08-09.tif")
    with rasterio.open(out.source()) as ds:
        assert np.array_equal(ds.read(), ref.rgb)
    r = out.renderer()
    assert r.type() == "multibandcolor" and (r.redBand(), r.greenBand(), r.blueBand()) == (1, 2, 3)
    ce = r.redContrastEnhancement()
    assert (ce.minimumValue(), ce.maximumValue()) == (0, 255)
    assert "2nd and 98th percentile" in out.abstract()
    # the same window again: a new file beside the first (the first layer still shows its own) and a told-apart name
    dlg.run()
    assert dlg.progress.value() < 100          # not the last run's 100 % while it runs
    D.wait_for_task(dlg, timeout=30)
    again = got[-1][1]
    assert again.name() == out.name() + " (2)"
    assert again.source() == out.source().replace(".tif", "_2.tif") and os.path.exists(out.source())


def test_removed_latent_clears_its_windows(viewer):
    """Removing the chosen latent from the project: its windows were still listed and Show enabled (the combo moved
    to another layer without saying so); now the dialog shows the layer the combo moved to."""
    from qgis.core import QgsApplication, QgsProject

    from qgis.core import QgsRasterLayer

    dlg, layer, other = viewer
    QgsProject.instance().removeMapLayer(other.id())
    # listed after the latent: once the latent goes, it takes the latent's row, and the combo's index does not change
    stack = QgsRasterLayer(os.path.join(os.path.dirname(__file__), "data", "slovenia", "LULC.tif"), "s2_stack")
    QgsProject.instance().addMapLayer(stack)
    dlg.input_box.setLayer(layer)
    assert dlg.input_box.currentIndex() == 0
    assert dlg.window_box.count() == 2 and dlg.run_button.isEnabled()
    QgsProject.instance().removeMapLayer(layer.id())
    for _ in range(5):
        QgsApplication.processEvents()
    assert dlg.input_box.currentLayer() is stack
    assert dlg.window_box.count() == 0 and not dlg.run_button.isEnabled()
    assert "s2_stack is not a latent raster" in dlg.status.text()
    dlg.unload()


def test_not_a_latent_raster(viewer):
    dlg, _, other = viewer
    dlg.input_box.setLayer(other)
    assert dlg.window_box.count() == 0 and not dlg.run_button.isEnabled()
    assert "not a latent raster" in dlg.status.text()
    dlg.run()
    assert dlg.task is None


def test_error_reaches_the_message_bar(viewer, monkeypatch, qgis_iface):
    from eolatent.core.latent import pca as core_pca

    dlg, layer, _ = viewer
    dlg.input_box.setLayer(layer)

    def broken(*a, **k):
        raise ValueError("fewer than two valid pixels in this window")

    monkeypatch.setattr(core_pca, "write_pca_composite", broken)
    got = []
    dlg.finished_composite.connect(lambda ok, lyr: got.append(ok))
    dlg.run()
    D.wait_for_task(dlg, timeout=30)
    assert got == [False] and "fewer than two valid pixels" in dlg.status.text()
    assert dlg.run_button.isEnabled()


def test_a_window_without_valid_pixel_is_listed_but_not_offered(qgis_iface, tmp_path):
    """The fully cloudy window was offered without a hint and failed with 'fewer than two valid pixels'."""
    from qgis.core import QgsProject, QgsRasterLayer

    from eolatent.plugin.latent_viewer import LatentViewerDialog

    means = D.latent_values().copy()
    means[0] = np.nan
    path = D.write_latent(tmp_path / "cloudy.tif", means)
    with rasterio.open(path, "r+") as ds:    # the statistics the encoder writes (exact, core.outputs.geotiff)
        for b in range(1, ds.count + 1):
            v = ds.read(b)
            ds.update_tags(b, STATISTICS_VALID_PERCENT=repr(100.0 * np.isfinite(v).mean()))
    layer = QgsRasterLayer(path, "cloudy")
    QgsProject.instance().addMapLayer(layer)
    try:
        dlg = LatentViewerDialog(qgis_iface)
        dlg.input_box.setLayer(layer)
        box = dlg.window_box
        assert box.itemText(0).endswith("(no valid pixel: all cloud or no data)")
        assert not box.model().item(0).isEnabled() and box.model().item(1).isEnabled()
        assert box.currentIndex() == 1 and dlg.run_button.isEnabled()
    finally:
        QgsProject.instance().removeAllMapLayers()
