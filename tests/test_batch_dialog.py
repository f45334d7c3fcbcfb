# SPDX-License-Identifier: GPL-3.0-or-later
"""The Batch dialog (QGIS's own BatchAlgorithmDialog and BatchPanel, filled like a user or a saved batch file
fills them): a failing row must not leave the "Batch Processing" task running (it blocked Project > Exit).
Cause and workaround: processing_provider/error_release.py."""
from __future__ import annotations

import gc
import os
import time

import pytest

SLOVENIA = os.path.join(os.path.dirname(__file__), "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")


def _active_after(seconds: float, until_idle: bool = False):
    """The active tasks after ``seconds`` of event processing (``until_idle``: at most that long, returning as soon
    as none is active — the good row may take a while on a loaded machine; the defect kept the task for ever)."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication

    end = time.time() + seconds
    while time.time() < end:
        QCoreApplication.processEvents()
        gc.collect()
        if until_idle and not QgsApplication.taskManager().activeTasks():
            break
        time.sleep(0.05)
    return [t.description() for t in QgsApplication.taskManager().activeTasks()]


def _batch(alg_id, rows):
    """A BatchAlgorithmDialog whose table holds ``rows`` (parameter name -> value), filled the way QGIS loads a
    saved batch: inputs through the parameter wrappers, outputs through the output cell widgets."""
    from qgis.core import QgsApplication
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
    from processing.tools import dataobjects

    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    dlg = BatchAlgorithmDialog(alg)
    panel = dlg.mainWidget()
    panel.clear()
    context = dataobjects.createContext()
    outputs = {p.name() for p in alg.destinationParameterDefinitions()}
    for row, values in enumerate(rows):
        panel.addRow()
        for name, value in values.items():
            column = panel.parameter_to_column[name]
            if name in outputs:
                panel.tblParameters.cellWidget(row + 1, column).setValue(value)
            else:
                panel.wrappers[row][column].setParameterValue(value, context)
    assert panel.batchRowCount() == len(rows)
    return dlg


@pytest.mark.parametrize("order", ["failing first", "failing last"])
def test_a_failing_row_does_not_leave_the_batch_task_running(qgis_iface, eolatent_provider, tmp_path, order):
    from processing.core.Processing import Processing

    Processing.initialize()
    assert _active_after(0.2) == []
    corrupt = tmp_path / "corrupt.tif"
    corrupt.write_bytes(b"II*\x00 this is not a GeoTIFF")
    rows = [{"INPUT": str(corrupt), "OUTPUT_LAI": str(tmp_path / "bad_lai.tif")},
            {"INPUT": SLOVENIA, "OUTPUT_LAI": str(tmp_path / "lai.tif")}]
    if order == "failing last":
        rows.reverse()
    dlg = _batch("eolatent:biophysical", rows)
    dlg.runAlgorithm()
    try:
        assert _active_after(60, until_idle=True) == []  # failed: ['Batch Processing - Biophysical variables (…)']
        assert _active_after(0.5) == []                    # for ever
        assert os.path.exists(tmp_path / "lai.tif")  # the good row ran
        assert not os.path.exists(tmp_path / "bad_lai.tif")  # the bad one left nothing
    finally:
        dlg.close()
