"""Modality: possibility, prediction, plans, conditions and questions.

Examples: "the conflict could escalate into a world war if a third country
were to get involved" (modal, conditional); "Did North Korea Send Troops To
Russia?" (question). "May" the month or a name, "a will" the noun, "due to" a
cause and "no matter whether" are not modality.
"""

from __future__ import annotations

from features.common import DETERMINERS, cue_of, is_headline_shaped
from features.lexicon import Match, lexicon
from features.negation import AUXILIARIES
from features.tokens import Token, tokenize
from features.types import Cue

__all__ = ["find_modality", "modal_cues"]

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


# Tokens after which a capitalised word starts a sentence or a quote ("May I ask", '"May we').
_SENTENCE_OPENERS = frozenset(['"', "“", "‘", "'", "(", "[", ".", "!", "?", ":", ";", "—", "-", "|"])


def _is_month_or_name_may(tokens: list[Token], i: int) -> bool:
    """ "in May", "May 3", "Theresa May said": a capitalised "may" that is not the modal.

    The modal is lower case inside a sentence; capitalised, it is a modal only at
    the start of a sentence ("May I ask") or inside a Title Case run ("Troops May
    Be Sent"), where the next word is capitalised too.
    """
    token = tokens[i]
    if not token.text[:1].isupper():
        return False
    before = tokens[i - 1] if i > 0 else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if before is not None and before.norm in _MONTH_CONTEXT:
        return True
    if after is not None and (after.norm[:1].isdigit() or after.text == ","):
        return True
    if before is None or before.text in _SENTENCE_OPENERS:
        return False
    return after is None or not after.text[:1].isupper()


# What ends the sentence before a question; the words that speak to the reader.
_QUESTION_BOUNDARIES = frozenset([".", "!", "?", ":", ";", "—", "–"])
_READER = frozenset(["you", "your", "yours", "you'd", "you're", "you've", "you'll"])
# Words a statement after a question mark needs before the question counts as an opener.
RHETORICAL_MIN_WORDS = 4
_CLOSING_QUOTES = frozenset(['"', "”", "’", "'", "»"])


def _is_noun_use(tokens: list[Token], i: int) -> bool:
    """ "a will", "the can", "his will to win"."""
    before = tokens[i - 1].norm if i > 0 else ""
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return before in DETERMINERS or before in {"political", "free", "good", "ill"} or after == "of"


# Words that govern an infinitive themselves ("Set to Quit", "Vows to Fight", "Able to Walk"): the
# "to" after them is no headline future of its own.
_INFINITIVE_GOVERNORS = frozenset(
    "set poised slated due expected plans plan planning going wants want hopes hope vows vow aims aim seeks "
    "seek agrees agree refuses refuse tries try threatens threaten able likely unlikely about ready need needs "
    "has have had used ought asked told urged allowed forced ordered called voted moves move fails fail "
    "begins begin starts start continues continue decides decide chooses choose sentenced".split()
)
# Irregular participles after "to be" ("Mall to Be Built"); regular ones end in -ed or -en.
_IRREGULAR_PARTICIPLES = frozenset(
    "built sold held sent shut put cut hit set made paid laid bought brought kept left lost won run hung "
    "shown known grown drawn torn worn sworn".split()
)


def _headline_infinitive(text: str, tokens: list[Token], match: Match) -> bool:
    """ "Actor to Play Astronaut", "Safes to Be Installed": in a headline, "to" + verb after the subject is a
    future (the headline form of "is to"); after a governing verb ("Vows to Fight") or a finite one it is not."""
    if match.first == 0 or not is_headline_shaped(text) or tokens[match.first - 1].norm in _INFINITIVE_GOVERNORS:
        return False
    if any(t.norm in AUXILIARIES for t in tokens[: match.first]):
        return False  # "Kim Had Surgery to Remove Cyst": a purpose after a finite verb
    if match.entry.name != "to be":
        return True
    participle = tokens[match.last + 1].norm if match.last + 1 < len(tokens) else ""
    return participle.endswith(("ed", "en")) or participle in _IRREGULAR_PARTICIPLES


# "no matter whether", "regardless of how": the alternatives are conceded, the claim still holds.
_CONCESSIVE_OPENERS = frozenset({("no", "matter"), ("regardless", "of")})


def _is_concessive(tokens: list[Token], i: int) -> bool:
    return i >= 2 and (tokens[i - 2].norm, tokens[i - 1].norm) in _CONCESSIVE_OPENERS


def _is_causal_due_to(tokens: list[Token], match: Match) -> bool:
    """ "was due to a storm", "is due to rising costs": "due to" before a noun phrase gives a cause, not a
    schedule ("is due to open")."""
    if tokens[match.last - 1].norm != "due" or match.last + 1 >= len(tokens):
        return False
    after = tokens[match.last + 1]
    return after.norm in DETERMINERS or after.norm[:1].isdigit() or after.norm.endswith("ing")


def find_modality(text: str, tokens: list[Token] | None = None) -> list[Cue]:
    """Modal, future, conditional and question cues in ``text``."""
    tokens = tokenize(text) if tokens is None else tokens
    return modal_cues(text, tokens, lexicon("modality").find(tokens))


def modal_cues(text: str, tokens: list[Token], matches: list[Match]) -> list[Cue]:
    """The modal cues of the modality lexicon's ``matches`` in ``tokens``, and the question marks."""
    cues: list[Cue] = []
    for match in matches:
        i = match.first
        if match.entry.name == "may" and _is_month_or_name_may(tokens, i):
            continue
        if match.entry.name in ("will", "can", "must") and _is_noun_use(tokens, i):
            continue
        if match.entry.category == "headline_future" and not _headline_infinitive(text, tokens, match):
            continue
        if match.entry.category == "conditional" and _is_concessive(tokens, i):
            continue
        if match.entry.category == "future" and _is_causal_due_to(tokens, match):
            continue
        cues.append(cue_of(text, tokens, match, "modal"))
    if "?" not in text:  # most claims ask nothing: skip the walk over their tokens
        return cues
    for k, token in enumerate(tokens):
        if token.text == "?":
            if _statement_follows(tokens, k) and not _asks_whether(tokens, k):
                cues.append(Cue("?", token.start, token.end, "modal", "rhetorical", 0.0, "?"))
            else:
                cues.append(Cue("?", token.start, token.end, "modal", "question", QUESTION_WEIGHT, "?"))
    return cues


def _asks_whether(tokens: list[Token], k: int) -> bool:
    """Does the question ending at ``k`` ask whether something is so ("Is this Crabzilla? Giant crab caught on
    camera", "Has Kim's sister taken over? Dictator misses event")? It opens with an auxiliary and speaks to
    no reader ("Would you eat it? Men keep burger for 20 years" invites, it does not ask)."""
    start = k
    while start > 0 and tokens[start - 1].text not in _QUESTION_BOUNDARIES:
        start -= 1
    if start >= k or tokens[start].norm not in AUXILIARIES:
        return False
    return not any(t.norm in _READER for t in tokens[start:k])


def _statement_follows(tokens: list[Token], k: int) -> bool:
    """ "Worst commute ever? Driver stuck 14 hours on motorway": a statement after the question mark
    answers it, so the question is an opener. A closing quote after it keeps a quoted question."""
    after = tokens[k + 1 : k + 1 + RHETORICAL_MIN_WORDS + 1]
    if after and after[0].text in _CLOSING_QUOTES:
        return False
    return sum(t.text[:1].isalnum() for t in after) >= RHETORICAL_MIN_WORDS
