# SPDX-License-Identifier: GPL-3.0-or-later
"""The QGIS plugin object: registers the Processing provider and the Raster ▸ EO Latent menu (docks, dialogs,
Models…, Diagnostics…); thin, no science here."""
from __future__ import annotations

import os

from .dependencies import add_ext_libs_to_path, missing_message


# the menu and toolbar icons: the plugin's own icons (icons/*.svg: the docks share their algorithm's icon) where QGIS's would be read as QGIS's
# own tool (Identify, Add Raster Layer, Search); QGIS's theme icons (a leading "/") for models and diagnostics
ICONS = {"query": "textquery.svg", "stack": "buildstack.svg", "pixel": "pixelplot.svg", "viewer": "pcaview.svg",
         "models": "/mActionSharingImport.svg", "diagnostics": "/mIconInfo.svg"}
ICON_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "icons")


def theme_icon(key: str):
    from qgis.core import QgsApplication
    from qgis.PyQt.QtGui import QIcon

    name = ICONS[key]
    return QgsApplication.getThemeIcon(name) if name.startswith("/") else QIcon(os.path.join(ICON_DIR, name))


def describe(action, text: str, tip: str) -> None:
    """What the tool does, in the status bar while the pointer is on its button or menu entry and in What's This
    (Shift+F1), as QGIS's own tools do. The tooltip stays the name: QGIS's shortcut manager rewrites every
    tooltip of its window (bold, the shortcut appended, anything in parentheses removed), so a description there
    came out all bold and cut."""
    if not tip:
        return
    action.setToolTip(text.rstrip("…"))
    action.setStatusTip(tip)
    action.setWhatsThis(tip)


class EOLatentPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.toolbar = None
        from .i18n import install_translator

        install_translator()  # the QGIS locale's language, before any string is created
        self.query_dock = None
        self.query_action = None
        self.desktop_actions = []  # (action, dock or dialog) of the stack dock, viewer, pixel plot, diagnostics
        add_ext_libs_to_path()

    def initProcessing(self):  # noqa: N802 - QGIS API
        from qgis.core import QgsApplication

        from ..processing_provider.provider import EOLatentProvider

        if self.provider is None:
            self.provider = EOLatentProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def _warn_missing(self, problem: str) -> None:
        """The missing-dependency message in the message bar: its first line, and a Details… button opening the whole
        text, selectable (the command to copy was cut off in the bar's two-line box, hidden behind the toolbox)."""
        from qgis.core import Qgis
        from qgis.PyQt.QtCore import QCoreApplication, Qt
        from qgis.PyQt.QtWidgets import QMessageBox, QPushButton

        title = QCoreApplication.translate("EOLatent", "EO Latent")
        bar = self.iface.messageBar()
        widget = bar.createMessage(title, problem.splitlines()[0])
        button = QPushButton(QCoreApplication.translate("EOLatent", "Details…"), widget)

        def details():
            box = QMessageBox(QMessageBox.Warning, title, problem, QMessageBox.Ok, self.iface.mainWindow())
            box.setTextInteractionFlags(Qt.TextSelectableByMouse)
            box.exec_()

        button.clicked.connect(details)
        widget.layout().addWidget(button)
        bar.pushWidget(widget, Qgis.Warning, 0)

    def initGui(self):  # noqa: N802 - QGIS API
        self.initProcessing()
        if self.iface is not None:
            from qgis.PyQt.QtCore import QCoreApplication

            self.toolbar = self.iface.addToolBar(QCoreApplication.translate("EOLatent", "EO Latent"))
            self.toolbar.setObjectName("EOLatentToolbar")
        problem = missing_message()
        if problem and self.iface is not None:
            self._warn_missing(problem)
        if self.iface is not None and not problem:
            self._add_query_dock()
            self._add_desktop_tools()
        if self.iface is not None:  # also (above all) when a dependency is missing
            self._add_models()
            self._add_diagnostics()

    def _add_query_dock(self):
        from qgis.PyQt.QtCore import QCoreApplication, Qt
        from qgis.PyQt.QtWidgets import QAction

        from .query_dock import QueryDock

        self.query_dock = QueryDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.query_dock)
        self.query_dock.hide()
        self.query_action = QAction(theme_icon("query"), QCoreApplication.translate("EOLatent", "Text query…"),
                                    self.iface.mainWindow())
        describe(self.query_action, self.query_action.text(), QCoreApplication.translate(
            "EOLatent", "Map where a concept written in English is likely: a probability per pixel, from a "
            "Sentinel-2 stack or a latent raster"))
        self.query_action.setCheckable(True)
        self.toolbar.addAction(self.query_action)
        self.query_action.toggled.connect(self.query_dock.setVisible)
        self.query_dock.visibilityChanged.connect(self.query_action.setChecked)
        self.iface.addPluginToRasterMenu(QCoreApplication.translate("EOLatent", "EO Latent"), self.query_action)

    def _menu_action(self, text: str, widget, checkable: bool, icon: str, tip: str = ""):
        from qgis.PyQt.QtCore import QCoreApplication
        from qgis.PyQt.QtWidgets import QAction

        action = QAction(theme_icon(icon), text, self.iface.mainWindow())
        describe(action, text, tip)
        if self.toolbar is not None:
            self.toolbar.addAction(action)
        if checkable:  # a dock: the action shows/hides it
            action.setCheckable(True)
            action.toggled.connect(widget.setVisible)
            widget.visibilityChanged.connect(action.setChecked)
        self.iface.addPluginToRasterMenu(QCoreApplication.translate("EOLatent", "EO Latent"), action)
        self.desktop_actions.append((action, widget))
        return action

    def _add_desktop_tools(self):
        from qgis.PyQt.QtCore import QCoreApplication, Qt

        from .latent_viewer import LatentViewerDialog
        from .pixel_plot_dock import PixelPlotDock
        from .stack_dock import StackDock

        tr = lambda text: QCoreApplication.translate("EOLatent", text)  # noqa: E731
        for dock, text, icon, tip in (
                (StackDock(self.iface, self.iface.mainWindow()), tr("Build stack…"), "stack",
                 tr("List the Sentinel-1 and Sentinel-2 products of folders by date and cloud cover, and build the "
                    "dated stacks the other tools read")),
                (PixelPlotDock(self.iface, self.iface.mainWindow()), tr("Pixel time series…"), "pixel",
                 tr("Click a pixel on the map to plot its per-date values (decoded LAI, soil moisture, …) with the "
                    "±1σ band"))):
            self.iface.addDockWidget(Qt.RightDockWidgetArea, dock)
            dock.hide()
            self._menu_action(text, dock, True, icon, tip)
        viewer = LatentViewerDialog(self.iface, self.iface.mainWindow())
        action = self._menu_action(tr("Show latent as PCA composite…"), viewer, False, "viewer",
                                   tr("Show a latent raster's first three principal components as a false-colour "
                                      "image, for one window of dates"))
        action.triggered.connect(lambda: (viewer.select_active_layer(), viewer.show(), viewer.raise_()))

    def _add_models(self):
        from qgis.PyQt.QtCore import QCoreApplication

        from .models_dialog import ModelsDialog

        dialog = ModelsDialog(self.iface, self.iface.mainWindow())
        action = self._menu_action(QCoreApplication.translate("EOLatent", "Models…"), dialog, False, "models",
                                   QCoreApplication.translate(
                                       "EOLatent", "Install, verify or remove the networks the algorithms run "
                                       "(sha256-checked; offline from a local folder)"))
        action.triggered.connect(lambda: (dialog.show(), dialog.raise_()))

    def _add_diagnostics(self):
        from qgis.PyQt.QtCore import QCoreApplication

        from .diagnostics import DiagnosticsDialog

        dialog = DiagnosticsDialog(self.iface, self.iface.mainWindow())
        action = self._menu_action(QCoreApplication.translate("EOLatent", "Diagnostics…"), dialog, False, "diagnostics",
                                   QCoreApplication.translate(
                                       "EOLatent", "Versions, execution providers (CUDA or CPU), GPU and installed "
                                       "models, with a report to copy into a bug report"))
        action.triggered.connect(lambda: (dialog.show(), dialog.raise_()))

    def _remove_desktop_tools(self):
        from qgis.PyQt.QtCore import QCoreApplication
        from qgis.PyQt.QtWidgets import QDockWidget

        for action, widget in self.desktop_actions:
            self.iface.removePluginRasterMenu(QCoreApplication.translate("EOLatent", "EO Latent"), action)
            if hasattr(widget, "unload"):
                widget.unload()
            if isinstance(widget, QDockWidget):
                self.iface.removeDockWidget(widget)
            widget.deleteLater()
        self.desktop_actions = []

    def unload(self):
        from qgis.core import QgsApplication

        self._remove_desktop_tools()
        if self.query_dock is not None:
            from qgis.PyQt.QtCore import QCoreApplication

            self.iface.removePluginRasterMenu(QCoreApplication.translate("EOLatent", "EO Latent"), self.query_action)
            self.query_dock.unload()
            self.iface.removeDockWidget(self.query_dock)
            self.query_dock.deleteLater()
            self.query_dock = self.query_action = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
