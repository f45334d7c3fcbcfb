# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:biophysical — LAI, FAPAR, FCOVER, CCC, CWC from Sentinel-2, with uncertainty and quality."""
from __future__ import annotations

import os

from qgis.core import (QgsProcessingParameterBoolean, QgsProcessingParameterEnum, QgsProcessingParameterFile,
                       QgsProcessingParameterRasterLayer)

from .base import EOLatentAlgorithm, is_set, layer_path

VARIABLES = ("LAI", "FAPAR", "FCOVER", "CCC", "CWC")
STD_BY_DEFAULT = ("LAI",)  # the other uncertainties are optional outputs
# FAPAR, CCC and CWC are made on request (ticked in the dialog, named on the command line): eight layers by default
# crowded the Layers panel (the GUI audit)
MADE_BY_DEFAULT = ("LAI", "FCOVER")
LEVELS = ("auto", "L2A", "L1C")
BAND_SETS = ("auto", "20m", "no_b8a", "10m")
PRIORS = ("wide", "codistributed")
# the metadata files that stand for a product (core/inputs/sentinel2: safe.py SAFE_MTD_NAMES, Theia *_MTD_ALL.xml)
SAFE_METADATA = ("MTD_MSIL2A.xml", "MTD_MSIL1C.xml")
THEIA_METADATA_SUFFIX = "_MTD_ALL.xml"


def is_product_path(value) -> bool:
    """A Sentinel-2 product given as a path: a folder (SAFE, Theia/MAJA) or the metadata file of one."""
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if not isinstance(value, str) or not value.strip():
        return False
    path = value.strip()
    name = os.path.basename(path.rstrip("/\\"))
    return os.path.isdir(path) or (os.path.isfile(path) and (name in SAFE_METADATA
                                                              or name.endswith(THEIA_METADATA_SUFFIX)))


class BiophysicalAlgorithm(EOLatentAlgorithm):
    INPUT = "INPUT"
    INPUT_FOLDER = "INPUT_FOLDER"
    SUN_ZENITH = "SUN_ZENITH"
    VIEW_ZENITH = "VIEW_ZENITH"
    RELATIVE_AZIMUTH = "RELATIVE_AZIMUTH"
    OUTPUT_QUALITY = "OUTPUT_QUALITY"
    LEVEL = "LEVEL"
    BAND_SET = "BAND_SET"
    PRIOR = "PRIOR"
    NON_VEGETATION = "NON_VEGETATION"
    SMOOTH = "SMOOTH"
    SMOOTH_WINDOW = "SMOOTH_WINDOW"
    DETECT_CLOUDS = "DETECT_CLOUDS"
    CLUMPING = "CLUMPING"
    CLUMPING_MAP = "CLUMPING_MAP"

    def name(self):
        return "biophysical"

    def displayName(self):
        return self.tr("Biophysical variables (LAI, FAPAR, FCOVER, CCC, CWC)")

    def short_description(self):
        return self.tr("LAI, FAPAR, FCOVER, CCC and CWC with their 1σ and quality flags, from a Sentinel-2 stack or "
                       "product (L1C or L2A)")

    def help_text(self):
        return self.tr(
            "<p>Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active "
            "radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content "
            "(CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface "
            "reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural "
            "networks trained on PROSAIL "
            "(PROSPECT-D + 4SAIL) simulations.</p>"
            "<p><b>Input</b>: give one of the two. <i>Sentinel-2 stack or single-date raster</i> (INPUT): a "
            "Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands). "
            "<i>Sentinel-2 product folder</i> (INPUT_FOLDER): an ESA SAFE L1C/L2A folder (*.SAFE) or a Theia/MAJA "
            "L2A folder; with qgis_process or processing.run, INPUT=path/to/product.SAFE (or its MTD_MSIL2A.xml) "
            "is taken as that folder too. Bands: B02, B03, B04, "
            "B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with "
            "<i>Band set</i> = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset "
            "(including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks "
            "are honoured; on dates without a mask, clouds and shadows are detected (s2cloudless on Level-1C, "
            "spectral rules on Level-2A) and flagged 4, unless <i>Detect clouds and shadows</i> is off.</p>"
            "<p><b>Product level</b>: Level-1C (top-of-atmosphere) inputs are recognised from the product "
            "metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained "
            "on top-of-atmosphere simulations; <i>Product level</i> forces L2A or L1C. The level and the bands "
            "used are written to the log and to the output metadata (LEVEL, MODEL band tags).</p>"
            "<p><b>Training prior</b> (advanced): a network trained on simulations returns about the mean of what "
            "its training prior allows for a spectrum. <i>wide</i> (default): 60 % of the simulations have every "
            "leaf and soil parameter drawn independently and widely, so no leaf type decides a dense canopy's LAI; "
            "it meets the simulated goals for leaves of any kind, and reads dense canopies mostly from their visible "
            "absorption. <i>codistributed</i>: the leaf and soil parameters follow the ATBD's co-distribution with "
            "LAI (as SNAP's SL2P) and LAI is flat on 0–8; slightly more accurate overall where leaves are typical of "
            "their LAI, it follows the near infrared of dense canopies somewhat more, and its maps agree better "
            "with SL2P's (agreement, not accuracy: no field LAI was at hand). Where leaves are atypical it reads "
            "dense canopies low, and its 1σ is then too narrow (±1σ covers 25–40 % of such simulated truths, which "
            "also weighs on temporal smoothing). The measured figures are in the README. The prior is written to the "
            "EOLATENT_PRIOR tag and named in the log.</p>"
            "<p><b>Angles</b> (degrees) are read from the product metadata; the three angle parameters are used "
            "only for inputs that carry none. Without either, the sun is computed from the acquisition time and "
            "place, the view zenith is 5° and the relative azimuth 90°, and the log says so.</p>"
            "<p><b>Non-vegetation</b>: water, snow and bare soil or built-up surfaces, recognised from band "
            "ratios, get 0 for every variable and quality flag 8.</p>"
            "<p><b>Clumping</b> (true LAI): the networks invert a turbid-medium canopy (leaves placed at random), "
            "so LAI, CCC and CWC are <i>effective</i> values (as SNAP's SL2P). Real canopies group their leaves "
            "(shoots, crowns, rows): true LAI = effective LAI / Ω, with the clumping index Ω about 0.5–0.9 for "
            "forests. Set one Ω for every pixel, or give a clumping-index map (any CRS and resolution, Ω in 0–1 or "
            "in percent, e.g. the global 500 m map of He et al. 2012); FAPAR and FCOVER are unchanged. The default, "
            "1, keeps the effective values; the choice is written to the log and to the EOLATENT_LAI_DEFINITION tag."
            "</p>"
            "<p><b>Temporal smoothing</b> (optional): every variable is smoothed along each pixel's time series, "
            "each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that "
            "grows with the gap (flags 16 smoothed, 32 gap-filled). By default (<i>Smoothing window</i> 0) how "
            "smooth the series are, and a factor on the per-date 1σ, are fitted to the input by maximum likelihood, "
            "so that the smoothed 1σ means what it says (held-out dates of real series from four regions fell "
            "within ±1σ 68–76 % of the time); a window in days sets the smoothness instead.</p>"
            "<p><b>Outputs</b>: one band per date, in date order; band descriptions start with the date. "
            "Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid "
            "range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 "
            "gap-filled.</p>"
            "<p>The execution provider that actually ran (CUDA or CPU) is written to the log.</p>")

    def init_parameters(self):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INPUT, self.tr("Sentinel-2 stack or single-date raster"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT_FOLDER, self.tr("Sentinel-2 product folder (SAFE or Theia/MAJA), instead of an input raster"),
            behavior=QgsProcessingParameterFile.Folder, optional=True))
        self.add_number(self.SUN_ZENITH, self.tr("Sun zenith angle (°), for inputs without angle metadata"),
                        None, 0.0, 89.0, optional=True)
        self.add_number(self.VIEW_ZENITH, self.tr("View zenith angle (°), for inputs without angle metadata"),
                        None, 0.0, 89.0, optional=True)
        self.add_number(self.RELATIVE_AZIMUTH,
                        self.tr("Relative sun–view azimuth (°), for inputs without angle metadata"),
                        None, 0.0, 360.0, optional=True)
        self.addParameter(QgsProcessingParameterEnum(
            self.LEVEL, self.tr("Product level (auto, L2A surface or L1C top-of-atmosphere reflectance)"),
            options=list(LEVELS), defaultValue="auto", usesStaticStrings=True))
        self._add(QgsProcessingParameterEnum(
            self.BAND_SET, self.tr("Band set (auto, 20m: 10 bands, no_b8a: 9 bands, 10m: B02 B03 B04 B08)"),
            options=list(BAND_SETS), defaultValue="auto", usesStaticStrings=True), advanced=True)
        self._add(QgsProcessingParameterEnum(
            self.PRIOR, self.tr("Training prior (wide: the default, for leaves of any kind; codistributed: leaves "
                                "typical of their LAI, as SL2P)"),
            options=list(PRIORS), defaultValue="wide", usesStaticStrings=True), advanced=True)
        self._add(QgsProcessingParameterBoolean(
            self.NON_VEGETATION, self.tr("Set water, snow and bare soil to 0 (quality flag 8)"), defaultValue=True),
            advanced=True)
        self.add_number(self.CLUMPING, self.tr("Clumping index Ω (1 = effective LAI; true LAI = effective / Ω)"), 1.0,
                        0.3, 1.0)
        self._add(QgsProcessingParameterRasterLayer(
            self.CLUMPING_MAP, self.tr("Clumping-index map (Ω per pixel; the value above where it has none)"),
            optional=True), advanced=True)
        self.addParameter(QgsProcessingParameterBoolean(
            self.SMOOTH, self.tr("Smooth along time and fill cloudy dates (weights 1/σ²)"), defaultValue=False))
        self.add_number(self.SMOOTH_WINDOW, self.tr("Smoothing window (days; 0 = fitted to the data)"), 0, 0, 3650,
                        integer=True, advanced=True)
        self._add(QgsProcessingParameterBoolean(
            self.DETECT_CLOUDS, self.tr("Detect clouds and shadows in Sentinel-2 dates without a cloud mask"),
            defaultValue=True),
            advanced=True)
        labels = {"LAI": self.tr("Leaf area index LAI (m²/m²)"), "FAPAR": self.tr("FAPAR"),
                  "FCOVER": self.tr("FCOVER"), "CCC": self.tr("Canopy chlorophyll content CCC (g/m²)"),
                  "CWC": self.tr("Canopy water content CWC (kg/m²)")}
        for var in VARIABLES:
            self.add_raster_output(f"OUTPUT_{var}", labels[var], optional=var != "LAI",
                                   create_by_default=var in MADE_BY_DEFAULT)
        for var in VARIABLES:
            self.add_raster_output(f"OUTPUT_{var}_STD", self.tr("{} uncertainty (1σ)").format(var), optional=True,
                                   create_by_default=var in STD_BY_DEFAULT)
        self.add_raster_output(self.OUTPUT_QUALITY, self.tr("Quality flags"), optional=True)

    def output_styles(self):
        styles = {f"OUTPUT_{v}": v for v in VARIABLES}
        styles.update({f"OUTPUT_{v}_STD": f"{v}_STD" for v in VARIABLES})
        styles[self.OUTPUT_QUALITY] = "QUALITY"
        return styles

    def hidden_outputs(self, results=None):
        return self.all_but_the_first(results, [f"OUTPUT_{v}" for v in VARIABLES])

    def normalised_parameters(self, parameters):
        """A product folder (or a SAFE's MTD_MSIL*.xml, a Theia *_MTD_ALL.xml) given as INPUT, as on the command line,
        goes to INPUT_FOLDER (QGIS would refuse it as a raster layer); then exactly one of INPUT and INPUT_FOLDER."""
        out = super().normalised_parameters(parameters)
        if isinstance(out, str):
            return out
        if is_product_path(out.get(self.INPUT)) and not is_set(out.get(self.INPUT_FOLDER)):
            out[self.INPUT_FOLDER] = os.fspath(out.pop(self.INPUT)).strip()
        given = [is_set(out.get(name)) for name in (self.INPUT, self.INPUT_FOLDER)]
        if all(given):
            return self.tr("Give INPUT (a Sentinel-2 stack or raster) or INPUT_FOLDER (a SAFE or Theia/MAJA product "
                           "folder), not both.")
        if not any(given):
            return self.tr("No input: give INPUT (a Sentinel-2 stack or raster) or INPUT_FOLDER (a SAFE or "
                           "Theia/MAJA product folder).")
        folder = out.get(self.INPUT_FOLDER)
        if isinstance(folder, str) and not os.path.exists(folder.strip()):
            return self.tr("{}: {} does not exist.").format(self.INPUT_FOLDER, folder.strip())
        return out

    def input_path(self, parameters, context) -> str:
        """The product folder of INPUT_FOLDER as it is (the core reads SAFE and Theia folders), else INPUT's file."""
        if is_set(parameters.get(self.INPUT_FOLDER)):
            folder = self.parameterAsFile(parameters, self.INPUT_FOLDER, context)
            if folder:
                return folder
        layer = self.raster_input(parameters, self.INPUT, context,
                                  self.tr("No input raster: choose a Sentinel-2 stack or raster."))
        return layer_path(layer)

    def execute(self, parameters, context, feedback):
        from ..core.biophysical.raster import run_biophysical_raster

        input_path = self.input_path(parameters, context)
        clumping_map = self.raster_input(parameters, self.CLUMPING_MAP, context)
        outputs = self.requested_outputs(parameters, self.output_styles(), context,
                                         self.tr("No output selected: choose at least the LAI output."))
        smooth = self.parameterAsBoolean(parameters, self.SMOOTH, context)
        window = self.parameterAsDouble(parameters, self.SMOOTH_WINDOW, context)
        if window and not smooth:       # the command line refuses --smooth-window without --smooth
            feedback.warning(self.tr("The smoothing window ({:g} days) is not used: smoothing is off. Tick \"Smooth "
                                     "along time and fill cloudy dates\" (SMOOTH=true) to smooth.").format(window))
        result = run_biophysical_raster(
            input_path, outputs,
            sun_zenith=self.optional_number(parameters, self.SUN_ZENITH, context),
            view_zenith=self.optional_number(parameters, self.VIEW_ZENITH, context),
            relative_azimuth=self.optional_number(parameters, self.RELATIVE_AZIMUTH, context),
            level=self.parameterAsEnumString(parameters, self.LEVEL, context) or "auto",
            band_set=self.parameterAsEnumString(parameters, self.BAND_SET, context) or "auto",
            prior=self.parameterAsEnumString(parameters, self.PRIOR, context) or "wide",
            non_vegetation=self.parameterAsBoolean(parameters, self.NON_VEGETATION, context),
            smooth=smooth, smooth_window_days=window,
            detect_clouds=self.parameterAsBoolean(parameters, self.DETECT_CLOUDS, context),
            clumping=self.parameterAsDouble(parameters, self.CLUMPING, context),
            clumping_map=layer_path(clumping_map) if clumping_map is not None else None,
            feedback=feedback, **self.runtime_options(parameters, context))
        feedback.info(self.tr("Execution provider that ran: {}").format(result.provider_used.upper()))
        results = {f"OUTPUT_{k}": v for k, v in result.outputs.items()}
        results["EXECUTION_PROVIDER_USED"] = result.provider_used
        return results
