# SPDX-License-Identifier: GPL-3.0-or-later
"""Land-surface temperature super-resolution: radiance aggregation, masked bicubic upsampling, TsHARP,
per-coarse-pixel conservation (bounded by the coarse neighbourhood), input/guide reading, the run's checks and
warnings, and the tiled raster run (eolatent:superresolve).

Everything here is numpy only (no qgis, torch or scipy); the CNNs run through ONNX Runtime.
"""
