# SPDX-License-Identifier: GPL-3.0-or-later
"""Clumping correction (effective → true LAI): exact ratios on arrays and rasters, clumping-index maps in another
CRS and in percent, bad values and bad maps named, the Processing parameter, the command line."""
import os

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_bounds
from rasterio.warp import transform_bounds

from eolatent.core.biophysical import clumping as clump
from eolatent.core.biophysical import retrieval as bio
from eolatent.core.biophysical.raster import run_biophysical_raster
from eolatent.core.physics import prosail

ANGLES = dict(sun_zenith=27.3, view_zenith=5.0, relative_azimuth=90.0)
SCALED = ("LAI", "CCC", "CWC")


def _spectra():
    """PROSAIL-D canopies from sparse to dense (B02 … B12), and one open-water-like spectrum."""
    rows = []
    for lai in (0.5, 1.5, 3.0, 5.0):
        s = prosail.canopy_reflectance(n=1.5, cab=40, car=8, cbrown=0, cw=0.012, cm=0.009, lai=lai, lidfa=57,
                                       hspot=0.1, tts=30, tto=5, psi=90)
        b = prosail.s2_bands(s, platform="S2A")
        rows.append([b[k] for k in range(13) if k not in (0, 9, 10)])   # drop B01, B09, B10
    rows.append([0.05, 0.04, 0.03, 0.02, 0.015, 0.012, 0.01, 0.009, 0.005, 0.003])    # water
    return np.array(rows, np.float32)


def _bands(refl):
    return {b: refl[:, i] for i, b in enumerate(bio.INPUT_BANDS)}


def test_true_lai_is_effective_over_omega_and_gap_fraction_variables_unchanged():
    refl = _spectra()
    eff = bio.retrieve(_bands(refl), 30.0, 5.0, 90.0, provider="cpu")
    omega = np.array([0.5, 0.6, 0.7, 0.9, 0.5], np.float32)      # per pixel
    true = bio.retrieve(_bands(refl), 30.0, 5.0, 90.0, provider="cpu", clumping=omega)
    for var in SCALED:
        np.testing.assert_allclose(true[var], eff[var] / omega, rtol=1e-6)
        np.testing.assert_allclose(true[var + "_std"], eff[var + "_std"] / omega, rtol=1e-6)
    for var in ("FAPAR", "FCOVER"):
        np.testing.assert_array_equal(true[var], eff[var])
        np.testing.assert_array_equal(true[var + "_std"], eff[var + "_std"])
    np.testing.assert_array_equal(true["QUALITY"], eff["QUALITY"])
    assert eff["LAI"][0] < eff["LAI"][2] < eff["LAI"][3]         # the canopies are read in order
    assert true["LAI"][-1] == 0.0 and (true["QUALITY"][-1] & bio.FLAG_NON_VEGETATION)   # water stays 0
    one = bio.retrieve(_bands(refl), 30.0, 5.0, 90.0, provider="cpu", clumping=1.0)
    np.testing.assert_array_equal(one["LAI"], eff["LAI"])


@pytest.mark.parametrize("bad, words", [(0.2, "outside 0.3"), (1.2, "outside 0.3"), ("dense", "not a number"),
                                        (np.full(5, np.nan), "not a number"), (np.full(3, 0.7), "shape")])
def test_bad_clumping_named(bad, words):
    with pytest.raises(bio.BiophysicalInputError, match=words):
        bio.retrieve(_bands(_spectra()), 30.0, 5.0, 90.0, provider="cpu", clumping=bad)


def _map(path, bounds_4326, values, dtype="uint8", nodata=255, crs="EPSG:4326"):
    h, w = values.shape
    with rasterio.open(path, "w", driver="GTiff", width=w, height=h, count=1, dtype=dtype, nodata=nodata,
                       crs=crs, transform=from_bounds(*bounds_4326, w, h)) as ds:
        ds.write(values.astype(dtype), 1)
    return str(path)


def _tile_bounds_4326(path):
    with rasterio.open(path) as ds:
        return transform_bounds(ds.crs, "EPSG:4326", *ds.bounds), ds.shape


def _run(slovenia_tif, tmp_path, name, with_warning=True, **kw):
    out = {k: str(tmp_path / f"{name}_{k}.tif") for k in ("LAI", "LAI_STD", "FCOVER", "CCC")}
    messages = []

    class Fb:
        def progress(self, p):
            pass

        def is_canceled(self):
            return False

        def info(self, m):
            messages.append(m)

    class FbWarn(Fb):
        def warning(self, m):
            messages.append("WARNING " + m)

    fb = FbWarn() if with_warning else Fb()
    run_biophysical_raster(slovenia_tif, out, provider="cpu", threads=1, tile_size=64, feedback=fb, **ANGLES, **kw)
    vals = {}
    for k, p in out.items():
        with rasterio.open(p) as ds:
            vals[k] = ds.read(1)
            vals["tags"] = ds.tags()
    return vals, messages


def test_clumping_map_in_percent_and_another_crs(slovenia_tif, tmp_path):
    (w, s, e, n), (h, wd) = _tile_bounds_4326(slovenia_tif)
    # a geographic map, 4 × finer than needed, over the whole tile and beyond: Ω = 0.50 west of the tile's
    # middle meridian, 0.80 east of it, written in percent (uint8) with a 254 "water" flag in the far north-east
    dx, dy = (e - w), (n - s)
    lon = np.linspace(w - dx, e + dx, 360, endpoint=False) + 1.5 * dx / 120
    vals = np.where(lon[None, :] < (w + e) / 2, 50, 80).repeat(360, 0)
    vals[:60, -60:] = 254
    cmap = _map(tmp_path / "ci_percent.tif", (w - dx, s - dy, e + dx, n + dy), vals)
    eff, _ = _run(slovenia_tif, tmp_path, "eff")
    true, log = _run(slovenia_tif, tmp_path, "true", clumping=0.9, clumping_map=cmap)
    ratio = eff["LAI"] / true["LAI"]
    ok = np.isfinite(ratio) & (eff["LAI"] > 0.1)
    cols = np.arange(wd)[None, :].repeat(h, 0)
    west, east = ok & (cols < wd // 2 - 3), ok & (cols > wd // 2 + 3)    # away from the bilinear seam
    np.testing.assert_allclose(ratio[west], 0.5, rtol=1e-5)
    np.testing.assert_allclose(ratio[east], 0.8, rtol=1e-5)
    seam = ratio[ok & (abs(cols - wd // 2) <= 1)]
    assert seam.size and seam.min() >= 0.5 - 1e-5 and seam.max() <= 0.8 + 1e-5          # bilinear in between
    np.testing.assert_allclose((eff["LAI_STD"] / true["LAI_STD"])[west], 0.5, rtol=1e-5)
    np.testing.assert_allclose((eff["CCC"] / true["CCC"])[east & (eff["CCC"] > 0.01)], 0.8, rtol=1e-5)
    np.testing.assert_array_equal(eff["FCOVER"], true["FCOVER"])
    assert "ci_percent.tif" in true["tags"]["EOLATENT_LAI_DEFINITION"]
    assert eff["tags"]["EOLATENT_LAI_DEFINITION"].startswith("effective LAI")
    assert not any(m.startswith("WARNING") for m in log)                 # the map covers every pixel


def test_map_gaps_take_the_constant_and_are_reported(slovenia_tif, tmp_path):
    (w, s, e, n), (h, wd) = _tile_bounds_4326(slovenia_tif)
    # a 0–1 float map covering only the western half of the tile
    vals = np.full((50, 50), 0.6, np.float32)
    cmap = _map(tmp_path / "ci_half.tif", (w - (e - w), s - 0.01, (w + e) / 2, n + 0.01), vals, "float32", -1)
    eff, _ = _run(slovenia_tif, tmp_path, "eff")
    true, log = _run(slovenia_tif, tmp_path, "half", clumping=0.75, clumping_map=cmap)
    ratio = eff["LAI"] / true["LAI"]
    ok = np.isfinite(ratio) & (eff["LAI"] > 0.1)
    cols = np.arange(wd)[None, :].repeat(h, 0)
    np.testing.assert_allclose(ratio[ok & (cols < wd // 2 - 3)], 0.6, rtol=1e-5)
    np.testing.assert_allclose(ratio[ok & (cols > wd // 2 + 3)], 0.75, rtol=1e-5)
    warn = [m for m in log if m.startswith("WARNING clumping-index map")]
    assert len(warn) == 1 and "Ω = 0.75 used there" in warn[0]
    share = float(warn[0].split("no value for ")[1].split(" %")[0])
    assert 45.0 < share < 55.0


def test_bad_maps_named_and_nothing_written(slovenia_tif, tmp_path):
    (w, s, e, n), _ = _tile_bounds_4326(slovenia_tif)
    far = _map(tmp_path / "far.tif", (w + 5, s + 5, e + 5, n + 5), np.full((4, 4), 70))
    nocrs = tmp_path / "nocrs.tif"
    with rasterio.open(nocrs, "w", driver="GTiff", width=4, height=4, count=1, dtype="float32") as ds:
        ds.write(np.full((1, 4, 4), 0.7, np.float32))
    junk = tmp_path / "junk.tif"
    junk.write_bytes(b"not a raster")
    zeros = _map(tmp_path / "zeros.tif", (w, s, e, n), np.zeros((4, 4)), nodata=None)
    lai_like = _map(tmp_path / "lai_like.tif", (w, s, e, n), np.linspace(1.5, 6.0, 16).reshape(4, 4),
                    dtype="float32", nodata=None)          # an LAI map: values, but no clumping index among them
    two = tmp_path / "two_bands.tif"
    with rasterio.open(two, "w", driver="GTiff", width=4, height=4, count=2, dtype="float32", crs="EPSG:4326",
                       transform=from_bounds(w, s, e, n, 4, 4)) as ds:
        ds.write(np.full((2, 4, 4), 0.7, np.float32))
    latent = tmp_path / "latent.tif"
    with rasterio.open(latent, "w", driver="GTiff", width=4, height=4, count=1, dtype="float32", crs="EPSG:4326",
                       transform=from_bounds(w, s, e, n, 4, 4)) as ds:
        ds.write(np.full((1, 4, 4), 0.7, np.float32))
        ds.update_tags(EOLATENT_LATENT="1")
    ours = tmp_path / "lai_map.tif"           # one band of eolatent:biophysical's LAI: values in 0.3-1 too
    with rasterio.open(ours, "w", driver="GTiff", width=4, height=4, count=1, dtype="float32", crs="EPSG:4326",
                       transform=from_bounds(w, s, e, n, 4, 4)) as ds:
        ds.write(np.linspace(0.2, 4.0, 16, dtype=np.float32).reshape(1, 4, 4))
        ds.update_tags(EOLATENT_VARIABLE="LAI")
    cases = [(str(ours), r"is a map of LAI \(its VARIABLE tag\), not of Ω"), (far, "does not overlap"), (str(nocrs), "no coordinate reference system"),
             (str(junk), "cannot be read as a raster"), (str(tmp_path / "missing.tif"), "does not exist"),
             (zeros, "holds no positive value"), (lai_like, r"holds no clumping index: .*span 1\.5–6"),
             (str(two), "is a raster of 2 bands; a clumping-index map has one band"),
             (str(latent), r"is a latent raster \(eolatent:encode\)")]
    for path, words in cases:
        out = {"LAI": str(tmp_path / "lai.tif")}
        with pytest.raises(bio.BiophysicalInputError, match=words):
            run_biophysical_raster(slovenia_tif, out, provider="cpu", clumping_map=path, **ANGLES)
        assert not os.path.exists(out["LAI"])
    with pytest.raises(bio.BiophysicalInputError, match="outside 0.3"):
        run_biophysical_raster(slovenia_tif, {"LAI": str(tmp_path / "lai.tif")}, provider="cpu", clumping=0.1,
                               **ANGLES)


def test_percent_scale_detection(tmp_path):
    grid_like = None
    assert clump.describe(1.0, None).startswith("effective LAI")
    assert "Ω = 0.7 for every pixel" in clump.describe(0.7, None)
    vals = {}
    for name, data, dtype in (("frac", np.full((8, 8), 0.65), "float32"), ("pct", np.full((8, 8), 65), "uint8")):
        p = _map(tmp_path / f"{name}.tif", (14.0, 45.0, 15.0, 46.0), data, dtype, 255)

        class G:
            crs = rasterio.crs.CRS.from_epsg(4326)
            transform = from_bounds(14.2, 45.2, 14.8, 45.8, 6, 6)
            width = height = 6
        grid_like = G()
        with clump.ClumpingMap(p, grid_like) as cm:
            vals[name] = cm.scale

            class Win:
                @staticmethod
                def rasterio_window():
                    from rasterio.windows import Window
                    return Window(0, 0, 6, 6)
            np.testing.assert_allclose(cm.read(Win), 0.65, rtol=1e-6)
    assert vals == {"frac": 1.0, "pct": 0.01}


def test_processing_parameter_and_command_line(eolatent_provider, slovenia_tif, tmp_path):
    import subprocess
    import sys

    import processing

    base = dict(INPUT=slovenia_tif, SUN_ZENITH=27.3, VIEW_ZENITH=5.0, RELATIVE_AZIMUTH=90.0, EXECUTION_PROVIDER=2,
                THREADS=1)
    processing.run("eolatent:biophysical", dict(base, OUTPUT_LAI=str(tmp_path / "a.tif")))
    processing.run("eolatent:biophysical", dict(base, CLUMPING=0.64, OUTPUT_LAI=str(tmp_path / "b.tif")))
    with rasterio.open(tmp_path / "a.tif") as a, rasterio.open(tmp_path / "b.tif") as b:
        la, lb = a.read(1), b.read(1)
        assert "Ω = 0.64" in b.tags()["EOLATENT_LAI_DEFINITION"]
    np.testing.assert_allclose(lb[la > 0.1], la[la > 0.1] / 0.64, rtol=1e-5)
    env = dict(os.environ)
    cmd = [sys.executable, "-m", "eolatent", "biophysical", "--input", slovenia_tif, "--sun-zenith", "27.3",
           "--view-zenith", "5", "--relative-azimuth", "90", "--provider", "cpu", "--clumping", "0.64",
           "--output-lai", str(tmp_path / "c.tif")]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=os.path.dirname(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    assert r.returncode == 0, r.stderr
    assert "Ω = 0.64 for every pixel" in r.stderr
    with rasterio.open(tmp_path / "c.tif") as c:
        np.testing.assert_allclose(c.read(1), lb, rtol=1e-6, equal_nan=True)
    r = subprocess.run(cmd[:-2] + ["--clumping-map", str(tmp_path / "none.tif"), "--output-lai",
                                   str(tmp_path / "d.tif")], capture_output=True, text=True, env=env,
                       cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    assert r.returncode != 0 and "--clumping-map" in r.stderr and not os.path.exists(tmp_path / "d.tif")


def test_smoothing_a_single_date_warns_instead_of_failing(slovenia_tif, tmp_path):
    """A feedback object with only ``info`` (the command line's had no ``warning``) gets the warning as info."""
    vals, log = _run(slovenia_tif, tmp_path, "smooth1", with_warning=False, smooth=True)
    assert any(m.startswith("warning: temporal smoothing needs several dates") for m in log)
    assert np.isfinite(vals["LAI"]).mean() > 0.9


def test_modeler_chain_passes_true_lai_on(eolatent_provider, slovenia_tif, tmp_path):
    """A Processing model: eolatent:biophysical with CLUMPING = 0.7 → native:rasterlayerstatistics on its LAI; the
    chained mean is the effective run's mean / 0.7."""
    import processing
    from qgis.core import (QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelAlgorithm,
                           QgsProcessingModelChildAlgorithm, QgsProcessingModelChildParameterSource,
                           QgsProcessingModelOutput)

    model = QgsProcessingModelAlgorithm("true LAI statistics", "eolatent tests")
    bio_child = QgsProcessingModelChildAlgorithm("eolatent:biophysical")
    bio_child.setChildId("bio")
    src = QgsProcessingModelChildParameterSource
    for name, value in (("INPUT", slovenia_tif), ("SUN_ZENITH", 27.3), ("VIEW_ZENITH", 5.0),
                        ("RELATIVE_AZIMUTH", 90.0), ("CLUMPING", 0.7), ("EXECUTION_PROVIDER", 2)):
        bio_child.addParameterSources(name, [src.fromStaticValue(value)])
    lai_out = QgsProcessingModelOutput("true_lai")
    lai_out.setChildOutputName("OUTPUT_LAI")
    bio_child.setModelOutputs({"true_lai": lai_out})
    model.addChildAlgorithm(bio_child)
    stats = QgsProcessingModelChildAlgorithm("native:rasterlayerstatistics")
    stats.setChildId("stats")
    stats.addParameterSources("INPUT", [src.fromChildOutput("bio", "OUTPUT_LAI")])
    stats.addParameterSources("BAND", [src.fromStaticValue(1)])
    stats.setDependencies([])
    model.addChildAlgorithm(stats)
    ctx, fb = QgsProcessingContext(), QgsProcessingFeedback()
    res, ok = model.run({"bio:true_lai": str(tmp_path / "true_lai.tif")}, ctx, fb)
    assert ok, res
    with rasterio.open(tmp_path / "true_lai.tif") as ds:
        assert "Ω = 0.7 for every pixel" in ds.tags()["EOLATENT_LAI_DEFINITION"]
    eff = processing.run("eolatent:biophysical", dict(INPUT=slovenia_tif, SUN_ZENITH=27.3, VIEW_ZENITH=5.0,
                                                      RELATIVE_AZIMUTH=90.0, EXECUTION_PROVIDER=2,
                                                      OUTPUT_LAI=str(tmp_path / "eff.tif")))
    with rasterio.open(eff["OUTPUT_LAI"]) as ds:
        eff_mean = float(np.nanmean(ds.read(1)))
    chained = res["CHILD_RESULTS"]["stats"]["MEAN"] if "CHILD_RESULTS" in res else None
    if chained is None:      # QGIS < 3.28 does not return child results: read the model's own output
        with rasterio.open(tmp_path / "true_lai.tif") as ds:
            chained = float(np.nanmean(ds.read(1)))
    assert abs(chained - eff_mean / 0.7) < 1e-3 * eff_mean


def test_what_each_retrieval_follows_is_a_within_class_correlation():
    """evaluate_biophysical's diagnostic: r between a retrieval and each TOA feature, computed within a class only."""
    from eolatent.core.biophysical import retrieval as bio
    from eolatent.models.training import evaluate_biophysical as eb

    rng = np.random.default_rng(3)
    n = 400
    refl = rng.uniform(0.02, 0.5, (n, len(bio.INPUT_BANDS)))
    lulc = np.repeat([2, 3], n // 2)
    nir = refl[:, list(bio.INPUT_BANDS).index("B8A")]
    red = refl[:, list(bio.INPUT_BANDS).index("B04")]
    # follows NIR in the forest and red (inversely) in the grassland, with a class offset that must not matter
    a = np.where(lulc == 2, 5.0 + nir, 1.0 - 2.0 * red)
    a[0] = np.nan                                            # a missing value is left out, not propagated
    res = eb._what_each_follows(refl, lulc, {"a": a})
    assert res["forest"]["a"]["B8A (NIR)"] == pytest.approx(1.0)
    assert res["grassland"]["a"]["B04 (red)"] == pytest.approx(-1.0)
    assert abs(res["forest"]["a"]["B04 (red)"]) < 0.2 and abs(res["grassland"]["a"]["B8A (NIR)"]) < 0.2


def test_dark_dense_vegetation_rule_recovers_the_aerosol_of_a_simulated_scene():
    """ddv_aerosol on TOA spectra made from a forest with surface blue/SWIR2 = 0.25 under AOT550 0.1 returns 0.1
    (round trip through models/training/atmosphere.py; interpolation between the tabulated AOTs)."""
    from eolatent.models.training import atmosphere as atm
    from eolatent.models.training import evaluate_biophysical as eb

    bands = list(bio.INPUT_BANDS)
    boa = np.array([0.0125, 0.04, 0.02, 0.06, 0.2, 0.3, 0.35, 0.36, 0.14, 0.05])   # B02 … B12, blue = 0.25 × B12
    toa = atm.toa_from_boa(boa[None], bands, 30.0, eb.VIEW_ZENITH, eb.REL_AZIMUTH, 0.1, **eb.DDV_SITE)
    refl = np.repeat(toa, 50, axis=0)
    res = eb.ddv_aerosol(refl, np.full(50, 2), 30.0)
    assert res["pixels"] == 50
    assert res["aot_blue_rule"] == pytest.approx(0.1, abs=0.005)
    assert [r[0] for r in res["rows"]] == list(eb.DDV_AOTS)
    assert res["rows"][2][1] == pytest.approx(0.25, abs=1e-6) and res["rows"][2][2] == pytest.approx(0.4, abs=1e-6)
