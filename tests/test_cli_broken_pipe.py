# SPDX-License-Identifier: GPL-3.0-or-later
"""`eolatent models list --json | head`: the reader leaves before the listing is written. That printed
'error: [Errno 32] Broken pipe' and exit 1; a listing cut short by its reader ends quietly, with the status of a
process ended by SIGPIPE (141), as other command-line tools do."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_a_reader_that_leaves_early_gets_no_error(tmp_path):
    env = dict(os.environ, EOLATENT_CACHE_DIR=str(tmp_path / "cache"))
    proc = subprocess.Popen([sys.executable, "-m", "eolatent", "models", "list", "--json"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=str(tmp_path), env=env)
    proc.stdout.close()       # the reader leaves before anything is written (the listing hashes the models first)
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141 and "Broken pipe" not in err and "error" not in err, err
