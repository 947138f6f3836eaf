"""Damaged, missing and foreign model directories, through the CLI: one error line that says what to run.
The API-level refusals (changed byte, truncation, tampered pickle, future format, other scikit-learn) are in
tests/test_model.py; here the same files go through `score`, `info` and `evaluate`, and nothing is read
before its sha256 matches."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scoring.cli import app

ROOT = Path(__file__).resolve().parents[2]
TRAINED = ROOT / "trained"
SEED = ROOT / "seeds" / "articles" / "000_e0dc83ff7eb116bc.txt"
runner = CliRunner()


@pytest.fixture
def model(tmp_path) -> Path:
    target = tmp_path / "model"
    shutil.copytree(TRAINED, target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return target


def _error(result, code: int, *hints: str) -> str:
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for hint in hints:
        assert hint in lines[0]
    return lines[0]


def _score(model: Path):
    return runner.invoke(app, ["score", str(SEED), "--model", str(model)])


def _card(model: Path, **changes) -> None:
    card = json.loads((model / "model.json").read_text(encoding="utf-8"))
    for key, value in changes.items():
        card[key] = value
    (model / "model.json").write_text(json.dumps(card), encoding="utf-8")


@pytest.fixture
def nothing_loaded(monkeypatch):
    """Fail the test if numpy or joblib is asked to read a model file."""
    import joblib
    import numpy as np

    def refuse(*args, **kwargs):
        raise AssertionError("a model file was read before its sha256 was checked")

    monkeypatch.setattr(np, "load", refuse)
    monkeypatch.setattr(joblib, "load", refuse)


@pytest.mark.parametrize("missing", ["directory", "model.json", "model.npz"])
def test_missing_model_says_make_train_or_model(model, missing):
    target = model / "nowhere" if missing == "directory" else model
    if missing != "directory":
        (model / missing).unlink()
    _error(_score(target), 1, "make train", "--model")


@pytest.mark.parametrize("artifact", ["model.npz", "model.joblib"])
@pytest.mark.parametrize("damage", ["truncated", "one-byte"])
def test_damaged_artifact_is_refused_before_anything_is_loaded(model, nothing_loaded, artifact, damage):
    path = model / artifact
    data = bytearray(path.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 3]
    else:
        data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    if artifact == "model.npz":
        _error(_score(model), 1, "sha256", "make train")
    else:
        held = model.parent / "held.jsonl"
        held.write_text(json.dumps({"text": "Police said so.", "label": "reported"}) + "\n", encoding="utf-8")
        _error(runner.invoke(app, ["evaluate", str(held), "--model", str(model)]), 1, "sha256", "refusing")


def test_damaged_card_says_make_train(model):
    (model / "model.json").write_text('{"format_version": 1, "artifacts": ', encoding="utf-8")
    _error(_score(model), 1, "damaged", "make train")


def test_card_from_another_scikit_learn_version(model, nothing_loaded):
    card = json.loads((model / "model.json").read_text(encoding="utf-8"))
    _card(model, libraries={**card["libraries"], "scikit-learn": "0.24.2"})
    held = model.parent / "held.jsonl"
    held.write_text(json.dumps({"text": "Police said so.", "label": "reported"}) + "\n", encoding="utf-8")
    _error(runner.invoke(app, ["evaluate", str(held), "--model", str(model)]), 1, "0.24.2", "credscore train")


def test_scoring_does_not_need_the_scikit_learn_of_the_card(model):
    card = json.loads((model / "model.json").read_text(encoding="utf-8"))
    _card(model, libraries={**card["libraries"], "scikit-learn": "0.24.2"})
    assert _score(model).exit_code == 0  # the numpy arrays are version-free


@pytest.mark.parametrize("version", [2, 99, "1", None], ids=["next", "far-future", "string", "none"])
def test_future_or_unknown_format_version(model, nothing_loaded, version):
    _card(model, format_version=version)
    for args in (["score", str(SEED)], ["info"]):
        _error(runner.invoke(app, [*args, "--model", str(model)]), 1, "upgrade credscore or retrain")
