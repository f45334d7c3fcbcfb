# SPDX-License-Identifier: GPL-3.0-or-later
"""Damaged or partial SAFE products, as the product-folder audit built them from the Slovenia tile: a .SAFE without
its MTD_MSIL2A.xml (buildstack searched inside it and refused its image files one by one), without its tile metadata
MTD_TL.xml (the angles fell back to defaults without a word), and without B05 (biophysical took the 4-band model
without a word)."""
import os
import shutil

import pytest

import s2_fixtures as fx
from eolatent.core.biophysical import retrieval as bio
from eolatent.core.inputs.sentinel2 import open_s2
from eolatent.core.inputs.sentinel2.common import S2FormatError
from eolatent.core.inputs.stackbuild.grid import StackBuildError


def test_a_safe_without_its_product_metadata_is_named_incomplete_by_buildstack(tmp_path):
    from eolatent.core.inputs.stackbuild.build import build_stacks

    safe = fx.make_safe(tmp_path / "products")
    os.remove(os.path.join(safe, "MTD_MSIL2A.xml"))
    with pytest.raises((S2FormatError, StackBuildError)) as err:
        build_stacks([str(tmp_path / "products")], None, None, None, None, None, out_s2=str(tmp_path / "s2.tif"))
    msg = str(err.value)
    assert f"{safe} is not a Sentinel-2 product folder: no MTD_MSIL1C.xml or MTD_MSIL2A.xml" in msg
    assert "a .SAFE folder without its MTD file is an incomplete download or unzip: get the complete product again" \
        in msg and "no band named" not in msg
    assert not os.path.exists(tmp_path / "s2.tif")


def test_a_safe_without_its_tile_metadata_is_said_to_be_incomplete(tmp_path):
    safe = fx.make_safe(tmp_path)
    with open_s2(str(safe)) as src:
        assert src.product_problems() == []
    tl = next(p for p in safe.rglob("MTD_TL.xml"))
    os.remove(tl)
    with open_s2(str(safe)) as src:
        problems = src.product_problems()
    assert problems == [f"{safe.name} has no GRANULE/{tl.parent.name}/MTD_TL.xml: its tile metadata (sun and view "
                        "angles) is missing, the product is incomplete - download it again; until then the angles "
                        "are the run's parameters or defaults"]


def test_auto_band_set_says_which_bands_made_it_take_the_four_band_model():
    ten_m = bio.MODEL_ID + ".10m"
    have = ["B02", "B03", "B04", "B06", "B07", "B08", "B8A", "B11", "B12"]
    assert bio.choose_model_id(have, "L2A") == ten_m
    assert bio.fewer_bands_note(have, ten_m) == (
        "the input lacks B05, so the model used reads 4 bands (B02 B03 B04 B08) instead of the 10 of the full model, "
        "and its LAI is less accurate (README, BAND_SET); give a product or stack with all 10 bands")
    assert bio.fewer_bands_note(bio.INPUT_BANDS, bio.MODEL_ID) == ""
    no_b8a = [b for b in bio.INPUT_BANDS if b != "B8A"]             # 9 bands: as accurate, nothing to say
    assert bio.fewer_bands_note(no_b8a, bio.choose_model_id(no_b8a, "L2A")) == ""


def test_biophysical_warns_on_a_safe_missing_a_band(tmp_path):
    from feedback_fixtures import Recording

    from eolatent.core.biophysical.raster import run_biophysical_raster

    safe = fx.make_safe(tmp_path)
    for p in list(safe.rglob("*_B05_*.jp2")):
        os.remove(p)
    log = Recording()
    run_biophysical_raster(str(safe), {"LAI": str(tmp_path / "lai.tif")}, provider="cpu", threads=1, feedback=log)
    assert any(w.startswith("the input lacks B05") and "the model used reads 4 bands" in w for w in log.warnings), \
        log.warnings
    shutil.rmtree(safe)


def test_a_sentinel1_safe_is_not_taken_for_a_damaged_sentinel2_product(tmp_path):
    """The review: any folder named *.SAFE counted as a Sentinel-2 product, Sentinel-1 GRD products included."""
    from pathlib import Path

    from eolatent.core.inputs.stackbuild.scan import _is_product_dir

    s1 = Path(tmp_path / "S1A_IW_GRDH_1SDV_20200101T000000_20200101T000025_030000_036000_ABCD.SAFE")
    s2 = Path(tmp_path / "S2A_MSIL2A_20150711T100006_N0201_R122_T33TVM_20230101T000000.SAFE")
    for p in (s1, s2):
        p.mkdir()
    assert not _is_product_dir(s1) and _is_product_dir(s2)
