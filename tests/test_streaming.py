"""Very long texts are scored claim by claim: the streamed output is the same article object."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import scoring.cli
from scoring import score_text
from scoring.api import ArticleStream
from scoring.render import csv_header, render_csv_rows, render_json, write_csv_stream, write_json_stream

SEED = Path(__file__).resolve().parents[1] / "seeds" / "articles" / "000_e0dc83ff7eb116bc.txt"


def _seed() -> str:
    with open(SEED, encoding="utf-8", newline="") as handle:
        return handle.read()


@pytest.mark.parametrize("one_line", [True, False], ids=["jsonl", "json"])
def test_streamed_json_is_the_same_article_object(one_line):
    text = _seed()
    expected = json.loads(render_json(score_text(text, article_id="seed")))
    out = io.StringIO()
    write_json_stream(ArticleStream(text, article_id="seed"), out, one_line=one_line)
    assert json.loads(out.getvalue()) == expected
    assert (out.getvalue().count("\n") == 1) is one_line


def test_streamed_csv_is_the_same_rows():
    text = _seed()
    out = io.StringIO()
    write_csv_stream(ArticleStream(text, article_id="seed"), out, "seed")
    assert out.getvalue() == csv_header() + render_csv_rows(score_text(text, article_id="seed"))


def test_long_text_takes_the_streaming_path_in_the_cli(tmp_path, monkeypatch):
    monkeypatch.setattr(scoring.cli, "STREAM_CHARS", 100)
    out = tmp_path / "claims.csv"
    result = CliRunner().invoke(scoring.cli.app, ["score", str(SEED), "--format", "csv", "--output", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    text = _seed()
    assert rows and all(text[int(r["start"]) : int(r["end"])] == r["text"] for r in rows)
