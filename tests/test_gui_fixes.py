# SPDX-License-Identifier: GPL-3.0-or-later
"""Desktop audit fixes: every Sentinel-2 band visible in the stack dock, no date filter by default, unknown
cloud cover said, headers that fit; the diagnostics list the user model folder too; the Models dialog keeps
the selected row in view and its last column stretched; the latent viewer resets its progress bar."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from desktop_fixtures import wait_for_task  # noqa: E402


def _process_events():
    from qgis.PyQt.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


@pytest.fixture()
def stack_dock(qgis_iface, eolatent_provider):
    from eolatent.plugin.stack_dock import StackDock
    from eolatent.processing_provider.buildstack_algorithm import BuildStackAlgorithm

    if eolatent_provider.algorithm("buildstack") is None:
        eolatent_provider.addAlgorithm(BuildStackAlgorithm())
    d = StackDock(qgis_iface)
    yield d
    d.hide()
    d.deleteLater()


@pytest.mark.parametrize("first,width", [(800, 360), (250, 360), (360, 300)])
def test_every_band_visible_without_scrolling(stack_dock, first, width):
    """Shown at one width, then docked / resized to a typical dock width: the bands wrap to the new width."""
    from qgis.PyQt.QtCore import Qt

    stack_dock.resize(first, 900)
    stack_dock.show()
    _process_events()
    stack_dock.resize(width, 900)
    _process_events()
    bands = stack_dock.band_list
    view = bands.viewport().rect()
    assert bands.count() == 13
    for i in range(bands.count()):
        rect = bands.visualItemRect(bands.item(i))
        assert view.contains(rect), (bands.item(i).text(), rect, view)
    assert not bands.horizontalScrollBar().isVisible() and bands.horizontalScrollBar().maximum() == 0
    assert bands.verticalScrollBar().maximum() == 0
    # several rows at this width, each band once, left to right
    tops = sorted({bands.visualItemRect(bands.item(i)).top() for i in range(bands.count())})
    assert len(tops) >= 2
    assert all(bands.item(i).checkState() == Qt.Checked for i in range(bands.count()))


def test_no_date_filter_by_default_keeps_2014_sentinel1(stack_dock, tmp_path):
    """Built without a scan, the dock sends no date limit: a Sentinel-1 date of 2014 is in the stack."""
    import s1_fixtures as fx

    fx.s1_series_wgs84(tmp_path / "s1", dates=("2014-10-09", "2015-07-15"))
    stack_dock.s1_edit.setText(str(tmp_path / "s1"))
    stack_dock.out_edit.setText(str(tmp_path))
    assert not stack_dock.date_box.isChecked() and not stack_dock.start_edit.isEnabled()
    params = stack_dock.parameters()
    assert "START_DATE" not in params and "END_DATE" not in params
    done = []
    stack_dock.finished.connect(lambda ok, res: done.append((ok, res)))
    stack_dock.build()
    wait_for_task(stack_dock, "task", timeout=120)
    assert done and done[0][0], stack_dock.status.text()
    assert done[0][1]["S1_DATES"] == "2014-10-09,2015-07-15"
    # a date changed by hand makes the dates a filter again
    from qgis.PyQt.QtCore import QDate

    stack_dock.start_edit.setDate(QDate(2015, 1, 1))
    assert stack_dock.date_box.isChecked() and stack_dock.start_edit.isEnabled()
    params = stack_dock.parameters()
    assert params["START_DATE"] == "2015-01-01" and params["END_DATE"] == QDate.currentDate().toString("yyyy-MM-dd")
    stack_dock.date_box.setChecked(False)
    assert "START_DATE" not in stack_dock.parameters()


def test_scan_says_unknown_cloud_cover_and_filter_is_open(stack_dock):
    """The Slovenia sample has no cloud metadata: "unknown", and every date ticked (no date filter)."""
    from qgis.PyQt.QtCore import Qt

    from conftest import SLOVENIA

    stack_dock.s2_edit.setText(SLOVENIA)
    got = []
    stack_dock.scanned.connect(got.append)
    stack_dock.scan()
    wait_for_task(stack_dock, "scan_task", timeout=120)
    assert got == [True]
    rows = [(stack_dock.table.item(r, 1).text(), stack_dock.table.item(r, 3).text(),
             stack_dock.table.item(r, 0).checkState() == Qt.Checked) for r in range(stack_dock.table.rowCount())]
    assert rows == [(d, "unknown", True) for d in ("2015-07-11", "2015-07-31", "2015-08-20", "2015-08-30",
                                                   "2015-09-09")]
    assert not stack_dock.date_box.isChecked()  # the edits show the dates found
    assert stack_dock.start_edit.date().toString("yyyy-MM-dd") == "2015-07-11"


def test_table_headers_fit_their_text(stack_dock):
    """Before any scan (empty table) every header but the stretched file column is as wide as its text, also
    when the text is longer (as in French)."""
    from qgis.PyQt.QtWidgets import QTableWidgetItem

    stack_dock.resize(600, 900)
    stack_dock.show()
    table = stack_dock.table
    table.setHorizontalHeaderItem(3, QTableWidgetItem("Couverture nuageuse (%)"))
    _process_events()
    header = table.horizontalHeader()
    for c in range(4):
        text = table.horizontalHeaderItem(c).text()
        assert header.sectionSize(c) >= header.fontMetrics().horizontalAdvance(text) + 8, text
        assert header.sectionSize(c) >= header.sectionSizeHint(c), text


@pytest.fixture()
def user_models(tmp_path, monkeypatch):
    """A user model folder ($EOLATENT_MODELS_DIR) holding a good copy of a shipped model and a corrupted one."""
    import os

    from eolatent.core.engine.registry import MODELS_DIR

    user = tmp_path / "user_models"
    user.mkdir()
    data = bytearray(open(os.path.join(MODELS_DIR, "soilmoisture_s1.onnx"), "rb").read())
    (user / "a_user_copy.onnx").write_bytes(bytes(data))
    i = data.find(b"\x00\x00\x80?")  # a float 1.0 in the weights
    data[i + 3] ^= 0x01
    (user / "b_user_bad.onnx").write_bytes(bytes(data))
    monkeypatch.setenv("EOLATENT_MODELS_DIR", str(user))
    return str(user)


def test_diagnostics_report_lists_the_user_model_folder(user_models):
    import glob
    import os

    from eolatent.core.engine import diagnostics, modelcard
    from eolatent.core.engine.registry import MODELS_DIR

    report = diagnostics.diagnostics_report("3.22.16-Test")
    shipped = sorted(os.path.basename(p) for p in glob.glob(os.path.join(MODELS_DIR, "*.onnx")))
    assert [(m["file"], m["where"]) for m in report["models"]] == \
        [(f, "plugin") for f in shipped] + [("a_user_copy.onnx", "user"), ("b_user_bad.onnx", "user")]
    assert report["model_folders"] == [dict(where="plugin", path=MODELS_DIR), dict(where="user", path=user_models)]
    good, bad = report["models"][-2:]
    with open(os.path.join(MODELS_DIR, "soilmoisture_s1.onnx"), "rb") as fh:
        card = modelcard.read_card(fh.read())
    assert good["verified"] and good["sha256"] == good["actual_sha256"] == card["weights_sha256"]
    assert good["folder"] == user_models and good["path"] == os.path.join(user_models, "a_user_copy.onnx")
    assert not bad["verified"] and "checksum mismatch" in bad["error"] and bad["id"] == card["id"]
    text = diagnostics.format_report(report)
    user_part = text.split(f"Installed models (user model folder {user_models}):\n")[1]
    assert user_part.startswith(f"  a_user_copy.onnx: {card['id']} {card['version']}")
    assert "b_user_bad.onnx" in user_part and "NOT VERIFIED" in user_part
    assert f"Installed models (plugin folder {MODELS_DIR}):\n  {shipped[0]}: " in text
    # another folder given explicitly is listed alone
    alone = diagnostics.diagnostics_report("x", user_models)
    assert [m["file"] for m in alone["models"]] == ["a_user_copy.onnx", "b_user_bad.onnx"]


def test_diagnostics_dialog_shows_where_and_fits_its_columns(qgis_iface, user_models):
    from eolatent.plugin.diagnostics import DiagnosticsDialog

    dlg = DiagnosticsDialog(qgis_iface)
    dlg.refresh()
    wait_for_task(dlg)
    dlg.show()
    _process_events()
    table = dlg.table
    files = [table.item(r, dlg.COL_FILE).text() for r in range(table.rowCount())]
    assert files[-2:] == ["a_user_copy.onnx", "b_user_bad.onnx"] and len(files) == len(dlg.report["models"])
    where = {table.item(r, dlg.COL_FILE).text(): table.item(r, dlg.COL_WHERE).text() for r in range(len(files))}
    assert where["a_user_copy.onnx"] == "user model folder" and where[files[0]] == "plugin folder"
    assert table.item(len(files) - 2, dlg.COL_CHECK).text() == "verified"
    bad = table.item(len(files) - 1, dlg.COL_CHECK)
    assert bad.text() == "NOT verified" and "checksum mismatch" in bad.toolTip()
    assert "b_user_bad.onnx (" in dlg.status.text() and "checksum mismatch" in dlg.status.text()
    assert user_models in dlg.folders_label.text()
    # the dialog is widened until every column, the checksum included, is within the table (as far as the
    # screen allows: the headless screen is 800 px wide)
    header = table.horizontalHeader()
    need = sum(header.sectionSize(c) for c in range(table.columnCount() - 1)) + table.sizeHintForColumn(dlg.COL_CHECK)
    screen = dlg.screen().availableGeometry().width()
    if dlg.width() < screen - 40:
        view = table.viewport().width()
        assert need <= view
        for c in range(table.columnCount()):
            assert 0 <= header.sectionViewportPosition(c)
            assert header.sectionViewportPosition(c) + header.sectionSize(c) <= view, c
        assert table.horizontalScrollBar().maximum() == 0
    else:  # as wide as the screen allows (never narrower than it was)
        assert dlg.width() == max(760, screen - 40)
    assert header.sectionSize(dlg.COL_CHECK) >= table.sizeHintForColumn(dlg.COL_CHECK)
    assert header.sectionSize(dlg.COL_CHECK) >= header.sectionSizeHint(dlg.COL_CHECK)
    # a wide screen: everything fits
    dlg.resize(760, 560)
    dlg.screen = lambda: type("S", (), {"availableGeometry": lambda self: type(
        "G", (), {"width": lambda self: 4000})()})()
    dlg.fit_table()
    _process_events()
    view = table.viewport().width()
    assert dlg.width() > 760
    for c in range(table.columnCount()):
        assert header.sectionViewportPosition(c) + header.sectionSize(c) <= view, c
    assert header.sectionSize(dlg.COL_CHECK) >= table.sizeHintForColumn(dlg.COL_CHECK)
    assert table.horizontalScrollBar().maximum() == 0
    dlg.hide()


from test_models_dialog import TEXT, folders  # noqa: E402,F401 - the plugin / user model folders fixture


def test_models_dialog_keeps_the_installed_row_in_view_and_the_last_column_stretched(qgis_iface, folders):
    from eolatent.core.engine.registry import MODELS_DIR
    from eolatent.plugin.models_dialog import ModelsDialog

    dlg = ModelsDialog(qgis_iface)
    dlg.resize(1300, 520)  # wider than the columns (the headless fonts are wide): the last one stretches
    dlg.show()  # refreshes
    _process_events()
    table, header = dlg.table, dlg.table.horizontalHeader()
    last = table.columnCount() - 1

    def check_layout():
        _process_events()
        view = table.viewport().rect()
        r = dlg.row_of(TEXT)
        rect = table.visualRect(table.model().index(r, dlg.COL_ID))
        assert dlg.selected_status().id == TEXT
        assert view.top() <= rect.top() and rect.bottom() <= view.bottom(), (rect, view)  # the whole row
        assert header.stretchLastSection()
        assert header.sectionViewportPosition(last) + header.sectionSize(last) == view.width()

    assert dlg.select_model(TEXT)
    check_layout()
    table.scrollToTop()
    assert dlg.install_from_folder(MODELS_DIR)
    wait_for_task(dlg)
    assert dlg.table.item(dlg.row_of(TEXT), dlg.COL_WHERE).text() == "installed"
    check_layout()
    dlg.unload()
    dlg.hide()


def test_latent_viewer_resets_progress_and_shows_the_whole_status(qgis_iface, tmp_path):
    import os

    from qgis.core import QgsProject, QgsRasterLayer

    import desktop_fixtures as D
    from eolatent.plugin.latent_viewer import LatentViewerDialog

    layer = QgsRasterLayer(D.write_latent(tmp_path / "mylatent.tif"), "mylatent")
    other = QgsRasterLayer(os.path.join(os.path.dirname(__file__), "data", "slovenia", "LULC.tif"),
                           "a raster layer with a long name that is not a latent raster at all")
    QgsProject.instance().addMapLayers([layer, other])
    try:
        dlg = LatentViewerDialog(qgis_iface)
        dlg.input_box.setLayer(layer)
        dlg.run()
        wait_for_task(dlg, timeout=30)
        assert dlg.progress.value() == 100 and dlg.layer is not None
        dlg.input_box.setLayer(other)
        assert dlg.progress.value() == 0  # the last run's 100 % is gone
        assert "is not a latent raster" in dlg.status.text()
        dlg.show()
        dlg.resize(dlg.minimumSizeHint())  # as small as the user can make it: the status still shows whole
        _process_events()
        status = dlg.status
        assert status.width() >= 400
        assert status.height() >= status.heightForWidth(status.width()), (status.height(), status.width())
        assert status.geometry().bottom() < dlg.run_button.geometry().top()
        dlg.hide()
    finally:
        QgsProject.instance().removeAllMapLayers()
