# SPDX-License-Identifier: GPL-3.0-or-later
"""`eolatent models list --json | head`: the reader leaves before the listing is written. That printed
'error: [Errno 32] Broken pipe' and exit 1; a listing cut short by its reader ends quietly, with the status of a
process ended by SIGPIPE (141), as other command-line tools do."""
import os
import subprocess
import sys

import pytest

# `python -m eolatent` and the `eolatent` console script (pyproject: eolatent.cli:main, no __main__)
ENTRIES = {"module": [sys.executable, "-m", "eolatent"],
           "console_script": [sys.executable, "-c", "import sys; from eolatent.cli import main; sys.exit(main())"]}


@pytest.mark.parametrize("entry", sorted(ENTRIES))
def test_a_reader_that_leaves_early_gets_no_error(tmp_path, entry):
    env = dict(os.environ, EOLATENT_CACHE_DIR=str(tmp_path / "cache"))
    proc = subprocess.Popen(ENTRIES[entry] + ["models", "list", "--json"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=str(tmp_path), env=env)
    proc.stdout.close()       # the reader leaves before anything is written (the listing hashes the models first)
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141 and "Broken pipe" not in err and "error" not in err, err
