# SPDX-License-Identifier: GPL-3.0-or-later
"""Releasing what a failed run leaves behind in QGIS 3.22.

When ``processAlgorithm`` raises, the sip error handler of QGIS 3.22 fetches the Python exception and never
releases it, so its traceback lives for the rest of the session, and with it the frame that raised and the
frames of its callers. In the Batch dialog the caller is ``BatchAlgorithmDialog.runAlgorithm``, whose frame holds
the run's feedback; the feedback is connected to the "Batch Processing – …" task, which then never finishes
(its progress bar stays where the failing row stopped, and Project ▸ Exit waits for it). QGIS's own Python
algorithms (e.g. ``gdal:fillnodata``) leak the same way. Clearing the locals of those frames once each has
returned lets the feedback and the task go."""
from __future__ import annotations

import sys

import inspect

RETRY_MS = 500
MAX_TRIES = 7200  # an hour of batch rows still running after the failing one
MAX_FRAMES = 4  # processAlgorithm and the few QGIS frames that called it (the Batch dialog's runAlgorithm)
_SUSPENDABLE = inspect.CO_GENERATOR | inspect.CO_COROUTINE | inspect.CO_ASYNC_GENERATOR | inspect.CO_ITERABLE_COROUTINE


def _clearable(frame) -> bool:
    """A plain function's frame: clearing a suspended generator's frame would close the generator, and a module's
    or class body's locals are its namespace."""
    flags = frame.f_code.co_flags
    return bool(flags & inspect.CO_OPTIMIZED) and not flags & _SUSPENDABLE


def release_when_returned() -> None:
    """Call just before ``processAlgorithm`` raises: on the main thread, the locals of the calling frame and of
    its callers are cleared as soon as each has returned (an executing frame is retried later). In a worker
    thread (the algorithm dialog, qgis_process) nothing is done: no Python caller holds the run there."""
    from qgis.PyQt.QtCore import QCoreApplication, QThread, QTimer

    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    state = {"frame": sys._getframe(1), "left": MAX_FRAMES, "tries": 0}

    def clear():
        frame = state["frame"]
        while frame is not None and state["left"] > 0 and _clearable(frame):
            try:
                frame.clear()
            except RuntimeError:  # still executing: this one and every caller above it
                break
            state["left"] -= 1
            if frame.f_code.co_name == "runAlgorithm" and frame.f_code.co_filename.endswith("BatchAlgorithmDialog.py"):
                frame = None
                break
            frame = frame.f_back
        state["frame"] = frame
        if frame is None or state["left"] <= 0 or not _clearable(frame):
            return
        state["tries"] += 1
        if state["tries"] < MAX_TRIES:
            QTimer.singleShot(RETRY_MS, clear)

    QTimer.singleShot(0, clear)
