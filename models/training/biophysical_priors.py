# SPDX-License-Identifier: GPL-3.0-or-later
"""Parameter priors of the biophysical retrieval: the training mixture and the two test distributions.

Why a mixture.  A hybrid retrieval (network trained on simulations) returns, for a given spectrum,
roughly the *posterior mean* of LAI under its training prior.  The S2 Toolbox ATBD prior
(:data:`simulate_biophysical.DISTRIBUTIONS`: LAI ~ truncated Gaussian, mode 2, and leaf/soil ranges that
converge with LAI) puts little mass above LAI 4, so where the spectrum saturates (dense canopies) the
posterior mean is pulled back towards 2–3: the prior decides the answer.  The training prior used here
is a mixture (the ``wide`` prior, :data:`PRIORS`):

* ``atbd`` (weight :data:`MIXTURE_WEIGHTS`) — the ATBD design, realistic co-distributions;
* ``broad`` — LAI uniform on [0, 8] and every leaf/soil/canopy parameter drawn independently and widely
  (:data:`BROAD`), so dense canopies with any leaf type are as frequent as sparse ones and the network
  sees the whole ambiguity it will meet.

The ``codistributed`` prior (:func:`sample_codistributed`, the variants named ``…_codist``) keeps the ATBD design's
co-distribution of the leaf and soil parameters with LAI and only makes LAI flat on [0, 8]. Slightly better overall on
the ATBD test (its own family), it fails the uniform-LAI test (its dense canopies have typical leaves only); on real
scenes it follows the near infrared of dense canopies somewhat more and agrees better with SL2P
(bench/biophysical_evaluation.md).

Test distributions (never used for training; their own seeds):

* ``atbd`` — the ATBD design with band noise (the historical test set of the model);
* ``uniform_wide`` — the issue's "uniform-LAI" test: LAI U(0, 7), N U(1.2, 2.2), Cab U(10, 80),
  Cbrown U(0, 0.5), hotspot U(0.05, 0.5), sun zenith U(20°, 60°), view zenith U(0°, 10°), the other
  parameters uniform over the ATBD LAI-0 ranges; noise-free.
"""
from __future__ import annotations

from typing import Callable, Dict

import numpy as np

from eolatent.models.training import simulate_biophysical as sim

# Broad prior: (low, high) of a uniform law unless noted; "sq" draws low + (high - low) * U² (mass near low).
BROAD: Dict[str, tuple] = {
    "lai": (0.0, sim.LAI_MAX),
    "lidfa": (20.0, 85.0),
    "hspot": (0.02, 0.6),
    "n": (1.1, 2.5),
    "cab": (5.0, 90.0),
    "ant": (0.0, 2.0),
    "cm": (0.002, 0.015),
    "cw_rel": (0.55, 0.90),
    "cbrown": (0.0, 1.0, "sq"),
    "rsoil": (0.3, 1.5),
    "psoil": (0.0, 1.0),
    "tts": (0.0, 70.0),
    "tto": (0.0, 12.0),
    "psi": (0.0, 180.0),
}
# The uniform-LAI test: the named ranges, other parameters uniform over the ATBD LAI-0 ranges.
UNIFORM_WIDE: Dict[str, tuple] = {
    "lai": (0.0, 7.0),
    "n": (1.2, 2.2),
    "cab": (10.0, 80.0),
    "cbrown": (0.0, 0.5),
    "hspot": (0.05, 0.5),
    "tts": (20.0, 60.0),
    "tto": (0.0, 10.0),
    "lidfa": (30.0, 80.0),
    "ant": (0.0, 2.0),
    "cm": (0.003, 0.011),
    "cw_rel": (0.60, 0.85),
    "rsoil": (0.5, 1.5),
    "psoil": (0.0, 1.0),
    "psi": (0.0, 180.0),
}
MIXTURE_WEIGHTS = {"atbd": 0.4, "broad": 0.6}


def _independent(table: Dict[str, tuple]) -> Callable:
    def sample(n: int, rng: np.random.Generator) -> Dict[str, np.ndarray]:
        p = {}
        for name, spec in table.items():
            lo, hi = spec[0], spec[1]
            u = rng.random(n)
            if len(spec) > 2 and spec[2] == "sq":
                u = u * u
            p[name] = lo + (hi - lo) * u
        ratio = sim.DISTRIBUTIONS["car_ratio"]
        lo_r, hi_r = np.full(n, ratio["min"]), np.full(n, ratio["max"])
        p["car_ratio"] = sim._draw(rng, ratio, lo_r, hi_r)
        p["car"] = p["cab"] * p["car_ratio"]
        p["cw"] = p["cm"] * p["cw_rel"] / (1.0 - p["cw_rel"])
        return p
    return sample


sample_broad = _independent(BROAD)
sample_uniform_wide = _independent(UNIFORM_WIDE)


def sample_mixture(n: int, rng: np.random.Generator) -> Dict[str, np.ndarray]:
    """The training prior: ATBD co-distribution and broad prior mixed by :data:`MIXTURE_WEIGHTS`."""
    is_broad = rng.random(n) < MIXTURE_WEIGHTS["broad"]
    a = sim.sample_parameters(n, rng)
    b = sample_broad(n, rng)
    out = {k: np.where(is_broad, b[k], a[k]) for k in a}
    out["prior_component"] = is_broad.astype(np.int8)
    return out


def sample_codistributed(n: int, rng: np.random.Generator) -> Dict[str, np.ndarray]:
    """The ``codistributed`` training prior: LAI uniform on [0, 8] and every other parameter drawn from the ATBD
    design's law *given that LAI* (:func:`simulate_biophysical.bounds`: leaf and soil ranges that narrow towards dense
    canopies). As the ATBD design, dense canopies have typical leaves, so near-infrared brightness reads as LAI (SL2P's
    reading); unlike it, LAI itself is flat, so dense canopies are as frequent as sparse ones."""
    return sim.sample_given_lai(rng.uniform(0.0, sim.LAI_MAX, n), rng)


# the training priors a variant may use (biophysical_variants.py): the default mixture, and the co-distributed one
PRIORS = {"wide": sample_mixture, "codistributed": sample_codistributed}
SAMPLERS = {"atbd": sim.sample_parameters, "broad": sample_broad, "mixture": sample_mixture,
            "uniform_wide": sample_uniform_wide, "codistributed": sample_codistributed}


def summary(prior: str = "wide") -> dict:
    """JSON-serialisable description of the training ``prior`` and of the test distributions (for the card)."""
    fmt = lambda t: {k: (list(v[:2]) + (["low-weighted (U^2)"] if len(v) > 2 else [])) for k, v in t.items()}
    training = {"mixture_weights": dict(MIXTURE_WEIGHTS),       # the wide prior (cards before PRIOR had no name)
                "atbd": "S2 Toolbox ATBD design with LAI co-distribution (see distributions)",
                "broad": {"law": "independent uniforms", "ranges": fmt(BROAD)}} if prior == "wide" else {
        "name": "codistributed", "lai": [0.0, sim.LAI_MAX], "law": "LAI uniform; every other parameter from the "
        "ATBD design's law given that LAI (see distributions: ranges narrowing towards at_lai_max)"}
    return {
        "training_prior": training,
        "test_uniform_wide": {"law": "independent uniforms, noise-free", "ranges": fmt(UNIFORM_WIDE)},
    }
