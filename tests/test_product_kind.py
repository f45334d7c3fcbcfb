# SPDX-License-Identifier: GPL-3.0-or-later
"""Another EO Latent output given where Sentinel-2, Sentinel-1 or a land-surface temperature is expected is named for
what it is (the bad-input audit: a latent given as an S2 stack got 1400 characters of band names and "name the bands
B01..B12"; an LAI given to superresolve got "looks like °C; convert it to Kelvin")."""
import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from eolatent.core.inputs.product_kind import product_kind, raster_product_kind

LATENT = dict(EOLATENT_LATENT="1", ENCODER_ID="eolatent.encoder.fine4")


def _raster(path, tags, descriptions=("2015-07-11/2015-07-20 z000 mean", "2015-07-11/2015-07-20 z001 mean"),
            band_tags=None, values=(0.5, 2.5)):
    data = np.stack([np.full((8, 8), v, np.float32) for v in values[:len(descriptions)]])
    with rasterio.open(path, "w", driver="GTiff", width=8, height=8, count=len(descriptions), dtype="float32",
                       crs="EPSG:32633", transform=from_origin(500000, 5100000, 1000, 1000), nodata=float("nan")) as ds:
        ds.write(data)
        ds.update_tags(**tags)
        for b, d in enumerate(descriptions, start=1):
            ds.set_band_description(b, d)
            if band_tags:
                ds.update_tags(b, **band_tags)
    return str(path)


@pytest.mark.parametrize("tags, band_tags, expected", [
    (LATENT, {}, "a latent raster (eolatent:encode)"),
    (dict(EOLATENT_STACK="1", MODALITY="S1"), {}, "a Sentinel-1 stack (eolatent:buildstack)"),
    (dict(EOLATENT_STACK="true", MODALITY="S2"), {}, "a Sentinel-2 stack (eolatent:buildstack)"),
    (dict(EOLATENT_VARIABLE="LAI", EOLATENT_MODEL="eolatent.biophysical.s2 1.3.0"), {},
     "a raster of LAI (eolatent:biophysical)"),
    (dict(EOLATENT_VARIABLE="SM", EOLATENT_MODEL="eolatent.decoder.fine4 1.1.0"), {},
     "a raster of SM (eolatent:decode)"),
    ({}, dict(VARIABLE="FCOVER"), "a raster of FCOVER (an EO Latent output)"),
    (dict(EOLATENT_TEXTQUERY="1", TOWER="t"), {}, "a text-query probability map (eolatent:textquery)"),
    (dict(CLASSIFIER_ID="eolatent.classifier.x"), {}, "a class map (eolatent:classify)"),
    (dict(K="3", CRITERION="user"), {}, "a cluster map (eolatent:cluster)"),
    (dict(REFERENCES="2", MODE="all windows"), {}, "a similarity map (eolatent:similarity)"),
    (dict(EOLATENT_METHOD="bicubic", EOLATENT_FACTOR="4"), {},
     "a super-resolved land-surface temperature (eolatent:superresolve)"),
    (dict(EOLATENT_STACK="0", AREA_OR_POINT="Area"), {}, None),           # any other raster: the reader decides
])
def test_kinds_from_the_tags_each_algorithm_writes(tags, band_tags, expected):
    assert product_kind(tags, band_tags) == expected


def test_accepted_kinds_pass():
    assert product_kind(dict(EOLATENT_STACK="1", MODALITY="S1"), accepted=("s1_stack",)) is None
    assert product_kind(LATENT, accepted=("s1_stack",)) == "a latent raster (eolatent:encode)"
    assert raster_product_kind("/nonexistent/file.tif") is None


def test_sentinel2_reader_names_a_latent_and_an_s1_stack(tmp_path):
    from eolatent.core.inputs.sentinel2 import S2FormatError, open_s2

    latent = _raster(tmp_path / "latent.tif", LATENT)
    with pytest.raises(S2FormatError) as err:
        open_s2(latent)
    text = str(err.value)
    assert text.startswith("latent.tif is a latent raster (eolatent:encode), not Sentinel-2 reflectance; give a "
                           "Sentinel-2 stack (eolatent:buildstack)")
    assert "B01..B12" not in text and "z000" not in text and len(text) < 250
    s1 = _raster(tmp_path / "s1.tif", dict(EOLATENT_STACK="1", MODALITY="S1"),
                 ("2021-01-01 VV", "2021-01-01 VH"), values=(-12.0, -18.0))
    with pytest.raises(S2FormatError, match="s1.tif is a Sentinel-1 stack .eolatent:buildstack., not Sentinel-2"):
        open_s2(s1)


def test_sentinel1_reader_names_a_latent_and_an_s2_stack(tmp_path):
    from eolatent.core.inputs.sentinel1 import S1FormatError, open_s1

    latent = _raster(tmp_path / "latent.tif", LATENT)
    with pytest.raises(S1FormatError) as err:
        open_s1(latent)
    assert str(err.value) == ("latent.tif is a latent raster (eolatent:encode), not Sentinel-1 backscatter; give a "
                              "Sentinel-1 stack (eolatent:buildstack) or Sentinel-1 backscatter GeoTIFFs")
    lai = _raster(tmp_path / "lai.tif", dict(EOLATENT_VARIABLE="LAI", EOLATENT_MODEL="eolatent.biophysical.s2 1"),
                  ("2015-07-11 LAI [m2/m2]",))
    with pytest.raises(S1FormatError, match="lai.tif is a raster of LAI .eolatent:biophysical., not Sentinel-1"):
        open_s1(lai)


def test_a_stack_of_the_readers_own_kind_is_not_refused_as_another_product(tmp_path):
    """The review: an S2 stack with unreadable band names was "a Sentinel-2 stack …, not Sentinel-2 reflectance",
    and an S1 stack without a MODALITY tag, which the S1 reader opened before, was refused."""
    from eolatent.core.inputs.sentinel1 import open_s1
    from eolatent.core.inputs.sentinel2 import S2FormatError, open_s2

    s2 = _raster(tmp_path / "s2.tif", dict(EOLATENT_STACK="1", MODALITY="S2"), ("x", "y"))
    with pytest.raises(S2FormatError, match="no Sentinel-2 band names"):
        open_s2(s2)
    s1 = _raster(tmp_path / "S1_VV_2021-01-01.tif", dict(EOLATENT_STACK="1"), ("VV 2021-01-01",),
                 band_tags=dict(UNITS="dB"), values=(-12.0,))
    with open_s1(s1) as src:
        assert len(src.dates) == 1


def test_lst_reader_names_an_lai_but_takes_a_super_resolved_lst(tmp_path):
    from eolatent.core.superres.lst_input import LstInputError, LstSource

    lai = _raster(tmp_path / "lai.tif", dict(EOLATENT_VARIABLE="LAI", EOLATENT_MODEL="eolatent.biophysical.s2 1"),
                  ("2015-07-11 LAI [m2/m2]",), values=(2.6,))
    with pytest.raises(LstInputError) as err:
        LstSource(lai)
    assert str(err.value).startswith("lai.tif is a raster of LAI (eolatent:biophysical), not a land-surface "
                                     "temperature") and "°C" not in str(err.value)
    lst = _raster(tmp_path / "lst.tif", dict(EOLATENT_METHOD="bicubic", EOLATENT_FACTOR="2", UNITS="K"),
                  ("LST (K), ×2 bicubic",), values=(300.0,))
    src = LstSource(lst)
    assert src.kind == "kelvin"

