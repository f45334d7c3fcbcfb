# SPDX-License-Identifier: GPL-3.0-or-later
"""Torch PROSAIL (eolatent.models.training.prosail_torch) against numpy."""
import numpy as np
import pytest

torch = pytest.importorskip("torch")

from eolatent.core.physics import prosail as P  # noqa: E402
from eolatent.core.physics import prospect, sail  # noqa: E402
from eolatent.core.physics.special import exp1 as np_exp1  # noqa: E402
from eolatent.models.training import prosail_torch as T  # noqa: E402

RANGES = {
    "n": (1.0, 2.5), "cab": (5.0, 80.0), "car": (1.0, 20.0), "cbrown": (0.0, 1.0),
    "cw": (0.002, 0.05), "cm": (0.002, 0.02), "lai": (0.1, 7.0), "lidfa": (30.0, 80.0),
    "hspot": (0.01, 0.5), "tts": (0.0, 60.0), "tto": (0.0, 30.0), "psi": (0.0, 180.0),
    "ant": (0.0, 5.0), "rsoil": (0.3, 1.5), "psoil": (0.0, 1.0),
}
NO_VIEW = tuple(k for k in RANGES if k not in ("tto", "psi"))
LEAF = ("n", "cab", "car", "cbrown", "cw", "cm", "ant")


@pytest.fixture(autouse=True, scope="module")
def _single_thread():
    # OpenMP worker threads spin-wait; on a loaded 2-core CI box that makes
    # these small elementwise kernels 20-40x slower. One thread is plenty.
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)


def draw(n, seed):
    rng = np.random.default_rng(seed)
    return {k: rng.uniform(lo, hi, n) for k, (lo, hi) in RANGES.items()}


def to_torch(p, requires_grad=False):
    return {k: torch.tensor(v, dtype=torch.float64, requires_grad=requires_grad) for k, v in p.items()}


def np_(t):
    return t.detach().numpy()


def test_exp1_and_prospect_match_numpy():
    x = np.concatenate([np.logspace(-6, 2, 2001), np.linspace(1.9, 2.1, 101)])
    assert np.allclose(np_(T.exp1(torch.tensor(x))), np_exp1(x), rtol=1e-14, atol=0)
    p = draw(16, seed=1)
    r0, t0 = prospect.prospect_d(*(p[k] for k in LEAF))
    r1, t1 = T.prospect_d(*(torch.tensor(p[k]) for k in LEAF))
    assert np.abs(np_(r1) - r0).max() < 1e-12 and np.abs(np_(t1) - t0).max() < 1e-12
    a = np.array([10.0, 45.0, 57.2958, 80.0])
    for classes in ("uniform18", "sail13"):
        assert np.allclose(np_(T.campbell_lidf(torch.tensor(a), classes)), sail.campbell_lidf(a, classes),
                           atol=1e-14, rtol=0)


def test_canopy_s2_fapar_fcover_match_numpy():
    p = draw(24, seed=2)
    pt = to_torch(p)
    r0 = P.canopy_reflectance(**p)
    r1 = T.canopy_reflectance(**pt)
    assert r1.dtype == torch.float64 and r1.shape == (24, 2101)
    assert np.abs(np_(r1) - r0).max() < 1e-6
    for platform in ("S2A", "S2B"):
        assert np.abs(np_(T.s2_bands(r1, platform)) - P.s2_bands(r0, platform)).max() < 1e-6
    fa0 = P.fapar(**{k: p[k] for k in NO_VIEW})
    fa1 = T.fapar(**{k: pt[k] for k in NO_VIEW})
    assert np.abs(np_(fa1) - fa0).max() < 1e-6
    assert np.abs(np_(T.fcover(pt["lai"], pt["lidfa"])) - P.fcover(p["lai"], p["lidfa"])).max() < 1e-6
    with pytest.raises(ValueError):
        T.s2_bands(r1, "S2C")


def test_edge_cases_match_numpy_with_finite_gradients():
    base = {k: float(v[0]) for k, v in draw(1, seed=3).items()}
    updates = [{"lai": 0.0}, {"tts": 0.0, "tto": 0.0, "psi": 0.0}, {"tts": 30.0, "tto": 30.0, "psi": 0.0},
               {"hspot": 0.0}, {"n": 1.0}, {"cab": 0.0, "car": 0.0, "ant": 0.0, "cbrown": 0.0}]
    cases = [dict(base, **u) for u in updates]
    p = {k: np.array([c[k] for c in cases]) for k in RANGES}
    pt = to_torch(p, requires_grad=True)
    r1 = T.canopy_reflectance(**pt)
    assert np.abs(np_(r1) - P.canopy_reflectance(**p)).max() < 1e-6
    (T.s2_bands(r1).sum() + T.fapar(**{k: pt[k] for k in NO_VIEW}).sum()
     + T.fcover(pt["lai"], pt["lidfa"]).sum()).backward()
    for k, v in pt.items():
        assert torch.isfinite(v.grad).all(), k


def test_gradients_finite_and_correct():
    p = draw(8, seed=4)
    pt = to_torch(p, requires_grad=True)
    bands = T.s2_bands(T.canopy_reflectance(**pt))
    loss = bands.square().sum() + T.fapar(**{k: pt[k] for k in NO_VIEW}).sum() \
        + T.fcover(pt["lai"], pt["lidfa"]).sum()
    loss.backward()
    for k, v in pt.items():
        assert v.grad is not None and torch.isfinite(v.grad).all(), k
    for k in ("lai", "cab", "cw", "cm", "n"):
        assert (pt[k].grad.abs() > 0).all(), k
    # analytic vs finite-difference gradients for two samples
    q = {k: v[:2].detach().clone() for k, v in pt.items()}
    names = ("lai", "cab", "cw", "cm", "n")

    def f(*xs):
        return T.s2_bands(T.canopy_reflectance(**dict(q, **dict(zip(names, xs)))))

    inputs = tuple(q[k].clone().requires_grad_(True) for k in names)
    assert torch.autograd.gradcheck(f, inputs, eps=1e-6, atol=1e-6, rtol=1e-4)


def test_float32_inputs():
    p = draw(4, seed=5)
    r32 = T.canopy_reflectance(**{k: torch.tensor(v, dtype=torch.float32) for k, v in p.items()})
    assert r32.dtype == torch.float32
    assert np.abs(np_(r32).astype(np.float64) - P.canopy_reflectance(**p)).max() < 1e-4
