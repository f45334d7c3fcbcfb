# SPDX-License-Identifier: GPL-3.0-or-later
"""Differentiable PROSAIL (PROSPECT-D + 4SAIL) in PyTorch.

Same equations, data files and conventions as the numpy reference in
:mod:`eolatent.core.physics` (``prospect``, ``sail``, ``prosail``; see their
docstrings for references and units); this module only adds what autograd
needs: an exponential integral with an analytic derivative and "safe"
branches (``torch.where`` back-propagates through both branches, so the
unused branch is always evaluated on harmless inputs to keep gradients
finite).

Inputs may be tensors or Python numbers; they are broadcast together and
cast to a common floating dtype (float64 unless a floating tensor argument
says otherwise) on the device of the first tensor argument. Use float64 for
agreement with the numpy version to ~1e-12.
"""
from typing import NamedTuple

import numpy as np
import torch

from eolatent.core.physics import prospect as _np_prospect
from eolatent.core.physics import prosail as _np_prosail
from eolatent.core.physics import sail as _np_sail
from eolatent.core.physics import special as _np_special

from .torch_util import prep as _prep

__all__ = [
    "WAVELENGTHS", "S2_BAND_NAMES", "exp1", "plate_transmissivity", "prospect_d", "campbell_lidf",
    "volscatt", "hotspot_integral", "foursail", "soil_reflectance", "canopy_reflectance", "s2_bands",
    "fcover", "fapar",
]

WAVELENGTHS = _np_prosail.WAVELENGTHS
S2_BAND_NAMES = _np_prosail.S2_BAND_NAMES
_PAR_INDEX = _np_prosail._PAR_INDEX
_cache = {}


def _const(key, make, like):
    """Cached constant tensor (built from numpy by ``make()``) on like's dtype/device."""
    k = (key, like.dtype, like.device)
    if k not in _cache:
        _cache[k] = torch.as_tensor(np.array(make()), dtype=like.dtype, device=like.device)
    return _cache[k]


def _safe_sqrt(x):
    pos = x > 0
    return torch.where(pos, torch.sqrt(torch.where(pos, x, torch.ones_like(x))), torch.zeros_like(x))


class _Exp1(torch.autograd.Function):
    """E1(x) for x > 0 with dE1/dx = -exp(-x)/x (series / continued fraction
    as in :mod:`eolatent.core.physics.special`)."""

    @staticmethod
    def forward(ctx, x):
        out = torch.empty_like(x)
        small = x <= _np_special.SERIES_MAX
        xs, xl = x[small], x[~small]
        acc = torch.full_like(xs, _np_special.SERIES_COEFFS[-1])
        for c in _np_special.SERIES_COEFFS[-2::-1]:
            acc = acc * xs + c
        out[small] = acc * xs - _np_special.EULER_GAMMA - torch.log(xs)
        f = xl + (2.0 * _np_special.CF_DEPTH + 1.0)
        for k in range(_np_special.CF_DEPTH, 0, -1):
            f = (xl + (2.0 * k - 1.0)) - (k * k) / f
        out[~small] = torch.exp(-xl) / f
        ctx.save_for_backward(x)
        return out

    @staticmethod
    def backward(ctx, grad):
        (x,) = ctx.saved_tensors
        return -grad * torch.exp(-x) / x


def exp1(x):
    """Exponential integral E1(x), x > 0 (differentiable)."""
    return _Exp1.apply(x)


def plate_transmissivity(k):
    """tau = (1 - k) exp(-k) + k^2 E1(k), tau(0) = 1 (isotropic light, -)."""
    pos = k > 0
    ks = torch.where(pos, k, torch.ones_like(k))
    return torch.where(pos, (1.0 - ks) * torch.exp(-ks) + ks * ks * exp1(ks), torch.ones_like(k))


def prospect_d(n, cab, car, cbrown, cw, cm, ant=0.0, alpha=40.0, wl_index=None):
    """PROSPECT-D leaf (refl, trans), each shape ``S + (W,)``; see
    :func:`eolatent.core.physics.prospect.prospect_d` for units."""
    n, cab, car, cbrown, cw, cm, ant = _prep(n, cab, car, cbrown, cw, cm, ant)
    key = None if wl_index is None else np.asarray(wl_index).tobytes()
    idx = slice(None) if wl_index is None else np.asarray(wl_index)
    co = _np_prospect.load_coefficients()

    def col(name):
        return _const(("prospect", name, key), lambda: co[name][idx], n)

    kall = (cab[..., None] * col("SAC_CHL") + car[..., None] * col("SAC_CAR")
            + ant[..., None] * col("SAC_ANT") + cbrown[..., None] * col("SAC_BROWN")
            + cw[..., None] * col("SAC_EWT") + cm[..., None] * col("SAC_LMA")) / n[..., None]
    tau = plate_transmissivity(kall)
    # Interface terms depend only on the refractive index (data): numpy tav.
    nr = co["nrefrac"][idx]
    talf = _const(("talf", float(alpha), key), lambda: _np_prospect.tav(alpha, nr), n)
    t12 = _const(("t12", key), lambda: _np_prospect.tav(90.0, nr), n)
    t21 = _const(("t21", key), lambda: _np_prospect.tav(90.0, nr) / nr ** 2, n)
    ralf, r12, r21 = 1.0 - talf, 1.0 - t12, 1.0 - t21

    denom = 1.0 - (r21 * tau) ** 2
    ta = talf * tau * t21 / denom
    ra = ralf + r21 * tau * ta
    t = t12 * tau * t21 / denom
    r = r12 + r21 * tau * t

    n_ = n[..., None]
    nonabs = r + t >= 1.0
    rs = torch.where(nonabs, torch.full_like(r, 0.5), r)
    ts = torch.where(nonabs, torch.full_like(t, 0.25), t)
    d = torch.sqrt((1.0 + rs + ts) * (1.0 + rs - ts) * (1.0 - rs + ts) * (1.0 - rs - ts))
    a = (1.0 + rs * rs - ts * ts + d) / (2.0 * rs)
    b = (1.0 - rs * rs + ts * ts + d) / (2.0 * ts)
    bnm1 = b ** (n_ - 1.0)
    bn2 = bnm1 * bnm1
    den = a * a * bn2 - 1.0
    t_cons = t / (t + (1.0 - t) * (n_ - 1.0))
    rsub = torch.where(nonabs, 1.0 - t_cons, a * (bn2 - 1.0) / den)
    tsub = torch.where(nonabs, t_cons, bnm1 * (a * a - 1.0) / den)
    den = 1.0 - rsub * r
    return ra + ta * rsub * t / den, ta * tsub / den


def _ratio(y, fn):
    small = torch.abs(y) < 1e-8
    ys = torch.where(small, torch.full_like(y, 0.5), y)
    return torch.where(small, torch.ones_like(y), fn(ys) / ys)


def campbell_lidf(lidfa, classes=_np_sail.DEFAULT_LIDF_CLASSES):
    """Campbell ellipsoidal LIDF, shape ``S + (C,)`` (see numpy ``sail``)."""
    (lidfa,) = _prep(lidfa)
    a = lidfa[..., None]
    chi = torch.exp(-1.6184e-5 * a ** 3 + 2.1145e-3 * a ** 2 - 1.2390e-1 * a + 3.2491)
    p = chi * chi
    q = 1.0 - p
    s = torch.sqrt(torch.abs(q) / p)
    lo, hi, _ = _np_sail.lidf_class_bounds(classes)
    oblate = q >= 0.0
    zero = torch.zeros_like(q)

    def h(u):
        y = u * s
        r = torch.where(oblate, _ratio(torch.where(oblate, y, zero), torch.atan),
                        _ratio(torch.where(oblate, zero, y), torch.atanh))
        return u / (2.0 * p * (p + q * u * u)) + u / (2.0 * p * p) * r

    cos_lo = _const(("coslo", classes), lambda: np.cos(np.deg2rad(lo)), lidfa)
    cos_hi = _const(("coshi", classes), lambda: np.cos(np.deg2rad(hi)), lidfa)
    freq = h(cos_lo) - h(cos_hi)
    return freq / freq.sum(dim=-1, keepdim=True)


def volscatt(tts, tto, psi, ttl):
    """SAIL volume scattering (chi_s, chi_o, frho, ftau); see numpy ``sail``."""
    tts, tto, psi, ttl = _prep(tts, tto, psi, ttl)
    rad = torch.pi / 180.0
    psir = psi * rad
    cl, sl = torch.cos(ttl * rad), torch.sin(ttl * rad)
    cs, ss = cl * torch.cos(tts * rad), sl * torch.sin(tts * rad)
    co, so = cl * torch.cos(tto * rad), sl * torch.sin(tto * rad)
    one = torch.ones_like(cs)

    def half_angle(c, s):
        big = torch.abs(s) > 1e-6
        cosb = torch.where(big, -c / torch.where(big, s, one), 5.0 * one)
        inside = torch.abs(cosb) < 1.0
        beta = torch.where(inside, torch.arccos(torch.where(inside, cosb, 0.0 * one)), torch.pi * one)
        return beta, torch.where(inside, s, c)

    bts, ds = half_angle(cs, ss)
    bto, do = half_angle(co, so)
    chi_s = 2.0 / torch.pi * ((bts - 0.5 * torch.pi) * cs + torch.sin(bts) * ss)
    chi_o = 2.0 / torch.pi * ((bto - 0.5 * torch.pi) * co + torch.sin(bto) * so)
    btran1 = torch.abs(bts - bto)
    btran2 = torch.pi - torch.abs(bts + bto - torch.pi)
    below1, below2 = psir <= btran1, psir <= btran2
    bt1 = torch.where(below1, psir, btran1)
    bt2 = torch.where(below1, btran1, torch.where(below2, psir, btran2))
    bt3 = torch.where(below1 | below2, btran2, psir)
    t1 = 2.0 * cs * co + ss * so * torch.cos(psir)
    t2 = torch.where(bt2 > 0.0, torch.sin(bt2) * (2.0 * ds * do + ss * so * torch.cos(bt1) * torch.cos(bt3)),
                     0.0 * one)
    denom = 2.0 * torch.pi ** 2
    frho = torch.clamp(((torch.pi - bt2) * t1 + t2) / denom, min=0.0)
    ftau = torch.clamp((-bt2 * t1 + t2) / denom, min=0.0)
    return chi_s, chi_o, frho, ftau


def _j1(k, l, t):
    delta = (k - l) * t
    near = torch.abs(delta) <= 1e-3
    dk = torch.where(near, torch.ones_like(delta), k - l)
    exact = (torch.exp(-l * t) - torch.exp(-k * t)) / dk
    approx = 0.5 * t * (torch.exp(-k * t) + torch.exp(-l * t)) * (1.0 - delta * delta / 12.0)
    return torch.where(near, approx, exact)


def _j2(k, l, t):
    return (1.0 - torch.exp(-(k + l) * t)) / (k + l)


def hotspot_integral(lai, ks, ko, dso, hotspot):
    """(tsstoo, sumint) of the hot-spot model; see numpy ``sail``."""
    fhot = lai * torch.sqrt(ko * ks)
    pos = hotspot > 0.0
    alf = torch.where(pos, (dso / torch.where(pos, hotspot, torch.ones_like(hotspot))) * 2.0 / (ks + ko),
                      torch.full_like(ks, 1e36))
    pure = alf == 0.0
    alf_s = torch.where(pure, torch.ones_like(alf), alf)
    fint = (1.0 - torch.exp(-alf_s)) * 0.05
    x1, y1, f1 = torch.zeros_like(alf_s), torch.zeros_like(alf_s), torch.ones_like(alf_s)
    sumint = torch.zeros_like(alf_s)
    for istep in range(1, 21):
        x2 = -torch.log(1.0 - istep * fint) / alf_s if istep < 20 else torch.ones_like(alf_s)
        y2 = -(ko + ks) * lai * x2 + fhot * (1.0 - torch.exp(-alf_s * x2)) / alf_s
        f2 = torch.exp(y2)
        dy = y2 - y1
        flat = dy == 0.0
        dy_s = torch.where(flat, torch.ones_like(dy), dy)
        sumint = sumint + f1 * torch.where(flat, torch.ones_like(dy), torch.expm1(dy_s) / dy_s) * (x2 - x1)
        x1, y1, f1 = x2, y2, f2
    tss = torch.exp(-ks * lai)
    kl = ks * lai
    klpos = kl > 0.0
    pure_int = torch.where(klpos, (1.0 - tss) / torch.where(klpos, kl, torch.ones_like(kl)), torch.ones_like(kl))
    return torch.where(pure, tss, f1), torch.where(pure, pure_int, sumint)


class FourSAILResult(NamedTuple):
    """4SAIL fluxes (same fields as the numpy ``sail.FourSAILResult``)."""
    tss: torch.Tensor
    too: torch.Tensor
    tsstoo: torch.Tensor
    rdd: torch.Tensor
    tdd: torch.Tensor
    rsd: torch.Tensor
    tsd: torch.Tensor
    rdo: torch.Tensor
    tdo: torch.Tensor
    rso: torch.Tensor
    rsos: torch.Tensor
    rsod: torch.Tensor
    rddt: torch.Tensor
    rsdt: torch.Tensor
    rdot: torch.Tensor
    rsodt: torch.Tensor
    rsost: torch.Tensor
    rsot: torch.Tensor


def foursail(rho, tau, lidfa, lai, hotspot, tts, tto, psi, rsoil, lidf_classes=_np_sail.DEFAULT_LIDF_CLASSES):
    """4SAIL; arguments and outputs as :func:`eolatent.core.physics.sail.foursail`."""
    lidfa, lai, hotspot, tts, tto, psi = _prep(lidfa, lai, hotspot, tts, tto, psi)
    rad = torch.pi / 180.0
    psi = torch.abs(psi - 360.0 * torch.round(psi / 360.0))
    cts, cto = torch.cos(tts * rad), torch.cos(tto * rad)
    tants, tanto = torch.tan(tts * rad), torch.tan(tto * rad)
    dso = _safe_sqrt(tants ** 2 + tanto ** 2 - 2.0 * tants * tanto * torch.cos(psi * rad))
    lidf = campbell_lidf(lidfa, lidf_classes)
    _, _, litab = _np_sail.lidf_class_bounds(lidf_classes)
    ks = ko = bf = sob = sof = 0.0
    for i, ttl in enumerate(litab):
        chi_s, chi_o, frho, ftau = volscatt(tts, tto, psi, float(ttl))
        w_i = lidf[..., i]
        ks = ks + w_i * chi_s / cts
        ko = ko + w_i * chi_o / cto
        bf = bf + w_i * float(np.cos(ttl * np.pi / 180.0) ** 2)
        sob = sob + w_i * frho * torch.pi / (cts * cto)
        sof = sof + w_i * ftau * torch.pi / (cts * cto)
    tsstoo, sumint = hotspot_integral(lai, ks, ko, dso, hotspot)
    ks, ko, bf, sob, sof, lai_, tsstoo, sumint = (
        v[..., None] for v in (ks, ko, bf, sob, sof, lai, tsstoo, sumint))

    sdb, sdf = 0.5 * (ks + bf), 0.5 * (ks - bf)
    dob, dof = 0.5 * (ko + bf), 0.5 * (ko - bf)
    ddb, ddf = 0.5 * (1.0 + bf), 0.5 * (1.0 - bf)
    sigb = torch.clamp(ddb * rho + ddf * tau, min=1e-36)
    sigf = torch.clamp(ddf * rho + ddb * tau, min=1e-36)
    att = 1.0 - sigf
    m = torch.sqrt(att ** 2 - sigb ** 2)
    sb, sf = sdb * rho + sdf * tau, sdf * rho + sdb * tau
    vb, vf = dob * rho + dof * tau, dof * rho + dob * tau
    w = sob * rho + sof * tau

    e1 = torch.exp(-m * lai_)
    e2 = e1 * e1
    rinf = (att - m) / sigb
    rinf2 = rinf * rinf
    re = rinf * e1
    denom = 1.0 - rinf2 * e2
    j1ks, j2ks = _j1(ks, m, lai_), _j2(ks, m, lai_)
    j1ko, j2ko = _j1(ko, m, lai_), _j2(ko, m, lai_)
    pss, qss = (sf + sb * rinf) * j1ks, (sf * rinf + sb) * j2ks
    pv, qv = (vf + vb * rinf) * j1ko, (vf * rinf + vb) * j2ko
    tdd = (1.0 - rinf2) * e1 / denom
    rdd = rinf * (1.0 - e2) / denom
    tsd = (pss - re * qss) / denom
    rsd = (qss - re * pss) / denom
    tdo = (pv - re * qv) / denom
    rdo = (qv - re * pv) / denom

    tss = torch.exp(-ks * lai_)
    too = torch.exp(-ko * lai_)
    z = _j2(ks, ko, lai_)
    tv1 = (vf * rinf + vb) * (z - j1ks * too) / (ko + m)
    tv2 = (vf + vb * rinf) * (z - j1ko * tss) / (ks + m)
    rsod = (tv1 * (sf + sb * rinf) + tv2 * (sf * rinf + sb) - (rdo * qss + tdo * pss) * rinf) / (1.0 - rinf2)
    rsos = w * lai_ * sumint
    rso = rsos + rsod

    dn = torch.clamp(1.0 - rsoil * rdd, min=1e-36)
    rddt = rdd + tdd * rsoil * tdd / dn
    rsdt = rsd + (tsd + tss) * rsoil * tdd / dn
    rdot = rdo + tdd * rsoil * (tdo + too) / dn
    rsodt = ((tss + tsd) * tdo + (tsd + tss * rsoil * rdd) * too) * rsoil / dn
    rsost = rso + tsstoo * rsoil
    return FourSAILResult(tss, too, tsstoo, rdd, tdd, rsd, tsd, rdo, tdo, rso, rsos, rsod,
                          rddt, rsdt, rdot, rsodt, rsost, rsost + rsodt)


def soil_reflectance(rsoil=1.0, psoil=1.0, wl_index=None):
    """rsoil * (psoil * dry + (1 - psoil) * wet), shape ``S + (W,)``."""
    rsoil, psoil = _prep(rsoil, psoil)
    key = None if wl_index is None else np.asarray(wl_index).tobytes()
    idx = slice(None) if wl_index is None else np.asarray(wl_index)
    dry = _const(("dry", key), lambda: _np_prosail.load_soil_spectra()[0][idx], rsoil)
    wet = _const(("wet", key), lambda: _np_prosail.load_soil_spectra()[1][idx], rsoil)
    return rsoil[..., None] * (psoil[..., None] * dry + (1.0 - psoil[..., None]) * wet)


def _run(n, cab, car, cbrown, cw, cm, lai, lidfa, hspot, tts, tto, psi, ant, rsoil, psoil, wl_index=None):
    args = _prep(n, cab, car, cbrown, cw, cm, lai, lidfa, hspot, tts, tto, psi, ant, rsoil, psoil)
    n, cab, car, cbrown, cw, cm, lai, lidfa, hspot, tts, tto, psi, ant, rsoil, psoil = args
    refl, trans = prospect_d(n, cab, car, cbrown, cw, cm, ant, wl_index=wl_index)
    soil = soil_reflectance(rsoil, psoil, wl_index)
    return foursail(refl, trans, lidfa, lai, hspot, tts, tto, psi, soil), soil


def canopy_reflectance(n, cab, car, cbrown, cw, cm, lai, lidfa, hspot, tts, tto, psi,
                       ant=0.0, rsoil=1.0, psoil=1.0):
    """Bidirectional canopy reflectance (4SAIL rsot), shape ``S + (2101,)``."""
    return _run(n, cab, car, cbrown, cw, cm, lai, lidfa, hspot, tts, tto, psi, ant, rsoil, psoil)[0].rsot


def s2_bands(spectrum, platform="S2A"):
    """SRF-weighted Sentinel-2 bands of a (..., 2101) spectrum -> (..., 13)."""
    if not spectrum.is_floating_point():
        spectrum = spectrum.to(torch.float64)
    if spectrum.shape[-1] != WAVELENGTHS.size:
        raise ValueError(f"spectrum must end with {WAVELENGTHS.size} wavelengths, got {tuple(spectrum.shape)}")
    srf = _const(("srf", platform), lambda: _np_prosail.load_s2_srf(platform), spectrum)
    return spectrum @ srf


def fcover(lai, lidfa):
    """1 - nadir gap fraction = 1 - exp(-ko(tto=0) lai) (-)."""
    lai, lidfa = _prep(lai, lidfa)
    _, _, litab = _np_sail.lidf_class_bounds()
    chi_o = _const(("chi_o_nadir",), lambda: _np_sail.volscatt(0.0, 0.0, 0.0, litab)[1], lai)
    ko = campbell_lidf(lidfa) @ chi_o
    return -torch.expm1(-ko * lai)


def fapar(n, cab, car, cbrown, cw, cm, lai, lidfa, hspot, tts, ant=0.0, rsoil=1.0, psoil=1.0):
    """Black-sky fAPAR (400-700 nm mean of canopy absorptance for direct sun);
    derivation in :func:`eolatent.core.physics.prosail.fapar`."""
    fl, soil = _run(n, cab, car, cbrown, cw, cm, lai, lidfa, hspot, tts, 0.0, 0.0, ant, rsoil, psoil,
                    wl_index=_PAR_INDEX)
    soil_irr = fl.tss + (fl.tsd + fl.tss * soil * fl.rdd) / (1.0 - soil * fl.rdd)
    return (1.0 - fl.rsdt - (1.0 - soil) * soil_irr).mean(dim=-1)
