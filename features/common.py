"""Helpers the cue extractors share: lexicon matches turned into cues, numbers, negators."""

from __future__ import annotations

from functools import cache

from features.lexicon import Match, lexicon
from features.tokens import Token
from features.types import Cue

NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "billion",
        "billions",
        "dozen",
        "dozens",
        "half",
        "third",
        "quarter",
    ]
)
NEGATORS = frozenset({"not", "n't", "never", "neither", "no", "longer", "cannot"})
# Past forms of verbs that do not end in "-ed".
IRREGULAR_PAST = frozenset(
    "said told wrote written thought felt knew known found shown spoke spoken laid "
    "met took gave made went came got held kept won ran sent brought bought built paid stood sat began became "
    "grew drew threw rose broke chose drove ate meant heard taught sought fought caught struck swore spent lent "
    "dealt sold fled shot saw read put left lost".split()
)
# States that a bare participle of belief or fear takes ("believed dead", "feared lost", "thought genuine"):
# a passive whose believers go unnamed, and the main predicate after a relative clause on the subject.
BELIEVED_STATES = frozenset(
    "dead alive real fake genuine authentic lost missing safe stolen extinct responsible killed drowned "
    "kidnapped abducted captured injured hurt destroyed sunk trapped buried forged".split()
)
BELIEF_PARTICIPLES = frozenset("believed feared thought presumed".split())
# The speaker's own "I" and "we", with their contractions, as the subject of what they say.
FIRST_PERSON_SUBJECTS = frozenset({"i", "i'm", "i've", "we", "we're", "we've"})
# What one assumes when "assume" takes a post, not a belief ("would assume office in January").
ASSUMED_POSTS = frozenset(
    "office power control command responsibility responsibilities duties leadership obligations liabilities "
    "debts debt costs role roles burden ownership".split()
)
# Tokens after "assume" searched for the post or burden it takes ("would assume Patriot's environmental and
# reclamation obligations"), up to a verb or clause word ("assume the costs are low" is a belief).
POST_REACH = 6
_NOT_IN_AN_OBJECT = frozenset("that is are was were be will would could can may might to if".split())
# Forms of "be": the auxiliary of a passive ("was denied") or a progressive ("is saying").
BE_FORMS = frozenset(["is", "was", "were", "are", "been", "being", "be"])
DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "such",
        "any",
        "every",
        "each",
    ]
)
# Plurals without an "-s": "the data show", "women say".
_UNMARKED_PLURALS = frozenset("data media criteria men women children personnel".split())
# Endings of words in "-men" that are no plurals: "specimen", "abdomen", "Yemen", "acumen".
_SINGULAR_MEN = ("imen", "omen", "amen", "yemen", "acumen")
# Endings of words in "-s" that are no plurals: "class", "Ana's", "bogus", "famous", "status", "analysis".
_NOT_PLURAL_ENDINGS = ("ss", "'s", "s'", "us", "is")


def is_plural(token: Token) -> bool:
    """A plural word: "-s" ("officials", not "class" or "status"), "-men", "data", a demonym in "-is"."""
    norm = token.norm
    if norm in _UNMARKED_PLURALS or (norm.endswith("men") and not norm.endswith(_SINGULAR_MEN)):
        return True  # "the data show", "women say", "spokesmen say"
    if norm.endswith("s") and not norm.endswith(_NOT_PLURAL_ENDINGS) and len(norm) > 3:
        return True
    entry = lexicon("sources").get(norm) if norm.endswith("is") else None
    return entry is not None and entry.category == "nationals"  # "Saudis say", "Iraqis deny"


# Tokens before a cue searched for a negator: "not alleged", "not yet suspected".
NEGATION_WINDOW = 2


_CLOSING_QUOTES = "\"'”’»)"
_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";")


# "bigger than previously thought", "than scientists had believed": the belief after "than" (at most this many
# tokens before it, words only) is the foil of an asserted finding.
FOIL_REACH = 4
_FOIL_ENDINGS = frozenset("possible likely and but or".split())


def is_comparison_foil(tokens: list[Token], index: int) -> bool:
    """Is token ``index`` the verb of a "than …" clause that it ends ("than once believed.")?"""
    window = tokens[max(0, index - FOIL_REACH) : index]
    than = next((k for k in range(len(window) - 1, -1, -1) if window[k].norm == "than"), None)
    if than is None or not all(t.norm.isalpha() for t in window[than + 1 :]):
        return False
    after = tokens[index + 1].norm if index + 1 < len(tokens) else "."
    return not after.isalpha() or after in _FOIL_ENDINGS


def is_past_form(norm: str) -> bool:
    """ "reported", "said": a past tense or participle."""
    return norm.endswith("ed") or norm in IRREGULAR_PAST


def is_headline_shaped(text: str) -> bool:
    """No sentence-final punctuation: how headlines are written ("Bridge Closed After Crash"). Reads only the
    text's tail (no stripped copy of the text), so a caller may ask once per cue."""
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    while end and text[end - 1] in _CLOSING_QUOTES:
        end -= 1
    return not text.endswith(_SENTENCE_ENDS, 0, end)


def cue_of(text: str, tokens: list[Token], match: Match, kind: str, category: str | None = None) -> Cue:
    """The cue covering a lexicon match's tokens."""
    start, end = tokens[match.first].start, tokens[match.last].end
    entry = match.entry
    return Cue(text[start:end], start, end, kind, category or entry.category, entry.weight, entry.name)


def first_past_gap(
    tokens: list[Token], start: int, reach: int, targets: frozenset[str], gap: frozenset[str]
) -> int | None:
    """The index of the first of ``targets`` within ``reach`` tokens from ``start``, with only ``gap`` words
    before it ("not able to verify", "has not been borne out")."""
    for k in range(start, min(start + reach, len(tokens))):
        norm = tokens[k].norm
        if norm in targets:
            return k
        if norm not in gap:
            return None
    return None


def takes_a_post(tokens: list[Token], k: int) -> bool:
    """Does "assume" before token ``k`` take a post or a burden ("assume office", "assume the firm's
    obligations"), not a belief ("assume the costs are low")?"""
    for j in range(k, min(len(tokens), k + POST_REACH)):
        norm = tokens[j].norm
        if norm in ASSUMED_POSTS:
            return j + 1 >= len(tokens) or tokens[j + 1].norm not in _NOT_IN_AN_OBJECT
        if norm in _NOT_IN_AN_OBJECT or not tokens[j].text[:1].isalnum():
            return False
    return False


def word_within(tokens: list[Token], positions: range | tuple[int, ...], norm: str) -> int | None:
    """The first of ``positions`` holding the word ``norm``, looked for up to the first token that is no word."""
    for j in positions:
        if j < 0 or j >= len(tokens):
            return None
        if tokens[j].norm == norm:
            return j
        if not tokens[j].text.isalpha():
            return None
    return None


# Distancing words that, before a noun for a person, qualify the person, not the claim ("the alleged
# victim said", "vigilantes attacked an alleged thief"); before an event ("the alleged plot") they distance it.
ATTRIBUTIVE_DISTANCING = frozenset("alleged purported supposed so-called suspected reputed".split())
PERSON_NOUN_REACH = 2
_PERSON_CATEGORIES = frozenset(["person", "role", "anonymous", "anonymous_official"])
_AGENT_ENDINGS = ("ist", "ists", "er", "ers", "or", "ors", "man", "men")
_NOT_AGENTS = frozenset(
    "water order number power murder other cover border paper matter letter corner after under over never "
    "error terror horror favour favor honour honor labour labor rumour rumor humour humor "
    "twitter poster flyer flier trailer sticker banner voucher newsletter charger computer monitor sensor "
    "browser server scanner filter meter".split()
)


def person_noun_follows(tokens: list[Token], k: int) -> bool:
    """Does a noun for a person follow within PERSON_NOUN_REACH tokens ("alleged victim", "suspected serial
    killer", "alleged rapist's")? A possessive, a person, role or group word of the sources lexicon, or an
    agent-noun ending ("-ist", "-er", "-or", "-man")."""
    for token in tokens[k : k + PERSON_NOUN_REACH]:
        norm = token.norm
        if not token.text[:1].isalpha():
            return False
        entry = lexicon("sources").get(norm)
        if norm.endswith(("'s", "’s")) or (entry is not None and entry.category in _PERSON_CATEGORIES):
            return True
        if norm.endswith(_AGENT_ENDINGS) and len(norm) > 4 and norm not in _NOT_AGENTS:
            return True
    return False


def is_number(token: Token) -> bool:
    return token.norm[:1].isdigit() or token.norm in NUMBER_WORDS or token.text[:1] in "$£€"


def number_follows(tokens: list[Token], index: int) -> bool:
    """True when a number starts at token ``index``: "3,000", "a dozen", "$5"."""
    if index < len(tokens) and tokens[index].norm == "a":
        index += 1
    return index < len(tokens) and is_number(tokens[index])


def negated_before(
    tokens: list[Token], index: int, window: int = NEGATION_WINDOW, negators: frozenset[str] = NEGATORS
) -> bool:
    """True when one of the ``window`` tokens before ``index`` is a negator ("not alleged")."""
    return any(tokens[k].norm in negators for k in range(max(0, index - window), index))


# A denial verb whose object is a thing one grants or refuses (refusals.tsv) refuses an act, it does not
# deny a claim: "the Senate rejected the bill", "denied him a visa", "rejected the revised $5 billion
# offer", "her request for asylum was denied". The object is searched this many tokens after the verb
# (before the "was" of a passive), up to a clause break, a preposition or a word naming a claim.
REFUSED_OBJECT_REACH = 6
OBJECT_BREAKS = frozenset(
    '. , ; : ? ! ( ) — – - " “ ” that which who whom whose because while but and or '
    "of about as over on in at after before by with against from".split()
)
# Words naming a claim (negation.tsv: "answered" words and rumours) or a statement (reporting_nouns.tsv):
# "denied the report", "rejected takeover claims" deny it.
_CLAIM_CATEGORIES = frozenset(["answered", "falsity"])


def names_a_claim(norm: str) -> bool:
    """Does the word name a claim, a rumour or a statement ("reports", "allegation", "remarks")?"""
    entry = lexicon("negation").get(norm)
    return (entry is not None and entry.category in _CLAIM_CATEGORIES) or lexicon("reporting_nouns").get(
        norm
    ) is not None


def objects_a_claim(tokens: list[Token], last: int) -> bool:
    """Is the object after token ``last`` a claim ("shot down claims that", "knocked down reports of a
    merger", "poured scorn on Hunter's assertion"), or a short one an "as" follows ("shot it down as
    fantasy")? A phrasal denial (negation.tsv ``denial_of_claim``) denies only then: "shot down a drone"."""
    for k in range(last + 1, min(last + 1 + REFUSED_OBJECT_REACH, len(tokens))):
        norm = tokens[k].norm
        if names_a_claim(norm):
            return True
        if norm in OBJECT_BREAKS and not (norm == "that" and k == last + 1):  # "shot down that rumour"
            return norm == "as"
    return False


@cache
def denies_only_claims(name: str) -> bool:
    """Is the denial phrase ``name`` one that denies only a claim as its object (negation.tsv
    ``denial_of_claim``: "shoot down", "knock down")? The reporting-verb lexicon lists it under the same name."""
    return any(e.name == name and e.category == "denial_of_claim" for e in lexicon("negation").entries)


# The denial verbs that can refuse an act, and the refusals.tsv categories each refuses: one denies a request
# or bail, but "denied the plan" denies that there is one; disputing or refuting is never a refusal.
_REFUSING_VERBS = {
    "deny": frozenset(["grantable"]),
    "reject": frozenset(["grantable", "proposal", "person"]),
    "dismiss": frozenset(["grantable", "proposal", "person"]),
    "rebuff": frozenset(["grantable", "proposal", "person"]),
}
# Prepositions that open a modifier after the head noun of a passive's subject ("the request by the family").
_POSTMODIFIERS = frozenset("of for by from in on at to".split())


def _object_verdict(tokens: list[Token], ks: range, refused: frozenset[str], stops: frozenset[str]) -> bool:
    """Is the noun phrase of tokens ``ks`` (up to a word of ``stops``) headed by a thing of the ``refused``
    categories? Its last telling word decides ("takeover offer" is refused); a word naming a claim ends it
    ("takeover claims", "claims its network caused call failures" are claims)."""
    verdict = False
    for k in ks:
        norm = tokens[k].norm
        category = _object_category(norm)
        if category is not None:
            verdict = category in refused
        elif norm in stops:
            return verdict
        elif names_a_claim(norm):
            return False
        elif norm.endswith(("ing", "'s")) or norm in ("'", "’"):
            verdict = False  # "denied receiving an offer": the act claimed; "the coach's account": a possessor
    return verdict


# Source roles that are people one dismisses from a post ("dismissed the coach", "dismissed two officials").
_PERSON_SOURCES = frozenset(["role", "anonymous_official", "person"])


def _object_category(norm: str) -> str | None:
    """The refusals.tsv category of an object word; a role or an official (sources.tsv) is a ``person``."""
    entry = lexicon("refusals").get(norm)
    if entry is not None:
        return entry.category
    source = lexicon("sources").get(norm)
    return "person" if source is not None and source.category in _PERSON_SOURCES else None


def refuses_an_act(tokens: list[Token], first: int, last: int, verb: str) -> bool:
    """Does the denial ``verb`` (a lexicon name: "deny", "reject") at tokens ``first``…``last`` refuse a
    request, a bill, an offer (its object after it, or the subject of its passive) rather than deny a claim?"""
    refused = _REFUSING_VERBS.get(verb)
    if refused is None:
        return False
    if _object_verdict(
        tokens, range(last + 1, min(last + 1 + REFUSED_OBJECT_REACH, len(tokens))), refused, OBJECT_BREAKS
    ):
        return True
    # A person right before the verb is its subject ("the minister dismissed the claims") unless nothing
    # follows that could be its object ("Coach dismissed after cup exit").
    bare = last + 1 >= len(tokens) or tokens[last + 1].norm in OBJECT_BREAKS
    things = refused if bare else refused - {"person"}
    if first > 0 and _object_verdict(tokens, range(first - 1, first), things, OBJECT_BREAKS):
        return True  # "Bail Denied to …", "offer rejected": a headline's passive without its auxiliary
    aux = first - 1
    while aux > 0 and (tokens[aux].norm == "also" or tokens[aux].norm.endswith("ly")):
        aux -= 1  # "was swiftly rejected"
    if aux < 1 or tokens[aux].norm not in BE_FORMS:
        return False
    start = aux
    while start > 0 and aux - start < REFUSED_OBJECT_REACH and tokens[start - 1].norm not in OBJECT_BREAKS:
        start -= 1
    # The subject's head comes before its modifiers: "the request by the family was denied".
    return _object_verdict(tokens, range(start, aux), refused, OBJECT_BREAKS | _POSTMODIFIERS)


SUSPECT_NOUNS = frozenset(["suspect", "suspects"])
_BEFORE_A_PERSON = DETERMINERS | frozenset(
    "as no another prime key main chief possible potential murder from of with by against among for".split()
)
# Words after "suspect(s)" that show it is the subject noun: its verb, a headline's predicate, a preposition.
_AFTER_A_SUBJECT = frozenset(
    "was were is are has have had fled flees remains remain detained arrested held charged questioned identified "
    "dead killed shot dies died found jailed sentenced convicted caught captured named sought freed released "
    "surrenders surrendered pleads pleaded appears appeared faces denies admits in at".split()
)


def suspect_names_a_person(tokens: list[Token], k: int) -> bool:
    """Is "suspect(s)" at ``k`` a noun for a person rather than a verb of suspicion ("the suspect was charged",
    "Suspect Dead in Shooting", "Police Shoot Suspect in Standoff"; not "Police suspect the fire was set")?"""
    if tokens[k].norm not in SUSPECT_NOUNS:
        return False
    before = tokens[k - 1] if k > 0 else None
    if before is not None and (before.norm in _BEFORE_A_PERSON or is_number(before)):
        return True
    return k + 1 < len(tokens) and tokens[k + 1].norm in _AFTER_A_SUBJECT
