# SPDX-License-Identifier: GPL-3.0-or-later
"""Tiny contract-conforming encoder/decoder ONNX pairs (random weights, built with onnx.helper) and the
stacks the encode/decode tests use: the real Slovenia S2 sample (5 dates) and a fabricated S1 stack on its
grid. Independent of the trained models in models/."""
from __future__ import annotations

import datetime as dt
import os

import numpy as np

P, W, L = 4, 10, 8  # chunk px, window days, latent size of the test pair
# SM's range is wider than a soil's so that the decoder's σ (0.13–0.37) stays under the cap of knowing only the range,
# (hi − lo)/√12, and the tests compare it with the network (test_decoded_sigma_is_capped_at_the_range narrows it to 0–1)
VARIABLES = (("LAI", "m2/m2", [0.0, 8.0]), ("FCOVER", "1", [0.0, 1.0]), ("SM", "m3/m3", [0.0, 1.5]))
SLOVENIA = os.path.join(os.path.dirname(__file__), "data", "slovenia")
S2_DATES = ("2015-07-11", "2015-07-31", "2015-08-20", "2015-08-30", "2015-09-09")
# S1: two dates in the first window (mean in linear power), one in the empty S2 window 07-21…07-30
S1_DATES = ("2015-07-13", "2015-07-16", "2015-07-25", "2015-08-02", "2015-09-10")


def _card(model_id, task, inputs, outputs, tiling):
    return dict(id=model_id, version="0.0.1", task=task, inputs=inputs, outputs=outputs, tiling=tiling,
                training_data="random weights for tests", metrics={}, license="GPL-3.0-or-later",
                weights_sha256="")


def _tiling():
    return dict(chunk_px=P, window_days=W, latent_size=L, tile_size=P, receptive_field=P, scale_factor=P)


def make_encoder(path, suffix="test4", seed=0):
    """mean = tanh(x·A + b), logvar = x·C − 1, x = [s2, s2_valid, s1/10, s1_valid, doy/366] flattened."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    from eolatent.core.engine.modelcard import write_onnx_with_card

    rng = np.random.default_rng(seed)
    n_in = 14 * P * P + 1
    a = (rng.normal(size=(n_in, L)) / np.sqrt(n_in) * 3).astype(np.float32)
    b = rng.normal(size=(L,)).astype(np.float32) * 0.1
    c = (rng.normal(size=(n_in, L)) / np.sqrt(n_in)).astype(np.float32)
    inits = [numpy_helper.from_array(x, name) for x, name in (
        (a, "A"), (b, "b"), (c, "C"), (np.array([0.1], np.float32), "s1_scale"),
        (np.array([1 / 366], np.float32), "doy_scale"), (np.array([1.0], np.float32), "one"),
        (np.array([0, -1], np.int64), "flat"))]
    nodes = [
        helper.make_node("Mul", ["s1", "s1_scale"], ["s1s"]),
        helper.make_node("Concat", ["s2", "s2_valid", "s1s", "s1_valid"], ["cat"], axis=1),
        helper.make_node("Reshape", ["cat", "flat"], ["flatx"]),
        helper.make_node("Mul", ["doy", "doy_scale"], ["doys"]),
        helper.make_node("Concat", ["flatx", "doys"], ["x"], axis=1),
        helper.make_node("MatMul", ["x", "A"], ["xa"]),
        helper.make_node("Add", ["xa", "b"], ["pre"]),
        helper.make_node("Tanh", ["pre"], ["mean"]),
        helper.make_node("MatMul", ["x", "C"], ["xc"]),
        helper.make_node("Sub", ["xc", "one"], ["logvar"]),
    ]
    f = TensorProto.FLOAT
    ins = [helper.make_tensor_value_info("s2", f, ["B", 10, P, P]),
           helper.make_tensor_value_info("s2_valid", f, ["B", 1, P, P]),
           helper.make_tensor_value_info("s1", f, ["B", 2, P, P]),
           helper.make_tensor_value_info("s1_valid", f, ["B", 1, P, P]),
           helper.make_tensor_value_info("doy", f, ["B", 1])]
    outs = [helper.make_tensor_value_info("mean", f, ["B", L]), helper.make_tensor_value_info("logvar", f, ["B", L])]
    graph = helper.make_graph(nodes, "encoder", ins, outs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    card = _card(f"eolatent.encoder.{suffix}", "encode",
                 [dict(name=n, units=u) for n, u in (("s2", "reflectance 0-1"), ("s2_valid", "fraction"),
                                                     ("s1", "dB"), ("s1_valid", "fraction"), ("doy", "day"))],
                 [dict(name="mean", units="1", valid_range=[-1.0, 1.0]),
                  dict(name="logvar", units="1", valid_range=[-50.0, 50.0])], _tiling())
    write_onnx_with_card(model, card, str(path))
    return str(path)


def make_decoder(path, encoder_suffix="test4", seed=1, encoder_version=None, variables=VARIABLES):
    """h = latent·A + dt·d + (doy/366)·y (B, V); mean = tanh(h[:, None] + position·Pm) (B, Q, V),
    std = sigmoid(mean) · 0.5. ``encoder_version``: the encoder version its card declares (None: not stated)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    from eolatent.core.engine.modelcard import write_onnx_with_card

    rng = np.random.default_rng(seed)
    v = len(VARIABLES)
    inits = [numpy_helper.from_array(x, name) for x, name in (
        (rng.normal(size=(L, v)).astype(np.float32) * 0.5, "A"),
        (rng.normal(size=(1, v)).astype(np.float32) * 0.05, "Dt"),
        (rng.normal(size=(1, v)).astype(np.float32), "Y"),
        (rng.normal(size=(2, v)).astype(np.float32) * 2, "Pm"),
        (np.array([1 / 366], np.float32), "doy_scale"), (np.array([0.5], np.float32), "half"),
        (np.array([1], np.int64), "axis1"))]
    nodes = [
        helper.make_node("MatMul", ["latent", "A"], ["la"]),
        helper.make_node("MatMul", ["dt", "Dt"], ["td"]),
        helper.make_node("Mul", ["doy", "doy_scale"], ["doys"]),
        helper.make_node("MatMul", ["doys", "Y"], ["ty"]),
        helper.make_node("Add", ["la", "td"], ["h1"]),
        helper.make_node("Add", ["h1", "ty"], ["h"]),
        helper.make_node("Unsqueeze", ["h", "axis1"], ["h3"]),
        helper.make_node("MatMul", ["position", "Pm"], ["pp"]),
        helper.make_node("Add", ["h3", "pp"], ["pre"]),
        helper.make_node("Tanh", ["pre"], ["mean"]),
        helper.make_node("Sigmoid", ["mean"], ["sg"]),
        helper.make_node("Mul", ["sg", "half"], ["std"]),
    ]
    f = TensorProto.FLOAT
    ins = [helper.make_tensor_value_info("latent", f, ["B", L]),
           helper.make_tensor_value_info("position", f, ["B", "Q", 2]),
           helper.make_tensor_value_info("dt", f, ["B", 1]), helper.make_tensor_value_info("doy", f, ["B", 1])]
    outs = [helper.make_tensor_value_info("mean", f, ["B", "Q", v]),
            helper.make_tensor_value_info("std", f, ["B", "Q", v])]
    graph = helper.make_graph(nodes, "decoder", ins, outs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    card = _card(f"eolatent.decoder.{encoder_suffix}", "decode",
                 [dict(name="latent", units="1", encoder=f"eolatent.encoder.{encoder_suffix}", size=L,
                       **({"encoder_version": encoder_version} if encoder_version else {})),
                  dict(name="position", units="chunk units 0-1"), dict(name="dt", units="day"),
                  dict(name="doy", units="day")],
                 [dict(name=n, units=u, valid_range=r) for n, u, r in variables], _tiling())
    write_onnx_with_card(model, card, str(path))
    return str(path)


def slovenia_cube(clouds=True):
    """(grid, dates, band names, cube (5, 13, 101, 100)) of the real sample, with fabricated clouds:
    chunk (row 2, col 3) fully cloudy on 2015-07-31, a partial cloud on 2015-07-11."""
    import rasterio

    from eolatent.core.inputs.sentinel2 import Grid

    cube = []
    for d in S2_DATES:
        with rasterio.open(os.path.join(SLOVENIA, f"S2L1C_TOA_13band_{d}.tif")) as ds:
            cube.append(ds.read().astype(np.float32))
            grid = Grid(ds.crs, ds.transform, ds.width, ds.height)
            names = list(ds.descriptions)
    cube = np.stack(cube)
    if clouds:
        cube[1, :, 8:12, 12:16] = np.nan          # chunk (2, 3) fully cloudy in its only date of the window
        cube[0, :, 0:2, 0:3] = np.nan             # chunk (0, 0) partly cloudy
        cube[0, 5, 20:22, 20:24] = np.nan         # one band invalid -> whole pixel invalid
    dates = [dt.datetime.fromisoformat(d).replace(hour=10) for d in S2_DATES]
    return grid, dates, names, cube


def s1_cube(grid, seed=3):
    """(dates, cube (5, 2, H, W) dB) with a NaN patch on the first date."""
    rng = np.random.default_rng(seed)
    h, w = grid.height, grid.width
    vv = -10 + 3 * rng.standard_normal((len(S1_DATES), h, w))
    vh = -17 + 3 * rng.standard_normal((len(S1_DATES), h, w))
    cube = np.stack([vv, vh], axis=1).astype(np.float32)
    cube[0, :, 4:8, 4:6] = np.nan
    dates = [dt.datetime.fromisoformat(d).replace(hour=5) for d in S1_DATES]
    return dates, cube


def write_stacks(folder, clouds=True, with_s1=True):
    from eolatent.core.inputs.sentinel1 import write_s1_stack
    from eolatent.core.inputs.sentinel2 import write_s2_stack

    grid, dates, names, cube = slovenia_cube(clouds)
    s2 = write_s2_stack(os.path.join(folder, "s2_stack.tif"), grid, dates, names, cube)
    out = dict(grid=grid, s2=s2, s2_cube=cube, s2_dates=dates, names=names)
    if with_s1:
        s1_dates, s1c = s1_cube(grid)
        out.update(s1=write_s1_stack(os.path.join(folder, "s1_stack.tif"), grid, s1_dates, ["VV", "VH"], s1c),
                   s1_cube=s1c, s1_dates=s1_dates)
    return out
