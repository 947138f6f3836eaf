"""Word n-grams for the TF-IDF half of the model (shared by training and the numpy scorer)."""

from __future__ import annotations

import itertools
import re

from features.tokens import Token, tokenize

__all__ = ["ngram_words", "word_ngrams"]

_DIGITS = re.compile(r"\d")


def ngram_words(tokens: list[Token] | tuple[Token, ...]) -> list[str]:
    """The words n-grams are made of: lowercased word tokens and '?', digits folded to 0."""
    return [
        word if (word := t.norm).isalpha() else _DIGITS.sub("0", word)
        for t in tokens
        if t.text[:1].isalnum() or t.text == "?"
    ]


def word_ngrams(text: str, tokens: list[Token] | tuple[Token, ...] | None = None) -> list[str]:
    """Lowercased word unigrams and bigrams ("a b"), digits folded to 0, '?' kept as a word.

    ``tokens`` (``tokenize(text)``, when the caller has them) saves tokenizing again.
    """
    words = ngram_words(tokenize(text) if tokens is None else tokens)
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
