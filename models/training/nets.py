# SPDX-License-Identifier: GPL-3.0-or-later
"""Torch modules for the biophysical retrieval (training side only; the plugin runs the ONNX export).

* :class:`HeteroscedasticMLP` — the shipped network: a small MLP that predicts, for every output
  variable, the mean and the log-variance of a Gaussian on *standardised* targets.
* :class:`BiophysicalExport` — wraps a trained MLP with every normalisation step (cosine of the
  angles, input standardisation, target de-standardisation, σ calibration) so that the exported ONNX
  graph takes raw reflectances + angles in degrees and returns physical units (the ONNX contract).
* :class:`SL2PBaseline` — the SNAP / SL2P design (Weiss & Baret, S2 Toolbox ATBD): one independent
  network per variable, one hidden layer of 5 tanh neurons, linear output, inputs min-max scaled to
  [-1, 1], trained with a mean-squared error.  The five networks are held in batched weight tensors
  so they train in one pass; their parameters are disjoint, so this is exactly five separate nets.
"""
from __future__ import annotations

import math
from typing import Sequence

import torch
from torch import nn

LOGVAR_MIN, LOGVAR_MAX = -14.0, 6.0  # on standardised targets: σ from ~1e-3 to ~20 target SDs


def piecewise_linear(x: torch.Tensor, knots: torch.Tensor, values: torch.Tensor) -> torch.Tensor:
    """[N, 1] x → [N, M]: the linear interpolation of ``values`` [K, M] given at the increasing ``knots`` [1, K],
    constant beyond the ends, written as values[0] + Σ_k c_k·relu(x − knot_k) — one subtraction, one ReLU and one
    matrix product (in an exported graph the coefficients fold into constants; faster in onnxruntime than hat
    functions or Floor + Gather). Serves the in-graph calibration and the fit of the LAI recalibration."""
    slopes = (values[1:] - values[:-1]) / (knots[0, 1:] - knots[0, :-1])[:, None]       # [K-1, M]
    coef = torch.cat([slopes[:1], slopes[1:] - slopes[:-1], -slopes[-1:]], dim=0)      # [K, M]
    return values[:1] + torch.relu(x - knots) @ coef


class HeteroscedasticMLP(nn.Module):
    """``n_in`` standardised features → (mean, log-variance) for ``n_out`` standardised targets."""

    def __init__(self, n_in: int, n_out: int, hidden: Sequence[int] = (64, 64)):
        super().__init__()
        layers = []
        width = n_in
        for h in hidden:
            layers += [nn.Linear(width, h), nn.SiLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(width, 2 * n_out)
        self.n_out = n_out
        with torch.no_grad():  # start with unit predicted variance
            self.head.bias[n_out:].zero_()

    def forward(self, x: torch.Tensor):
        out = self.head(self.body(x))
        mu = out[:, : self.n_out]
        logvar = torch.clamp(out[:, self.n_out:], LOGVAR_MIN, LOGVAR_MAX)
        return mu, logvar

    def macs_per_sample(self) -> int:
        return sum(m.in_features * m.out_features for m in self.modules() if isinstance(m, nn.Linear))


def beta_nll(mu: torch.Tensor, logvar: torch.Tensor, y: torch.Tensor, beta: float = 0.5) -> torch.Tensor:
    """Gaussian negative log-likelihood, optionally β-weighted (Seitzer et al., ICLR 2022).

    With ``beta = 0`` this is the plain Gaussian NLL. ``beta > 0`` multiplies each sample's NLL by
    the (gradient-stopped) predicted variance to the power β, which keeps badly-fitted, high-variance
    samples from being ignored by the mean and gives means close to an MSE fit.
    """
    nll = 0.5 * (logvar + (y - mu) ** 2 * torch.exp(-logvar) + math.log(2 * math.pi))
    if beta:
        nll = nll * torch.exp(beta * logvar.detach())
    return nll.mean()


class BiophysicalExport(nn.Module):
    """Raw inputs → physical outputs, everything the ONNX graph needs.

    bands  [N, B] reflectance (0-1) of the variant's bands (see biophysical_variants.py)
    angles [N, 3]  sun zenith, view zenith, relative azimuth, degrees
    → mean [N, 5], std [N, 5] in the units of each variable.

    σ calibration: ``sigma_scale`` (one factor per variable) times, when ``cal_scale`` is given, a
    factor per variable interpolated linearly in the predicted first variable (LAI) between the knots
    ``cal_knots`` (equally spaced; constant beyond the ends): ±1σ then covers 68 % of the validation
    truths at every level of predicted LAI, not only on average. ``lai_shift`` (per knot, interpolated the same
    way) is added to LAI: with the σ factor of :meth:`set_recalibration` it makes ±1σ cover 60–76 % of the truths
    in every bin of *true* LAI (biophysical_recalibration.py).
    """

    def __init__(self, net: HeteroscedasticMLP, x_mean, x_std, y_mean, y_std, sigma_scale, cal_knots=None,
                 cal_scale=None, lai_shift=None):
        super().__init__()
        self.net = net
        f32 = dict(dtype=torch.float32)
        self.register_buffer("x_mean", torch.as_tensor(x_mean, **f32).reshape(1, -1))
        self.register_buffer("x_std", torch.as_tensor(x_std, **f32).reshape(1, -1))
        self.register_buffer("y_mean", torch.as_tensor(y_mean, **f32).reshape(1, -1))
        self.register_buffer("y_std", torch.as_tensor(y_std, **f32).reshape(1, -1))
        self.register_buffer("sigma_scale", torch.as_tensor(sigma_scale, **f32).reshape(1, -1))
        self.register_buffer("deg2rad", torch.tensor(math.pi / 180.0, **f32))
        knots = torch.as_tensor([0.0, 1.0] if cal_knots is None else cal_knots, **f32)
        scale = torch.ones(knots.numel(), len(y_mean), **f32) if cal_scale is None else torch.as_tensor(cal_scale, **f32)
        self.register_buffer("cal_knots", knots.reshape(1, -1))
        self.register_buffer("cal_scale", scale)
        shift = torch.zeros(knots.numel(), 1, **f32) if lai_shift is None else \
            torch.as_tensor(lai_shift, **f32).reshape(-1, 1)
        self.register_buffer("lai_shift", shift)

    def set_recalibration(self, shift, factor) -> None:
        """Bake the LAI recalibration (biophysical_recalibration.py) in: shift added to LAI and σ_LAI multiplied by
        factor, both interpolated along the predicted LAI on the calibration knots."""
        self.lai_shift.copy_(torch.as_tensor(shift, dtype=torch.float32).reshape(-1, 1))
        self.cal_scale[:, 0] *= torch.as_tensor(factor, dtype=torch.float32)

    def _knot_interpolation(self, lai: torch.Tensor) -> torch.Tensor:
        """[N, 1] predicted LAI → [N, n_out + 1]: the σ factors and the LAI shift (:func:`piecewise_linear`)."""
        return piecewise_linear(lai, self.cal_knots, torch.cat([self.cal_scale, self.lai_shift], dim=1))

    def calibration(self, lai: torch.Tensor) -> torch.Tensor:
        """[N, 1] predicted LAI → [N, n_out] σ factor."""
        return self._knot_interpolation(lai)[:, :-1]

    @staticmethod
    def features(bands: torch.Tensor, angles: torch.Tensor, deg2rad) -> torch.Tensor:
        return torch.cat([bands, torch.cos(angles * deg2rad)], dim=1)

    def forward(self, bands: torch.Tensor, angles: torch.Tensor):
        x = (self.features(bands, angles, self.deg2rad) - self.x_mean) / self.x_std
        mu, logvar = self.net(x)
        mean = mu * self.y_std + self.y_mean
        interp = self._knot_interpolation(mean[:, :1])                      # σ factors, then the LAI shift
        std = torch.exp(0.5 * logvar) * (self.y_std * self.sigma_scale) * interp[:, :-1]
        mean = torch.cat([mean[:, :1] + interp[:, -1:], mean[:, 1:]], dim=1)
        return mean, std


class SL2PBaseline(nn.Module):
    """``n_var`` independent 1-hidden-layer (5 tanh) networks, inputs scaled to [-1, 1]."""

    def __init__(self, n_in: int, n_var: int, hidden: int = 5, x_min=None, x_max=None):
        super().__init__()
        g = 1.0 / math.sqrt(n_in)
        self.w1 = nn.Parameter(torch.empty(n_var, n_in, hidden).uniform_(-g, g))
        self.b1 = nn.Parameter(torch.zeros(n_var, 1, hidden))
        g2 = 1.0 / math.sqrt(hidden)
        self.w2 = nn.Parameter(torch.empty(n_var, hidden, 1).uniform_(-g2, g2))
        self.b2 = nn.Parameter(torch.zeros(n_var, 1, 1))
        self.register_buffer("x_min", torch.as_tensor(x_min, dtype=torch.float32).reshape(1, -1))
        self.register_buffer("x_max", torch.as_tensor(x_max, dtype=torch.float32).reshape(1, -1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x [N, n_in] raw features → [N, n_var] predictions (targets scaled as trained)."""
        xs = 2.0 * (x - self.x_min) / (self.x_max - self.x_min) - 1.0
        h = torch.tanh(torch.einsum("ni,vih->vnh", xs, self.w1) + self.b1)
        return (torch.bmm(h, self.w2) + self.b2).squeeze(-1).T
