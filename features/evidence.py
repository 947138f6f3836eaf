"""Evidence and boosters: the claim is confirmed, shown, or asserted with certainty.

Examples: "the United States has confirmed the presence of North Korean
troops" (confirmation); "satellite images show the convoy" (evidence noun).
Evidence under a negator ("no evidence", "not confirmed") is left to the
negation extractor and not counted here.
"""

from __future__ import annotations

from features.common import cue_of, negated_before
from features.lexicon import lexicon
from features.tokens import Token, tokenize
from features.types import Cue

__all__ = ["find_evidence"]

_WEAKENERS = frozenset({"little", "scant", "without", "lack", "lacked", "lacking", "insufficient"})


def find_evidence(text: str, tokens: list[Token] | None = None) -> list[Cue]:
    """Evidence and booster cues in ``text``; negated evidence is skipped."""
    tokens = tokenize(text) if tokens is None else tokens
    cues: list[Cue] = []
    for match in lexicon("evidence").find(tokens):
        i = match.first
        if negated_before(tokens, i) or (i > 0 and tokens[i - 1].norm in _WEAKENERS):
            continue
        kind = "booster" if match.entry.category == "booster" else "evidence"
        cues.append(cue_of(text, tokens, match, kind))
    return cues
