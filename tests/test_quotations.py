"""A quotation over several sentences has one speaker, named in one of them (article-level attribution)."""

from __future__ import annotations

import pytest

from features.attribution import quotation_speakers, quotation_state, quote_states
from features.types import Attribution, Span
from scoring import score_text

# (article, claim start → (source, quote type) expected; "" for the author).
CASES = [
    (  # the speaker named after the quotation's last sentence
        '"We rebuilt the pier. The council says the road comes next. It will take a year," the mayor said.\n\n'
        "The council says the road is not funded.",
        {
            '"We rebuilt the pier.': ("the mayor", "direct"),
            "The council says the road comes next.": ("the mayor", "direct"),
            "It will take a year": ("the mayor", "direct"),
            "The council says the road is not funded.": ("The council", "indirect"),
        },
    ),
    (  # the speaker named before a colon, the quotation running on
        'The harbour master said: "The cranes are back. Two berths reopen tomorrow."',
        {
            "Two berths reopen": ("The harbour master", "direct"),
        },
    ),
    (  # an unattributed quotation right after a sourced sentence of the same paragraph
        '"We have lost six weeks to the storms," Mara Ellison said. "Nobody is cutting corners."',
        {'"Nobody is cutting corners': ("Mara Ellison", "direct")},
    ),
    (  # a chain of them
        'Tom Barrow said the catch had halved. "The fish have moved north." "We follow them or we stop."',
        {'"The fish have moved': ("Tom Barrow", "direct"), '"We follow them': ("Tom Barrow", "direct")},
    ),
    (  # a new paragraph is a new voice unless a quotation stays open
        'Tom Barrow said the catch had halved.\n\n"The fish have moved north."',
        {'"The fish have moved': ("", "none")},
    ),
    (  # a quotation left open at a paragraph's end runs on in the next paragraph's opening quote
        '"The fish have moved north," Tom Barrow said. "We follow them or we stop.\n\n'
        '"My father fished here. So did his."\n\n"The quay was empty by noon."',
        {
            '"My father fished here.': ("Tom Barrow", "direct"),
            "So did his.": ("Tom Barrow", "direct"),
            '"The quay': ("", "none"),
        },
    ),
    (  # marks that do not pair: the closing mark of the second sentence ends the chief's words
        '“We see evidence that there are troops” who have gone north. What they do is left to be seen," '
        "the chief told reporters.",
        {"“We see evidence": ("the chief", "direct")},
    ),
    (  # a sourced sentence ending in a colon introduces the next paragraph, all of it
        "The investment club said in a statement:\n\nWe have found no trading records. The figure is false.\n\n"
        "The club meets on Mondays.",
        {
            "We have found": ("The investment club", "direct"),
            "The figure is false": ("The investment club", "direct"),
            "The club meets": ("", "none"),
        },
    ),
    (  # an empty paragraph after the colon: what was said is lost (an embedded post); the author goes on
        "The ferry company posted its reply on Friday:\n\n\nSo who is right? We cannot say yet.",
        {"So who is right?": ("", "none"), "We cannot say yet.": ("", "none")},
    ),
    (  # a quotation signed at the end of its paragraph is the signer's
        "The ferry ran late on Monday.\n\n“The ferry is late again. It always is.” ― Mara Ellison",
        {"“The ferry is late": ("Mara Ellison", "direct"), "The ferry ran late": ("", "none")},
    ),
    (  # a sentence with no quotation after a sourced one stays the author's
        '"The fish have moved north," Tom Barrow said. The quay was empty by noon.',
        {"The quay was empty": ("", "none")},
    ),
    (  # a sentence inside the quotation with a source of its own keeps it
        '"We are ready. The engineers told us the pier is safe," the mayor said.',
        {'"We are ready.': ("the mayor", "direct")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(k) for k in range(len(CASES))])
def test_every_sentence_of_a_quotation_is_its_speakers(text: str, expected: dict[str, tuple[str, str]]) -> None:
    report = score_text(text, article_id="quote")
    for start, (source, quote) in expected.items():
        claim = next(c for c in report.claims if c.text.startswith(start))
        assert (claim.attribution.source, claim.attribution.quote) == (source, quote), claim.text
        if source:
            # the spans point at the speaker's one mention, wherever it is
            span = claim.attribution.source_span
            assert span is not None and text[span.start : span.end] == source


def test_a_continued_quotation_reads_as_quoted_speech() -> None:
    text = '"We will rebuild. The pier comes first. Then the road," the mayor said on Monday.'
    middle = next(c for c in score_text(text).claims if c.text == "The pier comes first.")
    assert middle.label == "reported"
    assert middle.attribution.source_type == "named_official"


def test_a_continuation_is_one_mention_of_its_source() -> None:
    text = (
        'The planning chief, Mara Ellison, said the wall was late. "We lost six weeks," she said. '
        '"The contractor doubled the shifts. Nobody is cutting corners."\n\n'
        "The contractor declined to comment.\n\n"
        '"The money is there," the mayor told reporters.'
    )
    report = score_text(text)
    names = {s["name"]: s["claims"] for s in report.summary["sources"]}
    # the quotation's sentences count for Ellison, and do not make her the latest person named, so
    # "the mayor" three paragraphs on is a new source, not a second name for her
    assert "the mayor" in names
    ellison = next(claims for name, claims in names.items() if "Ellison" in name)
    assert len(ellison) == 4


def _said(source: str, start: int) -> Attribution:
    return Attribution(
        source, "named_person", "said", "assert", "direct", 0.8, Span(start, start + len(source), source), None
    )


def test_quotation_speakers_carries_a_speaker_across_chunks() -> None:
    text = '"One. Two. Three," Ana Roe said.'
    spans = [(0, 5), (6, 10), (11, len(text))]
    inside = list(quote_states(text, spans))
    assert inside == [False, True, True]
    own = [None, None, _said("Ana Roe", 20)]
    whole = quotation_speakers(text, spans, inside, own)
    assert [a.source if a else "" for a in whole] == ["Ana Roe"] * 3
    # split after the first sentence: the second chunk starts inside the quotation and the first
    # chunk's last sentence has no speaker yet, so only the second chunk's sentences get one
    first = quotation_speakers(text, spans[:1], inside[:1], own[:1])
    second = quotation_speakers(
        text, spans[1:], inside[1:], own[1:], quotation_state(text, spans[0], inside[0], first[-1])
    )
    assert [a.source if a else "" for a in first + second] == ["", "Ana Roe", "Ana Roe"]
