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
