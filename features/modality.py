"""Modality: possibility, prediction, plans, conditions and questions.

Examples: "the conflict could escalate into a world war if a third country
were to get involved" (modal, conditional); "Did North Korea Send Troops To
Russia?" (question). "May" the month and "a will" the noun are not modals.
"""

from __future__ import annotations

from features.common import DETERMINERS, cue_of
from features.lexicon import lexicon
from features.tokens import Token, tokenize
from features.types import Cue

__all__ = ["find_modality"]

_MONTH_CONTEXT = frozenset(
    [
        "in",
        "on",
        "since",
        "until",
        "by",
        "of",
        "last",
        "next",
        "early",
        "late",
        "mid",
        "this",
        "from",
        "through",
        "before",
        "after",
    ]
)
# Weight of a question mark: a question asks rather than asserts.
QUESTION_WEIGHT = 1.0


def _is_month_may(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    if token.text != "May":
        return False
    before = tokens[i - 1].norm if i > 0 else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return before in _MONTH_CONTEXT or (after is not None and (after.norm[:1].isdigit() or after.text == ","))


def _is_noun_use(tokens: list[Token], i: int) -> bool:
    """ "a will", "the can", "his will to win"."""
    before = tokens[i - 1].norm if i > 0 else ""
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return before in DETERMINERS or before in {"political", "free", "good", "ill"} or after == "of"


def find_modality(text: str, tokens: list[Token] | None = None) -> list[Cue]:
    """Modal, future, conditional and question cues in ``text``."""
    tokens = tokenize(text) if tokens is None else tokens
    cues: list[Cue] = []
    for match in lexicon("modality").find(tokens):
        i = match.first
        if match.entry.name == "may" and _is_month_may(tokens, i):
            continue
        if match.entry.name in ("will", "can", "must") and _is_noun_use(tokens, i):
            continue
        cues.append(cue_of(text, tokens, match, "modal"))
    for token in tokens:
        if token.text == "?":
            cues.append(Cue("?", token.start, token.end, "modal", "question", QUESTION_WEIGHT, "?"))
    return cues
