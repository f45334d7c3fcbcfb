# SPDX-License-Identifier: GPL-3.0-or-later
"""core/inputs/sentinel2/plausibility.py: a stack on another radiometric scale is read without error but wrong, so
the log warns — percent or 8-bit data (100× too dark), and a 2022+ product exported without its −1000 offset (0.1
too bright: no dark pixel in B02); real spectra, and the same shift on dates before the offset existed, are quiet."""
import os
import sys

import numpy as np
import pytest
from rasterio.windows import Window

sys.path.insert(0, os.path.dirname(__file__))
import s2_fixtures as fx  # noqa: E402

from eolatent.core.inputs.sentinel2 import open_s2  # noqa: E402
from eolatent.core.inputs.sentinel2.plausibility import scale_doubts  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLOVENIA = os.path.join(ROOT, "tests", "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")
BANDS = ["B02", "B03", "B04", "B08", "B11", "B12"]


@pytest.fixture(scope="module")
def refl():
    with open_s2(SLOVENIA, detect_clouds=False) as src:
        r, _ = src.read(0, Window(0, 0, 60, 60), BANDS)
    return r


def _stack(tmp_path, name, arrays, date):
    return str(fx.make_geotiff(tmp_path / name, list(arrays), [f"{b} {date}" for b in BANDS]))


@pytest.mark.parametrize("date, shift, warned", [("2022-06-01", 0, False), ("2022-06-01", 1000, True),
                                                 ("2021-06-01", 1000, False)])
def test_an_undeclared_offset_is_suspected_on_2022_products(tmp_path, refl, date, shift, warned):
    dn = (np.nan_to_num(refl) * 10000 + shift).clip(1, 65535).astype(np.uint16)
    path = _stack(tmp_path, "s.tif", dn, date)
    with open_s2(path, detect_clouds=False) as src:
        said = scale_doubts(src)
    assert bool(said) == warned
    if warned:
        assert said == [f"no pixel is darker than 0.1 in B02 on {date}: products of processing baseline 04.00 (from "
                        "2022-01-25) add 1000 to every digital number, and this input declares no offset; if it was "
                        "exported without it, set the dataset tag BOA_ADD_OFFSET=-1000 (else this is a bright scene: "
                        "ignore this)"]
    declared = str(fx.make_geotiff(tmp_path / "t.tif", list(dn), [f"{b} {date}" for b in BANDS],
                                   tags={"BOA_ADD_OFFSET": "-1000"}))
    with open_s2(declared, detect_clouds=False) as src:
        assert not any("BOA_ADD_OFFSET" in s for s in scale_doubts(src))      # declared: nothing to suspect
    toa = str(fx.make_geotiff(tmp_path / "u.tif", list(dn), [f"{b} {date}" for b in BANDS],
                              tags={"EOLATENT_LEVEL": "L1C"}))
    with open_s2(toa, detect_clouds=False) as src:
        assert not any("BOA_ADD_OFFSET" in s for s in scale_doubts(src))      # Level-1C: the blue is bright anyway


@pytest.mark.parametrize("scale, dtype", [(100.0, np.float32), (255.0, np.uint8)])
def test_percent_or_8bit_data_are_said_to_be_too_dark(tmp_path, refl, scale, dtype):
    data = np.nan_to_num(refl * scale).clip(1, scale).astype(dtype)
    path = _stack(tmp_path, "p.tif", data, "2021-06-01")
    with open_s2(path, detect_clouds=False) as src:
        said = scale_doubts(src)
    assert len(said) == 1 and said[0].startswith("the reflectance read is implausibly dark on 2021-06-01")
    with open_s2(_stack(tmp_path, "r.tif", np.nan_to_num(refl, nan=0.1), "2021-06-01"), detect_clouds=False) as src:
        assert scale_doubts(src) == []                                   # reflectance 0–1: quiet
