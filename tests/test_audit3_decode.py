# SPDX-License-Identifier: GPL-3.0-or-later
"""Audit 3 (decode and buildstack): a date step of 0 is refused like any step < 1 (CLI, scale-out
adapter, Processing) instead of silently becoming 7; a decoded variable asked twice on the command line is
refused instead of one file being dropped; the Processing help shows the band descriptions the files
carry; a clear date's cloud report says that nothing was detected."""
import os

import pytest
import rasterio

import latent_fixtures as F
from feedback_fixtures import Recording
from eolatent.cli import main
from eolatent.core.encode.raster import run_encode
from eolatent.core.scaleout.jobs import ADAPTERS

STEP_ERROR = "the date step must be a whole number of days ≥ 1, not 0"


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    root = tmp_path_factory.mktemp("audit3")
    e = dict(enc=F.make_encoder(root / "encoder_test4.onnx"), dec=F.make_decoder(root / "decoder_test4.onnx"))
    e.update(F.write_stacks(str(root), with_s1=False))
    e["lat"] = str(root / "latent.tif")
    run_encode(e["lat"], s2_path=e["s2"], preset=e["enc"], provider="cpu", threads=1)
    return e


def cli(capsys, *args):
    rc = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return rc, out, err


# ------------------------------------------------------------------------------------- step 0 refused
@pytest.mark.parametrize("step", ["0", "-7"])
def test_cli_refuses_a_step_below_one(env, tmp_path, capsys, step):
    out = tmp_path / "lai.tif"
    rc, _, err = cli(capsys, "decode", "--input", env["lat"], "--decoder-file", env["dec"], "--step-days", step,
                     "--output-lai", out, "--provider", "cpu", "-q")
    # a usage error, found before any work: exit status 2 (it was 1, from the engine)
    assert rc == 2 and f"--step-days {step}: give a whole number of days, 1 or more (default 7)" in err
    assert not out.exists()


def test_cli_default_step_is_still_weekly(env, tmp_path, capsys):
    out = tmp_path / "lai.tif"
    rc, _, _ = cli(capsys, "decode", "--input", env["lat"], "--decoder-file", env["dec"], "--start-date",
                   "2015-07-11", "--end-date", "2015-07-25", "--output-lai", out, "--provider", "cpu", "-q")
    assert rc == 0
    with rasterio.open(out) as ds:
        assert [d.split()[0] for d in ds.descriptions] == ["2015-07-11", "2015-07-18", "2015-07-25"]


def test_scaleout_adapter_refuses_step_zero(env, tmp_path):
    dec = ADAPTERS["decode"]
    p = dict(input=env["lat"], decoder=env["dec"], provider="cpu", step_days=0)
    with pytest.raises(ValueError, match=STEP_ERROR):
        dec.plan(p)  # the block plan counts the dates with the same step
    with pytest.raises(ValueError, match=STEP_ERROR):
        dec.direct(p, {"LAI": str(tmp_path / "lai.tif")})
    assert not (tmp_path / "lai.tif").exists()


def test_processing_refuses_step_zero(qgis_processing, env, tmp_path):
    """Processing's STEP_DAYS (default 7, minimum 1): a 0 that reaches the algorithm (a model, a script
    calling run() without the parameter check) is refused, not turned into 7; absent means the default 7."""
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    from eolatent.processing_provider.decode_algorithm import DecodeAlgorithm

    alg = DecodeAlgorithm()
    alg.initAlgorithm({})
    step = alg.parameterDefinition("STEP_DAYS")
    assert step.defaultValue() == 7 and step.minimum() == 1
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    base = dict(INPUT=env["lat"], DECODER_FILE=env["dec"], START_DATE="2015-07-11", END_DATE="2015-07-25",
                EXECUTION_PROVIDER=2, THREADS=1, OUTPUT_FCOVER=None, OUTPUT_SM=None)
    with pytest.raises(Exception, match=STEP_ERROR) as exc:
        alg.processAlgorithm(dict(base, STEP_DAYS=0, OUTPUT_LAI=str(tmp_path / "zero.tif")), context, feedback)
    assert isinstance(exc.value, (QgsProcessingException, ValueError))
    assert not (tmp_path / "zero.tif").exists()
    res = alg.processAlgorithm(dict(base, OUTPUT_LAI=str(tmp_path / "default.tif")), context, feedback)
    assert res["DATES_DECODED"] == "2015-07-11,2015-07-18,2015-07-25"


# ------------------------------------------------------------------------------ a variable asked twice
def test_cli_refuses_a_variable_asked_twice(env, tmp_path, capsys):
    f4, f5 = tmp_path / "f4.tif", tmp_path / "f5.tif"
    rc, _, err = cli(capsys, "decode", "--input", env["lat"], "--decoder-file", env["dec"], "--dates",
                     "2015-07-12", "--output-var", f"LAI={f4}", "--output-lai", f5, "--provider", "cpu", "-q")
    assert rc == 2
    assert "LAI is asked twice" in err and f"--output-var LAI={f4}" in err and f"--output-lai {f5}" in err
    assert "give it once" in err
    assert not f4.exists() and not f5.exists()
    # the same variable twice in --output-var (case-insensitive, as the variable names are)
    rc, _, err = cli(capsys, "decode", "--input", env["lat"], "--decoder-file", env["dec"], "--dates",
                     "2015-07-12", "--output-var", f"SM_STD={f4}", "--output-var", f"sm_std={f5}", "-q")
    assert rc == 2
    assert "SM_STD is asked twice" in err and f"--output-var SM_STD={f4}" in err and f"--output-var sm_std={f5}" in err
    assert not f4.exists() and not f5.exists()
    # distinct variables through both forms still work
    rc, _, _ = cli(capsys, "decode", "--input", env["lat"], "--decoder-file", env["dec"], "--dates", "2015-07-12",
                   "--output-var", f"SM={f4}", "--output-lai", f5, "--provider", "cpu", "-q")
    assert rc == 0 and f4.exists() and f5.exists()


# ------------------------------------------------------------------------- help matches the band names
def test_processing_help_shows_the_band_description_the_files_carry(qgis_processing, env, tmp_path):
    """The help's example band description is the one decode writes with the shipped decoder's units."""
    from eolatent.core.latent import contract as lt
    from eolatent.processing_provider.decode_algorithm import DecodeAlgorithm

    from eolatent.core.inputs.dated_rasters import dated_spec

    units = {o["name"]: o["units"] for o in lt.resolve_model("eolatent.decoder.fine4", "decode").card["outputs"]}
    assert units["LAI"] == "m²/m²"      # the card's; the files say it in ASCII, like the biophysical outputs
    written = dated_spec("x.tif", ["2020-07-01"], "LAI", "LAI", units["LAI"], {}).descriptions[0]
    alg = DecodeAlgorithm()
    help_text = alg.shortHelpString()
    assert written == "2020-07-01 LAI [m2/m2]" and f'"{written}"' in help_text and "m²/m²]" not in help_text


# --------------------------------------------------------------------------- clear date's cloud report
def test_buildstack_says_nothing_was_detected_on_a_clear_date(tmp_path):
    import shutil

    from eolatent.core.inputs.stackbuild.build import build_stacks

    folder = tmp_path / "s2"
    folder.mkdir()
    for d in ("2015-08-20", "2015-08-30"):
        name = f"S2L1C_TOA_13band_{d}.tif"
        shutil.copyfile(os.path.join(F.SLOVENIA, name), folder / name)
    fb = Recording()
    res = build_stacks(str(folder), None, None, None, 100, None, out_s2=str(tmp_path / "s2.tif"), feedback=fb)
    assert res.s2_detected == [(100.0, 0.0), (0.0, 0.0)]
    clear = [m for m in fb.messages if m.startswith("S2 2015-08-30:") and "detected" in m]
    assert clear == ["S2 2015-08-30: no cloud or shadow detected (of 10100 assessed pixels)"]
    assert any(m.startswith("S2 2015-08-20: 100.0 % cloud, 0.0 % shadow detected (of 10100 assessed pixels), "
                            "set to no data") for m in fb.messages)
    with rasterio.open(tmp_path / "s2.tif") as ds:  # the band tags are unchanged
        assert (ds.tags(14)["CLOUD_DETECTED"], ds.tags(14)["SHADOW_DETECTED"]) == ("0.000", "0.000")
