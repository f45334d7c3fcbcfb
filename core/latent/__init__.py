# SPDX-License-Identifier: GPL-3.0-or-later
"""The latent raster contract between encoders and everything downstream (docs/latent_contract.md): time
windows, band layout, reader and encoder/decoder lookup (:mod:`.contract`); the PCA colour composite the
latent viewer shows (:mod:`.pca`); the per-window quality bands' values (:mod:`.quality`)."""
