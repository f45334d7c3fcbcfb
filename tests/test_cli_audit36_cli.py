# SPDX-License-Identifier: GPL-3.0-or-later
"""Audit 36 of the command line, the command-line half: usage errors found in the options before any work exit
with status 2 (data errors found while running stay 1), blank prompts are refused by name, the help names the
inputs, the presets, the units and the limits the code checks, an output file that exists is said to be
replaced, and an encode period with no acquisition is named by the stacks' own dates."""
import argparse

import pytest

from eolatent.cli import build_parser, main


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    from latent_fixtures import make_decoder, make_encoder, write_stacks

    from eolatent.core.encode.raster import run_encode

    folder = tmp_path_factory.mktemp("audit36")
    out = write_stacks(str(folder), with_s1=False)
    out["encoder"] = make_encoder(folder / "enc.onnx")
    out["decoder"] = make_decoder(folder / "dec.onnx")
    out["latent"] = str(folder / "latent.tif")
    run_encode(out["latent"], s2_path=out["s2"], preset=out["encoder"], provider="cpu")
    return out


def cli(capsys, *args):
    rc = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return rc, out, err


# ---- M2 ------------------------------------------------------------------------------------------------------
def test_encode_with_a_start_after_the_stack_names_the_stacks_dates(data, tmp_path, capsys):
    rc, _, err = cli(capsys, "encode", "--s2-stack", data["s2"], "--model-file", data["encoder"], "--start-date",
                     "2016-01-01", "--output", tmp_path / "l.tif", "-q")
    assert rc == 1 and "is before the start date" not in err
    assert "no acquisition from the start date 2016-01-01 on: the stacks' dates run from 2015-07-11 to 2015-09-09" \
        in err
    rc, _, err = cli(capsys, "encode", "--s2-stack", data["s2"], "--model-file", data["encoder"], "--end-date",
                     "2015-01-01", "--output", tmp_path / "l.tif", "-q")
    assert rc == 1 and "no acquisition up to the end date 2015-01-01: the stacks' dates run from 2015-07-11" in err
    assert not (tmp_path / "l.tif").exists()


# ---- L1, L6, L11: usage errors exit 2 ------------------------------------------------------------------------
@pytest.mark.parametrize("args, message", [
    (["encode", "--s2-stack", "{s2}", "--model", "nosuch", "--output", "{tmp}/l.tif"],
     "--model nosuch: 'nosuch' is not an encoder preset (the presets are fine4, seed100, presto, presto_small)"),
    (["encode", "--s2-stack", "{s2}", "--model", "presto", "--grid-factor", "0", "--output", "{tmp}/l.tif"],
     "--grid-factor 0: give 1 (every pixel, the default) or a coarser factor"),
    (["encode", "--s2-stack", "{s2}", "--model", "fine4", "--grid-factor", "2", "--output", "{tmp}/l.tif"],
     "--grid-factor 2 applies to the pixel-series encoders (--model presto or presto_small) only"),
    (["decode", "--input", "{latent}", "--step-days", "0", "--output-lai", "{tmp}/d.tif"],
     "--step-days 0: give a whole number of days, 1 or more (default 7)"),
    (["decode", "--input", "{latent}", "--resolution", "30", "--output-lai", "{tmp}/d.tif"],
     "--resolution: resolution 30 is not allowed for this latent raster"),
    (["decode", "--input", "{latent}", "--resolution", "0", "--output-lai", "{tmp}/d.tif"],
     "--resolution 0: give a pixel size above 0, in metres"),
    (["decode", "--input", "{latent}", "--resolution", "-10", "--output-lai", "{tmp}/d.tif"],
     "--resolution -10: give a pixel size above 0"),
    (["textquery", "--input", "{s2}", "--prompts", "12345", "--output", "{tmp}/p.tif"],
     "--prompts: the text prompt '12345' holds no word (only digits, signs or punctuation)"),
    (["textquery", "--input", "{s2}", "--prompts", "forest", "--prompts", "", "--output", "{tmp}/p.tif"],
     "--prompts '' (value 2 of 2) is blank: give what to look for (e.g. 'forest'), or leave that --prompts out"),
    (["textquery", "--input", "{s2}", "--prompts", "  ", "--output", "{tmp}/p.tif"],
     "--prompts '  ' is blank: give what to look for"),
    (["textquery", "--input", "{s2}", "--prompts", "forest", "--negative-prompts", "clouds", "--negative-prompts",
      " ", "--output", "{tmp}/p.tif"],
     "--negative-prompts ' ' (value 2 of 2) is blank: give the prompt to push away (e.g. 'clouds')"),
    (["textquery", "--input", "{s2}", "--prompts", "forest", "--prompts", "Forest", "--output", "{tmp}/p.tif"],
     "'forest' and 'Forest' are the same prompt to the text model"),
])
def test_option_values_refused_before_any_work_exit_2(data, tmp_path, capsys, args, message):
    values = dict(s2=data["s2"], latent=data["latent"], tmp=tmp_path)
    rc, out, err = cli(capsys, *[a.format(**values) for a in args])
    assert rc == 2, err
    assert message.format(**values) in err and out == ""
    assert list(tmp_path.iterdir()) == []


def test_a_resolution_the_latent_allows_and_data_errors_keep_their_status(data, tmp_path, capsys):
    rc, out, err = cli(capsys, "decode", "--input", data["latent"], "--decoder-file", data["decoder"], "--resolution",
                       "20", "--dates", "2015-07-15", "--output-lai", tmp_path / "d.tif", "-q", "--provider", "cpu")
    assert rc == 0, err
    import rasterio

    with rasterio.open(tmp_path / "d.tif") as ds:
        assert ds.res == pytest.approx((20.0, 20.0), rel=2e-3)     # the sample grid: 9.995 m pixels
    # not a latent raster: found when the run reads it, status 1 (not a usage error)
    rc, _, err = cli(capsys, "decode", "--input", data["s2"], "--resolution", "20", "--output-lai",
                     tmp_path / "e.tif", "-q")
    assert rc == 1 and "is not a latent raster" in err


def test_a_multi_line_prompt_may_hold_a_blank_line(data):
    from eolatent.cli_commands import _build_textquery

    ns = build_parser().parse_args(["textquery", "--input", data["s2"], "--prompts", "forest\n\nwater",
                                    "--output", "p.tif"])
    assert _build_textquery(ns)["prompts"] == "forest\nwater"


# ---- L2: help ------------------------------------------------------------------------------------------------
def _helps(command):
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[command]
    return {flag: action.help or "" for action in sub._actions for flag in action.option_strings}


def test_help_names_inputs_presets_units_and_limits():
    from eolatent.core.latent.contract import PRESETS

    enc = _helps("encode")
    assert "Sentinel-2 stack" in enc["--s2-stack"] and "Sentinel-1 stack" in enc["--s1-stack"]
    assert all(p in enc["--model"] for p in PRESETS) and "eolatent models list" in enc["--model"]
    dec = _helps("decode")
    quality = dec["--output-quality"]
    assert all(f"{flag} " in quality for flag in ("1", "2", "4", "8", "16"))
    assert "8 less than half from windows with a Sentinel-2 observation" in quality
    assert "16 less than half from windows with a Sentinel-1 observation" in quality
    assert dec["--output-lai"] == "leaf area index LAI (m²/m²), one band per date"
    assert dec["--output-sm-std"] == "1-sigma uncertainty of surface soil moisture SM (m³/m³), one band per date"
    assert all(dec[f"--output-{v}"] for v in ("fcover", "cab", "cw", "cm", "soil-brightness", "cab-std"))
    assert "above 0" in dec["--resolution"]
    assert "strictly between 0 and 1" in _helps("textquery")["--threshold"]
    cls = _helps("classify")
    assert "10 … 1000" in cls["--n-trees"] and "0 … 0.9" in cls["--validation-fraction"]


def test_help_limits_are_those_the_options_are_checked_against(data, tmp_path, capsys):
    for args, message in ((["--n-trees", "1001"], "--n-trees 1001: give 10 … 1000"),
                          (["--validation-fraction", "0.95"], "--validation-fraction 0.95: give 0.0 … 0.9")):
        rc, _, err = cli(capsys, "classify", "--input", data["latent"], "--training", data["s2"], "--class-field",
                         "c", "--output", tmp_path / "c.tif", *args)
        assert rc == 2 and message in err, err


# ---- L4: replacing an existing output ------------------------------------------------------------------------
def test_an_existing_output_is_said_to_be_replaced(data, tmp_path, capsys):
    out = tmp_path / "l.tif"
    args = ("encode", "--s2-stack", data["s2"], "--model-file", data["encoder"], "--output", out, "--provider", "cpu")
    rc, _, err = cli(capsys, *args)
    assert rc == 0 and "replacing the existing file" not in err
    rc, _, err = cli(capsys, *args)
    assert rc == 0 and f"replacing the existing file {out} (kept as it is if the run fails)\n" in err


def test_note_replaced_names_each_existing_file_once(tmp_path):
    from eolatent.cli import note_replaced

    (tmp_path / "a.tif").write_bytes(b"x")
    said = []
    note_replaced([str(tmp_path / "a.tif"), str(tmp_path / "b.tif"), None, str(tmp_path / "a.tif")],
                  type("F", (), {"info": lambda self, m: said.append(m)})())
    assert said == [f"replacing the existing file {tmp_path / 'a.tif'} (kept as it is if the run fails)"]
