"""Word n-grams for the TF-IDF half of the model (shared by training and the numpy scorer)."""

from __future__ import annotations

import itertools
import re

from features.tokens import tokenize

__all__ = ["word_ngrams"]

_DIGITS = re.compile(r"\d")


def word_ngrams(text: str) -> list[str]:
    """Lowercased word unigrams and bigrams, digits folded to 0, '?' kept as a word."""
    words = [_DIGITS.sub("0", t.norm) for t in tokenize(text) if t.text[:1].isalnum() or t.text == "?"]
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
