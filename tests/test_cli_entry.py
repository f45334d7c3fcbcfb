# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line of an installed plugin (…/python/plugins/eolatent, dependencies in its private ext-libs/):
the entry puts ext-libs on sys.path before anything imports onnxruntime, and the install commands printed in
"model not installed" / "onnxruntime missing" errors work as printed."""
from __future__ import annotations

import os
import shutil
import subprocess  # nosec B404 - runs this Python on the package under test
import sys
from pathlib import Path

import pytest

from eolatent.core.engine import model_manifest, runtime

REPO = Path(__file__).resolve().parent.parent
SKIP = {".git", ".venv", "build", "dist", "tests", "demo_output", "ext-libs", "__pycache__", "eolatent.egg-info"}


def _plugin_copy(plugins: Path) -> Path:
    """``plugins/eolatent``: the package as `make install` lays it out, each entry a link into this checkout."""
    pkg = plugins / "eolatent"
    pkg.mkdir(parents=True)
    for entry in REPO.iterdir():
        if entry.name not in SKIP:
            (pkg / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    return pkg


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    return subprocess.run([sys.executable, "-c", code], cwd=str(cwd), env=env, capture_output=True,  # nosec B603
                          text=True, timeout=120)


@pytest.fixture
def plugin(tmp_path):
    """An installed plugin whose ext-libs holds a module this Python does not have."""
    pkg = _plugin_copy(tmp_path / "python" / "plugins")
    (pkg / "ext-libs").mkdir()
    (pkg / "ext-libs" / "eolatent_extlibs_probe.py").write_text("VALUE = 42\n")
    return pkg


@pytest.mark.parametrize("entry", ["eolatent.cli", "eolatent.__main__"])
def test_cli_entry_puts_ext_libs_on_path(plugin, entry):
    code = ("import sys, eolatent\n"
            "try:\n    import eolatent_extlibs_probe\nexcept ImportError:\n    print('absent before')\n"
            f"import {entry}\n"
            "import eolatent_extlibs_probe\n"
            "print(eolatent.__file__)\nprint(eolatent_extlibs_probe.VALUE, eolatent_extlibs_probe.__file__)\n"
            "print(sys.path.index(%r))\n" % str(plugin / "ext-libs"))
    res = _python(code, plugin.parent)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0] == "absent before"  # only the CLI entry makes it importable, as in QGIS the plugin does
    assert lines[1] == str(plugin / "__init__.py")  # the installed copy, not this checkout
    assert lines[2] == "42 " + str(plugin / "ext-libs" / "eolatent_extlibs_probe.py")
    assert lines[3] == "0"  # first, so the plugin's onnxruntime wins over a stray one


def test_cli_entry_without_ext_libs_leaves_sys_path_alone(tmp_path):
    pkg = _plugin_copy(tmp_path / "plugins")
    res = _python("import sys\nbefore = list(sys.path)\nimport eolatent.cli\nprint(sys.path == before)", pkg.parent)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "True" and not (pkg / "ext-libs").exists()


def test_python_m_eolatent_runs_from_the_plugins_folder_with_ext_libs(plugin):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    res = subprocess.run([sys.executable, "-m", "eolatent", "--help"], cwd=str(plugin.parent), env=env,  # nosec B603
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "biophysical" in res.stdout and "models" in res.stdout


# --------------------------------------------------------------------------- the printed install commands

def test_install_command_cds_into_the_folder_holding_the_package(tmp_path):
    pkg = _plugin_copy(tmp_path / "my plugins")  # a space: the folder must be quoted
    cmd = model_manifest.install_command(str(pkg))
    assert cmd == f'cd "{pkg.parent}" && python3 -m eolatent models install'
    assert (pkg.parent / "eolatent" / "__main__.py").is_file()
    # it works as printed (with this Python standing in for the system python3)
    shell = cmd.replace("python3", f'"{sys.executable}"', 1) + " --help"
    res = subprocess.run(["bash", "-c", shell], cwd="/", capture_output=True, text=True, timeout=120,  # nosec B603
                         env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    assert res.returncode == 0, res.stderr
    assert "--from" in res.stdout and "--force" in res.stdout


def test_install_command_of_a_checkout_under_another_name_uses_this_python(tmp_path):
    cmd = model_manifest.install_command(str(tmp_path / "main"))
    assert not cmd.startswith("cd ") and cmd.endswith("-m eolatent models install")
    assert cmd.split(" -m ")[0].strip('"') in (sys.executable, "python3")


def test_installed_plugin_error_names_its_own_folder(plugin):
    """The text a user of the installed plugin reads, worked out from the package's own path."""
    code = ("from eolatent.core.engine import model_manifest as m\n"
            "print(m.install_hint('eolatent.text.minilm'))")
    res = _python(code, plugin.parent)
    assert res.returncode == 0, res.stderr
    hint = res.stdout.strip()
    assert f'`cd "{plugin.parent}" && python3 -m eolatent models install eolatent.text.minilm`' in hint
    assert "Raster ▸ EO Latent ▸ Models…" in hint and "--from FOLDER" in hint
    assert "`python -m" not in hint


def test_missing_text_model_message_from_the_engine(tmp_path, monkeypatch):
    from eolatent.core.engine import registry

    shipped = tmp_path / "shipped"  # the plugin zip: the manifest, not the 55 MB text model
    shipped.mkdir()
    shutil.copy(os.path.join(model_manifest.SHIPPED_DIR, model_manifest.MANIFEST_NAME), shipped)
    monkeypatch.setattr(model_manifest, "SHIPPED_DIR", str(shipped))
    monkeypatch.setenv(model_manifest.ENV_VAR, str(tmp_path / "empty"))

    with pytest.raises(model_manifest.ModelNotInstalledError) as exc:
        registry.find_model("eolatent.text.minilm")
    msg = str(exc.value)
    assert f"`{model_manifest.INSTALL_CMD} eolatent.text.minilm`" in msg and "`python -m" not in msg
    if model_manifest.INSTALL_CMD.startswith("cd "):
        folder = model_manifest.INSTALL_CMD.split('"')[1]
        assert os.path.isfile(os.path.join(folder, "eolatent", "__main__.py"))


def test_s2cloudless_hint_uses_the_same_command(monkeypatch):
    from eolatent.core.engine import modelcard, registry
    from eolatent.core.inputs.sentinel2 import cloud_scores

    def missing(model_id, *a, **k):
        raise modelcard.ModelCardError("not installed")

    monkeypatch.setattr(registry, "find_model", missing)
    damaged = cloud_scores.s2cloudless_missing()      # the shipped file is there, so it was refused: damaged
    assert f"`{model_manifest.INSTALL_CMD} {cloud_scores.S2CLOUDLESS_ID} --from FOLDER`" in damaged
    monkeypatch.setattr(cloud_scores, "_damaged_copy", lambda: None)     # no file at all: not installed
    hint = cloud_scores.s2cloudless_missing()      # it ships: reinstall, or from a folder (no download offered)
    assert f"`{model_manifest.INSTALL_CMD} {cloud_scores.S2CLOUDLESS_ID} --from FOLDER`" in hint
    assert "reinstall the plugin" in hint and "not installed" in hint
    assert model_manifest.DIALOG in hint and "`python -m" not in hint


def test_onnxruntime_hint_names_the_ext_libs_route(monkeypatch):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import fails as where it is not installed
    with pytest.raises(runtime.RuntimeSetupError) as exc:
        runtime.import_onnxruntime()
    msg = str(exc.value)
    script = Path(runtime.PACKAGE_DIR) / "plugin" / "dependencies.py"
    assert script.is_file()
    assert f'`{runtime.python_command()} "{script}" --install`' in msg and "--from WHEELS" in msg
    assert "make install" in msg and "--user" not in msg
