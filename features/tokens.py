"""Word tokens with character offsets, shared by every extractor.

One linear-time regex: dotted abbreviations (``U.S.``) stay whole, the clitic
``n't`` is split off (``did`` + ``n't``), hyphenated and apostrophe words stay
whole, and every other non-space character is its own token.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from itertools import accumulate
from operator import attrgetter
from typing import NamedTuple, TypeVar

T = TypeVar("T")

# Every non-space character starts a token, so what lies between two tokens is white space (zero-width
# spaces and joiners, which web text scatters between words, count as space: "Vance\u200b said").
# The token is a group: ``split`` gives the white space and the tokens, alternating. Nothing follows
# a repetition inside its alternative, so the repetitions are possessive (``++``, ``*+``): the same
# matches, without the engine keeping backtracking points (~10% faster).
# A web address ("Boston.com", "Change.org") is one token, a name.
_TOKEN = re.compile(
    r"((?:[A-Za-z]\.){2,}+|\w+(?=n['’]t\b)|n['’]t\b|\w++(?:[-'’]\w++)*+(?:\.(?:com|org|net|gov|edu|io|tv)\b)?+|[^\w\s\u200b-\u200d\u2060\ufeff])"
)
# The same without the clitic alternatives, which match only where "n't" is in the text.
_TOKEN_NO_CLITIC = re.compile(
    r"((?:[A-Za-z]\.){2,}+|\w++(?:[-'’]\w++)*+(?:\.(?:com|org|net|gov|edu|io|tv)\b)?+|[^\w\s\u200b-\u200d\u2060\ufeff])"
)


class Token(NamedTuple):
    """A token: its text, normalised form (lowercase, no dots, straight apostrophe) and offsets."""

    text: str
    norm: str
    start: int
    end: int


def normalize(word: str) -> str:
    """The form lexicons are matched on: lowercase, ’ → ', dots dropped."""
    return word.lower().replace("’", "'").replace(".", "") or word


# Distinct words whose normal form (and other facts) are remembered: news vocabulary repeats, and
# the bound keeps memory flat on adversarial input (a pure function, so no state leaks).
WORD_CACHE_SIZE = 65536


class WordCache(dict[str, T]):
    """``function(word)`` of the words seen, forgotten all at once when WORD_CACHE_SIZE is reached
    (a plain dict look-up: cheaper per token than an LRU cache)."""

    def __init__(self, function: Callable[[str], T]) -> None:
        super().__init__()
        self._function = function

    def __missing__(self, word: str) -> T:
        if len(self) >= WORD_CACHE_SIZE:
            self.clear()
        value = self[word] = self._function(word)
        return value


# normalize(word), remembered.
normalized = WordCache(normalize).__getitem__
_new_token = partial(tuple.__new__, Token)
TEXT = attrgetter("text")
NORM = attrgetter("norm")


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with offsets; empty text gives an empty list."""
    clitic = "n't" in text or "n’t" in text
    parts = (_TOKEN if clitic else _TOKEN_NO_CLITIC).split(text)  # space, token, space, …, token, space
    words = parts[1::2]
    bounds = list(accumulate(map(len, parts)))  # bounds[2k] and bounds[2k + 1]: start and end of token k
    starts, ends = bounds[:-1:2], bounds[1::2]
    return list(map(_new_token, zip(words, map(normalized, words), starts, ends, strict=True)))


def is_capitalized(token: Token) -> bool:
    return token.text[:1].isupper()


def _title_case_role(word: str) -> int:
    """How a token counts towards Title Case: 0 not a content word, 1 lower case, 2 capitalised."""
    first = word[:1]
    if not first.isalpha() or normalized(word) in SMALL_WORDS:
        return 0
    return 2 if first.isupper() else 1


_title_case_roles = WordCache(_title_case_role).__getitem__
# Share of capitalised content words above which a line reads as Title Case.
TITLE_CASE_SHARE = 0.7


def is_title_case(tokens: list[Token]) -> bool:
    """True for headline Title Case: most content words start upper case (read from each token's text,
    remembered per word)."""
    roles = list(map(_title_case_roles, map(TEXT, tokens)))
    content = len(roles) - roles.count(0)
    return content >= 3 and roles.count(2) / content >= TITLE_CASE_SHARE


# Words that stay lower case in a Title Case headline ("Troops Sent to the Border").
SMALL_WORDS = frozenset("a an the of in on to for and or nor but as at by with from into vs via per".split())
