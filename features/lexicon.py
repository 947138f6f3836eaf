"""Lexicon files (``lexicons/*.tsv``) and a token trie that matches their phrases.

Each row is ``term<TAB>category<TAB>weight<TAB>note``. A term is words separated
by spaces; ``a|b`` gives alternatives for one word, ``_`` joins two words inside
one alternative (``has_been``). Matching walks the trie from each token, so it is
linear in the text length times the longest phrase.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, partial
from importlib import resources
from typing import NamedTuple

from features.tokens import NORM, Token, normalize, normalized

__all__ = ["Entry", "Lexicon", "Match", "find_each", "lexicon", "lexicon_hashes"]

LEXICON_NAMES = (
    "hedges",
    "modality",
    "negation",
    "evidence",
    "reporting_verbs",
    "reporting_nouns",
    "sources",
    "refusals",
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon row: its canonical name (first alternatives), category, weight."""

    name: str
    category: str
    weight: float


class Match(NamedTuple):
    """Tokens ``first`` to ``last`` (inclusive) match ``entry``."""

    first: int
    last: int
    entry: Entry


# Match((first, last, entry)) without the Python-level ``__new__`` of a named tuple.
_new_match = partial(tuple.__new__, Match)


class Lexicon:
    """A parsed lexicon: phrase → entry, matched token by token."""

    def __init__(self, rows: list[tuple[str, str, float]]) -> None:
        self._trie: dict = {}
        self.entries: list[Entry] = []
        for term, category, weight in rows:
            slots = [[normalize(alt.replace("_", " ")) for alt in word.split("|")] for word in term.split()]
            entry = Entry(" ".join(slot[0] for slot in slots), category, weight)
            self.entries.append(entry)
            for words in itertools.product(*slots):
                node = self._trie
                for word in " ".join(words).split():
                    node = node.setdefault(word, {})
                node.setdefault(None, entry)

    @property
    def categories(self) -> list[str]:
        return sorted({e.category for e in self.entries})

    def match_at(self, tokens: list[Token], i: int) -> Match | None:
        """The longest phrase starting at token ``i``, if any."""
        found = self._matches(tokens, (i,)) if i < len(tokens) else []
        return found[0] if found else None

    def find(self, tokens: list[Token]) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        # Most tokens start no phrase: the candidates are picked out without a Python loop.
        starts = itertools.compress(range(len(tokens)), map(self._trie.__contains__, map(NORM, tokens)))
        return self._matches(tokens, starts)

    def _matches(self, tokens: list[Token], starts: Iterable[int]) -> list[Match]:
        """Non-overlapping longest matches from the candidate ``starts`` (ascending token indices)."""
        trie = self._trie
        found: list[Match] = []
        free = 0  # the first token not inside a match
        for i in starts:
            node = trie.get(tokens[i].norm) if i >= free else None
            if node is None:
                continue
            entry, last = node.get(None), i
            for j in range(i + 1, len(tokens)):
                node = node.get(tokens[j].norm)
                if node is None:
                    break
                if None in node:
                    entry, last = node[None], j
            if entry is not None:
                found.append(_new_match((i, last, entry)))
                free = last + 1
        return found

    def get(self, word: str) -> Entry | None:
        """The entry of a single word, if the lexicon has it."""
        node = self._trie.get(normalized(word))
        return node.get(None) if node else None


def _read(name: str) -> str:
    return resources.files("features").joinpath(f"lexicons/{name}.tsv").read_text(encoding="utf-8")


@cache
def lexicon(name: str) -> Lexicon:
    """The parsed lexicon ``lexicons/<name>.tsv`` (cached)."""
    rows: list[tuple[str, str, float]] = []
    for line in _read(name).splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("term\t"):
            continue
        term, category, weight, _note = line.split("\t")
        rows.append((term, category, float(weight)))
    return Lexicon(rows)


@cache
def _first_words(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(itertools.chain.from_iterable(lexicon(name)._trie for name in names))


def find_each(names: tuple[str, ...], tokens: list[Token]) -> list[list[Match]]:
    """``lexicon(name).find(tokens)`` for each of ``names``, picking out the candidates in one pass."""
    starts = list(itertools.compress(range(len(tokens)), map(_first_words(names).__contains__, map(NORM, tokens))))
    return [lexicon(name)._matches(tokens, starts) for name in names]


def lexicon_hashes() -> dict[str, str]:
    """sha256 of every lexicon file, for the model card."""
    return {name: hashlib.sha256(_read(name).encode("utf-8")).hexdigest() for name in LEXICON_NAMES}
