# SPDX-License-Identifier: GPL-3.0-or-later
"""The text-query dock: prompt box, run in the background, styled probability layer, live threshold mask,
prompt history. GUI only: the science is eolatent:textquery (processing_provider/textquery_algorithm.py)."""
from __future__ import annotations

import os
import re

from qgis.core import (QgsColorRampShader, QgsMapLayerProxyModel, QgsProject, QgsRasterLayer, QgsRasterShader,
                       QgsSettings, QgsSingleBandPseudoColorRenderer)
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (QDockWidget, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
                                 QPushButton, QScrollArea, QSlider, QVBoxLayout, QWidget)

from ..processing_provider.parameter_checks import layer_path
from .algorithm_task import AlgorithmTaskMixin, add_progress_and_status
from .i18n import qlocale_number, tr
from .signals import disconnect
from .temp_outputs import temp_output_folder, unique_path

HISTORY_KEY = "eolatent/textquery/history"
FOLDER_KEY = "eolatent/textquery/folder"
OUTPUT_TAG = "eolatent/textquery_output"     # custom property of the dock's own layers
HISTORY_MAX = 30
MIN_BANDS = 4    # an S2 stack has at least its four 10 m bands; one- or two-band rasters (maps, masks) cannot be read


def output_name(folder: str, prompts) -> str:
    """A new file in ``folder`` named after the prompts ("probability_dense_forest.tif", then "…_2.tif"): runs
    saved to one folder never overwrite each other."""
    slug = re.sub(r"[^\w]+", "_", "_".join(prompts).lower(), flags=re.UNICODE).strip("_")[:60] or "query"
    return unique_path(folder, f"probability_{slug}")


MASK_COLOURS = ("#e31a1c", "#1f78b4", "#33a02c", "#ff7f00", "#6a3d9a", "#b15928")   # one per prompt


def wrapped(text: str) -> QLabel:
    """A label that wraps in a narrow dock (French labels are longer: unwrapped, they widened the dock's content
    past its edge and hid the Cancel button)."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def mask_renderer(layer, threshold: float, band: int = 1, colour: str = "#e31a1c"):
    """Discrete two-class view of a probability band: transparent below ``threshold``, ``colour`` above."""
    fn = QgsColorRampShader(0.0, 1.0)
    fn.setColorRampType(QgsColorRampShader.Discrete)
    below = QColor(0, 0, 0, 0)
    value = qlocale_number(threshold, 2)      # a decimal comma in French, as QGIS's own legends
    fn.setColorRampItemList([QgsColorRampShader.ColorRampItem(threshold, below, tr("< {}").format(value)),
                             QgsColorRampShader.ColorRampItem(float("inf"), QColor(colour),
                                                              tr("≥ {}").format(value))])
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(fn)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(1.0)
    return renderer


class QueryDock(AlgorithmTaskMixin, QDockWidget):
    finished = pyqtSignal(bool, dict)  # success, results — emitted after the layers are added

    def __init__(self, iface=None, parent=None):
        super().__init__(tr("EO Latent — text query"), parent)
        self.setObjectName("EOLatentQueryDock")
        self.iface = iface
        self.model_file = ""  # advanced: another tower (tests, labs)
        self.prob_layers = []     # one per prompt: the output has a probability band per prompt
        self.mask_layers = []
        self._variables = {}      # layer id -> whether it is one variable's per-date series (not offered as input)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.addWidget(wrapped(tr("Sentinel-2 stack or latent raster")))
        self.input_box = QgsMapLayerComboBox()
        self.input_box.setFilters(QgsMapLayerProxyModel.RasterLayer)
        self.input_box.setToolTip(tr("Rasters of at least {} bands read from files: maps, masks and web layers are "
                                     "not offered").format(MIN_BANDS))
        lay.addWidget(self.input_box)
        project = QgsProject.instance()
        project.layersAdded.connect(self._offer_inputs)
        project.layersRemoved.connect(self._offer_inputs)
        lay.addWidget(wrapped(tr("What are you looking for? (English, one prompt per line)")))
        self.prompt_box = QPlainTextEdit()
        self.prompt_box.setPlaceholderText(tr("vineyards"))
        self.prompt_box.setMaximumHeight(70)
        lay.addWidget(self.prompt_box)
        self.negative_box = QLineEdit()
        self.negative_box.setPlaceholderText(tr("negative prompts (optional): water, forest"))
        self.negative_box.setToolTip(tr("negative prompts, comma-separated (optional): water, forest"))
        lay.addWidget(self.negative_box)
        row = QHBoxLayout()
        self.run_button = QPushButton(tr("Run"))
        self.run_button.clicked.connect(self.run)
        self.start_button = self.run_button
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        lay.addLayout(row)
        lay.addWidget(wrapped(tr("Save the probability rasters in")))
        self.folder_box = QgsFileWidget()
        self.folder_box.setStorageMode(QgsFileWidget.GetDirectory)
        self.folder_box.lineEdit().setPlaceholderText(tr("[temporary folder, deleted when QGIS exits]"))
        self.folder_box.setToolTip(tr("A folder to keep the outputs in, named after the prompts; empty: a temporary "
                                      "folder that QGIS deletes when it exits"))
        self.folder_box.setFilePath(QgsSettings().value(FOLDER_KEY, "", type=str) or "")
        self.folder_box.fileChanged.connect(lambda path: QgsSettings().setValue(FOLDER_KEY, path))
        lay.addWidget(self.folder_box)
        srow = QHBoxLayout()
        srow.addWidget(QLabel(tr("Mask threshold")))
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(1, 99)
        self.slider.setValue(50)
        self.slider.valueChanged.connect(self.update_mask)
        self.slider_label = QLabel(qlocale_number(0.5, 2))
        srow.addWidget(self.slider)
        srow.addWidget(self.slider_label)
        lay.addLayout(srow)
        self.progress, self.status = add_progress_and_status(lay)
        lay.addWidget(wrapped(tr("History (double-click to run again)")))
        self.history = QListWidget()
        self.history.itemDoubleClicked.connect(self._rerun)
        lay.addWidget(self.history)
        scroll = QScrollArea()     # shares a small screen with the other docks
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self._load_history()
        self._offer_inputs()

    def _offer_inputs(self, *_):
        """Offer only what the query can read: file rasters (GDAL) of MIN_BANDS bands or more that are not one
        variable's per-date series (a LAI of 5 dates), never this dock's own probability and mask layers."""
        layers = QgsProject.instance().mapLayers().values()
        self.input_box.setExceptedLayerList([
            lyr for lyr in layers if isinstance(lyr, QgsRasterLayer)
            and (lyr.providerType() != "gdal" or lyr.bandCount() < MIN_BANDS or lyr.customProperty(OUTPUT_TAG)
                 or self._one_variable(lyr))])

    def _one_variable(self, layer) -> bool:
        """Whether ``layer`` is one variable's series, a band a date (a LAI of 5 dates has 5 bands): not a stack."""
        if layer.id() not in self._variables:
            from ..core.inputs.pixel_series import describe

            self._variables[layer.id()] = describe(layer_path(layer)) is not None
        return self._variables[layer.id()]

    def unload(self):
        project = QgsProject.instance()
        disconnect(self._offer_inputs, project.layersAdded, project.layersRemoved)

    # ---- history ---------------------------------------------------------------------------------
    def _load_history(self):
        self.history.clear()
        for item in QgsSettings().value(HISTORY_KEY, [], type=list) or []:
            self.history.addItem(item)

    def _remember(self, prompt: str):
        items = [prompt] + [self.history.item(i).text() for i in range(self.history.count())
                            if self.history.item(i).text() != prompt]
        items = items[:HISTORY_MAX]
        QgsSettings().setValue(HISTORY_KEY, items)
        self._load_history()

    def _rerun(self, item):
        self.prompt_box.setPlainText(item.text())
        self.run()

    # ---- running ---------------------------------------------------------------------------------
    def parameters(self, output: str) -> dict:
        layer = self.input_box.currentLayer()
        negatives = "\n".join(p.strip() for p in self.negative_box.text().split(",") if p.strip())
        params = {"INPUT": layer_path(layer) if layer else None,
                  "PROMPTS": self.prompt_box.toPlainText(), "NEGATIVE_PROMPTS": negatives or None,
                  "OUTPUT": output}
        if self.model_file:
            params["MODEL_FILE"] = self.model_file
        return params

    def run(self):
        if self.task is not None:
            return
        if self.input_box.currentLayer() is None:
            self.show_message(tr("Choose a Sentinel-2 stack or a latent raster first."), error=True)
            return
        folder = self.folder_box.filePath().strip()
        if folder and not os.path.isabs(folder):     # relative to QGIS's working folder: somewhere unexpected
            self.show_message(tr("Give the folder as a full path ({} is relative), or leave it empty for a "
                                 "temporary folder.").format(folder), error=True)
            return
        if folder:
            try:
                os.makedirs(folder, exist_ok=True)
            except OSError as err:
                self.show_message(tr("Cannot create the folder {}: {}; choose another one or leave it empty for a "
                                     "temporary folder.").format(folder, err.strerror or err), error=True)
                return
            if not os.access(folder, os.W_OK):
                self.show_message(tr("The folder {} is not writable; choose another one or leave it empty for a "
                                     "temporary folder.").format(folder), error=True)
                return
            output = output_name(folder, [p.strip() for p in self.prompt_box.toPlainText().splitlines() if p.strip()])
        else:
            output = os.path.join(temp_output_folder("eolatent-query-"), "probability.tif")
        params = self.parameters(output)
        self.start_algorithm("eolatent:textquery", params, tr("Running…"),
                             lambda ok, res, err, p=params: self._done(ok, res, p))

    def _done(self, ok: bool, results: dict, params: dict):
        if not ok:
            self.finished.emit(False, {})
            return
        from ..processing_provider import styling

        prompts = [p.strip() for p in params["PROMPTS"].splitlines() if p.strip()]
        project = QgsProject.instance()
        self.prob_layers, self.mask_layers = [], []
        for band, prompt in enumerate(prompts, start=1):      # band k is the probability of prompt k
            prob = QgsRasterLayer(results["OUTPUT"], tr("P({})").format(prompt))
            prob.setRenderer(styling.ramp_renderer(prob, "PROBABILITY", band))
            mask = QgsRasterLayer(results["OUTPUT"], tr("mask: {}").format(prompt))
            for lyr in (prob, mask):
                lyr.setCustomProperty(OUTPUT_TAG, True)
            project.addMapLayer(prob)
            project.addMapLayer(mask)
            mask.setOpacity(0.6)
            self.prob_layers.append(prob)
            self.mask_layers.append(mask)
        self.update_mask()
        for p in reversed([p.strip() for p in params["PROMPTS"].splitlines() if p.strip()]):
            self._remember(p)
        import json

        total = json.loads(results.get("TIMINGS") or "{}").get("total_s", float("nan"))
        how = {"memory": tr("reused from memory"), "disk": tr("reused from the disk cache")}.get(
            results.get("CACHE", ""), tr("computed"))
        done = tr("Done in {} s (image side {}).").format(qlocale_number(total, 2), how)
        warnings = (results.get("WARNINGS") or "").strip()
        self.status.setText(done + ("\n" + tr("Warning: {}").format(warnings) if warnings else ""))
        self.finished.emit(True, dict(results))

    def update_mask(self, *_):
        t = self.slider.value() / 100.0
        self.slider_label.setText(qlocale_number(t, 2))
        for band, layer in enumerate(self.mask_layers, start=1):
            if layer.isValid():
                layer.setRenderer(mask_renderer(layer, t, band, MASK_COLOURS[(band - 1) % len(MASK_COLOURS)]))
                layer.triggerRepaint()

