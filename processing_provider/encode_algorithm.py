# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:encode — Sentinel-2 / Sentinel-1 stacks to a latent raster (pivotal representation)."""
from __future__ import annotations

import glob
import os

from qgis.core import (QgsProcessingException, QgsProcessingOutputString, QgsProcessingParameterDateTime,
                       QgsProcessingParameterEnum, QgsProcessingParameterFile, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer)

from .base import EOLatentAlgorithm, layer_path

PRESETS = ("fine4", "seed100")  # docs/latent_contract.md, "Presets"; the first is the default


def installed_presets(kind: str = "encoder"):
    """[(suffix, installed)] of the known presets plus any other ``<kind>_<suffix>.onnx`` in models/."""
    from ..core.engine.registry import MODELS_DIR

    found = {os.path.basename(p)[len(kind) + 1:-5] for p in glob.glob(os.path.join(MODELS_DIR, f"{kind}_*.onnx"))}
    known = list(PRESETS)
    return [(s, s in found) for s in known] + [(s, True) for s in sorted(found) if s not in known]


class EncodeAlgorithm(EOLatentAlgorithm):
    READS_S2 = True
    S2_STACK = "S2_STACK"
    S1_STACK = "S1_STACK"
    MODEL = "MODEL"
    MODEL_FILE = "MODEL_FILE"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    GRID_FACTOR = "GRID_FACTOR"
    OUTPUT = "OUTPUT"
    WINDOWS = "WINDOWS"

    def name(self):
        return "encode"

    def displayName(self):
        return self.tr("Encode stacks to a latent raster")

    def short_description(self):
        return self.tr("Sentinel-2 / Sentinel-1 stacks summarised as a latent raster (fine4 autoencoder or the "
                       "pretrained Presto)")

    def help_text(self):
        return self.tr(
            "<p>Encodes a Sentinel-2 stack and/or a Sentinel-1 stack into a <b>latent raster</b>: for every chunk "
            "of P × P pixels and every time window of W days, a vector of latent features (mean and "
            "log-variance) from a variational encoder. Decode it into physical variables with "
            "eolatent:decode.</p>"
            "<p><b>Inputs</b>: stacks written by eolatent:buildstack. Give at least one; when both are given "
            "they must share the same grid (build them in one eolatent:buildstack run). The S2 stack needs "
            "B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; the S1 stack VV and VH. With one modality only "
            "(S2 only or S1 only), the other is given to the encoder as absent (zeros, validity 0).</p>"
            "<p><b>Model</b>: <i>fine4</i> (4 × 4 px chunks, 10-day windows, 64 features), <i>seed100</i> "
            "(100 × 100 px = 1 km, 256 features) or <i>presto</i>, the published Presto foundation model "
            "(Tseng et al. 2023, MIT; pre-trained on 21.5 M real pixel series worldwide): 128 features per "
            "pixel for every run of up to 12 calendar months, from monthly means of the valid observations. "
            "Presto takes any subset of the S2 bands (e.g. 9-band composites without B8A) and S1 only, S2 only "
            "or both: what is missing is masked, never filled, and named in the log; a last band per window "
            "counts the months observed (S2 + 100 × S1). It has no decoder and no log-variance. "
            "<i>presto_small</i> is a small network trained by EO Latent to give Presto's 128 features (the same "
            "inputs, the same latent layout) about 50 times faster on a CPU, at a measured accuracy cost (its "
            "card, README): for maps at 10 m of large areas without a GPU. Its latents are read by Presto's "
            "text-query model. An encoder ONNX file (advanced) overrides the choice.</p>"
            "<p><b>Grid factor</b> (presto, presto_small): 1 encodes every pixel; f encodes the mean series of each f × f "
            "block (f² times faster, pixel size f × the stack's).</p>"
            "<p><b>Time windows</b>: from the start date (default: the first acquisition) to the end date "
            "(default: the last one), in consecutive windows of W days (10). A window without any acquisition "
            "is not encoded; decoding a date there blends the neighbouring windows. In each window the "
            "encoder gets, per pixel, the mean of the valid observations (S1 averaged in linear power, then "
            "in dB) and the fraction of the window's dates that were valid.</p>"
            "<p><b>Clouds and nodata</b>: invalid pixels (cloud mask, NaN) are left out of the means. A chunk "
            "with no valid pixel in a window (fully cloudy, outside the data) is no data (NaN) in that "
            "window. When the raster size is not a multiple of P, the last row/column of chunks is "
            "partial: its missing pixels are given to the encoder as invalid.</p>"
            "<p><b>Output</b>: a float32 GeoTIFF with one pixel per chunk (pixel size P × the stack's), "
            "bands grouped by window: L mean bands then L log-variance bands, described "
            "\"2020-07-01/2020-07-10 z000 mean\", then one quality band per window, the count of its valid dates "
            "at each pixel (S2 + 100 × S1, \"2020-07-01/2020-07-10 valid dates\"); its metadata records the encoder id and version (which "
            "eolatent:decode checks), chunk size, window length, windows and a content key of each input "
            "stack.</p>"
            "<p>The execution provider that actually ran (CUDA or CPU) is written to the log and to the "
            "metadata (EOLATENT_PROVIDER).</p>")

    def init_parameters(self):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.S2_STACK, self.tr("Sentinel-2 stack"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.S1_STACK, self.tr("Sentinel-1 stack (VV, VH)"), optional=True))
        # the preset names themselves are the values (MODEL=presto in qgis_process, the modeler and Python);
        # the help text describes them
        self._presets = [s for s, installed in installed_presets("encoder") if installed]
        self.addParameter(QgsProcessingParameterEnum(self.MODEL, self.tr("Encoder (fine4, seed100, presto, presto_small)"),
                                                     options=self._presets, defaultValue=self._presets[0],
                                                     usesStaticStrings=True))
        self._add(QgsProcessingParameterFile(
            self.MODEL_FILE, self.tr("Encoder ONNX file (overrides the encoder choice)"),
            extension="onnx", optional=True), advanced=True)
        self.addParameter(QgsProcessingParameterDateTime(
            self.START_DATE, self.tr("First day (YYYY-MM-DD, empty: first acquisition)"),
            type=QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.END_DATE, self.tr("Last day (YYYY-MM-DD, empty: last acquisition)"),
            type=QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.GRID_FACTOR, self.tr("Grid factor (presto, presto_small: encode f × f pixel blocks)"),
            type=QgsProcessingParameterNumber.Integer, defaultValue=1, minValue=1, maxValue=100))
        self.add_raster_output(self.OUTPUT, self.tr("Latent raster"))
        self.addOutput(QgsProcessingOutputString(self.WINDOWS, self.tr("Encoded time windows")))

    def _stack(self, parameters, name, context):
        """The file of an optional stack, None when not given; a message naming the file when it does not load."""
        layer = self.raster_input(parameters, name, context)
        return layer_path(layer) if layer is not None else None

    def execute(self, parameters, context, feedback):
        from ..core.encode.raster import run_encode

        s2 = self._stack(parameters, self.S2_STACK, context)
        s1 = self._stack(parameters, self.S1_STACK, context)
        if not s2 and not s1:
            raise QgsProcessingException(self.tr("No input stack: give a Sentinel-2 stack, a Sentinel-1 stack "
                                                 "or both."))
        model = self.parameterAsFile(parameters, self.MODEL_FILE, context)
        if not model:
            model = self.parameterAsEnumString(parameters, self.MODEL, context) or "fine4"
        out = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        result = run_encode(out, s2_path=s2, s1_path=s1, preset=model,
                            start=self.optional_date(parameters, self.START_DATE, context),
                            end=self.optional_date(parameters, self.END_DATE, context),
                            grid_factor=self.parameterAsInt(parameters, self.GRID_FACTOR, context),
                            detect_clouds=self.detect_clouds(parameters, context),
                            feedback=feedback, **self.runtime_options(parameters, context))
        feedback.info(self.tr("Execution provider that ran: {}").format(result.provider_used.upper()))
        if context.willLoadLayerOnCompletion(result.output):     # two encodings were both "Latent raster"
            context.layerToLoadOnCompletionDetails(result.output).name = self.tr("Latent raster ({})").format(
                os.path.splitext(os.path.basename(model))[0] if model.lower().endswith(".onnx") else model)
        windows = ", ".join(w.label for w in result.windows)
        feedback.info(self.tr("Encoded windows: {}").format(windows))
        return {self.OUTPUT: result.output, self.WINDOWS: windows,
                "EXECUTION_PROVIDER_USED": result.provider_used}
