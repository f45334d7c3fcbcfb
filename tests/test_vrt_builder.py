# SPDX-License-Identifier: GPL-3.0-or-later
"""core.outputs.vrt, the one VRT writer, and its two users (core.outputs.band_vrts, core.scaleout.assembly): the
VRTs GDAL reads back hold exactly the source pixels, NaN nodata, metadata, descriptions and units, with XML
special characters intact, through relative and absolute source paths."""
import os
import shutil

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from eolatent.core.outputs.band_vrts import write_date_vrts
from eolatent.core.outputs.vrt import SourceProperties, VrtBand, VrtSource, gdal_type, vrt_xml, write_vrt_file

W, H = 10, 6
GT = from_origin(500000, 5000000, 10, 10)
ODD = 'LAI & <fAPAR> "quoted" \'single\''  # every character XML escapes


def _tif(path, data, nodata=float("nan"), transform=GT):
    count, h, w = data.shape
    with rasterio.open(path, "w", driver="GTiff", width=w, height=h, count=count, dtype=data.dtype.name,
                       crs="EPSG:32633", transform=transform, nodata=nodata) as ds:
        ds.write(data)


def _reference():
    rng = np.random.default_rng(3)
    data = rng.normal(size=(2, H, W)).astype(np.float32)  # float32 values with all their bits
    data[0, 1, 2] = data[1, 4, 8] = np.nan
    return data


def _blocks(folder, ref):
    """Two block files: block A is rows 0-1 of the grid (a file of exactly that size), block B rows 2-5 of
    columns 3-9, read from a window at (3, 2) of a whole-grid file. Columns 0-2 of rows 2-5 are no block."""
    os.makedirs(folder, exist_ok=True)
    a, b = os.path.join(folder, "a.tif"), os.path.join(folder, "b.tif")
    _tif(a, ref[:, 0:2, :])
    _tif(b, ref)
    return a, b


def _mosaic_bands(a, b, relative, base=None):
    def name(f):
        return os.path.relpath(f, base) if relative else os.path.abspath(f)

    return [VrtBand("float32", [VrtSource(name(a), k, (0, 0, W, 2), (0, 0, W, 2), relative),
                                VrtSource(name(b), k, (3, 2, 7, 4), (3, 2, 7, 4), relative)],
                    description=f"{ODD} band {k}", nodata=float("nan"), units="m2/m2 & <x>",
                    tags={"NOTE": f"{ODD} {k}", "BAND": str(k)})
            for k in (1, 2)]


def _expected(ref):
    out = np.full_like(ref, np.nan)
    out[:, 0:2, :] = ref[:, 0:2, :]
    out[:, 2:6, 3:10] = ref[:, 2:6, 3:10]
    return out


def _check_mosaic(vrt, ref):
    with rasterio.open(vrt) as ds:
        assert (ds.width, ds.height, ds.count) == (W, H, 2)
        assert ds.transform == GT and ds.crs == rasterio.crs.CRS.from_epsg(32633)
        assert ds.dtypes == ("float32", "float32") and np.isnan(ds.nodata)
        got = ds.read()
        np.testing.assert_array_equal(got, _expected(ref))  # NaN where NaN, every other value bit-exact
        mask = ds.read_masks(1)
        assert mask[1, 2] == 0 and mask[3, 0] == 0 and mask[0, 0] == 255 and mask[3, 5] == 255
        assert ds.tags() == {"TITLE": ODD}
        assert ds.descriptions == (f"{ODD} band 1", f"{ODD} band 2")
        assert ds.units == ("m2/m2 & <x>", "m2/m2 & <x>")
        assert ds.tags(2) == {"NOTE": f"{ODD} 2", "BAND": "2"}
    from osgeo import gdal

    g = gdal.Open(vrt)
    band = g.GetRasterBand(1)
    assert np.isnan(band.GetNoDataValue()) and band.GetUnitType() == "m2/m2 & <x>"
    assert band.GetDescription() == f"{ODD} band 1" and band.GetMetadataItem("NOTE") == f"{ODD} 1"
    assert g.GetMetadataItem("TITLE") == ODD
    g = None


def test_mosaic_with_relative_sources_moves_with_its_folder(tmp_path):
    ref = _reference()
    a, b = _blocks(str(tmp_path / "run" / "blocks"), ref)
    vrt = str(tmp_path / "run" / "mosaic.vrt")
    write_vrt_file(vrt, W, H, rasterio.crs.CRS.from_epsg(32633).to_wkt(), GT.to_gdal(),
                   _mosaic_bands(a, b, True, base=str(tmp_path / "run")), tags={"TITLE": ODD})
    with open(vrt, encoding="utf-8") as fh:
        text = fh.read()
    assert 'relativeToVRT="1">blocks/a.tif<' in text and str(tmp_path) not in text
    os.rename(tmp_path / "run", tmp_path / "moved")
    _check_mosaic(str(tmp_path / "moved" / "mosaic.vrt"), ref)


def test_mosaic_with_absolute_sources_resolves_from_anywhere(tmp_path):
    ref = _reference()
    a, b = _blocks(str(tmp_path / "blocks"), ref)
    os.makedirs(tmp_path / "elsewhere")
    vrt = str(tmp_path / "elsewhere" / "mosaic.vrt")
    write_vrt_file(vrt, W, H, rasterio.crs.CRS.from_epsg(32633).to_wkt(), GT.to_gdal(),
                   _mosaic_bands(a, b, False), tags={"TITLE": ODD})
    assert 'relativeToVRT="0">' + os.path.abspath(a) in open(vrt, encoding="utf-8").read()
    os.makedirs(tmp_path / "other")
    shutil.move(vrt, tmp_path / "other" / "mosaic.vrt")  # the VRT alone moves: absolute sources still found
    _check_mosaic(str(tmp_path / "other" / "mosaic.vrt"), ref)


def test_one_band_of_a_multiband_file(tmp_path):
    data = np.arange(3 * H * W, dtype=np.float32).reshape(3, H, W) / 7
    data[1, 0, 0] = np.nan
    src = str(tmp_path / "stack.tif")
    _tif(src, data)
    os.makedirs(tmp_path / "one")
    whole = (0, 0, W, H)
    band = VrtBand("float32", [VrtSource("../stack.tif", 2, whole, whole, relative=True,
                                         properties=SourceProperties(W, H, "float32", W, 1))],
                   description=ODD, nodata=float("nan"), tags={"DATE": "2020-06-08"})
    text = vrt_xml(W, H, "", GT.to_gdal(), [band], tags={"DATE": "2020-06-08", "Q": ODD})
    assert "<SRS>" not in text  # no CRS given: none written
    with open(tmp_path / "one" / "b2.vrt", "w", encoding="utf-8") as fh:
        fh.write(text)
    with rasterio.open(str(tmp_path / "one" / "b2.vrt")) as ds:
        assert ds.count == 1 and ds.crs is None and ds.transform == GT
        np.testing.assert_array_equal(ds.read(1), data[1])
        assert np.isnan(ds.nodata) and ds.read_masks(1)[0, 0] == 0 and ds.read_masks(1)[0, 1] == 255
        assert ds.descriptions == (ODD,) and ds.tags(1) == {"DATE": "2020-06-08"}
        assert ds.tags() == {"DATE": "2020-06-08", "Q": ODD}


def test_write_date_vrts_nan_nodata_and_odd_description(tmp_path):
    data = _reference()
    path = str(tmp_path / "lai.tif")
    _tif(path, data)
    with rasterio.open(path, "r+") as ds:
        ds.set_band_description(1, ODD)
    vrts = write_date_vrts(path, ["2020-06-01", "2020-06-08"])
    for k, (v, day) in enumerate(zip(vrts, ["2020-06-01", "2020-06-08"])):
        with rasterio.open(v) as ds:
            np.testing.assert_array_equal(ds.read(1), data[k])
            assert np.isnan(ds.nodata) and ds.crs == rasterio.crs.CRS.from_epsg(32633) and ds.transform == GT
            assert ds.descriptions == ((ODD,) if k == 0 else (day,))
            assert ds.tags()["DATE"] == day and ds.tags(1) == {"DATE": day}


def test_assembly_write_vrt_mosaics_blocks(tmp_path):
    from eolatent.core.scaleout.assembly import write_vrt
    from eolatent.core.scaleout.plan import Plan

    ref = _reference()
    blocks = [dict(col=0, row=0, width=4, height=H), dict(col=4, row=0, width=6, height=H)]
    files = []
    for i, blk in enumerate(blocks):
        f = str(tmp_path / "t" / f"b{i}" / "lai.tif")
        os.makedirs(os.path.dirname(f))
        c = blk["col"]
        _tif(f, ref[:, :, c:c + blk["width"]], transform=GT * rasterio.Affine.translation(c, 0))
        with rasterio.open(f, "r+") as ds:
            ds.update_tags(SOURCE="view.tif", NOTE=ODD)
            ds.update_tags(1, STATISTICS_MEAN="0.5", KIND=ODD)
            ds.set_band_description(1, ODD)
            ds.units = ("m2/m2", "")
        files.append(f)
    plan = Plan(width=W, height=H, crs_wkt=rasterio.crs.CRS.from_epsg(32633).to_wkt(), transform=GT.to_gdal(),
                renames={"view.tif": "input.tif"})
    for relative in (True, False):
        vrt = str(tmp_path / f"out{int(relative)}.vrt")
        write_vrt(vrt, plan, blocks, files, {"EXTRA": "x<y"}, relative=relative)
        with rasterio.open(vrt) as ds:
            np.testing.assert_array_equal(ds.read(), ref)
            assert np.isnan(ds.nodata) and ds.transform == GT
            tags = ds.tags()
            assert tags["SOURCE"] == "input.tif" and tags["NOTE"] == ODD and tags["EXTRA"] == "x<y"
            assert ds.tags(1) == {"KIND": ODD}  # a block's statistics are not the mosaic's
            assert ds.descriptions == (ODD, None) and ds.units == ("m2/m2", None)
            # the colour interpretation of a GeoTIFF output (min-is-black: the first band gray), not Undefined
            assert [c.name for c in ds.colorinterp] == [c.name for c in rasterio.open(files[0]).colorinterp]
    # blocks with the runner's exact statistics: the mosaic's are pooled from them, equal to numpy's on the whole
    from eolatent.core.outputs.geotiff import statistics_tags

    for f, blk in zip(files, blocks):
        part = ref[:, :, blk["col"]:blk["col"] + blk["width"]]
        with rasterio.open(f, "r+") as ds:
            for b in range(2):
                v = part[b][np.isfinite(part[b])].astype(np.float64)
                ds.update_tags(b + 1, **statistics_tags(None if v.size == 0 else dict(
                    minimum=float(v.min()), maximum=float(v.max()), mean=float(v.mean()), stddev=float(v.std()),
                    valid_percent=100.0 * v.size / part[b].size)))
    write_vrt(str(tmp_path / "stats.vrt"), plan, blocks, files, {}, relative=False)
    with rasterio.open(tmp_path / "stats.vrt") as ds:
        for b in range(2):
            v = ref[b][np.isfinite(ref[b])].astype(np.float64)
            st = {k: float(x) for k, x in ds.tags(b + 1).items() if k.startswith("STATISTICS_")}
            want = dict(MINIMUM=v.min(), MAXIMUM=v.max(), MEAN=v.mean(), STDDEV=v.std(), VALID_PERCENT=100 * v.size
                        / ref[b].size)
            assert st == pytest.approx({"STATISTICS_" + k: float(x) for k, x in want.items()}, rel=1e-9, abs=1e-12)
    text = open(tmp_path / "out1.vrt", encoding="utf-8").read()
    assert text.count('relativeToVRT="1">t/b') == 4 and str(tmp_path) not in text


def test_types_nodata_and_misuse():
    assert gdal_type("uint8") == "Byte" and gdal_type(np.dtype("float64")) == "Float64"
    assert gdal_type("int64") == "Int64" and gdal_type("complex64") == "CFloat32"
    with pytest.raises(ValueError, match="no VRT data type"):
        gdal_type("float16")
    src = VrtSource("a.tif", 1, (0, 0, 1, 1), (0, 0, 1, 1))
    xml = vrt_xml(1, 1, "", (0, 1, 0, 0, 0, -1), [VrtBand("int32", [src], nodata=np.int32(-2147483648))])
    assert "<NoDataValue>-2147483648</NoDataValue>" in xml
    assert "<NoDataValue>-inf</NoDataValue>" in vrt_xml(1, 1, "", (0, 1, 0, 0, 0, -1),
                                                        [VrtBand("float32", [src], nodata=float("-inf"))])
    with pytest.raises(ValueError, match="relative path"):
        vrt_xml(1, 1, "", (0, 1, 0, 0, 0, -1),
                [VrtBand("uint8", [VrtSource(os.path.abspath("a.tif"), 1, (0, 0, 1, 1), (0, 0, 1, 1), relative=True)])])
