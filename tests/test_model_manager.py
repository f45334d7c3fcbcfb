# SPDX-License-Identifier: GPL-3.0-or-later
"""The model manager (core/engine/model_manager.py, core/engine/model_download.py, core/engine/model_manifest.py) and the registry's
two folders, against a local HTTP server on 127.0.0.1 (tests/model_fixtures.py) that supports ``Range``
requests and can drop the connection or serve a corrupted file. Small ONNX files with cards stand in for the
models; one test checks the real ``models/manifest.json`` against the files of ``models/``, one the text
encoder on the real text model installed into a user folder. The command line: test_model_manager_cli.py."""
import errno
import json
import os
import pathlib
import re
import shutil
import zlib

import numpy as np
import pytest

from eolatent.core.engine import install_lock, model_download, model_manager, model_manifest, modelcard, registry
import model_fixtures as MF
from model_fixtures import env, server  # noqa: F401 - the shared fixtures




# ---- the real manifest ---------------------------------------------------------------------------
def test_manifest_matches_the_model_files():
    """models/manifest.json is what tools/models_manifest.py makes of models/ (sizes, sha256, ids, licences)."""
    path = os.path.join(registry.MODELS_DIR, "manifest.json")
    with open(path, encoding="utf-8") as fh:
        stored = json.load(fh)
    assert stored == model_manifest.build_manifest(registry.MODELS_DIR), \
        "models/manifest.json is stale: run python tools/models_manifest.py"
    onnx_files = sorted(f for f in os.listdir(registry.MODELS_DIR) if f.endswith(".onnx"))
    assert [m["file"] for m in stored["models"]] == onnx_files
    for m in stored["models"]:
        full = os.path.join(registry.MODELS_DIR, m["file"])
        with open(full, "rb") as fh:     # shipped in the zip: at most 5 MiB once compressed
            zipped = len(zlib.compress(fh.read(), 6))
        assert m["size"] == os.path.getsize(full) and m["shipped"] == (zipped <= 5 * 1024 * 1024)
        assert m["url"] == f"https://github.com/eo-latent/eolatent/releases/download/models-v{m['version']}/{m['file']}"
    text = next(m for m in stored["models"] if m["id"] == "eolatent.text.minilm")
    assert not text["shipped"] and [s["file"] for s in text["sidecars"]] == ["text_minilm.LICENSE.txt",
                                                                            "text_minilm.vocab.txt"]
    cloud = next(m for m in stored["models"] if m["id"] == "eolatent.cloud.s2cloudless")
    assert cloud["shipped"] and cloud["size"] > 5 * 1024 * 1024 and cloud["license"] == "CC-BY-SA-4.0"   # 2 MB zipped
    assert [m["id"] for m in stored["models"] if not m["shipped"]] == ["eolatent.text.minilm"]


# ---- install -------------------------------------------------------------------------------------
def test_full_install_then_the_registry_loads_it(env):
    with pytest.raises(model_manifest.ModelNotInstalledError):
        registry.find_model("test.alpha")
    seen = []
    st = model_manager.install("test.alpha", progress=lambda d, t: seen.append((d, t)))
    total = len(env["alpha"]) + len("MIT licence of alpha\n")
    assert st.location == "user" and st.verified and st.path == os.path.join(env["user"], "alpha.onnx")
    assert MF.leftovers(env["user"]) == ["alpha.LICENSE.txt", "alpha.onnx"]
    assert open(st.path, "rb").read() == env["alpha"]
    assert seen[-1] == (total, total) and all(t == total for _, t in seen) and len(seen) > 10
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert [r for _, r in env["server"].requests] == [None, None]  # two plain GETs: sidecar, model
    info = registry.find_model("test.alpha")
    assert info.path == st.path and info.card["license"] == "MIT"
    assert {m.id for m in registry.list_models()} == {"test.alpha", "test.beta"}
    again = model_manager.install("test.alpha")  # installed and verified: nothing fetched
    assert again.verified and len(env["server"].requests) == 2


def test_interrupted_download_resumes_with_range(env):
    env["server"].drop_after["alpha.onnx"] = 5000
    with pytest.raises(model_manager.DownloadInterrupted, match="interrupted after 5000 of .* run the same install"):
        model_manager.install("alpha", retries=0)
    part = os.path.join(env["user"], "alpha.onnx.part")
    assert os.path.getsize(part) == 5000 and not os.path.exists(os.path.join(env["user"], "alpha.onnx"))
    assert model_manager.status()[0].partial == 5000
    with pytest.raises(model_manifest.ModelNotInstalledError):
        registry.find_model("test.alpha")
    st = model_manager.install("alpha", retries=0)
    assert env["server"].requests[-1] == ("alpha.onnx", "bytes=5000-")
    assert st.verified and open(st.path, "rb").read() == env["alpha"] and not os.path.exists(part)
    assert model_manager.verify("test.alpha").verified


def test_a_damaged_partial_download_is_blamed_on_itself_not_on_the_server(env):
    """A kept part file that is not the start of the model (disk damage, another version): the resumed download
    fails its hash; the message said the source held a corrupted file — it now names the kept part, which is
    deleted, and the next install downloads the file whole."""
    part = os.path.join(env["user"], "alpha.onnx.part")
    os.makedirs(env["user"], exist_ok=True)
    with open(part, "wb") as fh:
        fh.write(b"\0" * 5000)
    with pytest.raises(model_manager.ModelInstallError, match="partial download kept from an earlier attempt "
                                                              "\\(5000 bytes\\) did not continue .*deleted: run the same"):
        model_manager.install("alpha", retries=0)
    assert not os.path.exists(part)
    assert model_manager.install("alpha", retries=0).verified


def test_a_dropped_connection_is_resumed_within_one_install(env):
    env["server"].drop_after["alpha.onnx"] = 3000
    st = model_manager.install("test.alpha", retry_wait=0)
    assert [r for n, r in env["server"].requests if n == "alpha.onnx"] == [None, "bytes=3000-"]
    assert st.verified and model_manifest.file_sha256(st.path, cached=False) == MF.sha(env["alpha"])


def test_a_server_ignoring_range_restarts_from_zero(env):
    env["server"].drop_after["alpha.onnx"] = 3000
    env["server"].ignore_range = True
    st = model_manager.install("test.alpha", retry_wait=0)
    assert st.verified and open(st.path, "rb").read() == env["alpha"]


def test_wrong_hash_deletes_everything(env):
    env["server"].corrupt.add("alpha.onnx")
    bad = bytearray(env["alpha"])
    bad[len(bad) // 2] ^= 0xFF
    with pytest.raises(model_manager.HashMismatchError) as exc:
        model_manager.install("test.alpha")
    msg = str(exc.value)
    assert f"expected {MF.sha(env['alpha'])}" in msg and f"got {MF.sha(bytes(bad))}" in msg
    assert "nothing was installed" in msg
    assert MF.leftovers(env["user"]) == []  # neither the part file nor the sidecar of this install


@pytest.mark.parametrize("ignore_range", [True, False])
def test_a_truncated_file_on_the_server_is_not_a_network_drop(env, ignore_range):
    """A whole answer of the wrong size: named at once, no retries, no part file kept 'to resume' (the same short
    file would come again), also where an earlier part is resumed with a 206 whose total is short."""
    env["server"].truncate["alpha.onnx"] = 3000
    env["server"].ignore_range = ignore_range
    if not ignore_range:
        pathlib.Path(env["user"]).mkdir(parents=True, exist_ok=True)
        pathlib.Path(env["user"], "alpha.onnx.part").write_bytes(env["alpha"][:1000])
    with pytest.raises(model_manager.HashMismatchError) as exc:
        model_manager.install("test.alpha", retry_wait=0)
    msg = str(exc.value)
    assert f"holds 3000 bytes where the manifest gives {len(env['alpha'])}" in msg and "truncated" in msg
    assert "resume" not in msg and "nothing was" in msg
    assert len([r for r in env["server"].requests if r[0] == "alpha.onnx"]) == 1
    assert MF.leftovers(env["user"]) == []


def test_cancel_keeps_the_part_for_resumption(env):
    calls = []
    with pytest.raises(model_manager.InstallCancelled, match="kept"):
        model_manager.install("test.alpha", progress=lambda d, t: calls.append(d),
                              cancel=lambda: len(calls) > 5)
    part = os.path.join(env["user"], "alpha.onnx.part")
    assert 0 < os.path.getsize(part) < len(env["alpha"])
    have = os.path.getsize(part)
    st = model_manager.install("test.alpha")
    assert env["server"].requests[-1] == ("alpha.onnx", f"bytes={have}-") and st.verified


def test_a_cancelled_copy_from_a_folder_leaves_nothing(env):
    """Cancel in the Models dialog during an install from a folder left the sidecars already copied while it said
    "nothing was installed" (the model audit); Ctrl-C already removed them."""
    calls = []
    with pytest.raises(model_manager.InstallCancelled):
        model_manager.install("test.alpha", source=env["release"], progress=lambda d, t: calls.append(d),
                              cancel=lambda: len(calls) > 3)
    assert len(calls) > 3 and MF.leftovers(env["user"]) == []
    assert model_manager.install("test.alpha", source=env["release"]).verified


def test_offline_install_from_a_folder_and_from_the_file(env):
    st = model_manager.install("test.alpha", source=env["release"])
    assert st.verified and env["server"].requests == []
    assert MF.leftovers(env["user"]) == ["alpha.LICENSE.txt", "alpha.onnx"]
    model_manager.remove("test.alpha")
    st = model_manager.install("alpha.onnx", source=os.path.join(env["release"], "alpha.onnx"))
    assert st.verified and env["server"].requests == []
    # the wrong file offline: refused, nothing left
    model_manager.remove("test.alpha")
    other = os.path.join(os.path.dirname(env["release"]), "elsewhere")
    os.makedirs(other)
    shutil.copy(os.path.join(env["release"], "alpha.LICENSE.txt"), other)
    MF.write_model(pathlib.Path(other) / "alpha.onnx", "test.alpha", scale=2.0)
    with pytest.raises(model_manager.HashMismatchError, match="sha256 expected"):
        model_manager.install("test.alpha", source=other)
    assert MF.leftovers(env["user"]) == []
    with pytest.raises(model_manager.ModelInstallError, match="no such file or folder"):
        model_manager.install("test.alpha", source=other + "/absent")


def test_install_from_a_base_url(env):
    st = model_manager.install("test.alpha", source=env["server"].url.rstrip("/"))
    assert st.verified and [n for n, _ in env["server"].requests] == ["alpha.LICENSE.txt", "alpha.onnx"]


def test_install_from_the_url_of_a_renamed_model_file(env):
    """A mirror holding the model under another name: its URL is the model's, the sidecars lie beside it (it was
    taken for a folder: a 404 on '…/alpha_v1.onnx/alpha.LICENSE.txt')."""
    shutil.copy(os.path.join(env["release"], "alpha.onnx"), os.path.join(env["release"], "alpha_v1.onnx"))
    st = model_manager.install("test.alpha", source=env["server"].url + "alpha_v1.onnx")
    assert st.verified and [n for n, _ in env["server"].requests] == ["alpha.LICENSE.txt", "alpha_v1.onnx"]


# ---- verify, remove, registry refusals -----------------------------------------------------------
def test_verify_detects_a_corrupted_file_and_the_registry_refuses_it(env):
    st = model_manager.install("test.alpha")
    with open(st.path, "r+b") as fh:
        fh.seek(len(env["alpha"]) // 2)
        fh.write(b"\x00\x01\x02")
    bad = model_manager.verify("test.alpha")
    assert bad.location == "user" and bad.verified is False and "sha256 expected" in bad.problem
    with pytest.raises(model_manifest.ModelNotInstalledError, match="does not match the manifest"):
        registry.find_model("test.alpha")
    assert "test.alpha" not in {m.id for m in registry.list_models()}


def test_a_valid_card_is_not_enough_in_the_user_folder(env):
    """A file whose card and weights check out but which is not the manifest's file is not loaded."""
    os.makedirs(env["user"])
    path = pathlib.Path(env["user"]) / "alpha.onnx"
    MF.write_model(path, "test.alpha", metrics=dict(rmse=0.5))
    modelcard.read_card(path.read_bytes())  # the embedded card check passes
    with pytest.raises(modelcard.ModelCardError, match="does not match the manifest"):
        registry.load_model(str(path))
    stray = path.with_name("stray.onnx")
    MF.write_model(stray, "test.stray")
    with pytest.raises(modelcard.ModelCardError, match="not a model of this plugin version's manifest"):
        registry.load_model(str(stray))
    assert {m.id for m in registry.list_models()} == {"test.beta"}


def test_remove(env):
    model_manager.install("test.alpha")
    open(os.path.join(env["user"], "alpha.onnx.part"), "wb").write(b"x")
    removed = model_manager.remove("alpha")
    assert sorted(os.path.basename(p) for p in removed) == ["alpha.LICENSE.txt", "alpha.onnx", "alpha.onnx.part"]
    assert MF.leftovers(env["user"]) == [] and not model_manager.verify("test.alpha").installed
    with pytest.raises(model_manager.ModelInstallError, match="not installed"):
        model_manager.remove("test.alpha")
    with pytest.raises(model_manager.ModelInstallError, match="ships with the plugin"):
        model_manager.remove("test.beta")
    with pytest.raises(model_manager.ModelInstallError, match="no model 'gamma'.*known models: test.alpha"):
        model_manager.remove("gamma")
    # a typo gets the model it was close to (the id, the file stem, any case)
    for typo in ("test.alhpa", "Test.Alpha", "alpah"):
        with pytest.raises(model_manager.ModelInstallError, match=f"no model '{typo}' in the manifest; did you mean "
                                                                  "test.alpha\\? Known models"):
            model_manager.install(typo)


def test_missing_model_error_names_the_install_command(env):
    with pytest.raises(modelcard.ModelCardError) as exc:
        registry.find_model("test.alpha")
    msg = str(exc.value)
    assert isinstance(exc.value, model_manifest.ModelNotInstalledError)
    assert "is not installed" in msg and f"`{model_manifest.INSTALL_CMD} test.alpha`" in msg
    assert "-m eolatent models install test.alpha`" in msg and "`python -m" not in msg  # Debian has no `python`
    assert "add `--from FOLDER`" in msg and "Raster ▸ EO Latent ▸ Models…" in msg
    with pytest.raises(model_manifest.ModelNotInstalledError, match="no valid model with id 'test.unknown'"):
        registry.find_model("test.unknown")


def test_status(env):
    rows = {r.id: r for r in model_manager.status()}
    assert rows["test.beta"].location == "shipped" and rows["test.beta"].verified and rows["test.beta"].shipped
    assert not rows["test.alpha"].installed and not rows["test.alpha"].shipped
    assert rows["test.alpha"].total_size == len(env["alpha"]) + len("MIT licence of alpha\n")
    model_manager.install("test.alpha")
    rows = {r.id: r for r in model_manager.status()}
    assert rows["test.alpha"].location == "user" and rows["test.alpha"].verified


# ---- disk and folder errors ----------------------------------------------------------------------
def test_disk_full_while_writing(env, monkeypatch):
    def full(fh, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(model_download, "_write", full)
    with pytest.raises(model_manager.ModelInstallError, match=f"not enough disk space in {re.escape(env['user'])}"):
        model_manager.install("test.alpha")
    assert MF.leftovers(env["user"]) == []


def test_disk_full_before_starting(env, monkeypatch):
    monkeypatch.setattr(model_download.shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10, 10, 0))
    with pytest.raises(model_manager.ModelInstallError, match="not enough disk space"):
        model_manager.install("test.alpha")
    assert MF.leftovers(env["user"]) == [] and env["server"].requests == []


def test_unusable_model_folder(env, monkeypatch, tmp_path):
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    monkeypatch.setenv("EOLATENT_MODELS_DIR", str(blocker))
    with pytest.raises(model_manager.ModelInstallError, match="is a file, not a folder.*--dir FOLDER.*"
                       f"EOLATENT_MODELS_DIR for every run \\(set now to {re.escape(str(blocker))}\\)"):
        model_manager.install("test.alpha")
    monkeypatch.setenv("EOLATENT_MODELS_DIR", str(blocker / "sub"))
    with pytest.raises(model_manager.ModelInstallError, match="EOLATENT_MODELS_DIR"):
        model_manager.install("test.alpha")


def test_unreachable_server(env, monkeypatch):
    port = env["server"].server_address[1]
    env["server"].shutdown()
    env["server"].server_close()
    with pytest.raises(model_manager.DownloadInterrupted, match="cannot download alpha.LICENSE.txt.*--from FOLDER"):
        model_manager.install("test.alpha", source=f"http://127.0.0.1:{port}/", retries=1, retry_wait=0)
    assert [f for f in MF.leftovers(env["user"]) if not f.endswith(".part")] == []


def test_user_folder_default(monkeypatch, tmp_path):
    monkeypatch.delenv("EOLATENT_MODELS_DIR", raising=False)
    monkeypatch.setattr(model_manifest.sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert model_manifest.user_models_dir() == str(tmp_path / "xdg" / "eolatent" / "models")
    monkeypatch.delenv("XDG_DATA_HOME")
    assert model_manifest.user_models_dir() == os.path.expanduser("~/.local/share/eolatent/models")
    model_manifest.set_user_models_dir(str(tmp_path / "profile"))
    try:
        assert model_manifest.user_models_dir() == str(tmp_path / "profile")
        monkeypatch.setenv("EOLATENT_MODELS_DIR", str(tmp_path / "env"))
        assert model_manifest.user_models_dir() == str(tmp_path / "env")
    finally:
        model_manifest.set_user_models_dir(None)


def test_the_text_encoder_uses_an_installed_model(tmp_path, monkeypatch):
    """The 55 MB text model once it no longer ships: installed offline into the user folder, found there."""
    from eolatent.core.textquery import text_encoder

    src = registry.MODELS_DIR
    if not os.path.isfile(os.path.join(src, "text_minilm.onnx")):
        pytest.skip("models/text_minilm.onnx not built")
    shipped = tmp_path / "shipped"  # a plugin zip without the text model
    shipped.mkdir()
    shutil.copy(os.path.join(src, "manifest.json"), shipped)
    monkeypatch.setattr(model_manifest, "SHIPPED_DIR", str(shipped))
    monkeypatch.setenv("EOLATENT_MODELS_DIR", str(tmp_path / "user"))
    with pytest.raises(model_manifest.ModelNotInstalledError, match="models install eolatent.text.minilm"):
        text_encoder.TextEncoder(provider="cpu", threads=1)
    st = model_manager.install("eolatent.text.minilm", source=src)
    assert sorted(os.listdir(tmp_path / "user")) == ["text_minilm.LICENSE.txt", "text_minilm.onnx",
                                                     "text_minilm.vocab.txt"]
    enc = text_encoder.TextEncoder(provider="cpu", threads=1)
    assert enc.model_path == st.path
    ref = text_encoder.TextEncoder(text_encoder.DEFAULT_MODEL, provider="cpu", threads=1)
    np.testing.assert_allclose(enc.encode(["vineyards"]), ref.encode(["vineyards"]), rtol=1e-6, atol=1e-6)
    # its vocabulary comes with it from the model manager: a damaged or lost one names the forced install
    vocab = tmp_path / "user" / "text_minilm.vocab.txt"
    vocab.write_text(vocab.read_text() + "extra\n")
    fix = "models install eolatent.text.minilm --force"
    with pytest.raises(modelcard.ModelCardError, match=f"does not match the vocabulary.*{fix}"):
        text_encoder.TextEncoder(provider="cpu", threads=1)
    vocab.unlink()
    with pytest.raises(FileNotFoundError, match=f"vocabulary not found.*{fix}"):
        text_encoder.TextEncoder(provider="cpu", threads=1)
    model_manager.install("eolatent.text.minilm", source=src, force=True)
    np.testing.assert_allclose(text_encoder.TextEncoder(provider="cpu", threads=1).encode(["vineyards"]),
                               ref.encode(["vineyards"]), rtol=1e-6, atol=1e-6)


def test_a_query_does_not_use_a_text_model_removed_or_changed_since_the_last_one(tmp_path, monkeypatch):
    """The text encoder kept in memory between queries (the desktop) is let go once its files change or go: a
    session went on querying with a model removed in the Models dialog, or with a damaged vocabulary, until
    QGIS restarted (the latent-algorithms audit)."""
    from eolatent.core.textquery import query_raster

    src = registry.MODELS_DIR
    if not os.path.isfile(os.path.join(src, "text_minilm.onnx")):
        pytest.skip("models/text_minilm.onnx not built")
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    shutil.copy(os.path.join(src, "manifest.json"), shipped)
    monkeypatch.setattr(model_manifest, "SHIPPED_DIR", str(shipped))
    monkeypatch.setenv("EOLATENT_MODELS_DIR", str(tmp_path / "user"))
    model_manager.install("eolatent.text.minilm", source=src)
    first = query_raster.text_encoder("cpu", 1)
    assert query_raster.text_encoder("cpu", 1) is first            # kept while nothing changed
    vocab = tmp_path / "user" / "text_minilm.vocab.txt"
    vocab.write_text(vocab.read_text() + "extra\n")
    with pytest.raises((modelcard.ModelCardError, model_manifest.ModelNotInstalledError), match="text_minilm"):
        query_raster.text_encoder("cpu", 1)
    model_manager.install("eolatent.text.minilm", source=src, force=True)
    again = query_raster.text_encoder("cpu", 1)
    assert again is not first
    model_manager.remove("eolatent.text.minilm")
    with pytest.raises(model_manifest.ModelNotInstalledError, match="models install eolatent.text.minilm"):
        query_raster.text_encoder("cpu", 1)


def test_a_web_page_instead_of_the_file_is_named_and_not_kept(env):
    """An HTML answer without a length (a login page) was kept as a resumable part file, then failed the hash check
    with a sha256 of a web page: now refused as such, nothing kept (the model-manager audit)."""
    env["server"].html.add("alpha.onnx")
    with pytest.raises(model_manager.ModelInstallError, match=r"answered with a web page \(text/html\), not the "
                                                              r"model file.*nothing was kept or installed"):
        model_manager.install("test.alpha", retries=0)
    assert MF.leftovers(env["user"]) == []
    # a web page answering a resumption (a captive portal): the partial download is kept for later
    os.makedirs(env["user"], exist_ok=True)
    part = os.path.join(env["user"], "alpha.onnx.part")
    with open(part, "wb") as fh:
        fh.write(env["alpha"][:1000])
    with pytest.raises(model_manager.ModelInstallError, match=r"cannot resume .*web page.*partial file .* is kept"):
        model_manager.install("test.alpha", retries=0)
    assert os.path.getsize(part) == 1000
    env["server"].html.clear()
    assert model_manager.install("test.alpha").installed and not os.path.exists(part)
    assert env["server"].requests.count(("alpha.onnx", "bytes=1000-")) == 2     # resumed both times, not restarted


def test_two_installs_of_one_file_at_once(env):
    """Two installs of the same model at once wrote one part file and both failed the hash check: the second is
    told that the first is running, and the first is not disturbed (the model-manager audit)."""
    os.makedirs(env["user"], exist_ok=True)
    part = os.path.join(env["user"], "alpha.onnx.part")
    with install_lock.InstallLock(part, "alpha.onnx", model_manager.ModelInstallError):    # an install is running
        with pytest.raises(model_manager.ModelInstallError, match=r"another install of alpha.onnx is running"):
            model_manager.install("test.alpha", retries=0)
    assert MF.leftovers(env["user"]) == []                        # the lock's empty part file is removed
    assert model_manager.install("test.alpha").installed and MF.leftovers(env["user"]) == [
        "alpha.LICENSE.txt", "alpha.onnx"]
    assert not os.path.exists(install_lock.InstallLock(part, "alpha.onnx").path)    # the lock file is removed too


FAKE_MSVCRT = """
import fcntl as _fcntl
LK_UNLCK, LK_NBLCK = 0, 2
def locking(fd, mode, nbytes):      # Windows byte-range locks, played by flock (on a read-only handle, as Windows can)
    _fcntl.flock(fd, _fcntl.LOCK_UN if mode == LK_UNLCK else _fcntl.LOCK_EX | _fcntl.LOCK_NB)
"""


def test_the_install_lock_on_windows_is_a_byte_range_lock(tmp_path, monkeypatch):
    """Where fcntl is missing (Windows) two installs of one model at once were not told apart: msvcrt's byte-range
    lock holds it there. Played here by a stand-in msvcrt over flock: an install in another process holds the lock, this one is refused; once it ends (unlocked, closed, then the lock
    file removed, as Windows requires), this one takes it."""
    import subprocess
    import sys
    import types

    from eolatent.core.engine import install_lock

    fake = types.ModuleType("msvcrt")
    exec(FAKE_MSVCRT, fake.__dict__)
    (tmp_path / "msvcrt.py").write_text(FAKE_MSVCRT)
    part = str(tmp_path / "alpha.onnx.part")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); import msvcrt; sys.modules['fcntl'] = None; "
         "from eolatent.core.engine.install_lock import InstallLock\n"
         "with InstallLock(sys.argv[2], 'alpha.onnx') as lock:\n"
         "    assert lock.calls[2] and lock.fd is not None; print('held', flush=True); sys.stdin.readline()",
         str(tmp_path), part], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        monkeypatch.setitem(sys.modules, "fcntl", None)          # import fcntl fails, as on Windows
        monkeypatch.setitem(sys.modules, "msvcrt", fake)
        with pytest.raises(model_manager.ModelInstallError, match=r"another install of alpha.onnx is running"):
            with install_lock.InstallLock(part, "alpha.onnx", model_manager.ModelInstallError):
                pass
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.wait(30) == 0
        lock = install_lock.InstallLock(part, "alpha.onnx")
        assert not os.path.exists(lock.path)                      # the holder removed it after closing it
        with lock:
            assert lock.fd is not None and lock.calls[2]
        assert not os.path.exists(lock.path)
    finally:
        if holder.poll() is None:
            holder.kill()


def test_two_spellings_of_one_model_folder_take_one_lock(tmp_path):
    """The lock was keyed by the part file's absolute path as spelt: through a link to the model folder (or another
    case of a Windows path) a second install took a second lock on the same file (the second review)."""
    from eolatent.core.engine import install_lock

    (tmp_path / "models").mkdir()
    os.symlink(tmp_path / "models", tmp_path / "link")
    direct = install_lock.InstallLock(str(tmp_path / "models" / "alpha.onnx.part"), "alpha.onnx", RuntimeError)
    linked = install_lock.InstallLock(str(tmp_path / "link" / "alpha.onnx.part"), "alpha.onnx", RuntimeError)
    assert direct.path == linked.path
    with direct:
        with pytest.raises(RuntimeError, match="another install of alpha.onnx is running"):
            with linked:
                pass


def test_a_stale_part_beside_a_verified_model_is_removed(env):
    """A part file left by an interrupted download of a model installed since (from a folder, say) was neither listed
    nor cleaned: the next install, finding the model verified, removes it."""
    assert model_manager.install("test.alpha").installed
    part = os.path.join(env["user"], "alpha.onnx.part")
    with open(part, "wb") as fh:
        fh.write(b"x" * 100)
    assert model_manager.verify("test.alpha").partial == 100
    st = model_manager.install("test.alpha")
    assert st.installed and st.partial == 0 and not os.path.exists(part)


def test_a_file_missing_on_the_server(env):
    os.remove(os.path.join(env["release"], "alpha.onnx"))
    with pytest.raises(model_manager.ModelInstallError, match=r"HTTP 404 .*not published there.*--from FOLDER"):
        model_manager.install("test.alpha")
    assert MF.leftovers(env["user"]) == []


def test_a_damaged_installed_model_names_one_fix(env):
    """A byte flipped in a model of the user folder: "is not installed … refused: … reinstall with --force. To use
    it, install it …" contradicted itself with two commands (the model audit)."""
    model_manager.install("test.alpha", source=env["release"])
    path = os.path.join(env["user"], "alpha.onnx")
    data = bytearray(open(path, "rb").read())
    data[len(data) // 2] ^= 1
    open(path, "wb").write(bytes(data))
    with pytest.raises(model_manifest.ModelNotInstalledError) as exc:
        registry.find_model("test.alpha")
    msg = str(exc.value)
    assert msg.startswith("model 'test.alpha' (alpha.onnx) is installed, but no valid copy was found")
    assert "does not match the manifest" in msg and "is not installed" not in msg
    assert msg.count("models install") == 1 and "models install test.alpha --force" in msg


def test_a_damaged_shipped_model_names_one_fix(env):
    """A shipped model's copy cut short: 'ships with the plugin … reinstall the plugin', not 'is not installed'
    with two different fixes."""
    path = os.path.join(env["shipped"], "beta.onnx")
    data = open(path, "rb").read()
    open(path, "wb").write(data[:len(data) // 2])
    with pytest.raises(model_manifest.ModelNotInstalledError) as exc:
        registry.find_model("test.beta")
    msg = str(exc.value)
    assert "ships with the plugin, but no valid copy was found" in msg and "is not installed" not in msg
    assert msg.count("reinstall") == 1 and "models install test.beta --from FOLDER" in msg
    os.remove(path)     # gone altogether: the same fix, not a download from the (unpublished) release first
    with pytest.raises(model_manifest.ModelNotInstalledError) as exc:
        registry.find_model("test.beta")
    assert str(exc.value).startswith("model 'test.beta' (beta.onnx) ships with the plugin, but no valid copy was "
                                     "found") and "downloads it" not in str(exc.value)


def test_a_shipped_model_with_an_altered_card_is_refused_and_an_installed_copy_used(env):
    """A card byte of a shipped model changed (an output's valid range): the card's own checksum leaves the card out,
    so only the manifest's whole-file sha256 tells. The shipped file is refused, naming the fix; a verified copy
    installed in the user folder is then the one used (before, the shipped file won the version tie and ran)."""
    shipped = os.path.join(env["shipped"], "beta.onnx")
    data = open(shipped, "rb").read()
    assert data.count(b'"valid_range": [0, 1]') == 1
    altered = data.replace(b'"valid_range": [0, 1]', b'"valid_range": [0, 7]')
    with open(shipped, "wb") as fh:
        fh.write(altered)
    assert modelcard.read_card(altered)["outputs"][0]["valid_range"] == [0, 7]      # the card alone passes
    with pytest.raises(model_manifest.ModelNotInstalledError,
                       match=r"beta.onnx in .*shipped does not match the manifest .*not loaded"):
        registry.find_model("test.beta")
    with pytest.raises(modelcard.ModelCardError, match=r"reinstall the plugin, or install a verified copy .*"
                                                       r"models install test.beta --force` \(downloads it; offline add "
                                                       r"--from FOLDER\), which is then used instead"):
        registry.load_model(shipped)
    model_manager.install("test.beta", source=env["release"], force=True)
    info = registry.find_model("test.beta")
    assert os.path.dirname(info.path) == env["user"] and info.card["outputs"][0]["valid_range"] == [0, 1]


@pytest.mark.parametrize("remote", [False, True])
def test_ctrl_c_during_an_install(env, remote):
    """Ctrl-C (or SIGTERM) in the middle of the model file: a copy from a folder leaves nothing behind and says so
    (it is never resumed; its 46 MB part file and sidecars stayed, with the advice to resume); an HTTP download keeps
    its part file, which the next install resumes."""
    def interrupt(done, total):
        if done > total // 2:
            raise KeyboardInterrupt
    source = env["server"].url if remote else env["release"]
    with pytest.raises(KeyboardInterrupt) as caught:
        model_manager.install("test.alpha", source=source, progress=interrupt)
    if remote:
        assert not caught.value.args and "alpha.onnx.part" in MF.leftovers(env["user"])
    else:
        assert caught.value.args[0].startswith("interrupted; test.alpha was not installed")
        assert MF.leftovers(env["user"]) == []
    st = model_manager.install("test.alpha", source=source)
    assert st.verified


def test_a_folder_lacking_several_files_names_them_all_and_creates_nothing(env, tmp_path):
    """Only the model file in the folder: the message named its first missing sidecar only, and the user's model
    folder was created empty."""
    src = tmp_path / "only_model"
    src.mkdir()
    shutil.copy(os.path.join(env["release"], "alpha.onnx"), src)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(model_manager.ModelInstallError, match=r"only_model lacks alpha.LICENSE.txt, which test.alpha "
                                                              r"needs \(the model file and its sidecars\)"):
        model_manager.install("test.alpha", source=str(src))
    with pytest.raises(model_manager.ModelInstallError, match="empty lacks alpha.LICENSE.txt, alpha.onnx, which"):
        model_manager.install("test.alpha", source=str(empty))
    assert not os.path.exists(env["user"])


def test_a_connection_that_gives_nothing_leaves_no_empty_part_file(env):
    """The server drops (or stalls) before the first byte of a sidecar: nothing to resume, and the 0-byte part file
    it left (hidden from `models list`) is gone."""
    env["server"].drop_after["alpha.LICENSE.txt"] = 0
    with pytest.raises(model_manager.DownloadInterrupted, match="cannot download alpha.LICENSE.txt"):
        model_manager.install("test.alpha", retries=0)
    assert MF.leftovers(env["user"]) == []


def test_an_unsupported_url_scheme_is_named(env):
    """ftp:// was taken as a relative folder ("…/ftp:/127.0.0.1/x: no such file or folder")."""
    with pytest.raises(model_manager.ModelInstallError, match="ftp://127.0.0.1/x/: ftp:// is not supported; give an "
                                                              "http\\(s\\) URL"):
        model_manager.install("test.alpha", source="ftp://127.0.0.1/x/")
    assert MF.leftovers(env["user"]) == []


def test_a_model_written_by_a_training_script_into_the_plugin_folder_is_loadable_at_once(env, monkeypatch):
    """make models evaluates models it has just trained (evaluate_biophysical, presto.evaluate) before its last step
    rewrites the manifest; since a shipped file must match the manifest, the training scripts' writer brings the
    manifest in step with every file it writes into the plugin's folder (README line: presto.export then evaluate)."""
    import onnx

    from eolatent.models.training import provenance

    shipped = env["shipped"]
    beta = os.path.join(shipped, "beta.onnx")
    card = modelcard.read_card(open(beta, "rb").read())
    card["metrics"] = dict(rmse=0.05)                                # a retrained model: other bytes
    monkeypatch.setitem(provenance.PROVENANCE, "test.beta", dict(reproduce="make models", data_licences=["none"]))
    before = model_manifest.load_manifest()
    provenance.write_onnx_with_card(onnx.load(beta), card, beta)
    info = registry.find_model("test.beta")
    assert info.path == beta and info.card["metrics"] == dict(rmse=0.05)
    # only beta's entry changed: alpha, on demand and absent from the plugin's folder, keeps its entry and URL
    after = model_manifest.load_manifest()
    assert [e.id for e in after.entries] == [e.id for e in before.entries] == ["test.alpha", "test.beta"]
    assert after.get("test.alpha") == before.get("test.alpha")
    assert after.get("test.beta").sha256 != before.get("test.beta").sha256
    # outside the plugin's folder the manifest is left alone
    before = open(os.path.join(shipped, "manifest.json")).read()
    assert not provenance.refresh_manifest(os.path.join(env["release"], "beta.onnx"))
    assert open(os.path.join(shipped, "manifest.json")).read() == before


def test_a_repair_from_a_folder_holding_only_the_damaged_file(env, tmp_path):
    """The installed model file damaged, its sidecar fine: a folder holding only the model file repairs it (the
    pre-check of missing files counted the sidecar already installed and refused)."""
    st = model_manager.install("test.alpha")
    with open(st.path, "r+b") as fh:
        fh.seek(100)
        fh.write(b"\xff\xff")
    assert not model_manager.verify("test.alpha").verified
    src = tmp_path / "download"
    src.mkdir()
    shutil.copy(os.path.join(env["release"], "alpha.onnx"), src)
    assert model_manager.install("test.alpha", source=str(src)).verified


def test_a_bad_file_on_a_server_that_ignores_range_is_blamed_on_the_server(env):
    """A part file kept from before, a server that sends the whole file (no Range) and a corrupted one: the kept part
    played no part, so the message names the source, not the part file."""
    env["server"].ignore_range = True
    env["server"].corrupt.add("alpha.onnx")
    os.makedirs(env["user"], exist_ok=True)
    with open(os.path.join(env["user"], "alpha.onnx.part"), "wb") as fh:
        fh.write(env["alpha"][:3000])
    with pytest.raises(model_manager.ModelInstallError, match="the source holds a corrupted or different version"):
        model_manager.install("alpha", retries=0)


def test_each_automatic_retry_is_told(env):
    """A stalled or dropped connection is retried without a word (a stall waits the timeout three times: minutes of
    silence); each retry now goes to notify, which the command line prints and the Models dialog logs."""
    env["server"].drop_after["alpha.onnx"] = 5000          # the first answer drops; the resumed one completes
    told = []
    assert model_manager.install("alpha", retries=2, retry_wait=0.0, notify=told.append).verified
    assert told == [f"alpha.onnx: the connection dropped (the connection closed after 5000 of {len(env['alpha'])} "
                    "bytes); trying again (1 of 2)"]
