# SPDX-License-Identifier: GPL-3.0-or-later
"""Train a classifier and map with it, publishing every output only when all are complete.

Shared by eolatent:classify (Processing) and ``python -m eolatent classify`` in train mode. The classifier is
written to a hidden ``.part.onnx`` file beside its destination and the report to a hidden file beside its own,
before the maps are made; :func:`~.apply_raster.run_apply` writes the maps (atomically), then the classifier and the
report are put in place. A failure at any step removes what the run has already published and its hidden files:
no partial output is left behind.
"""
from __future__ import annotations

import os
from typing import Callable, Optional, Sequence, Tuple

from ..engine.tiling import warn


def part_path(path: str) -> str:
    """A hidden temporary name beside ``path`` with its extension (a report's format follows it)."""
    folder, name = os.path.split(os.path.abspath(path))
    stem, ext = os.path.splitext(name)
    return os.path.join(folder, f".{stem}.part{ext}")


def model_part_path(model_path: Optional[str], output: str) -> str:
    """Where the classifier is written while the run lasts: beside ``model_path`` (kept), else beside the map (not
    kept)."""
    if model_path:
        return os.path.join(os.path.dirname(os.path.abspath(model_path)),
                            "." + os.path.basename(model_path)[:-5] + ".part.onnx")
    return os.path.join(os.path.dirname(os.path.abspath(output)),
                        "." + os.path.basename(output) + ".classifier.part.onnx")


def train_and_map(rasters: Sequence[str], samples, classes, output: str, confidence: Optional[str],
                  model_path: Optional[str], report_path: Optional[str], write_report: Optional[Callable],
                  train_options: dict, apply_options: dict, feedback) -> Tuple[object, object]:
    """(training result, apply result): :func:`~.train.train_classifier` on ``samples`` with ``train_options``,
    then :func:`~.apply_raster.run_apply` of that classifier to ``output`` (and ``confidence``) with
    ``apply_options``; ``write_report(path, report, card, messages)`` writes the report. ``model_path`` None:
    the classifier is not kept. System errors name the output they concern (core.outputs.files.writing)."""
    from ..outputs.files import remove_files, writing
    from .apply_raster import run_apply
    from .train import train_classifier

    tmp_model = model_part_path(model_path, output)
    tmp_report = part_path(report_path) if report_path else None
    published = []
    try:
        with writing(model_path or output):
            res = train_classifier(rasters, samples, classes, tmp_model, feedback=feedback, **train_options)
        for m in res.messages:          # what the training found wrong with the samples or the input
            warn(feedback, m)
        if report_path:
            with writing(report_path):
                write_report(tmp_report, res.report, res.card, res.messages)
        applied = run_apply(rasters, tmp_model, output, confidence, feedback=feedback, **apply_options)
        published += [output, confidence]  # together, once both are complete
        for tmp, path in ((tmp_model, model_path), (tmp_report, report_path)):
            if path:
                with writing(path):
                    os.replace(tmp, path)
                published.append(path)
    except BaseException:
        remove_files([os.path.abspath(x) for x in published if x])
        raise
    finally:
        for tmp in (tmp_model, tmp_report):
            if tmp and os.path.exists(tmp):
                os.unlink(tmp)
    return res, applied
