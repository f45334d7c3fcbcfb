# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:soilmoisture — surface soil moisture per Sentinel-1 date, with uncertainty and quality flags."""
from __future__ import annotations

from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterRasterLayer

from ..core.i18n import local_format
from . import styling
from .base import EOLatentAlgorithm, layer_path


class SoilMoistureAlgorithm(EOLatentAlgorithm):
    READS_S2 = True
    S1_STACK = "S1_STACK"
    LAI = "LAI"
    S2_STACK = "S2_STACK"
    LAI_VALUE = "LAI_VALUE"
    INCIDENCE = "INCIDENCE"
    FORCE_GAMMA0 = "FORCE_GAMMA0"
    OUTPUT_SM = "OUTPUT_SM"
    OUTPUT_SM_STD = "OUTPUT_SM_STD"
    OUTPUT_QUALITY = "OUTPUT_QUALITY"

    def name(self):
        return "soilmoisture"

    def displayName(self):
        return self.tr("Soil moisture (Sentinel-1)")

    def short_description(self):
        return self.tr("Surface soil moisture (m³/m³) and its 1σ from a Sentinel-1 backscatter stack (Water Cloud "
                       "Model)")

    def help_text(self):
        return self.tr(
            "<p>Retrieves surface soil moisture (volumetric, m³/m³) on every date of a Sentinel-1 stack, with a "
            "1σ uncertainty and a quality flag, using a neural network trained on simulations of the Water "
            "Cloud Model (vegetation, driven by LAI) over the Oh (2004) bare-soil model at C band.</p>"
            "<p><b>Sentinel-1</b>: a stack (eolatent:buildstack) or a dated GeoTIFF with VV and VH σ⁰ (dB "
            "or linear, read from the metadata), ideally speckle-filtered. γ⁰ is refused: γ⁰ = σ⁰/cos θ reads "
            "0.6–1.6 dB higher at 29–46° and would be taken for wetter soil; FORCE_GAMMA0 runs anyway "
            "(biased). <b>Incidence angle</b> (local, degrees): from the stack's incidence band; the "
            "INCIDENCE parameter is used only for inputs without one. The model was trained on 29–46°.</p>"
            "<p><b>Vegetation (LAI)</b>, in this order of preference: (1) a LAI raster on the S1 grid with one "
            "band per date (the LAI output of eolatent:biophysical), (2) a Sentinel-2 stack on the S1 grid "
            "(LAI retrieved on the fly with the biophysical model; angles from the stack), (3) a constant LAI "
            "(LAI_VALUE), a fallback that ignores the vegetation's changes in space and time. LAI is "
            "interpolated per pixel linearly in time between the nearest cloud-free LAI dates before and "
            "after each S1 date (by calendar day); beyond the first or last LAI date the nearest one is "
            "used.</p>"
            "<p><b>Accuracy — read before use</b>: on held-out simulations the RMSE is 0.13 m³/m³ (r² = 0.13) "
            "against 0.14 m³/m³ for always predicting the prior mean (0.26 m³/m³); 0.11 m³/m³ for LAI below "
            "1, but hardly better than the prior mean above LAI ~3 (0.135–0.138 against 0.137–0.139 m³/m³): "
            "single-date C-band backscatter carries little information on the soil under dense vegetation or "
            "unknown roughness, and there the estimate falls back towards the prior mean with a large σ. On "
            "40 real field points (SMAPVEX16 soybean) the RMSE was 0.11 m³/m³ with a −0.07 m³/m³ bias, worse "
            "than their sample mean: use the output for relative patterns and changes over time on sparse "
            "vegetation, and always with its σ. The share of pixels above LAI 3 is written to the log.</p>"
            "<p><b>Outputs</b>: one band per S1 date, in date order; band descriptions start with the date. "
            "Quality flags (add up): 1 input outside the training domain, 2 output clamped to 0–0.6 m³/m³, 4 "
            "no data (S1, incidence or LAI missing; outputs are nodata there), 8 LAI from more than 15 days away "
            "(the LAI dates nearer to that S1 date are cloudy or missing at the pixel; its 1σ does not include "
            "that LAI's error).</p>"
            "<p>Advanced parameters: execution provider (auto: CUDA GPU when available, else CPU; the one "
            "that ran is written to the log), CPU threads and tile size.</p>")

    def init_parameters(self):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.S1_STACK, self.tr("Sentinel-1 stack (VV, VH σ⁰)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LAI, self.tr("LAI raster, one band per date (output of eolatent:biophysical)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.S2_STACK, self.tr("Sentinel-2 stack (LAI retrieved on the fly) if no LAI raster"), optional=True))
        self.add_number(self.LAI_VALUE, self.tr("Constant LAI (m²/m²), fallback without LAI raster or S2 stack"),
                        None, 0.0, 15.0, optional=True)
        self.add_number(self.INCIDENCE, self.tr("Incidence angle (°), for S1 inputs without an incidence band"),
                        None, 1.0, 89.0, optional=True)
        param = QgsProcessingParameterBoolean(
            self.FORCE_GAMMA0, self.tr("Accept γ⁰/β⁰ input as if it were σ⁰ (biased)"), False, True)
        self._add(param, advanced=True)
        self.add_raster_output(self.OUTPUT_SM, self.tr("Soil moisture (m³/m³)"))
        self.add_raster_output(self.OUTPUT_SM_STD, self.tr("Soil moisture uncertainty (1σ, m³/m³)"), optional=True)
        self.add_raster_output(self.OUTPUT_QUALITY, self.tr("Quality flags"), optional=True)

    def output_styles(self):
        styles = {self.OUTPUT_SM_STD: "SM_STD", self.OUTPUT_QUALITY: "SM_QUALITY"}
        if "SM" in styling.RAMPS:  # the soil-moisture ramp, once the styling module has it
            styles[self.OUTPUT_SM] = "SM"
        return styles

    def hidden_outputs(self, results=None):
        return self.all_but_the_first(results, [self.OUTPUT_SM])

    def execute(self, parameters, context, feedback):
        from ..core.soilmoisture.raster import run_soilmoisture_raster

        layer = self.raster_input(parameters, self.S1_STACK, context,
                                  self.tr("No Sentinel-1 input: choose an S1 stack."))
        outputs = self.requested_outputs(
            parameters, (self.OUTPUT_SM, self.OUTPUT_SM_STD, self.OUTPUT_QUALITY), context,
            self.tr("No output selected: choose at least the soil moisture output."))
        result = run_soilmoisture_raster(
            layer_path(layer), outputs,
            lai_path=self.optional_raster_path(parameters, self.LAI, context),
            s2_path=self.optional_raster_path(parameters, self.S2_STACK, context),
            lai_value=self.optional_number(parameters, self.LAI_VALUE, context),
            incidence=self.optional_number(parameters, self.INCIDENCE, context),
            force_gamma0=self.parameterAsBool(parameters, self.FORCE_GAMMA0, context),
            detect_clouds=self.detect_clouds(parameters, context),
            feedback=feedback, **self.runtime_options(parameters, context))
        feedback.info(self.tr("Execution provider that ran: {}").format(result.provider_used.upper()))
        if len(set(result.incidence_said)) == 1:
            feedback.info(self.tr("Incidence angle of every date from the {}").format(result.incidence_said[0]))
        else:
            for date, source in zip(result.dates, result.incidence_said):
                feedback.info(self.tr("{}: incidence angle from the {}").format(date, source))
        if result.dense_fraction is not None:
            feedback.info(local_format(self.tr("{:.0%} of the retrieved pixels have LAI above 3, where single-date "
                                               "C-band retrieval stays close to the prior mean (large σ)"),
                                       result.dense_fraction))
        results = {f"OUTPUT_{k}": v for k, v in result.outputs.items()}
        results["EXECUTION_PROVIDER_USED"] = result.provider_used
        return results
