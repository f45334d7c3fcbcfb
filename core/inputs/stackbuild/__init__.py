# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:buildstack — per-date products (SAFE, Theia, GeoTIFF, S1Tiling, pyroSAR) → one multi-date S2
and/or S1 stack on a common grid: scanning (:mod:`.scan`), the output grid (:mod:`.grid`), writing
(:mod:`.write`), the run (:mod:`.build`) and the product list of the stack dock (:mod:`.products`)."""
