# SPDX-License-Identifier: GPL-3.0-or-later
"""Training of the text-query satellite towers (docs/textquery_contract.md, docs/textquery_training.md)."""
