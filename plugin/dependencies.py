# SPDX-License-Identifier: GPL-3.0-or-later
"""Runtime dependencies of the plugin inside QGIS's own Python.

QGIS's Python does not see a project virtual environment, so the plugin keeps a private dependency
folder, ``ext-libs/`` inside the plugin folder, filled by ``pip install --target`` (no root needed) and put
on ``sys.path`` when the plugin loads. This module has no qgis import, so it also runs as a script:

    python3 plugin/dependencies.py --install     # fill ext-libs with what this Python lacks
    python3 plugin/dependencies.py --install --optional   # also what eolatent:classify (train) and cluster need
    python3 plugin/dependencies.py --check       # list what is missing, exit 1 if anything is
"""
from __future__ import annotations

import importlib
import os
import subprocess  # nosec B404 - runs this Python's pip, on request only
import sys
from typing import Dict, List

try:  # the engine's Qt-free tr (the plugin's language once loaded); plain English when run as a script
    from ..core.i18n import tr
except ImportError:
    def tr(template: str, **values) -> str:
        return template.format(**values) if values else template

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXT_LIBS = os.path.join(PLUGIN_DIR, "ext-libs")

# import name -> pip requirement(s). numpy and rasterio normally come with QGIS (Debian: python3-rasterio);
# installing a second numpy next to the one GDAL was built against breaks GDAL, so numpy is never
# pip-installed here.
REQUIRED: Dict[str, List[str]] = {
    "onnxruntime": ["onnxruntime>=1.16", "flatbuffers", "protobuf"],
    # --no-deps (no second numpy): rasterio's own pure-Python dependencies are named (1.4: affine … pyparsing; 1.3
    # also snuggs), else `import rasterio` fails on click (tried with a Python that has numpy and nothing else)
    "rasterio": ["rasterio>=1.3", "affine", "attrs", "certifi", "click>=4,!=8.2.*", "cligj>=0.5", "click-plugins",
                 "pyparsing", "snuggs"],
}
# Needed only by eolatent:classify in train mode (scikit-learn + skl2onnx) and eolatent:cluster (scikit-learn):
# the plugin loads and every other algorithm (classify in apply mode included) runs without them; those two
# algorithms name the exact install command when they are missing (`dependencies.py --install --optional`).
OPTIONAL: Dict[str, List[str]] = {
    "sklearn": ["scikit-learn>=1.3,<1.8", "joblib>=1.2", "threadpoolctl>=3.1", "cloudpickle"],   # joblib ≥ 1.6
    "scipy": ["scipy>=1.8"],
    "skl2onnx": ["skl2onnx>=1.16"],
    # onnx ≥ 1.19 imports ml_dtypes, whose wheels need numpy 2 (QGIS on Debian 12 has numpy 1.24): stay below
    "onnx": ["onnx>=1.14,<1.19", "protobuf", "typing_extensions"],
}
SYSTEM_ONLY = {"numpy": "numpy (it ships with QGIS; reinstall QGIS or its Python)"}


def add_ext_libs_to_path() -> None:
    """Put the plugin-private dependency folder first on sys.path (idempotent)."""
    if os.path.isdir(EXT_LIBS) and EXT_LIBS not in sys.path:
        sys.path.insert(0, EXT_LIBS)


def missing_modules(names=None) -> List[str]:
    """The modules among ``names`` (default: all runtime dependencies) that cannot be imported."""
    add_ext_libs_to_path()
    missing = []
    for name in names or (list(SYSTEM_ONLY) + list(REQUIRED)):
        try:
            importlib.import_module(name)
        except Exception:  # ImportError, or a broken binary wheel
            missing.append(name)
    return missing


def install_command(missing: List[str]) -> str:
    """The exact shell command that installs what is missing into ext-libs."""
    known = {**OPTIONAL, **REQUIRED}
    reqs = [r for m in missing if m in known for r in known[m]]
    if not reqs:
        return ""
    python = "python3" if os.name != "nt" else "python"
    return f'{python} -m pip install --no-deps --upgrade --target "{EXT_LIBS}" ' + " ".join(f'"{r}"' for r in reqs)


def missing_message(names=None) -> str:
    """Empty when everything is there; otherwise what is missing and exactly what to run."""
    missing = missing_modules(names)
    if not missing:
        return ""
    optional = [m for m in missing if m in OPTIONAL and m not in REQUIRED]
    if names is not None and optional and len(optional) == len(missing):
        parts = [tr("This algorithm needs the optional Python module(s) {modules}, which are not installed (the "
                    "other EO Latent algorithms run without them).", modules=", ".join(missing))]
    else:
        parts = [tr("EO Latent cannot run: missing Python module(s) {modules}.", modules=", ".join(missing))]
    for name in missing:
        if name in SYSTEM_ONLY:
            parts.append(tr("Install {package}.", package=SYSTEM_ONLY[name]))
    cmd = install_command(missing)
    if cmd:
        parts.append(tr("Run this once in a terminal (no administrator rights needed), then restart QGIS:") + "\n"
                     + cmd)
        if "onnxruntime" in missing:
            parts.append(tr("For an NVIDIA GPU use {gpu} instead of {cpu}.", gpu="onnxruntime-gpu",
                            cpu="onnxruntime"))
    return "\n".join(parts)


def install(target: str = EXT_LIBS, optional: bool = False) -> int:
    known = {**OPTIONAL, **REQUIRED} if optional else REQUIRED
    missing = [m for m in missing_modules(list(known)) if m in known]
    if not missing:
        print("EO Latent: all runtime dependencies are importable")
        return 0
    reqs = [r for m in missing for r in known[m]]
    os.makedirs(target, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "install", "--no-deps", "--upgrade", "--target", target] + reqs
    print("EO Latent: installing", " ".join(reqs), "into", target)
    return subprocess.call(cmd)  # nosec B603 - this Python's own pip, fixed argv from REQUIRED, no shell


if __name__ == "__main__":
    if "--install" in sys.argv:
        rest = [a for a in sys.argv[sys.argv.index("--install") + 1:] if not a.startswith("--")]
        sys.exit(install(rest[0] if rest else EXT_LIBS, optional="--optional" in sys.argv))
    message = missing_message()
    print(message or "EO Latent: all runtime dependencies are importable")
    sys.exit(1 if message else 0)
