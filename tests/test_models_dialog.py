# SPDX-License-Identifier: GPL-3.0-or-later
"""The Models dialog (plugin/models_dialog.py, Raster ▸ EO Latent ▸ Models…) on the real manifest, headless:
a plugin folder holding only the shipped models, a temporary user model folder ($EOLATENT_MODELS_DIR), and
the repository's models/ folder as the offline source. Every manifest model is listed with where it is; an
install from the folder runs in a QgsTask and leaves the model installed and verified; Remove uninstalls it;
Verify reports a corrupted installed file; the plugin adds the menu entry."""
import os

import pytest

from desktop_fixtures import wait_for_task
from eolatent.core.engine import model_manager, model_manifest
from eolatent.core.engine.registry import MODELS_DIR

CLOUD = "eolatent.cloud.s2cloudless"
TEXT = "eolatent.text.minilm"


@pytest.fixture()
def folders(tmp_path, monkeypatch):
    """(plugin models folder with the shipped models only, user model folder)."""
    man = model_manager.get_manifest()
    if not os.path.isfile(os.path.join(MODELS_DIR, "text_minilm.onnx")):
        pytest.skip("models/text_minilm.onnx not built")
    shipped = tmp_path / "plugin_models"  # what the plugin zip holds: the small models, not the large ones
    shipped.mkdir()
    os.symlink(os.path.join(MODELS_DIR, "manifest.json"), shipped / "manifest.json")
    for e in man.entries:
        if e.shipped:
            for f in e.files:
                os.symlink(os.path.join(MODELS_DIR, f.file), shipped / f.file)
    user = tmp_path / "user_models"
    monkeypatch.setattr(model_manifest, "SHIPPED_DIR", str(shipped))
    monkeypatch.setenv("EOLATENT_MODELS_DIR", str(user))
    return str(shipped), str(user)


@pytest.fixture()
def dialog(qgis_iface, folders):
    from eolatent.plugin.models_dialog import ModelsDialog

    dlg = ModelsDialog(qgis_iface)
    dlg.refresh()
    yield dlg
    dlg.unload()
    dlg.deleteLater()


def cell(dlg, model_id, col):
    r = dlg.row_of(model_id)
    assert r >= 0, model_id
    return dlg.table.item(r, col).text()


def bar_text(dlg):
    item = dlg.bar.currentItem()
    return item.text() if item is not None else ""


def test_every_manifest_model_is_listed_with_where_it_is(dialog, folders):
    man = model_manager.get_manifest()
    assert dialog.table.rowCount() == len(man.entries) > 2
    assert [dialog.table.item(r, dialog.COL_ID).text() for r in range(dialog.table.rowCount())] == \
        [e.id for e in man.entries]
    assert folders[1] in dialog.folder_label.text()
    for e in man.entries:
        where = cell(dialog, e.id, dialog.COL_WHERE)
        assert where == ("shipped" if e.shipped else "not installed"), e.id
        assert cell(dialog, e.id, dialog.COL_VERSION) == e.version
        assert cell(dialog, e.id, dialog.COL_LICENSE) == e.license
        assert cell(dialog, e.id, dialog.COL_SIZE) == "{:.2f}".format(e.total_size / 1e6)
        assert cell(dialog, e.id, dialog.COL_VERIFIED) == ("✓" if e.shipped else "")
    assert cell(dialog, CLOUD, dialog.COL_LICENSE) == "CC-BY-SA-4.0"
    assert cell(dialog, CLOUD, dialog.COL_WHERE) == "shipped"          # 10 MB of trees, 2 MB in the zip
    assert cell(dialog, TEXT, dialog.COL_WHERE) == "not installed"
    # a shipped model: nothing to install or remove, it can be verified
    shipped = next(e.id for e in man.entries if e.shipped)
    assert dialog.select_model(shipped)
    assert not dialog.install_button.isEnabled() and not dialog.remove_button.isEnabled()
    assert dialog.verify_button.isEnabled()
    assert dialog.select_model(TEXT)
    assert dialog.install_button.isEnabled() and dialog.folder_button.isEnabled()
    assert not dialog.verify_button.isEnabled() and not dialog.remove_button.isEnabled()


def test_install_from_folder_then_remove(dialog, folders):
    user = folders[1]
    assert dialog.select_model(TEXT)
    assert dialog.install_from_folder(MODELS_DIR)
    assert dialog.task is not None and not dialog.install_button.isEnabled() and dialog.cancel_button.isEnabled()
    assert not dialog.start_install(TEXT, MODELS_DIR)  # one install at a time
    wait_for_task(dialog)
    assert cell(dialog, TEXT, dialog.COL_WHERE) == "installed"
    assert cell(dialog, TEXT, dialog.COL_VERIFIED) == "✓"
    assert dialog.progress.value() == 100 and not dialog.cancel_button.isEnabled()
    assert "installed and verified" in bar_text(dialog) and user in bar_text(dialog)
    assert sorted(os.listdir(user)) == ["text_minilm.LICENSE.txt", "text_minilm.onnx", "text_minilm.vocab.txt"]
    assert model_manager.verify(TEXT).verified
    assert dialog.selected_status().id == TEXT
    assert not dialog.install_button.isEnabled() and dialog.remove_button.isEnabled()

    assert dialog.verify_selected().verified
    assert "match the manifest" in bar_text(dialog)

    removed = dialog.remove_selected(confirm=False)
    assert sorted(os.path.basename(p) for p in removed) == ["text_minilm.LICENSE.txt", "text_minilm.onnx",
                                                           "text_minilm.vocab.txt"]
    assert cell(dialog, TEXT, dialog.COL_WHERE) == "not installed"
    assert cell(dialog, TEXT, dialog.COL_VERIFIED) == ""
    assert os.listdir(user) == []
    assert dialog.install_button.isEnabled() and not dialog.remove_button.isEnabled()


def test_verify_reports_a_corrupted_installed_file(dialog, folders):
    user = folders[1]
    assert dialog.select_model(TEXT)
    assert dialog.install_from_folder(os.path.join(MODELS_DIR, "text_minilm.onnx"))  # the file itself
    wait_for_task(dialog)
    assert cell(dialog, TEXT, dialog.COL_VERIFIED) == "✓"
    path = os.path.join(user, "text_minilm.onnx")
    with open(path, "r+b") as fh:  # flip one byte in the middle, same size
        fh.seek(os.path.getsize(path) // 2)
        b = fh.read(1)
        fh.seek(-1, os.SEEK_CUR)
        fh.write(bytes([b[0] ^ 0xFF]))
    st = dialog.verify_selected()
    assert st.installed and st.verified is False and "does not match the manifest" in st.problem
    verified = cell(dialog, TEXT, dialog.COL_VERIFIED)
    assert verified.startswith("✗") and "does not match the manifest" in verified
    assert "does not match the manifest" in bar_text(dialog)
    assert dialog.install_button.isEnabled()  # it can be reinstalled
    # the problem names the file and its folder: the column stops at VERIFIED_WIDTH, the whole text in the tooltip
    header = dialog.table.horizontalHeader()
    assert header.sectionSize(dialog.COL_VERIFIED) == dialog.VERIFIED_WIDTH
    assert dialog.table.item(dialog.row_of(TEXT), dialog.COL_VERIFIED).toolTip() == st.problem
    assert dialog.start_install(TEXT, MODELS_DIR)
    wait_for_task(dialog)
    assert cell(dialog, TEXT, dialog.COL_VERIFIED) == "✓"
    assert header.sectionSize(dialog.COL_VERIFIED) < dialog.VERIFIED_WIDTH


def test_refresh_by_hand_clears_the_message_of_an_earlier_action(dialog, folders):
    """Verify said "its files match the manifest"; the file then damaged and Refresh clicked: the table showed ✗
    beside the old green message (the latent-algorithms audit)."""
    user = folders[1]
    assert dialog.select_model(TEXT)
    assert dialog.install_from_folder(os.path.join(MODELS_DIR, "text_minilm.onnx"))
    wait_for_task(dialog)
    dialog.verify_selected()
    assert "match" in bar_text(dialog) and dialog.status.text()
    with open(os.path.join(user, "text_minilm.vocab.txt"), "a", encoding="utf-8") as fh:
        fh.write("extra\n")
    dialog.refresh_button.click()
    assert cell(dialog, TEXT, dialog.COL_VERIFIED).startswith("✗")
    assert bar_text(dialog) == "" and dialog.status.text() == ""


def test_errors_and_cancel_are_shown_with_the_engine_message(dialog, folders, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert dialog.select_model(TEXT)
    assert dialog.install_from_folder(str(empty))
    wait_for_task(dialog)
    assert cell(dialog, TEXT, dialog.COL_WHERE) == "not installed"
    assert "no such file" in bar_text(dialog) or str(empty) in bar_text(dialog)
    assert dialog.install_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert dialog.start_install(TEXT, MODELS_DIR)
    dialog.cancel_install()  # before or during the copy: the engine stops, nothing is installed
    wait_for_task(dialog)
    assert cell(dialog, TEXT, dialog.COL_WHERE) in ("not installed", "installed")
    if cell(dialog, TEXT, dialog.COL_WHERE) == "not installed":
        assert "cancel" in bar_text(dialog).lower()
        left = os.listdir(folders[1]) if os.path.isdir(folders[1]) else []     # not even created, for a cancel this early
        assert not [f for f in left if f.startswith("text_minilm.onnx")]


def test_the_plugin_menu_has_the_models_entry(qgis_iface, eolatent_provider, folders):
    from eolatent.plugin.models_dialog import ModelsDialog
    from eolatent.plugin.plugin import EOLatentPlugin

    plugin = EOLatentPlugin(qgis_iface)
    plugin.provider = eolatent_provider
    add = qgis_iface.addPluginToRasterMenu
    add.reset_mock()
    plugin.initGui()
    entries = {c.args[1].text(): c.args[0] for c in add.call_args_list}
    assert entries["Models…"] == "EO Latent"
    assert model_manifest.DIALOG == "Raster ▸ EO Latent ▸ Models…"  # what the engine's messages tell users
    action, dlg = next((a, w) for a, w in plugin.desktop_actions if a.text() == "Models…")
    assert isinstance(dlg, ModelsDialog)
    action.trigger()
    assert dlg.isVisible() and dlg.table.rowCount() == len(model_manager.get_manifest().entries)
    dlg.hide()
    plugin.provider = None  # the fixture's provider stays registered for the other tests
    plugin.unload()
    assert plugin.desktop_actions == []


def test_engine_messages_name_the_dialog_buttons(dialog):
    """"install offline with --from FOLDER" is a command-line option; the dialog names its own button."""
    from eolatent.plugin.models_dialog import in_dialog_words

    dialog.show_message("cannot download x from http://h/x: HTTP 404 Not Found; install it offline with --from FOLDER, "
                        "or give another source")
    shown = bar_text(dialog)
    assert "--from" not in shown and "“Install from folder…”" in shown
    assert in_dialog_words("choose a writable folder: `--dir FOLDER` on the command line for this install, or the "
                           "environment variable EOLATENT_MODELS_DIR for every run") == \
        "choose a writable folder: the environment variable EOLATENT_MODELS_DIR for every run"
