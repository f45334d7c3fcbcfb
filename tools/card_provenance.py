# SPDX-License-Identifier: GPL-3.0-or-later
"""Bring the cards of the models in models/ up to date with models/training/provenance.py, without retraining.

    .venv/bin/python tools/card_provenance.py            # rewrite the cards that differ, then the manifest
    .venv/bin/python tools/card_provenance.py --check    # exit 1 if a card lacks what provenance.py says
    .venv/bin/python tools/card_provenance.py --all      # the on-demand models (over 5 MiB) too

Only the card (ONNX metadata) changes: the graph and weights, and so ``weights_sha256`` and the metrics files, stay
the same; the files' own sha256 change, hence the manifest. The training scripts write the same entries themselves.
By default the models installed on demand (text_minilm, cloud_s2cloudless: over 5 MiB, converted from published
weights, their source and licence already in their cards) are left alone: rewriting them would add their whole size
to the repository's history for two lines of metadata; their export scripts add the entries when next run.
"""
from __future__ import annotations

import argparse
import glob
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(ROOT))

from eolatent.core.engine import modelcard  # noqa: E402
from eolatent.models.training.provenance import complete  # noqa: E402

# corrections of card text written by older versions of the training scripts (the scripts now write the new text)
DW = (("Dynamic World labels (MIT)", "Dynamic World labels (CC BY 4.0)"),
      ("western US, Dynamic World labels (CC BY 4.0)", "western US (MIT), Dynamic World labels (CC BY 4.0)"))
TEXT_FIXES = {"eolatent.encoder.presto_small": (("WorldCereal, CC BY 4.0)", "WorldCereal, MIT)"),),
              "eolatent.textquery.s2_multiregion": DW, "eolatent.textquery.latent_presto": DW}


def _fixed(value, fixes):
    """``value`` (a card entry: text, or lists and dicts of them) with the text fixes applied everywhere in it."""
    if isinstance(value, str):
        for old, new in fixes:
            value = value.replace(old, new)
        return value
    if isinstance(value, dict):
        return {k: _fixed(v, fixes) for k, v in value.items()}
    if isinstance(value, list):
        return [_fixed(v, fixes) for v in value]
    return value


def _teacher_weights(teacher: str) -> str:
    """The weights' sha256 of a distilled model's teacher (``teacher``: its path in the repository, as the card names
    it): its file's sha256, which the student's card recorded at training time, changed when the teacher's card was
    rewritten (its weights did not)."""
    with open(os.path.join(ROOT, teacher), "rb") as fh:
        return modelcard.read_card(fh.read())["weights_sha256"]


def updated_card(card: dict) -> dict:
    new = complete(card)
    fixes = TEXT_FIXES.get(card["id"], ())
    if fixes:
        new["training_data"] = _fixed(new["training_data"], fixes)
    data = new.get("training_data")
    if isinstance(data, dict) and data.get("teacher") and "teacher_weights_sha256" not in data:
        new["training_data"] = dict(data, teacher_weights_sha256=_teacher_weights(data["teacher"]))
    return new


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="report cards that differ; change nothing")
    ap.add_argument("--all", action="store_true", help="also the models installed on demand (over 5 MiB)")
    ns = ap.parse_args(argv)
    import onnx

    stale = []
    from eolatent.core.engine.model_manifest import SHIPPED_MAX_BYTES

    for path in sorted(glob.glob(os.path.join(ROOT, "models", "*.onnx"))):
        if not ns.all and os.path.getsize(path) > SHIPPED_MAX_BYTES:
            continue
        with open(path, "rb") as fh:
            data = fh.read()
        card = modelcard.read_card(data)
        new = updated_card(card)
        if new == card:
            continue
        stale.append(os.path.basename(path))
        if ns.check:
            continue
        model = onnx.load_from_string(data)
        out = modelcard.embed_card(model, new)
        if modelcard.read_card(out)["weights_sha256"] != card["weights_sha256"]:
            raise SystemExit(f"{path}: the weights would change; nothing written")
        tmp = path + ".tmp"
        with open(tmp, "wb") as fh:
            fh.write(out)
        os.replace(tmp, path)
        print(f"updated the card of {os.path.basename(path)}")
    if ns.check:
        for name in stale:
            print(f"{name}: its card lacks what models/training/provenance.py says; run tools/card_provenance.py")
        return 1 if stale else 0
    if stale:
        import subprocess

        subprocess.run([sys.executable, os.path.join(ROOT, "tools", "models_manifest.py")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
