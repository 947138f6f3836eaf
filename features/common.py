"""Helpers the cue extractors share: lexicon matches turned into cues."""

from __future__ import annotations

from collections.abc import Callable

from features.lexicon import Match, lexicon
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
    ]
)
NEGATORS = frozenset({"not", "n't", "never", "no", "longer"})
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


def cue_of(text: str, tokens: list[Token], match: Match, kind: str, category: str | None = None) -> Cue:
    """The cue covering a lexicon match's tokens."""
    start, end = tokens[match.first].start, tokens[match.last].end
    entry = match.entry
    return Cue(text[start:end], start, end, kind, category or entry.category, entry.weight, entry.name)


def lexicon_cues(
    text: str,
    tokens: list[Token],
    name: str,
    kind: str,
    keep: Callable[[list[Token], Match], bool] = lambda tokens, match: True,
) -> list[Cue]:
    """Cues of every match of lexicon ``name`` that ``keep`` accepts."""
    return [cue_of(text, tokens, m, kind) for m in lexicon(name).find(tokens) if keep(tokens, m)]


def is_number(token: Token) -> bool:
    return token.norm[:1].isdigit() or token.norm in NUMBER_WORDS or token.text[:1] in "$£€"


def negated_before(tokens: list[Token], index: int) -> bool:
    """True when one of the two tokens before ``index`` is a negator ("not alleged")."""
    return any(tokens[k].norm in NEGATORS for k in range(max(0, index - 2), index))
