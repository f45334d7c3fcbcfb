# SPDX-License-Identifier: GPL-3.0-or-later
"""Text side of the text query: export of the sentence-embedding model (see export_minilm.py)."""
