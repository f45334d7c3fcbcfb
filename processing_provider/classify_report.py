# SPDX-License-Identifier: GPL-3.0-or-later
"""The accuracy report of eolatent:classify: HTML (translated headings) or JSON, written atomically."""
from __future__ import annotations

import html
import json

from ..core.i18n import local_format, number
from ..plugin.i18n import tr


def _pct(x) -> str:
    return "–" if x is None or x != x else f"{number(100 * x, '.1f')} %"


def to_html(report: dict, card: dict, messages) -> str:
    training = card.get("training_data", {})
    esc = html.escape
    parts = [f"<html><head><meta charset='utf-8'><title>{esc(tr('Land-cover classification report'))}</title>"
             "<style>body{font-family:sans-serif} table{border-collapse:collapse} td,th{border:1px solid #999;"
             "padding:2px 6px;text-align:right}</style></head><body>",
             f"<h1>{esc(tr('Land-cover classification report'))}</h1>",
             f"<p>{esc(tr('Classifier'))}: <code>{esc(card['id'])}</code> — {esc(str(training.get('classifier', '')))}"
             f"<br>{esc(tr('Raster'))}: {esc(str(training.get('raster', '')))}; {esc(tr('training layer'))}: "
             f"{esc(str(training.get('layer', '')))} ({esc(tr('class field'))} "
             f"{esc(str(training.get('class_field', '')))})</p>"]
    parts.append("<p>" + esc(local_format(tr("Training: {} sample(s), {} pixels. Validation: {} sample(s), {} pixels, "
                                             "spatially separated (whole polygons in spatial blocks of {:.0f} map "
                                             "units)."),
        training.get("n_train_samples", 0), training.get("n_train_pixels", 0),
        training.get("n_validation_samples", 0), training.get("n_validation_pixels", 0),
        float(training.get("block_size", 0) or 0))) + "</p>")
    if not report:
        parts.append("<p><b>" + esc(tr("No validation: no sample was set aside (validation fraction 0, or too few "
                                       "samples per class).")) + "</b></p>")
    else:
        parts.append("<h2>" + esc(tr("Accuracy on the validation split")) + "</h2><table>")
        for label, value in ((tr("Overall accuracy"), _pct(report["overall_accuracy"])),
                             (tr("Kappa"), number(report['kappa'], ".3f")),
                             (tr("Macro F1"), number(report['macro_f1'], ".3f")),
                             (tr("Validation pixels"), str(report["n_samples"]))):
            parts.append(f"<tr><th style='text-align:left'>{esc(label)}</th><td>{esc(value)}</td></tr>")
        parts.append("</table><h2>" + esc(tr("Per class")) + "</h2><table><tr>" + "".join(
            f"<th>{esc(h)}</th>" for h in (tr("Class"), tr("Precision"), tr("Recall"), tr("F1"), tr("Pixels")))
            + "</tr>")
        for c in report["per_class"]:
            parts.append(f"<tr><th style='text-align:left'>{esc(str(c['name']))}</th><td>{number(c['precision'], '.3f')}"
                         f"</td><td>{number(c['recall'], '.3f')}</td><td>{number(c['f1'], '.3f')}</td><td>{c['support']}</td></tr>")
        parts.append("</table><h2>" + esc(tr("Confusion matrix (rows: reference, columns: predicted)"))
                     + "</h2><table><tr><th></th>" + "".join(f"<th>{esc(str(n))}</th>" for n in report["names"])
                     + "</tr>")
        for name, row in zip(report["names"], report["confusion_matrix"]):
            parts.append(f"<tr><th style='text-align:left'>{esc(str(name))}</th>"
                         + "".join(f"<td>{v}</td>" for v in row) + "</tr>")
        parts.append("</table>")
    if messages:
        parts.append("<h2>" + esc(tr("Notes")) + "</h2><ul>" + "".join(f"<li>{esc(m)}</li>" for m in messages)
                     + "</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(path: str, report: dict, card: dict, messages) -> str:
    """JSON when ``path`` ends in .json, else HTML; atomic."""
    if path.lower().endswith(".json"):
        text = json.dumps(dict(classifier=card["id"], metrics=report, training=card.get("training_data", {}),
                               notes=list(messages)), indent=2, sort_keys=True)
    else:
        text = to_html(report, card, messages)
    from ..core.outputs.files import write_atomic

    write_atomic(path, text.encode("utf-8"))
    return path
