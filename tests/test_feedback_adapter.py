# SPDX-License-Identifier: GPL-3.0-or-later
"""The Processing feedback adapter's cancel check lets Qt deliver pending events on the main thread: qgis_process
turns Ctrl-C into a cancel through its event loop, which a running algorithm never returned to (a Presto encode
interrupted after 8 s ran on to its end, 20 s)."""
import time


def test_a_cancel_posted_to_the_event_loop_is_seen_by_the_running_algorithm(qgis_app, monkeypatch):
    from qgis.core import QgsProcessingFeedback
    from qgis.PyQt.QtCore import QTimer

    from eolatent.processing_provider.base import FeedbackAdapter

    feedback = QgsProcessingFeedback()
    adapter = FeedbackAdapter(feedback)
    QTimer.singleShot(0, feedback.cancel)          # delivered only when the event loop runs
    assert not feedback.isCanceled()
    time.sleep(0.01)
    assert adapter.is_canceled()                   # the check pumped the loop
    # pumped at most every PUMP_SECONDS: a tight loop of checks does not spin the event loop each time
    # (on a clock of the test's own: a busy machine may take longer than PUMP_SECONDS between two lines)
    clock = [1000.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    fresh = FeedbackAdapter(QgsProcessingFeedback())
    fresh.is_canceled()
    QTimer.singleShot(0, fresh.feedback.cancel)
    clock[0] += FeedbackAdapter.PUMP_SECONDS / 2
    assert not fresh.is_canceled()
    clock[0] += FeedbackAdapter.PUMP_SECONDS / 2 + 0.01
    assert fresh.is_canceled()
