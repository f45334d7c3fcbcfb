# SPDX-License-Identifier: GPL-3.0-or-later
"""bench/results.md: each benchmark script owns one '## ' section and replaces it, keeping the others."""
from __future__ import annotations

import os


def replace_section(path: str, header: str, lines) -> None:
    """Replace the section starting with ``header`` (up to the next '## ') by ``lines``; keep the rest."""
    old = open(path).read().split("\n") if os.path.exists(path) else ["# EO Latent benchmarks", ""]
    keep, skipping = [], False
    for line in old:
        if line.startswith(header):
            skipping = True
            continue
        if skipping and line.startswith("## "):
            skipping = False
        if not skipping:
            keep.append(line)
    while keep and keep[-1] == "":
        keep.pop()
    with open(path, "w") as fh:
        fh.write("\n".join(keep + list(lines)))
