# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:biophysical — LAI, FAPAR, FCOVER, CCC, CWC from Sentinel-2, with uncertainty and quality."""
from __future__ import annotations

from qgis.core import QgsProcessingException, QgsProcessingParameterRasterLayer

from .base import EOLatentAlgorithm, layer_path

VARIABLES = ("LAI", "FAPAR", "FCOVER", "CCC", "CWC")
STD_BY_DEFAULT = ("LAI",)  # the other uncertainties are optional outputs


class BiophysicalAlgorithm(EOLatentAlgorithm):
    INPUT = "INPUT"
    SUN_ZENITH = "SUN_ZENITH"
    VIEW_ZENITH = "VIEW_ZENITH"
    RELATIVE_AZIMUTH = "RELATIVE_AZIMUTH"
    OUTPUT_QUALITY = "OUTPUT_QUALITY"

    def name(self):
        return "biophysical"

    def displayName(self):
        return self.tr("Biophysical variables (LAI, FAPAR, FCOVER, CCC, CWC)")

    def help_text(self):
        return self.tr(
            "<p>Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active "
            "radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content "
            "(CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface "
            "reflectance, with a 1σ uncertainty for each, using a neural network trained on PROSAIL "
            "(PROSPECT-D + 4SAIL) simulations.</p>"
            "<p><b>Input</b>: a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions "
            "name the bands), an ESA SAFE L2A folder or a Theia/MAJA L2A folder. Needed bands: B02, B03, B04, "
            "B05, B06, B07, B08, B8A, B11, B12. Reflectance scale and offset (including the −1000 offset of "
            "processing baseline 04.00+) are applied; cloud and nodata masks are honoured.</p>"
            "<p><b>Angles</b> (degrees) are read from the product metadata; the three angle parameters are used "
            "only for inputs that carry none.</p>"
            "<p><b>Outputs</b>: one band per date, in date order; band descriptions start with the date. "
            "Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid "
            "range, 4 cloud or nodata (outputs are nodata there).</p>"
            "<p>The execution provider that actually ran (CUDA or CPU) is written to the log.</p>")

    def init_parameters(self):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INPUT, self.tr("Sentinel-2 stack or single-date raster")))
        self.add_number(self.SUN_ZENITH, self.tr("Sun zenith angle (°), for inputs without angle metadata"),
                        None, 0.0, 89.0, optional=True)
        self.add_number(self.VIEW_ZENITH, self.tr("View zenith angle (°), for inputs without angle metadata"),
                        None, 0.0, 89.0, optional=True)
        self.add_number(self.RELATIVE_AZIMUTH,
                        self.tr("Relative sun–view azimuth (°), for inputs without angle metadata"),
                        None, 0.0, 360.0, optional=True)
        labels = {"LAI": self.tr("Leaf area index LAI (m²/m²)"), "FAPAR": self.tr("FAPAR"),
                  "FCOVER": self.tr("FCOVER"), "CCC": self.tr("Canopy chlorophyll content CCC (g/m²)"),
                  "CWC": self.tr("Canopy water content CWC (kg/m²)")}
        for var in VARIABLES:
            self.add_raster_output(f"OUTPUT_{var}", labels[var], optional=var != "LAI")
        for var in VARIABLES:
            self.add_raster_output(f"OUTPUT_{var}_STD", self.tr("{} uncertainty (1σ)").format(var), optional=True,
                                   create_by_default=var in STD_BY_DEFAULT)
        self.add_raster_output(self.OUTPUT_QUALITY, self.tr("Quality flags"), optional=True)

    def output_styles(self):
        styles = {f"OUTPUT_{v}": v for v in VARIABLES}
        styles.update({f"OUTPUT_{v}_STD": "STD" for v in VARIABLES})
        styles[self.OUTPUT_QUALITY] = "QUALITY"
        return styles

    def execute(self, parameters, context, feedback):
        from ..core.biophysical_raster import run_biophysical_raster

        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.tr("No input raster: choose a Sentinel-2 stack or raster."))
        outputs = self.requested_outputs(parameters, self.output_styles(), context,
                                         self.tr("No output selected: choose at least the LAI output."))
        result = run_biophysical_raster(
            layer_path(layer), outputs,
            sun_zenith=self.optional_number(parameters, self.SUN_ZENITH, context),
            view_zenith=self.optional_number(parameters, self.VIEW_ZENITH, context),
            relative_azimuth=self.optional_number(parameters, self.RELATIVE_AZIMUTH, context),
            feedback=feedback, **self.runtime_options(parameters, context))
        feedback.info(self.tr("Execution provider that ran: {}").format(result.provider_used.upper()))
        for date, angles in zip(result.dates, result.angles):
            feedback.info(self.tr("{}: sun zenith {:.1f}°, view zenith {:.1f}°, relative azimuth {:.1f}° ({})").format(
                date, angles["sun_zenith"], angles["view_zenith"], angles["relative_azimuth"], angles["source"]))
        results = {f"OUTPUT_{k}": v for k, v in result.outputs.items()}
        results["EXECUTION_PROVIDER_USED"] = result.provider_used
        return results
