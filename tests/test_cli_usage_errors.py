# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line's usage errors (exit status 2, found before any work: option values, Dask addresses, outputs
that cannot be written, refused prompts) and its signal handling (an interrupt that comes back as another error;
handlers put back after main())."""
import os

import pytest

from eolatent.cli import main
from test_cli import ANGLES, data  # noqa: F401 - the module's stacks fixture


def cli(capsys, *args):
    rc = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.mark.parametrize("address, error", [("foo", "missing port number"), ("tcp://head:abc", "abc"),
                                            ("tcp://:8786", "no host name"),
                                            ("http://head:8787", "unknown address scheme 'http'"),
                                            ("tcp://head:8786 ", "spaces around it")])
def test_a_scheduler_address_that_is_not_one_is_a_usage_error_before_any_work(data, tmp_path, capsys, address, error):
    """``--scheduler foo`` planned the blocks ("0 already done, 4 to compute"), then ended with Dask's own "missing
    port number in address 'foo'" and exit status 1; the address is read before any work."""
    rc, out, err = cli(capsys, "biophysical", "--input", data["s2"], *ANGLES, "--output-lai", tmp_path / "lai.tif",
                       "--scheduler", address)
    assert rc == 2 and f"--scheduler {address}: not the address of a Dask scheduler" in err and error in err
    assert "give it as tcp://host:port, e.g. tcp://head-node:8786" in err
    assert "to compute" not in out + err and not os.listdir(tmp_path)


def test_a_well_formed_scheduler_address_is_not_refused_by_its_form():
    from eolatent.core.scaleout.distributed import require_dask

    for address in ("tcp://head-node:8786", "head-node:8786", "tls://10.0.0.1:8786", "inproc://x"):
        require_dask(address)


@pytest.mark.parametrize("command, args, message", [
    ("biophysical", ("--sun-zenith", "95"), "SUN_ZENITH (--sun-zenith) = 95° is not a sun zenith angle"),
    ("biophysical", ("--view-zenith", "95"), "VIEW_ZENITH (--view-zenith) = 95° is not a view zenith angle"),
    ("biophysical", ("--relative-azimuth", "nan"), "RELATIVE_AZIMUTH (--relative-azimuth) = nan is not an angle"),
    ("biophysical", ("--clumping", "2"), "clumping index 2 is outside 0.3–1.0"),
    ("soilmoisture", ("--lai-value", "-1"), "LAI_VALUE (--lai-value) = -1.0 is not a leaf area index"),
    ("soilmoisture", ("--incidence", "95"), "INCIDENCE (--incidence) = 95.0 is not an incidence angle"),
    ("soilmoisture", ("--incidence", "0.7"), "INCIDENCE (--incidence) = 0.7 looks like radians")])
def test_option_values_the_engine_refuses_are_usage_errors_before_the_input_is_read(tmp_path, capsys, command, args,
                                                                                     message):
    """The README walk-through: out-of-range angles, clumping index, LAI value and incidence exited with status 1,
    once the input had been read (or never said, when the input was refused first: a VV-only stack); they are usage
    errors, exit status 2, like the other commands' option values, whatever the input."""
    first = ("--input", tmp_path / "not_read.tif") if command == "biophysical" else ("--s1-stack", tmp_path / "x.tif")
    (tmp_path / first[1].name).write_bytes(b"not a raster: never read")
    out_flag = "--output-lai" if command == "biophysical" else "--output-sm"
    rc, out, err = cli(capsys, command, *first, *args, out_flag, tmp_path / "o.tif")
    assert rc == 2 and message in err, err
    assert sorted(os.listdir(tmp_path)) == [first[1].name]


def test_an_interrupt_that_comes_back_as_another_error_is_an_interruption(data, tmp_path, capsys, monkeypatch):
    """The CLI audit: Ctrl-C in the first half second of textquery ended in "onnxruntime is not installed … (import
    numpy failed)" with exit status 1 — a KeyboardInterrupt inside a C extension's import comes back as an
    ImportError. After an interrupting signal any error is the interruption: exit 130, nothing written."""
    import signal

    import eolatent.cli as cli_module

    def run(ns):
        try:
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):     # the handler runs between bytecodes
                pass
        except KeyboardInterrupt:
            raise ImportError("import numpy failed") from None      # what the C import turns it into
        raise AssertionError("no interrupt")

    before = signal.getsignal(signal.SIGINT)
    monkeypatch.setattr(cli_module, "run", run)
    try:
        rc, out, err = cli(capsys, "textquery", "--input", data["s2"], "--prompts", "forest", "--output",
                           tmp_path / "p.tif")
    finally:
        signal.signal(signal.SIGINT, before)
    assert rc == 130 and "interrupted; no output was written" in err and "onnxruntime" not in err
    assert not os.listdir(tmp_path)
    monkeypatch.undo()
    rc, _, err = cli(capsys, "textquery", "--input", tmp_path / "none.tif", "--prompts", "forest", "--output",
                     tmp_path / "p.tif")
    signal.signal(signal.SIGINT, before)
    assert rc == 2 and "interrupted" not in err            # the next run in the same process starts afresh


def test_usage_errors_the_cli_audit_found_with_exit_status_1(data, tmp_path, capsys):
    """The CLI audit: an output in a folder that does not exist, a folder given as the output, an unknown band for
    buildstack and a prompt that is not English exited with status 1 (the README: a bad option value is a usage error,
    status 2); each is found before any work and nothing is written."""
    (tmp_path / "d").mkdir()
    output = tmp_path / "no" / "sub" / "m.tif"
    for command in (("cluster",), ("textquery", "--prompts", "forest")):
        rc, _, err = cli(capsys, *command, "--input", data["s2"], "--output", output)
        assert rc == 2 and f"cannot write {output}: folder {output.parent} does not exist; create it or choose " \
                           "another output" in err, err
    rc, _, err = cli(capsys, "cluster", "--input", data["s2"], "--output", tmp_path / "d.tif")
    assert rc == 0 and os.path.isfile(tmp_path / "d.tif")        # the check itself leaves nothing behind
    os.remove(tmp_path / "d.tif")
    os.mkdir(tmp_path / "e.tif")                                  # a folder named like a file
    rc, _, err = cli(capsys, "cluster", "--input", data["s2"], "--output", tmp_path / "e.tif")
    assert rc == 2 and f"{tmp_path / 'e.tif'} is a folder; give a file name" in err
    os.rmdir(tmp_path / "e.tif")
    rc, _, err = cli(capsys, "buildstack", "--s2-folders", tmp_path / "d", "--output-s2", tmp_path / "s2.tif",
                     "--bands", "B02,B99")
    assert rc == 2 and "--bands B02,B99: B99 is not a Sentinel-2 band name; use B01..B12, B8A" in err
    for bands, said in (("B98,B99", "B98, B99 are not Sentinel-2 band names"), ("B2,B02", "B02 given twice")):
        rc, _, err = cli(capsys, "buildstack", "--s2-folders", tmp_path / "d", "--output-s2", tmp_path / "s2.tif",
                         "--bands", bands)
        assert rc == 2 and f"--bands {bands}: {said}" in err, err
    rc, _, err = cli(capsys, "textquery", "--input", data["s2"], "--prompts", "лес", "--output", tmp_path / "p.tif")
    assert rc == 2 and "the text model understands English only" in err
    assert sorted(os.listdir(tmp_path)) == ["d"] and not os.listdir(tmp_path / "d")


def test_main_puts_the_signal_handlers_back_and_keeps_an_ignored_signal_ignored(data, tmp_path, capsys):
    """The review: the handlers main() installs stayed after it returned (a notebook or service calling it kept
    SIGINT/SIGTERM turned into KeyboardInterrupt), and SIGINT ignored by the caller (nohup, a background job) was
    turned back on."""
    import signal

    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    ignored = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        rc, _, _ = cli(capsys, "cluster", "--input", tmp_path / "none.tif", "--output", tmp_path / "c.tif")
        assert rc == 2
        assert signal.getsignal(signal.SIGINT) is before[signal.SIGINT]
        assert signal.getsignal(signal.SIGTERM) is before[signal.SIGTERM]
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
        from eolatent.cli_process import restore, terminate_as_interrupt

        replaced = terminate_as_interrupt()
        try:
            assert signal.SIGHUP not in replaced and signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
            assert signal.SIGINT in replaced
        finally:
            restore(replaced)
    finally:
        signal.signal(signal.SIGHUP, ignored)
