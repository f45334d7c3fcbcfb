# SPDX-License-Identifier: GPL-3.0-or-later
"""Cloud detection models: the s2cloudless LightGBM model converted to ONNX (export_s2cloudless.py) and the
measurement of the cloud/shadow detectors on the Slovenia tile (evaluate.py)."""
