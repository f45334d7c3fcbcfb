# SPDX-License-Identifier: GPL-3.0-or-later
"""Running a Processing algorithm from a dock in the background (QgsProcessingAlgRunnerTask), with its
start/cancel buttons, progress bar and status line, and errors sent to the message bar with the
algorithm's own message. Shared by the docks; no science here."""
from __future__ import annotations

from qgis.core import (Qgis, QgsApplication, QgsProcessingAlgRunnerTask, QgsProcessingContext,
                       QgsProcessingFeedback, QgsProject)

from .i18n import tr


def add_progress_and_status(layout):
    """A 0–100 progress bar and a word-wrapped status line appended to ``layout``; returns both."""
    from qgis.PyQt.QtWidgets import QLabel, QProgressBar

    progress = QProgressBar()
    progress.setRange(0, 100)
    layout.addWidget(progress)
    status = QLabel("")
    status.setWordWrap(True)
    layout.addWidget(status)
    return progress, status


class AlgorithmTaskMixin:
    """Needs ``self.start_button``, ``self.cancel_button``, ``self.status`` (QLabel), optionally
    ``self.progress`` (QProgressBar) and ``self.iface``; provides ``task``, ``start_algorithm``, ``cancel``."""

    task = None
    context = None
    feedback = None

    def start_algorithm(self, alg_id: str, params: dict, running_text: str, on_done) -> bool:
        """Start ``alg_id`` with ``params``; ``on_done(ok, results, error_text)`` runs in the main thread."""
        if self.task is not None:
            return False
        alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        if alg is None:
            self.show_message(tr("The EO Latent Processing provider is not loaded."), error=True)
            return False
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = QgsProcessingFeedback()
        progress = getattr(self, "progress", None)
        if progress is not None:
            progress.setValue(0)
            self.feedback.progressChanged.connect(lambda p: progress.setValue(int(p)))
        self.task = QgsProcessingAlgRunnerTask(alg, params, self.context, self.feedback)
        self.task.executed.connect(lambda ok, res: self._task_finished(ok, res, on_done))
        self._set_running(True)
        self.status.setText(running_text)
        QgsApplication.taskManager().addTask(self.task)
        return True

    def cancel(self):
        if self.feedback is not None:
            self.feedback.cancel()

    def _set_running(self, on: bool):
        self.start_button.setEnabled(not on)
        self.cancel_button.setEnabled(on)

    def _task_finished(self, ok: bool, results: dict, on_done):
        self.task = None
        self._set_running(False)
        if ok:
            on_done(True, dict(results or {}), "")
            return
        log = self.feedback.textLog() if self.feedback is not None else ""
        lines = [ln for ln in log.splitlines() if ln.strip()]
        text = lines[-1] if lines else tr("The algorithm failed.")
        self.show_message(text, error=True)
        on_done(False, {}, text)

    def show_message(self, text: str, error: bool = False):
        self.status.setText(text)
        if getattr(self, "iface", None) is not None and error:
            self.iface.messageBar().pushMessage(tr("EO Latent"), text, level=Qgis.Critical, duration=8)
