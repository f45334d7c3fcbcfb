# SPDX-License-Identifier: GPL-3.0-or-later
"""The processing level survives the stack builder (a Level-1C stack is retrieved with the top-of-atmosphere model),
decode refuses a Presto latent without pointing at a model that does not exist, and grid coordinates in messages keep
their metres."""
from __future__ import annotations

import os
import shutil

import pytest
import rasterio
from affine import Affine
from rasterio.crs import CRS

from eolatent.core.biophysical import retrieval as bio
from eolatent.core.biophysical.raster import choose_models
from eolatent.core.inputs.dated_rasters import describe_grid
from eolatent.core.inputs.product_level import product_level
from eolatent.core.inputs.sentinel2 import Grid, open_s2
from eolatent.core.inputs.stackbuild.build import StackBuildError, build_stacks
from eolatent.core.inputs.stackbuild.grid import fmt_bounds

SLOVENIA = os.path.join(os.path.dirname(__file__), "data", "slovenia")
L1C = "S2L1C_TOA_13band_%s.tif"
BANDS = ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")  # no B10: the level is not visible


class Log:
    def __init__(self):
        self.lines = []

    def info(self, message):
        self.lines.append(str(message))

    def progress(self, percent):
        pass

    def is_canceled(self):
        return False


def _copy_l1c(folder, day):
    folder.mkdir(exist_ok=True)
    shutil.copy(os.path.join(SLOVENIA, L1C % day), folder / (L1C % day))


def _ten_band_copy(day, path):
    """The 10 bands of a Slovenia date without B10 nor any level hint except what ``path``'s name says."""
    with rasterio.open(os.path.join(SLOVENIA, L1C % day)) as src:
        idx = [src.descriptions.index(b) + 1 for b in BANDS]
        prof = src.profile.copy()
        prof.update(count=len(BANDS))
        data = src.read(idx)
    with rasterio.open(path, "w", **prof) as dst:
        dst.write(data)
        for k, b in enumerate(BANDS, start=1):
            dst.set_band_description(k, b)
    return str(path)


def _levels(path):
    with open_s2(path) as src:
        return [product_level(src, i) for i in range(len(src.dates))], src.metadata(0)


def test_l1c_stack_keeps_its_level_and_gets_the_toa_model(tmp_path):
    _copy_l1c(tmp_path / "s2", "2015-07-11")
    _copy_l1c(tmp_path / "s2", "2015-08-30")
    out = str(tmp_path / "stack.tif")
    log = Log()
    res = build_stacks([str(tmp_path / "s2")], None, None, None, None, None, out_s2=out, bands=BANDS,
                       detect_clouds=False, feedback=log)
    with rasterio.open(out) as ds:
        assert ds.tags()["EOLATENT_LEVEL"] == "L1C"
        assert all(ds.tags(i)["LEVEL"] == "L1C" for i in range(1, ds.count + 1))
        assert "B10" in ds.tags(1)["LEVEL_SOURCE"] and "2015-07-11" in ds.tags(1)["LEVEL_SOURCE"]
        assert not any("B10" in (d or "") for d in ds.descriptions)  # the stack itself has no B10
    levels, meta = _levels(out)
    assert [lv for lv, _ in levels] == ["L1C", "L1C"]
    assert not any(how.startswith("assumed") for _, how in levels)
    assert meta["level"] == "L1C" and "LEVEL=L1C" in meta["level_source"]
    with open_s2(out) as src:
        per_date = choose_models(src, out, "auto", "auto")
    assert [(lv, m.id) for lv, _, m in per_date] == [("L1C", bio.MODEL_ID + ".toa")] * 2
    assert res.s2_levels == ["L1C", "L1C"]
    assert any("2015-07-11: Level-1C" in m and "B10" in m for m in log.lines), log.lines


def test_mixed_levels_are_tagged_per_date(tmp_path):
    folder = tmp_path / "s2"
    _copy_l1c(folder, "2015-07-11")
    _ten_band_copy("2015-08-30", folder / "S2_L2A_2015-08-30.tif")    # L2A from the file name
    _ten_band_copy("2015-09-09", folder / "S2_2015-09-09.tif")        # nothing says: assumed L2A
    out = str(tmp_path / "mixed.tif")
    res = build_stacks([str(folder)], None, None, None, None, None, out_s2=out, bands=BANDS, detect_clouds=False)
    assert res.s2_levels == ["L1C", "L2A", None]
    with rasterio.open(out) as ds:
        assert "EOLATENT_LEVEL" not in ds.tags()   # the dates differ: only the band tags say
        per_band = [ds.tags(i).get("LEVEL") for i in range(1, ds.count + 1)]
    n = len(BANDS)
    assert per_band == ["L1C"] * n + ["L2A"] * n + [None] * n
    levels, _ = _levels(out)
    assert [lv for lv, _ in levels] == ["L1C", "L2A", "L2A"]
    assert levels[2][1].startswith("assumed")            # an assumption is not turned into a stated level
    with open_s2(out) as src:
        per_date = choose_models(src, out, "auto", "auto")
    assert [m.id for _, _, m in per_date] == [bio.MODEL_ID + ".toa", bio.MODEL_ID, bio.MODEL_ID]


def test_one_date_mixing_levels_is_refused(tmp_path):
    folder = tmp_path / "s2"
    _copy_l1c(folder, "2015-07-11")
    _ten_band_copy("2015-07-11", folder / "S2_L2A_2015-07-11.tif")
    with pytest.raises(StackBuildError, match=r"2015-07-11.*mix processing levels.*L1C.*L2A"):
        build_stacks([str(folder)], None, None, None, None, None, out_s2=str(tmp_path / "x.tif"), bands=BANDS,
                     detect_clouds=False)
    assert not os.path.exists(tmp_path / "x.tif")


@pytest.mark.parametrize("preset", ["presto", "presto_small"])
def test_decode_refuses_a_presto_latent_naming_what_reads_it(tmp_path, preset):
    from eolatent.core.decode.raster import run_decode
    from eolatent.core.encode.presto.worldcereal import belgium_stacks
    from eolatent.core.encode.raster import run_encode

    s2, _ = belgium_stacks(str(tmp_path))
    lat = str(tmp_path / "presto.tif")
    run_encode(lat, s2_path=s2, preset=preset, threads=1, grid_factor=10)
    with pytest.raises(ValueError) as err:
        run_decode(lat, {"LAI": str(tmp_path / "lai.tif")})
    msg = str(err.value)
    assert msg.startswith(f"{preset} latents have no decoder (a statistical encoder")
    assert "fine4 or seed100 latent" in msg and "classify, cluster, similarity or textquery" in msg
    assert "install" not in msg and f"eolatent.decoder.{preset}" not in msg
    assert not os.path.exists(tmp_path / "lai.tif")


def test_grid_coordinates_keep_metres():
    a = (465180.0, 5079240.0, 466190.0, 5080260.0)
    b = (465181.0, 5079241.0, 466191.0, 5080261.0)
    assert fmt_bounds(a) == "(465180.00, 5079240.00, 466190.00, 5080260.00)"
    assert fmt_bounds(a) != fmt_bounds(b)
    assert fmt_bounds((14.501234, 45.85, 14.56, 45.87)) == "(14.501234, 45.850000, 14.560000, 45.870000)"
    crs = CRS.from_epsg(32633)
    g1 = Grid(crs, Affine(10.0, 0.0, 465180.0, 0.0, -10.0, 5080260.0), 101, 102)
    g2 = Grid(crs, Affine(10.0, 0.0, 465181.0, 0.0, -10.0, 5080261.0), 101, 102)
    assert "at (465180.00, 5080260.00)" in describe_grid(g1)
    assert describe_grid(g1) != describe_grid(g2)


def test_build_log_prints_exact_bounds(tmp_path):
    _copy_l1c(tmp_path / "s2", "2015-07-11")
    log = Log()
    build_stacks([str(tmp_path / "s2")], None, None, None, None, None, out_s2=str(tmp_path / "s.tif"), bands=BANDS,
                 detect_clouds=False, feedback=log)
    line = next(m for m in log.lines if m.startswith("target grid"))
    assert "bounds (465180.00, 5079240.00, 466190.00, 5080260.00)" in line, line


def test_the_dialog_refuses_a_presto_latent_without_a_soil_moisture_note_first(tmp_path, eolatent_provider):
    """The latent desktop audit: decode of a Presto latent with the dialog's default outputs first said "Soil moisture
    is not decoded: the latent holds no Sentinel-1 …", then refused the latent (no decoder): only the refusal."""
    import processing
    from qgis.core import (QgsProcessingContext, QgsProcessingException, QgsProcessingOutputLayerDefinition,
                           QgsProject)

    from feedback_fixtures import keeping_processing_feedback
    from eolatent.core.encode.presto.worldcereal import belgium_stacks
    from eolatent.core.encode.raster import run_encode

    s2, _ = belgium_stacks(str(tmp_path))
    lat = str(tmp_path / "presto.tif")
    run_encode(lat, s2_path=s2, preset="presto_small", threads=1, grid_factor=10)
    fb = keeping_processing_feedback()
    messages = []
    fb.pushInfo = messages.append
    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    as_the_dialog = {f"OUTPUT_{k}": QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", QgsProject.instance())
                     for k in ("LAI", "FCOVER", "SM")}
    with pytest.raises(QgsProcessingException, match="presto_small latents have no decoder"):
        processing.run("eolatent:decode", dict(INPUT=lat, DATES="2020-07-01", **as_the_dialog), feedback=fb,
                       context=ctx)
    assert not any("not decoded" in m for m in messages), messages
