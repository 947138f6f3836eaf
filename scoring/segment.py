"""Split a news article into segments (headline, claim, byline, caption, …).

Hand-written and linear-time: lines are classified first (bylines, photo
captions, date lines and headlines have their own shapes on web pages), then
body paragraphs are split into sentences at terminal punctuation, with the
abbreviation rules in ``data/abbreviations.tsv``. Every segment keeps exact
offsets: ``text[seg.start:seg.end] == seg.text``.

Sentences are split inside quotations too, because each sentence is a claim
with its own certainty: the seed article's ``“We are seeing evidence …” who
have gone to Russia. What exactly they’re doing — left to be seen," the
Pentagon chief told reporters`` is two claims, split at "Russia. What"
(tests/test_segment.py checks it). Headlines joined by "|" are separate
headlines unless the part after the bar is a section label ("| What We Know").
A leading dateline ("KIGALI, March 3 —") is its own segment.

Measured on the gold spans of seeds/articles/labels.jsonl with
``python -m benchmarks.segmentation``: span F1 0.995 here, against 0.976 for
BlingFire and 0.935 for pySBD given the same line classification.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from features.attribution import POST_SIGNATURE
from features.lexicon import lexicon
from features.tokens import SMALL_WORDS
from scoring.errors import InvalidInputError
from scoring.tables import data_rows
from scoring.types import Segment

__all__ = ["segment"]

# A sentence longer than this is cut at a space: no real sentence is this long,
# and it bounds the work of every later stage on text without punctuation.
MAX_CLAIM_CHARS = 1500
# Lines with at most this many words and no final stop can be headlines or labels.
MAX_HEADLINE_WORDS = 30
# A dateline ("NEW YORK (Reuters) -", "KIGALI, March 3 —") fits well within this.
MAX_DATELINE_CHARS = 80
# A part after "|" with at most this many words is a section label ("Live Updates",
# "Day Three"), not a headline of its own; seeds/articles/labels.jsonl splits
# "A | Unions Claim Victory"-shaped lines (3+ words) into two headlines.
MAX_LABEL_WORDS = 2
# Share of content words that must be capitalised for Title Case.
TITLE_CASE_SHARE = 0.6
# The share a first line ending in a stop needs: "Dim Xiong Chien is a college student at the Liaoning
# Vocational College in Shenyang." has names for 60% of its content words and is a sentence.
STOPPED_TITLE_SHARE = 0.85
# Bylines and date lines are short; a longer line is prose.
MAX_BYLINE_WORDS = 10
# Page furniture ("Share this article", "Click here to sign up for our newsletter") fits in this.
MAX_FURNITURE_CHARS = 80

_LINE = re.compile(r"[^\r\n]+")
_WORD = re.compile(r"[^\W_][\w'’.\-]*")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_PUNCTUATION = re.compile(r"[.,;:!?]")
_WIDE_GAP = re.compile(r"\s{2,}")
# A question that leads into a prompt on the same line ("On a phone? Click here …").
_AFTER_QUESTION = re.compile(r"(?<=\?)\s+")
# "– – >> Follow Tina Roe (@tina_roe) on Twitter": a prompt to follow the writer.
_SOCIAL_PROMPT = re.compile(r"^\W*follow\b[^.!?]{0,60}\bon (?:twitter|facebook|instagram)\W*$")
# A run of terminal marks starts only where no mark precedes it and is taken whole
# (possessive), so a long run of dots is scanned once, not once per dot.
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]»]*+(?=[\s\u200b-\u200d\u2060\ufeff])")
# Zero-width spaces and joiners, which web text scatters between words and after full stops.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}$")
_ABBREVIATION_KINDS = ("never", "ambiguous", "numeral", "starter", "clock", "continuer")
# Title-case small words, plus a few a headline also leaves lower case ("Prices Are up", "Is").
_SMALL_WORDS = SMALL_WORDS | frozenset({"than", "up", "is", "are", "be"})
_BYLINE = re.compile(r"^(?:by|written by|reporting by|report by)\s+\S", re.IGNORECASE)
# A signature on its own line: a dash, a name or initials, perhaps a date ("– D.B.G 05/11/14", "— Ana Roe").
_SIGNED_LINE = re.compile(
    r"^[―—–-]\s*(?:[A-Z][\w.'’]*\s+){0,3}[A-Z][\w.'’]*\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?\s*$"
)
# A credit line naming who reported or edited: a byline at the end of an article.
_CONTRIBUTORS = re.compile(
    r"^\(?(?:with (?:a )?files? from|(?:additional )?reporting by|editing by|compiled by|contributing:)\s+\S",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(
    r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)(?: from [A-Z][\w .'’-]{0,40})?\.?\)?$", re.IGNORECASE
)
MAX_CONTRIBUTOR_WORDS = 16
# The lower-case words a credit line holds besides names ("with files from the Associated Press and staff").
_CREDIT_WORDS = frozenset(
    "with a file files from additional reporting by editing writing compiled contributing and in at of the "
    "staff contributed to this report story article writer writers correspondent reporter photographer".split()
)


def _is_tip(line: str, words: list[str]) -> bool:
    return len(words) <= MAX_BYLINE_WORDS and bool(_BRACKETED_TIP.match(line) or _VIA_LEAD.match(line))


def _piece_kind(piece: str) -> str:
    """A sentence of a paragraph is a claim, unless it is a photo credit, a bracketed tip ("… ran. (Via)") or
    holds no letter (a lone quote mark, a list number: "1.")."""
    if _CREDIT_LINE.match(piece):
        return "caption"
    if not _HAS_LETTER.search(piece):
        return "other"
    return "byline" if _BRACKETED_TIP.match(piece) and len(_words(piece)) <= MAX_BYLINE_WORDS else "claim"


def _is_credit_line(line: str, words: list[str]) -> bool:
    """A line crediting reporters or agencies: its lower-case words are all credit words ("Reporting by
    police suggests …" is a sentence)."""
    if not (_CONTRIBUTORS.match(line) or _CONTRIBUTED.search(line)):
        return False
    return all(w.lower().rstrip(".;:") in _CREDIT_WORDS for w in words if not w[:1].isupper())


_DATE_LINE = re.compile(
    r"^(?:date\s+\d{4}-\d{2}-\d{2}\b"
    r"|(?:published|updated|posted)\b"
    r"|\d{4}-\d{2}-\d{2}\b"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b)",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^\s*(?:[-–—]\s*\S|(?:photo|photos|image|picture|credit|file photo|getty|illustration|video)\b)",
    re.IGNORECASE,
)
_CAPTION_PREFIX = re.compile(
    r"^\(?(?:(?:photo|image|picture|caption|credit)s?(?:\s+credits?)?|uploaded by)\s*:", re.IGNORECASE
)
# A credit for the material, "Source:", "via" or "h/t" and names only ("Source: The Daily Caller", "via Daily
# Buzz Live", "h/t Ana Roe | Daily News", "-- via Boston Globe."). No credit holds a preposition or a verb:
# "Sources: Apple In Talks With HBO" is an attributed headline, "VIA Rail to cut routes" a company's news.
_CREDIT_NAME = (
    r"(?!(?i:in|to|with|for|on|at|over|after|is|are|was|will|has|have|says|say)\b)"
    r"(?:[A-Z0-9@][\w.&'’/-]*|[\w-]+(?:\.[\w-]+)+(?:/\S*)?|via|and|the|of|cc|&)"
)
_CREDIT_OPENER = r"[\[(]?\s*(?:[-–—]+\s*)?(?i:sources?\s*:|via\b\s*:?|h/t\b\s*:?|hat tip\b\s*:?)"
_SOURCE_CREDIT = re.compile(rf"^{_CREDIT_OPENER}\s*(?:to\s+)?{_CREDIT_NAME}(?:[\s,|]+{_CREDIT_NAME}){{0,5}}\s*[.\])]*$")
# A bracketed tip, also inside a paragraph ("[h/t Mother Jones]", "(Via)"; "(Via the canal, it is shorter.)" is
# a sentence), and a line leading into quoted material ("Via The Daily Currant:").
_BRACKETED_TIP = re.compile(r"^[\[(]\s*(?i:via|h/t|hat tip)\b[^\[\]()]*(?<![.!?])[\])]$")
_VIA_LEAD = re.compile(r"^(?i:via)\b.*:$")
# The writer's contact: "Email: ana.roe@example.org", "Twitter: @anaroe".
_CONTACT_LINE = re.compile(r"^(?:e-?mail|twitter|instagram|facebook)\s*:\s*@?[\w.+-]+(?:@[\w.-]+)?$", re.IGNORECASE)
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# A copyright notice, however long ("Copyright 2014 The Associated Press. All rights reserved. This material …").
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})", re.IGNORECASE)
# A line of script left in scraped text: "brightcove.createExperiences();".
_SCRIPT_CALL = re.compile(r"^[A-Za-z_$][\w$.]*\([^()]*\);$")
# "RNS photo by David Gibson": a credit naming who took the picture.
_PHOTO_BY = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s+){0,3}(?i:photo|photograph|image|video)s?\s+(?i:by)\s+[A-Z][^.!?]{0,60}$"
)
_AGENCY_CREDIT = re.compile(r"\((?:[A-Z][\w.]*\s+)*(?:Photo|Image|Pool)[^()]{0,60}\)\s*$")
# A photo credit standing alone: "REUTERS/Stringer", "AFP/Getty Images", "AP Photo/Jane Doe".
_CREDIT_LINE = re.compile(r"^[A-Z][A-Za-z.&]*(?: [A-Z][A-Za-z.&]*){0,2} ?/ ?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}$")
# What page furniture is matched on: lowercase, without a trailing count or final punctuation.
_FURNITURE_TAIL = re.compile(r"[\s(\[]*\d*[)\]]?[\s.:!»›>]*$")
_SECTION_LABEL = re.compile(r"\s*(?:what|everything)\s+(?:we|you)\s+(?:know|need\s+to\s+know)\b", re.IGNORECASE)
_DATELINE_PREFIX = re.compile(
    r"(?:[A-Z][A-Z.'’\-]{2,}(?:\s+[A-Z][A-Z.'’\-]+){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([^()\n]{1,40}\))?"
    r"|\([A-Z][^()\n]{1,39}\))"  # or the agency alone: "(Reuters) -", "(CNN) —"
    r"\s*(?:—|–|--|-)\s*"
)


@cache
def _abbreviations() -> dict[str, frozenset[str]]:
    """The abbreviation table, by kind (the kinds are explained in the file's header)."""
    table: dict[str, set[str]] = {kind: set() for kind in _ABBREVIATION_KINDS}
    for term, kind, _note in data_rows("abbreviations.tsv"):
        table[kind].add(term)
    return {kind: frozenset(terms) for kind, terms in table.items()}


@cache
def _page_furniture() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """Whole lines, line openings and credit openings of web-page furniture (``data/page_furniture.tsv``)."""
    rows = data_rows("page_furniture.tsv")
    kinds = ("prefix", "credit")
    prefixes, credits = (tuple(t for t, k, _ in rows if k == kind) for kind in kinds)
    return frozenset(t for t, kind, _ in rows if kind == "line"), prefixes, credits


@cache
def _link_label() -> re.Pattern[str]:
    """A link label opening a line: a label word, one more word or a short preposition phrase, a colon
    ("MORE:", "Related roundup:", "More from The Washington Post:"); labels from ``data/page_furniture.tsv``."""
    labels = "|".join(re.escape(t) for t, kind, _ in data_rows("page_furniture.tsv") if kind == "label")
    return re.compile(
        rf"^\W*(?:{labels})(?:\s+[\w'’.&-]+|\s+(?:from|on|in|at|by|of)(?:\s+[\w'’.&-]+){{1,3}})?\s*:", re.IGNORECASE
    )


def _is_page_furniture(line: str) -> bool:
    """Navigation, share prompts, image viewers, sponsor credits: "Related Articles", "View Full Image",
    "Comments (12)", "PRESENTED BY ACME"."""
    lines, prefixes, credits = _page_furniture()
    folded = line.lower()
    if folded.startswith(credits) and not _PUNCTUATION.search(folded):
        return True
    if folded.startswith(prefixes) or _FURNITURE_TAIL.sub("", folded) in lines or _SOCIAL_PROMPT.match(folded):
        return True
    if any(part.startswith(prefixes) for part in _AFTER_QUESTION.split(folded)[1:]):
        return True  # "Using a mobile device? Click here to watch the video.": the question leads into a prompt
    parts = _WIDE_GAP.split(folded)  # "Video loading      Watch next      Watch Next": a player's controls
    return len(parts) > 1 and all(_FURNITURE_TAIL.sub("", part) in lines for part in parts)


def segment(text: str) -> list[Segment]:
    """Split ``text`` into typed segments with exact character offsets."""
    if not isinstance(text, str):
        raise InvalidInputError(f"segment() takes a str, not {type(text).__name__}; decode bytes first")
    segments: list[Segment] = []
    seen_content = False
    for match in _LINE.finditer(text):
        start, end = _trim(text, match.start(), match.end())
        if start == end:
            continue
        line = text[start:end]
        kind = _line_kind(line, first=not seen_content)
        seen_content = True
        if kind == "body":
            segments.extend(_body_segments(text, start, end))
        elif kind == "headline":
            segments.extend(Segment(s, e, text[s:e], kind) for s, e in _headline_spans(text, start, end))
        else:
            segments.append(Segment(start, end, line, kind))
    return segments


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of ``text[start:end]`` without surrounding (Unicode) white space or zero-width spaces."""
    while start < end and (text[start].isspace() or text[start] in _ZERO_WIDTH):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _ZERO_WIDTH):
        end -= 1
    return start, end


def _words(line: str) -> list[str]:
    return _WORD.findall(line[:4000])


def _is_title_case(words: list[str], share: float = TITLE_CASE_SHARE) -> bool:
    content = [w for w in words if w[0].isalpha() and w.lower() not in _SMALL_WORDS]
    if len(content) < 2:
        return bool(content) and content[0][0].isupper() and len(words) >= 2
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= share


def _is_one_sentence(line: str) -> bool:
    return sum(1 for _ in _sentence_spans(line, 0, len(line))) == 1


def _line_kind(line: str, *, first: bool) -> str:
    """Classify a whole line: byline, dateline, caption, headline, other, or body."""
    words = _words(line)
    if len(words) <= MAX_BYLINE_WORDS and _BYLINE.match(line) and not line.endswith((".", '"', "”")):
        return "byline"
    if len(words) <= MAX_CONTRIBUTOR_WORDS and _is_credit_line(line, words):
        return "byline"  # "With files from Reuters.", "(Reporting by Ana Roe; Editing by Li Wei)"
    if len(words) <= MAX_BYLINE_WORDS and _DATE_LINE.match(line):
        return "dateline"
    if "|" in line and _CREDIT.match(line.rsplit("|", 1)[1]):
        return "caption"
    if _CAPTION_PREFIX.match(line) or _AGENCY_CREDIT.search(line) or _CREDIT_LINE.match(line) or _PHOTO_BY.match(line):
        return "caption"
    if len(line) <= MAX_FURNITURE_CHARS and _is_page_furniture(line):
        return "other"
    if (not first and _link_label().match(line)) or _BARE_URL.match(line) or _SCRIPT_CALL.match(line):
        return "other"  # "MORE: Ferry Sinks Off Cape" links to another story; a URL or a script call says nothing
    if _COPYRIGHT.match(line):
        return "other"
    if not first and (_SOURCE_CREDIT.match(line) or _CONTACT_LINE.match(line) or _is_tip(line, words)):
        return "byline"  # "Source: The Daily Caller", "[h/t Ana Roe]", "Twitter: @anaroe": whose material, or writer
    if POST_SIGNATURE.fullmatch(line) or _SIGNED_LINE.match(line):
        return "byline"  # "— Ana Roe (@anaroe) May 2, 2015", "– D.B.G 05/11/14": the text above is signed
    if not any(map(_HAS_LETTER.search, words)):
        return "other"  # "4.", "(3)", "2014": a list number or a stray figure, no claim
    if _DATELINE_PREFIX.match(line[:MAX_DATELINE_CHARS]):
        return "body"
    if len(words) > MAX_HEADLINE_WORDS:
        return "body"
    stopped = line.rstrip("\"'”’)").endswith((".", "!", ":", ";", ","))
    if _is_title_case(words) and not stopped:
        return "headline"
    if first and stopped and _is_title_case(words, STOPPED_TITLE_SHARE) and _is_one_sentence(line):
        return "headline"  # "Bridge Closed After Crash.": a headline with a stop; names alone make no Title Case
    if first and not stopped and len(words) >= 3:
        return "headline"
    if not stopped and not line.endswith("?") and len(words) <= 3:
        return "other"
    return "body"


def _is_section_label(text: str, start: int, end: int) -> bool:
    part = text[start:end]
    return len(_words(part)) <= MAX_LABEL_WORDS or bool(_SECTION_LABEL.match(part))


def _headline_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Headlines of one line: "A | B" is two unless B is a section label ("A | What We Know")."""
    pipes = [i for i in range(start, end) if text[i] == "|"]
    part_start = start
    for n, pipe in enumerate(pipes):
        next_end = pipes[n + 1] if n + 1 < len(pipes) else end
        if not _is_section_label(text, pipe + 1, next_end):
            s, e = _trim(text, part_start, pipe)
            if s < e:
                yield s, e
            part_start = pipe + 1
    s, e = _trim(text, part_start, end)
    if s < e:
        yield s, e


def _body_segments(text: str, start: int, end: int) -> Iterator[Segment]:
    """Claims of one body paragraph, with a leading dateline split off."""
    dateline = _DATELINE_PREFIX.match(text, start, min(end, start + MAX_DATELINE_CHARS))
    if dateline and dateline.end() < end:
        d_start, d_end = _trim(text, start, dateline.end())
        yield Segment(d_start, d_end, text[d_start:d_end], "dateline")
        start = dateline.end()
    for s, e in _post_spans(text, _sentence_spans(text, start, end)):
        for piece_start, piece_end in _cap_length(text, s, e):
            piece = text[piece_start:piece_end]
            yield Segment(piece_start, piece_end, piece, _piece_kind(piece))


def _post_spans(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The sentence spans, each cut after every post signature inside it: embedded posts that lost their
    line breaks ("… pic.twitter.com/x— Ana (@ana) May 2, 2014 So scared …") become one claim each."""
    for start, end in spans:
        if text.find("(@", start, end) == -1:  # no handle, no signature: most sentences
            yield start, end
            continue
        yield from _pieces(text, start, end, (m.end() for m in POST_SIGNATURE.finditer(text, start, end)))


def _sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    ends = (m.end() for m in _BOUNDARY.finditer(text, start, end) if _is_sentence_end(text, m, end))
    return _pieces(text, start, end, ends)


def _pieces(text: str, start: int, end: int, cuts: Iterable[int]) -> Iterator[tuple[int, int]]:
    """The trimmed, non-empty pieces of ``text[start:end]`` between the ascending positions ``cuts``."""
    for cut in cuts:
        s, e = _trim(text, start, cut)
        if s < e:
            yield s, e
        start = cut
    s, e = _trim(text, start, end)
    if s < e:
        yield s, e


def _next_word(text: str, position: int, end: int) -> str:
    """The word that starts after the white space at ``position``."""
    while position < end and (text[position].isspace() or text[position] in _ZERO_WIDTH):
        position += 1
    while position < end and text[position] in "\"'“‘«([":
        position += 1
    match = _WORD.match(text, position, min(end, position + 40))
    return match.group(0) if match else text[position : position + 1]


def _previous_token(text: str, position: int, start: int) -> str:
    """The non-space run (at most 40 chars) that ends at ``position``."""
    begin = position
    limit = max(start, position - 40)
    while begin > limit and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:position].lstrip("\"'“‘«([”’")  # "”Mr.": a closing-shaped mark may open a quote


def _is_sentence_end(text: str, match: re.Match[str], end: int) -> bool:
    nxt = _next_word(text, match.end(), end)
    if not nxt:
        return False
    first = nxt[0]
    if first.islower() or first in ".…":
        return False  # a lowercase continuation, or the next dot of ". . ."
    punct = match.group(0)
    if not punct.startswith("."):
        # '"Who would have believed it?" Trump said, …': a question or exclamation quoted before its
        # attribution or signature is one sentence with it.
        closed = punct[-1] in _CLOSING_QUOTES
        return not (
            closed and (_attribution_frame(text, match.end(), end) or _signature_follows(text, match.end(), end))
        )

    if punct.startswith("..") or "…" in punct:
        return first.isupper() or first.isdigit()
    token = _previous_token(text, match.start(), 0) + "."
    bare = token.rstrip(".").lower()
    table = _abbreviations()
    if punct.rstrip("\"'”’»") != punct:
        # A closing quote ends the sentence ('they told me "no." Then'), unless a signature closes the
        # paragraph after it ('… a bully.” ― Veronica Cruz').
        return not _signature_follows(text, match.end(), end)
    if bare in table["never"]:
        return False
    if bare in table["numeral"]:
        return not first.isdigit()
    if bare in table["clock"]:
        return nxt.lower() not in table["continuer"]
    if len(bare) == 1 and bare.isalpha() and not first.isdigit():
        return False  # an initial: "John F. Kennedy"
    if bare in table["ambiguous"] or _DOTTED.search(token):
        return nxt.lower().rstrip(".,") in table["starter"]
    return True


_CLOSING_QUOTES = '"”»'
# A signature after a quotation: a dash and a few words (a name, an age, a town) to the paragraph's end.
_SIGNATURE = re.compile(r"\s*[―—–]\s*\S+(?:[ \t]+\S+){0,5}[ \t]*$")
MAX_SIGNATURE_CHARS = 120


def _signature_follows(text: str, position: int, end: int) -> bool:
    return end - position <= MAX_SIGNATURE_CHARS and _SIGNATURE.match(text, position, end) is not None


# An attribution after a quotation: a few words with a reporting verb, and at most a few after it
# ("Trump said, looking …", "Graham asked.", "the mayor told reporters on Monday.").
_FRAME = re.compile(r"[^.!?,;:\n]{1,80}")
MAX_FRAME_WORDS = 8
MAX_WORDS_AFTER_FRAME_VERB = 3


def _attribution_frame(text: str, position: int, end: int) -> bool:
    match = _FRAME.match(text, position, end)
    if match is None:
        return False
    words = match.group(0).split()
    if not words or len(words) > MAX_FRAME_WORDS or not words[0][:1].isupper():
        return False
    verbs = lexicon("reporting_verbs")
    for k, word in enumerate(words[1:], start=1):
        if word.islower() and verbs.get(word) is not None:
            return len(words) - k - 1 <= MAX_WORDS_AFTER_FRAME_VERB
    return False


def _cap_length(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut a run-on sentence into pieces of at most MAX_CLAIM_CHARS at spaces."""
    while end - start > MAX_CLAIM_CHARS:
        cut = text.rfind(" ", start + MAX_CLAIM_CHARS // 2, start + MAX_CLAIM_CHARS)
        if cut == -1:
            cut = start + MAX_CLAIM_CHARS
        s, e = _trim(text, start, cut)
        if s < e:
            yield s, e
        start, _ = _trim(text, cut, end)
    if start < end:
        yield start, end
