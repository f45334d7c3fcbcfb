# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared base class of the EO Latent Processing algorithms.

It gives every algorithm: translated strings, typed parameter helpers, the common runtime parameters
(execution provider, threads, tile size), a feedback adapter for the core engine (progress, cancel,
messages), the translation of engine errors into QgsProcessingException, a dependency check that tells
the user exactly what to install, and output styling (a colour ramp saved as a .qml beside each output
and applied to the layers loaded on completion).
"""
from __future__ import annotations

import os
import re
from typing import Dict, Optional

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterDefinition)

from ..plugin.dependencies import missing_message
from . import styling
from .error_release import release_when_returned
from ..plugin.i18n import tr

PROVIDER_CHOICES = ("auto", "cuda", "cpu")


def layer_path(layer) -> str:
    """The file behind a raster layer (GDAL provider URIs may carry options after a '|')."""
    return layer.source().split("|")[0]


def is_set(value) -> bool:
    """A parameter value that was given: not None, not a NULL QVariant (the Batch dialog's empty cell), not blank."""
    from qgis.PyQt.QtCore import QVariant

    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return False
    return not (isinstance(value, str) and not value.strip())


def is_gdal_uri(path: str) -> bool:
    """A GDAL dataset name that is not a plain file path (/vsizip/…, NETCDF:"f.nc":var, a URL)."""
    return path.startswith("/vsi") or "://" in path or re.match(r"^[A-Za-z][A-Za-z0-9_]+:", path) is not None


def gdal_open_error(path: str) -> str:
    """GDAL's message when it cannot open ``path`` as a raster, "" when it opens it (or GDAL is not there)."""
    try:
        from osgeo import gdal
    except ImportError:  # pragma: no cover - GDAL comes with QGIS
        return ""
    gdal.ErrorReset()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.OpenEx(path, gdal.OF_RASTER | gdal.OF_VERBOSE_ERROR)
        reason = "" if dataset is not None else gdal.GetLastErrorMsg()
        dataset = None
    except RuntimeError as exc:  # gdal.UseExceptions() is in effect
        reason = str(exc)
    finally:
        gdal.PopErrorHandler()
    reason = " ".join(reason.split()).replace(f"`{path}' ", "")  # the message names the file already
    return reason.rstrip(".")


class FeedbackAdapter:
    """Core-engine feedback on top of a QgsProcessingFeedback (thread-safe calls only)."""

    def __init__(self, feedback):
        self.feedback = feedback
        self.warnings = []  # kept for the results (a dock shows them beside its status)

    def progress(self, percent: float) -> None:
        if self.feedback is not None:
            self.feedback.setProgress(percent)

    def is_canceled(self) -> bool:
        return bool(self.feedback is not None and self.feedback.isCanceled())

    def info(self, message: str) -> None:
        if self.feedback is not None:
            self.feedback.pushInfo(message)

    def warning(self, message: str) -> None:
        self.warnings.append(message)
        if self.feedback is not None:
            getattr(self.feedback, "pushWarning", self.feedback.pushInfo)(message)


class EOLatentAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses define name(), displayName(), help_text(), init_parameters(), execute()."""

    REQUIRED_MODULES = ("numpy", "rasterio", "onnxruntime")  # checked before running; override if fewer
    EXECUTION_PROVIDER = "EXECUTION_PROVIDER"
    THREADS = "THREADS"
    TILE_SIZE = "TILE_SIZE"

    # ---- identity -------------------------------------------------------------------------------
    def tr(self, text: str) -> str:  # noqa: D401 - QGIS convention
        return tr(text)

    def createInstance(self):
        return type(self)()

    # the toolbox groups under the "EO Latent" provider: by what the algorithm gives (no group named like the
    # provider inside it)
    GROUPS = {"buildstack": "inputs", "encode": "representations", "biophysical": "variables",
              "soilmoisture": "variables", "decode": "variables", "superresolve": "variables", "classify": "maps",
              "cluster": "maps", "similarity": "maps", "textquery": "maps"}

    def group(self) -> str:
        labels = {"inputs": self.tr("Input stacks"), "representations": self.tr("Latent representations"),
                  "variables": self.tr("Physical variables"), "maps": self.tr("Maps from latents")}
        return labels[self.groupId()]

    def groupId(self) -> str:
        return self.GROUPS.get(self.name(), "maps")

    def shortHelpString(self) -> str:
        return self.help_text()

    def help_text(self) -> str:  # pragma: no cover - overridden
        return ""

    # ---- parameters -----------------------------------------------------------------------------
    READS_S2 = False  # True: the algorithm reads Sentinel-2 itself and gets the DETECT_CLOUDS switch

    def initAlgorithm(self, config=None):
        self.init_parameters()
        if self.READS_S2:
            self.add_detect_clouds()
        self.add_runtime_parameters()

    def add_number(self, name, description, default=None, minimum=None, maximum=None, optional=False,
                   integer=False, advanced=False):
        kind = QgsProcessingParameterNumber.Integer if integer else QgsProcessingParameterNumber.Double
        param = QgsProcessingParameterNumber(name, description, kind, default, optional)
        if minimum is not None:
            param.setMinimum(minimum)
        if maximum is not None:
            param.setMaximum(maximum)
        self._add(param, advanced)
        return param

    def add_raster_output(self, name, description, optional=False, create_by_default=True):
        param = QgsProcessingParameterRasterDestination(name, description, optional=optional,
                                                         createByDefault=create_by_default)
        self.addParameter(param)
        return param

    def add_runtime_parameters(self):
        self._add(QgsProcessingParameterEnum(
            self.EXECUTION_PROVIDER, self.tr("Execution provider (auto: CUDA GPU when available, else CPU)"),
            options=[self.tr("auto"), self.tr("CUDA (GPU)"), self.tr("CPU")], defaultValue=0), advanced=True)
        self.add_number(self.THREADS, self.tr("CPU threads (0 = automatic)"), 0, 0, 256, integer=True,
                        advanced=True)
        self.add_number(self.TILE_SIZE, self.tr("Tile size (pixels)"), 512, 16, 8192, integer=True, advanced=True)

    DETECT_CLOUDS = "DETECT_CLOUDS"

    def add_detect_clouds(self):
        """The advanced switch of the cloud and shadow detection on S2 dates without a mask (default on)."""
        from qgis.core import QgsProcessingParameterBoolean

        self._add(QgsProcessingParameterBoolean(
            self.DETECT_CLOUDS, self.tr("Detect clouds and shadows in Sentinel-2 dates without a cloud mask"),
            defaultValue=True), advanced=True)

    def detect_clouds(self, parameters, context) -> bool:
        return self.parameterAsBoolean(parameters, self.DETECT_CLOUDS, context)

    def _add(self, param, advanced=False):
        if advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(param)

    def runtime_options(self, parameters, context) -> Dict[str, object]:
        idx = self.parameterAsEnum(parameters, self.EXECUTION_PROVIDER, context)
        threads = self.parameterAsInt(parameters, self.THREADS, context)
        return dict(provider=PROVIDER_CHOICES[idx], threads=threads or None,
                    tile_size=self.parameterAsInt(parameters, self.TILE_SIZE, context) or 512)

    def optional_date(self, parameters, name, context) -> Optional[str]:
        """YYYY-MM-DD of an optional date parameter, or None; a clear error for an unreadable date."""
        value = parameters.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        qdt = self.parameterAsDateTime(parameters, name, context)
        if qdt is None or not qdt.isValid():
            raise QgsProcessingException(self.tr("{}: {!r} is not a date; give YYYY-MM-DD.").format(name, value))
        return qdt.date().toString("yyyy-MM-dd")

    def requested_outputs(self, parameters, keys, context, none_message: str) -> Dict[str, str]:
        """{key without "OUTPUT_": path} of the raster outputs among ``keys`` that the user asked for;
        QgsProcessingException(``none_message``) when there is none."""
        outputs = {}
        for key in keys:
            if parameters.get(key) is None:
                continue
            path = self.parameterAsOutputLayer(parameters, key, context)
            if path:
                outputs[key.replace("OUTPUT_", "")] = path
        if not outputs:
            raise QgsProcessingException(none_message)
        return outputs

    def optional_raster_path(self, parameters, name, context, unreadable: Optional[str] = None) -> Optional[str]:
        """The file behind an optional raster-layer parameter, or None when it is not set. A set value that does not
        resolve to a raster layer gives None too, or QgsProcessingException(``unreadable``) when that is given."""
        if parameters.get(name) in (None, ""):
            return None
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None and unreadable:
            raise QgsProcessingException(unreadable)
        return layer_path(layer) if layer is not None else None

    def raster_input(self, parameters, name, context, missing: Optional[str] = None):
        """The raster layer of the raster-layer parameter ``name``. Not set: QgsProcessingException(``missing``), or
        None when ``missing`` is None (an optional input). Set to something that does not load: QgsProcessingException
        naming the parameter and the file, and saying that it does not exist or why it cannot be opened."""
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is not None:
            return layer
        text = self._value_text(parameters.get(name), context)
        if not text:
            if missing is None:
                return None
            raise QgsProcessingException(missing)
        raise QgsProcessingException(self.unloadable_raster_message(name, text))

    @staticmethod
    def _value_text(value, context) -> str:
        """The text (a path, a layer id or name, a URI) of a parameter value; "" when not set."""
        from qgis.core import QgsMapLayer, QgsProperty

        if isinstance(value, QgsProperty):
            value = value.staticValue() if value.propertyType() == QgsProperty.StaticProperty \
                else value.valueAsString(context.expressionContext())
        if isinstance(value, QgsMapLayer):
            value = layer_path(value)
        if isinstance(value, os.PathLike):
            value = os.fspath(value)
        return value.strip() if isinstance(value, str) else ""

    def unloadable_raster_message(self, name: str, text: str) -> str:
        """Why the value ``text`` of the raster parameter ``name`` gives no layer: the file does not exist, or it
        cannot be opened as a raster (with GDAL's reason when it gives one)."""
        path = text.split("|")[0]
        if not (os.path.exists(path) or is_gdal_uri(path)):
            return self.tr("{}: {} does not exist.").format(name, text)
        reason = gdal_open_error(path)
        if reason:
            return self.tr("{}: {} cannot be opened as a raster ({}).").format(name, text, reason)
        return self.tr("{}: {} cannot be opened as a raster.").format(name, text)

    def unloadable_raster_inputs(self, parameters, context) -> Optional[str]:
        """The message of the first raster-layer parameter whose value (a path, a layer id or name) gives no layer,
        else None; values that are not text (layers, expressions) are left to QGIS's check."""
        for param in self.parameterDefinitions():
            if not isinstance(param, QgsProcessingParameterRasterLayer):
                continue
            value = parameters.get(param.name())
            if isinstance(value, os.PathLike):
                value = os.fspath(value)
            if not isinstance(value, str) or not value.strip():
                continue
            if self.parameterAsRasterLayer(parameters, param.name(), context) is None:
                return self.unloadable_raster_message(param.name(), value.strip())
        return None

    def optional_number(self, parameters, name, context) -> Optional[float]:
        value = parameters.get(name)
        if value is None or value == "":
            return None
        return self.parameterAsDouble(parameters, name, context)

    # ---- outputs and inputs -----------------------------------------------------------------------
    NOT_FILES = ("memory:", "ogr:", "postgres:", "postgis:", "spatialite:", "mssql:", "oracle:", "hana:")

    def destination_file(self, parameters, name, context) -> Optional[str]:
        """The file an output parameter will be written to, or None when it is not a plain file (not set, a
        temporary output, a memory layer, a database table) — without creating or registering anything."""
        from qgis.core import QgsProcessingOutputLayerDefinition, QgsProperty

        value = parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink
        if isinstance(value, QgsProperty):
            value = value.staticValue() if value.propertyType() == QgsProperty.StaticProperty \
                else value.valueAsString(context.expressionContext())
        if not isinstance(value, str) or not value.strip() or value == "TEMPORARY_OUTPUT" \
                or value.lower().startswith(self.NOT_FILES) or "://" in value:
            return None
        return value.split("|")[0]

    def _input_files(self, param, parameters, context):
        """The files (or folders) behind an input parameter: layers' sources, a file parameter's path."""
        kind, name = param.type(), param.name()
        if kind in ("raster", "vector", "source", "layer", "mesh", "pointcloud"):
            layers = [self.parameterAsLayer(parameters, name, context)]
        elif kind == "multilayer":
            layers = self.parameterAsLayerList(parameters, name, context) or []
        elif kind == "file":
            path = self.parameterAsFile(parameters, name, context)
            return [path] if path else []
        else:
            return []
        return [layer_path(x) for x in layers if x is not None and layer_path(x)]

    def output_input_clash(self, parameters, context) -> Optional[str]:
        """The message when an output would be written over one of the inputs (e.g. OUTPUT_LAI = the INPUT stack,
        which the run would replace), else None. Checked before anything is computed or written."""
        inputs = {}
        for param in self.parameterDefinitions():
            if param.isDestination() or parameters.get(param.name()) in (None, ""):
                continue
            for source in self._input_files(param, parameters, context):
                if os.path.exists(source):
                    inputs.setdefault(os.path.realpath(source), param.name())
        for param in self.destinationParameterDefinitions():
            path = self.destination_file(parameters, param.name(), context)
            if not path:
                continue
            name = inputs.get(os.path.realpath(path))
            if name is None and os.path.exists(path):  # the same file under another name (a hard link)
                name = next((n for p, n in inputs.items() if os.path.samefile(p, path)), None)
            if name is not None:
                return self.tr("{} ({}) is also the input {}: writing it would replace the input. Give the output "
                               "another file name.").format(path, param.name(), name)
        return None

    # ---- name-valued enums ------------------------------------------------------------------------
    def named_enum_values(self, parameters):
        """``parameters`` with the option number given to an enum that takes names (usesStaticStrings: MODEL=presto,
        LEVEL=L1C, CLASSIFIER=ensemble) replaced by that option's name — qgis_process's help offers the numbers for
        every enum — or, for a value that is neither a name nor a number of these options, the message (a str)
        naming what is accepted."""
        out = dict(parameters)
        for param in self.parameterDefinitions():
            if not isinstance(param, QgsProcessingParameterEnum) or not param.usesStaticStrings() \
                    or param.allowMultiple():
                continue
            value = out.get(param.name())
            if isinstance(value, bool) or not isinstance(value, (str, int)) or str(value).strip() == "":
                continue  # not set, or data-defined (a QgsProperty): QGIS checks it
            options, text = list(param.options()), str(value).strip()
            if text in options:
                continue
            if text.isdigit() and int(text) < len(options):
                out[param.name()] = options[int(text)]
                continue
            return self.tr("{} = {} is not accepted: give one of {} (or its number, 0 to {}).").format(
                param.name(), value, ", ".join(options), len(options) - 1)
        return out

    # ---- normalised parameters ------------------------------------------------------------------
    def normalised_parameters(self, parameters):
        """The parameters the algorithm is checked and run with, or the message (a str) saying what is wrong with
        them. checkParameterValues and processAlgorithm both call it, so the check and the run see the same values.
        Here: enum option numbers become their names (named_enum_values). Subclasses extend it (call this first and
        return its message as is)."""
        return self.named_enum_values(parameters)

    def checkParameterValues(self, parameters, context):
        normalised = self.normalised_parameters(parameters)
        if isinstance(normalised, str):
            return False, normalised
        unloadable = self.unloadable_raster_inputs(normalised, context)
        if unloadable:
            return False, unloadable
        return super().checkParameterValues(normalised, context)

    # ---- running --------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        normalised = self.normalised_parameters(parameters)
        if isinstance(normalised, str):  # run without the check (the Batch dialog, a model)
            results, error = None, normalised
        else:
            parameters = normalised
            results, error = self._execute_or_error(parameters, context, feedback)
        if error is not None:
            # QGIS 3.22 keeps the traceback of this exception forever (error_release.py): raised outside any
            # except block, from a frame that no longer holds the feedback, and the callers' frames released
            # once they return, so the Batch dialog's task ends instead of running for ever.
            del parameters, context, feedback
            release_when_returned()
            raise QgsProcessingException(error)
        self.style_outputs(results, context)
        return results

    def _execute_or_error(self, parameters, context, feedback):
        """(results, None), or (None, the message of the error) — never raises for an error of the run."""
        problem = missing_message(self.REQUIRED_MODULES)
        if problem:
            return None, problem
        try:
            clash = self.output_input_clash(parameters, context)
            if clash:
                return None, clash
            return self.execute(parameters, context, FeedbackAdapter(feedback)), None
        except QgsProcessingException as exc:
            return None, str(exc.args[0]) if exc.args else str(exc)
        except Exception as exc:  # engine errors carry a message written for the user
            from ..core.engine.tiling import Cancelled

            if isinstance(exc, Cancelled):
                return None, self.tr("Cancelled: no output was written.")
            return None, f"{self.displayName()}: {exc}"

    def execute(self, parameters, context, feedback) -> Dict[str, object]:  # pragma: no cover - overridden
        raise NotImplementedError

    # ---- styling --------------------------------------------------------------------------------
    def output_styles(self) -> Dict[str, str]:
        """Output parameter name -> style key of :mod:`styling` (override)."""
        return {}

    def style_outputs(self, results, context) -> None:
        for name, key in self.output_styles().items():
            path = results.get(name)
            if not path or not os.path.exists(str(path)):
                continue
            styling.write_style(str(path), key)
            if context.willLoadLayerOnCompletion(path):
                details = context.layerToLoadOnCompletionDetails(path)
                details.setPostProcessor(styling.style_post_processor(key))
