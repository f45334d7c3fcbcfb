# SPDX-License-Identifier: GPL-3.0-or-later
"""Stack dock: scanning S2/S1 folders in a task lists the dates, sensors and cloud covers; the date range and
maximum cloud cover tick the rows; "Build" runs eolatent:buildstack with exactly the widgets' parameters
(drawn rectangle, unticked middle date through a selection folder) and loads the styled stacks; errors go to
the message bar with the algorithm's message."""
import os
import sys
from pathlib import Path

import numpy as np
import pytest
import rasterio

sys.path.insert(0, str(Path(__file__).parent))
import s1_fixtures as fx  # noqa: E402
from desktop_fixtures import wait_for_task  # noqa: E402

S2_DAYS = ["2015-07-11", "2015-07-31", "2015-08-20", "2015-08-30", "2015-09-09"]
S1_DAYS = ["2015-07-15", "2015-08-02", "2015-08-26", "2015-09-07"]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("stackdock")
    covers = fx.slovenia_s2_copies(root / "s2")
    fx.s1_series_wgs84(root / "s1")
    return root, covers


@pytest.fixture()
def dock(qgis_iface, eolatent_provider, inputs, tmp_path):
    from qgis.core import QgsProject

    from eolatent.plugin.stack_dock import StackDock
    from eolatent.processing_provider.buildstack_algorithm import BuildStackAlgorithm

    if eolatent_provider.algorithm("buildstack") is None:
        eolatent_provider.addAlgorithm(BuildStackAlgorithm())
    d = StackDock(qgis_iface)
    root, _ = inputs
    d.s2_edit.setText(str(root / "s2"))
    d.s1_edit.setText(str(root / "s1"))
    d.out_edit.setText(str(tmp_path))
    yield d
    QgsProject.instance().removeAllMapLayers()
    qgis_iface.messageBar().clearWidgets()        # shared with the other docks' tests
    qgis_iface.messageBar().clear_messages()


def _rows(d):
    from qgis.PyQt.QtCore import Qt

    return [(d.table.item(r, 1).text(), d.table.item(r, 2).text().split(" ")[0], d.table.item(r, 3).text(),
             d.table.item(r, 0).checkState() == Qt.Checked) for r in range(d.table.rowCount())]


def _scan(d):
    got = []
    d.scanned.connect(got.append)
    d.scan()
    assert d.scan_task is not None  # in the background
    wait_for_task(d, "scan_task", timeout=120)
    assert got == [True], d.status.text()


def test_scan_lists_dates_sensors_cloud_and_filters_tick_rows(dock, inputs):
    _, covers = inputs
    _scan(dock)
    rows = _rows(dock)
    assert [(r[0], r[1]) for r in rows if r[1] == "Sentinel-2"] == [(day, "Sentinel-2") for day in S2_DAYS]
    assert [r[0] for r in rows if r[1] == "Sentinel-1"] == S1_DAYS
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    for day, _, cloud, ticked in (r for r in rows if r[1] == "Sentinel-2"):
        assert float(cloud) == pytest.approx(covers[day], abs=0.05)
        assert ticked == (covers[day] <= 50)  # the default maximum cloud cover
    assert all(r[2] == "" and r[3] for r in rows if r[1] == "Sentinel-1")
    assert dock.table.item([r[1] for r in rows].index("Sentinel-1"), 2).text() == "Sentinel-1 S1A ASCENDING"
    assert (dock.start_edit.date().toString("yyyy-MM-dd"), dock.end_edit.date().toString("yyyy-MM-dd")) == \
        ("2015-07-11", "2015-09-09")
    from qgis.PyQt.QtCore import QDate

    dock.cloud_spin.setValue(100)
    dock.start_edit.setDate(QDate(2015, 8, 1))
    assert [r[0] for r in _rows(dock) if r[3]] == ["2015-08-02", "2015-08-20", "2015-08-26", "2015-08-30",
                                                  "2015-09-07", "2015-09-09"]


def test_build_runs_buildstack_with_the_widgets_parameters_and_loads_styled_stacks(dock, tmp_path, monkeypatch):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle

    import processing
    from eolatent.plugin import stack_dock

    _scan(dock)
    dock.set_drawn_extent(QgsRectangle(465300, 5079500, 465700, 5080000), QgsCoordinateReferenceSystem("EPSG:32633"))
    assert dock.area_box.currentIndex() == stack_dock.AREA_DRAWN
    dock.res_spin.setValue(20)
    seen = []
    from eolatent.plugin import algorithm_task

    real = algorithm_task.QgsProcessingAlgRunnerTask
    monkeypatch.setattr(algorithm_task, "QgsProcessingAlgRunnerTask",
                        lambda alg, params, *a: seen.append((alg.id(), dict(params))) or real(alg, params, *a))
    done = []
    dock.finished.connect(lambda ok, res: done.append((ok, res)))
    dock.build()
    assert dock.task is not None and not dock.build_button.isEnabled()
    wait_for_task(dock, "task", timeout=120)
    root = Path(dock.s2_edit.text()).parent
    expected = dict(S2_FOLDERS=str(root / "s2"), S1_FOLDERS=str(root / "s1"), START_DATE="2015-07-11",
                    END_DATE="2015-09-09", MAX_CLOUD=50.0, RESOLUTION=20.0,
                    EXTENT="465300.0,465700.0,5079500.0,5080000.0 [EPSG:32633]",
                    OUTPUT_S2=str(tmp_path / "stack_s2.tif"), OUTPUT_S1=str(tmp_path / "stack_s1.tif"))
    assert seen == [("eolatent:buildstack", expected)]
    assert done and done[0][0], dock.status.text()
    res = done[0][1]
    assert res["S2_DATES"] == "2015-07-11,2015-08-30,2015-09-09" and res["S1_DATES"] == ",".join(S1_DAYS)
    ref = processing.run("eolatent:buildstack", dict(expected, OUTPUT_S2=str(tmp_path / "r2.tif"),
                                                     OUTPUT_S1=str(tmp_path / "r1.tif")))
    with rasterio.open(res["OUTPUT_S2"]) as a, rasterio.open(ref["OUTPUT_S2"]) as b:
        assert a.bounds == (465300.0, 5079500.0, 465700.0, 5080000.0) and a.res == (20.0, 20.0)
        np.testing.assert_array_equal(a.read(), b.read())
    layers = {lyr.name(): lyr for lyr in QgsProject.instance().mapLayers().values()}
    s2, s1 = layers["Sentinel-2 stack (3 dates)"], layers["Sentinel-1 stack (4 dates)"]
    assert s2.source() == res["OUTPUT_S2"] and s1.source() == res["OUTPUT_S1"]
    r = s2.renderer()
    with rasterio.open(res["OUTPUT_S2"]) as ds:
        names = list(ds.descriptions)
    assert r.type() == "multibandcolor"
    assert [names[b - 1] for b in (r.redBand(), r.greenBand(), r.blueBand())] == \
        ["B04 2015-07-11", "B03 2015-07-11", "B02 2015-07-11"]
    assert r.redContrastEnhancement().maximumValue() == pytest.approx(0.3)
    assert s1.renderer().type() == "singlebandpseudocolor" and s1.renderer().band() == 1
    assert s1.renderer().classificationMin() == -25.0


def test_unticked_middle_date_is_left_out_through_a_selection_folder(dock, tmp_path):
    _scan(dock)
    dock.s1_edit.setText("")
    dock.set_products([p for p in dock.products if p.sensor == "S2"])
    dock.cloud_spin.setValue(100)
    dock.set_chosen(lambda p: p.date.isoformat() in ("2015-07-11", "2015-08-20", "2015-09-09"))
    p = dock.parameters()
    assert p["START_DATE"] == "2015-07-11" and p["END_DATE"] == "2015-09-09" and "S1_FOLDERS" not in p
    linked = sorted(os.listdir(p["S2_FOLDERS"]))
    assert linked == ["S2L1C_TOA_13band_%s%s.tif" % (d, m) for d in ("2015-07-11", "2015-08-20", "2015-09-09")
                      for m in ("", "_mask")]
    done = []
    dock.finished.connect(lambda ok, res: done.append((ok, res)))
    dock.build()
    wait_for_task(dock, "task", timeout=120)
    assert done[0][0] and done[0][1]["S2_DATES"] == "2015-07-11,2015-08-20,2015-09-09"


def test_errors_reach_the_message_bar(dock, inputs, qgis_iface):
    root, _ = inputs
    dock.s1_edit.setText(str(root / "s2"))  # Sentinel-2 files in the Sentinel-1 folder
    got = []
    dock.scanned.connect(got.append)
    dock.scan()
    wait_for_task(dock, "scan_task", timeout=120)
    assert got == [False] and "keep Sentinel-2 and Sentinel-1 in separate folders" in dock.status.text()
    dock.s1_edit.setText(str(root / "s1"))
    dock.s2_edit.setText("")
    from qgis.PyQt.QtCore import QDate

    dock.start_edit.setDate(QDate(2019, 1, 1))
    dock.end_edit.setDate(QDate(2019, 12, 31))
    done = []
    dock.finished.connect(lambda ok, res: done.append(ok))
    dock.build()  # not scanned: the date edits are sent
    wait_for_task(dock, "task", timeout=120)
    assert done == [False] and "no Sentinel-1 product in the date range" in dock.status.text()
    dock.area_box.setCurrentIndex(4)
    dock.drawn = None
    dock.build()
    assert dock.task is None and "Draw a rectangle" in dock.status.text()


def test_unticked_bands_become_the_bands_parameter(dock):
    from qgis.PyQt.QtCore import Qt

    _scan(dock)
    assert "BANDS" not in dock.parameters()  # every band ticked: no restriction
    keep = ("B02", "B03", "B04", "B08")
    for i in range(dock.band_list.count()):
        item = dock.band_list.item(i)
        item.setCheckState(Qt.Checked if item.text() in keep else Qt.Unchecked)
    assert dock.parameters()["BANDS"] == "B02,B03,B04,B08"


def test_the_stack_name_names_the_layers(dock, slovenia_tif):
    """Two builds named "slovenia" and "slovenia_cancel" were both "Sentinel-2 stack (5 dates)" in the Layers panel."""
    from qgis.core import QgsProject

    dock.name_edit.setText("slovenia")
    dock.stack_name = dock.name_edit.text().strip()        # as build() records it when the run starts
    dock._done(True, {"OUTPUT_S2": slovenia_tif, "S2_DATES": "2015-07-11"}, "")
    names = [lyr.name() for lyr in QgsProject.instance().mapLayers().values()]
    assert "slovenia: Sentinel-2 stack (1 date)" in names


def test_the_area_layer_is_offered_only_for_the_layer_areas(dock):
    from eolatent.plugin.stack_parameters import AREA_ALL, AREA_DRAWN, AREA_LAYER_EXTENT, AREA_LAYER_POLYGONS

    enabled = {}
    for mode in (AREA_ALL, AREA_LAYER_EXTENT, AREA_LAYER_POLYGONS, AREA_DRAWN):
        dock.area_box.setCurrentIndex(mode)
        enabled[mode] = dock.area_layer.isEnabled()
    assert enabled == {AREA_ALL: False, AREA_LAYER_EXTENT: True, AREA_LAYER_POLYGONS: True, AREA_DRAWN: False}


def test_the_dock_says_when_clouds_were_found_by_the_rules(dock, slovenia_tif):
    """Without the s2cloudless model, buildstack falls back to the spectral rules and says so in the log only."""
    from qgis.core import QgsProcessingFeedback

    dock.feedback = QgsProcessingFeedback()
    dock.feedback.pushInfo("2015-07-11: clouds by eolatent.cloud.rules 1 (the s2cloudless model is not installed: "
                           "Raster ▸ EO Latent ▸ Models… in QGIS, or `python -m eolatent models install x`)")
    dock._done(True, {"OUTPUT_S2": slovenia_tif, "S2_DATES": "2015-07-11"}, "")
    assert "spectral rules" in dock.status.text() and "Models…" in dock.status.text()
    dock.feedback = QgsProcessingFeedback()
    dock._done(True, {"OUTPUT_S2": slovenia_tif, "S2_DATES": "2015-07-11"}, "")
    assert "spectral rules" not in dock.status.text()


def test_dates_that_are_cloud_everywhere_are_said_in_the_dock(dock, tmp_path):
    """The scan table cannot give a per-date GeoTIFF's cloud cover ("unknown"), and the build's warning that two
    Slovenia dates are cloud or shadow almost everywhere went to the Log Messages panel only: it is in the dock's
    status now, and in the message bar."""
    slovenia = os.path.join(os.path.dirname(__file__), "data", "slovenia")
    dock.s2_edit.setText(slovenia)
    dock.s1_edit.setText("")
    dock.area_box.setCurrentIndex(0)
    done = []
    dock.finished.connect(lambda ok, res: done.append(ok))
    dock.build()
    wait_for_task(dock, "task", timeout=180)
    assert done == [True], dock.status.text()
    status = dock.status.text()
    assert "2015-07-31 (100.0 %)" in status and "cloud or shadow almost everywhere" in status, status
    from qgis.core import Qgis

    shown = [(w.title(), w.text(), w.level()) for w in dock.iface.messageBar().items()]
    assert any(t == "Build stack" and "cloud or shadow almost everywhere" in x and level == Qgis.Warning
               for t, x, level in shown), shown


def test_one_banner_at_a_time_the_draw_button_follows_the_map_tool_and_the_dock_scrolls(dock, qgis_iface, tmp_path):
    """The desktop audit: old red banners of every dock queued and came back after a later success ("… 4 more");
    the Draw button stayed pressed when another map tool was chosen (or the dock closed), leaving the extent tool on;
    the dock could not shrink below 441 × 726 px (its Build button was off a 768-px-high screen); a build refused
    for its area left an empty temporary folder; a new output folder typed by the user was refused."""
    from qgis.gui import QgsMapToolPan
    from qgis.PyQt.QtWidgets import QScrollArea

    from eolatent.plugin.algorithm_task import clear_banners

    bar = qgis_iface.messageBar()
    clear_banners(qgis_iface)
    dock.show_message("first error", error=True)
    dock.show_message("second error", error=True)
    assert [w.text() for w in bar.items()] == ["second error"]
    dock.clear_messages()
    assert bar.items() == []
    # the Draw button and the map tool
    canvas = qgis_iface.mapCanvas()
    dock.draw_button.setChecked(True)
    assert canvas.mapTool() is dock.extent_tool
    pan = QgsMapToolPan(canvas)
    canvas.setMapTool(pan)
    assert not dock.draw_button.isChecked() and canvas.mapTool() is pan
    dock.draw_button.setChecked(True)
    dock.visibilityChanged.emit(False)              # the dock closed
    assert not dock.draw_button.isChecked() and canvas.mapTool() is not dock.extent_tool
    # the dock scrolls: its minimum height is no longer the whole form's
    assert isinstance(dock.widget(), QScrollArea) and dock.minimumSizeHint().height() < 400
    # a refused area leaves no temporary folder; a new output folder in an existing parent is made
    from eolatent.plugin import temp_outputs

    made = []
    real = temp_outputs.temp_output_folder
    import eolatent.plugin.stack_parameters as sp      # where the dock's parameters are made

    sp.temp_output_folder = lambda prefix: made.append(prefix) or real(prefix)
    try:
        dock.s2_edit.setText(str(tmp_path))
        dock.area_box.setCurrentIndex(4)
        dock.drawn = None
        with pytest.raises(ValueError, match="Draw a rectangle"):
            dock.parameters()
        assert made == []
        dock.area_box.setCurrentIndex(0)
        dock.out_edit.setText(str(tmp_path / "new_folder"))
        params = dock.parameters()
        assert (tmp_path / "new_folder").is_dir() and params["OUTPUT_S2"] == str(tmp_path / "new_folder" / "stack_s2.tif")
        assert made == []
        dock.out_edit.setText("")                       # no folder given: a temporary one, made through the patch
        params = dock.parameters()
        assert made == ["eolatent-stack-"] and params["OUTPUT_S2"].endswith("stack_s2.tif")
    finally:
        sp.temp_output_folder = real


def test_the_band_list_follows_the_scanned_products(dock):
    """The band list kept B01, B8A, B09 and B10 ticked for products without them; the build then said so."""
    import datetime as dt

    from qgis.PyQt.QtCore import Qt

    from eolatent.core.inputs.stackbuild.products import Product

    full = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12")
    nine = ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B11", "B12")
    dock.set_products([Product("S2", dt.date(2020, 5, 1), None, "/x/a.tif", bands=full),
                       Product("S2", dt.date(2020, 6, 1), None, "/x/b.tif", bands=nine)])
    items = {dock.band_list.item(i).text(): dock.band_list.item(i) for i in range(dock.band_list.count())}
    for b, item in items.items():
        assert bool(item.flags() & Qt.ItemIsEnabled) == (b in nine), b
        assert (item.checkState() == Qt.Checked) == (b in nine), b
    assert items["B8A"].toolTip() == "Not in 1 of the 2 Sentinel-2 products found (e.g. b.tif)."
    dock.set_products([Product("S2", dt.date(2020, 5, 1), None, "/x/a.tif", bands=full)])     # another scan
    assert all(item.flags() & Qt.ItemIsEnabled and item.checkState() == Qt.Checked for item in items.values())
