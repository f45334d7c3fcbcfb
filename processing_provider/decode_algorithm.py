# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:decode — a latent raster to physical variables at chosen dates and resolution."""
from __future__ import annotations

import os

from qgis.core import (QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterDateTime, QgsProcessingParameterFile,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString, QgsRasterLayer)

from . import styling
from .base import EOLatentAlgorithm, layer_path, tr

VARIABLES = ("LAI", "FCOVER", "SM", "CAB", "CW", "CM", "SOIL_BRIGHTNESS")
BY_DEFAULT = ("LAI", "FCOVER", "SM")
STYLE_KEYS = {v: v for v in VARIABLES}  # every variable has a ramp in styling.RAMPS


def per_band_temporal_supported() -> bool:
    """QGIS ≥ 3.38 can map each band of a raster to its own time range."""
    try:
        from qgis.core import Qgis

        return hasattr(Qgis, "RasterTemporalMode") and hasattr(Qgis.RasterTemporalMode, "FixedRangePerBand")
    except ImportError:  # pragma: no cover
        return False


def at(iso: str):
    """Midnight UTC of a YYYY-MM-DD day as a QDateTime."""
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime, Qt

    return QDateTime(QDate.fromString(iso, "yyyy-MM-dd"), QTime(0, 0), Qt.UTC)


def apply_temporal(layer, dates) -> bool:
    """Give each band the time range [its date, next date) (QGIS ≥ 3.38). False where QGIS cannot."""
    if not per_band_temporal_supported() or not dates:
        return False
    from qgis.core import Qgis, QgsDateTimeRange

    ends = list(dates[1:]) + [None]
    ranges = {}
    for band, (d, e) in enumerate(zip(dates, ends), start=1):
        begin = at(d)
        end = at(e) if e else begin.addDays(1)
        ranges[band] = QgsDateTimeRange(begin, end, True, False)
    try:  # not exercised by the tests (QGIS 3.22 here): never let it break a finished run
        props = layer.temporalProperties()
        props.setMode(Qgis.RasterTemporalMode.FixedRangePerBand)
        props.setFixedRangePerBand(ranges)
        props.setIsActive(True)
    except Exception:  # noqa: BLE001
        return False
    return True


def style_and_time(layer, key, dates) -> None:
    if styling.has_style(key):
        styling.style_layer(layer, key)
    apply_temporal(layer, dates)


DATE_LAYER_TAG = "eolatent/date_layer"   # custom property of the one-date layers (the pixel plot does not list them)


def add_date_layers(project, vrts, dates, key, group_name, layer_name=""):
    """QGIS < 3.38: one layer per date (the VRTs of core.outputs.band_vrts), each with the fixed time range [its date,
    next date), in a group on top of the layer tree, so the temporal controller animates them. Each is named
    "<layer_name> <date>", so the LAI and soil moisture of one date differ in layer lists outside the group."""
    from qgis.core import QgsDateTimeRange, QgsRasterLayerTemporalProperties

    owner = os.path.normcase(os.path.abspath(os.path.dirname(vrts[0]))) if vrts else ""
    remove_date_layers(project, owner)
    group = project.layerTreeRoot().insertGroup(0, group_name)
    ends = list(dates[1:]) + [None]
    for vrt, day, end in zip(vrts, dates, ends):
        lyr = QgsRasterLayer(vrt, tr("{layer} {date}").format(layer=layer_name, date=day) if layer_name else day)
        if not lyr.isValid():
            continue
        if styling.has_style(key):
            styling.style_layer(lyr, key)
        lyr.setCustomProperty(DATE_LAYER_TAG, owner or True)
        props = lyr.temporalProperties()
        props.setMode(QgsRasterLayerTemporalProperties.ModeFixedTemporalRange)
        begin = at(day)
        props.setFixedTemporalRange(QgsDateTimeRange(begin, at(end) if end else begin.addDays(1), True, False))
        props.setIsActive(True)
        project.addMapLayer(lyr, False)
        group.addLayer(lyr)
    return group


def remove_date_layers(project, owner: str) -> None:
    """Remove the one-date layers an earlier run to the same output made (their VRTs' folder, ``owner``), and their
    group once empty: a rerun with other dates added a second group beside the first, two layers of each date."""
    if not owner:
        return
    root = project.layerTreeRoot()
    stale = [lyr for lyr in project.mapLayers().values() if lyr.customProperty(DATE_LAYER_TAG) == owner]
    groups = {root.findLayer(lyr.id()).parent() for lyr in stale if root.findLayer(lyr.id()) is not None}
    project.removeMapLayers([lyr.id() for lyr in stale])
    for group in groups:
        if group is not None and group is not root and not group.children():
            group.parent().removeChildNode(group)


def decode_post_processor(key, dates, vrts=None) -> styling.LayerPostProcessor:
    """Style and per-band dates for an output loaded on completion, plus its per-date layer group (VRTs)."""
    dates, vrts = list(dates), list(vrts or [])

    def apply(layer, context):
        style_and_time(layer, key, dates)
        if vrts and context.project() is not None:
            add_date_layers(context.project(), vrts, dates, key, tr("{} by date").format(layer.name()),
                            layer.name())

    return styling.LayerPostProcessor.create(apply)


class DecodeAlgorithm(EOLatentAlgorithm):
    INPUT = "INPUT"
    DATES = "DATES"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    STEP_DAYS = "STEP_DAYS"
    RESOLUTION = "RESOLUTION"
    FILL_GAPS = "FILL_GAPS"
    RADAR_ONLY_OPTICAL = "RADAR_ONLY_OPTICAL"
    DECODER_FILE = "DECODER_FILE"
    DATE_LAYERS = "DATE_LAYERS"
    DATES_DECODED = "DATES_DECODED"
    OUTPUT_QUALITY = "OUTPUT_QUALITY"

    def name(self):
        return "decode"

    def displayName(self):
        return self.tr("Decode a latent raster (LAI, FCOVER, soil moisture, …)")

    def short_description(self):
        return self.tr("Physical variables (LAI, FCOVER, soil moisture, …) from a latent raster at the dates and "
                       "resolution you choose")

    def help_text(self):
        return self.tr(
            "<p>Decodes a latent raster made by eolatent:encode into physical variables — leaf area index LAI "
            "(m²/m²), vegetation cover FCOVER, soil moisture SM (m³/m³), and optionally leaf chlorophyll CAB "
            "(µg/cm²), leaf water CW (g/cm²), dry matter CM (g/cm²) and soil brightness — at the dates and "
            "the resolution you choose, with an optional 1σ uncertainty per variable.</p>"
            "<p><b>Dates</b>: a comma-separated list of dates (2020-07-01, 2020-07-15), or else a regular "
            "series from the first to the last day every <i>Series: step</i> days (default 7, weekly); empty first/last "
            "day = the encoded period. A date inside an encoded window is decoded from that window; a date "
            "between two encoded windows (a window without acquisitions is not encoded) is the linear blend "
            "in time of the two neighbours (uncertainty blended the same way). A window is not decoded more "
            "than 15 days from its centre (the range the decoders are trained on): further away, its value is "
            "held, and the 1σ of LAI and FCOVER grows with the distance (by the drift measured on real "
            "Sentinel-2 series). Dates outside the encoded period are refused.</p>"
            "<p><b>Clouds</b>: a chunk with no valid observation in a window is no data there. With "
            "<i>Fill cloudy chunks from the neighbouring windows</i> (default), such a chunk is decoded from its "
            "nearest valid windows before and "
            "after, blended in time; it stays no data where one side has none. In a latent of Sentinel-2 and "
            "Sentinel-1, a window where only the radar saw a chunk is skipped the same way for the optical variables "
            "(all but soil moisture), which would be the decoder's guess from radar there: they are blended from the "
            "chunk's nearest windows with a Sentinel-2 observation, or taken from the nearest one where those lie on "
            "one side only (its value held, the 1σ of LAI and FCOVER growing with the distance). A chunk that "
            "Sentinel-2 never saw keeps the guess from radar.</p>"
            "<p><b>Resolution</b> (metres): a multiple of the stack pixel size that divides the chunk "
            "(for the fine preset at 10 m: 10, 20 or 40 m); empty = the stack resolution. A coarse pixel is "
            "the decoder's value at its centre.</p>"
            "<p><b>Model</b>: the decoder of the encoder that made the latent raster; a decoder ONNX file "
            "(advanced) may be given, and is refused if it was trained for another encoder.</p>"
            "<p><b>Outputs</b>: one GeoTIFF per variable, one band per date in date order. Each band's "
            "description starts with its date (\"2020-07-01 LAI [m2/m2]\") and its metadata carries DATE, "
            "VARIABLE and UNITS.</p>"
            "<p><b>Temporal controller</b>: QGIS 3.38 and later can map each band to a date: the outputs are "
            "given the temporal mode <i>Fixed time range per band</i> (each band from its date to the next), "
            "so the temporal controller shows the band of the current date. QGIS 3.22 to 3.36 cannot map "
            "the bands of one GeoTIFF to dates; there (advanced option, on by default) each output also gets "
            "a folder <i>&lt;output&gt;_dates/</i> with one small VRT per date (pointing to the band, no "
            "pixel copied), and the outputs loaded on completion come with a group <i>… by date</i> of one "
            "layer per date, each with the fixed time range from its date to the next: the temporal "
            "controller animates that group. Open the VRTs yourself (Temporal ▸ Fixed time range) for "
            "outputs not loaded on completion.</p>"
            "<p>The execution provider that actually ran (CUDA or CPU) is written to the log.</p>") + self.tr(
            "<p><b>Quality flags</b> (optional output): per date and pixel, how its values were made, added up: 0 "
            "decoded from the windows around the date; 1 gap-filled (decoded from windows beyond the nearest ones, "
            "which held no observation there, or the optical variables from the nearest windows with a Sentinel-2 "
            "observation); 2 held (the nearest window used is more than 15 days away); 4 no "
            "data; 8 less than half of the value comes from windows with a Sentinel-2 observation there (the "
            "optical variables are mostly the decoder's guess from radar; never on a value filled from Sentinel-2 "
            "windows, flagged 1); 16 less than half from windows with a Sentinel-1 one (soil moisture is mostly the "
            "decoder's guess from optical). One flag raster serves every variable: 1 and 2 may describe the optical "
            "variables only. Flags 8 and 16 need a latent that records its sensors per window (encoded since this "
            "version).</p>")

    def init_parameters(self):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Latent raster")))
        self.addParameter(QgsProcessingParameterString(
            self.DATES, self.tr("Dates (YYYY-MM-DD, comma-separated; empty: regular series below)"),
            optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.START_DATE, self.tr("Series: first day (empty: start of the encoded period)"),
            type=QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.END_DATE, self.tr("Series: last day (empty: end of the encoded period)"),
            type=QgsProcessingParameterDateTime.Date, optional=True))
        self.add_number(self.STEP_DAYS, self.tr("Series: step (days)"), 7, 1, 366, integer=True)
        self.add_number(self.RESOLUTION, self.tr("Resolution (m, empty: the stack resolution)"), None, 0.0,
                        optional=True, decimals=6)     # the stack's CRS units: degrees too
        self.addParameter(QgsProcessingParameterBoolean(
            self.FILL_GAPS, self.tr("Fill cloudy chunks from the neighbouring windows"), defaultValue=True))
        self._add(QgsProcessingParameterBoolean(
            self.RADAR_ONLY_OPTICAL, self.tr("S2 + S1 latents: decode the optical variables of windows only the radar "
                                             "saw from radar (instead of filling them from the windows with "
                                             "Sentinel-2)"), defaultValue=False), advanced=True)
        self._add(QgsProcessingParameterFile(
            self.DECODER_FILE, self.tr("Decoder ONNX file (empty: the decoder of the raster's encoder)"),
            extension="onnx", optional=True), advanced=True)
        self._add(QgsProcessingParameterBoolean(
            self.DATE_LAYERS, self.tr("QGIS before 3.38: also one layer per date for the temporal controller "
                                      "(VRTs in <output>_dates/)"), defaultValue=True), advanced=True)
        # "decoded": the biophysical algorithm's outputs bear the same variable names in the Layers panel
        labels = {"LAI": self.tr("Decoded leaf area index LAI (m²/m²)"),
                  "FCOVER": self.tr("Decoded vegetation cover FCOVER"),
                  "SM": self.tr("Decoded soil moisture SM (m³/m³)"),
                  "CAB": self.tr("Decoded leaf chlorophyll CAB (µg/cm²)"),
                  "CW": self.tr("Decoded leaf water CW (g/cm²)"),
                  "CM": self.tr("Decoded leaf dry matter CM (g/cm²)"),
                  "SOIL_BRIGHTNESS": self.tr("Decoded soil brightness")}
        for var in VARIABLES:
            self.add_raster_output(f"OUTPUT_{var}", labels[var], optional=True,
                                   create_by_default=var in BY_DEFAULT)
        for var in VARIABLES:
            short = self.tr("soil brightness") if var == "SOIL_BRIGHTNESS" else var
            self.add_raster_output(f"OUTPUT_{var}_STD", self.tr("Decoded {} uncertainty (1σ)").format(short),
                                   optional=True, create_by_default=False)
        self.add_raster_output(self.OUTPUT_QUALITY, self.tr("Quality flags (gap-filled, held, no data, sensor missing)"),
                               optional=True, create_by_default=False)
        self.addOutput(QgsProcessingOutputString(self.DATES_DECODED, self.tr("Decoded dates")))

    def output_styles(self):
        styles = {f"OUTPUT_{v}": STYLE_KEYS[v] for v in VARIABLES if STYLE_KEYS.get(v) in styling.RAMPS}
        styles.update({f"OUTPUT_{v}_STD": f"{STYLE_KEYS[v]}_STD" for v in VARIABLES})
        styles[self.OUTPUT_QUALITY] = "DECODE_QUALITY"
        return styles

    def hidden_outputs(self, results=None):
        return self.all_but_the_first(results, [f"OUTPUT_{v}" for v in VARIABLES])

    def execute(self, parameters, context, feedback):
        from ..core.decode.raster import run_decode

        layer = self.raster_input(parameters, self.INPUT, context,
                                  self.tr("No latent raster: choose a raster made by eolatent:encode."))
        outputs = self.requested_outputs(
            parameters, [k for var in VARIABLES for k in (f"OUTPUT_{var}", f"OUTPUT_{var}_STD")]
            + [self.OUTPUT_QUALITY], context,
            self.tr("No output selected: choose at least one variable (in a model: make one of its outputs a model "
                    "output, or connect it to another algorithm)."))
        self._skip_guessed_outputs(parameters, outputs, layer_path(layer), context, feedback)
        dates = (self.parameterAsString(parameters, self.DATES, context) or "").strip() or None
        resolution = self.optional_number(parameters, self.RESOLUTION, context)
        start = self.optional_date(parameters, self.START_DATE, context)
        end = self.optional_date(parameters, self.END_DATE, context)
        if dates and (start or end):
            feedback.warning(self.tr("{} / {} are not used: {} is given and names the dates to decode; leave {} empty "
                                     "for a regular series").format(self.START_DATE, self.END_DATE, self.DATES,
                                                                    self.DATES))
        result = run_decode(
            layer_path(layer), outputs, dates=dates,
            start=start,
            end=end,
            step_days=self.parameterAsInt(parameters, self.STEP_DAYS, context),
            resolution=resolution or None,
            decoder=self.parameterAsFile(parameters, self.DECODER_FILE, context) or None,
            gap_fill=self.parameterAsBool(parameters, self.FILL_GAPS, context),
            radar_only_optical=self.parameterAsBool(parameters, self.RADAR_ONLY_OPTICAL, context),
            feedback=feedback, **self.runtime_options(parameters, context))
        self._dates = result.dates
        feedback.info(self.tr("Execution provider that ran: {}").format(result.provider_used.upper()))
        feedback.info(self.tr("Decoded {} date(s): {}").format(len(result.dates), ", ".join(result.dates)))
        self._vrts = {}
        if not per_band_temporal_supported() and self.parameterAsBool(parameters, self.DATE_LAYERS, context):
            from ..core.outputs.band_vrts import dates_folder, write_date_vrts

            for k, path in result.outputs.items():
                self._vrts[f"OUTPUT_{k}"] = write_date_vrts(path, result.dates)
                feedback.info(self.tr("One layer per date for the temporal controller: {}").format(
                    dates_folder(path)))
        results = {f"OUTPUT_{k}": v for k, v in result.outputs.items()}
        results[self.DATES_DECODED] = ",".join(result.dates)
        results["EXECUTION_PROVIDER_USED"] = result.provider_used
        return results

    def _default_layer(self, value, context) -> bool:
        """Whether an output's value is the algorithm dialog's default: a temporary layer opened after the run (a
        QgsProcessingOutputLayerDefinition with a destination project; processing.runAndLoadResults passes the
        same). Never inside a model (its steps' context holds the model's variables), where the output feeds a
        model output or another step: it was asked for (the chain audit: a model lost it, and the step that read
        it failed with "invalid value"). A plain TEMPORARY_OUTPUT or a file path, as scripts give, was asked for."""
        from qgis.core import QgsProcessingOutputLayerDefinition

        if self.in_model(context):
            return False
        return (isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject is not None
                and value.sink.staticValue() == "TEMPORARY_OUTPUT")

    def _skip_guessed_outputs(self, parameters, outputs, latent_path, context, feedback) -> None:
        """A variable the latent holds no sensor for is the decoder's guess from the other sensor's features, not a
        measurement: soil moisture without Sentinel-1, the optical variables (LAI, FCOVER, …) without Sentinel-2. It
        is not made as a default temporary layer of the dialog (while something else is decoded); it is made when
        the user names a file for it, or asks for it from a model or a script (the engine then warns)."""
        from ..core.latent.contract import open_latent

        from ..core.decode.decoder_choice import has_decoder

        try:
            with open_latent(latent_path) as lat:
                modalities, encoder = list(lat.modalities), lat.encoder_id
        except Exception:  # noqa: BLE001 - not a readable latent: run_decode says why
            return
        if not modalities or {"S1", "S2"} <= set(modalities):
            return
        if not self.parameterAsFile(parameters, self.DECODER_FILE, context) and not has_decoder(encoder):
            return       # no decoder (a Presto latent): run_decode refuses it, and only that is said
        radar = "S1" not in modalities          # the guessed variables: soil moisture, or the optical ones
        decoded = [k for k in outputs if k != "QUALITY"]
        dropped = [k for k in decoded if (k in ("SM", "SM_STD")) == radar
                   and self._default_layer(parameters.get(f"OUTPUT_{k}"), context)]
        if not dropped or len(decoded) == len(dropped):
            return
        for k in dropped:
            path = outputs.pop(k)
            if context.willLoadLayerOnCompletion(path):     # else QGIS ends the run with "… not correctly generated"
                context.setLayersToLoadOnCompletion({p: d for p, d in context.layersToLoadOnCompletion().items()
                                                     if p != path})
        if radar:
            feedback.info(self.tr("Soil moisture is not decoded: the latent holds no Sentinel-1 (its inputs: {}), so "
                                  "it would be the decoder's guess from the optical features, not a radar measurement. "
                                  "To decode it anyway, save the soil moisture output to a file.").format(
                ", ".join(modalities)))
        else:
            feedback.info(self.tr("{} not decoded: the latent holds no Sentinel-2 (its inputs: {}), so they would be "
                                  "the decoder's guess from the radar features, not an optical retrieval. To decode them "
                                  "anyway, save them to files.").format(", ".join(dropped), ", ".join(modalities)))

    def style_outputs(self, results, context) -> None:
        """Colour ramps (where styling has one) and per-band dates, in a .qml beside each output and on the
        layers loaded on completion."""
        dates = list(getattr(self, "_dates", []))
        styles = self.output_styles()
        temporal = per_band_temporal_supported()
        for name, path in results.items():
            if not name.startswith("OUTPUT_") or not path or not os.path.exists(str(path)):
                continue
            key = styles.get(name)
            if key is None and not temporal:
                continue
            qml_layer = QgsRasterLayer(str(path), os.path.basename(str(path)))
            if qml_layer.isValid():
                style_and_time(qml_layer, key, dates)
                qml_layer.saveNamedStyle(os.path.splitext(str(path))[0] + ".qml")
            if context.willLoadLayerOnCompletion(path):
                details = context.layerToLoadOnCompletionDetails(path)
                details.setPostProcessor(decode_post_processor(key, dates, self._vrts.get(name)))
