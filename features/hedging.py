"""Hedging: language that presents a proposition as uncertain, assumed or second-hand.

Examples: "The reason remains unknown, but it is assumed it is to strengthen
Russia's fight" (unknown, impersonal passive); "the alleged deployment"
(distancing). A negated hedge ("not alleged") is kept as category
``negated`` so the model can learn that it strengthens the claim.
"""

from __future__ import annotations

from features.common import (
    ATTRIBUTIVE_DISTANCING,
    cue_of,
    is_comparison_foil,
    is_past_form,
    negated_before,
    number_follows,
    person_noun_follows,
    suspect_names_a_person,
    takes_a_post,
)
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


# "suspect" and "suspects" also name people: after a determiner, a number or a noun's modifier, or
# before an auxiliary ("Two suspects were detained", "the prime suspect fled", "emerges as suspect").
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


# "Further (rigorously designed) trials are (therefore) warranted", "warrants further careful investigation":
# research called for leaves the finding unsettled. The words of each part, and how many other words may
# stand between the parts.
_MORE = frozenset("further more additional future larger new".split())
_RESEARCH = frozenset(
    "research study studies work investigation investigations trial trials data experiments analyses evaluation".split()
)
_CALLED_FOR = frozenset("needed required warranted necessary".split())
_CALLING_FOR = frozenset("warrant warrants warranted require requires required need needs needed merit merits".split())
MODIFIER_REACH = 2
PARTICIPLE_REACH = 6
RESEARCH_CALL_WEIGHT = 1.0


def _research_noun_after(tokens: list[Token], k: int) -> int | None:
    """The research noun at most MODIFIER_REACH words after token ``k`` ("further [careful] investigation")."""
    for j in range(k + 1, min(len(tokens), k + 2 + MODIFIER_REACH)):
        if tokens[j].norm in _RESEARCH:
            return j
        if not tokens[j].text.isalpha():
            return None
    return None


def _research_calls(text: str, tokens: list[Token]) -> list[Cue]:
    """Cues of further research called for, with a few words between its parts."""
    cues: list[Cue] = []
    for k, token in enumerate(tokens):
        if token.norm not in _MORE:
            continue
        noun = _research_noun_after(tokens, k)
        if noun is None or (k > 0 and tokens[k - 1].norm in ("no", "not")):
            continue  # "no further trials were needed": settled
        if k > 0 and tokens[k - 1].norm in _CALLING_FOR:  # "warrants further investigation"
            cues.append(_research_cue(text, tokens, k - 1, noun))
            continue
        for j in range(noun + 1, min(len(tokens), noun + 2 + PARTICIPLE_REACH)):
            norm = tokens[j].norm
            if norm in _CALLED_FOR:  # "further research is, therefore, necessary", "trials on its use are warranted"
                cues.append(_research_cue(text, tokens, k, j))
                break
            if norm != "," and not (tokens[j].text.isalpha() and not is_past_form(norm)):
                break  # "further research found …": a finding, not a call; "is, therefore," and phrases pass
    return cues


def _research_cue(text: str, tokens: list[Token], first: int, last: int) -> Cue:
    start, end = tokens[first].start, tokens[last].end
    return Cue(text[start:end], start, end, "hedge", "unknown", RESEARCH_CALL_WEIGHT, "further research needed")


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
        if match.entry.name == "assume" and takes_a_post(tokens, match.last + 1):
            continue  # "would assume office", "assume the firm's obligations": takes a post, believes nothing
        if suspect_names_a_person(tokens, match.first):
            continue  # "the suspect was charged", "arrested two suspects": a person, not a suspicion
        if tokens[match.first].norm in ATTRIBUTIVE_DISTANCING and person_noun_follows(tokens, match.last + 1):
            continue  # "cut off alleged rapist's penis", "Suspected Poacher Jailed": it qualifies the person
        if match.entry.category in ("epistemic_verb", "distancing", "unknown") and _is_settled(tokens, match.first):
            continue
        if match.entry.category in ("distancing", "epistemic_verb") and negated_before(tokens, match.first):
            cue = cue_of(text, tokens, match, "hedge", "negated")
            cues.append(Cue(cue.text, cue.start, cue.end, cue.kind, cue.category, NEGATED_HEDGE_WEIGHT, cue.name))
            continue
        cues.append(cue_of(text, tokens, match, "hedge"))
    if not _MORE.isdisjoint(t.norm for t in tokens):
        calls = _research_calls(text, tokens)
        if calls:
            cues = sorted(cues + calls, key=lambda cue: cue.start)
    return cues
