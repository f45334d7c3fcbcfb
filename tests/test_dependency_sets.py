# SPDX-License-Identifier: GPL-3.0-or-later
"""The install command the plugin shows installs with --no-deps (a second numpy breaks GDAL), so each requirement set
names its package's own pure-Python dependencies: with rasterio alone, `import rasterio` failed on 'click'."""
from eolatent.plugin import dependencies as dep


def _names(reqs):
    import re

    return {re.split(r"[<>=!,\s]", r, 1)[0].lower() for r in reqs}


def test_rasterio_set_holds_its_runtime_dependencies_and_never_numpy():
    names = _names(dep.REQUIRED["rasterio"])
    # rasterio 1.4's Requires-Dist without extras (numpy aside), and 1.3's snuggs
    assert {"rasterio", "affine", "attrs", "certifi", "click", "cligj", "click-plugins", "pyparsing",
            "snuggs"} <= names
    assert all("numpy" not in _names(reqs) for reqs in {**dep.REQUIRED, **dep.OPTIONAL}.values())


def test_the_command_names_every_requirement_of_what_is_missing():
    cmd = dep.install_command(["rasterio"])
    assert "--no-deps" in cmd and '"click>=4,!=8.2.*"' in cmd and '"rasterio>=1.3"' in cmd and "onnxruntime" not in cmd
