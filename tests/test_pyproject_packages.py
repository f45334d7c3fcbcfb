# SPDX-License-Identifier: GPL-3.0-or-later
"""pyproject.toml lists every package of the tree and the data files the code opens: a wheel built from it left out
eolatent.core.i18n (``python -m eolatent`` crashed on import) and models/manifest.json (``models list`` failed)."""
import fnmatch
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

tomllib = pytest.importorskip("tomllib") if sys.version_info >= (3, 11) else pytest.importorskip("tomli")


def _config():
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as fh:
        return tomllib.load(fh)["tool"]["setuptools"]


def test_every_package_of_the_tree_is_listed():
    listed = set(_config()["packages"])
    found = {"eolatent"}
    for top in ("core", "plugin", "processing_provider", "models"):
        for folder, _, files in os.walk(os.path.join(ROOT, top)):
            if "__init__.py" in files and "__pycache__" not in folder:
                found.add("eolatent." + os.path.relpath(folder, ROOT).replace(os.sep, "."))
    assert found - listed == set(), "packages missing from pyproject.toml"


@pytest.mark.parametrize("path", ["models/manifest.json", "models/soilmoisture_s1.metrics.json", "metadata.txt",
                                  "models/soilmoisture_s1.onnx", "icons/eolatent.svg",
                                  "core/physics/data/prospect_d_coefficients.csv",
                                  "core/physics/data/wcm/wcm_parameters.csv"])
def test_the_data_files_the_code_opens_are_package_data(path):
    assert os.path.exists(os.path.join(ROOT, path))
    data = _config()["package-data"]
    hits = []
    for package, globs in data.items():
        base = package.split(".")[1:]          # eolatent.core.physics -> core/physics
        prefix = "/".join(base) + "/" if base else ""
        if path.startswith(prefix):
            hits += [g for g in globs if fnmatch.fnmatch(path[len(prefix):], g)]
    assert hits, f"{path} is in no package-data glob of pyproject.toml"
