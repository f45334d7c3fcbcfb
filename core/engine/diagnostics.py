# SPDX-License-Identifier: GPL-3.0-or-later
"""What a bug report needs: plugin, Python and onnxruntime versions, execution providers (available and the
one a session really uses), GPU, and the installed models with their versions and weight checksums: those of
the plugin's models/ folder and those of the user model folder (``$EOLATENT_MODELS_DIR``, else the per-user
data folder; see :func:`eolatent.core.engine.model_manager.user_models_dir`), each saying where it is.

:func:`diagnostics_report` gathers it as a dict (every probe catches its own failure, so the report is always
complete), :func:`format_report` makes the plain text the "Copy report" button puts on the clipboard. No QGIS
here: the QGIS version is passed in by the dialog (plugin/diagnostics.py).
"""
from __future__ import annotations

import glob
import os
import platform
import shutil
import subprocess  # nosec B404 - only to ask nvidia-smi for the GPU name
import sys
from typing import Dict, List, Optional

from ..i18n import tr
from . import model_manager, model_manifest, modelcard
from .registry import MODELS_DIR

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROBE_MODEL = "biophysical_s2.onnx"  # small shipped model used to open a real session
NONE_FOUND = "none found"
SHIPPED, USER = "plugin", "user"  # where a model file is: the plugin's models/ folder, the user model folder
WHERE_TEXT = {SHIPPED: "plugin folder", USER: "user model folder"}


def plugin_version(plugin_dir: str = PLUGIN_DIR) -> str:
    try:
        with open(os.path.join(plugin_dir, "metadata.txt"), encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("version="):
                    return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def gpu_names(timeout: float = 5.0) -> List[str]:
    """GPU names from nvidia-smi; empty when there is none (or no NVIDIA driver)."""
    exe = shutil.which("nvidia-smi")
    if not exe:
        return []
    try:
        out = subprocess.run([exe, "--query-gpu=name", "--format=csv,noheader"],  # nosec B603 - fixed argv, no shell
                             capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return [ln.strip() for ln in out.stdout.splitlines() if ln.strip()] if out.returncode == 0 else []


def onnxruntime_info(models_dir: str = MODELS_DIR) -> Dict[str, object]:
    """Version, available providers (onnxruntime names) and the provider a real session uses ("auto")."""
    info: Dict[str, object] = dict(version="not installed", available=[], used="", error="")
    try:
        import onnxruntime as ort
    except ImportError as exc:
        info["error"] = str(exc)
        return info
    info["version"] = getattr(ort, "__version__", "unknown")
    info["available"] = list(ort.get_available_providers())
    probe = os.path.join(models_dir, PROBE_MODEL)
    if not os.path.isfile(probe):
        found = sorted(glob.glob(os.path.join(models_dir, "*.onnx")), key=os.path.getsize)
        probe = found[0] if found else ""
    if not probe:
        info["error"] = tr("no model installed to open a session with")
        return info
    try:
        from .runtime import get_session

        session = get_session(probe, "auto", threads=1)
        info["used"] = session.provider_used
        info["session_providers"] = list(session.session.get_providers())
        info["probe_model"] = os.path.basename(probe)
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        info["error"] = str(exc)
    return info


def model_folders(models_dir: str = MODELS_DIR, user_dir: Optional[str] = None) -> List[Dict[str, str]]:
    """The folders listed, each as dict(where, path): ``models_dir`` (the plugin's models/ folder by default)
    and, when ``models_dir`` is the plugin's folder, the user model folder (``user_dir``, by default
    :func:`model_manager.user_models_dir`, which honours ``$EOLATENT_MODELS_DIR``) unless it is the same folder.
    Another ``models_dir`` is listed alone, like a ``folder`` argument of the registry."""
    folders = [dict(where=SHIPPED, path=models_dir)]
    if model_manifest.same_folder(models_dir, MODELS_DIR):
        user = user_dir or model_manager.user_models_dir()
        if not model_manifest.same_folder(user, models_dir):
            folders.append(dict(where=USER, path=user))
    return folders


def model_entries(models_dir: str = MODELS_DIR, where: str = SHIPPED) -> List[Dict[str, object]]:
    """One entry per ``models_dir``/*.onnx: file, where (``where``), folder, path, id, version, task, weights
    sha256, verified, error."""
    entries = []
    for path in sorted(glob.glob(os.path.join(models_dir, "*.onnx"))):
        e: Dict[str, object] = dict(file=os.path.basename(path), where=where, folder=models_dir, path=path,
                                    id="?", version="?", task="?", sha256="", verified=False, error="")
        try:
            with open(path, "rb") as fh:
                data = fh.read()
            e["actual_sha256"] = modelcard.weights_sha256(data)
            try:
                card = modelcard.read_card(data, verify=True)
                e["verified"] = True
            except modelcard.ModelCardError as exc:
                e["error"] = str(exc)
                card = modelcard.read_card(data, verify=False)
            e.update(id=card["id"], version=card["version"], task=card.get("task", "?"),
                     sha256=card["weights_sha256"])
        except Exception as exc:  # noqa: BLE001 - one broken file must not hide the others
            e["error"] = e["error"] or str(exc)
        entries.append(e)
    return entries


def diagnostics_report(qgis_version: Optional[str] = None, models_dir: str = MODELS_DIR,
                       user_dir: Optional[str] = None) -> Dict[str, object]:
    """The report; ``models`` lists the models of every folder of :func:`model_folders` (``model_folders``)."""
    gpus = gpu_names()
    folders = model_folders(models_dir, user_dir)
    models = [e for f in folders for e in model_entries(f["path"], f["where"])]
    return dict(plugin_version=plugin_version(), qgis_version=qgis_version or "unknown",
                python_version=sys.version.split()[0], python_executable=sys.executable,
                platform=platform.platform(), onnxruntime=onnxruntime_info(models_dir),
                gpu=gpus or [NONE_FOUND], models_dir=models_dir, model_folders=folders, models=models)


def short_sha(sha: str) -> str:
    return sha[:12] if sha else "-"


def format_report(report: Dict[str, object]) -> str:
    """Plain text for bug reports (English, like the logs developers read)."""
    ort = report["onnxruntime"]
    lines = ["EO Latent diagnostics",
             f"Plugin version: {report['plugin_version']}",
             f"QGIS version: {report['qgis_version']}",
             f"Python version: {report['python_version']} ({report.get('python_executable', '')})",
             f"Platform: {report.get('platform', '')}",
             f"onnxruntime version: {ort['version']}",
             f"Available execution providers: {', '.join(ort['available']) or '-'}",
             f"Execution provider used: {ort['used'] or '-'}"
             + (f" (session on {ort['probe_model']})" if ort.get("probe_model") else ""),
             f"GPU: {', '.join(report['gpu'])}"]
    if ort.get("error"):
        lines.append(f"onnxruntime problem: {ort['error']}")
    folders = report.get("model_folders") or [dict(where=SHIPPED, path=report["models_dir"])]
    for folder in folders:
        lines.append(f"Installed models ({WHERE_TEXT.get(folder['where'], folder['where'])} {folder['path']}):")
        models = [m for m in report["models"] if m.get("where", SHIPPED) == folder["where"]]
        for m in models:
            state = "verified" if m["verified"] else "NOT VERIFIED"
            lines.append(f"  {m['file']}: {m['id']} {m['version']} ({m['task']}), weights sha256 "
                         f"{short_sha(m['sha256'])}, {state}" + (f": {m['error']}" if m["error"] else ""))
        if not models:
            lines.append("  none" + ("" if os.path.isdir(folder["path"]) else " (no such folder yet)"))
    return "\n".join(lines) + "\n"
