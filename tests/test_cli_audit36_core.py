# SPDX-License-Identifier: GPL-3.0-or-later
"""Audit 36 of the command line, the core half: the messages and log lines behind the command line's findings (an
empty period named by the stacks' dates, the advice for a stack with an incomplete date, the padding warning of
the chunk encoders, a GeoPackage layer with GDAL's "undefined" CRS, the thin-series line of a monthly latent)."""
import datetime as dt
import sqlite3
from types import SimpleNamespace

import numpy as np
import pytest

DAYS = [dt.date(2015, 7, 11), dt.date(2015, 8, 20), dt.date(2015, 9, 9)]


def _stack(days=DAYS):
    return SimpleNamespace(dates=list(days), grid=SimpleNamespace(crs="EPSG:32633"))


# ---- M2: a period with no acquisition, with only one of its dates given -------------------------------------
def test_a_start_after_the_last_acquisition_names_the_stacks_period_not_an_inverted_period():
    from eolatent.core.encode.common import EncodeInputError, grid_and_period

    with pytest.raises(EncodeInputError) as exc:
        grid_and_period(_stack(), None, "2016-01-01", None)
    msg = str(exc.value)
    assert "is before the start date" not in msg
    assert msg == ("no acquisition from the start date 2016-01-01 on: the stacks' dates run from 2015-07-11 to "
                   "2015-09-09; give a start date on or before 2015-09-09, or leave it out")


def test_an_end_before_the_first_acquisition_names_the_stacks_period():
    from eolatent.core.encode.common import EncodeInputError, grid_and_period

    with pytest.raises(EncodeInputError) as exc:
        grid_and_period(_stack(), None, None, "2015-01-01")
    assert str(exc.value) == ("no acquisition up to the end date 2015-01-01: the stacks' dates run from 2015-07-11 to "
                              "2015-09-09; give an end date on or after 2015-07-11, or leave it out")


def test_both_dates_given_inverted_is_still_an_inverted_period_and_a_period_beside_the_dates_names_them():
    from eolatent.core.encode.common import EncodeInputError, grid_and_period, no_acquisition_message

    with pytest.raises(EncodeInputError, match="the end date 2016-01-01 is before the start date 2016-03-01"):
        grid_and_period(_stack(), None, "2016-03-01", "2016-01-01")
    assert no_acquisition_message(dt.date(2016, 1, 1), dt.date(2016, 3, 1), "2016-01-01", "2016-03-01", DAYS) == (
        "no acquisition between 2016-01-01 and 2016-03-01 (the stacks' dates run from 2015-07-11 to 2015-09-09); "
        "widen the period or check the stacks' dates")
    grid, d0, d1 = grid_and_period(_stack(), None, "2015-08-01", None)          # a period with dates: unchanged
    assert (d0, d1) == (dt.date(2015, 8, 1), dt.date(2015, 9, 9))


# ---- M3: a stack with one date lacking a band ----------------------------------------------------------------
class _Src:
    def __init__(self, short):
        self.path = "/data/stack.tif"
        self.dates = [dt.datetime(2015, 7, 11), dt.datetime(2015, 7, 31), dt.datetime(2015, 8, 20),
                      dt.datetime(2015, 9, 9)]
        self.band_names = ["B02"]          # the bands every date has
        self.short = short

    def available_bands(self, i):
        return ["B02"] if i in self.short else ["B02", "B12"]


TOWER = SimpleNamespace(s2_bands=("B02", "B12"), id="eolatent.textquery.s2_multiregion")


def test_dates_lacking_a_band_at_the_end_get_a_period_buildstack_takes():
    from eolatent.core.textquery.input_report import lacking_bands_message

    msg = lacking_bands_message(_Src({3}), TOWER)
    assert "S2_DATES" not in msg
    assert msg.endswith("2015-09-09 lacks B12; the other dates have them; build the stack again with "
                        "eolatent:buildstack START_DATE=2015-07-11 END_DATE=2015-08-20, which leaves them out, or "
                        "encode it with eolatent:encode MODEL=presto (it masks missing bands) and query that latent")
    first = lacking_bands_message(_Src({0}), TOWER)
    assert "START_DATE=2015-07-31 END_DATE=2015-09-09" in first


def test_dates_lacking_a_band_in_the_middle_are_to_be_moved_out_of_the_folder():
    from eolatent.core.textquery.input_report import lacking_bands_message

    msg = lacking_bands_message(_Src({1}), TOWER)
    assert "S2_DATES" not in msg and "START_DATE" not in msg
    assert msg.endswith("build the stack again with eolatent:buildstack after moving the files of those dates out "
                        "of the Sentinel-2 folder, or encode it with eolatent:encode MODEL=presto (it masks missing "
                        "bands) and query that latent")


def test_the_start_end_advice_goes_by_date_not_band_position():
    """A stack whose bands are not in date order: the last date by position lies between the others in time, so a
    START / END period would keep it; the files are to be moved instead (the review)."""
    from datetime import date

    from eolatent.core.textquery.input_report import _without_dates_fix

    dates = [date(2015, 7, 11), date(2015, 9, 9), date(2015, 7, 31)]        # position 2 is the middle date
    assert "moving the files" in _without_dates_fix(dates, [2])
    assert "START_DATE=2015-07-11 END_DATE=2015-07-31" in _without_dates_fix(dates, [1])   # 09-09: the last by date


# ---- M4: chunks that are mostly padding ----------------------------------------------------------------------
def _grid(width, height):
    from rasterio.crs import CRS
    from rasterio.transform import from_origin

    from eolatent.core.inputs.sentinel2 import Grid

    return Grid(CRS.from_epsg(32633), from_origin(500000, 5e6, 10, 10), width, height)


def test_a_stack_just_over_a_chunk_is_told_to_be_cropped_to_a_multiple_of_it():
    from eolatent.core.encode.raster import grid_warnings

    (line,) = grid_warnings(_grid(101, 102), 100, "eolatent.encoder.seed100")
    assert "give a stack at least" not in line
    assert line == ("the stack (101 × 102 px) fills 26 % of the encoder's 4 chunk(s) of 100 × 100 px: its width or "
                    "height is not a multiple of 100 px, so the chunks along its edges are mostly padding, and a chunk "
                    "that is mostly padding gets a latent close to the prior; crop the stacks to 100 × 100 px, a "
                    "multiple of 100 (e.g. gdal_translate -srcwin 0 0 100 100 stack.tif stack_cropped.tif); or use a "
                    "model with smaller chunks (fine4, presto)")


def test_the_padding_warning_never_suggests_the_model_in_use():
    from eolatent.core.encode.raster import grid_warnings

    (five,) = grid_warnings(_grid(5, 5), 4, "eolatent.encoder.fine4")
    assert "crop the stacks to 4 × 4 px, a multiple of 4" in five
    assert five.endswith("; or use a model with smaller chunks (presto)")
    (one,) = grid_warnings(_grid(1, 1), 4, "eolatent.encoder.fine4")
    assert "fine4," not in one and "(fine4" not in one
    assert one == ("the stack (1 × 1 px) fills 6 % of the encoder's 1 chunk(s) of 4 × 4 px: it is smaller than one "
                   "chunk, so its chunks are mostly padding, and a chunk that is mostly padding gets a latent close to "
                   "the prior; give a stack at least 4 × 4 px; or use a model with smaller chunks (presto)")
    (thin,) = grid_warnings(_grid(300, 20), 100, "eolatent.encoder.seed100")   # too narrow to crop: made larger
    assert "it is smaller than one chunk" in thin and "give a stack at least 100 × 100 px" in thin


# ---- L5: a GeoPackage layer whose CRS is GDAL's "undefined" placeholder --------------------------------------
UTM31 = 'PROJCS["WGS 84 / UTM zone 31N",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],' \
        'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],' \
        'PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",3],PARAMETER["scale_factor",0.9996],' \
        'PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1],AUTHORITY["EPSG","32631"]]'


def _gpkg_without_crs(path, srs_id):
    from osgeo import ogr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("ref", None, ogr.wkbPoint)
    feat = ogr.Feature(layer.GetLayerDefn())
    feat.SetGeometry(ogr.CreateGeometryFromWkt("POINT (664205 5611815)"))
    layer.CreateFeature(feat)
    ds = None
    if srs_id != 0:
        with sqlite3.connect(str(path)) as db:
            db.execute("UPDATE gpkg_geometry_columns SET srs_id = ?", (srs_id,))
            db.execute("UPDATE gpkg_contents SET srs_id = ?", (srs_id,))
    return str(path)


@pytest.mark.parametrize("srs_id, name", [(0, "Undefined geographic SRS"), (-1, "Undefined Cartesian SRS")])
def test_a_geopackage_layer_with_an_undefined_crs_is_taken_in_the_rasters_crs(tmp_path, srs_id, name):
    from osgeo import ogr

    from eolatent.core.classify.vector_file import read_vector, undefined_srs

    path = _gpkg_without_crs(tmp_path / "nocrs.gpkg", srs_id)
    ds = ogr.Open(path)          # kept while its layer is used (GDAL's bindings crash otherwise)
    srs = ds.GetLayer(0).GetSpatialRef()
    assert srs is not None and srs.GetName().lower() == name.lower() and undefined_srs(srs)
    ds = None
    got = read_vector(path, None, UTM31, "reference")
    assert got.crs_note == ("the reference file has no CRS: its coordinates are taken to be in the raster's CRS "
                            "(EPSG:32631)")
    assert got.geometries == [{"type": "Point", "coordinates": [664205.0, 5611815.0]}]


def test_a_defined_crs_is_not_undefined():
    from osgeo import osr

    from eolatent.core.classify.vector_file import undefined_srs

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32631)
    assert not undefined_srs(srs) and undefined_srs(None)


# ---- L9: a latent whose windows span months ------------------------------------------------------------------
def test_one_twelve_month_window_is_not_a_thin_series():
    from eolatent.core.textquery.input_report import coverage_lines, months_covered

    windows = [SimpleNamespace(start=dt.date(2020, 1, 1), end=dt.date(2020, 12, 31))]
    assert months_covered(windows) == 12
    count = np.ones(100, np.uint16)
    lines = coverage_lines(count, 1, "latent", span_months=12)
    assert not any("window(s) only" in line or "fewer than" in line for line in lines)
    assert lines == ["valid latent window(s) per pixel (clear, not nodata), out of 1: median 1, min 1, max 1 over the "
                     "100 pixel(s) with any"]
    # a monthly latent spanning two months is thin, said in months
    short = coverage_lines(count, 1, "latent", span_months=2)
    assert short[-1] == ("the latent covers 2 month(s) only: every probability rests on fewer than 3 months (the "
                         "text-query models learnt from series of several months)")
    # fine4's windows (no span): one window is still thin
    assert "the latent holds 1 window(s) only" in coverage_lines(count, 1, "latent")[-1]


def _geojson(path, features, crs=None):
    import json

    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": xy}}
        for xy, props in features]}
    if crs:
        doc["crs"] = {"type": "name", "properties": {"name": crs}}
    path.write_text(json.dumps(doc))
    return str(path)


def test_the_class_field_written_exactly_is_the_one_read_and_a_case_match_is_said(tmp_path):
    """The CLI audit: with fields "Name" (forest…) and "name" (2, 3…), --class-field name trained on "Name" (GDAL's
    GetFieldIndex ignores case and returns the first); a field found in another case was never said."""
    from eolatent.core.classify.vector_file import VectorFileError, read_vector

    path = _geojson(tmp_path / "two.geojson", [([664205, 5611815], {"Name": "forest", "name": 2}),
                                               ([664215, 5611825], {"Name": "water", "name": 3})], "EPSG:32631")
    got = read_vector(path, "name", UTM31)
    assert got.values == [2, 3] and got.field_note == ""
    assert read_vector(path, "Name", UTM31).values == ["forest", "water"]
    with pytest.raises(VectorFileError, match=r"has no field 'NAME' but 2 that differ from it in case only "
                                              r"\(Name, name\); give one of them as it is written"):
        read_vector(path, "NAME", UTM31)
    one = _geojson(tmp_path / "one.geojson", [([664205, 5611815], {"Class": "forest"})], "EPSG:32631")
    got = read_vector(one, "class", UTM31)
    assert got.values == ["forest"] and got.field_note == "class field 'class' read as 'Class' (the names differ " \
                                                          "in case only)"


def test_a_raster_without_crs_says_the_training_coordinates_are_taken_as_they_are(tmp_path):
    """The CLI audit: a raster without a CRS and training points in EPSG:3857 ended in "none of the 300 training
    features overlaps", the coordinates silently left as they were."""
    from eolatent.core.classify.vector_file import read_vector

    path = _geojson(tmp_path / "pts.geojson", [([1000.0, 2000.0], {"c": 1})], "EPSG:3857")
    got = read_vector(path, "c", "")
    assert got.geometries == [{"type": "Point", "coordinates": [1000.0, 2000.0]}]
    assert got.crs_note.startswith("the raster has no CRS: the training coordinates (EPSG:3857) are taken as they "
                                   "are, in the raster's coordinates; if they do not match, give the raster its CRS")


def test_a_geojson_of_metres_without_its_crs_is_told_how_geojson_is_read(tmp_path):
    from eolatent.core.classify.vector_file import VectorFileError, read_vector

    path = _geojson(tmp_path / "utm.geojson", [([664205, 5611815], {"c": 1})])      # metres, read as degrees
    with pytest.raises(VectorFileError, match=r"cannot be transformed to the raster's CRS .* \(a GeoJSON file is "
                                              r"read as longitude/latitude in degrees unless it names its CRS"):
        read_vector(path, "c", UTM31)
