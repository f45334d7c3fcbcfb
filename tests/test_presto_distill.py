# SPDX-License-Identifier: GPL-3.0-or-later
"""presto_small, Presto distilled into a small CPU student (models/training/presto/distill.py): the views it is
trained on follow the plugin's masking rules, Presto ignores the padding they add, and the shipped student stays
close to Presto on a region it never saw (Uganda / South Sudan), as its card says."""
import json
import os

import numpy as np
import pytest

from eolatent.core.encode.presto import inputs as pin
from eolatent.core.engine.registry import MODELS_DIR, load_model
from eolatent.models.training.presto import distill_data as dd

STUDENT = os.path.join(MODELS_DIR, "encoder_presto_small.onnx")


@pytest.fixture(scope="module")
def africa():
    return dd.load_region("africa")


def test_presto_ignores_the_padding_of_short_views(africa):
    """A view of 5 months padded to 12 with masked steps has the same Presto embedding as the 5 months alone."""
    nat = dd.views({k: v[:40] for k, v in africa.items()}, 1, None, natural=True)
    short = {k: nat[k][:, :5] if k in ("x", "mask", "month") else nat[k] for k in nat}
    pad = {k: nat[k].copy() for k in nat}
    pad["mask"][:, 5:] = 1.0
    pad["x"][:, 5:] = 0.0
    np.testing.assert_allclose(dd.teacher(short, threads=1), dd.teacher(pad, threads=1), atol=1e-4)


def test_views_follow_the_plugin_masking_rules(africa):
    v = dd.views(africa, 6, np.random.default_rng(3))
    x, m = v["x"], v["mask"]
    assert x.shape[1:] == (dd.T_MAX, 17) and len(x) > 0.95 * 6 * len(africa["x"])
    never = [i for i in range(17) if i not in dd.USED]          # ERA5, SRTM: the plugin never has them
    assert (m[:, :, never] == 1).all()
    assert (x[m > 0.5] == 0).all()                                # a masked value is never read, and is 0
    ndvi, b04, b08 = pin.IDX["NDVI"], pin.IDX["B04"], pin.IDX["B08"]
    assert (m[:, :, ndvi] >= np.maximum(m[:, :, b04], m[:, :, b08])).all()   # NDVI only where red and NIR are
    s1 = (m[:, :, dd.S1_IDX] < 0.5).any((1, 2))
    s2 = (m[:, :, dd.S2_IDX] < 0.5).any((1, 2))
    assert 0.15 < (~s1).mean() < 0.40 and 0.05 < (~s2).mean() < 0.25   # S1-only and S2-only views occur
    b8a = (m[:, :, pin.IDX["B8A"]] > 0.5) & (m[:, :, pin.IDX["B08"]] < 0.5)
    assert b8a.any(1).mean() > 0.2                                 # 9-band views (B8A missing, B08 present)
    # months follow each other from the view's first month (padded steps continue the calendar)
    assert (np.diff(v["month"], axis=1) % 12 == 1).all()
    n_months = (m[:, :, dd.USED] < 0.5).any(-1).sum(1)
    assert n_months.min() >= 1 and n_months.max() == dd.T_MAX


def test_shipped_student_close_to_presto_on_a_held_out_region(africa):
    """Measured here on Uganda / South Sudan, a region the student never saw: the median cosine similarity to
    Presto's embedding is the one its card records (± 0.01, CPU kernels differ) and at least 0.85."""
    info = load_model(STUDENT)
    card = info.card
    assert card["tiling"]["embedding_space"] == "eolatent.encoder.presto"
    held = card["training_data"]["held_out_regions"]
    assert "africa" in held and "africa" not in card["training_data"]["regions"]
    from eolatent.core.encode.presto.embed import PrestoEncoder

    nat = dd.views(africa, 1, None, natural=True)
    student = PrestoEncoder(info, provider="cpu", threads=1).embed(nat["x"], nat["mask"], nat["latlon"], nat["month"])
    teacher = dd.teacher(nat, threads=1)
    cos = np.sum(student * teacher, 1) / (np.linalg.norm(student, axis=1) * np.linalg.norm(teacher, axis=1))
    stated = card["metrics"]["held_out"]["africa"]["cosine_natural_views"][0]
    assert abs(float(np.median(cos)) - stated) < 0.01
    assert np.median(cos) >= 0.85
    # the card's held-out figures are those of the metrics file shipped beside it
    with open(os.path.join(MODELS_DIR, "encoder_presto_small.metrics.json")) as fh:
        assert json.load(fh)["held_out"]["africa"] == card["metrics"]["held_out"]["africa"]


def test_the_card_names_its_teacher_by_a_hash_that_survives_card_rewrites():
    """The model audit: the card's teacher_sha256 is the teacher file's hash at training time, which changed when
    Presto's card was rewritten (licence fixes); the weights' hash it records too is the shipped teacher's."""
    from eolatent.core.engine import modelcard

    with open(STUDENT, "rb") as fh:
        data = modelcard.read_card(fh.read())["training_data"]
    with open(os.path.join(MODELS_DIR, "encoder_presto.onnx"), "rb") as fh:
        teacher = fh.read()
    assert data["teacher_weights_sha256"] == modelcard.read_card(teacher)["weights_sha256"] \
        == modelcard.weights_sha256(teacher)
