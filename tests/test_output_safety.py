# SPDX-License-Identifier: GPL-3.0-or-later
"""Outputs that cannot be written, and outputs that are inputs: a clear message that names the problem and
the fix (never a raw errno), nothing left behind, and never an input destroyed. On the command line and
through Processing. Unwritable destinations work as root too (os.access says yes to root everywhere): a
folder under /proc, where no file can be created, and a path under a regular file."""
import errno
import filecmp
import os
import shutil
import subprocess
import sys

import pytest

import classify_fixtures as CF
from eolatent.cli import main

HERE = os.path.dirname(os.path.abspath(__file__))
S2_DATE = os.path.join(HERE, "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")
GPKG = os.path.join(HERE, "data", "slovenia", "LULC_reference_polygons.gpkg")
RUNTIME = ["--provider", "cpu", "--threads", "1", "-q"]


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    """The real Slovenia stack and its fine4 latent raster (module scope: made once)."""
    return CF.slovenia_latent(str(tmp_path_factory.mktemp("safety")))


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EOLATENT_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture()
def out(tmp_path):
    """An empty output folder holding one regular file, ``regular``, to put unwritable paths under."""
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "regular").write_text("a file, not a folder")
    return folder


def unwritable(out, kind, name):
    return f"/proc/{name}" if kind == "proc" else str(out / "regular" / name)


def left(out):
    """What the run left in the output folder (besides the regular file)."""
    return sorted(set(os.listdir(out)) - {"regular"})


def cli(capsys, *args):
    rc = main([str(a) for a in args])
    o, err = capsys.readouterr()
    return rc, o, err


def clear(rc, err, *words):
    assert rc != 0, err
    assert "Errno" not in err and "Traceback" not in err, err
    for w in words:
        assert w in err, err


def _skip_without_training():
    pytest.importorskip("sklearn")
    pytest.importorskip("skl2onnx")


def _enospc(match):
    """A write_atomic that fails like a full disk for the paths containing ``match``."""
    from eolatent.core.outputs import files

    original = files.write_atomic

    def write_atomic(path, data):
        if match in os.path.basename(path):
            raise OSError(errno.ENOSPC, "No space left on device", os.path.join(os.path.dirname(path), ".x.part"))
        return original(path, data)

    return write_atomic


# ---- A: text query, polygons ---------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["proc", "under_file"])
def test_textquery_unwritable_polygons_refused_before_the_run(out, capsys, kind):
    polygons = unwritable(out, kind, "p.geojson")
    rc, o, err = cli(capsys, "textquery", "--input", S2_DATE, "--prompts", "forest", "--threshold", "0.5",
                     "--output", out / "p.tif", "--output-mask", out / "m.tif", "--output-polygons", polygons,
                     *RUNTIME)
    clear(rc, err, f"cannot write {polygons}", "--output-polygons")
    assert "choose" in err and not o
    assert left(out) == []


def test_textquery_polygons_with_another_extension_refused(out, capsys):
    """GeoJSON was written silently under any name (p.xyz, p.shp)."""
    rc, o, err = cli(capsys, "textquery", "--input", S2_DATE, "--prompts", "forest", "--threshold", "0.5",
                     "--output", out / "p.tif", "--output-polygons", out / "p.shp", *RUNTIME)
    clear(rc, err, "the polygons are written as GeoJSON; name the file .geojson")
    assert left(out) == []


def test_textquery_polygons_failing_after_the_rasters_removes_them(out, capsys, monkeypatch):
    from eolatent.core.outputs import files

    monkeypatch.setattr(files, "write_atomic", _enospc("p.geojson"))
    rc, _, err = cli(capsys, "textquery", "--input", S2_DATE, "--prompts", "forest", "--threshold", "0.5",
                     "--output", out / "p.tif", "--output-mask", out / "m.tif", "--output-polygons",
                     out / "p.geojson", *RUNTIME)
    assert rc == 1
    clear(rc, err, f"cannot write {out / 'p.geojson'}: No space left on device", "choose a folder you can write to")
    assert left(out) == []


def test_textquery_polygons_written_as_before(out, capsys):
    import json

    rc, o, err = cli(capsys, "textquery", "--input", S2_DATE, "--prompts", "forest", "--threshold", "0.3",
                     "--output", out / "p.tif", "--output-polygons", out / "p.geojson", *RUNTIME)
    assert rc == 0, err
    doc = json.load(open(out / "p.geojson"))
    assert doc["type"] == "FeatureCollection" and doc["crs"]["properties"]["name"].startswith("urn:ogc:def:crs:EPSG")
    assert all(f["properties"]["prompt"] == "forest" for f in doc["features"])
    assert left(out) == ["p.geojson", "p.tif"] and f"POLYGONS\t{out / 'p.geojson'}" in o


def test_textquery_command_as_a_new_user_types_it(out, tmp_path):
    """The audit's command, through ``python -m eolatent``."""
    env = dict(os.environ, EOLATENT_CACHE_DIR=str(tmp_path / "cache"))
    run = subprocess.run([sys.executable, "-m", "eolatent", "textquery", "-q", "--input", S2_DATE, "--prompts",
                          "forest", "--threshold", "0.5", "--output", str(out / "p.tif"), "--output-polygons",
                          "/proc/p.geojson"], capture_output=True, text=True, env=env,
                         cwd=str(tmp_path))
    clear(run.returncode, run.stderr, "cannot write /proc/p.geojson")
    assert left(out) == []


# ---- B: classify, report and model ---------------------------------------------------------------------------
@pytest.mark.parametrize("flag, kind, name", [("--output-report", "proc", "r.json"),
                                              ("--output-report", "under_file", "r.html"),
                                              ("--output-model", "proc", "m.onnx"),
                                              ("--output-model", "under_file", "m.onnx")])
def test_classify_unwritable_report_or_model_refused(real, out, capsys, flag, kind, name):
    _skip_without_training()
    path = unwritable(out, kind, name)
    rc, o, err = cli(capsys, "classify", "--input", real["latent"], "--training", GPKG, "--class-field", "LULC_NAME",
                     "--output", out / "lc.tif", "--output-confidence", out / "conf.tif", flag, path, *RUNTIME)
    clear(rc, err, f"cannot write {path}", "choose")
    assert not o and left(out) == []


def test_classify_report_failing_leaves_no_map(real, out, capsys, monkeypatch):
    from eolatent.core.outputs import files

    _skip_without_training()
    monkeypatch.setattr(files, "write_atomic", _enospc("r.part.json"))
    rc, _, err = cli(capsys, "classify", "--input", real["latent"], "--training", GPKG, "--class-field", "LULC_NAME",
                     "--output", out / "lc.tif", "--output-confidence", out / "conf.tif", "--output-model",
                     out / "m.onnx", "--output-report", out / "r.json", *RUNTIME)
    assert rc == 1
    clear(rc, err, f"cannot write {out / 'r.json'}: No space left on device")
    assert left(out) == []


def test_classify_writes_every_output_when_it_can(real, out, capsys):
    import json

    _skip_without_training()
    rc, o, err = cli(capsys, "classify", "--input", real["latent"], "--training", GPKG, "--class-field", "LULC_NAME",
                     "--output", out / "lc.tif", "--output-model", out / "m.onnx", "--output-report",
                     out / "r.json", *RUNTIME)
    assert rc == 0, err
    assert left(out) == ["lc.tif", "m.onnx", "r.json"]  # no temporary file left either
    report = json.load(open(out / "r.json"))
    assert 0.0 <= report["metrics"]["overall_accuracy"] <= 1.0
    assert f"OUTPUT_REPORT\t{out / 'r.json'}" in o


# ---- C: tiles folder -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["proc", "under_file", "is_a_file"])
def test_unusable_tiles_dir(real, out, capsys, kind):
    tiles = {"proc": "/proc/t", "under_file": str(out / "regular" / "t"), "is_a_file": str(out / "regular")}[kind]
    rc, o, err = cli(capsys, "biophysical", "--input", real["stack"], "--output-lai", out / "lai.tif", "--tiles-dir",
                     tiles, *RUNTIME)
    assert rc == 2
    clear(rc, err, f"--tiles-dir {tiles}", "choose a folder")
    assert not o and left(out) == []


# ---- D: an output that is an input ---------------------------------------------------------------------------
def _copy(src, dst):
    shutil.copyfile(src, dst)
    return str(dst)


@pytest.mark.parametrize("how", ["same", "dot", "symlink"])
def test_biophysical_output_equal_to_its_input_refused(real, out, capsys, how):
    stack = _copy(real["stack"], out / "in.tif")
    target = {"same": stack, "dot": str(out / "." / "in.tif"), "symlink": str(out / "link.tif")}[how]
    if how == "symlink":
        os.symlink(stack, target)
    rc, o, err = cli(capsys, "biophysical", "--input", stack, "--output-lai", target, *RUNTIME)
    assert rc == 2
    clear(rc, err, f"output {target} is also the input (--input)", "give the output another file name")
    assert filecmp.cmp(stack, real["stack"], shallow=False)
    assert not o and left(out) == sorted(["in.tif"] + (["link.tif"] if how == "symlink" else []))


@pytest.mark.parametrize("command", ["encode", "textquery_polygons", "cluster", "similarity", "classify_apply"])
def test_other_commands_refuse_an_output_equal_to_an_input(real, out, capsys, command):
    stack = _copy(real["stack"], out / "in.tif")
    latent = _copy(real["latent"], out / "latent.tif")
    args, victim, flag = {
        "encode": (["encode", "--s2-stack", stack, "--output", stack], stack, "--s2-stack"),
        "textquery_polygons": (["textquery", "--input", stack, "--prompts", "forest", "--threshold", "0.5",
                                "--output", out / "p.tif", "--output-polygons", stack], stack, "--input"),
        "cluster": (["cluster", "--input", latent, "--k", "3", "--output", latent], latent, "--input"),
        "similarity": (["similarity", "--input", latent, "--extra-inputs", stack, "--reference", GPKG, "--output",
                        stack], stack, "--extra-inputs"),
        "classify_apply": (["classify", "--input", latent, "--model", stack, "--output", stack], stack, "--model"),
    }[command]
    original = real["stack"] if victim == stack else real["latent"]
    rc, o, err = cli(capsys, *args, *RUNTIME)
    clear(rc, err, "is also the input", flag)
    assert filecmp.cmp(victim, original, shallow=False)
    assert not o and left(out) == ["in.tif", "latent.tif"]


def test_buildstack_refuses_to_replace_a_file_of_its_input_folder(tmp_path, capsys):
    folder = tmp_path / "s2"
    folder.mkdir()
    victim = _copy(S2_DATE, folder / os.path.basename(S2_DATE))
    rc, o, err = cli(capsys, "buildstack", "--s2-folders", folder, "--max-cloud", "100", "--output-s2", victim,
                     *RUNTIME)
    clear(rc, err, "would replace a file inside the input folder (--s2-folders")
    assert filecmp.cmp(victim, S2_DATE, shallow=False) and os.listdir(folder) == [os.path.basename(S2_DATE)]


# ---- the shared helpers --------------------------------------------------------------------------------------
def test_write_problem_tries_for_real(tmp_path):
    from eolatent.core.outputs.files import (OutputError, check_file_writable, folder_problem, folder_use_problem,
                                             write_problem, writing)

    (tmp_path / "f").write_text("x")
    assert write_problem(str(tmp_path / "ok.json")) is None and folder_use_problem(str(tmp_path / "new" / "t")) is None
    assert "no file can be created in folder /proc (the system says: " in write_problem("/proc/r.json") and "choose" in write_problem("/proc/r.json")
    assert "no file can be created in folder /proc" in folder_problem("/proc/x.tif")
    assert "is a file, not a folder" in write_problem(str(tmp_path / "f" / "r.json"))
    assert "is a folder" in write_problem(str(tmp_path))
    assert "is a file, not a folder" in folder_use_problem(str(tmp_path / "f"))
    with pytest.raises(OutputError, match=r"cannot write /proc/m.onnx: no file can be created in folder /proc"):
        check_file_writable("/proc/m.onnx")
    assert os.listdir(tmp_path) == ["f"]  # the probes leave nothing
    with pytest.raises(OutputError, match=r"^cannot write .*r.json: Permission denied; choose a folder you can"):
        with writing(str(tmp_path / "r.json")):
            raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / ".r.json.part"))
    with pytest.raises(FileNotFoundError):  # an input's error is not reported as the output's
        with writing(str(tmp_path / "r.json")):
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", "/elsewhere/input.tif")


# ---- Processing ----------------------------------------------------------------------------------------------
def _register(provider, name, cls_path):
    import importlib

    module, cls = cls_path.rsplit(".", 1)
    if provider.algorithm(name) is None:
        provider.addAlgorithm(getattr(importlib.import_module(module), cls)())


def test_processing_textquery_unwritable_polygons(eolatent_provider, out):
    import processing
    from qgis.core import QgsProcessingException

    _register(eolatent_provider, "textquery", "eolatent.processing_provider.textquery_algorithm.TextQueryAlgorithm")
    for poly in ("/proc/poly.gpkg", str(out / "regular" / "poly.gpkg")):
        with pytest.raises(QgsProcessingException, match="Cannot write .*poly.gpkg") as exc:
            processing.run("eolatent:textquery", dict(INPUT=S2_DATE, PROMPTS="forest", THRESHOLD=0.5,
                                                      OUTPUT=str(out / "p.tif"), OUTPUT_POLYGONS=poly,
                                                      EXECUTION_PROVIDER=2, THREADS=1))
        assert "Errno" not in str(exc.value)
        assert left(out) == []


def test_processing_textquery_polygons_failing_after_the_rasters(eolatent_provider, out, monkeypatch):
    import processing
    from qgis.core import QgsProcessingException

    from eolatent.processing_provider.textquery_algorithm import TextQueryAlgorithm

    _register(eolatent_provider, "textquery", "eolatent.processing_provider.textquery_algorithm.TextQueryAlgorithm")

    def fail(self, *args):
        raise QgsProcessingException("the polygons could not be written")

    monkeypatch.setattr(TextQueryAlgorithm, "_write_polygons", fail)
    with pytest.raises(QgsProcessingException, match="the polygons could not be written"):
        processing.run("eolatent:textquery", dict(INPUT=S2_DATE, PROMPTS="forest", THRESHOLD=0.5,
                                                  OUTPUT=str(out / "p.tif"), OUTPUT_MASK=str(out / "m.tif"),
                                                  OUTPUT_POLYGONS=str(out / "poly.gpkg"), EXECUTION_PROVIDER=2,
                                                  THREADS=1))
    assert left(out) == []


@pytest.mark.parametrize("param, kind, name", [("OUTPUT_REPORT", "proc", "r.html"),
                                               ("OUTPUT_REPORT", "under_file", "r.json"),
                                               ("OUTPUT_MODEL", "proc", "m.onnx")])
def test_processing_classify_unwritable_report_or_model(eolatent_provider, real, out, param, kind, name):
    import processing
    from qgis.core import QgsProcessingException

    _skip_without_training()
    gpkg = CF.polygons(copy_to=out.parent)[3]
    path = unwritable(out, kind, name)
    params = dict(INPUT=real["latent"], TRAINING=gpkg, CLASS_FIELD="LULC_NAME", OUTPUT=str(out / "lc.tif"),
                  OUTPUT_CONFIDENCE=str(out / "conf.tif"), OUTPUT_MODEL=str(out / "m.onnx"), EXECUTION_PROVIDER=2,
                  THREADS=1)
    params[param] = path
    with pytest.raises(QgsProcessingException, match="Cannot write") as exc:
        processing.run("eolatent:classify", params)
    assert path in str(exc.value) and "Errno" not in str(exc.value)
    assert left(out) == []


def test_processing_classify_report_failing_leaves_no_map(eolatent_provider, real, out, monkeypatch):
    import processing
    from qgis.core import QgsProcessingException

    from eolatent.core.outputs import files

    _skip_without_training()
    gpkg = CF.polygons(copy_to=out.parent)[3]
    monkeypatch.setattr(files, "write_atomic", _enospc("r.part.html"))
    with pytest.raises(QgsProcessingException, match="cannot write .*r.html: No space left on device") as exc:
        processing.run("eolatent:classify", dict(
            INPUT=real["latent"], TRAINING=gpkg, CLASS_FIELD="LULC_NAME", OUTPUT=str(out / "lc.tif"),
            OUTPUT_CONFIDENCE=str(out / "conf.tif"), OUTPUT_MODEL=str(out / "m.onnx"),
            OUTPUT_REPORT=str(out / "r.html"), EXECUTION_PROVIDER=2, THREADS=1))
    assert "Errno" not in str(exc.value)
    assert left(out) == []


def test_processing_output_equal_to_input_refused(eolatent_provider, real, out):
    import processing
    from qgis.core import QgsProcessingException

    stack = _copy(real["stack"], out / "in.tif")
    with pytest.raises(QgsProcessingException, match=r"\(OUTPUT_LAI\) is also the input INPUT") as exc:
        processing.run("eolatent:biophysical", dict(INPUT=stack, OUTPUT_LAI=stack, EXECUTION_PROVIDER=2,
                                                    THREADS=1))
    assert "another file name" in str(exc.value)
    assert filecmp.cmp(stack, real["stack"], shallow=False) and left(out) == ["in.tif"]
    latent = _copy(real["latent"], out / "latent.tif")
    with pytest.raises(QgsProcessingException, match=r"\(OUTPUT\) is also the input EXTRA_INPUTS"):
        processing.run("eolatent:cluster", dict(INPUT=latent, EXTRA_INPUTS=[stack], K=3, OUTPUT=stack))
    assert filecmp.cmp(stack, real["stack"], shallow=False) and left(out) == ["in.tif", "latent.tif"]
