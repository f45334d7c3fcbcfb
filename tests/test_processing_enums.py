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
    """FACTOR is a number, the factor itself: never read as an option number (qgis_process's help listed a list's
    options as "0: 2, 1: 4, 2: 8"); 2, 4 and 8 only."""
    alg = _alg(eolatent_provider, "superresolve")
    from qgis.core import QgsProcessingContext

    assert alg.parameterAsInt({"FACTOR": "2"}, "FACTOR", QgsProcessingContext()) == 2   # a saved model's "2"

    for bad in ("1", 3, "6", 16):
        ok, message = alg.checkParameterValues({"FACTOR": bad}, QgsProcessingContext())
        assert not ok and "2, 4 or 8" in message, bad


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


def test_decimal_numbers_show_few_decimals_in_the_dialogs(eolatent_provider):
    """The physics audit: the buildstack dialog showed "50.000000" % of cloud and a "10.000000" m resolution (QGIS's
    six decimals); two now (buildstack's resolution is at least 0.01), six where the CRS's units may be degrees
    (fewer round a 0.0002° resolution to 0, read as "the stack's")."""
    bs, cl, sr, dec = (_alg(eolatent_provider, n) for n in ("buildstack", "classify", "superresolve", "decode"))

    def decimals(alg, name):
        return alg.parameterDefinition(name).metadata()["widget_wrapper"]["decimals"]
    assert decimals(bs, "MAX_CLOUD") == 2 and decimals(bs, "RESOLUTION") == 2
    assert decimals(cl, "BLOCK_SIZE") == 6 and decimals(dec, "RESOLUTION") == 6
    assert "widget_wrapper" not in sr.parameterDefinition("FACTOR").metadata()


def test_outputs_offer_geotiff_only(eolatent_provider):
    """The physics audit: "Save to file…" offered every GDAL format; a .nc was refused only at run time."""
    assert eolatent_provider.supportedOutputRasterLayerExtensions() == ["tif"]
    alg = _alg(eolatent_provider, "biophysical")          # kept alive while its parameter is read
    param = alg.parameterDefinition("OUTPUT_LAI")
    assert param.defaultFileExtension() == "tif" and param.supportedOutputRasterLayerExtensions() == ["tif"]
