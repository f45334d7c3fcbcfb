# SPDX-License-Identifier: GPL-3.0-or-later
"""The QGIS plugin object: registers the Processing provider; thin, no science here."""
from __future__ import annotations

from .dependencies import add_ext_libs_to_path, missing_message


class EOLatentPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        add_ext_libs_to_path()

    def initProcessing(self):  # noqa: N802 - QGIS API
        from qgis.core import QgsApplication

        from ..processing_provider.provider import EOLatentProvider

        if self.provider is None:
            self.provider = EOLatentProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 - QGIS API
        self.initProcessing()
        problem = missing_message()
        if problem and self.iface is not None:
            from qgis.core import Qgis
            from qgis.PyQt.QtCore import QCoreApplication

            self.iface.messageBar().pushMessage(
                QCoreApplication.translate("EOLatent", "EO Latent"), problem, level=Qgis.Warning, duration=0)

    def unload(self):
        from qgis.core import QgsApplication

        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
