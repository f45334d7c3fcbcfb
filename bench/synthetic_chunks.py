# SPDX-License-Identifier: GPL-3.0-or-later
"""What the benchmarks on held-out synthetic chunks share (decode_far_dates.py, decode_missing_sensor.py): their
command line, the PROSAIL emulator the pivotal training uses, and ONNX Runtime sessions on the shipped encoder and
decoder of a preset."""
from __future__ import annotations

import argparse
import os
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def start(doc: str, name: str, argv=None):
    """(args, emulator, start time): ``--out`` (default bench/<name>.md) and ``--quick`` parsed, torch on 2 threads,
    the PROSAIL emulator trained as the pivotal training does (30 000 runs, 25 epochs, seed 20250701; --quick: a
    small one for a smoke run)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", f"{name}.md"))
    ap.add_argument("--quick", action="store_true", help="one batch per preset, small emulator (a smoke run)")
    args = ap.parse_args(argv)
    import torch

    from eolatent.models.training.pivotal import emulator as emu_mod

    torch.set_num_threads(2)
    t0 = time.time()
    emu, _ = emu_mod.train_emulator(*((3000, 500, 3) if args.quick else (30000, 4000, 25)), seed=20250701,
                                    log=lambda *_: None)
    return args, emu, t0


def sessions(suffix: str):
    """(encoder, decoder) ONNX Runtime CPU sessions (2 threads) on models/encoder_<suffix>.onnx and decoder_<suffix>.onnx."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 2
    return tuple(ort.InferenceSession(os.path.join(ROOT, "models", f"{kind}_{suffix}.onnx"), opts,
                                      providers=["CPUExecutionProvider"]) for kind in ("encoder", "decoder"))
