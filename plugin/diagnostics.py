# SPDX-License-Identifier: GPL-3.0-or-later
"""Diagnostics dialog: versions, execution providers, GPU and installed models (the plugin's models/ folder and
the user model folder, a column saying which), with a "Copy report" button for bug reports. The report is
gathered by core/engine/diagnostics.py in a QgsTask (it hashes every model and opens an ONNX Runtime session),
so QGIS stays responsive."""
from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsTask
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout, QHBoxLayout, QLabel,
                                 QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)
from .i18n import tr


class ReportTask(QgsTask):
    def __init__(self, qgis_version: str, models_dir=None, on_done=None):
        super().__init__(tr("EO Latent: diagnostics"), QgsTask.CanCancel)
        self.qgis_version, self.models_dir, self.on_done = qgis_version, models_dir, on_done
        self.report = None
        self.error = ""

    def run(self):
        from ..core.engine.diagnostics import diagnostics_report

        try:
            kw = {"models_dir": self.models_dir} if self.models_dir else {}
            self.report = diagnostics_report(self.qgis_version, **kw)
        except Exception as exc:  # noqa: BLE001 - shown in the dialog
            self.error = str(exc)
            return False
        return not self.isCanceled()

    def finished(self, ok):
        if self.on_done is not None:
            self.on_done(ok, self)


class DiagnosticsDialog(QDialog):
    ready = pyqtSignal(bool)
    COL_FILE, COL_ID, COL_VERSION, COL_WHERE, COL_SHA, COL_CHECK = range(6)

    FIELDS = (("plugin_version", "Plugin version"), ("qgis_version", "QGIS version"),
              ("python_version", "Python version"), ("ort_version", "onnxruntime version"),
              ("available", "Available execution providers"), ("used", "Execution provider used"),
              ("gpu", "GPU"))

    def __init__(self, iface=None, parent=None, models_dir=None):
        super().__init__(parent)
        self.setWindowTitle(tr("EO Latent — diagnostics"))
        self.setObjectName("EOLatentDiagnostics")
        self.iface = iface
        self.models_dir = models_dir
        self.task = None
        self.report = None
        self.labels = {}
        lay = QVBoxLayout(self)
        form = QFormLayout()
        names = {"plugin_version": tr("Plugin version"), "qgis_version": tr("QGIS version"),
                 "python_version": tr("Python version"), "ort_version": tr("onnxruntime version"),
                 "available": tr("Available execution providers"), "used": tr("Execution provider used"),
                 "gpu": tr("GPU")}
        for key, _ in self.FIELDS:
            self.labels[key] = QLabel("…")
            self.labels[key].setWordWrap(True)
            form.addRow(names[key], self.labels[key])
        lay.addLayout(form)
        lay.addWidget(QLabel(tr("Installed models")))
        self.folders_label = QLabel("")
        self.folders_label.setWordWrap(True)
        self.folders_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.folders_label)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([tr("File"), tr("Model id"), tr("Version"), tr("Where"),
                                              tr("Weights sha256"), tr("Checksum")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        lay.addWidget(self.table)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)    # the install command, to copy
        lay.addWidget(self.status)
        row = QHBoxLayout()
        self.copy_button = QPushButton(tr("Copy report"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_report)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.hide)
        for b in (self.copy_button, self.refresh_button, close):
            row.addWidget(b)
        lay.addLayout(row)
        self.resize(760, 560)

    def refresh(self):
        if self.task is not None:
            return
        self.status.setText(tr("Gathering the diagnostics (checksums of the models, a test session)…"))
        self.refresh_button.setEnabled(False)
        self.task = ReportTask(Qgis.QGIS_VERSION, self.models_dir, on_done=self._done)
        QgsApplication.taskManager().addTask(self.task)

    def _done(self, ok, task):
        self.task = None
        self.refresh_button.setEnabled(True)
        if not ok or task.report is None:
            self.status.setText(task.error or tr("Cancelled."))
            self.ready.emit(False)
            return
        self.show_report(task.report)
        self.ready.emit(True)

    def show_report(self, report: dict):
        from ..core.engine.diagnostics import NONE_FOUND, short_sha

        self.report = report
        ort = report["onnxruntime"]
        values = dict(plugin_version=report["plugin_version"], qgis_version=report["qgis_version"],
                      python_version=report["python_version"],
                      ort_version=tr("not installed") if ort["version"] == "not installed" else ort["version"],
                      available=", ".join(ort["available"]) or "-", used=ort["used"] or "-",
                      gpu=", ".join(tr("none found") if g == NONE_FOUND else g for g in report["gpu"]))
        for key, label in self.labels.items():
            label.setText(str(values[key]))
        models = report["models"]
        folders = report.get("model_folders") or [dict(where="plugin", path=report["models_dir"])]
        self.folders_label.setText("\n".join(
            tr("{folder}: {path}").format(folder=self.where_text(f["where"]), path=f["path"]) for f in folders))
        self.table.setRowCount(len(models))
        for r, m in enumerate(models):
            state = tr("verified") if m["verified"] else tr("NOT verified")  # why: tooltip and status line
            texts = (m["file"], m["id"], m["version"], self.where_text(m.get("where", "plugin")),
                     short_sha(m["sha256"]), state)
            for c, text in enumerate(texts):
                item = QTableWidgetItem(str(text))
                item.setToolTip(str(m["error"] or text) if c == self.COL_CHECK else str(m.get("path") or m["file"]))
                self.table.setItem(r, c, item)
        self.fit_table()
        bad = ["{} ({})".format(m["file"], m["error"]) if m["error"] else m["file"]
               for m in models if not m["verified"]]
        self.status.setText(tr("Some models failed their checks: {}").format("; ".join(bad)) if bad
                            else (ort_problem(ort) if ort.get("error") else ""))
        self.copy_button.setEnabled(True)

    @staticmethod
    def where_text(where: str) -> str:
        return {"plugin": tr("plugin folder"), "user": tr("user model folder")}.get(where, where)

    def fit_table(self):
        """Columns as wide as their contents, and the dialog widened (up to the screen) so that all of them,
        the checksum state included, show without scrolling sideways."""
        table = self.table
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        table.resizeColumnsToContents()
        need = sum(header.sectionSize(c) for c in range(table.columnCount()))
        need += 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width() + 2
        margins = self.layout().contentsMargins()
        have = self.width() - margins.left() - margins.right()  # the table spans the dialog
        if need > have:
            screen = self.screen() if hasattr(self, "screen") else QApplication.primaryScreen()
            width = self.width() + need - have
            if screen is not None:
                width = min(width, screen.availableGeometry().width() - 40)
            if width > self.width():
                have += width - self.width()
                self.resize(width, self.height())
        # the last column takes the room left; when there is none (a small screen) it keeps its contents' width
        # (a stretched section would shrink below it) and the table scrolls sideways
        header.setStretchLastSection(need <= have)

    def report_text(self) -> str:
        from ..core.engine.diagnostics import format_report

        return format_report(self.report) if self.report is not None else ""

    def copy_report(self):
        text = self.report_text()
        if text:
            QApplication.clipboard().setText(text)
            self.status.setText(tr("Report copied to the clipboard."))

    def showEvent(self, event):  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.report is None:
            self.refresh()


def ort_problem(ort: dict) -> str:
    """onnxruntime's problem in the status line: where it is missing, the plugin's own message (what to run, in the
    user's language) instead of Python's "No module named 'onnxruntime'"; else (a DLL that does not load, a broken
    wheel: reinstalling the same may not help) the error as onnxruntime gave it."""
    from .dependencies import missing_message

    error = str(ort.get("error") or "")
    if error.startswith("No module named"):
        return missing_message(["onnxruntime"]) or error
    return error
