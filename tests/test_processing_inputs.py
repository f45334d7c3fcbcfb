# SPDX-License-Identifier: GPL-3.0-or-later
"""Inputs of the Processing algorithms as a new user gives them: a SAFE or Theia/MAJA product folder for
eolatent:biophysical (INPUT_FOLDER, or INPUT=folder as on the command line), exactly one input, a missing or
non-raster file named with what is wrong, and the text query log's wording."""
from __future__ import annotations

import os
import re

import numpy as np
import pytest
import rasterio

import s2_fixtures as fx

SLOVENIA = os.path.join(os.path.dirname(__file__), "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")


def _feedback():
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):
            self.lines.append(info)
            super().pushInfo(info)

        def reportError(self, error, fatalError=False):
            self.lines.append(error)
            super().reportError(error, fatalError)

    return Log()


def _run(params, alg_id="eolatent:biophysical", feedback=None):
    import processing

    return processing.run(alg_id, params, feedback=feedback)


def _run_unchecked(params, alg_id="eolatent:biophysical"):
    """Run without checkParameterValues, as the Batch dialog does: (ok, the log)."""
    from qgis.core import QgsApplication, QgsProcessingContext

    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    context, feedback = QgsProcessingContext(), _feedback()
    _results, ok = alg.run(params, context, feedback)
    return ok, "\n".join(feedback.lines)


def _lai(path):
    with rasterio.open(path) as ds:
        return ds.read(1), ds.crs, ds.transform


@pytest.fixture()
def products(tmp_path):
    return {"safe": fx.make_safe(tmp_path / "safe"), "theia": fx.make_theia(tmp_path / "theia")}


def _cli_lai(folder, out):
    from eolatent.cli import main

    assert main(["biophysical", "--input", str(folder), "--output-lai", str(out), "--provider", "cpu",
                 "--quiet"]) == 0
    return _lai(out)


@pytest.mark.parametrize("kind", ["safe", "theia"])
def test_product_folder_through_input_folder_and_input_gives_the_cli_lai(eolatent_provider, products, kind,
                                                                          tmp_path):
    folder = products[kind]
    ref, crs, transform = _cli_lai(folder, tmp_path / "cli.tif")
    assert np.isfinite(ref).sum() > 10  # a real retrieval to compare with
    values = {"INPUT_FOLDER": dict(INPUT_FOLDER=str(folder)),
              "INPUT": dict(INPUT=str(folder)),  # refused before: "Could not load source layer for INPUT"
              "INPUT empty": dict(INPUT="", INPUT_FOLDER=str(folder)),
              "INPUT metadata": dict(INPUT=str(folder / "MTD_MSIL2A.xml")) if kind == "safe" else
              dict(INPUT=str(next(folder.glob("*_MTD_ALL.xml"))))}
    for label, given in values.items():
        out = tmp_path / (label.replace(" ", "_") + ".tif")
        res = _run(dict(given, OUTPUT_LAI=str(out), EXECUTION_PROVIDER=2, THREADS=1))
        lai, lai_crs, lai_transform = _lai(res["OUTPUT_LAI"])
        np.testing.assert_allclose(lai, ref, atol=1e-5, equal_nan=True, err_msg=label)
        assert lai_crs == crs and lai_transform.almost_equals(transform), label
        assert os.path.exists(str(out).replace(".tif", ".qml")), label  # styled like a raster input's output


def test_a_product_folder_given_as_input_is_normalised_for_the_check_and_the_run(eolatent_provider, products):
    from qgis.core import QgsApplication, QgsProcessingContext

    alg = QgsApplication.processingRegistry().createAlgorithmById("eolatent:biophysical")
    safe = str(products["safe"])
    assert alg.parameterDefinition("INPUT_FOLDER").behavior() == alg.parameterDefinition("INPUT_FOLDER").Folder
    assert alg.normalised_parameters({"INPUT": safe, "LEVEL": 1}) == {"INPUT_FOLDER": safe, "LEVEL": "L2A"}
    assert alg.normalised_parameters({"INPUT": SLOVENIA}) == {"INPUT": SLOVENIA}  # a raster stays a raster
    ok, message = alg.checkParameterValues({"INPUT": safe, "OUTPUT_LAI": "lai.tif"}, QgsProcessingContext())
    assert ok, message


def test_output_over_the_product_folder_is_refused(eolatent_provider, products):
    from qgis.core import QgsProcessingException

    folder = products["theia"]
    tif = next(folder.glob("*_FRE_B4.tif"))
    before = tif.read_bytes()
    with pytest.raises(QgsProcessingException, match="would replace the input"):
        _run(dict(INPUT_FOLDER=str(folder), OUTPUT_LAI=str(folder)))
    assert tif.read_bytes() == before


@pytest.mark.parametrize("given, expected", [
    ({}, "No input: give INPUT"),
    ({"INPUT": "", "INPUT_FOLDER": ""}, "No input: give INPUT"),
    ({"INPUT": SLOVENIA, "INPUT_FOLDER": "{safe}"}, "not both"),
    ({"INPUT": "{theia}", "INPUT_FOLDER": "{safe}"}, "not both"),
])
def test_exactly_one_input(eolatent_provider, products, tmp_path, given, expected):
    from qgis.core import QgsProcessingException

    given = {k: v.format(**products) for k, v in given.items()}
    out = tmp_path / "lai.tif"
    with pytest.raises(QgsProcessingException, match=expected):
        _run(dict(given, OUTPUT_LAI=str(out)))
    ok, log = _run_unchecked(dict(given, OUTPUT_LAI=str(out)))  # the Batch dialog runs without the check
    assert not ok and expected in log
    assert not out.exists()


def test_missing_product_folder(eolatent_provider, tmp_path):
    from qgis.core import QgsProcessingException

    missing = str(tmp_path / "S2B_MSIL2A_20210703.SAFE")
    with pytest.raises(QgsProcessingException, match="INPUT_FOLDER: .*S2B_MSIL2A_20210703.SAFE does not exist"):
        _run(dict(INPUT_FOLDER=missing, OUTPUT_LAI=str(tmp_path / "lai.tif")))


def _not_a_raster(tmp_path):
    path = tmp_path / "notes.tif"
    path.write_text("these are field notes, not a raster\n")
    return str(path)


@pytest.mark.parametrize("alg_id, name, extra", [
    ("eolatent:biophysical", "INPUT", {"OUTPUT_LAI": "{tmp}/out.tif"}),
    ("eolatent:biophysical", "CLUMPING_MAP", {"INPUT": SLOVENIA, "OUTPUT_LAI": "{tmp}/out.tif"}),
    ("eolatent:textquery", "INPUT", {"PROMPTS": "forest", "OUTPUT": "{tmp}/out.tif"}),
    ("eolatent:encode", "S2_STACK", {"OUTPUT": "{tmp}/out.tif"}),
    ("eolatent:encode", "S1_STACK", {"S2_STACK": SLOVENIA, "OUTPUT": "{tmp}/out.tif"}),
])
def test_missing_or_unreadable_input_is_named(eolatent_provider, tmp_path, alg_id, name, extra):
    from qgis.core import QgsProcessingException

    extra = {k: v.format(tmp=tmp_path) for k, v in extra.items()}
    missing = str(tmp_path / "x" / "does_not_exist.tif")
    bad = _not_a_raster(tmp_path)
    for value, said in ((missing, f"{name}: {missing} does not exist."),
                        (bad, f"{name}: {bad} cannot be opened as a raster (")):
        params = dict(extra, **{name: value})
        with pytest.raises(QgsProcessingException) as err:  # processing.run, qgis_process: the check says it
            _run(params, alg_id)
        assert said in str(err.value)
        ok, log = _run_unchecked(params, alg_id)  # the Batch dialog: the run says it
        assert not ok and said in log, log
    # GDAL says why, without naming the file twice (its wording changed in GDAL 3.8: "as being in a")
    assert re.search(re.escape(f"{bad} cannot be opened as a raster (not recognized as ") + r"[a-z ]*supported file "
                     r"format\)\.", log), log
    assert not os.path.exists(tmp_path / "out.tif")


def test_text_query_log_names_the_input_kind(eolatent_provider, tmp_path, monkeypatch):
    """"Model … on a Sentinel-2 input" / "on a latent input" (it read "on a s2 input")."""
    from eolatent.core.encode.raster import run_encode
    from eolatent.core.textquery import image_cache

    monkeypatch.setenv("EOLATENT_CACHE_DIR", str(tmp_path / "cache"))
    image_cache.clear_memory()
    latent = str(tmp_path / "latent.tif")
    run_encode(latent, s2_path=SLOVENIA, preset="fine4", provider="cpu", threads=1)
    for source, kind in ((SLOVENIA, "Sentinel-2"), (latent, "latent")):
        feedback = _feedback()
        _run(dict(INPUT=source, PROMPTS="forest", OUTPUT=str(tmp_path / f"p_{kind}.tif"), EXECUTION_PROVIDER=2,
                  THREADS=1), "eolatent:textquery", feedback)
        line = next(x for x in feedback.lines if x.startswith("Model "))
        assert f" on a {kind} input; image side computed; execution provider CPU" in line, line


def test_batch_dialog_rows_with_a_product_folder_and_a_missing_file(qgis_iface, eolatent_provider, products,
                                                                    tmp_path):
    """The Batch dialog leaves an unused cell NULL and runs each row without the check: a SAFE folder row runs, a row
    whose file does not exist says which file."""
    from processing.core.Processing import Processing
    from qgis.PyQt.QtCore import QCoreApplication
    from qgis.PyQt.QtWidgets import QTextEdit

    from test_batch_dialog import _active_after, _batch

    Processing.initialize()
    missing = str(tmp_path / "x" / "does_not_exist.tif")
    rows = [{"INPUT_FOLDER": str(products["safe"]), "OUTPUT_LAI": str(tmp_path / "safe_lai.tif")},
            {"INPUT": missing, "OUTPUT_LAI": str(tmp_path / "missing_lai.tif")},
            {"INPUT": SLOVENIA, "OUTPUT_LAI": str(tmp_path / "lai.tif")}]
    dlg = _batch("eolatent:biophysical", rows)
    try:
        dlg.runAlgorithm()
        assert _active_after(60, until_idle=True) == []
        QCoreApplication.processEvents()
        log = "\n".join(w.toPlainText() for w in dlg.findChildren(QTextEdit))
        assert f"INPUT: {missing} does not exist." in log, log
        assert "No input raster" not in log and "not both" not in log
        assert os.path.exists(tmp_path / "safe_lai.tif") and os.path.exists(tmp_path / "lai.tif")
        assert not os.path.exists(tmp_path / "missing_lai.tif")
    finally:
        dlg.close()
