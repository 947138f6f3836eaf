"""Negation and denial: the claim is negated, refuted or rejected.

Examples: "officials from Kim Jong Un's government have denied the reports,
dismissing the claims as 'groundless, stereotype rumours'" (denial verbs,
falsity); "there is no evidence that the plant leaked" (no evidence). A
negated denial ("did not deny", "could not rule out") is ``double_negation``,
which weakens a denial rather than making one. A negator right after an
auxiliary negates the main verb (``verb_negation``); others are ``negator``.
"""

from __future__ import annotations

from features.lexicon import lexicon
from features.tokens import Token, tokenize
from features.types import Cue

__all__ = ["find_negation"]

AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
        "should",
        "must",
        "may",
        "might",
        "ca",
        "wo",
        "sha",
    ]
)
_DENIAL_LIKE = ("denial_verb",)
_RULE_OUT = ("rule", "ruled", "rules", "ruling")
# Weight of "did not deny" / "could not rule out": these keep a claim open.
DOUBLE_NEGATION_WEIGHT = 0.5
# Weight of a negator that negates the main verb ("has not confirmed").
VERB_NEGATION_WEIGHT = 0.9


def _kind(category: str) -> str:
    return "negation" if category in ("negator", "double_negation", "verb_negation") else "denial"


def find_negation(text: str, tokens: list[Token] | None = None) -> list[Cue]:
    """Negator, denial, falsity and no-evidence cues in ``text``."""
    tokens = tokenize(text) if tokens is None else tokens
    matches = lexicon("negation").find(tokens)
    cues: list[Cue] = []
    skip_until = -1
    for n, match in enumerate(matches):
        if match.first <= skip_until:
            continue
        entry = match.entry
        start, end = tokens[match.first].start, tokens[match.last].end
        if entry.category == "negator":
            nxt = match.last + 1
            if tokens[match.first].norm == "not" and nxt < len(tokens) and tokens[nxt].norm in ("only", "just"):
                continue  # "not only … but also" does not negate
            following = matches[n + 1] if n + 1 < len(matches) else None
            if following and following.entry.category in _DENIAL_LIKE and following.first - match.last <= 2:
                end = tokens[following.last].end
                cues.append(
                    Cue(text[start:end], start, end, "negation", "double_negation", DOUBLE_NEGATION_WEIGHT, "not deny")
                )
                skip_until = following.last
                continue
            if nxt < len(tokens) and tokens[nxt].norm in _RULE_OUT:
                end = tokens[min(nxt + 1, len(tokens) - 1)].end if nxt + 1 < len(tokens) else tokens[nxt].end
                cues.append(
                    Cue(text[start:end], start, end, "negation", "double_negation", DOUBLE_NEGATION_WEIGHT, "not rule")
                )
                continue
            before = tokens[match.first - 1].norm if match.first > 0 else ""
            if entry.name in ("not", "n't", "never") and before in AUXILIARIES:
                cues.append(Cue(text[start:end], start, end, "negation", "verb_negation", VERB_NEGATION_WEIGHT, "not"))
                continue
        cues.append(Cue(text[start:end], start, end, _kind(entry.category), entry.category, entry.weight, entry.name))
    return cues
