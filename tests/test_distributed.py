# SPDX-License-Identifier: GPL-3.0-or-later
"""Block runs (core/scaleout/distributed.py): identical to the whole-raster core call, on a 2-worker Dask
LocalCluster on the loopback too; resume without recomputing finished blocks; no final output from a
crashed run; a resume with other parameters refused."""
import faulthandler
import os
import re

import numpy as np
import pytest
import rasterio

from eolatent.core.scaleout import distributed as dist
from eolatent.core.scaleout.distributed import DistributedError, run_job
from eolatent.core.scaleout.jobs import ADAPTERS
from pixel_equality import assert_same_pixels

ANGLES = dict(sun_zenith=30.0, view_zenith=5.0, relative_azimuth=90.0)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    from latent_fixtures import make_decoder, make_encoder, write_stacks

    folder = tmp_path_factory.mktemp("dist")
    out = write_stacks(str(folder))
    out["folder"] = folder
    out["encoder"] = make_encoder(folder / "enc.onnx")
    out["decoder"] = make_decoder(folder / "dec.onnx")
    return out


def read(path):
    with rasterio.open(path) as ds:
        return (ds.read(), ds.tags(), ds.descriptions, ds.transform, ds.crs, ds.units,
                [ds.tags(b) for b in range(1, ds.count + 1)])


# a block run batches other pixels together than the whole-raster run: float outputs within float32 ulps
# (pixel_equality); integer outputs (classes, flags), NaN patterns, tags and grids identical


def assert_same(a, b):
    """Same pixels (pixel_equality: identical integers and NaN pattern, floats within float32 ulps), band
    descriptions, dataset tags, grid."""
    ra, rb = read(a), read(b)
    assert_same_pixels(ra[0], rb[0])
    assert ra[1] == rb[1] and ra[2] == rb[2]
    assert ra[3] == rb[3] and ra[4] == rb[4]
    assert ra[5] == rb[5]                                          # band units
    for ta, tb in zip(ra[6], rb[6]):       # band tags; the statistics pooled from the blocks' to float rounding
        assert set(ta) == set(tb), (sorted(ta), sorted(tb))
        for k in ta:
            if k.startswith("STATISTICS_"):
                assert float(ta[k]) == pytest.approx(float(tb[k]), rel=1e-9, abs=1e-12), k
            else:
                assert ta[k] == tb[k], k


def direct(alg, params, outputs):
    ADAPTERS[alg].direct(params, {k: str(v) for k, v in outputs.items()})


@pytest.fixture()
def watchdog():
    """A hard time limit (no pytest-timeout here): dump the stacks and exit if a cluster test hangs."""
    faulthandler.dump_traceback_later(120, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    faulthandler.dump_traceback_later(120, exit=True)
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address=None)
    cl = distributed.Client(cluster)
    faulthandler.cancel_dump_traceback_later()
    try:
        yield cl
    finally:
        cl.close()
        cluster.close()


def test_blocks_of_align_and_cover():
    plan = dist.Plan(width=101, height=70, align=8, default_block=30)
    blocks = dist.blocks_of(plan, None)
    assert [b["width"] for b in blocks[:4]] == [32, 32, 32, 5] and blocks[-1]["height"] == 6
    assert sum(b["width"] * b["height"] for b in blocks) == 101 * 70
    strips = dist.blocks_of(dist.Plan(width=101, height=70, full_width=True, align=7), 10)
    assert [b["height"] for b in strips] == [14, 14, 14, 14, 14] and {b["width"] for b in strips} == {101}
    with pytest.raises(DistributedError, match="positive"):
        dist.blocks_of(plan, -4)


def test_dask_two_workers_identical_to_local_run(data, tmp_path, client, watchdog):
    """biophysical (per pixel), encode (chunk-aligned blocks) and decode on a 2-process LocalCluster."""
    bio = dict(input=data["s2"], provider="cpu", threads=1, **ANGLES)
    ref = {"LAI": tmp_path / "lai.tif", "QUALITY": tmp_path / "q.tif"}
    direct("biophysical", bio, ref)
    outs = {k: str(tmp_path / f"d_{k}.tif") for k in ref}
    rep = run_job("biophysical", dict(bio, outputs=outs), block_size=48, client=client)
    assert rep.blocks == 9 and len(rep.computed) == 9 and not os.path.exists(rep.tiles_dir)
    for k in ref:
        assert_same(ref[k], outs[k])
    hosts = {len(client.scheduler_info()["workers"])}
    assert hosts == {2}

    enc = dict(s2_path=data["s2"], s1_path=data["s1"], preset=data["encoder"], provider="cpu", threads=1,
               tile_size=16)
    direct("encode", enc, {"latent": tmp_path / "lat.tif"})
    rep = run_job("encode", dict(enc, outputs={"latent": str(tmp_path / "d_lat.tif")}), block_size=8, client=client)
    assert rep.blocks == 16
    assert_same(tmp_path / "lat.tif", tmp_path / "d_lat.tif")

    dec = dict(input=str(tmp_path / "lat.tif"), decoder=data["decoder"], provider="cpu", threads=1, tile_size=16,
               dates="2015-07-12,2015-07-25,2015-09-01")
    direct("decode", dec, {"LAI": tmp_path / "dec.tif"})
    rep = run_job("decode", dict(dec, outputs={"LAI": str(tmp_path / "d_dec.tif")}), block_size=32, client=client)
    assert rep.blocks == 16
    assert_same(tmp_path / "dec.tif", tmp_path / "d_dec.tif")


def _lst_input(folder):
    from lst_fixtures import modis_window, write

    raw, transform, crs, descriptions = modis_window(rows=slice(560, 620), cols=slice(120, 190))
    return write(str(folder / "modis.tif"), raw, transform, crs=crs, descriptions=descriptions)


def test_superresolve_blocks_with_halo_identical(tmp_path):
    """CNN with a coarse halo of whole tiles: same tiles and blend weights as the whole run, same numbers."""
    params = dict(input=_lst_input(tmp_path), method="cnn_single", factor=4, provider="cpu", threads=1, tile_size=64)
    direct("superresolve", params, {"LST": tmp_path / "ref.tif"})
    from feedback_fixtures import Recording

    fb = Recording()
    rep = run_job("superresolve", dict(params, outputs={"LST": str(tmp_path / "b.tif")}), block_size=100, feedback=fb)
    assert rep.blocks == 6         # 100 is rounded up to superresolve's block alignment (128 px here), and said so
    assert any(m.startswith("block size 100 rounded up to 128 output pixels") for m in fb.messages), fb.messages
    assert_same(tmp_path / "ref.tif", tmp_path / "b.tif")


def test_soilmoisture_and_textquery_blocks_identical(data, tmp_path, monkeypatch):
    from eolatent.core.textquery import image_side

    lai = tmp_path / "lai.tif"
    direct("biophysical", dict(input=data["s2"], provider="cpu", threads=1, **ANGLES), {"LAI": lai})
    sm = dict(s1_path=data["s1"], lai_path=str(lai), incidence=38.0, provider="cpu", threads=1)
    direct("soilmoisture", sm, {"SM": tmp_path / "sm.tif", "QUALITY": tmp_path / "smq.tif"})
    outs = {"SM": str(tmp_path / "b_sm.tif"), "QUALITY": str(tmp_path / "b_smq.tif")}
    assert run_job("soilmoisture", dict(sm, outputs=outs), block_size=40).blocks == 9
    assert_same(tmp_path / "sm.tif", outs["SM"])
    assert_same(tmp_path / "smq.tif", outs["QUALITY"])
    assert read(outs["SM"])[1]["EOLATENT_VEGETATION"].startswith("LAI raster lai.tif")

    monkeypatch.setattr(image_side, "STRIP_PIXELS", 2000)  # 20-row feature strips: several blocks
    tq = dict(input=data["s2"], prompts="forest\nmeadow", threshold=0.4, provider="cpu", threads=1,
              cache_dir=str(tmp_path / "cache"))
    direct("textquery", tq, {"P": tmp_path / "p.tif", "M": tmp_path / "m.tif"})
    outs = {"P": str(tmp_path / "b_p.tif"), "M": str(tmp_path / "b_m.tif")}
    assert run_job("textquery", dict(tq, outputs=outs), block_size=40).blocks == 3
    assert_same(tmp_path / "p.tif", outs["P"])
    assert_same(tmp_path / "m.tif", outs["M"])


class _Flaky:
    """Wraps an adapter's block(): counts calls and raises after ``fail_after`` blocks."""

    def __init__(self, adapter, fail_after=None):
        self.adapter, self.fail_after, self.calls = adapter, fail_after, []
        self.inner = type(adapter).block.__get__(adapter)  # the class's method, not an earlier wrapper

    def __call__(self, p, block, tmp, outs, feedback=None):
        if self.fail_after is not None and len(self.calls) >= self.fail_after:
            raise RuntimeError("simulated worker crash")
        self.calls.append(block["name"])
        return self.inner(p, block, tmp, outs, feedback)


def test_block_runs_keep_the_data_window_of_the_whole_stack(data, tmp_path):
    """A stack with an empty top row and right column: the block-run latent records the data window of the whole
    stack (the union of its blocks', each moved to its place), and a block-run decode leaves the same edge empty
    as the whole-raster run (each block sees the window moved into its own view)."""
    from eolatent.core.inputs.sentinel2 import write_s2_stack

    cube = data["s2_cube"].copy()
    cube[:, :, 0, :] = np.nan
    cube[:, :, :, -1] = np.nan
    s2 = write_s2_stack(str(tmp_path / "edge.tif"), data["grid"], data["s2_dates"], data["names"], cube)
    enc = dict(s2_path=s2, preset=data["encoder"], provider="cpu", threads=1, tile_size=16)
    direct("encode", enc, {"latent": tmp_path / "lat.tif"})
    run_job("encode", dict(enc, outputs={"latent": str(tmp_path / "b_lat.tif")}), block_size=8)
    assert_same(tmp_path / "lat.tif", tmp_path / "b_lat.tif")
    h, w = data["grid"].height, data["grid"].width
    assert read(tmp_path / "b_lat.tif")[1]["DATA_WINDOW"] == f"0,1,{w - 1},{h - 1}"
    dec = dict(input=str(tmp_path / "lat.tif"), decoder=data["decoder"], provider="cpu", threads=1, tile_size=16,
               dates="2015-07-25")
    direct("decode", dec, {"LAI": tmp_path / "dec.tif"})
    run_job("decode", dict(dec, outputs={"LAI": str(tmp_path / "b_dec.tif")}), block_size=32)
    assert_same(tmp_path / "dec.tif", tmp_path / "b_dec.tif")
    lai = read(tmp_path / "b_dec.tif")[0][0]
    assert np.isnan(lai[0]).all() and np.isnan(lai[:, -1]).all() and np.isfinite(lai[1:, :-1]).mean() > 0.9


def test_resume_skips_finished_blocks_and_equals_clean_run(data, tmp_path, monkeypatch):
    adapter = ADAPTERS["biophysical"]
    params = dict(input=data["s2"], provider="cpu", threads=1, **ANGLES)
    direct("biophysical", params, {"LAI": tmp_path / "ref.tif"})
    out, tiles = tmp_path / "lai.tif", tmp_path / "tiles"
    job = dict(params, outputs={"LAI": str(out)})

    flaky = _Flaky(adapter, fail_after=3)
    monkeypatch.setattr(adapter, "block", flaky)
    with pytest.raises(RuntimeError, match="simulated"):
        run_job("biophysical", job, tiles_dir=str(tiles), block_size=40)
    assert not out.exists() and not [f for f in os.listdir(tmp_path) if f.startswith(".lai.tif")]
    finished = sorted(os.listdir(tiles / "blocks"))
    assert finished == sorted(flaky.calls) and len(finished) == 3  # the failed block left nothing
    mtimes = {b: os.stat(tiles / "blocks" / b / "LAI.tif").st_mtime_ns for b in finished}

    with pytest.raises(DistributedError, match="--resume"):  # not silently overwritten
        run_job("biophysical", job, tiles_dir=str(tiles), block_size=40)
    with pytest.raises(DistributedError, match="other parameters.*different: --sun-zenith\\)"):
        run_job("biophysical", dict(job, sun_zenith=40.0), tiles_dir=str(tiles), block_size=40, resume=True)
    with pytest.raises(DistributedError, match="other parameters.*--block-size"):
        run_job("biophysical", job, tiles_dir=str(tiles), block_size=32, resume=True)
    # an input changed since: named by its file, not by the signature's key ("input[0]:file")
    os.utime(job["input"], ns=(os.stat(job["input"]).st_atime_ns, os.stat(job["input"]).st_mtime_ns + 10 ** 9))
    with pytest.raises(DistributedError, match=r"different: s2[^ ]*\.tif \(changed since: size or modification time\)"):
        run_job("biophysical", job, tiles_dir=str(tiles), block_size=40, resume=True)
    os.utime(job["input"], ns=(os.stat(job["input"]).st_atime_ns, os.stat(job["input"]).st_mtime_ns - 10 ** 9))

    again = _Flaky(adapter)
    monkeypatch.setattr(adapter, "block", again)
    rep = run_job("biophysical", job, tiles_dir=str(tiles), block_size=40, resume=True, keep_tiles=True)
    assert sorted(rep.skipped) == finished and len(again.calls) == 6 and not set(again.calls) & set(finished)
    assert {b: os.stat(tiles / "blocks" / b / "LAI.tif").st_mtime_ns for b in finished} == mtimes
    assert_same(tmp_path / "ref.tif", out)


def test_crash_during_assembly_leaves_no_output(data, tmp_path, monkeypatch):
    out = tmp_path / "lai.tif"
    out_q = tmp_path / "q.tif"

    def boom(*args, **kwargs):
        raise OSError("disk full (simulated)")

    from eolatent.core.scaleout import assembly as distributed_assembly

    monkeypatch.setattr(distributed_assembly, "_translate", boom)
    job = dict(input=data["s2"], provider="cpu", threads=1, outputs={"LAI": str(out), "QUALITY": str(out_q)}, **ANGLES)
    with pytest.raises(OSError, match="simulated"):
        run_job("biophysical", job, block_size=64)
    assert sorted(os.listdir(tmp_path)) == ["lai.tif.tiles"]  # blocks and manifest only, for --resume
    assert os.path.exists(tmp_path / "lai.tif.tiles" / "manifest.json")


def test_vrt_and_cog_outputs(data, tmp_path):
    params = dict(input=data["s2"], provider="cpu", threads=1, **ANGLES)
    direct("biophysical", params, {"LAI": tmp_path / "ref.tif"})
    rep = run_job("biophysical", dict(params, outputs={"LAI": str(tmp_path / "lai.vrt")}), block_size=50,
                  tiles_dir=str(tmp_path / "t"))
    assert os.path.isdir(rep.tiles_dir)  # a VRT needs its block files
    with open(tmp_path / "lai.vrt") as fh:
        text = fh.read()
    assert text.count('relativeToVRT="1">t/blocks/') == 6 * 5  # 6 blocks x 5 dates
    assert_same(tmp_path / "ref.tif", tmp_path / "lai.vrt")
    mask = os.umask(0)
    os.umask(mask)
    block = os.path.join(rep.tiles_dir, "blocks", sorted(os.listdir(os.path.join(rep.tiles_dir, "blocks")))[0])
    assert os.stat(block).st_mode & 0o777 == 0o777 & ~mask      # readable by whoever reads the .vrt (was 0700)
    assert os.stat(os.path.join(block, "LAI.tif")).st_mode & 0o777 == 0o666 & ~mask
    # the same command again: the finished tiles are kept (the .vrt needs them) and the refusal does not call the
    # run "interrupted"; --resume assembles them again without computing a block
    again = dict(params, outputs={"LAI": str(tmp_path / "lai.vrt")})
    with pytest.raises(DistributedError, match=r"holds the 6 finished blocks of an earlier run \(biophysical: tiles "
                                               r"kept for a .vrt output or by --keep-tiles, or a run stopped while "
                                               r"assembling them\); add --resume to assemble them again without "
                                               r"computing"):
        run_job("biophysical", again, block_size=50, tiles_dir=str(tmp_path / "t"))
    assert_same(tmp_path / "ref.tif", tmp_path / "lai.vrt")
    rep = run_job("biophysical", again, block_size=50, tiles_dir=str(tmp_path / "t"), resume=True)
    assert rep.computed == [] and len(rep.skipped) == 6
    assert_same(tmp_path / "ref.tif", tmp_path / "lai.vrt")
    run_job("biophysical", dict(params, outputs={"LAI": str(tmp_path / "cog.tif")}), block_size=50, cog=True)
    from osgeo import gdal

    ds = gdal.Open(str(tmp_path / "cog.tif"))
    assert ds.GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE") == "COG"
    ds = None
    assert_same(tmp_path / "ref.tif", tmp_path / "cog.tif")


def test_worker_killed_mid_run_result_identical(data, tmp_path, watchdog):
    """A Dask worker process killed while blocks run: its blocks are run again elsewhere, the result is the
    same as the local run, and no block is left half-written."""
    import signal
    import threading
    import time

    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address=None)
    cl = distributed.Client(cluster)
    try:
        bio = dict(input=data["s2"], provider="cpu", threads=1, **ANGLES)
        ref = {"LAI": tmp_path / "lai.tif"}
        direct("biophysical", bio, ref)
        pids = list(cl.run(os.getpid).values())  # the worker processes
        killed = []

        outs = {"LAI": str(tmp_path / "d_lai.tif")}
        blocks = tmp_path / "d_lai.tif.tiles" / "blocks"

        def kill_one():      # once the first block is written (not after a fixed time a fast machine may beat)
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                done = [n for n in os.listdir(blocks) if not n.startswith(".")] if blocks.is_dir() else []
                if done:
                    os.kill(pids[0], signal.SIGKILL)
                    killed.append(len(done))
                    return
                time.sleep(0.005)

        threading.Thread(target=kill_one, daemon=True).start()
        rep = run_job("biophysical", dict(bio, outputs=outs), block_size=16, client=cl)
        assert killed and killed[0] < 49, killed          # the worker died with blocks still to run
        assert rep.blocks == 49 and len(rep.computed) == 49
        assert_same(ref["LAI"], outs["LAI"])
    finally:
        cl.close()
        cluster.close()


def test_a_failed_first_block_run_leaves_no_tiles_folder_and_names_the_users_files(data, tmp_path):
    """A block run on an all-NaN input left its tiles folder (only empty blocks), so the rerun on a fixed input was
    refused ('holds the blocks of an earlier run … --resume'); errors named the blocks' internal views."""
    from eolatent.core.scaleout.distributed import named_inputs

    with rasterio.open(data["s2"]) as ds:
        profile, count = ds.profile, ds.count
        tags, descr = ds.tags(), ds.descriptions
        band_tags = [ds.tags(b) for b in range(1, count + 1)]
        shape = (count, ds.height, ds.width)
    empty = tmp_path / "empty_stack.tif"
    with rasterio.open(empty, "w", **profile) as ds:
        ds.write(np.full(shape, np.nan, np.float32))
        ds.update_tags(**tags)
        for b in range(count):
            ds.set_band_description(b + 1, descr[b])
            ds.update_tags(b + 1, **band_tags[b])
    out = tmp_path / "lai.tif"
    with pytest.raises(DistributedError, match=r"no valid pixel in \S*empty_stack\.tif.*nothing was written") as err:
        run_job("biophysical", dict(input=str(empty), provider="cpu", threads=1, outputs={"LAI": str(out)}, **ANGLES),
                block_size=48)
    assert sorted(os.listdir(tmp_path)) == ["empty_stack.tif"]
    assert str(empty) in str(err.value) and "views" not in str(err.value)     # the user's file, as a whole run says
    exc = named_inputs(ValueError("cannot read /x/lai.tif.tiles/blocks/.r0_c0.tmp-ab/views/in/stack.vrt (GDAL)"),
                        {"stack.vrt": "/data/stack.tif"})
    assert isinstance(exc, ValueError) and str(exc) == "cannot read /data/stack.tif (GDAL)"
    exc = named_inputs(ValueError("date 2015-09-20 is outside the period of stack.vrt"), {"stack.vrt": "/data/stack.tif"})
    assert str(exc) == "date 2015-09-20 is outside the period of stack.tif"      # a bare view name too (the review)
    exc = named_inputs(ValueError("cannot read /x/t/blocks/.b0/views/in/stack.2020.vrt (GDAL)"),
                       {"stack.2020.vrt": "/data/stack.2020.tif"})            # a name with a dot (the second review)
    assert str(exc) == "cannot read /data/stack.2020.tif (GDAL)"
    # with the run's tiles folder a view's path is known where it starts: spaces and Windows separators (the review)
    originals = {"stack.vrt": "/data/My Maps/stack.tif", "stack.2020.vrt": "/data/stack.2020.tif"}
    exc = named_inputs(ValueError("no valid pixel in /t/My Maps/o.tif.tiles/blocks/.b0.tmp-x/views/in/stack.vrt: NaN"),
                       originals, "/t/My Maps/o.tif.tiles")
    assert str(exc) == "no valid pixel in /data/My Maps/stack.tif: NaN"
    exc = named_inputs(ValueError(r"see C:\t\o.tif.tiles\blocks\.b0.tmp-x\views\in\stack.2020.vrt."),
                       originals, r"C:\t\o.tif.tiles")
    assert str(exc) == "see /data/stack.2020.tif."


def test_fitted_smoothing_is_the_same_in_every_block(data, tmp_path):
    """SMOOTH with the window fitted to the data (the default) fits λ on the whole input, not on each block: a block
    run equals the whole run, tags included."""
    params = dict(input=data["s2"], provider="cpu", threads=1, smooth=True, **ANGLES)
    direct("biophysical", params, {"LAI": tmp_path / "ref.tif", "LAI_STD": tmp_path / "ref_std.tif"})
    assert read(tmp_path / "ref.tif")[1]["EOLATENT_SMOOTHING"].startswith("maximum likelihood: LAI window ")
    outs = {"LAI": str(tmp_path / "b.tif"), "LAI_STD": str(tmp_path / "b_std.tif")}
    assert run_job("biophysical", dict(params, outputs=outs), block_size=40).blocks > 1
    assert_same(tmp_path / "ref.tif", outs["LAI"])
    assert_same(tmp_path / "ref_std.tif", outs["LAI_STD"])


def test_a_computed_sun_is_that_of_the_whole_raster_in_every_block(data, tmp_path):
    """Without sun angles the sun is computed at the grid centre: a block run places it at the centre of the whole
    raster, not of each block (each block's own centre moved LAI by up to 1e-4 on the Slovenia tile)."""
    params = dict(input=data["s2"], provider="cpu", threads=1, view_zenith=5.0, relative_azimuth=90.0)
    direct("biophysical", params, {"LAI": tmp_path / "ref.tif"})
    outs = {"LAI": str(tmp_path / "b.tif")}
    assert run_job("biophysical", dict(params, outputs=outs), block_size=40).blocks > 1
    assert_same(tmp_path / "ref.tif", outs["LAI"])
    # soil moisture's LAI retrieved from the S2 stack during the run: the same
    sm = dict(s1_path=data["s1"], s2_path=data["s2"], incidence=38.0, provider="cpu", threads=1)
    direct("soilmoisture", sm, {"SM": tmp_path / "sm.tif"})
    outs = {"SM": str(tmp_path / "b_sm.tif")}
    assert run_job("soilmoisture", dict(sm, outputs=outs), block_size=40).blocks > 1
    assert_same(tmp_path / "sm.tif", outs["SM"])


def test_a_tiles_folder_holding_other_files_is_refused_and_kept(data, tmp_path):
    """--tiles-dir on a folder of the user's (here: the one holding the input and a note) deleted that whole folder
    after a successful run. It is refused now, and so is a tiles folder that would hold an output; an empty folder
    of the user's is used and kept, emptied."""
    import shutil

    work = tmp_path / "work"
    work.mkdir()
    stack = str(work / "s2.tif")
    shutil.copy(data["s2"], stack)
    (work / "notes.txt").write_text("precious")
    params = dict(input=stack, provider="cpu", threads=1, **ANGLES)
    with pytest.raises(DistributedError, match="work holds .*s2.tif, and is deleted after the run"):
        run_job("biophysical", dict(params, outputs={"LAI": str(tmp_path / "lai.tif")}), tiles_dir=str(work),
                block_size=48)
    with pytest.raises(DistributedError, match="already holds other files and is not the tiles folder of an earlier"):
        run_job("biophysical", dict(params, input=data["s2"], outputs={"LAI": str(tmp_path / "lai.tif")}),
                tiles_dir=str(work), block_size=48)
    (tmp_path / "t").mkdir()
    with pytest.raises(DistributedError, match="holds .*lai.tif, and is deleted after the run"):
        run_job("biophysical", dict(params, outputs={"LAI": str(tmp_path / "t" / "lai.tif")}),
                tiles_dir=str(tmp_path / "t"), block_size=48)
    assert sorted(os.listdir(work)) == ["notes.txt", "s2.tif"] and not os.path.exists(tmp_path / "lai.tif")
    empty = tmp_path / "empty"
    empty.mkdir()
    rep = run_job("biophysical", dict(params, outputs={"LAI": str(tmp_path / "lai.tif")}), tiles_dir=str(empty),
                  block_size=48)
    assert rep.blocks == 9 and os.path.isdir(empty) and not os.listdir(empty)
    direct("biophysical", params, {"LAI": tmp_path / "ref.tif"})
    assert_same(tmp_path / "ref.tif", tmp_path / "lai.tif")


def test_a_clumping_map_in_another_crs_gives_the_whole_run_in_blocks(data, tmp_path):
    """A clumping-index map in another CRS is warped tile by tile, and GDAL approximates the coordinate transform per
    window: blocks that were not whole tiles of the run moved LAI by up to 0.017 on a 300 × 300 px stack. Blocks are now
    whole tiles: the same values as a whole run with the same tile size."""
    from rasterio.transform import from_bounds
    from rasterio.warp import transform_bounds

    with rasterio.open(data["s2"]) as ds:
        w, s, e, n = transform_bounds(ds.crs, "EPSG:4326", *ds.bounds)
    omega = np.random.default_rng(3).uniform(0.5, 1.0, (23, 17)).astype(np.float32)
    cmap = str(tmp_path / "omega.tif")
    pad_x, pad_y = (e - w) * 0.1, (n - s) * 0.1
    with rasterio.open(cmap, "w", driver="GTiff", width=17, height=23, count=1, dtype="float32", crs="EPSG:4326",
                       transform=from_bounds(w - pad_x, s - pad_y, e + pad_x, n + pad_y, 17, 23)) as ds:
        ds.write(omega, 1)
    params = dict(input=data["s2"], provider="cpu", threads=1, clumping_map=cmap, tile_size=32, **ANGLES)
    direct("biophysical", params, {"LAI": tmp_path / "ref.tif"})
    outs = {"LAI": str(tmp_path / "b.tif")}
    assert run_job("biophysical", dict(params, outputs=outs), block_size=40).blocks > 1
    assert_same(tmp_path / "ref.tif", outs["LAI"])


@pytest.mark.parametrize("workers", [False, True])
def test_a_block_run_says_what_a_whole_run_says_once(data, tmp_path, workers, request):
    """Block runs dropped every message of the algorithm, warnings included (the input and models summary, a gamma0
    warning, the level of each date). Every line of the whole run is said once (by the first block computed), with
    the user's file names, and a warning a later block gives is said once too; on Dask workers as here."""
    from feedback_fixtures import Recording

    params = dict(input=data["s2"], provider="cpu", threads=1, view_zenith=5.0, relative_azimuth=90.0)
    whole = Recording()
    ADAPTERS["biophysical"].direct(params, {"LAI": str(tmp_path / "ref.tif")}, whole)
    blocks = Recording()
    client = request.getfixturevalue("client") if workers else None
    run_job("biophysical", dict(params, outputs={"LAI": str(tmp_path / "b.tif")}), block_size=48, feedback=blocks,
            client=client)
    said = blocks.messages + blocks.warnings
    for line in whole.messages + whole.warnings:
        assert said.count(line) == 1, (line, said)
    assert not any(".vrt" in m for m in said)        # the blocks' input views are named by the user's file
    assert any("top-of-atmosphere reflectance (L1C" in m and "LEVEL parameter" not in m for m in said)


def test_part_files_of_an_assembly_killed_earlier_are_removed(data, tmp_path):
    """A run killed (SIGKILL) while assembling left hidden .<output>.XXXX.part.vrt / .part.tif files that no later
    run removed. They are named by host and process now, and the next run that writes the output removes those of
    processes that are gone."""
    import subprocess

    from eolatent.core.outputs.files import _host

    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = [tmp_path / f".lai.tif.{_host()}.{dead.pid}-x1{s}" for s in (".part.vrt", ".part.tif")]
    for f in stale:
        f.write_bytes(b"left by a killed run")
    params = dict(input=data["s2"], provider="cpu", threads=1, outputs={"LAI": str(tmp_path / "lai.tif")}, **ANGLES)
    run_job("biophysical", params, block_size=48)
    assert sorted(os.listdir(tmp_path)) == ["lai.tif"]


def test_tiles_folder_checks_follow_links_and_keep_a_vrt_beside_its_tiles(data, tmp_path):
    """A tiles folder reached through a symbolic link to the output's folder passed the check (paths were compared as
    text), and the successful run then emptied that folder, output included. A .vrt output inside its own tiles
    folder, which is kept, is allowed again."""
    results = tmp_path / "results"
    results.mkdir()
    (tmp_path / "link").symlink_to(results)
    params = dict(input=data["s2"], provider="cpu", threads=1, **ANGLES)
    with pytest.raises(DistributedError, match="holds .*lai.tif, and is deleted after the run"):
        run_job("biophysical", dict(params, outputs={"LAI": str(results / "lai.tif")}),
                tiles_dir=str(tmp_path / "link"), block_size=48)
    tiles = tmp_path / "tiles"
    tiles.mkdir()
    rep = run_job("biophysical", dict(params, outputs={"LAI": str(tiles / "lai.vrt")}), tiles_dir=str(tiles),
                  block_size=48)
    assert rep.blocks == 9 and os.path.exists(tiles / "lai.vrt")
    direct("biophysical", params, {"LAI": tmp_path / "ref.tif"})
    assert_same(tmp_path / "ref.tif", tiles / "lai.vrt")


def test_an_older_versions_tiles_folder_is_not_resumed(data, tmp_path):
    """Blocks made by an older version (a computed sun at each block's centre, no angle tags) were resumed and mixed
    with new ones; their manifest (format 1) is refused now, and the folder is left as it is."""
    import json

    params = dict(input=data["s2"], provider="cpu", threads=1, view_zenith=5.0, relative_azimuth=90.0)
    tiles = tmp_path / "tiles"
    job = dict(params, outputs={"LAI": str(tmp_path / "lai.tif")})
    run_job("biophysical", job, tiles_dir=str(tiles), block_size=48, keep_tiles=True)
    manifest = json.loads((tiles / "manifest.json").read_text())
    manifest["signature"]["format"] = 1
    manifest["hash"] = "made by an older version"
    (tiles / "manifest.json").write_text(json.dumps(manifest))
    os.remove(tmp_path / "lai.tif")
    with pytest.raises(DistributedError, match=r"different: the tiles format \(another EO Latent version\)"):
        run_job("biophysical", job, tiles_dir=str(tiles), block_size=48, resume=True)
    assert os.path.isdir(tiles / "blocks") and not os.path.exists(tmp_path / "lai.tif")


def test_block_warnings_with_their_own_figures_say_so(data, tmp_path):
    """A warning that blocks give with their own figures (a clumping map without value over part of the raster) was
    shown once per distinct figure, each read as the run's; it is shown once, with the range of the blocks' figures
    (which holds the whole run's share). A file name
    with a backslash no longer breaks the renaming of the blocks' views."""
    from feedback_fixtures import Recording
    from rasterio.transform import from_bounds
    from rasterio.warp import transform_bounds

    import shutil

    stack = str(tmp_path / "field\\day1.tif")
    shutil.copy(data["s2"], stack)
    with rasterio.open(stack) as ds:
        w, s, e, n = transform_bounds(ds.crs, "EPSG:4326", *ds.bounds)
    omega = np.full((20, 20), 0.7, np.float32)
    omega[:, 10:] = np.nan                                         # no value over the eastern half
    cmap = str(tmp_path / "omega.tif")
    with rasterio.open(cmap, "w", driver="GTiff", width=20, height=20, count=1, dtype="float32", crs="EPSG:4326",
                       nodata=float("nan"), transform=from_bounds(w, s, e, n, 20, 20)) as ds:
        ds.write(omega, 1)
    params = dict(input=stack, provider="cpu", threads=1, clumping_map=cmap, tile_size=32, **ANGLES)
    fb, whole = Recording(), Recording()
    run_job("biophysical", dict(params, outputs={"LAI": str(tmp_path / "b.tif")}), block_size=40, feedback=fb)
    ADAPTERS["biophysical"].direct(params, {"LAI": str(tmp_path / "w.tif")}, whole)
    gaps = [m for m in fb.warnings if "no value" in m]
    assert len(gaps) == 1 and "(figures per block, from the lowest to the highest over the 4 blocks computed)" in \
        gaps[0], fb.warnings
    # the blocks' range holds the whole run's share (a pixel-weighted mean of the blocks' shares; not so a count)
    low, high = map(float, re.search(r"no value for ([\d.]+)–([\d.]+) %", gaps[0]).groups())
    share = float(re.search(r"no value for ([\d.]+) %", next(m for m in whole.warnings if "no value" in m)).group(1))
    assert low < share < high, (gaps, whole.warnings)
    assert os.path.exists(tmp_path / "b.tif") and not any(".vrt" in m for m in fb.messages + fb.warnings)


def test_a_warning_from_some_blocks_only_says_how_many_gave_it():
    """A warning that only some blocks gave (a date empty in their part of the raster) was shown as if it held for
    the whole raster (the review): it says how many of the blocks computed gave it; one every block gave is plain."""
    from feedback_fixtures import Recording

    from eolatent.core.scaleout.block_messages import Relay

    log = Recording()
    relay = Relay(log, {})
    every, some = "the input says nothing about its level", "no pixel retrieved on 1 date(s): 2015-07-11"
    for block in range(4):       # block b0 says the second warning twice: counted once (blocks, not messages)
        relay(dict(block=f"b{block}", messages=[["warning", every]] + ([["warning", some]] * (2 - block) if block < 2
                                                                        else [])))
    relay.finish(4)
    assert log.warnings == [every, some + " (2 of the 4 blocks computed gave this warning)"]


def test_a_block_run_whose_blocks_are_all_cloud_says_what_the_whole_run_says(tmp_path):
    """A cloud-covered date run in blocks failed at assembly with the general 'no valid pixel' wording, without the
    cause (clouds detected) and the switch that keeps them, which the whole run gives; it now says the same, naming
    the user's file, not a block's view, and leaves nothing behind."""
    from conftest import SLOVENIA

    from eolatent.core.engine.input_checks import NoValidPixelError

    cloudy = os.path.join(SLOVENIA, "S2L1C_TOA_13band_2015-08-20.tif")
    with pytest.raises(NoValidPixelError) as whole:
        ADAPTERS["biophysical"].direct(dict(input=cloudy, provider="cpu", threads=1), {"LAI": str(tmp_path / "w.tif")})
    with pytest.raises(DistributedError) as blocks:
        run_job("biophysical", dict(input=cloudy, provider="cpu", threads=1, outputs={"LAI": str(tmp_path / "b.tif")}),
                block_size=64)
    assert "its clouds detected by eolatent.cloud.s2cloudless" in str(whole.value)
    assert str(blocks.value) == str(whole.value) + "; nothing was written", (str(blocks.value), str(whole.value))
    assert os.listdir(tmp_path) == []


def test_a_block_run_does_not_need_os_uname(data, tmp_path, monkeypatch):
    """Each block's record named its host with os.uname(), which Windows lacks: every block run failed there (the
    second review). platform.node() names it everywhere; the record says it."""
    import json
    import platform

    monkeypatch.delattr(os, "uname", raising=False)
    out = tmp_path / "lai.tif"
    run_job("biophysical", dict(input=data["s2"], provider="cpu", threads=1, outputs={"LAI": str(out)}, **ANGLES),
            block_size=48, keep_tiles=True)
    records = [json.load(open(os.path.join(root, "block.json"))) for root, _, names in os.walk(f"{out}.tiles")
               if "block.json" in names]
    assert out.exists() and records and all(r["host"] == platform.node() for r in records)


def test_log_lines_with_block_figures_end_with_the_blocks_range():
    """Log lines were shown from the first block only: a count of its pixels read as the whole raster's, and a line
    that only a later block gave was lost. When all blocks are done, a line whose figures differ is given again with
    each differing figure as the blocks' min–max; per-date lines are matched date by date; a line only some blocks
    gave is shown (again, when the first block gave it) with how many; figures inside dates or names are not ranged (the first block's, saying so). A line with figures waits for the end: the first block's "output: 1024 × 1024 pixels" read as the size of a 4800 × 4800 output."""
    from feedback_fixtures import Recording

    from eolatent.core.scaleout.block_messages import Relay, ranges

    log = Recording()
    relay = Relay(log, {})
    for b, held in enumerate((3, 12, 1)):
        relay(dict(block=f"b{b}", messages=[["info", "encoder fine4 1.0"], ["info", f"2015-07-11: {90 + b} % valid"],
                                            ["info", f"2015-08-20: {40 - b} % valid"],
                                            ["info", f"{held} chunk-date(s) held"]]
                   + ([["info", "S1 dates outside the LAI dates take the LAI of the nearest LAI date"]] if b else [])
                   + ([["info", "temporal smoothing needs several dates"]] if b == 0 else [])))
    relay.finish(3)
    assert log.messages == ["temporal smoothing needs several dates", "encoder fine4 1.0",
                            "2015-07-11: 90–92 % valid (figures per block, from the lowest to the highest over the 3 blocks computed)",
                            "2015-08-20: 38–40 % valid (figures per block, from the lowest to the highest over the 3 blocks computed)",
                            "1–12 chunk-date(s) held (figures per block, from the lowest to the highest over the 3 blocks computed)",
                            "temporal smoothing needs several dates (1 of the 3 blocks computed gave this line)",
                            "S1 dates outside the LAI dates take the LAI of the nearest LAI date (2 of the 3 blocks "
                            "computed gave this line)"]
    assert ranges(["no pixel on 2015-07-11", "no pixel on 2015-08-11"]) is None      # dates, names: not figures
    assert ranges(["B04 missing", "B05 missing"]) is None
    assert ranges(["tile-12.tif: 4 %", "tile-13.tif: 5 %"]) is None
    assert ranges(["1,5 % and 7", "12,25 % and 7", "3 % and 7"]) == "1,5–12,25 % and 7"
    assert ranges(["offset -5 dB", "offset -3 dB"]) == "offset -5 to -3 dB"              # signs (the second review)
    assert ranges(["2015-07-11: 3 px", "2015-07-11: 12 px"]) == "2015-07-11: 3–12 px"
    assert ranges(["pixel #1: 5", "pixel ##: 15"]) is None                             # not the same line
    # a block that lacks a date does not shift the others' per-date lines onto the wrong date
    log = Recording()
    relay = Relay(log, {})
    relay(dict(block="b0", messages=[["warning", "2015-07-11: 40 % clear"], ["warning", "2015-08-01: 50 % clear"]]))
    relay(dict(block="b1", messages=[["warning", "2015-08-01: 70 % clear"]]))
    relay.finish(2)
    assert log.warnings == ["2015-07-11: 40 % clear (1 of the 2 blocks computed gave this warning)",
                            "2015-08-01: 50–70 % clear (figures per block, from the lowest to the highest over the 2 "
                            "blocks computed)"]


def test_mosaic_statistics_undo_only_the_nudge_of_a_constant_block(tmp_path):
    """A constant block's maximum is written nudged up (GDAL refuses min == max); pooled, it is its true maximum
    again, while a near-uniform block (300.0 … 300.0002 K) keeps its real one (the review)."""
    from rasterio.transform import from_origin

    from eolatent.core.outputs.geotiff import statistics_tags
    from eolatent.core.scaleout.assembly import mosaic_statistics

    def block(name, values):
        a = np.asarray(values, np.float32).reshape(1, -1)
        with rasterio.open(tmp_path / name, "w", driver="GTiff", width=a.shape[1], height=1, count=1,
                           dtype="float32", transform=from_origin(0, 1, 1, 1)) as ds:
            ds.write(a, 1)
            v = a.astype(np.float64)
            ds.update_tags(1, **statistics_tags(dict(minimum=v.min(), maximum=v.max(), mean=v.mean(),
                                                     stddev=v.std(), valid_percent=100.0)))
        return str(tmp_path / name), float(a.max())

    (near, top), (low, _), (const, _) = block("a.tif", [300.0, 300.0002]), block("b.tif", [290.0, 299.0]), \
        block("c.tif", [400.0, 400.0])
    assert float(mosaic_statistics([near, low], 1, 4)[0]["STATISTICS_MAXIMUM"]) == top
    assert float(mosaic_statistics([const, low], 1, 4)[0]["STATISTICS_MAXIMUM"]) == 400.0     # not 400.0004



def test_textquery_blocks_read_the_whole_rasters_season(data, tmp_path, monkeypatch):
    """A raster straddling 10° S: the southern date shift was decided per block (each block's centre), so the northern
    blocks differed from the direct run by up to 0.63; every block now takes the whole raster's centre."""
    import shutil

    from rasterio.crs import CRS
    from rasterio.transform import from_origin
    from rasterio.warp import transform as to_crs

    from eolatent.core.textquery import image_side

    south = str(tmp_path / "south.tif")
    shutil.copy(data["s2"], south)
    with rasterio.open(south, "r+") as ds:
        x, y = to_crs("EPSG:4326", "EPSG:32733", [15.0], [-10.0])
        h = ds.height * ds.res[1]
        ds.crs, ds.transform = CRS.from_epsg(32733), from_origin(x[0], y[0] + 0.2 * h, ds.res[0], ds.res[1])
    monkeypatch.setattr(image_side, "STRIP_PIXELS", 2000)  # 20-row feature strips: several blocks
    tq = dict(input=south, prompts="forest\nmeadow", provider="cpu", threads=1, cache_dir=str(tmp_path / "cache"))
    direct("textquery", tq, {"P": tmp_path / "p.tif"})
    outs = {"P": str(tmp_path / "b_p.tif")}
    assert run_job("textquery", dict(tq, outputs=outs), block_size=40).blocks > 1
    assert_same(tmp_path / "p.tif", outs["P"])


def test_cog_overviews_of_integer_outputs_pick_values(tmp_path):
    """The scale-out audit: the COG overviews of a quality raster holding only flags 0 and 4 held 1, 2 and 3 (the
    driver averaged them): zoomed out, QGIS showed flags that were never set. Integer outputs: nearest."""
    from rasterio.transform import from_origin

    from eolatent.core.scaleout.assembly import _translate

    flags = np.zeros((1100, 1100), np.uint8)
    flags[::2, ::2] = 4                                  # a fine checkerboard of 0 and 4
    src = tmp_path / "q.tif"
    with rasterio.open(src, "w", driver="GTiff", width=1100, height=1100, count=1, dtype="uint8", crs="EPSG:32633",
                       transform=from_origin(0, 0, 10, 10)) as ds:
        ds.write(flags[None])
    _translate(str(src), str(tmp_path / "cog.tif"), True, "uint8", 1, 1100, 1100)
    with rasterio.open(tmp_path / "cog.tif") as ds:
        assert ds.overviews(1)                           # there are overviews, and they hold only 0 and 4
        for level in range(len(ds.overviews(1))):
            with rasterio.open(tmp_path / "cog.tif", overview_level=level) as ov:
                assert set(np.unique(ov.read(1))) <= {0, 4}, level
        np.testing.assert_array_equal(ds.read(1), flags)


def test_without_dask_workers_name_the_install(data, tmp_path, monkeypatch):
    """The scale-out audit: --workers without Dask failed with "No module named 'distributed'" (the import ran
    before the check that names the install command), and nothing was to be left behind."""
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)       # as if Dask were not installed
    out = tmp_path / "lai.tif"
    with pytest.raises(DistributedError, match=r'need Dask: pip install "dask\[distributed\]"'):
        run_job("biophysical", dict(input=data["s2"], provider="cpu", threads=1, outputs={"LAI": str(out)},
                                    **ANGLES), block_size=32, workers=2)
    assert not out.exists() and not (tmp_path / "lai.tif.tiles").exists()


def test_a_resumed_run_says_what_its_earlier_blocks_said(data, tmp_path):
    """The scale-out audit: after --resume only "16 already done… assembling" was said: the dates, angles, model
    and warnings of the blocks computed before the interruption were gone from the log."""
    from feedback_fixtures import Recording

    params = dict(input=data["s2"], provider="cpu", threads=1, **ANGLES)
    job, tiles = dict(params, outputs={"LAI": str(tmp_path / "lai.tif")}), tmp_path / "tiles"
    first = Recording()
    run_job("biophysical", job, tiles_dir=str(tiles), block_size=40, keep_tiles=True, feedback=first)
    os.remove(tmp_path / "lai.tif")
    again = Recording()
    rep = run_job("biophysical", job, tiles_dir=str(tiles), block_size=40, resume=True, keep_tiles=True,
                  feedback=again)
    assert not rep.computed and len(rep.skipped) == 9
    angles = [m for m in first.messages if "sun zenith" in m]
    assert angles and [m for m in again.messages if "sun zenith" in m] == angles
    assert sorted(again.warnings) == sorted(first.warnings)


def test_resume_refusals_name_the_command_line_options():
    """The scale-out audit: a refused --resume said "different: prior", "tile_size", "preset", "end" (the core's
    parameter names); every parameter a block run's command builds is named by an option of the command line."""
    import argparse

    from eolatent.cli import build_parser
    from eolatent.core.scaleout.tiles_folder import described_difference

    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    flags = {o for sp in sub.choices.values() for a in sp._actions for o in a.option_strings}
    keys = {"band_set", "clumping", "clumping_map", "detect_clouds", "input", "level", "non_vegetation", "prior",
            "relative_azimuth", "smooth", "smooth_window_days", "sun_zenith", "view_zenith", "force_gamma0",
            "incidence", "lai_path", "lai_value", "s1_path", "s2_path", "band", "conserve", "factor", "guide_path",
            "input_kind", "method", "negatives", "prompts", "threshold", "end", "grid_factor", "preset", "start",
            "dates", "decoder", "gap_fill", "radar_only_optical", "resolution", "step_days", "tile_size",
            "provider", "block_size"}
    named = {k: described_difference(k, {"algorithm": "biophysical"}) for k in keys}
    assert {k: v for k, v in named.items() if v not in flags} == {}
    assert named["prior"] == "--prior" and named["preset"] == "--model" and named["end"] == "--end-date"
    assert described_difference("model", {"algorithm": "textquery"}) == "--model-file"


def test_auto_and_the_provider_it_runs_on_resume_each_other(data, tmp_path):
    """The scale-out audit: a run started with --provider auto on a CPU machine could not be resumed with
    --provider cpu ("different: provider"), though both ran on the CPU."""
    from eolatent.core.engine.runtime import resolve_provider

    job = dict(input=data["s2"], provider="auto", threads=1, outputs={"LAI": str(tmp_path / "lai.tif")}, **ANGLES)
    tiles = tmp_path / "tiles"
    run_job("biophysical", job, tiles_dir=str(tiles), block_size=40, keep_tiles=True)
    os.remove(tmp_path / "lai.tif")
    rep = run_job("biophysical", dict(job, provider=resolve_provider("auto")), tiles_dir=str(tiles), block_size=40,
                  resume=True)
    assert not rep.computed and (tmp_path / "lai.tif").exists()


def test_a_partly_resumed_run_counts_every_block_behind_its_lines(data, tmp_path, monkeypatch):
    """The review: a resumed run's "(k of the n blocks computed gave this line)" counted only the blocks computed
    after the interruption; it counts the earlier ones too, whose lines it now repeats."""
    import shutil

    from eolatent.core.scaleout import distributed as dist_module

    counts = []
    real = dist_module.Relay.finish
    monkeypatch.setattr(dist_module.Relay, "finish", lambda self, n: counts.append(n) or real(self, n))
    job = dict(input=data["s2"], provider="cpu", threads=1, outputs={"LAI": str(tmp_path / "lai.tif")}, **ANGLES)
    tiles = tmp_path / "tiles"
    run_job("biophysical", job, tiles_dir=str(tiles), block_size=40, keep_tiles=True)
    os.remove(tmp_path / "lai.tif")
    for name in sorted(os.listdir(tiles / "blocks"))[:4]:
        shutil.rmtree(tiles / "blocks" / name)
    rep = run_job("biophysical", job, tiles_dir=str(tiles), block_size=40, resume=True)
    assert len(rep.computed) == 4 and len(rep.skipped) == 5 and counts == [9, 9]


def test_a_block_run_gives_the_whole_outputs_size_and_no_block_size_as_the_outputs(tmp_path):
    """The first block's "output: 1024 × 1024 pixels (1.0 Mpx)" was shown as it went, as if it were the size of the
    4800 × 4800 output: the driver gives the whole output's size, and the blocks' own sizes come as their range."""
    from feedback_fixtures import Recording

    lst = os.path.join(os.path.dirname(__file__), "data", "lst", "MOD11A1.A2019305.h14v09.006_LST.tif")
    log = Recording()
    run_job("superresolve", dict(input=lst, method="bicubic", factor=4, outputs={"LST": str(tmp_path / "o.tif")}),
            block_size=2048, feedback=log)
    assert log.messages[0].startswith("9 block(s) of the 4800 × 4800 pixels output in ")
    sizes = [m for m in log.messages if m.startswith("output: ")]
    assert len(sizes) == 1 and sizes[0].startswith("output: 1216–3072 × 1216–3072 pixels") and \
        "(figures per block, from the lowest to the highest over the 9 blocks computed)" in sizes[0]
