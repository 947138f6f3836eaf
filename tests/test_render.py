"""The renderers: each output parses, escapes what it must, and shows what a reader needs."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import random
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from features.types import CUE_KINDS, Cue
from scoring import score_text
from scoring.api import FRAME_COLUMNS
from scoring.render import csv_header, render_csv_rows, render_html, render_json, render_jsonl, render_table

ARTICLES = sorted((Path(__file__).resolve().parent.parent / "seeds" / "articles").glob("*.txt"))
SEED = next(p for p in ARTICLES if p.name.startswith("000_"))
ANSI = re.compile(r"\x1b\[")


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture(scope="module")
def seed():
    text = _read(SEED)
    return text, score_text(text, article_id="seed")


def _with_claim(report, index: int, **changes):
    claims = list(report.claims)
    claims[index] = dataclasses.replace(claims[index], **changes)
    return dataclasses.replace(report, claims=tuple(claims))


# --- json and jsonl ---------------------------------------------------------


def test_json_parses_to_the_report_at_full_precision(seed):
    _, report = seed
    out = render_json(report)
    assert out.endswith("}\n")
    assert json.loads(out) == report.to_dict()


def test_json_keeps_non_ascii_text_readable(seed):
    _, report = seed
    assert "’" in render_json(report)


def test_jsonl_is_exactly_one_line(seed):
    _, report = seed
    out = render_jsonl(report)
    assert out.endswith("\n") and out.count("\n") == 1
    assert json.loads(out) == report.to_dict()


def test_jsonl_escapes_unicode_line_separators(seed):
    _, report = seed
    text = "Officials said\u2028the bridge\x85collapsed\u2029today."
    out = render_jsonl(_with_claim(report, 0, text=text))
    assert len(out.splitlines()) == 1
    assert json.loads(out)["claims"][0]["text"] == text


# --- csv --------------------------------------------------------------------


def _parse_csv(data: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data, newline="")))


def test_csv_header_is_the_frame_columns():
    assert _parse_csv(csv_header()) == [FRAME_COLUMNS]


def test_csv_has_one_row_per_claim_with_article_id_and_offsets(seed):
    text, report = seed
    rows = [dict(zip(FRAME_COLUMNS, row, strict=True)) for row in _parse_csv(render_csv_rows(report))]
    assert len(rows) == len(report.claims)
    for row, claim in zip(rows, report.claims, strict=True):
        assert row["article_id"] == "seed"
        assert row["claim_id"] == claim.id
        start, end = int(row["start"]), int(row["end"])
        assert text[start:end] == claim.text
        assert row["text"] in (claim.text, "'" + claim.text)
        assert float(row["score"]) == claim.score
        assert row["label"] == claim.label


@pytest.mark.parametrize(
    "cell",
    ['=HYPERLINK("http://example.invalid","x")', "+1+1", "-2+3", "@SUM(A1)", "\tlead", "\rlead"],
)
def test_csv_escapes_cells_a_spreadsheet_would_run(seed, cell):
    _, report = seed
    rows = _parse_csv(render_csv_rows(_with_claim(report, 0, text=cell)))
    assert rows[0][FRAME_COLUMNS.index("text")] == "'" + cell
    assert len(rows) == len(report.claims)


def test_csv_quotes_commas_quotes_and_line_breaks(seed):
    _, report = seed
    cell = 'He said, "no"\nand left.'
    rows = _parse_csv(render_csv_rows(_with_claim(report, 0, text=cell)))
    assert rows[0][FRAME_COLUMNS.index("text")] == cell


def test_csv_of_an_article_without_claims_is_empty():
    assert render_csv_rows(score_text("", article_id="empty")) == ""


# --- html -------------------------------------------------------------------


class _Page(HTMLParser):
    """Text of the page and of each element with an id, checking that elements nest."""

    VOID = frozenset({"meta", "br", "link", "img", "input", "hr"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.by_id: dict[str, list[str]] = {}
        self.ids: list[str] = []
        self.article: list[str] = []
        self.urls: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.urls.extend(v or "" for k, v in attrs.items() if k in ("src", "href", "action", "srcset"))
        if tag in self.VOID:
            return
        self.stack.append((tag, attrs.get("id") or (tag if tag == "article" else None)))
        if attrs.get("id"):
            self.ids.append(attrs["id"])
            self.by_id.setdefault(attrs["id"], [])
        self.in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()
        self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            return
        self.text.append(data)
        for _tag, key in self.stack:
            if key == "article":
                self.article.append(data)
            elif key in self.by_id:
                self.by_id[key].append(data)


def _page(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    assert page.stack == [], f"unclosed elements {page.stack}"
    return page


def test_html_article_holds_every_character_once_and_each_claim_exactly_once(seed):
    text, report = seed
    page = _page(render_html(report, text))
    assert "".join(page.article) == text
    whole = "".join(page.text)
    for claim in report.claims:
        assert page.ids.count(f"claim-{claim.id}") == 1
        assert "".join(page.by_id[f"claim-{claim.id}"]) == claim.text
        assert whole.count(claim.text) == text.count(claim.text)


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_html_keeps_every_article_text_intact(path):
    text = _read(path)
    report = score_text(text, article_id=path.stem)
    page = _page(render_html(report, text))
    assert "".join(page.article) == text
    for claim in report.claims:
        assert "".join(page.by_id[f"claim-{claim.id}"]) == claim.text


def test_html_loads_nothing_from_the_network(seed):
    text, report = seed
    html = render_html(report, text)
    page = _page(html)
    assert page.urls, "the page links claims to their place in the article"
    assert all("http" not in url and "//" not in url for url in page.urls)
    assert all(url.startswith("#") for url in page.urls)
    assert "<script" not in html and "<link" not in html and "@import" not in html and "url(" not in html


def test_html_escapes_markup_in_the_article(seed):
    text, report = seed
    hostile = '<script>alert("x")</script> & <img src=http://evil.invalid/x.png>'
    claim = report.claims[0]
    padded = hostile.ljust(claim.end - claim.start)
    text = text[: claim.start] + padded + text[claim.end :]
    html = render_html(_with_claim(report, 0, text=padded, cues=()), text)
    assert "<script>" not in html and "<img" not in html
    assert "".join(_page(html).article) == text


def test_html_renders_overlapping_and_nested_cues_without_losing_characters(seed):
    text, report = seed
    claim = report.claims[1]
    s = claim.start
    cues = (
        Cue(text[s : s + 12], s, s + 12, "hedge", "epistemic_verb", 0.8),
        Cue(text[s + 5 : s + 20], s + 5, s + 20, "modal", "modal", 0.7),
        Cue(text[s + 7 : s + 9], s + 7, s + 9, "negation", "negator", 1.0),
        Cue(text[s + 5 : s + 20], s + 5, s + 20, "reporting", "assert", 1.0),
        Cue(text[s + 18 : claim.end], s + 18, claim.end, "evidence", "evidence_noun", 1.0),
    )
    page = _page(render_html(_with_claim(report, 1, cues=cues), text))
    assert "".join(page.article) == text
    assert "".join(page.by_id[f"claim-{claim.id}"]) == claim.text


def test_html_shows_sources_contested_groups_and_a_legend(seed):
    text, report = seed
    html = render_html(report, text)
    whole = "".join(_page(html).text)
    for source in report.summary["sources"]:
        assert source["name"] in whole
    for group in report.summary["contested"]:
        assert group["topic"] in whole
    for label in ("confirmed", "reported", "claimed", "speculative", "denied"):
        assert label in whole
    assert 'class="unscored' in html


# --- table ------------------------------------------------------------------


def test_table_without_color_has_no_ansi_codes(seed):
    _, report = seed
    assert not ANSI.search(render_table(report, color=False))
    assert "\x1b" not in render_table(report, color=False)


def test_table_with_color_colours_the_labels(seed):
    _, report = seed
    assert "\x1b[32mconfirmed" in render_table(report, color=True)


def test_table_drops_escape_codes_from_article_text(seed):
    _, report = seed
    out = render_table(_with_claim(report, 0, text="\x1b[31mred\x1b]0;title\x07 text\nnext"), color=False)
    assert "\x1b" not in out and "\x07" not in out


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_table_fits_the_terminal_width(seed, width):
    _, report = seed
    for line in render_table(report, color=False, width=width).splitlines():
        assert len(line) <= width, line


def test_table_lists_claims_summary_sources_and_contested_group(seed):
    _, report = seed
    out = render_table(report, color=False)
    lines = out.splitlines()
    for claim in report.claims:
        assert any(line.startswith(f"{claim.id} ") and claim.label in line for line in lines)
    assert "mean score" in out and "anonymous dependency" in out
    sources = lines[lines.index("Sources") : lines.index("Contested claims")]
    for source in report.summary["sources"]:
        assert any(line.strip().startswith(source["name"][:10]) and source["type"] in line for line in sources)
    contested = lines[lines.index("Contested claims") :]
    assert report.summary["contested"], "the seed article has a contested group"
    for group in report.summary["contested"]:
        assert any(group["topic"] in line for line in contested)
        for position in group["positions"]:
            assert any(
                f"→ {position['stance']}" in line and position["claim"] in line and position["source"] in line
                for line in contested
            )


@pytest.mark.parametrize("seed_value", range(20))
def test_html_keeps_text_intact_under_random_overlapping_cues(seed, seed_value):
    rng = random.Random(seed_value)
    text, report = seed
    claims = []
    for claim in report.claims:
        cues = []
        for _ in range(rng.randrange(0, 8)):
            start = rng.randrange(claim.start, claim.end)
            end = rng.randrange(start + 1, claim.end + 1)
            cues.append(Cue(text[start:end], start, end, rng.choice(CUE_KINDS), "x", 1.0))
        claims.append(dataclasses.replace(claim, cues=tuple(cues)))
    page = _page(render_html(dataclasses.replace(report, claims=tuple(claims)), text))
    assert "".join(page.article) == text
    for claim in report.claims:
        assert "".join(page.by_id[f"claim-{claim.id}"]) == claim.text


def test_html_marks_a_quotations_speaker_once():
    text = '"We will rebuild. The pier comes first. Then the road," the mayor said.'
    report = score_text(text)
    assert [c.attribution.source for c in report.claims] == ["the mayor"] * 3
    page = render_html(report, text)
    assert page.count('class="cue source" title=') == 1  # the legend's sample has no title
    assert "".join(_page(page).article) == text
