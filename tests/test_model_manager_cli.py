# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m eolatent models list|install|verify|remove`` (cli_models.py) against the local HTTP server of
tests/model_fixtures.py: output, progress on stderr, exit status 0/1/2."""
import json
import os
import re
import shutil

import pytest

from eolatent.cli import main
from eolatent.core.engine import model_download, model_manager
import model_fixtures as MF
from model_fixtures import env, server  # noqa: F401 - the shared fixtures




def cli(capsys, *args):
    rc = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return rc, out, err


def test_cli_install_list_verify_remove(env, capsys):
    rc, out, err = cli(capsys, "models", "list")
    assert rc == 0 and re.search(r"test\.alpha .* on demand\s+-\s+not installed", out), out
    assert re.search(r"test\.beta .* shipped\s+shipped\s+verified", out)
    rc, out, err = cli(capsys, "models", "install", "test.alpha")
    path = os.path.join(env["user"], "alpha.onnx")
    assert rc == 0 and out == f"test.alpha\t{path}\n" and "100.0 %" in err and "licence MIT" in err
    rc, out, _ = cli(capsys, "models", "list", "--json")
    doc = json.loads(out)
    alpha = next(m for m in doc["models"] if m["id"] == "test.alpha")
    assert rc == 0 and alpha["location"] == "user" and alpha["verified"] and doc["user_folder"] == env["user"]
    rc, out, _ = cli(capsys, "models", "verify")
    assert rc == 0 and f"test.alpha\tverified\t{path}" in out and "test.beta\tverified" in out
    with open(path, "r+b") as fh:
        fh.write(b"garbage")
    rc, out, err = cli(capsys, "models", "verify", "test.alpha")
    assert rc == 1 and "CORRUPT" in out and "sha256 expected" in err and "install test.alpha --force" in err
    rc, out, err = cli(capsys, "models", "install", "test.alpha", "--force", "-q")
    assert rc == 0 and not err and model_manager.verify("test.alpha").verified
    rc, out, err = cli(capsys, "models", "remove", "alpha")
    assert rc == 0 and out.count("removed\t") == 2 and MF.leftovers(env["user"]) == []


def test_cli_offline_all_and_errors(env, capsys):
    rc, out, err = cli(capsys, "models", "install", "--all", "--from", env["release"])
    assert rc == 0 and env["server"].requests == [] and "test.alpha\t" in out and "test.beta\t" in out
    # --all --force from a folder holding only the on-demand model: it is fetched again, the shipped one is kept
    only = os.path.join(os.path.dirname(env["release"]), "usb")
    os.makedirs(only)
    for f in os.listdir(env["release"]):
        if f.startswith("alpha"):
            os.link(os.path.join(env["release"], f), os.path.join(only, f))
    rc, out, err = cli(capsys, "models", "install", "--all", "--force", "--from", only)
    assert rc == 0 and "installing test.alpha" in err and "installing test.beta" not in err and "test.beta\t" in out
    assert "beta.onnx" not in MF.leftovers(env["user"])
    rc, _, err = cli(capsys, "models", "install")
    assert rc == 2 and "name the models to install, or give --all" in err
    rc, _, err = cli(capsys, "models", "install", "gamma")
    assert rc == 2 and err.startswith("eolatent models: error: no model 'gamma'")
    rc, _, err = cli(capsys, "models", "remove", "test.beta")
    assert rc == 1 and "ships with the plugin" in err
    cli(capsys, "models", "remove", "test.alpha")
    env["server"].corrupt.add("alpha.onnx")
    rc, out, err = cli(capsys, "models", "install", "test.alpha")
    assert rc == 1 and not out and "sha256 expected" in err and MF.leftovers(env["user"]) == []
    rc, _, err = cli(capsys, "models", "verify", "test.alpha")
    assert rc == 1 and "is not installed" in err and "models install test.alpha" in err
    with pytest.raises(SystemExit) as exc:
        main(["models"])
    assert exc.value.code == 2


def test_a_damaged_or_missing_manifest_is_said_so(env, capsys):
    """A manifest cut short gave `models list` a JSONDecodeError traceback and textquery "Unterminated string …";
    a missing one an empty table with exit 0 (the model audit)."""
    from eolatent.core.engine import model_manifest, modelcard

    path = os.path.join(env["shipped"], "manifest.json")
    text = open(path).read()
    open(path, "w").write(text[:len(text) // 2])
    with pytest.raises(modelcard.ModelCardError, match=r"the model manifest .*manifest.json is damaged \(.*\), so no "
                                                       r"model can be checked; reinstall the plugin"):
        model_manifest.load_manifest()
    rc, out, err = cli(capsys, "models", "list")
    assert rc == 1 and not out and "manifest.json is damaged" in err and "Traceback" not in err
    open(path, "w").write(json.dumps({"format": json.loads(text)["format"], "models": [{"id": "x"}]}))
    with pytest.raises(modelcard.ModelCardError, match="is damaged .KeyError 'version'."):
        model_manifest.load_manifest()
    os.remove(path)
    rc, out, err = cli(capsys, "models", "list")
    assert rc == 1 and "manifest.json is missing; reinstall the plugin" in err
    open(path, "w").write(json.dumps({"format": json.loads(text)["format"], "models": []}))
    rc, out, err = cli(capsys, "models", "list")
    assert rc == 1 and "manifest.json lists no model; reinstall the plugin" in err


def test_the_model_audit_of_stop_35(env, capsys, monkeypatch, tmp_path):
    """A mistyped --from is refused even when the model is installed already; every unknown name is named; verify's
    fix names the offline install; a local copy cut short is called incomplete, with its size; a host that cannot be
    found is said so at once (not retried as a dropped connection)."""
    import socket
    import urllib.error

    rc, out, err = cli(capsys, "models", "install", "test.alpha", "--from", env["release"])
    assert rc == 0
    rc, out, err = cli(capsys, "models", "install", "test.alpha", "--from", str(tmp_path / "typo"))
    assert rc == 2 and f"--from {tmp_path / 'typo'}: no such folder or file" in err
    rc, out, err = cli(capsys, "models", "install", "foo", "bar")
    assert rc == 2 and "'foo'" in err and "'bar'" in err
    path = os.path.join(env["user"], "alpha.onnx")
    data = bytearray(open(path, "rb").read())
    data[len(data) // 2] ^= 1
    open(path, "wb").write(bytes(data))
    rc, out, err = cli(capsys, "models", "verify", "test.alpha")
    assert rc == 1 and "test.alpha --force (offline, or while the release is not published: add --from FOLDER" in err
    # a copy cut short in the source folder
    short = tmp_path / "short"
    short.mkdir()
    good = open(os.path.join(env["release"], "alpha.onnx"), "rb").read()
    open(short / "alpha.onnx", "wb").write(good[:len(good) // 2])
    for name in os.listdir(env["release"]):
        if name != "alpha.onnx":
            open(short / name, "wb").write(open(os.path.join(env["release"], name), "rb").read())
    with pytest.raises(model_manager.HashMismatchError,
                       match=rf"alpha.onnx is incomplete: it holds {len(good) // 2} of the {len(good)} bytes the "
                             rf"manifest gives for alpha.onnx \(50 %: an interrupted copy"):
        model_manager.install("test.alpha", source=str(short), force=True)
    # another model's file chosen (the Models dialog's file picker): named as the wrong file, not "incomplete"
    other = tmp_path / "other"
    other.mkdir()
    MF.write_model(other / "gamma.onnx", "test.gamma", n=16)
    shutil.copy(os.path.join(env["release"], "alpha.LICENSE.txt"), other)
    with pytest.raises(model_manager.HashMismatchError, match=r"gamma.onnx is not alpha.onnx, the file of this model "
                                                              r"\(\d+ bytes where the manifest gives \d+\): choose"):
        model_manager.install("test.alpha", source=str(other / "gamma.onnx"), force=True)
    # no such host: one clear error, no retry
    calls = []

    def no_host(*args, **kw):
        calls.append(1)
        raise urllib.error.URLError(socket.gaierror(-2, "Name or service not known"))

    monkeypatch.setattr(model_download.urllib.request, "urlopen", no_host)
    notes = []
    with pytest.raises(model_manager.ModelInstallError,
                       match=r"the host releases.example.org cannot be found \(\[Errno -2\] Name or service not known\)"
                             r": no network here.*--from FOLDER"):
        model_manager.install("test.alpha", source="https://releases.example.org/m/", force=True, notify=notes.append)
    assert len(calls) == 1 and notes == []
