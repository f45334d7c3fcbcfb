# SPDX-License-Identifier: GPL-3.0-or-later
"""Pixel time-series dock: click a pixel on the map, see its decoded series (LAI, soil moisture, …) with a
shaded ±1σ band, one plot per chosen variable (matplotlib). GUI only: reading the series is
core/inputs/pixel_series.py. Works for every per-date output (eolatent:decode, biophysical, soilmoisture)."""
from __future__ import annotations

import os

from qgis.core import QgsCoordinateTransform, QgsProject, QgsRasterLayer
from qgis.gui import QgsMapToolEmitPoint, QgsVertexMarker
from qgis.PyQt.QtCore import QDate, QLocale, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (QDockWidget, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                                 QPushButton, QScrollArea, QVBoxLayout, QWidget)

from ..core.inputs.pixel_series import OutsideRaster, describe, find_std, read_series
from ..processing_provider.decode_algorithm import DATE_LAYER_TAG
from ..processing_provider.parameter_checks import layer_path
from .i18n import qlocale_number, tr
from .signals import disconnect


TICKED_AT_MOST = 3      # layers added to the project come ticked while fewer are: one panel each


def is_date_layer(layer) -> bool:
    """One of decode's one-date layers for the temporal controller (a VRT of one band of an output in
    "<output>_dates/"): the same values as its output, not a series of its own."""
    if layer.customProperty(DATE_LAYER_TAG):
        return True
    path = layer_path(layer)
    return path.lower().endswith(".vrt") and os.path.basename(os.path.dirname(path)).endswith("_dates")


def coordinate_text(value: float, geographic: bool) -> str:
    """A map coordinate in QGIS's locale (decimal comma in French), to the precision of a 10 m pixel: 5 decimals of
    a degree (about 1 m), 1 decimal of a metre (".2f" put a click in degrees within 1 km)."""
    return qlocale_number(value, 5 if geographic else 1)


def elide(text: str, chars: int) -> str:
    """``text`` cut to ``chars`` characters, "…" ending a cut one."""
    return text if len(text) <= chars else text[:max(1, chars - 1)].rstrip() + "…"


def locale_number_formatter():
    """matplotlib's tick labels with QGIS's decimal separator (a comma in French; matplotlib wrote "0.35")."""
    from matplotlib.ticker import ScalarFormatter

    point = QLocale().decimalPoint()

    class LocaleFormatter(ScalarFormatter):
        def __call__(self, x, pos=None):
            return super().__call__(x, pos).replace(".", point)

    return LocaleFormatter()


def date_tick_formatter(axis):
    """Date labels in QGIS's language (matplotlib's come from the C library's locale: English months in a French
    QGIS): month names where the ticks are a month or more apart, day and month closer, years alone a year apart;
    the year is added on the first tick and in January."""
    from matplotlib import dates as mdates
    from matplotlib.ticker import FuncFormatter

    locale = QLocale()

    def label(x, pos=None):
        ticks = axis.get_majorticklocs()
        step = min((b - a for a, b in zip(ticks[:-1], ticks[1:])), default=30.0)
        d = mdates.num2date(x)
        day = QDate(d.year, d.month, d.day)
        if step >= 360:
            return str(d.year)
        first = pos == 0 or (len(ticks) and x <= ticks[0])
        if step >= 27:
            text = locale.toString(day, "MMM")
            return text + ("\n%d" % d.year if first or d.month == 1 else "")
        text = locale.toString(day, "d MMM")
        return text + ("\n%d" % d.year if first or (d.month == 1 and d.day <= step) else "")

    return FuncFormatter(label)


class PixelPlotDock(QDockWidget):
    plotted = pyqtSignal(list)  # the PixelSeries drawn (empty when nothing could be drawn)

    def __init__(self, iface=None, parent=None):
        super().__init__(tr("EO Latent — pixel time series"), parent)
        self.setObjectName("EOLatentPixelPlotDock")
        self.iface = iface
        self.series = []
        self.axes = []
        self._described = {}  # layer id -> DatedRaster or None
        self.tool = None
        self._previous_tool = None
        self.marker = None        # where the last click was, on the map canvas
        self._watched = set()     # ids of the layers whose renames refresh the list
        self.plotted_ids = set()  # ids of the layers drawn in the plot
        body = QWidget()
        lay = QVBoxLayout(body)
        label = QLabel(tr("Variables to plot (per-date outputs; the 1σ raster is found by itself)"))
        label.setWordWrap(True)
        lay.addWidget(label)
        self.layer_list = QListWidget()
        self.layer_list.setMaximumHeight(110)
        lay.addWidget(self.layer_list)
        row = QHBoxLayout()
        self.pick_button = QPushButton(tr("Pick a pixel on the map"))
        self.pick_button.setCheckable(True)
        self.pick_button.toggled.connect(self.set_picking)
        refresh = QPushButton(tr("Refresh layers"))
        refresh.clicked.connect(self.refresh_layers)
        row.addWidget(self.pick_button)
        row.addWidget(refresh)
        lay.addLayout(row)
        try:
            from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
            from matplotlib.figure import Figure
        except ImportError:  # the dock still tells the user what is missing
            self.figure = self.canvas = None
            lay.addWidget(QLabel(tr("The plot needs matplotlib: install python3-matplotlib (Debian/Ubuntu) or "
                                    "`python3 -m pip install --user matplotlib`.")), 1)
        else:
            # constrained layout: in a small dock it does its best silently (tight layout warned in the log)
            self.figure = Figure(figsize=(5, 3), layout="constrained")
            self.canvas = FigureCanvasQTAgg(self.figure)
            # the panels scroll: their minimum height no longer grows the dock, and with it QGIS's main window
            # past the screen (7 panels asked 980 px)
            self.plot_area = QScrollArea()
            self.plot_area.setWidgetResizable(True)
            self.plot_area.setFrameShape(QFrame.NoFrame)
            self.plot_area.setWidget(self.canvas)
            lay.addWidget(self.plot_area, 1)
        self.status = QLabel(tr("Click “Pick a pixel on the map”, then click the map."))
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.setWidget(body)
        self.visibilityChanged.connect(self._shown)
        if iface is not None:      # another map tool chosen (Pan, Zoom…): the Pick button follows
            iface.mapCanvas().mapToolSet.connect(self._map_tool_set)
            # the cross sits in map coordinates: another map CRS would move it off the pixel
            iface.mapCanvas().destinationCrsChanged.connect(self._unmark)
        project = QgsProject.instance()
        project.layersAdded.connect(self.refresh_layers)
        project.layersRemoved.connect(self.refresh_layers)
        project.cleared.connect(self._unmark)      # File ▸ New, another project opened
        self.refresh_layers()

    def _shown(self, shown: bool):
        if not shown:            # closed: stop picking, take the click's cross off the map
            self.pick_button.setChecked(False)
            self._unmark()

    # ---- layers ----------------------------------------------------------------------------------
    def _describe(self, layer):
        if layer.id() not in self._described:
            self._described[layer.id()] = describe(layer_path(layer))
        return self._described[layer.id()]

    def dated_layers(self):
        """(layer, DatedRaster) of every per-date raster layer of the project."""
        out = []
        for layer in QgsProject.instance().mapLayers().values():
            if isinstance(layer, QgsRasterLayer) and layer.providerType() == "gdal" and not is_date_layer(layer):
                info = self._describe(layer)
                if info is not None:
                    out.append((layer, info))
        return out

    def refresh_layers(self, *_):
        listed = {self.layer_list.item(i).data(Qt.UserRole) for i in range(self.layer_list.count())}
        checked = set(self.checked_layer_ids())
        self.layer_list.clear()
        ticked = 0
        for layer, info in self.dated_layers():
            if info.is_std or info.is_flags:
                continue  # drawn as the band of their variable / not a quantity
            if layer.id() not in self._watched:         # the list follows renames
                layer.nameChanged.connect(self.refresh_layers)
                self._watched.add(layer.id())
            template = tr("{layer} ({variable}, {n} dates)") if len(info.dates) != 1 else \
                tr("{layer} ({variable}, 1 date)")
            item = QListWidgetItem(template.format(layer=layer.name(), variable=info.variable, n=len(info.dates)))
            item.setData(Qt.UserRole, layer.id())
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            # a new layer comes ticked while fewer than TICKED_AT_MOST are (a decode adds several at once)
            on = layer.id() in checked or (layer.id() not in listed and len(checked) + ticked < TICKED_AT_MOST)
            ticked += on and layer.id() not in checked
            item.setCheckState(Qt.Checked if on else Qt.Unchecked)
            self.layer_list.addItem(item)
        project_ids = set(QgsProject.instance().mapLayers())
        self._watched &= project_ids
        if self.plotted_ids - project_ids:          # a plotted layer was removed: its panel and the cross go too
            self._show([], tr("A plotted layer was removed: click the map again."))
            self._unmark()

    def checked_layer_ids(self):
        return [self.layer_list.item(i).data(Qt.UserRole) for i in range(self.layer_list.count())
                if self.layer_list.item(i).checkState() == Qt.Checked]

    def set_checked(self, layer_ids):
        for i in range(self.layer_list.count()):
            item = self.layer_list.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in layer_ids else Qt.Unchecked)

    # ---- map tool --------------------------------------------------------------------------------
    def set_picking(self, on: bool):
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        if on:
            if self.tool is None:
                self.tool = QgsMapToolEmitPoint(canvas)
                self.tool.canvasClicked.connect(self._clicked)
            self._previous_tool = canvas.mapTool()
            canvas.setMapTool(self.tool)
        elif self.tool is not None and canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)
            if self._previous_tool is not None:
                canvas.setMapTool(self._previous_tool)

    def _map_tool_set(self, new_tool, old_tool=None):
        if new_tool is not self.tool and self.pick_button.isChecked():
            self._previous_tool = None     # the user chose that tool: keep it
            self.pick_button.setChecked(False)

    def _clicked(self, point, button=None):
        crs = self.iface.mapCanvas().mapSettings().destinationCrs() if self.iface is not None \
            else QgsProject.instance().crs()
        self._mark(point)
        self.plot_at(point, crs)

    def _mark(self, point):
        """A cross on the map where the plotted pixel is (moved by the next click, removed with the dock)."""
        if self.iface is None:
            return
        if self.marker is None:
            self.marker = QgsVertexMarker(self.iface.mapCanvas())
            self.marker.setIconType(QgsVertexMarker.ICON_X)
            self.marker.setColor(QColor("#e31a1c"))
            self.marker.setIconSize(14)
            self.marker.setPenWidth(3)
        self.marker.setCenter(point)
        self.marker.show()

    def _unmark(self, *_):
        if self.marker is not None and self.iface is not None:
            self.iface.mapCanvas().scene().removeItem(self.marker)
        self.marker = None

    # ---- plotting --------------------------------------------------------------------------------
    def plot_at(self, point, crs):
        """Plot the series at ``point`` (a QgsPointXY in ``crs``) of every checked variable."""
        project = QgsProject.instance()
        all_dated = self.dated_layers()
        infos = [info for _, info in all_dated]
        wanted = [(lyr, info) for lyr, info in all_dated if lyr.id() in set(self.checked_layer_ids())]
        if not wanted:
            self._show([], tr("No variable chosen: tick a per-date output (LAI, soil moisture, …) above."))
            return
        series, names, problems, plotted = [], [], [], set()
        for layer, info in wanted:
            try:
                pt = QgsCoordinateTransform(crs, layer.crs(), project).transform(point)
                s = read_series(info, pt.x(), pt.y(), find_std(info, infos))
            except OutsideRaster:
                problems.append(tr("{}: the click is outside the raster.").format(layer.name()))
                continue
            except Exception as exc:  # noqa: BLE001 - a transform or read failure is shown, not raised
                problems.append(tr("{layer}: {error}").format(layer=layer.name(), error=str(exc)))
                continue
            if not s.has_data:
                problems.append(tr("{}: no data at this pixel.").format(layer.name()))
                continue
            series.append(s)
            names.append(layer.name())
            plotted.add(layer.id())
        geographic = crs.isGeographic()
        title = tr("Pixel at {x}, {y} ({crs})").format(x=coordinate_text(point.x(), geographic),
                                                       y=coordinate_text(point.y(), geographic), crs=crs.authid())
        self._show(series, " ".join([title] + problems), names, plotted)

    def _show(self, series, message, names=None, plotted=()):
        """Draw ``series`` (one panel each); ``message`` goes under the plot (where the pixel is, what failed: a
        title inside the figure was clipped in a narrow dock)."""
        self.series = series
        self.plotted_ids = set(plotted)
        if self.figure is None:
            self.status.setText(message)
            self.plotted.emit(series)
            return
        self.figure.clear()
        self.axes = []
        n = len(series)
        # room for every panel (squeezed below ~130 px a panel, matplotlib gives up on the layout and warns)
        self.canvas.setMinimumHeight(max(180, 140 * n))
        from matplotlib import dates as mdates

        ticks = max(2, self.canvas.width() // 110)    # date labels ~90 px wide: no more than fit side by side
        # a legend wider than its panel made the constrained layout shrink the panel to a sliver (French decoded
        # layer names are ~50 characters): names cut to what the panel holds, in full in the list above
        chars = max(14, self.canvas.width() // 9)

        for i, s in enumerate(series):
            # one time axis for every panel, its dates under the last one only (the panels' own axes differed: two
            # series of other dates could not be read against each other), dated in QGIS's language (date_tick_formatter)
            ax = self.figure.add_subplot(n, 1, i + 1, sharex=self.axes[0] if self.axes else None)
            # the layer's name in the legend: two layers of one variable (decoded and retrieved LAI) are told apart
            label = elide(names[i] if names and i < len(names) else s.variable, chars)
            line, = ax.plot(s.dates, s.values, marker="o", color="#1a9850", label=label)
            if s.std is not None:
                ax.fill_between(s.dates, s.values - s.std, s.values + s.std, color=line.get_color(), alpha=0.25,
                                label=tr("±1σ"))
            ax.set_ylabel("{} [{}]".format(s.variable, s.units) if s.units else s.variable)
            ax.grid(True, alpha=0.3)
            ax.legend(loc="best", fontsize="x-small")
            ax.yaxis.set_major_formatter(locale_number_formatter())
            if not self.axes:
                ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=2, maxticks=ticks))
                ax.xaxis.set_major_formatter(date_tick_formatter(ax.xaxis))
            ax.tick_params(axis="x", labelbottom=i == n - 1)
            self.axes.append(ax)
        self.canvas.draw_idle()
        self.status.setText(message)
        self.plotted.emit(series)

    def unload(self):
        self.set_picking(False)
        self._unmark()
        for layer_id in self._watched:
            layer = QgsProject.instance().mapLayer(layer_id)
            if layer is not None:
                disconnect(self.refresh_layers, layer.nameChanged)
        self._watched = set()
        if self.iface is not None:
            disconnect(self._map_tool_set, self.iface.mapCanvas().mapToolSet)
            disconnect(self._unmark, self.iface.mapCanvas().destinationCrsChanged)
        project = QgsProject.instance()
        disconnect(self.refresh_layers, project.layersAdded, project.layersRemoved)
        disconnect(self._unmark, project.cleared)
