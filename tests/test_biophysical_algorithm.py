# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:biophysical through QGIS Processing: values, georeferencing, band metadata, bad inputs."""
import datetime as dt
import os
import re
import shutil

import numpy as np
import pytest
import rasterio
from rasterio.windows import Window

from eolatent.core.biophysical import retrieval as bio
from eolatent.core.inputs.sentinel2 import Grid, open_s2, write_s2_stack

ANGLES = dict(SUN_ZENITH=27.3, VIEW_ZENITH=5.0, RELATIVE_AZIMUTH=90.0)


def run(params):
    import processing

    return processing.run("eolatent:biophysical", params)


def read_all(path):
    with rasterio.open(path) as ds:
        return ds.read(), ds


def test_single_date_values_equal_core_retrieve(eolatent_provider, slovenia_tif, tmp_path):
    out = {k: str(tmp_path / f"{k.lower()}.tif") for k in ("LAI", "FAPAR", "FCOVER", "CCC", "CWC", "LAI_STD",
                                                           "QUALITY")}
    params = dict(INPUT=slovenia_tif, **ANGLES, EXECUTION_PROVIDER=2, THREADS=1, TILE_SIZE=32)
    params.update({f"OUTPUT_{k}": v for k, v in out.items()})
    res = run(params)
    assert res["EXECUTION_PROVIDER_USED"] == "cpu"
    with open_s2(slovenia_tif) as src:
        refl, valid = src.read(0, Window(0, 0, src.grid.width, src.grid.height), bio.INPUT_BANDS)
        grid = src.grid
    # a Level-1C tile (it carries B10): the top-of-atmosphere variant is chosen and named in the metadata
    ref = bio.retrieve(dict(zip(bio.INPUT_BANDS, refl)), 27.3, 5.0, 90.0, provider="cpu", level="L1C")
    for key in ("LAI", "FAPAR", "FCOVER", "CCC", "CWC"):
        with rasterio.open(out[key]) as ds:
            assert ds.tags()["EOLATENT_LEVEL"] == "L1C" and ds.tags(1)["LEVEL"] == "L1C"
            assert ds.tags(1)["MODEL"].startswith("eolatent.biophysical.s2.toa ")
            np.testing.assert_allclose(ds.read(1), ref[key], atol=1e-5, equal_nan=True)
            assert ds.crs == grid.crs and ds.transform.almost_equals(grid.transform)
            assert ds.descriptions[0].startswith("2015-07-11 " + key)
            assert ds.tags(1)["DATE"] == "2015-07-11"
            assert ds.tags()["EOLATENT_PROVIDER"] == "cpu"
            # the angles used, and where each came from (here: all three from the parameters)
            assert {k: ds.tags(1)[k] for k in ("SUN_ZENITH", "VIEW_ZENITH", "RELATIVE_AZIMUTH")} == \
                {"SUN_ZENITH": "27.30", "VIEW_ZENITH": "5.00", "RELATIVE_AZIMUTH": "90.00"}
            assert ds.tags(1)["ANGLES"] == ("sun zenith from parameters, view zenith from parameters, "
                                            "relative azimuth from parameters")
        assert os.path.exists(out[key].replace(".tif", ".qml"))  # default style beside the output
    with rasterio.open(out["LAI_STD"]) as ds:
        np.testing.assert_allclose(ds.read(1), ref["LAI_std"], atol=1e-5, equal_nan=True)
    with rasterio.open(out["QUALITY"]) as ds:
        np.testing.assert_array_equal(ds.read(1), ref["QUALITY"])
    # physically plausible on this forest/grassland tile (summer): LAI mostly 1–7, FCOVER ≤ 1
    lai = ref["LAI"]
    assert 1.0 < np.nanmedian(lai) < 7.0 and np.nanmax(ref["FCOVER"]) <= 1.0


def _stack(tmp_path, n_dates=3, cloud_date=1, with_angles=True):
    with open_s2(os.path.join(os.path.dirname(__file__), "data", "slovenia",
                              "S2L1C_TOA_13band_2015-07-11.tif")) as src:
        grid = src.grid
        refl, _ = src.read(0, Window(0, 0, grid.width, grid.height), src.band_names)
        names = src.band_names
    cube = np.stack([refl * (1 + 0.05 * k) for k in range(n_dates)]).astype(np.float32)
    cube[cloud_date, :, 20:40, 10:50] = np.nan  # a cloud on one date
    dates = [dt.datetime(2015, 7, 11 + 10 * k, 10) for k in range(n_dates)]
    angles = [dict(sun_zenith=25.0 + 5 * k, sun_azimuth=150.0, view_zenith=4.0, view_azimuth=100.0)
              for k in range(n_dates)] if with_angles else None
    path = str(tmp_path / "stack.tif")
    write_s2_stack(path, Grid(grid.crs, grid.transform, grid.width, grid.height), dates, names, cube, angles=angles)
    return path, cube, names, dates


def test_prior_parameter_chooses_the_codistributed_model_and_says_so(eolatent_provider, slovenia_tif, tmp_path):
    """PRIOR=codistributed (Processing) and --prior codistributed (command line) run the co-distributed twin of the
    variant the input needs, with the values of the core retrieval, and name it in the log and the metadata."""
    import processing
    from feedback_fixtures import keeping_processing_feedback
    from qgis.core import QgsProcessingContext

    from eolatent.cli import main

    lai = str(tmp_path / "lai.tif")
    feedback = keeping_processing_feedback()

    processing.run("eolatent:biophysical", dict(INPUT=slovenia_tif, **ANGLES, PRIOR="codistributed", OUTPUT_LAI=lai,
                                                EXECUTION_PROVIDER=2), context=QgsProcessingContext(),
                   feedback=feedback)
    with open_s2(slovenia_tif) as src:
        refl, _ = src.read(0, Window(0, 0, src.grid.width, src.grid.height), bio.INPUT_BANDS)
    ref = bio.retrieve(dict(zip(bio.INPUT_BANDS, refl)), 27.3, 5.0, 90.0, provider="cpu", level="L1C",
                       prior="codistributed")
    wide = bio.retrieve(dict(zip(bio.INPUT_BANDS, refl)), 27.3, 5.0, 90.0, provider="cpu", level="L1C")
    assert ref["model"].startswith("eolatent.biophysical.s2.toa.codist ")
    with rasterio.open(lai) as ds:
        assert ds.tags()["EOLATENT_PRIOR"] == "codistributed"
        assert ds.tags(1)["MODEL"].startswith("eolatent.biophysical.s2.toa.codist ")
        np.testing.assert_allclose(ds.read(1), ref["LAI"], atol=1e-5, equal_nan=True)
        assert np.nanmean(np.abs(ds.read(1) - wide["LAI"])) > 0.2          # another model indeed
    assert any("eolatent.biophysical.s2.toa.codist" in m and "(co-distributed prior)" in m for m in feedback.messages)
    cli_lai = str(tmp_path / "cli.tif")
    assert main(["biophysical", "--input", slovenia_tif, "--sun-zenith", "27.3", "--view-zenith", "5",
                 "--relative-azimuth", "90", "--prior", "codistributed", "--output-lai", cli_lai, "-q"]) == 0
    with rasterio.open(cli_lai) as ds:
        assert ds.tags()["EOLATENT_PRIOR"] == "codistributed"
        np.testing.assert_allclose(ds.read(1), ref["LAI"], atol=1e-5, equal_nan=True)


def test_stack_one_band_per_date_with_product_angles_and_masks(eolatent_provider, tmp_path):
    path, cube, names, dates = _stack(tmp_path)
    lai, q = str(tmp_path / "lai.tif"), str(tmp_path / "q.tif")
    run(dict(INPUT=path, OUTPUT_LAI=lai, OUTPUT_QUALITY=q, EXECUTION_PROVIDER=0, TILE_SIZE=64))
    with rasterio.open(lai) as ds:
        out = ds.read()
        assert ds.count == 3
        assert [d.split()[0] for d in ds.descriptions] == [d.strftime("%Y-%m-%d") for d in dates]
    flags = rasterio.open(q).read()
    idx = [names.index(b) for b in bio.INPUT_BANDS]
    for k in range(3):  # each date used its own angles from the stack metadata
        ref = bio.retrieve(dict(zip(bio.INPUT_BANDS, cube[k][idx])), 25.0 + 5 * k, 4.0, 50.0, level="L1C")
        np.testing.assert_allclose(out[k], ref["LAI"], atol=1e-5, equal_nan=True)
    assert np.isnan(out[1, 20:40, 10:50]).all() and (flags[1, 20:40, 10:50] & bio.FLAG_INVALID).all()
    assert np.isfinite(out[0, 20:40, 10:50]).all() and not (flags[0] & bio.FLAG_INVALID).any()


def test_missing_angles_computed_and_stated(eolatent_provider, tmp_path):
    """A stack without angles (e.g. buildstack from per-date GeoTIFFs): the sun is computed from the acquisition
    time and the grid centre, the view geometry takes the stated defaults, and the log says so."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    import processing

    from eolatent.core.biophysical.raster import DEFAULT_RELATIVE_AZIMUTH, DEFAULT_VIEW_ZENITH
    from eolatent.core.inputs.sentinel2.cloud_shadows import grid_lonlat
    from eolatent.core.inputs.solar import sun_angles

    path, cube, names, dates = _stack(tmp_path, with_angles=False)
    lai = tmp_path / "lai.tif"
    messages = []
    feedback = QgsProcessingFeedback()
    feedback.pushInfo = messages.append
    processing.run("eolatent:biophysical", dict(INPUT=path, OUTPUT_LAI=str(lai), EXECUTION_PROVIDER=2),
                   feedback=feedback, context=QgsProcessingContext())
    with open_s2(path) as src:
        lon, lat = grid_lonlat(src.grid)
    idx = [names.index(b) for b in bio.INPUT_BANDS]
    with rasterio.open(lai) as ds:
        out = ds.read()
        band_tags = [ds.tags(k + 1) for k in range(ds.count)]
    for k, when in enumerate(dates):
        sza = sun_angles(when, lat, lon)[0]
        ref = bio.retrieve(dict(zip(bio.INPUT_BANDS, cube[k][idx])), sza, DEFAULT_VIEW_ZENITH,
                           DEFAULT_RELATIVE_AZIMUTH, level="L1C")
        np.testing.assert_allclose(out[k], ref["LAI"], atol=1e-5, equal_nan=True)
        # the output metadata says the same as the log, per date
        assert float(band_tags[k]["SUN_ZENITH"]) == pytest.approx(sza, abs=0.005)
        assert band_tags[k]["VIEW_ZENITH"] == f"{DEFAULT_VIEW_ZENITH:.2f}"
        assert re.fullmatch(r"sun zenith computed from the acquisition time \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\) and "
                            r"place, view zenith default, relative azimuth default", band_tags[k]["ANGLES"])
    log = "\n".join(messages)
    assert re.search(r"sun zenith computed from the acquisition time \(2015-07-11 \d\d:\d\d UTC\) and place", log)
    assert "view zenith default" in log and log.count("to change it") == 1      # said once for the run, not per date


def test_missing_band_named_and_no_output(eolatent_provider, slovenia_tif, tmp_path):
    from qgis.core import QgsProcessingException

    src = rasterio.open(slovenia_tif)
    profile = src.profile
    profile.update(count=3)
    three = tmp_path / "three_bands_2015-07-11.tif"
    with rasterio.open(three, "w", **profile) as ds:
        ds.write(src.read([2, 3, 4]))
        for b, name in enumerate(("B02", "B03", "B04"), 1):
            ds.set_band_description(b, name)
    lai = tmp_path / "lai.tif"
    with pytest.raises(QgsProcessingException, match="B05"):
        run(dict(INPUT=str(three), OUTPUT_LAI=str(lai), **ANGLES))
    assert not lai.exists() and sorted(os.listdir(tmp_path)) == [three.name]


def test_corrupt_input(eolatent_provider, slovenia_tif, tmp_path):
    from qgis.core import QgsProcessingException

    bad = tmp_path / "corrupt_2015-07-11.tif"
    bad.write_bytes(open(slovenia_tif, "rb").read()[:5000])
    lai = tmp_path / "lai.tif"
    with pytest.raises(QgsProcessingException):
        run(dict(INPUT=str(bad), OUTPUT_LAI=str(lai), **ANGLES))
    assert not lai.exists()


def test_unwritable_output(eolatent_provider, slovenia_tif, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="does not exist"):
        run(dict(INPUT=slovenia_tif, OUTPUT_LAI=str(tmp_path / "nope" / "lai.tif"), **ANGLES))


def test_output_under_a_file_named_as_such(eolatent_provider, slovenia_tif, tmp_path):
    """An output whose parent is a file is reported as that, not as a missing folder (issue 15)."""
    from qgis.core import QgsProcessingException

    (tmp_path / "notes.txt").write_text("a file")
    with pytest.raises(QgsProcessingException, match=r"notes\.txt is a file, not a folder"):
        run(dict(INPUT=slovenia_tif, OUTPUT_LAI=str(tmp_path / "notes.txt" / "lai.tif"), **ANGLES))
    with pytest.raises(QgsProcessingException, match=r"notes\.txt is a file, not a folder"):
        run(dict(INPUT=slovenia_tif, OUTPUT_LAI=str(tmp_path / "notes.txt" / "sub" / "lai.tif"), **ANGLES))


def test_folder_problem_and_classifier_output_under_a_file(tmp_path):
    from eolatent.core.classify.train import ClassifierError, train_classifier
    from eolatent.core.outputs.files import folder_problem

    (tmp_path / "f").write_text("x")
    assert folder_problem(str(tmp_path / "ok.tif")) is None
    assert "does not exist" in folder_problem(str(tmp_path / "missing" / "a.tif"))
    assert "is a file, not a folder" in folder_problem(str(tmp_path / "f" / "a.tif"))
    with pytest.raises(ClassifierError, match="is a file, not a folder"):
        train_classifier("unused.tif", None, [], str(tmp_path / "f" / "m.onnx"))


def test_digital_numbers_rejected_by_api():
    bands = {b: np.full((2, 2), 1200.0) for b in bio.INPUT_BANDS}
    with pytest.raises(bio.BiophysicalInputError, match="digital numbers"):
        bio.retrieve(bands, 30, 5, 90)
    with pytest.raises(bio.BiophysicalInputError, match="digital numbers"):
        bio.retrieve({b: v for b, v in bands.items() if b != "B8A"}, 30, 5, 90)
    # without B8A in reflectance: the 9-band variant runs, and says so
    out = bio.retrieve({b: v / 1e4 for b, v in bands.items() if b != "B8A"}, 30, 5, 90)
    assert out["model"].startswith("eolatent.biophysical.s2.nob8a ")


def test_cancel_mid_run_leaves_no_output(eolatent_provider, tmp_path):
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    import processing

    path, *_ = _stack(tmp_path)
    lai = tmp_path / "lai.tif"
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda p: feedback.cancel() if p > 20 else None)
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        processing.run("eolatent:biophysical", dict(INPUT=path, OUTPUT_LAI=str(lai), TILE_SIZE=16),
                       feedback=feedback, context=QgsProcessingContext())
    assert not lai.exists()
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".lai")]


def test_level_forced_and_smoothing_fills_the_cloud(eolatent_provider, tmp_path):
    """LEVEL=L2A forces the surface model on an L1C stack; SMOOTH fills the cloudy date from its neighbours."""
    path, cube, names, dates = _stack(tmp_path)
    lai, std, q = str(tmp_path / "lai.tif"), str(tmp_path / "std.tif"), str(tmp_path / "q.tif")
    from feedback_fixtures import keeping_processing_feedback

    import processing

    fb = keeping_processing_feedback()
    processing.run("eolatent:biophysical", dict(INPUT=path, LEVEL="L2A", OUTPUT_LAI=lai, EXECUTION_PROVIDER=2,
                                                TILE_SIZE=64), feedback=fb)
    assert any("the LEVEL parameter contradicts the level the input states on 3 date(s)" in w for w in fb.warnings)
    idx = [names.index(b) for b in bio.INPUT_BANDS]
    with rasterio.open(lai) as ds:
        assert ds.tags()["EOLATENT_LEVEL"] == "L2A,L2A,L2A"
        ref = bio.retrieve(dict(zip(bio.INPUT_BANDS, cube[0][idx])), 25.0, 4.0, 50.0, level="L2A")
        np.testing.assert_allclose(ds.read(1), ref["LAI"], atol=1e-5, equal_nan=True)
    run(dict(INPUT=path, SMOOTH=True, OUTPUT_LAI=lai, OUTPUT_LAI_STD=std, OUTPUT_QUALITY=q, EXECUTION_PROVIDER=2,
             TILE_SIZE=64))
    out, sd, flags = rasterio.open(lai).read(), rasterio.open(std).read(), rasterio.open(q).read()
    assert rasterio.open(lai).tags()["EOLATENT_SMOOTHING"] == "window 30 days"   # 3 dates: too few to fit
    cloud = (slice(20, 40), slice(10, 50))
    assert np.isfinite(out[1][cloud]).all() and (flags[1][cloud] & 32).all() and not (flags[1][cloud] & 4).any()
    # the filled value lies between its neighbours' values (within their uncertainty), with a larger 1σ
    lo = np.minimum(out[0][cloud], out[2][cloud]) - sd[1][cloud]
    hi = np.maximum(out[0][cloud], out[2][cloud]) + sd[1][cloud]
    assert ((out[1][cloud] >= lo) & (out[1][cloud] <= hi)).mean() > 0.95
    assert np.nanmedian(sd[1][cloud]) > np.nanmedian(sd[0][cloud])
    assert np.nanmax(sd) <= 8.0 / np.sqrt(12.0) + 1e-5     # never less certain than knowing only LAI's range 0-8
    assert (flags[0][np.isfinite(out[0])] & 16).all()
    run(dict(INPUT=path, SMOOTH=True, SMOOTH_WINDOW=45, OUTPUT_LAI=lai, EXECUTION_PROVIDER=2, TILE_SIZE=64))
    assert rasterio.open(lai).tags()["EOLATENT_SMOOTHING"] == "window 45 days"


def test_provider_lists_algorithm(eolatent_provider):
    ids = [a.id() for a in eolatent_provider.algorithms()]
    assert "eolatent:biophysical" in ids
    alg = eolatent_provider.algorithm("biophysical")
    assert "PROSAIL" in alg.shortHelpString()
    names = [p.name() for p in alg.parameterDefinitions()]
    for required in ("INPUT", "SUN_ZENITH", "VIEW_ZENITH", "RELATIVE_AZIMUTH", "OUTPUT_LAI", "OUTPUT_QUALITY",
                     "EXECUTION_PROVIDER", "LEVEL", "BAND_SET", "NON_VEGETATION", "SMOOTH", "SMOOTH_WINDOW"):
        assert required in names


def test_dialog_makes_lai_fcover_sigma_and_quality_by_default(eolatent_provider):
    """FAPAR, CCC, CWC and the other 1σ are ticked by the user: eight layers by default crowded the Layers panel."""
    alg = eolatent_provider.algorithm("biophysical")
    made = {p.name() for p in alg.destinationParameterDefinitions() if p.createByDefault()}
    assert made == {"OUTPUT_LAI", "OUTPUT_FCOVER", "OUTPUT_LAI_STD", "OUTPUT_QUALITY"}


def test_wrong_data_type_named(eolatent_provider, slovenia_tif, tmp_path):
    from qgis.core import QgsProcessingException

    src = rasterio.open(slovenia_tif)
    profile = src.profile
    profile.update(dtype="complex64")
    bad = tmp_path / "complex_2015-07-11.tif"
    with rasterio.open(bad, "w", **profile) as ds:
        ds.write(src.read().astype("complex64"))
        for b, name in enumerate(src.descriptions, 1):
            ds.set_band_description(b, name)
    lai = tmp_path / "lai.tif"
    with pytest.raises(QgsProcessingException, match="complex64"):
        run(dict(INPUT=str(bad), OUTPUT_LAI=str(lai), **ANGLES))
    assert not lai.exists()


def test_non_overlapping_mask_named(eolatent_provider, slovenia_tif, tmp_path):
    from qgis.core import QgsProcessingException

    image = tmp_path / "s2_2015-07-11.tif"
    shutil.copy(slovenia_tif, image)
    with rasterio.open(slovenia_tif) as src:
        crs = src.crs
    profile = dict(driver="GTiff", width=50, height=50, count=1, dtype="uint8", crs=crs,
                   transform=rasterio.transform.from_origin(0, 0, 10, 10))
    with rasterio.open(tmp_path / "s2_2015-07-11_mask.tif", "w", **profile) as ds:
        ds.write(np.ones((1, 50, 50), np.uint8))
        ds.set_band_description(1, "VALID")
    lai = tmp_path / "lai.tif"
    with pytest.raises(QgsProcessingException, match="does not overlap"):
        run(dict(INPUT=str(image), OUTPUT_LAI=str(lai), **ANGLES))
    assert not lai.exists()


def test_overlapping_mask_honoured(eolatent_provider, slovenia_tif, tmp_path):
    image = tmp_path / "s2_2015-07-11.tif"
    shutil.copy(slovenia_tif, image)
    with rasterio.open(slovenia_tif) as src:
        profile = dict(driver="GTiff", width=src.width, height=src.height, count=1, dtype="uint8",
                       crs=src.crs, transform=src.transform)
    valid = np.ones((src.height, src.width), np.uint8)
    valid[:30, :40] = 0
    with rasterio.open(tmp_path / "s2_2015-07-11_mask.tif", "w", **profile) as ds:
        ds.write(valid[None])
        ds.set_band_description(1, "VALID")
    lai, q = tmp_path / "lai.tif", tmp_path / "q.tif"
    run(dict(INPUT=str(image), OUTPUT_LAI=str(lai), OUTPUT_QUALITY=str(q), **ANGLES))
    out, flags = rasterio.open(lai).read(1), rasterio.open(q).read(1)
    assert np.isnan(out[:30, :40]).all() and (flags[:30, :40] == 4).all()
    assert np.isfinite(out[30:, 40:]).all() and not (flags[30:, 40:] & 4).any()


def test_style_sidecar_is_a_colour_ramp(eolatent_provider, slovenia_tif, tmp_path):
    lai, q = tmp_path / "lai.tif", tmp_path / "q.tif"
    run(dict(INPUT=slovenia_tif, OUTPUT_LAI=str(lai), OUTPUT_QUALITY=str(q), **ANGLES))
    qml = (tmp_path / "lai.qml").read_text()
    assert 'type="singlebandpseudocolor"' in qml and "m²/m²" in qml
    assert 'type="paletted"' in (tmp_path / "q.qml").read_text()


def test_quality_style_shows_every_flag_value_present(eolatent_provider, tmp_path):
    """With SMOOTH every pixel carries flag 16 (and 32 where filled): the quality style listed only 0–4, so the
    layer was drawn empty. Every value of the file gets a class, coloured by its most telling bit."""
    import processing

    from eolatent.processing_provider.styling import flag_classes

    path, _, _, _ = _stack(tmp_path)
    q = str(tmp_path / "q.tif")
    processing.run("eolatent:biophysical", dict(INPUT=path, SMOOTH=True, OUTPUT_LAI=str(tmp_path / "lai.tif"),
                                                OUTPUT_QUALITY=q, EXECUTION_PROVIDER=2, TILE_SIZE=64))
    present = set(np.unique(rasterio.open(q).read()).tolist())
    assert {16, 48} <= present                         # smoothed; smoothed + gap-filled (the cloudy date)
    qml = (tmp_path / "q.qml").read_text()
    for v in present:
        assert f'value="{v}"' in qml, v
    classes = {v: (c, label) for v, c, label in flag_classes([0, 16, 48, 17, 12])}
    assert classes[16] == ("#66bd63", "smoothed") and classes[48] == ("#74add1", "smoothed + gap-filled")
    assert classes[17][1] == "input outside training domain + smoothed" and classes[12][0] == "#bdbdbd"
    assert classes[0][1] == "good" and 'value="4"' in qml   # the named classes are always listed


def test_the_prior_choices_are_the_cores(eolatent_provider):
    """The dialog and the command line list the priors the core knows (each keeps its own copy of the names, so that
    the plugin loads without the core): a prior added to one and not the others would be offered and refused."""
    from eolatent.cli import build_parser

    options = eolatent_provider.algorithm("biophysical").parameterDefinition("PRIOR").options()
    sub = build_parser()._subparsers._group_actions[0].choices["biophysical"]
    choices = next(a.choices for a in sub._actions if a.dest == "prior")
    assert tuple(options) == tuple(choices) == bio.PRIORS


def test_a_smoothing_window_without_smoothing_is_said(eolatent_provider, slovenia_tif, tmp_path):
    """The smoothing audit: SMOOTH=false with SMOOTH_WINDOW=30 was ignored without a word (the command line refuses
    --smooth-window without --smooth)."""
    import processing
    from feedback_fixtures import keeping_processing_feedback

    feedback = keeping_processing_feedback()
    processing.run("eolatent:biophysical", dict(INPUT=slovenia_tif, **ANGLES, SMOOTH=False, SMOOTH_WINDOW=30,
                                                OUTPUT_LAI=str(tmp_path / "lai.tif")), feedback=feedback)
    assert any(w.startswith("The smoothing window (30 days) is not used: smoothing is off") for w in
               feedback.warnings), feedback.warnings
    feedback = keeping_processing_feedback()
    processing.run("eolatent:biophysical", dict(INPUT=slovenia_tif, **ANGLES, OUTPUT_LAI=str(tmp_path / "b.tif")),
                   feedback=feedback)
    assert not any("smoothing window" in w for w in feedback.warnings)
