# SPDX-License-Identifier: GPL-3.0-or-later
"""Diagnostics dialog: versions, execution providers, GPU and installed models, with a "Copy report" button
for bug reports. The report is gathered by core/engine/diagnostics.py in a QgsTask (it hashes every model and opens
an ONNX Runtime session), so QGIS stays responsive."""
from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsTask
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton,
                                 QTableWidget, QTableWidgetItem, QVBoxLayout)
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
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("File"), tr("Model id"), tr("Version"), tr("Weights sha256"),
                                              tr("Checksum")])
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table)
        self.status = QLabel("")
        self.status.setWordWrap(True)
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
        self.resize(720, 480)

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
                      python_version=report["python_version"], ort_version=ort["version"],
                      available=", ".join(ort["available"]) or "-", used=ort["used"] or "-",
                      gpu=", ".join(tr("none found") if g == NONE_FOUND else g for g in report["gpu"]))
        for key, label in self.labels.items():
            label.setText(str(values[key]))
        models = report["models"]
        self.table.setRowCount(len(models))
        for r, m in enumerate(models):
            state = tr("verified") if m["verified"] else tr("NOT verified: {}").format(m["error"])
            for c, text in enumerate((m["file"], m["id"], m["version"], short_sha(m["sha256"]), state)):
                self.table.setItem(r, c, QTableWidgetItem(str(text)))
        self.table.resizeColumnsToContents()
        bad = [m["file"] for m in models if not m["verified"]]
        self.status.setText(tr("Some models failed their checks: {}").format(", ".join(bad)) if bad
                            else (ort.get("error") or ""))
        self.copy_button.setEnabled(True)

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
