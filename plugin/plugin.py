# SPDX-License-Identifier: GPL-3.0-or-later
"""The QGIS plugin object: registers the Processing provider; thin, no science here."""
from __future__ import annotations

from .dependencies import add_ext_libs_to_path, missing_message


class EOLatentPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.query_dock = None
        self.query_action = None
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
        if self.iface is not None and not problem:
            self._add_query_dock()

    def _add_query_dock(self):
        from qgis.PyQt.QtCore import QCoreApplication, Qt
        from qgis.PyQt.QtWidgets import QAction

        from .query_dock import QueryDock

        self.query_dock = QueryDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.query_dock)
        self.query_dock.hide()
        self.query_action = QAction(QCoreApplication.translate("EOLatent", "Text query…"), self.iface.mainWindow())
        self.query_action.setCheckable(True)
        self.query_action.toggled.connect(self.query_dock.setVisible)
        self.query_dock.visibilityChanged.connect(self.query_action.setChecked)
        self.iface.addPluginToRasterMenu(QCoreApplication.translate("EOLatent", "EO Latent"), self.query_action)

    def unload(self):
        from qgis.core import QgsApplication

        if self.query_dock is not None:
            from qgis.PyQt.QtCore import QCoreApplication

            self.iface.removePluginRasterMenu(QCoreApplication.translate("EOLatent", "EO Latent"), self.query_action)
            self.iface.removeDockWidget(self.query_dock)
            self.query_dock.deleteLater()
            self.query_dock = self.query_action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
