# SPDX-License-Identifier: GPL-3.0-or-later
"""The stack dock: folders of Sentinel-2 / Sentinel-1 products, the products found (date, sensor, cloud
cover) with checkboxes, date range, maximum cloud cover, bands, area (map extent, a layer's extent, a layer's
polygons, a rectangle drawn on the map), resolution and output; "Build" runs eolatent:buildstack in the
background and loads the stacks. GUI only: scanning is core/inputs/stackbuild/products.py, building the algorithm.

Dates: no date filter by default (before a scan nothing is sent: every date in the folders is built); the
"Dates" box, ticked by hand or by changing a date, makes the two dates a filter. After a scan, the date
range sent is the first and last ticked date; when a date inside that range is unticked,
the ticked products are linked into a selection folder that the builder reads instead (a multi-date stack
file counts as one product: all its dates in the range come together). Bands are sent when the algorithm
has a BANDS parameter; otherwise it builds every band common to the dates and the list is read-only.
"""
from __future__ import annotations

import os

from qgis.core import (Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsMapLayerProxyModel, QgsProject,
                       QgsRasterLayer)
from qgis.gui import QgsMapLayerComboBox, QgsMapToolExtent, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDockWidget, QDoubleSpinBox, QFileDialog,
                                 QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLineEdit, QListWidgetItem,
                                 QPushButton, QScrollArea, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout,
                                 QWidget)

from .algorithm_task import AlgorithmTaskMixin, add_progress_and_status, push_banner
from .i18n import engine_text, qlocale_number, tr
from .signals import disconnect
from .stack_parameters import (AREA_DRAWN, AREA_LAYER_EXTENT, AREA_LAYER_POLYGONS, area_parameters,
                               build_parameters)
from .stack_widgets import BandList, ScanTask, split_folders

S1A_LAUNCH = QDate(2014, 4, 3)  # the first date the date edits offer before a scan (no Sentinel data before)
S2_BAND_NAMES = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12")


class StackDock(AlgorithmTaskMixin, QDockWidget):
    scanned = pyqtSignal(bool)
    finished = pyqtSignal(bool, dict)  # success, results — emitted after the layers are added

    def __init__(self, iface=None, parent=None):
        super().__init__(tr("EO Latent — build stack"), parent)
        self.setObjectName("EOLatentStackDock")
        self.iface = iface
        self.products = []
        self.scan_task = None
        self.drawn = None  # (QgsRectangle, QgsCoordinateReferenceSystem)
        self.extent_tool = None
        self.layers = []
        self.last_parameters = {}
        body = QWidget()
        lay = QVBoxLayout(body)
        form = QFormLayout()
        self.s2_edit, self.s1_edit = QLineEdit(), QLineEdit()
        for edit, label in ((self.s2_edit, tr("Sentinel-2 folders")), (self.s1_edit, tr("Sentinel-1 folders"))):
            edit.setPlaceholderText(tr("folders separated by ';'"))
            row = QHBoxLayout()
            row.addWidget(edit)
            add = QToolButton()
            add.setText("…")
            add.setToolTip(tr("Add a folder"))
            add.clicked.connect(lambda _=False, e=edit: self._add_folder(e))
            row.addWidget(add)
            form.addRow(label, row)
        lay.addLayout(form)
        self.scan_button = QPushButton(tr("Scan the folders"))
        self.scan_button.clicked.connect(self.scan)
        self.scan_button.setToolTip(tr("List the products of the folders by date, with their cloud cover, to choose "
                                       "the dates to build (optional: Build alone takes every date)."))
        lay.addWidget(self.scan_button)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("Use"), tr("Date"), tr("Sensor"), tr("Cloud cover (%)"), tr("File")])
        header = self.table.horizontalHeader()
        for c in range(4):  # as wide as their header (translated) or their values, whichever is wider
            header.setSectionResizeMode(c, QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        # long product names keep their start (mission, date) and end (tile): elided in the middle, whole in the
        # tooltip; room for about six rows before scrolling
        self.table.setTextElideMode(Qt.ElideMiddle)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 7)
        lay.addWidget(self.table, 1)
        form = QFormLayout()
        drow = QHBoxLayout()
        # unticked (the default): no date filter; ticked (or a date changed): the dates are a filter
        self.date_box = QCheckBox(tr("Dates (first, last)"))
        self.date_box.setToolTip(tr("Unticked: every date found, no date filter. Tick it (or change a date) to "
                                    "keep only the dates between the first and the last."))
        self.date_box.toggled.connect(self._date_filter_toggled)
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        self.start_edit.setDate(S1A_LAUNCH)
        self.end_edit.setDate(QDate.currentDate())
        for e in (self.start_edit, self.end_edit):
            e.setCalendarPopup(True)
            e.setDisplayFormat("yyyy-MM-dd")
            e.setEnabled(False)
            e.dateChanged.connect(self._date_edited)
            drow.addWidget(e)
        form.addRow(self.date_box, drow)
        self.cloud_spin = QDoubleSpinBox()
        self.cloud_spin.setRange(0, 100)
        self.cloud_spin.setValue(50)
        self.cloud_spin.setSuffix(" %")
        self.cloud_spin.valueChanged.connect(self.apply_filters)
        self.cloud_spin.setToolTip(tr("Leaves out the Sentinel-2 products whose metadata give a higher cloud cover. "
                                      "Products without one (\"unknown\": plain GeoTIFFs, most Level-1C exports) are "
                                      "kept; their clouds are detected during the build, and dates found cloudy "
                                      "almost everywhere are named in the log: untick them in the list above."))
        form.addRow(tr("Maximum cloud cover"), self.cloud_spin)
        self.band_list = BandList()
        for b in S2_BAND_NAMES:
            item = QListWidgetItem(b)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            self.band_list.addItem(item)
        self.band_list.fit()
        form.addRow(tr("Sentinel-2 bands"), self.band_list)
        self.area_box = QComboBox()
        self.area_box.addItems([tr("All the data"), tr("Map canvas extent"), tr("Extent of a layer"),
                                tr("Polygons of a layer (outside: no data)"), tr("Rectangle drawn on the map")])
        form.addRow(tr("Area"), self.area_box)
        arow = QHBoxLayout()
        self.area_layer = QgsMapLayerComboBox()
        self.area_layer.setFilters(QgsMapLayerProxyModel.HasGeometry | QgsMapLayerProxyModel.RasterLayer)
        self.draw_button = QPushButton(tr("Draw"))
        self.draw_button.setCheckable(True)
        self.draw_button.toggled.connect(self._draw)
        self.draw_button.setToolTip(tr("Draw the area on the map (a rectangle), then build."))
        arow.addWidget(self.area_layer, 1)
        arow.addWidget(self.draw_button)
        form.addRow("", arow)
        # the layer choice matters only for the two layer areas (Draw is always offered: drawing picks its area)
        self.area_box.currentIndexChanged.connect(
            lambda mode: self.area_layer.setEnabled(mode in (AREA_LAYER_EXTENT, AREA_LAYER_POLYGONS)))
        self.area_layer.setEnabled(False)
        self.crs_widget = QgsProjectionSelectionWidget()
        self.crs_widget.setOptionVisible(QgsProjectionSelectionWidget.CrsNotSet, True)
        self.crs_widget.setNotSetText(tr("CRS of the first Sentinel-2 date"))
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem())
        form.addRow(tr("Target CRS"), self.crs_widget)
        self.res_spin = QDoubleSpinBox()
        self.res_spin.setRange(0.01, 100000)
        self.res_spin.setValue(10)
        self.res_spin.setSuffix(tr(" m"))
        form.addRow(tr("Resolution"), self.res_spin)
        orow = QHBoxLayout()
        self.out_edit = QLineEdit()
        self.out_edit.setPlaceholderText(tr("output folder (empty: temporary folder)"))
        pick = QToolButton()
        pick.setText("…")
        pick.clicked.connect(lambda: self.out_edit.setText(QFileDialog.getExistingDirectory(self) or
                                                           self.out_edit.text()))
        orow.addWidget(self.out_edit)
        orow.addWidget(pick)
        form.addRow(tr("Output folder"), orow)
        self.name_edit = QLineEdit("stack")
        form.addRow(tr("Stack name"), self.name_edit)
        lay.addLayout(form)
        brow = QHBoxLayout()
        self.build_button = QPushButton(tr("Build"))
        self.start_button = self.build_button
        self.build_button.clicked.connect(self.build)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        brow.addWidget(self.build_button)
        brow.addWidget(self.cancel_button)
        lay.addLayout(brow)
        self.progress, self.status = add_progress_and_status(lay)
        scroll = QScrollArea()     # the dock shrinks to any screen (its Build button was off a 768-px-high one)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self._bands_supported()
        self.visibilityChanged.connect(lambda shown: shown or self.draw_button.setChecked(False))
        if iface is not None:      # another map tool chosen (Pan, Zoom…): the Draw button follows
            iface.mapCanvas().mapToolSet.connect(self._map_tool_set)

    # ---- folders and scanning --------------------------------------------------------------------
    def _add_folder(self, edit):
        folder = QFileDialog.getExistingDirectory(self, tr("Folder of products"))
        if folder:
            edit.setText(";".join(split_folders(edit.text()) + [folder]))

    def scan(self):
        if self.scan_task is not None:
            return
        s2, s1 = split_folders(self.s2_edit.text()), split_folders(self.s1_edit.text())
        if not s2 and not s1:
            self.show_message(tr("Choose a Sentinel-2 folder, a Sentinel-1 folder or both."), error=True)
            return
        self.scan_button.setEnabled(False)
        self.status.setText(tr("Scanning…"))
        self.scan_task = ScanTask(s2, s1, self._scanned)
        QgsApplication.taskManager().addTask(self.scan_task)

    def _scanned(self, ok, task):
        self.scan_task = None
        self.scan_button.setEnabled(True)
        if not ok:
            self.show_message(task.error or tr("The scan was cancelled."), error=bool(task.error))
            self.scanned.emit(False)
            return
        self.set_products(task.products)
        self.status.setText(tr("{n} product date(s) found; {k} other file(s) skipped.").format(
            n=len(task.products), k=len(task.skipped)))
        self.scanned.emit(True)

    def set_products(self, products):
        self.products = list(products)
        self.table.setRowCount(len(self.products))
        for r, p in enumerate(self.products):
            use = QTableWidgetItem()
            use.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled)
            use.setCheckState(Qt.Checked)
            if p.sensor != "S2":
                cloud = ""  # radar: no cloud cover
            else:
                cloud = tr("unknown") if p.cloud is None else qlocale_number(p.cloud, 1)
            sensor = "Sentinel-2" if p.sensor == "S2" else "Sentinel-1"
            texts = (p.date.isoformat(), " ".join(v for v in (sensor, p.platform) if v), cloud,
                     os.path.basename(p.path))
            self.table.setItem(r, 0, use)
            for c, text in enumerate(texts, start=1):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                item.setToolTip(p.path)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._bands_of_products()
        if self.products:
            first, last = min(p.date for p in self.products), max(p.date for p in self.products)
            for edit, d in ((self.start_edit, first), (self.end_edit, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(d.year, d.month, d.day))
                edit.blockSignals(False)
        self.apply_filters()

    def _date_edited(self, *_):
        """A date changed (by the user, or a caller): the dates become a filter."""
        if not self.date_box.isChecked():
            self.date_box.setChecked(True)  # applies the filters
        else:
            self.apply_filters()

    def _date_filter_toggled(self, on: bool):
        for e in (self.start_edit, self.end_edit):
            e.setEnabled(on)
        self.apply_filters()

    def date_range(self):
        """(first, last) ``datetime.date`` of the date filter, or (None, None) when there is none."""
        if not self.date_box.isChecked():
            return None, None
        return self.start_edit.date().toPyDate(), self.end_edit.date().toPyDate()

    def apply_filters(self, *_):
        """Tick the rows in the date range, if any (and, for Sentinel-2, at most the maximum cloud cover)."""
        lo, hi = self.date_range()
        for r, p in enumerate(self.products):
            in_range = lo is None or lo <= p.date <= hi
            ok = in_range and (p.cloud is None or p.cloud <= self.cloud_spin.value())
            self.table.item(r, 0).setCheckState(Qt.Checked if ok else Qt.Unchecked)

    def chosen_products(self):
        return [p for r, p in enumerate(self.products) if self.table.item(r, 0).checkState() == Qt.Checked]

    def set_chosen(self, predicate):
        for r, p in enumerate(self.products):
            self.table.item(r, 0).setCheckState(Qt.Checked if predicate(p) else Qt.Unchecked)

    # ---- area --------------------------------------------------------------------------------------
    def _draw(self, on):
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        if on:
            if self.extent_tool is None:
                self.extent_tool = QgsMapToolExtent(canvas)
                self.extent_tool.extentChanged.connect(self.set_drawn_extent)
            canvas.setMapTool(self.extent_tool)
        elif self.extent_tool is not None and canvas.mapTool() is self.extent_tool:
            canvas.unsetMapTool(self.extent_tool)

    def _map_tool_set(self, new_tool, old_tool=None):
        if new_tool is not self.extent_tool and self.draw_button.isChecked():
            self.draw_button.setChecked(False)

    def set_drawn_extent(self, rect, crs=None):
        if crs is None:
            crs = self.iface.mapCanvas().mapSettings().destinationCrs()
        self.drawn = (rect, crs)
        self.area_box.setCurrentIndex(AREA_DRAWN)
        self.draw_button.setChecked(False)

    def area_parameters(self) -> dict:
        return area_parameters(self)

    # ---- building ----------------------------------------------------------------------------------
    def _algorithm(self):
        return QgsApplication.processingRegistry().createAlgorithmById("eolatent:buildstack")

    def _bands_supported(self) -> bool:
        alg = self._algorithm()
        ok = alg is not None and alg.parameterDefinition("BANDS") is not None
        self.band_list.setEnabled(ok)
        self.band_list.setToolTip("" if ok else tr("This version of eolatent:buildstack builds every band common "
                                                   "to the chosen dates."))
        return ok

    def _bands_of_products(self):
        """The band list follows the scanned Sentinel-2 products: a band some of them lack is unticked and greyed,
        its tooltip says which (the build keeps the bands every date has; the user learnt it from its warning)."""
        s2 = [p for p in self.products if p.sensor == "S2" and getattr(p, "bands", ())]
        for i in range(self.band_list.count()):
            item = self.band_list.item(i)
            lacking = [p for p in s2 if item.text() not in p.bands]
            if not lacking and not item.flags() & Qt.ItemIsEnabled:
                item.setCheckState(Qt.Checked)          # offered again (other folders scanned)
            enabled = Qt.ItemIsEnabled if not lacking else Qt.NoItemFlags
            item.setFlags((item.flags() & ~Qt.ItemIsEnabled) | enabled)
            if lacking:
                item.setCheckState(Qt.Unchecked)
                item.setToolTip(tr("Not in {n} of the {total} Sentinel-2 products found (e.g. {file}).").format(
                    n=len(lacking), total=len(s2), file=os.path.basename(lacking[0].path)))
            else:
                item.setToolTip("")

    def parameters(self) -> dict:
        """The eolatent:buildstack parameters the widgets say (raises ValueError with a message)."""
        return build_parameters(self)

    def build(self):
        if self.task is not None:
            return
        try:
            params = self.parameters()
        except (ValueError, OSError) as exc:
            self.show_message(str(exc), error=True)
            return
        self.last_parameters = params
        self.stack_name = self.name_edit.text().strip()
        self.start_algorithm("eolatent:buildstack", params, tr("Building the stack…"), self._done)

    def _done(self, ok: bool, results: dict, error: str):
        from ..processing_provider import styling

        if not ok:
            self.finished.emit(False, {})
            return
        self.layers = []
        for key, dates, label, style in (("OUTPUT_S2", "S2_DATES", tr("Sentinel-2 stack"), styling.style_s2_stack),
                                         ("OUTPUT_S1", "S1_DATES", tr("Sentinel-1 stack"), styling.style_s1_stack)):
            path = results.get(key)
            if not path:
                continue
            n = len([d for d in str(results.get(dates, "")).split(",") if d])
            title = (tr("{label} ({n} dates)") if n != 1 else tr("{label} (1 date)")).format(label=label, n=n)
            named = getattr(self, "stack_name", "")
            if named and named != "stack":    # the user's name first: two builds are told apart in the Layers panel
                title = tr("{name}: {title}").format(name=named, title=title)
            layer = QgsRasterLayer(path, title)
            if layer.isValid():
                style(layer)
                QgsProject.instance().addMapLayer(layer)
                self.layers.append(layer)
        s2, s1 = results.get("S2_DATES"), results.get("S1_DATES")
        text = (tr("Built: Sentinel-2 dates {s2}; Sentinel-1 dates {s1}.") if s2 and s1 else
                tr("Built: Sentinel-2 dates {s2}; no Sentinel-1 stack.") if s2 else
                tr("Built: Sentinel-1 dates {s1}; no Sentinel-2 stack.")).format(s2=s2, s1=s1)
        from ..core.inputs.sentinel2.cloud_scores import NOT_INSTALLED

        log = self.feedback.textLog() if self.feedback is not None else ""
        if NOT_INSTALLED in log:   # the log says it; the dock's user may not read the log
            text += "\n" + engine_text(tr("Clouds were detected with the spectral rules, less accurate on Level-1C "
                                           "dates: the s2cloudless model is not installed (Raster ▸ EO Latent ▸ "
                                           "Models…)."))
        warnings = list(getattr(self.feedback, "warnings", []) or [])
        if warnings:          # e.g. dates that are cloud almost everywhere: the scan table could not tell
            text += "\n" + "\n".join(warnings)
            if getattr(self, "iface", None) is not None:
                push_banner(self.iface, tr("Build stack"), warnings[0], Qgis.Warning, 8)
        self.status.setText(text)
        self.finished.emit(True, dict(results))

    def unload(self):
        self.draw_button.setChecked(False)
        self.cancel()
        if self.iface is not None:
            disconnect(self._map_tool_set, self.iface.mapCanvas().mapToolSet)


