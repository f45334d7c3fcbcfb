# SPDX-License-Identifier: GPL-3.0-or-later
"""Feedback objects that keep what a run said, for tests that check its log: :class:`Recording` for the core
engine's calls, :func:`keeping_processing_feedback` for Processing runs."""
from __future__ import annotations

from eolatent.core.engine.tiling import Feedback


class Recording(Feedback):
    """A core-engine feedback that keeps its info messages and its warnings."""

    def __init__(self):
        super().__init__()
        self.messages, self.warnings = [], []

    def info(self, message):
        self.messages.append(message)

    def warning(self, message):
        self.warnings.append(message)


def keeping_processing_feedback():
    """A QgsProcessingFeedback whose ``warnings`` and ``messages`` lists keep what was pushed with pushWarning and
    pushInfo."""
    from qgis.core import QgsProcessingFeedback

    class Keeping(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings, self.messages = [], []

        def pushWarning(self, text):  # noqa: N802 - QGIS API
            self.warnings.append(text)
            super().pushWarning(text)

        def pushInfo(self, text):  # noqa: N802 - QGIS API
            self.messages.append(text)
            super().pushInfo(text)

    return Keeping()
