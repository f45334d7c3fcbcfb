# SPDX-License-Identifier: GPL-3.0-or-later
"""CPU onnxruntime session on exported model bytes, for measuring what ships (training side only)."""


def cpu_session(model_bytes: bytes, threads: int = 1):
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    return ort.InferenceSession(model_bytes, so, providers=["CPUExecutionProvider"])
