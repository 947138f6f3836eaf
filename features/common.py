"""Helpers the cue extractors share: lexicon matches turned into cues, numbers, negators."""

from __future__ import annotations

from features.lexicon import Match
from features.tokens import Token
from features.types import Cue

NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "billion",
        "billions",
        "dozen",
        "dozens",
        "half",
        "third",
        "quarter",
    ]
)
NEGATORS = frozenset({"not", "n't", "never", "neither", "no", "longer", "cannot"})
DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "such",
        "any",
        "every",
        "each",
    ]
)
# Tokens before a cue searched for a negator: "not alleged", "not yet suspected".
NEGATION_WINDOW = 2


_CLOSING_QUOTES = "\"'”’»)"
_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";")


# "bigger than previously thought", "than scientists had believed": the belief after "than" (at most this many
# tokens before it, words only) is the foil of an asserted finding.
FOIL_REACH = 4
_FOIL_ENDINGS = frozenset("possible likely and but or".split())


def is_comparison_foil(tokens: list[Token], index: int) -> bool:
    """Is token ``index`` the verb of a "than …" clause that it ends ("than once believed.")?"""
    window = tokens[max(0, index - FOIL_REACH) : index]
    than = next((k for k in range(len(window) - 1, -1, -1) if window[k].norm == "than"), None)
    if than is None or not all(t.norm.isalpha() for t in window[than + 1 :]):
        return False
    after = tokens[index + 1].norm if index + 1 < len(tokens) else "."
    return not after.isalpha() or after in _FOIL_ENDINGS


def is_headline_shaped(text: str) -> bool:
    """No sentence-final punctuation: how headlines are written ("Bridge Closed After Crash")."""
    return not text.rstrip().rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_ENDS)


def cue_of(text: str, tokens: list[Token], match: Match, kind: str, category: str | None = None) -> Cue:
    """The cue covering a lexicon match's tokens."""
    start, end = tokens[match.first].start, tokens[match.last].end
    entry = match.entry
    return Cue(text[start:end], start, end, kind, category or entry.category, entry.weight, entry.name)


def is_number(token: Token) -> bool:
    return token.norm[:1].isdigit() or token.norm in NUMBER_WORDS or token.text[:1] in "$£€"


def number_follows(tokens: list[Token], index: int) -> bool:
    """True when a number starts at token ``index``: "3,000", "a dozen", "$5"."""
    if index < len(tokens) and tokens[index].norm == "a":
        index += 1
    return index < len(tokens) and is_number(tokens[index])


def negated_before(
    tokens: list[Token], index: int, window: int = NEGATION_WINDOW, negators: frozenset[str] = NEGATORS
) -> bool:
    """True when one of the ``window`` tokens before ``index`` is a negator ("not alleged")."""
    return any(tokens[k].norm in negators for k in range(max(0, index - window), index))
