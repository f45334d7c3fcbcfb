# SPDX-License-Identifier: GPL-3.0-or-later
"""The default ramp of a sparse raster (issue 15: superresolve on a coastal MODIS tile printed "Failed to compute
statistics, no valid pixels found in sampling" and left STATISTICS_VALID_PERCENT=0 beside a valid output)."""
import os

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from eolatent.core.outputs.geotiff import finite_range


def _sparse(path, size=4800):
    """A mostly-NaN output written the way every algorithm writes (core.outputs.geotiff.OutputFiles)."""
    from types import SimpleNamespace

    from eolatent.core.outputs.geotiff import OutputFiles, OutputSpec

    a = np.full((size, size), np.nan, np.float32)
    a[1001:1003, 2001:2400] = np.linspace(280.0, 310.0, 399, dtype=np.float32)  # a thin strip of valid values
    grid = SimpleNamespace(crs="EPSG:32633", transform=from_origin(0, 0, 250, 250), width=size, height=size)
    files = OutputFiles(grid, {"LST": OutputSpec(str(path), 1, "float32", float("nan"))})
    for row in range(0, size, 512):
        files.write("LST", row, a[None, row:row + 512])
    files.commit()
    return a


def test_finite_range_finds_a_thin_strip_and_outputs_carry_exact_statistics(tmp_path):
    path = tmp_path / "sparse.tif"
    a = _sparse(path)
    assert finite_range(str(path)) == pytest.approx((float(np.nanmin(a)), float(np.nanmax(a))))
    with rasterio.open(path) as ds:
        tags = ds.tags(1)
    v = a[np.isfinite(a)].astype(np.float64)
    assert float(tags["STATISTICS_MINIMUM"]) == pytest.approx(v.min()) and float(tags["STATISTICS_MAXIMUM"]) == \
        pytest.approx(v.max())
    assert float(tags["STATISTICS_MEAN"]) == pytest.approx(v.mean()) and float(tags["STATISTICS_STDDEV"]) == \
        pytest.approx(v.std(), rel=1e-6)
    assert float(tags["STATISTICS_VALID_PERCENT"]) == pytest.approx(100.0 * v.size / a.size, rel=1e-3)
    empty = tmp_path / "empty.tif"
    with rasterio.open(empty, "w", driver="GTiff", width=64, height=64, count=1, dtype="float32", nodata=-9999.0,
                       crs="EPSG:32633", transform=from_origin(0, 0, 10, 10)) as ds:
        ds.write(np.full((1, 64, 64), -9999.0, np.float32))
    assert finite_range(str(empty)) is None


def test_lst_style_of_a_sparse_output_uses_its_range_and_writes_no_statistics(tmp_path, qgis_processing):
    from qgis.core import QgsRasterLayer

    from eolatent.processing_provider.styling import write_style

    path = tmp_path / "lst.tif"
    a = _sparse(path)
    qml = write_style(str(path), "LST")
    layer = QgsRasterLayer(str(path), "lst")
    layer.loadNamedStyle(qml)
    r = layer.renderer()
    assert r.classificationMin() == pytest.approx(float(np.nanmin(a))) and r.classificationMax() == pytest.approx(
        float(np.nanmax(a)))
    aux = str(path) + ".aux.xml"
    assert not os.path.exists(aux) or "STATISTICS_VALID_PERCENT\">0<" not in open(aux).read()


def _written(tmp_path, name, values, description=""):
    a = np.asarray(values, np.float32).reshape(1, 2, -1)
    path = tmp_path / f"{name}.tif"
    with rasterio.open(path, "w", driver="GTiff", width=a.shape[2], height=2, count=1, dtype="float32",
                       crs="EPSG:32633", transform=from_origin(0, 0, 10, 10)) as ds:
        ds.write(a)
        ds.set_band_description(1, description)
    return str(path)


def _legend(path, key):
    from qgis.core import QgsRasterLayer

    from eolatent.processing_provider.styling import write_style

    layer = QgsRasterLayer(path, "x")
    layer.loadNamedStyle(write_style(path, key))
    r = layer.renderer()
    return [label for label, _ in r.legendSymbologyItems()], r


def test_legends_carry_the_variables_unit_and_fit_their_values(tmp_path, qgis_processing):
    """The metadata audit: "0.77 1σ" without a unit; CWC styled 0–0.5 kg/m² with forests at 1.4; soil brightness
    0–1 for a PROSAIL rsoil of 0.5–1.5; soil moisture's flag 4 called a cloud; a latent's window count called dates."""
    labels, r = _legend(_written(tmp_path, "lai_std", [0.1, 0.4, 0.8, 1.2]), "LAI_STD")
    assert labels[-1] == "1.20 m²/m² (1σ)" and r.classificationMax() == pytest.approx(1.2)
    labels, _ = _legend(_written(tmp_path, "fc_std", [0.01, 0.05, 0.1, 0.2]), "FCOVER_STD")
    assert labels[-1] == "0.20 (1σ)"                   # a fraction: no unit to show
    labels, r = _legend(_written(tmp_path, "cwc", [0.2, 0.6, 1.0, 1.4]), "CWC")
    assert r.classificationMax() >= 1.4 and labels[-1].endswith("kg/m²")
    _, r = _legend(_written(tmp_path, "rsoil", [0.6, 0.9, 1.2, 1.39]), "SOIL_BRIGHTNESS")
    assert (r.classificationMin(), r.classificationMax()) == (0.5, 1.5)
    labels, _ = _legend(_written(tmp_path, "smq", [0, 1, 2, 4, 8, 9]), "SM_QUALITY")
    assert "no data (S1, incidence or LAI missing)" in labels and "cloud / nodata" not in labels
    assert {"LAI from more than 15 days away", "input outside training domain + LAI from more than 15 days "
            "away"} <= set(labels) and not any("non-vegetation" in t for t in labels)
    labels, _ = _legend(_written(tmp_path, "bioq", [0, 1, 2, 4]), "QUALITY")
    assert "cloud / nodata" in labels
    labels, _ = _legend(_written(tmp_path, "count_latent", [0, 1, 2, 3], "valid latent windows"), "COUNT")
    assert labels[-1].endswith(" windows")
    labels, _ = _legend(_written(tmp_path, "count_s2", [0, 1, 2, 3], "valid dates (clear Sentinel-2 observations "
                                                                      "read)"), "COUNT")
    assert labels[-1].endswith(" dates")
    labels, _ = _legend(_written(tmp_path, "count_months", [0, 4, 9, 12], "months with a clear Sentinel-2 "
                                                                          "observation behind the latent"), "COUNT")
    assert labels[-1] == "12.00 months"


def test_similarity_legend_says_below_zero_is_least_alike(tmp_path, qgis_processing):
    from qgis.core import QgsRasterLayer

    from eolatent.processing_provider.class_styles import similarity_renderer

    layer = QgsRasterLayer(_written(tmp_path, "sim", [-0.06, 0.2, 0.5, 0.9]), "sim")
    labels = [label for label, _ in similarity_renderer(layer).legendSymbologyItems()]
    assert labels[0] == "≤ 0.00" and labels[-1] == "1.00"


def test_class_colour_tables_only_where_a_geotiff_can_hold_them():
    """rasterio writes colour-table entries 0–255 only: class codes such as CORINE's 311 were written black (the
    review); colours that are not #rrggbb no longer fail the run."""
    from eolatent.core.outputs.geotiff import colour_table

    assert colour_table({1: "#e41a1c", 2: "#ABC"}) == {1: (228, 26, 28, 255), 2: (170, 187, 204, 255)}
    assert colour_table({211: "#e41a1c", 311: "#377eb8"}) is None
    assert colour_table({1: "red", 2: "None", 3: "#00ff00"}) == {3: (0, 255, 0, 255)}
    assert colour_table({1: "red"}) is None and colour_table({}) is None and colour_table(None) is None


def test_a_per_date_output_is_styled_on_its_first_date_with_data(tmp_path, qgis_processing):
    """The physics audit: a LAI output whose first date was cloud everywhere (a stack keeps such dates) was styled
    on band 1 and drew nothing."""
    from qgis.core import QgsRasterLayer

    from eolatent.processing_provider.styling import first_band_with_data, write_style

    a = np.full((3, 4, 4), np.nan, np.float32)
    a[1, :2] = 2.0
    a[2] = 3.0
    path = tmp_path / "lai.tif"
    with rasterio.open(path, "w", driver="GTiff", width=4, height=4, count=3, dtype="float32", crs="EPSG:32633",
                       transform=from_origin(0, 0, 10, 10), nodata=float("nan")) as ds:
        ds.write(a)
    layer = QgsRasterLayer(str(path), "lai")
    assert first_band_with_data(layer) == 2
    layer.loadNamedStyle(write_style(str(path), "LAI"))
    assert layer.renderer().band() == 2
    empty = tmp_path / "empty.tif"
    with rasterio.open(empty, "w", driver="GTiff", width=4, height=4, count=2, dtype="float32", crs="EPSG:32633",
                       transform=from_origin(0, 0, 10, 10), nodata=float("nan")) as ds:
        ds.write(np.full((2, 4, 4), np.nan, np.float32))
    assert first_band_with_data(QgsRasterLayer(str(empty), "e")) == 1


def test_the_continuous_legend_shows_two_decimals_and_the_unit(tmp_path, qgis_processing):
    """The Layers panel draws a ramp as one bar with its two ends: a stretched LST read "297.898468" to
    "323.000702" without a unit; FCOVER's items read "0.33 -"."""
    from qgis.core import QgsRasterLayer

    from eolatent.processing_provider.styling import write_style

    for name, values, key, suffix, first, second in (
            ("lst", [297.898468, 300.0, 310.0, 323.000702], "LST", " K", "297.90 K", None),
            ("fcover", [0.1, 0.5, 0.9, 0.2], "FCOVER", "", "0.00", "0.33")):
        path = _written(tmp_path, name, values)
        layer = QgsRasterLayer(path, name)          # kept alive while its renderer is read
        layer.loadNamedStyle(write_style(path, key))
        fn = layer.renderer().shader().rasterShaderFunction()
        legend = fn.legendSettings()
        assert legend.suffix() == suffix and legend.numericFormat().numberDecimalPlaces() == 2
        labels = [item.label for item in fn.colorRampItemList()]
        assert labels[0] == first and (second is None or labels[1] == second)
        assert not any(label.endswith(" -") for label in labels)


def test_the_main_variable_is_the_one_layer_seen_after_a_run(qgis_processing):
    """The physics audit: after a default biophysical run FCOVER, the LAI 1σ and the quality flags loaded ticked
    on top of the LAI, in no set order (the canvas showed the flags' flat green). Now the first variable asked for
    is the one ticked; the others load unticked; only companions asked for: all of them seen."""
    from eolatent.processing_provider.biophysical_algorithm import BiophysicalAlgorithm
    from eolatent.processing_provider.decode_algorithm import DecodeAlgorithm
    from eolatent.processing_provider.soilmoisture_algorithm import SoilMoistureAlgorithm

    bio = BiophysicalAlgorithm()
    res = dict(OUTPUT_FCOVER="f.tif", OUTPUT_LAI="l.tif", OUTPUT_LAI_STD="s.tif", OUTPUT_QUALITY="q.tif",
               OUTPUT_CCC=None, EXECUTION_PROVIDER_USED="cpu")
    assert set(bio.hidden_outputs(res)) == {"OUTPUT_FCOVER", "OUTPUT_LAI_STD", "OUTPUT_QUALITY", "OUTPUT_CCC"}
    res.pop("OUTPUT_LAI")
    assert set(bio.hidden_outputs(res)) == {"OUTPUT_LAI_STD", "OUTPUT_QUALITY", "OUTPUT_CCC"}
    assert SoilMoistureAlgorithm().hidden_outputs(dict(OUTPUT_SM_STD="s.tif", OUTPUT_QUALITY="q.tif")) == ()
    assert set(SoilMoistureAlgorithm().hidden_outputs(dict(OUTPUT_SM="m.tif", OUTPUT_SM_STD="s.tif"))) == \
        {"OUTPUT_SM_STD"}
    assert set(DecodeAlgorithm().hidden_outputs(dict(OUTPUT_SM="m.tif", OUTPUT_LAI="l.tif", DATES_DECODED="x"))) \
        == {"OUTPUT_SM"}
