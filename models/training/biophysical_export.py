# SPDX-License-Identifier: GPL-3.0-or-later
"""ONNX export of the biophysical network and every held-out figure measured on the exported file.

Used by train_biophysical.py: ``export_onnx`` (opset 17, IR 9), ``run_onnx`` (onnxruntime, CPU) and
``measure`` (ATBD test, stress noise, uniform-LAI test, per-bin figures, reliability, goals).
"""
from __future__ import annotations


import numpy as np

from eolatent.models.training import biophysical_eval as bev
from eolatent.models.training import biophysical_variants as variants
from eolatent.models.training import cli
from eolatent.models.training import simulate_biophysical as sim
from eolatent.models.training.metrics import _r, evaluate
from eolatent.models.training.onnx_eval import cpu_session, export_module
from eolatent.models.training.onnx_fold import fold_standardisation

OPSET = 17
IR_VERSION = 9


log = cli.logger("train_biophysical")  # its lines read as the trainer's


def features(bands: np.ndarray, angles: np.ndarray) -> np.ndarray:
    """Same features as nets.BiophysicalExport.features, in numpy: bands + cos(angles)."""
    return np.concatenate([bands, np.cos(np.deg2rad(angles))], axis=1).astype(np.float32)


def sl2p_columns(variant: str = "s2") -> list:
    """Columns of ``features`` that the SL2P design uses (its bands within the variant + the 3 cosines)."""
    bands = variants.VARIANTS[variant]["bands"]
    return [bands.index(b) for b in variants.sl2p_bands(variant)] + [len(bands) + i for i in range(3)]


def export_onnx(module, n_bands: int):
    """The export wrapper traced on a small batch → a checked ONNX model (onnx_eval.export_module), its input and
    output standardisation folded into the first and last layers (onnx_fold.py)."""
    import torch

    bands = torch.rand(4, n_bands)
    angles = torch.rand(4, 3) * 40.0
    return fold_standardisation(export_module(module, (bands, angles), ["bands", "angles"], ["mean", "std"],
                         {"bands": {0: "N"}, "angles": {0: "N"}, "mean": {0: "N"}, "std": {0: "N"}},
                         "eolatent.models.training.train_biophysical", OPSET, IR_VERSION))


def run_onnx(model_bytes: bytes, bands: np.ndarray, angles: np.ndarray):
    sess = cpu_session(model_bytes, 2)
    mean, std = sess.run(["mean", "std"], {"bands": bands.astype(np.float32), "angles": angles.astype(np.float32)})
    return mean, std


# ---------------------------------------------------------------------------------------------------
def measure(export, base, bare: bytes, data: dict, seed: int) -> dict:
    """Every held-out figure, with onnxruntime on the exported file (the SL2P design with torch)."""
    import torch

    cols = sl2p_columns(data["variant"])
    scalers = data["scalers"]

    def predict(bands, angles):
        mean, std = run_onnx(bare, bands, angles)
        with torch.no_grad():
            b = base(torch.from_numpy(features(bands, angles)[:, cols])).numpy()
        return mean, std, b * scalers["y_std"] + scalers["y_mean"]

    te, un = data["test"], data["uniform"]
    mean, std, base_pred = predict(te["bands"], te["angles"])
    with torch.no_grad():
        t_mean, t_std = export(torch.from_numpy(te["bands"].astype(np.float32)),
                               torch.from_numpy(te["angles"].astype(np.float32)))
    onnx_vs_torch = float(max(np.abs(mean - t_mean.numpy()).max(), np.abs(std - t_std.numpy()).max()))
    per_var = evaluate(mean, std, base_pred, te["targets"])
    for v, m in per_var.items():
        log(f"test {v:6s} RMSE {m['rmse']:.4f} (SL2P design {m['baseline_rmse']:.4f})  bias {m['bias']:+.4f}  "
            f"R2 {m['r2']:.3f}  ±1σ coverage {100 * m['coverage_1sigma']:.1f} %  ±2σ {100 * m['coverage_2sigma']:.1f} %")
    # robustness: the same clean test spectra under the harsher, band-independent NOISE_STRESS model
    stress_rng = np.random.default_rng(np.random.SeedSequence(seed).spawn(7)[6])
    stressed = sim.add_noise(te["bands_clean"], stress_rng, te["band_idx"], sim.NOISE_STRESS)
    stress = evaluate(*predict(stressed, te["angles"]), te["targets"])
    log("stress noise: LAI RMSE %.4f (SL2P design %.4f), ±1σ coverage %.1f %%" % (
        stress["LAI"]["rmse"], stress["LAI"]["baseline_rmse"], 100 * stress["LAI"]["coverage_1sigma"]))
    u_mean, u_std, u_base = predict(un["bands"], un["angles"])
    t_lai, u_lai = te["targets"][:, 0], un["targets"][:, 0]
    atbd_bins = bev.lai_by_bin(mean[:, 0], t_lai, std[:, 0])
    uniform = bev.lai_summary(u_mean[:, 0], u_lai, u_std[:, 0])
    uniform_bins = bev.lai_by_bin(u_mean[:, 0], u_lai, u_std[:, 0])
    log(f"uniform-LAI wide noise-free test: LAI RMSE {uniform['rmse']:.3f} r {uniform['r']:.3f} bias "
        f"{uniform['bias']:+.3f} ±1σ coverage {100 * uniform['coverage_1sigma']:.1f} %")
    for name, bins in (("ATBD test", atbd_bins), ("uniform test", uniform_bins)):
        log(f"{name} per LAI bin (RMSE / bias / coverage):\n" + bev.markdown_bins({"this model": bins}))
    goals = bev.goals(uniform, uniform_bins, atbd_bins)
    return {
        "test_set": {"n": int(te["targets"].shape[0]), "prior": "ATBD design",
                     "noise": "same band-noise model as training, independent draw",
                     "seed": f"SeedSequence({seed}).spawn(6)[2]"},
        "per_variable": {v: {k: _r(x) for k, x in m.items()} for v, m in per_var.items()},
        "lai_by_class": atbd_bins,
        "baseline_lai_by_class": bev.lai_by_bin(base_pred[:, 0], t_lai),
        "uniform_wide_test": {
            "description": "noise-free, independent uniforms (biophysical_priors.UNIFORM_WIDE), "
                           f"SeedSequence({seed}).spawn(6)[4]",
            "LAI": uniform, "lai_by_bin": uniform_bins,
            "baseline_LAI": bev.lai_summary(u_base[:, 0], u_lai), "baseline_lai_by_bin": bev.lai_by_bin(u_base[:, 0], u_lai),
        },
        "goals": goals,
        "reliability_LAI": {"ATBD test": bev.reliability(mean[:, 0], t_lai, std[:, 0]),
                            "uniform-LAI test": bev.reliability(u_mean[:, 0], u_lai, u_std[:, 0])},
        "stress_noise": {
            "noise": "NOISE_STRESS of simulate_biophysical (band-independent 2-3 % + 0.004-0.010), not seen in "
                     "training, same clean test spectra",
            "per_variable": {v: {"rmse": _r(m["rmse"]), "baseline_rmse": _r(m["baseline_rmse"]),
                                 "coverage_1sigma": _r(m["coverage_1sigma"])} for v, m in stress.items()},
        },
        "baseline_sl2p": {
            "design": "SL2P design: one network per variable, 1 hidden layer of 5 tanh neurons, linear output, MSE; "
                      f"inputs {' '.join(variants.sl2p_bands(data['variant']))} + cos(sun zenith, view zenith, "
                      "relative azimuth) min-max scaled to [-1, 1]; Adam instead of Levenberg-Marquardt; same "
                      "simulations and epochs",
            "per_variable": {v: {"rmse": _r(m["baseline_rmse"]), "bias": _r(m["baseline_bias"]),
                                 "r2": _r(m["baseline_r2"])} for v, m in per_var.items()},
        },
        "onnx_vs_torch_max_abs_diff": onnx_vs_torch,
    }
