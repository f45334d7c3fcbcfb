# SPDX-License-Identifier: GPL-3.0-or-later
"""The one error class of the super-resolution's inputs (re-exported by :mod:`lst_input`, where callers take it)."""


class LstInputError(ValueError):
    """An input or guide the super-resolution cannot use; the message names the fix."""
