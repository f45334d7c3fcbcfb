# SPDX-License-Identifier: GPL-3.0-or-later
"""ONNX export of a torch module and a CPU onnxruntime session on the exported bytes, for measuring what ships
(training side only)."""


def cpu_session(model_bytes: bytes, threads: int = 1):
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    return ort.InferenceSession(model_bytes, so, providers=["CPUExecutionProvider"])


def export_module(module, args, names, outputs, dynamic, producer: str, opset: int = 17, ir_version: int = 9):
    """``module`` traced with ``args`` → a checked onnx.ModelProto (opset 17, IR 9, constant folding, no card)."""
    import io
    import warnings

    import onnx
    import torch

    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(module, args, buf, input_names=list(names), output_names=list(outputs),
                          dynamic_axes=dynamic, opset_version=opset, dynamo=False, do_constant_folding=True)
    model = onnx.load_from_string(buf.getvalue())
    model.ir_version = ir_version
    model.producer_name = producer
    onnx.checker.check_model(model)
    return model


def sha256_file(path: str) -> str:
    """sha256 of a whole file, hex (the model manager's own rule, never cached here)."""
    from eolatent.core.engine.model_manifest import file_sha256

    return file_sha256(path, cached=False)
