# SPDX-License-Identifier: GPL-3.0-or-later
"""Is a text prompt English? The cautious heuristics behind :meth:`TextEncoder.check_prompt` (refusal) and
:meth:`TextEncoder.language_doubt` (a warning): the text model reads English only, and maps other languages,
codes and noise as meaningless directions."""
from __future__ import annotations

import re
import unicodedata
from typing import Dict, List, Optional, Sequence

from ..i18n import tr
from .bert_text import _is_punctuation, normalize, pre_tokenize

# English-only function words, and function words of common languages written in Latin script that are
# not English words (words shared with English, e.g. "a", "in", "an", "on", "no", "is", "am", "was",
# "die"/"die" aside, are left out on purpose). Used only by the language heuristic below.
_ENGLISH_WORDS = frozenset(
    "the of and with from for near along after before this that these those which where what when who "
    "are were there their its by into over under between around at to or not some many several "
    "without within across behind next than has have had been being be".split())
_FOREIGN_WORDS: Dict[str, frozenset] = {
    "French": frozenset("le la les des du de et est une dans sur avec pour aux ou près sous entre "
                        "après ces cette qui que sont où".split()),
    "German": frozenset("der die das und mit von im auf für ist ein eine einem einer nicht oder bei "
                        "nach über unter zwischen sind dem den vom zum zur neben".split()),
    "Spanish": frozenset("el los las del y en con para por una sobre cerca bajo es son que".split()),
    "Italian": frozenset("il lo gli della delle dei degli nel nella nelle negli sul sulla sulle sui alla alle "
                         "dal dalla con per una sono è di da tra".split()),
    "Portuguese": frozenset("os do da dos das em com para uma não na são".split()),
    "Dutch": frozenset("het een en van op met voor bij naar zijn niet aan de".split()),
}
_ALL_FOREIGN = frozenset().union(*_FOREIGN_WORDS.values())
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ")[0] if name else "UNKNOWN"


def _has_diacritic(word: str) -> bool:
    return any(ord(c) > 127 for c in word) and all(_script(c) == "LATIN" for c in word)


def _language_problem(text: str, pieces: Sequence[str], vocab: Dict[str, int]) -> Optional[str]:
    """Why ``text`` does not look like English, or None. Deliberately conservative:

    1. script: more than half of the letters are not Latin (Cyrillic, Greek, Arabic, CJK, …);
    2. vocabulary: more than half of the wordpieces are [UNK] (characters the model does not know);
    3. Latin-script languages: "foreign" evidence = function words of French, German, Spanish, Italian,
       Portuguese or Dutch that are not English words, plus words with diacritics (é, ü, ß, …) that
       are not capitalised names inside the prompt; "English" evidence = English function words plus
       plain-ASCII words of 4+ letters that are whole words of the model's English vocabulary. The
       prompt is refused when foreign ≥ 2 and foreign > 2 × English. A single foreign or accented word
       ("café terraces", "Côtes du Rhône vineyards", "rice paddies") is never refused.
    """
    letters = [c for c in text if c.isalpha()]
    if letters:
        scripts: Dict[str, int] = {}
        for c in letters:
            s = _script(c)
            if s != "LATIN":
                scripts[s] = scripts.get(s, 0) + 1
        if sum(scripts.values()) > 0.5 * len(letters):
            names = ", ".join(s.title() for s, _ in sorted(scripts.items(), key=lambda kv: -kv[1])[:2])
            return tr("it is written mostly in a non-Latin script ({scripts})", scripts=names)
    if pieces and sum(p == "[UNK]" for p in pieces) > 0.5 * len(pieces):
        return tr("most of its characters are unknown to the model's English vocabulary")
    foreign, english, per_language = _word_evidence(text, vocab)
    if len(foreign) >= 2 and len(foreign) > 2 * english:
        best = max(per_language.items(), key=lambda kv: kv[1])
        if best[1] > 0 and list(per_language.values()).count(best[1]) == 1:
            return tr("it does not look like English (it looks like {language})", language=_language_name(best[0]))
        return tr("it does not look like English")
    return None


def _language_name(language: str) -> str:
    """A key of :data:`_FOREIGN_WORDS` in the user's language."""
    return {"French": tr("French"), "German": tr("German"), "Spanish": tr("Spanish"), "Italian": tr("Italian"),
            "Portuguese": tr("Portuguese"), "Dutch": tr("Dutch")}.get(language, language)


def _word_evidence(text: str, vocab: Dict[str, int]):
    """(foreign words, number of English words, foreign function words per language) of a Latin-script prompt, as
    :func:`_language_problem` counts them."""
    foreign, english = [], 0
    per_language = {lang: 0 for lang in _FOREIGN_WORDS}
    for i, word in enumerate(_WORD_RE.findall(text)):
        low = word.lower()
        if low in _ALL_FOREIGN:
            foreign.append(word)
            for lang, table in _FOREIGN_WORDS.items():
                per_language[lang] += low in table
        elif _has_diacritic(word):
            if i == 0 or not word[0].isupper():  # a capitalised word inside the prompt is likely a name
                foreign.append(word)
        elif low in _ENGLISH_WORDS or (len(low) >= 4 and low.isascii() and low in vocab):
            english += 1
    return foreign, english, per_language


_SUFFIXES = frozenset(("s", "es", "ed", "ing", "ly", "er"))


def _compound_of_words(word: str, vocab: Dict[str, int]) -> bool:
    """Whether a word the vocabulary lacks whole is made of words it holds: "cropland" = crop + ##land,
    "wetlands" = wetland + ##s — at most three pieces of three letters or more (an inflection suffix may be
    shorter), split longest-first as WordPiece splits it. "zzzz" (zz + ##zz) and "blorf" are not."""
    low = word.lower()
    if not low.isalpha():
        return False
    pieces, start = [], 0
    while start < len(low):
        for end in range(len(low), start, -1):
            if (low[start:end] if start == 0 else "##" + low[start:end]) in vocab:
                pieces.append(low[start:end])
                start = end
                break
        else:
            return False
    return 2 <= len(pieces) <= 3 and all(len(p) >= 3 or (k == len(pieces) - 1 and p in _SUFFIXES)
                                         for k, p in enumerate(pieces))


def language_doubt(text: str, vocab: Dict[str, int]) -> Optional[str]:
    """A warning for a prompt that passed :func:`_language_problem` but holds more foreign words than English ones
    ("forêt de feuillus dense": forêt, de against dense), or as many with a foreign function word among them
    ("zone forestière dense et humide"): the model may read it as noise. None otherwise; a lone accented word beside
    an English one ("café terraces") is not doubted. A prompt without a single word of the model's vocabulary
    ("12345", "zzzz qqqq") is doubted too."""
    foreign, english, per_language = _word_evidence(text, vocab)
    if foreign and (len(foreign) > english or (any(per_language.values()) and len(foreign) >= english)):
        return tr("the prompt '{prompt}' may not be English ({words}): the text model understands English only, so "
                  "its map may mean nothing; write the prompt in English", prompt=text, words=", ".join(foreign))
    if not any(w.lower() in vocab or w.lower() in _ENGLISH_WORDS or _compound_of_words(w, vocab)
               for w in _WORD_RE.findall(text)):
        return tr("the prompt '{prompt}' holds no word the text model knows (numbers, codes or letters it reads only "
                  "as fragments): its map may mean nothing; describe what to look for in English words, e.g. "
                  "{example}", prompt=text, example="'vineyards'")
    return None


def no_letter_message(text: str) -> Optional[str]:
    """The refusal of a prompt without a single letter ('!!!', '12345'), None for any other; needs no text model."""
    if any(ch.isalpha() for ch in text):
        return None
    return tr("the text prompt '{prompt}' holds no word (only digits, signs or punctuation): type a short English "
              "description of what to look for, e.g. {example}", prompt=text.strip(), example="'vineyards'")



def prompt_key(text: str, punctuation: bool = True) -> str:
    """The words the text model reads (its tokenizer's normalisation and pre-tokenisation: case, accents and
    spacing aside, 'Forêt ' = 'foret'): equal keys embed identically. With ``punctuation`` False, its punctuation
    words left out too ('Forest.' ~ 'forest': different tokens, near-identical embeddings)."""
    words = pre_tokenize(normalize(text))
    return " ".join(w for w in words if punctuation or not (len(w) == 1 and _is_punctuation(w)))


def repeated_prompt_message(prompts: Sequence[str], negatives: Sequence[str]) -> Optional[str]:
    """The refusal of prompts that share every pixel equally — a text given twice among the prompts (or the negative
    prompts), or as both a prompt and a negative prompt — as read by :func:`prompt_key`; None if none."""
    negated = {prompt_key(n) for n in negatives}
    both = [p for p in prompts if prompt_key(p) in negated]
    if both:      # the same text on both sides shares the softmax equally: a map of 0.5 at most, constant
        return tr("{prompts}: both a prompt and a negative prompt, they cancel out (the map could never exceed 0.5); "
                  "remove it from the negative prompts", prompts=", ".join(map(repr, both)))
    for group in (prompts, negatives):
        seen: Dict[str, str] = {}
        for p in group:
            key = prompt_key(p)
            if key in seen:
                return tr("{first} and {second} are the same prompt to the text model (it reads upper and lower case, "
                          "and accents, alike): they would share every pixel equally, a map of 0.5 everywhere; give "
                          "each prompt once", first=repr(seen[key]), second=repr(p))
            seen[key] = p
    return None


def near_duplicate_warnings(prompts: Sequence[str], negatives: Sequence[str]) -> List[str]:
    """Warnings on prompts that differ only in punctuation ('forest' and 'forest.'): the text model embeds them almost
    alike (cosine about 0.95), so they split the pixels between them and each map means little."""
    out, seen = [], {}
    for p in list(prompts) + list(negatives):
        k = prompt_key(p, punctuation=False)
        if k in seen and prompt_key(seen[k]) != prompt_key(p):
            out.append(tr("{first} and {second} differ only in punctuation: the text model reads them almost alike, "
                          "so they share most pixels and neither map means much; keep one of them",
                          first=repr(seen[k]), second=repr(p)))
        seen.setdefault(k, p)
    return out
