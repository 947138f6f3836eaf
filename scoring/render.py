"""Renderers for an ``ArticleReport``: json, jsonl, csv, a terminal table and an HTML page.

One shared emitter for the CLI: every function is pure and returns a ``str``;
nothing here prints, writes files or reads the environment (the caller decides
about colour and width). Every renderer's output ends with a line break (CSV:
``"\r\n"``, the rest ``"\n"``), so writing it to a file or a pipe gives a
well-formed file and concatenating outputs (JSONL records, CSV rows of many
articles) needs no separator. Write CSV with ``newline=""`` (or as bytes) so
that the platform does not translate its line ends.

Numbers keep full precision in json, jsonl and csv (data for other tools);
the table and the HTML page round them for people.
"""

from __future__ import annotations

import csv
import html
import io
import itertools
import json
import re
import textwrap
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, TextIO

from scoring.api import FRAME_COLUMNS, claim_row
from scoring.types import LABEL_VALUES, LABELS, ArticleReport, ClaimScore

__all__ = [
    "csv_header",
    "render_csv_rows",
    "render_html",
    "render_json",
    "render_jsonl",
    "render_table",
    "score_color",
    "write_csv_stream",
    "write_json_stream",
]

# ---------------------------------------------------------------------------
# JSON and JSONL

# Characters that ``str.splitlines`` and some JSONL readers treat as line breaks
# but ``json.dumps(ensure_ascii=False)`` leaves raw (it escapes only C0 controls).
_LINE_BREAKS_JSON_KEEPS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_LINE_BREAK_RE = re.compile("[\x85\u2028\u2029]")


def render_json(report: ArticleReport) -> str:
    """The ``credscore.article/1`` object, indented, UTF-8 text (not ASCII-escaped), full precision.

    Refuses NaN and infinity (``ValueError``): the output is always strict JSON.
    """
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def render_jsonl(report: ArticleReport) -> str:
    """The article object as one JSONL record: exactly one line, terminated by ``"\\n"``.

    The record holds no raw line break of any kind: C0 controls are escaped by
    ``json``, and U+0085, U+2028 and U+2029 (which ``str.splitlines`` would split
    on) are written as ``\\uXXXX`` escapes; the parsed value is unchanged.
    """
    line = json.dumps(report.to_dict(), ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return _LINE_BREAK_RE.sub(lambda m: _LINE_BREAKS_JSON_KEEPS[m.group()], line) + "\n"


def _jsonl_value(value: Any) -> str:
    line = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return _LINE_BREAK_RE.sub(lambda m: _LINE_BREAKS_JSON_KEEPS[m.group()], line)


def _indented(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, allow_nan=False)


def write_json_stream(stream: Any, out: TextIO, *, one_line: bool) -> None:
    """Write an ``ArticleStream`` claim by claim as one ``credscore.article/1`` object.

    The keys come in the order schema, model, claims, article, summary (the article's
    unscored segments and the summary are known only after the last claim); the object is
    the one ``render_json``/``render_jsonl`` would write, and memory stays bounded by the
    stream's digests instead of every claim's full score.
    """
    dump = _jsonl_value if one_line else _indented
    newline, pad = ("", "") if one_line else ("\n", "  ")
    out.write("{" + newline + f'{pad}"schema":{dump(stream.schema)},{newline}{pad}"model":{dump(stream.model)},')
    out.write(newline + pad + '"claims":[')
    for k, claim in enumerate(stream.claims):
        text = dump(claim.to_dict())
        if not one_line:
            text = "\n".join(pad * 2 + line for line in text.splitlines())
        out.write(("," if k else "") + newline + text)
    out.write(newline + pad + f"],{newline}{pad}" + f'"article":{dump(stream.article)},')
    out.write(newline + pad + f'"summary":{dump(stream.summary)}' + newline + "}\n")


def write_csv_stream(stream: Any, out: TextIO, article_id: str | None) -> None:
    """Write an ``ArticleStream``'s claims as CSV rows (header included), one claim at a time."""
    out.write(csv_header())
    for claim in stream.claims:
        row = claim_row("" if article_id is None else str(article_id), claim)
        out.write(_csv([[_csv_cell(row[column]) for column in FRAME_COLUMNS]]))


# ---------------------------------------------------------------------------
# CSV

# A cell starting with one of these is run as a formula by spreadsheet programs
# (OWASP "CSV injection"); such cells get a leading apostrophe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv(rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    # "\r\n" (RFC 4180): with it the csv module also quotes a cell holding a bare "\r".
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(rows)
    return buffer.getvalue()


def csv_header() -> str:
    """The CSV header line (``scoring.api.FRAME_COLUMNS``), ending with ``"\\r\\n"``."""
    return _csv([FRAME_COLUMNS])


def render_csv_rows(report: ArticleReport) -> str:
    """One CSV row per claim, without the header; each row ends with ``"\\r\\n"``.

    Quoting follows the ``csv`` module's excel dialect (RFC 4180: cells holding
    commas, quotes or line breaks are quoted). Text cells that
    a spreadsheet would run as a formula get a leading apostrophe. An article
    without claims gives ``""``.
    """
    article_id = report.article.get("id")
    article_id = "" if article_id is None else str(article_id)
    rows = []
    for claim in report.claims:
        row = claim_row(article_id, claim)
        rows.append([_csv_cell(row[column]) for column in FRAME_COLUMNS])
    return _csv(rows)


# ---------------------------------------------------------------------------
# Terminal table

_ANSI_LABEL = {
    "confirmed": "32",  # green
    "reported": "36",  # cyan
    "claimed": "33",  # yellow
    "speculative": "35",  # magenta
    "denied": "31",  # red
}
_ANSI_BOLD, _ANSI_DIM = "1", "2"
# Bidirectional overrides and isolates: they reorder what a terminal shows.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Below this many columns the table cannot show its fixed columns.
_MIN_TABLE_WIDTH = 60


def _sgr(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color and text else text


def _clean(text: str) -> str:
    """One terminal-safe line: controls (ESC included) and line breaks become spaces, runs collapse."""
    out = []
    for ch in text:
        if ch in _BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
            out.append(" ")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _width(text: str) -> int:
    return sum(_char_width(ch) for ch in text)


def _fit(text: str, columns: int) -> str:
    """``text`` cut to ``columns`` terminal columns, ending with "…" when cut."""
    if _width(text) <= columns:
        return text
    out, used = [], 0
    for ch in text:
        w = _char_width(ch)
        if used + w > columns - 1:
            break
        out.append(ch)
        used += w
    return "".join(out).rstrip() + "…"


def _pad(text: str, columns: int) -> str:
    text = _fit(text, columns)
    return text + " " * (columns - _width(text))


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f}%"


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


# Source types as the claims table shows them (the sources list spells them out).
_SHORT_TYPE = {
    "named_official": "official",
    "named_person": "person",
    "organization": "org",
    "anonymous_official": "anon official",
}


def _source_cell(claim: ClaimScore, columns: int) -> str:
    """``source (type)`` in ``columns``, cutting the source's words before its type."""
    a = claim.attribution
    if a is None or a.source_type == "author" or not a.source:
        return "(author)"
    kind = f" ({_SHORT_TYPE.get(a.source_type, a.source_type)})"
    return _fit(_clean(a.source), max(4, columns - len(kind))) + kind


def _short_cues(claim: ClaimScore) -> str:
    """Cues as ``kind:text``, kinds of one phrase merged: ``evidence+reporting:Confirms``."""
    kinds: dict[tuple[int, int, str], list[str]] = {}
    for cue in claim.cues:
        kinds.setdefault((cue.start, cue.end, cue.text), [])
        if cue.kind not in kinds[(cue.start, cue.end, cue.text)]:
            kinds[(cue.start, cue.end, cue.text)].append(cue.kind)
    return ", ".join(f"{'+'.join(k)}:{text}" for (_s, _e, text), k in kinds.items())


def _pack(items: list[tuple[str, str]], width: int, color: bool, sep: str = "  ", indent: str = "  ") -> list[str]:
    """``(text, ansi code)`` items joined by ``sep`` into lines of at most ``width`` visible columns."""
    lines: list[str] = []
    line, used = indent, _width(indent)
    for text, code in items:
        text = _fit(text, width - _width(indent))
        gap = sep if used > _width(indent) else ""
        if used + _width(gap) + _width(text) > width:
            lines.append(line.rstrip())
            line, used, gap = indent, _width(indent), ""
        line += gap + (_sgr(text, code, color) if code else text)
        used += _width(gap) + _width(text)
    lines.append(line.rstrip())
    return lines


def render_table(report: ArticleReport, *, color: bool, width: int = 100) -> str:
    """A plain-text report for a terminal ``width`` columns wide; ANSI colours only when ``color``.

    One row per claim (id, kind, label, score, source, cues) with its text
    below, then the summary, the sources and the contested groups. Text from
    the article is reduced to one line with control characters removed, so an
    article cannot send escape codes to the terminal.
    """
    width = max(width, _MIN_TABLE_WIDTH)
    bold = partial(_sgr, code=_ANSI_BOLD, color=color)
    dim = partial(_sgr, code=_ANSI_DIM, color=color)
    lines: list[str] = []
    summary = report.summary
    article = report.article
    model = f"{report.model.get('name', '?')} {report.model.get('version', '?')}"
    title = f"credscore · article {article.get('id') or '(no id)'} · model {model}"
    lines.append(bold(_fit(_clean(title), width)))
    lines.append("")

    # Claims: id 4, kind 8, label 11, score 5, then source and cues share the rest; two spaces between.
    source_w = max(18, (width - 38) // 2)
    cues_w = width - (4 + 8 + 11 + 5 + 5 * 2) - source_w - 2
    header = "  ".join(
        [_pad("id", 4), _pad("kind", 8), _pad("label", 11), f"{'score':>5}", _pad("source (type)", source_w), "cues"]
    )
    lines.append(bold(header.rstrip()))
    for claim in report.claims:
        label = _sgr(_pad(claim.label, 11), _ANSI_LABEL.get(claim.label, "0"), color)
        cells = [
            _pad(claim.id, 4),
            _pad(claim.kind, 8),
            label,
            f"{claim.score:>5.2f}",
            _pad(_source_cell(claim, source_w), source_w),
            _fit(_clean(_short_cues(claim)), cues_w),
        ]
        lines.append("  ".join(cells).rstrip())
        lines.append(dim("      " + _fit(_clean(claim.text), width - 6)))
    if not report.claims:
        lines.append(dim("(no claims)"))
    lines.append("")

    # Summary.
    lines.append(bold("Summary"))
    by_label = summary.get("by_label", {})
    counts = [(f"{summary.get('claims', len(report.claims))} claims:", "")]
    counts += [(f"{label} {by_label.get(label, 0)}", _ANSI_LABEL[label]) for label in LABELS]
    lines.extend(_pack(counts, width, color))
    by_stance = summary.get("by_stance", {})
    if by_stance:
        lines.extend(_pack([("stances:", "")] + [(f"{k} {n}", "") for k, n in by_stance.items()], width, color))
    shares = [
        (f"mean score {_num(summary.get('mean_score'))}", ""),
        (f"mean certainty {_num(summary.get('mean_certainty'))}", ""),
        (f"hedged {_pct(summary.get('hedged_share'))}", ""),
        (f"attributed {_pct(summary.get('attributed_share'))}", ""),
        (f"anonymous dependency {_pct(summary.get('anonymous_dependency'))}", ""),
    ]
    lines.extend(_pack(shares, width, color, sep=" · "))
    unscored = article.get("unscored") or []
    if unscored:
        lines.append(dim(_fit(f"  {len(unscored)} unscored segments (bylines, captions, datelines) not shown", width)))
    lines.append("")

    # Sources: name ~35%, type 18, credibility 4, then stance per claim, wrapped.
    lines.append(bold("Sources"))
    sources = summary.get("sources") or []
    name_w = max(14, (width - 30) * 40 // 100)
    stance_w = width - 2 - name_w - 2 - 18 - 2 - 4 - 2
    lines.append(
        bold(("  " + "  ".join([_pad("name", name_w), _pad("type", 18), "cred", "stance per claim"])).rstrip())
    )
    for source in sources:
        stances = ", ".join(f"{cid} {stance}" for cid, stance in source.get("stances", {}).items())
        wrapped = textwrap.wrap(stances, width=stance_w) or [""]
        prefix = "  " + "  ".join(
            [
                _pad(_clean(source.get("name", "")), name_w),
                _pad(source.get("type", ""), 18),
                _num(source.get("credibility")),
            ]
        )
        lines.append(f"{prefix}  {wrapped[0]}".rstrip())
        lines.extend(" " * (len(prefix) + 2) + more for more in wrapped[1:])
    if not sources:
        lines.append(dim("  (no attributed sources)"))
    lines.append("")

    # Contested groups: the topic, then each position as source → stance.
    lines.append(bold("Contested claims"))
    groups = summary.get("contested") or []
    for n, group in enumerate(groups, start=1):
        topic = _clean(group.get("topic", "")) or "(no common words)"
        ids = ", ".join(group.get("claims", []))
        lines.append(_fit(f"  {n}. {topic}  ({ids})", width))
        positions = group.get("positions", [])
        longest = max((_width(_clean(p.get("source", ""))) for p in positions), default=8)
        # Indent 5, " → " 3, stance 9 + 2, then "c12 speculative" (up to ~16 columns).
        src_w = max(8, min(longest, width - 5 - 3 - 11 - 16))
        for position in positions:
            stance = position.get("stance", "")
            label = position.get("label", "")
            stance_cell = _pad(stance, 9)
            if label in _ANSI_LABEL:
                stance_cell = _sgr(stance_cell, _ANSI_LABEL[label], color)
            where = _fit(_clean(f"{position.get('claim', '')} {label}"), max(4, width - 19 - src_w))
            source = _pad(_clean(position.get("source", "")), src_w)
            lines.append(f"     {source} → {stance_cell}  {where}".rstrip())
    if not groups:
        lines.append(dim("  (none: no proposition has sources taking different stances)"))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# HTML

# Hue of a score on the colour scale: denied red at 0, speculative orange,
# claimed amber, reported yellow-green, confirmed green at 1 (one stop per
# label value, so each label sits on its own colour).
_HUE_STOPS = ((0.0, 0.0), (0.2, 28.0), (0.4, 44.0), (0.7, 78.0), (1.0, 135.0))
# Background lightness and saturation: light enough for black text to stay legible.
_BG_SATURATION, _BG_LIGHTNESS = 80, 84
_EDGE_SATURATION, _EDGE_LIGHTNESS = 65, 38


def _hue(score: float) -> float:
    score = min(1.0, max(0.0, float(score)))
    for (x0, h0), (x1, h1) in itertools.pairwise(_HUE_STOPS):
        if score <= x1:
            return h0 + (h1 - h0) * (score - x0) / (x1 - x0)
    return _HUE_STOPS[-1][1]


def score_color(score: float, *, edge: bool = False) -> str:
    """The CSS colour of a score on the report's red–amber–green scale."""
    s, lightness = (_EDGE_SATURATION, _EDGE_LIGHTNESS) if edge else (_BG_SATURATION, _BG_LIGHTNESS)
    return f"hsl({_hue(score):.0f} {s}% {lightness}%)"


_CSS = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #6b6b73; --line: #dedee3; --panel: #f6f6f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--ink); background: #fff; }
header { padding: 20px 32px 14px; border-bottom: 1px solid var(--line); }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 15px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 10px; }
.meta { color: var(--muted); font-size: 13px; }
.stats { display: flex; flex-wrap: wrap; gap: 8px 18px; margin: 12px 0 0; font-size: 14px; }
.stats b { font-variant-numeric: tabular-nums; }
.chip { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 13px; border: 1px solid;
  white-space: nowrap; }
.legend { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 14px 36px; margin-top: 14px; font-size: 13px; }
.scale { width: 480px; }
.scale .bar { height: 14px; border-radius: 3px; border: 1px solid var(--line); }
.scale .ticks { position: relative; height: 34px; }
.scale .tick { position: absolute; top: 0; transform: translateX(-50%); text-align: center; line-height: 1.2;
  color: var(--muted); }
.scale .tick:first-child { transform: none; text-align: left; }
.scale .tick:last-child { transform: translateX(-100%); text-align: right; }
.cuekeys { display: flex; flex-wrap: wrap; gap: 6px 14px; max-width: 560px; }
main { display: grid; grid-template-columns: minmax(0, 1fr) 400px; gap: 28px; padding: 20px 32px 40px; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; font: 17px/1.75 Georgia, "Noto Serif", serif;
  max-width: 46em; }
.claim { border-bottom: 3px solid; border-radius: 2px; padding: 1px 0; -webkit-box-decoration-break: clone;
  box-decoration-break: clone; }
.claim::before { content: attr(data-badge); font: 600 11px/1 system-ui, sans-serif; color: #fff;
  background: var(--edge); border-radius: 3px; padding: 2px 4px; margin-right: 4px; vertical-align: 2px;
  white-space: nowrap; }
.claim.headline { font-weight: 700; font-size: 1.12em; }
.claim:target { outline: 2px solid var(--ink); }
.unscored { color: var(--muted); font-style: italic; font-size: .88em; }
.cue { cursor: help; text-underline-offset: 2px; text-decoration-thickness: 1.5px; }
.cue.hedge, .cue.modal { color: #8a4300; text-decoration-line: underline; text-decoration-style: wavy; }
.cue.negation, .cue.denial { color: #a3001b; text-decoration-line: underline; text-decoration-style: double; }
.cue.reporting { color: #2a3f9e; font-style: italic; text-decoration-line: underline;
  text-decoration-style: dotted; text-decoration-thickness: 2px; }
.cue.evidence, .cue.booster { color: #05662a; text-decoration-line: underline; text-decoration-style: solid; }
.cue.source { font-weight: 700; }
aside section { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px;
  margin-bottom: 18px; }
aside table { width: 100%; border-collapse: collapse; font-size: 14px; }
aside th { text-align: left; font-weight: 600; color: var(--muted); font-size: 12px; padding: 0 6px 4px 0; }
aside td { vertical-align: top; padding: 5px 6px 5px 0; border-top: 1px solid var(--line); }
aside .type { color: var(--muted); font-size: 12px; }
.cred { font-variant-numeric: tabular-nums; white-space: nowrap; }
.cred i { display: inline-block; height: 6px; background: #3451b2; border-radius: 3px; vertical-align: middle;
  margin-left: 4px; }
.stances { display: flex; flex-wrap: wrap; gap: 3px; }
a.cid { color: inherit; text-decoration: none; }
.stance { font-size: 12px; padding: 0 6px; border-radius: 9px; white-space: nowrap; border: 1px solid; }
.stance.supports { background: #e3f4e6; border-color: #8cc79a; }
.stance.denies { background: #fbe3e4; border-color: #e39aa0; }
.stance.questions { background: #fdf0d8; border-color: #e4b866; }
.stance.neutral { background: #ececef; border-color: #c2c2c8; }
.group { margin-bottom: 12px; }
.group:last-child { margin-bottom: 0; }
.topic { font-weight: 600; }
.group ul { margin: 6px 0 0; padding: 0; list-style: none; font-size: 14px; }
.group li { padding: 3px 0; }
.empty { color: var(--muted); font-size: 14px; }
@media (max-width: 980px) { main { grid-template-columns: 1fr; } }
"""


@dataclass(frozen=True, slots=True)
class _Mark:
    """An element to wrap around ``text[start:end]``; lower ``layer`` nests outside higher."""

    start: int
    end: int
    layer: int
    tag_open: str


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _claim_title(claim: ClaimScore) -> str:
    a = claim.attribution
    source = "author (unattributed)"
    if a is not None and a.source_type != "author" and a.source:
        source = f"{a.source} ({a.source_type.replace('_', ' ')}, credibility {a.credibility:.2f})"
    probs = ", ".join(f"{label} {p:.2f}" for label, p in claim.probabilities.items())
    head = f"{claim.id} · {claim.kind} · {claim.label} {claim.score:.2f} · stance {claim.stance}"
    return f"{head}\nsource: {source}\n{probs}"


def _marks(report: ArticleReport, length: int) -> list[_Mark]:
    marks: list[_Mark] = []
    for seg in report.article.get("unscored") or []:
        title = f"{seg['kind']} (not scored)"
        marks.append(
            _Mark(seg["start"], seg["end"], 0, f'<span class="unscored {_esc(seg["kind"])}" title="{_esc(title)}">')
        )
    for claim in report.claims:
        style = f"background:{score_color(claim.score)};border-color:{score_color(claim.score, edge=True)};"
        style += f"--edge:{score_color(claim.score, edge=True)}"
        badge = f"{claim.id} {claim.score:.2f}"
        marks.append(
            _Mark(
                claim.start,
                claim.end,
                0,
                f'<span class="claim {_esc(claim.kind)} {_esc(claim.label)}" id="claim-{_esc(claim.id)}"'
                f' data-badge="{_esc(badge)}" style="{style}" title="{_esc(_claim_title(claim))}">',
            )
        )
        # Cues on one span (a verb that is both evidence and reporting) share one element.
        by_span: dict[tuple[int, int], list[Any]] = {}
        for cue in claim.cues:
            by_span.setdefault((cue.start, cue.end), []).append(cue)
        for (start, end), cues in by_span.items():
            kinds = " ".join(dict.fromkeys(c.kind for c in cues))
            title = "\n".join(f"{c.kind} · {c.category.replace('_', ' ')} (weight {c.weight:g})" for c in cues)
            marks.append(_Mark(start, end, 2, f'<span class="cue {_esc(kinds)}" title="{_esc(title)}">'))
        a = claim.attribution
        # A sentence of a quotation points at its speaker's mention in another claim, marked there once.
        if (
            a is not None
            and a.source_span is not None
            and a.source_type != "author"
            and claim.start <= a.source_span.start < claim.end
        ):
            title = f"source · {a.source_type.replace('_', ' ')} · credibility {a.credibility:.2f}"
            span = a.source_span
            marks.append(_Mark(span.start, span.end, 1, f'<span class="cue source" title="{_esc(title)}">'))
    return [m for m in marks if 0 <= m.start < m.end <= length]


def _markup(text: str, marks: list[_Mark]) -> str:
    """``text`` escaped, with every mark's element around its characters.

    Overlapping marks are split at boundary events: the text is cut at every
    mark's start and end, and each piece is wrapped in the marks that cover it,
    outer layers first, then earlier and longer marks. Between pieces only the
    elements that differ are closed and opened, so each character is written
    exactly once and the elements always nest.
    """
    # Nesting order: a mark's rank; lower ranks open outside higher ones.
    ranked = sorted(marks, key=lambda m: (m.layer, m.start, -m.end))
    starts: dict[int, list[int]] = {}
    for r, m in enumerate(ranked):
        starts.setdefault(m.start, []).append(r)
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    stack: list[int] = []
    active: set[int] = set()
    for left, right in itertools.pairwise(bounds):
        active = {r for r in active if ranked[r].end > left} | set(starts.get(left, ()))
        wanted = sorted(active)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] == wanted[keep]:
            keep += 1
        out.append("</span>" * (len(stack) - keep))
        out.extend(ranked[r].tag_open for r in wanted[keep:])
        stack = wanted
        out.append(html.escape(text[left:right], quote=True))
    out.append("</span>" * len(stack))
    return "".join(out)


def _legend() -> str:
    stops = ", ".join(f"{score_color(x / 20)} {x * 5}%" for x in range(21))
    ticks = "".join(
        f'<span class="tick" style="left:{100 * LABEL_VALUES[label]:.0f}%">{label}<br>{LABEL_VALUES[label]:.1f}</span>'
        for label in reversed(LABELS)
    )
    cue_keys = [
        ("hedge modal", "hedge / modal"),
        ("negation denial", "negation / denial"),
        ("evidence booster", "evidence / booster"),
        ("reporting", "reporting verb"),
        ("source", "source"),
    ]
    keys = "".join(f'<span><span class="cue {cls}">{_esc(name)}</span></span>' for cls, name in cue_keys)
    return (
        '<div class="legend" aria-label="legend">'
        f'<div class="scale"><div class="bar" style="background:linear-gradient(to right, {stops})"></div>'
        f'<div class="ticks">{ticks}</div></div>'
        f'<div class="cuekeys"><span class="meta">Cues (hover for kind and category):</span>{keys}'
        '<span class="unscored">byline / caption (not scored)</span></div>'
        "</div>"
    )


def _label_chip(label: str, count: int) -> str:
    value = LABEL_VALUES.get(label, 0.5)
    return (
        f'<span class="chip" style="background:{score_color(value)};border-color:{score_color(value, edge=True)}">'
        f"{_esc(label)} <b>{count}</b></span>"
    )


def _claim_link(claim_id: str) -> str:
    return f'<a class="cid" href="#claim-{_esc(claim_id)}">{_esc(claim_id)}</a>'


def _sources_panel(sources: list[dict[str, Any]]) -> str:
    if not sources:
        return (
            '<section><h2>Sources</h2><p class="empty">No attributed sources: the author states every claim.</p>'
            "</section>"
        )
    rows = []
    for source in sources:
        cred = float(source.get("credibility") or 0.0)
        stances = "".join(
            f'<span class="stance {_esc(stance)}">{_claim_link(cid)} {_esc(stance)}</span>'
            for cid, stance in source.get("stances", {}).items()
        )
        mentions = [m for m in source.get("mentions", []) if m != source.get("name")]
        also = f'<div class="type">also: {_esc(", ".join(mentions))}</div>' if mentions else ""
        rows.append(
            f"<tr><td>{_esc(source.get('name', ''))}"
            f'<div class="type">{_esc(str(source.get("type", "")).replace("_", " "))}</div>{also}</td>'
            f'<td class="cred">{cred:.2f}<i style="width:{40 * cred:.0f}px"></i></td>'
            f'<td><div class="stances">{stances}</div></td></tr>'
        )
    return (
        "<section><h2>Sources</h2><table><thead><tr><th>source</th><th>credibility</th><th>stance per claim</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


def _contested_panel(groups: list[dict[str, Any]]) -> str:
    if not groups:
        return (
            '<section><h2>Contested claims</h2><p class="empty">None: no proposition has sources taking different'
            " stances.</p></section>"
        )
    items = []
    for group in groups:
        positions = "".join(
            f"<li>{_esc(p.get('source', ''))} → "
            f'<span class="stance {_esc(p.get("stance", ""))}">{_esc(p.get("stance", ""))}</span> '
            f'<span class="type">{_claim_link(p.get("claim", ""))} {_esc(p.get("label", ""))}</span></li>'
            for p in group.get("positions", [])
        )
        topic = group.get("topic") or "(no common words)"
        items.append(f'<div class="group"><div class="topic">{_esc(topic)}</div><ul>{positions}</ul></div>')
    return f"<section><h2>Contested claims</h2>{''.join(items)}</section>"


def render_html(report: ArticleReport, text: str) -> str:
    """One self-contained HTML page: the article with claims shaded by score, cues marked, and the summary.

    ``text`` is the article the report was made from (offsets index into it).
    No network: inline CSS, no scripts, and a Content-Security-Policy that
    forbids loading anything. Article text is escaped; the characters of the
    article container are exactly ``text`` (a browser folds ``\\r\\n`` to ``\\n``).
    """
    summary = report.summary
    article = report.article
    article_id = article.get("id")
    title = f"credscore · {article_id}" if article_id else "credscore report"
    by_label = summary.get("by_label", {})
    chips = " ".join(_label_chip(label, by_label.get(label, 0)) for label in LABELS)
    stats = [
        f"<span><b>{summary.get('claims', len(report.claims))}</b> claims</span>",
        f"<span>mean score <b>{_num(summary.get('mean_score'))}</b></span>",
        f"<span>mean certainty <b>{_num(summary.get('mean_certainty'))}</b></span>",
        f"<span>hedged <b>{_pct(summary.get('hedged_share'))}</b></span>",
        f"<span>attributed <b>{_pct(summary.get('attributed_share'))}</b></span>",
        f"<span>anonymous dependency <b>{_pct(summary.get('anonymous_dependency'))}</b></span>",
    ]
    model = report.model
    meta = (
        f"{_esc(report.schema)} · model {_esc(model.get('name', '?'))} {_esc(model.get('version', '?'))}"
        f" · {len(text)} characters · {len(article.get('unscored') or [])} unscored segments"
    )
    body = _markup(text, _marks(report, len(text)))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(title)}</title>\n<style>{_CSS}</style></head>\n<body>\n"
        f'<header><h1>{_esc(title)}</h1><div class="meta">{meta}</div>'
        f'<div class="stats">{chips}</div><div class="stats">{"".join(stats)}</div>{_legend()}</header>\n'
        f'<main><article class="article">{body}</article>\n'
        f"<aside>{_sources_panel(summary.get('sources') or [])}{_contested_panel(summary.get('contested') or [])}"
        "</aside></main>\n</body></html>\n"
    )
