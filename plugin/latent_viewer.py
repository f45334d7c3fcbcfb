# SPDX-License-Identifier: GPL-3.0-or-later
""""Show latent as PCA composite": a latent raster window as a false-colour image of its first three
principal components. GUI only: the maths is core/latent/pca.py; it runs in a QgsTask.

The composite is a small 3-band byte GeoTIFF on the latent grid, written to a temporary folder
(``eolatent-pca-*``) or, when "Save beside the latent raster" is ticked, beside the input as
``<name>_pca_<start>_<end>.tif``. The layer name says what it shows: "PCA of <layer>, window <dates>
(PC1/PC2/PC3: x %/y %/z % of variance)"; the layer abstract repeats it with the sample size.
"""
from __future__ import annotations

import os

from qgis.core import (Qgis, QgsApplication, QgsContrastEnhancement, QgsMapLayerProxyModel,
                       QgsMultiBandColorRenderer, QgsProject, QgsRasterLayer, QgsTask)
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDialog, QHBoxLayout, QLabel,
                                 QPushButton, QVBoxLayout)
from ..core.i18n import local_format
from ..processing_provider.parameter_checks import layer_path
from .algorithm_task import add_progress_and_status
from .i18n import tr
from .signals import disconnect
from .temp_outputs import temp_output_folder, unique_path


def latent_windows(path: str, with_valid: bool = False):
    """The windows of a latent raster, or None when the file is not one; with ``with_valid``, (windows, the share
    (%) of each window's pixels holding a value, None where unknown), read in the same opening of the file."""
    from ..core.latent.contract import LatentFormatError, open_latent

    try:
        with open_latent(path) as lat:
            windows = list(lat.windows)
            return (windows, [lat.valid_percent(k) for k in range(len(windows))]) if with_valid else windows
    except (LatentFormatError, OSError):
        return (None, []) if with_valid else None


def pca_layer_name(layer_name: str, window, explained) -> str:
    pcs = [100.0 * float(v) for v in explained]
    # short enough for the Layers panel; the abstract says how the composite was made
    return local_format(tr("PCA {layer} {start} – {end} ({p1:.0f}/{p2:.0f}/{p3:.0f} % of variance)"),
        layer=layer_name, start=window.start.isoformat(), end=window.end.isoformat(), p1=pcs[0], p2=pcs[1], p3=pcs[2])


def output_path(latent_path: str, window, beside: bool) -> str:
    """Where the composite goes: beside the latent (``<stem>_pca_<start>_<end>.tif``, then ``…_2.tif``: a second
    run never overwrites the file an earlier layer shows) or in a new temporary folder."""
    stem = os.path.splitext(os.path.basename(latent_path))[0]
    name = "{}_pca_{}_{}".format(stem, window.start.isoformat(), window.end.isoformat())
    if not beside:
        return os.path.join(temp_output_folder("eolatent-pca-"), name + ".tif")
    return unique_path(os.path.dirname(os.path.abspath(latent_path)), name)


def unique_layer_name(name: str) -> str:
    """``name``, or ``name (2)``, ``(3)``… when the project already holds a layer of that name (repeated runs on
    one window gave layers of one name)."""
    taken = {lyr.name() for lyr in QgsProject.instance().mapLayers().values()}
    out, n = name, 2
    while out in taken:
        out, n = "{} ({})".format(name, n), n + 1
    return out


def rgb_renderer(layer):
    """PC1/PC2/PC3 as red/green/blue; the bytes are already stretched, so the display is the identity 0–255."""
    provider = layer.dataProvider()
    renderer = QgsMultiBandColorRenderer(provider, 1, 2, 3)
    setters = (renderer.setRedContrastEnhancement, renderer.setGreenContrastEnhancement,
               renderer.setBlueContrastEnhancement)
    for band, setter in enumerate(setters, start=1):
        ce = QgsContrastEnhancement(provider.dataType(band))
        ce.setContrastEnhancementAlgorithm(QgsContrastEnhancement.StretchToMinimumMaximum)
        ce.setMinimumValue(0)
        ce.setMaximumValue(255)
        setter(ce)
    return renderer


class PcaTask(QgsTask):
    """Background computation of one composite (core.latent.pca.write_pca_composite)."""

    def __init__(self, latent_path: str, window_index: int, out_path: str, on_done=None):
        super().__init__(tr("EO Latent: PCA composite"), QgsTask.CanCancel)
        self.latent_path, self.window_index, self.out_path = latent_path, window_index, out_path
        self.on_done = on_done
        self.composite = self.window = None
        self.error = ""

    def run(self):
        from ..core.latent.pca import write_pca_composite

        try:
            self.setProgress(5)
            self.composite, self.window = write_pca_composite(self.latent_path, self.window_index, self.out_path,
                                                              is_canceled=self.isCanceled)
            self.setProgress(100)
        except Exception as exc:  # noqa: BLE001 - shown to the user in the message bar
            self.error = str(exc)
            return False
        return self.composite is not None and not self.isCanceled()

    def finished(self, ok):  # main thread
        if self.on_done is not None:
            self.on_done(ok, self)


class LatentViewerDialog(QDialog):
    finished_composite = pyqtSignal(bool, object)  # success, the added layer (or None)

    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("EO Latent — show latent as PCA composite"))
        self.setObjectName("EOLatentLatentViewer")
        self.iface = iface
        self.task = None
        self.layer = None
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(tr("Latent raster (output of eolatent:encode)")))
        self.input_box = QgsMapLayerComboBox()
        self.input_box.setFilters(QgsMapLayerProxyModel.RasterLayer)
        self.input_box.layerChanged.connect(self._fill_windows)
        lay.addWidget(self.input_box)
        lay.addWidget(QLabel(tr("Time window")))
        self.window_box = QComboBox()
        lay.addWidget(self.window_box)
        self.beside_box = QCheckBox(tr("Save beside the latent raster (else a temporary file)"))
        lay.addWidget(self.beside_box)
        # room for two lines of status at least, more when the text needs it (e.g. "… is not a latent raster;
        # choose an output of eolatent:encode." with a long layer name)
        self.progress, self.status = add_progress_and_status(lay, lines=2)
        row = QHBoxLayout()
        self.run_button = QPushButton(tr("Show"))
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.hide)
        for b in (self.run_button, self.cancel_button, close):
            row.addWidget(b)
        lay.addLayout(row)
        self.setMinimumWidth(440)
        # a removed layer: the combo moves to another one without saying so (QGIS 3.22), and the removed latent's
        # windows stayed listed with Show enabled; refilled once the combo has settled
        QgsProject.instance().layersRemoved.connect(self._layers_removed)
        self._fill_windows()

    def _layers_removed(self, *_):
        from qgis.PyQt.QtCore import QTimer

        QTimer.singleShot(0, self._fill_windows)

    def unload(self):
        disconnect(self._layers_removed, QgsProject.instance().layersRemoved)

    def select_active_layer(self):
        """Pre-select the layer active in the Layers panel when it is a latent raster."""
        layer = self.iface.activeLayer() if self.iface is not None else None
        if isinstance(layer, QgsRasterLayer) and latent_windows(layer_path(layer)):
            self.input_box.setLayer(layer)

    def _fill_windows(self, *_):
        self.window_box.clear()
        if self.task is None:
            self.progress.setValue(0)  # another layer: the last run's 100 % no longer applies
        layer = self.input_box.currentLayer()
        windows, valid = latent_windows(layer_path(layer), with_valid=True) if layer is not None else (None, [])
        first_valid = None
        for k, w in enumerate(windows or []):
            text = tr("{start} – {end}").format(start=w.start.isoformat(), end=w.end.isoformat())
            empty = k < len(valid) and valid[k] == 0.0
            self.window_box.addItem(text + (tr(" (no valid pixel: all cloud or no data)") if empty else ""), w.index)
            if empty:       # listed, so that the dates read on, but not offered: its composite cannot be made
                self.window_box.model().item(self.window_box.count() - 1).setEnabled(False)
            elif first_valid is None:
                first_valid = self.window_box.count() - 1
        if first_valid is not None:
            self.window_box.setCurrentIndex(first_valid)
        ok = bool(windows) and first_valid is not None
        self.run_button.setEnabled(ok and self.task is None)
        if layer is not None and not ok:
            self.status.setText(tr("{} is not a latent raster; choose an output of eolatent:encode.").format(
                layer.name()))
        else:
            self.status.setText("")

    def run(self):
        if self.task is not None:
            return
        layer = self.input_box.currentLayer()
        windows = latent_windows(layer_path(layer)) if layer is not None else None
        if not windows:
            self._message(tr("Choose a latent raster (an output of eolatent:encode) first."), error=True)
            return
        k = max(0, self.window_box.currentIndex())
        path = layer_path(layer)
        out = output_path(path, windows[k], self.beside_box.isChecked())
        self.task = PcaTask(path, k, out, on_done=lambda ok, t, name=layer.name(): self._done(ok, t, name))
        self.progress.setValue(0)         # not the last run's 100 %
        self.task.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(tr("Computing the principal components…"))
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self):
        if self.task is not None:
            self.task.cancel()

    def _done(self, ok: bool, task, layer_name: str):
        self.task = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if not ok:
            self.progress.setValue(0)
            text = task.error or tr("The PCA composite was cancelled.")
            self._message(text, error=bool(task.error))
            self.finished_composite.emit(False, None)
            return
        name = unique_layer_name(pca_layer_name(layer_name, task.window, task.composite.fit.explained))
        layer = QgsRasterLayer(task.out_path, name)
        layer.setRenderer(rgb_renderer(layer))
        layer.setAbstract(tr("{name}. Principal components fitted on {n} valid latent pixels, each stretched "
                             "between its 2nd and 98th percentile. File: {path}").format(
            name=name, n=task.composite.fit.n_sample, path=task.out_path))
        QgsProject.instance().addMapLayer(layer)
        self.layer = layer
        self.status.setText(tr("Added: {}").format(name))
        self.finished_composite.emit(True, layer)

    def _message(self, text: str, error: bool = False):
        self.status.setText(text)
        if self.iface is not None:
            level = Qgis.Critical if error else Qgis.Info
            self.iface.messageBar().pushMessage(tr("EO Latent"), text, level=level, duration=8)
