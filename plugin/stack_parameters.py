# SPDX-License-Identifier: GPL-3.0-or-later
"""The eolatent:buildstack parameters the stack dock's widgets say (plugin/stack_dock.py): folders, the ticked
products (linked into a selection folder when the ticked dates are not a plain date range), area, CRS, resolution,
bands and output files."""
from __future__ import annotations

import os

from qgis.core import QgsWkbTypes
from qgis.PyQt.QtCore import Qt

from .i18n import tr
from .stack_widgets import extent_text, split_folders
from .temp_outputs import temp_output_folder

AREA_ALL, AREA_CANVAS, AREA_LAYER_EXTENT, AREA_LAYER_POLYGONS, AREA_DRAWN = range(5)


def area_parameters(dock) -> dict:
    """EXTENT or AREA as the dock's Area widgets say (raises ValueError with a message)."""
    mode = dock.area_box.currentIndex()
    if mode == AREA_CANVAS and dock.iface is not None:
        canvas = dock.iface.mapCanvas()
        return {"EXTENT": extent_text(canvas.extent(), canvas.mapSettings().destinationCrs())}
    layer = dock.area_layer.currentLayer()
    if mode == AREA_LAYER_EXTENT and layer is not None:
        return {"EXTENT": extent_text(layer.extent(), layer.crs())}
    if mode == AREA_LAYER_POLYGONS and layer is not None:
        if getattr(layer, "geometryType", lambda: None)() != QgsWkbTypes.PolygonGeometry:
            raise ValueError(tr("{} has no polygons; choose a polygon layer.").format(layer.name()))
        return {"AREA": layer.id()}
    if mode == AREA_DRAWN:
        if dock.drawn is None:
            raise ValueError(tr("Draw a rectangle on the map first (Area: Draw)."))
        return {"EXTENT": extent_text(*dock.drawn)}
    if mode != AREA_ALL:
        raise ValueError(tr("Choose the layer that gives the area."))
    return {}


def build_parameters(dock) -> dict:
    """The eolatent:buildstack parameters the dock's widgets say (raises ValueError with a message)."""
    from ..core.inputs.stackbuild.products import needs_selection, selection_folder

    s2, s1 = split_folders(dock.s2_edit.text()), split_folders(dock.s1_edit.text())
    name = dock.name_edit.text().strip() or "stack"
    area = dock.area_parameters()       # refused before any temporary folder is made (none left behind)
    params = {"MAX_CLOUD": dock.cloud_spin.value(), "RESOLUTION": dock.res_spin.value()}
    if dock.products:
        chosen = dock.chosen_products()
        if not chosen:
            raise ValueError(tr("No product is ticked; tick the dates to build."))
        clouds = [p.cloud for p in chosen if p.cloud is not None]
        params["MAX_CLOUD"] = max([dock.cloud_spin.value()] + clouds)  # a cloudy date ticked by hand stays
        select = needs_selection(dock.products, chosen, params["MAX_CLOUD"])
        where = temp_output_folder("eolatent-selection-") if select else None
        s2 = ([selection_folder(chosen, "S2", where)] if select else s2) if any(p.sensor == "S2" for p in chosen) \
            else []
        s1 = ([selection_folder(chosen, "S1", where)] if select else s1) if any(p.sensor == "S1" for p in chosen) \
            else []
        days = [p.date for p in chosen]
        params["START_DATE"], params["END_DATE"] = min(days).isoformat(), max(days).isoformat()
    else:  # not scanned: the date filter, if any (none: every date in the folders)
        lo, hi = dock.date_range()
        if lo is not None:
            params["START_DATE"], params["END_DATE"] = lo.isoformat(), hi.isoformat()
    if not s2 and not s1:
        raise ValueError(tr("Choose a Sentinel-2 folder, a Sentinel-1 folder or both."))
    folder = dock.out_edit.text().strip()
    if folder and not os.path.isdir(folder) and os.path.isdir(os.path.dirname(os.path.abspath(folder))):
        os.makedirs(folder)             # a new folder typed in its parent: made, as the user means
    folder = folder or temp_output_folder("eolatent-stack-")
    if s2:
        params["S2_FOLDERS"] = ";".join(s2)
        params["OUTPUT_S2"] = os.path.join(folder, "{}_s2.tif".format(name))
    if s1:
        params["S1_FOLDERS"] = ";".join(s1)
        params["OUTPUT_S1"] = os.path.join(folder, "{}_s1.tif".format(name))
    crs = dock.crs_widget.crs()
    if crs.isValid():
        params["TARGET_CRS"] = crs.authid() or crs.toWkt()
    params.update(area)
    if s2 and dock._bands_supported():
        items = [dock.band_list.item(i) for i in range(dock.band_list.count())]
        offered = [it for it in items if it.flags() & Qt.ItemIsEnabled]     # greyed: not in every product
        ticked = [it.text() for it in offered if it.checkState() == Qt.Checked]
        if len(ticked) < len(offered):  # every offered band ticked: every common band, no BANDS parameter
            params["BANDS"] = ",".join(ticked)
    return params
