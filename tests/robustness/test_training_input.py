"""Labeled data for `credscore train`: every problem is one error line naming the fix; conflicts are warned
about and resolved the same way every time. Training end to end is in tests/test_cli.py
(test_train_then_evaluate_then_info) and tests/test_training.py."""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scoring.cli import app
from scoring.labeled import MIN_PER_CLASS, read_labeled
from scoring.types import LABELS

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = ROOT / "seeds" / "claims.jsonl"
runner = CliRunner()


def _seed_rows() -> list[dict]:
    return [json.loads(line) for line in CLAIMS.open(encoding="utf-8")]


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _balanced(n: int = 12) -> list[dict]:
    """``n`` training rows of every label, distinct texts."""
    unique = {r["text"]: r for r in _seed_rows() if r["split"] == "train"}
    return [r for label in LABELS for r in [r for r in unique.values() if r["label"] == label][:n]]


def _train_error(tmp_path: Path, rows: list[dict], *extra: str) -> str:
    data = _write(tmp_path / "data.jsonl", rows)
    result = runner.invoke(app, ["train", str(data), "--output", str(tmp_path / "model"), *extra])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert not (tmp_path / "model").exists()
    return lines[0]


def test_unknown_label_lists_the_allowed_ones_and_label_map(tmp_path):
    rows = _balanced()
    rows[3] = {**rows[3], "label": "TRUE"}
    line = _train_error(tmp_path, rows)
    assert "'TRUE'" in line and "data.jsonl:4" in line and "--label-map" in line
    assert all(label in line for label in LABELS)


def test_label_map_makes_unknown_labels_usable(tmp_path):
    rows = [{**r, "label": {"confirmed": "true", "denied": "false"}.get(r["label"], r["label"])} for r in _balanced()]
    data = read_labeled([_write(tmp_path / "d.jsonl", rows)], {"true": "confirmed", "false": "denied"})
    assert {c.label for c in data.claims} == set(LABELS)


def test_one_class_only(tmp_path):
    rows = [r for r in _seed_rows() if r["label"] == "reported"][:40]
    line = _train_error(tmp_path, rows)
    assert "at least two labels" in line and "reported" in line


def test_too_few_examples_of_a_class_gives_the_counts(tmp_path):
    rows = _balanced()
    rows = [r for r in rows if r["label"] != "denied"] + [r for r in rows if r["label"] == "denied"][:3]
    line = _train_error(tmp_path, rows)
    assert f"at least {MIN_PER_CLASS}" in line and "denied=3" in line


@pytest.mark.parametrize("text", ["", "   ", None, 17], ids=["empty", "blank", "null", "number"])
def test_empty_or_missing_text_names_the_line(tmp_path, text):
    rows = _balanced()
    rows[5] = {**rows[5], "text": text}
    line = _train_error(tmp_path, rows)
    assert "data.jsonl:6" in line and "'text'" in line


@pytest.mark.parametrize(
    ("content", "hint"),
    [("{broken\n", "not valid JSON"), ("[1, 2]\n", "JSON object"), (b"\xff\xfe\x00garbage", "UTF-8")],
    ids=["broken-json", "not-an-object", "not-utf8"],
)
def test_malformed_files(tmp_path, content, hint):
    data = tmp_path / "data.jsonl"
    data.write_bytes(content if isinstance(content, bytes) else content.encode())
    result = runner.invoke(app, ["train", str(data), "--output", str(tmp_path / "model")])
    assert result.exit_code == 2 and hint in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_csv_without_a_label_column(tmp_path):
    data = tmp_path / "data.csv"
    data.write_text("text,verdict\nA claim.,true\n", encoding="utf-8")
    result = runner.invoke(app, ["train", str(data), "--output", str(tmp_path / "model")])
    assert result.exit_code == 2 and "'label'" in result.stderr


def test_same_text_with_two_labels_warns_with_count_and_chooses_deterministically(tmp_path):
    rows = _balanced()
    text_a, text_b = rows[0]["text"], rows[1]["text"]
    conflicts = [
        {"text": text_a, "label": "denied"},  # 1 confirmed + 1 denied: the tie goes to the earlier label
        {"text": text_b, "label": "speculative"},
        {"text": text_b, "label": "speculative"},  # 1 confirmed + 2 speculative: the majority wins
    ]
    first = read_labeled([_write(tmp_path / "a.jsonl", rows + conflicts)])
    again = read_labeled([_write(tmp_path / "b.jsonl", conflicts + rows)])
    assert first.warnings == ("2 texts carry two or more labels; kept the most frequent label of each",)
    for data in (first, again):
        chosen = {c.text: c.label for c in data.claims}
        assert chosen[text_a] == "confirmed" and chosen[text_b] == "speculative"
        assert len(data.claims) == len(rows)


def test_conflict_warning_reaches_stderr(tmp_path):
    rows = _balanced()
    rows.append({"text": rows[0]["text"], "label": "denied"})
    data = _write(tmp_path / "data.jsonl", rows)
    result = runner.invoke(app, ["train", str(data), "--output", str(tmp_path / "model"), "--cv", "2"])
    assert result.exit_code == 0, result.output
    assert "warning: 1 texts carry two or more labels" in result.stderr


def test_cv_larger_than_the_smallest_class(tmp_path):
    line = _train_error(tmp_path, _balanced(), "--cv", "50")
    assert "--cv" in line and "12" in line


# Rows of the large training file; its peak RSS bound is a generous multiple of the seed model's.
LARGE_TRAINING_ROWS = 200_000
LARGE_TRAINING_MAX_RSS = 6 * 1024**3
_VARIATIONS = ("", " on Monday", " late on Friday", " this week", ", officials added", " in a statement")


@pytest.mark.slow
def test_two_hundred_thousand_rows_train_with_bounded_memory_and_progress(tmp_path):
    rng = random.Random(0)
    seeds = [r for r in _seed_rows() if r["split"] == "train"]
    data = tmp_path / "large.jsonl"
    with data.open("w", encoding="utf-8") as handle:
        for k in range(LARGE_TRAINING_ROWS):
            row = seeds[k % len(seeds)]
            text = row["text"].rstrip(".") + rng.choice(_VARIATIONS) + f" (item {k})."
            handle.write(json.dumps({"text": text, "label": row["label"], "stance": row.get("stance")}) + "\n")
    result = subprocess.run(
        [sys.executable, "-m", "scoring", "train", str(data), "--output", str(tmp_path / "model"), "--cv", "2"],
        capture_output=True,
        text=True,
        timeout=3600,
    )
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    assert result.returncode == 0, result.stderr
    assert "cross-validating the label head (2 folds, 200000 claims)" in result.stderr
    assert (tmp_path / "model" / "model.npz").is_file()
    assert peak < LARGE_TRAINING_MAX_RSS
