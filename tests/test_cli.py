"""The command line, exercised through Typer's CliRunner: exit codes, stderr, parseable stdout."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scoring.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "articles" / "000_e0dc83ff7eb116bc.txt"
COMMANDS = ["score", "batch", "train", "evaluate", "explain", "info"]
runner = CliRunner()


def _schema_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = ROOT / "scoring" / "schema" / "article-1.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = _run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_appears_in_the_readme(command):
    assert f"credscore {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_score_json_validates_and_shows_the_contested_group():
    result = _run("score", str(SEED), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    _schema_validator().validate(report)
    group = report["summary"]["contested"][0]
    stances = {p["source"]: p["stance"] for p in group["positions"]}
    assert "denies" in stances.values() and "supports" in stances.values()
    assert any("officials" in source for source in stances)


def test_score_jsonl_is_one_valid_line():
    result = _run("score", str(SEED), "--format", "jsonl")
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    _schema_validator().validate(json.loads(lines[0]))


def test_score_csv_has_one_row_per_claim_with_offsets():
    result = _run("score", str(SEED), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    text = SEED.read_text(encoding="utf-8")
    assert len(rows) >= 15
    for row in rows:
        assert text[int(row["start"]) : int(row["end"])] == row["text"]


def test_score_table_lists_sources_and_summary():
    result = _run("score", str(SEED))
    assert result.exit_code == 0
    assert "Sources" in result.stdout and "Secretary Of Defence Llyod Austin" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour in a pipe


def test_score_html_to_output_file(tmp_path):
    out = tmp_path / "report.html"
    result = _run("score", str(SEED), "--format", "html", "--output", str(out))
    assert result.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "Pentagon chief" in page


def test_score_reads_stdin():
    result = _run("score", "-", "--format", "json", input="Officials said the bridge would reopen on Monday.")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["summary"]["claims"] == 1


def test_score_reads_html_and_drops_scripts(tmp_path):
    page = tmp_path / "a.html"
    page.write_text(
        "<html><head><style>p{}</style><script>var said='x';</script></head><body><nav>Home</nav>"
        "<article><h1>Mayor Denies Selling The Park</h1><p>The mayor denied the reports on Friday.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    result = _run("score", str(page), "--format", "json")
    assert result.exit_code == 0
    texts = [c["text"] for c in json.loads(result.stdout)["claims"]]
    assert texts == ["Mayor Denies Selling The Park", "The mayor denied the reports on Friday."]


def test_score_with_source_registry_shifts_credibility(tmp_path):
    registry = tmp_path / "sources.csv"
    registry.write_text("pattern,prior,note\npentagon,0.1,test prior\n", encoding="utf-8")
    plain = json.loads(_run("score", str(SEED), "--format", "json").stdout)
    shifted = json.loads(_run("score", str(SEED), "--format", "json", "--sources", str(registry)).stdout)

    def credibility(report):
        return next(c["attribution"]["credibility"] for c in report["claims"] if "Pentagon chief" in c["text"])

    assert credibility(shifted) < credibility(plain)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["score", "no/such/file.txt"], "no such file"),
        (["score", "seeds"], "is a directory"),
        (["score", str(SEED), "--format", "json", "--output", "missing/dir/out.json"], "does not exist"),
        (["train", "no/such.jsonl"], "no such file"),
    ],
    ids=["missing-file", "directory", "output-in-missing-dir", "train-missing-data"],
)
def test_bad_input_is_one_error_line_and_exit_2(args, message):
    result = _run(*args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error:") and message in lines[0]


def test_binary_file_is_refused(tmp_path):
    png = tmp_path / "image.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    result = _run("score", str(png))
    assert result.exit_code == 2 and "binary" in result.stderr


def test_empty_file_gives_a_valid_empty_report(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = _run("score", str(empty), "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    _schema_validator().validate(report)
    assert report["claims"] == []


def test_missing_model_exits_1_with_advice(tmp_path):
    result = _run("score", str(SEED), "--model", str(tmp_path))
    assert result.exit_code == 1
    assert "make train" in result.stderr


def test_debug_shows_the_traceback(tmp_path):
    result = _run("--debug", "score", str(SEED), "--model", str(tmp_path))
    assert result.exit_code != 0
    assert result.exception is not None


def test_batch_scores_good_rows_and_reports_bad_ones(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "The ministry confirmed the dam had failed."}),
                "{broken json",
                json.dumps(["not", "an", "object"]),
                json.dumps({"id": "b"}),
                json.dumps({"id": "c", "text": 42}),
                json.dumps({"id": "a", "text": "A duplicate id."}),
                json.dumps({"id": "d", "text": "Sources say the coach could be sacked."}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = _run("batch", str(source), "--output", str(out), "--id-field", "id", "--errors", str(errors), "-j", "1")
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["article"]["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["a", "d"]
    bad = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [b["line"] for b in bad] == [2, 3, 4, 5, 6]
    assert "duplicate id" in bad[-1]["error"]
    assert result.stderr.count("warning: line") == 5


def test_batch_csv_output_on_two_workers(tmp_path):
    source = tmp_path / "in.csv"
    rows = [{"id": f"r{k}", "text": f"Police said {k} people were arrested on Friday."} for k in range(12)]
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "text"])
        writer.writeheader()
        writer.writerows(rows)
    out = tmp_path / "out.csv"
    result = _run("batch", str(source), "--output", str(out), "--id-field", "id", "--jobs", "2")
    assert result.exit_code == 0, result.output
    got = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["article_id"] for r in got] == [f"r{k}" for k in range(12)]


@pytest.mark.parametrize("jobs", ["0", "-3"])
def test_batch_rejects_bad_job_counts(tmp_path, jobs):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": "A claim."}) + "\n", encoding="utf-8")
    result = _run("batch", str(source), "--output", str(tmp_path / "o.jsonl"), "--jobs", jobs)
    assert result.exit_code == 2 and "--jobs" in result.stderr


def test_batch_csv_without_text_column(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("id,body\n1,Something happened.\n", encoding="utf-8")
    result = _run("batch", str(source), "--output", str(tmp_path / "o.jsonl"))
    assert result.exit_code == 2 and "--text-field" in result.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_train_then_evaluate_then_info(tmp_path):
    rows = [json.loads(line) for line in (ROOT / "seeds" / "claims.jsonl").open(encoding="utf-8")]
    picked = [r for r in rows if r["split"] == "train"][:400]
    data = tmp_path / "train.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in picked), encoding="utf-8")
    model = tmp_path / "model"
    result = _run("train", str(data), "--output", str(model), "--cv", "3")
    assert result.exit_code == 0, result.output
    assert "macro-F1" in result.stdout and "confusion" in result.stdout
    held = tmp_path / "dev.jsonl"
    held.write_text("".join(json.dumps(r) + "\n" for r in rows if r["split"] == "dev"), encoding="utf-8")
    evaluated = _run("evaluate", str(held), "--model", str(model), "--json")
    assert evaluated.exit_code == 0
    assert json.loads(evaluated.stdout)["label"]["macro_f1"] > 0.3
    info = _run("info", "--model", str(model))
    assert info.exit_code == 0 and "labels" in info.stdout


def test_explain_lists_cues_attribution_and_contributions():
    result = _run("explain", "Officials from the ministry have denied the reports, calling them groundless.")
    assert result.exit_code == 0
    assert "denial:denial_verb" in result.stdout
    assert "attribution: 'Officials from the ministry'" in result.stdout
    assert "contributions toward" in result.stdout
