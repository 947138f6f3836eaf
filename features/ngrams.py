"""Word n-grams for the TF-IDF half of the model (shared by training and the numpy scorer)."""

from __future__ import annotations

import itertools
import re

from features.tokens import TEXT, Token, WordCache, normalized, tokenize

__all__ = ["ngram_words", "word_ngrams"]

_DIGITS = re.compile(r"\d")


def _ngram_word(word: str) -> str:
    """The n-gram word of a token's text: its normal form with digits folded to 0; "" for punctuation."""
    if not (word[:1].isalnum() or word == "?"):
        return ""
    norm = normalized(word)
    return norm if norm.isalpha() else _DIGITS.sub("0", norm)


_ngram_words = WordCache(_ngram_word).__getitem__


def ngram_words(tokens: list[Token] | tuple[Token, ...]) -> list[str]:
    """The words n-grams are made of: lowercased word tokens and '?', digits folded to 0.

    Read from each token's text, remembered per word (a token's ``norm`` is ``normalize(text)``).
    """
    return list(filter(None, map(_ngram_words, map(TEXT, tokens))))


def word_ngrams(text: str, tokens: list[Token] | tuple[Token, ...] | None = None) -> list[str]:
    """Lowercased word unigrams and bigrams ("a b"), digits folded to 0, '?' kept as a word.

    ``tokens`` (``tokenize(text)``, when the caller has them) saves tokenizing again.
    """
    words = ngram_words(tokenize(text) if tokens is None else tokens)
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
