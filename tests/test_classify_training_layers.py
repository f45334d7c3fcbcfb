# SPDX-License-Identifier: GPL-3.0-or-later
"""Training layers as users bring them, on the real Slovenia 13-band Sentinel-2 raster (10 m pixels, UTM 33N):
overlapping polygons of different classes are counted and named in the log (the last one in the layer wins),
zipped Shapefiles are read (the single vector file inside, or the one named), and geometry collections are read
as the MultiPoint / MultiPolygon they amount to, those holding lines refused."""
import os
import zipfile

import pytest
import rasterio

import classify_fixtures as CF
from eolatent.cli import main

S2 = os.path.join(CF.SLOVENIA, "S2L1C_TOA_13band_2015-07-11.tif")
with rasterio.open(S2) as _ds:
    X0, Y0 = _ds.transform.c, _ds.transform.f          # the raster's upper-left corner
    XRES, YRES = _ds.transform.a, -_ds.transform.e       # 9.99 m × 10 m


def box(col0, row0, col1, row1):
    """WKT polygon covering the pixels [row0, row1) × [col0, col1) by their centres, with a quarter-pixel margin."""
    x0, x1 = X0 + (col0 + 0.25) * XRES, X0 + (col1 - 0.25) * XRES
    y0, y1 = Y0 - (row0 + 0.25) * YRES, Y0 - (row1 - 0.25) * YRES
    return f"POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


def write_layer(path, rows, geom_type, driver="GPKG"):
    """A layer with one text class field ``cls``; ``rows`` are (WKT, class)."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    ds = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    lyr = ds.CreateLayer("samples", srs, geom_type)
    lyr.CreateField(ogr.FieldDefn("cls", ogr.OFTString))
    for wkt, value in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        f.SetField("cls", value)
        lyr.CreateFeature(f)
    ds = None
    return str(path)


def cli(capsys, *args):
    rc = main([str(a) for a in args] + ["--provider", "cpu", "--threads", "1", "--n-trees", "10"])
    out, err = capsys.readouterr()
    return rc, err


# four blocks apart, then two that overlap: 'forest' over pixels 40..50 × 40..50, 'meadow' over 45..55 × 45..55
# (25 pixels in common, 'meadow' last), and a second 'forest' block over 40..44 × 40..44 (16 pixels, same class)
BLOCKS = [(box(0, 0, 10, 10), "forest"), (box(80, 0, 90, 10), "meadow"), (box(0, 80, 10, 90), "forest"),
          (box(80, 80, 90, 90), "meadow"), (box(40, 40, 50, 50), "forest"), (box(45, 45, 55, 55), "meadow"),
          (box(40, 40, 44, 44), "forest")]


def test_overlapping_polygons_of_different_classes_are_counted(tmp_path, capsys):
    from osgeo import ogr

    from eolatent.core.classify.features import FeatureSource
    from eolatent.core.classify.samples import SampleError, Samples, labelled_pixels

    samples = Samples([w for w, _ in BLOCKS], [1 if c == "forest" else 2 for _, c in BLOCKS])
    with FeatureSource(S2) as src:
        data = labelled_pixels(src, samples)
    assert data.overlap_pixels == 25 and data.overlap_codes == (1, 2)
    # the later polygon wins: the 25 shared pixels are 'meadow'
    shared = (data.rows >= 45) & (data.rows < 50) & (data.cols >= 45) & (data.cols < 50)
    assert shared.sum() == 25 and set(data.codes[shared]) == {2}
    # overlaps within one class are not counted
    same = Samples([w for w, _ in BLOCKS[:5]] + [BLOCKS[6][0]], [1, 2, 1, 2, 1, 1])
    with FeatureSource(S2) as src:
        assert labelled_pixels(src, same).overlap_pixels == 0
    # A (forest) under B (meadow) under C (forest) covering B wholly: B's 16 pixels are a clash though the first and
    # last polygons agree; with no other meadow, the one-class error says where the meadow went
    aba = [box(0, 0, 10, 10), box(2, 2, 6, 6), box(1, 1, 8, 8)]
    with FeatureSource(S2) as src:
        data = labelled_pixels(src, Samples(aba + [box(80, 80, 90, 90)], [1, 2, 1, 2]))
        assert data.overlap_pixels == 16 and data.overlap_codes == (1, 2)
        with pytest.raises(SampleError, match=r"hold only one class \(forest\): the polygons of meadow lie wholly "
                                              r"under later polygons of another class"):
            labelled_pixels(src, Samples(aba, [1, 2, 1]), {1: "forest", 2: "meadow"})
    gpkg = write_layer(tmp_path / "overlap.gpkg", BLOCKS, ogr.wkbPolygon)
    rc, err = cli(capsys, "classify", "--input", S2, "--training", gpkg, "--class-field", "cls",
                  "--output", tmp_path / "m.tif", "--validation-fraction", 0)
    assert rc == 0, err
    assert ("25 labelled pixel(s) lie under overlapping polygons of different classes (forest, meadow); each took "
            "the class of the polygon that comes last in the layer") in err


def test_zipped_shapefile_is_read(tmp_path, capsys):
    from osgeo import ogr

    from eolatent.core.classify.vector_file import VectorFileError, read_vector

    folder = tmp_path / "shp"
    folder.mkdir()
    write_layer(folder / "samples.shp", BLOCKS[:4], ogr.wkbPolygon, "ESRI Shapefile")
    parts = sorted(p for p in os.listdir(folder))
    assert {os.path.splitext(p)[1] for p in parts} >= {".shp", ".shx", ".dbf", ".prj"}
    flat, nested, two = tmp_path / "flat.zip", tmp_path / "nested.zip", tmp_path / "two.zip"
    for archive, prefixes in ((flat, [""]), (nested, ["export/"]), (two, ["a/", "b/"])):
        with zipfile.ZipFile(archive, "w") as z:
            for prefix in prefixes:
                for p in parts:
                    z.write(folder / p, prefix + p)
    with zipfile.ZipFile(nested, "a") as z:      # as the macOS Finder zips: resource forks beside, and a side file
        for p in parts:
            z.writestr("__MACOSX/export/._" + p, b"\x00\x05\x16\x07")
        z.writestr("export/._samples.shp", b"\x00\x05\x16\x07")
        z.writestr("export/metadata.json", b'{"source": "field campaign"}')
    direct = read_vector(str(folder / "samples.shp"), "cls", "")
    for archive in (flat, nested):
        got = read_vector(str(archive), "cls", "")
        assert got.values == direct.values == ["forest", "meadow", "forest", "meadow"]
        assert got.geometries == direct.geometries
    with pytest.raises(VectorFileError, match=r"two.zip holds 2 vector files \(a/samples.shp, b/samples.shp\); name "
                                              r"one, e.g. '/vsizip/.*two.zip/a/samples.shp'"):
        read_vector(str(two), "cls", "")
    assert read_vector(f"/vsizip/{two}/b/samples.shp", "cls", "").values == direct.values
    rc, err = cli(capsys, "classify", "--input", S2, "--training", nested, "--class-field", "cls",
                  "--output", tmp_path / "m.tif", "--validation-fraction", 0)
    assert rc == 0, err
    with rasterio.open(tmp_path / "m.tif") as ds:
        assert ds.read(1)[2:8, 2:8].min() >= 1    # the forest block is classified
    not_vector = tmp_path / "rasters.zip"
    with zipfile.ZipFile(not_vector, "w") as z:
        z.write(S2, "s2.tif")
    with pytest.raises(VectorFileError, match="rasters.zip is not a vector file GDAL can read"):
        read_vector(str(not_vector), "cls", "")


def test_geometry_collections(tmp_path):
    from osgeo import ogr

    from eolatent.core.classify.vector_file import VectorFileError, read_vector

    polys = f"GEOMETRYCOLLECTION ({box(0, 0, 10, 10)}, {box(20, 0, 30, 10)})"
    pts = f"GEOMETRYCOLLECTION (POINT ({X0 + 5 * XRES} {Y0 - 5 * YRES}), POINT ({X0 + 7 * XRES} {Y0 - 5 * YRES}))"
    gpkg = write_layer(tmp_path / "gc.gpkg", [(polys, "forest"), (pts, "meadow")], ogr.wkbGeometryCollection)
    got = read_vector(gpkg, "cls", "")
    assert [g["type"] for g in got.geometries] == ["MultiPolygon", "MultiPoint"]
    assert len(got.geometries[0]["coordinates"]) == 2 and len(got.geometries[1]["coordinates"]) == 2
    # nested collections and multi-parts are opened (GDAL's ForceToMultiPoint left POINT + MULTIPOINT a collection)
    nested = f"GEOMETRYCOLLECTION (GEOMETRYCOLLECTION ({box(0, 0, 10, 10)}), MULTIPOLYGON ({box(20, 0, 30, 10)[7:]}))"
    pts2 = (f"GEOMETRYCOLLECTION (POINT ({X0 + 5 * XRES} {Y0 - 5 * YRES}), MULTIPOINT (({X0 + 7 * XRES} "
            f"{Y0 - 5 * YRES}), ({X0 + 9 * XRES} {Y0 - 5 * YRES})))")
    got = read_vector(write_layer(tmp_path / "nested.gpkg", [(nested, "forest"), (pts2, "meadow")],
                                  ogr.wkbGeometryCollection), "cls", "")
    assert [g["type"] for g in got.geometries] == ["MultiPolygon", "MultiPoint"]
    assert len(got.geometries[0]["coordinates"]) == 2 and len(got.geometries[1]["coordinates"]) == 3
    line = f"GEOMETRYCOLLECTION ({box(0, 0, 10, 10)}, LINESTRING ({X0} {Y0}, {X0 + 100} {Y0 - 100}))"
    bad = write_layer(tmp_path / "line.gpkg", [(polys, "forest"), (line, "meadow")], ogr.wkbGeometryCollection)
    with pytest.raises(VectorFileError, match=r"feature 2 is a geometry collection holding lines"):
        read_vector(bad, "cls", "")
    mixed = f"GEOMETRYCOLLECTION ({box(0, 0, 10, 10)}, POINT ({X0 + 5 * XRES} {Y0 - 5 * YRES}))"
    bad = write_layer(tmp_path / "mixed.gpkg", [(mixed, "forest")], ogr.wkbGeometryCollection)
    with pytest.raises(VectorFileError, match=r"feature 1 of the training layer of mixed.gpkg is a geometry "
                                              r"collection of points and polygons together"):
        read_vector(bad, "cls", "")


def test_a_measurement_field_is_not_taken_for_classes(tmp_path, capsys):
    """A polygon's area as CLASS_FIELD gave 48 "classes" for 48 polygons, trained and mapped without a word."""
    from osgeo import ogr

    from eolatent.core.classify.classes import not_a_class_field

    cells = [(c, r) for r in range(0, 90, 15) for c in range(0, 90, 15)]
    rows = [(box(c, r, c + 4, r + 4), f"{157.85 + 3.71 * i:.4f}") for i, (c, r) in enumerate(cells)]
    gpkg = write_layer(tmp_path / "areas.gpkg", rows, ogr.wkbPolygon)
    rc, err = cli(capsys, "classify", "--input", S2, "--training", gpkg, "--class-field", "cls",
                  "--output", tmp_path / "m.tif")
    assert rc == 2 and "the class field cls holds 36 different values for 36 features" in err
    assert not (tmp_path / "m.tif").exists()
    assert not_a_class_field(["forest", "meadow"] * 30, "cls") == ""
    assert not_a_class_field([str(i) for i in range(20)], "cls") == ""        # 20 classes of one feature: allowed
