"""Attribution: who says a claim, with which reporting cue, direct or indirect.

Examples: "Secretary of Defence Lloyd Austin stated that Washington has
evidence" (named official, assert, indirect); "'We are seeing evidence,' the
Pentagon chief told reporters" (official role, assert, direct). Also
"according to X", "…, X said.", "said X", "X, who …, said", impersonal
passives ("it was reported that"), and headline forms ("US Confirms …",
"…, Officials Say", "Report: …").
"""

from __future__ import annotations

from dataclasses import dataclass

from features.lexicon import Match, lexicon
from features.tokens import Token, is_title_case, tokenize
from features.types import Attribution, Cue, Span

__all__ = ["CREDIBILITY_BY_SOURCE", "credibility", "find_attributions", "main_attribution", "source_type_of"]

# Prior credibility of a source type: how much a reader can lean on it before the
# verb and quote are known. Chosen to keep DESIGN.md's order, strongest first.
CREDIBILITY_BY_SOURCE = {
    "named_official": 0.85,
    "document": 0.80,
    "organization": 0.80,
    "named_person": 0.65,
    "author": 0.60,
    "anonymous_official": 0.50,
    "anonymous": 0.30,
}
# Factor of the reporting verb's strength class: a confirmation vouches for the
# claim, a claim or suggestion keeps distance from it.
VERB_FACTOR = {"confirm": 1.0, "assert": 0.9, "deny": 0.9, "question": 0.8, "claim": 0.7, "suggest": 0.7, "none": 0.8}
# A direct quote lets the reader check the words; a partial quote a little.
QUOTE_BONUS = {"direct": 0.05, "mixed": 0.02, "indirect": 0.0, "none": 0.0}
# Longest subject phrase (in tokens) taken as a source before a reporting verb.
MAX_SOURCE_TOKENS = 12

_SKIP_BEFORE_VERB = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "also",
        "further",
        "later",
        "repeatedly",
        "previously",
        "recently",
        "again",
        "then",
        "would",
        "will",
        "could",
        "did",
        "does",
        "do",
        "had",
        "reportedly",
        "publicly",
        "privately",
        "initially",
        "first",
        "last",
        "separately",
        "once",
        "twice",
        "earlier",
        "subsequently",
    ]
)
_BOUNDARY_WORDS = frozenset(
    [
        "that",
        "after",
        "before",
        "because",
        "although",
        "though",
        "since",
        "while",
        "when",
        "whereas",
        "if",
        "unless",
        "but",
        "and",
        "or",
        "despite",
        "as",
        "than",
        "where",
        "which",
        "so",
    ]
)
_LEADING_JUNK = frozenset(
    ["meanwhile", "however", "but", "and", "yet", "also", "then", "now", "so", "still", "moreover"]
)
_BE = frozenset(["is", "was", "were", "are", "been", "being", "be"])
_QUOTES = '"“”«»'
_NOUN_MARKERS = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "these",
        "those",
        "this",
        "that",
        "such",
        "media",
        "news",
        "our",
        "my",
        "your",
    ]
)


@dataclass(frozen=True, slots=True)
class _Verb:
    match: Match
    strength: str


def _verbs(tokens: list[Token], title: bool) -> list[_Verb]:
    verbs = []
    for m in lexicon("reporting_verbs").find(tokens):
        first = tokens[m.first]
        headline_verb = title and first.norm.endswith(("s", "ed", "say", "told", "said"))
        if first.text[:1].isupper() and m.first > 0 and not headline_verb:
            continue  # "the United States", "a 'Hostile State'", "Report" as a name
        before = tokens[m.first - 1].norm if m.first > 0 else ""
        if before in _NOUN_MARKERS and m.entry.name != "according to":
            continue  # "the claims", "his statement", "media reports"
        if first.norm == "states" or (before == "united" and first.norm.startswith("state")):
            continue
        verbs.append(_Verb(m, m.entry.category))
    return verbs


def _is_word(token: Token) -> bool:
    return token.text[:1].isalnum()


def _is_verb_like(token: Token) -> bool:
    return lexicon("reporting_verbs").get(token.norm) is not None or token.norm.endswith("ed")


def _subject_before(tokens: list[Token], index: int) -> tuple[int, int] | None:
    """Token range of the subject phrase ending before token ``index``."""
    i = index - 1
    skipped = 0
    while i >= 0 and skipped < 4:
        norm = tokens[i].norm
        if norm in _SKIP_BEFORE_VERB or (norm.endswith("ly") and tokens[i].text.islower() and len(norm) > 4):
            i -= 1
            skipped += 1
        elif norm == "and" and i > 0 and _is_verb_like(tokens[i - 1]):
            i -= 2
            skipped += 1
        else:
            break
    if i >= 0 and tokens[i].text == ",":
        return _subject_before_apposition(tokens, i)
    last = i
    while i >= 0 and last - i < MAX_SOURCE_TOKENS:
        token = tokens[i]
        if not _is_word(token) and token.text not in ("'", "’", "-", "&"):
            break
        if token.norm in _BOUNDARY_WORDS and token.text.islower():
            break
        i -= 1
    first = i + 1
    while first <= last and (tokens[first].norm in _LEADING_JUNK or not _is_word(tokens[first])):
        first += 1
    if first > last:
        return None
    return first, last


def _subject_before_apposition(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """ "X, who …, said" and "X, a spokeswoman for Y, said": the phrase before the first comma."""
    k = comma - 1
    limit = max(0, comma - 3 * MAX_SOURCE_TOKENS)
    while k > limit and tokens[k].text not in (",", ".", ";", ":") and tokens[k].text not in _QUOTES:
        k -= 1
    if k <= limit or tokens[k].text != ",":
        return None
    if k + 1 >= comma or (
        tokens[k + 1].norm not in ("who", "whose", "which", "a", "an", "the") and not tokens[k + 1].text[:1].isupper()
    ):
        return None
    return _subject_before(tokens, k + 1) if k > 0 else None


def _phrase_after(tokens: list[Token], index: int) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at ``index`` ("said Maria Lopez", "according to X")."""
    i = index
    while i < len(tokens) and i - index < MAX_SOURCE_TOKENS:
        token = tokens[i]
        if not _is_word(token) and token.text not in ("'", "’", "-", "&"):
            break
        if token.norm in _BOUNDARY_WORDS and token.norm not in ("and",):
            break
        if i > index and _is_verb_like(token) and token.text.islower() and token.norm not in ("led", "based"):
            break
        i += 1
    return (index, i - 1) if i > index else None


def source_type_of(tokens: list[Token], title: bool = False) -> str:
    """The source type of a phrase, from its words and capitalisation."""
    categories = []
    covered: set[int] = set()
    for match in lexicon("sources").find(tokens):
        if match.entry.category == "place" and not tokens[match.first].text[:1].isupper():
            continue
        categories.append((match.first, match.entry.category))
        covered.update(range(match.first, match.last + 1))
    kinds = {c for _, c in categories}
    names = [
        t
        for k, t in enumerate(tokens)
        if t.text[:1].isupper()
        and k not in covered
        and not (k == 0 and t.norm in _NOUN_MARKERS)
        and t.norm not in ("of", "the", "for", "and")
    ]
    determiner = tokens[0].norm if tokens else ""
    if "person_pronoun" in kinds and len(tokens) == 1:
        return "named_person"
    if "group_pronoun" in kinds and len(tokens) == 1:
        return "anonymous" if tokens[0].norm == "they" else "organization"
    if "role" in kinds and ((names and not title) or determiner in ("the",) or tokens[0].text.endswith(("'s", "’s"))):
        if determiner in ("a", "an", "one", "two", "three", "several", "some") and not names:
            return "anonymous_official"
        return "named_official"
    if "anonymous_official" in kinds:
        return "anonymous_official" if not names or determiner not in ("the",) else "organization"
    if "anonymous" in kinds and (not names or title):
        return "anonymous"
    if "document" in kinds and ("organization" not in kinds or categories[-1][1] == "document"):
        return "document"
    if "organization" in kinds or "place" in kinds:
        return "organization"
    if "role" in kinds:
        return "anonymous_official" if determiner in ("a", "an") else "named_official"
    if names:
        return "named_person"
    return "anonymous"


def credibility(source_type: str, strength: str, quote: str) -> float:
    """Credibility in 0–1 of a source type, reporting verb and quote type."""
    value = CREDIBILITY_BY_SOURCE[source_type] * VERB_FACTOR.get(strength, VERB_FACTOR["none"]) + QUOTE_BONUS[quote]
    return min(1.0, max(0.0, value))


def _quote_type(text: str, source: tuple[int, int], cue: tuple[int, int]) -> str:
    marks = [k for k, ch in enumerate(text) if ch in _QUOTES]
    if len(marks) < 2:
        return "indirect"
    quoted = sum(marks[k + 1] - marks[k] for k in range(0, len(marks) - 1, 2))
    outside = len(text) - (source[1] - source[0]) - (cue[1] - cue[0])
    return "direct" if quoted >= 0.6 * max(1, outside) else "mixed"


def _make(text: str, tokens: list[Token], span: tuple[int, int] | None, verb: Match, strength: str, title: bool):
    cue_start, cue_end = tokens[verb.first].start, tokens[verb.last].end
    if span is None:
        source_type, source_span = "anonymous", None
        s = (cue_start, cue_start)
    else:
        phrase = tokens[span[0] : span[1] + 1]
        source_type = source_type_of(phrase, title)
        s = (phrase[0].start, phrase[-1].end)
        source_span = Span(s[0], s[1], text[s[0] : s[1]])
    quote = _quote_type(text, s, (cue_start, cue_end))
    return Attribution(
        source=source_span.text if source_span else "",
        source_type=source_type,
        cue=text[cue_start:cue_end],
        cue_strength=strength,
        quote=quote,
        credibility=credibility(source_type, strength, quote),
        source_span=source_span,
        cue_span=Span(cue_start, cue_end, text[cue_start:cue_end]),
    )


def _attribution_for(text: str, tokens: list[Token], verb: _Verb, title: bool) -> Attribution | None:
    m = verb.match
    if m.entry.name == "according to":
        return _make(text, tokens, _phrase_after(tokens, m.last + 1), m, verb.strength, title)
    before = tokens[m.first - 1] if m.first > 0 else None
    if before is not None and before.norm in _BE:
        # Passive: "it was reported that", "was confirmed by the ministry".
        agent = None
        if m.last + 2 < len(tokens) and tokens[m.last + 1].norm == "by":
            agent = _phrase_after(tokens, m.last + 2)
        return _make(text, tokens, agent, m, "claim" if agent is None else verb.strength, title)
    subject = _subject_before(tokens, m.first)
    if subject is None and before is not None and before.text in (",", *_QUOTES):
        subject = _phrase_after(tokens, m.last + 1)  # inverted: '"…," said Maria Lopez'
    if subject is None:
        return None
    return _make(text, tokens, subject, m, verb.strength, title)


def _headline_colon(text: str, tokens: list[Token]) -> Attribution | None:
    """ "Report: …" and "Pat Caddell: …" at the start of a headline."""
    for k, token in enumerate(tokens[:7]):
        if token.text == ":" and k > 0:
            phrase = tokens[:k]
            if not all(t.text[:1].isupper() or not t.text[:1].isalpha() for t in phrase):
                return None
            source_type = source_type_of(phrase, True)
            strength = "claim" if source_type == "anonymous" else "assert"
            span = Span(phrase[0].start, phrase[-1].end, text[phrase[0].start : phrase[-1].end])
            return Attribution(
                span.text,
                source_type,
                ":",
                strength,
                "indirect",
                credibility(source_type, strength, "indirect"),
                span,
                Span(token.start, token.end, ":"),
            )
    return None


def find_attributions(text: str, tokens: list[Token] | None = None) -> list[Attribution]:
    """Every attribution (source, reporting cue) found in ``text``, left to right."""
    tokens = tokenize(text) if tokens is None else tokens
    title = is_title_case(tokens)
    found = [a for v in _verbs(tokens, title) if (a := _attribution_for(text, tokens, v, title)) is not None]
    if not found and title:
        colon = _headline_colon(text, tokens)
        if colon:
            found.append(colon)
    return found


def _inside_quotes(text: str, position: int) -> bool:
    return sum(1 for ch in text[:position] if ch in _QUOTES) % 2 == 1


def main_attribution(text: str, attributions: list[Attribution]) -> Attribution | None:
    """The attribution that governs the claim: outside quotes, finite verb, first."""
    if not attributions:
        return None

    def rank(a: Attribution) -> tuple[int, int, int, int]:
        start = a.cue_span.start if a.cue_span else 0
        return (
            _inside_quotes(text, start),
            a.cue.lower().endswith("ing"),
            a.source_span is None,
            start,
        )

    return min(attributions, key=rank)


def reporting_cues(attributions: list[Attribution]) -> list[Cue]:
    """The reporting cue of each attribution, as cues for the feature counts."""
    return [
        Cue(a.cue_span.text, a.cue_span.start, a.cue_span.end, "reporting", a.cue_strength, 1.0, a.cue_strength)
        for a in attributions
        if a.cue_span is not None
    ]
