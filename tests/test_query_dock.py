# SPDX-License-Identifier: GPL-3.0-or-later
"""The text-query dock: runs eolatent:textquery in a background task with the dock's parameters, adds the
styled probability layer and a live mask layer, keeps a prompt history."""
import os

import numpy as np
import pytest
import rasterio

import textquery_fixtures as TQ
from desktop_fixtures import wait_for_task
from eolatent.core.textquery import image_cache
from eolatent.core.textquery.features import S2_CHANNELS

S2 = os.path.join(os.path.dirname(__file__), "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")


@pytest.fixture()
def dock(qgis_iface, eolatent_provider, tmp_path, monkeypatch):
    from qgis.core import QgsProject, QgsRasterLayer, QgsSettings

    from eolatent.core.textquery.query_raster import text_encoder
    from eolatent.plugin.query_dock import FOLDER_KEY, HISTORY_KEY, QueryDock
    from eolatent.processing_provider.textquery_algorithm import TextQueryAlgorithm

    if eolatent_provider.algorithm("textquery") is None:
        eolatent_provider.addAlgorithm(TextQueryAlgorithm())
    monkeypatch.setenv("EOLATENT_CACHE_DIR", str(tmp_path / "cache"))
    image_cache.clear_memory()
    QgsSettings().remove(HISTORY_KEY)
    QgsSettings().remove(FOLDER_KEY)
    a = np.zeros((S2_CHANNELS, 2), np.float32)
    a[10, 0], a[2, 1] = 1.0, 5.0
    tower = TQ.make_tower(tmp_path / "tower.onnx", a, text_encoder().encode(["dense green vegetation", "bare ground"]))
    layer = QgsRasterLayer(S2, "slovenia")
    QgsProject.instance().addMapLayer(layer)
    d = QueryDock(qgis_iface)
    d.model_file = tower
    d.input_box.setLayer(layer)
    yield d
    QgsProject.instance().removeAllMapLayers()


def test_run_adds_styled_layers_and_history(dock):
    from qgis.core import QgsProject

    done = []
    dock.finished.connect(lambda ok, res: done.append((ok, res)))
    dock.prompt_box.setPlainText("green vegetation")
    dock.run()
    assert dock.task is not None and not dock.run_button.isEnabled()  # running in the background
    wait_for_task(dock)
    assert done and done[0][0] is True
    res = done[0][1]
    layers = {lyr.name(): lyr for lyr in QgsProject.instance().mapLayers().values()}
    prob = layers["P(green vegetation)"]
    assert prob.renderer().type() == "singlebandpseudocolor"
    items = prob.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert items[0].value == 0.0 and items[-1].value == 1.0  # the PROBABILITY ramp
    with rasterio.open(res["OUTPUT"]) as ds:
        p = ds.read(1)
    assert np.nanmax(p) <= 1 and np.nanmin(p) >= 0
    # in a folder of QGIS's processing temporary folder, which QGIS deletes when it exits
    from qgis.core import QgsProcessingUtils

    assert os.path.dirname(os.path.dirname(res["OUTPUT"])) == QgsProcessingUtils.tempFolder()
    assert dock.history.item(0).text() == "green vegetation"
    # the slider changes the mask view without recomputing
    mask = layers["mask: green vegetation"]
    dock.slider.setValue(70)
    fn = mask.renderer().shader().rasterShaderFunction()
    assert fn.colorRampType() == fn.Discrete and fn.colorRampItemList()[0].value == pytest.approx(0.70)
    assert fn.colorRampItemList()[0].color.alpha() == 0
    assert dock.task is None
    # the next prompt reuses the image side; history keeps the most recent first, no duplicates
    dock.prompt_box.setPlainText("meadows")
    dock.run()
    wait_for_task(dock)
    assert done[-1][1]["CACHE"] == "memory"
    dock.prompt_box.setPlainText("green vegetation")
    dock.run()
    wait_for_task(dock)
    assert [dock.history.item(i).text() for i in range(dock.history.count())] == ["green vegetation", "meadows"]


def test_parameters_from_the_widgets(dock):
    dock.prompt_box.setPlainText("vineyards\nolive groves")
    dock.negative_box.setText("water, forest ,")
    p = dock.parameters("/tmp/x.tif")
    assert p["INPUT"] == S2 and p["PROMPTS"] == "vineyards\nolive groves"
    assert p["NEGATIVE_PROMPTS"] == "water\nforest" and p["MODEL_FILE"] == dock.model_file


def test_bad_prompt_reported_not_raised(dock):
    from qgis.core import QgsApplication

    done, logged = [], []
    dock.finished.connect(lambda ok, res: done.append(ok))
    log = QgsApplication.messageLog()

    def keep(message, tag, level):
        logged.append((tag, message))
    log.messageReceived.connect(keep)
    dock.prompt_box.setPlainText("   ")
    dock.run()
    wait_for_task(dock)
    log.messageReceived.disconnect(keep)
    assert done == [False] and "prompt" in dock.status.text().lower()
    # the refusal reaches the Processing log once (QGIS's task runner logs it, then reports it to the feedback,
    # whose default would log it again)
    processing = [m for tag, m in logged if tag == "Processing" and "prompt" in m.lower()]
    assert len(processing) == 1 and dock.status.text() in processing[0]
    assert dock.run_button.isEnabled()
    # the error banner is this dock's; a successful run takes it off the message bar (it came back, stale)
    from eolatent.plugin.algorithm_task import _BANNERS

    bar = dock.iface.messageBar()
    assert len(_BANNERS) == 1 and _BANNERS[0] in bar.items()
    dock.prompt_box.setPlainText("green vegetation")
    dock.run()
    wait_for_task(dock)
    assert done == [False, True] and _BANNERS == [] and not bar.items()


def _run_prompt(dock, text):
    """Run ``text`` in the dock and wait; returns the list the dock's finished signal fills, (ok, results) each."""
    done = []
    dock.finished.connect(lambda ok, res: done.append((ok, res)))
    dock.prompt_box.setPlainText(text)
    dock.run()
    wait_for_task(dock)
    return done


def test_language_warning_shown_in_the_status(dock):
    """A prompt that may not be English is mapped, and the dock says why the map may mean nothing."""
    done = _run_prompt(dock, "forêt de feuillus dense")
    assert done and done[0][0] is True
    assert done[0][1]["WARNINGS"].startswith("the prompt 'forêt de feuillus dense' may not be English")
    status = dock.status.text()
    assert status.startswith("Done in") and "may not be English (forêt, de)" in status
    dock.prompt_box.setPlainText("green vegetation")
    dock.run()
    wait_for_task(dock)
    assert "Warning" not in dock.status.text() and done[-1][1]["WARNINGS"] == ""


def test_several_prompts_give_a_layer_pair_per_prompt(dock):
    """The output holds a probability band per prompt: each prompt gets its P() and mask layers on its own band
    (one 'P(forest | water)' layer showed band 1 only)."""
    from qgis.core import QgsProject

    done = _run_prompt(dock, "green vegetation\nwater")
    assert done and done[0][0] is True
    layers = {lyr.name(): lyr for lyr in QgsProject.instance().mapLayers().values()}
    for band, prompt in ((1, "green vegetation"), (2, "water")):
        assert layers[f"P({prompt})"].renderer().band() == band
        assert layers[f"mask: {prompt}"].renderer().band() == band
    assert [lyr.renderer().band() for lyr in dock.mask_layers] == [1, 2]
    colours = {lyr.renderer().shader().rasterShaderFunction().colorRampItemList()[1].color.name()
               for lyr in dock.mask_layers}
    assert len(colours) == 2


def test_outputs_kept_in_a_chosen_folder_named_after_the_prompts(dock, tmp_path):
    """With a folder chosen, each run writes a new file there named after its prompts (never over an earlier one);
    the folder is remembered. An unwritable folder is refused in the dock, with nothing run."""
    from qgis.core import QgsSettings

    from eolatent.plugin.query_dock import FOLDER_KEY

    folder = tmp_path / "maps" / "july"                      # created when missing
    dock.folder_box.setFilePath(str(folder))
    assert QgsSettings().value(FOLDER_KEY) == str(folder)
    first = _run_prompt(dock, "Green vegetation!")
    second = _run_prompt(dock, "Green vegetation!")
    assert first[0][0] and second[0][0]
    assert first[0][1]["OUTPUT"] == str(folder / "probability_green_vegetation.tif")
    assert second[0][1]["OUTPUT"] == str(folder / "probability_green_vegetation_2.tif")
    with rasterio.open(first[0][1]["OUTPUT"]) as a, rasterio.open(second[0][1]["OUTPUT"]) as b:
        np.testing.assert_allclose(a.read(1), b.read(1), atol=1e-6)     # same prompt, same map: both kept
    blocked = tmp_path / "file_not_folder"
    blocked.write_text("x")
    dock.folder_box.setFilePath(str(blocked / "sub"))
    done = _run_prompt(dock, "water")
    assert done == [] and dock.task is None and "Cannot create the folder" in dock.status.text()
    dock.folder_box.setFilePath("maps/relative")            # relative to QGIS's working folder: refused
    done = _run_prompt(dock, "water")
    assert done == [] and dock.task is None and "full path" in dock.status.text()
    assert not os.path.exists(os.path.join(os.getcwd(), "maps", "relative"))
    assert sorted(f for f in os.listdir(folder) if f.endswith(".tif")) == ["probability_green_vegetation.tif",
                                                                     "probability_green_vegetation_2.tif"]


def test_input_list_offers_only_readable_stacks(dock, tmp_path):
    """Single-band rasters (a LAI map, an earlier probability) and the dock's own layers are not offered as input;
    the Slovenia stack is."""
    from qgis.core import QgsProject, QgsRasterLayer

    one = str(tmp_path / "lai.tif")
    with rasterio.open(one, "w", driver="GTiff", width=4, height=4, count=1, dtype="float32") as ds:
        ds.write(np.ones((1, 4, 4), np.float32))
    QgsProject.instance().addMapLayer(QgsRasterLayer(one, "lai"))
    series = str(tmp_path / "lai_5dates.tif")                 # one variable, a band a date: not a stack either
    with rasterio.open(series, "w", driver="GTiff", width=4, height=4, count=5, dtype="float32") as ds:
        ds.write(np.ones((5, 4, 4), np.float32))
        for b in range(5):
            ds.set_band_description(b + 1, f"2015-07-{11 + b:02d} LAI")
    QgsProject.instance().addMapLayer(QgsRasterLayer(series, "lai series"))
    done = _run_prompt(dock, "green vegetation\nwater\nforest\nbare ground")   # a 4-band probability output
    assert done and done[0][0]
    model = dock.input_box.model()
    offered = {model.data(model.index(i, 0)) for i in range(model.rowCount())}
    assert "slovenia" in offered
    assert "lai" not in offered and "lai series" not in offered and not any(n.startswith(("P(", "mask:")) for n in offered if n)


def test_dock_feedback_logs_the_errors_the_runner_did_not(qgis_iface):
    """Errors reported during a dock's run reach the Processing log once: on failure all but the last (the runner
    logged the failure itself), on success all of them (QGIS reports non-fatal ones, e.g. from post-processing)."""
    from qgis.core import QgsApplication

    from eolatent.plugin.algorithm_task import DockFeedback

    logged = []

    def keep(message, tag, level):
        if tag == "Processing":
            logged.append(message)
    log = QgsApplication.messageLog()
    log.messageReceived.connect(keep)
    try:
        for failed, expected in ((True, ["first problem"]), (False, ["first problem", "the failure"])):
            logged.clear()
            fb = DockFeedback()
            fb.reportError("first problem")
            fb.reportError("the failure", True)
            assert not logged                              # nothing logged while reporting
            fb.log_errors(failed=failed)
            assert logged == expected
    finally:
        log.messageReceived.disconnect(keep)
