# SPDX-License-Identifier: GPL-3.0-or-later
"""Synthetic multi-modal chunks (S2 + S1 over a 10-day window), generated on the fly in torch.

Each chunk of P × P pixels (10 m) is a Voronoi partition into parcels; each parcel gets a land-cover
class (crop, grassland, forest, bare/built), a double-logistic LAI phenology LAI(doy), leaf parameters
(Cab, Cw, Cm, N, mean leaf angle) and a soil (brightness; moisture). Pixels get a smooth LAI texture.
Soil moisture SM(t) = parcel level + season + a per-chunk level and trend within the window; PROSAIL's
soil dryness is tied to it (psoil = 1 − (SM − 0.02)/0.43, clipped), in the generator and in the decoder.

Observations:

* Sentinel-2: two dates in the window (5-day revisit, random phase), reflectance from the frozen
  PROSAIL emulator at that date's sun zenith (reference geometry ± jitter, view zenith 2–10°,
  relative azimuth 60–120°) + the L2A-like band noise of ``simulate_biophysical.NOISE``; per date
  clear / partly cloudy (smooth random cloud field) / fully cloudy; S2 absent in 10 % of the chunks.
* Sentinel-1 (SIMULATED): one or two dates (6-day revisit), VV and VH from the Water Cloud Model
  (``wcm_torch``, default set: vegetation = LAI, Oh 2004 soil) at 33–43° incidence, gamma speckle
  (ENL 4.4) per pixel and date; S1 absent in 30 % of the chunks.
"""
from __future__ import annotations

import math

import torch

from eolatent.models.training import simulate_biophysical as sim
from eolatent.models.training import wcm_torch

from .emulator import INPUT_BANDS, REF_PSI, REF_TTO, S1_THETA, sun_zenith_doy

WINDOW_DAYS = 10
S2_REVISIT, S1_REVISIT = 5.0, 6.0
N_S2, N_S1 = 2, 2  # observation slots per window
SUP_DT = 15.0  # supervised query dates: window centre ± SUP_DT days
ENL = 4.4
_BAND_IDX = [sim.S2_BANDS.index(b) for b in INPUT_BANDS]
NOISE_AD = torch.tensor(sim.NOISE["AD"][_BAND_IDX], dtype=torch.float32)
NOISE_MD = torch.tensor(sim.NOISE["MD"][_BAND_IDX], dtype=torch.float32)


def sm_to_psoil(sm):
    return (1.0 - (sm - 0.02) / 0.43).clamp(0.0, 1.0)


def s1_db(lai, sm, theta):
    """WCM VV, VH σ⁰ in dB (stacked on a new axis -1)."""
    out = [wcm_torch.to_db(wcm_torch.backscatter(sm, lai, theta, pol)) for pol in ("VV", "VH")]
    return torch.stack(out, dim=-1).float()


def _u(g, shape, lo, hi):
    return lo + (hi - lo) * torch.rand(shape, generator=g)


def _smooth_field(g, B, pos, n_comp=4, fmax=3.0):
    """Smooth random field [B, N] at positions pos [N, 2] (chunk units), zero mean, unit-ish amplitude."""
    freq = _u(g, (B, n_comp, 2), -fmax, fmax) * 2 * math.pi
    phase = _u(g, (B, n_comp, 1), 0, 2 * math.pi)
    return torch.cos(torch.einsum("bkd,nd->bkn", freq, pos) + phase).sum(1) / math.sqrt(n_comp / 2)


def _parcels(g, B, P, k_range):
    """Parcel index [B, P*P] of each pixel, and the parcel count K."""
    K = k_range[1]
    pos = pixel_positions(P)
    seeds = _u(g, (B, K, 2), -0.2, 1.2)
    d = ((pos[None, :, None, :] - seeds[:, None]) ** 2).sum(-1)  # [B, N, K]
    active = torch.randint(k_range[0], K + 1, (B, 1), generator=g)
    d = d + (torch.arange(K)[None, None, :] >= active[:, :, None]) * 1e3
    return d.argmin(-1), K


def pixel_positions(P):
    r = (torch.arange(P, dtype=torch.float32) + 0.5) / P
    return torch.stack(torch.meshgrid(r, r, indexing="ij"), -1).reshape(-1, 2)


def _draw_parcels(g, B, K):
    """Per-parcel phenology and leaf/soil parameters, each [B, K]."""
    cls = torch.multinomial(torch.tensor([0.45, 0.2, 0.25, 0.1]), B * K, True, generator=g).reshape(B, K)
    p = {}
    base = torch.stack([_u(g, (B, K), 0.05, 0.5), _u(g, (B, K), 0.5, 1.8), _u(g, (B, K), 0.8, 3.0),
                        _u(g, (B, K), 0.0, 0.2)], -1)
    amp = torch.stack([_u(g, (B, K), 1.5, 6.5), _u(g, (B, K), 0.8, 3.0), _u(g, (B, K), 1.0, 4.0),
                       torch.zeros(B, K)], -1)
    sos = torch.stack([_u(g, (B, K), 70, 190), _u(g, (B, K), 70, 110), _u(g, (B, K), 95, 135),
                       _u(g, (B, K), 100, 200)], -1)
    length = torch.stack([_u(g, (B, K), 60, 130), _u(g, (B, K), 150, 210), _u(g, (B, K), 150, 190),
                          _u(g, (B, K), 50, 100)], -1)
    pick = lambda t: t.gather(-1, cls[..., None])[..., 0]  # noqa: E731
    p["base"], p["amp"], p["sos"] = pick(base), pick(amp), pick(sos)
    p["eos"] = p["sos"] + pick(length)
    p["rs"], p["rf"] = _u(g, (B, K), 5, 12), _u(g, (B, K), 6, 15)
    p["cab"] = _u(g, (B, K), 25, 75)
    p["cm"] = _u(g, (B, K), 0.004, 0.010)
    rel = _u(g, (B, K), 0.65, 0.82)
    p["cw"] = (p["cm"] * rel / (1 - rel)).clamp(0.004, 0.058)
    p["n"] = _u(g, (B, K), 1.3, 1.75)
    p["ala"] = _u(g, (B, K), 40, 70)
    p["rsoil"] = _u(g, (B, K), 0.6, 1.4) + (cls == 3) * 0.1
    p["sm0"] = _u(g, (B, K), 0.08, 0.30)
    return p


def lai_curve(p, doy):
    """Double logistic LAI(doy); p entries [B, N], doy [B, N] (or broadcastable)."""
    rise = torch.sigmoid((doy - p["sos"]) / p["rs"])
    fall = torch.sigmoid((doy - p["eos"]) / p["rf"])
    return (p["base"] + p["amp"] * (rise - fall)).clamp(0.0, 7.9)


def generate(B, P, g, emu, n_query=None, k_range=None, sup_dt=SUP_DT):
    """One batch of synthetic chunks; see module docstring. Returns a dict of float32 tensors.

    Encoder inputs (contract): s2 [B,10,P,P], s2_valid [B,1,P,P], s1 [B,2,P,P] dB, s1_valid, doy [B,1].
    Decoder queries: q_pos [B,Q,2]; q_dt [B,T] with T = N_S2 + N_S1 + 1 (the S2 dates, the S1 dates, one
    random date in ±``sup_dt`` days, default SUP_DT); truth params at the queries: t_lai, t_cab, t_cw, t_cm, t_n,
    t_ala, t_rsoil, t_sm [B,T,Q]; observations at the query pixels: o_s2 [B,N_S2,Q,10], o_s2_ok [B,N_S2,Q],
    o_s1 [B,N_S1,Q,2] (speckled), o_s1_clean, o_s1_ok [B,N_S1,Q].
    """
    N = P * P
    k_range = k_range or ((1, 4) if P <= 8 else (6, 30))
    pos = pixel_positions(P)
    lab, K = _parcels(g, B, P, k_range)
    par = {k: v.gather(1, lab) for k, v in _draw_parcels(g, B, K).items()}  # [B, N]
    texture = 1.0 + 0.08 * _smooth_field(g, B, pos, fmax=3.0 if P > 8 else 0.5)
    tc = _u(g, (B, 1), 1.0, 366.0)
    s2_dt = (_u(g, (B, 1), 0, S2_REVISIT) - WINDOW_DAYS / 2) + S2_REVISIT * torch.arange(N_S2)[None]
    s1_dt = (_u(g, (B, 1), 0, S1_REVISIT) - WINDOW_DAYS / 2) + S1_REVISIT * torch.arange(N_S1)[None]
    s1_in = s1_dt < WINDOW_DAYS / 2
    q_dt = torch.cat([s2_dt, s1_dt, _u(g, (B, 1), -sup_dt, sup_dt)], 1)  # [B, T]
    T = q_dt.shape[1]
    doy_q = tc + q_dt  # [B, T]
    sm_lvl, sm_trend = _u(g, (B, 1), -0.05, 0.08), _u(g, (B, 1), -0.04, 0.04)

    def truth(dt, doy):  # dt, doy [B, 1] → dict of [B, N]
        lai = (lai_curve(par, doy) * texture).clamp(0.0, 7.9)
        season = 0.06 * torch.cos(2 * math.pi * (doy - 30.0) / 365.0)
        sm = (par["sm0"] + season + sm_lvl + sm_trend * dt / 10.0).clamp(0.03, 0.48)
        return {"lai": lai, "cab": par["cab"], "cw": par["cw"], "cm": par["cm"], "n": par["n"], "ala": par["ala"],
                "rsoil": par["rsoil"], "sm": sm}

    tr = [truth(q_dt[:, t:t + 1], doy_q[:, t:t + 1]) for t in range(T)]
    # --- Sentinel-2 observations
    s2_obs, s2_ok = [], []
    present2 = torch.rand(B, 1, generator=g) > 0.1
    for t in range(N_S2):
        x = tr[t]
        tts = sun_zenith_doy(doy_q[:, t:t + 1]) + _u(g, (B, 1), -3, 3)
        geo = [tts.expand(B, N), _u(g, (B, 1), 2, 10).expand(B, N), _u(g, (B, 1), 60, 120).expand(B, N)]
        prm = torch.stack([x["lai"], x["cab"], x["cw"], x["cm"], x["n"], x["ala"], x["rsoil"],
                           sm_to_psoil(x["sm"])] + geo, -1)
        with torch.no_grad():
            refl = emu(prm)  # [B, N, 10]
        mi, ai = torch.randn(B, N, 1, generator=g) * sim.NOISE["MI"], torch.randn(B, N, 1, generator=g) * sim.NOISE["AI"]
        refl = refl * (1 + mi + torch.randn(B, N, 10, generator=g) * NOISE_MD) + ai \
            + torch.randn(B, N, 10, generator=g) * NOISE_AD
        kind = torch.rand(B, 1, generator=g)
        cloud = _smooth_field(g, B, pos, fmax=1.5) > _u(g, (B, 1), -1.0, 1.0)
        ok = torch.where(kind < 0.55, torch.ones_like(cloud), torch.where(kind < 0.75, torch.zeros_like(cloud), ~cloud))
        s2_obs.append(refl.clamp(0.0, 1.0))
        s2_ok.append(ok & present2)
    s2_obs, s2_ok = torch.stack(s2_obs, 1), torch.stack(s2_ok, 1).float()  # [B,2,N,10], [B,2,N]
    # --- Sentinel-1 observations (simulated)
    theta = _u(g, (B, 1), 33, 43)
    present1 = torch.rand(B, 1, generator=g) > 0.3
    s1_clean, s1_obs, s1_ok = [], [], []
    for t in range(N_S1):
        x = tr[N_S2 + t]
        db = s1_db(x["lai"], x["sm"], theta)  # [B, N, 2]
        speck = _gamma(g, (B, N, 2))
        s1_clean.append(db)
        s1_obs.append(db + 10 * torch.log10(speck.clamp_min(1e-4)))
        s1_ok.append((present1 & s1_in[:, t:t + 1]).expand(B, N))
    s1_clean, s1_obs, s1_ok = torch.stack(s1_clean, 1), torch.stack(s1_obs, 1), torch.stack(s1_ok, 1).float()
    enc = encoder_inputs(s2_obs, s2_ok, s1_obs, s1_ok, P, s1_dates=s1_in.sum(1, keepdim=True).float())
    enc["doy"] = tc
    q = torch.arange(N)[None].expand(B, N) if n_query is None or n_query >= N else \
        torch.argsort(torch.rand(B, N, generator=g), 1)[:, :n_query]
    take = lambda a: a.gather(-1, q[:, None].expand(*a.shape[:2], q.shape[1]))  # noqa: E731
    take4 = lambda a: a.gather(2, q[:, None, :, None].expand(a.shape[0], a.shape[1], q.shape[1], a.shape[3]))  # noqa
    out = dict(enc, q_pos=pos[q], q_dt=q_dt, q_doy=doy_q,
               o_s2=take4(s2_obs), o_s2_ok=take(s2_ok), o_s1=take4(s1_obs), o_s1_clean=take4(s1_clean),
               o_s1_ok=take(s1_ok), o_s1_theta=theta)
    for k in tr[0]:
        out["t_" + k] = take(torch.stack([x[k] for x in tr], 1))
    return out


def _gamma(g, shape):
    """Gamma(ENL, ENL) speckle (mean 1) from a seeded generator (sum of exponentials + fractional part)."""
    k = int(ENL)
    e = -torch.log(torch.rand(*shape, k, generator=g).clamp_min(1e-12)).sum(-1)
    # fractional shape: Johnk-free approximation, add Gamma(frac) ≈ frac·Exp (mean preserved)
    e = e + (ENL - k) * -torch.log(torch.rand(*shape, generator=g).clamp_min(1e-12))
    return e / ENL


def encoder_inputs(s2_obs, s2_ok, s1_obs, s1_ok, P, s2_dates=None, s1_dates=None):
    """Window means per the contract from per-date observations [B,D,N,C] and masks [B,D,N].

    ``s2_dates``/``s1_dates`` [B, 1]: number of the modality's dates in the window (default D)."""
    B = s2_obs.shape[0]
    n2 = s2_ok.sum(1)  # [B, N]
    s2 = (s2_obs * s2_ok[..., None]).sum(1) / n2.clamp_min(1)[..., None]
    n1 = s1_ok.sum(1)
    lin = (10 ** (s1_obs / 10) * s1_ok[..., None]).sum(1) / n1.clamp_min(1)[..., None]
    s1 = torch.where(n1[..., None] > 0, 10 * torch.log10(lin.clamp_min(1e-6)), torch.zeros_like(lin))
    grid = lambda a: a.transpose(1, 2).reshape(B, a.shape[2], P, P)  # noqa: E731
    d2 = float(s2_ok.shape[1]) if s2_dates is None else s2_dates.clamp_min(1)
    d1 = float(s1_ok.shape[1]) if s1_dates is None else s1_dates.clamp_min(1)
    return {"s2": grid(s2), "s2_valid": (n2 / d2).reshape(B, 1, P, P), "s1": grid(s1),
            "s1_valid": (n1 / d1).reshape(B, 1, P, P)}


def fixed_geometry(doy):
    """Reference (tts, tto, psi) of the decoder physics for a day of year tensor."""
    return sun_zenith_doy(doy), torch.full_like(doy, REF_TTO), torch.full_like(doy, REF_PSI)


__all__ = ["generate", "encoder_inputs", "pixel_positions", "s1_db", "sm_to_psoil", "fixed_geometry", "lai_curve",
           "WINDOW_DAYS", "N_S2", "N_S1", "S1_THETA"]
