"""Evidence and boosters: the claim is confirmed, shown, or asserted with certainty.

Examples: "the United States has confirmed the presence of North Korean
troops" (confirmation); "satellite images show the convoy" (evidence noun).
Evidence that is negated or still outstanding ("no evidence", "not
confirmed", "has yet to be confirmed", "could not be independently
verified") is left to the negation and hedging extractors and not counted here.
"""

from __future__ import annotations

from features.common import NEGATORS, cue_of, negated_before
from features.lexicon import Match, lexicon
from features.tokens import Token, tokenize
from features.types import Cue

__all__ = ["evidence_cues", "find_evidence"]

# Words that cancel or withhold the evidence after them: negators, "yet to be
# confirmed", "failed to show", "without evidence", "scant data", "weak evidence".
_WITHHOLDING = NEGATORS | frozenset(
    {
        "yet",
        "fail",
        "fails",
        "failed",
        "unable",
        "without",
        "little",
        "scant",
        "lack",
        "lacked",
        "lacking",
        "insufficient",
        "weak",
        "limited",
        "inconclusive",
        "mixed",
    }
)
# Tokens searched back for a withholding word: four reaches "could not be
# independently verified", "has yet to be confirmed" and "not a shred of evidence".
WITHHOLDING_WINDOW = 4


def find_evidence(text: str, tokens: list[Token] | None = None) -> list[Cue]:
    """Evidence and booster cues in ``text``; negated or outstanding evidence is skipped."""
    tokens = tokenize(text) if tokens is None else tokens
    return evidence_cues(text, tokens, lexicon("evidence").find(tokens))


def evidence_cues(text: str, tokens: list[Token], matches: list[Match]) -> list[Cue]:
    """The evidence and booster cues of the evidence lexicon's ``matches`` in ``tokens``."""
    cues: list[Cue] = []
    for match in matches:
        if negated_before(tokens, match.first, WITHHOLDING_WINDOW, _WITHHOLDING):
            continue
        kind = "booster" if match.entry.category == "booster" else "evidence"
        cues.append(cue_of(text, tokens, match, kind))
    return cues
