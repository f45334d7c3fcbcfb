# SPDX-License-Identifier: GPL-3.0-or-later
"""Runtime dependencies of the plugin inside QGIS's own Python.

QGIS's Python does not see a project virtual environment, so the plugin keeps a private dependency folder, filled by
``pip install --target`` (no root needed) and put on ``sys.path`` when the plugin loads. In a QGIS profile it is
``<profile>/python/eolatent-libs/py<version>``, beside the plugins folder: QGIS's plugin installer deletes the plugin
folder on every upgrade or reinstall from a zip, and the packages inside it went with it (an offline user could not
get them back). A source checkout keeps ``ext-libs/`` inside it, and an ``ext-libs/`` an earlier version left in the
plugin folder is still read. This module has no qgis import, so it also runs as a script:

    python3 plugin/dependencies.py --install     # fill the folder with what this Python lacks
    python3 plugin/dependencies.py --install --optional   # also what eolatent:classify (train) and cluster need
    python3 plugin/dependencies.py --install --from WHEELS  # offline, from a folder of wheel files
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
    from ..core.engine.runtime import python_command
except ImportError:
    def tr(template: str, **values) -> str:
        return template.format(**values) if values else template

    def python_command() -> str:        # run as a script: by the very Python that should get the packages
        return f'"{sys.executable}"' if " " in sys.executable else sys.executable

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEGACY_EXT_LIBS = os.path.join(PLUGIN_DIR, "ext-libs")    # inside the plugin folder: a checkout, earlier versions


def dependency_folder(plugin_dir: str = PLUGIN_DIR) -> str:
    """Where the plugin's packages are installed: ``<profile>/python/eolatent-libs/py3.11`` for a plugin installed
    in a QGIS profile (``<profile>/python/plugins/eolatent``), kept when the plugin folder is replaced; else (a source
    checkout, the command line of a copy) ``ext-libs`` inside ``plugin_dir``. Per Python version: compiled wheels of
    one do not load in another (a QGIS upgrade)."""
    plugins = os.path.dirname(os.path.abspath(plugin_dir))
    if os.path.basename(plugins) == "plugins" and os.path.basename(os.path.dirname(plugins)) == "python":
        return os.path.join(os.path.dirname(plugins), "eolatent-libs", "py%d.%d" % sys.version_info[:2])
    return os.path.join(plugin_dir, "ext-libs")


EXT_LIBS = dependency_folder()

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
    """Put the plugin-private dependency folder first on sys.path, and an earlier version's ``ext-libs`` inside the
    plugin folder after it (idempotent)."""
    for folder in (LEGACY_EXT_LIBS, EXT_LIBS):          # each inserted first: EXT_LIBS ends up before the other
        if os.path.isdir(folder) and folder not in sys.path:
            sys.path.insert(0, folder)


def _wheel_platforms() -> List[str]:
    """pip's --platform values for this machine's wheels, newest first: pip widens a manylinux_2_X or macosx_X
    platform to the older ones, not the other way (onnxruntime's wheels are manylinux_2_28: manylinux2014 alone
    found none)."""
    import platform
    import sysconfig

    plat, machine = sysconfig.get_platform(), platform.machine().lower()
    if plat.startswith("linux-"):
        libc, version = platform.libc_ver()
        arch = plat.split("-", 1)[1]
        if libc == "glibc" and version.count(".") >= 1:
            major, minor = version.split(".")[:2]
            return [f"manylinux_{major}_{minor}_{arch}", f"manylinux2014_{arch}"]
        return [f"manylinux2014_{arch}"]
    if plat.startswith("macosx"):
        release = (platform.mac_ver()[0] or "11.0").split(".")
        return [f"macosx_{release[0]}_0_{'arm64' if machine in ('arm64', 'aarch64') else 'x86_64'}"]
    if plat.startswith("win"):
        return [plat.replace("-", "_")]
    return []


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
    """The exact shell command that installs what is missing into the private package folder."""
    reqs = _requirements(missing)
    if not reqs:
        return ""
    return f'{python_command()} -m pip install --no-deps --upgrade --target "{EXT_LIBS}" ' + _quoted(reqs)


def _requirements(missing: List[str]) -> List[str]:
    """The pip requirements of the modules ``missing`` (each module's own pure-Python dependencies named)."""
    known = {**OPTIONAL, **REQUIRED}
    return [r for m in missing if m in known for r in known[m]]


def _quoted(reqs: List[str]) -> str:
    return " ".join(f'"{r}"' for r in reqs)


def offline_hint(missing: List[str]) -> str:
    """How to install ``missing`` without a network: the wheels fetched on a connected machine for this Python and
    platform, then the same command from that folder."""
    reqs = _requirements(missing)
    if not reqs:
        return ""
    download = ("pip download --only-binary=:all: --no-deps --python-version %d.%d " % sys.version_info[:2]
                + "".join(f"--platform {p} " for p in _wheel_platforms()) + "-d wheels " + _quoted(reqs))
    return tr("Without a network: on a connected machine run {download}, copy the folder wheels to this machine and "
              "run the command above from the folder that holds it, with {options} added.", download=download,
              options="--no-index --find-links wheels")


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
        parts.append(offline_hint(missing))
        if "onnxruntime" in missing:
            parts.append(tr("For an NVIDIA GPU use {gpu} instead of {cpu}.", gpu="onnxruntime-gpu",
                            cpu="onnxruntime"))
    return "\n".join(parts)


def install(target: str = EXT_LIBS, optional: bool = False, wheels: str = "") -> int:
    """pip-install what this Python lacks into ``target`` (from the folder ``wheels`` alone, offline, when given):
    the required packages first, then, with ``optional``, classify's and cluster's in a second call, whose failure
    is only a warning (offline without those wheels, one call refused them all, onnxruntime included). The exit
    status of the required packages' install."""
    installed = False
    for group, needed in ((REQUIRED, True), (OPTIONAL, False)):
        if not needed and not optional:
            continue
        missing = [m for m in missing_modules(list(group)) if m in group]
        if not missing:
            continue
        installed = True
        reqs = _requirements(missing)
        os.makedirs(target, exist_ok=True)
        cmd = [sys.executable, "-m", "pip", "install", "--no-deps", "--upgrade", "--target", target] + (
            ["--no-index", "--find-links", wheels] if wheels else []) + reqs
        print("EO Latent: installing", " ".join(reqs), "into", target)
        rc = subprocess.call(cmd)  # nosec B603 - this Python's own pip, fixed argv from REQUIRED, no shell
        if rc and needed:
            return rc
        if rc:
            print("EO Latent: the optional packages (eolatent:classify in train mode, eolatent:cluster) were not "
                  "installed; the other algorithms run without them. Later: " + python_command() + ' "'
                  + os.path.abspath(__file__) + '" --install --optional', file=sys.stderr)
    if not installed:
        print("EO Latent: all runtime dependencies are importable")
    return 0


if __name__ == "__main__":
    if "--install" in sys.argv:
        args = sys.argv[sys.argv.index("--install") + 1:]
        source = ""
        if "--from" in args:        # a folder of wheel files, offline; a missing value is refused, not ignored
            at = args.index("--from") + 1
            if at >= len(args) or args[at].startswith("--"):
                sys.exit("EO Latent: --from needs the folder of wheel files, e.g. --from wheels")
            source = args[at]
        rest = [a for a in args if not a.startswith("--") and a != source]
        sys.exit(install(rest[0] if rest else EXT_LIBS, optional="--optional" in sys.argv, wheels=source))
    message = missing_message()
    print(message or "EO Latent: all runtime dependencies are importable")
    sys.exit(1 if message else 0)
