"""Lexicon files (``lexicons/*.tsv``) and a token trie that matches their phrases.

Each row is ``term<TAB>category<TAB>weight<TAB>note``. A term is words separated
by spaces; ``a|b`` gives alternatives for one word, ``_`` joins two words inside
one alternative (``has_been``). Matching walks the trie from each token, so it is
linear in the text length times the longest phrase.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass
from functools import cache
from importlib import resources
from operator import attrgetter

from features.tokens import Token, normalize, normalized

__all__ = ["Entry", "Lexicon", "Match", "lexicon", "lexicon_hashes"]

_NORM = attrgetter("norm")
LEXICON_NAMES = ("hedges", "modality", "negation", "evidence", "reporting_verbs", "sources")


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon row: its canonical name (first alternatives), category, weight."""

    name: str
    category: str
    weight: float


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens ``first`` to ``last`` (inclusive) match ``entry``."""

    first: int
    last: int
    entry: Entry


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
        node = self._trie
        best: Match | None = None
        j = i
        while j < len(tokens):
            node = node.get(tokens[j].norm)
            if node is None:
                break
            if None in node:
                best = Match(i, j, node[None])
            j += 1
        return best

    def find(self, tokens: list[Token]) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        found: list[Match] = []
        free = 0  # the first token not inside a match
        # Most tokens start no phrase: the candidates are picked out without a Python loop.
        for i in itertools.compress(range(len(tokens)), map(self._trie.__contains__, map(_NORM, tokens))):
            if i < free:
                continue
            match = self.match_at(tokens, i)
            if match:
                found.append(match)
                free = match.last + 1
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


def lexicon_hashes() -> dict[str, str]:
    """sha256 of every lexicon file, for the model card."""
    return {name: hashlib.sha256(_read(name).encode("utf-8")).hexdigest() for name in LEXICON_NAMES}
