# SPDX-License-Identifier: GPL-3.0-or-later
"""The command-line audit of classify / cluster on odd inputs, on the real Slovenia 13-band Sentinel-2 raster and
points drawn on its LULC map: whole-number class values in a Real or text field keep their codes, a geographic
raster is validated like its UTM twin, a raster on another scale is warned about in apply mode, labels differing
in case are named, a south-up raster overlaps its samples, non-finite options are refused, LDA with too few pixels,
layers without geometries, and clusters left empty by k-means."""
import json
import os
import re

import numpy as np
import pytest
import rasterio

import classify_fixtures as CF
from eolatent.cli import main

S2 = os.path.join(CF.SLOVENIA, "S2L1C_TOA_13band_2015-07-11.tif")
LULC_MAP = os.path.join(CF.SLOVENIA, "LULC.tif")


@pytest.fixture(scope="module")
def points():
    """(x, y, class) of 30 pixel centres of each of the LULC classes 1, 2, 3 and 8 (UTM 33N), seeded."""
    with rasterio.open(LULC_MAP) as ds:
        a, transform = ds.read(1), ds.transform
    rng = np.random.default_rng(1)
    out = []
    for cls in (1, 2, 3, 8):
        rr, cc = np.nonzero(a == cls)
        for i in rng.choice(len(rr), min(30, len(rr)), replace=False):
            x, y = rasterio.transform.xy(transform, rr[i], cc[i])
            out.append((float(x), float(y), cls))
    return out


def write_points(path, rows, kind, epsg=32633, null_geometry=0):
    """A GeoPackage of points with one class field ``cid`` of OGR type ``kind``; ``null_geometry`` more features
    with a class and no geometry."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("pts", srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("cid", kind))
    for i, (x, y, value) in enumerate(list(rows) + [(None, None, rows[0][2])] * null_geometry):
        f = ogr.Feature(lyr.GetLayerDefn())
        if x is not None:
            f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        f.SetField("cid", value)
        lyr.CreateFeature(f)
    ds = None
    return str(path)


def cli(capsys, *args):
    rc = main([str(a) for a in args] + ["--provider", "cpu", "--threads", "1"])
    out, err = capsys.readouterr()
    return rc, dict(line.split("\t", 1) for line in out.splitlines() if "\t" in line), err


def codes_and_classes(path):
    with rasterio.open(path) as ds:
        a = ds.read(1)
        return sorted(int(v) for v in np.unique(a[a > 0])), json.loads(ds.tags()["CLASSES"])


# ---- 1: whole numbers in a Real or text field ------------------------------------------------------------
def test_real_field_of_whole_numbers_keeps_the_codes(points, tmp_path, capsys):
    from osgeo import ogr

    gpkg = write_points(tmp_path / "real.gpkg", [(x, y, float(c)) for x, y, c in points], ogr.OFTReal)
    rc, out, err = cli(capsys, "classify", "--input", S2, "--training", gpkg, "--class-field", "cid",
                       "--output", tmp_path / "m.tif")
    assert rc == 0, err
    codes, classes = codes_and_classes(tmp_path / "m.tif")
    assert codes == [1, 2, 3, 8]
    assert [(c["value"], c["name"]) for c in classes] == [(1, "1"), (2, "2"), (3, "3"), (8, "8")]


def test_text_field_of_plain_integers_keeps_the_codes(points, tmp_path, capsys):
    path = tmp_path / "pts.csv"
    with open(path, "w") as fh:       # GDAL reads CSV fields as text; the geometry from the WKT column
        fh.write("WKT,cid\n")
        for x, y, c in points:
            fh.write(f'"POINT ({x} {y})",{ {3: 10}.get(c, c)}\n')
    with open(tmp_path / "pts.prj", "w") as fh:
        fh.write(rasterio.crs.CRS.from_epsg(32633).to_wkt())
    rc, out, err = cli(capsys, "classify", "--input", S2, "--training", path, "--class-field", "cid",
                       "--output", tmp_path / "m.tif")
    assert rc == 0, err
    codes, classes = codes_and_classes(tmp_path / "m.tif")
    assert codes == [1, 2, 8, 10] and [c["value"] for c in classes] == [1, 2, 8, 10]


def test_normalise_classes_rules():
    from types import SimpleNamespace

    from eolatent.core.classify.classes import normalise_classes

    def norm(values, integer_field=False):
        got = SimpleNamespace(values=list(values), integer_field=integer_field)
        notes = normalise_classes(got)
        return got.values, got.integer_field, notes

    assert norm([1.0, 8.0, 65535.0]) == ([1, 8, 65535], True, [])
    assert norm(["1", " 10 "]) == ([1, 10], True, [])
    # a 0 or a value outside 1 … 65535: the field's own kind, renumbered as before (an integer field would drop 0,
    # the "0 = water" of a text field, as the map's nodata)
    assert norm(["0", "1", "2"]) == (["0", "1", "2"], False, [])
    assert norm([1.0, 8.0, 0.0, -5.0]) == ([1.0, 8.0, 0.0, -5.0], False, [])
    assert norm(["1", "70000"]) == (["1", "70000"], False, [])
    assert norm([1.5, 2.0]) == ([1.5, 2.0], False, [])           # not all whole: stays as it was
    assert norm(["01", "1"]) == (["01", "1"], False, [])          # "01" is not a plain integer (would merge)
    assert norm(["1", "a"]) == (["1", "a"], False, [])
    # 4: surrounding spaces stripped; labels equal apart from case named in one warning, not merged
    values, integer, notes = norm(["forest", "FOREST", "forest ", " grass", "grass"])
    assert values == ["forest", "FOREST", "forest", "grass", "grass"] and not integer
    assert len(notes) == 1 and "'FOREST', 'forest'" in notes[0] and "grass" not in notes[0]


def test_mixed_case_labels_are_warned_and_spaces_stripped(points, tmp_path, capsys):
    from osgeo import ogr

    names = {1: "cultivated", 2: "forest", 3: "grass", 8: "artificial"}
    rows = [(x, y, names[c].upper() if c == 2 and i % 2 else names[c] + (" " if i % 3 == 0 else ""))
            for i, (x, y, c) in enumerate(points)]
    gpkg = write_points(tmp_path / "case.gpkg", rows, ogr.OFTString)
    rc, out, err = cli(capsys, "classify", "--input", S2, "--training", gpkg, "--class-field", "cid",
                       "--output", tmp_path / "m.tif")
    assert rc == 0, err
    assert "warning: class values that differ only in upper / lower case are separate classes: 'FOREST', " \
           "'forest';" in err
    _, classes = codes_and_classes(tmp_path / "m.tif")
    assert [c["name"] for c in classes] == ["FOREST", "artificial", "cultivated", "forest", "grass"]


# ---- 2: geographic raster; block sizes -------------------------------------------------------------------
def test_geographic_raster_is_validated_like_its_utm_twin(points, tmp_path, capsys):
    from osgeo import gdal, ogr

    geo = str(tmp_path / "s2_4326.tif")
    gdal.Warp(geo, S2, dstSRS="EPSG:4326")
    gpkg = write_points(tmp_path / "p.gpkg", points, ogr.OFTInteger)
    n = {}
    for name, raster in (("utm", S2), ("geo", geo)):
        rc, out, err = cli(capsys, "classify", "--input", raster, "--training", gpkg, "--class-field", "cid",
                           "--output", tmp_path / f"{name}.tif")
        assert rc == 0 and "too few samples" not in err and "OVERALL_ACCURACY" in out, err
        n[name] = int(re.search(r"Validation \((\d+) pixels\)", err).group(1))
    assert n["utm"] > 20 and 0.6 * n["utm"] <= n["geo"] <= 1.6 * n["utm"], n


def test_auto_block_size_floor_and_ground_centroids():
    from eolatent.core.classify.split import auto_block_size, ground_centroids

    deg = np.array([[14.55, 45.85], [14.56, 45.86], [14.57, 45.858]])
    assert auto_block_size(deg) == 1.0                      # the old floor: one block of 1°
    assert auto_block_size(deg, least=1e-4) == pytest.approx(0.01 / 5)
    g = ground_centroids(deg, True)
    assert g[:, 1].tolist() == deg[:, 1].tolist()
    assert g[:, 0] == pytest.approx(deg[:, 0] * np.cos(np.radians(deg[:, 1].mean())))
    assert ground_centroids(deg, False).tolist() == deg.tolist()


def test_block_size_holding_every_sample_is_named(points, tmp_path, capsys):
    from osgeo import ogr

    gpkg = write_points(tmp_path / "p.gpkg", points, ogr.OFTInteger)
    rc, out, err = cli(capsys, "classify", "--input", S2, "--training", gpkg, "--class-field", "cid",
                       "--block-size", "1000000", "--output", tmp_path / "m.tif")
    assert rc == 0, err
    assert f"the spatial block size 1e+06 (in the raster's CRS units) puts all {len(points)} samples in one " \
           "block" in err
    assert "too few samples" not in err and "OVERALL_ACCURACY" not in out


@pytest.mark.parametrize("flag, value, message", [
    ("--block-size", "nan", "--block-size nan: give at least 0.0"),
    ("--block-size", "inf", "--block-size inf: give at least 0.0"),
    ("--validation-fraction", "nan", "--validation-fraction nan: give 0.0 … 0.9"),
])
def test_non_finite_options_are_refused(points, tmp_path, capsys, flag, value, message):
    from osgeo import ogr

    gpkg = write_points(tmp_path / "p.gpkg", points, ogr.OFTInteger)
    rc, out, err = cli(capsys, "classify", "--input", S2, "--training", gpkg, "--class-field", "cid", flag, value,
                       "--output", tmp_path / "m.tif")
    assert rc == 2 and message in err and "cannot convert" not in err, err


def test_core_refuses_non_finite_split_options(points, tmp_path):
    from eolatent.core.classify.samples import Samples
    from eolatent.core.classify.train import ClassifierError, train_classifier

    samples = Samples([dict(type="Point", coordinates=[x, y]) for x, y, _ in points], [c for *_, c in points])
    classes = [dict(value=c, name=str(c), color="#000000") for c in (1, 2, 3, 8)]
    with pytest.raises(ClassifierError, match="validation fraction nan: give a number from 0 to 0.9"):
        train_classifier(S2, samples, classes, str(tmp_path / "c.onnx"), validation_fraction=float("nan"))
    with pytest.raises(ClassifierError, match="block size inf of the validation split"):
        train_classifier(S2, samples, classes, str(tmp_path / "c.onnx"), block_size=float("inf"))


# ---- 3: another scale in apply mode ----------------------------------------------------------------------
def test_apply_mode_warns_about_another_scale(points, tmp_path, capsys):
    from osgeo import ogr

    gpkg = write_points(tmp_path / "p.gpkg", points, ogr.OFTInteger)
    model = tmp_path / "c.onnx"
    rc, out, err = cli(capsys, "classify", "--input", S2, "--training", gpkg, "--class-field", "cid",
                       "--output", tmp_path / "m.tif", "--output-model", model)
    assert rc == 0 and "another scale" not in err, err
    with rasterio.open(S2) as ds:
        profile, data, names = ds.profile, ds.read(), ds.descriptions
    profile.update(dtype="uint16", nodata=0)
    scaled = str(tmp_path / "u16.tif")
    with rasterio.open(scaled, "w", **profile) as ds:
        ds.write(np.round(data * 10000).astype("uint16"))
        for i, n in enumerate(names):
            ds.set_band_description(i + 1, n)
    rc, out, err = cli(capsys, "classify", "--input", scaled, "--model", model, "--output", tmp_path / "a.tif")
    assert rc == 0, err
    assert "warning: 13 of 13 features of this input differ in scale from the classifier's training data by more " \
           "than a factor 10 (B01: training 0.1" in err and "reflectance 0–1 vs ×10000" in err
    rc, out, err = cli(capsys, "classify", "--input", S2, "--model", model, "--output", tmp_path / "b.tif")
    assert rc == 0 and "differ in scale" not in err, err


def test_scale_message_values():
    from eolatent.core.classify.value_range import feature_range, scale_message

    X = np.stack([np.linspace(0.0, 0.3, 101), np.linspace(-1.0, 1.0, 101)], 1)
    rec = feature_range(X)
    assert rec["low"] == pytest.approx([0.006, -0.96]) and rec["high"] == pytest.approx([0.294, 0.96])
    spec = dict(kind="raw", bands=["B04", "B08"])
    assert scale_message(rec, feature_range(X * [1, 1.5]), spec) == ""
    assert scale_message(rec, feature_range(X * [10000, 1]), spec) != ""       # one of two: at least half
    assert scale_message(rec, feature_range(X * [1, 0.05]), spec) != ""
    assert scale_message(rec, feature_range(X * [2, 5]), spec) == ""
    assert scale_message(None, feature_range(X * 10000), spec) == ""           # a card from before the record


# ---- 5: south-up raster ----------------------------------------------------------------------------------
def test_south_up_raster_overlaps_its_samples(points, tmp_path, capsys):
    from osgeo import ogr
    from rasterio.transform import Affine

    from eolatent.core.classify.samples import _intersects

    assert _intersects(np.array([[5.0, 5.0, 6.0, 6.0]]), (0.0, 10.0, 10.0, 0.0)).tolist() == [True]
    with rasterio.open(S2) as ds:
        profile, data, names, t = ds.profile, ds.read(), ds.descriptions, ds.transform
    profile.update(transform=Affine(t.a, t.b, t.c, t.d, -t.e, t.f + t.e * ds.height))
    south = str(tmp_path / "south.tif")
    with rasterio.open(south, "w", **profile) as ds:
        ds.write(data[:, ::-1])
        for i, n in enumerate(names):
            ds.set_band_description(i + 1, n)
    gpkg = write_points(tmp_path / "p.gpkg", points, ogr.OFTInteger)
    for raster, out_name in ((S2, "n.tif"), (south, "s.tif")):
        rc, out, err = cli(capsys, "classify", "--input", raster, "--training", gpkg, "--class-field", "cid",
                           "--output", tmp_path / out_name)
        assert rc == 0, err
    with rasterio.open(tmp_path / "n.tif") as a, rasterio.open(tmp_path / "s.tif") as b:
        assert np.array_equal(a.read(1), b.read(1)[::-1])


# ---- 7: LDA with too few pixels --------------------------------------------------------------------------
def test_lda_with_too_few_pixels_names_the_counts():
    from eolatent.core.classify.train import ClassifierError, fit_classifier

    X, y = np.array([[0.1, 0.2], [0.3, 0.1], [0.2, 0.5]], np.float32), np.array([1, 2, 8])
    with pytest.raises(ClassifierError, match=r"lda needs more training pixels than classes, and has 3 pixel\(s\) "
                                              r"for 3 classes; add labels"):
        fit_classifier("lda", X, y, np.arange(3), 10, 0, 1, lambda m: None)


# ---- 8: features without geometry ------------------------------------------------------------------------
def test_layers_without_geometries(points, tmp_path, capsys):
    from osgeo import ogr

    from eolatent.core.classify.vector_file import VectorFileError, read_vector

    csv = tmp_path / "xy.csv"
    with open(csv, "w") as fh:
        fh.write("x,y,cid\n" + "".join(f"{x},{y},{c}\n" for x, y, c in points))
    with pytest.raises(VectorFileError, match=r"the training layer of xy.csv holds no geometry \(101 feature\(s\) "
                                              r"without one; a CSV with x / y columns"):
        read_vector(str(csv), "cid", "")
    gpkg = write_points(tmp_path / "p.gpkg", points, ogr.OFTInteger, null_geometry=2)
    rc, out, err = cli(capsys, "classify", "--input", S2, "--training", gpkg, "--class-field", "cid",
                       "--output", tmp_path / "m.tif")
    assert rc == 0 and "2 feature(s) without a geometry (empty or NULL) were skipped" in err, err


# ---- 9: clusters left empty ------------------------------------------------------------------------------
def test_cluster_reports_the_clusters_in_the_map(tmp_path, capsys):
    const = CF.write_raster(tmp_path / "const.tif", np.full((3, 40, 40), 0.25, np.float32))
    rc, out, err = cli(capsys, "cluster", "--input", const, "--k", "3", "--output", tmp_path / "c.tif")
    assert rc == 0, err
    assert out["K_CHOSEN"] == "1" and "k-means found 1 distinct cluster(s) of the 3 asked for" in err
    with rasterio.open(tmp_path / "c.tif") as ds:
        assert ds.tags()["K"] == "1" and np.unique(ds.read(1)).tolist() == [1]
