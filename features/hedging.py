"""Hedging: language that presents a proposition as uncertain, assumed or second-hand.

Examples: "The reason remains unknown, but it is assumed it is to strengthen
Russia's fight" (unknown, impersonal passive); "the alleged deployment"
(distancing). A negated hedge ("not alleged") is kept as category
``negated`` so the model can learn that it strengthens the claim.
"""

from __future__ import annotations

from features.common import cue_of, is_comparison_foil, negated_before, number_follows
from features.lexicon import Match, lexicon
from features.tokens import Token, tokenize
from features.types import Cue

__all__ = ["find_hedges", "hedge_cues"]

# An approximator only hedges a number: "around 3,000", "about a dozen", not "talked about it".
_APPROXIMATOR = "approximator"
# Weight of a hedge under negation ("not alleged", "no longer suspected").
NEGATED_HEDGE_WEIGHT = 0.0
# "more likely to", "twice as likely", "less likely than": a comparison of measured rates, not a hedge.
_LIKELIHOOD = frozenset(["likely", "unlikely"])
_RATE_COMPARATORS = frozenset("more less as equally twice times".split())


_COMPARISON_FOLLOWERS = frozenset(["to", "than", "as"])
# "a previously unknown species": once unknown, now found.
_NO_LONGER = frozenset("previously hitherto formerly once".split())


def _is_settled(tokens: list[Token], first: int) -> bool:
    """ "than previously thought (possible)", "previously unknown": the hedge word describes the old view
    of what the sentence now asserts."""
    if first == 0:
        return False
    if tokens[first].norm == "unknown":
        return tokens[first - 1].norm in _NO_LONGER
    return is_comparison_foil(tokens, first) or is_comparison_foil(tokens, first - 1)


def _compares_rates(tokens: list[Token], first: int) -> bool:
    """ "Smokers were twice as likely to relapse": the likelihood word is the finding's measure.

    A bare comparative stays a hedge: "a deal now looks more likely", "seen as unlikely".
    """
    return (
        tokens[first].norm in _LIKELIHOOD
        and 0 < first < len(tokens) - 1
        and tokens[first - 1].norm in _RATE_COMPARATORS
        and tokens[first + 1].norm in _COMPARISON_FOLLOWERS
    )


def find_hedges(text: str, tokens: list[Token] | None = None) -> list[Cue]:
    """Hedge cues in ``text`` with character offsets."""
    tokens = tokenize(text) if tokens is None else tokens
    return hedge_cues(text, tokens, lexicon("hedges").find(tokens))


def hedge_cues(text: str, tokens: list[Token], matches: list[Match]) -> list[Cue]:
    """The hedge cues of the hedge lexicon's ``matches`` in ``tokens``."""
    cues: list[Cue] = []
    for match in matches:
        if match.entry.category == _APPROXIMATOR and not number_follows(tokens, match.last + 1):
            continue
        if _compares_rates(tokens, match.first):
            continue
        if match.entry.category in ("epistemic_verb", "distancing", "unknown") and _is_settled(tokens, match.first):
            continue
        if match.entry.category in ("distancing", "epistemic_verb") and negated_before(tokens, match.first):
            cue = cue_of(text, tokens, match, "hedge", "negated")
            cues.append(Cue(cue.text, cue.start, cue.end, cue.kind, cue.category, NEGATED_HEDGE_WEIGHT, cue.name))
            continue
        cues.append(cue_of(text, tokens, match, "hedge"))
    return cues
