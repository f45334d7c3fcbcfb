# SPDX-License-Identifier: GPL-3.0-or-later
"""Model cards: canonical keys, validation, weights checksum, registry refusals."""
import os

import numpy as np
import onnx
import onnx.helper as oh
import onnx.numpy_helper as nh
import pytest

from eolatent.core.engine import modelcard as mc
from eolatent.core.engine import registry, runtime


def tiny_model(scale=1.0):
    w = nh.from_array(np.full((3, 2), scale, np.float32), "W")
    graph = oh.make_graph([oh.make_node("MatMul", ["x", "W"], ["y"])], "g",
                          [oh.make_tensor_value_info("x", 1, [None, 3])],
                          [oh.make_tensor_value_info("y", 1, [None, 2])], [w])
    model = oh.make_model(graph, opset_imports=[oh.make_opsetid("", 17)])
    model.ir_version = 9
    return model


def card(**kw):
    c = dict(id="test.tiny", version="1.2.0", task="biophysical", inputs=[dict(name="x", units="1")],
             outputs=[dict(name="y", units="1", valid_range=[0, 1])], tiling=dict(tile_size=64),
             training_data="none", metrics=dict(rmse=0.1), license="GPL-3.0-or-later", weights_sha256="0" * 64)
    c.update(kw)
    return c


def test_round_trip_and_checksum(tmp_path):
    path = tmp_path / "m.onnx"
    stored = mc.write_onnx_with_card(tiny_model(), card(), str(path))
    assert stored["metrics"] == {"rmse": 0.1}
    info = registry.load_model(str(path))
    assert info.id == "test.tiny" and info.output("y")["valid_range"] == [0, 1]
    # the hash ignores the card but not the weights
    assert stored["weights_sha256"] == mc.weights_sha256(tiny_model().SerializeToString())
    assert stored["weights_sha256"] != mc.weights_sha256(tiny_model(2.0).SerializeToString())


def test_tampered_weights_are_refused(tmp_path):
    path = tmp_path / "m.onnx"
    mc.write_onnx_with_card(tiny_model(), card(), str(path))
    model = onnx.load(str(path))
    model.graph.initializer[0].CopyFrom(nh.from_array(np.full((3, 2), 5.0, np.float32), "W"))
    path.write_bytes(model.SerializeToString())
    with pytest.raises(mc.ModelCardError, match="checksum mismatch"):
        registry.load_model(str(path))


@pytest.mark.parametrize("change,msg", [(dict(outputs=[dict(name="y", units="1")]), "valid_range"),
                                        (dict(license=""), "license"),
                                        (dict(extra=1), "unknown keys")])
def test_invalid_cards_rejected(change, msg):
    with pytest.raises(mc.ModelCardError, match=msg):
        mc.validate_card(card(**change))


def test_model_without_card_and_corrupt_file(tmp_path):
    bare = tmp_path / "bare.onnx"
    bare.write_bytes(tiny_model().SerializeToString())
    with pytest.raises(mc.ModelCardError, match="no EO Latent card"):
        registry.load_model(str(bare))
    bad = tmp_path / "bad.onnx"
    bad.write_bytes(tiny_model().SerializeToString()[:-7])
    with pytest.raises(mc.ModelCardError):
        registry.load_model(str(bad))
    with pytest.raises(mc.ModelCardError, match="not found"):
        registry.load_model(str(tmp_path / "absent.onnx"))


def test_wrong_task_named(tmp_path):
    path = tmp_path / "m.onnx"
    mc.write_onnx_with_card(tiny_model(), card(task="superresolve"), str(path))
    with pytest.raises(mc.ModelCardError, match="is a super-resolution model \\(task 'superresolve'\\), not a "
                                                "biophysical retrieval model; choose a biophysical retrieval model"):
        registry.check_task(registry.load_model(str(path)), "biophysical")


def test_runtime_reports_provider_and_caches(tmp_path):
    path = tmp_path / "m.onnx"
    mc.write_onnx_with_card(tiny_model(), card(), str(path))
    s1 = runtime.get_session(str(path), "cpu", threads=1)
    assert s1.provider_used == "cpu" and s1 is runtime.get_session(str(path), "cpu", threads=1)
    assert runtime.get_session(str(path), "auto", 1).provider_used in runtime.available_providers()
    y = s1.run({"x": np.ones((4, 3), np.float32)})[0]
    np.testing.assert_allclose(y, np.full((4, 2), 3.0))


def test_cuda_request_without_cuda_is_an_error_not_a_fallback(tmp_path):
    if "cuda" in runtime.available_providers():
        pytest.skip("this machine has CUDA")
    path = tmp_path / "m.onnx"
    mc.write_onnx_with_card(tiny_model(), card(), str(path))
    with pytest.raises(runtime.RuntimeSetupError, match="onnxruntime-gpu"):
        runtime.get_session(str(path), "cuda")
    with pytest.raises(runtime.RuntimeSetupError, match="unknown execution provider"):
        runtime.get_session(str(path), "tpu")


def test_a_file_that_is_not_onnx_is_named_so(tmp_path):
    """A GeoPackage or a text file given as a model: 'not an ONNX model', not a protobuf wire-type riddle; a cut ONNX
    file is still 'corrupt'."""
    from eolatent.core.engine.modelcard import ModelCardError, read_metadata_props

    gpkg = os.path.join(os.path.dirname(__file__), "data", "slovenia", "LULC_reference_polygons.gpkg")
    for data in (open(gpkg, "rb").read(), b"a text file\nwith two lines\n"):
        with pytest.raises(ModelCardError, match="not an ONNX model: the file does not start as one"):
            read_metadata_props(data)
    onnx_bytes = open(os.path.join(os.path.dirname(os.path.dirname(__file__)), "models", "biophysical_s2.onnx"),
                      "rb").read()
    assert read_metadata_props(onnx_bytes)          # a real model parses
    with pytest.raises(ModelCardError, match="corrupt ONNX"):
        read_metadata_props(onnx_bytes[:5000] + b"\xff" * 64)


def test_wrong_model_for_a_classifier_reads_well():
    from eolatent.core.classify.apply_raster import load_classifier
    from eolatent.core.engine.modelcard import ModelCardError

    root = os.path.dirname(os.path.dirname(__file__))
    with pytest.raises(ModelCardError, match=r"encoder_fine4.onnx is an encode model \(eolatent.encoder.fine4\), "
                                              "not a classifier"):
        load_classifier(os.path.join(root, "models", "encoder_fine4.onnx"))


def test_a_card_that_does_not_describe_the_network_is_refused(tmp_path):
    """The card decides which bands are read: one edited to say 2 bands for a network taking 3 is refused at
    load, naming both (before, such a model ran and read the bands the code assumed)."""
    good, lying = tmp_path / "good.onnx", tmp_path / "lying.onnx"
    mc.write_onnx_with_card(tiny_model(), card(inputs=[dict(name="x", units="1", bands=["B04", "B08", "B11"])]),
                            str(good))
    runtime.get_session(str(good), "cpu", 1)
    mc.write_onnx_with_card(tiny_model(), card(inputs=[dict(name="x", units="1", bands=["B04", "B08"])]), str(lying))
    with pytest.raises(runtime.ModelLoadError, match=r"lying.onnx: its card says input 'x' takes 2 bands \(B04, B08\)"
                       r", but the network's input has the shape \[None, 3\].*re-export"):
        runtime.get_session(str(lying), "cpu", 1)
    assert mc.graph_mismatch([dict(name="x", channels=5)], [("x", ["N", "D", 10])]).startswith(
        "its card says input 'x' takes 5 channels")
    assert mc.graph_mismatch([dict(name="x", channels=10, bands=list("abcdefghij"))], [("x", ["N", "D", 10])]) is None
    assert mc.graph_mismatch([dict(name="x", bands=["a", "b"])], [("x", ["B", "T"])]) is None   # no fixed size
