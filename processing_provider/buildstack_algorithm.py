# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:buildstack — co-registered Sentinel-2 and Sentinel-1 stacks on one target grid.

Folder parameters are QgsProcessingParameterFile with the Folder behaviour (a folder picker in
the dialog and the modeler; ``--S2_FOLDERS=/data/S2`` in qgis_process). Each folder is searched
recursively, so a parent folder of several products is enough; several folders may also be
given in one value separated by ';'.
"""
from __future__ import annotations

from qgis.core import (QgsCoordinateReferenceSystem, QgsGeometry, QgsProcessing, QgsProcessingException,
                       QgsProcessingOutputString, QgsProcessingParameterBoolean, QgsProcessingParameterCrs,
                       QgsProcessingParameterDateTime, QgsProcessingParameterExtent,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFile, QgsProcessingParameterString)

from .base import EOLatentAlgorithm


def split_folders(value) -> list:
    """Folders of a folder parameter value: one path, or several separated by ';'."""
    if not value:
        return []
    return [p.strip() for p in str(value).split(";") if p.strip()]


def _crs_text(crs: QgsCoordinateReferenceSystem):
    """The CRS as text; None where it is not valid (an extent typed without "[EPSG:…]" in qgis_process, where no
    project gives one): the area is then in the target CRS, as --extent without --area-crs on the command line."""
    if crs is None or not crs.isValid():
        return None
    return crs.authid() or crs.toWkt()


class BuildStackAlgorithm(EOLatentAlgorithm):
    REQUIRED_MODULES = ("numpy", "rasterio")  # no neural network here
    S2_FOLDERS = "S2_FOLDERS"
    S1_FOLDERS = "S1_FOLDERS"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    MAX_CLOUD = "MAX_CLOUD"
    DETECT_CLOUDS = "DETECT_CLOUDS"
    EXTENT = "EXTENT"
    AREA = "AREA"
    TARGET_CRS = "TARGET_CRS"
    RESOLUTION = "RESOLUTION"
    BANDS = "BANDS"
    OUTPUT_S2 = "OUTPUT_S2"
    OUTPUT_S1 = "OUTPUT_S1"
    S2_DATES = "S2_DATES"
    S1_DATES = "S1_DATES"

    def name(self):
        return "buildstack"

    def displayName(self):
        return self.tr("Build stack (Sentinel-2 / Sentinel-1)")

    def short_description(self):
        return self.tr("Sentinel-2 and Sentinel-1 products or GeoTIFF folders co-registered into date-ordered stacks on"
                       " one grid, clouds masked")

    def help_text(self):
        return self.tr(
            "<p>Scans folders of Sentinel-2 and/or Sentinel-1 products, keeps the dates in the chosen "
            "range (and, for Sentinel-2, at most the chosen cloud cover), resamples every date onto one "
            "target grid and writes one multi-date stack per modality, ready for the other EO Latent "
            "algorithms.</p>"
            "<p><b>Sentinel-2 folders</b>: ESA SAFE L2A (or L1C) folders, Theia/MAJA L2A folders, and "
            "GeoTIFFs whose band descriptions name the bands (B02, B03, ...), per date, one file per band (the "
            "files of one date in one folder are joined) or as stacks. "
            "<b>Sentinel-1 folders</b>: backscatter GeoTIFFs of VV and/or VH, sigma0 or gamma0, in dB or "
            "linear power: S1Tiling outputs, pyroSAR outputs, or per-date files with the polarisation "
            "and the date in the name or tags. Folders are searched recursively; several folders can be "
            "given separated by ';'. Keep the two sensors in separate folders. Other rasters in the "
            "folders (land cover, DEM, ...) are skipped and listed in the log.</p>"
            "<p><b>Dates</b>: the first and last day kept (inclusive); empty = no limit. <b>Maximum "
            "cloud cover</b> (percent) uses the product metadata; dates without a known cloud cover "
            "are kept.</p>"
            "<p><b>Clouds</b>: the masks of the products are applied (L2A SCL, Theia CLM, CLOUD/VALID "
            "bands or *_mask.tif files). Where a date has no mask, <b>Detect clouds and shadows</b> "
            "finds them: s2cloudless (Sinergise, CC BY-SA 4.0) for L1C dates (they have B01, B09 and "
            "B10), a rule set for other band sets (L2A; it misses thin or hazy clouds), clouds projected "
            "along the sun direction onto dark pixels for shadows. The detected pixels become no data, "
            "the log gives the percentage per date, and the band metadata CLOUD_MASK, CLOUD_DETECTED "
            "and SHADOW_DETECTED record it. Untick it to keep every pixel of such dates.</p>"
            "<p><b>Area</b>: an extent and/or a polygon layer (all its features together). Pixels outside "
            "the polygon are no data. Without either, the stacks cover all the data (the common part of "
            "both sensors when both are built).</p>"
            "<p><b>Target grid</b>: the CRS of the first Sentinel-2 date unless a target CRS is given "
            "(a projected CRS in metres), the pixel size given by the resolution, edges on multiples of "
            "it. Reflectance is resampled bilinearly, except bands a product stores on the target grid "
            "itself (a product's 20 m bands at 20 m), which are copied; backscatter bilinearly in linear power (not in "
            "dB) and written in dB; cloud and no-data masks by nearest neighbour.</p>"
            "<p><b>Outputs</b>: float32 GeoTIFF stacks, bands ordered date by date (\"B04 2020-07-01\", "
            "\"VV 2020-07-03\"), with band metadata (date, sensor, angles, cloud cover, units, sigma0 or "
            "gamma0); invalid pixels are no data (NaN). Build only one sensor by leaving the other "
            "folder empty; the dates kept are returned as S2_DATES and S1_DATES.</p>")

    def initAlgorithm(self, config=None):
        self.init_parameters()

    def init_parameters(self):
        self.addParameter(QgsProcessingParameterFile(
            self.S2_FOLDERS, self.tr("Sentinel-2 folder (several: separate with ';')"),
            behavior=QgsProcessingParameterFile.Folder, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.S1_FOLDERS, self.tr("Sentinel-1 folder (several: separate with ';')"),
            behavior=QgsProcessingParameterFile.Folder, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.START_DATE, self.tr("First date (YYYY-MM-DD, empty: no limit)"),
            type=QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.END_DATE, self.tr("Last date (YYYY-MM-DD, empty: no limit)"),
            type=QgsProcessingParameterDateTime.Date, optional=True))
        self.add_number(self.MAX_CLOUD, self.tr("Maximum cloud cover of a Sentinel-2 date (%)"), 50.0,
                        0.0, 100.0)
        self.addParameter(QgsProcessingParameterBoolean(
            self.DETECT_CLOUDS, self.tr("Detect clouds and shadows in Sentinel-2 dates without a cloud mask"),
            defaultValue=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREA, self.tr("Area polygon(s) (pixels outside are no data)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Target CRS (empty: CRS of the first Sentinel-2 date)"),
            optional=True))
        self.add_number(self.RESOLUTION, self.tr("Resolution (target CRS units, metres)"), 10.0, 0.01)
        self._add(QgsProcessingParameterString(
            self.BANDS, self.tr("Sentinel-2 bands to keep, comma-separated (empty: all)"), optional=True),
            advanced=True)
        self.add_number(self.TILE_SIZE, self.tr("Window size (pixels)"), 512, 16, 8192, integer=True,
                        advanced=True)
        self.add_raster_output(self.OUTPUT_S2, self.tr("Sentinel-2 stack"), optional=True)
        self.add_raster_output(self.OUTPUT_S1, self.tr("Sentinel-1 stack"), optional=True)
        self.addOutput(QgsProcessingOutputString(self.S2_DATES, self.tr("Sentinel-2 dates kept")))
        self.addOutput(QgsProcessingOutputString(self.S1_DATES, self.tr("Sentinel-1 dates kept")))

    # ---- parameter reading ---------------------------------------------------------------------
    def _area(self, parameters, context):
        """(area argument of build_stacks, message) from EXTENT and/or AREA."""
        geom, crs = None, None
        if parameters.get(self.AREA):
            source = self.parameterAsSource(parameters, self.AREA, context)
            if source is None:
                raise QgsProcessingException(self.tr("The area layer cannot be read."))
            geoms = [f.geometry() for f in source.getFeatures() if f.hasGeometry()]
            if not geoms:
                raise QgsProcessingException(self.tr("The area layer has no polygon; choose a layer with "
                                                     "at least one polygon."))
            geom = QgsGeometry.unaryUnion(geoms)
            crs = source.sourceCrs()
        if parameters.get(self.EXTENT):
            ext_crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
            if geom is None:
                rect = self.parameterAsExtent(parameters, self.EXTENT, context)
                return ((rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()),
                        _crs_text(ext_crs))
            from ..core.inputs.stackbuild.grid import clip_to_extent

            rect = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
            wkt = clip_to_extent(bytes(geom.asWkb()),      # WKB: QGIS's WKT (PolygonZ …) is not OGR's
                                 (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()))
            if wkt is None:
                raise QgsProcessingException(self.tr("The extent and the area polygon do not overlap; "
                                                     "change one of them."))
            return (wkt, _crs_text(crs))
        if geom is None:
            return None
        return (geom.asWkt(), _crs_text(crs))

    def execute(self, parameters, context, feedback):
        from ..core.inputs.stackbuild.build import build_stacks

        s2 = split_folders(self.parameterAsFile(parameters, self.S2_FOLDERS, context))
        s1 = split_folders(self.parameterAsFile(parameters, self.S1_FOLDERS, context))
        if not s2 and not s1:
            raise QgsProcessingException(self.tr("No input folder: choose a Sentinel-2 folder, a "
                                                 "Sentinel-1 folder or both."))
        outputs = {}
        for key, folders, label in ((self.OUTPUT_S2, s2, "Sentinel-2"), (self.OUTPUT_S1, s1, "Sentinel-1")):
            if not folders:
                continue  # no folder: this output is not built, whatever its default
            path = self.parameterAsOutputLayer(parameters, key, context) \
                if self.output_given(parameters, key, context) else None
            if not path and self.in_model(context):
                from qgis.core import QgsProcessingUtils      # a model's step whose stack nothing uses: a temporary

                path = QgsProcessingUtils.generateTempFilename(f"{key}.tif")
                feedback.info(self.tr("The {} stack is written to a temporary file (in this model nothing uses "
                                      "it): {}").format(label, path))
            if not path:
                raise QgsProcessingException(self.tr("A {} folder is given but its output is skipped; "
                                                     "choose an output file.").format(label))
            outputs[key] = path
        crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        target = _crs_text(crs) if crs is not None and crs.isValid() else None
        result = build_stacks(
            s2, s1, self.optional_date(parameters, self.START_DATE, context),
            self.optional_date(parameters, self.END_DATE, context),
            self.parameterAsDouble(parameters, self.MAX_CLOUD, context),
            self._area(parameters, context), target_crs=target,
            resolution=self.parameterAsDouble(parameters, self.RESOLUTION, context),
            out_s2=outputs.get(self.OUTPUT_S2), out_s1=outputs.get(self.OUTPUT_S1), feedback=feedback,
            window_size=self.parameterAsInt(parameters, self.TILE_SIZE, context) or 512,
            detect_clouds=self.parameterAsBoolean(parameters, self.DETECT_CLOUDS, context),
            bands=[b.strip().upper() for b in (self.parameterAsString(parameters, self.BANDS, context) or "")
                   .split(",") if b.strip()] or None)
        results = {}
        for key, path, dates, label in ((self.OUTPUT_S2, result.s2_path, result.s2_dates, "Sentinel-2"),
                                        (self.OUTPUT_S1, result.s1_path, result.s1_dates, "Sentinel-1")):
            if path:
                results[key] = path
                feedback.info(self.tr("{}: {} date(s): {}").format(
                    label, len(dates), ", ".join(d.strftime("%Y-%m-%d") for d in dates)))
        results[self.S2_DATES] = ",".join(d.strftime("%Y-%m-%d") for d in result.s2_dates)
        results[self.S1_DATES] = ",".join(d.strftime("%Y-%m-%d") for d in result.s1_dates)
        return results

