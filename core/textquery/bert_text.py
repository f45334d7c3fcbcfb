# SPDX-License-Identifier: GPL-3.0-or-later
"""The text normalisation of the BERT uncased tokenizer (all-MiniLM-L6-v2), pure Python: what the text model reads
of a prompt before WordPiece — :func:`normalize` (clean, CJK spacing, accents stripped, lower case) and
:func:`pre_tokenize` (words, each punctuation character a word of its own). Used by the tokenizer
(text_encoder.WordPieceTokenizer) and by the prompt checks (prompt_language.prompt_key), so both read a prompt alike."""
from __future__ import annotations

import unicodedata
from typing import List


def _is_control(ch: str) -> bool:
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch) in ("Cc", "Cf", "Cn", "Co", "Cs")


def _is_whitespace(ch: str) -> bool:
    return ch in " \t\n\r" or unicodedata.category(ch) in ("Zs", "Zl", "Zp")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B920 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def normalize(text: str) -> str:
    """BertNormalizer(clean_text, handle_chinese_chars, strip_accents, lowercase), in that order."""
    out = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD or _is_control(ch):
            continue
        if _is_whitespace(ch):
            out.append(" ")
        elif _is_cjk(cp):
            out.append(f" {ch} ")
        else:
            out.append(ch)
    text = unicodedata.normalize("NFD", "".join(out))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return "".join(ch.lower() for ch in text)  # per character, as the Rust tokenizer (no final-sigma rule)


def pre_tokenize(text: str) -> List[str]:
    """BertPreTokenizer: split on whitespace, every punctuation character a word of its own."""
    words: List[str] = []
    for chunk in text.split():
        current = []
        for ch in chunk:
            if _is_punctuation(ch):
                if current:
                    words.append("".join(current))
                    current = []
                words.append(ch)
            else:
                current.append(ch)
        if current:
            words.append("".join(current))
    return words


__all__ = ["normalize", "pre_tokenize"]
