# SPDX-License-Identifier: GPL-3.0-or-later
"""Disconnecting the docks' and dialogs' slots when the plugin unloads: the project's and the map canvas's
signals outlive them, and a slot of a deleted widget crashes the next emission."""
from __future__ import annotations


def disconnect(slot, *signals) -> None:
    """Disconnect ``slot`` from each of ``signals``; quietly where it is not connected (never was, or already)."""
    for signal in signals:
        try:
            signal.disconnect(slot)
        except (TypeError, RuntimeError):
            pass
