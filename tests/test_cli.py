# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line (python -m eolatent / the eolatent console script): usage errors with clear messages,
and every algorithm through the CLI equal to the direct core call on the small real samples."""
import json
import os
import subprocess
import sys

import numpy as np
import pytest
import rasterio

from eolatent.cli import main
from pixel_equality import same_pixels
from eolatent.core.scaleout.jobs import ADAPTERS

ANGLES = ["--sun-zenith", "30", "--view-zenith", "5", "--relative-azimuth", "90"]


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    from latent_fixtures import make_decoder, make_encoder, write_stacks

    folder = tmp_path_factory.mktemp("cli")
    out = write_stacks(str(folder))
    out["encoder"] = make_encoder(folder / "enc.onnx")
    out["decoder"] = make_decoder(folder / "dec.onnx")
    return out


def same(a, b):
    with rasterio.open(a) as da, rasterio.open(b) as db:
        assert da.descriptions == db.descriptions and da.tags() == db.tags() and da.transform == db.transform
        return same_pixels(da.read(), db.read())      # other threads / blocks batch other pixels together


def cli(capsys, *args):
    rc = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.mark.parametrize("args, message", [
    (["biophysical", "--input", "{s2}"], "no output given: name at least one of --output-lai"),
    (["biophysical", "--input", "/nonexistent.tif", "--output-lai", "{tmp}/a.tif"], "--input /nonexistent.tif: no such"),
    (["biophysical", "--input", "{s2}", "--output-lai", "{tmp}/a.tif", "--output-lai-std", "{tmp}/a.tif"],
     "same file name ({tmp}/a.tif)"),
    (["biophysical", "--input", "{s2}", "--output-lai", "{tmp}/a.png"], "GeoTIFF (.tif)"),
    (["biophysical", "--input", "{s2}", "--output-lai", "{tmp}/a.vrt"], "a .vrt output is a mosaic of block files"),
    (["biophysical", "--input", "{s2}", "--output-lai", "{tmp}/a.tif", "--workers", "2", "--scheduler", "tcp://x:1"],
     "not both"),
    (["encode", "--output", "{tmp}/l.tif"], "no input stack"),
    (["decode", "--input", "{s2}", "--output-var", "LAI"], "write VARIABLE=path.tif"),
    (["decode", "--input", "{s2}", "--output-lai", "{tmp}/l.tif", "--dates", "2015-07-15", "--start-date",
      "2015-08-01"], "--dates and --start-date both say which dates"),
    (["decode", "--input", "{s2}", "--output-lai", "{tmp}/l.tif", "--dates", " , "], "--dates is empty: give dates"),
    (["superresolve", "--input", "{s2}", "--output", "{tmp}/o.tif", "--method", "tsharp"], "needs --guide"),
    (["superresolve", "--input", "{s2}", "--output", "{tmp}/o.jpg", "--method", "bicubic"],
     "--output {tmp}/o.jpg: outputs are GeoTIFF"),
    (["textquery", "--input", "{s2}", "--prompts", "forest", "--output", "{tmp}/p.txt"],
     "--output {tmp}/p.txt: outputs are GeoTIFF"),
    (["textquery", "--input", "{s2}", "--prompts", "forest", "--output", "{tmp}/p.tif", "--output-mask",
      "{tmp}/m.tif"], "need --threshold"),
    (["textquery", "--input", "{s2}", "--prompts", "forest", "--output", "{tmp}/p.tif", "--threshold", "0.5"],
     "--threshold makes a mask and polygons: give --output-mask or --output-polygons too"),
    (["buildstack", "--s2-folders", "{tmp}"], "no --output-s2"),
    (["buildstack", "--s2-folders", "{tmp}", "--output-s2", "{tmp}/s.tif", "--resolution", "0"],
     "--resolution 0: give a pixel size above 0"),
    (["buildstack", "--s2-folders", "{tmp}", "--output-s2", "{tmp}/s.tif", "--max-cloud", "-5"],
     "--max-cloud -5: give a cloud cover between 0 and 100"),
    (["buildstack", "--s2-folders", "{tmp}", "--output-s2", "{tmp}/s.tif", "--extent", "1,2,3"],
     "west,south,east,north"),
    (["buildstack", "--s2-folders", "{tmp}", "--output-s2", "{tmp}/s.tif", "--area", "@{tmp}/nope.wkt"],
     "nope.wkt: cannot read it (No such file or directory); give a text file holding a WKT polygon"),
    (["buildstack", "--s2-folders", "{tmp}", "--output-s2", "{tmp}/s.tif", "--area", "@{tmp}"],
     "it is a folder; give a text file"),
    (["buildstack", "--s2-folders", "{tmp}", "--output-s2", "{tmp}/s.tif", "--bands", "B02,B03,b02"],
     "--bands B02,B03,b02: B02 given twice; name each band once"),
    (["buildstack", "--s2-folders", "{s2}", "--output-s2", "{tmp}/s.tif"],
     "a file, not a folder; give the folder that holds the per-date files"),
    (["buildstack", "--s2-folders", "{tmp}", "--output-s2", "{tmp}/s.tif", "--area", "@{s2}"],
     "not a text file; give a text file holding a WKT polygon or a GeoJSON geometry"),
    # --workers 0 and --block-size 0 ran a plain run silently; negative values failed with exit 1 after the plan
    (["biophysical", "--input", "{s2}", "--output-lai", "{tmp}/a.tif", "--workers", "0"],
     "--workers 0: give at least 1 worker process"),
    (["biophysical", "--input", "{s2}", "--output-lai", "{tmp}/a.tif", "--workers", "-1"],
     "--workers -1: give at least 1 worker process"),
    (["biophysical", "--input", "{s2}", "--output-lai", "{tmp}/a.tif", "--block-size", "0"],
     "--block-size 0: give at least 1 pixel"),
    (["encode", "--s2-stack", "{s2}", "--output", "{tmp}/l.tif", "--block-size", "-5"],
     "--block-size -5: give at least 1 pixel"),
])
def test_usage_errors_exit_2_with_a_message(data, tmp_path, capsys, args, message):
    args = [a.format(s2=data["s2"], tmp=tmp_path) for a in args]
    rc, out, err = cli(capsys, *args)
    message = message.format(tmp=tmp_path)
    assert rc == 2 and message in err and err.startswith(f"eolatent {args[0]}: error:"), err
    assert not out and not [f for f in os.listdir(tmp_path)]


def test_argparse_errors_and_help(capsys):
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2 and "ALGORITHM" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["superresolve", "--input", "x.tif", "--output", "y.tif", "--method", "magic"])
    assert exc.value.code == 2 and "invalid choice: 'magic'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["decode", "--help"])
    assert exc.value.code == 0 and "--output-lai-std" in capsys.readouterr().out


def test_smooth_window_needs_smooth(data, tmp_path, capsys):
    rc, _, err = cli(capsys, "biophysical", "--input", data["s2"], "--output-lai", tmp_path / "a.tif",
                     "--smooth-window", 60)
    assert rc != 0 and "--smooth-window sets the window of --smooth: add --smooth" in err
    assert not os.listdir(tmp_path)


def test_engine_error_exit_1(data, tmp_path, capsys):
    rc, _, err = cli(capsys, "biophysical", "--input", data["s2"], "--output-lai", tmp_path / "a.tif",
                     "--level", "L1C", "--band-set", "10m")
    assert rc == 1 and "there is no L1C model with band set 10m" in err
    assert not os.listdir(tmp_path)


def test_biophysical_and_soilmoisture_equal_core(data, tmp_path, capsys):
    rc, out, _ = cli(capsys, "biophysical", "--input", data["s2"], *ANGLES, "--output-lai", tmp_path / "lai.tif",
                     "--output-quality", tmp_path / "q.tif", "--provider", "cpu", "--threads", "1", "-q")
    assert rc == 0 and out.splitlines() == [f"OUTPUT_LAI\t{tmp_path / 'lai.tif'}", f"OUTPUT_QUALITY\t{tmp_path / 'q.tif'}"]
    ADAPTERS["biophysical"].direct(dict(input=data["s2"], provider="cpu", sun_zenith=30.0, view_zenith=5.0,
                                        relative_azimuth=90.0), {"LAI": str(tmp_path / "ref.tif")})
    assert same(tmp_path / "ref.tif", tmp_path / "lai.tif")
    # block run through the CLI (blocks here, one after the other): identical too
    rc, _, _ = cli(capsys, "biophysical", "--input", data["s2"], *ANGLES, "--output-lai", tmp_path / "blk.tif",
                   "--provider", "cpu", "--block-size", "48", "-q")
    assert rc == 0 and same(tmp_path / "ref.tif", tmp_path / "blk.tif")
    assert not os.path.exists(tmp_path / "blk.tif.tiles")

    rc, _, _ = cli(capsys, "soilmoisture", "--s1-stack", data["s1"], "--lai", tmp_path / "lai.tif", "--incidence",
                   "38", "--output-sm", tmp_path / "sm.tif", "--provider", "cpu", "-q")
    assert rc == 0
    ADAPTERS["soilmoisture"].direct(dict(s1_path=data["s1"], lai_path=str(tmp_path / "lai.tif"), incidence=38.0,
                                         provider="cpu"), {"SM": str(tmp_path / "sm_ref.tif")})
    assert same(tmp_path / "sm_ref.tif", tmp_path / "sm.tif")


def test_encode_decode_equal_core(data, tmp_path, capsys):
    rc, _, _ = cli(capsys, "encode", "--s2-stack", data["s2"], "--s1-stack", data["s1"], "--model-file",
                   data["encoder"], "--output", tmp_path / "lat.tif", "--provider", "cpu", "-q")
    assert rc == 0
    ADAPTERS["encode"].direct(dict(s2_path=data["s2"], s1_path=data["s1"], preset=data["encoder"], provider="cpu"),
                              {"latent": str(tmp_path / "lat_ref.tif")})
    assert same(tmp_path / "lat_ref.tif", tmp_path / "lat.tif")
    rc, _, _ = cli(capsys, "decode", "--input", tmp_path / "lat.tif", "--decoder-file", data["decoder"], "--dates",
                   "2015-07-12,2015-08-21", "--resolution", "20", "--output-lai", tmp_path / "lai.tif",
                   "--output-var", f"SM_STD={tmp_path / 'sm_std.tif'}", "--provider", "cpu", "-q")
    assert rc == 0
    ADAPTERS["decode"].direct(dict(input=str(tmp_path / "lat.tif"), decoder=data["decoder"], provider="cpu",
                                   dates="2015-07-12,2015-08-21", resolution=20.0),
                              {"LAI": str(tmp_path / "lai_ref.tif"), "SM_STD": str(tmp_path / "sm_ref.tif")})
    assert same(tmp_path / "lai_ref.tif", tmp_path / "lai.tif")
    assert same(tmp_path / "sm_ref.tif", tmp_path / "sm_std.tif")


def test_superresolve_and_textquery_equal_core(data, tmp_path, capsys):
    from lst_fixtures import modis_window, write

    raw, transform, crs, descriptions = modis_window(rows=slice(560, 600), cols=slice(120, 160))
    lst = write(str(tmp_path / "modis.tif"), raw, transform, crs=crs, descriptions=descriptions)
    rc, _, _ = cli(capsys, "superresolve", "--input", lst, "--method", "bicubic", "--factor", "2", "--output",
                   tmp_path / "fine.tif", "-q")
    assert rc == 0
    ADAPTERS["superresolve"].direct(dict(input=lst, method="bicubic", factor=2), {"LST": str(tmp_path / "ref.tif")})
    assert same(tmp_path / "ref.tif", tmp_path / "fine.tif")
    # --band by name (any case) as by number; an unknown name lists the bands (argparse refused any name)
    rc, _, _ = cli(capsys, "superresolve", "--input", lst, "--method", "bicubic", "--factor", "2", "--band",
                   "lst_night_1km", "--output", tmp_path / "night_name.tif", "-q")
    rc2, _, _ = cli(capsys, "superresolve", "--input", lst, "--method", "bicubic", "--factor", "2", "--band", "2",
                    "--output", tmp_path / "night_2.tif", "-q")
    assert rc == rc2 == 0 and same(tmp_path / "night_name.tif", tmp_path / "night_2.tif")
    with rasterio.open(tmp_path / "night_2.tif") as n, rasterio.open(tmp_path / "fine.tif") as d:
        assert "LST_Night_1km" in n.tags()["EOLATENT_INPUT"] and not np.array_equal(n.read(), d.read(), equal_nan=True)
    rc, _, err = cli(capsys, "superresolve", "--input", lst, "--band", "QC_Day", "--output", tmp_path / "q.tif")
    assert rc != 0 and "is QC_Day, a MODIS layer that is not a temperature" in err
    rc, _, err = cli(capsys, "superresolve", "--input", lst, "--band", "Foo", "--output", tmp_path / "f.tif")
    assert rc == 2 and f"--band Foo: no band of modis.tif is named so (its bands: 1 {descriptions[0]}" in err

    rc, out, _ = cli(capsys, "textquery", "--input", data["s2"], "--prompts", "forest", "--threshold", "0.5",
                     "--output", tmp_path / "p.tif", "--output-polygons", tmp_path / "forest.geojson",
                     "--provider", "cpu", "-q")
    assert rc == 0 and "POLYGONS" in out
    res = ADAPTERS["textquery"].direct(dict(input=data["s2"], prompts="forest", threshold=0.5, provider="cpu"),
                                       {"P": str(tmp_path / "p_ref.tif")})
    assert same(tmp_path / "p_ref.tif", tmp_path / "p.tif")
    with open(tmp_path / "forest.geojson") as fh:
        doc = json.load(fh)
    assert len(doc["features"]) == len(res.polygons) > 0
    assert doc["crs"]["properties"]["name"].endswith("32633")
    # block run: polygons from the assembled map are those of the direct run
    rc, _, _ = cli(capsys, "textquery", "--input", data["s2"], "--prompts", "forest", "--threshold", "0.5",
                   "--output", tmp_path / "pb.tif", "--output-polygons", tmp_path / "b.geojson", "--provider", "cpu",
                   "--tiles-dir", tmp_path / "tiles", "-q")
    assert rc == 0 and same(tmp_path / "p_ref.tif", tmp_path / "pb.tif") and not (tmp_path / "tiles").exists()
    with open(tmp_path / "b.geojson") as fh:
        assert json.load(fh)["features"] == doc["features"]


def test_buildstack_equal_core(tmp_path, capsys):
    from s1_fixtures import slovenia_s2_copies

    from eolatent.core.inputs.stackbuild.build import build_stacks

    slovenia_s2_copies(tmp_path / "s2", dates=("2015-07-11", "2015-08-20"))
    rc, _, err = cli(capsys, "buildstack", "--s2-folders", tmp_path / "s2", "--max-cloud", "100",
                     "--output-s2", tmp_path / "stack.tif")
    assert rc == 0, err
    build_stacks([str(tmp_path / "s2")], [], None, None, 100.0, None, out_s2=str(tmp_path / "ref.tif"))
    assert same(tmp_path / "ref.tif", tmp_path / "stack.tif")


def test_python_m_with_a_local_dask_cluster(data, tmp_path):
    """`python -m eolatent … --workers 2`: a real 2-process LocalCluster, started and closed by the CLI."""
    pytest.importorskip("distributed")
    cmd = [sys.executable, "-m", "eolatent", "biophysical", "--input", data["s2"], *ANGLES, "--output-lai",
           str(tmp_path / "lai.tif"), "--provider", "cpu", "--workers", "2", "--block-size", "64", "--cog"]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=str(tmp_path))
    assert res.returncode == 0, res.stderr
    assert "4 block(s): 4 computed" in res.stderr
    ADAPTERS["biophysical"].direct(dict(input=data["s2"], provider="cpu", sun_zenith=30.0, view_zenith=5.0,
                                        relative_azimuth=90.0), {"LAI": str(tmp_path / "ref.tif")})
    assert same(tmp_path / "ref.tif", tmp_path / "lai.tif")
    assert sorted(os.listdir(tmp_path)) == ["lai.tif", "ref.tif"]


def test_engine_messages_name_the_command_line_options():
    """The engine's messages name Processing parameters; on the command line each gets its option beside it."""
    from eolatent.cli import cli_words, command_flags

    sm = command_flags("soilmoisture")
    assert cli_words("set FORCE_GAMMA0 to run anyway; INCIDENCE = 3 looks like radians", sm) == \
        "set FORCE_GAMMA0 (--force-gamma0) to run anyway; INCIDENCE (--incidence) = 3 looks like radians"
    # a name this command has no option for, a short word, a path and an option already named stay as they are
    assert cli_words("the band tag LEVEL=L1C", {"--level"}) == "the band tag LEVEL=L1C"      # a tag, not the option
    assert cli_words("set LEVEL to force it", {"--level"}) == "set LEVEL (--level) to force it"
    assert cli_words("LAI_VALUE, LAI, /data/S2_STACK.tif, OUTPUT_LAI", sm) == \
        "LAI_VALUE (--lai-value), LAI, /data/S2_STACK.tif, OUTPUT_LAI"
    bio = command_flags("biophysical")
    assert cli_words("set LEVEL to force it", bio) == "set LEVEL (--level) to force it"
    assert cli_words("set LEVEL (--level) to force it", bio) == "set LEVEL (--level) to force it"
    # a parameter whose option is a switch of another name
    assert cli_words("a date can be cloud everywhere; DETECT_CLOUDS off keeps every pixel", bio) == \
        "a date can be cloud everywhere; DETECT_CLOUDS (--no-cloud-detection) off keeps every pixel"


def test_log_names_the_option(tmp_path, capsys):
    """End to end: the Slovenia date carries no view angles; the log says the default is used and which option
    changes it."""
    path = os.path.join(os.path.dirname(__file__), "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")
    assert main(["biophysical", "--input", path, "--output-lai", str(tmp_path / "lai.tif"), "--provider", "cpu"]) == 0
    err = capsys.readouterr().err
    assert "set VIEW_ZENITH (--view-zenith) / RELATIVE_AZIMUTH (--relative-azimuth) to change it" in err


def test_sigterm_ends_a_run_like_ctrl_c(tmp_path):
    """A run stopped by timeout or a batch scheduler (SIGTERM) goes through the clean-up of Ctrl-C: it left a hidden
    partial output file behind. Here: the handler the command line installs turns SIGTERM into KeyboardInterrupt."""
    import signal

    from eolatent.cli_process import terminate_as_interrupt

    import time

    from eolatent.cli_process import restore

    before = terminate_as_interrupt()
    try:
        for sig in (signal.SIGTERM, signal.SIGHUP):     # SIGHUP too: the terminal closed
            with pytest.raises(KeyboardInterrupt):
                os.kill(os.getpid(), sig)
                time.sleep(5)       # the signal arrives at once; never slept through
    finally:
        restore(before)


def test_partial_files_of_killed_runs_are_removed_by_the_next_run(tmp_path):
    """SIGKILL (or a crash) leaves a run's hidden partial output behind; the next run writing the same output
    removes those whose process is gone, and keeps those of running processes, of other machines and of older
    versions (no process id in the name)."""
    import subprocess
    import sys

    from eolatent.core.outputs.files import _host, part_file

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    host = _host()
    names = {"dead": f".lai.tif.{host}.{dead.pid}-abc123.part.tif", "dead_aux": f".lai.tif.{host}.{dead.pid}-abc123"
             ".part.tif.aux.xml", "alive": f".lai.tif.{host}.{os.getppid()}-def456.part.tif",
             "other_host": f".lai.tif.elsewhere{host}.{dead.pid}-ghi789.part.tif", "old": ".lai.tif.jkl012.part.tif",
             "other_output": f".fcover.tif.{host}.{dead.pid}-mno345.part.tif"}
    for n in names.values():
        (tmp_path / n).write_bytes(b"x")
    fd, tmp = part_file(str(tmp_path / "lai.tif"), ".part.tif")
    os.close(fd)
    left = set(os.listdir(tmp_path))
    assert names["dead"] not in left and names["dead_aux"] not in left
    assert {names[k] for k in ("alive", "other_host", "old", "other_output")} <= left
    assert os.path.basename(tmp).startswith(f".lai.tif.{host}.{os.getpid()}-") and os.path.basename(tmp) in left


def test_cuda_asked_for_a_run_without_a_network_is_refused_where_cuda_is_missing(tmp_path, capsys, monkeypatch):
    """cluster, similarity and the bicubic / TsHARP super-resolutions ran on the CPU with --provider cuda and exit 0
    on a machine without CUDA; Processing refused them."""
    from eolatent.core.engine import runtime

    monkeypatch.setattr(runtime, "available_providers", lambda: ["cpu"])
    latent = os.path.join(os.path.dirname(__file__), "data", "slovenia", "LULC.tif")
    rc = main(["cluster", "--input", latent, "--k", "3", "--output", str(tmp_path / "c.tif"), "--provider", "cuda"])
    err = capsys.readouterr().err
    assert rc == 2 and "CUDA is not available here (onnxruntime offers cpu); cluster runs no network" in err
    rc = main(["superresolve", "--input", latent, "--method", "bicubic", "--output", str(tmp_path / "l.tif"),
               "--provider", "cuda"])
    assert rc == 2 and "superresolve --method bicubic runs no network" in capsys.readouterr().err
    # buildstack's only model, the cloud detector, runs on the CPU: --provider cuda ran it there, exit 0, silently
    s2 = os.path.join(os.path.dirname(__file__), "data", "slovenia")
    rc = main(["buildstack", "--s2-folders", s2, "--output-s2", str(tmp_path / "s.tif"), "--provider", "cuda"])
    assert rc == 2 and "buildstack's cloud detector (s2cloudless, a tree ensemble) runs on the CPU: use --provider " \
        "auto or cpu" in capsys.readouterr().err
    assert not os.listdir(tmp_path)


@pytest.mark.parametrize("blocks_done", [False, True])
def test_an_interrupted_block_run_says_whether_blocks_were_kept(data, tmp_path, capsys, monkeypatch, blocks_done):
    """Ctrl-C during a block run said 'finished blocks are kept: rerun with --resume' even when no block had
    finished and no tiles folder was left."""
    import signal

    from eolatent.core.scaleout import distributed

    def interrupted(command, params, tiles_dir=None, **kw):
        if blocks_done:
            os.makedirs(tiles_dir or distributed.default_tiles_dir(params["outputs"]))
            os.kill(os.getpid(), signal.SIGTERM)     # a batch scheduler's stop: exit status 128 + 15
        raise KeyboardInterrupt
    monkeypatch.setattr(distributed, "run_job", interrupted)
    before = signal.getsignal(signal.SIGTERM)
    try:
        rc, out, err = cli(capsys, "biophysical", "--input", data["s2"], "--output-lai", tmp_path / "lai.tif",
                           "--block-size", "32")
    finally:
        signal.signal(signal.SIGTERM, before)
    assert rc == (143 if blocks_done else 130)
    if blocks_done:
        assert f"finished blocks are kept in {tmp_path / 'lai.tif'}.tiles: rerun the same command with --resume" in err
    else:
        assert "interrupted; no output was written" in err and "--resume" not in err


def test_buildstack_extent_and_area_together_take_their_intersection(tmp_path, capsys):
    """--extent with --area was refused on the command line; Processing's EXTENT and AREA cut the polygon to the
    extent. Now both do: the stack covers the intersection, and pixels outside the polygon are no data."""
    s2 = os.path.join(os.path.dirname(__file__), "data", "slovenia")
    x0, y1 = 465181.05, 5080254.63                          # the tile's north-west corner (EPSG:32633, 10 m)
    west_half = f"POLYGON (({x0} {y1 - 1010},{x0 + 500} {y1 - 1010},{x0 + 500} {y1},{x0} {y1},{x0} {y1 - 1010}))"
    north_half = f"{x0 - 100},{y1 - 500},{x0 + 1100},{y1 + 100}"
    out = tmp_path / "s.tif"
    rc = main(["buildstack", "--s2-folders", s2, "--output-s2", str(out), "--extent", north_half, "--area", west_half,
               "--area-crs", "EPSG:32633", "--no-cloud-detection", "-q"])
    assert rc == 0, capsys.readouterr().err
    with rasterio.open(out) as ds:
        valid = np.isfinite(ds.read(1))
        left, bottom, right, top = ds.bounds
    assert valid.any() and (right - left) <= 510 and (top - bottom) <= 510      # about 50 × 50 px of the NW quarter
    assert left <= x0 + 10 and top >= y1 - 10
    rc = main(["buildstack", "--s2-folders", s2, "--output-s2", str(tmp_path / "t.tif"), "--extent",
               f"{x0 + 600},{y1 - 500},{x0 + 900},{y1}", "--area", west_half, "--area-crs", "EPSG:32633"])
    assert rc == 2 and "and --area do not overlap; change one of them" in capsys.readouterr().err
    assert not os.path.exists(tmp_path / "t.tif")
    # a self-intersecting (bow-tie) ring is made valid, then cut: both its triangles, within the extent
    bowtie = (f"POLYGON (({x0} {y1 - 1000},{x0 + 500} {y1},{x0 + 500} {y1 - 1000},{x0} {y1},"
              f"{x0} {y1 - 1000}))")
    rc = main(["buildstack", "--s2-folders", s2, "--output-s2", str(tmp_path / "b.tif"), "--extent", north_half,
               "--area", bowtie, "--area-crs", "EPSG:32633", "--no-cloud-detection", "-q"])
    assert rc == 0, capsys.readouterr().err
    with rasterio.open(tmp_path / "b.tif") as ds:
        assert ds.bounds.bottom >= y1 - 510 and np.isfinite(ds.read(1)).any()


def test_buildstack_area_touching_the_extent_keeps_only_its_polygons(tmp_path, capsys):
    """A field of --area that only touches --extent left a line in their intersection (a GEOMETRYCOLLECTION), which
    the stack builder refused as not a polygon; an inverted --extent beside --area was taken silently."""
    s2 = os.path.join(os.path.dirname(__file__), "data", "slovenia")
    x0, y1 = 465181.05, 5080254.63
    inside = f"(({x0} {y1 - 500},{x0 + 500} {y1 - 500},{x0 + 500} {y1},{x0} {y1},{x0} {y1 - 500}))"
    touching = f"(({x0} {y1 - 900},{x0 + 500} {y1 - 900},{x0 + 500} {y1 - 600},{x0} {y1 - 600},{x0} {y1 - 900}))"
    extent = f"{x0 - 100},{y1 - 600},{x0 + 1100},{y1 + 100}"              # its south edge is the second field's north
    out = tmp_path / "s.tif"
    rc = main(["buildstack", "--s2-folders", s2, "--output-s2", str(out), "--extent", extent, "--area",
               f"MULTIPOLYGON ({inside},{touching})", "--area-crs", "EPSG:32633", "--no-cloud-detection", "-q"])
    assert rc == 0, capsys.readouterr().err
    with rasterio.open(out) as ds:
        assert ds.height <= 51 and np.isfinite(ds.read(1)).any()          # the first field only
    rc = main(["buildstack", "--s2-folders", s2, "--output-s2", str(tmp_path / "t.tif"), "--extent",
               f"{x0 + 1100},{y1},{x0},{y1 - 600}", "--area", f"POLYGON {inside}", "--area-crs", "EPSG:32633"])
    assert rc == 2 and "empty or inverted" in capsys.readouterr().err


def test_written_files_are_printed_under_their_processing_output_names():
    """Scripts parse one name per output, as qgis_process prints them: encode printed 'latent', textquery 'P', 'M',
    'Q', biophysical 'LAI', buildstack 'S2'."""
    from eolatent.cli import result_name
    from eolatent.processing_provider.textquery_algorithm import TextQueryAlgorithm

    assert [result_name(k) for k in ("latent", "P", "M", "Q", "POLYGONS")] == [
        "OUTPUT", TextQueryAlgorithm.OUTPUT, TextQueryAlgorithm.OUTPUT_MASK, TextQueryAlgorithm.OUTPUT_QUALITY,
        TextQueryAlgorithm.OUTPUT_POLYGONS]
    assert [result_name(k) for k in ("LAI", "LAI_STD", "S2", "S1", "LST", "OUTPUT_MODEL")] == [
        "OUTPUT_LAI", "OUTPUT_LAI_STD", "OUTPUT_S2", "OUTPUT_S1", "OUTPUT", "OUTPUT_MODEL"]


def test_every_option_of_every_command_says_what_it_is():
    """The scale-out audit: --output-sm, --output-s2, --factor, --method, --input-units and superresolve's --output
    printed no description in --help."""
    import argparse

    from eolatent.cli import build_parser

    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    bare = [(name, a.option_strings[0]) for name, sp in sub.choices.items() for a in sp._actions
            if a.option_strings and a.dest != "help" and not (a.help or "").strip()]
    assert len(sub.choices) >= 10 and bare == []


def test_a_tiles_folder_holding_the_output_is_named_as_such(data, tmp_path, capsys):
    """The scale-out audit: "would replace a file inside the input folder (--blocks-folder …)": no such option, and
    the tiles folder is no input; the tiles folder's own refusal says what to do."""
    folder = tmp_path / "e"
    folder.mkdir()
    (folder / "lai.tif").write_bytes(b"old")
    rc, _, err = cli(capsys, "biophysical", "--input", data["s2"], *ANGLES, "--output-lai", folder / "lai.tif",
                     "--block-size", "32", "--tiles-dir", folder)
    assert rc == 2 and "--blocks-folder" not in err and f"the tiles folder {folder} holds {folder / 'lai.tif'}" in err
    assert (folder / "lai.tif").read_bytes() == b"old"


def test_workers_without_dask_are_a_usage_error_before_any_work(data, tmp_path, capsys, monkeypatch):
    """The review: on --resume --workers without Dask the earlier blocks' log came first, then the error, with exit
    status 1; it is found before any work, like the other option errors (exit 2)."""
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)
    rc, out, err = cli(capsys, "biophysical", "--input", data["s2"], *ANGLES, "--output-lai", tmp_path / "lai.tif",
                       "--workers", "2")
    assert rc == 2 and 'need Dask: pip install "dask[distributed]"' in err and not os.listdir(tmp_path)
