# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:textquery through QGIS Processing: same values as the engine, mask, polygons, styles, errors."""
import os

import numpy as np
import pytest
import rasterio

import textquery_fixtures as TQ
from pixel_equality import assert_same_pixels
from eolatent.core.textquery import image_cache
from eolatent.core.textquery.features import S2_CHANNELS
from eolatent.core.textquery.query_raster import run_textquery

S2 = os.path.join(os.path.dirname(__file__), "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")


@pytest.fixture()
def tower(tmp_path):
    from eolatent.core.textquery.query_raster import text_encoder

    a = np.zeros((S2_CHANNELS, 2), np.float32)
    a[10, 0], a[2, 1] = 1.0, 5.0
    return TQ.make_tower(tmp_path / "tower.onnx", a, text_encoder().encode(["dense green vegetation", "bare ground"]))


def _register(provider):
    from eolatent.processing_provider.textquery_algorithm import TextQueryAlgorithm

    if provider.algorithm("textquery") is None:
        provider.addAlgorithm(TextQueryAlgorithm())


def test_textquery_through_processing(eolatent_provider, tower, tmp_path, monkeypatch):
    import processing
    from qgis.core import QgsProcessingException, QgsVectorLayer

    monkeypatch.setenv("EOLATENT_CACHE_DIR", str(tmp_path / "cache"))
    image_cache.clear_memory()
    _register(eolatent_provider)
    out, mask, polys = (str(tmp_path / n) for n in ("p.tif", "m.tif", "poly.gpkg"))
    res = processing.run("eolatent:textquery", dict(
        INPUT=S2, PROMPTS="green vegetation", THRESHOLD=0.5, MODEL_FILE=tower, OUTPUT=out, OUTPUT_MASK=mask,
        OUTPUT_POLYGONS=polys, EXECUTION_PROVIDER=2, THREADS=1))
    assert res["CACHE"] == "computed"
    ref = run_textquery(S2, "green vegetation", str(tmp_path / "ref.tif"), model=tower, provider="cpu")
    assert ref.cache == "memory"  # the algorithm's run filled the cache
    with rasterio.open(out) as a, rasterio.open(ref.output) as b, rasterio.open(mask) as m:
        assert_same_pixels(a.read(), b.read())       # the prompt embedded by another session (threads)
        np.testing.assert_array_equal(m.read(1), (a.read(1) >= 0.5).astype(np.uint8))
        n_mask = int((m.read(1) == 1).sum())
        assert a.tags()["EOLATENT_PROVIDER"] == m.tags()["EOLATENT_PROVIDER"] == res["EXECUTION_PROVIDER_USED"] == "cpu"
    layer = QgsVectorLayer(res["OUTPUT_POLYGONS"], "p", "ogr")
    assert layer.isValid() and layer.featureCount() > 0
    area = sum(f.geometry().area() for f in layer.getFeatures())
    with rasterio.open(S2) as ds:
        px = abs(ds.transform.a * ds.transform.e)
    assert area == pytest.approx(n_mask * px, rel=1e-6)
    assert {f["prompt"] for f in layer.getFeatures()} == {"green vegetation"}
    assert os.path.exists(out.replace(".tif", ".qml")) and os.path.exists(mask.replace(".tif", ".qml"))
    # a second prompt reuses the image side
    res2 = processing.run("eolatent:textquery", dict(INPUT=S2, PROMPTS="meadows\nforest", MODEL_FILE=tower,
                                                      OUTPUT=str(tmp_path / "p2.tif"),
                                                      OUTPUT_QUALITY=str(tmp_path / "q2.tif")))
    assert res2["CACHE"] == "memory" and res2["OUTPUT_QUALITY"] == str(tmp_path / "q2.tif")
    with rasterio.open(res2["OUTPUT"]) as a, rasterio.open(res2["OUTPUT_QUALITY"]) as q:   # one date: 1 or 0
        np.testing.assert_array_equal(q.read(1), np.isfinite(a.read(1)).astype(np.uint16))
    style = open(str(tmp_path / "q2.qml"), encoding="utf-8").read()    # the quality output is styled too
    assert "singlebandpseudocolor" in style and "dates" in style
    with pytest.raises(QgsProcessingException, match="empty|no text prompt"):
        processing.run("eolatent:textquery", dict(INPUT=S2, PROMPTS="  ", MODEL_FILE=tower,
                                                  OUTPUT=str(tmp_path / "x.tif")))
    with pytest.raises(QgsProcessingException, match="need a threshold"):
        processing.run("eolatent:textquery", dict(INPUT=S2, PROMPTS="forest", MODEL_FILE=tower,
                                                  OUTPUT=str(tmp_path / "y.tif"), OUTPUT_MASK=str(tmp_path / "z.tif")))
    assert not any(os.path.exists(tmp_path / n) for n in ("x.tif", "y.tif", "z.tif"))


def test_parameters_in_the_documented_order(eolatent_provider):
    _register(eolatent_provider)
    alg = eolatent_provider.algorithm("textquery")
    names = [p.name() for p in alg.parameterDefinitions()]
    for n in ("INPUT", "PROMPTS", "NEGATIVE_PROMPTS", "OUTPUT", "THRESHOLD", "OUTPUT_MASK", "OUTPUT_POLYGONS",
              "OUTPUT_QUALITY"):
        assert n in names
    assert "English" in alg.shortHelpString() and "negative" in alg.shortHelpString().lower()


def test_loaded_layers_are_named_after_the_prompts(eolatent_provider, tower, tmp_path, monkeypatch):
    """From the dialog the output loaded as "Probability", then "P(meadows | forest)" (read as a conditional
    probability); now "P: meadows, forest (a band per prompt)", and "P(meadows)" for one prompt, as the dock names."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    monkeypatch.setenv("EOLATENT_CACHE_DIR", str(tmp_path / "cache"))
    _register(eolatent_provider)
    out = str(tmp_path / "p.tif")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    details = QgsProcessingContext.LayerDetails("Probability", QgsProject.instance(), "OUTPUT")
    context.addLayerToLoadOnCompletion(out, details)
    processing.run("eolatent:textquery", dict(INPUT=S2, PROMPTS="meadows\nforest", MODEL_FILE=tower, OUTPUT=out),
                   context=context, feedback=QgsProcessingFeedback())
    assert context.layerToLoadOnCompletionDetails(out).name == "P: meadows, forest (a band per prompt)"
    one = str(tmp_path / "p1.tif")
    context.addLayerToLoadOnCompletion(one, QgsProcessingContext.LayerDetails("Probability", QgsProject.instance(),
                                                                              "OUTPUT"))
    processing.run("eolatent:textquery", dict(INPUT=S2, PROMPTS="meadows", MODEL_FILE=tower, OUTPUT=one),
                   context=context, feedback=QgsProcessingFeedback())
    assert context.layerToLoadOnCompletionDetails(one).name == "P(meadows)"


def test_an_empty_prompt_gets_the_message_that_says_what_to_type(eolatent_provider):
    """qgis_process with PROMPTS= got QGIS's 'Incorrect parameter value for PROMPTS'; whitespace got this message."""
    from qgis.core import QgsProcessingContext

    _register(eolatent_provider)
    alg = eolatent_provider.algorithm("textquery")
    for value in ("", "  \n ", None):
        ok, message = alg.checkParameterValues({"INPUT": S2, "PROMPTS": value, "OUTPUT": "/tmp/x.tif"},
                                               QgsProcessingContext())
        assert not ok and message.startswith("no text prompt: type what to look for"), message


def test_a_threshold_without_a_mask_or_polygons_is_said_to_be_ignored(eolatent_provider, tower, tmp_path,
                                                                        monkeypatch):
    """THRESHOLD set in the dialog with the mask and the polygons left at 'Skip output' did nothing, silently."""
    import processing
    from feedback_fixtures import keeping_processing_feedback

    monkeypatch.setenv("EOLATENT_CACHE_DIR", str(tmp_path / "cache"))
    _register(eolatent_provider)
    rec = keeping_processing_feedback()
    processing.run("eolatent:textquery", dict(INPUT=S2, PROMPTS="green vegetation", THRESHOLD=0.5, MODEL_FILE=tower,
                                              OUTPUT=str(tmp_path / "p.tif"), EXECUTION_PROVIDER=2, THREADS=1),
                   feedback=rec)
    assert "The threshold is used only for the mask and the polygons, and neither is asked for: it is ignored." in \
        rec.warnings


def test_blank_output_cells_of_the_batch_dialog_are_skipped(eolatent_provider, tower, tmp_path, monkeypatch):
    """The Batch dialog sends a blank output cell as an empty QgsProcessingOutputLayerDefinition, which is truthy:
    every row failed with "A mask or polygons need a threshold" (or, with a threshold, "Could not create destination
    layer for OUTPUT_POLYGONS")."""
    import processing
    import rasterio
    from qgis.core import QgsProcessingOutputLayerDefinition

    monkeypatch.setenv("EOLATENT_CACHE_DIR", str(tmp_path / "cache"))
    _register(eolatent_provider)
    blank = {k: QgsProcessingOutputLayerDefinition("") for k in ("OUTPUT_MASK", "OUTPUT_POLYGONS", "OUTPUT_QUALITY")}
    for extra in ({}, {"THRESHOLD": 0.5}):
        out = str(tmp_path / f"p{len(extra)}.tif")
        res = processing.run("eolatent:textquery", dict(INPUT=S2, PROMPTS="forest", MODEL_FILE=tower, OUTPUT=out,
                                                        EXECUTION_PROVIDER=2, THREADS=1, **blank, **extra))
        assert res["OUTPUT"] == out and not res.get("OUTPUT_MASK") and not res.get("OUTPUT_POLYGONS")
        with rasterio.open(out) as ds:
            assert np.isfinite(ds.read(1)).any()
