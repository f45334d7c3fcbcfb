# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:classify through QGIS Processing on the real Slovenia data: train → map, confidence, ONNX
classifier, report, with the class names and colours of the layer's categorized style; apply mode gives the
same map; bad training layers and outputs give clear errors and leave nothing behind."""
import json
import os

import numpy as np
import pytest
import rasterio

import classify_fixtures as CF

pytest.importorskip("sklearn")
pytest.importorskip("skl2onnx")


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    folder = tmp_path_factory.mktemp("classify_alg")
    data = CF.slovenia_latent(str(folder))
    data["gpkg"] = CF.polygons(copy_to=folder)[3]
    return data


def _layer(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "lulc", "ogr")
    assert layer.isValid()
    return layer


def _categorized(layer, field):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsSymbol
    from qgis.PyQt.QtGui import QColor

    cats = []
    for name, colour in sorted(CF.LULC.values(), key=lambda t: t[0], reverse=True):  # not alphabetical
        sym = QgsSymbol.defaultSymbol(layer.geometryType())
        sym.setColor(QColor(colour))
        cats.append(QgsRendererCategory(name, sym, name.title()))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, cats))
    return [(name.title(), colour) for name, colour in sorted(CF.LULC.values(), key=lambda t: t[0], reverse=True)]


def _memory(geom_type, fields, rows):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"{geom_type}?crs=EPSG:32633" + "".join(f"&field={f}" for f in fields), "m", "memory")
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(list(attrs))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def _run(**params):
    import processing

    base = dict(EXECUTION_PROVIDER=2, THREADS=1, N_TREES=20)
    base.update(params)
    return processing.run("eolatent:classify", base)


def test_train_and_apply_with_the_layer_style(eolatent_provider, real, tmp_path):
    layer = _layer(real["gpkg"])
    legend = _categorized(layer, "LULC_NAME")
    out, conf, model, report = (str(tmp_path / n) for n in ("map.tif", "conf.tif", "clf.onnx", "report.html"))
    res = _run(INPUT=real["latent"], TRAINING=layer, CLASS_FIELD="LULC_NAME", OUTPUT=out, OUTPUT_CONFIDENCE=conf,
               OUTPUT_MODEL=model, OUTPUT_REPORT=report, VALIDATION_FRACTION=0.3, SEED=2)
    from eolatent.core.classify.apply_raster import load_classifier

    clf = load_classifier(res["OUTPUT_MODEL"])
    # codes 1…n in the renderer's order; names and colours from the renderer
    table = {c["value"]: (c["name"], c["color"]) for c in clf.classes}
    expected = {i + 1: lc for i, lc in enumerate(legend)}
    assert all(table[v] == expected[v] for v in table) and len(table) >= 4
    assert res["CLASSIFIER_ID"] == clf.id
    assert res["OVERALL_ACCURACY"] == pytest.approx(clf.card["metrics"]["overall_accuracy"])
    assert res["KAPPA"] == pytest.approx(clf.card["metrics"]["kappa"])
    qml = open(out.replace(".tif", ".qml")).read()
    for value, (name, colour) in table.items():
        assert f'value="{value}"' in qml and f'label="{name}"' in qml and colour.lower() in qml.lower()
    assert os.path.exists(conf.replace(".tif", ".qml"))
    html = open(report, encoding="utf-8").read()
    assert "Overall accuracy" in html and clf.id in html and "Forest" in html
    with rasterio.open(out) as ds, rasterio.open(conf) as cds:
        classes, confidence = ds.read(1), cds.read(1)
    assert set(np.unique(classes)) <= set(table) | {0} and len(np.unique(classes)) >= 2
    ok = classes > 0
    assert np.all((confidence[ok] > 0) & (confidence[ok] <= 1)) and np.isnan(confidence[~ok]).all()
    # apply mode with the saved classifier reproduces the map
    out2 = str(tmp_path / "map2.tif")
    res2 = _run(INPUT=real["latent"], MODE=1, MODEL=model, OUTPUT=out2)
    with rasterio.open(out2) as ds:
        np.testing.assert_array_equal(ds.read(1), classes)
    # MODEL without MODE and without TRAINING (qgis_process, scripts): apply mode, as on the command line (it trained,
    # and asked to install scikit-learn where it is missing)
    out4 = str(tmp_path / "map4.tif")
    _run(INPUT=real["latent"], MODEL=model, OUTPUT=out4)
    with rasterio.open(out4) as ds:
        np.testing.assert_array_equal(ds.read(1), classes)
    assert res2["CLASSIFIER_ID"] == clf.id and f'label="{table[1][0]}"' in open(out2.replace(".tif", ".qml")).read()
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".")]
    # train-mode parameters given in apply mode: the same map, and the log says they are not used
    from feedback_fixtures import keeping_processing_feedback

    import processing

    fb, out3 = keeping_processing_feedback(), str(tmp_path / "map3.tif")
    processing.run("eolatent:classify", dict(INPUT=real["latent"], MODE=1, MODEL=model, OUTPUT=out3, TRAINING=layer,
                                             CLASS_FIELD="LULC_NAME", OUTPUT_REPORT=str(tmp_path / "r3.html"),
                                             EXECUTION_PROVIDER=2), feedback=fb)
    with rasterio.open(out3) as ds:
        np.testing.assert_array_equal(ds.read(1), classes)
    assert any(w.startswith("Apply mode: TRAINING, CLASS_FIELD, OUTPUT_REPORT are for train mode and are not used")
               for w in fb.warnings), fb.warnings
    assert not os.path.exists(tmp_path / "r3.html")


def test_integer_class_field_keeps_its_values_and_json_report(eolatent_provider, real, tmp_path):
    layer = _layer(real["gpkg"])
    layer.setSubsetString('"LULC_ID" > 0')
    out, report = str(tmp_path / "m.tif"), str(tmp_path / "r.json")
    res = _run(INPUT=real["stack"], TRAINING=layer, CLASS_FIELD="LULC_ID", OUTPUT=out, OUTPUT_REPORT=report,
               OUTPUT_MODEL=str(tmp_path / "raw.onnx"))
    with rasterio.open(out) as ds:
        values = set(np.unique(ds.read(1)).tolist())
    assert values <= {0, 1, 2, 3, 4, 8} and {2, 3} <= values
    rep = json.load(open(report))
    assert rep["classifier"] == res["CLASSIFIER_ID"] and rep["metrics"]["labels"] == sorted(rep["metrics"]["labels"])
    assert rep["training"]["n_validation_samples"] > 0
    # a raw-stack classifier is refused on the latent raster, naming both
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="raster of 65 band.*latent raster of encoder eolatent.encoder"
                                                     ".fine4"):
        _run(INPUT=real["latent"], MODE=1, MODEL=res["OUTPUT_MODEL"], OUTPUT=str(tmp_path / "x.tif"))
    assert not os.path.exists(tmp_path / "x.tif")


def test_a_classifier_left_in_a_temporary_file_is_warned(eolatent_provider, real, tmp_path):
    """Without OUTPUT_MODEL (a model's child step) the classifier went to QGIS's temporary folder, deleted on exit,
    and nothing said that apply mode would then be impossible."""
    import processing
    from feedback_fixtures import keeping_processing_feedback

    fb = keeping_processing_feedback()
    res = processing.run("eolatent:classify", dict(INPUT=real["latent"], TRAINING=_layer(real["gpkg"]),
                                                   CLASS_FIELD="LULC_NAME", OUTPUT=str(tmp_path / "m.tif"),
                                                   EXECUTION_PROVIDER=2, THREADS=1), feedback=fb)
    warned = [w for w in fb.warnings if "The classifier is written to a temporary file" in w]
    assert warned and res["OUTPUT_MODEL"] in warned[0] and "save it with OUTPUT_MODEL" in warned[0]
    fb = keeping_processing_feedback()
    processing.run("eolatent:classify", dict(INPUT=real["latent"], TRAINING=_layer(real["gpkg"]),
                                             CLASS_FIELD="LULC_NAME", OUTPUT=str(tmp_path / "m2.tif"),
                                             OUTPUT_MODEL=str(tmp_path / "kept.onnx"), EXECUTION_PROVIDER=2,
                                             THREADS=1), feedback=fb)
    assert not [w for w in fb.warnings if "temporary file" in w]


def test_bad_training_layers(eolatent_provider, real, tmp_path):
    from qgis.core import QgsProcessingException

    layer = _layer(real["gpkg"])
    forest = [(f.geometry().asWkt(), ["forest"]) for f in layer.getFeatures() if f["LULC_ID"] == 2]
    cases = [
        (_memory("Polygon", ["cls:string"], forest), "cls", "only one class \\(forest\\)"),
        (_memory("Polygon", ["cls:string"], [("POLYGON((0 0,100 0,100 100,0 0))", ["a"]),
                                             ("POLYGON((0 0,90 0,90 90,0 0))", ["b"])]), "cls",
         "none of the 2 training features overlaps"),
        (_memory("Polygon", ["cls:string"], [(w, [None]) for w, _ in forest]), "cls", "empty for every feature"),
        (_memory("Point", [], [("POINT(465500 5079800)", [])]), None, "no attribute field to hold the class"),
        (_memory("LineString", ["cls:string"], [("LINESTRING(465500 5079800, 465600 5079900)", ["a"])]), "cls",
         "lines are not supported"),
    ]
    for i, (vl, field, message) in enumerate(cases):
        outs = {k: str(tmp_path / f"{k}{i}{ext}") for k, ext in (("OUTPUT", ".tif"), ("OUTPUT_MODEL", ".onnx"),
                                                                 ("OUTPUT_REPORT", ".html"))}
        params = dict(INPUT=real["latent"], TRAINING=vl, **outs)
        if field:
            params["CLASS_FIELD"] = field
        with pytest.raises(QgsProcessingException, match=message):
            _run(**params)
    with pytest.raises(QgsProcessingException, match="needs a saved classifier"):
        _run(INPUT=real["latent"], MODE=1, OUTPUT=str(tmp_path / "a.tif"))
    with pytest.raises(QgsProcessingException, match="does not exist"):
        _run(INPUT=real["latent"], TRAINING=layer, CLASS_FIELD="LULC_NAME",
             OUTPUT=str(tmp_path / "missing" / "m.tif"), OUTPUT_MODEL=str(tmp_path / "u.onnx"),
             OUTPUT_REPORT=str(tmp_path / "u.html"))
    assert os.listdir(tmp_path) == []


def test_parameters(eolatent_provider):
    alg = eolatent_provider.algorithm("classify")
    names = [p.name() for p in alg.parameterDefinitions()]
    for n in ("INPUT", "MODE", "TRAINING", "CLASS_FIELD", "MODEL", "VALIDATION_FRACTION", "OUTPUT",
              "OUTPUT_CONFIDENCE", "OUTPUT_MODEL", "OUTPUT_REPORT"):
        assert n in names
    assert "spatial" in alg.shortHelpString()
    # the report is a file output, not an HTML one: QGIS 3.22's Batch dialog stopped at 50 % on HTML outputs
    # (its loadHTMLResults calls ProcessingResults.addResult without the timestamp it needs)
    from qgis.core import QgsProcessingOutputFile, QgsProcessingOutputHtml

    report = alg.outputDefinition("OUTPUT_REPORT")
    assert isinstance(report, QgsProcessingOutputFile) and not isinstance(report, QgsProcessingOutputHtml)
    assert [o.name() for o in alg.outputDefinitions()].count("OUTPUT_REPORT") == 1
    assert alg.parameterDefinition("OUTPUT_REPORT").defaultFileExtension() == "html"


def test_without_sklearn_training_names_the_install_and_apply_still_runs(eolatent_provider, real, tmp_path,
                                                                         monkeypatch):
    import sys

    from qgis.core import QgsProcessingException

    layer = _layer(real["gpkg"])
    model = str(tmp_path / "c.onnx")
    _run(INPUT=real["latent"], TRAINING=layer, CLASS_FIELD="LULC_NAME", OUTPUT=str(tmp_path / "a.tif"),
         OUTPUT_MODEL=model, OUTPUT_REPORT=str(tmp_path / "a.html"))
    for name in ("sklearn", "skl2onnx"):
        monkeypatch.setitem(sys.modules, name, None)  # import fails as if not installed
    with pytest.raises(QgsProcessingException, match=r"(?s)needs scikit-learn and skl2onnx.*pip install .*"
                                                     r"scikit-learn.*skl2onnx"):
        _run(INPUT=real["latent"], TRAINING=layer, CLASS_FIELD="LULC_NAME", OUTPUT=str(tmp_path / "b.tif"))
    assert not os.path.exists(tmp_path / "b.tif")
    res = _run(INPUT=real["latent"], MODE=1, MODEL=model, OUTPUT=str(tmp_path / "c.tif"))
    with rasterio.open(res["OUTPUT"]) as x, rasterio.open(tmp_path / "a.tif") as y:
        np.testing.assert_array_equal(x.read(), y.read())


def test_the_confidence_layer_loads_unticked(eolatent_provider, real, tmp_path):
    """From the dialog the confidence layer loaded opaque over the class map (layers load in path order): it loads
    unticked now, styled, and the class map shows."""
    import processing
    from processing.gui.Postprocessing import handleAlgorithmResults
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    project = QgsProject.instance()
    project.removeAllMapLayers()
    context = QgsProcessingContext()
    context.setProject(project)
    out, conf = str(tmp_path / "map.tif"), str(tmp_path / "conf.tif")
    for path, name, key in ((out, "Land cover", "OUTPUT"), (conf, "Confidence", "OUTPUT_CONFIDENCE")):
        context.addLayerToLoadOnCompletion(path, QgsProcessingContext.LayerDetails(name, project, key))
    processing.run("eolatent:classify", dict(INPUT=real["latent"], TRAINING=_layer(real["gpkg"]),
                                             CLASS_FIELD="LULC_NAME", OUTPUT=out, OUTPUT_CONFIDENCE=conf,
                                             EXECUTION_PROVIDER=2, THREADS=1, N_TREES=20, SEED=2),
                   context=context, feedback=QgsProcessingFeedback())
    handleAlgorithmResults(QgsApplication.processingRegistry().algorithmById("eolatent:classify"), context,
                           QgsProcessingFeedback())
    nodes = {n.layer().source(): n for n in project.layerTreeRoot().findLayers()}
    assert nodes[out].itemVisibilityChecked() and not nodes[conf].itemVisibilityChecked()
    assert nodes[conf].layer().renderer().type() == "singlebandpseudocolor"       # styled all the same
    project.removeAllMapLayers()
