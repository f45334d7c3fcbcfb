# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:superresolve through QGIS Processing: the parameters as the issue names them, values equal to
the core engine, radiance conservation of the CNN output, the temperature style, refused inputs."""
import os

import numpy as np
import pytest
import rasterio
from lst_fixtures import airborne, modis_window, write
from rasterio.transform import Affine, from_origin

from eolatent.core.superres import aggregate as ag
from eolatent.core.superres import modis
from eolatent.core.superres.superres_raster import run_superres


@pytest.fixture()
def provider(eolatent_provider):
    if eolatent_provider.algorithm("superresolve") is None:
        from eolatent.processing_provider.superresolve_algorithm import SuperResolveAlgorithm

        assert eolatent_provider.addAlgorithm(SuperResolveAlgorithm())
    return eolatent_provider


def run(params, **kw):
    import processing

    return processing.run("eolatent:superresolve", dict(dict(EXECUTION_PROVIDER=2, THREADS=1), **params), **kw)


def test_parameters_and_method_order(provider):
    alg = provider.algorithm("superresolve")
    names = [p.name() for p in alg.parameterDefinitions()]
    for name in ("INPUT", "GUIDE", "FACTOR", "METHOD", "CONSERVE", "OUTPUT"):
        assert name in names
    method = alg.parameterDefinition("METHOD")
    assert [o.lower() for o in method.options()] == ["cnn single-image", "cnn guided", "tsharp", "bicubic"]
    factor = alg.parameterDefinition("FACTOR")      # the factor itself: a number, not a list of options
    assert factor.type() == "number" and factor.dataType() == factor.Integer
    assert (factor.defaultValue(), factor.minimum(), factor.maximum()) == (4, 2, 8)
    assert alg.parameterDefinition("CONSERVE").defaultValue() is True


def test_cnn_on_modis_raw_is_conserved_and_styled(provider, tmp_path):
    raw, transform, crs, desc = modis_window()
    path = write(tmp_path / "mod11a1.tif", raw, transform, crs=crs, descriptions=desc)
    out = str(tmp_path / "lst_fine.tif")
    res = run(dict(INPUT=path, OUTPUT=out))  # defaults: CNN single-image, ×4, conservation on
    assert res["METHOD_USED"] == "cnn_single" and res["EXECUTION_PROVIDER_USED"] == "cpu"
    t, ok = modis.decode_raw(raw[0], raw[2])
    with rasterio.open(out) as ds:
        fine = ds.read(1)
        assert ds.transform.almost_equals(transform * Affine.scale(0.25)) and ds.crs == crs
        assert "eolatent.superres.sisr" in ds.tags()["EOLATENT_MODEL"]
    back, _ = ag.radiance_mean(fine, 4)
    assert np.abs(back - t)[ok].max() < 1e-3 and np.isnan(back[~ok]).all()
    assert os.path.exists(out.replace(".tif", ".qml"))


def test_tsharp_with_guide_equals_engine(provider, tmp_path):
    t = ag.crop_to_blocks(airborne("Trad_pm"), 16).astype(np.float32)
    ndvi = (0.15 + 0.75 * np.sqrt(ag.crop_to_blocks(airborne("Fc"), 16))).astype(np.float32)
    tr = from_origin(664114.0, 4240012.6, 3.6, 3.6)
    coarse, _ = ag.radiance_mean(t, 8)
    c_path = write(tmp_path / "coarse.tif", coarse, tr * Affine.scale(8), crs="EPSG:32610")
    g_path = write(tmp_path / "ndvi.tif", ndvi, tr, crs="EPSG:32610")
    out, ref = str(tmp_path / "alg.tif"), str(tmp_path / "ref.tif")
    run(dict(INPUT=c_path, GUIDE=g_path, FACTOR=8, METHOD=2, CONSERVE=False, OUTPUT=out))
    run_superres(c_path, ref, 8, "tsharp", guide_path=g_path, conserve=False, provider="cpu", threads=1)
    with rasterio.open(out) as a, rasterio.open(ref) as b:
        np.testing.assert_allclose(a.read(1), b.read(1), atol=1e-5)
        assert a.tags()["EOLATENT_CONSERVE"] == "False"


def test_refused_inputs_leave_nothing(provider, tmp_path):
    from qgis.core import QgsProcessingException

    raw, transform, crs, desc = modis_window()
    path = write(tmp_path / "mod.tif", raw, transform, crs=crs, descriptions=desc)
    before = set(os.listdir(tmp_path))
    with pytest.raises(QgsProcessingException, match="needs a GUIDE"):
        run(dict(INPUT=path, METHOD=1, OUTPUT=str(tmp_path / "out.tif")))
    fine_guide = write(tmp_path / "g.tif", np.ones((128, 128), np.float32), transform * Affine.scale(0.5), crs=crs)
    before.add("g.tif")
    with pytest.raises(QgsProcessingException, match="FACTOR does not match the guide.*FACTOR 2"):
        run(dict(INPUT=path, GUIDE=fine_guide, METHOD=2, FACTOR=4, OUTPUT=str(tmp_path / "out.tif")))
    # FACTOR means the factor itself (as --factor on the command line); an index is refused with the valid values
    for bad in (1, 0, 3, "x4"):
        with pytest.raises(QgsProcessingException, match="FACTOR = .* is not accepted.*2, 4 or 8"):
            run(dict(INPUT=path, GUIDE=fine_guide, METHOD=2, FACTOR=bad, OUTPUT=str(tmp_path / "out.tif")))
    assert set(os.listdir(tmp_path)) == before
