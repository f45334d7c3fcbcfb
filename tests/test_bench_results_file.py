# SPDX-License-Identifier: GPL-3.0-or-later
"""bench/results_file.py: each benchmark script replaces its own section of bench/results.md where it stands and
keeps the others; a child process reports its own peak memory, not what its parent held when it forked."""
import os
import subprocess
import sys

import numpy as np

BENCH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bench")
sys.path.insert(0, BENCH)

from results_file import own_peak_rss_mb, replace_preamble, replace_section  # noqa: E402

FILE = "# T\n\nRun 1\n\n## A\n\na1\n\n## B x\n\nb1\n\n## C\n\nc1\n"


def test_replace_section_in_place_and_append(tmp_path):
    p = tmp_path / "r.md"
    p.write_text(FILE)
    replace_section(str(p), "## B", ["## B y", "", "b2", ""])
    assert p.read_text() == "# T\n\nRun 1\n\n## A\n\na1\n\n## B y\n\nb2\n\n## C\n\nc1\n"
    replace_section(str(p), "## C", ["## C", "", "c2"])
    replace_section(str(p), "## D", ["## D", "", "d"])
    assert p.read_text() == "# T\n\nRun 1\n\n## A\n\na1\n\n## B y\n\nb2\n\n## C\n\nc2\n\n## D\n\nd\n"


def test_replace_section_new_file(tmp_path):
    p = tmp_path / "new.md"
    replace_section(str(p), "## A", ["## A", "", "a"])
    assert p.read_text() == "# EO Latent benchmarks\n\n## A\n\na\n"


def test_replace_preamble_keeps_sections(tmp_path):
    p = tmp_path / "r.md"
    p.write_text(FILE)
    replace_preamble(str(p), ["# T", "", "Run 2", ""])
    assert p.read_text() == FILE.replace("Run 1", "Run 2")


def _child_peak(extra_mb: int) -> float:
    code = (f"import sys; sys.path.insert(0, {BENCH!r}); import numpy as np; from results_file import own_peak_rss_mb; "
            f"a = np.ones({extra_mb} * 2 ** 17); print(own_peak_rss_mb())")
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def test_child_peak_is_its_own():
    held = np.ones(400 * 2 ** 17)                  # 400 MiB resident in this process while the children are forked
    assert own_peak_rss_mb() >= 400
    small, large = _child_peak(0), _child_peak(250)
    assert small < 200, small                      # ru_maxrss would read ≥ 400 here (inherited over fork + exec)
    assert 240 <= large - small < 300, (small, large)      # 250 MiB array; page rounding and imports vary
    del held
