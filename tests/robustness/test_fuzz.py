"""Property tests over arbitrary text: scoring never raises, spans are exact, probabilities are sound, and
every report validates against the credscore.article/1 schema.

``CREDSCORE_FUZZ_EXAMPLES`` sets the examples per property (default 200 for CI; `make fuzz` runs 10,000).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scoring import load_model, score_text
from scoring.errors import InvalidInputError
from scoring.reading import decode, html_to_text

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[2]
VALIDATOR = jsonschema.Draft202012Validator(
    json.loads((ROOT / "scoring" / "schema" / "article-1.json").read_text(encoding="utf-8"))
)
EXAMPLES = int(os.environ.get("CREDSCORE_FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# News-like pieces mixed with the odd characters, so the fuzzer reaches cues, quotes and attributions.
_WORDS = st.sampled_from(
    [
        "Officials said",
        "the ministry denied",
        "reportedly",
        "could",
        "according to sources,",
        '"',
        "“",
        "”",
        "?",
        ". ",
        "\n\n",
        "By Jane Smith",
        "Photo: AP",
        "not",
        "confirmed",
        "WASHINGTON —",
        "مصادر قالت",  # right-to-left
        "שר הביטחון",
        "e\u0301\u0301",  # combining marks
        "👩🏽‍⚕️",
        "🇺🇦",
        "\u200b\u200d\u202e",  # zero-width and bidi controls
        "\x00\x07\x1b",
        "\r\n",
        "\u2028",
    ]
)
ARTICLES = st.one_of(
    st.text(),
    st.lists(st.one_of(_WORDS, st.text(max_size=12)), max_size=40).map(" ".join),
)


def check_report(text: str) -> None:
    report = score_text(text, model=load_model(), article_id="fuzz")
    for claim in report.claims:
        assert text[claim.start : claim.end] == claim.text
        assert 0.0 <= claim.score <= 1.0
        assert abs(sum(claim.probabilities.values()) - 1.0) < 1e-9
        assert all(0.0 <= p <= 1.0 for p in claim.probabilities.values())
        for cue in claim.cues:
            assert text[cue.start : cue.end] == cue.text
        span = claim.attribution.source_span if claim.attribution else None
        if span is not None:
            assert text[span.start : span.end] == claim.attribution.source
    for segment in report.article["unscored"]:
        assert text[segment["start"] : segment["end"]] == segment["text"]
    VALIDATOR.validate(json.loads(json.dumps(report.to_dict())))


@FUZZ
@given(ARTICLES)
def test_any_text_scores_with_exact_spans_and_a_valid_report(text):
    check_report(text)


@FUZZ
@given(st.binary(max_size=400) | st.text().map(lambda t: t.encode("utf-16-le")))
def test_any_bytes_decode_to_text_or_one_clear_error(data):
    try:
        text, _note = decode(data, "fuzz.bin")
    except InvalidInputError as exc:
        assert "binary" in str(exc) or "re-save it as UTF-8" in str(exc)
        return
    check_report(text)


@FUZZ
@given(st.lists(st.one_of(_WORDS, st.sampled_from(["<p>", "</p>", "<script>", "</script>", "<br>", "<!--", "&amp;"]))))
def test_any_html_reduces_to_scoreable_text(parts):
    check_report(html_to_text(" ".join(parts)))
