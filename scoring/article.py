"""The article summary: counts, shares, the distinct sources, and contested claim groups.

Sources are merged when the text makes them one: a later mention whose last
name equals an earlier named source's ("Austin" → "Lloyd Austin"), and a
definite role or pronoun ("the Pentagon chief", "he") that follows a named
official or person within ``COREFERENCE_WINDOW`` claims.

Contested groups: two claims are about one proposition when their content
stems (words minus stop words, the source phrase and every cue; demonyms and
a few synonyms folded) overlap enough. Groups are stars, not chains: the claim
with the most such neighbours takes them all, then the next, so a chain of
pairwise links cannot pull a whole article into one group. Neighbours are
found through an index of stems, so grouping stays linear on long texts.
A group is contested when its sources take different stances (supports
against denies or questions).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from features.negation import AUXILIARIES
from features.tokens import SMALL_WORDS
from features.types import Attribution, Span
from scoring.tables import data_rows
from scoring.types import LABELS, ClaimScore

__all__ = ["ClaimDigest", "contested_groups", "digest", "merge_sources", "summarize"]

# How many claims back a role phrase or pronoun may point to its named source.
COREFERENCE_WINDOW = 3
# Overlap coefficient of content stems at or above which two claims are about one
# proposition; chosen by reading the groups it forms on the 27 seed articles.
SAME_PROPOSITION = 0.5
# Two claims must share at least this many content stems to be linked.
MIN_SHARED_STEMS = 3
# A stem found in more claims than this links nothing (it is the article's topic, not a
# proposition); it also keeps grouping linear on very long texts.
MAX_POSTING = 200

_WORD = re.compile(r"[a-z][a-z'-]+")
# Words that carry no proposition: title-case small words, auxiliaries (one list each, in
# features), and the pronouns, connectives and reporting words below.
_STOP = (
    SMALL_WORDS
    | AUXILIARIES
    | frozenset(
        """
        about according after all also amid any before being claimed claims confirmed denied despite further
        he her his how however i it its just meanwhile more most no not other our over report reported
        reports said say says she so some stated such than that their them then there these they this those
        told very we what when where which while who whom whose why you
        """.split()
    )
)
_DEMONYM = (("ians", "ia"), ("ian", "ia"), ("ean", "ea"), ("ese", ""), ("ish", ""))
_SYNONYMS = {"soldier": "troop", "soldiers": "troop", "troops": "troop", "forces": "troop", "deployment": "deploy"}
_STANCE_ORDER = ("supports", "denies", "questions", "neutral")
_ROLE_OR_PRONOUN = ("named_official", "named_person")


# Verb and plural endings _stem strips.
_STEM_SUFFIXES = ("ing", "ed", "es", "s")
# Every ending _stem looks at: a word with none of them is its own stem.
_ENDINGS = tuple(suffix for suffix, _ in _DEMONYM) + _STEM_SUFFIXES


# Distinct words whose stem is remembered: news vocabulary repeats; the bound keeps memory flat.
STEM_CACHE_SIZE = 65536


@lru_cache(maxsize=STEM_CACHE_SIZE)
def _stem(word: str) -> str:
    word = _SYNONYMS.get(word, word)
    if not word.endswith(_ENDINGS):
        return word
    for suffix, replacement in _DEMONYM:
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix)] + replacement
    for suffix in _STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix)]
    return word


@dataclass(frozen=True, slots=True)
class ClaimDigest:
    """What the summary needs of a scored claim: small enough to keep for every claim of a huge text."""

    id: str
    label: str
    score: float
    certainty: float
    stance: str
    attribution: Attribution | None
    hedged: bool
    stems: frozenset[str]


def digest(claim: ClaimScore) -> ClaimDigest:
    """The summary's view of one claim: its verdict, its source, whether it is hedged, its content stems."""
    hedged = any(cue.kind in ("hedge", "modal") and cue.weight > 0 for cue in claim.cues)
    return ClaimDigest(
        claim.id, claim.label, claim.score, claim.certainty, claim.stance, claim.attribution, hedged, _content(claim)
    )


def _content(claim: ClaimScore) -> frozenset[str]:
    """Content stems of a claim: its words minus stop words, the source phrase and every cue."""
    text = claim.text.lower()
    spans = [(c.start, c.end) for c in claim.cues]
    attribution = claim.attribution
    if attribution and attribution.source_span:
        spans.append((attribution.source_span.start, attribution.source_span.end))
    for start, end in spans:
        first, last = max(0, start - claim.start), min(len(text), end - claim.start)
        if first < last:
            text = text[:first] + " " * (last - first) + text[last:]
    return frozenset(map(_stem, set(_WORD.findall(text)) - _STOP))


def contested_groups(claims: list[ClaimDigest]) -> list[dict[str, Any]]:
    """Groups of claims about one proposition whose sources take different stances."""
    contents = [c.stems for c in claims]
    # A stem links claims when it is in two or more of them and in at most MAX_POSTING.
    frequency = Counter(itertools.chain.from_iterable(contents))
    linking = {stem for stem, n in frequency.items() if 2 <= n <= MAX_POSTING}
    links = [stems & linking for stems in contents]
    postings: dict[str, list[int]] = {stem: [] for stem in linking}
    for k, claim_links in enumerate(links):
        for stem in claim_links:
            postings[stem].append(k)
    neighbours: list[set[int]] = []
    for i, (stems, claim_links) in enumerate(zip(contents, links, strict=True)):
        if len(claim_links) < MIN_SHARED_STEMS:  # too few to share MIN_SHARED_STEMS with any claim
            neighbours.append(set())
            continue
        shared = Counter(itertools.chain.from_iterable(map(postings.__getitem__, claim_links)))
        del shared[i]
        neighbours.append(
            {
                j
                for j, count in shared.items()
                if count >= MIN_SHARED_STEMS and count / min(len(stems), len(contents[j])) >= SAME_PROPOSITION
            }
        )
    free = set(range(len(claims)))
    clusters: dict[int, list[int]] = {}
    for centre in sorted(free, key=lambda i: (-len(neighbours[i]), i)):
        if centre not in free:
            continue
        members = sorted({centre} | (neighbours[centre] & free))
        clusters[centre] = members
        free -= set(members)
    groups = []
    for members in clusters.values():
        stances = {claims[i].stance for i in members}
        if len(members) < 2 or "supports" not in stances or not stances & {"denies", "questions"}:
            continue
        words = Counter(w for i in members for w in sorted(contents[i]))
        topic = [w for w, c in words.most_common() if c >= 2][:5]
        groups.append(
            {
                "topic": " ".join(topic),
                "claims": [claims[i].id for i in members],
                "positions": [
                    {
                        "claim": claims[i].id,
                        "source": (claims[i].attribution.source if claims[i].attribution else "") or "(author)",
                        "stance": claims[i].stance,
                        "label": claims[i].label,
                    }
                    for i in members
                ],
            }
        )
    return groups


def _last_name(source: str) -> str:
    names = [w for w in re.findall(r"[A-Z][\w'’-]+", source) if not w.endswith(("'s", "’s"))]
    return names[-1] if names else ""


@dataclass
class _Source:
    name: str
    source_type: str
    mentions: list[str]
    claims: list[str]
    stances: dict[str, str]
    credibility: list[float]


@cache
def _aliases() -> dict[str, str]:
    return {alias: canonical for alias, canonical, _note in data_rows("source_aliases.tsv")}


def _source_key(mention: str) -> str:
    """A source's name folded for merging: lowercase, no dots, no leading "the", aliases resolved."""
    key = mention.lower().replace(".", "").strip()
    key = key[4:] if key.startswith("the ") else key
    return _aliases().get(key, key)


def _recent(recent: list[tuple[int, _Source]], position: int, types: tuple[str, ...]) -> _Source | None:
    """The latest source of one of ``types`` mentioned within COREFERENCE_WINDOW claims before ``position``."""
    for where, source in reversed(recent):
        if position - where > COREFERENCE_WINDOW:
            return None
        if source.source_type in types:
            return source
    return None


def _add_claim(source: _Source, claim: ClaimDigest, attribution: Attribution) -> None:
    source.claims.append(claim.id)
    source.stances[claim.id] = claim.stance
    source.credibility.append(attribution.credibility)


def merge_sources(claims: list[ClaimDigest]) -> list[dict[str, Any]]:
    """Distinct sources of the claims, merged by name, alias, last name, role and pronoun coreference."""
    sources: list[_Source] = []
    by_key: dict[str, _Source] = {}
    by_last_name: dict[str, _Source] = {}
    recent: list[tuple[int, _Source]] = []
    by_span: dict[Span, _Source] = {}
    for position, claim in enumerate(claims):
        attribution: Attribution | None = claim.attribution
        if attribution is None or attribution.source_type == "author" or not attribution.source:
            continue
        mentioned = attribution.source_span
        if mentioned is not None and mentioned in by_span:
            # A sentence of a quotation whose speaker was named in an earlier one: the same mention, so it
            # neither renames the source nor makes it the latest one mentioned.
            _add_claim(by_span[mentioned], claim, attribution)
            continue
        mention = attribution.source
        last = _last_name(mention) if attribution.source_type in _ROLE_OR_PRONOUN else ""
        target = by_last_name.get(last) if last else None
        is_pointer = mention.lower() in ("he", "she") or (
            attribution.source_type == "named_official" and mention.lower().startswith("the ")
        )
        if target is None and is_pointer:
            target = _recent(recent, position, _ROLE_OR_PRONOUN)
        if target is None and mention.lower() == "it":
            target = _recent(recent, position, ("organization",))
            is_pointer = target is not None
        if target is None:
            target = by_key.get(_source_key(mention))
        if target is None:
            target = _Source(mention, attribution.source_type, [], [], {}, [])
            sources.append(target)
        by_key.setdefault(_source_key(mention), target)
        if last:
            by_last_name.setdefault(last, target)
        if len(mention) > len(target.name) and not is_pointer:
            target.name = mention
        if _TYPE_RANK[attribution.source_type] < _TYPE_RANK[target.source_type] and not is_pointer:
            target.source_type = attribution.source_type
        if mention not in target.mentions:
            target.mentions.append(mention)
        _add_claim(target, claim, attribution)
        if mentioned is not None:
            by_span[mentioned] = target
        if attribution.source_type in (*_ROLE_OR_PRONOUN, "organization"):
            recent.append((position, target))
    return [
        {
            "name": s.name,
            "type": s.source_type,
            "mentions": s.mentions,
            "credibility": sum(s.credibility) / len(s.credibility),
            "claims": s.claims,
            "stances": s.stances,
            "stance": Counter(s.stances.values()).most_common(1)[0][0],
        }
        for s in sources
    ]


_TYPE_RANK = {
    t: k
    for k, t in enumerate(
        ["named_official", "named_person", "organization", "document", "anonymous_official", "anonymous", "author"]
    )
}


def summarize(claims: list[ClaimDigest]) -> dict[str, Any]:
    """The article summary over the digests of its scored claims."""
    n = len(claims)
    attributed = [c for c in claims if c.attribution and c.attribution.source_type != "author"]
    anonymous = [c for c in attributed if c.attribution.source_type in ("anonymous", "anonymous_official")]
    hedged = [c for c in claims if c.hedged]
    labels = Counter(c.label for c in claims)
    stances = Counter(c.stance for c in claims)
    return {
        "claims": n,
        "by_label": {label: labels[label] for label in LABELS},
        "by_stance": {stance: stances[stance] for stance in _STANCE_ORDER},
        "mean_score": sum(c.score for c in claims) / n if n else None,
        "mean_certainty": sum(c.certainty for c in claims) / n if n else None,
        "hedged_share": len(hedged) / n if n else 0.0,
        "attributed_share": len(attributed) / n if n else 0.0,
        "anonymous_dependency": len(anonymous) / len(attributed) if attributed else 0.0,
        "sources": merge_sources(claims),
        "contested": contested_groups(claims),
    }
