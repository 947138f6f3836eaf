"""Word tokens with character offsets, shared by every extractor.

One linear-time regex: dotted abbreviations (``U.S.``) stay whole, the clitic
``n't`` is split off (``did`` + ``n't``), hyphenated and apostrophe words stay
whole, and every other non-space character is its own token.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?=n['’]t\b)|n['’]t\b|\w+(?:[-'’]\w+)*|[^\w\s]")


class Token(NamedTuple):
    """A token: its text, normalised form (lowercase, no dots, straight apostrophe) and offsets."""

    text: str
    norm: str
    start: int
    end: int


def normalize(word: str) -> str:
    """The form lexicons are matched on: lowercase, ’ → ', dots dropped."""
    return word.lower().replace("’", "'").replace(".", "") or word


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with offsets; empty text gives an empty list."""
    return [Token(m.group(0), normalize(m.group(0)), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def is_capitalized(token: Token) -> bool:
    return token.text[:1].isupper()


def is_title_case(tokens: list[Token]) -> bool:
    """True for headline Title Case: most content words start upper case."""
    words = [t for t in tokens if t.text[:1].isalpha() and t.norm not in _SMALL_WORDS]
    if len(words) < 3:
        return False
    # Share of capitalised content words above which a line reads as Title Case.
    title_case_share = 0.7
    return sum(1 for t in words if t.text[0].isupper()) / len(words) >= title_case_share


_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "to",
        "for",
        "and",
        "or",
        "nor",
        "but",
        "as",
        "at",
        "by",
        "with",
        "from",
        "into",
        "vs",
        "via",
        "per",
    ]
)
