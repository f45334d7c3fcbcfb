# SPDX-License-Identifier: GPL-3.0-or-later
"""Does few-shot fine-tuning of the Presto encoder pay? Western US land cover, the protocol of label_efficiency.py.

    .venv/bin/python bench/presto_finetune.py --out bench/presto_finetune.md          (about 8 minutes on 2 cores)

For each of ten seeded draws (the same spatial split and labelled samples as bench/label_efficiency.py) and each
budget (5 and 20 labels a class): the published encoder (models/training/presto, torch) and a linear head on its
pooled embedding are trained end to end on the labelled samples only (cross-entropy, AdamW, head learning rate 1e-2,
whole months masked at random as augmentation); then
* "head": the fine-tuned head's prediction;
* "vote, fine-tuned": the fine-tuned embedding with the raw series in eolatent:classify's CLASSIFIER=ensemble;
* "vote, frozen": the published embedding in the same vote (label_efficiency.md's "ensemble" column).
Score: macro-F1 on the test side, mean ± sd over the draws. Needs torch (the training dependencies).
"""
from __future__ import annotations

import argparse
import collections
import copy
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, ROOT)

import label_efficiency as le  # noqa: E402
from eolatent.core.classify import ensemble  # noqa: E402
from eolatent.core.classify import fewshot as fs  # noqa: E402
from eolatent.core.classify.split import draw_budget, spatial_split  # noqa: E402
from eolatent.core.classify.train import KNN_MAX_PER_CLASS  # noqa: E402

WEIGHTS = os.path.join(ROOT, "models", "training", "data_sources", "presto", "default_model.pt")   # MIT, in the repo
SETTINGS = ((20, 3e-5), (100, 1e-5), (50, 1e-4))      # (steps, encoder learning rate)
MASK_MONTH = 0.3


class TorchEmbedder:
    """le.load_westernus's encoder interface (``embed``) on the torch model, keeping its inputs for fine-tuning."""

    def __init__(self, encoder):
        self.encoder = encoder

    def embed(self, x, mask, latlon, month, dynamic_world=None):
        import torch

        from eolatent.core.encode.presto import inputs as pin

        n, t = x.shape[:2]
        self.inputs = (torch.tensor(x, dtype=torch.float32), torch.tensor(mask, dtype=torch.float32),
                       torch.full((n, t), pin.DW_MISSING, dtype=torch.long),
                       torch.tensor(latlon, dtype=torch.float32),
                       torch.tensor(np.broadcast_to(np.asarray(month, np.int64), (n, t)).copy()))
        return self.run(self.encoder)

    def run(self, encoder):
        import torch

        encoder.eval()
        with torch.no_grad():
            return torch.cat([encoder(*(v[i:i + 512] for v in self.inputs))
                              for i in range(0, len(self.inputs[0]), 512)]).numpy()


def finetune(base, inputs, idx, y, n_classes, steps, lr, seed):
    import torch

    torch.manual_seed(seed)
    enc, head = copy.deepcopy(base), torch.nn.Linear(128, n_classes)
    opt = torch.optim.AdamW([{"params": enc.parameters(), "lr": lr}, {"params": head.parameters(), "lr": 1e-2}],
                            weight_decay=0.01)
    x, mask, dw, latlon, month = (v[idx] for v in inputs)
    target = torch.tensor(y)
    enc.train()
    for _ in range(steps):
        drop = (torch.rand(mask.shape[:2]) < MASK_MONTH).float()[..., None]
        m = torch.maximum(mask, drop)
        m[:, 0] = mask[:, 0]                               # the first month always as given
        loss = torch.nn.functional.cross_entropy(head(enc(x, m, dw, latlon, month)), target)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return enc, head


def vote_f1(P, R, lab, test, codes, present, seed):
    from sklearn.metrics import f1_score

    X = np.concatenate([P, R], 1)
    est = ensemble.make_ensemble([P.shape[1], R.shape[1]], codes[lab], seed=seed, n_trees=32, scale=False)
    ensemble.fit_ensemble(est, X[lab], codes[lab], KNN_MAX_PER_CLASS, seed=seed)
    return f1_score(codes[test], est.predict(X[test]), labels=present, average="macro", zero_division=0)


def main(argv=None):
    import torch
    from sklearn.metrics import f1_score

    from models.training.presto.model import load_presto

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(HERE, "presto_finetune.md"))
    ap.add_argument("--draws", type=int, default=10)
    ap.add_argument("--budgets", default="5,20")
    a = ap.parse_args(argv)
    torch.set_num_threads(2)
    t0 = time.perf_counter()
    base = load_presto(WEIGHTS).encoder
    emb = TorchEmbedder(base)
    data = le.load_westernus(emb, quick=False)
    y = data["label"]
    classes = sorted(set(y.tolist()))
    codes = np.array([classes.index(v) for v in y])
    ids = np.arange(len(y))
    budgets = [int(b) for b in a.budgets.split(",")]
    cols = ["vote, frozen"] + [f"vote, fine-tuned {s} steps, lr {lr:g}" for s, lr in SETTINGS] + \
        [f"head, fine-tuned {s} steps, lr {lr:g}" for s, lr in SETTINGS]
    res = collections.defaultdict(list)
    for d in range(a.draws):
        sp = spatial_split(ids, codes, data["centroid"], le.VALIDATION_FRACTION, data["block"], seed=d,
                           exact_first=False)
        pool, test = np.sort(sp.train), np.sort(sp.validation)
        ref = np.zeros(len(y), bool)
        ref[pool] = True
        present = sorted(set(codes[test].tolist()))
        R = fs.standardise_blocks([data["X"]["raw"]], ref)
        P = fs.standardise_blocks([data["X"]["presto"]], ref)
        for b in budgets:
            lab = draw_budget(pool, codes[pool], b, seed=1000 * d + b)
            res[(cols[0], b)].append(vote_f1(P, R, lab, test, codes, present, d))
            for steps, lr in SETTINGS:
                enc, head = finetune(base, emb.inputs, lab, codes[lab], len(classes), steps, lr, d)
                e = emb.run(enc)
                with torch.no_grad():
                    pred = head(torch.tensor(e[test])).argmax(1).numpy()
                res[(f"head, fine-tuned {steps} steps, lr {lr:g}", b)].append(
                    f1_score(codes[test], pred, labels=present, average="macro", zero_division=0))
                res[(f"vote, fine-tuned {steps} steps, lr {lr:g}", b)].append(
                    vote_f1(fs.standardise_blocks([e], ref), R, lab, test, codes, present, d))
        print(f"draw {d + 1}/{a.draws}: {time.perf_counter() - t0:.0f} s", flush=True)
    lines = ["# Few-shot fine-tuning of Presto: does it pay? (western US land cover)", "",
             f"`bench/presto_finetune.py`, {a.draws} draws, {time.perf_counter() - t0:.0f} s on {os.cpu_count()} "
             "cores. Protocol and data of bench/label_efficiency.md (western US: Dynamic World labels, sites in "
             "0.25° cells held out); fine-tuning on the labelled samples only; macro-F1 on the test side, mean ± sd.",
             "", "| | " + " | ".join(f"{b} labels a class" for b in budgets) + " |",
             "|---|" + "---|" * len(budgets)]
    for c in cols:
        lines.append(f"| {c} | " + " | ".join(f"{np.mean(res[(c, b)]):.3f} ± {np.std(res[(c, b)]):.3f}"
                                                for b in budgets) + " |")
    best = {b: max(cols[1:1 + len(SETTINGS)], key=lambda c: np.mean(res[(c, b)])) for b in budgets}
    lines += ["", "Best fine-tuned vote minus the frozen vote, paired over the draws (mean ± standard error): " +
              "; ".join(f"{b} labels {np.mean(np.subtract(res[(best[b], b)], res[(cols[0], b)])):+.3f} ± "
                        f"{np.std(np.subtract(res[(best[b], b)], res[(cols[0], b)])) / np.sqrt(a.draws):.3f}"
                        for b in budgets) + ".", ""]
    with open(a.out, "w") as fh:
        fh.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
