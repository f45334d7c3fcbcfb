# SPDX-License-Identifier: GPL-3.0-or-later
"""Inputs without a single valid pixel, and truncated files: a clear error and no output left behind.

An all-NaN Sentinel-2 stack (a 24 × 24 px crop of the real Slovenia sample, 3 dates) must make biophysical,
encode (fine4, presto) and textquery fail with "no valid pixel in <input> …" and leave the output folder empty
(the check runs on the last tile, before anything is published); a stack whose lower half is NaN (whole tiles
empty) still runs. A truncated MODIS LST GeoTIFF makes superresolve say the file is truncated or corrupt (the
read wrapper shared with the Sentinel-2 readers, core/engine/input_checks.py; tests/test_s2_readers.py
covers those)."""
from __future__ import annotations

import datetime as dt
import os

import numpy as np
import pytest
import rasterio

from eolatent.core.engine.input_checks import NoValidPixelError

HERE = os.path.dirname(__file__)
SLOVENIA = os.path.join(HERE, "data", "slovenia")
LST = os.path.join(HERE, "data", "lst", "MOD11A1.A2019305.h14v09.006_LST.tif")
DATES = ("2015-07-11", "2015-08-30", "2015-09-09")
N = 24
NO_VALID = r"no valid pixel in .*stack\.tif: every value is nodata/NaN \(or masked as cloud\); check the input's " \
           r"nodata value and extent/dates"


def _stack(path, nan_rows=None):
    """A 3-date, 13-band stack of the top-left N × N px of the Slovenia sample; rows ``nan_rows`` NaN on every date
    (None: none, slice(None): all)."""
    from eolatent.core.inputs.sentinel2 import Grid, write_s2_stack

    cube = []
    for d in DATES:
        with rasterio.open(os.path.join(SLOVENIA, f"S2L1C_TOA_13band_{d}.tif")) as ds:
            cube.append(ds.read(window=((0, N), (0, N))).astype(np.float32))
            grid, names = Grid(ds.crs, ds.transform, N, N), list(ds.descriptions)
    cube = np.stack(cube)
    if nan_rows is not None:
        cube[:, :, nan_rows, :] = np.nan
    dates = [dt.datetime.fromisoformat(d).replace(hour=10) for d in DATES]
    return write_s2_stack(str(path), grid, dates, names, cube, cloud_mask=["test: none"] * len(DATES))


@pytest.fixture(scope="module")
def stacks(tmp_path_factory):
    root = tmp_path_factory.mktemp("stacks")
    return dict(nan=_stack(root / "nan_stack.tif", slice(None)),
                half=_stack(root / "half_stack.tif", slice(N // 2, N)))


@pytest.fixture()
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _nothing_left(folder):
    assert os.listdir(folder) == [], os.listdir(folder)  # no output, no temporary file


def _biophysical(stack, folder):
    from eolatent.core.biophysical.raster import run_biophysical_raster

    outputs = {"LAI": str(folder / "lai.tif"), "QUALITY": str(folder / "q.tif")}
    run_biophysical_raster(stack, outputs, provider="cpu", threads=1, tile_size=8, detect_clouds=False)
    return outputs


def test_biophysical_all_nan_fails_and_writes_nothing(stacks, out):
    from eolatent.core.biophysical.retrieval import BiophysicalInputError

    with pytest.raises(BiophysicalInputError, match=NO_VALID) as err:
        _biophysical(stacks["nan"], out)
    assert isinstance(err.value, NoValidPixelError)
    _nothing_left(out)


def test_a_date_cloud_everywhere_names_the_detector(out):
    """A single fully cloudy date gave the nodata/extent message only; it now names the cloud detector and the
    switch that keeps every pixel."""
    from eolatent.core.biophysical.raster import run_biophysical_raster

    cloudy = os.path.join(os.path.dirname(__file__), "data", "slovenia", "S2L1C_TOA_13band_2015-08-20.tif")
    with pytest.raises(NoValidPixelError, match=r"its clouds detected by eolatent\.cloud\.s2cloudless .*DETECT_CLOUDS "
                                                r"off keeps every pixel"):
        run_biophysical_raster(cloudy, {"LAI": str(out / "lai.tif")}, provider="cpu", threads=1)
    _nothing_left(out)


def test_biophysical_partly_nan_runs(stacks, out):
    """The lower half (the last strips of 8 px tiles) is empty: the run goes on, NaN there."""
    outputs = _biophysical(stacks["half"], out)
    with rasterio.open(outputs["LAI"]) as ds:
        lai = ds.read()
    assert np.isfinite(lai[:, :N // 2]).mean() > 0.9 and np.isnan(lai[:, N // 2:]).all()


def test_allow_empty_input_writes_and_reports(stacks, tmp_path):
    """The hook for the blocks of a scaled-out run: an empty block is written (all NaN) and reported, not raised."""
    from eolatent.core.engine.input_checks import allow_empty_input

    for key, empty in (("nan", True), ("half", False)):
        folder = tmp_path / key
        folder.mkdir()
        with allow_empty_input() as seen:
            outputs = _biophysical(stacks[key], folder)
        assert seen.checked == 1 and seen.empty is empty
        with rasterio.open(outputs["LAI"]) as ds:
            assert bool(np.isnan(ds.read()).all()) is empty


def test_biophysical_command_line_all_nan(stacks, out, capsys):
    from eolatent.cli import main

    rc = main(["biophysical", "-q", "--input", stacks["nan"], "--output-lai", str(out / "lai.tif")])
    assert rc == 1
    assert "no valid pixel in" in capsys.readouterr().err
    _nothing_left(out)


def test_block_run_partly_and_wholly_empty(stacks, out, capsys):
    """A block run (--block-size): a block whose pixels are all NaN is written as nodata (the lower half of 'half'),
    the others as in a local run; when every block is empty the run fails and publishes nothing."""
    from eolatent.cli import main

    lai = out / "lai.tif"
    assert main(["biophysical", "-q", "--input", stacks["half"], "--output-lai", str(lai), "--block-size", "8",
                 "--provider", "cpu"]) == 0
    with rasterio.open(lai) as ds:
        a = ds.read()
    assert np.isnan(a[:, N // 2:]).all() and np.isfinite(a[:, :N // 2]).mean() > 0.9
    capsys.readouterr()
    lai.unlink()
    for extra in ("lai.tif.qml", "lai.tif.aux.xml"):
        if (out / extra).exists():
            (out / extra).unlink()
    assert main(["biophysical", "-q", "--input", stacks["nan"], "--output-lai", str(out / "lai2.tif"),
                 "--block-size", "8", "--provider", "cpu"]) == 1
    err = capsys.readouterr().err
    # the user's file as a whole run names it (its path as given), never a block's view
    assert f"no valid pixel in {stacks['nan']}: every value is nodata/NaN" in err and "nothing was written" in err
    assert "views" not in err
    assert not (out / "lai2.tif").exists() and not (out / "lai2.tif.tiles").exists()     # no tiles folder left


def _encode(stack, folder, **kw):
    from eolatent.core.encode.raster import run_encode
    from eolatent.core.engine.tiling import Feedback

    lines = []

    class Log(Feedback):
        def info(self, message):
            lines.append(message)

    path = str(folder / "latent.tif")
    run_encode(path, s2_path=stack, provider="cpu", threads=1, tile_size=8, feedback=Log(), detect_clouds=False,
               **kw)
    return path, lines


@pytest.mark.parametrize("preset", ["fine4", "presto"])
def test_encode_all_nan_fails_and_writes_nothing(stacks, out, preset):
    from eolatent.core.encode.common import EncodeInputError

    kw = dict(grid_factor=4) if preset == "presto" else {}
    with pytest.raises(EncodeInputError, match=NO_VALID) as err:
        _encode(stacks["nan"], out, preset=preset, **kw)
    assert isinstance(err.value, NoValidPixelError)
    _nothing_left(out)


def test_encode_partly_nan_runs_and_counts_valid_windows(stacks, out):
    path, lines = _encode(stacks["half"], out)
    with rasterio.open(path) as ds:
        lat = ds.read()
    assert np.isfinite(lat[:, :N // 8]).all() and np.isnan(lat[:, N // 4:]).all()
    assert "3 of 3 window(s) with at least one valid pixel" in lines


TEXT_MODEL = os.path.join(HERE, "..", "models", "text_minilm.onnx")


@pytest.mark.skipif(not os.path.isfile(TEXT_MODEL), reason="models/text_minilm.onnx not installed")
def test_textquery_all_nan_fails_and_writes_nothing(stacks, out, tmp_path):
    from eolatent.core.textquery import image_cache
    from eolatent.core.textquery.query_raster import TextQueryError, run_textquery

    image_cache.clear_memory()
    cache = str(tmp_path / "cache")
    with pytest.raises(TextQueryError, match=NO_VALID):
        run_textquery(stacks["nan"], "forest", str(out / "p.tif"), threshold=0.5, mask_output=str(out / "m.tif"),
                      cache_dir=cache, provider="cpu", threads=1, detect_clouds=False)
    _nothing_left(out)
    res = run_textquery(stacks["half"], "forest", str(out / "p.tif"), cache_dir=cache, provider="cpu", threads=1,
                        detect_clouds=False)
    with rasterio.open(res.output) as ds:
        p = ds.read(1)
    assert np.isfinite(p[:N // 2]).all() and np.isnan(p[N // 2:]).all()
    image_cache.clear_memory()


def _truncated(src, folder, size):
    path = str(folder / os.path.basename(src))
    with open(src, "rb") as fh, open(path, "wb") as dst:
        dst.write(fh.read(size))
    return path


def test_superresolve_truncated_input_says_so(tmp_path, out):
    from eolatent.core.superres.lst_input import LstInputError
    from eolatent.core.superres.superres_raster import run_superres

    bad = _truncated(LST, tmp_path, 400_000)
    with pytest.raises(LstInputError, match=r"cannot read .*MOD11A1.*truncated or corrupt - download or export it "
                                            "again"):
        run_superres(bad, str(out / "lst.tif"), factor=4, method="bicubic")
    _nothing_left(out)



def test_command_line_prints_one_message_not_gdals(tmp_path, out):
    """On the command line GDAL's own "ERROR 1: TIFFFillTile…" lines are not printed before the message, which
    already quotes GDAL and says what to do."""
    import subprocess
    import sys

    bad = _truncated(LST, tmp_path, 400_000)
    env = {k: v for k, v in os.environ.items() if k not in ("EOLATENT_DEBUG", "CPL_LOG")}
    run = subprocess.run([sys.executable, "-m", "eolatent", "superresolve", "-q", "--input", bad, "--output",
                          str(out / "lst.tif")], capture_output=True, text=True, env=env)
    assert run.returncode == 1
    assert "ERROR 1" not in run.stderr and "TIFFFillTile" not in run.stderr, run.stderr
    assert run.stderr.strip().startswith("eolatent superresolve: error: cannot read") and \
        "truncated or corrupt" in run.stderr
    _nothing_left(out)


def test_stack_cut_short_in_its_metadata_says_truncated(stacks, tmp_path, out):
    """A stack whose metadata was rewritten at the end of the file (GDAL does so on update) and then cut short
    opens without band names: the message says the file is truncated, not that the bands are unnamed."""
    from eolatent.core.biophysical.raster import run_biophysical_raster
    from eolatent.core.inputs.sentinel2 import S2FormatError

    late = tmp_path / "late.tif"
    with rasterio.open(stacks["half"]) as ds:
        profile, data = ds.profile, ds.read()
        descriptions, tags = ds.descriptions, [ds.tags(i + 1) for i in range(ds.count)]
        dataset_tags = ds.tags()
    with rasterio.open(late, "w", **profile) as dst:
        dst.write(data)
    with rasterio.open(late, "r+") as dst:                 # the metadata goes after the pixels
        for i, d in enumerate(descriptions):
            dst.set_band_description(i + 1, d)
            dst.update_tags(i + 1, **tags[i])
        dst.update_tags(**dataset_tags)
    run_biophysical_raster(str(late), {"LAI": str(out / "whole.tif")})   # the complete file reads
    assert (out / "whole.tif").exists()
    (out / "whole.tif").unlink()
    (tmp_path / "cut").mkdir()
    cut = _truncated(str(late), tmp_path / "cut", os.path.getsize(late) - 2000)
    with pytest.raises(S2FormatError, match="truncated or corrupt - download or export it again"):
        run_biophysical_raster(cut, {"LAI": str(out / "lai.tif")})
    _nothing_left(out)
