"""Bad and odd inputs to `credscore score` and `credscore batch`: a correct result, or exit 2 with one
``Error: …`` line that says what to do, no traceback, and no output file left behind.

Cases already pinned in tests/test_cli.py are not repeated here: a missing path, a directory and an output in
a missing directory for `score` (test_bad_input_is_one_error_line_and_exit_2), PNG bytes
(test_binary_file_is_refused), an empty file (test_empty_file_gives_a_valid_empty_report), HTML with scripts
and styles (test_score_reads_html_and_drops_scripts), the JSONL batch with a broken line, a non-object, a
missing and a non-string text and a duplicate id (test_batch_scores_good_rows_and_reports_bad_ones), a CSV
without the text column (test_batch_csv_without_text_column) and ``--jobs 0``/``--jobs -3``
(test_batch_rejects_bad_job_counts). Here they are checked again only where that test leaves a gap: in a real
process (no traceback on stderr) or for files left behind.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scoring.cli import app

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = ROOT / "seeds" / "claims.jsonl"
SCHEMA = ROOT / "scoring" / "schema" / "article-1.json"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
SENTENCE = "Officials said the bridge would reopen on Monday."
runner = CliRunner()


def _validator():
    jsonschema = pytest.importorskip("jsonschema")
    return jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def _cli(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, list(args), input=input)


def _credscore(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scoring", *args], capture_output=True, text=True, **kwargs)


def assert_one_error_line(stderr: str, *hints: str) -> None:
    """The error contract: exactly one stderr line, starting ``Error:``, naming what to do."""
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("Error: ")
    for hint in hints:
        assert hint in lines[0]


def _report(result) -> dict:
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    _validator().validate(report)
    return report


# --- score: decoding -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "claims"),
    [
        (b"   \n\t\n  \r\n", []),
        (SENTENCE.encode("latin-1"), [SENTENCE]),
        ("Le ministre a confirmé que le pont était fermé.".encode("latin-1"), None),
        (SENTENCE.encode("utf-16"), [SENTENCE]),
        ("Le ministre a confirmé que le pont était fermé.".encode("utf-16"), None),
        (b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), [SENTENCE]),
        (SENTENCE.encode("utf-16-le"), [SENTENCE]),
        (SENTENCE.encode("utf-16-be"), [SENTENCE]),
    ],
    ids=["whitespace", "latin1-ascii", "latin1", "utf16-bom", "utf16-accents", "utf8-bom", "utf16le", "utf16be"],
)
def test_text_in_any_common_encoding_is_scored(tmp_path, data, claims):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    report = _report(_cli("score", str(path), "--format", "json"))
    texts = [c["text"] for c in report["claims"]]
    if claims is None:
        assert texts == ["Le ministre a confirmé que le pont était fermé."]
    else:
        assert texts == claims
    assert not any(t.startswith("\ufeff") for t in texts)  # the byte-order mark is not part of the text


def test_latin1_text_is_decoded_with_a_note(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes("Le ministre a confirmé que le pont était fermé.".encode("latin-1"))
    result = _cli("score", str(path), "--format", "json")
    assert result.exit_code == 0
    assert "note:" in result.stderr and "Latin-1" in result.stderr


def test_binary_file_in_a_real_process_is_one_error_line(tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(PNG)
    result = _credscore("score", str(path), "--output", str(tmp_path / "out.json"))
    assert result.returncode == 2
    assert_one_error_line(result.stderr, "binary", "UTF-8")
    assert not (tmp_path / "out.json").exists()
    assert os.listdir(tmp_path) == ["photo.png"]  # no temporary output either


def test_only_bylines_and_captions_is_a_valid_empty_report(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("By Jane Smith\n\nPhoto: Reuters\n\nBY Associated Press\n", encoding="utf-8")
    report = _report(_cli("score", str(path), "--format", "json"))
    assert report["claims"] == []
    assert {s["kind"] for s in report["article"]["unscored"]} == {"byline", "caption"}


def test_html_without_an_article_drops_scripts_styles_and_navigation(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>x</title><style>body{content:'officials said'}</style>"
        "<script>if (a < b) { document.write('Sources claimed'); }</script></head><body>"
        "<nav><a>Officials said</a></nav><p>The mayor denied the reports.</p><footer>confirmed</footer>"
        "<script type='application/ld+json'>{\"said\": 1}</script></body></html>",
        encoding="utf-8",
    )
    report = _report(_cli("score", str(path), "--format", "json"))
    assert [c["text"] for c in report["claims"]] == ["The mayor denied the reports."]


def test_one_megabyte_sentence_without_punctuation_is_scored(tmp_path):
    path = tmp_path / "article.txt"
    words = ["officials", "said", "the", "bridge", "could", "reopen", "monday", "after", "repairs"]
    text = " ".join(words[k % len(words)] + str(k % 97) for k in range(120_000))[:1_000_000]
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    report = _report(_cli("score", str(path), "--format", "json"))
    assert time.monotonic() - started < 30
    for claim in report["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]


# --- score: paths and streams -----------------------------------------------------------------------------


def test_unreadable_file_says_check_permissions(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: simulate the refusal

        def refuse(self):
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "read_bytes", refuse)
    result = _cli("score", str(path))
    assert result.exit_code == 2
    assert_one_error_line(result.stderr, "permission", "secret.txt")


def test_a_path_that_does_not_exist_in_a_real_process(tmp_path):
    result = _credscore("score", str(tmp_path / "nothing.txt"))
    assert result.returncode == 2
    assert_one_error_line(result.stderr, "no such file", "- for stdin")


def test_empty_stdin_gives_a_valid_empty_report():
    result = _credscore("score", "-", "--format", "json", stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["claims"] == []


def test_stdin_closed_before_start_gives_a_valid_empty_report():
    # like `credscore score - 0<&-`: the process starts with no file descriptor 0 at all
    result = _credscore("score", "-", "--format", "json", preexec_fn=lambda: os.close(0))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["claims"] == []


def test_output_in_a_missing_directory_writes_nothing(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(SENTENCE, encoding="utf-8")
    result = _credscore("score", str(source), "--output", str(tmp_path / "missing" / "out.json"))
    assert result.returncode == 2
    assert_one_error_line(result.stderr, "does not exist", "--output")
    assert os.listdir(tmp_path) == ["a.txt"]


# --- batch -----------------------------------------------------------------------------------------------


def _jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_batch_bad_rows_in_a_real_process_are_warnings_not_tracebacks(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        b'{"id": "a", "text": "Police said two people were hurt."}\n'
        b"{broken\n"
        b"[1, 2]\n"
        b'{"id": "b"}\n'
        b'{"id": "c", "text": ["a list"]}\n'
        b'{"id": "a", "text": "Again."}\n'
        b'{"id": "d", "text": "caf\xe9 latin-1 bytes"}\n'
        b'"just a string"\n'
        b"\n"
        b'{"id": "e", "text": ""}\n'
    )
    out = tmp_path / "out.jsonl"
    result = _credscore("batch", str(source), "-o", str(out), "--id-field", "id", "-j", "1")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("warning: line") == 7
    ids = [json.loads(line)["article"]["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["a", "e"]  # an empty text is a valid, empty article


@pytest.mark.parametrize(
    ("name", "content", "hints"),
    [
        ("in.csv", b"id,body\n1,Something happened.\n", ["'text'", "--text-field"]),
        ("in.parquet", b"PAR1 not really parquet", ["not a readable Parquet file"]),
        ("in.xlsx", b"PK\x03\x04", [".jsonl", ".csv", ".parquet"]),
        ("missing.jsonl", None, ["no such file"]),
        ("folder.jsonl", "dir", ["directory"]),
    ],
    ids=["csv-without-text", "not-parquet", "unknown-type", "missing", "directory"],
)
def test_batch_bad_input_file_leaves_no_output_or_partial(tmp_path, name, content, hints):
    source = tmp_path / name
    if content == "dir":
        source.mkdir()
    elif content is not None:
        source.write_bytes(content)
    out = tmp_path / "out" / "scores.jsonl"
    out.parent.mkdir()
    result = _cli("batch", str(source), "--output", str(out))
    assert result.exit_code == 2
    assert_one_error_line(result.stderr, *hints)
    assert os.listdir(out.parent) == []


def test_batch_parquet_with_the_wrong_schema(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["x", "y"], "body": [SENTENCE, SENTENCE]}), source)
    out = tmp_path / "out" / "scores.jsonl"
    out.parent.mkdir()
    result = _cli("batch", str(source), "--output", str(out))
    assert result.exit_code == 2
    assert_one_error_line(result.stderr, "'text'", "body", "--text-field")
    assert os.listdir(out.parent) == []
    # the right column name then works
    assert _cli("batch", str(source), "--output", str(out), "--text-field", "body", "-j", "1").exit_code == 0


def test_batch_parquet_with_a_non_string_text_column_reports_every_row(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["x", "y"], "text": [3, 4]}), source)
    out = tmp_path / "scores.jsonl"
    result = _cli("batch", str(source), "--output", str(out), "--id-field", "id", "-j", "1")
    assert result.exit_code == 0
    assert result.stderr.count("is int, not a string") == 2
    assert out.read_text(encoding="utf-8") == ""


@pytest.mark.parametrize("jobs", ["0", "-3"])
def test_batch_bad_job_count_in_a_real_process(tmp_path, jobs):
    source = _jsonl(tmp_path / "in.jsonl", [{"text": SENTENCE}])
    result = _credscore("batch", str(source), "--output", str(tmp_path / "o.jsonl"), "--jobs", jobs)
    assert result.returncode == 2
    assert_one_error_line(result.stderr, "--jobs", "1 or more")
    assert os.listdir(tmp_path) == ["in.jsonl"]


@pytest.mark.parametrize("output", ["missing/o.jsonl", "o.txt"], ids=["missing-dir", "unknown-suffix"])
def test_batch_bad_output_path(tmp_path, output):
    source = _jsonl(tmp_path / "in.jsonl", [{"text": SENTENCE}])
    result = _cli("batch", str(source), "--output", str(tmp_path / output))
    assert result.exit_code == 2
    assert_one_error_line(result.stderr, "--output" if "/" in output else ".jsonl or .csv")
    assert os.listdir(tmp_path) == ["in.jsonl"]


# --- scale (slow) ----------------------------------------------------------------------------------------

# Bytes of the large article, and the peak RSS allowed while scoring it (a generous multiple of the text).
LARGE_ARTICLE_BYTES = 50 * 1024 * 1024
LARGE_ARTICLE_MAX_RSS = 3 * 1024**3
LARGE_ARTICLE_SECONDS = 900


def _write_news(path: Path, size: int) -> None:
    texts = [json.loads(line)["text"] for line in CLAIMS.open(encoding="utf-8")]
    written, k = 0, 0
    with path.open("w", encoding="utf-8") as handle:
        while written < size:
            paragraph = " ".join(texts[(k + j) % len(texts)] for j in range(4)) + "\n\n"
            handle.write(paragraph)
            written += len(paragraph.encode("utf-8"))
            k += 4


@pytest.mark.slow
def test_fifty_megabyte_article_is_scored_with_bounded_memory(tmp_path):
    source, out = tmp_path / "big.txt", tmp_path / "big.jsonl"
    _write_news(source, LARGE_ARTICLE_BYTES)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    try:
        result = _credscore("score", str(source), "-f", "jsonl", "-o", str(out), timeout=LARGE_ARTICLE_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"scoring 50 MB took more than {LARGE_ARTICLE_SECONDS} s")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # KiB on Linux
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["claims"] > 100_000
    assert max(peak, before * 1024) < LARGE_ARTICLE_MAX_RSS
