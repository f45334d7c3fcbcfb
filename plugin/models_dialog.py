# SPDX-License-Identifier: GPL-3.0-or-later
"""Models dialog (Raster ▸ EO Latent ▸ Models…): every model of the manifest with its version, size, licence,
where it is (shipped with the plugin, installed in the user model folder, not installed), whether its files
match the manifest and any resumable partial download; Install (from the manifest URL, only when the user
clicks), Install from folder… (offline: a folder or the .onnx file), Verify, Remove, Refresh.

GUI only: everything is done by core/engine/model_manager.py. Installs run in a QgsTask with a progress bar and a
Cancel button; the engine's error messages are shown as they are in the dialog's message bar."""
from __future__ import annotations

import os

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsSettings, QgsTask
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFileDialog, QHBoxLayout, QLabel,
                                 QMenu, QMessageBox, QProgressBar, QPushButton, QTableWidget, QTableWidgetItem,
                                 QVBoxLayout)

from ..core.engine import model_manager
from .i18n import engine_text, qlocale_number, tr

LAST_FOLDER_KEY = "eolatent/models/last_folder"


def _mb(n: int) -> str:
    return qlocale_number(n / 1e6, 2)


def in_dialog_words(text: str) -> str:
    """The engine's messages name command-line options; in this dialog they name its buttons instead (in any
    language: the options are values of the engine's messages, never translated)."""
    from ..core.engine.model_manifest import command_line_folder

    text = engine_text(text).replace(command_line_folder(), "")
    button = tr("“Install from folder…”")
    return text.replace("`--from FOLDER`", button).replace("--from FOLDER", button)


class InstallTask(QgsTask):
    """``model_manager.install(model_id, source)`` in a background thread; ``on_done(ok, task)`` in the main one."""

    def __init__(self, model_id: str, source=None, folder=None, on_done=None):
        super().__init__(tr("EO Latent: installing {}").format(model_id), QgsTask.CanCancel)
        self.model_id, self.source, self.folder, self.on_done = model_id, source, folder, on_done
        self.done_bytes = self.total_bytes = 0
        self.result = None
        self.error = ""
        self.cancelled = False

    def _progress(self, done: int, total: int):
        self.done_bytes, self.total_bytes = done, total
        pct = 100.0 * done / total if total else 100.0
        if int(pct) != int(self.progress()) or pct >= 100.0:
            self.setProgress(pct)

    @staticmethod
    def _notify(message: str):
        """A retry of the download, in the log (the dialog's progress bar stands still meanwhile)."""
        QgsMessageLog.logMessage(engine_text(message), tr("EO Latent"), Qgis.Info)

    def run(self):
        try:
            self.result = model_manager.install(self.model_id, self.source, progress=self._progress,
                                                cancel=self.isCanceled, folder=self.folder, notify=self._notify)
        except model_manager.InstallCancelled as exc:
            self.error, self.cancelled = str(exc), True
            return False
        except Exception as exc:  # noqa: BLE001 - the engine's message is shown in the dialog
            self.error = str(exc) or type(exc).__name__
            return False
        return True

    def finished(self, ok):
        if self.on_done is not None:
            self.on_done(ok, self)


class ModelsDialog(QDialog):
    COL_ID, COL_VERSION, COL_SIZE, COL_LICENSE, COL_WHERE, COL_VERIFIED, COL_PARTIAL = range(7)
    VERIFIED_WIDTH = 280   # px: the widest the Verified column grows

    def __init__(self, iface=None, parent=None, folder=None):
        super().__init__(parent)
        self.setWindowTitle(tr("EO Latent — models"))
        self.setObjectName("EOLatentModels")
        self.iface, self.folder = iface, folder
        self.task = None
        self.rows = []  # ModelStatus of each table row
        lay = QVBoxLayout(self)
        self.bar = QgsMessageBar(self)
        lay.addWidget(self.bar)
        self.folder_label = QLabel("")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.folder_label)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([tr("Model id"), tr("Version"), tr("Size (MB)"), tr("Licence"),
                                              tr("Where"), tr("Verified"), tr("Partial download")])
        self.table.horizontalHeaderItem(6).setToolTip(tr("The part of an interrupted download kept on disk: the "
                                                         "next install resumes from it"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        row.addWidget(self.progress)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_install)
        row.addWidget(self.cancel_button)
        lay.addLayout(row)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        buttons = QHBoxLayout()
        self.install_button = QPushButton(tr("Install"))
        self.install_button.setToolTip(tr("Download the selected model from its release URL (sha256 verified)"))
        self.install_button.clicked.connect(lambda: self.install_selected())
        self.folder_button = QPushButton(tr("Install from folder…"))
        self.folder_button.setToolTip(tr("Offline install: copy the model and its sidecar files from a folder "
                                         "or from the .onnx file (sha256 verified)"))
        menu = QMenu(self.folder_button)
        menu.addAction(tr("From a folder…")).triggered.connect(lambda: self.install_from_folder())
        menu.addAction(tr("From the model file (.onnx)…")).triggered.connect(
            lambda: self.install_from_folder(pick_file=True))
        self.folder_button.setMenu(menu)
        self.verify_button = QPushButton(tr("Verify"))
        self.verify_button.setToolTip(tr("Hash the installed files of the selected model again"))
        self.verify_button.clicked.connect(self.verify_selected)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setToolTip(tr("Delete the selected model from the user model folder"))
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh_clicked)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.hide)
        for b in (self.install_button, self.folder_button, self.verify_button, self.remove_button,
                  self.refresh_button, close):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        self.resize(900, 520)
        self._update_buttons()

    # ---- the table ---------------------------------------------------------------------------------
    def user_folder(self) -> str:
        return self.folder or model_manager.user_models_dir()

    def refresh_clicked(self):
        """Refresh by hand: the message of an earlier action goes (a "files match" stayed beside a table that now
        showed the model damaged)."""
        self.bar.clearWidgets()
        self.status.setText("")
        self.refresh()

    def refresh(self):
        """Read the status of every model again (hashes cached by size and modification time)."""
        selected = self.selected_status()
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            rows = model_manager.status(verify=True, folder=self.folder)
        except Exception as exc:  # noqa: BLE001 - e.g. an unreadable manifest
            rows = []
            self.show_message(str(exc), Qgis.Critical)
        finally:
            QApplication.restoreOverrideCursor()
        self.folder_label.setText(tr("User model folder: {}").format(self.user_folder()))
        self.table.setRowCount(len(rows))
        self.rows = list(rows)
        for r, st in enumerate(rows):
            self._fill_row(r, st)
        self.fit_columns()
        if selected is not None:
            self.select_model(selected.id)
        self._update_buttons()

    def fit_columns(self):
        """Columns as wide as their contents, the last one stretched to the table's right edge (resizing the
        stretched section cancels the stretch: it is set again)."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        self.table.resizeColumnsToContents()
        # a problem names the file and its folder: cut to the column (whole in the tooltip), the columns after it
        # kept in view
        if header.sectionSize(self.COL_VERIFIED) > self.VERIFIED_WIDTH:
            header.resizeSection(self.COL_VERIFIED, self.VERIFIED_WIDTH)
        header.setStretchLastSection(True)

    def where_text(self, st) -> str:
        return {"shipped": tr("shipped"), "user": tr("installed")}.get(st.location, tr("not installed"))

    def verified_text(self, st) -> str:
        if not st.installed:
            return ""
        if st.verified is None:
            return tr("not checked")
        return "✓" if st.verified else "✗ " + st.problem

    def partial_text(self, st) -> str:
        if not st.partial:
            return ""
        return tr("{} of {} MB, resumable").format(_mb(st.partial), _mb(st.size))

    def _fill_row(self, r: int, st):
        texts = (st.id, st.version, _mb(st.total_size), st.license, self.where_text(st), self.verified_text(st),
                 self.partial_text(st))
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if c == self.COL_SIZE:
                item.setTextAlignment(int(Qt.AlignRight | Qt.AlignVCenter))
            if c == self.COL_WHERE and st.path:
                item.setToolTip(st.path)
            if c == self.COL_VERIFIED and st.problem:
                item.setToolTip(st.problem)
            self.table.setItem(r, c, item)

    def row_of(self, model_id: str) -> int:
        return next((i for i, st in enumerate(self.rows) if st.id == model_id), -1)

    def select_model(self, model_id: str) -> bool:
        r = self.row_of(model_id)
        if r >= 0:
            self.table.selectRow(r)
            self.scroll_to_selection()
            # again once the pending layout is done (a message that appears above the table makes it shorter)
            QTimer.singleShot(0, self.scroll_to_selection)
        return r >= 0

    def scroll_to_selection(self):
        """Scroll the table so that the whole selected row is visible."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if rows:
            self.table.scrollTo(rows[0], QAbstractItemView.EnsureVisible)

    def selected_status(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _update_buttons(self):
        st, idle = self.selected_status(), self.task is None
        can_install = idle and st is not None and not (st.installed and st.verified)
        self.install_button.setEnabled(can_install)
        self.folder_button.setEnabled(can_install)
        self.verify_button.setEnabled(idle and st is not None and st.installed)
        self.remove_button.setEnabled(idle and st is not None and (st.location == "user" or st.partial > 0))
        self.refresh_button.setEnabled(idle)
        self.cancel_button.setEnabled(not idle)

    def show_message(self, text: str, level=Qgis.Info, duration: int = 0):
        text = in_dialog_words(text)
        self.status.setText(text)
        self.bar.clearWidgets()
        self.bar.pushMessage(tr("Models"), text, level=level, duration=duration)

    # ---- actions -----------------------------------------------------------------------------------
    def install_selected(self, confirm: bool = True) -> bool:
        """Download the selected model from its manifest URL, after the user says yes."""
        st = self.selected_status()
        if st is None:
            return False
        if confirm:
            entry = model_manager.get_manifest().get(st.id)
            text = tr("Download {} {} ({} MB, licence {}) from\n{}\ninto {}?").format(
                st.id, st.version, _mb(st.total_size), st.license, entry.url, self.user_folder())
            if QMessageBox.question(self, tr("Install a model"), text) != QMessageBox.Yes:
                return False
        return self.start_install(st.id, None)

    def install_from_folder(self, source=None, pick_file: bool = False) -> bool:
        """Install the selected model from ``source`` (a folder or the .onnx file; None: ask for it)."""
        st = self.selected_status()
        if st is None:
            return False
        if source is None:
            settings = QgsSettings()
            start = settings.value(LAST_FOLDER_KEY, "", type=str) or os.path.expanduser("~")
            if pick_file:
                source, _ = QFileDialog.getOpenFileName(
                    self, tr("The model file {} (its sidecar files beside it)").format(st.file), start,
                    tr("ONNX models (*.onnx)"))
            else:
                source = QFileDialog.getExistingDirectory(self, tr("Folder holding {}").format(st.file), start)
            if not source:
                return False
            settings.setValue(LAST_FOLDER_KEY, source if os.path.isdir(source) else os.path.dirname(source))
        return self.start_install(st.id, str(source))

    def start_install(self, model_id: str, source=None) -> bool:
        """Start the install task (``source`` None: the manifest URL); False if one is running already."""
        if self.task is not None:
            return False
        self.task = InstallTask(model_id, source, self.folder, on_done=self._install_done)
        self.task.progressChanged.connect(self._install_progress)
        self.progress.setValue(0)
        where = source or tr("its release URL")
        self.status.setText(tr("Installing {} from {}…").format(model_id, where))
        self._update_buttons()
        QgsApplication.taskManager().addTask(self.task)
        return True

    def _install_progress(self, pct):
        self.progress.setValue(int(pct))
        task = self.task
        if task is not None and task.total_bytes:
            self.status.setText(tr("Installing {}: {} of {} MB").format(task.model_id, _mb(task.done_bytes),
                                                                      _mb(task.total_bytes)))

    def cancel_install(self):
        if self.task is not None:
            self.task.cancel()

    def _install_done(self, ok, task):
        self.task = None
        self.refresh()
        self.select_model(task.model_id)
        if ok and task.result is not None and task.result.verified:
            self.progress.setValue(100)
            self.show_message(tr("{} is installed and verified: {}").format(task.model_id, task.result.path),
                              Qgis.Success, 8)
        elif ok:
            self.show_message(tr("{} was installed but does not match the manifest: {}").format(
                task.model_id, task.result.problem if task.result is not None else ""), Qgis.Critical)
        elif task.cancelled or task.isCanceled():  # cancelled in the engine, or before it started
            self.progress.setValue(0)               # not left at the share reached (a partial download says it)
            self.show_message(task.error or tr("Cancelled."), Qgis.Info, 8)
        else:
            self.progress.setValue(0)
            self.show_message(task.error or tr("The install failed."), Qgis.Critical)
        self._update_buttons()

    def verify_selected(self):
        """Hash the selected model's files again; the problem, if any, goes to the message bar."""
        st = self.selected_status()
        if st is None or self.task is not None:
            return None
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            result = model_manager.verify(st.id, folder=self.folder)
        except model_manager.ModelInstallError as exc:
            result = None
            self.show_message(str(exc), Qgis.Critical)
        finally:
            QApplication.restoreOverrideCursor()
        self.refresh()
        if result is not None:
            if not result.installed:
                self.show_message(tr("{} is not installed.").format(st.id), Qgis.Warning, 8)
            elif result.verified:
                self.show_message(tr("{}: its files match the manifest.").format(st.id), Qgis.Success, 8)
            else:
                self.show_message(result.problem, Qgis.Critical)
        return result

    def remove_selected(self, confirm: bool = True):
        """Delete the selected model (and any partial download) from the user folder; not shipped models."""
        st = self.selected_status()
        if st is None or self.task is not None:
            return None
        if confirm and QMessageBox.question(
                self, tr("Remove a model"),
                tr("Delete {} and its files from {}?").format(st.id, self.user_folder())) != QMessageBox.Yes:
            return None
        try:
            removed = model_manager.remove(st.id, folder=self.folder)
        except model_manager.ModelInstallError as exc:
            self.show_message(str(exc), Qgis.Critical)
            removed = None
        self.refresh()
        if removed is not None:
            self.show_message(tr("Removed: {}").format(", ".join(os.path.basename(p) for p in removed)),
                              Qgis.Success, 8)
        return removed

    # ---- life cycle --------------------------------------------------------------------------------
    def showEvent(self, event):  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.task is None:
            self.refresh()

    def unload(self):
        """The plugin is unloaded: stop a running install (a download keeps its part file for resumption)."""
        if self.task is not None:
            self.task.on_done = None
            self.task.cancel()
            self.task = None
