# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan of a block run (output grid, block alignment) and its error type (core/scaleout/distributed.py)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict


class DistributedError(ValueError):
    """The scaled-out run cannot go on; the message names the problem and the fix."""


@dataclass
class Plan:
    """Output grid and block layout of one run (all sizes in output-grid pixels)."""

    width: int = 0
    height: int = 0
    crs_wkt: str = ""
    transform: tuple = ()  # GDAL geotransform of the output grid
    align: int = 1  # block edges fall on multiples of this
    default_block: int = 1024
    full_width: bool = False  # blocks are bands of whole rows (the algorithm works in full-width strips)
    single: str = ""  # non-empty: why the run is one block (the whole job on one worker)
    tag_overrides: Dict[str, Dict[str, str]] = field(default_factory=dict)  # output key -> dataset tags
    extra: dict = field(default_factory=dict)  # parameters resolved once, passed to every block
    renames: Dict[str, str] = field(default_factory=dict)  # view file name -> input file name, in the tags
