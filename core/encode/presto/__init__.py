# SPDX-License-Identifier: GPL-3.0-or-later
"""The statistical encoder: Presto (pixel time series → 128 features) exported to ONNX.

``inputs``: monthly tokens, normalisation and masks; ``embed``: batched ONNX Runtime inference on arrays;
``encode_raster``: S2 and/or S1 stacks → latent raster (docs/latent_contract.md, "pixel_series" encoders).
"""
