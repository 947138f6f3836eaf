"""All cues of a claim, and the numeric features counted from those same cues."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate
from operator import attrgetter

from features.attribution import attitude_clauses, find_attributions, main_attribution, reporting_cues
from features.common import (
    BELIEF_PARTICIPLES,
    BELIEVED_STATES,
    DETERMINERS,
    FIRST_PERSON_SUBJECTS,
    first_past_gap,
    is_headline_shaped,
    is_past_form,
    word_within,
)
from features.evidence import evidence_cues
from features.hedging import hedge_cues
from features.lexicon import find_each, lexicon
from features.modality import QUESTION_WEIGHT, modal_cues
from features.negation import AUXILIARIES, negates, negation_cues
from features.tokens import NORM, Token, is_title_case, tokenize
from features.types import Attribution, Cue, Span

__all__ = ["ClaimCues", "analyze", "cue_features", "is_headline_shaped"]

# What a cue makes of the content, for the source × content interaction features;
# categories first, then kinds. Approximators, cues inside the source phrase and
# negated hedges are left out: they do not weaken the claim.
_CONTENT_CLASS = {
    "approximator": None,
    "in_source": None,
    "distanced": None,
    "subordinate": None,
    "negated": None,
    "refusal": None,
    "unknown": "unknown",
    "question": "question",
    "rhetorical": None,
    "in_question": None,
    "mentioned": None,
    "future": "future",
    "headline_future": "future",
    "scalar": None,
    "contrast": None,
    "modal": "possible",
    "conditional": "possible",
    "epistemic_verb": "possible",
    "distancing": "distance",
    "hearsay": "distance",
    "impersonal_passive": "distance",
    "double_negation": "double_negation",
    "denial": "denial",
    "negation": "negation",
    "evidence": "evidence",
    "booster": "evidence",
}
# Words that open a relative or adverbial clause: a hedge, modal or negator inside one qualifies a
# side clause, not the claim ("the guru who said they could meet God is under investigation").
# "that" is left out: after a reporting verb it opens the claim itself.
_SUBORDINATORS = frozenset(
    "who whom whose which where because amid while whereas although though after before when whenever until "
    "unless lest believing hoping fearing".split()
)
# "so" opens a clause of purpose when a subject or "that" follows it and no comma precedes it ("adopts a
# boy so he won't turn into a werewolf"); after a comma it gives a result the text asserts ("…, so they left").
_PURPOSE_SO = "so"
_PURPOSE_FOLLOWERS = frozenset("that he she it they we you i the a an his her their its our my your".split())
_NOT_BEFORE_PURPOSE = frozenset("and or but not just even".split())  # "and so the story goes": a result
# A relative clause on the subject ("the man who was arrested is …") ends at the main clause's copula.
_RELATIVE_PRONOUNS = frozenset(["who", "which"])
_MAIN_COPULAS = frozenset("is are was were isn't aren't wasn't weren't".split())
# Modals that take the main clause after a relative clause on the subject, unless a subject of their own
# stands right before them (a clause inside the relative one: "who said he may resign").
_MODALS = frozenset("may might can could will would should must shall".split())
_MODAL_SUBJECTS = frozenset("i you he she it we they that there".split()) | _RELATIVE_PRONOUNS
# Punctuation that closes a side clause ("After the vote, prices could rise": the modal is in the main clause).
_CLAUSE_CLOSERS = frozenset([",", ";", ":", "—", "–", "(", ")"])
# What opens a new coordinated clause: a semicolon or dash, or a conjunction after a comma.
_CHUNK_BREAKS = frozenset([";", "—", "–"])
_CHUNK_CONJUNCTIONS = frozenset("and but while although though whereas yet so".split())
# Words before a word naming a claim that make it what the claim answers ("despite rumours", "asked about
# the reports"), searched this many tokens back over its modifiers.
_ANSWER_FRAMES = frozenset(
    "despite after notwithstanding regarding amid answering answered addressing investigating examining "
    "rebuttal".split()
)
# A preposition and the word before it that make what follows answered ("said of the allegation", "no truth in").
_ANSWERING_PREPOSITIONS = frozenset(
    [
        ("of", "said"),
        ("of", "says"),
        ("of", "saying"),
        ("in", "truth"),
        ("to", "truth"),
        ("to", "rebuttal"),
        ("to", "contrary"),
        ("about", "asked"),
        ("about", "questioned"),
        ("about", "pressed"),
    ]
)
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
_RESPONDING = frozenset("respond responds responded responding response reply replies replied replying".split())
ANSWER_FRAME_REACH = 4
# Words after a word naming a claim that open its content ("rumours that", "speculation as to", "reports of").
_CONTENT_OPENERS = frozenset("that as whether of".split())
CONTENT_OPENER_REACH = 2
# The longest content of a word naming a claim, in tokens, searched for the closer that ends it.
CONTENT_REACH = 40
# A negator this many tokens before a word naming a claim answers it ("there is no truth whatsoever to these
# claims"); farther off it negates something else, unless the word is set off by a comma after the negated
# clause, this many tokens back at most.
NEGATED_WORD_REACH = 6
APPOSITION_REACH = 6
# Verbs whose complement clause may open without "that", so a claim word right after them is its subject.
_CLAUSE_VERBS = frozenset(
    "say says said saying insist insists insisted insisting argue argues argued arguing add adds added".split()
)
# Tokens between a clause's start and its subject, a word naming a claim ("that the study's central claim").
SUBJECT_REACH = 4
# What a negated predicate of a claim says when it refutes the claim ("Claims that … are not supported",
# "the story does not hold up", "the reports have no basis"); "the report was not released until Monday"
# and "the claims were not made public" say something of a document or a statement, not of its truth.
_TRUTH_PREDICATES = frozenset(
    "true accurate correct right real supported backed borne substantiated corroborated proven proved credible "
    "founded grounded based hold holds stand stands add adds match matches survive survives basis foundation "
    "truth merit substance case".split()
)
# Words between the negator and the truth predicate ("is not entirely accurate", "has not been borne out").
_TRUTH_GAP = frozenset(
    "be been being is was are were have has had always entirely quite wholly fully necessarily yet the".split()
)
TRUTH_GAP_REACH = 3
# Cue kinds whose scope matters; reporting and evidence cues, and question marks, are kept as found.
_SCOPED_KINDS = frozenset(["hedge", "modal", "negation"])
# Cues that do not bear on the claim: counted by category only, never under their own word.
_OUT_OF_SCOPE = frozenset(
    ["in_source", "distanced", "subordinate", "negated", "rhetorical", "refusal", "in_question", "mentioned"]
)
# Counts above this add nothing: three hedges hedge as much as ten.
MAX_COUNT = 3.0
_QUOTE_CHARS = '"“”«»'
_OPENING_QUOTES = '"“«'
# Words after which a quotation is a name or a slogan, mentioned rather than claimed ("the slogan “Don't Look
# Back”", "a film called “No Time to Die”"); after a determiner it must modify a noun ("the “hands up, don't
# shoot” gesture", "a “not guilty” plea"): "a “misleading use of statistics”" quotes what a source said.
_NAMING_WORDS = frozenset(
    "slogan slogans motto sign signs banner banners placard placards title titled entitled headlined film movie "
    "song album book novel memoir poem podcast documentary programme program video series hashtag chant "
    "campaign catchphrase phrase term reading nicknamed".split()
)  # not "called", "dubbed", "branded", "labelled": "called “rubbish” by his publicist" is a verdict
_MENTION_DETERMINERS = DETERMINERS - {"that"}  # "said that “nothing will change”" quotes the claim
# Words after a quotation that show it does not modify a noun: conjunctions, prepositions, copulas.
_NOT_A_HEAD = frozenset("and or but nor as than for to in on at by of with from that which who is are was were".split())
# The longest quotation read as a mention, in tokens.
MAX_MENTION_TOKENS = 10
# The lexicons of the cue extractors, matched together in one pass over a claim's tokens.
_CUE_LEXICONS = ("hedges", "modality", "negation", "evidence")
# The order of a claim's cues: by position, then kind.
_POSITION = attrgetter("start", "end", "kind")


@dataclass(frozen=True, slots=True)
class ClaimCues:
    """Everything the extractors found in one claim."""

    cues: tuple[Cue, ...]
    attribution: Attribution | None
    attributions: tuple[Attribution, ...]
    title_case: bool
    # The claim's tokens, kept so the model's word n-grams need not tokenize again.
    tokens: tuple[Token, ...] = field(default=(), repr=False, compare=False)


def side_clause_starts(tokens: list[Token]) -> list[int]:
    """Start offsets of the tokens that sit inside a relative or adverbial clause (one linear pass).
    A relative clause on the subject ends at the main verb "is"/"was" after its own verb: in "the trader
    who made millions is a rumour" the rumour is the claim's."""
    starts: list[int] = []
    norms = set(map(NORM, tokens))
    if _SUBORDINATORS.isdisjoint(norms) and _PURPOSE_SO not in norms and BELIEF_PARTICIPLES.isdisjoint(norms):
        return starts
    inside = False
    on_subject = False  # inside a relative clause opened before any main verb
    own_verb = False  # the relative clause has had its verb
    main_verb_seen = False
    previous = ""
    reported = False  # the relative clause reports a clause of its own ("who said patients could fly")
    for k, token in enumerate(tokens):
        norm = token.norm
        if on_subject and own_verb and (norm in _MAIN_COPULAS or _believed_state(tokens, k)):
            inside = on_subject = False  # "The leader who ordered the raid is …", "… believed killed"
        elif on_subject and norm in _MODALS and not reported and previous not in _MODAL_SUBJECTS:
            inside = on_subject = False  # "Those who go on a diet may be at risk"; "who said he may" stays inside
        previous = norm
        reported = reported or (on_subject and (norm == "that" or lexicon("reporting_verbs").get(norm) is not None))
        if _belief_aside(tokens, k):
            inside, on_subject = True, False
            starts.append(token.start)  # the participle is the aside's hedge
        elif norm in _SUBORDINATORS or _opens_purpose(tokens, k):
            inside = True
            on_subject = norm in _RELATIVE_PRONOUNS and not main_verb_seen
            own_verb = reported = False
        elif token.text in _CLAUSE_CLOSERS:
            inside = on_subject = False
        elif inside:
            starts.append(token.start)
            own_verb = own_verb or norm in _MAIN_COPULAS or is_past_form(norm)
        elif norm in _MAIN_COPULAS:
            main_verb_seen = True
    return starts


def _believed_state(tokens: list[Token], k: int) -> bool:
    """Is token ``k`` a bare participle of belief before a state ("believed killed"): a headline's main verb?"""
    return tokens[k].norm in BELIEF_PARTICIPLES and k + 1 < len(tokens) and tokens[k + 1].norm in BELIEVED_STATES


def _belief_aside(tokens: list[Token], k: int) -> bool:
    """Does a belief about a state open an aside after a comma ("The painting, thought lost for decades,
    was found")? Like a relative clause, it describes the subject."""
    return k > 0 and tokens[k - 1].text == "," and _believed_state(tokens, k)


def _opens_purpose(tokens: list[Token], k: int) -> bool:
    """Is the "so" at ``k`` the start of a clause of purpose ("so he won't", "so that children would not")?"""
    return (
        tokens[k].norm == _PURPOSE_SO
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].text[:1].isalnum()
        and tokens[k - 1].norm not in _NOT_BEFORE_PURPOSE
        and tokens[k + 1].norm in _PURPOSE_FOLLOWERS
    )


def _in_side_clause(cue: Cue, side: set[int]) -> bool:
    return cue.start in side and cue.kind in _SCOPED_KINDS and cue.category not in ("question", "in_source")


def _discredits(cue: Cue, main: Attribution, tokens: list[Token]) -> bool:
    """Does a falsity or distancing word in a document source call what it says false or unproven ("Hoax
    Report Claims …", "Unverified video shows …", "Purported footage shows …")? It keeps its weight; in a
    person's name or role ("the fake doctor said", "the alleged victim said") it does not, nor in the
    source's complement, which names its topic ("a study of fake reviews found")."""
    if cue.category not in _DISCREDITING or main.source_type not in ("organization", "document"):
        return False
    if cue.category == "distancing" and main.source_type == "organization":
        return False  # "Satirical site warns …", "a fake news site says": an outlet of falsehoods; not "alleged"
    return not any(t.norm in _COMPLEMENT_PREPOSITIONS for t in tokens if main.source_span.start <= t.start < cue.start)


# Prepositions that open the complement of a source's head noun ("a study of", "a report on").
_COMPLEMENT_PREPOSITIONS = frozenset("of on about into from by for".split())


def _distanced_document(main: Attribution) -> bool:
    """Is the source a document whose verb only claims ("Unverified footage shows", brought down by
    ``attribution._distanced``; "the dossier claims")? An evidence verb there is no evidence."""
    return main.source_type == "document" and main.cue_strength == "claim"


# Categories of words that, on a document cited as the source, bear on what it says.
_DISCREDITING = frozenset(["falsity", "distancing"])


def _within(cue: Cue, span: Span) -> bool:
    return span.start <= cue.start and cue.end <= span.end


def _relabel(cue: Cue, category: str) -> Cue:
    return Cue(cue.text, cue.start, cue.end, cue.kind, category, 0.0, cue.name)


def _scoped(
    cues: list[Cue], tokens: list[Token], main: Attribution | None, attitudes: list[tuple[int, int]]
) -> list[Cue]:
    """Lexicon cues re-labelled ``in_source`` inside the main source phrase and ``subordinate`` inside a
    side clause or a participle clause of belief or hope (``attitudes``: character spans)."""
    span = main.source_span if main else None
    if span:
        cues = [_relabel(c, "in_source") if _within(c, span) and not _discredits(c, main, tokens) else c for c in cues]
    if main is not None and main.cue_span is not None and _distanced_document(main):
        # "Unverified footage shows": the verb is no evidence when what shows it is itself unproven
        cues = [_relabel(c, "distanced") if c.kind == "evidence" and _within(c, main.cue_span) else c for c in cues]
    side = set(side_clause_starts(tokens))
    if attitudes:
        side.update(_starts_within(tokens, attitudes))
    if side:
        cues = [_relabel(c, "subordinate") if _in_side_clause(c, side) else c for c in cues]
    return cues


def _starts_within(tokens: list[Token], spans: list[tuple[int, int]]) -> list[int]:
    """Start offsets of the tokens inside any of ``spans``, over the spans' union: linear in the tokens."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [t.start for t in tokens]
    inside: list[int] = []
    for start, end in merged:
        inside.extend(starts[bisect_left(starts, start) : bisect_left(starts, end)])
    return inside


def clause_chunks(tokens: list[Token]) -> list[int]:
    """The index of the coordinated clause each token lies in: a new one opens after ";" or a dash, and at
    a conjunction after a comma ("…, and his absence has prompted speculation")."""
    chunks: list[int] = []
    chunk = 0
    for k, token in enumerate(tokens):
        if token.text in _CHUNK_BREAKS or (token.norm in _CHUNK_CONJUNCTIONS and k > 0 and tokens[k - 1].text == ","):
            chunk += 1
        chunks.append(chunk)
    return chunks


def _frames_an_answer(tokens: list[Token], k: int, denials: set[int]) -> bool:
    """Is the word naming a claim at token ``k`` what the whole claim answers? So it is after a denial
    ("rejecting her rival's claims"), after "despite", "asked about", "answering", "responding to", "said of",
    "no truth in", or in "X on the rumours:". ``denials``: the last tokens of denial cues."""
    colon_after = k + 1 < len(tokens) and tokens[k + 1].text == ":"
    for j in range(k - 1, max(-1, k - 1 - ANSWER_FRAME_REACH), -1):
        norm = tokens[j].norm
        before = tokens[j - 1].norm if j > 0 else ""
        if j in denials or norm in _ANSWER_FRAMES or (norm == "on" and colon_after):
            return True
        if (norm, before) in _ANSWERING_PREPOSITIONS or (norm == "to" and before in _RESPONDING):
            return True
        if not (tokens[j].text.isalpha() or norm.endswith(_POSSESSIVE_ENDINGS) or tokens[j].text in ("'", "’")):
            return False  # modifiers and possessors ("residents' accusations") are passed over
    return False


def _is_subject(tokens: list[Token], k: int) -> bool:
    """Is the word naming a claim at token ``k`` the subject of its clause ("Claims that … are not
    supported", "said the transfer reports were wrong", "that the study's central claim does not hold")?
    Only modifiers stand between it and the clause's start; "Fans traded rumours" is an object."""
    for j in range(k - 1, max(-1, k - 1 - SUBJECT_REACH), -1):
        token = tokens[j]
        if token.text in _CLAUSE_CLOSERS or token.text in _QUOTE_CHARS or token.norm == "that":
            return True
        if token.norm in _CLAUSE_VERBS:
            return True  # "said the transfer reports were wrong"; "repeated the claims" takes an object
        if is_past_form(token.norm) or token.norm.endswith("ing") or token.norm in AUXILIARIES:
            return False  # "Fans traded rumours", "There has been speculation": an object or a complement
        if not token.text[:1].isalnum():
            return False
    return k <= SUBJECT_REACH


def _determiner_no(tokens: list[Token], k: int) -> int | None:
    """The index of a "no" that determines the word naming a claim at ``k`` ("no reports", "no new
    claims"), at most one modifier between."""
    return word_within(tokens, (k - 1, k - 2), "no")


def _bears_on_truth(tokens: list[Token], k: int) -> bool:
    """Does a predicate of truth start at token ``k``, after at most TRUTH_GAP_REACH auxiliaries or
    adverbs ("not entirely accurate", "has not been borne out", "is not the case")?"""
    return first_past_gap(tokens, k, TRUTH_GAP_REACH + 1, _TRUTH_PREDICATES, _TRUTH_GAP) is not None


def _apposed(tokens: list[Token], k: int) -> bool:
    """Does the word naming a claim stand in a phrase set off by a comma after the negated clause ("… has
    not been stolen, a rumour that spread", "…, as an earlier version of this story stated")? A verb
    between makes it a clause of its own (", sharing the story")."""
    for j in range(k - 1, max(-1, k - 1 - APPOSITION_REACH), -1):
        token = tokens[j]
        if token.text == ",":
            return True
        if not token.text.isalpha() or token.norm.endswith("ing") or is_past_form(token.norm):
            return False
    return False


def _content_span(tokens: list[Token], answered: int) -> tuple[int, int] | None:
    """The tokens of what the word naming a claim at ``answered`` says ("speculation as to what he was or was
    not doing", "the rumour that, if not dead, he is close to it"): from its opening word to the first
    closer after it (a comma right after the opening word opens an aside), at most CONTENT_REACH tokens. A
    claim word that is its clause's subject has none here: a negator after it negates the claim about it
    ("Claims that … are not supported")."""
    if _is_subject(tokens, answered):
        return None
    reach = range(answered + 1, min(len(tokens), answered + 1 + CONTENT_OPENER_REACH))
    opener = next((j for j in reach if tokens[j].norm in _CONTENT_OPENERS), None)
    if opener is None:
        return None
    last = min(len(tokens), opener + CONTENT_REACH)
    closer = next((j for j in range(opener + 2, last) if tokens[j].text in _CLAUSE_CLOSERS), last)
    return opener, closer


def _answered_rebuttals(cues: list[Cue], tokens: list[Token], attributions: list[Attribution]) -> list[Cue]:
    """Rebuttal cues kept only outside every source phrase and reporting cue, and only where a negator of
    the claim (outside them, and not in a side clause) answers them: close before them in their coordinated
    clause (or anywhere before them there when a comma sets them off), after them when they are the
    clause's subject, or anywhere outside what they name when a frame makes them what the claim answers.
    In "the report has not confirmed" the report is a source, "did not confirm reports" withholds a
    confirmation, "X claims" is a verb, and "Kim has not been seen, and his absence prompted speculation"
    answers nothing. Each test is a bisection over the negators' positions: linear-logarithmic in all."""
    spans = sorted((span.start, span.end) for a in attributions for span in (a.cue_span, a.source_span) if span)
    span_starts = [start for start, _ in spans]
    furthest = list(accumulate((end for _, end in spans), max))
    side = set(side_clause_starts(tokens))
    index = {t.start: k for k, t in enumerate(tokens)}
    chunks = clause_chunks(tokens)
    chunk_start = {c: k for k, c in reversed(list(enumerate(chunks)))}
    chunk_end = {c: k + 1 for k, c in enumerate(chunks)}

    def in_report(cue: Cue) -> bool:
        """Does the cue overlap a source phrase or reporting cue (one starting before its end and reaching past
        its start)?"""
        k = bisect_left(span_starts, cue.end)
        return k > 0 and furthest[k - 1] > cue.start

    negators = sorted(index[c.start] for c in cues if negates(c) and c.start not in side and not in_report(c))
    ends = {t.end: k for k, t in enumerate(tokens)}
    denied = [c.end for c in cues if c.kind == "denial" and c.category != "rebuttal"]
    denied += [a.cue_span.end for a in attributions if a.cue_span and a.cue_strength == "deny"]  # "contradicting"
    denials = {ends[end] for end in denied if end in ends}

    def negator_in(lo: int, hi: int) -> bool:
        return bisect_left(negators, lo) < bisect_left(negators, hi)

    def answered(cue: Cue) -> bool:
        k = index[cue.start]
        if cue.name == "contrary to" or _frames_an_answer(tokens, k, denials):
            content = _content_span(tokens, k)
            if content is None:
                return bool(negators)
            return negator_in(0, content[0]) or negator_in(content[1], len(tokens))
        lo, hi = chunk_start[chunks[k]], chunk_end[chunks[k]]
        absent = _determiner_no(tokens, k)  # "There were no reports of injuries": none made, none refuted
        if absent is not None:
            return negator_in(max(lo, k - NEGATED_WORD_REACH), absent)
        if negator_in(max(lo, k - NEGATED_WORD_REACH), k) or (_apposed(tokens, k) and negator_in(lo, k)):
            return True
        first = bisect_left(negators, k + 1)
        return (
            _is_subject(tokens, k)
            and first < len(negators)
            and negators[first] < hi
            and _bears_on_truth(tokens, negators[first] + 1)
        )

    return [c for c in cues if c.category != "rebuttal" or (not in_report(c) and answered(c))]


def _reports_in_source(cues: list[Cue], main: Attribution | None) -> list[Cue]:
    """Reporting cues inside the main source phrase re-labelled ``in_source``: "Gill Rosenberg, Woman Feared
    Kidnapped By ISIS, Says She's Safe" is what she says, not a fear."""
    span = main.source_span if main else None
    if span is None:
        return cues
    return [_relabel(c, "in_source") if _within(c, span) else c for c in cues]


def _rhetorical_opener(cues: list[Cue]) -> list[Cue]:
    """An opening question the statement after it answers. A falsity word in it asks whether the story is
    true ("Real or hoax? Video shows …", "Fake or freak? Woman claims …"): it denies nothing, and the question
    is the claim's own. Otherwise its modals and hedges are the question's ("Would you eat it? Men keep a
    burger for 20 years"), not the claim's."""
    opener = next(c for c in cues if c.category == "rhetorical")
    if not any(c.category == "falsity" and c.end <= opener.start for c in cues):
        return [
            _relabel(c, "in_question") if c.kind in ("modal", "hedge") and c.end <= opener.start else c for c in cues
        ]
    asked = Cue(opener.text, opener.start, opener.end, opener.kind, "question", QUESTION_WEIGHT, opener.name)
    return [
        asked if c is opener else _relabel(c, "in_question") if c.category == "falsity" and c.end <= opener.start else c
        for c in cues
    ]


def _quoted_mentions(tokens: list[Token]) -> list[tuple[int, int]]:
    """Character spans of the quotations that name or cite a phrase rather than claim it: short, and opened
    right after a determiner or a naming word (``_NAMING_WORDS``, ``_MENTION_DETERMINERS``). A straight quote
    opens only where an even number of them stand before it ("a \"her\" and not" closes at the second)."""
    spans: list[tuple[int, int]] = []
    inside_straight = False
    k = 0
    while k < len(tokens):
        text = tokens[k].text
        opens = text in "“«" or (text == '"' and not inside_straight)
        if text == '"':
            inside_straight = not inside_straight
        close = _mention_close(tokens, k) if opens and k > 0 and _opens_a_mention(tokens, k) else None
        if close is not None:
            spans.append((tokens[k + 1].start, tokens[close - 1].end))
            inside_straight = False
            k = close
        k += 1
    return spans


def _mention_close(tokens: list[Token], quote: int) -> int | None:
    """The closing quote of the mention opened at ``quote``, if it closes soon enough and reads as one."""
    reach = range(quote + 1, min(len(tokens), quote + 2 + MAX_MENTION_TOKENS))
    close = next((j for j in reach if tokens[j].text in _QUOTE_CHARS), None)
    if close is None or close == quote + 1:
        return None
    return close if _named(tokens, quote) or _modifies_a_noun(tokens, quote, close) else None


def _opens_a_mention(tokens: list[Token], quote: int) -> bool:
    """Does the quotation opening at ``quote`` follow a determiner or a naming word (or one and a comma: "its
    slogan, “…”")?"""
    return _named(tokens, quote) or tokens[quote - 1].norm in _MENTION_DETERMINERS


def _named(tokens: list[Token], quote: int) -> bool:
    before = tokens[quote - 1]
    if before.text == "," and quote > 1:
        return tokens[quote - 2].norm in _NAMING_WORDS
    return before.norm in _NAMING_WORDS


def _modifies_a_noun(tokens: list[Token], quote: int, close: int) -> bool:
    """Does the quotation from ``quote`` to ``close`` modify the noun after it ("the “hands up, don't shoot”
    gesture")? Not a one-word scare quote ("a “satirical” website" is the author's emphasis), nor one that
    ends in punctuation ("the “high eight figures,” but …") or before a function word ("… country” and")."""
    if close - quote < 3 or close + 1 >= len(tokens) or not tokens[close - 1].text[:1].isalnum():
        return False
    after = tokens[close + 1]
    return after.text[:1].isalnum() and after.norm not in _NOT_A_HEAD


def _unmentioned(cues: list[Cue], mentions: list[tuple[int, int]]) -> list[Cue]:
    """Hedge, modal, negation and evidence cues inside a mentioned quotation re-labelled ``mentioned``."""
    return [
        _relabel(c, "mentioned")
        if c.kind != "reporting" and any(s <= c.start and c.end <= e for s, e in mentions)
        else c
        for c in cues
    ]


def analyze(text: str, *, inside_quote: bool = False) -> ClaimCues:
    """Run every extractor on one claim; cues inside the source phrase are re-labelled ``in_source``.
    ``inside_quote``: the claim starts inside a quotation opened before it (``quote_openings``)."""
    tokens = tokenize(text)
    title = is_title_case(tokens)
    attributions = find_attributions(text, tokens, title, inside_quote=inside_quote)
    main = main_attribution(text, attributions)
    hedges, modals, negations, evidence = find_each(_CUE_LEXICONS, tokens)
    found = hedge_cues(text, tokens, hedges) + modal_cues(text, tokens, modals)
    found += negation_cues(text, tokens, negations) + evidence_cues(text, tokens, evidence)
    if any(c.category == "rebuttal" for c in found):
        found = _answered_rebuttals(found, tokens, attributions)
    if any(c.category == "rhetorical" for c in found):
        found = _rhetorical_opener(found)
    if found:
        found = _scoped(found, tokens, main, attitude_clauses(text, attributions))
    if found and any(map(text.__contains__, _OPENING_QUOTES)):
        found = _unmentioned(found, _quoted_mentions(tokens))
    found += _reports_in_source(reporting_cues(attributions), main)  # otherwise kept as found
    found.sort(key=_POSITION)
    return ClaimCues(tuple(found), main, tuple(attributions), title, tuple(tokens))


def decision_rule(content_kinds: set[str], strength: str, source: str, question: bool) -> str:
    """The first step of the annotation guideline's decision order that the cues trigger.

    Question, then denial, then speculation, then confirmation, then distance, then neutral report,
    then a flat statement (seeds/ANNOTATION.md); a negation beside a report or statement is marked,
    since whether it refutes depends on what it answers.
    """
    if question:
        return "question"
    if "denial" in content_kinds or strength == "deny":
        return "denial"
    if content_kinds & {"possible", "future", "unknown", "question"} or strength in ("suggest", "question"):
        return "speculation"
    if "evidence" in content_kinds or strength == "confirm":
        return "confirmation"
    if "distance" in content_kinds or strength == "claim" or source.startswith("anonymous"):
        return "distance"
    step = "report" if strength not in ("none", "") else "statement"
    return f"{step}+negation" if "negation" in content_kinds else step


def cue_features(text: str, analysis: ClaimCues | None = None, *, inside_quote: bool = False) -> dict[str, float]:
    """Feature name → value for one claim, counted from its cues and attribution. ``inside_quote``: the
    claim is a sentence of a quotation begun before it, quoted even where it carries no quote mark."""
    analysis = analysis or analyze(text, inside_quote=inside_quote)
    names: list[str] = []
    add = names.append
    main = analysis.attribution
    main_cue = main.cue_span.start if main and main.cue_span else -1
    content_kinds: set[str] = set()
    for cue in analysis.cues:
        if cue.kind == "reporting":
            if cue.start != main_cue:
                add(f"reporting_other:{cue.category}")
            continue  # the main reporting cue is counted once, as verb:<strength>
        add(f"{cue.kind}:{cue.category}")
        if cue.category not in _OUT_OF_SCOPE:
            add(cue.feature)  # "not alleged" must not count as "alleged"
        # A category listed with None (out of scope, approximators) adds no content, whatever its kind.
        content = _CONTENT_CLASS[cue.category] if cue.category in _CONTENT_CLASS else _CONTENT_CLASS.get(cue.kind)
        if content:
            content_kinds.add(content)
    source = main.source_type if main else "author"
    strength = main.cue_strength if main else "none"
    add(f"source:{source}")
    if main:
        add(f"verb:{strength}")
        add(f"quote:{main.quote}")
    # The decision order as interactions: what the source does times what the content carries
    # ("the Pentagon chief told reporters" + "left to be seen" is a hedged claim, not a report).
    kinds = sorted(content_kinds)
    names += [f"combo:{strength}+{kind}" for kind in kinds]
    # A headline negates or predicts for other reasons than a sentence does: "Students Not Among
    # the Dead" refutes a fear, "The drug did not lower blood pressure." reports a finding.
    if kinds and is_headline_shaped(text):
        names += [f"combo:headline+{kind}" for kind in kinds]
    # A source negating what it did itself ("Embassy: We did not threaten …") answers an allegation;
    # one negating someone else's act ("Police: Driver was not wearing a belt") states a detail.
    if "negation" in content_kinds and main is not None and _speaks_of_itself(analysis.tokens, main):
        add("combo:first_person+negation")
    if analysis.title_case:
        add("shape:title_case")
    stripped = text.rstrip()
    question = stripped.endswith("?") or stripped.rstrip("\"'”’").endswith("?")
    if question:
        add("shape:question")
    add(f"rule:{decision_rule(content_kinds, strength, source, question)}")
    if inside_quote or (main is not None and main.quote == "direct") or any(map(text.__contains__, _QUOTE_CHARS)):
        add("shape:quote")  # also a signed post: its signer's own words without quote marks
    return _counted(names)


def _speaks_of_itself(tokens: tuple[Token, ...], main: Attribution) -> bool:
    """Does the content after the main cue open with the speaker's own "I" or "we" ("…: We did not",
    "said: 'I never'")?"""
    if main.cue_span is None:
        return False
    after = [t for t in tokens if t.start >= main.cue_span.end][:FIRST_PERSON_REACH]
    quoted_first = tokens[: FIRST_PERSON_REACH + 1] if tokens and tokens[0].text in _QUOTE_CHARS else ()
    return any(t.norm in FIRST_PERSON_SUBJECTS for t in (*after, *quoted_first))  # '"We did not fire," he said.'


FIRST_PERSON_REACH = 3  # words after the cue within which the speaker's "I"/"we" opens the content


def _counted(names: list[str]) -> dict[str, float]:
    """Name → times it occurs in ``names`` (at most MAX_COUNT), in order of first occurrence."""
    counts: dict[str, float] = {}
    for name in names:
        counts[name] = counts.get(name, 0.0) + 1.0
    if len(counts) == len(names):  # no name repeats, so none exceeds the cap
        return counts
    return {name: min(MAX_COUNT, count) for name, count in counts.items()}
