# SPDX-License-Identifier: GPL-3.0-or-later
"""Run inside QGIS desktop (qgis --code) by tools/screenshots.sh: load the demo data, open the plugin's docks,
run a text query and save screenshots of the whole QGIS window into $EOLATENT_SHOTS, then quit.

Environment: EOLATENT_SHOTS (output folder), EOLATENT_DEMO (the demo_output folder of `make demo`).
"""
import os
import sys
import traceback

from qgis.core import QgsApplication, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

OUT = os.environ["EOLATENT_SHOTS"]
DEMO = os.environ["EOLATENT_DEMO"]
LOG = open(os.path.join(OUT, "screenshots.log"), "w")
STEPS = []


def log(msg):
    LOG.write(msg + "\n")
    LOG.flush()


def step(fn):
    STEPS.append(fn)
    return fn


def shoot(name):
    iface.mapCanvas().refreshAllLayers()
    QgsApplication.processEvents()
    path = os.path.join(OUT, name)
    iface.mainWindow().grab().save(path)
    log(f"saved {path}")


def plugin():
    return plugins.get("eolatent")


def widget(cls_name):
    """The plugin's dock or dialog of that class (plugin.desktop_actions holds (action, widget) pairs)."""
    for _action, w in getattr(plugin(), "desktop_actions", []):
        if type(w).__name__ == cls_name:
            return w
    return None


@step
def load_layers():
    iface.mainWindow().resize(1600, 1000)
    iface.mainWindow().showMaximized()
    stack = QgsRasterLayer(os.path.join(DEMO, "slovenia_s2_stack.tif"), "Slovenia S2 stack")
    QgsProject.instance().addMapLayer(stack)
    from eolatent.processing_provider import styling

    styling.style_s2_stack(stack)
    lai = QgsRasterLayer(os.path.join(DEMO, "lai.tif"), "LAI (eolatent:biophysical)")
    QgsProject.instance().addMapLayer(lai)
    std = QgsRasterLayer(os.path.join(DEMO, "lai_std.tif"), "LAI 1σ (eolatent:biophysical)")
    QgsProject.instance().addMapLayer(std)
    QgsProject.instance().layerTreeRoot().findLayer(std.id()).setItemVisibilityChecked(False)
    iface.mapCanvas().setExtent(stack.extent())
    log(f"plugin loaded: {plugin() is not None}; layers valid: {stack.isValid()}, {lai.isValid()}")


@step
def query():
    p = plugin()
    dock = p.query_dock
    dock.show()
    dock.input_box.setLayer(QgsProject.instance().mapLayersByName("Slovenia S2 stack")[0])
    dock.prompt_box.setPlainText("forest")
    dock.run()
    return dock


@step
def wait_query():
    dock = plugin().query_dock
    if dock.task is not None:
        return "again"
    lai = QgsProject.instance().mapLayersByName("LAI (eolatent:biophysical)")
    if lai:
        QgsProject.instance().layerTreeRoot().findLayer(lai[0].id()).setItemVisibilityChecked(False)
    dock.slider.setValue(60)
    log(f"query status: {dock.status.text()}")


@step
def shot_query():
    shoot("eolatent_textquery.png")


@step
def pixel_plot():
    p = plugin()
    p.query_dock.hide()
    for name in ("P(forest)", "mask: forest"):
        for lyr in QgsProject.instance().mapLayersByName(name):
            QgsProject.instance().layerTreeRoot().findLayer(lyr.id()).setItemVisibilityChecked(False)
    lai = QgsProject.instance().mapLayersByName("LAI (eolatent:biophysical)")[0]
    QgsProject.instance().layerTreeRoot().findLayer(lai.id()).setItemVisibilityChecked(True)
    dock = widget("PixelPlotDock")
    if dock is not None:
        dock.show()
        dock.refresh_layers()
        dock.set_checked([lai.id()])
        ext = lai.extent()
        from qgis.core import QgsPointXY

        dock.plot_at(QgsPointXY(ext.xMinimum() + 0.3 * ext.width(), ext.yMinimum() + 0.6 * ext.height()), lai.crs())
    log(f"pixel plot dock: {dock is not None}")


@step
def shot_plot():
    shoot("eolatent_pixel_plot.png")


@step
def diagnostics():
    widget("PixelPlotDock").hide()
    dlg = widget("DiagnosticsDialog")
    dlg.show()
    dlg.raise_()


@step
def wait_diag():
    dlg = widget("DiagnosticsDialog")
    if getattr(dlg, "task", None) is not None:
        return "again"


@step
def shot_diag():
    dlg = widget("DiagnosticsDialog")
    if dlg is not None and dlg.isVisible():
        dlg.grab().save(os.path.join(OUT, "eolatent_diagnostics.png"))
        log("saved diagnostics dialog")
    shoot("eolatent_window.png")


def run(i=0, tries=0):
    if i >= len(STEPS) or tries > 600:
        log("done" if i >= len(STEPS) else "timeout")
        LOG.close()
        QgsApplication.exit(0)
        return
    try:
        again = STEPS[i]() == "again"
    except Exception:  # noqa: BLE001 - log and go on: a screenshot session must end
        log(traceback.format_exc())
        again = False
    QTimer.singleShot(200 if again else 1500, lambda: run(i if again else i + 1, tries + 1))


QTimer.singleShot(3000, run)
sys.stdout.flush()
