# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:decode — a latent raster → physical variables (LAI, soil moisture, …) at the dates the user
asks for, with 1σ (:mod:`.raster`)."""
