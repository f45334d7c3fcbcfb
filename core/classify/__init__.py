# SPDX-License-Identifier: GPL-3.0-or-later
"""Maps from the latent layers: supervised land-cover classification from labelled polygons or points
(samples, spatial split, random-forest training exported to ONNX, tiled application, accuracy metrics),
unsupervised clustering, and similarity search ("find places like this one").

Training and clustering need scikit-learn (and skl2onnx for the export); applying a classifier and the
similarity map need only numpy and onnxruntime.
"""
