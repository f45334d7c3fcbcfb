# SPDX-License-Identifier: GPL-3.0-or-later
"""The install command the plugin prints for its optional packages (`pip install --no-deps --target ext-libs …`)
names every package those need at import time: with --no-deps pip installs nothing else, so a dependency left out
makes the algorithm fail again after the user followed the message (joblib ≥ 1.6 imports cloudpickle; onnx ≥ 1.19
ml_dtypes, whose wheels need numpy 2, so onnx is kept below 1.19)."""
import importlib.metadata as md
import re

import pytest

from eolatent.plugin import dependencies as D

# hard dependencies that are not pip-installed into ext-libs, and why
NOT_INSTALLED = {"numpy": "ships with QGIS; a second numpy breaks GDAL",
                 "ml-dtypes": "imported by onnx from 1.19 on only; the command keeps onnx below 1.19 (checked below)"}


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ (]", requirement.strip())[0].lower().replace("_", "-")


def test_optional_install_command_covers_the_dependencies():
    listed = {_name(r) for reqs in D.OPTIONAL.values() for r in reqs}
    checked = 0
    for dist in sorted(listed):
        try:
            requires = md.requires(dist) or []
        except md.PackageNotFoundError:      # not in this environment: nothing to compare with
            continue
        hard = {_name(r) for r in requires if "extra ==" not in r}
        missing = hard - listed - set(NOT_INSTALLED)
        assert not missing, f"{dist} needs {sorted(missing)}: add them to plugin/dependencies.py OPTIONAL"
        checked += 1
    if not checked:
        pytest.skip("none of the optional packages is installed here")
    command = D.install_command(["sklearn", "skl2onnx", "onnx"])
    assert "--no-deps" in command and "cloudpickle" in command and '"onnx>=1.14,<1.19"' in command


def test_a_missing_optional_module_is_named_for_the_algorithm_alone(monkeypatch):
    """cluster without scikit-learn said 'EO Latent cannot run' and advised onnxruntime-gpu, which it does not use."""
    monkeypatch.setattr(D, "missing_modules", lambda names=None: ["sklearn"])
    msg = D.missing_message(["sklearn"])
    assert msg.startswith("This algorithm needs the optional Python module(s) sklearn")
    assert "the other EO Latent algorithms run without them" in msg and "onnxruntime-gpu" not in msg
    assert "scikit-learn" in msg
    monkeypatch.setattr(D, "missing_modules", lambda names=None: ["onnxruntime"])
    msg = D.missing_message()
    assert msg.startswith("EO Latent cannot run: missing Python module(s) onnxruntime") and "onnxruntime-gpu" in msg


def test_a_profiles_packages_live_beside_the_plugins_folder_and_survive_a_reinstall(tmp_path):
    """The install-from-zip audit: QGIS's plugin installer deletes the plugin folder on every upgrade or reinstall,
    and ext-libs/ inside it went with it (216 MB; offline, not to be had again). In a profile the packages go to
    <profile>/python/eolatent-libs/py<version>; a checkout keeps ext-libs; an earlier version's ext-libs is read."""
    import sys

    profile_plugin = tmp_path / "profile" / "python" / "plugins" / "eolatent"
    version = "py%d.%d" % sys.version_info[:2]
    assert D.dependency_folder(str(profile_plugin)) == str(tmp_path / "profile" / "python" / "eolatent-libs" / version)
    assert D.dependency_folder(str(tmp_path / "checkout")) == str(tmp_path / "checkout" / "ext-libs")


def test_the_message_gives_this_python_and_an_offline_route(monkeypatch):
    """The audit: the command said `python3` (pyenv's 3.11.7 first on the PATH, not QGIS's), and nothing for a
    machine without network."""
    from eolatent.core.engine.runtime import python_command

    monkeypatch.setattr(D, "missing_modules", lambda names=None: ["onnxruntime"])
    msg = D.missing_message()
    assert f'{python_command()} -m pip install --no-deps --upgrade --target "{D.EXT_LIBS}"' in msg
    assert "Without a network: on a connected machine run pip download --only-binary=:all: --no-deps " \
           "--python-version %d.%d" % __import__("sys").version_info[:2] in msg
    assert '-d wheels "onnxruntime>=1.16" "flatbuffers" "protobuf"' in msg and "--no-index --find-links wheels" in msg


def test_install_puts_the_required_packages_first_and_an_optional_failure_is_a_warning(monkeypatch, tmp_path, capsys):
    """The audit: offline, one pip call for required and optional packages failed on scikit-learn and installed
    nothing, onnxruntime included; make install then stopped."""
    calls = []
    monkeypatch.setattr(D, "missing_modules", lambda names=None: [n for n in (names or []) if n in
                                                                  ("onnxruntime", "sklearn")])
    monkeypatch.setattr(D.subprocess, "call", lambda cmd: calls.append(cmd) or (1 if "scikit-learn>=1.3,<1.8" in cmd
                                                                                else 0))
    assert D.install(str(tmp_path), optional=True, wheels="/w") == 0
    assert [c[c.index("--find-links") + 1] for c in calls] == ["/w", "/w"] and all("--no-index" in c for c in calls)
    assert '"onnxruntime>=1.16"'.strip('"') in calls[0] and "scikit-learn>=1.3,<1.8" in calls[1]
    assert "the optional packages (eolatent:classify in train mode, eolatent:cluster) were not installed" in \
        capsys.readouterr().err
    monkeypatch.setattr(D.subprocess, "call", lambda cmd: 1)          # the required ones failing: that status
    assert D.install(str(tmp_path), optional=True) == 1


def test_the_command_names_the_running_python_not_the_first_on_the_path(monkeypatch):
    """Seen in the desktop: inside QGIS sys.executable was pyenv's shim (the first python3 on the PATH), another
    Python than QGIS's /usr/bin/python3.11; the command comes from the running interpreter's prefix."""
    import os
    import sys

    from eolatent.core.engine.runtime import python_command

    monkeypatch.setattr(sys, "executable", "/root/.pyenv/shims/python3")
    expected = os.path.join(sys.exec_prefix, "bin", "python%d.%d" % sys.version_info[:2])
    assert os.path.isfile(expected) and python_command() == expected


def test_the_profile_folder_comes_before_an_earlier_versions_ext_libs(tmp_path, monkeypatch):
    import sys

    new, old = tmp_path / "eolatent-libs" / "py3.11", tmp_path / "plugin" / "ext-libs"
    for folder in (new, old):
        folder.mkdir(parents=True)
    monkeypatch.setattr(D, "EXT_LIBS", str(new))
    monkeypatch.setattr(D, "LEGACY_EXT_LIBS", str(old))
    monkeypatch.setattr(sys, "path", ["/somewhere"])
    D.add_ext_libs_to_path()
    D.add_ext_libs_to_path()                                   # idempotent
    assert sys.path == [str(new), str(old), "/somewhere"]


def test_the_offline_platforms_reach_recent_manylinux_wheels():
    """The review: --platform manylinux2014_x86_64 alone found no onnxruntime (its wheels are manylinux_2_28); pip
    widens a manylinux_2_X platform to older ones only."""
    import platform

    plats = D._wheel_platforms()
    libc, version = platform.libc_ver()
    if libc == "glibc":
        major, minor = version.split(".")[:2]
        assert plats[0] == f"manylinux_{major}_{minor}_{platform.machine()}" and plats[1].startswith("manylinux2014_")


def test_from_without_a_folder_is_refused(tmp_path):
    import subprocess
    import sys

    script = D.__file__
    for args in (["--install", "--from"], ["--install", "--from", "--optional"]):
        res = subprocess.run([sys.executable, script] + args, capture_output=True, text=True, timeout=60)
        assert res.returncode != 0 and "--from needs the folder of wheel files" in res.stderr
