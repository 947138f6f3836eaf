"""Attribution: who says a claim, with which reporting cue, direct or indirect.

Examples: "Secretary of Defence Lloyd Austin stated that Washington has
evidence" (named official, assert, indirect); "'We are seeing evidence,' the
Pentagon chief told reporters" (official role, assert, direct). Also
"according to X", "…, X said.", "said X", "X, who …, said", "X (R-Ga.) has
said", "X said … and added", "…, saying", impersonal passives ("it was
reported that"), the quote signature "― Name", speaker labels ("PENCE: …")
and headline forms ("US Confirms …", "…, Officials Say", "Report: …").

Spans follow PolNeAR's conventions where they are the sensible reading: the
cue takes its auxiliaries and adverbs ("has also said"), the source takes its
titles and appositions ("Michael Lee, an analyst at the institute").
Every step looks at a bounded window of tokens, so the work is linear.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from features.common import (
    ATTRIBUTIVE_DISTANCING,
    BE_FORMS,
    BELIEVED_STATES,
    DETERMINERS,
    FIRST_PERSON_SUBJECTS,
    NEGATORS,
    OBJECT_BREAKS,
    denies_only_claims,
    is_comparison_foil,
    is_number,
    is_past_form,
    is_plural,
    objects_a_claim,
    person_noun_follows,
    refuses_an_act,
    suspect_names_a_person,
    takes_a_post,
)
from features.lexicon import Match, lexicon
from features.tokens import Token, is_title_case, normalize, tokenize
from features.types import Attribution, Cue, Span

__all__ = [
    "CREDIBILITY_BY_SOURCE",
    "attitude_clauses",
    "credibility",
    "find_attributions",
    "main_attribution",
    "quotation_speakers",
    "quotation_state",
    "quote_openings",
    "quote_states",
    "reporting_cues",
    "source_type_of",
]

# Prior credibility of a source type: how much a reader can lean on it before the
# verb and quote are known. Chosen to keep DESIGN.md's order, strongest first.
CREDIBILITY_BY_SOURCE = {
    "named_official": 0.85,
    "document": 0.80,
    "organization": 0.80,
    "named_person": 0.65,
    "author": 0.60,
    "anonymous_official": 0.50,
    "anonymous": 0.30,
}
# Factor of the reporting verb's strength class: a confirmation vouches for the
# claim, a claim or suggestion keeps distance from it.
VERB_FACTOR = {
    "confirm": 1.0,
    "assert": 0.9,
    "deny": 0.9,
    "question": 0.8,
    "other": 0.8,
    "claim": 0.7,
    "suggest": 0.7,
    "none": 0.8,
}
# A direct quote lets the reader check the words; a partial quote a little.
QUOTE_BONUS = {"direct": 0.05, "mixed": 0.02, "indirect": 0.0, "none": 0.0}
# Share of the text outside source and cue that must be quoted for a direct quote.
DIRECT_QUOTE_SHARE = 0.6
# Longest subject phrase (in tokens) taken as a source before a reporting verb.
MAX_SOURCE_TOKENS = 12
# A paragraph after "… said:" is its content when at most one blank line (two line breaks) lies between.
MAX_LINE_BREAKS_AFTER_COLON = 2
# Longest apposition or relative clause ("X, who …, said") walked over, in tokens.
MAX_APPOSITION_TOKENS = 30
# Auxiliaries and adverbs skipped between a subject and its verb ("has also said").
MAX_SKIPPED = 4
# Longest parenthesis inside a source ("Sen. Jane Roe (D-Mo.)"), in tokens.
MAX_PAREN_TOKENS = 8
# Letters in an acronym read as an organisation: "FBI" to "UNICEF"; longer capitals are shouting.
MIN_ACRONYM = 3
MAX_ACRONYM = 6
# Longest source after a headline's final colon or dash ("…: South Korea paper"), in tokens.
MAX_TRAILING_SOURCE_TOKENS = 4
# Words that open a quoted speaker's own statement after "Name:".
_FIRST_PERSON_OPENERS = FIRST_PERSON_SUBJECTS | {"my", "our", "us"}
# Longest name taken as the speaker of a headline ("Rush Limbaugh: …"); longer labels are topics.
MAX_HEADLINE_NAME_TOKENS = 2
# Longest speaker label before a colon ("PENCE: …", "Pat Caddell: …"), in tokens.
MAX_LABEL_TOKENS = 5
# Longest signature of an embedded post searched for at the end of a claim.
MAX_POST_SIGNATURE_CHARS = 120
# Tokens at the start of a sentence searched for its subject (an opening phrase, then the subject).
OPENING_WINDOW = 3 * MAX_SOURCE_TOKENS
# Strengths of a verb that, under another cue with a pronoun subject, is part of what was said
# ("said she plans", "says he thinks"): PolNeAR does not annotate these as attributions.
_NESTED_STRENGTHS = frozenset(["suggest", "confirm", "claim", "other", "question"])
# Strengths of a verb that, under another cue, is part of what was said whatever its subject ("said Obama
# hopes", "told them that nobody questions"); and modal auxiliaries that make any verb so ("said he would
# not answer"). On PolNeAR dev, 7 of 55 such nested cues are annotated as attributions.
_NESTED_VIEWS = frozenset(["suggest", "question"])
_MODALS = frozenset("would will could can may might should must 'll 'd".split())
# Words between the outer cue and the inner pronoun subject ("told us that he expects").
_NESTED_GAP = frozenset("that us me him her them reporters".split())
# Strength of a speaker label or quote signature: it presents the words as said.
LABEL_STRENGTH = "assert"
# Strength of a negated reporting verb (seeds/ANNOTATION.md, hard cases 3, 4 and 6): a source that does not
# confirm or claim something withholds it ("did not confirm" questions it); one that does not deny it leaves
# it open, weakly supported ("did not deny" claims it). Other verbs keep theirs, the negation cue beside them
# ("did not respond", "did not say").
_NEGATED_STRENGTH = {"confirm": "question", "claim": "question", "deny": "claim"}
# A source beside a phrase that withholds its name ("speaking on condition of anonymity") is unnamed.
_ANONYMITY = frozenset(["anonymity", "name_withheld"])
_ANONYMISED = {
    "organization": "anonymous_official",
    "named_official": "anonymous_official",
    "named_person": "anonymous",
}
# Tokens after a source searched for such a phrase.
ANONYMITY_REACH = 8
# "Neither confirmed nor denied": nothing asserted either way.
NEITHER_NOR_STRENGTH = "question"
# Lexicon phrases of refusal whose following reporting verb is withheld ("declined to confirm", "refused to say").
_REFUSALS = frozenset(["decline to", "refuse to"])
# A refused statement ("declined to comment", "refused to say", "did not respond"): the source takes no
# position, so it neither asserts nor denies.
NO_COMMENT_STRENGTH = "other"
_RESPONSES = frozenset(["respond", "reply", "comment"])
# "asked X for/to …" requests an act: an attribution of a demand, not of a question.
REQUEST_STRENGTH = "other"
# Tokens after "asked" searched for the "for"/"to" of a request.
REQUEST_REACH = 5
# Words that open the question "asked" reports ("asked whether", "asked why").
_QUESTION_OPENERS = frozenset("whether if why how what who whom when where which about".split())
# Verbs of finding: negated, they report a negative finding ("the scans did not show a leak"), which
# stays established, unlike a withheld confirmation ("did not confirm").
_FINDING_VERBS = frozenset(
    "show find discover establish reveal disclose conclude determine know learn recognize".split()
)

# Auxiliaries, negation and adverbs that stand between a subject and its reporting verb.
_SKIP_BEFORE_VERB = frozenset(
    "has have had is was were are be been also further later repeatedly previously recently again then "
    "would will could can cannot may might should must did does do not n't never neither reportedly publicly privately "
    "initially first last separately once twice earlier subsequently now still even just already "
    "always often frequently immediately quickly openly being pretty much yet only almost merely simply nearly "
    "all both".split()
)
# Verbs whose agentless passive reports something about its subject ("was reported missing", "is said to").
_PROPOSITION_PASSIVES = frozenset(["report", "say", "allege", "claim", "rumour", "rumor"])
# Accusations whose agentless passive names what the subject is accused of ("was accused of lying",
# "was charged with fraud", "are suspected of two raids"): a charge someone unnamed makes, not a fact the text states.
_ACCUSATION_PASSIVES = {"accuse": "of", "suspect": "of", "charge": "with"}
# Verbs that report only with one of these words shortly after them; "charge" is also a price.
_COMPLEMENTS_NEEDED = {"charge": frozenset(["with", "that"])}
# Verbs that report only with "that" right after them (an adverb or time word between: "discovered in March
# that"); "discovered a book in the box", "established a fund that pays" find or found a thing.
_THAT_CLAUSE_NEEDED = frozenset(["discover", "establish", "calculate"])
# Verbs of memory, which report only with what is remembered after them ("recalled that", "recalled
# seeing"); with a plain object they recall goods ("recalled 2 million cars").
_RECOLLECTIONS = frozenset(["recall"])
_RECOUNT_OPENERS = frozenset(["that", "how", "when", "what", "why", "where", "whether", ":", ","])
THAT_CLAUSE_REACH = 3
# Reporting verbs that a word right after them makes another verb: "adding to the confusion", "the figures
# do not add up" increase or total, "would assume office" takes it: they report nothing.
_OTHER_SENSE_AFTER = {
    "add": frozenset(["to", "up"]),
}
# Verbs that report a remark ("she added that …", "…, he added.") or make an addition when a thing follows.
_ADDING_VERBS = frozenset(["add"])
# Objects of "propose to" that make it a proposal of marriage: "proposed to her", "to his girlfriend".
_PERSON_OBJECTS = frozenset("her him them me you his their my our".split())
_REMARKS = frozenset("note word caveat warning remark comment voice plea".split())  # "added a note of caution"
_ADDED_THINGS = frozenset("a an another some more extra new further first second third fourth fifth".split())
# Idioms that report only in a frame: "as <source> put it".
_FRAMED_ONLY = frozenset(["put it"])
# Verbs that report only beside a quote: '"…," she continued.', 'She continued, "…"'.
_QUOTE_FRAMED_ONLY = frozenset(["continue"])
_PLACING_PARTICLES = frozenset("down away back off up aside together out into onto through forward".split())
_AS_DEGREES = frozenset("soon long far much well just as".split())  # "as soon as", "as long as": no frame
# Verbs that also make a work: "wrote a letter to the council", "posted a photo of the flood", "published its
# annual report" are acts the author reports, not a source reporting a claim, unless what the work says follows
# ("wrote a letter saying", "published a report that found"). The object's head is one of these words, a
# communication (_COMMUNICATIONS) or a document or recording (sources.tsv), within this many tokens.
_WORK_VERBS = frozenset(["write", "post", "tweet", "publish"])
_WORKS = frozenset(
    "book books article articles essay essays column columns op-ed op-eds poem poems song songs novel novels "
    "memoir piece pieces blog obituary review reviews story stories thread selfie selfies screenplay script "
    "scripts speech speeches lyrics".split()
)
WORK_OBJECT_REACH = 4
COMPLEMENT_REACH = 6
# Words that open what a passive reporting verb attributes ("it was announced that", "is said to").
_COMPLEMENT_OPENERS = frozenset(["that", "to", "as", ":"])
# Possessive pronouns that own a reporting noun ("his claim that"), and the longest possessor phrase.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
MAX_POSSESSOR_TOKENS = 5
# Modals that are also names ("Theresa May", "Will Hurd").
_NAME_MODALS = frozenset(["may", "will"])
# Nouns ending in "-ly" that can end a subject ("the family said"): not adverbs to skip.
_LY_NOUNS = frozenset("family assembly rally supply reply ally monopoly anomaly italy".split())
# Words that open a cue when they stand before its verb ("has said", "also said", "did not respond").
_CUE_OPENERS = frozenset(
    "has have had is was were are be been would will could can may might should must also did does do".split()
)
_BE = BE_FORMS
_AUXILIARIES = _BE | frozenset(["has", "have", "had"])
# Words that lead into a noun phrase through its determiner: "head of the unit", "all the experts".
_BEFORE_DETERMINER = frozenset(
    "of to in from at for close with on around across and or by near all both half about among over under "
    "inside outside behind within without into onto between against after before during since through like "
    "than via per toward towards upon".split()
)
# Lowercase words that end a subject phrase read backwards from its verb.
_BOUNDARY_WORDS = frozenset(
    "that after before because although though since while when whereas if unless but and or despite as "
    "than where which so whether what how why whom once until unlike".split()
)
# Sentence adverbs and conjunctions trimmed from the start of a source.
_LEADING_JUNK = frozenset("meanwhile however but and yet also then now so still moreover even".split())
# Capitalised words that open a sentence before its subject ("With aides …", "Perhaps the …", "Both X and Y").
_OPENING_WORDS = frozenset("with perhaps both for in on at by from".split())
# Words after which a reporting word is a noun or an infinitive, not a finite verb.
_NOT_BEFORE_VERB = frozenset(
    "the a an his her their its our my your these those this that such any some no every each "
    "of for about with from into to by at on in upon over under against between without "
    "amid amidst despite among amongst toward towards across through throughout within beyond during via "
    "than as".split()
)
# Words that open an order before its verb ("Don't blame Bush", "Never trust polls", "Please call").
_IMPERATIVE_OPENERS = frozenset("do don n't not never please".split())
# Prepositions before a gerund that make it no report ("without knowing", "by asking", "after saying").
_GERUND_PREPOSITIONS = frozenset("without by after before despite upon instead".split())
# Of those, the ones after which a reporting gerund still reports its subject's words ("by saying",
# "after saying"); "without saying" and "instead of saying" report nothing.
_REPORTING_PREPOSITIONS = _GERUND_PREPOSITIONS - {"without", "instead"}
# Present forms of reporting verbs that are never plural nouns ("says", "suggests"; not "claims", "reports").
_NEVER_NOUNS = frozenset(
    "says suggests reveals insists denies argues admits asserts alleges explains thinks believes acknowledges "
    "contends maintains concedes predicts warns tells confirms".split()
)
# Object pronouns, which only a verb takes ("shows him"); "her" and "us" can be read otherwise.
_OBJECT_PRONOUNS = frozenset("him them me".split())
# Quantifiers that stand alone as a subject before a base form ("some note that", "many argue that").
_QUANTIFIER_SUBJECTS = frozenset("some many most all few several both others another".split())
# How many modifiers may open a sentence before its subject's noun ("Newly released records").
OPENING_MODIFIERS = 2
# How many words a clause's subject may run before its verb ("the bridge over the river would").
CLAUSE_REACH = 6
# Words that open a noun phrase: an "-ing" word after one is a noun ("the ruling", "a warning").
_DETERMINERS = frozenset(
    "the a an his her their its our my your this that these those such any some no every each".split()
)
# Endings of an adjective before a plural noun ("disparaging remarks", "derogatory comments").
_ADJECTIVE_ENDINGS = ("ing", "ory", "ous", "ive", "ful", "ial")
# Endings of an adjective between a determiner and a noun ("the bogus report", "a leaked memo").
_ADJECTIVE_AFTER_DETERMINER = (*_ADJECTIVE_ENDINGS, "us", "al", "ic", "ed", "less", "ble", "ent", "ant")
# Verbs that give a name ("called", "dubbed"): after "what X" or as a participle they name, not report.
_NAMING_VERBS = frozenset("call calls called calling dub dubs dubbed dubbing".split())
# How far before a naming participle the "a" of the named noun phrase may stand ("a high-tech machine called").
NAMED_NOUN_REACH = 3
# Last words of a lexicon phrase that PolNeAR leaves out of the cue ("frustrated that", "described as").
_CUE_TRAILERS = frozenset(["that", "as"])
# Degree words before a participle that make it an adjective ("more detailed", "very concerned").
_DEGREE_WORDS = frozenset("more most less least very too quite rather".split())
# Words after which a present form is a plural noun ("media reports", "many claims"), while a
# past form is still a verb ("local media reported").
_NOUN_BEFORE_PRESENT = frozenset(
    "media news new many more most few several one two three four five "
    "twitter facebook instagram tiktok youtube reddit blog telegram weibo".split()
)  # "one post on a Facebook page said", "in a series of Twitter posts"
_NOUN_CONTEXT = _NOT_BEFORE_VERB | _NOUN_BEFORE_PRESENT
# Conjunctions after which a verb shares the subject of the one before ("said … and added", "… and expects").
_COORDINATORS = frozenset(["and", "but"])
# Words after which a present form ("say", "reports") can follow as a verb.
_SUBJECT_ENDS = frozenset("he she it they we i you who people everyone nobody one".split())
# A pronoun with a contracted "has" or "is" ("he's sought", "who's called for"): not a possessive.
_CONTRACTED_SUBJECTS = frozenset("he's she's it's who's that's".split())
# Singular subjects whose next word, if it ends in "-s", is their verb ("she gives", "it raises").
_SINGULAR_SUBJECTS = frozenset("he she it who that which".split())
# Words that head a plural subject whatever follows them ("those close to him say", "many of whom say").
_PLURAL_HEADS = frozenset("those whom both".split())
# Words after a base form that show it is a noun ("support among voters", "the show than").
_NOT_AN_OBJECT = frozenset("from among than amid in for of on at".split())
# Prepositions that attach a modifier to a plural subject noun ("advisers to the mayor", "critics in Congress").
_SUBJECT_MODIFIERS = frozenset("to in of from at for close with on around across".split())
# Words that can end the subject of a base form ("they say", "people believe").
_PLURAL_SUBJECT_ENDS = frozenset("they we i you who whom people police others".split())
# Words before a participle that reports ("…, saying", "while chanting", "by arguing").
_BEFORE_PARTICIPLE = (
    frozenset(", ; — – and while by after before even in without from of when for".split()) | _BE | _SKIP_BEFORE_VERB
)
# Things that carry words, after which a reporting participle gives what they say ("a statement saying").
_COMMUNICATIONS = frozenset(
    "statement statements letter letters memo memos post posts tweet tweets message messages email emails note "
    "notice release ad advert advertisement video report filing".split()
)
# Verbs of continuing or starting, whose infinitive complement is what the source does ("continued to call for");
# "yet" in "has yet to confirm" governs its verb the same way (and withholds it, _withheld).
_ASPECT_VERBS = frozenset(
    "continue continues continued continuing began begin begins started start starts "
    "appear appears appeared seem seems seemed try tries tried yet".split()
)
# "The video appears to show": an appearance of confirming or saying only suggests.
_APPEARANCE_VERBS = frozenset("appear appears appeared seem seems seemed".split())
# Verbs of finding whose bare past participle before a preposition is a passive ("Mass grave found near
# the border" = was found): the noun before it is what was found, not who reports.
_FINDING_PARTICIPLES = frozenset("found shown seen discovered spotted uncovered identified named".split())
# "The inspectors found in March that …": a "that" this close after the verb makes it active.
PASSIVE_THAT_REACH = 6
_PASSIVE_FOLLOWERS = frozenset(
    "in at on near after inside outside under among during off along beside behind across as".split()
)
# What ends a headline's bare passive of a naming verb: "Dead soldier and gunman identified", "Driver named."
_PASSIVE_ENDS = frozenset([".", ",", ";", "!"])
_NAMING_PARTICIPLES = frozenset(["identified", "named"])
# Verbs that take "on to" before the verb they govern ("went on to explain").
_GO_ON_VERBS = frozenset("go goes went going".split())
# Words that open what a present-tense reporting verb reports ("says that", "says she").
_COMPLEMENT_STARTS = frozenset("that he she it they we i you of there this its their his her our my".split())
# Abbreviations whose dot stays inside a name ("Sen. Ada Rowe").
_TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr prof rev atty supt".split())
# Openers of an apposition or relative clause that belongs to the source ("X, a spokeswoman for Y,").
_APPOSITION_STARTS = frozenset("who whose which a an the its his her their".split())
# Openers of a phrase between a subject and its verb that is not part of the source ("X, at a rally, said").
_ASIDE_STARTS = frozenset("at in on during after before speaking asked writing".split())
# First words of what follows a verb that is its object or a time, never a speaker after it
# ('"…," said Tuesday', "wants to", "argues there is", "called him a liar").
_NOT_INVERTED = frozenset(
    "to there it him her them us me this that these those on in at by for as "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later".split()
)
# Time phrases between a subject and its verb ("Sanders on Tuesday said", "Wells Fargo just this month
# announced"): they belong to neither; the longest is a few words ("early Tuesday morning").
MAX_TIME_TOKENS = 4
_DEICTIC_DAYS = frozenset("today yesterday tonight".split())
# How something is said, between a subject and its verb ("The mayor in a statement said", "Trump on
# Twitter claimed"; "Experts at the conference said" names who); the preposition opens it at most this many
# tokens back.
_SETTINGS = frozenset(
    "interview interviews statement statements briefing speech tweet tweets post letter email call broadcast "
    "podcast video op-ed blog twitter facebook instagram radio television tv".split()
)
_SETTING_PREPOSITIONS = frozenset("in on at during via".split())
MAX_SETTING_TOKENS = 5
_TIME_WORDS = _DEICTIC_DAYS | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week weekend "
    "month year january february march april june july august september october november december".split()
)
_TIME_MODIFIERS = frozenset("this that last next just early late earlier sometime".split())
_TIME_PREPOSITIONS = frozenset("on in at during since".split())
# First and second person: the speaker of a quote or the author, not a cited source.
_SPEAKER = frozenset(["i", "you", "we"])
_PRONOUNS = frozenset("he she it they we i you".split())
# A subject ending in these is a relative pronoun ("the man who said"); PolNeAR spans the pronoun.
_RELATIVE_ENDS = frozenset(["who", "that", "which", "whom"])
# Opening prepositions of a sentence-initial phrase before the subject ("On Monday, Clinton …").
_INITIAL_PREPOSITIONS = frozenset("in on at during after before with for as despite while when since by".split())
# Determiners after which a past participle is an adjective ("the unnamed inspector").
# Words that open the object or clause of a verb ("demands a refund", "expects them to", "insists that").
_OBJECT_STARTS = _DETERMINERS | frozenset("him them it us me to that".split())
# Prepositions that open a participle clause before the subject ("In defending the plan, the mayor …").
_PARTICIPLE_PREPOSITIONS = frozenset("in after before by while when since despite without".split())
# Prepositions that open a sentence before its subject besides the usual ones ("Without his returns, voters …").
_OPENING_PREPOSITIONS = frozenset("without under amid following like unlike among from through despite".split())
# Relative pronouns that open a clause inside a source ("X, who …, said").
_RELATIVE = frozenset(["who", "whose", "which", "whom"])
_RELATIVE_PRONOUNS = frozenset(["who", "which"])
# Words that cannot stand in the subject of a closing frame ("…, local media reports."): a list or a clause.
_FRAME_BREAKS = frozenset("and or but with without as if than".split())
# Words before which the antecedent of a relative pronoun cannot reach back: prepositions other than
# "of" and a "for" inside a name ("the Minister for Health").
_ANTECEDENT_STOPS = frozenset(
    "by from with to at in on as than about after before during over under against into".split()
)
# Two apostrophes stand for a double quote mark in some news archives ("''We will win,'' she said").
_DOUBLE_APOSTROPHE = "''"
_QUOTES = frozenset(['"', "“", "”", "«", "»", _DOUBLE_APOSTROPHE])
_OPEN_QUOTES = frozenset(['"', "“", "«", _DOUBLE_APOSTROPHE])
_FRAME_STOPS = frozenset([",", ";", ":", ".", "(", ")", *_QUOTES])  # "as <source> put it" lies within these
_QUOTE_MARK = re.compile(r"''|[\"“”«»]")
_APOSTROPHES = ("'", "’")
_DASHES = ("―", "—", "–")
# Punctuation inside a name ("the Democrats' nominee", "AT&T"); a hyphen inside a word is part of its token,
# so a "-" token on its own is a dash between clauses ("… ideals - critics would say").
_NAME_PUNCT = ("'", "’", "&")


@dataclass(frozen=True, slots=True)
class _Verb:
    match: Match
    strength: str
    first: int  # first token of the cue, auxiliaries and adverbs included


def _form(token: Token) -> str:
    """ "ing", "past" or "present": how a reporting word is inflected."""
    if token.norm.endswith("ing"):
        return "ing"
    if is_past_form(token.norm):
        return "past"
    return "present"


def _is_word(token: Token) -> bool:
    return token.text[:1].isalnum()


def _is_verb_like(token: Token) -> bool:
    norm = token.norm
    return lexicon("reporting_verbs").get(norm) is not None or is_past_form(norm)


def _ends_subject(token: Token) -> bool:
    """Can ``token`` end the subject of a present-tense verb ("officials say", "Trump says")?"""
    norm = token.norm
    if norm in _SUBJECT_ENDS or norm in _SKIP_BEFORE_VERB or token.text in _QUOTES or token.text == ",":
        return True
    if norm.endswith(("'s", "s'")):
        return False
    if _is_name_word(token):
        return True  # "Trump says", "iGen claims", "9to5Mac claims"
    return lexicon("sources").get(norm) is not None or is_plural(token)


def _is_name_word(token: Token) -> bool:
    """A word that can be (part of) a name: capitalised, or "iGen", "9to5Mac"."""
    return token.text[:1].isupper() or _is_camel_case(token) or _is_alphanumeric_name(token)


def _is_alphanumeric_name(token: Token) -> bool:
    """ "9to5Mac", "3M": a name that opens with a digit and holds a capital."""
    text = token.text
    return text[:1].isdigit() and text.isalnum() and any(c.isupper() for c in text)


def _plausible_verb(tokens: list[Token], m: Match, title: bool) -> bool:
    """Is the lexicon match a finite reporting verb here, not a noun ("his statement") or name?"""
    first = tokens[m.first]
    if m.entry.name == "according to":
        return True
    if first.norm in ATTRIBUTIVE_DISTANCING and person_noun_follows(tokens, m.last + 1):
        return False  # "cut off alleged rapist's penis", "Suspected Poacher Jailed": an adjective
    if suspect_names_a_person(tokens, m.first):
        return False  # "Suspect Arrested After Raid", "a suspect was held": a person, no one suspecting
    if first.text[:1].isupper() and m.first > 0 and not title and not _shouted(tokens, m.first):
        return False  # "the United States", "a 'Hostile State'", "Report" as a name
    if m.first == 0:
        return (
            title
            or first.text[:1].islower()
            or _opening_participle(tokens, m) is not None
            or _inverted_opening(tokens, m)
        )
    before = tokens[m.first - 1]
    if title and _is_denial_verb(before):
        return False  # "Club Rubbishes Reports …": the object of a denial, not a verb
    form = _form(first)
    if (
        form == "present"
        and m.last + 1 < len(tokens)
        and _form(tokens[m.last + 1]) == "past"
        and _reports(tokens, m.last + 1)
    ):
        return False  # "the soldiers at the border post said": the head of the subject, its verb after it
    if form == "present" and _closing_frame(tokens, m) and (not _is_base(first) or _plural_end(before)):
        return True  # "…, local media reports.": a noun would not end the sentence after a comma
    if (
        form == "present"
        and m.last + 1 < len(tokens)
        and tokens[m.last + 1].text == ","
        and _in_report_frame(tokens, m)
    ):
        return True  # "As Fox News reports, …": the verb closing an "as" frame
    if (
        form == "present"
        and before.text.islower()
        and _form(before) != "ing"
        and _reporting_word(before)
        and not (_is_base(first) and is_plural(before))  # "news reports say": the noun is the subject
        and not _noun_after_determiner(tokens, m.first - 1)  # "the report describes", "the bogus report says"
    ):
        return False  # "says reports of the capture", "denied claims that": the object of a report, a noun
    if form == "present" and not _is_base(first) and before.text.islower() and is_plural(before):
        return False  # "emissions rules that", "savings plans": a plural subject would take "rule", "plan"
    if form == "ing" and m.last + 1 < len(tokens) and tokens[m.last + 1].norm == "by":
        return False  # "Additional reporting by", "writing by hand": a noun or a manner
    if form == "ing" and before.norm in _DETERMINERS:
        return False  # "The ruling", "A warning": a noun, even capitalised at the start
    if form == "ing" and before.norm in _GERUND_PREPOSITIONS and (before.text.islower() or m.first == 1):
        return _gerund_reports(tokens, m, before)  # "by saying he would" reports; "without knowing how" does not
    if form == "ing":
        # In a Title Case headline every word looks like a name: "Video Showing Rescue" is a noun
        # with a participle, not a speaker.
        name_end = _is_name_end(before) and not (title and before.norm not in _SUBJECT_ENDS)
        communication = before.norm in _COMMUNICATIONS and not title  # "a statement saying", "a tweet accusing"
        return before.norm in _BEFORE_PARTICIPLE or before.text in _QUOTES or name_end or communication
    if _reduced_passive(tokens, m) or _reduced_relative(tokens, m.first, m.last, title):
        return False
    if _belief_about_a_state(tokens, m):
        return False  # "Two Climbers Believed Dead", "the painting, thought lost": a passive, its believers unnamed
    if _participle_of_a_thing(tokens, m, title):
        return False  # "Two Ebola cases confirmed in Mosul", "five confirmed cases": what was confirmed
    if before.norm == "to" and _aspect_start(tokens, m.first) < m.first:
        return True  # "continued to call for", "began to argue", "went on to explain"
    if before.norm in _CONTRACTED_SUBJECTS:
        return True  # "he's sought", "who's called for": "has" or "is", not a possessive
    if before.norm == "as" and _participle_with_agent(tokens, m.first, m.last):
        return True  # "as reported by Reuters", "as stated in the filing"
    if before.norm in _QUANTIFIER_SUBJECTS and _is_base(first) and _clause_next(tokens, m.last + 1):
        return True  # "some note that", "many argue that": the quantifier is the subject, no determiner
    if before.norm in _NOT_BEFORE_VERB or before.norm.endswith(("'s", "s'")):
        return False  # "the claims", "his statement", "to say", "Trump's tweets"
    if before.norm in _NOUN_BEFORE_PRESENT and form == "present":
        # "media reports", "many claims"; a base form after a plural with a clause is its verb ("media report that")
        return _is_base(first) and is_plural(before) and _opens_complement(tokens, m.last + 1)
    end = max(0, _skip_back(tokens, m.first))
    subject_end = tokens[end]
    after_verb = end > 0 and tokens[end - 1].norm in _SINGULAR_SUBJECTS  # "she gives credit": a verb, no plural
    if form == "present" and _is_base(first) and before.norm in _BE:
        return False  # "to be present", "is open": an adjective or noun after "be"
    if form == "present" and _is_base(first) and m.first >= 2 and tokens[m.first - 2].norm in ("a", "an"):
        return False  # "a police report says": "a" + one word is singular; a base form needs a plural subject
    if form == "present" and _is_base(first):
        return (
            subject_end.norm in _PLURAL_SUBJECT_ENDS
            or before.norm in _SKIP_BEFORE_VERB
            or (is_plural(subject_end) and not after_verb)
            or (_plural_subject(tokens, m.first - 1) and _takes_object(tokens, m))
            or _plural_before_relative(tokens, m.first - 1)
        )
    if form == "present" and m.first == m.last and _object_pronoun_follows(tokens, m.last):
        return True  # "Video of the incident shows him": no noun takes "him" as its object
    noun_like = form == "present" and first.norm not in _NEVER_NOUNS  # "says", "suggests" are never nouns
    if noun_like and _after_opening_modifiers(tokens, m.first):
        return False  # "Leaked documents from the audit show": a noun after the participle opening the sentence
    if noun_like and _modified_noun(tokens, m):
        return False  # "made no public comments", "the new claims": a determiner and an adjective before it
    if noun_like and before.text[:1].isupper() and m.first > 1 and tokens[m.first - 2].norm in _NOUN_CONTEXT:
        return _opens_complement(tokens, m.last + 1)  # "of Republican claims", "the Clinton plans"
    if form == "present" and is_plural(first) and noun_like and m.first == m.last < len(tokens) - 1:
        following = tokens[m.last + 1]
        if following.text.islower() and (following.norm in _CUE_OPENERS or following.norm == "such"):
            return False  # "rights advocates have expressed", "advocates such as": a plural noun subject
    if form == "present":
        if first.norm in _NEVER_NOUNS:
            return True  # never a noun: "the chief executive says sales rose", "the ferry story suggests"
        if before.norm in _SKIP_BEFORE_VERB and subject_end.text.islower() and subject_end.norm.endswith("ing"):
            return False  # "contradicting earlier reports": the participle's object, not a subject and verb
        if _ends_subject(before) or _after_quote_frame(tokens, m.first) or _coordinated_verb(tokens, m):
            return True
        if subject_end is not before and before.norm not in _SKIP_BEFORE_VERB and _ends_subject(subject_end):
            return True  # "He steadfastly refuses to": the subject stands before the adverb
        if before.text.islower() and (_is_verb_like(before) or before.norm.endswith(_ADJECTIVE_ENDINGS)):
            return False  # "disparaging remarks", "will announce plans": a plural noun
        return tokens[m.last].norm == "that" or _opens_complement(tokens, m.last + 1)  # "states that"
    return before.norm not in _DEGREE_WORDS  # "more detailed", "very concerned": an adjective


def _object_pronoun_follows(tokens: list[Token], k: int) -> bool:
    """Is the word after ``k`` an object pronoun ("shows him", "tells them")? Only a verb takes one."""
    return k + 1 < len(tokens) and tokens[k + 1].norm in _OBJECT_PRONOUNS


def _clause_next(tokens: list[Token], k: int) -> bool:
    """Does a clause open at ``k``, with or without "that" ("note that the mayor has", "say the vote was")?"""
    if k >= len(tokens):
        return False
    if tokens[k].norm == "that":
        return _clause_follows(tokens, k + 1)
    return tokens[k].norm.split("'")[0] in _PRONOUNS or tokens[k].text in _QUOTES or _clause_follows(tokens, k)


def _gerund_reports(tokens: list[Token], m: Match, preposition: Token) -> bool:
    """Does a gerund after a preposition report what its subject said ("began by saying he would", "despite
    admitting that", "before asking her, '…'")? Not a request ("by asking residents to"), a negated act
    ("without saying that"), a verb that names or frames ("by calling it") or one without its content."""
    if preposition.norm not in _REPORTING_PREPOSITIONS or m.entry.category == "other":
        return False
    after = m.last + 1
    if m.entry.name == "ask" and _requests(tokens, after):
        return False
    if after < len(tokens) and tokens[after].norm in _PERSON_OBJECTS:
        after += 1  # "by telling them that"
    if after < len(tokens) and tokens[after].text == ",":
        after += 1  # "before asking her, '…'"
    return after < len(tokens) and (_opens_complement(tokens, after) or _clause_follows(tokens, after))


def _clause_follows(tokens: list[Token], first: int) -> bool:
    """Does a clause start at ``first``: a short subject, then a finite auxiliary or modal ("the bridge
    would reopen", "the delay was")? Not an object ("saying the word")."""
    for token in tokens[first + 1 : first + 1 + CLAUSE_REACH]:
        if (token.norm in _MODALS or token.norm in _AUXILIARIES) and token.text.islower():
            return True  # not "in May": the month
        if not _is_word(token):
            return False
    return False


def _modified_noun(tokens: list[Token], m: Match) -> bool:
    """Is the present form a noun after a determiner and an adjective ("no public comments")? An adjective
    that names a source ("the rival claims") is the subject, and a "that" after makes it a verb."""
    if m.first < 2 or tokens[m.first - 2].norm not in _DETERMINERS:
        return False
    adjective = tokens[m.first - 1]
    if not (adjective.text.islower() and adjective.norm.endswith(_ADJECTIVE_AFTER_DETERMINER)):
        return False
    if lexicon("sources").get(adjective.norm) is not None:
        return False  # "the official says", "the general warns"
    return not (m.last + 1 < len(tokens) and tokens[m.last + 1].norm == "that")


def _shouted(tokens: list[Token], k: int) -> bool:
    """Is the word at ``k`` written in capitals for emphasis between lower-case words ("Obama administration
    DENIES congressman's claim")? An acronym ("the US says") has no lower-case word after it."""
    word = tokens[k].text
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return len(word) >= MIN_ACRONYM and word.isalpha() and word.isupper() and after[:1].islower()


def _plural_end(token: Token) -> bool:
    """Can ``token`` end the subject of a base-form verb ("…, local media report.", "…, officials say.")?
    "…, Saudi pipeline blast" is a noun phrase."""
    return token.norm in _PLURAL_SUBJECT_ENDS or is_plural(token) or lexicon("sources").get(token.norm) is not None


def _after_opening_modifiers(tokens: list[Token], k: int) -> bool:
    """Do only participles and adverbs open the sentence before token ``k`` ("Leaked documents", "Newly
    released records")? They modify it: it is a noun."""
    return (
        1 <= k <= OPENING_MODIFIERS
        and all(t.text.isalpha() and (is_past_form(t.norm) or _is_adverb(t)) for t in tokens[:k])
        and is_past_form(tokens[k - 1].norm)
    )


def _noun_after_determiner(tokens: list[Token], k: int) -> bool:
    """Is token ``k`` a noun: right after a determiner, or after a determiner and a modifier ("the
    report", "the bogus report", "a police report")?"""
    if k >= 1 and tokens[k - 1].norm in _DETERMINERS:
        return True
    if k >= 3 and tokens[k - 3].norm in _DETERMINERS and _is_base(tokens[k]):
        # "the preliminary accident report": two lower-case modifiers
        return all(t.text.isalpha() and t.text.islower() and not t.norm.endswith("ly") for t in tokens[k - 2 : k])
    if k < 2 or tokens[k - 2].norm not in _DETERMINERS:
        return False
    if _is_base(tokens[k]):
        return True  # "a police report", "the court filing": a singular subject would take "reports"
    adjective = tokens[k - 1]
    return adjective.text.islower() and adjective.norm.endswith(_ADJECTIVE_AFTER_DETERMINER)


def _closing_frame(tokens: list[Token], m: Match) -> bool:
    """Does the word end the sentence right after a short phrase that follows a comma ("…, state media
    reports.", "…, a source close to the mayor says.")? That phrase is its subject."""
    if m.last + 1 < len(tokens) and tokens[m.last + 1].text not in (".", "!", "?"):
        return False
    k = m.first - 1
    while k >= 0 and m.first - k <= MAX_SOURCE_TOKENS and (_is_word(tokens[k]) or tokens[k].text == "."):
        k -= 1
    if not (0 < k < m.first - 1 and tokens[k].text == "," and tokens[m.first - 1].norm not in _DETERMINERS):
        return False
    # The phrase's head stands before any "of": "an analysis of newly filed reports shows." has its verbs
    # after it, as modifiers.
    head_end = next((j for j in range(k + 1, m.first) if tokens[j].norm == "of"), m.first)
    for j in range(k + 1, head_end):
        word = tokens[j]
        head_noun = j == m.first - 1 and _is_base(word) and not is_past_form(word.norm)  # "…, report says"
        joined = word.norm == "and" and _joins_sources(tokens, j)  # "…, officials and family say."
        if word.text.islower() and (
            (word.norm in _FRAME_BREAKS and not joined) or (_is_verb_like(word) and not head_noun)
        ):
            return False  # "…, with few questions.", "…, emails and phone calls.", "…, the mayor demanded a recount."
    return not any(tokens[j].norm in _FRAME_BREAKS and tokens[j].text.islower() for j in range(head_end, m.first))


def _joins_sources(tokens: list[Token], j: int) -> bool:
    """Does the "and" at ``j`` join two words for sources ("officials and family", "police and witnesses")?"""
    sources = lexicon("sources")
    return 0 < j < len(tokens) - 1 and all(
        (entry := sources.get(tokens[k].norm)) is not None and entry.category in _SPEAKING for k in (j - 1, j + 1)
    )


def _is_denial_verb(token: Token) -> bool:
    entry = lexicon("negation").get(token.norm)
    return entry is not None and entry.category == "denial_verb"


def _opening_participle(tokens: list[Token], m: Match) -> int | None:
    """The comma that closes a participle clause opening the sentence ("Lamenting the delay, the mayor …",
    "In defending the plan, the mayor …"): the main clause's subject after it is the participle's source."""
    if _form(tokens[m.first]) != "ing" or m.first > 1:
        return None
    opener = tokens[0]
    if not opener.text[:1].isupper() or (m.first == 1 and opener.norm not in _PARTICIPLE_PREPOSITIONS):
        return None
    for k in range(m.last + 1, min(len(tokens) - 1, m.last + 1 + MAX_APPOSITION_TOKENS)):
        if tokens[k].text in (".", ";", ":", "?", "!") or tokens[k].text in _QUOTES or _is_dash(tokens[k]):
            return None
        if tokens[k].text == ",":
            return k if tokens[k + 1].norm not in _NOT_A_SUBJECT else None  # not "…, according to Page Six"
    return None


# Words after an opening participle's comma that start no subject ("Publishing house X moved …, according to").
_NOT_A_SUBJECT = frozenset("according and but or so as which who".split())


def _reporting_word(token: Token) -> bool:
    return lexicon("reporting_verbs").get(token.norm) is not None


def _reduced_passive(tokens: list[Token], m: Match) -> bool:
    """ "Bodies found in shallow grave", "Whale seen off the pier", "Rapper identified as militant",
    "Gunman identified": a finding verb's bare participle."""
    if tokens[m.first].norm not in _FINDING_PARTICIPLES or m.first != m.last or m.first == 0:
        return False
    before = tokens[m.first - 1].norm
    if before in _SKIP_BEFORE_VERB or before in _BE or not _is_word(tokens[m.first - 1]):
        return False
    if m.last + 1 >= len(tokens) or tokens[m.last + 1].text in _PASSIVE_ENDS:
        return tokens[m.first].norm in _NAMING_PARTICIPLES  # "…, investigators found." is active
    if _state_of_the_found(tokens, m.last + 1):
        return True  # "Hugh Hefner Found Dead", "Murder suspect found hiding in attic"
    if tokens[m.last + 1].norm not in _PASSIVE_FOLLOWERS:
        return False
    return all(t.norm != "that" for t in tokens[m.last + 1 : m.last + 1 + PASSIVE_THAT_REACH])


def _state_of_the_found(tokens: list[Token], k: int) -> bool:
    """Is token ``k``, after a finding participle, the state its subject was found in: a state word or an
    "-ing" word that ends the phrase ("found dead", "found hiding in attic"), not one that opens an object
    ("found dead birds", "found sleeping bags")?"""
    norm = tokens[k].norm
    if norm not in BELIEVED_STATES and not (norm.endswith("ing") and len(norm) > 4):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or after.text in _PASSIVE_ENDS or after.norm in _PASSIVE_FOLLOWERS | _COORDINATORS


def _belief_about_a_state(tokens: list[Token], m: Match) -> bool:
    """Is a past participle of belief or fear followed by the state believed ("believed dead", "feared
    lost", "thought extinct")? The phrase before it is what the belief is about, not who holds it."""
    if m.entry.category != "suggest" or _form(tokens[m.first]) != "past" or m.last + 1 >= len(tokens):
        return False
    return tokens[m.last + 1].norm in BELIEVED_STATES


def _participle_of_a_thing(tokens: list[Token], m: Match, title: bool) -> bool:
    """Is a bare past participle about a thing, not said by a speaker: after a common noun that names no
    source and before a place or time ("Two Ebola cases confirmed in Mosul", "deaths reported after the
    storm"), or between a number or determiner and its noun ("five confirmed cases", "the reported deaths")?"""
    first = tokens[m.first]
    if m.first != m.last or m.first == 0 or _form(first) != "past" or m.last + 1 >= len(tokens):
        return False
    before, after = tokens[m.first - 1], tokens[m.last + 1]
    counted = is_number(before) and is_plural(after)  # "five confirmed cases", not "the class of 2001 said farewell"
    if (before.norm in DETERMINERS or counted) and after.text.isalpha() and after.text.islower():
        return after.norm not in _OBJECT_STARTS and lexicon("reporting_verbs").get(after.norm) is None
    thing = (
        before.text.isalpha()
        and (before.text.islower() or title)
        and before.norm not in _BE
        and before.norm not in _SKIP_BEFORE_VERB
        and lexicon("sources").get(before.norm) is None
        and is_plural(before)
    )
    return thing and after.norm in _PASSIVE_FOLLOWERS


def _reduced_relative(tokens: list[Token], first: int, last: int, title: bool) -> bool:
    """ "a man believed to be the gunman", "Rebels thought to have links to …": a participle after its noun
    with no auxiliary (no finite verb takes "to be" or "to have" so); the noun is what is believed, not who
    believes."""
    if title or _form(tokens[first]) != "past" or first == 0 or last + 2 >= len(tokens):
        return False
    before = tokens[first - 1]
    if not before.text.isalpha() or before.norm in _SKIP_BEFORE_VERB or before.norm in _BE:
        return False
    return tokens[last + 1].norm == "to" and tokens[last + 2].norm in ("be", "have")


def _plural_subject(tokens: list[Token], last: int) -> bool:
    """Is the subject ending at ``last`` plural though its last word is not? Coordinated names
    ("Mr. Lee and Ms. Roe say"), a plural noun with a modifier ("advisers to the mayor say",
    "observers in Ohio say") or a plural pronoun head ("those close to him say")."""
    end = tokens[last]
    if not _is_word(end) or end.norm in _BOUNDARY_WORDS or end.norm in _NOT_BEFORE_VERB:
        return False
    if end.text.islower() and _is_verb_like(end):
        return False  # "his revised plan"
    k = last
    while k >= 0 and last - k < MAX_SOURCE_TOKENS:
        token = tokens[k]
        if token.text == "." and _name_continues(tokens, k):
            k -= 1
            continue
        lower = token.text.islower()
        if not _is_word(token) and token.text not in _NAME_PUNCT:
            return False
        if (token.norm in _BOUNDARY_WORDS and token.norm != "and") or token.norm.endswith(("'s", "s'", "’s", "s’")):
            return False
        noun_head = _after_opening_modifiers(tokens, k) or _noun_after_determiner(tokens, k)
        if k < last and lower and (token.norm in _SKIP_BEFORE_VERB or (_is_verb_like(token) and not noun_head)):
            return False
        if token.norm in _PLURAL_HEADS:
            return True
        if token.norm == "and" and k < last and end.text[:1].isupper():
            return True  # "China and Russia support"
        opening = k == 0 or not _is_word(tokens[k - 1])  # "Aides to the mayor say" opens a sentence
        if k < last and (lower or opening) and is_plural(token) and tokens[k + 1].norm in _SUBJECT_MODIFIERS:
            # "asks doctors for a progress report": a plural right after a verb is its object
            return opening or noun_head or not (tokens[k - 1].text.islower() and _is_verb_like(tokens[k - 1]))
        k -= 1
    return False


def _plural_before_relative(tokens: list[Token], last: int) -> bool:
    """Does the subject ending at ``last`` hold a relative clause after a plural noun ("analysts who have
    studied the deal say")? The verb agrees with that noun, not with the clause's last word."""
    k = last
    while k > 0 and last - k < MAX_SOURCE_TOKENS:
        token = tokens[k]
        if not _is_word(token) or token.norm in _BOUNDARY_WORDS:
            return False
        if token.norm == "who":
            antecedent = tokens[k - 1]
            return antecedent.norm in _PLURAL_SUBJECT_ENDS or is_plural(antecedent)
        k -= 1
    return False


def _coordinated_verb(tokens: list[Token], m: Match) -> bool:
    """A singular "-s" form right after "and" or "but" with an object after it is a verb joined to the
    sentence's first ("… is wary of loans and expects them to fall"), not a plural noun ("plans and claims
    were", "rumours and reports about")."""
    if tokens[m.first - 1].norm not in _COORDINATORS or _is_base(tokens[m.first]) or m.last + 1 >= len(tokens):
        return False
    after = tokens[m.last + 1]
    return after.norm in _OBJECT_STARTS or after.text[:1].isupper() or after.text in _QUOTES


def _takes_object(tokens: list[Token], m: Match) -> bool:
    """Does a clause or object follow the verb? "say" may also end a clause ("…, advisers say,")."""
    if m.last + 1 >= len(tokens) or tokens[m.first].norm == "say":
        return True
    after = tokens[m.last + 1]
    return (_is_word(after) and after.norm not in _NOT_AN_OBJECT) or after.text in _QUOTES


def _after_quote_frame(tokens: list[Token], index: int) -> bool:
    """Does a short subject between a closing quote and the verb precede it ('"…," the narrator says')?"""
    k = index - 1
    while k >= 0 and index - k <= MAX_SOURCE_TOKENS and _is_word(tokens[k]):
        k -= 1
    if k >= 1 and k < index - 1 and tokens[k].text in _QUOTES and tokens[k - 1].text in (",", "?", "!"):
        return True
    # A parenthetical frame: "…, one slide says." — a comma, a short subject, the verb, then the clause ends.
    ends = index + 1 >= len(tokens) or tokens[index + 1].text in (".", ",", "!", "?")
    says = (entry := lexicon("reporting_verbs").get(tokens[index].norm)) is not None and entry.category == "assert"
    return says and ends and k >= 1 and k < index - 1 and tokens[k].text == ","


def _inverted_opening(tokens: list[Token], m: Match) -> bool:
    """'Said Ellis: "…"', 'Added the mayor, "…"': a past verb opening the sentence, its speaker's name after
    it, then a colon or comma and the quote."""
    if _form(tokens[m.first]) != "past":
        return False
    phrase = _phrase_after(tokens, m.last + 1)
    if phrase is None or not (tokens[phrase[0]].text[:1].isupper() or tokens[phrase[0]].norm == "the"):
        return False
    k = phrase[1] + 1
    return k + 1 < len(tokens) and tokens[k].text in (",", ":") and tokens[k + 1].text in _OPEN_QUOTES


def _beside_quote(tokens: list[Token], m: Match) -> bool:
    """Does a quote frame the verb: after a closing quote with the sentence ending after it ('"…," she
    continued.'), or opening right after it ('She continued, "…"', 'continued: "…"')?"""
    after = m.last + 1
    if after + 1 < len(tokens) and tokens[after].text in (",", ":") and tokens[after + 1].text in _OPEN_QUOTES:
        return True
    ends = after >= len(tokens) or tokens[after].text in (".", ",", "!", "?")
    return ends and _after_quote_frame(tokens, m.first)


def _is_base(token: Token) -> bool:
    """ "say", "discuss" (a base form) rather than "says": it needs a plural subject."""
    return not token.norm.endswith("s") or token.norm.endswith("ss")


def _is_name_end(token: Token) -> bool:
    return token.text[:1].isupper() or token.norm in _SUBJECT_ENDS


def _opens_complement(tokens: list[Token], index: int) -> bool:
    """Does a clause or quote follow ("the ad says Trump …", "the team says she …")?"""
    if index >= len(tokens):
        return True
    token = tokens[index]
    subject = token.norm.split("'")[0]  # "she'll", "it's"
    return subject in _COMPLEMENT_STARTS or token.text[:1].isupper() or token.text in (*_QUOTES, ":")


def _cue_start(tokens: list[Token], index: int) -> int:
    """First token of the cue: auxiliaries and adverbs before the verb join it ("has also said",
    "then pointed out", "frequently mocked"), as in PolNeAR."""
    k = index - 1
    while k >= 0 and index - k <= MAX_SKIPPED and tokens[k].text.islower() and _before_verb(tokens[k]):
        k -= 1
    return k + 1


def _before_verb(token: Token) -> bool:
    """An auxiliary, negation or adverb that can stand between a subject and its verb."""
    norm = token.norm
    return norm in _SKIP_BEFORE_VERB or (norm.endswith("ly") and len(norm) > 4 and norm not in _LY_NOUNS)


def _verbs(tokens: list[Token], title: bool) -> list[_Verb]:
    verbs: list[_Verb] = []
    for m in lexicon("reporting_verbs").find(tokens):
        if verbs and m.first <= verbs[-1].match.last:
            continue  # the second verb of "neither confirmed nor denied" or "declined to confirm", already joined
        if verbs and m.first == verbs[-1].match.last + 1 and _form(tokens[m.first]) == "present":
            continue  # "shot down claims that": a noun, the object of the phrasal verb before it
        if _other_sense(tokens, m):
            continue  # "adding to the confusion": another verb
        if m.entry.name in _COMPLEMENTS_NEEDED and not _has_complement(tokens, m):
            continue  # "charging users $2.99 a month": a price, not an accusation
        if m.entry.name == "charge" and _formally_charged(tokens, m):
            continue  # "has been charged with arson": the charge is a fact the author reports, not a claim
        if m.entry.name in _THAT_CLAUSE_NEEDED and not _that_clause_follows(tokens, m):
            continue  # "discovered a small red book": a find, not a report
        if m.entry.name in _RECOLLECTIONS and not _recounts(tokens, m):
            continue  # "had not recalled any birds", "recalled 2 million cars": a product recall
        if _withholds_name(tokens, m):
            continue  # "who asked not to be named", "declined to be identified": about the source, not a report
        if is_comparison_foil(tokens, m.last):
            continue  # "thinner than scientists had believed": the old view, not a report of this claim
        if m.entry.name in _REFUSALS and not _refuses_a_statement(tokens, m.last + 1):
            continue  # "refused to resign", "declined to attend": an act refused, not a statement withheld
        if m.entry.category == "deny" and refuses_an_act(tokens, m.first, m.last, m.entry.name):
            continue  # "the Senate rejected the bill": an act of refusal, not a source denying a claim
        if denies_only_claims(m.entry.name) and not objects_a_claim(tokens, m.last):
            continue  # "shot down a drone": a phrasal denial of a thing
        if m.entry.name in _QUOTE_FRAMED_ONLY and not _beside_quote(tokens, m):
            continue  # "Prices continued to fall": a report only in '"…," she continued.'
        if m.entry.name in _FRAMED_ONLY and not _in_report_frame(tokens, m):
            continue  # "put it on the table": a report only as "as the memo put it" or before a colon
        work, work_strength = _work_content(tokens, m)
        if work and work_strength is None:
            continue  # "wrote a letter to the council": an act, what the letter says is not given
        if _plausible_verb(tokens, m, title):
            aspect = _aspect_start(tokens, m.first)
            m, strength = _withheld(tokens, m, aspect)
            strength = work_strength or strength  # "posted a video claiming …": the participle's strength
            if m.entry.name == "quote":
                strength = _quoted_as(tokens, m) or strength  # "quoted the CDC as saying …": a report
            if tokens[aspect].norm in _APPEARANCE_VERBS and strength in ("confirm", "assert"):
                strength = "suggest"
            verbs.append(_Verb(m, strength, _cue_start(tokens, aspect)))
    return verbs


def _in_report_frame(tokens: list[Token], m: Match) -> bool:
    """Does "as" open the clause of ``m`` with a subject between them ("as a Homeland Security memo put
    it"), or a colon follow it closely ("she put it this way:")?"""
    after = tokens[m.last + 1].norm if m.last + 1 < len(tokens) else ""
    if after in _PLACING_PARTICLES:
        return False  # "as soon as he put it down": a placing
    k = m.first - 1
    while k >= 0 and m.first - k <= MAX_SOURCE_TOKENS:
        if tokens[k].text in _FRAME_STOPS and not (tokens[k].text == "." and _name_continues(tokens, k)):
            break
        if tokens[k].norm == "as":
            return k < m.first - 1 and (k == 0 or tokens[k - 1].norm not in _AS_DEGREES)
        k -= 1
    return any(t.text == ":" for t in tokens[m.last + 1 : m.last + 1 + COMPLEMENT_REACH])


def _other_sense(tokens: list[Token], m: Match) -> bool:
    """Does the word after the verb ``m`` give it a sense that reports nothing ("adding to", "add up")?"""
    after = tokens[m.last + 1].norm if m.last + 1 < len(tokens) else ""
    if m.entry.name in _ADDING_VERBS and _adds_a_thing(tokens, m.last + 1):
        return True  # "adds a third breast", "added 2,000 jobs": an addition, not a remark
    if m.entry.name == "propose" and after == "to" and _proposes_to_a_person(tokens, m.last + 2):
        return True  # "did propose to Yen", "proposed to his girlfriend": marriage, not a proposal of a plan
    if m.entry.name == "assume" and takes_a_post(tokens, m.last + 1):
        return True  # "would assume office", "assume the firm's obligations": a post taken, no belief
    return after in _OTHER_SENSE_AFTER.get(m.entry.name, ())


def _proposes_to_a_person(tokens: list[Token], k: int) -> bool:
    """Is the object of "propose to" at ``k`` a person (a pronoun, a possessive, a name), with no "that" of a
    proposal after it ("proposed to the board that …", "proposed to Parliament that …")?"""
    if k >= len(tokens):
        return False
    person = tokens[k].norm in _PERSON_OBJECTS or tokens[k].text[:1].isupper()
    return person and all(t.norm != "that" for t in tokens[k + 1 : k + 1 + COMPLEMENT_REACH])


def _adds_a_thing(tokens: list[Token], k: int) -> bool:
    """Does the word at ``k``, after "add", open a thing added (an indefinite, a number, an ordinal)? "added
    the pier would reopen", "added that" and "added a note of caution" report."""
    if k >= len(tokens) or not (tokens[k].norm in _ADDED_THINGS or is_number(tokens[k])):
        return False
    return not (k + 1 < len(tokens) and tokens[k + 1].norm in _REMARKS)


def _work_content(tokens: list[Token], m: Match) -> tuple[bool, str | None]:
    """Does the verb ``m`` make a work its object ("wrote a moving letter to her teacher", "tweeted a video
    of the rally"), and with what strength is the work's content given after it: None for nothing (an act),
    else the strength of the participle that gives it ("posted a video claiming": claim) or "assert"
    ("saying", "that", a colon or a quote)? Not a work: (False, None)."""
    if m.entry.name not in _WORK_VERBS:
        return False, None
    k = m.last + 1
    reach = min(len(tokens), k + WORK_OBJECT_REACH)
    while k < reach and not _is_work(tokens[k].norm):
        if tokens[k].norm in OBJECT_BREAKS or not _is_word(tokens[k]):
            return False, None  # "wrote in a letter that", "posted: …", "wrote that"
        k += 1
    if k >= reach:
        return False, None
    for token in tokens[k + 1 : k + 1 + COMPLEMENT_REACH]:
        if token.norm in ("that", ":") or token.text in _QUOTES:
            return True, "assert"
        entry = lexicon("reporting_verbs").get(token.norm) if token.norm.endswith("ing") else None
        if entry is not None:
            return True, entry.category
    return True, None


def _is_work(norm: str) -> bool:
    entry = lexicon("sources").get(norm)
    return (
        norm in _WORKS or norm in _COMMUNICATIONS or (entry is not None and entry.category in ("document", "recording"))
    )


def _formally_charged(tokens: list[Token], m: Match) -> bool:
    """Is "charged" followed right away by "with" ("was charged with murder", "Smith Charged With Fraud")?
    One charges someone with a crime, so with no object between it is a passive: someone stands accused in
    court, and no source is claiming anything."""
    return is_past_form(tokens[m.first].norm) and m.last + 1 < len(tokens) and tokens[m.last + 1].norm == "with"


def _has_complement(tokens: list[Token], m: Match) -> bool:
    """Does a word that makes the verb report follow it closely ("charged him with fraud", "charges that")?"""
    words = _COMPLEMENTS_NEEDED[m.entry.name]
    return any(t.norm in words for t in tokens[m.last + 1 : m.last + 1 + COMPLEMENT_REACH])


def _quoted_as(tokens: list[Token], m: Match) -> str | None:
    """The strength of the participle in "quoted X as saying …" ("as claiming": claim), or None."""
    for k in range(m.last + 1, min(len(tokens) - 1, m.last + 1 + COMPLEMENT_REACH)):
        if tokens[k].norm == "as" and _form(tokens[k + 1]) == "ing":
            entry = lexicon("reporting_verbs").get(tokens[k + 1].norm)
            return entry.category if entry is not None and entry.category != "other" else None
        if not _is_word(tokens[k]):
            return None
    return None


def _recounts(tokens: list[Token], m: Match) -> bool:
    """Does a memory verb recount something: after a quote ('"It was dark," she recalled'), or before a
    clause, a quote, a colon, a wh-word or a gerund ("recalled that", "recalled how", "recalled Mr. Obama
    talking about")?"""
    k = m.last + 1
    if k >= len(tokens) or _closes_quote_frame(tokens, m.first):
        return k < len(tokens)
    token = tokens[k]
    if token.norm in _RECOUNT_OPENERS or token.text in _QUOTES:
        return True
    gerund = next((j for j in range(k, min(len(tokens), k + RECOUNT_REACH)) if _form(tokens[j]) == "ing"), None)
    if (
        gerund is not None
        and all(_is_word(t) or t.text in (".", *_NAME_PUNCT) for t in tokens[k:gerund])
        and tokens[gerund].text.islower()
        and tokens[gerund - 1].norm not in _DETERMINERS  # "recalled the boiling kettles": an adjective
    ):
        return True
    return _clause_next(tokens, k)


def _closes_quote_frame(tokens: list[Token], first: int) -> bool:
    """Does a quote close right before the subject of the verb at ``first`` ('…," Mr. Clarke recalled')?"""
    k = first - 1
    while k >= 0 and first - k <= MAX_SOURCE_TOKENS and (_is_word(tokens[k]) or tokens[k].text == "."):
        k -= 1
    while k >= 0 and tokens[k].text in _APOSTROPHES:
        k -= 1  # the close of a quote inside the quote: '…you,'" Mitchell recalled'
    return 0 <= k < first - 1 and tokens[k].text in _QUOTES


# How far after a memory verb the gerund of what is recalled may stand ("recalled Mr. Obama talking").
RECOUNT_REACH = 4


def _that_clause_follows(tokens: list[Token], m: Match) -> bool:
    """Does "that" open a clause right after the verb ``m``, before any object ("discovered in March that")?"""
    for token in tokens[m.last + 1 : m.last + 1 + THAT_CLAUSE_REACH]:
        if token.norm == "that":
            return True
        if token.norm in _DETERMINERS:
            return False  # "established a fund that pays": the "that" opens a relative clause on the object
    return False


def _withholds_name(tokens: list[Token], m: Match) -> bool:
    """Does an anonymity phrase ("not to be named") start inside or right after the verb ``m``?"""
    sources = lexicon("sources")
    return any(
        (found := sources.match_at(tokens, k)) is not None and found.entry.category == "name_withheld"
        for k in range(m.first, min(len(tokens), m.last + 2))
    )


def _refuses_a_statement(tokens: list[Token], after: int) -> bool:
    """Is what follows "refused to" / "declined to" a reporting verb ("refused to say", "declined to
    confirm") or "be drawn" (on a question)?"""
    if lexicon("reporting_verbs").match_at(tokens, after) is not None:
        return True
    if after + 1 < len(tokens) and tokens[after].norm == "be" and tokens[after + 1].norm == "drawn":
        return True
    return any(t.norm in _SPEECH_OBJECTS for t in tokens[after + 1 : after + 1 + SPEECH_OBJECT_REACH])


# What one refuses to give or answer when one refuses a statement ("refuses to do interviews", "declined to
# answer questions", "refused to give details"), and how far after the verb it may stand.
_SPEECH_OBJECTS = frozenset("interview interviews questions question details comment comments".split())
SPEECH_OBJECT_REACH = 3


def _withheld(tokens: list[Token], m: Match, aspect: int) -> tuple[Match, str]:
    """The match and strength of a reporting verb, with what withholds it: a negation before it ("did not
    confirm", "never denied"), a refusal ("declined to confirm") or "neither … nor" ("neither confirmed
    nor denied"). The refused or coordinated verb joins the cue."""
    after = m.last + 1
    if m.entry.name in _REFUSALS:
        inner = lexicon("reporting_verbs").match_at(tokens, after)
        if inner is None and tokens[after].norm == "be":
            return Match(m.first, after + 1, m.entry), NO_COMMENT_STRENGTH  # "refused to be drawn"
        if inner is None:
            return m, NO_COMMENT_STRENGTH  # "refuses to do interviews"
        # "refused to confirm" questions, "declined to deny" leaves a claim; "declined to comment", "to rule
        # out" take no position
        return Match(m.first, inner.last, inner.entry), _NEGATED_STRENGTH.get(inner.entry.category, NO_COMMENT_STRENGTH)
    negated = (
        tokens[aspect].norm == "yet"
        or any(  # "has yet to confirm": not confirmed
            t.norm in NEGATORS for t in tokens[_skip_back(tokens, aspect) + 1 : m.first]
        )
    )
    if negated and m.entry.name in _RESPONSES:
        return m, NO_COMMENT_STRENGTH  # "did not respond to requests for comment"
    if negated and after + 1 < len(tokens) and tokens[after].norm == "nor":
        inner = lexicon("reporting_verbs").match_at(tokens, after + 1)
        if inner is not None:
            return Match(m.first, inner.last, m.entry), NEITHER_NOR_STRENGTH
    if negated and m.entry.name not in _FINDING_VERBS:
        return m, _NEGATED_STRENGTH.get(m.entry.category, m.entry.category)
    if m.entry.name == "ask" and _requests(tokens, after):
        return m, REQUEST_STRENGTH
    return m, m.entry.category


def _requests(tokens: list[Token], after: int) -> bool:
    """ "asked the council for help", "asks residents to stay indoors": a request, not a question
    ("asked whether", "asked about")."""
    for token in tokens[after : after + REQUEST_REACH]:
        if token.norm in ("for", "to"):
            return True
        if token.norm in _QUESTION_OPENERS or not _is_word(token):
            return False
    return False


def _aspect_start(tokens: list[Token], index: int) -> int:
    """The verb of continuing or starting that governs the reporting verb ("continued to call for"):
    it belongs to the cue, and the subject stands before it."""
    if index > 1 and tokens[index - 1].norm == "to" and tokens[index - 2].norm in _ASPECT_VERBS:
        return index - 2
    went_on = index > 2 and tokens[index - 2].norm == "on" and tokens[index - 3].norm in _GO_ON_VERBS
    if went_on and tokens[index - 1].norm == "to":
        return index - 3  # "went on to explain"
    return index


def _name_continues(tokens: list[Token], k: int) -> bool:
    """Is the "." at token ``k`` part of a name ("Sen.", "Paul D. Ryan", "Space.com")?"""
    if k == 0:
        return False
    prev = tokens[k - 1]
    if k + 1 < len(tokens) and prev.end == tokens[k].start and tokens[k].end == tokens[k + 1].start:
        return prev.text.isalnum() and tokens[k + 1].text.isalpha()  # "Space.com", "Yahoo.co": a site's name
    return prev.norm in _TITLE_ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isupper())


def _paren_open(tokens: list[Token], close: int) -> int | None:
    """Index of the "(" matching the ")" at ``close``, within a few tokens."""
    k = close - 1
    while k >= 0 and close - k <= MAX_PAREN_TOKENS:
        if tokens[k].text == "(":
            return k
        if tokens[k].text in (")", ";", *_QUOTES):
            return None
        k -= 1
    return None


# Prepositions that open a noun's complement, never a subject: a reporting word before one is a noun.
_NOUN_COMPLEMENT_OPENERS = frozenset("of on about into".split())


def _phrase_before(tokens: list[Token], last: int) -> tuple[int, int] | None:
    """Token range of the noun phrase ending at token ``last``; one "and" may join two conjuncts."""
    i = last
    coordinated = False
    while i >= 0 and last - i < MAX_SOURCE_TOKENS:
        token = tokens[i]
        if token.text == ")":
            opening = _paren_open(tokens, i)
            if opening is None:
                break
            i = opening - 1
            continue
        if token.text == "." and _name_continues(tokens, i):
            i -= 1
            continue
        if token.text == "," and _thousands(tokens, i):
            i -= 1
            continue  # "$1,200"
        if not _is_word(token) and token.text not in _NAME_PUNCT:
            break  # also a dash: "… ideals - critics would call them"
        if token.norm == "and" and not coordinated and i < last and i > 0 and _conjunct_end(tokens[i - 1]):
            coordinated = True  # "Mr. Lee and Ms. Roe", "Regulators and environmental groups"
            i -= 1
            continue
        if token.norm in _BOUNDARY_WORDS and token.text.islower():
            break
        if i < last and token.norm in ("the", "a", "an") and i > 0 and _juxtaposed(tokens[i - 1]):
            i -= 1
            break  # "whose rockets the officials claimed": a new phrase starts at the determiner
        if i == last and i > 0 and _name_after_common_noun(tokens, i):
            i -= 1
            break  # "the profit margin Apple plans to add": the name is the subject of a clause on the noun
        if (
            i < last
            and _reports(tokens, i)
            and not _relative_verb(tokens, i)
            and not _reduced_relative(tokens, i, i, False)  # "Rebels believed to have links to … said"
            and not _participle_with_agent(tokens, i, i)  # "The mayor welcomed by the crowd said"
            and tokens[i + 1].norm not in _NOUN_COMPLEMENT_OPENERS  # "A police report on the fire said": a noun
        ):
            break  # "She said Republican Donald Trump …": the subject starts after the verb
        i -= 1
    first = i + 1
    while first <= last and (_leading_junk(tokens[first]) or not _is_word(tokens[first])):
        first += 1
    after_preposition = first > 0 and tokens[first - 1].norm in _TIME_PREPOSITIONS and tokens[first].norm in _TIME_WORDS
    if first < last and (after_preposition or _starts_time_phrase(tokens, first)):
        first = _time_phrase_end(tokens, first)  # "On Tuesday the mayor said", "Last week Stumpf appeared to"
    return (first, last) if first <= last else None


def _time_phrase_end(tokens: list[Token], first: int) -> int:
    """The first token after the time phrase that starts at ``first`` ("on Friday", "last week", "earlier
    this month")."""
    k = first
    while k < len(tokens) and k - first < MAX_TIME_TOKENS:
        norm = tokens[k].norm
        if not (
            norm in _TIME_WORDS
            or norm in _TIME_MODIFIERS
            or norm in _TIME_PREPOSITIONS
            or norm.isdigit()
            or (norm == "back" and k == first)
        ):
            break
        k += 1
    return k


def _name_after_common_noun(tokens: list[Token], i: int) -> bool:
    """Is the one-word name at ``i`` the subject of a reduced relative clause on the common noun before it
    ("the margin Apple plans", "the figure Reuters reported")? A noun for a speaker before a name is its
    title ("spokesman Tom Lee", "the company Apple"), which the name does not leave."""
    name, noun = tokens[i], tokens[i - 1]
    if not (name.text[:1].isupper() and name.text.isalpha()) or i + 1 >= len(tokens):
        return False
    if not (noun.text.isalpha() and noun.text.islower()) or noun.norm in _BEFORE_DETERMINER:
        return False
    if _is_verb_like(noun) or noun.norm in _AUXILIARIES or noun.norm in _NOT_BEFORE_VERB:
        return False
    if lexicon("sources").get(noun.norm) is not None:
        return False
    k = i - 2  # "the margin", "the profit margin": a determiner, with lower-case modifiers between
    while k >= 0 and i - 1 - k <= NAMED_NOUN_REACH and tokens[k].text.isalpha():
        if tokens[k].norm in _DETERMINERS:
            return True
        if _is_verb_like(tokens[k]) or not tokens[k].text.islower():
            return False
        k -= 1
    return False


def _juxtaposed(token: Token) -> bool:
    """Does a lower-case noun before a determiner end another phrase ("whose rockets the officials
    claimed"), rather than lead into this one ("of the", "and the", "all the")?"""
    if not (token.text.isalpha() and token.text.islower()) or token.norm in _BEFORE_DETERMINER:
        return False
    return not _is_verb_like(token) and token.norm not in _AUXILIARIES  # "who found the body": its object


def _relative_verb(tokens: list[Token], i: int) -> bool:
    """Is the verb at ``i`` that of a relative clause inside the subject ("an official who requested
    anonymity said", "a diplomat who had asked not to be named said")?"""
    k = _skip_back(tokens, i)
    return k >= 1 and tokens[k].norm == "who"


def _relative_head(tokens: list[Token], phrase: tuple[int, int]) -> tuple[int, int]:
    """The part of a subject before its relative clause, which gives its type ("the man who shot the
    mayor" is a person, not an official)."""
    for k in range(phrase[0] + 1, phrase[1] + 1):
        if tokens[k].norm == "who" and not tokens[k].text.isupper():  # "the WHO" is a name
            return (phrase[0], k - 1)
    return phrase


def _reports(tokens: list[Token], i: int) -> bool:
    """Is token ``i`` a finite reporting verb ("said", "says"), not a modifier ("the alleged victim")?"""
    token = tokens[i]
    if not token.text.islower() or lexicon("reporting_verbs").get(token.norm) is None or _form(token) == "ing":
        return False
    if i == 0:
        return True
    before = tokens[i - 1].norm
    present = _form(token) == "present"
    if present and _after_opening_modifiers(tokens, i):
        return False  # "Leaked documents": a noun after the participle opening the sentence
    return before not in _NOT_BEFORE_VERB and not (before in _NOUN_BEFORE_PRESENT and present)


def _leading_junk(token: Token) -> bool:
    """A sentence adverb, or a capitalised conjunction or preposition opening the sentence ("While his
    advisers", "Perhaps the moderators"), trimmed from the start of a source."""
    if token.norm in _LEADING_JUNK:
        return True
    return token.text[:1].isupper() and (token.norm in _BOUNDARY_WORDS or token.norm in _OPENING_WORDS)


def _conjunct_end(token: Token) -> bool:
    """Can ``token`` end the first of two coordinated nouns ("China and …", "Regulators and …")?"""
    if not _is_word(token):
        return False
    if token.text[:1].isupper():
        return token.norm not in _LEADING_JUNK
    if _is_verb_like(token):
        return False
    entry = lexicon("sources").get(token.norm)
    return is_plural(token) or (entry is not None and entry.category != "not_a_source")


def _names_not_modal(tokens: list[Token], i: int) -> bool:
    """ "Theresa May said", "Will Hurd says": a capitalised "May" or "Will" before a past or "-s" form
    is a name; a modal takes a base form ("Trump May Say")."""
    token = tokens[i]
    if token.norm not in _NAME_MODALS or not token.text[:1].isupper() or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    return _form(following) != "present" or not _is_base(following)


def _skip_back(tokens: list[Token], index: int) -> int:
    """Index of the last token before ``index`` that is not an auxiliary or adverb."""
    i = index - 1
    skipped = 0
    while i >= 0 and skipped < MAX_SKIPPED:
        norm = tokens[i].norm
        if _names_not_modal(tokens, i):
            break
        if _before_verb(tokens[i]) and (norm in _SKIP_BEFORE_VERB or tokens[i].text.islower()):
            i -= 1
            skipped += 1
        elif norm == "," and i >= 2 and tokens[i - 1].norm in _PARENTHETICAL_ADVERBS and tokens[i - 2].norm == ",":
            i -= 3  # "Some residents, however, question": an aside between subject and verb
            skipped += 1
        else:
            break
    return i


# Adverbs set off by commas between a subject and its verb ("Some residents, however, question").
_PARENTHETICAL_ADVERBS = frozenset("however though too meanwhile instead also nonetheless nevertheless".split())


@dataclass(frozen=True, slots=True)
class _Source:
    span: tuple[int, int]
    head: tuple[int, int]  # the part that names the source, for its type


def _subject_before(tokens: list[Token], index: int) -> _Source | None:
    """The subject phrase ending before token ``index`` (the cue's first token)."""
    i = _skip_back(tokens, index)
    if i >= 0 and (time := _time_phrase_start(tokens, i)) is not None:
        i = _skip_back(tokens, time)  # "Sanders on Tuesday said", "who in 2010 said": the time is no part of it
    if i >= 0 and (setting := _setting_phrase_start(tokens, i)) is not None:
        i = _skip_back(tokens, setting)  # "The mayor in a televised interview said": where, not who
    if i < 0:
        return None
    if _place_abbreviation_end(tokens, i):
        # "Chad Rickicki of Pittsburgh, Penn. told": the state after the town closes the subject
        head = _phrase_before(tokens, i - 3)
        return _Source((head[0], i), head) if head else None
    if tokens[i].text == ",":
        return _subject_with_apposition(tokens, i)
    if _is_dash(tokens[i]):
        return _subject_with_dashes(tokens, i)
    if tokens[i].norm in _PRONOUNS:
        return _Source((i, i), (i, i))  # "he said", not "… anything it said"
    if tokens[i].norm in _RELATIVE and i > 0 and not tokens[i].text.isupper():  # "the WHO" is a name
        return _Source((i, i), _phrase_before(tokens, i - 1 if tokens[i - 1].text != "," else i - 2) or (i, i))
    if (relative := _unclosed_relative(tokens, i)) is not None:
        return relative
    phrase = _phrase_before(tokens, i)
    if phrase and tokens[phrase[0]].norm in _AUXILIARIES and tokens[phrase[0]].text.islower():
        return None  # "… has been receiving pushback from immigration advocates:": a verb phrase, no subject
    return _Source(phrase, _relative_head(tokens, phrase)) if phrase else None


def _unclosed_relative(tokens: list[Token], last: int) -> _Source | None:
    """ "Ana Roe, 31, who works at the port in Riga said …": a relative clause whose closing comma is
    missing. The subject runs from the antecedent to the clause's last word; the antecedent names it."""
    k = last
    while k > 1 and last - k < MAX_APPOSITION_TOKENS and _is_word(tokens[k]):
        if tokens[k].norm == "which" and tokens[k - 1].text == "," and k < last and _opens_subject(tokens[k + 1]):
            return _Source((k + 1, last), (k + 1, last))  # "…, which RT pointed to": the clause's own subject
        if tokens[k].norm in _RELATIVE_PRONOUNS and tokens[k - 1].text == ",":
            head = _subject_with_apposition(tokens, k - 1)
            if head is None and (phrase := _phrase_before(tokens, k - 2)) is not None:
                head = _Source(phrase, phrase)  # "The firm, which owns the port said"
            return _Source((head.span[0], last), head.head) if head is not None else None
        if k < last and _reports(tokens, k):
            return None  # another reporting verb: the clause is what it reports
        k -= 1
    return None


def _opens_subject(token: Token) -> bool:
    """Can ``token`` open the subject of an object relative clause ("which RT pointed to", "which the
    mayor called")?"""
    return token.text[:1].isupper() or token.norm in DETERMINERS or token.norm in _PRONOUNS


def _is_dash(token: Token) -> bool:
    return token.text == "-" or token.text in _DASHES


def _subject_with_dashes(tokens: list[Token], dash: int) -> _Source | None:
    """ "X -- an aside, with commas -- said": X and the aside between the dashes, as with commas."""
    k = dash
    while k >= 0 and _is_dash(tokens[k]):
        k -= 1
    limit = max(0, dash - MAX_APPOSITION_TOKENS)
    while k > limit and not _is_dash(tokens[k]):
        stop = tokens[k].text == "." and not _name_continues(tokens, k)
        if stop or tokens[k].text in (";", ":", "?", "!") or tokens[k].text in _QUOTES:
            return None
        k -= 1
    if k <= limit:
        return None
    while k > 0 and _is_dash(tokens[k - 1]):
        k -= 1
    i = _skip_back(tokens, k)
    if i < 0 or _is_dash(tokens[i]):
        return None  # one aside between dashes, not a chain of them
    phrase = _phrase_before(tokens, i) if tokens[i].text != "," else None
    head = (
        _subject_with_apposition(tokens, i) if tokens[i].text == "," else (_Source(phrase, phrase) if phrase else None)
    )
    end = dash
    while _is_dash(tokens[end]):
        end -= 1
    return _Source((head.span[0], end), head.head) if head is not None else None


def _time_phrase_start(tokens: list[Token], last: int) -> int | None:
    """First token of a time phrase ending at ``last`` ("on Tuesday", "in 2010", "just this month",
    "Friday"), if one ends there."""
    k = last
    has_time = False
    while k >= 0 and last - k < MAX_TIME_TOKENS:
        norm = tokens[k].norm
        if norm in _TIME_WORDS or (norm.isdigit() and len(norm) == 4):
            has_time = True
        elif norm not in _TIME_MODIFIERS:
            break
        k -= 1
    if not has_time:
        return None
    if k >= 0 and tokens[k].norm in _TIME_PREPOSITIONS:
        return k
    opener = tokens[k + 1].norm
    first = tokens[k + 1]
    deictic = opener in _DEICTIC_DAYS and first.text.islower()  # not "USA Today said"
    return k + 1 if opener in _TIME_MODIFIERS or deictic else None  # not "Amy Monday said"


def _setting_phrase_start(tokens: list[Token], last: int) -> int | None:
    """First token of a phrase naming how something was said, ending at ``last`` ("in a televised
    interview", "on Twitter", "in a statement"), if one ends there after a subject."""
    if tokens[last].norm not in _SETTINGS:
        return None
    for k in range(last - 1, max(0, last - MAX_SETTING_TOKENS) - 1, -1):
        norm = tokens[k].norm
        if norm in _SETTING_PREPOSITIONS:
            return k if k > 0 else None
        if not tokens[k].text.isalpha() or (tokens[k].text[:1].isupper() and norm not in _SETTINGS):
            return None
    return None


def _starts_time_phrase(tokens: list[Token], first: int) -> bool:
    """Does a time phrase start at token ``first`` ("on Friday", "last week", "in 2010"), as one ends
    before a verb in ``_time_phrase_start``?"""
    opener = tokens[first].norm
    if opener in _DEICTIC_DAYS:
        return tokens[first].text.islower()  # "said the mayor today", not "Veterans Today"
    if opener == "back" and first + 1 < len(tokens) and tokens[first + 1].norm in _TIME_PREPOSITIONS:
        return _starts_time_phrase(tokens, first + 1)  # "by People back in November"
    if opener not in _TIME_PREPOSITIONS and opener not in _TIME_MODIFIERS:
        return False  # not "Amy Monday"
    k = first + 1
    while k < len(tokens) and k - first < MAX_TIME_TOKENS:
        norm = tokens[k].norm
        if norm in _TIME_WORDS or (norm.isdigit() and len(norm) == 4):
            return True
        if norm not in _TIME_MODIFIERS:
            return False
        k += 1
    return False


def _subject_with_apposition(tokens: list[Token], comma: int) -> _Source | None:
    """ "X, who …, said", "X, a spokeswoman for Y, said", "X, 59, of Y, said": X and its apposition.

    The apposition may hold commas of its own; the earliest comma whose left side is a
    plausible head (not an opening "In 1986") wins.
    """
    k = comma - 1
    limit = max(0, comma - MAX_APPOSITION_TOKENS)
    commas = []
    while k > limit and tokens[k].text not in (";", ":") and tokens[k].text not in _QUOTES:
        if tokens[k].text == "." and not _name_continues(tokens, k) and tokens[k + 1].text != ",":
            break  # a sentence stop, not the dot of "Mr.", "Lawrence B. Cummings" or "R-Ky.,"
        if tokens[k].text == "," and not _thousands(tokens, k):
            commas.append(k)
        k -= 1
    for k in reversed(commas):
        source = _apposition_at(tokens, k, comma)
        if source is not None:
            return source
    return None


def _apposition_at(tokens: list[Token], k: int, comma: int) -> _Source | None:
    """The source "head, apposition" with the apposition between commas ``k`` and ``comma``."""
    opener = tokens[k + 1]
    head = _phrase_before(tokens, k - 1)
    if head is None or tokens[head[0]].norm in _INITIAL_PREPOSITIONS or _opens_with_participle(tokens, head):
        return None
    if opener.norm in _ASIDE_STARTS or (opener.text.islower() and _form(opener) == "ing" and _is_verb_like(opener)):
        return _Source(head, head)  # "X, at a rally, said", "X, citing insiders, reported"
    if opener.norm in _RELATIVE:
        return _Source((head[0], comma - 1), head)  # "X, which represents farmers, wants"
    if opener.norm in _BOUNDARY_WORDS or (opener.text.islower() and _is_verb_like(opener)):
        return None
    if _holds_a_clause(tokens[k + 1 : comma]):
        return None  # "All in all, consumers can expect to pay more, says Rickicki": a clause, no apposition
    return _Source((head[0], comma - 1), head)


def _holds_a_clause(words: list[Token]) -> bool:
    """Does a modal or auxiliary stand in the words before any relative pronoun ("consumers can expect to
    pay", not "a minister who is a critic")?"""
    for token in words:
        if token.norm in _RELATIVE_ENDS:
            return False
        if token.text.islower() and (token.norm in _MODALS or token.norm in _AUXILIARIES):
            return True
    return False


def _place_abbreviation_end(tokens: list[Token], i: int) -> bool:
    """Is token ``i`` the stop of a short abbreviation after a comma and a place ("Pittsburgh, Penn.",
    "Austin, Tex.")?"""
    if i < 3 or tokens[i].text != "." or tokens[i - 2].text != ",":
        return False
    abbreviation, place = tokens[i - 1], tokens[i - 3]
    short = abbreviation.text.isalpha() and abbreviation.text[:1].isupper() and len(abbreviation.text) <= 5
    return short and place.text[:1].isupper() and place.text.isalpha()


def _thousands(tokens: list[Token], k: int) -> bool:
    """Is the comma at ``k`` a thousands separator ("$1,200")?"""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].text.isdigit() and tokens[k + 1].text.isdigit()


def _opens_with_participle(tokens: list[Token], phrase: tuple[int, int]) -> bool:
    """Is the phrase a participle clause ("Lamenting the delay", "Quoted by the paper"), not a name
    ("Martin King")?"""
    first, last = phrase
    if first >= last or not tokens[first + 1].text.islower():
        return False
    return tokens[first].norm.endswith("ing") or (tokens[first].norm.endswith("ed") and tokens[first + 1].norm == "by")


def _phrase_after(tokens: list[Token], index: int) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at ``index`` ("said Maria Lopez", "according to X")."""
    i = index
    while i < len(tokens) and i - index < MAX_SOURCE_TOKENS:
        token = tokens[i]
        if token.text == "." and i > index and _name_continues(tokens, i):
            i += 1
            continue
        if not _is_word(token) and token.text not in _NAME_PUNCT:
            break
        if (token.norm in _BOUNDARY_WORDS and token.norm != "and") or (i > index and token.norm in _RELATIVE):
            break  # "by one Darius Rubics who has won …": the relative clause is no part of the name
        verb = _is_verb_like(token) and token.text.islower() and token.norm not in ("led", "based")
        if i > index and verb and not _modifier_after_determiner(tokens, i):
            break  # not "the unreleased video", "a new report": an adjective or a noun after its determiner
        if i > index and token.norm in _CUE_OPENERS and token.text.islower():
            break  # "Donald Trump is promoting …": the auxiliary belongs to the verb
        if i > index and token.text.islower() and _before_verb(token):
            if token.norm == "n't" and i - 1 > index:
                i -= 1  # "Culkin Hasn't Died": the auxiliary of "n't" is no part of the name
            break  # "Mr. Lee and Ms. Roe never seem to tire of …": the adverb opens the verb
        if i > index and _starts_time_phrase(tokens, i):
            break  # "The council on Friday made …": the time belongs to neither
        i += 1
    while i - 1 > index and tokens[i - 1].norm == "and":
        i -= 1  # "by police and told reporters": the "and" joins the next verb
    return (index, i - 1) if i > index else None


def _modifier_after_determiner(tokens: list[Token], i: int) -> bool:
    """Is the verb-like word at ``i`` part of a noun phrase: right after its determiner ("the unreleased
    video"), or a noun after a determiner and its modifiers ("a new report")?"""
    if tokens[i - 1].norm in _DETERMINERS:
        return True
    return not is_past_form(tokens[i].norm) and _noun_after_determiner(tokens, i)


def _is_name(tokens: list[Token]) -> bool:
    """Only capitalised words and name punctuation: a speaker label or signature."""
    return bool(tokens) and all(t.text[:1].isupper() or t.text in _NAME_PUNCT or t.text == "." for t in tokens)


def _is_speaker_name(tokens: list[Token]) -> bool:
    """A speaker label: a name, or a capitalised phrase whose other words name a source ("Mexico prosecutor:",
    "Kurdish officials:")."""
    if _is_name(tokens):
        return True
    return tokens[0].text[:1].isupper() and all(
        t.text[:1].isupper() or ((entry := lexicon("sources").get(t.norm)) is not None and entry.category in _SPEAKING)
        for t in tokens[1:]
    )


def _is_acronym(token: Token) -> bool:
    """An all-capital name of an organisation ("NASA", "FBI"); "I" and "US" are left to the lexicon."""
    letters = token.text.replace(".", "").replace("&", "")
    return MIN_ACRONYM <= len(letters) <= MAX_ACRONYM and letters.isalpha() and letters.isupper()


# Determiners of one person the article has introduced ("the victim", "his mother").
_DEFINITE = frozenset("the his her their its our my your this that".split())
# Determiners of an unnamed member of a group ("a spokesman", "two officials").
_INDEFINITE = frozenset("a an one two three several some".split())
_TYPED_AS = {"recording": "document", "nationals": "organization", "post": "anonymous"}
# Prepositions after the head noun of a source ("Friends of Rosenberg", "a source in Kansas City").
_HEAD_PREPOSITIONS = frozenset(["of", "in", "from", "at", "on", "by", "for"])
_AGE_NOUN = re.compile(r"\d{1,3}-year-old$")
_NAME_JOINERS = frozenset(
    "of the and for de del la le von van".split()
)  # "Bank of America"  # source-lexicon categories that type a source as another


_PERSON_KINDS = frozenset(["role", "anonymous", "anonymous_official"])
_WEB_ENDINGS = (".com", ".org", ".net", ".gov", ".edu", ".io", ".tv")


def _is_web_address(token: Token) -> bool:
    """ "Boston.com", "Change.org": a site, one token (features.tokens)."""
    return token.text.lower().endswith(_WEB_ENDINGS)


def source_type_of(tokens: list[Token], title: bool = False) -> str:
    """The source type of a phrase, from its words and capitalisation."""
    cut = _postmodifier_start(tokens)
    if cut is not None:  # "the man who shot the mayor", "a source close to the captain": typed by the head
        return source_type_of(tokens[: cut - 1 if tokens[cut - 1].text == "," else cut], title)
    categories = []
    covered: set[int] = set()
    for match in lexicon("sources").find(tokens):
        if match.entry.category in ("place", "nationals") and not tokens[match.first].text[:1].isupper():
            continue
        if match.entry.category == "post" and match.first > 0 and tokens[match.first].text[:1].isupper():
            continue  # "the Post", "the Huffington Post": a paper's name
        if match.entry.category in ("anonymous", "person") and not title and _inside_name(tokens, match.first):
            continue  # "Wes Men", "Tom Fans": a surname, not a group
        categories.append((match.first, _TYPED_AS.get(match.entry.category, match.entry.category)))
        covered.update(range(match.first, match.last + 1))
    head_end = next((k for k, t in enumerate(tokens) if t.norm in _HEAD_PREPOSITIONS), 0)
    if head_end and any(first == head_end - 1 for first, _ in categories) and not any(t.text == "," for t in tokens):
        return source_type_of(tokens[:head_end], title)  # "Friends of Rosenberg", "A source in Kansas City": the head
    kinds = {c for _, c in categories}
    names = [
        t
        for k, t in enumerate(tokens)
        if _is_name_word(t)
        and k not in covered
        and not (k == 0 and t.norm in _NOUN_CONTEXT)
        and not (k == 0 and k + 1 in covered and t.text[1:].islower())  # "Local media", "Senior officials"
        and not (k == 0 and is_plural(t) and len(tokens) > 1 and tokens[1].text.islower())  # "Farmers in …"
        and t.norm not in ("of", "the", "for", "and", "a", "an")
    ]
    determiner = tokens[0].norm if tokens else ""
    if categories and categories[-1] == (len(tokens) - 1, "document") and not names:
        return "document"  # "the official statement", "a police report": the last noun is the head
    role_head = bool(categories) and categories[-1] == (len(tokens) - 1, "role")
    if role_head and not names and (determiner in _INDEFINITE or is_plural(tokens[-1])):
        return "anonymous_official"  # "a police spokeswoman", "prosecutors", "the inspectors": unnamed
    if names and all(_is_acronym(t) or _is_web_address(t) for t in names) and not kinds & _PERSON_KINDS:
        return "organization"  # "NASA", "the FBI", "UNICEF", "Boston.com"
    if "person_pronoun" in kinds and len(tokens) == 1:
        return "named_person"
    if determiner == "the" and _AGE_NOUN.match(tokens[-1].norm):
        return "named_person"  # "the 26-year-old": a person the article has named, referred to by age
    if len(tokens) == 1 and tokens[0].norm in _QUANTIFIER_SUBJECTS:
        return "anonymous"  # "Some say", "Others claim": unnamed people
    if "group_pronoun" in kinds and len(tokens) == 1:
        return "anonymous" if tokens[0].norm == "they" else "organization"
    headed_by_office = (
        role_head
        and determiner not in _INDEFINITE
        and determiner not in DETERMINERS
        and not any(t.norm in _HEAD_PREPOSITIONS or t.norm == "to" for t in tokens)  # "Aides to the governor"
    )
    if "role" in kinds and (
        (names and not title) or determiner in ("the",) or tokens[0].text.endswith(("'s", "’s")) or headed_by_office
    ):  # "the Pentagon chief"; "Pentagon chief", "Police Spokesman" in headlines, which drop the article
        if determiner in _INDEFINITE and not names:
            return "anonymous_official"
        return "named_official"
    if "anonymous_official" in kinds:
        return "anonymous_official" if not names or determiner not in ("the",) else "organization"
    if categories and categories[-1] == (len(tokens) - 1, "person") and not names:
        # "the victim", "his mother", "the club's doctor": one person the article has introduced
        # A bare singular without its article is headline shorthand for one person ("Ex-Husband Says",
        # "Ohio teen: …"); "a neighbour", "one nurse" are unnamed.
        bare = determiner not in DETERMINERS and determiner not in _INDEFINITE
        definite = determiner in _DEFINITE or tokens[0].norm.endswith(("'s", "s'")) or title or bare
        return "named_person" if definite and not is_plural(tokens[-1]) else "anonymous"
    head_is_group = (
        bool(categories)
        and categories[-1][1] == "anonymous"
        and categories[-1][0] == len(tokens) - 1
        and not any(t.text == "," for t in tokens)  # "John Smith, a witness": the apposition is not the head
    )
    if "anonymous" in kinds and (not names or title or head_is_group):
        return "anonymous"  # "sources", "Kurdish fighters": capitals before a group noun name a side, not a person
    if "document" in kinds and ("organization" not in kinds or categories[-1][1] == "document"):
        return "document"
    people = {first for first, category in categories if category in ("anonymous", "person")}  # "expert", "analyst"
    if ("organization" in kinds or "place" in kinds) and not _person_after_modifier(tokens, covered, people):
        return "organization"
    if "role" in kinds:
        return "anonymous_official" if determiner in ("a", "an") else "named_official"
    if determiner == "the" and len(tokens) > 1 and not kinds and all(t.text[:1].isupper() for t in tokens[1:]):
        return "organization"  # "the Post", "the Chosun Ilbo": a name after "the" is no person's
    if names:
        return "named_person"
    return "anonymous"


def _postmodifier_start(tokens: list[Token]) -> int | None:
    """Where a relative clause, "close to …" or a participle with its agent ("an audit released by the
    ministry") starts after the head of a source phrase, if it does ("the WHO" is a name)."""
    for k in range(1, len(tokens)):
        norm = tokens[k].norm
        follower = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        if (
            (norm in _RELATIVE and not tokens[k].text.isupper())
            or (norm == "close" and follower == "to")
            or (follower == "by" and tokens[k].text.islower() and is_past_form(norm))
        ):
            return k
    return None


def _person_after_modifier(tokens: list[Token], covered: set[int], people: set[int]) -> bool:
    """Does the phrase end in a name after a common noun ("New York Times journalist David Carr",
    "North Korea expert Jenny Town")? The name is its head; what comes before says where they work.
    ``people``: the positions of nouns for people in the source lexicon ("expert")."""
    k = len(tokens)
    while k > 0 and tokens[k - 1].text[:1].isupper() and k - 1 not in covered:
        k -= 1
    if k == len(tokens) or len(tokens) - k < 2 or k == 0:
        return False  # no name of two words at the end
    noun = tokens[k - 1]
    known = k - 1 not in covered or k - 1 in people
    return noun.text.isalpha() and noun.text.islower() and known and noun.norm not in _NAME_JOINERS


def _is_camel_case(token: Token) -> bool:
    """ "iGen", "eBay": a name that opens in lower case."""
    text = token.text
    return len(text) > 2 and text[0].islower() and text[1].isupper() and text.isalpha()


def _inside_name(tokens: list[Token], k: int) -> bool:
    """Is the capitalised word at ``k`` the second word of a name (a capitalised word before it)?"""
    return k > 0 and tokens[k].text[:1].isupper() and tokens[k - 1].text[:1].isupper() and tokens[k - 1].norm != "the"


def credibility(source_type: str, strength: str, quote: str) -> float:
    """Credibility in 0–1 of a source type, reporting verb and quote type."""
    value = CREDIBILITY_BY_SOURCE[source_type] * VERB_FACTOR.get(strength, VERB_FACTOR["none"]) + QUOTE_BONUS[quote]
    return min(1.0, max(0.0, value))


def _quote_marks(text: str, inside_quote: bool = False) -> list[int]:
    """Offsets of the quote marks in ``text``, so that an odd number of marks before a position means
    it is quoted. A sentence that opens inside a quotation begun in an earlier sentence ('… at all," he
    said.') first meets a closing mark, or none: a mark at -1 stands for the opening one."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    opening = marks and text[marks[0]] in "“«"
    if (inside_quote and not opening) or (marks and _closes(text, marks[0])):
        marks.insert(0, -1)
    return marks


def _open_at_end(text: str, inside_quote: bool) -> bool:
    """Is a quotation open at the end of ``text``? Its last mark tells by its shape; with no mark, the
    state it started in holds."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    return not _closes(text, marks[-1]) if marks else inside_quote


def quote_states(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[bool]:
    """For each sentence span of ``text`` (in order), whether it starts inside a quotation opened in an
    earlier sentence of the same paragraph and not yet closed. The middle sentences of a quotation carry
    no marks ('"We will rebuild. The pier comes first. Then the road," the mayor said.'): their verbs are
    the speaker's words. A line break ends a paragraph, and a quotation with it ("… the road.\n").
    Lazy, so a streamed article's sentences need not be held."""
    inside = False
    previous_end = 0
    for start, end in spans:
        if not _same_paragraph(text, previous_end, start):
            inside = False
        yield inside
        inside = _open_at_end(text[start:end], inside)
        previous_end = max(previous_end, end)


def quote_openings(text: str, spans: Iterable[tuple[int, int]]) -> list[bool]:
    """``quote_states`` as a list."""
    return list(quote_states(text, spans))


def quotation_speakers(
    text: str,
    spans: list[tuple[int, int]],
    inside: list[bool],
    own: list[Attribution | None],
    before: tuple[int, Attribution | None, bool] = (0, None, False),
) -> list[Attribution | None]:
    """Each sentence's attribution, with quotations given one speaker.

    A quotation that runs over several sentences of a paragraph has one speaker: the sentences with no
    source of their own ('"We will rebuild. The pier comes first," the mayor said.') are the speaker's
    words. So is an unattributed quotation that opens right after a sourced sentence of its paragraph
    ('"We lost six weeks," she said. "Nobody is cutting corners."'), the sentence before one whose
    first quote mark closes a quotation, and the paragraph after a sourced sentence that ends in a colon
    ("The club said in a statement:"). ``spans``: the sentences in order;
    ``inside``: from ``quote_states``; ``own``: each sentence's attribution in article offsets (a
    continued one keeps the spans of the speaker's mention). ``before``: the end offset, resolved
    attribution and open quotation (or not) of the sentence before the first span (when a stream scores
    an article in chunks); ``quotation_state`` gives it for the last sentence of a chunk.
    """
    resolved = list(own)
    last_end, last, open_before = before
    last_open: bool | None = open_before
    last_sentence = ((0, 0), False)
    first = 0
    while first < len(spans):
        end = first + 1
        while end < len(spans) and (inside[end] or _closes_earlier_quotation(text, spans[end - 1], spans[end])):
            end += 1
        speaker = next((resolved[k] for k in range(first, end) if _speaks(resolved[k])), None)
        if (
            speaker is None
            and _speaks(last)
            and text[last_end - 1 : last_end] == ":"
            and _follows_closely(text, last_end, spans[first][0])
        ):
            # "The club said in a statement:" ¶ "We have determined …": the next paragraph is what it said.
            speaker = last
            while end < len(spans) and _same_paragraph(text, spans[end - 1][1], spans[end][0]):
                end += 1
        if speaker is None and _speaks(last):
            start = spans[first][0]
            # A new paragraph continues a quotation left open at the end of the one before ('"… the pier.' ¶
            # '"The road comes next."'); otherwise only a quotation in the same paragraph does.
            if inside[first] or (
                _opens_quotation(text[start : spans[first][1]])
                and (
                    _same_paragraph(text, last_end, start)
                    or (last_open if last_open is not None else _open_after(text, *last_sentence))
                )
            ):
                speaker = last
        if speaker is not None:
            continued = _continued(speaker)
            for k in range(first, end):
                if not _speaks(resolved[k]):
                    resolved[k] = continued
        # Whether the quotation stays open past this run is worked out only when a later run needs it.
        last_end, last, last_open = spans[end - 1][1], resolved[end - 1], None
        last_sentence = (spans[end - 1], inside[end - 1])
        first = end
    return resolved


def _follows_closely(text: str, end: int, start: int) -> bool:
    """Is the sentence at ``start`` at most one blank line after ``end``? An empty paragraph after "… said:"
    is what it said, lost (an embedded post or video that did not survive extraction); the next
    paragraph is the author's again."""
    return text.count("\n", end, start) <= MAX_LINE_BREAKS_AFTER_COLON


def _open_after(text: str, span: tuple[int, int], inside: bool) -> bool:
    return _open_at_end(text[span[0] : span[1]], inside)


def quotation_state(
    text: str, span: tuple[int, int], inside: bool, attribution: Attribution | None
) -> tuple[int, Attribution | None, bool]:
    """What ``quotation_speakers`` needs to know of the sentence before a chunk."""
    return span[1], attribution, _open_after(text, span, inside)


def _closes_earlier_quotation(text: str, previous: tuple[int, int], span: tuple[int, int]) -> bool:
    """Does the sentence's first quote mark close a quotation opened before it, in the same paragraph
    ('“We see evidence” of troops. What they do is left to be seen," the chief said.': the marks do not
    pair, but the second sentence ends the chief's words)?"""
    sentence = text[span[0] : span[1]]
    mark = _QUOTE_MARK.search(sentence)
    return mark is not None and _closes(sentence, mark.start()) and _same_paragraph(text, previous[1], span[0])


def _same_paragraph(text: str, end: int, start: int) -> bool:
    """No line break between a sentence ending at ``end`` and the next starting at ``start``."""
    return "\n" not in text[end:start]


def _speaks(attribution: Attribution | None) -> bool:
    return attribution is not None and attribution.source_type != "author" and bool(attribution.source)


def _opens_quotation(sentence: str) -> bool:
    opening = sentence.lstrip()
    return opening[:1] in _OPEN_QUOTES or opening.startswith(_DOUBLE_APOSTROPHE)


def _continued(speaker: Attribution) -> Attribution:
    """The speaker's attribution for a sentence of their quotation: a direct quote."""
    return replace(
        speaker, quote="direct", credibility=credibility(speaker.source_type, speaker.cue_strength, "direct")
    )


def _closes(text: str, k: int) -> bool:
    """Is the quote mark at ``k`` a closing one: a curly closing mark, or a straight one (or two
    apostrophes) glued to the word or punctuation before it and followed by a space, punctuation or the end?"""
    mark = text[k]
    if k == 0 or mark in "“«":
        return False  # a mark that opens the text opens a quote, whatever its shape
    if mark not in "\"'":
        return True
    end = k + (1 if mark == '"' else len(_DOUBLE_APOSTROPHE))
    after = text[end : end + 1]
    return not text[k - 1].isspace() and (not after or after.isspace() or after in ",.;:?!)")


def _quoted_chars(text: str) -> int:
    """Characters between pairs of quote marks, counted once per text."""
    marks = _quote_marks(text)
    if len(marks) < 2:
        return 0
    return sum(marks[k + 1] - marks[k] for k in range(0, len(marks) - 1, 2))


def _quote_type(text: str, quoted: int, source: tuple[int, int], cue: tuple[int, int]) -> str:
    if quoted == 0:
        return "indirect"
    outside = len(text) - (source[1] - source[0]) - (cue[1] - cue[0])
    return "direct" if quoted >= DIRECT_QUOTE_SHARE * max(1, outside) else "mixed"


def _make(
    text: str,
    tokens: list[Token],
    quoted: int,
    source: _Source | None,
    cue: tuple[int, int],
    strength: str,
    title: bool,
) -> Attribution:
    cue_start, cue_end = tokens[cue[0]].start, tokens[cue[1]].end
    if source is None:
        source_type, source_span = "anonymous", None
        s = (cue_start, cue_start)
    else:
        source_type = _type_of(tokens, source, title)
        if source_type in _ANONYMISED and _name_withheld_beside(tokens, source, cue):
            source_type = _ANONYMISED[source_type]  # "two council members, speaking on condition of anonymity,"
        s = (tokens[source.span[0]].start, tokens[source.span[1]].end)
        source_span = Span(s[0], s[1], text[s[0] : s[1]])
        if source_type == "document" and strength in _ASSURED and _distanced(tokens, source):
            strength = "claim"  # "Unverified video shows", "Purported footage shows": no more than a claim
    quote = _quote_type(text, quoted, s, (cue_start, cue_end))
    return Attribution(
        source=_source_name(text, tokens, source) if source_span else "",
        source_type=source_type,
        cue=text[cue_start:cue_end],
        cue_strength=strength,
        quote=quote,
        credibility=credibility(source_type, strength, quote),
        source_span=source_span,
        cue_span=Span(cue_start, cue_end, text[cue_start:cue_end]),
    )


def _distanced(tokens: list[Token], source: _Source) -> bool:
    """Does a distancing word stand in the source phrase ("Unverified video", "the purported memo")?"""
    hedges = lexicon("hedges")
    return any(
        (entry := hedges.get(t.norm)) is not None and entry.category == "distancing"
        for t in tokens[source.span[0] : source.span[1] + 1]
    )


# Strengths a distanced document cannot give: what it shows or says is only claimed.
_ASSURED = frozenset(["confirm", "assert"])


def _source_name(text: str, tokens: list[Token], source: _Source) -> str:
    """The source as the reader should see it: a relative pronoun ("…, which has said") stands for its
    antecedent ("Norvale"); any other source is its own words."""
    first, last = source.span
    if first == last and tokens[first].norm in _RELATIVE_PRONOUNS and source.head != source.span:
        first, last = _antecedent(tokens, source.head)
    return text[tokens[first].start : tokens[last].end]


def _antecedent(tokens: list[Token], phrase: tuple[int, int]) -> tuple[int, int]:
    """The noun phrase that ends ``phrase``: "Norvale" of "The firm was acquired by Norvale", "analyst
    Tim Arco of Cowen" of "The word comes from analyst Tim Arco of Cowen"."""
    k = phrase[1]
    while k > phrase[0]:
        before = tokens[k - 1]
        lowercase_for = before.norm == "for" and k > 1 and tokens[k - 2].text.islower()  # "unusual for Cupertino"
        if before.text.islower() and (
            before.norm in _ANTECEDENT_STOPS or before.norm in _BE or _is_verb_like(before) or lowercase_for
        ):
            break
        k -= 1
    return (k, phrase[1])


def _name_withheld_beside(tokens: list[Token], source: _Source, cue: tuple[int, int]) -> bool:
    """Is there an anonymity phrase in the source's span or just after it: in an aside before the verb ("X,
    speaking on condition of anonymity, said") or in a clause after a source that follows its verb ("…, said
    an officer who was not authorized to speak")? The reach is bounded, so each claim is read once."""
    end = source.span[1] + 1 + ANONYMITY_REACH
    around = tokens[source.span[0] : min(end, cue[0]) if source.span[1] < cue[0] else end]
    return any(m.entry.category in _ANONYMITY for m in lexicon("sources").find(around))


def _type_of(tokens: list[Token], source: _Source, title: bool) -> str:
    """Type of the head; a named person whose apposition gives a role is a named official ("Ana Roe, a
    spokeswoman for the port"), one whose apposition names a firm stays a person ("Ana Roe, an economist
    at a bank")."""
    head_tokens = tokens[source.head[0] : source.head[1] + 1]
    head_type = source_type_of(head_tokens, title)
    if head_type == "named_person" and source.span[0] == source.span[1] and tokens[source.span[0]].norm == "which":
        return "organization"  # "Norvale, which has said": a name that "which" stands for is no person's
    if source.head != source.span and head_type in ("organization", "anonymous_official") and _has_role(head_tokens):
        apposition = tokens[source.head[1] + 2 : source.span[1] + 1]
        if apposition and source_type_of(apposition, title) == "named_person":
            return "named_official"  # "a spokeswoman for the port, Ana Roe": the role, then the name
    if source.head == source.span or head_type != "named_person":
        return head_type
    return (
        "named_official"
        if source_type_of(tokens[source.span[0] : source.span[1] + 1], title) == "named_official"
        else head_type
    )


def _has_role(tokens: list[Token]) -> bool:
    return any(m.entry.category == "role" for m in lexicon("sources").find(tokens))


def _sentence_subject(tokens: list[Token]) -> _Source | None:
    """The phrase a sentence opens with: the subject of a trailing ", saying …". Opening phrases before it
    are passed over: "On Thursday, however, Trump …", "Recently, it …", "Chastened by the audit, the firm …"."""
    k = 0
    while k < len(tokens):
        token = tokens[k]
        if not _is_word(token) or token.norm in _LEADING_JUNK or _is_adverb(token):
            k += 1  # punctuation, "however", "Recently"
            continue
        opens_phrase = (
            token.norm in _INITIAL_PREPOSITIONS
            or token.norm in _OPENING_PREPOSITIONS
            or _starts_time_phrase(tokens, k)  # "Earlier this month, …"
        )
        participle = token.text[:1].isupper() and token.norm.endswith(("ed", "ing")) and _opens_with_comma(tokens, k)
        if not (opens_phrase or participle):
            break
        comma = next((j for j in range(k, min(len(tokens), k + MAX_SOURCE_TOKENS)) if tokens[j].text == ","), None)
        k = comma + 1 if comma is not None else len(tokens)
    phrase = _phrase_after(tokens, k) if k < len(tokens) else None
    return _Source(phrase, phrase) if phrase else None


def _opens_with_comma(tokens: list[Token], k: int) -> bool:
    """Does a comma close the phrase opened at ``k`` within a subject's length ("Chastened by the audit,")?"""
    return any(t.text == "," for t in tokens[k + 1 : k + 1 + MAX_SOURCE_TOKENS])


def _is_adverb(token: Token) -> bool:
    """An "-ly" adverb ("Recently", "publicly"), not an "-ly" noun ("the family")."""
    norm = token.norm
    return norm.endswith("ly") and len(norm) > 4 and norm not in _LY_NOUNS


def _source_for(tokens: list[Token], verb: _Verb, previous: _Source | None) -> tuple[_Source | None, str]:
    """The source of a reporting verb and the strength it keeps (a passive without agent only claims)."""
    m = verb.match
    if m.entry.name == "according to":
        phrase = _phrase_after(tokens, m.last + 1)
        return (_Source(phrase, phrase) if phrase else None), verb.strength
    i = _skip_back(tokens, m.first)
    before = tokens[i] if i >= 0 else None
    if _passive(tokens, verb):
        # Passive: "it was reported that", "was confirmed by the ministry".
        agent = tokens[m.last + 1].norm if m.last + 2 < len(tokens) else ""
        if agent in ("by", "in"):
            phrase = _phrase_after(tokens, m.last + 2)
            if phrase and (agent == "by" or _names_a_publication(tokens, phrase)):
                return _Source(phrase, phrase), verb.strength
        return None, "claim"
    if before is not None and before.norm in _COORDINATORS:
        return previous or _sentence_subject(tokens[: min(m.first, OPENING_WINDOW)]), verb.strength  # "… and added"
    progressive = any(t.norm in _BE for t in tokens[verb.first : m.first])  # "is saying", "were urging"
    participle = _form(tokens[_aspect_start(tokens, m.first)]) == "ing"  # "saying", "going on to say"
    if m.first <= 1 and (comma := _opening_participle(tokens, m)) is not None:
        phrase = _phrase_after(tokens, comma + 1)  # "Claiming the vote was rigged, the mayor …"
        return (_Source(phrase, phrase) if phrase else None), verb.strength
    if participle and not progressive:
        return previous or _sentence_subject(tokens[: min(m.first, OPENING_WINDOW)]), verb.strength  # "…, saying"
    subject = _subject_before(tokens, verb.first)
    if (
        subject is not None
        and tokens[subject.span[1]].norm in _RELATIVE_ENDS
        and tokens[subject.span[1]].text.islower()
    ):
        # "the man who said": PolNeAR's source is the relative pronoun; its antecedent gives the type.
        k = subject.span[1] - 1
        k -= 1 if k >= 0 and tokens[k].text == "," else 0
        antecedent = _phrase_before(tokens, k) if k >= 0 else None
        if antecedent is not None:
            antecedent = _antecedent(tokens, antecedent)  # "The audit was led by Ana Roe, who": Ana Roe types it
        who = (subject.span[1], subject.span[1])
        return _Source(who, antecedent or who), verb.strength
    plain_comma_in_headline = before is not None and before.text == "," and is_title_case(tokens)
    imperative = before is None and any(t.norm in _IMPERATIVE_OPENERS for t in tokens[: m.first])
    if (
        subject is None
        and (before is None or before.text in (",", *_QUOTES, *_APOSTROPHES))
        and not plain_comma_in_headline  # "Amends Constitution, Declares South Korea …": an object
        and not imperative  # "Don't blame Bush.": an order, its object no speaker
        and m.entry.category != "other"  # "…, defended the plan": a verb of acting takes an object, never inverts
    ):
        phrase = _phrase_after(tokens, m.last + 1)  # inverted: '"…," said Maria Lopez'
        ends = phrase is not None and (before is None or before.text != "," or _inversion_ends(tokens, phrase))
        if phrase and ends and tokens[phrase[0]].norm not in _NOT_INVERTED:
            subject = _Source((phrase[0], _apposition_end(tokens, phrase[1])), phrase)
    return subject, verb.strength


def _inversion_ends(tokens: list[Token], phrase: tuple[int, int]) -> bool:
    """After a plain comma, does the inverted source close its clause ("…, said the mayor.", "…, said the
    mayor on Tuesday", "…, says Ana Roe, a professor")? "…, asks doctors how it is going" takes an object."""
    first, last = phrase
    if any(t.norm.split("'")[0] in _PRONOUNS for t in tokens[first + 1 : last + 1]):
        return False  # "…, asks doctors How's it going?": a clause, not a name, after the verb
    k = last + 1
    if k < len(tokens) and (_starts_time_phrase(tokens, k) or tokens[k].norm in _SETTING_PREPOSITIONS):
        return True
    return k >= len(tokens) or tokens[k].text in (".", ",", "!", "?", ";", ":", *_QUOTES)


def _apposition_end(tokens: list[Token], last: int) -> int:
    """Last token of an apposition after a source that follows its verb ('said Ana Roe, a professor at
    the institute who studies tides.'), or ``last`` if none follows. It runs to the end of the sentence,
    or to a comma that opens an aside, a verb or another clause ('…, in a statement', '…, adding')."""
    if last + 2 >= len(tokens) or tokens[last + 1].text != "," or not _opens_apposition(tokens[last + 2]):
        return last
    k = last + 2
    while k < len(tokens) and k - last <= MAX_APPOSITION_TOKENS:
        token = tokens[k]
        if token.text == "." and _name_continues(tokens, k):
            k += 1  # "St. Mary's", "Paul D. Ryan"
            continue
        if token.text in (".", ";", ":", "?", "!", "(") or token.text in _QUOTES:
            break
        if token.text == "," and k + 1 < len(tokens):
            after = tokens[k + 1]
            ends = after.norm in _ASIDE_STARTS or (after.norm in _BOUNDARY_WORDS and after.norm not in _RELATIVE)
            if ends or (after.text.islower() and _is_verb_like(after)):
                break
        k += 1
    if k - last > MAX_APPOSITION_TOKENS:
        return last
    while k - 1 > last and not _is_word(tokens[k - 1]):
        k -= 1
    return k - 1


def _opens_apposition(token: Token) -> bool:
    """Can ``token`` open an apposition to a name ("a professor", "who heads", "the director", "of Ohio",
    "59", "director of …")?"""
    norm = token.norm
    if norm in _APPOSITION_STARTS or norm in ("one", "of", "former") or norm.isdigit():
        return True
    entry = lexicon("sources").get(norm)
    return token.text.islower() and entry is not None and entry.category in ("role", "anonymous_official")


def _signature(text: str, tokens: list[Token], quoted: int) -> Attribution | None:
    """A quote signed at its end or on its own line: '"…" ― Maria Lopez', "― Maria Lopez"."""
    end = len(tokens) - 1 if tokens and tokens[-1].text == "." else len(tokens)
    for k in range(max(0, end - MAX_LABEL_TOKENS - 1), end - 1):
        if tokens[k].text not in _DASHES:
            continue
        opening = all(t.text in _OPEN_QUOTES for t in tokens[:k]) if k < MAX_LABEL_TOKENS else False
        if not (opening or tokens[k - 1].text in _QUOTES) or not _is_name(tokens[k + 1 : end]):
            return None
        source = _Source((k + 1, end - 1), (k + 1, end - 1))
        return _make(text, tokens, quoted, source, (k, k), LABEL_STRENGTH, True)
    return None


# The signature of an embedded post: a dash, a name, the account's handle and the date ("— Lena Park
# (@lenapark) October 26, 2014"); the segmenter cuts a post after it, and it names the post's speaker.
POST_SIGNATURE = re.compile(
    r"(?P<dash>[―—–-])\s*(?P<name>[^()\n―—–]{1,60}?\s*\(@\w{1,30}\))\s*"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}"
)
_CLOSING_PUNCTUATION = re.compile(r"\W*$")


def _post_signature(text: str, tokens: list[Token]) -> Attribution | None:
    """An embedded post signed by its account: the whole text is the signer's own words (a direct quote)."""
    tail = max(0, len(text) - MAX_POST_SIGNATURE_CHARS)
    match = next((m for m in POST_SIGNATURE.finditer(text, tail) if _CLOSING_PUNCTUATION.match(text, m.end())), None)
    if match is None:
        return None
    starts = [t.start for t in tokens]
    dash = bisect_left(starts, match.start("dash"))
    first = bisect_left(starts, match.start("name"))
    last = bisect_left(starts, match.end("name")) - 1
    if not (dash < first <= last) or tokens[dash].start != match.start("dash"):
        return None
    source = _Source((first, last), (first, last))
    return _make(text, tokens, len(text), source, (dash, dash), LABEL_STRENGTH, False)


def _trailing_source(text: str, tokens: list[Token], quoted: int) -> Attribution | None:
    """A headline source after a final colon or dash: "…: Analyst", "… - report", "…: South Korea paper"."""
    end = len(tokens) - 1 if tokens and tokens[-1].text in (".", "!") else len(tokens)
    for k in range(max(1, end - MAX_TRAILING_SOURCE_TOKENS - 1), end - 1):
        if tokens[k].text not in (":", *_DASHES, "-"):
            continue
        mark_end = k
        while mark_end + 1 < end and _is_dash(tokens[mark_end + 1]):
            mark_end += 1  # "… -- report": a dash typed as two hyphens
        tail = tokens[mark_end + 1 : end]
        if not tail or not all(t.text[:1].isalnum() or t.text in _NAME_PUNCT for t in tail):
            return None
        if tail[0].norm in _BOUNDARY_WORDS:
            return None  # "… - and the council agrees": a clause after a dash, not a source
        speaking = ("anonymous", "anonymous_official", "role", "organization", "document")
        if not any((entry := lexicon("sources").get(t.norm)) is not None and entry.category in speaking for t in tail):
            return None
        source = _Source((mark_end + 1, end - 1), (mark_end + 1, end - 1))
        return _make(text, tokens, quoted, source, (k, mark_end), LABEL_STRENGTH, True)
    return None


# Question words after a colon that make the label a topic ("Tax: how the rules change").
_TOPIC_QUESTIONS = frozenset("how why what when where whether".split())
# Source-lexicon categories of words that name who speaks in a label before a colon ("Police:", "Iraqi official:").
_SPEAKING = frozenset(["anonymous", "anonymous_official", "person", "role", "organization", "document"])
# Prepositions inside a label in capitals that make it a phrase, no name ("CAUSE FOR PAUSE:").
_LABEL_PREPOSITIONS = frozenset("in for on to at with from about after over under into".split())
# Pronouns and question words that make a label before a colon a kicker ("Here's Why:", "SEE IT:").
_KICKER_WORDS = frozenset("it this that these those here here's there me you your my how why what when".split())


def _labels_a_speaker(tokens: list[Token], first: int, colon: int) -> bool:
    """A name before a colon is a speaker when a quote or first person follows, it is a source word,
    or it is a transcript label in capitals; "BREAKING:" and "Vogue's Rat Problem:" are topics."""
    label = tokens[first:colon]
    if any(
        (entry := lexicon("sources").get(t.norm)) and entry.category in ("not_a_source", "recording") for t in label
    ):
        return False  # "BREAKING:", "Video:": a topic or a kind of item
    if (entry := lexicon("sources").get(label[-1].norm)) is not None and entry.category == "topic":
        return False  # "ISIS War:", "Murder Trial:": an affair named, not who speaks
    if any(t.norm in _KICKER_WORDS for t in label):
        return False  # "It Begins:", "SEE IT:", "Here's Why:": a kicker, not a speaker
    if label[-1].norm.endswith(_ABSTRACT_ENDINGS) and lexicon("sources").get(label[-1].norm) is None:
        return False  # "Saudi Arabia Airline Segregation:": an issue named, not a speaker
    if any((entry := lexicon("negation").get(t.norm)) is not None and entry.category == "falsity" for t in label):
        return False  # "Fake News:", "Hoax:": a verdict on what follows, not who says it
    if _shouted_phrase(label):
        return False  # "CAUSE FOR PAUSE:", "OSTEITIS PUBIS IN PREGNANCY:": a link's topic, no name
    after = tokens[colon + 1] if colon + 1 < len(tokens) else None
    if after is not None and after.norm in _TOPIC_QUESTIONS:
        return False  # "Big companies: why they pay less", "Brexit: what happens next": a topic and its question
    if after is not None and (after.text in _QUOTES or after.text in ("'", "‘") or after.norm in _FIRST_PERSON_OPENERS):
        return True
    if any((entry := lexicon("sources").get(t.norm)) is not None and entry.category in _SPEAKING for t in label):
        return True
    rest = "".join(t.text for t in tokens[colon + 1 :] if t.text[:1].isalpha())
    if rest.isupper():
        return False  # "AUSTRALIA: 600-POUND WOMAN GIVES BIRTH": a shouted line, its capitals say nothing
    if _headline_name(tokens, label, colon):
        return True
    letters = "".join(t.text for t in label if t.text[:1].isalpha())
    return len(letters) >= 3 and letters.isupper()


def _shouted_phrase(label: list[Token]) -> bool:
    """Is the label a phrase in capitals, with a preposition between its words and no role or source word
    ("CAUSE FOR PAUSE", "OSTEITIS PUBIS IN PREGNANCY"), not a name ("DONALD TRUMP", "HEALTH SECRETARY FOR
    WALES")?"""
    words = [t for t in label if t.text[:1].isalpha()]
    if len(words) < 3 or not all(t.text.isupper() for t in words):
        return False
    if not any(t.norm in _LABEL_PREPOSITIONS for t in words[1:-1]):
        return False
    return not any((entry := lexicon("sources").get(t.norm)) is not None and entry.category in _SPEAKING for t in words)


def _headline_name(tokens: list[Token], label: list[Token], colon: int) -> bool:
    """A short name before the colon of a headline or a quote: "Pence: Flowers Won't Be at Debate",
    "Sanders: Clinton needs to 'get away'"; "The Latest:" and "Editor's note:" are not names."""
    if not 1 <= len(label) <= MAX_HEADLINE_NAME_TOKENS or label[0].norm in ("the", "a", "an"):
        return False
    if not all(t.text.isalpha() and t.text[:1].isupper() for t in label):
        return False
    if all(_names_a_place(t) for t in label):
        return False  # "Syria: Teenage Jihadi Killed in Airstrike": where, not who (a quote after it speaks)
    rest = tokens[colon + 1 :]
    return is_title_case(rest) or any(t.text in _QUOTES or t.text in ("'", "‘") for t in rest)


def _names_a_place(token: Token) -> bool:
    entry = lexicon("sources").get(token.norm)
    return entry is not None and entry.category == "place"


# Endings of abstract nouns, which name an issue, not a speaker, at the end of a label ("Segregation:").
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ism")


def _speaker_label(text: str, tokens: list[Token], quoted: int) -> Attribution | None:
    """A speaker label at the start: "PENCE: …", "Pat Caddell: …"."""
    k = 0
    while k < len(tokens) and tokens[k].text in _OPEN_QUOTES:
        k += 1
    for j in range(k + 1, min(len(tokens) - 1, k + MAX_LABEL_TOKENS + 1)):
        if tokens[j].text == ":":
            inverted = _form(tokens[k]) == "past" and lexicon("reporting_verbs").get(tokens[k].norm) is not None
            if not _is_speaker_name(tokens[k:j]) or inverted or not _labels_a_speaker(tokens, k, j):  # "Said Ellis:"
                return None
            if k > 0 and _quoted_title(tokens, j):
                return None  # "“Star Wars: The Force Awakens” is scheduled …": a title in quotes
            source = _Source((k, j - 1), (k, j - 1))
            return _make(text, tokens, quoted, source, (j, j), LABEL_STRENGTH, True)
    return None


def _quoted_title(tokens: list[Token], colon: int) -> bool:
    """Does the quotation opened before the colon close before the sentence goes on in lower case?"""
    close = next((i for i in range(colon + 1, len(tokens)) if tokens[i].text in _QUOTES), None)
    return close is not None and close + 1 < len(tokens) and tokens[close + 1].text.islower()


def find_attributions(
    text: str, tokens: list[Token] | None = None, title: bool | None = None, *, inside_quote: bool = False
) -> list[Attribution]:
    """Every attribution (source, reporting cue) found in ``text``, left to right.

    ``tokens`` (``tokenize(text)``) and ``title`` (``is_title_case(tokens)``), when the caller has them,
    save computing them again. ``inside_quote``: the text starts inside a quotation opened before it
    (see ``quote_openings``)."""
    tokens = _with_double_apostrophes(text, tokenize(text) if tokens is None else tokens)
    title = is_title_case(tokens) if title is None else title
    quoted = _quoted_chars(text)
    found: list[Attribution] = []
    label = (
        _speaker_label(text, tokens, quoted)
        or _signature(text, tokens, quoted)
        or _post_signature(text, tokens)
        or _trailing_source(text, tokens, quoted)
    )
    if label is not None:
        found.append(label)
    marks = _quote_marks(text, inside_quote)
    previous: _Source | None = None
    previous_cue_end = -1
    for verb in _verbs(tokens, title):
        if bisect_left(marks, tokens[verb.first].start) % 2:
            continue  # "I think", "he told me" inside a quote: the speaker's own words, not a new attribution
        if _names_a_thing(tokens, verb):
            continue  # "a group called Hope", "what he called a disgrace": a name, not a claim
        source, strength = _source_for(tokens, verb, previous)
        if source is None and not (
            _passive(tokens, verb)
            and (verb.strength in ("assert", "claim") or verb.match.entry.name in _ACCUSATION_PASSIVES)
            and _reports_a_proposition(tokens, verb)
        ):
            continue
        if source is not None and source.span[0] == source.span[1] and tokens[source.span[0]].norm in _SPEAKER:
            continue  # "I think", "we know": the speaker of a quote, not a cited source
        if _nested(tokens, source, previous, previous_cue_end, verb):
            continue  # "Stein said she plans to …": the plan is part of what Stein said
        found.append(_make(text, tokens, quoted, source, (verb.first, _cue_end(tokens, verb)), strength, title))
        previous = source or previous
        previous_cue_end = verb.match.last
    nominal = _nominal_attributions(text, tokens, quoted, title, marks)
    if nominal:
        found = sorted(found + nominal, key=_cue_position)
    return found


def _cue_position(a: Attribution) -> int:
    return a.cue_span.start if a.cue_span else a.source_span.start if a.source_span else 0


def _nominal_attributions(
    text: str, tokens: list[Token], quoted: int, title: bool, marks: list[int]
) -> list[Attribution]:
    """ "Trump's claim that …", "her denial that …": a reporting noun after its possessor, with a clause
    or quote after it that gives the content."""
    found: list[Attribution] = []
    named: list[Token] = []  # the tokens with each possessor unpossessed, copied once if any is found
    for m in lexicon("reporting_nouns").find(tokens):
        after = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
        if m.first == 0 or after is None or not (after.norm == "that" or after.text in _QUOTES or after.text == ":"):
            continue
        if bisect_left(marks, tokens[m.first].start) % 2:
            continue  # inside a quote: the speaker's own words
        owner = _possessor(tokens, m.first - 1)
        if owner is not None:
            # The possessor is named without its "'s", and typed as the pronoun it stands for ("her" as "she").
            named = named or list(tokens)
            named[owner.span[1]] = _unpossessed(tokens[owner.span[1]])
            found.append(_make(text, named, quoted, owner, (m.first, m.last), m.entry.category, title))
    return found


def _unpossessed(token: Token) -> Token:
    if token.norm in _POSSESSIVE_PRONOUNS:
        return Token(token.text, _POSSESSIVE_PRONOUNS[token.norm], token.start, token.end)
    if token.norm.endswith("'s"):
        return Token(token.text[:-2], token.norm[:-2], token.start, token.end - 2)
    return token


def _possessor(tokens: list[Token], k: int) -> _Source | None:
    """The possessor phrase ending at token ``k``: a possessive pronoun, or a name or noun phrase in "'s"
    ("Mrs. Clinton's", "the prime minister's", "the officials'")."""
    token = tokens[k]
    if token.norm in _POSSESSIVE_PRONOUNS:
        return _Source((k, k), (k, k))
    if token.text in _APOSTROPHES and k > 0 and tokens[k - 1].norm.endswith("s"):
        k -= 1  # "the officials' claim": the apostrophe is a token of its own
    elif not token.norm.endswith("'s"):
        return None
    capitalised = tokens[k].text[:1].isupper()
    first = k
    while first > 0 and k - first < MAX_POSSESSOR_TOKENS:
        before = tokens[first - 1]
        dotted = before.text == "." and _name_continues(tokens, first - 1)  # "Mrs. Clinton's"
        if _shouted(tokens, first - 1) and lexicon("reporting_verbs").get(before.norm) is not None:
            break  # "Obama administration DENIES congressman's claim": the shouted verb is no name
        if dotted or (before.text[:1].isupper() and _is_word(before) and before.norm not in _DETERMINERS):
            first -= 1
        elif before.norm in _DETERMINERS:
            first -= 1
            break
        elif (
            not capitalised
            and before.text.islower()
            and _is_word(before)
            and not _reporting_word(before)
            and before.norm not in OBJECT_BREAKS  # "abuzz over the pope's comments": the possessor is "the pope"
        ):
            first -= 1  # "the prime minister's"
        else:
            break
    while first < k and not _is_word(tokens[first]):
        first += 1
    head = (first, k)
    return _Source(head, head)


def _with_double_apostrophes(text: str, tokens: list[Token]) -> list[Token]:
    """The tokens, with each pair of adjacent apostrophes ("''") merged into one quote mark."""
    if _DOUBLE_APOSTROPHE not in text:
        return tokens
    merged: list[Token] = []
    for token in tokens:
        if token.text == "'" and merged and merged[-1].text == "'" and merged[-1].end == token.start:
            first = merged.pop()
            token = Token(_DOUBLE_APOSTROPHE, _DOUBLE_APOSTROPHE, first.start, token.end)
        merged.append(token)
    return merged


def _cue_end(tokens: list[Token], verb: _Verb) -> int:
    """Last token of the cue, by PolNeAR's convention: a colon that opens the quote ("said:") joins it;
    a closing "that" or "as" of the lexicon phrase ("were frustrated that", "described as") does not."""
    m = verb.match
    last = m.last
    if last > m.first and tokens[last].norm in _CUE_TRAILERS:
        last -= 1
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is not None and after.text == ":":
        return last + 1
    return last


def _speaker_calls(before: Token, after: Token) -> bool:
    """Is "called" after a noun for a speaker a call that judges ("a spokesman called it a fabrication")?
    A thing that is named ("a website called 'National Report'", "a group called Tidewatch") only names."""
    entry = lexicon("sources").get(before.norm)
    if entry is None:
        return False
    named = after.text[:1].isupper() or after.text in _OPEN_QUOTES
    return not (named and entry.category in _NAMED_THINGS)


# Source categories of things that are given names ("a website called …", "a report called …").
_NAMED_THINGS = frozenset(["organization", "document", "recording"])


def _names_a_thing(tokens: list[Token], verb: _Verb) -> bool:
    """A naming verb that gives a name, not a claim: "a stream called Mill Run", "the program, called X,",
    "what he called a disgrace" (PolNeAR leaves these out), or a phone call ("called in to the show")."""
    m = verb.match
    if tokens[m.first].norm not in _NAMING_VERBS or m.first != m.last:
        return False
    before = tokens[m.first - 1] if m.first > 0 else None
    after = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if after is not None and after.norm in ("in", "into"):
        return True
    if before is None or verb.first != m.first:
        return False
    if before.text == ",":
        # "The program, called X": a participle, unless the comma closes an apposition ("Ana Ruiz, an aide, called").
        window = tokens[max(0, m.first - 1 - MAX_APPOSITION_TOKENS) : m.first - 1]
        return not any(t.text == "," for t in window)
    if (
        _form(tokens[m.first]) == "past"
        and before.text.islower()
        and before.norm not in _PRONOUNS
        and before.norm not in _SKIP_BEFORE_VERB
        and after is not None
        and (_is_word(after) or after.text in _OPEN_QUOTES)
        and not _speaker_calls(before, after)  # "a spokesman called it a fabrication"
        and any(tokens[k].norm in ("a", "an") for k in range(max(0, m.first - 1 - NAMED_NOUN_REACH), m.first - 1))
    ):
        return True  # "a stream called Mill Run", "a high-tech machine called LUCAS 2", "an agent called muscimol"
    k = _skip_back(tokens, m.first)
    j = k - 1
    while j >= 0 and k - j <= MAX_SKIPPED and _is_word(tokens[j]) and tokens[j].norm != "what":
        j -= 1
    return j >= 0 and tokens[j].norm == "what"


def _nested(
    tokens: list[Token], source: _Source | None, previous: _Source | None, previous_cue_end: int, verb: _Verb
) -> bool:
    """A subject inside another cue's complement: a pronoun right after it ("said she plans", "says that he
    thinks"), or any subject of a view, a question or a modal verb ("said Obama hopes", "said the lawyer
    would not answer"): what the first source says, which PolNeAR rarely annotates as an attribution."""
    if source is None or previous_cue_end < 0:
        return False
    first, last = source.span
    if first <= previous_cue_end:
        return False  # the source of "… and added" or "…, saying" is the earlier one
    if previous is not None and first <= previous.span[1] and previous.span[0] <= last:
        return False  # the same speaker ("Lamenting the delay, Ms. Hale … asked"): not inside what was said
    after = verb.match.last + 1
    if tokens[first - 1].text == "," and (after >= len(tokens) or tokens[after].text in (".", "!", "?")):
        return False  # a closing frame ("…, Analysts Predict", "…, critics fear."): it governs what came before
    if verb.strength in _NESTED_VIEWS or any(t.norm in _MODALS for t in tokens[verb.first : verb.match.first]):
        return True
    if verb.strength not in _NESTED_STRENGTHS:
        return False
    between = tokens[previous_cue_end + 1 : first]
    if first != last or tokens[first].norm not in _PRONOUNS:
        return len(between) <= 1 and all(t.norm == "that" for t in between)  # "noted that Trump also supported"
    return len(between) <= 2 and all(t.norm in _NESTED_GAP for t in between)


def _reports_a_proposition(tokens: list[Token], verb: _Verb) -> bool:
    """Does an agentless passive attribute a proposition: impersonal ("it was announced that"), with a
    clause or quote after it ("is said to", "was reported that"), or a verb whose passive reports its
    subject ("was reported missing", "is alleged")? "Messages were posted on Sunday" and "the results
    were announced" are events the text states, not attributions."""
    m = verb.match
    if m.entry.name in _PROPOSITION_PASSIVES:
        return True
    after = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if after is not None and _ACCUSATION_PASSIVES.get(m.entry.name) == after.norm:
        return True
    if after is not None and (after.norm in _COMPLEMENT_OPENERS or after.text in _QUOTES):
        return True
    subject = _skip_back(tokens, verb.first)
    return subject >= 0 and tokens[subject].norm in ("it", "this")


def _passive(tokens: list[Token], verb: _Verb) -> bool:
    """ "was reported", "has been confirmed": a past participle behind a form of "be"."""
    if _form(tokens[verb.match.first]) != "past" or tokens[verb.match.last].norm == "that":
        return False  # "were frustrated that": a predicate adjective with its clause, not a passive
    if any(t.norm in _BE for t in tokens[_skip_back(tokens, verb.match.first) + 1 : verb.match.first]):
        return True
    m = verb.match
    return (
        _after_passive_conjunct(tokens, m.first)
        or _participle_with_agent(tokens, m.first, m.last)
        or _headline_participle(tokens, m)
    )


_NOT_A_NOUN = _SKIP_BEFORE_VERB | _BE | _PRONOUNS  # before a participle: an auxiliary, adverb or subject
# What follows a headline's bare passive participle ("Cheese blamed for …", "Mayor accused of …", "Striker
# praised after …"); "a"/"an" only after verbs that name what one is ("Guard hailed a hero", "branded a liar").
_HEADLINE_PASSIVE_FOLLOWERS = frozenset("for of over as with after amid".split())
_NAMING_AS = frozenset("hailed branded dubbed labelled labeled".split())


def _headline_participle(tokens: list[Token], m: Match) -> bool:
    """Is ``m`` a headline's passive with its "is" dropped ("Cheese blamed for broken ankles", "Guard hailed a
    hero", "Mayor accused of fraud")? A headline has no final stop; the participle follows its noun and a
    passive's complement follows it. Neutral reporting and confirming verbs are left active."""
    if m.first == 0 or m.last + 1 >= len(tokens) or tokens[-1].text in (".", "!", "?", '"', "”"):
        return False
    if m.entry.category in ("assert", "confirm"):
        return False  # "Minister warned of risks", "Army confirmed as …": a report more often than a passive
    k = _skip_back(tokens, m.first)  # "Shop Also Planned for London"
    if k < 0:
        return False
    before, after = tokens[k], tokens[m.last + 1].norm
    if not before.text[:1].isalnum() or before.norm in _NOT_A_NOUN or _form(tokens[m.first]) != "past":
        return False
    return after in _HEADLINE_PASSIVE_FOLLOWERS or (after in ("a", "an") and tokens[m.first].norm in _NAMING_AS)


def _participle_with_agent(tokens: list[Token], first: int, last: int) -> bool:
    """ "a move welcomed by industry leaders", "a figure confirmed by police": a participle after its noun
    with the agent after it; the agent is the source, the noun is no subject. "As reported by Reuters" and
    "as stated in the filing" name the source after "by" or "in"."""
    if first == 0 or last + 2 >= len(tokens) or _form(tokens[first]) != "past":
        return False
    before, after = tokens[first - 1], tokens[last + 1].norm
    if before.norm == "as":
        return after in _AS_SOURCE_PREPOSITIONS
    return (
        after == "by"
        and before.text.isalpha()
        and before.text.islower()
        and before.norm not in _NOT_A_NOUN
        and _form(tokens[last + 2]) != "ing"  # "the coach replied by telling them": a manner, no agent
    )


_AS_SOURCE_PREPOSITIONS = frozenset({"by", "in"})


def _names_a_publication(tokens: list[Token], phrase: tuple[int, int]) -> bool:
    """ "as stated in the report", "as reported in the Gazette": after "in", a document or an outlet is
    the source; a time or place ("as planned in March") is not."""
    return source_type_of(tokens[phrase[0] : phrase[1] + 1]) in ("document", "organization")


# What follows a passive participle where an active verb would take its object: "charged with", "told to".
_PASSIVE_COMPLEMENTS = frozenset("to with of by for in on at".split())


def _after_passive_conjunct(tokens: list[Token], index: int) -> bool:
    """Is the participle at ``index`` joined by "and" to a passive before it in its clause ("was arrested
    and charged with murder", "was summoned to the office and told to …")? It shares that "be"."""
    k = _skip_back(tokens, index)
    if k < 1 or tokens[k].norm not in _COORDINATORS:
        return False
    if index + 1 >= len(tokens) or tokens[index + 1].norm not in _PASSIVE_COMPLEMENTS:
        return False  # "was questioned and said nothing": an object follows an active verb
    for j in range(k - 1, max(0, k - 1 - MAX_SOURCE_TOKENS), -1):
        token = tokens[j]
        if not _is_word(token):
            return False
        if token.norm in _BE:
            after = _skip_forward(tokens, j + 1)
            return after < k and _form(tokens[after]) == "past"
    return False


def _skip_forward(tokens: list[Token], index: int) -> int:
    """Index of the first token from ``index`` on that is not an adverb ("was quickly arrested")."""
    while index < len(tokens) and _before_verb(tokens[index]) and tokens[index].norm not in _BE:
        index += 1
    return index


# Marks that may close a sentence after its last word.
_SENTENCE_END_CHARS = ".!?\"'”’»)"


def _frames_sentence(text: str, a: Attribution, end: int, comma: int) -> bool:
    """A reporting frame after the sentence's last comma (at ``comma``) that ends it (at ``end``):
    "…, says X." or "…, X said."."""
    if a.cue_span is None or a.source_span is None:
        return False
    first = min(a.cue_span.start, a.source_span.start)
    last = max(a.cue_span.end, a.source_span.end)
    # Only quote marks between the comma and the frame: "…, and the council agreed" is a clause.
    return last >= end and 0 < comma < first and not text[comma + 1 : first].strip(" \"'”’")


def main_attribution(text: str, attributions: list[Attribution]) -> Attribution | None:
    """The attribution that governs the claim: outside quotes, finite verb, first."""
    if not attributions:
        return None
    marks = _quote_marks(text)

    end = len(text.rstrip().rstrip(_SENTENCE_END_CHARS))
    comma = text.rfind(",", 0, end)

    def rank(a: Attribution) -> tuple[int, ...]:
        start = a.cue_span.start if a.cue_span else 0
        return (
            bisect_left(marks, start) % 2,  # an odd number of quote marks before it: inside a quote
            not _frames_sentence(text, a, end, comma),  # "…, says Rickicki.": it frames every cue before it
            a.cue_strength == "other",  # "called", "praised": an attribution, but not of the claim
            a.cue.lower().endswith("ing"),
            a.source_span is None,
            start,
        )

    # A cue is never inside its own source: a single attribution needs no test.
    nested = _within_spans([a.source_span for a in attributions if a.source_span]) if len(attributions) > 1 else None
    governing = [
        a
        for a in attributions
        if not _in_relative_clause(text, a)
        and not _in_adverbial_clause(text, a)
        and not _gerund_adjunct(text, a)
        and not _trailing_attitude(text, a)
        and not _on_the_subject(text, a)
        and not (nested and nested(a.cue_span))
    ]
    return min(governing, key=rank) if governing else None


def _within_spans(spans: list[Span]) -> Callable[[Span | None], bool]:
    """A test of whether a span lies inside one of ``spans`` (a cue inside another attribution's source:
    "the woman who found the body told police"), by bisection over the spans sorted by start, each with
    the furthest end reached so far: linear-logarithmic however many attributions a text holds."""
    ordered = sorted((s.start, s.end) for s in spans)
    starts = [start for start, _ in ordered]
    furthest = list(itertools.accumulate((end for _, end in ordered), max))

    def within(span: Span | None) -> bool:
        if span is None:
            return False
        k = bisect_right(starts, span.start)
        return k > 0 and furthest[k - 1] >= span.end

    return within


# The words before a source that opens a relative clause: "everything that anyone …", ", which officials …".
_RELATIVE_OPENING = re.compile(r"([\w'’]+)(,?)\s+(?:that|which|whom)\s+$", re.IGNORECASE)


def _in_relative_clause(text: str, a: Attribution) -> bool:
    """Is the source the subject of a relative clause ("the bridge that engineers said was safe", "the report,
    which officials said leaked")? Its verb qualifies a noun, not the claim. "said that officials claimed"
    is a complement: the word before "that" reports."""
    if a.source_span is None:
        return False
    if _inside_nonrestrictive_relative(text, a):
        return True
    before = _RELATIVE_OPENING.search(text, max(0, a.source_span.start - 40), a.source_span.start)
    if before is None:
        return False
    return bool(before.group(2)) or lexicon("reporting_verbs").get(normalize(before.group(1))) is None


# A subordinator right before a source, after a main clause: "… as the militants blast towns", "… after the
# firm said profits would fall".
_ADVERBIAL_OPENING = re.compile(
    r"\b(as|while|because|when|whenever|after|before|since|although|though|whereas|until|unless|if)\s+$", re.IGNORECASE
)
_MAIN_CLAUSE_AFTER = re.compile(r",\s+\w")  # a comma and a word after it: the main clause after an opening one
_FRAME_CLOSE = re.compile(r"\s*(?:[,.;:!?)”\"'’]|$)")


# Words before a relative pronoun that leave it on the sentence's subject ("The woman who", "A local man who").
SUBJECT_RELATIVE_WORDS = 4
SUBJECT_RELATIVE_CHARS = 120  # no four words before the pronoun reach further
# Participles of the actor's own state of mind; "suggesting", "indicating" draw an inference that is the claim
# ("…, suggesting that the drug may work").
_ATTITUDES = frozenset(
    "hoping fearing believing thinking expecting wanting worrying suspecting feeling trusting reckoning knowing".split()
)


def attitude_clauses(text: str, attributions: list[Attribution]) -> list[tuple[int, int]]:
    """The character spans of the participle clauses of belief or hope beside the main clause
    (``_trailing_attitude``): "hoping she would see", "Believing the storm would pass". What they hedge is
    the subject's reason, not the claim."""
    spans = []
    for a in attributions:
        if _trailing_attitude(text, a):  # it has a source and a cue
            opening = a.source_span.start > a.cue_span.end
            end = text.rfind(",", a.cue_span.end, a.source_span.start) if opening else len(text)
            spans.append((a.cue_span.start, end))
    return spans


def _on_the_subject(text: str, a: Attribution) -> bool:
    """Is the source the relative pronoun of a clause on the sentence's subject ("Woman Who Claimed To Have
    Surgery Exposed As Hoaxer", "A man who said he saw the crash was arrested")? The claim is the main
    predicate's; "…, led by Ana Roe, who said …" reports what she said."""
    if a.source_span is None or a.source_span.text.lower() not in ("who", "which"):
        return False
    if a.source_span.start > SUBJECT_RELATIVE_CHARS:
        return False  # far into the sentence: bounded, so each claim's attributions are checked in linear time
    before = text[: a.source_span.start]
    return "," not in before and len(before.split()) <= SUBJECT_RELATIVE_WORDS


def _trailing_attitude(text: str, a: Attribution) -> bool:
    """Is the attribution a participle of belief or hope set off by a comma from its subject's own clause
    ("He set them off anyway, hoping she would see", "Fearing a crash, investors sold")? It says why the
    subject acted; the claim is the act. A report ("…, saying …") still governs what it says."""
    if a.source_span is None or a.cue_span is None:
        return False
    words = [w for w in a.cue_span.text.lower().split() if w not in ("not", "never")]  # ", not knowing"
    if not words or words[0] not in _ATTITUDES:
        return False
    before = _last_char_before(text, a.cue_span.start)
    if a.source_span.start > a.cue_span.end:  # "Fearing a crash, investors sold": the participle opens it
        return before < 0 and "," in text[a.cue_span.end : a.source_span.start]
    return before > a.source_span.end and text[before] == ","


def _last_char_before(text: str, index: int) -> int:
    """The index of the last character before ``index`` that is no space or opening quote, or -1."""
    k = index - 1
    while k >= 0 and text[k] in " \t\n\"“'‘(":
        k -= 1
    return k


def _in_adverbial_clause(text: str, a: Attribution) -> bool:
    """Is the source the subject of an adverbial clause beside the main clause ("bombs fall as the militants
    blast towns", "shares fell after the firm said profits would drop", "When Clinton noted that …, Trump
    boasted")? It reports no part of the claim. "…, as the mayor said." frames the claim: nothing follows
    its verb."""
    if a.source_span is None or a.cue_span is None:
        return False
    opening = _ADVERBIAL_OPENING.search(text, max(0, a.source_span.start - 12), a.source_span.start)
    if opening is None:
        return False
    framing = opening.group(1).lower() == "as"
    if not text[: opening.start()].strip(" \"“”'‘’("):
        # "When Clinton noted that …, Trump boasted": the main clause follows the comma; "As officials said,
        # …" frames it.
        return not framing and _MAIN_CLAUSE_AFTER.search(text, a.cue_span.end) is not None
    return not (framing and _FRAME_CLOSE.match(text, a.cue_span.end))


# A reporting gerund after a preposition, with the word before the preposition: "won praise by saying".
_GERUND_ADJUNCT = re.compile(rf"(?:(\w+)\s+)?(?:{'|'.join(sorted(_REPORTING_PREPOSITIONS))})\s+$", re.IGNORECASE)
# Verbs whose "by"-gerund is what the source did: "began by saying", "responded by saying".
_MANNER_OF_SPEAKING = frozenset(
    "began begins begin started starts start opened opens responded responds replied replies reacted reacts "
    "answered answers followed follows".split()
)


def _gerund_adjunct(text: str, a: Attribution) -> bool:
    """Is the cue a gerund in an adjunct beside the main clause ("After saying the pier was safe, the master
    left", "won praise by saying …")? What it reports is not the claim, unless the main verb is one of
    beginning or responding, whose "by" gives the act itself ("began by saying the bridge would reopen")."""
    if a.cue_span is None or not a.cue.lower().endswith("ing"):
        return False
    before = _GERUND_ADJUNCT.search(text, max(0, a.cue_span.start - 24), a.cue_span.start)
    if before is None:
        return False
    return (before.group(1) or "").lower() not in _MANNER_OF_SPEAKING


# A relative pronoun after a comma as the source, and a comma after its cue that the main clause's
# lowercase verb follows: "The mayor, who said the vote failed, resigned."
_NONRESTRICTIVE_PRONOUN = re.compile(r",\s*(?:who|which)$", re.IGNORECASE)
_CLAUSE_CONTINUES = re.compile(r",\s*[a-z]")


def _inside_nonrestrictive_relative(text: str, a: Attribution) -> bool:
    """Is the attribution a relative clause set off by commas inside the sentence, whose main clause goes
    on after it? What it reports is a part of the subject's description, not the claim."""
    if a.source_span is None or a.cue_span is None:
        return False
    if not _NONRESTRICTIVE_PRONOUN.search(text, max(0, a.source_span.start - 3), a.source_span.end):
        return False
    comma = text.find(",", a.cue_span.end)
    return comma >= 0 and _CLAUSE_CONTINUES.match(text, comma) is not None


def reporting_cues(attributions: list[Attribution]) -> list[Cue]:
    """The reporting cue of each attribution, as cues for the feature counts."""
    return [
        Cue(a.cue_span.text, a.cue_span.start, a.cue_span.end, "reporting", a.cue_strength, 1.0, a.cue_strength)
        for a in attributions
        if a.cue_span is not None
    ]
