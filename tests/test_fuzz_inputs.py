# SPDX-License-Identifier: GPL-3.0-or-later
"""Fuzzing the readers and parameter checks (hypothesis): corrupt, truncated, empty, huge-dimension and
odd-dtype rasters, wrong metadata, hostile model files. Every algorithm's core entry point must either
succeed or raise one of the engine's documented errors (ValueError / OSError subclasses with a message
that names the file or the parameter) — never another exception type, a hang or a partial output."""
import os
import shutil

import numpy as np
import pytest
import rasterio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rasterio.transform import from_origin

from eolatent.core.biophysical.raster import run_biophysical_raster
from eolatent.core.decode.raster import run_decode
from eolatent.core.encode.raster import run_encode
from eolatent.core.soilmoisture.raster import run_soilmoisture_raster
from eolatent.core.superres.superres_raster import run_superres
from eolatent.core.textquery.query_raster import run_textquery

HERE = os.path.dirname(__file__)
S2 = os.path.join(HERE, "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")
FAST = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
# every engine error derives from one of these
DOCUMENTED = (ValueError, OSError, __import__("eolatent.core.engine.runtime", fromlist=["x"]).RuntimeSetupError)


def _entry_points(bad, out_dir):
    """(name, callable) of every algorithm's core entry on the input ``bad``."""
    o = lambda n: os.path.join(out_dir, n)  # noqa: E731
    cpu = dict(provider="cpu", threads=1)
    return [
        ("biophysical", lambda: run_biophysical_raster(bad, {"LAI": o("lai.tif")}, sun_zenith=30, view_zenith=5,
                                                       relative_azimuth=90, **cpu)),
        ("soilmoisture", lambda: run_soilmoisture_raster(bad, {"SM": o("sm.tif")}, lai_value=1.0, incidence=38,
                                                         **cpu)),
        ("encode", lambda: run_encode(o("lat.tif"), s2_path=bad, **cpu)),
        ("decode", lambda: run_decode(bad, {"LAI": o("dlai.tif")}, dates="2015-07-11", **cpu)),
        ("superresolve", lambda: run_superres(bad, o("sr.tif"), factor=2, method="bicubic", **cpu)),
        ("textquery", lambda: run_textquery(bad, "forest", o("tq.tif"), cache_dir=o("cache"), **cpu)),
    ]


def _check_all(bad, out_dir):
    for name, call in _entry_points(bad, out_dir):
        try:
            call()
        except DOCUMENTED as exc:
            assert str(exc).strip(), f"{name}: empty error message"
        except Exception as exc:  # noqa: BLE001 - the point of the test
            pytest.fail(f"{name} raised {type(exc).__name__}: {exc} on {os.path.basename(bad)}")
        leftovers = [f for f in os.listdir(out_dir) if f != "cache" and not f.endswith(".qml")]
        # a run either wrote its complete output or nothing; no temporary file is left in any case
        assert not [f for f in leftovers if f.startswith(".")], f"{name} left {leftovers}"
        for f in leftovers:
            with rasterio.open(os.path.join(out_dir, f)) as ds:
                ds.read(1, window=((0, 1), (0, 1)))  # a complete, readable file
            os.remove(os.path.join(out_dir, f))


@given(data=st.binary(min_size=0, max_size=4096))
@FAST
def test_random_bytes(tmp_path_factory, data):
    d = tmp_path_factory.mktemp("bytes")
    bad = str(d / "S2_2020-07-01.tif")
    with open(bad, "wb") as fh:
        fh.write(data)
    out = d / "out"
    out.mkdir()
    _check_all(bad, str(out))


@given(frac=st.floats(0.0, 0.98))
@FAST
def test_truncated_real_raster(tmp_path_factory, frac):
    d = tmp_path_factory.mktemp("trunc")
    bad = str(d / "S2L1C_TOA_13band_2015-07-11.tif")
    with open(S2, "rb") as src:
        blob = src.read()
    with open(bad, "wb") as fh:
        fh.write(blob[:int(len(blob) * frac)])
    out = d / "out"
    out.mkdir()
    _check_all(bad, str(out))


@given(dtype=st.sampled_from(["uint8", "int8", "uint16", "int16", "uint32", "int32", "float32", "float64",
                              "complex64"]),
       count=st.integers(1, 14), size=st.integers(1, 9),
       names=st.sampled_from(["none", "s2", "garbage", "lst", "vv"]),
       nodata=st.sampled_from([None, 0, -9999, float("nan")]),
       fill=st.sampled_from(["zeros", "random", "nan", "huge"]))
@FAST
def test_odd_rasters(tmp_path_factory, dtype, count, size, names, nodata, fill):
    d = tmp_path_factory.mktemp("odd")
    bad = str(d / "S2_2020-07-01.tif")
    rng = np.random.default_rng(count * 31 + size)
    data = {"zeros": np.zeros((count, size, size)), "random": rng.random((count, size, size)),
            "nan": np.full((count, size, size), np.nan), "huge": np.full((count, size, size), 1e30)}[fill]
    if np.dtype(dtype).kind in "iu":
        data = np.nan_to_num(data, nan=0, posinf=0).clip(np.iinfo(dtype).min, np.iinfo(dtype).max)
    if nodata is not None and np.dtype(dtype).kind in "iu" and (np.isnan(nodata) or nodata < np.iinfo(dtype).min):
        nodata = None
    profile = dict(driver="GTiff", width=size, height=size, count=count, dtype=dtype, crs="EPSG:32633",
                   transform=from_origin(500000, 5000000, 10, 10), nodata=nodata)
    with rasterio.open(bad, "w", **profile) as ds:
        ds.write(data.astype(dtype))
        labels = {"none": [None] * count, "garbage": ["\x00?!" * k for k in range(count)],
                  "s2": ["B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12",
                         "B13"][:count],
                  "lst": ["LST_Day_1km"] * count, "vv": ["VV", "VH"] * count}[names][:count]
        for b, lab in enumerate(labels, start=1):
            if lab:
                ds.set_band_description(b, lab)
    out = d / "out"
    out.mkdir()
    _check_all(bad, str(out))


def test_huge_dimensions_in_the_header(tmp_path):
    """A header announcing 200 000 × 200 000 px with almost no data behind it."""
    bad = str(tmp_path / "S2_2020-07-01.tif")
    with rasterio.open(bad, "w", driver="GTiff", width=200000, height=200000, count=10, dtype="uint16",
                       crs="EPSG:32633", transform=from_origin(500000, 5000000, 10, 10), tiled=True,
                       sparse_ok=True, BIGTIFF="YES") as ds:
        for b, n in enumerate(["B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"], start=1):
            ds.set_band_description(b, n)
    with open(bad, "r+b") as fh:  # cut it: the blocks the header points to are gone
        fh.truncate(os.path.getsize(bad) // 2)
    out = tmp_path / "out"
    out.mkdir()
    for name, call in _entry_points(bad, str(out))[:1] + _entry_points(bad, str(out))[4:5]:
        with pytest.raises(DOCUMENTED):
            call()
    assert [f for f in os.listdir(out) if not f.startswith("cache")] == []


@given(junk=st.binary(min_size=0, max_size=2048), cut=st.floats(0.05, 0.95))
@FAST
def test_hostile_model_files(tmp_path_factory, junk, cut):
    """Random bytes, a truncated model, a model with the wrong inputs: a clear error, never a crash."""
    from eolatent.core.engine import modelcard

    d = tmp_path_factory.mktemp("model")
    models = os.path.join(HERE, "..", "models")
    real = os.path.join(models, "encoder_fine4.onnx")
    cases = {"junk.onnx": junk}
    with open(real, "rb") as fh:
        blob = fh.read()
    cases["cut.onnx"] = blob[:int(len(blob) * cut)]
    flipped = bytearray(blob)
    flipped[int(len(blob) * cut)] ^= 0xFF
    cases["flipped.onnx"] = bytes(flipped)
    for name, content in cases.items():
        path = str(d / name)
        with open(path, "wb") as fh:
            fh.write(content)
        try:
            modelcard.read_card(content)
        except modelcard.ModelCardError as exc:
            assert str(exc)
        except Exception as exc:  # noqa: BLE001
            pytest.fail(f"read_card raised {type(exc).__name__} on {name}: {exc}")
        out = str(d / f"{name}.tif")
        try:
            run_encode(out, s2_path=S2, preset=path, provider="cpu", threads=1)
        except DOCUMENTED as exc:
            assert str(exc)
        except Exception as exc:  # noqa: BLE001
            pytest.fail(f"encode with {name} raised {type(exc).__name__}: {exc}")
        assert not os.path.exists(out) or name == "flipped.onnx"


def test_model_for_another_task_and_wrong_opset(tmp_path):
    import onnx

    from eolatent.core.engine import modelcard

    src = os.path.join(HERE, "..", "models", "decoder_fine4.onnx")
    with pytest.raises(DOCUMENTED, match="decode|encode"):  # a decoder given as the encoder
        run_encode(str(tmp_path / "a.tif"), s2_path=S2, preset=src, provider="cpu", threads=1)
    model = onnx.load(os.path.join(HERE, "..", "models", "encoder_fine4.onnx"))
    model.opset_import[0].version = 99
    card = modelcard.read_card(model.SerializeToString(), verify=False)
    del model.metadata_props[:]
    path = str(tmp_path / "encoder_opset99.onnx")
    modelcard.write_onnx_with_card(model, card, path)
    with pytest.raises(DOCUMENTED) as info:
        run_encode(str(tmp_path / "b.tif"), s2_path=S2, preset=path, provider="cpu", threads=1)
    assert "opset" in str(info.value).lower() or "onnx" in str(info.value).lower()
    assert not os.path.exists(tmp_path / "b.tif")
    shutil.rmtree(tmp_path, ignore_errors=True)
