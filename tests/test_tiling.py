# SPDX-License-Identifier: GPL-3.0-or-later
"""Tiled streaming runner: equality with whole-array computation, blending, atomic outputs, cancel."""
import os
from types import SimpleNamespace

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from eolatent.core.outputs.geotiff import OutputError, OutputSpec
from eolatent.core.engine.tiling import Cancelled, Feedback, iter_tiles, run_tiled

H, W = 613, 451  # not multiples of any tile size
RNG = np.random.default_rng(42)
IMAGE = RNG.random((2, H, W)).astype(np.float32)
GRID = SimpleNamespace(crs="EPSG:32633", transform=from_origin(465000, 5080000, 10, 10), width=W, height=H)


def box_blur(a, r=2):
    """A 'CNN' with a (2r+1)² receptive field and edge padding."""
    p = np.pad(a, ((0, 0), (r, r), (r, r)), mode="edge")
    k = 2 * r + 1
    return sum(p[:, i:i + a.shape[1], j:j + a.shape[2]] for i in range(k) for j in range(k)) / k ** 2


def read(win):
    return IMAGE[:, win.ext_row:win.ext_row + win.ext_height, win.ext_col:win.ext_col + win.ext_width]


def compute(win, data):
    per_pixel = np.stack([data[0] * 3 - data[1], np.sqrt(data[1])])
    return {"pix": per_pixel, "cnn": box_blur(data)[:1], "cls": (data[:1] > 0.5).astype(np.uint8) * 7}


def outputs(tmp_path):
    return {"pix": OutputSpec(str(tmp_path / "pix.tif"), 2, descriptions=["a", "b"], units="m2/m2"),
            "cnn": OutputSpec(str(tmp_path / "cnn.tif"), 1),
            "cls": OutputSpec(str(tmp_path / "cls.tif"), 1, "uint8", None, blend=False)}


@pytest.mark.parametrize("tile,overlap", [(256, 0), (100, 8), (64, 5), (512, 16), (37, 3)])
def test_tiled_equals_whole_array(tmp_path, tile, overlap):
    margin = 2 if overlap > 2 else 0
    run_tiled(GRID, read, compute, outputs(tmp_path), tile_size=tile, overlap=overlap, margin=margin)
    full = compute(None, IMAGE)
    with rasterio.open(tmp_path / "pix.tif") as ds:
        np.testing.assert_allclose(ds.read(), full["pix"], atol=1e-5)
        assert ds.crs.to_epsg() == 32633 and ds.transform == GRID.transform
        assert ds.descriptions == ("a", "b") and ds.units == ("m2/m2", "m2/m2")
        assert ds.profile["compress"] == "deflate" and ds.profile["tiled"]
    with rasterio.open(tmp_path / "cls.tif") as ds:
        np.testing.assert_array_equal(ds.read(), full["cls"])
    if overlap > margin:  # blended CNN output has no seams: equal to whole-array inference
        with rasterio.open(tmp_path / "cnn.tif") as ds:
            np.testing.assert_allclose(ds.read(), full["cnn"], atol=1e-5)


def test_hard_cropped_tiles_would_leave_seams(tmp_path):
    """The same CNN without overlap differs from whole-array inference along tile edges (the check can fail)."""
    run_tiled(GRID, read, compute, outputs(tmp_path), tile_size=64, overlap=0)
    with rasterio.open(tmp_path / "cnn.tif") as ds:
        err = np.abs(ds.read(1) - compute(None, IMAGE)["cnn"][0])
    assert err[63:65, :].max() > 1e-3  # seam at the tile border
    assert err[10:50, 10:50].max() < 1e-6  # tile interiors agree


def test_nodata_propagates(tmp_path):
    img = IMAGE.copy()
    img[:, 100:120, 30:60] = np.nan

    def read_nan(win):
        return img[:, win.ext_row:win.ext_row + win.ext_height, win.ext_col:win.ext_col + win.ext_width]

    run_tiled(GRID, read_nan, lambda w, d: {"pix": d}, {"pix": OutputSpec(str(tmp_path / "p.tif"), 2)},
              tile_size=64, overlap=4)
    with rasterio.open(tmp_path / "p.tif") as ds:
        out = ds.read()
        assert np.isnan(ds.nodata)
    assert np.isnan(out[:, 100:120, 30:60]).all()
    assert np.isfinite(out[:, :100]).all()


class CancelAfter(Feedback):
    def __init__(self, n):
        self.n, self.calls, self.last = n, 0, 0.0

    def progress(self, percent):
        self.calls += 1
        self.last = percent

    def is_canceled(self):
        return self.calls >= self.n


def test_cancel_leaves_nothing_and_keeps_existing_file(tmp_path):
    existing = tmp_path / "pix.tif"
    existing.write_bytes(b"previous result")
    with pytest.raises(Cancelled):
        run_tiled(GRID, read, compute, outputs(tmp_path), tile_size=64, feedback=CancelAfter(3))
    assert existing.read_bytes() == b"previous result"
    assert sorted(os.listdir(tmp_path)) == ["pix.tif"]


def test_failure_mid_run_leaves_nothing(tmp_path):
    def failing(win, data):
        if win.row > 200:
            raise RuntimeError("boom")
        return compute(win, data)

    with pytest.raises(RuntimeError, match="boom"):
        run_tiled(GRID, read, failing, outputs(tmp_path), tile_size=64)
    assert os.listdir(tmp_path) == []


def test_progress_reaches_100(tmp_path):
    fb = CancelAfter(10 ** 9)
    run_tiled(GRID, read, compute, outputs(tmp_path), tile_size=128, feedback=fb)
    assert fb.last == 100.0 and fb.calls == len([w for s in iter_tiles(W, H, 128, 0) for w in s]) + 1


@pytest.mark.parametrize("bad,msg", [("missing_dir/x.tif", "does not exist"), ("x.png", "GeoTIFF")])
def test_unwritable_output_fails_before_work(tmp_path, bad, msg):
    calls = []
    with pytest.raises(OutputError, match=msg):
        run_tiled(GRID, lambda w: calls.append(w), compute, {"pix": OutputSpec(str(tmp_path / bad), 2)})
    assert calls == []


def test_read_only_folder(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can write into read-only folders")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    with pytest.raises(OutputError, match="writable"):
        run_tiled(GRID, read, compute, {"pix": OutputSpec(str(ro / "x.tif"), 2)})


def test_memory_is_bounded_by_strip_not_raster():
    """Tiles of one strip only: the runner never holds more rows than tile + 2·overlap (+ one block)."""
    strips = list(iter_tiles(10000, 10000, 512, 16))
    assert len(strips) == 20 and all(len(s) == 20 for s in strips)
    assert max(w.ext_height for s in strips for w in s) == 512 + 32


def test_outputs_get_normal_permissions(tmp_path):
    umask = os.umask(0o022)
    try:
        run_tiled(GRID, read, compute, outputs(tmp_path), tile_size=256)
    finally:
        os.umask(umask)
    assert oct((tmp_path / "pix.tif").stat().st_mode & 0o777) == oct(0o644)


def test_gdal_cache_capped_during_run_and_restored(tmp_path, monkeypatch):
    gdal = pytest.importorskip("osgeo.gdal")
    monkeypatch.delenv("GDAL_CACHEMAX", raising=False)
    before = gdal.GetCacheMax()
    gdal.SetCacheMax(1024 * 2 ** 20)
    seen = []

    def spy(win, data):
        seen.append(gdal.GetCacheMax())
        return compute(win, data)

    try:
        run_tiled(GRID, read, spy, outputs(tmp_path), tile_size=256)
        assert max(seen) == 128 * 2 ** 20
        assert gdal.GetCacheMax() == 1024 * 2 ** 20
    finally:
        gdal.SetCacheMax(before)


def test_many_band_outputs_get_small_row_blocks(tmp_path, monkeypatch):
    """A latent-like output (many bands) streams in small row blocks: memory stays bounded."""
    from eolatent.core.outputs import geotiff as out_mod

    assert out_mod.choose_block(10000, 11) == 256
    assert out_mod.choose_block(2500, 4600) == 16  # floor of 16 rows
    assert out_mod.choose_block(300, 1152) * 300 * 1152 * 4 <= out_mod.STRIP_BUDGET
    monkeypatch.setattr(out_mod, "STRIP_BUDGET", 2 ** 20)  # 1 MB: forces small blocks on a small raster
    bands = 40
    grid = SimpleNamespace(crs="EPSG:32633", transform=GRID.transform, width=200, height=200)
    cube = RNG.random((bands, 200, 200)).astype(np.float32)

    def rd(win):
        return cube[:, win.ext_row:win.ext_row + win.ext_height, win.ext_col:win.ext_col + win.ext_width]

    run_tiled(grid, rd, lambda w, d: {"z": d}, {"z": OutputSpec(str(tmp_path / "z.tif"), bands)}, tile_size=64)
    assert out_mod.choose_block(200, bands) == 32
    with rasterio.open(tmp_path / "z.tif") as ds:
        assert ds.block_shapes[0] == (32, 32)
        assert ds.profile["interleave"] == "band"
        np.testing.assert_array_equal(ds.read(), cube)
