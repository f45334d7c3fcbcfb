# SPDX-License-Identifier: GPL-3.0-or-later
"""Styles of class maps (eolatent:classify, eolatent:cluster) and similarity maps (eolatent:similarity).

Class names and colours come from the training layer: its categorized renderer on the class field when it has
one, else a fixed palette. The style is saved as ``<output>.qml`` beside the raster (QGIS applies it whenever
the file is opened) and applied to the layer loaded on completion.
"""
from __future__ import annotations

import os
from typing import Dict, List, Optional, Sequence

from qgis.core import (QgsCategorizedSymbolRenderer, QgsColorRampShader, QgsPalettedRasterRenderer,
                       QgsRasterShader, QgsSingleBandPseudoColorRenderer)
from qgis.PyQt.QtGui import QColor

from ..core.classify.classes import PALETTE, palette_colour, value_key  # noqa: F401 (used by the algorithms)
from ..core.classify.classes import class_table as _class_table
from ..core.i18n import number
from .styling import LayerPostProcessor, save_style

SIMILARITY_RAMP = (0.0, 1.0, ["#0d0887", "#7e03a8", "#cc4778", "#f89540", "#f0f921"])


def renderer_categories(layer, field: str) -> Dict[str, dict]:
    """{str(value): {"name", "color"}} from the layer's categorized renderer on ``field`` (else empty)."""
    renderer = layer.renderer() if layer is not None and hasattr(layer, "renderer") else None
    if not isinstance(renderer, QgsCategorizedSymbolRenderer) or renderer.classAttribute() != field:
        return {}
    out = {}
    for cat in renderer.categories():
        value = cat.value()
        if value is None or value == "" or (isinstance(value, (list, tuple))):
            continue
        symbol = cat.symbol()
        colour = symbol.color().name() if symbol is not None else None
        out[value_key(value)] = dict(name=cat.label() or str(value), color=colour)
    return out


def class_table(values: Sequence, categories: Dict[str, dict], integer_field: bool) -> List[dict]:
    """[{value (raster code), key (layer value), name, color}] of the layer ``values`` (core.classify.classes), with
    the renderer's categories."""
    return _class_table(values, integer_field, categories)


def paletted_renderer(layer, classes: Sequence[dict], band: int = 1):
    items = [QgsPalettedRasterRenderer.Class(int(c["value"]), QColor(c["color"]), str(c["name"])) for c in classes]
    return QgsPalettedRasterRenderer(layer.dataProvider(), band, items)


def similarity_renderer(layer, band: int = 1):
    lo, hi, colours = SIMILARITY_RAMP
    fn = QgsColorRampShader(lo, hi)
    fn.setColorRampType(QgsColorRampShader.Interpolated)
    fn.setClip(False)
    n = len(colours)
    labels = [number(lo + (hi - lo) * i / (n - 1), ".2f") for i in range(n)]
    labels[0] = f"≤ {number(lo, '.2f')}"       # cosine similarity runs from −1: anything below 0 is as unlike as it gets here
    fn.setColorRampItemList([QgsColorRampShader.ColorRampItem(lo + (hi - lo) * i / (n - 1), QColor(c), labels[i])
                             for i, c in enumerate(colours)])
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(fn)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
    renderer.setClassificationMin(lo)
    renderer.setClassificationMax(hi)
    return renderer


def apply_style(layer, classes: Optional[Sequence[dict]]) -> None:
    """Paletted classes, or the similarity ramp when ``classes`` is None."""
    layer.setRenderer(paletted_renderer(layer, classes) if classes is not None else similarity_renderer(layer))
    layer.triggerRepaint()


def write_style(path: str, classes: Optional[Sequence[dict]]) -> str:
    """Save the style as ``<path without extension>.qml``; return the qml path ('' if the raster is unreadable)."""
    return save_style(path, lambda layer: apply_style(layer, classes))


def style_output(path: str, classes, context) -> None:
    """Write the .qml beside ``path`` and style the layer if it is loaded on completion."""
    if not path or not os.path.exists(str(path)):
        return
    write_style(str(path), classes)
    if context.willLoadLayerOnCompletion(path):
        context.layerToLoadOnCompletionDetails(path).setPostProcessor(
            LayerPostProcessor.create(lambda layer, _context: apply_style(layer, classes)))
