# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m eolatent``: the command-line interface (:mod:`eolatent.cli`)."""
import sys

from eolatent.cli import main

if __name__ == "__main__":
    sys.exit(main())
