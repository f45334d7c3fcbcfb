# SPDX-License-Identifier: GPL-3.0-or-later
"""The packaged zip installs into a fresh QGIS profile and its algorithm runs from qgis_process."""
import glob
import json
import os
import shutil
import subprocess
import sys
import zipfile

import numpy as np
import pytest
import rasterio

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
# the system Python (QGIS's, what `python3 -m eolatent` runs for a user): this venv's interpreter would import the
# repository's own eolatent through its editable install instead of the installed plugin's files
SYSTEM_PY = os.path.join(sys.base_prefix, "bin", "python3")
SYSTEM_PY = SYSTEM_PY if os.path.exists(SYSTEM_PY) else sys.executable
pytestmark = pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process not installed")


def offline_deps(tmp_path):
    """A folder exposing this venv's onnxruntime (and its pure-Python deps) to QGIS's own Python."""
    import flatbuffers
    import google.protobuf
    import onnxruntime

    ext = tmp_path / "deps"
    ext.mkdir()
    for mod in (onnxruntime, flatbuffers):
        os.symlink(os.path.dirname(mod.__file__), ext / os.path.basename(os.path.dirname(mod.__file__)))
    google_dir = os.path.dirname(os.path.dirname(google.protobuf.__file__))
    os.symlink(google_dir, ext / "google")
    return str(ext)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pkg")
    zip_path = tmp / "eolatent.zip"
    subprocess.run(["bash", os.path.join(ROOT, "tools", "package.sh"), str(zip_path)], check=True, cwd=ROOT)
    cfg = tmp / "qgis-config"
    env = dict(os.environ, PYTHONPATH=offline_deps(tmp), QGIS_CUSTOM_CONFIG_PATH=str(cfg),
               QT_QPA_PLATFORM="offscreen", EOLATENT_MODELS_DIR=str(tmp / "user-models"))
    subprocess.run(["bash", os.path.join(ROOT, "tools", "install_plugin.sh"), str(zip_path),
                    str(cfg / "profiles" / "default")], check=True, env=env, cwd=ROOT)
    # the large models are not in the zip: install them offline from this repository's files, with the plugin's
    # own command line run from the installed plugin folder (python -m eolatent ...)
    plugins = cfg / "profiles" / "default" / "python" / "plugins"
    res = subprocess.run([SYSTEM_PY, "-m", "eolatent", "models", "install", "--all", "--from",
                          os.path.join(ROOT, "models")], env=env, cwd=plugins, capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr
    return zip_path, cfg, env


def test_zip_holds_runtime_files_only(installed):
    zip_path, *_ = installed
    names = zipfile.ZipFile(zip_path).namelist()
    assert "eolatent/metadata.txt" in names and "eolatent/__init__.py" in names and "eolatent/CITATION.cff" in names
    assert "eolatent/models/biophysical_s2.onnx" in names
    assert "eolatent/icons/textquery.svg" in names and "eolatent/icons/eolatent.svg" in names
    assert "eolatent/core/physics/data/prospect_d_coefficients.csv" in names
    assert not [n for n in names if "/tests/" in n or "/training/" in n or n.endswith(".pyc")]
    # ≤ 20 MB for the QGIS plugin repository: the large models come through the model manager
    assert os.path.getsize(zip_path) <= 20 * 1024 * 1024, os.path.getsize(zip_path)
    manifest = json.load(open(os.path.join(ROOT, "models", "manifest.json")))
    for m in manifest["models"]:
        assert (f"eolatent/models/{m['file']}" in names) == m["shipped"], m["file"]
    assert "eolatent/models/manifest.json" in names
    # the documents the README links to in docs/ come along (text only)
    import re

    linked = set(re.findall(r"\]\((docs/[^)]+\.md)\)", open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()))
    assert linked and all(f"eolatent/{d}" in names for d in linked), linked
    top = [os.path.basename(f) for f in glob.glob(os.path.join(ROOT, "*.py"))]
    assert "cli_polygons.py" in top
    for f in top:
        assert f"eolatent/{f}" in names, f  # the command line comes with the plugin, every module of it


def test_cli_from_the_plugin_folder_lists_verified_models(installed):
    """python -m eolatent from the installed plugin folder: the shipped and the installed models, all verified."""
    _, cfg, env = installed
    plugins = cfg / "profiles" / "default" / "python" / "plugins"
    where = subprocess.run([SYSTEM_PY, "-c", "import eolatent; print(eolatent.__file__)"], env=env, cwd=plugins,
                           capture_output=True, text=True, timeout=60)
    assert where.stdout.strip() == str(plugins / "eolatent" / "__init__.py"), where.stdout + where.stderr
    res = subprocess.run([SYSTEM_PY, "-m", "eolatent", "models", "list", "--json"], env=env, cwd=plugins,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    rows = rows["models"] if isinstance(rows, dict) else rows
    assert rows and all(r["verified"] for r in rows), rows
    assert {r["location"] for r in rows} == {"shipped", "user"}


def test_qgis_process_lists_and_runs(installed, slovenia_tif, tmp_path):
    _, cfg, env = installed
    listing = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True, text=True, timeout=120)
    assert "eolatent:biophysical" in listing.stdout
    out = tmp_path / "lai.tif"
    run = subprocess.run([QGIS_PROCESS, "run", "eolatent:biophysical", "--", f"INPUT={slovenia_tif}",
                          "SUN_ZENITH=27.3", "VIEW_ZENITH=5", "RELATIVE_AZIMUTH=90", f"OUTPUT_LAI={out}",
                          "EXECUTION_PROVIDER=2"], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Execution provider that ran: CPU" in run.stdout + run.stderr
    from eolatent.core.biophysical import retrieval as bio
    from eolatent.core.inputs.sentinel2 import open_s2

    with open_s2(slovenia_tif) as src:
        refl, _ = src.read(0, rasterio.windows.Window(0, 0, src.grid.width, src.grid.height), bio.INPUT_BANDS)
    ref = bio.retrieve(dict(zip(bio.INPUT_BANDS, refl)), 27.3, 5.0, 90.0, level="L1C")  # the tile is Level-1C
    with rasterio.open(out) as ds:
        np.testing.assert_allclose(ds.read(1), ref["LAI"], atol=1e-5, equal_nan=True)


def test_missing_dependency_is_explained(installed, slovenia_tif, tmp_path):
    """Without onnxruntime the provider still loads and the algorithm says exactly what to run."""
    _, cfg, env = installed
    env = dict(env, PYTHONPATH="")
    out = tmp_path / "lai.tif"
    run = subprocess.run([QGIS_PROCESS, "run", "eolatent:biophysical", "--", f"INPUT={slovenia_tif}",
                          "SUN_ZENITH=27.3", "VIEW_ZENITH=5", "RELATIVE_AZIMUTH=90", f"OUTPUT_LAI={out}"],
                         env=env, capture_output=True, text=True, timeout=300)
    text = run.stdout + run.stderr
    assert run.returncode != 0 and not out.exists()
    assert "onnxruntime" in text and "pip install" in text and "eolatent-libs" in text and "--find-links" in text


def test_buildstack_needs_no_onnxruntime(installed, tmp_path):
    """Algorithms without a neural network run even where onnxruntime is missing."""
    _, cfg, env = installed
    env = dict(env, PYTHONPATH="")
    out = tmp_path / "s2.tif"
    run = subprocess.run([QGIS_PROCESS, "run", "eolatent:buildstack", "--",
                          f"S2_FOLDERS={os.path.join(ROOT, 'tests', 'data', 'slovenia')}", "MAX_CLOUD=100",
                          "START_DATE=2015-07-01", "END_DATE=2015-07-15", f"OUTPUT_S2={out}"],
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    with rasterio.open(out) as ds:
        assert ds.tags()["MODALITY"] == "S2" and ds.descriptions[0].endswith("2015-07-11")


def test_every_algorithm_is_listed_and_the_new_ones_run(installed, slovenia_tif, tmp_path):
    """encode → decode, superresolve and textquery from the installed zip, equal to the engine's results."""
    _, cfg, env = installed
    listing = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True, text=True, timeout=120)
    for alg in ("biophysical", "buildstack", "soilmoisture", "encode", "decode", "superresolve", "textquery"):
        assert f"eolatent:{alg}" in listing.stdout, alg

    def run(alg, *params):
        res = subprocess.run([QGIS_PROCESS, "run", f"eolatent:{alg}", "--", *params, "EXECUTION_PROVIDER=2"],
                             env=dict(env, EOLATENT_CACHE_DIR=str(tmp_path / "cache")), capture_output=True,
                             text=True, timeout=300)
        assert res.returncode == 0, res.stdout + res.stderr
        return res.stdout

    lat, lai = tmp_path / "latent.tif", tmp_path / "lai.tif"
    run("encode", f"S2_STACK={slovenia_tif}", f"OUTPUT={lat}")
    run("decode", f"INPUT={lat}", "DATES=2015-07-11", f"OUTPUT_LAI={lai}")
    lst = os.path.join(ROOT, "tests", "data", "lst", "pyTSEB_ExampleImage_Trad_pm.tif")
    sr = tmp_path / "sr.tif"
    run("superresolve", f"INPUT={lst}", "FACTOR=2", "METHOD=3", f"OUTPUT={sr}")
    tq = tmp_path / "tq.tif"
    run("textquery", f"INPUT={slovenia_tif}", "PROMPTS=forest", f"OUTPUT={tq}")
    from eolatent.core.decode.raster import run_decode
    from eolatent.core.encode.raster import run_encode
    from eolatent.core.superres.superres_raster import run_superres
    from eolatent.core.textquery import image_cache
    from eolatent.core.textquery.query_raster import run_textquery

    cpu = dict(provider="cpu", threads=1)
    run_encode(str(tmp_path / "ref_latent.tif"), s2_path=slovenia_tif, **cpu)
    run_decode(str(tmp_path / "ref_latent.tif"), {"LAI": str(tmp_path / "ref_lai.tif")}, dates="2015-07-11", **cpu)
    run_superres(lst, str(tmp_path / "ref_sr.tif"), factor=2, method="bicubic", **cpu)
    image_cache.clear_memory()
    run_textquery(slovenia_tif, "forest", str(tmp_path / "ref_tq.tif"), cache_dir=str(tmp_path / "c2"), **cpu)
    for got, ref, tol in ((lai, "ref_lai.tif", 1e-5), (sr, "ref_sr.tif", 1e-4), (tq, "ref_tq.tif", 1e-5)):
        with rasterio.open(got) as a, rasterio.open(tmp_path / ref) as b:
            np.testing.assert_allclose(a.read(), b.read(), atol=tol, equal_nan=True)
