# SPDX-License-Identifier: GPL-3.0-or-later
"""What every shipped model's card says about how to reproduce it and under which licences its data came.

:func:`complete` adds two entries to a card's ``training_data`` (the training scripts call it before writing;
``tools/card_provenance.py`` brings the files in ``models/`` up to date without retraining — the card is metadata,
the weights and their ``weights_sha256`` do not change):

* ``reproduce``: the command, run from the repository root after ``make setup``, that writes the model (the line of
  ``make models``);
* ``data_licences``: each data source the model learnt from or was converted from, with its licence and where its
  provenance is written (the data folders' README files).

A model whose id is not in :data:`PROVENANCE` cannot be written: a new model must say both.
"""
from __future__ import annotations

import copy

M = "python -m eolatent.models.training."

SLOVENIA = ("Slovenia tile (tests/data/slovenia): eo-learn TestEOPatch, MIT, (c) Sinergise; Copernicus Sentinel-2 "
            "data 2015, free and open (EU Regulation 1159/2013)")
RABA = ("its land-use labels: MKGP 'RABA' land-use map, open public data, mapped to classes by Sinergise and "
        "distributed with eo-learn (MIT)")
WORLDCEREAL = ("WorldCereal pixel time series (tests/data/worldcereal): WorldCereal/worldcereal-classification "
               "@ 6c574425, MIT, (c) 2024 ESA WorldCereal; Copernicus Sentinel-1/2 data, free and open; labels of "
               "the WorldCereal reference data (French LPIS/RPG; WFP, Sen2Agri, RadiantEarth and One-Acre-Fund "
               "surveys)")
FUEL = ("western-US fuel-moisture pixels (tests/data/presto): nasaharvest/presto @ 13173d02, MIT, (c) 2024 Presto "
        "Authors; Dynamic World labels (Google / World Resources Institute, CC BY 4.0)")
PROSAIL = ("simulations only: PROSAIL (PROSPECT-D + 4SAIL), this project's implementation, GPL-3.0-or-later; "
           "Sentinel-2 spectral responses: ESA COPE-GSEG-EOPG-TN-15-0007 v3.0, free public use")
WCM = ("Water Cloud Model and Oh (2004) soil simulations, this project's code; WCM parameters of data/wcm "
       "(springer-cropradar fits, MIT; published values cited; this project's rows CC0)")
MODIS_TSEB = ("MODIS MOD11A1 LST (tests/data/lst): NASA LP DAAC, no restriction on reuse; pyTSEB airborne images: "
              "GPL-3.0")


def _biophysical(variant: str) -> dict:
    return dict(reproduce=f"{M}train_biophysical --variant {variant}",
                data_licences=[PROSAIL] + (["atmosphere: this project's simulation (see 'atmosphere')"]
                                           if variant.startswith("s2_toa") else []))


def _pivotal(preset: str) -> dict:
    return dict(reproduce=f"{M}pivotal.train --preset {preset} --out models/",
                data_licences=[SLOVENIA, PROSAIL, WCM])


PROVENANCE = {
    "eolatent.biophysical.s2": _biophysical("s2"),
    "eolatent.biophysical.s2.toa": _biophysical("s2_toa"),
    "eolatent.biophysical.s2.nob8a": _biophysical("s2_nob8a"),
    "eolatent.biophysical.s2.10m": _biophysical("s2_10m"),
    "eolatent.biophysical.s2.codist": _biophysical("s2_codist"),
    "eolatent.biophysical.s2.toa.codist": _biophysical("s2_toa_codist"),
    "eolatent.biophysical.s2.nob8a.codist": _biophysical("s2_nob8a_codist"),
    "eolatent.biophysical.s2.10m.codist": _biophysical("s2_10m_codist"),
    "eolatent.soilmoisture.s1": dict(reproduce=f"{M}train_soilmoisture --out models/soilmoisture_s1.onnx",
                                     data_licences=[WCM]),
    "eolatent.encoder.fine4": _pivotal("fine"),
    "eolatent.decoder.fine4": _pivotal("fine"),
    "eolatent.encoder.seed100": _pivotal("seed"),
    "eolatent.decoder.seed100": _pivotal("seed"),
    "eolatent.superres.sisr": dict(reproduce=f"{M}train_superres --out models/", data_licences=[MODIS_TSEB]),
    "eolatent.superres.guided": dict(reproduce=f"{M}train_superres --out models/", data_licences=[MODIS_TSEB]),
    "eolatent.textquery.s2": dict(reproduce=f"{M}textquery.train --input s2 --out models/",
                                  data_licences=[SLOVENIA, RABA, PROSAIL + "; other surfaces: this project's "
                                                 "mixtures (see 'simulated')"]),
    "eolatent.textquery.latent_fine4": dict(reproduce=f"{M}textquery.train --input latent_fine4 --out models/",
                                            data_licences=[SLOVENIA, RABA, PROSAIL + "; other surfaces: this "
                                                           "project's mixtures (see 'simulated')"]),
    "eolatent.textquery.s2_multiregion": dict(
        reproduce=f"{M}textquery.multiregion_train --input s2 --out models/",
        data_licences=[WORLDCEREAL, FUEL, SLOVENIA, RABA, PROSAIL]),
    "eolatent.textquery.latent_presto": dict(
        reproduce=f"{M}textquery.multiregion_train --input presto --out models/",
        data_licences=[WORLDCEREAL, FUEL, SLOVENIA, RABA, PROSAIL]),
    "eolatent.text.minilm": dict(
        reproduce=f"{M}text.export_minilm --out models/text_minilm.onnx",
        data_licences=["not trained here: sentence-transformers/all-MiniLM-L6-v2 weights, Apache-2.0 (their own "
                       "training data: see 'upstream_training')"]),
    "eolatent.encoder.presto": dict(
        reproduce=f"{M}presto.export --out models/encoder_presto.onnx --metrics models/encoder_presto.metrics.json "
                  f"(after {M}presto.evaluate --onnx models/encoder_presto.onnx --out "
                  "models/encoder_presto.metrics.json)",
        data_licences=["not trained here: nasaharvest/presto weights @ 13173d02, MIT, (c) 2024 Presto Authors "
                       "(their pre-training data: see 'pretraining')", "evaluation: " + FUEL]),
    "eolatent.encoder.presto_small": dict(
        reproduce=f"{M}presto.distill --out models/encoder_presto_small.onnx",
        data_licences=[WORLDCEREAL + "; Belgium cube of the same repository", SLOVENIA, FUEL,
                       "teacher: models/encoder_presto.onnx (MIT)"]),
    "eolatent.cloud.s2cloudless": dict(
        reproduce=f"{M}cloud.export_s2cloudless --out models/cloud_s2cloudless.onnx",
        data_licences=["not trained here: the s2cloudless 1.7.3 LightGBM model, CC BY-SA 4.0, (c) Sinergise"]),
}


def complete(card: dict) -> dict:
    """A copy of ``card`` whose ``training_data`` carries ``reproduce`` and ``data_licences`` (see the module)."""
    if card["id"] not in PROVENANCE:
        raise KeyError(f"model {card['id']} has no entry in models/training/provenance.py: say how it is reproduced "
                       "and under which licences its data came before writing it")
    out = copy.deepcopy(card)
    td = out.get("training_data")
    out["training_data"] = dict(td) if isinstance(td, dict) else {"description": td}
    out["training_data"].update(copy.deepcopy(PROVENANCE[card["id"]]))
    return out


def write_onnx_with_card(model, card: dict, path: str) -> dict:
    """:func:`eolatent.core.engine.modelcard.write_onnx_with_card` with the card :func:`complete`\\ d first; a file
    written into the plugin's own models folder brings ``models/manifest.json`` in step at once
    (:func:`refresh_manifest`)."""
    from eolatent.core.engine import modelcard

    stored = modelcard.write_onnx_with_card(model, complete(card), path)
    refresh_manifest(path)
    return stored


def refresh_manifest(path: str) -> bool:
    """Bring the entry of ``path`` in the manifest of the plugin's models folder in step with the file (True if it
    did; nothing is done for a file elsewhere). A file of that folder must match its manifest entry to be loaded,
    so the steps of ``make models`` that read a model just trained (evaluate_biophysical, presto.evaluate) refused it
    until the manifest was rewritten at the end. Only this entry changes: the others, and those of on-demand models
    absent from a checkout, are kept. Scripts that write sidecars after the model call it again."""
    import json
    import os
    import sys

    from eolatent.core.engine import model_manifest as mm
    from eolatent.core.outputs.files import write_atomic

    folder = os.path.dirname(os.path.abspath(path))
    if not mm.same_folder(folder, mm.shipped_dir()):
        return False
    manifest = os.path.join(folder, mm.MANIFEST_NAME)
    try:
        with open(manifest, encoding="utf-8") as fh:
            doc = json.load(fh)
        url, most = doc.get("url_pattern", mm.URL_PATTERN), doc.get("shipped_max_bytes", mm.SHIPPED_MAX_BYTES)
        entry = mm.manifest_entry(path, url, most)
        models = [m for m in doc.get("models", []) if m.get("file") != entry["file"]] + [entry]
        doc["models"] = sorted(models, key=lambda m: m["file"])
        write_atomic(manifest, mm.dump_manifest(doc).encode("utf-8"))
    except (OSError, ValueError, KeyError) as exc:      # the model file itself is written: say what to run
        print(f"warning: {manifest} not updated for {os.path.basename(path)} ({exc}); run python "
              "tools/models_manifest.py", file=sys.stderr)
        return False
    return True
