"""Interrupted work: a killed batch leaves only complete rows and resumes without duplicates; a killed train
leaves the previous model intact."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scoring.scorer import load_scorer

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = ROOT / "seeds" / "claims.jsonl"
# Articles in the interrupted batch: enough that a signal lands half way on two cores.
ARTICLES = 300
# Seconds to wait for the first rows, for the batch to stop, and for a resumed run to finish.
WAIT_SECONDS = 120


def _articles(path: Path) -> list[str]:
    texts = [json.loads(line)["text"] for line in CLAIMS.open(encoding="utf-8")]
    ids = [f"a{k:04d}" for k in range(ARTICLES)]
    with path.open("w", encoding="utf-8") as handle:
        for k, article_id in enumerate(ids):
            body = "\n\n".join(texts[(k * 7 + j) % len(texts)] for j in range(12))
            handle.write(json.dumps({"id": article_id, "text": body}) + "\n")
    return ids


def _credscore(*args: str) -> list[str]:
    return [sys.executable, "-m", "scoring", *args]


def _wait_for_lines(path: Path, process: subprocess.Popen, lines: int) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= lines:
            return
        if process.poll() is not None:
            pytest.fail(f"batch ended before it could be interrupted: {process.communicate()}")
        time.sleep(0.05)
    process.kill()
    pytest.fail(f"{path} never reached {lines} lines")


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_interrupted_batch_keeps_complete_rows_and_resumes_exactly_once(tmp_path, signum, jobs):
    source, output = tmp_path / "articles.jsonl", tmp_path / "scores.jsonl"
    partial = output.with_name(output.name + ".partial")
    ids = _articles(source)
    args = _credscore("batch", str(source), "--output", str(output), "--id-field", "id", "--jobs", jobs)
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    _wait_for_lines(partial, process, 5)
    os.killpg(process.pid, signum)  # like Ctrl-C: the whole process group, workers included
    _, stderr = process.communicate(timeout=WAIT_SECONDS)

    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr.decode()
    assert stderr.decode().strip().splitlines()[-1].startswith("Error: interrupted")
    assert not output.exists()
    done = [json.loads(line)["article"]["id"] for line in partial.read_text(encoding="utf-8").splitlines()]
    assert 0 < len(done) < len(ids)

    resumed = subprocess.run([*args, "--resume"], capture_output=True, text=True, timeout=WAIT_SECONDS)
    assert resumed.returncode == 0, resumed.stderr
    assert not partial.exists()
    scored = [json.loads(line)["article"]["id"] for line in output.read_text(encoding="utf-8").splitlines()]
    assert sorted(scored) == ids  # every id exactly once


def test_resume_drops_a_trailing_half_written_row(tmp_path):
    source, output = tmp_path / "articles.jsonl", tmp_path / "scores.jsonl"
    source.write_text(
        "".join(json.dumps({"id": f"r{k}", "text": f"Police said {k} people were hurt."}) + "\n" for k in range(4)),
        encoding="utf-8",
    )
    partial = output.with_name(output.name + ".partial")
    partial.write_text('{"schema": "credscore.article/1", "article": {"id": "r0"', encoding="utf-8")
    args = _credscore("batch", str(source), "--output", str(output), "--id-field", "id", "--jobs", "1", "--resume")
    result = subprocess.run(args, capture_output=True, text=True, timeout=WAIT_SECONDS)
    assert result.returncode == 0, result.stderr
    scored = [json.loads(line)["article"]["id"] for line in output.read_text(encoding="utf-8").splitlines()]
    assert scored == ["r0", "r1", "r2", "r3"]


def test_train_killed_half_way_leaves_the_previous_model_loadable(tmp_path):
    model = tmp_path / "model"
    shutil.copytree(ROOT / "trained", model, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    before = {p.name: p.read_bytes() for p in model.iterdir()}
    args = _credscore("train", str(CLAIMS), "--output", str(model), "--cv", "3")
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    for line in process.stderr:  # wait until the fit is under way, then stop it
        if b"cross-validating" in line:
            break
    time.sleep(1.0)
    assert process.poll() is None, "training ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGTERM)
    process.communicate(timeout=WAIT_SECONDS)

    assert process.returncode != 0
    assert {p.name: p.read_bytes() for p in model.iterdir()} == before
    assert load_scorer(model).card["artifacts"]["model.npz"]  # still loads: the sha256 matches its card
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".credscore-model-")]
