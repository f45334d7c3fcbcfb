# SPDX-License-Identifier: GPL-3.0-or-later
"""Prompts that pass the cautious language check but hold more foreign than English words get a warning in the run's
log (the French interface invites French prompts; the text model reads English only and maps them as noise)."""
import os

import pytest

from feedback_fixtures import Recording

SLOVENIA = os.path.join(os.path.dirname(__file__), "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")


@pytest.fixture(scope="module")
def encoder():
    from eolatent.core.textquery.query_raster import text_encoder

    return text_encoder("cpu", 1)


@pytest.mark.parametrize("prompt,doubted", [
    ("forêt de feuillus dense", True),           # forêt, de against dense
    ("zone forestière dense et humide", True),   # as many foreign as English words, 'et' a French function word
    ("forêt", True),
    ("Côtes du Rhône vineyards", True),
    ("café terraces", False),                     # one accented word beside an English one
    ("forêt dense", False),
    ("trees near the river", False),
    ("rice paddies", False),
])
def test_language_doubt(encoder, prompt, doubted):
    doubt = encoder.language_doubt(prompt)
    assert bool(doubt) is doubted
    if doubted:
        assert doubt.startswith(f"the prompt '{prompt}' may not be English (") and "write the prompt in English" in doubt


@pytest.mark.parametrize("prompt,doubted", [("zzzz qqqq", True), ("xqzv blorf", True), ("a lake", False),
                                            ("NDVI high", False), ("sand dunes", False),
                                            ("cropland", False), ("shrubland", False), ("wetlands", False)])
def test_no_known_word_is_doubted(encoder, prompt, doubted):
    doubt = encoder.language_doubt(prompt)
    assert bool(doubt) is doubted
    if doubted:
        assert doubt.startswith(f"the prompt '{prompt}' holds no word the text model knows")


def test_the_run_warns_and_still_maps(tmp_path):
    from eolatent.core.textquery.query_raster import run_textquery

    fb = Recording()
    run_textquery(SLOVENIA, "forêt de feuillus dense\nmeadows", str(tmp_path / "p.tif"), provider="cpu", threads=1,
                  feedback=fb, cache_dir=str(tmp_path))
    assert [w[:40] for w in fb.warnings] == ["the prompt 'forêt de feuillus dense' may"]
    assert os.path.exists(tmp_path / "p.tif")


@pytest.mark.parametrize("prompt", ["12345", "!!!", "-- ?"])
def test_a_prompt_without_a_letter_is_refused(encoder, prompt):
    """'!!!' mapped (a meaningless direction of the text model); '12345' only got a warning."""
    from eolatent.core.textquery.text_encoder import PromptError

    with pytest.raises(PromptError, match="holds no word \\(only digits, signs or punctuation\\)"):
        encoder.check_prompt(prompt)

