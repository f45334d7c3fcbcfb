# SPDX-License-Identifier: GPL-3.0-or-later
"""core/textquery/input_report.py: the coverage lines of a text query, known answers — a stack of fewer than three
dates says so once (the 'fewer than 3 valid dates' line was skipped there, though every pixel rests on so few)."""
import numpy as np

from eolatent.core.textquery.input_report import FEW, coverage_lines


def test_coverage_lines_known_answers():
    count = np.array([12, 12, 2, 0, 5], np.uint16)
    lines = coverage_lines(count, 12, "s2")
    assert lines == [
        "valid date(s) per pixel (clear, not nodata), out of 12: median 8, min 2, max 12 over the 4 pixel(s) with any",
        "1 of 5 pixel(s) (20.0 %) have no valid date: NaN in the map",
        "1 of 5 pixel(s) (20.0 %) rest on fewer than 3 valid date(s): their probabilities come from little data (the "
        "quality output counts them per pixel)"]
    assert FEW == 3


def test_a_stack_of_fewer_than_three_dates_says_so_once():
    lines = coverage_lines(np.array([1, 1, 0], np.uint16), 1, "s2")
    assert lines[-1] == ("the input holds 1 date(s) only: every probability rests on fewer than 3 dates (the "
                         "text-query models learnt from series of several months)")
    assert not any("rest on fewer" in ln for ln in lines) and len(lines) == 3
    months = coverage_lines(np.array([2, 2], np.uint16), 2, "months")
    assert months[-1].startswith("the latent covers 2 month(s) only")
    assert coverage_lines(np.array([2, 1], np.uint16), None, "latent_dates")[-1].startswith("clear Sentinel-2 date(s)")


def test_dates_without_valid_pixels_are_named():
    """Belgium's December and January (all nodata) showed only as 'median 10, out of 12'; the dates are named now,
    from the per-date counts the image side keeps in its cache entry (so a cache hit says it too)."""
    from datetime import datetime
    from types import SimpleNamespace

    from eolatent.core.textquery.input_report import date_lines

    src = SimpleNamespace(dates=[datetime(2021, m, 1) for m in (1, 2, 3, 4)])
    meta = {"valid_per_date": [0, 100, 30, 0]}
    assert date_lines("s2", src, meta, 100) == [
        "no valid pixel on 2 of 4 date(s): 2021-01-01, 2021-04-01 (nodata, NaN or cloud everywhere)",
        "fewer than half the pixels valid on 1 date(s): 2021-03-01 (30 %) (the others nodata, NaN or cloud)"]
    assert date_lines("s2", src, {}, 100) == []                     # cached before the counts were kept
    assert date_lines("latent", src, meta, 100) == []


def test_unrecognised_bands_are_named(tmp_path):
    """QA60, NDVI or S1_VV bands in a stack were skipped without a word (QA60's clouds then not masked)."""
    from datetime import datetime
    from types import SimpleNamespace

    import rasterio
    from rasterio.transform import from_origin

    from eolatent.core.textquery.input_report import input_lines

    path = str(tmp_path / "s.tif")
    names = ["Red 2021-05-01", "B08 2021-05-01", "SCL 2021-05-01", "NDVI 2021-05-01", "QA60 2021-05-01",
             "VV_dB 2021-05-01", "incidence_angle 2021-05-01", "Sigma0_VH 2021-05-01"]
    with rasterio.open(path, "w", driver="GTiff", width=2, height=2, count=len(names), dtype="float32",
                       crs="EPSG:32633", transform=from_origin(0, 20, 10, 10)) as ds:
        ds.descriptions = names
        ds.update_tags(1, BAND_NAME="B04")          # read as B04 by the Sentinel-2 reader: not "not read"
    from eolatent.core.inputs.sentinel2.source import S2Source

    src = SimpleNamespace(band_names=("B04", "B08"), dates=[datetime(2021, 5, 1)],
                          cloud_mask_source=lambda i: "input mask")
    src.clouds_line = lambda dates=None: S2Source.clouds_line(src, dates)
    lines = input_lines(src, SimpleNamespace(s2_bands=("B04", "B08")), path)
    said = [ln for ln in lines if "not recognised" in ln]
    assert said == ["band(s) not recognised, not read: NDVI, QA60 (Sentinel-2 bands are named B01 … B12, cloud masks "
                    "VALID, CLOUD, CLM or SCL); QA60 (Earth Engine's cloud bits) is not used as a cloud mask: export "
                    "the mask as a band named CLOUD (nonzero = cloud)"]
    assert "clouds and shadows: input mask (1 date(s))" in lines
    assert any(ln.startswith("Sentinel-1 bands VV_DB, INCIDENCE_ANGLE, SIGMA0_VH in the input are not used") for ln in lines)
