# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing, from a new user's audit: a number out of its range is refused naming the parameter, the value and the
allowed range (QGIS alone said "Incorrect parameter value for K" and qgis_process's help shows no range); FACTOR's
description and help say that it takes the factor itself (a number parameter); EXECUTION_PROVIDER=1 (CUDA) on an
algorithm or method that runs no network is refused where CUDA is not available (never a silent CPU run) and warned
about where it is."""
import os

import numpy as np
import pytest
import rasterio

import classify_fixtures as CF
from feedback_fixtures import keeping_processing_feedback
from lst_fixtures import modis_window, write


def _alg(name):
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().createAlgorithmById(f"eolatent:{name}")


def _context():
    from qgis.core import QgsProcessingContext

    return QgsProcessingContext()


def _check(name, params):
    from qgis.core import QgsProcessingContext

    alg = _alg(name)  # kept alive while QGIS checks
    ok, message = alg.checkParameterValues(params, QgsProcessingContext())
    return ok, message


@pytest.mark.parametrize("name, params, message", [
    ("cluster", dict(K=10000), "K = 10000 is outside the allowed range: 0 … 254."),
    ("cluster", dict(K="10000"), "K = 10000 is outside the allowed range: 0 … 254."),
    ("cluster", dict(K_MAX=1), "K_MAX = 1 is outside the allowed range: 2 … 50."),
    ("cluster", dict(K=-1), "K = -1 is outside the allowed range: 0 … 254."),
    ("cluster", dict(K="2.5"), "K = 2.5 is not a whole number (allowed: 0 … 254)."),
    ("cluster", dict(K="ten"), "K = ten is not a number (allowed: 0 … 254)."),
    ("decode", dict(STEP_DAYS=0), "STEP_DAYS = 0 is outside the allowed range: 1 … 366."),
    ("decode", dict(STEP_DAYS="-7"), "STEP_DAYS = -7 is outside the allowed range: 1 … 366."),
    ("soilmoisture", dict(INCIDENCE=200), "INCIDENCE = 200 is outside the allowed range: 1 … 89."),
    ("soilmoisture", dict(INCIDENCE="nan"), "INCIDENCE = nan is not a number (allowed: 1 … 89)."),
    ("buildstack", dict(RESOLUTION=0), "RESOLUTION = 0 is outside the allowed range: 0.01 or more."),
])
def test_a_number_out_of_range_names_the_allowed_range(eolatent_provider, name, params, message):
    ok, got = _check(name, params)
    assert not ok and got == message


def test_numbers_in_range_and_unset_ones_pass_the_range_check(eolatent_provider):
    alg = _alg("cluster")
    assert alg.number_out_of_range(dict(K=254, K_MAX="50", SEED=2 ** 31 - 1, SAMPLE_SIZE=100.0)) is None
    assert alg.number_out_of_range(dict(K=None, K_MAX="", SEED=" ")) is None
    soil = _alg("soilmoisture")
    assert soil.number_out_of_range(dict(INCIDENCE=None, LAI_VALUE="")) is None  # optional, not set
    assert soil.number_out_of_range(dict(INCIDENCE=40.5)) is None  # a double takes a fraction
    assert soil.allowed_range_text(soil.parameterDefinition("LAI_VALUE")) == "0 … 15"


def test_a_number_without_limits_takes_any_value(eolatent_provider):
    """QGIS's "no limit" is the double's range (±1.8e308): not printed as a range, never refused."""
    from qgis.core import QgsProcessingParameterNumber

    alg = _alg("cluster")
    free = QgsProcessingParameterNumber("FREE", "free", QgsProcessingParameterNumber.Double)
    assert alg.allowed_range_text(free) == "any value"
    half = QgsProcessingParameterNumber("HALF", "half", QgsProcessingParameterNumber.Integer, 0, False, 5)
    assert alg.allowed_range_text(half) == "5 or more"
    upper = QgsProcessingParameterNumber("UP", "up", QgsProcessingParameterNumber.Double)
    upper.setMaximum(0.5)
    assert alg.allowed_range_text(upper) == "0.5 or less"


@pytest.fixture(scope="module")
def latent(tmp_path_factory):
    folder = tmp_path_factory.mktemp("audit3")
    x, _labels = CF.blobs(k=3, size=(20, 16), n_features=4, seed=2)
    return CF.write_raster(folder / "latent.tif", x)


def test_processing_run_refuses_k_out_of_range(eolatent_provider, latent, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    out = tmp_path / "x.tif"
    with pytest.raises(QgsProcessingException, match="K = 10000 is outside the allowed range: 0 … 254"):
        processing.run("eolatent:cluster", dict(INPUT=latent, K=10000, OUTPUT=str(out)))
    assert not out.exists()


def test_factor_says_it_takes_the_factor_itself(eolatent_provider):
    alg = _alg("superresolve")
    description = alg.parameterDefinition("FACTOR").description()
    # the dialog's label speaks of the factor; the help (printed by qgis_process help too) says how scripts give it;
    # a number, not a list (qgis_process listed a list's options as "0: 2, 1: 4, 2: 8")
    from qgis.core import QgsProcessingParameterNumber

    assert description == "Scale factor (2, 4 or 8)" and "FACTOR" not in description
    assert isinstance(alg.parameterDefinition("FACTOR"), QgsProcessingParameterNumber)
    help_text = alg.shortHelpString()
    assert "FACTOR=2 gives ×2" in help_text and "option number" not in help_text


# ---- EXECUTION_PROVIDER where no network runs -------------------------------------------------------------------
@pytest.fixture()
def cpu_only(monkeypatch):
    from eolatent.core.engine import runtime

    monkeypatch.setattr(runtime, "available_providers", lambda: ("cpu",))


@pytest.fixture()
def with_cuda(monkeypatch):
    from eolatent.core.engine import runtime

    monkeypatch.setattr(runtime, "available_providers", lambda: ("cuda", "cpu"))


def test_cuda_without_cuda_is_refused_by_cluster(eolatent_provider, latent, tmp_path, cpu_only):
    import processing
    from qgis.core import QgsProcessingException

    out = tmp_path / "c.tif"
    ok, message = _check("cluster", dict(INPUT=latent, K=3, OUTPUT=str(out), EXECUTION_PROVIDER=1))
    assert not ok
    assert message == ("EXECUTION_PROVIDER: 'cuda' was requested but this onnxruntime offers only cpu; Cluster a "
                       "latent raster (k-means) runs no network and runs on the CPU: choose auto or CPU.")
    with pytest.raises(QgsProcessingException, match="'cuda' was requested but this onnxruntime offers only cpu"):
        processing.run("eolatent:cluster", dict(INPUT=latent, K=3, OUTPUT=str(out), EXECUTION_PROVIDER="1"))
    assert not out.exists()
    # the run without the check (the Batch dialog, a model) refuses it too
    alg = _alg("cluster")
    alg.initAlgorithm()
    from qgis.core import QgsProcessingContext

    results, error = alg._execute_or_error(dict(INPUT=latent, K=3, OUTPUT=str(out), EXECUTION_PROVIDER=1),
                                           QgsProcessingContext(), _context())
    assert results is None and "'cuda' was requested" in error and not out.exists()
    # auto and CPU run as before, without a word about the provider
    feedback = keeping_processing_feedback()
    for provider in (0, 2):
        processing.run("eolatent:cluster", dict(INPUT=latent, K=3, OUTPUT=str(out), EXECUTION_PROVIDER=provider),
                       feedback=feedback)
    assert out.exists() and not any("EXECUTION_PROVIDER" in w for w in feedback.warnings)


def test_cuda_without_onnxruntime_is_refused(eolatent_provider, monkeypatch):
    from eolatent.core.engine import runtime

    def missing():
        raise runtime.RuntimeSetupError("onnxruntime is not installed")

    monkeypatch.setattr(runtime, "available_providers", missing)
    refusal, warning = _alg("similarity").network_free_provider(dict(EXECUTION_PROVIDER=1), _context())
    assert warning is None and refusal == (
        "EXECUTION_PROVIDER: 'cuda' was requested but onnxruntime is not installed; Similarity search (find places "
        "like this one) runs no network and runs on the CPU: choose auto or CPU.")


def test_cuda_where_available_is_warned_about(eolatent_provider, latent, tmp_path, with_cuda):
    import processing

    out = tmp_path / "c.tif"
    feedback = keeping_processing_feedback()
    res = processing.run("eolatent:cluster", dict(INPUT=latent, K=3, OUTPUT=str(out), EXECUTION_PROVIDER=1),
                         feedback=feedback)
    assert res["K_CHOSEN"] == 3 and out.exists()
    assert "Cluster a latent raster (k-means) runs no network: EXECUTION_PROVIDER is not used; it runs on the " \
           "CPU." in feedback.warnings
    refusal, warning = _alg("similarity").network_free_provider(dict(EXECUTION_PROVIDER="1"), _context())
    assert refusal is None and "Similarity search" in warning and "EXECUTION_PROVIDER is not used" in warning


@pytest.fixture()
def lst(tmp_path):
    raw, transform, crs, desc = modis_window(rows=slice(576, 592), cols=slice(128, 144))
    return write(tmp_path / "mod11a1.tif", raw, transform, crs=crs, descriptions=desc)


def test_superresolve_bicubic_with_cuda(eolatent_provider, lst, tmp_path, monkeypatch):
    import processing
    from qgis.core import QgsProcessingException

    from eolatent.core.engine import runtime

    out = tmp_path / "fine.tif"
    params = dict(INPUT=lst, METHOD=3, FACTOR="2", OUTPUT=str(out), EXECUTION_PROVIDER=1)
    monkeypatch.setattr(runtime, "available_providers", lambda: ("cpu",))
    with pytest.raises(QgsProcessingException, match="offers only cpu; METHOD Bicubic runs no network"):
        processing.run("eolatent:superresolve", params)
    assert not out.exists()
    # the CNN resolves the provider itself (its own refusal), the network-free check leaves it alone
    assert _alg("superresolve").network_free_provider(dict(params, METHOD=0), _context()) == (None, None)

    monkeypatch.setattr(runtime, "available_providers", lambda: ("cuda", "cpu"))
    feedback = keeping_processing_feedback()
    res = processing.run("eolatent:superresolve", params, feedback=feedback)
    assert res["METHOD_USED"] == "bicubic" and res["EXECUTION_PROVIDER_USED"] == "cpu"     # as its tag
    assert "METHOD Bicubic runs no network: EXECUTION_PROVIDER is not used; it runs on the CPU." in feedback.warnings
    with rasterio.open(out) as ds:
        assert ds.width == 32 and np.isfinite(ds.read(1)).any()
    assert os.path.exists(str(out).replace(".tif", ".qml"))
    # every result is declared (a model wires children from outputDefinitions; undeclared results are unreachable)
    alg = _alg("superresolve")
    declared = {o.name() for o in alg.outputDefinitions()}
    assert set(res) <= declared and {"METHOD_USED", "EXECUTION_PROVIDER_USED"} <= declared


def test_the_provider_that_ran_is_a_declared_output_of_every_network_algorithm(eolatent_provider):
    """EXECUTION_PROVIDER_USED was returned but not declared: the modeler could not use it, nor the Results panel
    list it (the chain audit). Declared by every algorithm that runs a network; not by cluster and similarity."""
    for alg in eolatent_provider.algorithms():
        declared = {o.name(): o.type() for o in alg.outputDefinitions()}
        if alg.name() in ("cluster", "similarity", "buildstack"):
            assert "EXECUTION_PROVIDER_USED" not in declared, alg.name()
        else:
            assert declared.get("EXECUTION_PROVIDER_USED") == "outputString", alg.name()
