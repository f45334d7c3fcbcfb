# SPDX-License-Identifier: GPL-3.0-or-later
"""Diagnostics: the report lists every models/*.onnx with its card id, version and weights checksum (a
corrupted copy is reported, not fatal), the versions and the execution providers; the dialog gathers it in a
task and "Copy report" puts the text on the clipboard."""
import glob
import os
import shutil
import sys

import pytest

from desktop_fixtures import wait_for_task
from eolatent.core.engine import diagnostics, modelcard
from eolatent.core.engine.registry import MODELS_DIR


@pytest.fixture(scope="module")
def report():
    return diagnostics.diagnostics_report("3.22.16-Test")


def test_every_model_listed_with_id_and_sha(report):
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(MODELS_DIR, "*.onnx")))
    assert [m["file"] for m in report["models"]] == files and files
    for m in report["models"]:
        with open(os.path.join(MODELS_DIR, m["file"]), "rb") as fh:
            card = modelcard.read_card(fh.read(), verify=False)
        assert (m["id"], m["version"], m["sha256"]) == (card["id"], card["version"], card["weights_sha256"])
        assert m["verified"] and m["actual_sha256"] == m["sha256"]
    text = diagnostics.format_report(report)
    for m in report["models"]:
        assert f"{m['file']}: {m['id']} {m['version']}" in text and m["sha256"][:12] in text


def test_versions_and_providers(report):
    import onnxruntime as ort

    assert report["plugin_version"] == diagnostics.plugin_version() != "unknown"
    assert report["python_version"] == sys.version.split()[0] and report["qgis_version"] == "3.22.16-Test"
    o = report["onnxruntime"]
    assert o["version"] == ort.__version__ and o["available"] == ort.get_available_providers()
    assert o["used"] in ("cpu", "cuda") and o["error"] == ""
    assert report["gpu"] == (diagnostics.gpu_names() or ["none found"])
    text = diagnostics.format_report(report)
    assert f"onnxruntime version: {ort.__version__}" in text and f"Execution provider used: {o['used']}" in text
    assert "QGIS version: 3.22.16-Test" in text


def test_corrupted_model_reported_not_fatal(tmp_path):
    src = os.path.join(MODELS_DIR, "soilmoisture_s1.onnx")
    data = bytearray(open(src, "rb").read())
    good = tmp_path / "a_good.onnx"
    shutil.copy(src, good)
    with open(src, "rb") as fh:
        card = modelcard.read_card(fh.read())
    (tmp_path / "junk.onnx").write_bytes(b"not an onnx file")
    i = data.find(b"\x00\x00\x80?")  # a float 1.0 in the weights: flip one of its bits below
    entries = diagnostics.model_entries(str(tmp_path))
    assert [e["file"] for e in entries] == ["a_good.onnx", "junk.onnx"]
    assert entries[0]["verified"] and entries[0]["id"] == card["id"]
    assert not entries[1]["verified"] and entries[1]["error"]
    assert i > 0
    data[i + 3] ^= 0x01
    (tmp_path / "b_bad.onnx").write_bytes(bytes(data))
    bad = [e for e in diagnostics.model_entries(str(tmp_path)) if e["file"] == "b_bad.onnx"][0]
    assert not bad["verified"] and "checksum mismatch" in bad["error"] and bad["id"] == card["id"]
    assert "NOT VERIFIED" in diagnostics.format_report(dict(
        diagnostics.diagnostics_report("x", str(tmp_path)), models=[bad]))


def test_dialog_runs_in_a_task_and_copies_the_report(qgis_iface, qgis_app):
    from qgis.core import Qgis
    from qgis.PyQt.QtWidgets import QApplication

    from eolatent.plugin.diagnostics import DiagnosticsDialog

    dlg = DiagnosticsDialog(qgis_iface)
    got = []
    dlg.ready.connect(got.append)
    dlg.refresh()
    assert dlg.task is not None
    wait_for_task(dlg)
    assert got == [True]
    assert dlg.labels["qgis_version"].text() == Qgis.QGIS_VERSION
    assert dlg.table.rowCount() == len(glob.glob(os.path.join(MODELS_DIR, "*.onnx")))
    ids = {dlg.table.item(r, 1).text() for r in range(dlg.table.rowCount())}
    assert {m["id"] for m in dlg.report["models"]} == ids
    dlg.copy_report()
    clip = QApplication.clipboard().text()
    assert clip == diagnostics.format_report(dlg.report) and clip.startswith("EO Latent diagnostics")


def test_plugin_adds_the_desktop_tools_to_the_raster_menu_and_removes_them(qgis_iface, eolatent_provider):
    from qgis.PyQt.QtWidgets import QDialog, QDockWidget

    from eolatent.plugin.plugin import EOLatentPlugin

    plugin = EOLatentPlugin(qgis_iface)
    plugin.provider = eolatent_provider  # already registered by the fixture
    add = qgis_iface.addPluginToRasterMenu
    add.reset_mock()
    plugin.initGui()
    texts = [c.args[1].text() for c in add.call_args_list]
    assert all(c.args[0] == "EO Latent" for c in add.call_args_list)
    assert texts == ["Text query…", "Build stack…", "Pixel time series…", "Show latent as PCA composite…",
                     "Models…", "Diagnostics…"]
    # every entry has an icon and is also on the plugin's toolbar
    actions = [c.args[1] for c in add.call_args_list]
    assert all(not a.icon().isNull() for a in actions)
    # the pixel plot's icon is its own, not QGIS's Identify tool (both sat side by side on the toolbar)
    from qgis.core import QgsApplication

    identify = QgsApplication.getThemeIcon("/mActionIdentify.svg").pixmap(24, 24).toImage()
    assert all(a.icon().pixmap(24, 24).toImage() != identify for a in actions)
    # the status bar and What's This say what each tool does (the tooltip, which QGIS rewrites, is its name)
    for a in actions:
        assert a.toolTip() == a.text().rstrip("…") and len(a.statusTip()) > 40 and a.whatsThis() == a.statusTip()
    assert "probability per pixel" in actions[0].statusTip() and "sha256" in actions[4].statusTip()
    assert plugin.toolbar is not None and plugin.toolbar.objectName() == "EOLatentToolbar"
    assert [a.text() for a in plugin.toolbar.actions()] == texts
    kinds = [type(w).__name__ for _, w in plugin.desktop_actions]
    assert kinds == ["StackDock", "PixelPlotDock", "LatentViewerDialog", "ModelsDialog", "DiagnosticsDialog"]
    dock_action, dock = plugin.desktop_actions[1]
    dock_action.setChecked(True)
    assert isinstance(dock, QDockWidget) and not dock.isHidden()
    assert isinstance(plugin.desktop_actions[3][1], QDialog) and isinstance(plugin.desktop_actions[4][1], QDialog)
    remove = qgis_iface.removePluginRasterMenu
    remove.reset_mock()
    plugin.provider = None  # the fixture's provider stays registered for the other tests
    plugin.unload()
    assert [c.args[1].text() for c in remove.call_args_list] == ["Build stack…", "Pixel time series…",
                                                                  "Show latent as PCA composite…", "Models…",
                                                                  "Diagnostics…", "Text query…"]
    assert plugin.desktop_actions == []


def test_without_onnxruntime_the_status_says_what_to_run(qgis_iface, qgis_app, monkeypatch):
    """The install-from-zip audit: Diagnostics showed Python's "No module named 'onnxruntime'" and an English "not
    installed", without the command the message bar gives."""
    from eolatent.plugin import dependencies
    from eolatent.plugin.diagnostics import DiagnosticsDialog

    monkeypatch.setattr(dependencies, "missing_modules", lambda names=None: ["onnxruntime"])
    dlg = DiagnosticsDialog(qgis_iface)
    report = diagnostics.diagnostics_report("3.22", models_dir=MODELS_DIR)
    report["onnxruntime"] = dict(version="not installed", available=[], used="",
                                 error="No module named 'onnxruntime'")
    dlg.show_report(report)
    status = dlg.status.text()
    assert status.startswith("EO Latent cannot run: missing Python module(s) onnxruntime.")
    assert "-m pip install --no-deps --upgrade --target" in status and "No module named" not in status
    assert dlg.labels["ort_version"].text() == "not installed"


def test_an_onnxruntime_that_fails_to_load_keeps_its_own_error():
    """The review: a DLL that does not load was shown as "missing … pip install", which reinstalling may not fix."""
    from eolatent.plugin.diagnostics import ort_problem

    error = "DLL load failed while importing onnxruntime_pybind11_state: The specified module could not be found."
    assert ort_problem(dict(error=error)) == error
