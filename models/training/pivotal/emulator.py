# SPDX-License-Identifier: GPL-3.0-or-later
"""A small, frozen, differentiable emulator of PROSAIL → Sentinel-2 (10 bands), plus the fixed geometry.

Full PROSAIL per pixel inside the training loop is too slow on a CPU, so the reconstruction path uses
an MLP trained on ``eolatent.core.physics.prosail.simulate`` outputs (S2A spectral responses), seeded.
Its held-out error is measured on independent PROSAIL runs and goes into the cards.

Emulated parameters (:data:`EMU_PARAMS`, physical units, uniform-ish over :data:`EMU_BOX`, which covers
the decoder's box :data:`DECODER_BOX`): LAI, Cab, Cw, Cm, N, ALA (mean leaf angle), soil brightness
(rsoil), soil dryness (psoil: 1 dry … 0 wet), sun zenith, view zenith, relative azimuth.  Fixed:
Car = 0.25·Cab, Cbrown = 0, Ant = 0, hot spot 0.2.

Geometry: the encoder contract carries no angles, only the day of year, so the physics path uses the
sun zenith at a reference place and time (:func:`sun_zenith_doy`: 46° N, 10:30 local solar time, the
Sentinel-2 descending node), view zenith 5°, relative azimuth 90°.
"""
from __future__ import annotations

import math
import time

import numpy as np
import torch
from torch import nn

INPUT_BANDS = ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")
EMU_PARAMS = ("lai", "cab", "cw", "cm", "n", "ala", "rsoil", "psoil", "tts", "tto", "psi")
# decoder box of the canopy/soil parameters (ONNX outputs are sigmoid-scaled into these ranges)
DECODER_BOX = {"lai": (0.0, 8.0), "cab": (20.0, 90.0), "cw": (0.003, 0.06), "cm": (0.003, 0.011),
               "n": (1.2, 1.8), "ala": (30.0, 80.0), "rsoil": (0.5, 1.5), "psoil": (0.0, 1.0)}
EMU_BOX = dict(DECODER_BOX, tts=(10.0, 75.0), tto=(0.0, 12.0), psi=(0.0, 180.0))
REF_LAT, REF_SOLAR_HOUR, REF_TTO, REF_PSI = 46.0, 10.5, 5.0, 90.0
S1_THETA = 38.0  # Sentinel-1 IW mid-swath incidence angle (degrees) used in the WCM path


def sun_zenith_doy(doy):
    """Sun zenith (degrees) at REF_LAT, REF_SOLAR_HOUR local solar time, for a day of year (torch or numpy)."""
    lib = torch if isinstance(doy, torch.Tensor) else np
    g = 2.0 * math.pi / 365.0 * (doy - 1.0)
    decl = (0.006918 - 0.399912 * lib.cos(g) + 0.070257 * lib.sin(g) - 0.006758 * lib.cos(2 * g)
            + 0.000907 * lib.sin(2 * g))
    phi = math.radians(REF_LAT)
    h = math.radians(15.0 * (REF_SOLAR_HOUR - 12.0))
    cos_z = math.sin(phi) * lib.sin(decl) + math.cos(phi) * lib.cos(decl) * math.cos(h)
    return lib.rad2deg(lib.arccos(lib.clip(cos_z, -1.0, 1.0)) if lib is np else torch.acos(cos_z.clamp(-1, 1)))


def sample_params(n: int, rng: np.random.Generator) -> np.ndarray:
    """[n, 11] emulator parameters: uniform over EMU_BOX, LAI denser at low values, Cw log-uniform."""
    cols = []
    for k in EMU_PARAMS:
        lo, hi = EMU_BOX[k]
        u = rng.random(n)
        if k == "lai":
            u = u ** 1.5
        if k == "cw":
            cols.append(np.exp(np.log(lo) + u * (np.log(hi) - np.log(lo))))
        else:
            cols.append(lo + u * (hi - lo))
    return np.stack(cols, axis=1)


def run_prosail(p: np.ndarray, simulate=None) -> np.ndarray:
    """PROSAIL (S2A) reflectance [n, 10] of INPUT_BANDS for emulator parameters ``p`` [n, 11]."""
    from eolatent.core.physics import prosail

    simulate = simulate or prosail.simulate
    d = dict(zip(EMU_PARAMS, p.T))
    out = simulate({"n": d["n"], "cab": d["cab"], "car": 0.25 * d["cab"], "cbrown": 0.0, "cw": d["cw"],
                    "cm": d["cm"], "lai": d["lai"], "lidfa": d["ala"], "hspot": 0.2, "tts": d["tts"],
                    "tto": d["tto"], "psi": d["psi"], "ant": 0.0, "rsoil": d["rsoil"], "psoil": d["psoil"]},
                   platform="S2A")
    idx = [prosail.S2_BAND_NAMES.index(b) for b in INPUT_BANDS]
    return out["bands"][:, idx]


def nadir_extinction_poly(deg: int = 4) -> np.ndarray:
    """Polynomial (highest power first) in ALA/50 of PROSAIL's nadir extinction ko: FCOVER = 1 − exp(−ko·LAI)."""
    from eolatent.core.physics import prosail

    ala = np.linspace(*DECODER_BOX["ala"], 101)
    ko = -np.log1p(-prosail.fcover(1.0, ala))
    return np.polyfit(ala / 50.0, ko, deg)


class Emulator(nn.Module):
    """Physical parameters [..., 11] (EMU_PARAMS order) → S2 reflectance [..., 10]."""

    def __init__(self, hidden: int = 128, depth: int = 3):
        super().__init__()
        layers, width = [], 14
        for _ in range(depth):
            layers += [nn.Linear(width, hidden), nn.SiLU()]
            width = hidden
        layers.append(nn.Linear(width, len(INPUT_BANDS)))
        self.mlp = nn.Sequential(*layers)
        self.register_buffer("out_mean", torch.zeros(len(INPUT_BANDS)))
        self.register_buffer("out_std", torch.ones(len(INPUT_BANDS)))

    @staticmethod
    def features(p: torch.Tensor) -> torch.Tensor:
        lai, cab, cw, cm, n, ala, rsoil, psoil, tts, tto, psi = p.unbind(-1)
        d2r = math.pi / 180.0
        return torch.stack([
            1.0 - torch.exp(-0.5 * lai), lai / 4.0 - 1.0, torch.exp(-0.2 * lai) * rsoil, (cab - 55.0) / 20.0,
            torch.log(cw / 0.015), torch.log(cm / 0.006) * 2.0, (n - 1.5) * 5.0, (ala - 55.0) / 15.0,
            (rsoil - 1.0) * 3.0, (psoil - 0.5) * 3.0, torch.cos(tts * d2r) * 3.0 - 2.0, torch.cos(tto * d2r) * 50 - 49,
            torch.cos(psi * d2r), torch.exp(-0.5 * lai) * torch.cos(psi * d2r)], dim=-1)

    def forward(self, p: torch.Tensor) -> torch.Tensor:
        return self.mlp(self.features(p)) * self.out_std + self.out_mean


def train_emulator(n_train: int, n_test: int, epochs: int, seed: int, log=print, hidden: int = 128):
    """Simulate with PROSAIL, fit the emulator, measure it on an independent held-out set.

    Returns (frozen emulator, metrics dict)."""
    t0 = time.time()
    ss = np.random.SeedSequence([seed, 11])
    r_train, r_test, r_torch = ss.spawn(3)
    p_tr = sample_params(n_train, np.random.default_rng(r_train))
    p_te = sample_params(n_test, np.random.default_rng(r_test))
    y_tr, y_te = run_prosail(p_tr), run_prosail(p_te)
    t_sim = time.time() - t0
    torch.manual_seed(int(r_torch.generate_state(1)[0]))
    emu = Emulator(hidden)
    emu.out_mean.copy_(torch.as_tensor(y_tr.mean(0), dtype=torch.float32))
    emu.out_std.copy_(torch.as_tensor(y_tr.std(0), dtype=torch.float32))
    xt, yt = torch.as_tensor(p_tr, dtype=torch.float32), torch.as_tensor(y_tr, dtype=torch.float32)
    batch = 256
    steps = epochs * math.ceil(n_train / batch)
    opt = torch.optim.Adam(emu.parameters(), lr=3e-3)
    sch = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=steps, pct_start=0.1)
    g = torch.Generator().manual_seed(seed)
    for ep in range(epochs):
        perm = torch.randperm(n_train, generator=g)
        for i in range(0, n_train, batch):
            idx = perm[i:i + batch]
            loss = (((emu(xt[idx]) - yt[idx]) / emu.out_std) ** 2).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            sch.step()
    emu.eval()
    for q in emu.parameters():
        q.requires_grad_(False)
    with torch.no_grad():
        pred = emu(torch.as_tensor(p_te, dtype=torch.float32)).numpy()
    err = pred - y_te
    rmse_band = np.sqrt((err ** 2).mean(0))
    metrics = {"rmse": float(np.sqrt((err ** 2).mean())), "max_abs": float(np.abs(err).max()),
               "rmse_per_band": {b: round(float(r), 5) for b, r in zip(INPUT_BANDS, rmse_band)},
               "n_train": n_train, "n_test": n_test, "epochs": epochs, "hidden": [hidden] * 3,
               "simulation_s": round(t_sim, 1), "total_s": round(time.time() - t0, 1),
               "test": "independent PROSAIL runs (S2A), uniform over the emulator box"}
    log(f"emulator: held-out RMSE {metrics['rmse']:.5f} reflectance (max |err| {metrics['max_abs']:.4f}) "
        f"in {metrics['total_s']:.0f} s (PROSAIL {t_sim:.0f} s)")
    return emu, metrics
