# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:encode — S2 and/or S1 stacks → a latent raster (docs/latent_contract.md): the tiled run of the
window encoders (fine4 VAE) in :mod:`.raster`, the Presto foundation encoder in :mod:`.presto`."""
