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


def _verb_forms(verbs: str) -> frozenset[str]:
    """Each verb of ``verbs`` with its -s, -ed and -ing forms ("try" -> tries, tried, trying)."""
    forms: set[str] = set()
    for verb in verbs.split():
        stem = verb[:-1] if verb.endswith("e") else verb
        plural = verb[:-1] + "ies" if verb.endswith("y") and verb[-2] not in "aeiou" else verb + "s"
        past = verb[:-1] + "ied" if plural.endswith("ies") else stem + "ed"
        if verb.endswith(("s", "x", "ch", "sh")):
            plural = verb + "es"
        forms.update((verb, plural, past, stem + "ing"))
    return frozenset(forms)


# Verbs and adjectives that govern an infinitive themselves ("Set to Quit", "Vows to Fight", "Trying To
# Buy", "Able to Walk", "Harder To Get"): the "to" right after them is no headline future of its own.
_INFINITIVE_GOVERNORS = _verb_forms(
    "plan want hope vow aim seek agree refuse try threaten need use ask tell urge allow force order call vote "
    "move fail begin start continue decide choose sentence attempt look wish offer pledge promise appear seem "
    "claim expect tip eye advise warn struggle scramble rush race prepare intend tend manage"
) | frozenset(
    "tipped set poised slated due going able unable likely unlikely about ready has have had ought told begun "
    "hard harder easy easier difficult impossible possible free eager keen reluctant willing wise way ways "
    "right time chance reason reasons license licence permission".split()
)
# Verbs that take an object before the infinitive ("Orders Fed To Adopt", "Urges UN to Investigate",
# "Uses Gift to Give", "Takes Two Hours to Charge"): one earlier in the headline makes the "to" theirs.
_OBJECT_CONTROL_VERBS = _verb_forms(
    "order urge warn ask tell advise lead use coax force allow encourage persuade convince help invite push "
    "pressure pay spend eye get take threaten"
) | frozenset("told led paid spent got took tipped".split())
# Prepositions after a verb ("Pays 20,000 for a Third Breast to Look", "Spends a Week in KFC to Get Over"):
# one earlier in the headline puts a verb phrase, not a bare subject, before the "to". ("of" builds names.)
_VERB_PHRASE_PREPOSITIONS = frozenset("in for at on from with into by after over out through".split())
# An article or possessive inside the words before the "to" opens an object ("Adopts a Boy to Stop",
# "Sell Their Son to Fund"); a subject has it first, after "of" or in a list ("Bank of the West to Close").
_OBJECT_OPENERS = frozenset("a an the their his her its our my your".split())
_NOUN_PHRASE_LINKS = frozenset(["of", "and", ","])
_CLAUSE_BREAKS = frozenset([":", "—", "–", "-", ";", "|"])
# Irregular participles after "to be" ("Mall to Be Built"); regular ones end in -ed or -en.
_IRREGULAR_PARTICIPLES = frozenset(
    "built sold held sent shut put cut hit set made paid laid bought brought kept left lost won run hung "
    "shown known grown drawn torn worn sworn".split()
)


def _subject_before(tokens: list[Token], first: int) -> bool:
    """Do the words of the clause before the "to" at ``first`` read as a bare subject? Walked back to the clause
    start, stopping at the first sign of a verb phrase (an earlier "to" stops it too, so the walks of many
    infinitives in one headline stay linear)."""
    k = first - 1
    while k >= 0 and tokens[k].text not in _CLAUSE_BREAKS:
        norm = tokens[k].norm
        if norm in AUXILIARIES or norm == "to" or norm in _VERB_PHRASE_PREPOSITIONS:
            return False  # "Kim Had Surgery to Remove Cyst", "Apple to Hold Event to Unveil"
        if k < first - 1 and norm in _OBJECT_CONTROL_VERBS:
            return False
        if norm in _OBJECT_OPENERS and k > 0 and tokens[k - 1].norm not in _NOUN_PHRASE_LINKS | _CLAUSE_BREAKS:
            return False
        k -= 1
    return True


def _headline_infinitive(tokens: list[Token], match: Match) -> bool:
    """ "Actor to Play Astronaut", "Safes to Be Installed": in a headline, "to" + verb right after the subject
    is a future (the headline form of "is to"). After a governing verb or adjective ("Vows to Fight", "Harder
    to Get"), a verb with its object ("Urges UN to Act") or a verb phrase ("Drinks Wine to Boost", "Moved to
    Paris to Study") the "to" is theirs: a purpose or a complement, no future. The caller checks the text is
    headline-shaped."""
    if match.first == 0 or tokens[match.first - 1].norm in _INFINITIVE_GOVERNORS:
        return False
    if not _subject_before(tokens, match.first):
        return False
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
    headline = is_headline_shaped(text)
    for match in matches:
        i = match.first
        if match.entry.name == "may" and _is_month_or_name_may(tokens, i):
            continue
        if match.entry.name in ("will", "can", "must") and _is_noun_use(tokens, i):
            continue
        if match.entry.category == "headline_future" and not (headline and _headline_infinitive(tokens, match)):
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
