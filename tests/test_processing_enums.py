# SPDX-License-Identifier: GPL-3.0-or-later
"""Enums that take names (MODEL=presto, LEVEL=L1C, CLASSIFIER=ensemble): qgis_process's help offers every enum's
option numbers, so a number is read as that option; a value that is neither is refused naming what is accepted
(QGIS alone said only "Incorrect parameter value for MODEL")."""
import os

import numpy as np
import pytest
import rasterio

SLOVENIA = os.path.join(os.path.dirname(__file__), "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")


def _alg(provider, name):
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().createAlgorithmById(f"eolatent:{name}")


def test_numbers_become_names_and_unknown_values_are_refused(eolatent_provider):
    alg = _alg(eolatent_provider, "encode")
    options = list(alg.parameterDefinition("MODEL").options())
    assert "presto" in options and "fine4" in options
    for value in (options.index("presto"), str(options.index("presto")), " presto "[1:-1]):
        assert alg.named_enum_values({"MODEL": value, "OUTPUT": "x.tif"}) == {"MODEL": "presto", "OUTPUT": "x.tif"}
    message = alg.named_enum_values({"MODEL": "fine5"})
    assert isinstance(message, str)
    assert message == f"MODEL = fine5 is not accepted: give one of {', '.join(options)} (or its number, 0 to " \
                      f"{len(options) - 1})."
    assert isinstance(alg.named_enum_values({"MODEL": len(options)}), str)      # one past the last option
    assert alg.named_enum_values({"MODEL": None}) == {"MODEL": None}          # not set: QGIS's default applies


def test_check_parameter_values_names_the_accepted_values(eolatent_provider):
    from qgis.core import QgsProcessingContext

    alg = _alg(eolatent_provider, "classify")
    ok, message = alg.checkParameterValues({"CLASSIFIER": "svm"}, QgsProcessingContext())
    assert not ok and "CLASSIFIER = svm is not accepted" in message and "ensemble" in message


def test_superresolve_factor_stays_the_factor(eolatent_provider):
    """FACTOR's names are numbers ('2', '4', '8'): a factor is never read as an option number."""
    alg = _alg(eolatent_provider, "superresolve")
    assert alg.named_enum_values({"FACTOR": "2"}) == {"FACTOR": "2"}
    from qgis.core import QgsProcessingContext

    ok, message = alg.checkParameterValues({"FACTOR": "1"}, QgsProcessingContext())
    assert not ok and "2, 4 or 8" in message


def test_a_level_number_runs_as_that_level(eolatent_provider, tmp_path):
    """LEVEL=1 is the second option (L1C here, as the help lists it): the same map as LEVEL=L1C, another than
    LEVEL=L2A."""
    import processing

    alg = _alg(eolatent_provider, "biophysical")
    options = list(alg.parameterDefinition("LEVEL").options())
    maps = {}
    for value in (str(options.index("L1C")), "L1C", "L2A"):
        out = str(tmp_path / f"lai_{value}.tif")
        processing.run("eolatent:biophysical", dict(INPUT=SLOVENIA, LEVEL=value, OUTPUT_LAI=out, EXECUTION_PROVIDER=2))
        with rasterio.open(out) as ds:
            maps[value] = ds.read(1)
    np.testing.assert_array_equal(maps[str(options.index("L1C"))], maps["L1C"])
    assert np.nanmean(np.abs(maps["L1C"] - maps["L2A"])) > 0.1
    with pytest.raises(Exception, match="LEVEL = L3 is not accepted"):
        processing.run("eolatent:biophysical", dict(INPUT=SLOVENIA, LEVEL="L3", OUTPUT_LAI=str(tmp_path / "x.tif")))
