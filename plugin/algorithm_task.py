# SPDX-License-Identifier: GPL-3.0-or-later
"""Running a Processing algorithm from a dock in the background (QgsProcessingAlgRunnerTask), with its
start/cancel buttons, progress bar and status line, and errors sent to the message bar with the
algorithm's own message. Shared by the docks; no science here."""
from __future__ import annotations

from qgis.core import (Qgis, QgsApplication, QgsProcessingAlgRunnerTask, QgsProcessingContext,
                       QgsProcessingFeedback, QgsProject)

from .i18n import engine_text, tr


def status_label(lines: int = 1):
    """A word-wrapped QLabel that keeps its minimum height at the height its text needs at its width, and at
    least ``lines`` lines (a layout does not give a word-wrapped label that height in a dialog, whose last lines
    were then cut off)."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QLabel

    class StatusLabel(QLabel):
        def __init__(self, text=""):
            super().__init__(text)
            self.setWordWrap(True)
            self.setAlignment(Qt.AlignLeft | Qt.AlignTop)
            self.floor = lines * self.fontMetrics().lineSpacing() if lines > 1 else 0
            if self.floor:
                self.setMinimumHeight(self.floor)

        def setText(self, text):  # noqa: N802 - Qt API
            super().setText(text)
            self._fit()

        def resizeEvent(self, event):  # noqa: N802 - Qt API
            super().resizeEvent(event)
            self._fit()

        def showEvent(self, event):  # noqa: N802 - Qt API
            super().showEvent(event)
            self._fit()

        def _fit(self):
            if not self.isVisible():  # not laid out yet: its width means nothing
                return
            need = max(self.floor, self.heightForWidth(self.width()) if self.text() else 0)
            if need > 0 and need != self.minimumHeight():
                self.setMinimumHeight(need)

    return StatusLabel()


def add_progress_and_status(layout, lines: int = 1):
    """A 0–100 progress bar and a word-wrapped status line (at least ``lines`` high) appended to ``layout``;
    returns both."""
    from qgis.PyQt.QtWidgets import QProgressBar

    progress = QProgressBar()
    progress.setRange(0, 100)
    layout.addWidget(progress)
    status = status_label(lines)
    layout.addWidget(status)
    return progress, status


class DockFeedback(QgsProcessingFeedback):
    """The feedback of a dock's run. When a run fails, QGIS's task runner writes the error to the Processing log and
    then reports it to the feedback, whose default reportError writes it there a second time (the same line twice in
    the Log Messages panel). Here reported errors are kept; when the run ends, :meth:`log_errors` writes them to the
    Processing log, all but the failure's own, which the runner has written already."""

    def __init__(self):
        super().__init__()
        self.errors = []
        self.warnings = []      # the run's warnings, for a dock to show where its user looks (not only the log)

    def reportError(self, error, fatalError=False):  # noqa: N802,N803 - Qt API
        self.errors.append(error)

    def pushWarning(self, warning):  # noqa: N802 - Qt API
        self.warnings.append(warning)
        super().pushWarning(warning)

    def log_errors(self, failed: bool) -> None:
        from qgis.core import QgsMessageLog

        for error in self.errors[:-1] if failed else self.errors:
            QgsMessageLog.logMessage(error, "Processing", Qgis.Critical)


_BANNERS = []      # the EO Latent banners on the message bar, of every dock: one at a time, all cleared on success


def push_banner(iface, title: str, text: str, level, duration: int = 8) -> None:
    """Push a banner on the message bar in place of the EO Latent banners shown before (QGIS queues banners: a dock's
    old errors came back one after the other after a later run had succeeded, "… 4 more")."""
    clear_banners(iface)
    bar = iface.messageBar()
    item = bar.createMessage(title, text)
    bar.pushWidget(item, level, duration)
    _BANNERS.append(item)


def clear_banners(iface) -> None:
    items, _BANNERS[:] = list(_BANNERS), []
    if iface is None:
        return
    bar = iface.messageBar()
    for item in items:
        try:
            bar.popWidget(item)
        except RuntimeError:   # already gone (its time ran out): Qt deleted it
            pass


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
        self.feedback = DockFeedback()
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
        if isinstance(self.feedback, DockFeedback):
            self.feedback.log_errors(failed=not ok)
        if ok:
            self.clear_messages()
            on_done(True, dict(results or {}), "")
            return
        log = self.feedback.textLog() if self.feedback is not None else ""
        lines = [ln for ln in log.splitlines() if ln.strip()]
        lines += getattr(self.feedback, "errors", [])
        text = lines[-1] if lines else tr("The algorithm failed.")
        cancelled = self.feedback is not None and self.feedback.isCanceled()
        self.show_message(text, error=not cancelled)     # the user's own cancel: said in the dock, not as an error
        on_done(False, {}, text)

    def show_message(self, text: str, error: bool = False):
        text = engine_text(text)
        self.status.setText(text)
        if getattr(self, "iface", None) is not None and error:
            push_banner(self.iface, tr("EO Latent"), text, Qgis.Critical, 8)

    def clear_messages(self):
        """Take the earlier EO Latent banners (of every dock) off the message bar (QGIS queues them: after a
        successful run they came back one after the other, stale)."""
        clear_banners(getattr(self, "iface", None))
