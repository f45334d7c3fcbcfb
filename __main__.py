# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m eolatent``: the command-line interface (:mod:`eolatent.cli`)."""
import signal
import sys

INTERRUPTED = "eolatent: interrupted; no output was written"


def _interrupt(signum, frame):
    raise KeyboardInterrupt


if __name__ == "__main__":
    for _name in ("SIGTERM", "SIGHUP"):      # as Ctrl-C, from the first instant (eolatent.cli sets them again)
        if hasattr(signal, _name):
            signal.signal(getattr(signal, _name), _interrupt)
try:
    from eolatent.cli import main           # numpy, GDAL: a signal during the imports is no traceback either
except KeyboardInterrupt:
    if __name__ != "__main__":
        raise
    print(INTERRUPTED, file=sys.stderr)
    sys.exit(130)

if __name__ == "__main__":
    try:
        code = main()
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        code = 130
    sys.exit(code)
