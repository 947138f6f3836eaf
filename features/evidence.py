"""Evidence and boosters: the claim is confirmed, shown, or asserted with certainty.

Examples: "the United States has confirmed the presence of North Korean
troops" (confirmation); "satellite images show the convoy" (evidence noun).
Evidence that is negated or still outstanding ("no evidence", "not
confirmed", "has yet to be confirmed", "could not be independently
verified") is left to the negation and hedging extractors and not counted here.
"""

from __future__ import annotations

from features.common import DETERMINERS, NEGATORS, cue_of, is_number, is_plural, negated_before
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
# Words after which a bare "show" is the verb ("to show", "will show", "they show", "which show").
_BEFORE_VERB_SHOW = frozenset(
    "to and or not n't do does did will would can could may might must should shall "
    "which that who they we you i also please".split()
)
# Determiners before a noun "show", "shows", "showing" ("the show", "a strong showing"); "that" is a relative.
_SHOW_DETERMINERS = DETERMINERS - {"that"}
# Words that open the object or clause of a verb "show" besides determiners and numbers.
_OBJECT_OPENERS = frozenset("no how what why whether where when little some many more signs evidence".split())


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
        if match.entry.name == "show" and _is_a_show(tokens, match.first):
            continue
        kind = "booster" if match.entry.category == "booster" else "evidence"
        cues.append(cue_of(text, tokens, match, kind))
    return cues


def _is_a_show(tokens: list[Token], index: int) -> bool:
    """Is "show" at ``index`` the noun: after a determiner ("the show", "the shows"), or bare after a singular
    word ("TV show tricks", "the talk show host", "the 2004 show"), where the verb would be "shows"?"""
    if index == 0:
        return False
    before = tokens[index - 1]
    if before.norm in _SHOW_DETERMINERS:
        return True
    if tokens[index].norm != "show":
        return False
    if index + 1 < len(tokens) and _opens_an_object(tokens[index + 1]):
        return False  # "results of the study show a link", "the study show that"
    if is_number(before):
        return True
    word = before.norm.replace("-", "")
    return word.isalpha() and not is_plural(before) and before.norm not in _BEFORE_VERB_SHOW and not word.endswith("ly")


def _opens_an_object(token: Token) -> bool:
    """Does ``token`` open what a verb "show" shows ("a link", "that", "no sign", "how", "two")?"""
    return token.norm in DETERMINERS or token.norm in _OBJECT_OPENERS or is_number(token)
