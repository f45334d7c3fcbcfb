# SPDX-License-Identifier: GPL-3.0-or-later
"""A stack with one (band, date) pair twice is refused, naming the date as the user wrote it (the message showed
'2015-08-30T00:00:00+00:00')."""
import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from eolatent.core.inputs.sentinel2 import S2FormatError, open_s2


def test_duplicate_band_date_is_named_by_its_day(tmp_path):
    path = str(tmp_path / "dup.tif")
    bands = ["B02", "B03", "B04", "B08"]
    descriptions = [f"{b} 2015-08-30" for b in bands] + ["B02 2015-08-30"]
    with rasterio.open(path, "w", driver="GTiff", width=8, height=8, count=len(descriptions), dtype="float32",
                       crs="EPSG:32633", transform=from_origin(500000, 5e6, 10, 10), nodata=np.nan) as ds:
        ds.write(np.full((len(descriptions), 8, 8), 0.1, np.float32))
        ds.update_tags(EOLATENT_STACK="1", MODALITY="S2", BAND_LIST=",".join(bands), N_DATES="2")   # buildstack's
        for i, d in enumerate(descriptions, start=1):
            ds.set_band_description(i, d)
            ds.update_tags(i, DATE="2015-08-30T00:00:00Z", BAND_NAME=d.split()[0], SENSOR="S2")
    with pytest.raises(S2FormatError) as err:
        open_s2(path)
    text = str(err.value)
    assert "band B02 of date 2015-08-30 appears twice" in text and "T00:00" not in text
