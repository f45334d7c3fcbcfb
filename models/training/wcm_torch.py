# SPDX-License-Identifier: GPL-3.0-or-later
"""Differentiable Water Cloud Model (C band) in PyTorch.

Same equations, parameter sets and conventions as the numpy reference
:mod:`eolatent.core.physics.wcm` (see its docstring for the equations and references); this module only
makes them differentiable. Inputs may be tensors or Python numbers; they are broadcast together and cast
to one floating dtype (float64 unless a floating tensor argument says otherwise). Use float64 for
agreement with numpy to ~1e-12.

Gradient safety: mv is floored at ``MV_FLOOR`` (as in numpy) so that mv^0.7 and mv^-0.65 keep finite
derivatives, and V^E is evaluated on max(V, tiny) where V = 0 (its value there is 0 for E > 0).
"""
from __future__ import annotations

import math

import torch

from .torch_util import prep as _prep

from eolatent.core.physics import wcm as _np

__all__ = ["to_db", "from_db", "vegetation", "soil_linear_db", "soil_oh2004", "soil_backscatter", "components",
           "backscatter"]

MV_FLOOR = _np.MV_FLOOR
DEFAULT_SET = _np.DEFAULT_SET
_TINY = 1e-12


def to_db(x):
    return 10.0 * torch.log10(x)


def from_db(x):
    return torch.pow(torch.as_tensor(10.0, dtype=x.dtype, device=x.device), x / 10.0)


def vegetation(veg, theta_deg, A, B, E=1.0):
    """(σ⁰_veg, τ²), see :func:`eolatent.core.physics.wcm.vegetation`."""
    v, th, A, B, E = _prep(veg, theta_deg, A, B, E)
    v = torch.clamp(v, min=0.0)
    cos_t = torch.cos(th * (math.pi / 180.0))
    tau2 = torch.exp(-2.0 * B * v / cos_t)
    # V^E with a finite gradient at V = 0 (0^E = 0 for E > 0, 1 for E = 0, as numpy)
    pos = v > 0
    v_safe = torch.where(pos, v, torch.full_like(v, _TINY))
    v_pow = torch.where(pos, torch.pow(v_safe, E), torch.where(E == 0, torch.ones_like(v), torch.zeros_like(v)))
    return A * v_pow * cos_t * (1.0 - tau2), tau2


def soil_linear_db(mv, theta_deg, C, D, C_theta=0.0, theta_ref=35.0):
    mv, th, C, D, C_theta, theta_ref = _prep(mv, theta_deg, C, D, C_theta, theta_ref)
    return from_db(C + C_theta * (th - theta_ref) + D * mv)


def soil_oh2004(mv, theta_deg, pol: str, ks):
    """Oh (2004) bare-soil σ⁰ (linear), pol VV, VH (= HV) or HH."""
    mv, th, ks = _prep(mv, theta_deg, ks)
    t = th * (math.pi / 180.0)
    m = torch.clamp(mv, min=MV_FLOOR)
    vh = 0.11 * m ** 0.7 * torch.cos(t) ** 2.2 * (1.0 - torch.exp(-0.32 * ks ** 1.8))
    pol = pol.upper()
    if pol in ("VH", "HV"):
        return vh
    q = 0.095 * (0.13 + torch.sin(1.5 * t)) ** 1.4 * (1.0 - torch.exp(-1.3 * ks ** 0.9))
    vv = vh / q
    if pol == "VV":
        return vv
    if pol == "HH":
        p = 1.0 - (t / (0.5 * math.pi)) ** (0.35 * m ** -0.65) * torch.exp(-0.4 * ks ** 1.4)
        return p * vv
    raise ValueError(f"polarisation must be VV, VH or HH, got {pol!r}")


def _ks(p: dict):
    if "ks" in p:
        return p["ks"]
    return p["s_cm"] * _np.wavenumber_per_cm(p.get("freq_ghz", _np.FREQ_S1_GHZ))


def soil_backscatter(mv, theta_deg, pol: str, params=DEFAULT_SET, **overrides):
    p = _np.get_params(params, pol, **overrides)
    if p["soil"] == "linear_db":
        return soil_linear_db(mv, theta_deg, p["C"], p["D"], p.get("C_theta", 0.0), p.get("theta_ref", 35.0))
    return soil_oh2004(mv, theta_deg, p["pol"], _ks(p))


def components(mv, veg, theta_deg, pol: str, params=DEFAULT_SET, **overrides) -> dict:
    """``veg``, ``tau2``, ``soil``, ``total`` (linear), as the numpy version."""
    p = _np.get_params(params, pol, **overrides)
    s_veg, tau2 = vegetation(veg, theta_deg, p["A"], p["B"], p["E"])
    s_soil = soil_backscatter(mv, theta_deg, pol, p)
    return {"veg": s_veg, "tau2": tau2, "soil": s_soil, "total": s_veg + tau2 * s_soil}


def backscatter(mv, veg, theta_deg, pol: str, params=DEFAULT_SET, **overrides):
    """Total σ⁰ (linear) of the WCM, differentiable in every tensor argument."""
    return components(mv, veg, theta_deg, pol, params, **overrides)["total"]
