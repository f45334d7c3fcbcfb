# SPDX-License-Identifier: GPL-3.0-or-later
"""The map commands of the command line (classify, cluster, similarity) on the real Slovenia fine4 latent raster
and LULC polygons: each equals the core calls of its Processing algorithm pixel for pixel (and, for classify,
the Processing algorithm itself), an exported classifier applied reproduces the train-mode map,
--validation-fraction 0 trains on every label, training files in another CRS are reprojected as QGIS does, and
usage errors name the problem (exit 2, nothing written). Vector files are read without QGIS (GDAL's OGR)."""
import json
import os
import subprocess
import sys

import numpy as np
import pytest
import rasterio

import classify_fixtures as CF
from eolatent.cli import main
from eolatent.core.classify.apply_raster import load_classifier, run_apply
from eolatent.core.classify.samples import Samples
from eolatent.core.classify.vector_file import PALETTE, class_table, read_vector

RUNTIME = ["--provider", "cpu", "--threads", "1"]


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli_maps")
    data = CF.slovenia_latent(str(folder))
    geoms, ids, names, gpkg = CF.polygons(copy_to=folder)
    with rasterio.open(data["latent"]) as ds:
        data["transform"], data["crs"] = ds.transform, ds.crs
    data.update(folder=folder, gpkg=gpkg, geoms=geoms, ids=ids, names=names)
    return data


def cli(capsys, *args):
    rc = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return rc, dict(line.split("\t", 1) for line in out.splitlines()), err


def read(path):
    with rasterio.open(path) as ds:
        return ds.read(), ds.tags(), ds.transform


def same_raster(a, b):
    (xa, ta, ga), (xb, tb, gb) = read(a), read(b)
    return ta == tb and ga == gb and np.array_equal(xa, xb, equal_nan=True)


def write_vector(path, rows, fields=(), epsg=32633, driver="GPKG", layer="samples", to_epsg=None):
    """A vector file of GeoJSON geometries (in EPSG:``epsg``; written transformed to ``to_epsg`` if given)."""
    from osgeo import ogr, osr

    def srs_of(code):
        s = osr.SpatialReference()
        s.ImportFromEPSG(code)
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return s

    ct = osr.CoordinateTransformation(srs_of(epsg), srs_of(to_epsg)) if to_epsg else None
    if os.path.exists(path):  # another layer in the same file
        ds = ogr.Open(str(path), update=1)
    else:
        ds = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    options = ["SIGNIFICANT_FIGURES=17"] if driver == "GeoJSON" else []
    lyr = ds.CreateLayer(layer, srs_of(to_epsg or epsg) if (to_epsg or epsg) else None, ogr.wkbUnknown,
                         options=options)
    for name, kind in fields:
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for geom, attrs in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        g = ogr.CreateGeometryFromJson(json.dumps(geom))
        if ct is not None:
            assert g.Transform(ct) == 0
        f.SetGeometry(g)
        for (name, _), value in zip(fields, attrs):
            if value is not None:
                f.SetField(name, value)
        lyr.CreateFeature(f)
    ds = None
    return str(path)


def _point(transform, row, col):
    x, y = transform * (col + 0.5, row + 0.5)
    return {"type": "Point", "coordinates": [x, y]}


def core_train(real, folder, raster, codes, classes, fraction, seed, tag, class_field):
    """The core calls of ClassifyAlgorithm._train (train_classifier, then run_apply of its classifier)."""
    from eolatent.core.classify.train import train_classifier

    model = str(folder / f"{tag}.onnx")
    res = train_classifier(raster, Samples(real["geoms"], codes), classes, model, validation_fraction=fraction,
                           block_size=-1.0, n_trees=20, seed=seed, threads=1, layer_name="LULC",
                           class_field=class_field)
    run_apply(raster, model, str(folder / f"{tag}.tif"), str(folder / f"{tag}_conf.tif"), provider="cpu", threads=1,
              tile_size=512)
    return res, model


# ---- classify --------------------------------------------------------------------------------------
def test_classify_equals_core_and_apply_mode_reproduces_it(real, tmp_path, capsys):
    out = {k: tmp_path / n for k, n in (("map", "map.tif"), ("conf", "conf.tif"), ("model", "clf.onnx"),
                                        ("report", "report.json"))}
    rc, res, err = cli(capsys, "classify", "--input", real["latent"], "--training", real["gpkg"], "--class-field",
                       "LULC_NAME", "--output", out["map"], "--output-confidence", out["conf"], "--output-model",
                       out["model"], "--output-report", out["report"], "--seed", 2, "--n-trees", 20, *RUNTIME)
    assert rc == 0, err
    # class names = the field's values (sorted), codes 1…n, colours from the palette, as a layer without a style
    names = sorted(set(real["names"]))
    classes = [dict(value=i + 1, name=n, color=PALETTE[i]) for i, n in enumerate(names)]
    codes = [names.index(n) + 1 for n in real["names"]]
    ref, _ = core_train(real, tmp_path, real["latent"], codes, classes, 0.3, 2, "core", "LULC_NAME")
    assert same_raster(out["map"], tmp_path / "core.tif") and same_raster(out["conf"], tmp_path / "core_conf.tif")
    for path in (out["map"], out["conf"]):
        with rasterio.open(path) as ds:
            assert ds.tags()["EOLATENT_PROVIDER"] == "cpu"
            assert ds.tags()["EOLATENT_INPUT"] == os.path.basename(real["latent"])
    clf = load_classifier(str(out["model"]))
    assert clf.id == ref.card["id"] == res["CLASSIFIER_ID"]
    assert clf.classes == classes and clf.card["metrics"] == ref.report
    assert clf.card["training_data"] == ref.card["training_data"]
    assert float(res["OVERALL_ACCURACY"]) == ref.report["overall_accuracy"]
    assert float(res["KAPPA"]) == ref.report["kappa"] and float(res["MACRO_F1"]) == ref.report["macro_f1"]
    assert res["OUTPUT"] == str(out["map"]) and res["OUTPUT_MODEL"] == str(out["model"])
    rep = json.load(open(out["report"]))
    assert rep["classifier"] == clf.id and rep["metrics"] == ref.report
    assert rep["training"]["n_validation_samples"] == ref.split.validation.size > 0
    assert "4 feature(s) with an empty class were skipped" in err
    # apply mode with the exported classifier: the same map and confidence
    rc, res2, err = cli(capsys, "classify", "--input", real["latent"], "--model", out["model"], "--output",
                        tmp_path / "applied.tif", "--output-confidence", tmp_path / "applied_conf.tif", *RUNTIME)
    assert rc == 0, err
    assert same_raster(tmp_path / "applied.tif", out["map"])
    assert same_raster(tmp_path / "applied_conf.tif", out["conf"])
    for path in (out["map"], tmp_path / "applied.tif"):      # a GIS without the plugin shows the classes' colours
        with rasterio.open(path) as ds:
            table = ds.colormap(1)
        assert {v: "#%02x%02x%02x" % table[v][:3] for v in range(1, len(classes) + 1)} == \
            {c["value"]: c["color"] for c in classes}
    assert res2 == {"OUTPUT": str(tmp_path / "applied.tif"), "OUTPUT_CONFIDENCE": str(tmp_path / "applied_conf.tif"),
                    "CLASSIFIER_ID": clf.id}
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".")]  # no temporary classifier left


def test_validation_fraction_zero_trains_on_every_label(real, tmp_path, capsys):
    from eolatent.core.classify.features import FeatureSource
    from eolatent.core.classify.train import labelled_pixels

    rc, res, err = cli(capsys, "classify", "--input", real["latent"], "--training", real["gpkg"], "--class-field",
                       "LULC_NAME", "--output", tmp_path / "all.tif", "--output-model", tmp_path / "all.onnx",
                       "--output-report", tmp_path / "all.json", "--validation-fraction", 0, "--n-trees", 20,
                       *RUNTIME)
    assert rc == 0, err
    names = sorted(set(real["names"]))
    with FeatureSource(real["latent"]) as src:
        data = labelled_pixels(src, Samples(real["geoms"], [names.index(n) + 1 for n in real["names"]]))
    n_samples = len(np.unique(data.ids))  # the features that label at least one pixel
    training = load_classifier(str(tmp_path / "all.onnx")).card["training_data"]
    assert training["validation_fraction"] == 0.0
    assert training["n_train_samples"] == n_samples and training["n_validation_samples"] == 0
    assert training["n_train_pixels"] == len(data.codes) and training["n_validation_pixels"] == 0
    rep = json.load(open(tmp_path / "all.json"))
    assert rep["metrics"] == {} and rep["training"] == training
    assert "OVERALL_ACCURACY" not in res and "KAPPA" not in res
    assert f"no validation metrics: trained on all {n_samples} sample(s) with pixels ({len(data.codes)} pixels)" in err
    # the default (0.3) sets samples aside
    rc, _, _ = cli(capsys, "classify", "--input", real["latent"], "--training", real["gpkg"], "--class-field",
                   "LULC_NAME", "--output", tmp_path / "v.tif", "--output-model", tmp_path / "v.onnx", "--n-trees",
                   20, *RUNTIME)
    split = load_classifier(str(tmp_path / "v.onnx")).card["training_data"]
    assert rc == 0 and split["n_train_samples"] + split["n_validation_samples"] == n_samples
    assert 0 < split["n_validation_samples"] and split["n_train_pixels"] < len(data.codes)
    # ... validates, then maps with a classifier fitted again on every label (the same one as with fraction 0)
    assert split["refit_on_all"] and split["n_refit_samples"] == n_samples
    assert split["n_refit_pixels"] == len(data.codes) and same_raster(tmp_path / "v.tif", tmp_path / "all.tif")
    rc, _, _ = cli(capsys, "classify", "--input", real["latent"], "--training", real["gpkg"], "--class-field",
                   "LULC_NAME", "--output", tmp_path / "n.tif", "--output-model", tmp_path / "n.onnx", "--n-trees",
                   20, "--no-refit", *RUNTIME)
    kept = load_classifier(str(tmp_path / "n.onnx")).card["training_data"]
    assert rc == 0 and "refit_on_all" not in kept and not same_raster(tmp_path / "n.tif", tmp_path / "all.tif")
    rc, _, err = cli(capsys, "classify", "--input", real["latent"], "--model", tmp_path / "n.onnx", "--output",
                     tmp_path / "x.tif", "--no-refit", *RUNTIME)
    assert rc != 0 and "--no-refit is for train mode" in err


def test_integer_field_in_another_crs_is_reprojected(real, tmp_path, capsys):
    """GeoJSON in EPSG:4326, integer class field: reprojected to the raster's CRS, codes kept (raw stack)."""
    rows = [(g, [int(i)]) for g, i in zip(real["geoms"], real["ids"])]
    from osgeo import ogr

    path = write_vector(tmp_path / "lulc.geojson", rows, [("LULC_ID", ogr.OFTInteger)], driver="GeoJSON",
                        to_epsg=4326)
    got = read_vector(path, "LULC_ID", real["crs"].to_wkt())
    assert got.integer_field and got.crs_note.startswith("training geometries transformed from EPSG:4326")
    for a, b in zip(got.geometries, real["geoms"]):
        np.testing.assert_allclose(np.array(a["coordinates"][0]), np.array(b["coordinates"][0]), atol=1e-6)
    rc, res, err = cli(capsys, "classify", "--input", real["stack"], "--training", path, "--class-field", "lulc_id",
                       "--output", tmp_path / "raw.tif", "--output-model", tmp_path / "raw.onnx", "--seed", 1,
                       "--n-trees", 20, *RUNTIME)
    assert rc == 0, err
    assert "transformed from EPSG:4326 to the raster's CRS EPSG:32633" in err
    classes = CF.classes(real["ids"])
    for i, c in enumerate(classes):
        c.update(name=str(c["value"]), color=PALETTE[i])
    ref, _ = core_train(real, tmp_path, real["stack"], real["ids"], classes, 0.3, 1, "raw_core", "lulc_id")
    assert load_classifier(str(tmp_path / "raw.onnx")).classes == classes
    assert res["CLASSIFIER_ID"] == ref.card["id"]
    assert same_raster(tmp_path / "raw.tif", tmp_path / "raw_core.tif")
    values = set(np.unique(read(tmp_path / "raw.tif")[0]).tolist())
    assert values <= {0, 1, 2, 3, 4, 8} and {2, 3} <= values
    # the real file keeps its class-0 polygons (LULC "no data"): they are skipped and said so; the codes are kept
    geoms0, ids0, _, _ = CF.polygons(keep_empty=True)
    assert (ids0 == 0).sum() == 4
    path0 = write_vector(tmp_path / "lulc0.geojson", [(g, [int(i)]) for g, i in zip(geoms0, ids0)],
                         [("LULC_ID", ogr.OFTInteger)], driver="GeoJSON")
    rc, _, err = cli(capsys, "classify", "--input", real["stack"], "--training", path0, "--class-field", "LULC_ID",
                     "--output", tmp_path / "raw0.tif", "--output-model", tmp_path / "raw0.onnx", "--seed", 1,
                     "--n-trees", 20, *RUNTIME)
    assert rc == 0, err
    assert "4 feature(s) of class 0 were skipped: 0 is the class map's nodata" in err
    assert load_classifier(str(tmp_path / "raw0.onnx")).classes == classes
    assert same_raster(tmp_path / "raw0.tif", tmp_path / "raw.tif")
    # a negative value cannot be a code: the classes are numbered and the log says so
    pathn = write_vector(tmp_path / "lulcn.geojson", [(g, [-int(i)]) for g, i in zip(real["geoms"], real["ids"])],
                         [("LULC_ID", ogr.OFTInteger)], driver="GeoJSON")
    rc, _, err = cli(capsys, "classify", "--input", real["stack"], "--training", pathn, "--class-field", "LULC_ID",
                     "--output", tmp_path / "rawn.tif", "--seed", 1, "--n-trees", 20, *RUNTIME)
    assert rc == 0 and "the class field holds values the map cannot use as codes (-8, -4, -3" in err


def test_points_in_a_shapefile(real, tmp_path, capsys):
    """Training points (a Shapefile): each labels the pixel holding it; the map equals the core calls'."""
    from osgeo import ogr

    points = []
    for g, name in zip(real["geoms"], real["names"]):
        c = ogr.CreateGeometryFromJson(json.dumps(g)).Centroid()
        points.append(({"type": "Point", "coordinates": [c.GetX(), c.GetY()]}, [name]))
    path = write_vector(tmp_path / "pts.shp", points, [("LULC_NAME", ogr.OFTString)], driver="ESRI Shapefile")
    rc, res, err = cli(capsys, "classify", "--input", real["latent"], "--training", path, "--class-field",
                       "LULC_NAME", "--validation-fraction", 0, "--output", tmp_path / "p.tif", "--output-model",
                       tmp_path / "p.onnx", "--n-trees", 20, *RUNTIME)
    assert rc == 0, err
    names = sorted(set(real["names"]))
    classes = [dict(value=i + 1, name=n, color=PALETTE[i]) for i, n in enumerate(names)]
    real_points = dict(real, geoms=[g for g, _ in points])
    ref, _ = core_train(real_points, tmp_path, real["latent"], [names.index(n) + 1 for _, (n,) in points], classes,
                        0.0, 0, "p_core", "LULC_NAME")
    assert res["CLASSIFIER_ID"] == ref.card["id"] and same_raster(tmp_path / "p.tif", tmp_path / "p_core.tif")
    assert ref.card["training_data"]["n_train_pixels"] <= len(points)  # one pixel per point (or none outside)


def test_python_m_eolatent_classify(real, tmp_path):
    """`python -m eolatent classify …` in a fresh interpreter: train, then apply the exported classifier."""
    base = [sys.executable, "-m", "eolatent", "classify", "--input", real["latent"]]
    res = subprocess.run(base + ["--training", real["gpkg"], "--class-field", "LULC_NAME", "--output",
                                 str(tmp_path / "m.tif"), "--output-model", str(tmp_path / "m.onnx"),
                                 "--output-report", str(tmp_path / "m.html"), "--n-trees", "20", *RUNTIME],
                         capture_output=True, text=True, timeout=300, cwd=str(tmp_path))
    assert res.returncode == 0, res.stderr
    lines = dict(line.split("\t", 1) for line in res.stdout.splitlines())
    assert lines["OUTPUT"] == str(tmp_path / "m.tif") and 0 < float(lines["OVERALL_ACCURACY"]) <= 1
    html = open(tmp_path / "m.html", encoding="utf-8").read()
    assert "Overall accuracy" in html and lines["CLASSIFIER_ID"] in html
    res = subprocess.run(base + ["--model", str(tmp_path / "m.onnx"), "--output", str(tmp_path / "a.tif"), *RUNTIME],
                         capture_output=True, text=True, timeout=300, cwd=str(tmp_path))
    assert res.returncode == 0, res.stderr
    assert same_raster(tmp_path / "a.tif", tmp_path / "m.tif")  # same --threads: ORT's forest sums can break
    # near-ties another way with another thread count


def test_classify_cli_equals_the_processing_algorithm(eolatent_provider, real, tmp_path, capsys):
    """The same inputs through QGIS Processing (layer without a style) and through the CLI: the same map."""
    import processing

    res = processing.run("eolatent:classify", dict(
        INPUT=real["latent"], TRAINING=real["gpkg"], CLASS_FIELD="LULC_NAME", VALIDATION_FRACTION=0.3, SEED=3,
        N_TREES=20, EXECUTION_PROVIDER=2, THREADS=1, OUTPUT=str(tmp_path / "qgis.tif"),
        OUTPUT_MODEL=str(tmp_path / "qgis.onnx"), OUTPUT_REPORT=str(tmp_path / "qgis.json")))
    rc, out, err = cli(capsys, "classify", "--input", real["latent"], "--training", real["gpkg"], "--class-field",
                       "LULC_NAME", "--seed", 3, "--n-trees", 20, "--output", tmp_path / "cli.tif",
                       "--output-model", tmp_path / "cli.onnx", "--output-report", tmp_path / "cli.json", *RUNTIME)
    assert rc == 0, err
    assert out["CLASSIFIER_ID"] == res["CLASSIFIER_ID"]
    assert float(out["OVERALL_ACCURACY"]) == res["OVERALL_ACCURACY"]
    assert same_raster(tmp_path / "cli.tif", tmp_path / "qgis.tif")
    a, b = load_classifier(str(tmp_path / "cli.onnx")), load_classifier(str(tmp_path / "qgis.onnx"))
    assert a.classes == b.classes and a.card["metrics"] == b.card["metrics"]
    ja, jb = json.load(open(tmp_path / "cli.json")), json.load(open(tmp_path / "qgis.json"))
    assert ja["metrics"] == jb["metrics"] and ja["notes"] == jb["notes"]


def test_palette_and_class_table_are_the_plugins(qgis_app):
    from eolatent.processing_provider import class_styles

    assert PALETTE == class_styles.PALETTE
    for values, integer in ((["b", "a", "c", "a"], False), ([3, 1, 8], True), ([0, 2], True), ([2.0, 1.0], False),
                            (list(range(30, 0, -1)), True), (["10", "9", "x"], False)):
        assert class_table(values, integer) == class_styles.class_table(values, {}, integer)


# ---- cluster, similarity ---------------------------------------------------------------------------
def test_cluster_and_similarity_equal_core(real, tmp_path, capsys):
    from eolatent.core.classify.cluster import run_cluster
    from eolatent.core.classify.similarity import run_similarity

    rc, res, err = cli(capsys, "cluster", "--input", real["latent"], "--k", 0, "--k-max", 5, "--sample-size", 400,
                       "--seed", 4, "--output", tmp_path / "c.tif", "--tile-size", 16, *RUNTIME)
    assert rc == 0, err
    ref = run_cluster(real["latent"], str(tmp_path / "c_ref.tif"), k=0, k_max=5, sample_size=400, seed=4,
                      tile_size=16)
    assert same_raster(tmp_path / "c.tif", tmp_path / "c_ref.tif")
    assert int(res["K_CHOSEN"]) == ref.k and json.loads(res["SCORES"]) == {str(k): round(v, 4)
                                                                           for k, v in ref.scores.items()}
    rc, res, _ = cli(capsys, "cluster", "--input", real["latent"], "--k", 3, "--output", tmp_path / "c3.tif",
                     *RUNTIME)
    assert rc == 0 and res["K_CHOSEN"] == "3" and res["SCORES"] == "{}"
    with rasterio.open(tmp_path / "c.tif") as ds:      # the map says what made it
        tags = ds.tags()
    assert tags["INPUTS"] == os.path.basename(real["latent"]) and tags["SEED"] == "4"
    assert tags["SILHOUETTE"] == ", ".join(f"{k}: {v:.3f}" for k, v in ref.scores.items())
    assert tags["EOLATENT_INPUT"] == os.path.basename(real["latent"]) and tags["EOLATENT_PROVIDER"] == "cpu"
    with rasterio.open(tmp_path / "c3.tif") as ds:    # the plugin's cluster colours, in the file itself
        assert [ds.colormap(1)[v][:3] for v in (1, 2, 3)] == [tuple(int(PALETTE[i][j:j + 2], 16) for j in (1, 3, 5))
                                                              for i in range(3)]

    t = real["transform"]
    x0, y0 = t * (3, 4)
    x1, y1 = t * (6, 6)
    refs = [{"type": "Polygon", "coordinates": [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]},
            _point(t, 20, 20)]
    path = write_vector(tmp_path / "refs.gpkg", [(g, []) for g in refs])
    rc, res, err = cli(capsys, "similarity", "--input", real["latent"], "--reference", path, "--per-window",
                       "--output", tmp_path / "s.tif", *RUNTIME)
    assert rc == 0 and res == {"OUTPUT": str(tmp_path / "s.tif")}, err
    run_similarity(real["latent"], Samples(refs, [1, 1]), str(tmp_path / "s_ref.tif"), per_window=True)
    assert same_raster(tmp_path / "s.tif", tmp_path / "s_ref.tif")
    assert read(tmp_path / "s.tif")[0].shape[0] == 5
    with rasterio.open(tmp_path / "s.tif") as ds:
        assert ds.tags()["EOLATENT_PROVIDER"] == "cpu"     # numpy, no network: the same vocabulary as elsewhere
    # references in another CRS (and a GeoJSON): reprojected; the same map to rounding
    geojson = write_vector(tmp_path / "refs.geojson", [(g, []) for g in refs], driver="GeoJSON", to_epsg=4326)
    rc, _, err = cli(capsys, "similarity", "--input", real["latent"], "--reference", geojson, "--output",
                     tmp_path / "s4326.tif", *RUNTIME)
    run_similarity(real["latent"], Samples(refs, [1, 1]), str(tmp_path / "s1_ref.tif"))
    assert rc == 0 and "reference geometries transformed from EPSG:4326" in err
    np.testing.assert_allclose(read(tmp_path / "s4326.tif")[0], read(tmp_path / "s1_ref.tif")[0], atol=1e-6)


# ---- errors ----------------------------------------------------------------------------------------
def _vectors(folder, transform):
    from osgeo import ogr

    line = {"type": "LineString", "coordinates": [[465500.0, 5079800.0], [465600.0, 5079900.0]]}
    write_vector(folder / "lines.gpkg", [(line, ["a"])], [("cls", ogr.OFTString)])
    path = write_vector(folder / "two.gpkg", [(_point(transform, 1, 1), ["a"])], [("cls", ogr.OFTString)],
                        layer="first")
    write_vector(folder / "two.gpkg", [(_point(transform, 2, 2), ["b"])], [("cls", ogr.OFTString)], layer="second")
    write_vector(folder / "empty.gpkg", [(_point(transform, 1, 1), [None]), (_point(transform, 2, 2), ["  "])],
                 [("cls", ogr.OFTString)])
    write_vector(folder / "nofield.gpkg", [(_point(transform, 1, 1), [])])
    write_vector(folder / "nofield.geojson", [(_point(transform, 1, 1), [])], driver="GeoJSON")
    return path


@pytest.mark.parametrize("args, message", [
    (["--training", "{gpkg}", "--class-field", "LULC", "--output", "{tmp}/m.tif"],
     "--training: the training layer of lulc.gpkg has no field 'LULC'; choose one of: fid, index, RABA_ID, AREA, "
     "DATE, LULC_ID, LULC_NAME"),
    (["--training", "{gpkg}", "--output", "{tmp}/m.tif"], "train mode needs --class-field FIELD, the field that "
     "holds the classes (choose the class field of the training layer of lulc.gpkg; one of: fid, index, RABA_ID"),
    (["--training", "{tmp}/nofield.geojson", "--output", "{tmp}/m.tif"],
     "the training layer of nofield.geojson has no attribute field to hold the class"),
    (["--training", "{gpkg}", "--class-field", "LULC_NAME", "--model", "{tmp}/c.onnx", "--output", "{tmp}/m.tif"],
     "give --training (train a classifier) or --model (apply a saved one), not both"),
    (["--output", "{tmp}/m.tif"], "give --training FILE --class-field FIELD to train a classifier, or --model"),
    (["--training", "{tmp}/missing.gpkg", "--class-field", "x", "--output", "{tmp}/m.tif"],
     "--training {tmp}/missing.gpkg: no such file or folder"),
    (["--model", "{tmp}/missing.onnx", "--output", "{tmp}/m.tif"], "--model {tmp}/missing.onnx: no such file"),
    (["--model", "{gpkg}", "--class-field", "LULC_NAME", "--output", "{tmp}/m.tif"],
     "--class-field is for train mode"),
    (["--mode", "apply", "--training", "{gpkg}", "--output", "{tmp}/m.tif"], "--mode apply needs --model"),
    (["--training", "{gpkg}", "--class-field", "LULC_NAME", "--output", "{tmp}/m.tif", "--workers", "2"],
     "--workers: classify runs once, in this process"),
    (["--training", "{gpkg}", "--class-field", "LULC_NAME", "--output", "{tmp}/m.tif", "--scheduler", "tcp://x:1",
      "--tiles-dir", "{tmp}/t"], "--scheduler --tiles-dir: classify runs once"),
    (["--training", "{gpkg}", "--class-field", "LULC_NAME", "--output", "{tmp}/m.tif", "--output-model",
      "{tmp}/c.bin"], "--output-model {tmp}/c.bin: give a file name ending in .onnx"),
    (["--training", "{gpkg}", "--class-field", "LULC_NAME", "--output", "{tmp}/m.tif", "--output-confidence",
      "{tmp}/m.tif"], "same file name"),
    (["--training", "{gpkg}", "--class-field", "LULC_NAME", "--output", "{tmp}/m.tif", "--validation-fraction",
      "0.95"], "--validation-fraction 0.95: give 0.0 … 0.9"),
    (["--training", "{tmp}/lines.gpkg", "--class-field", "cls", "--output", "{tmp}/m.tif"],
     "must hold points or polygons (lines are not supported)"),
    (["--training", "{tmp}/two.gpkg", "--class-field", "cls", "--output", "{tmp}/m.tif"],
     "holds 2 layers (first, second); name one: '{tmp}/two.gpkg|layername=first'"),
    (["--training", "{tmp}/two.gpkg|layername=third", "--class-field", "cls", "--output", "{tmp}/m.tif"],
     "has no layer 'third'; its layers: first, second"),
    (["--training", "{tmp}/empty.gpkg", "--class-field", "cls", "--output", "{tmp}/m.tif"],
     "--training: the class field 'cls' of the training layer of empty.gpkg is empty for every feature"),
    (["--training", "{tmp}/nofield.gpkg", "--class-field", "cls", "--output", "{tmp}/m.tif"],
     "has no field 'cls'; choose one of: fid"),
    (["--training", "{latent}", "--class-field", "cls", "--output", "{tmp}/m.tif"],
     "is not a vector file GDAL can read"),
])
def test_classify_usage_errors(real, tmp_path, capsys, args, message):
    _vectors(tmp_path, real["transform"])
    before = set(os.listdir(tmp_path))
    fmt = dict(gpkg=real["gpkg"], tmp=tmp_path, latent=real["latent"])
    rc, out, err = cli(capsys, "classify", "--input", real["latent"], *[a.format(**fmt) for a in args])
    assert rc == 2 and err.startswith("eolatent classify: error:") and message.format(**fmt) in err, err
    assert not out and set(os.listdir(tmp_path)) == before


def test_two_layer_file_with_a_layer_name_and_cluster_similarity_errors(real, tmp_path, capsys):
    from osgeo import ogr

    path = _vectors(tmp_path, real["transform"])
    got = read_vector(f"{path}|layername=second", "cls", real["crs"].to_wkt())
    assert got.values == ["b"] and got.layer_name == "second" and not got.integer_field and not got.crs_note
    got = read_vector(str(tmp_path / "empty.gpkg"), None, "")  # references: no class, no CRS asked
    assert len(got.geometries) == 2 and got.values == [None, None]
    for args, message in (
            (["cluster", "--k-max", "1"], "--k-max 1: give 2 … 50"),
            (["cluster", "--k", "1"], "--k 1: give at least 2 clusters, or 0 to choose k automatically"),
            (["cluster", "--workers", "2"], "--workers: cluster runs once"),
            (["cluster", "--block-size", "64"], "--block-size: cluster runs once"),
            (["cluster", "--output", str(tmp_path / "c.png")], "give a file name ending in .tif"),
            (["similarity", "--reference", str(tmp_path / "missing.gpkg")], "--reference"),
            (["similarity", "--reference", str(tmp_path / "lines.gpkg")], "lines are not supported")):
        if "--output" not in args:
            args += ["--output", str(tmp_path / "o.tif")]
        if args[0] == "similarity" and "--reference" not in args:
            args += ["--reference", path]
        rc, out, err = cli(capsys, args[0], "--input", real["latent"], *args[1:])
        assert rc == 2 and message in err, err
    # an engine error (exit 1): one class only on the raster
    write_vector(tmp_path / "one.gpkg", [(g, ["forest"]) for g, i in zip(real["geoms"], real["ids"]) if i == 2],
                 [("cls", ogr.OFTString)])
    rc, _, err = cli(capsys, "classify", "--input", real["latent"], "--training", tmp_path / "one.gpkg",
                     "--class-field", "cls", "--output", tmp_path / "one.tif", *RUNTIME)
    assert rc == 1 and "only one class (forest)" in err
    assert not [f for f in os.listdir(tmp_path) if f.endswith((".tif", ".onnx")) or f.startswith(".")]


def test_html_report_without_qgis(real, tmp_path, monkeypatch):
    """Without QGIS's Python the report module is loaded with untranslated headings, and no stub stays behind."""
    from eolatent.cli_maps import report_writer

    for name in ("qgis", "qgis.PyQt", "qgis.PyQt.QtCore"):
        monkeypatch.setitem(sys.modules, name, None)  # import fails as if QGIS were not installed
    for name in ("eolatent.plugin.i18n", "eolatent.processing_provider.classify_report"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    write = report_writer()
    card = dict(id="eolatent.classifier.x", training_data=dict(n_train_samples=3))
    write(str(tmp_path / "r.html"), {}, card, ["a note"])
    html = open(tmp_path / "r.html", encoding="utf-8").read()
    assert "Land-cover classification report" in html and "No validation" in html and "a note" in html
    assert "eolatent.plugin.i18n" not in sys.modules
    assert "eolatent.processing_provider.classify_report" not in sys.modules


def test_every_processing_algorithm_has_its_command_with_its_parameter_names(eolatent_provider):
    from eolatent.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command")
    # Processing name -> CLI flag where it is not "--" + the name in kebab case (booleans that default to true
    # are "--no-…" switches; DATE_LAYERS only adds QGIS layers for the temporal controller; the command line's
    # --input takes a product folder as well as a raster, which Processing splits into INPUT and INPUT_FOLDER)
    other = {"EXECUTION_PROVIDER": "--provider", "FILL_GAPS": "--no-fill-gaps", "CONSERVE": "--no-conserve",
             "NON_VEGETATION": "--no-non-vegetation", "DETECT_CLOUDS": "--no-cloud-detection", "DATE_LAYERS": None,
             "INPUT_FOLDER": "--input", "REFIT": "--no-refit"}
    names = [alg.name() for alg in eolatent_provider.algorithms()]
    assert {"classify", "cluster", "similarity"} <= set(names) and set(names) <= set(sub.choices)
    for alg in eolatent_provider.algorithms():
        flags = {f for a in sub.choices[alg.name()]._actions for f in a.option_strings}
        for param in alg.parameterDefinitions():
            flag = other.get(param.name(), "--" + param.name().lower().replace("_", "-"))
            assert flag is None or flag in flags, (alg.name(), param.name())


def test_a_class_map_given_as_features_is_warned(real, tmp_path, capsys):
    """The Slovenia land-cover map itself given as INPUT trained a 'perfect' classifier (OA 1.0, kappa 1.0) without a
    word; the run now warns that the input looks like a class map. A latent raster gets no such warning."""
    lulc = os.path.join(os.path.dirname(__file__), "data", "slovenia", "LULC.tif")
    rc, res, err = cli(capsys, "classify", "--input", lulc, "--training", real["gpkg"], "--class-field", "LULC_NAME",
                       "--output", tmp_path / "lc.tif", "--n-trees", 10, *RUNTIME)
    assert rc == 0 and float(res["OVERALL_ACCURACY"]) == 1.0
    assert "warning: LULC.tif has one band of whole numbers, each found with one class only: it looks like a class " \
        "map, not features" in err
    rc, res, err = cli(capsys, "classify", "--input", real["latent"], "--training", real["gpkg"], "--class-field",
                       "LULC_NAME", "--output", tmp_path / "m.tif", "--n-trees", 10, *RUNTIME)
    assert rc == 0 and "class map" not in err and "classified right" not in err
