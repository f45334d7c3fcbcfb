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

from .styling import LayerPostProcessor, save_style

# a qualitative palette (ColorBrewer Set1 + Dark2 + Paired), cycled for more classes
PALETTE = ("#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628", "#f781bf", "#999999",
           "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#a6cee3", "#b2df8a",
           "#fb9a99", "#fdbf6f", "#cab2d6", "#6a3d9a")
SIMILARITY_RAMP = (0.0, 1.0, ["#0d0887", "#7e03a8", "#cc4778", "#f89540", "#f0f921"])


def palette_colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


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


def value_key(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def class_table(values: Sequence, categories: Dict[str, dict], integer_field: bool) -> List[dict]:
    """[{value (raster code), key (layer value), name, color}] for the distinct layer ``values``.

    Integer class fields whose values all lie in 1 … 65535 keep their values as raster codes; otherwise the
    codes are 1 … n (in the renderer's order, else sorted). Colours from the renderer, else the palette.
    """
    keys = {value_key(v) for v in values}
    distinct = [k for k in categories if k in keys] + sorted((k for k in keys if k not in categories), key=_sortable)
    keep_values = integer_field and all(k.lstrip("-").isdigit() and 1 <= int(k) <= 65535 for k in distinct)
    table = []
    for i, k in enumerate(distinct):
        cat = categories.get(k, {})
        table.append(dict(value=int(k) if keep_values else i + 1, key=k, name=cat.get("name") or k,
                          color=cat.get("color") or palette_colour(i)))
    return table


def _sortable(k: str):
    try:
        return (0, float(k), k)
    except ValueError:
        return (1, 0.0, k)


def paletted_renderer(layer, classes: Sequence[dict], band: int = 1):
    items = [QgsPalettedRasterRenderer.Class(int(c["value"]), QColor(c["color"]), str(c["name"])) for c in classes]
    return QgsPalettedRasterRenderer(layer.dataProvider(), band, items)


def similarity_renderer(layer, band: int = 1):
    lo, hi, colours = SIMILARITY_RAMP
    fn = QgsColorRampShader(lo, hi)
    fn.setColorRampType(QgsColorRampShader.Interpolated)
    fn.setClip(False)
    n = len(colours)
    fn.setColorRampItemList([QgsColorRampShader.ColorRampItem(lo + (hi - lo) * i / (n - 1), QColor(c),
                                                              f"{lo + (hi - lo) * i / (n - 1):.2f}")
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
