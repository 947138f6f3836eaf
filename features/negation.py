"""Negation and denial: the claim is negated, refuted or rejected.

Examples: "officials from Kim Jong Un's government have denied the reports,
dismissing the claims as 'groundless, stereotype rumours'" (denial verbs,
falsity); "there is no evidence that the plant leaked" (no evidence). A
negated denial ("did not deny", "could not rule out", "not baseless") is
``double_negation``, which weakens a denial rather than making one. A denial verb
that refuses a request, a bill or an offer ("the Senate rejected the bill") is a
``refusal``: an act reported, not a claim denied. A phrasal denial ("shot down",
"knocked down", "poured cold water on") denies only a claim as its object ("shot down
claims that …"), not a drone or a wall. A negator beside a word naming
what it answers ("despite rumours", "contrary to reports") makes that word a
``rebuttal``: the negation refutes a claim instead of stating a negative fact.
A negated confirmation ("cannot verify", "not able to confirm") withholds it: an
``unknown`` negation, read as a hedge; so does a denied inference ("that doesn't mean it isn't
a record"), whose content is left open. A negator
right after an auxiliary negates the main verb (``verb_negation``); others are
``negator``. "No" or "without" before an evidence noun ("no satellite images")
is ``no_evidence``; "no doubt" is a booster, and "not only … but also" does
not negate.
"""

from __future__ import annotations

from features.common import (
    BE_FORMS,
    DETERMINERS,
    OBJECT_BREAKS,
    REFUSED_OBJECT_REACH,
    first_past_gap,
    is_headline_shaped,
    names_a_claim,
    objects_a_claim,
    person_noun_follows,
    refuses_an_act,
    word_within,
)
from features.lexicon import Match, lexicon
from features.tokens import Token, tokenize
from features.types import Cue

__all__ = ["NEGATING_CATEGORIES", "find_negation", "negates", "negation_cues"]

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
# Categories a negator can negate in turn: "did not deny", "not baseless".
_DENIAL_LIKE = ("denial_verb", "denial_of_claim", "falsity")
# A denial this many tokens after a negator is negated by it ("did not immediately deny").
DENIAL_SCOPE = 2
_RULE_OUT = frozenset({"rule", "ruled", "rules", "ruling"})
# "not only … but also", "not just": the negator adds rather than negates.
_ADDITIVE = frozenset({"only", "just"})
# "not long after", "not long ago": a time, not a negation.
_AFTER_NOT_LONG = frozenset("after before ago afterwards afterward since".split())
# A negated ending is a continuing state, no refutation: "the rumours aren't going away", "the row
# shows no sign of dying down" is left to the lexicon; "protests did not let up", "the pain won't fade".
_FADING = frozenset("fade fades fading faded subside subsides subsiding subsided abate abates abating abated".split())
_ENDING_PARTICLES = {
    **dict.fromkeys("go goes going gone went".split(), "away"),
    **dict.fromkeys("die dies dying died".split(), "down"),
    **dict.fromkeys("let lets letting".split(), "up"),
}
# "not the first time", "not for the last time": it happened before, or will again.
_ORDINALS = frozenset("first last only second".split())
# "no matter how", "no wonder", "no less than": idioms, not a negated claim.
_IDIOMS_AFTER_NO = frozenset({"matter", "wonder", "less"})
# "was no mistake", "is no accident": the litotes affirms; it refutes nothing.
_LITOTES_AFTER_NO = frozenset("mistake accident coincidence fluke joke exaggeration secret surprise".split())
# "not necessarily", "not always", "not enough": the negation grades the claim instead of refuting it.
_DEGREE_AFTER_NOT = frozenset(
    "necessarily always entirely quite exactly simply merely even fully completely totally all much very "
    "too that so enough sufficient sufficiently as nearly".split()
)
SCALAR_WEIGHT = 0.3
# Tokens after "not" searched for the "enough" that grades its verb ("not doing enough", "not moving fast enough").
ENOUGH_REACH = 3
# Tokens after "not" searched for the "but" of a correction ("not A but B").
CONTRAST_REACH = 8
CONTRAST_WEIGHT = 0.3
# The longest phrase after ", not" that closes a sentence as the alternative ("…, not the Texas plant").
APPENDED_CONTRAST_REACH = 4
# Words that start a new clause, ending the search for a correcting "but".
_CLAUSE_WORDS = frozenset("that which who because although while and or".split())
# Negators that take a noun phrase ("no satellite images", "without evidence").
_NOUN_NEGATORS = frozenset({"no", "without"})
# Tokens after "no" searched for an evidence noun: one adjective may intervene ("no photographic evidence").
EVIDENCE_NOUN_REACH = 2
# A rumour is a falsity word only once something has been denied ("dismissing the claims as rumours").
_CONTEXTUAL_FALSITY = frozenset({"rumours"})
# A negator beside a word naming what it answers ("despite rumours", "contrary to reports", "the claim")
# refutes, as a denial does: the word is a ``rebuttal`` cue of this weight (seeds/ANNOTATION.md, rule 2).
REBUTTAL_WEIGHT = 0.6
# The categories of a negator that negates the claim itself, not a denial or a withheld confirmation.
NEGATING_CATEGORIES = frozenset(["negator", "verb_negation"])
# "cannot verify", "was not immediately able to confirm", "has not been independently confirmed": a negated
# confirmation withholds it, leaving the claim unknown (a hedge), not refuted. Words skipped between the
# negator and the verb, and the longest such gap.
_CONFIRMING = frozenset(
    "confirm confirms confirmed confirming verify verifies verified verifying corroborate corroborated "
    "authenticate authenticated".split()
)
_BEFORE_CONFIRMING = frozenset("able to immediately independently yet be been officially publicly".split())
CONFIRMATION_REACH = 4
# "does not (necessarily) mean that …", "doesn't imply": a denied inference leaves its content open (unknown).
_INFERRING = frozenset("mean means imply implies".split())
_BEFORE_INFERRING = frozenset("necessarily automatically".split())  # "not always mean" grades: scalar
INFERENCE_REACH = 2
_NOT_CONTENT = frozenset("to what it anything much well harm any so".split())  # intent, sense, an object
_CLAUSE_ENDS = frozenset([".", ";", ":", "!", "?", "—", "–", ","])
WITHHELD_WEIGHT = 0.8
# Weight of "did not deny" / "could not rule out": these keep a claim open.
DOUBLE_NEGATION_WEIGHT = 0.5
# Weight of a negator that negates the main verb ("has not confirmed", "cannot confirm").
VERB_NEGATION_WEIGHT = 0.9
# Auxiliaries written as a clitic on the subject: "they're not leaving", "the firm's not for sale".
_AUXILIARY_CLITICS = ("'s", "'re", "'m", "'ve", "'d", "'ll")
# Words after which a headline's "not" cannot follow a subject with its auxiliary dropped: it negates
# something else ("or not", "why not", "for not paying", "ticket, not arrest").
_NO_SUBJECT_END = DETERMINERS | frozenset(
    "and or but nor if whether why how what when where as than of for with by from in on at to into about "
    "rather better".split()
)
# Words between a claim and the dismissive word said of it: "calls the claims completely crazy", "the
# allegations are simply laughable", "dismissed reports as 'absurd'", "reports … greatly exaggerated".
_DISMISSAL_GAP = frozenset(
    "is are was were be been being as seem seems seemed sound sounds sounded just simply completely totally "
    "utterly frankly plain pure absolutely quite rather so pretty patently wildly both "
    "greatly vastly grossly hugely largely much".split()
)
# Tokens after a deceiving verb searched for "into thinking": "duped thousands of readers into believing".
DECEPTION_REACH = 6
_BELIEVING = frozenset("thinking believing".split())
# Tokens after a dismissive word searched for the claim it modifies ("ridiculous pregnancy rumours").
DISMISSED_CLAIM_REACH = 3
_QUOTE_TOKENS = frozenset("\"'“”‘’")
# Weight of "no" before an evidence noun, as "no evidence" in negation.tsv.
NO_EVIDENCE_WEIGHT = 1.0


def _kind(category: str) -> str:
    return "negation" if category in ("negator", "double_negation", "verb_negation") else "denial"


def _span(text: str, tokens: list[Token], first: int, last: int) -> tuple[str, int, int]:
    start, end = tokens[first].start, tokens[last].end
    return text[start:end], start, end


def _evidence_noun_end(tokens: list[Token], i: int) -> int | None:
    """The last token of an evidence noun starting within reach of token ``i``."""
    evidence = lexicon("evidence")
    for k in range(i, min(i + EVIDENCE_NOUN_REACH, len(tokens))):
        found = evidence.match_at(tokens, k)
        if found and found.entry.category == "evidence_noun":
            return found.last
    return None


def _correction_follows(tokens: list[Token], start: int) -> bool:
    """ "is not a liverwort but a moss": a "but" within CONTRAST_REACH tokens (no comma or clause between)
    corrects the negated part instead of refuting the claim; "but also" adds."""
    for k in range(start, min(start + CONTRAST_REACH, len(tokens))):
        norm = tokens[k].norm
        if norm == "but":
            return k + 1 < len(tokens) and tokens[k + 1].norm != "also"
        if norm in (".", ",", ";", ":", "?", "!") or norm in _CLAUSE_WORDS:
            return False
    return False


def _appended_contrast(tokens: list[Token], first: int) -> bool:
    """ "in Nevada, not Texas", "a ticket, not an arrest": a "not" after a comma with a short phrase closing
    the sentence names the alternative the claim is not about; it refutes nothing ("…, not in Carrick as
    previously reported" is refuted by its rebuttal word, not by this)."""
    if first == 0 or tokens[first - 1].text != ",":
        return False
    rest = tokens[first + 1 : first + 2 + APPENDED_CONTRAST_REACH]
    end = next((k for k, t in enumerate(rest) if not t.text[:1].isalnum() and t.text not in ("'", "’")), len(rest))
    closes = first + 1 + end >= len(tokens) or tokens[first + 1 + end].text in (".", "!", "?", ";")
    return 0 < end <= APPENDED_CONTRAST_REACH and closes and not any(t.norm in _CLAUSE_WORDS for t in rest[:end])


def _refusal(tokens: list[Token], match: Match) -> bool:
    """Is the denial verb of ``match`` an act of refusal ("rejected the bill", "denied bail")?"""
    return match.entry.category == "denial_verb" and refuses_an_act(tokens, match.first, match.last, match.entry.name)


def _led_to_believe(tokens: list[Token], k: int) -> int | None:
    """The index of "thinking"/"believing" in an "into thinking" within DECEPTION_REACH tokens of ``k``
    ("tricked the crowd into believing"), stopping at a clause break."""
    for j in range(k, min(len(tokens) - 1, k + DECEPTION_REACH)):
        if tokens[j].norm == "into" and tokens[j + 1].norm in _BELIEVING:
            return j + 1
        if tokens[j].text in _CLAUSE_ENDS:
            return None
    return None


def _dismisses_a_claim(tokens: list[Token], match: Match) -> bool:
    """Is the dismissive word said of a word naming a claim, before it ("calls the claims completely crazy",
    "the allegations are laughable") or just after it ("ridiculous pregnancy rumours")?"""
    k = match.first - 1
    while k >= 0 and (tokens[k].norm in _DISMISSAL_GAP or tokens[k].text in _QUOTE_TOKENS):
        k -= 1
    if k >= 0 and names_a_claim(tokens[k].norm):
        return True
    if k < match.first - 1 and _claim_heads_subject(tokens, k):
        return True  # "Reports of his death were greatly exaggerated": said of the subject's head
    after = tokens[match.last + 1 : match.last + 1 + DISMISSED_CLAIM_REACH]
    for token in after:
        if names_a_claim(token.norm):
            return True
        if not token.text.isalpha() and token.text not in _QUOTE_TOKENS:
            return False
    return False


def _claim_heads_subject(tokens: list[Token], end: int) -> bool:
    """Does the subject ending at ``end`` have a word naming a claim as its head, before its complement
    ("Reports of the bridge collapse", "Claims that the dam burst", "rumours about the merger")?"""
    for j in range(end, max(0, end - SUBJECT_COMPLEMENT_REACH), -1):
        if not tokens[j].text[:1].isalnum():
            return False  # the subject does not reach across punctuation
        if tokens[j].norm in _CLAIM_COMPLEMENT_OPENERS and names_a_claim(tokens[j - 1].norm):
            return True
    return False


# Words opening a claim noun's complement, and how far before the verb the complement's opener may stand.
_CLAIM_COMPLEMENT_OPENERS = frozenset(["of", "about", "that"])
SUBJECT_COMPLEMENT_REACH = 8


def _literal_phrasal(tokens: list[Token], match: Match) -> bool:
    """Is the phrasal denial of ``match`` ("shot down", "knocked down") used of a thing, not a claim: no
    claim after it, nor one before it as its passive subject ("Rumour Put to Rest", "myth busted")?"""
    if match.entry.category != "denial_of_claim":
        return False
    if match.entry.name in _CLAIM_OBJECT_ONLY:  # "killed Slepian as he stood": no "as" verdict for these
        return not (_claim_object(tokens, match.last) or _claim_before(tokens, match.first))
    return not (objects_a_claim(tokens, match.last) or _claim_before(tokens, match.first))


# Phrasal denials whose object must itself name a claim ("kills the rumour"); "as" after a short
# object ("shot it down as fantasy") gives them no verdict.
_CLAIM_OBJECT_ONLY = frozenset(["kill", "bust", "squash", "make fun of"])


def _claim_object(tokens: list[Token], last: int) -> bool:
    """Does a word naming a claim stand in the object after ``last``, before anything that ends it?"""
    for token in tokens[last + 1 : last + 1 + REFUSED_OBJECT_REACH]:
        if names_a_claim(token.norm):
            return True
        if token.norm in OBJECT_BREAKS:
            return False
    return False


def _claim_before(tokens: list[Token], first: int) -> bool:
    """Is a word naming a claim the passive subject right before ``first`` ("Rumor Put to Rest", "the
    reports were dispelled")?"""
    k = first - 1
    while k >= 0 and first - k <= PASSIVE_SUBJECT_REACH and tokens[k].norm in _PASSIVE_AUXILIARIES:
        k -= 1
    return k >= 0 and names_a_claim(tokens[k].norm)


# What may stand between a passive's subject and its participle ("were quickly dispelled"), and how many.
_PASSIVE_AUXILIARIES = BE_FORMS | {"has", "have", "had", "quickly", "soon", "finally"}
PASSIVE_SUBJECT_REACH = 3


def _withheld_confirmation(tokens: list[Token], start: int) -> int | None:
    """The index of a confirming verb the negator before ``start`` withholds ("not able to verify")."""
    return first_past_gap(tokens, start, CONFIRMATION_REACH, _CONFIRMING, _BEFORE_CONFIRMING)


def _negated_inference(tokens: list[Token], start: int) -> int | None:
    """The index of an inference verb the negator before ``start`` denies ("does not necessarily mean")."""
    for k in range(start, min(start + INFERENCE_REACH, len(tokens))):
        norm = tokens[k].norm
        if norm in _INFERRING:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            opens_content = after is not None and after.norm not in _NOT_CONTENT and after.text not in _CLAUSE_ENDS
            return k if opens_content else None  # "did not mean to offend", "does not mean what you think"
        if norm not in _BEFORE_INFERRING:
            return None
    return None


def _clause_end(tokens: list[Token], start: int) -> int:
    """The last token before the punctuation that ends the clause from ``start``."""
    k = start
    while k + 1 < len(tokens) and tokens[k + 1].text not in _CLAUSE_ENDS:
        k += 1
    return k


def _negator_cue(text: str, tokens: list[Token], match: Match, following: Match | None) -> tuple[Cue | None, int]:
    """The cue of a negator in its scope, and the last token it consumed."""
    first, last = match.first, match.last
    nxt = last + 1
    after = tokens[nxt].norm if nxt < len(tokens) else ""
    if tokens[first].norm == "not" and after in _ADDITIVE:
        return None, last
    if tokens[first].norm == "not" and _idiom_after_not(tokens, nxt):
        return None, nxt  # "not long after the broadcast", "not the first time", "not to mention": no negation
    if _ending_after(tokens, nxt):
        return None, nxt  # "the rumours aren't going away": they go on
    if _negated_adjunct(tokens, first, after):
        return None, nxt  # "…, not knowing the consequences": the subject's state beside the clause
    if tokens[first].norm == "no" and (after in _IDIOMS_AFTER_NO or _litotes(tokens, first, after)):
        return None, nxt  # "no matter how", "was no mistake"
    booster = lexicon("evidence").match_at(tokens, first)
    if booster and booster.entry.category == "booster":
        return None, booster.last
    if (
        following
        and following.entry.category in _DENIAL_LIKE
        and following.first - last <= DENIAL_SCOPE
        and not _refusal(tokens, following)  # "did not reject the bill": a negated act, not "did not deny"
        and not _literal_phrasal(tokens, following)  # "did not shoot down the drone"
    ):
        span = _span(text, tokens, first, following.last)
        return Cue(*span, "negation", "double_negation", DOUBLE_NEGATION_WEIGHT, "not deny"), following.last
    inference = _negated_inference(tokens, nxt) if match.entry.name in ("not", "n't") else None
    if inference is not None:
        # "That doesn't mean it isn't a record": the inference is denied, what follows is left open, its
        # own negators and falsity words included.
        span = _span(text, tokens, first, inference)
        return Cue(*span, "negation", "unknown", WITHHELD_WEIGHT, "not mean"), _clause_end(tokens, inference)
    withheld = _withheld_confirmation(tokens, nxt) if match.entry.name != "without" else None
    if withheld is not None:
        span = _span(text, tokens, first, withheld)
        return Cue(*span, "negation", "unknown", WITHHELD_WEIGHT, "not confirmed"), withheld
    if after in _RULE_OUT and nxt + 1 < len(tokens) and tokens[nxt + 1].norm == "out":
        span = _span(text, tokens, first, nxt + 1)
        return Cue(*span, "negation", "double_negation", DOUBLE_NEGATION_WEIGHT, "not rule"), nxt + 1
    if match.entry.name in _NOUN_NEGATORS:
        noun_end = _evidence_noun_end(tokens, nxt)
        if noun_end is not None:
            span = _span(text, tokens, first, noun_end)
            return Cue(*span, "denial", "no_evidence", NO_EVIDENCE_WEIGHT, "no evidence"), noun_end
    state = _negated_state(tokens, first, nxt) if match.entry.name in ("not", "n't") else None
    if state is not None:
        k, epistemic = state
        span = _span(text, tokens, first, k)
        if epistemic:  # "Police are not sure how the fire started": unknown to them, neither so nor not
            return Cue(*span, "negation", "unknown", WITHHELD_WEIGHT, "not sure"), k
        return Cue(*span, "negation", "scalar", SCALAR_WEIGHT, "not+state"), k  # "Apple Isn't Happy With …"
    if match.entry.name in ("not", "n't") and after in _DEGREE_AFTER_NOT:
        span = _span(text, tokens, first, nxt)
        return Cue(*span, "negation", "scalar", SCALAR_WEIGHT, "not+degree"), nxt
    enough = _enough_after(tokens, nxt) if match.entry.name in ("not", "n't") else None
    if enough is not None:  # "officials aren't doing enough", "has not moved fast enough": a grade, no refutation
        return Cue(*_span(text, tokens, first, enough), "negation", "scalar", SCALAR_WEIGHT, "not+degree"), enough
    if match.entry.name in ("not", "n't") and (_correction_follows(tokens, nxt) or _appended_contrast(tokens, first)):
        return Cue(*_span(text, tokens, first, last), "negation", "contrast", CONTRAST_WEIGHT, "not+but"), last
    before = tokens[first - 1].norm if first > 0 else ""
    if (
        match.entry.name == "cannot"
        or (match.entry.name in ("not", "n't", "never", "yet to") and _is_auxiliary(before))
        or (match.entry.name == "not" and _auxiliary_dropped(text, tokens, first))
    ):
        return Cue(*_span(text, tokens, first, last), "negation", "verb_negation", VERB_NEGATION_WEIGHT, "not"), last
    return None, -1


def _negated_state(tokens: list[Token], first: int, k: int) -> tuple[int, bool] | None:
    """The index of a state adjective after "be not" (one degree word between), and whether it is a state of
    knowledge: "isn't sure how", "is not entirely convinced" say it is unknown to the subject; "Isn't Happy
    With", "was not ready", "aren't impressed" grade the subject's attitude. Neither refutes a claim."""
    if first == 0 or tokens[first - 1].norm not in BE_FORMS:
        return None
    if k < len(tokens) and tokens[k].norm in _DEGREE_AFTER_NOT:
        k += 1
    if k >= len(tokens):
        return None
    norm = tokens[k].norm
    if norm in _EPISTEMIC_STATES:
        return k, True
    return (k, False) if norm in _ATTITUDE_STATES else None


# States of knowledge and of attitude or readiness whose negation describes the subject ("not sure", "not happy").
_EPISTEMIC_STATES = frozenset("sure certain convinced".split())
_ATTITUDE_STATES = frozenset(
    "happy pleased impressed amused thrilled satisfied keen interested comfortable ready prepared aware fond "
    "eager".split()
)


def _enough_after(tokens: list[Token], k: int) -> int | None:
    """The index of an "enough" grading the verb after "not" ("doing enough", "done nearly enough")."""
    return word_within(tokens, range(k, k + ENOUGH_REACH), "enough")


def _negated_adjunct(tokens: list[Token], first: int, after: str) -> bool:
    """Is "not" after a comma the start of a participle or infinitive beside the clause (", not knowing the
    consequences", ", not wanting to wait", ", not to be outdone")?"""
    return (
        tokens[first].norm == "not"
        and first > 0
        and tokens[first - 1].text == ","
        and (after.endswith("ing") or after == "to")
    )


def _litotes(tokens: list[Token], first: int, after: str) -> bool:
    """Is "no" at ``first`` a litotes after a copula ("the win was no fluke", "it is no secret"), not a
    "there is no …" of something absent ("there was no mistake in the count")?"""
    if after not in _LITOTES_AFTER_NO or first == 0 or not _is_auxiliary(tokens[first - 1].norm):
        return False
    return first < 2 or tokens[first - 2].norm != "there"


def _ending_after(tokens: list[Token], k: int) -> bool:
    """Does an ending follow the negator ("going away", "be dying down", "let up", "fade")?"""
    if k < len(tokens) and tokens[k].norm == "be":
        k += 1
    if k >= len(tokens):
        return False
    norm = tokens[k].norm
    particle = _ENDING_PARTICLES.get(norm)
    return norm in _FADING or (particle is not None and k + 1 < len(tokens) and tokens[k + 1].norm == particle)


def _idiom_after_not(tokens: list[Token], k: int) -> bool:
    """Do the words after "not" make an idiom ("not long after", "not long ago", "not least", "not to
    mention", "not the first time")?"""
    if k >= len(tokens):
        return False
    following = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    norm = tokens[k].norm
    if norm in ("the", "for") and any(t.norm == "time" for t in tokens[k + 1 : k + 4]):
        return any(t.norm in _ORDINALS for t in tokens[k + 1 : k + 3])  # "not the first time", "not for the last time"
    return (
        (norm == "long" and following in _AFTER_NOT_LONG) or norm == "least" or (norm, following) == ("to", "mention")
    )


def _is_auxiliary(norm: str) -> bool:
    return norm in AUXILIARIES or norm.endswith(_AUXILIARY_CLITICS)


def _auxiliary_dropped(text: str, tokens: list[Token], first: int) -> bool:
    """Does a headline's "not" stand where its auxiliary was dropped, negating the predicate ("Al-Baghdadi
    Not Dead", "Students not found in grave", "Apple reportedly not happy")?"""
    if first == 0 or first + 1 >= len(tokens) or not is_headline_shaped(text):
        return False
    if tokens[first + 1].norm == "to" or not tokens[first + 1].text[:1].isalnum():
        return False  # "Reasons Not To Give Up"; "Probably Not?"
    k = first - 1
    if k > 0 and tokens[k].norm.endswith("ly"):
        k -= 1  # "reportedly not happy"
    subject_end = tokens[k]
    return subject_end.text[:1].isalnum() and subject_end.norm not in _NO_SUBJECT_END


def find_negation(text: str, tokens: list[Token] | None = None) -> list[Cue]:
    """Negator, denial, falsity and no-evidence cues in ``text``."""
    tokens = tokenize(text) if tokens is None else tokens
    return negation_cues(text, tokens, lexicon("negation").find(tokens))


def negates(cue: Cue) -> bool:
    """Can the cue make a word naming a claim a rebuttal: a negator or negated verb ("without money"
    answers nothing)?"""
    return cue.category in NEGATING_CATEGORIES and cue.name != "without"


def _negated_verb(tokens: list[Token], k: int) -> bool:
    """Is the word at ``k`` a verb right after its negator ("can't claim", "did not report")?"""
    return k > 0 and tokens[k - 1].norm in _VERB_NEGATORS and tokens[k].text.islower()


_VERB_NEGATORS = frozenset(["not", "n't", "never"])
# Falsity words that, before a noun for a person, describe an impostor ("a fake doctor"), not a false claim.
_IMPOSTOR_WORDS = frozenset(["fake", "bogus"])


def negation_cues(text: str, tokens: list[Token], matches: list[Match]) -> list[Cue]:
    """The negation and denial cues of the negation lexicon's ``matches`` in ``tokens``."""
    cues: list[Cue] = []
    answered: list[Match] = []  # words naming a claim, rumour or report: a rebuttal only beside a negator
    consumed = -1
    denied = False
    for n, match in enumerate(matches):
        if match.first <= consumed:
            continue
        entry = match.entry
        if entry.category == "negator":
            following = matches[n + 1] if n + 1 < len(matches) else None
            cue, last = _negator_cue(text, tokens, match, following)
            if cue is not None or last >= 0:
                consumed = last
                if cue is not None:
                    cues.append(cue)
                continue
        if entry.category == "answered" and _negated_verb(tokens, match.first):
            continue  # "We can't claim this one", "did not report it": a verb negated, no claim answered
        if entry.category == "answered" or (entry.name in _CONTEXTUAL_FALSITY and not denied):
            answered.append(match)
            continue
        if _literal_phrasal(tokens, match):
            continue  # "shot down a drone": no denial
        if entry.name in _IMPOSTOR_WORDS and person_noun_follows(tokens, match.last + 1):
            continue  # "Fake Nurse Jailed", "the bogus police officer said": an impostor, the claim is not false
        if entry.category == "dismissive" and not _dismisses_a_claim(tokens, match):
            continue  # "an absurd price", "a work of fiction"
        if entry.category == "deceiving":
            belief = _led_to_believe(tokens, match.last + 1)
            if belief is not None:  # "Someone Trolled Twitter Into Thinking Macklemore Joined ISIS"
                cues.append(
                    Cue(*_span(text, tokens, match.first, belief), "denial", "falsity", entry.weight, entry.name)
                )
                denied = True
            continue
        span = _span(text, tokens, match.first, match.last)
        if _refusal(tokens, match):
            cues.append(Cue(*span, "negation", "refusal", 0.0, entry.name))  # "rejected the bill": an act
            continue
        category = {"denial_of_claim": "denial_verb", "dismissive": "falsity"}.get(entry.category, entry.category)
        kind = _kind(category)
        denied = denied or kind == "denial"
        cues.append(Cue(*span, kind, category, entry.weight, entry.name))
    if answered and any(map(negates, cues)):
        for match in answered:
            span = _span(text, tokens, match.first, match.last)
            cues.append(Cue(*span, "denial", "rebuttal", REBUTTAL_WEIGHT, match.entry.name))
        cues.sort(key=lambda cue: cue.start)
    return cues
