# SPDX-License-Identifier: GPL-3.0-or-later
"""The checks every EO Latent algorithm applies to its parameters before and while it runs (a mixin of
:class:`.base.EOLatentAlgorithm`): raster inputs that do not load (named with their path), outputs that would
replace an input, enums that take names given an option number, numbers outside their range, and CUDA asked of a
run that uses no network."""
from __future__ import annotations

import math
import os
import re
from typing import Optional, Tuple

from qgis.core import (QgsProcessingException, QgsProcessingParameterEnum, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer)

PROVIDER_CHOICES = ("auto", "cuda", "cpu")
NO_LIMIT = 1e300  # QgsProcessingParameterNumber's minimum()/maximum() without a limit: ∓1.797e308 (the double's range)


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


def property_value(value, context):
    """``value`` itself, or the value of a QgsProperty (its static value, or its expression evaluated)."""
    from qgis.core import QgsProperty

    if isinstance(value, QgsProperty):
        return value.staticValue() if value.propertyType() == QgsProperty.StaticProperty \
            else value.valueAsString(context.expressionContext())
    return value


class ParameterChecks:
    """Parameter checks of the EO Latent algorithms (uses QgsProcessingAlgorithm's parameterAs… and tr())."""

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
        from qgis.core import QgsMapLayer

        value = property_value(value, context)
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

    # ---- outputs and inputs -----------------------------------------------------------------------
    NOT_FILES = ("memory:", "ogr:", "postgres:", "postgis:", "spatialite:", "mssql:", "oracle:", "hana:")

    @staticmethod
    def in_model(context) -> bool:
        """Whether this run is a step of a Processing model (the model engine puts the model's variables in its
        steps' expression context): its outputs feed model outputs or other steps."""
        return context is not None and context.expressionContext().hasVariable("model_name")

    def output_given(self, parameters, name, context) -> bool:
        """Whether the optional output ``name`` is asked for: set, and not blank. The Batch dialog sends a blank
        output cell as an empty QgsProcessingOutputLayerDefinition, which is truthy (every text-query row then
        failed with "a mask or polygons need a threshold")."""
        from qgis.core import QgsProcessingOutputLayerDefinition

        value = parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink
        value = property_value(value, context)
        return bool(value.strip()) if isinstance(value, str) else value is not None

    def destination_file(self, parameters, name, context) -> Optional[str]:
        """The file an output parameter will be written to, or None when it is not a plain file (not set, a
        temporary output, a memory layer, a database table) — without creating or registering anything."""
        from qgis.core import QgsProcessingOutputLayerDefinition

        value = parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink
        value = property_value(value, context)
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
        from ..core.outputs.files import replaced_input

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
            name = replaced_input(path, inputs)
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

    # ---- numbers out of their range ---------------------------------------------------------------
    @staticmethod
    def _number_text(value: float) -> str:
        """A limit as the user would type it: 254, not 254.0; 0.5 as 0.5."""
        value = float(value)
        return str(int(value)) if value.is_integer() else str(value)

    @staticmethod
    def _limits(param):
        """(minimum, maximum) of a number parameter, None for a side without a limit."""
        return tuple(None if v is None or abs(v) >= NO_LIMIT else v for v in (param.minimum(), param.maximum()))

    def allowed_range_text(self, param) -> str:
        """The values a number parameter accepts, as text: "0 … 254", "1 or more", "89 or less", "any value"."""
        low, high = (None if v is None else self._number_text(v) for v in self._limits(param))
        if low is not None and high is not None:
            return f"{low} … {high}"
        if low is not None:
            return self.tr("{} or more").format(low)
        if high is not None:
            return self.tr("{} or less").format(high)
        return self.tr("any value")

    def number_out_of_range(self, parameters) -> Optional[str]:
        """The message of the first number parameter whose value is not a number, not a whole number where one is
        expected, or outside its minimum … maximum — naming the parameter, the value and the allowed range (QGIS
        alone says only "Incorrect parameter value for K", and qgis_process's help shows no range) — else None.
        Values not set and data-defined ones (a QgsProperty) are left to QGIS."""
        from qgis.core import QgsProperty

        for param in self.parameterDefinitions():
            if not isinstance(param, QgsProcessingParameterNumber):
                continue
            value = parameters.get(param.name())
            if not is_set(value) or isinstance(value, (QgsProperty, bool)):
                continue
            text = value.strip() if isinstance(value, str) else str(value)
            try:
                number = float(text)
            except (TypeError, ValueError):
                number = math.nan
            integer = param.dataType() == QgsProcessingParameterNumber.Integer
            allowed = self.allowed_range_text(param)
            if not math.isfinite(number):
                return self.tr("{} = {} is not a number (allowed: {}).").format(param.name(), text, allowed)
            if integer and not number.is_integer():
                return self.tr("{} = {} is not a whole number (allowed: {}).").format(param.name(), text, allowed)
            low, high = self._limits(param)
            if (low is not None and number < low) or (high is not None and number > high):
                return self.tr("{} = {} is outside the allowed range: {}.").format(param.name(), text, allowed)
        return None

    # ---- EXECUTION_PROVIDER where no network runs ---------------------------------------------------
    RUNS_NETWORK = True  # False: the algorithm runs no network (scikit-learn, numpy): EXECUTION_PROVIDER is unused

    def network_free_subject(self, parameters, context) -> Optional[str]:
        """What runs no network in this run (the algorithm; a subclass may name its method), or None when the run
        uses a network (then the engine resolves EXECUTION_PROVIDER itself)."""
        return None if self.RUNS_NETWORK else self.displayName()

    def network_free_provider(self, parameters, context) -> Tuple[Optional[str], Optional[str]]:
        """(refusal, warning) of a run that uses no network but was asked for CUDA (EXECUTION_PROVIDER=1): asking
        for CUDA where it is not available is an error, as for the algorithms that run a network, never a silent
        CPU run; where it is available, a warning that EXECUTION_PROVIDER is not used. (None, None) otherwise."""
        if not is_set(parameters.get(self.EXECUTION_PROVIDER)) or self.parameterDefinition(
                self.EXECUTION_PROVIDER) is None:
            return None, None
        if PROVIDER_CHOICES[self.parameterAsEnum(parameters, self.EXECUTION_PROVIDER, context)] != "cuda":
            return None, None
        subject = self.network_free_subject(parameters, context)
        if subject is None:
            return None, None
        from ..core.engine.runtime import RuntimeSetupError, available_providers

        try:
            available = available_providers()
        except RuntimeSetupError:  # onnxruntime is not installed: no CUDA either
            return self.tr("EXECUTION_PROVIDER: 'cuda' was requested but onnxruntime is not installed; {} runs no "
                           "network and runs on the CPU: choose auto or CPU.").format(subject), None
        if "cuda" not in available:
            return self.tr("EXECUTION_PROVIDER: 'cuda' was requested but this onnxruntime offers only {}; {} runs no "
                           "network and runs on the CPU: choose auto or CPU.").format(
                ", ".join(available) or "none", subject), None
        return None, self.tr("{} runs no network: EXECUTION_PROVIDER is not used; it runs on the CPU.").format(subject)
