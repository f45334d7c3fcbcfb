# SPDX-License-Identifier: GPL-3.0-or-later
"""The engine of EO Latent: science and raster I/O with no QGIS and no torch (numpy, rasterio, ONNX Runtime).

Layers, each a subpackage; arrows are the only import directions::

    inputs  ──►  engine  ──►  algorithms  ──►  outputs          scaleout (runs any algorithm as blocks)

* :mod:`.inputs` — Sentinel-1 / Sentinel-2 readers (GeoTIFF, SAFE, Theia, S1Tiling, pyroSAR), stack
  building, product level, sun angles.
* :mod:`.engine` — ONNX Runtime sessions, the model registry and model cards, the model manager (manifest,
  verified downloads), tiling with halos, pixel-wise inference, diagnostics.
* one package per algorithm, its science beside its raster runner: :mod:`.biophysical`, :mod:`.soilmoisture`,
  :mod:`.encode` (fine4 VAE and :mod:`.encode.presto`), :mod:`.decode`, :mod:`.textquery`, :mod:`.superres`,
  :mod:`.classify` (classify, cluster, similarity); :mod:`.latent` is the latent raster contract between
  encoders and everything downstream, :mod:`.physics` the radiative-transfer models (PROSAIL, Water Cloud
  Model) the algorithms are trained on.
* :mod:`.outputs` — the one atomic GeoTIFF writer, the one VRT builder, per-date raster conventions.
* :mod:`.scaleout` — the same algorithms as independent blocks (Dask or one process) assembled into the
  outputs a whole-raster run writes.
"""
