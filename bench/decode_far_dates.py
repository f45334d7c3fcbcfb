# SPDX-License-Identifier: GPL-3.0-or-later
"""Decoding far from a window's centre: the shipped decoders extrapolated by the network vs held at ±15 days.

    .venv/bin/python bench/decode_far_dates.py --out bench/decode_far_dates.md      (about 20 s on 2 cores)

The pivotal decoders are trained for dates at most 15 days from their window's centre (models/training/pivotal/
synth.py, SUP_DT). eolatent:decode can need a window much further away: long gaps between acquisitions, and gap
filling across cloudy windows. This script draws held-out synthetic chunks (synth.generate, a seed no training uses)
with query dates up to 45 days from the centre, encodes them with the shipped ONNX encoder and decodes LAI with the
shipped ONNX decoder (a) at the true dt (the network extrapolates) and (b) by the rule eolatent:decode applies
(core.decode.hold.held_dt: dt limited to ±15 days, day of year moved with it), and gives the RMSE against the true
LAI and the ±1σ coverage per bin of distance to the centre, the held value's σ as the decoder gives it and grown
by the LAI drift decode adds (core.decode.hold.held_std, the rate measured on real series by
models/training/pivotal/hold_drift.py, whose table is repeated here). The S2 observations of the synthetic chunks
come from the PROSAIL emulator, trained as the pivotal training does (30 000 runs, 25 epochs, seed 20250701).
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

from eolatent.core.decode.hold import MAX_DT_DAYS, held_dt, held_std, hold_rates  # noqa: E402

BINS = ((0, 15), (15, 20), (20, 25), (25, 35), (35, 45))
PRESETS = {"fine4": (4, 256, 8), "seed100": (100, 2, 24)}      # chunk px, batch, batches
SEED = 909


def measure(suffix: str, emu, quick: bool) -> dict:
    import torch

    from eolatent.models.training.pivotal import synth

    P, B, n_batches = PRESETS[suffix]
    n_batches = 1 if quick else n_batches
    se, sd = synthetic_chunks.sessions(suffix)
    g = torch.Generator().manual_seed(SEED)
    rows = {"network": [], "held": [], "grown": []}
    rate = hold_rates(["LAI"])
    dts = []
    for _ in range(n_batches):
        # the random query date of each chunk: up to 45 days from the centre
        b = synth.generate(B, P, g, emu, 512 if P > 8 else None, sup_dt=float(BINS[-1][1]))
        z = se.run(["mean"], {k: b[k].numpy() for k in ("s2", "s2_valid", "s1", "s1_valid", "doy")})[0]
        dt = b["q_dt"][:, -1].numpy().astype(np.float64)
        day = b["q_doy"][:, -1].numpy().astype(np.float64)
        truth = b["t_lai"][:, -1].numpy()                      # [B, Q]
        pos = b["q_pos"].numpy()
        dts.append(np.abs(dt))
        for how in ("network", "held"):
            fed = [held_dt(a, c) if how == "held" else (a, c) for a, c in zip(dt, day)]
            lai, std = sd.run(["mean", "std"], {"latent": z, "position": pos,
                                                "dt": np.array([[f[0]] for f in fed], np.float32),
                                                "doy": np.array([[f[1]] for f in fed], np.float32)})
            err = lai[..., 0] - truth
            rows[how].append(np.stack([(err ** 2).mean(1), (np.abs(err) <= std[..., 0]).mean(1)], 1))
            if how == "held":                              # the same values, σ grown as eolatent:decode does
                grown = np.stack([held_std(s[:, :1], rate, a)[:, 0] for s, a in zip(std, dt)])
                rows["grown"].append(np.stack([(err ** 2).mean(1), (np.abs(err) <= grown).mean(1)], 1))
    a = np.concatenate(dts)
    out = {}
    for how, errs in rows.items():
        e = np.concatenate(errs)                                      # [chunks, (squared error, within 1σ)]
        out[how] = [(int(k.sum()), float(np.sqrt(e[k, 0].mean())), float(e[k, 1].mean()))
                    for k in ((a >= lo) & (a < hi) for lo, hi in BINS)]
    return out


def main(argv=None):
    args, emu, t0 = synthetic_chunks.start(__doc__, "decode_far_dates", argv)
    res = {s: measure(s, emu, args.quick) for s in PRESETS}
    from eolatent.models.training.pivotal import hold_drift

    drift = hold_drift.measure()
    head = " | ".join(f"{lo}–{hi} days from the centre" for lo, hi in BINS)
    lines = ["# Decoding far from a window's centre: extrapolated vs held at ±15 days", "",
             f"Written by `bench/decode_far_dates.py` on {datetime.now():%Y-%m-%d} in {time.time() - t0:.0f} s"
             + (" (--quick)" if args.quick else "") + f". LAI RMSE (m²/m²) against the true LAI of held-out synthetic "
             f"chunks (seed {SEED}) / share of the true LAI within the decoded ±1σ; in brackets the number of chunks "
             f"in the bin. Held = what eolatent:decode does beyond ±{MAX_DT_DAYS:g} days.", "",
             f"| preset | decoded | {head} |", "|---|---" + "|---" * len(BINS) + "|"]
    for s, r in res.items():
        for how, label in (("network", "at the true dt (network extrapolates)"), ("held", "held at ±15 days"),
                           ("grown", "held, σ grown with the real LAI drift (what decode does)")):
            lines.append(f"| {s} | {label} | " + " | ".join(f"{v:.2f} / {c:.0%} ({n})" for n, v, c in r[how]) + " |")
    doc = __doc__.split("\n\n", 2)[2].strip().replace("\n", " ")
    lines += ["", doc, "", "## How fast a held value goes stale: real series (models/training/pivotal/hold_drift.py)",
              "", hold_drift.__doc__.split("\n\n", 2)[2].strip().replace("\n", " "), ""]
    lines += hold_drift.markdown(drift) + [""]
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    print("\n".join(lines[:10]))


if __name__ == "__main__":
    main()
