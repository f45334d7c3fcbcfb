# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared base class of the EO Latent Processing algorithms.

It gives every algorithm: translated strings, typed parameter helpers, the common runtime parameters
(execution provider, threads, tile size), a feedback adapter for the core engine (progress, cancel,
messages), the translation of engine errors into QgsProcessingException, a dependency check that tells
the user exactly what to install, the parameter checks of :mod:`.parameter_checks` (before the run and, for a
run that skipped QGIS's check, at its start), and output styling (a colour ramp saved as a .qml beside each output
and applied to the layers loaded on completion).
"""
from __future__ import annotations

import os
from typing import Dict, Optional

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterDefinition,
                       QgsProcessingParameterEnum, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterDestination)

from ..plugin.dependencies import missing_message
from . import styling
from .error_release import release_when_returned
from .parameter_checks import PROVIDER_CHOICES, ParameterChecks, is_set, layer_path
from ..plugin.i18n import engine_text, tr

ICONS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "icons")

__all__ = ["EOLatentAlgorithm", "FeedbackAdapter", "PROVIDER_CHOICES", "is_set", "layer_path", "tr"]


class FeedbackAdapter:
    """Core-engine feedback on top of a QgsProcessingFeedback (thread-safe calls only)."""

    PUMP_SECONDS = 0.25

    def __init__(self, feedback):
        self.feedback = feedback
        self.warnings = []  # kept for the results (a dock shows them beside its status)
        self._pumped = 0.0

    def progress(self, percent: float) -> None:
        if self.feedback is not None:
            self.feedback.setProgress(percent)

    def is_canceled(self) -> bool:
        if self.feedback is None:
            return False
        self._pump_events()
        return bool(self.feedback.isCanceled())

    def _pump_events(self) -> None:
        """On the main thread (qgis_process, processing.run in a script or the console), let Qt deliver what is
        pending at most every PUMP_SECONDS: qgis_process turns Ctrl-C into a cancel only when its event loop runs,
        so a run that never returned to it went on to the end (28 s for a 2 s cancel on the command line). In the
        desktop the algorithms run in a task thread, where nothing is pumped."""
        import time

        now = time.monotonic()
        if now - self._pumped < self.PUMP_SECONDS:
            return
        self._pumped = now
        from qgis.PyQt.QtCore import QCoreApplication, QThread

        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() == app.thread():
            app.processEvents()

    def info(self, message: str) -> None:
        if self.feedback is not None:
            self.feedback.pushInfo(engine_text(message))

    def warning(self, message: str) -> None:
        message = engine_text(message)
        self.warnings.append(message)
        if self.feedback is not None:
            getattr(self.feedback, "pushWarning", self.feedback.pushInfo)(message)


class EOLatentAlgorithm(ParameterChecks, QgsProcessingAlgorithm):
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

    def shortDescription(self) -> str:
        """One line under the name in the Toolbox's tooltip (and the Modeler's algorithm list)."""
        return self.short_description()

    def short_description(self) -> str:  # pragma: no cover - overridden
        return ""

    def svgIconPath(self) -> str:
        """icons/<name>.svg, drawn for each algorithm (the plugin's icon where one is missing)."""
        own = os.path.join(ICONS, f"{self.name()}.svg")
        return own if os.path.exists(own) else os.path.join(ICONS, "eolatent.svg")

    def icon(self):
        from qgis.PyQt.QtGui import QIcon

        return QIcon(self.svgIconPath())

    def help_text(self) -> str:  # pragma: no cover - overridden
        return ""

    # ---- parameters -----------------------------------------------------------------------------
    READS_S2 = False  # True: the algorithm reads Sentinel-2 itself and gets the DETECT_CLOUDS switch

    def initAlgorithm(self, config=None):
        from qgis.core import QgsProcessingOutputString

        self.init_parameters()
        if self.READS_S2:
            self.add_detect_clouds()
        self.add_runtime_parameters()
        if self.RUNS_NETWORK:       # its results hold the provider that ran: declared, so that models can use it
            self.addOutput(QgsProcessingOutputString("EXECUTION_PROVIDER_USED",
                                                     self.tr("Execution provider that ran (cpu or cuda)")))

    def add_number(self, name, description, default=None, minimum=None, maximum=None, optional=False,
                   integer=False, advanced=False, decimals=2):
        """A number parameter; a decimal one shows ``decimals`` decimals in the dialogs (QGIS's 6 read "50.000000" %
        of cloud): 6 where degrees may be meant (a resolution or a block size in the CRS's units: fewer decimals
        round 0.0002° to 0)."""
        kind = QgsProcessingParameterNumber.Integer if integer else QgsProcessingParameterNumber.Double
        param = QgsProcessingParameterNumber(name, description, kind, default, optional)
        if not integer:
            param.setMetadata({"widget_wrapper": {"decimals": decimals}})
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
            if not self.output_given(parameters, key, context):   # a blank Batch cell: not even an empty layer to
                continue                                           # load ("not correctly generated: •")
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

    def optional_number(self, parameters, name, context) -> Optional[float]:
        value = parameters.get(name)
        if value is None or value == "":
            return None
        return self.parameterAsDouble(parameters, name, context)

    def checkParameterValues(self, parameters, context):
        normalised = self.normalised_parameters(parameters)
        if isinstance(normalised, str):
            return False, normalised
        out_of_range = self.number_out_of_range(normalised)
        if out_of_range:
            return False, out_of_range
        unloadable = self.unloadable_raster_inputs(normalised, context)
        if unloadable:
            return False, unloadable
        ok, message = super().checkParameterValues(normalised, context)
        if ok:
            refusal, _ = self.network_free_provider(normalised, context)
            if refusal:
                return False, refusal
        return ok, message

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
            refusal, warning = self.network_free_provider(parameters, context)
            if refusal:
                return None, refusal
            adapter = FeedbackAdapter(feedback)
            if warning:
                adapter.warning(warning)
            return self.execute(parameters, context, adapter), None
        except QgsProcessingException as exc:
            return None, str(exc.args[0]) if exc.args else str(exc)
        except Exception as exc:  # engine errors carry a message written for the user
            from ..core.engine.tiling import Cancelled

            if isinstance(exc, Cancelled):
                return None, self.tr("Cancelled: no output was written.")
            return None, self.tr("{algorithm}: {error}").format(algorithm=self.displayName(),
                                                                 error=engine_text(str(exc)))

    def execute(self, parameters, context, feedback) -> Dict[str, object]:  # pragma: no cover - overridden
        raise NotImplementedError

    # ---- styling --------------------------------------------------------------------------------
    def output_styles(self) -> Dict[str, str]:
        """Output parameter name -> style key of :mod:`styling` (override)."""
        return {}

    def hidden_outputs(self, results=None):
        """Output parameter names loaded unticked (override): companions that would hide the main result."""
        return ()

    @staticmethod
    def all_but_the_first(results, main_outputs):
        """The outputs of ``results`` but the first of ``main_outputs`` there: that one is the layer seen after the run
        (the 1σ, the quality flags and the other variables, loaded on top of it in no set order, hid it)."""
        present = [n for n in main_outputs if (results or {}).get(n)]
        if not present:              # only companions asked for: all of them seen
            return ()
        return tuple(n for n in results if n.startswith("OUTPUT") and n != present[0])

    def style_outputs(self, results, context) -> None:
        hidden = set(self.hidden_outputs(results))
        for name, key in self.output_styles().items():
            path = results.get(name)
            if not path or not os.path.exists(str(path)):
                continue
            styling.write_style(str(path), key)
            if context.willLoadLayerOnCompletion(path):
                details = context.layerToLoadOnCompletionDetails(path)
                details.setPostProcessor(styling.style_post_processor(key, name in hidden))
