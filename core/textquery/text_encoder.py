# SPDX-License-Identifier: GPL-3.0-or-later
"""Sentence embeddings for text prompts, offline, with numpy + onnxruntime only.

The model is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) exported to ONNX by
``models/training/text/export_minilm.py`` with mean pooling and L2 normalisation inside the graph:
``input_ids``, ``attention_mask`` [batch, tokens] int64 → ``embedding`` [batch, 384] float32, unit norm,
so the cosine similarity of two prompts is the dot product of their embeddings.

The tokenizer is implemented here in pure Python from ``models/text_minilm.vocab.txt``: BERT
uncased WordPiece exactly as the model's ``tokenizer.json`` defines it (HF ``tokenizers``
``BertNormalizer`` with clean_text, CJK split, accent stripping and lowercasing; ``BertPreTokenizer``;
``WordPiece`` with ``##`` continuation, ``[UNK]`` and 100 characters per word at most;
``[CLS] … [SEP]``). It replaces the compiled ``tokenizers`` package (and its ``huggingface_hub``
dependency) at run time; tests/test_text_encoder.py checks id-for-id equality with ``tokenizers``.

:func:`check_prompt` refuses, with a :class:`PromptError` that names the problem and the fix, a prompt
that is empty, holds no letter, is longer than the model's 256 tokens, or is not English (heuristic, see
:mod:`.prompt_language`).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from collections import OrderedDict
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..engine.registry import MODELS_DIR
from ..engine.runtime import get_session
from ..i18n import tr
from .bert_text import normalize, pre_tokenize
from .prompt_language import _language_problem, language_doubt, no_letter_message

DEFAULT_MODEL = os.path.join(MODELS_DIR, "text_minilm.onnx")  # shipped copy; TextEncoder() finds installed ones too
MODEL_ID = "eolatent.text.minilm"
EMBED_DIM = 384
MAX_TOKENS = 256  # sentence-transformers max_seq_length of all-MiniLM-L6-v2, [CLS] and [SEP] included
SPECIAL_TOKENS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")


def _quoted(prompt: str, at_most: int = 40) -> str:
    """A prompt as a message names it among several: quoted, its first words where it is long."""
    if len(prompt) <= at_most:
        return repr(prompt)
    cut = prompt[:at_most + 1]
    return repr((cut.rsplit(None, 1)[0] if " " in cut.strip() else cut[:at_most]).rstrip() + "…")


class PromptError(ValueError):
    """A text prompt the model cannot encode meaningfully; the message says why and what to do. The prompt is the
    value of an option: on the command line, a usage error (exit status 2)."""

    usage_error = True


# ---------------------------------------------------------------------------------------------------
# Tokenizer (BERT uncased WordPiece, pure Python)
# ---------------------------------------------------------------------------------------------------
class WordPieceTokenizer:
    """BERT uncased WordPiece tokenizer read from a ``vocab.txt`` (one token per line, id = line number)."""

    def __init__(self, vocab_path: str, max_chars_per_word: int = 100):
        with open(vocab_path, encoding="utf-8") as fh:
            tokens = [line.rstrip("\n") for line in fh]
        if tokens and tokens[-1] == "":
            tokens.pop()
        self.vocab: Dict[str, int] = {tok: i for i, tok in enumerate(tokens)}
        self.max_chars_per_word = max_chars_per_word
        missing = [t for t in SPECIAL_TOKENS if t not in self.vocab]
        if missing:
            raise ValueError(tr("{file} lacks the special tokens {tokens}", file=vocab_path, tokens=", ".join(missing)))
        self.unk_id, self.cls_id, self.sep_id, self.pad_id = (
            self.vocab["[UNK]"], self.vocab["[CLS]"], self.vocab["[SEP]"], self.vocab["[PAD]"])
        self._special = re.compile("|".join(re.escape(t) for t in SPECIAL_TOKENS))

    def _wordpiece(self, word: str) -> List[str]:
        if len(word) > self.max_chars_per_word:
            return ["[UNK]"]
        pieces, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                if sub in self.vocab:
                    found = sub
                    break
                end -= 1
            if found is None:
                return ["[UNK]"]
            pieces.append(found)
            start = end
        return pieces

    def tokenize(self, text: str) -> List[str]:
        """Wordpieces of ``text`` without [CLS]/[SEP]; special tokens written literally are kept."""
        pieces: List[str] = []
        pos = 0
        for match in self._special.finditer(text):  # added tokens match the raw text, as in tokenizers
            for word in pre_tokenize(normalize(text[pos:match.start()])):
                pieces.extend(self._wordpiece(word))
            pieces.append(match.group(0))
            pos = match.end()
        for word in pre_tokenize(normalize(text[pos:])):
            pieces.extend(self._wordpiece(word))
        return pieces

    def encode(self, text: str) -> List[int]:
        """Token ids ``[CLS] wordpieces [SEP]`` (no truncation, no padding)."""
        return [self.cls_id] + [self.vocab[p] for p in self.tokenize(text)] + [self.sep_id]


# ---------------------------------------------------------------------------------------------------
# Encoder
# ---------------------------------------------------------------------------------------------------
class TextEncoder:
    """Embeds text prompts with the shipped sentence-embedding model (offline, no torch).

    ``encode(prompts)`` returns float32 [n, 384] unit vectors. Each prompt is checked first
    (:meth:`check_prompt`) and its embedding cached by prompt string. Each prompt runs as its own
    sequence (no padding): the int8 model quantizes activations with one scale per tensor, so padding
    a prompt into a batch with others would change its embedding slightly; one sequence at a time makes
    the embedding of a prompt independent of the other prompts encoded with it.
    """

    def __init__(self, model_path: Optional[str] = None, provider: str = "cpu", threads: Optional[int] = None,
                 cache_size: int = 4096):
        from ..engine import modelcard
        from ..engine.model_manifest import reinstall_hint

        if model_path is None:  # the shipped or installed (manifest-verified) model; names the install command
            from ..engine.registry import find_model

            model_path = find_model(MODEL_ID).path
        self.model_path = model_path
        if not os.path.isfile(self.model_path):
            raise FileNotFoundError(tr("text model not found: {path}; reinstall the plugin or run `{command}`",
                                       path=self.model_path,
                                       command="python -m eolatent.models.training.text.export_minilm"))
        with open(self.model_path, "rb") as fh:
            data = fh.read()
        self.card = modelcard.read_card(data)
        tok = self.card["inputs"][0].get("tokenizer", {})
        vocab_path = os.path.join(os.path.dirname(os.path.abspath(self.model_path)),
                                  tok.get("file", "text_minilm.vocab.txt"))
        if not os.path.isfile(vocab_path):
            raise FileNotFoundError(tr("tokenizer vocabulary not found: {path}; it is installed with {model}: {hint}",
                                       path=vocab_path, model=os.path.basename(self.model_path),
                                       hint=reinstall_hint(self.model_path)))
        with open(vocab_path, "rb") as fh:
            digest = hashlib.sha256(fh.read()).hexdigest()
        if tok.get("sha256") and digest != tok["sha256"]:
            raise modelcard.ModelCardError(tr(
                "{file} does not match the vocabulary the model was exported with (sha256 {digest}…, card says "
                "{expected}…): {hint}", file=os.path.basename(vocab_path), digest=digest[:12],
                expected=tok["sha256"][:12], hint=reinstall_hint(self.model_path)))
        self.tokenizer = WordPieceTokenizer(vocab_path)
        self.max_tokens = int(tok.get("max_tokens", MAX_TOKENS))
        self.session = get_session(self.model_path, provider, threads, model_bytes=data)
        self.dim = int(self.card["outputs"][0].get("dim", EMBED_DIM))
        self._cache: "OrderedDict[str, np.ndarray]" = OrderedDict()
        self._cache_size = int(cache_size)
        self._lock = threading.Lock()

    # -- prompt checks -----------------------------------------------------------------------------
    def token_ids(self, text: str) -> List[int]:
        return self.tokenizer.encode(text)

    def language_doubt(self, text: str) -> Optional[str]:
        """:func:`language_doubt` of a prompt that :meth:`check_prompt` accepted (a warning to show), or None."""
        return language_doubt(text.strip(), self.tokenizer.vocab)

    def check_prompt(self, text: str) -> str:
        """Return the prompt (stripped) or raise :class:`PromptError` saying what is wrong and how to fix it."""
        if not isinstance(text, str):
            raise PromptError(tr("a text prompt must be a string, not {type}", type=type(text).__name__))
        stripped = text.strip()
        pieces = self.tokenizer.tokenize(stripped) if stripped else []
        if not pieces:
            raise PromptError(tr("the text prompt is empty: type a short English description of what to look for, "
                                 "e.g. {example} or {other}", example="'vineyards'", other="'flooded meadows'"))
        problem = _language_problem(stripped, pieces, self.tokenizer.vocab)
        if problem:
            raise PromptError(tr("the text model understands English only, and the prompt {prompt} cannot be used: "
                                 "{problem}. Write the prompt in English, e.g. {example}, {other}",
                                 prompt=_quoted(stripped), problem=problem, example="'vineyards'",
                                 other="'new buildings in the suburbs'"))
        if no_letter_message(stripped):
            raise PromptError(no_letter_message(stripped))
        n = len(pieces) + 2
        if n > self.max_tokens:
            raise PromptError(tr("the text prompt {prompt} is too long: {count} tokens, the text model accepts at "
                                 "most {max} ({cls} and {sep} included; a rare or long word counts as several "
                                 "tokens); shorten it to a phrase or a sentence or two", prompt=_quoted(stripped),
                                 count=n, max=self.max_tokens, cls="[CLS]", sep="[SEP]"))
        return stripped

    # -- encoding ----------------------------------------------------------------------------------
    def _run(self, ids: List[int]) -> np.ndarray:
        input_ids = np.asarray([ids], dtype=np.int64)
        feeds = {"input_ids": input_ids, "attention_mask": np.ones_like(input_ids)}
        (out,) = self.session.run(feeds)
        return np.asarray(out[0], dtype=np.float32)

    def encode(self, prompts: Sequence[str]) -> np.ndarray:
        """Embeddings [len(prompts), 384] float32, L2-normalised; raises PromptError for a bad prompt."""
        if isinstance(prompts, str):
            raise TypeError(tr("{function} takes a list of prompts; wrap a single prompt in a list",
                               function="encode()"))
        texts = [self.check_prompt(p) for p in prompts]
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            with self._lock:
                cached = self._cache.get(text)
                if cached is not None:
                    self._cache.move_to_end(text)
            if cached is None:
                cached = self._run(self.tokenizer.encode(text))
                cached.setflags(write=False)
                with self._lock:
                    self._cache[text] = cached
                    while len(self._cache) > self._cache_size:
                        self._cache.popitem(last=False)
            out[i] = cached
        return out

    def similarity(self, a: str, b: str) -> float:
        ea, eb = self.encode([a, b])
        return float(np.dot(ea, eb))

    def describe(self) -> str:
        return json.dumps({"id": self.card["id"], "version": self.card["version"],
                           "provider": self.session.provider_used}, sort_keys=True)
