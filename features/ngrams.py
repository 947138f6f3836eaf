"""Word n-grams for the TF-IDF half of the model (shared by training and the numpy scorer)."""

from __future__ import annotations

import itertools
import re

from features.tokens import Token, tokenize

__all__ = ["word_ngrams"]

_DIGITS = re.compile(r"\d")


def _fold(word: str) -> str:
    return _DIGITS.sub("0", word) if not word.isalpha() else word


def word_ngrams(text: str, tokens: list[Token] | tuple[Token, ...] | None = None) -> list[str]:
    """Lowercased word unigrams and bigrams, digits folded to 0, '?' kept as a word.

    ``tokens`` (``tokenize(text)``, when the caller has them) saves tokenizing again.
    """
    tokens = tokenize(text) if tokens is None else tokens
    words = [_fold(t.norm) for t in tokens if t.text[:1].isalnum() or t.text == "?"]
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
