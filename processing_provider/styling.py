# SPDX-License-Identifier: GPL-3.0-or-later
"""Default styles of EO Latent outputs: colour ramps with units, and a paletted quality-flag style.

A style is saved as ``<output>.qml`` beside the raster, which QGIS applies whenever the file is opened
(desktop, another project, a later qgis_process run), and it is applied to layers loaded on completion.
"""
from __future__ import annotations

import os

from qgis.core import (QgsBasicNumericFormat, QgsColorRampLegendNodeSettings, QgsColorRampShader,
                       QgsPalettedRasterRenderer, QgsProcessingLayerPostProcessorInterface, QgsRasterLayer,
                       QgsRasterShader, QgsSingleBandPseudoColorRenderer)
from qgis.PyQt.QtGui import QColor
from ..core.i18n import number
from ..plugin.i18n import tr
from .parameter_checks import layer_path


# key -> (min, max, colour stops as hex from min to max, unit label)
RAMPS = {
    "LAI": (0.0, 7.0, ["#f7f4e8", "#d9ef8b", "#91cf60", "#1a9850", "#00441b"], "m²/m²"),
    "FAPAR": (0.0, 1.0, ["#fff7bc", "#fec44f", "#d95f0e", "#662506"], "-"),
    "FCOVER": (0.0, 1.0, ["#f7fcb9", "#addd8e", "#31a354", "#004529"], "-"),
    "CCC": (0.0, 4.0, ["#ffffe5", "#c2e699", "#41ab5d", "#005a32"], "g/m²"),
    "CWC": (0.0, 1.5, ["#f7fbff", "#9ecae1", "#3182bd", "#08306b"], "kg/m²"),   # LAI 5 × Cw 0.03 g/cm²: 1.5
    "CAB": (0.0, 80.0, ["#ffffcc", "#c2e699", "#78c679", "#238443"], "µg/cm²"),
    "CW": (0.0, 0.05, ["#f7fbff", "#9ecae1", "#3182bd", "#08519c"], "g/cm²"),
    "CM": (0.0, 0.02, ["#fff7ec", "#fdd49e", "#d7301f", "#7f0000"], "g/cm²"),
    "SOIL_BRIGHTNESS": (0.5, 1.5, ["#252525", "#969696", "#f0f0f0"], "-"),   # PROSAIL rsoil, trained on 0.5–1.5
    "SM": (0.0, 0.5, ["#8c510a", "#d8b365", "#f6e8c3", "#c7eae5", "#5ab4ac", "#01665e"], "m³/m³"),
    "LST": (270.0, 330.0, ["#313695", "#74add1", "#e0f3f8", "#fee090", "#f46d43", "#a50026"], "K"),
    "PROBABILITY": (0.0, 1.0, ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"], "probability"),
    "STD": (0.0, 1.5, ["#fff5f0", "#fc9272", "#de2d26", "#67000d"], "1σ"),
    "BACKSCATTER_DB": (-25.0, 0.0, ["#000000", "#ffffff"], "dB"),  # Sentinel-1 stacks (eolatent:buildstack)
    "COUNT": (0.0, 12.0, ["#d73027", "#fee08b", "#1a9850"], "dates"),  # valid dates (or windows) behind a pixel
}
FLAG_CLASSES = [(0, "#1a9850", "good"), (1, "#fee08b", "input outside training domain"),
                (2, "#fdae61", "output clamped"), (3, "#f46d43", "outside domain + clamped"),
                (4, "#bdbdbd", "cloud / nodata")]


def has_ramp(key) -> bool:
    """Whether ``key`` names a colour ramp: a key of RAMPS, or "<VARIABLE>_STD" of one (its 1σ)."""
    return bool(key) and (key in RAMPS or (key.endswith("_STD") and key[:-4] in RAMPS))


def has_style(key) -> bool:
    """Whether :func:`style_layer` styles ``key``: a colour ramp, quality flags or a mask."""
    return has_ramp(key) or key in FLAG_RELABELS or key == "MASK"


def ramp_renderer(layer, key: str, band: int = 1):
    """A colour ramp with units in its legend. ``key``: a key of RAMPS, or "<VARIABLE>_STD" for the 1σ of a variable
    (the STD ramp, labelled with the variable's unit)."""
    variable = key[:-4] if key.endswith("_STD") and key[:-4] in RAMPS else None
    lo, hi, colours, unit = RAMPS["STD" if variable else key]
    if variable:
        unit = "%s (1σ)" % RAMPS[variable][3] if RAMPS[variable][3] != "-" else "(1σ)"
    if key == "COUNT":          # a text query on a stack counts its dates, on a latent its windows or S2 months
        what = _band_description(layer, band)
        unit = tr("windows") if "window" in what else tr("months") if "month" in what else tr("dates")
    if unit == "probability":   # a word, in the user's language (the other units are symbols)
        unit = tr("probability")
    if key == "STD" or variable:
        lo, hi = 0.0, _std_max(layer, band)
    elif key in ("LST", "COUNT"):  # temperatures, date counts: stretch the ramp over the layer's own range
        lo, hi = _value_range(layer, band, lo, hi)
    shader_fn = QgsColorRampShader(lo, hi)
    shader_fn.setColorRampType(QgsColorRampShader.Interpolated)
    n = len(colours)
    suffix = f" {unit}" if unit != "-" else ""      # a dimensionless variable: no "0.33 -"
    items = [QgsColorRampShader.ColorRampItem(lo + (hi - lo) * i / (n - 1), QColor(c),
                                              f"{number(lo + (hi - lo) * i / (n - 1), '.2f')}{suffix}")
             for i, c in enumerate(colours)]
    shader_fn.setColorRampItemList(items)
    # the continuous legend of the Layers panel shows the ramp's ends, not the items' labels: two decimals and the
    # unit there too (a stretched LST ramp read "297.898468" to "323.000702")
    legend, fmt = QgsColorRampLegendNodeSettings(), QgsBasicNumericFormat()
    fmt.setNumberDecimalPlaces(2)
    legend.setNumericFormat(fmt)
    legend.setSuffix(suffix)
    shader_fn.setLegendSettings(legend)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_fn)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
    renderer.setClassificationMin(lo)
    renderer.setClassificationMax(hi)
    return renderer


def _band_description(layer, band: int) -> str:
    """The band's description in the file (GDAL's), '' when unknown."""
    try:
        import rasterio

        with rasterio.open(layer.source()) as ds:
            return ds.descriptions[band - 1] or ""
    except Exception:  # noqa: BLE001 - not a file rasterio opens: no description
        return ""


def _layer_range(layer, band: int):
    """(min, max) of the layer's valid values (core.outputs.geotiff.finite_range: no GDAL approximate statistics, which
    report a sparse raster as empty and write STATISTICS_VALID_PERCENT=0 beside it), None when unknown."""
    from ..core.outputs.geotiff import finite_range

    try:
        return finite_range(layer.source(), band)
    except Exception:  # noqa: BLE001 - not a file rasterio can open (e.g. a provider URI): no range
        return None


def _std_max(layer, band: int) -> float:
    rng = _layer_range(layer, band)
    return float(rng[1]) if rng and rng[1] > 0 else 1.0


def _value_range(layer, band: int, lo: float, hi: float):
    rng = _layer_range(layer, band)
    if rng and rng[1] > rng[0]:
        return rng
    return lo, hi


MASK_CLASSES = [(0, "#d9d9d9", "no match"), (1, "#e31a1c", "match")]


# the bits of the quality flags (biophysical: all six; soilmoisture: 1, 2, 4), by the colour they give a value:
# the first bit of this list that a value has decides it
FLAG_BITS = [(4, "#bdbdbd", "cloud / nodata"), (32, "#74add1", "gap-filled"), (8, "#4575b4", "non-vegetation"),
             (2, "#fdae61", "output clamped"), (1, "#fee08b", "input outside training domain"),
             (16, "#66bd63", "smoothed")]


def _label(english: str) -> str:
    """The label of a flag or mask class in the user's language (literal tr calls, so the catalogue has them)."""
    return {"good": tr("good"), "input outside training domain": tr("input outside training domain"),
            "output clamped": tr("output clamped"), "outside domain + clamped": tr("outside domain + clamped"),
            "cloud / nodata": tr("cloud / nodata"), "gap-filled": tr("gap-filled"),
            "non-vegetation": tr("non-vegetation"), "smoothed": tr("smoothed"), "no match": tr("no match"),
            "match": tr("match"), "no data (S1, incidence or LAI missing)": tr("no data (S1, incidence or LAI missing)"),
            "LAI from more than 15 days away": tr("LAI from more than 15 days away"),
            "decoded from the nearest windows": tr("decoded from the nearest windows"),
            "held (beyond 15 days)": tr("held (beyond 15 days)"), "gap-filled + held": tr("gap-filled + held"),
            "no Sentinel-2 (optical variables guessed)": tr("no Sentinel-2 (optical variables guessed)"),
            "no Sentinel-1 (soil moisture guessed)": tr("no Sentinel-1 (soil moisture guessed)"),
            "no data": tr("no data")}.get(english, english)


# soil moisture's flag 4 is not a cloud: its quality flags say "nodata (S1, incidence or LAI missing)"; its flag 8 is
# LAI taken from more than 15 days away (core/soilmoisture/raster.py FLAG_LAI_GAP)
SM_FLAG_LABELS = {"cloud / nodata": "no data (S1, incidence or LAI missing)",
                  "non-vegetation": "LAI from more than 15 days away"}
# decode's flags (core/decode/dates.py): 1 gap-filled, 2 held beyond 15 days, 4 no data, 8 no S2 / 16 no S1 behind
DECODE_FLAG_LABELS = {"good": "decoded from the nearest windows", "input outside training domain": "gap-filled",
                      "output clamped": "held (beyond 15 days)", "outside domain + clamped": "gap-filled + held",
                      "cloud / nodata": "no data", "non-vegetation": "no Sentinel-2 (optical variables guessed)",
                      "smoothed": "no Sentinel-1 (soil moisture guessed)"}
# the style keys of quality flags, with how their classes are named (biophysical's as they are)
FLAG_RELABELS = {"QUALITY": {}, "SM_QUALITY": SM_FLAG_LABELS, "DECODE_QUALITY": DECODE_FLAG_LABELS}


def flag_classes(values, relabel=None) -> list:
    """(value, colour, label) of every quality value in ``values``: the named classes of FLAG_CLASSES as they are,
    any other combination of bits (smoothed, gap-filled, non-vegetation…) coloured by its first bit of FLAG_BITS
    and labelled with all its bits. ``relabel``: {English label: English label} for another algorithm's flags."""
    relabel = relabel or {}
    named = {v: (c, _label(relabel.get(label, label))) for v, c, label in FLAG_CLASSES}
    out = []
    for v in sorted(int(x) for x in set(values)):
        if v in named:
            out.append((v, *named[v]))
            continue
        bits = [(b, c, label) for b, c, label in FLAG_BITS if v & b]
        if not bits:
            continue
        names = " + ".join(_label(relabel.get(label, label)) for b, _, label in sorted(bits, key=lambda x: x[0]))
        out.append((v, bits[0][1], names))
    return out


def _values_present(layer) -> list:
    """The integer values of every band of the layer's file, read at most 1024 px a side (nearest); the named classes
    alone when the file cannot be read."""
    try:
        import numpy as np
        import rasterio
        from rasterio.enums import Resampling

        with rasterio.open(layer.source()) as ds:
            f = max(1, int(np.ceil(max(ds.width, ds.height) / 1024)))
            data = ds.read(out_shape=(ds.count, max(1, ds.height // f), max(1, ds.width // f)),
                           resampling=Resampling.nearest, masked=True)
        return np.unique(data.compressed()).tolist() + [v for v, _, _ in FLAG_CLASSES]
    except Exception:  # noqa: BLE001 - not a file rasterio opens: the named classes
        return [v for v, _, _ in FLAG_CLASSES]


def _flag_renderer(layer, band: int = 1, table=None, relabel=None):
    """Quality flags: the values present in the layer's file (:func:`flag_classes`); ``table``: fixed classes
    (value, colour, English label)."""
    table = [(v, c, _label(label)) for v, c, label in table] if table else flag_classes(_values_present(layer),
                                                                                         relabel)
    classes = [QgsPalettedRasterRenderer.Class(v, QColor(c), label) for v, c, label in table]
    return QgsPalettedRasterRenderer(layer.dataProvider(), band, classes)


def style_layer(layer, key: str) -> None:
    if key in FLAG_RELABELS:
        layer.setRenderer(_flag_renderer(layer, relabel=FLAG_RELABELS[key]))
    elif key == "MASK":
        layer.setRenderer(_flag_renderer(layer, table=MASK_CLASSES))
    else:
        layer.setRenderer(ramp_renderer(layer, key, first_band_with_data(layer)))
    layer.triggerRepaint()


def first_band_with_data(layer) -> int:
    """The first band holding a valid value: a per-date output whose first date is cloud everywhere (a stack keeps
    such dates) was styled, and shown, on that empty band."""
    if layer.bandCount() <= 1:
        return 1
    return next((b for b in range(1, layer.bandCount() + 1) if _layer_range(layer, b) is not None), 1)


def save_style(path: str, apply) -> str:
    """Open the raster ``path``, ``apply(layer)`` a style and save it as ``<path without extension>.qml``;
    return the qml path ('' if the raster is unreadable)."""
    layer = QgsRasterLayer(path, os.path.basename(path))
    if not layer.isValid():
        return ""
    apply(layer)
    qml = os.path.splitext(path)[0] + ".qml"
    layer.saveNamedStyle(qml)
    return qml


def write_style(path: str, key: str) -> str:
    """Save the default style of ``key`` beside the raster; return the qml path."""
    return save_style(path, lambda layer: style_layer(layer, key))


class LayerPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Runs ``apply(layer, context)`` on a valid raster output loaded into the project on completion."""

    _keep = []  # QGIS takes no ownership of Python post-processors: keep them alive

    def __init__(self, apply):
        super().__init__()
        self.apply = apply

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        if isinstance(layer, QgsRasterLayer) and layer.isValid():
            # a rerun to the path of a layer already in the project gets that layer back, still reading the file it
            # opened before: 2 bands labelled with the earlier dates where the new file has 3; read it again
            layer.reload()
            self.apply(layer, context)

    @classmethod
    def create(cls, apply):
        proc = cls(apply)
        cls._keep.append(proc)
        return proc


def style_post_processor(key: str, hidden: bool = False) -> LayerPostProcessor:
    """The post-processor giving a loaded output the default style of ``key``; ``hidden``: loaded unticked in the
    layer tree (a companion layer, such as a classification's confidence, that would hide the main result)."""
    def apply(layer, context):
        style_layer(layer, key)
        if hidden:
            from qgis.core import QgsProject

            project = context.project() or QgsProject.instance()
            node = project.layerTreeRoot().findLayer(layer.id())
            if node is not None:
                node.setItemVisibilityChecked(False)
    return LayerPostProcessor.create(apply)


# ---- stacks of eolatent:buildstack (band descriptions "B04 2015-07-11", "VV 2015-07-13") ----------------
S2_TRUE_COLOUR = ("B04", "B03", "B02")
S2_REFLECTANCE_RANGE = (0.0, 0.3)


def first_bands(layer, names):
    """1-based index of the first band whose description starts with each of ``names`` (None if absent)."""
    import rasterio

    with rasterio.open(layer_path(layer)) as ds:
        descr = [(d or "").split(" ")[0].upper() for d in ds.descriptions]
    return [descr.index(n) + 1 if n in descr else None for n in names]


def style_s2_stack(layer) -> None:
    """True colour (B04/B03/B02) of the first date, reflectance 0–0.3."""
    from qgis.core import QgsContrastEnhancement, QgsMultiBandColorRenderer

    bands = first_bands(layer, S2_TRUE_COLOUR)
    if None in bands:
        return  # not every band in the stack: keep QGIS's default
    provider = layer.dataProvider()
    renderer = QgsMultiBandColorRenderer(provider, *bands)
    for band, setter in zip(bands, (renderer.setRedContrastEnhancement, renderer.setGreenContrastEnhancement,
                                    renderer.setBlueContrastEnhancement)):
        ce = QgsContrastEnhancement(provider.dataType(band))
        ce.setContrastEnhancementAlgorithm(QgsContrastEnhancement.StretchToMinimumMaximum)
        ce.setMinimumValue(S2_REFLECTANCE_RANGE[0])
        ce.setMaximumValue(S2_REFLECTANCE_RANGE[1])
        setter(ce)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def style_s1_stack(layer) -> None:
    """The first VV band (else the first band) in grey, −25 to 0 dB."""
    vv = first_bands(layer, ("VV",))[0] or 1
    layer.setRenderer(ramp_renderer(layer, "BACKSCATTER_DB", vv))
    layer.triggerRepaint()
