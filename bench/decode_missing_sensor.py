# SPDX-License-Identifier: GPL-3.0-or-later
"""Decoding where a sensor saw nothing: is the decoder's ±1σ still honest for the pixels eolatent:decode flags?

    .venv/bin/python bench/decode_missing_sensor.py --out bench/decode_missing_sensor.md      (about 30 s on 2 cores)

eolatent:decode flags a pixel-date 8 when less than half of its value comes from windows that held an S2 observation
there (its optical variables are mostly the decoder's guess from radar and the season) and 16 likewise for S1 (soil
moisture guessed from optical). It does not widen the 1σ there: the decoder was trained with such windows (models/training/
pivotal/synth.py drops S2 on about 10 % of the chunks and clouds a pixel's dates at random, drops S1 on 30 %), so its
heteroscedastic 1σ is meant to widen by itself. This script checks that on held-out synthetic chunks (a seed no
training uses): it encodes them with the shipped ONNX encoder, decodes LAI and soil moisture at a date within
±15 days of the window's centre with the shipped ONNX decoder, and gives per group of pixels (S2 seen or not, S1
seen or not) the RMSE against the truth, the mean decoded 1σ and the share of truths within ±1σ. The S2 observations
come from the PROSAIL emulator, trained as the pivotal training does (30 000 runs, 25 epochs, seed 20250701). A
synthetic check only: the decoder's 1σ is not calibrated on real data. Groups are by pixel; decode's flags are by chunk
(the latent's quality bands count a chunk's dates), so decode never meets the last group as a flag: a window with
neither sensor at a chunk holds no latent there and is not used, and a pixel that saw nothing inside a chunk whose
other pixels saw something is not told apart. On real radar the guess was not fine (the Belgium cube,
bench/decode_optical_gaps.md): with gap filling, decode now fills the optical variables of the windows without
S2 from the chunk's nearest windows with one (core/decode/optical.py), and keeps the guess only where a chunk
never saw S2.
"""
from __future__ import annotations

import os
import sys
import time
from datetime import datetime

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(ROOT))
sys.path.insert(0, os.path.join(ROOT, "bench"))

import synthetic_chunks  # noqa: E402

PRESETS = {"fine4": (4, 256, 12), "seed100": (100, 2, 24)}      # chunk px, batch, batches
SEED = 910
GROUPS = (("S2 and S1 seen", True, True), ("no S2 (flag 8)", False, True), ("no S1 (flag 16)", True, False),
          ("neither", False, False))
VARIABLES = (("LAI", "t_lai"), ("SM", "t_sm"))     # (decoder output, truth key)


def measure(suffix: str, emu, quick: bool) -> dict:
    import torch

    from eolatent.core.engine.registry import load_model
    from eolatent.models.training.pivotal import synth

    P, B, n_batches = PRESETS[suffix]
    n_batches = 1 if quick else n_batches
    se, sd = synthetic_chunks.sessions(suffix)
    path = os.path.join(ROOT, "models", f"decoder_{suffix}.onnx")
    names = [o["name"] for o in load_model(path).card["outputs"]]
    cols = {v: names.index(v) for v, _ in VARIABLES}
    g = torch.Generator().manual_seed(SEED)
    got = {v: [] for v, _ in VARIABLES}
    seen2, seen1 = [], []
    for _ in range(n_batches):
        b = synth.generate(B, P, g, emu, 512 if P > 8 else None)
        z = se.run(["mean"], {k: b[k].numpy() for k in ("s2", "s2_valid", "s1", "s1_valid", "doy")})[0]
        mean, std = sd.run(["mean", "std"], {"latent": z, "position": b["q_pos"].numpy(),
                                             "dt": b["q_dt"][:, -1:].numpy(), "doy": b["q_doy"][:, -1:].numpy()})
        seen2.append(b["o_s2_ok"].numpy().max(1) > 0)            # [B, Q]: the pixel had a clear S2 date
        seen1.append(b["o_s1_ok"].numpy().max(1) > 0)
        for v, key in VARIABLES:
            truth = b[key][:, -1].numpy()
            got[v].append(np.stack([mean[:, :, cols[v]] - truth, std[:, :, cols[v]]], -1))
    s2, s1 = np.concatenate(seen2).ravel(), np.concatenate(seen1).ravel()
    out = {}
    for v in got:
        e = np.concatenate(got[v]).reshape(-1, 2)
        rows = []
        for label, want2, want1 in GROUPS:
            k = (s2 == want2) & (s1 == want1)
            rows.append((label, int(k.sum()), float(np.sqrt(np.mean(e[k, 0] ** 2))) if k.any() else float("nan"),
                         float(e[k, 1].mean()) if k.any() else float("nan"),
                         float(np.mean(np.abs(e[k, 0]) <= e[k, 1])) if k.any() else float("nan")))
        out[v] = rows
    return out


def main(argv=None):
    args, emu, t0 = synthetic_chunks.start(__doc__, "decode_missing_sensor", argv)
    res = {s: measure(s, emu, args.quick) for s in PRESETS}
    lines = ["# Decoding where a sensor saw nothing: RMSE, mean 1σ and ±1σ coverage per group of pixels", "",
             f"Written by `bench/decode_missing_sensor.py` on {datetime.now():%Y-%m-%d} in {time.time() - t0:.0f} s"
             + (" (--quick)" if args.quick else "") + f". Held-out synthetic chunks (seed {SEED}); RMSE / mean "
             "decoded 1σ / share of truths within ±1σ (68 % is calibrated); in brackets the number of pixel-dates.",
             "", "| preset | variable | " + " | ".join(g[0] for g in GROUPS) + " |", "|---|---" + "|---" * len(GROUPS)
             + "|"]
    for s, per in res.items():
        for v, rows in per.items():
            lines.append(f"| {s} | {v} | " + " | ".join(
                "—" if n == 0 else f"{r:.3g} / {m:.3g} / {c:.0%} ({n})" for _, n, r, m, c in rows) + " |")
    lines += ["", __doc__.split("\n\n", 2)[2].strip().replace("\n", " "), ""]
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    print("\n".join(lines[:12]))


if __name__ == "__main__":
    main()
