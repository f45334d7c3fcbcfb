# SPDX-License-Identifier: GPL-3.0-or-later
"""Every shipped model's card says how to reproduce it and under which licences its data came
(models/training/provenance.py; tools/card_provenance.py keeps the files in step)."""
import glob
import importlib.util
import os
import subprocess
import sys

import pytest

from eolatent.core.engine import model_manifest, modelcard

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODELS = sorted(glob.glob(os.path.join(ROOT, "models", "*.onnx")))


def _card(path):
    with open(path, "rb") as fh:
        return modelcard.read_card(fh.read())


@pytest.mark.parametrize("path", [p for p in MODELS if os.path.getsize(p) <= model_manifest.SHIPPED_MAX_BYTES],
                         ids=os.path.basename)
def test_shipped_card_names_its_command_and_data_licences(path):
    td = _card(path)["training_data"]
    cmd = td["reproduce"]
    assert cmd.startswith("python -m eolatent.models.training.")
    module = cmd.split()[2]
    assert importlib.util.find_spec(module) is not None, f"{module} does not exist"
    assert isinstance(td["data_licences"], list) and td["data_licences"]
    assert all(("MIT" in s or "GPL" in s or "CC" in s or "Apache" in s or "no restriction" in s or "free" in s
                or "this project" in s) for s in td["data_licences"]), td["data_licences"]


def test_on_demand_cards_name_their_source_and_licence():
    """The large converted models keep their source and licence until their export scripts are run again."""
    for path in MODELS:
        if os.path.getsize(path) > model_manifest.SHIPPED_MAX_BYTES:
            card = _card(path)
            assert card["license"] in ("Apache-2.0", "CC-BY-SA-4.0") and card["training_data"]["source"]


def test_the_cards_are_in_step_with_provenance_py():
    res = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "card_provenance.py"), "--check"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_a_model_missing_from_the_table_cannot_be_written():
    from eolatent.models.training.provenance import complete

    with pytest.raises(KeyError, match="no entry in models/training/provenance.py"):
        complete(dict(id="eolatent.new.model", training_data={}))
    done = complete(dict(id="eolatent.soilmoisture.s1", training_data="simulated"))
    assert done["training_data"]["description"] == "simulated" and "Water Cloud" in done["training_data"][
        "data_licences"][0]
