# SPDX-License-Identifier: GPL-3.0-or-later
"""The error every biophysical module raises for inputs it cannot retrieve from."""


class BiophysicalInputError(ValueError):
    """Inputs that cannot be retrieved from (missing bands, DN instead of reflectance, bad angles, bad clumping)."""
