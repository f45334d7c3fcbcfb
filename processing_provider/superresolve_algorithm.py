# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:superresolve — land-surface temperature super-resolution (CNN single-image or NDVI-guided,
TsHARP, bicubic)."""
from __future__ import annotations

from qgis.core import (QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterRasterLayer)

from ..core.i18n import local_format
from .base import EOLatentAlgorithm, layer_path

METHOD_KEYS = ("cnn_single", "cnn_guided", "tsharp", "bicubic")  # the METHOD enum order, fixed for scripts
FACTORS = (2, 4, 8)
INPUT_KINDS = ("auto", "kelvin", "modis_raw")


def _factor_text(value) -> str:
    """A FACTOR value as text: 4, 4.0 and "4" all give "4"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


class SuperResolveAlgorithm(EOLatentAlgorithm):
    INPUT = "INPUT"
    GUIDE = "GUIDE"
    FACTOR = "FACTOR"
    METHOD = "METHOD"
    CONSERVE = "CONSERVE"
    INPUT_UNITS = "INPUT_UNITS"
    BAND = "BAND"
    OUTPUT = "OUTPUT"

    def name(self):
        return "superresolve"

    def displayName(self):
        return self.tr("Land-surface temperature super-resolution")

    def short_description(self):
        return self.tr("A coarse land-surface temperature (MODIS 1 km) sharpened ×2, ×4 or ×8, alone or guided by NDVI")

    def help_text(self):
        return self.tr(
            "<p>Sharpens a coarse land-surface temperature raster (MODIS, Sentinel-3: 1 km) by a factor 2, 4 or "
            "8. The output is in Kelvin on a grid exactly aligned with the input (same origin and CRS — MODIS "
            "sinusoidal included — pixel = input pixel / FACTOR).</p>"
            "<p><b>INPUT</b>: LST in Kelvin, or MODIS MOD11A1-style raw integers (K = DN × 0.02, 0 = fill), "
            "detected from the data type and values or set with INPUT_UNITS. A multi-band MOD11A1 GeoTIFF is "
            "read as its LST_Day_1km band (BAND picks another) and the matching QC band masks pixels that were "
            "not produced or whose LST error exceeds 2 K. Clouds, fill values and sea are masked: they are "
            "nodata in the output and never influence valid pixels.</p>"
            "<p><b>Method</b>: <i>CNN single-image</i>; <i>CNN guided</i> by a fine vegetation index; "
            "<i>TsHARP</i> (line T = a + b·NDVI fitted on the coarse pixels, applied at fine scale, coarse residual "
            "added back); <i>Bicubic</i>. In scripts METHOD is their number in this order, 0 to 3. The CNNs were trained on real thermal images degraded by the factor "
            "(MODIS day/night, airborne vineyard images).</p>"
            "<p><b>GUIDE</b> (<i>CNN guided</i> and <i>TsHARP</i>): a fine-resolution NDVI raster, or a Sentinel-2 stack (NDVI from "
            "B04/B08, median of its cloud-free dates), in the input's CRS, with pixel = input pixel / FACTOR, "
            "aligned and covering the input.</p>"
            "<p><b>CONSERVE</b> (default on): the fine result is corrected per coarse pixel so that re-aggregating "
            "it as radiance (4th-power mean) returns the input exactly.</p>"
            "<p><b>Accuracy</b> on held-out real data (RMSE, radiance-conserving; details in the README and the "
            "model cards): MODIS ×4 (4 km → 1 km, day and night): bicubic 0.72 K, TsHARP 0.88 K, CNN single-image "
            "0.72 K, CNN guided 0.72 K — no fine vegetation index exists for that tile and its 1 km detail is "
            "hardly predictable from 4 km. Airborne 3.6 m vineyard at 11:00, ×4/×8/×16: bicubic 2.55/3.94/4.47 K, "
            "TsHARP 2.07/2.56/2.97 K, CNN guided 1.94/2.44/2.80 K. The guided CNN helps where the guide explains "
            "the coarse temperatures: the log gives the r² of the coarse temperature–NDVI line.</p>") + self.tr(
            "<p><b>FACTOR</b>: the scale factor itself, 2, 4 or 8 (FACTOR=2 gives ×2), as --factor on the command "
            "line.</p>"
            "<p>TsHARP and bicubic run no network, on the CPU: EXECUTION_PROVIDER=1 (CUDA) is refused where CUDA is "
            "not available, and only warned about where it is.</p>")

    def init_parameters(self):
        from qgis.core import QgsProcessingOutputString

        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INPUT, self.tr("Coarse land-surface temperature (Kelvin or MODIS raw)")))
        self.addOutput(QgsProcessingOutputString("METHOD_USED", self.tr("Method that ran")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.GUIDE, self.tr("Fine vegetation guide (NDVI raster or Sentinel-2 stack)"), optional=True))
        # a number, not a list: qgis_process's help listed the options of a list as "0: 2, 1: 4, 2: 8" beside
        # "number of selected option", and FACTOR=2 (×2) read as ×8 by whoever followed it
        self.add_number(self.FACTOR, self.tr("Scale factor (2, 4 or 8)"), 4, min(FACTORS), max(FACTORS),
                        integer=True)
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Method"),
            options=[self.tr("CNN single-image"), self.tr("CNN guided"), self.tr("TsHARP"), self.tr("Bicubic")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CONSERVE, self.tr("Conserve radiance (re-aggregated output equals the input)"), True))
        self._add(QgsProcessingParameterEnum(
            self.INPUT_UNITS, self.tr("Input units"),
            options=[self.tr("auto-detect"), self.tr("Kelvin"), self.tr("MODIS raw (DN × 0.02, fill 0)")],
            defaultValue=0), advanced=True)
        self.add_number(self.BAND, self.tr("LST band of a multi-band input (0 = automatic)"), 0, 0, 10000,
                        integer=True, advanced=True)
        self.add_raster_output(self.OUTPUT, self.tr("Fine land-surface temperature (K)"))

    def output_styles(self):
        return {self.OUTPUT: "LST"}

    def checkParameterValues(self, parameters, context):
        """FACTOR is the factor itself, as on the command line (--factor 4); say what is accepted."""
        value = parameters.get(self.FACTOR)
        if value in (None, ""):
            return super().checkParameterValues(parameters, context)
        if _factor_text(value) not in [str(f) for f in FACTORS]:
            return False, self.tr("FACTOR = {} is not accepted: give the scale factor itself, 2, 4 or 8 (as "
                                  "--factor on the command line).").format(value)
        return super().checkParameterValues(parameters, context)

    def network_free_subject(self, parameters, context):
        """TsHARP and bicubic run no network (the CNNs do): EXECUTION_PROVIDER is not used by them."""
        index = self.parameterAsEnum(parameters, self.METHOD, context)
        if METHOD_KEYS[index] not in ("tsharp", "bicubic"):
            return None
        return self.tr("METHOD {}").format(self.parameterDefinition(self.METHOD).options()[index])

    def execute(self, parameters, context, feedback):
        from ..core.superres.superres_raster import run_superres

        layer = self.raster_input(parameters, self.INPUT, context, self.tr("No input: choose a land-surface temperature raster."))
        guide = self.optional_raster_path(parameters, self.GUIDE, context)
        factor = self.parameterAsInt(parameters, self.FACTOR, context)
        method = METHOD_KEYS[self.parameterAsEnum(parameters, self.METHOD, context)]
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        band = self.parameterAsInt(parameters, self.BAND, context) or None
        result = run_superres(
            layer_path(layer), output, factor=factor, method=method, guide_path=guide,
            conserve=self.parameterAsBool(parameters, self.CONSERVE, context),
            input_kind=INPUT_KINDS[self.parameterAsEnum(parameters, self.INPUT_UNITS, context)], band=band,
            feedback=feedback, **self.runtime_options(parameters, context))
        if result.provider_used:
            feedback.info(self.tr("Execution provider that ran: {}").format(result.provider_used.upper()))
        if result.line is not None:
            feedback.info(local_format(self.tr("Guide line at coarse scale: r² = {:.2f}"), result.line.r2))
        return {self.OUTPUT: result.output, "METHOD_USED": result.method,
                "EXECUTION_PROVIDER_USED": result.provider_used or "none"}
