# SPDX-License-Identifier: GPL-3.0-or-later
"""The command-line process itself: the signals that interrupt a run (Ctrl-C, SIGTERM, SIGHUP) and its exit status,
and GDAL's own messages kept off stderr."""
from __future__ import annotations

import os

SIGNALLED = [2]     # the signal that interrupted the run (set by the handler; SIGINT, Ctrl-C, by default)
RECEIVED = [False]  # an interrupting signal arrived: :func:`terminate_as_interrupt`


def reset() -> None:
    """A new run in this process (the tests run several): no signal yet."""
    SIGNALLED[0], RECEIVED[0] = 2, False


def interrupted_status() -> int:
    """The exit status of an interrupted run, 128 + the signal, as the shells give it: 130 for Ctrl-C, 143 for
    SIGTERM (timeout, a batch scheduler), 129 for SIGHUP."""
    return 128 + SIGNALLED[0]


def quiet_gdal() -> None:
    """GDAL prints its own errors ("ERROR 1: TIFFFillTile…") on stderr before ours, which quote them and say what to
    do; rasterio warns about rasters without georeferencing that the checks then refuse by name. Both are off on the
    command line (EOLATENT_DEBUG=1 keeps them)."""
    import warnings

    if os.environ.get("EOLATENT_DEBUG"):
        return
    os.environ.setdefault("CPL_LOG", os.devnull)   # read by GDAL's default error handler at its first message
    try:
        from rasterio.errors import NotGeoreferencedWarning
    except ImportError:
        return
    warnings.filterwarnings("ignore", category=NotGeoreferencedWarning)


def terminate_as_interrupt() -> dict:
    """SIGTERM (timeout, a batch scheduler, kill) and SIGHUP (the terminal closed) end a run as Ctrl-C does, through
    the same clean-up: their default action killed the process at once and left the hidden partial output files
    behind (a later run removes those of killed runs: core.outputs.files.remove_stale_parts). Each, Ctrl-C too, is
    recorded (:data:`RECEIVED`): an interrupt that lands inside a C extension's import comes back as another error
    ("import numpy failed", read as onnxruntime missing), and is an interruption all the same. A signal the process
    was started to ignore (nohup, a background job) stays ignored. Returns the handlers replaced, for :func:`restore`."""
    import signal
    import threading

    def interrupt(signum, frame):
        SIGNALLED[0] = int(signum)
        RECEIVED[0] = True
        raise KeyboardInterrupt

    before = {}
    if threading.current_thread() is threading.main_thread():
        for name in ("SIGINT", "SIGTERM", "SIGHUP"):
            sig = getattr(signal, name, None)
            if sig is None or signal.getsignal(sig) is signal.SIG_IGN:     # nohup, a background job: kept ignored
                continue
            previous = signal.signal(sig, interrupt)
            # None: a handler installed from C (an embedding host), which Python cannot put back: Python's default
            before[sig] = previous if previous is not None else (
                signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL)
    return before


def restore(before: dict) -> None:
    """Put back the handlers :func:`terminate_as_interrupt` replaced (``main`` called from Python: a notebook, a
    service, the tests, keeps its own)."""
    import signal

    for sig, handler in before.items():
        signal.signal(sig, handler)
