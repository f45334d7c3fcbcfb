# SPDX-License-Identifier: GPL-3.0-or-later
"""Text query: a concept in natural language → a probability map (contract: docs/textquery_contract.md)."""
