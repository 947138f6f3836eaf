"""Training: deterministic, validated input, atomic output, and the CueVectorizer's scikit-learn contract."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import numpy as np
import pytest
from sklearn.base import clone

from features.vectorizer import CueVectorizer
from scoring.errors import TrainingDataError
from scoring.training import train

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "seeds" / "claims.jsonl"
TEXTS = [
    "Officials said the bridge would reopen on Monday.",
    "The company denied the reports, calling them baseless.",
    "It is assumed the troops arrived last week.",
    "Did the council sell the park?",
]


def _subset(tmp_path: Path, per_label: int = 40) -> Path:
    rows = [json.loads(line) for line in CLAIMS.open(encoding="utf-8")]
    kept, counts = [], {}
    for row in rows:
        if counts.get(row["label"], 0) < per_label:
            counts[row["label"]] = counts.get(row["label"], 0) + 1
            kept.append({"text": row["text"], "label": row["label"], "stance": row["stance"]})
    path = tmp_path / "subset.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in kept), encoding="utf-8")
    return path


def test_training_twice_gives_identical_metrics_and_arrays(tmp_path):
    data = _subset(tmp_path)
    first = train(data, tmp_path / "a", folds=3, seed=0)
    second = train(data, tmp_path / "b", folds=3, seed=0)
    assert first["cv"] == second["cv"]
    assert first["artifacts"]["model.npz"] == second["artifacts"]["model.npz"]


def test_trained_model_is_used_by_score(tmp_path):
    from scoring import load_model, score_claims

    train(_subset(tmp_path), tmp_path / "m", folds=3)
    claims = score_claims(["The minister denied the report."], model=load_model(tmp_path / "m"))
    assert claims[0].label in ("denied", "reported", "claimed", "confirmed", "speculative")


def _write(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "data.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_unknown_label_lists_allowed_labels_and_label_map(tmp_path):
    path = _write(tmp_path, [{"text": "A thing happened.", "label": "true"}])
    with pytest.raises(TrainingDataError, match=r"allowed: confirmed.*--label-map"):
        train(path, tmp_path / "m")


def test_label_map_maps_user_labels(tmp_path):
    rows = [{"text": f"Claim number {k} about the harbour.", "label": "true" if k % 2 else "false"} for k in range(40)]
    card = train(_write(tmp_path, rows), tmp_path / "m", folds=2, label_map={"true": "confirmed", "false": "denied"})
    assert card["training_data"]["claims"] == 40


def test_one_class_only_is_refused(tmp_path):
    rows = [{"text": f"Claim {k} about the port.", "label": "confirmed"} for k in range(20)]
    with pytest.raises(TrainingDataError, match="at least two labels"):
        train(_write(tmp_path, rows), tmp_path / "m")


def test_too_few_examples_of_a_class_gives_counts(tmp_path):
    rows = [{"text": f"Claim {k} about the port.", "label": "confirmed"} for k in range(20)]
    rows += [{"text": f"Denial {k} about the port.", "label": "denied"} for k in range(3)]
    with pytest.raises(TrainingDataError, match="denied=3"):
        train(_write(tmp_path, rows), tmp_path / "m")


def test_empty_text_is_refused_with_its_line(tmp_path):
    with pytest.raises(TrainingDataError, match=r"data.jsonl:2: empty"):
        train(_write(tmp_path, [{"text": "Fine.", "label": "confirmed"}, {"text": " ", "label": "denied"}]), tmp_path)


def test_same_text_with_two_labels_warns_and_keeps_one(tmp_path):
    rows = [{"text": f"Claim {k} about the port.", "label": "confirmed"} for k in range(20)]
    rows += [{"text": f"Denial {k} about the port.", "label": "denied"} for k in range(20)]
    rows.append({"text": "Claim 1 about the port.", "label": "denied"})
    messages = []
    card = train(_write(tmp_path, rows), tmp_path / "m", folds=2, progress=messages.append)
    assert any("two or more labels" in m for m in messages)
    assert card["training_data"]["claims"] == 40


def test_cue_vectorizer_follows_scikit_learn_conventions():
    vectorizer = CueVectorizer(min_df=1)
    assert clone(vectorizer).get_params() == {"min_df": 1}
    matrix = vectorizer.fit_transform(TEXTS)
    names = vectorizer.get_feature_names_out()
    assert matrix.shape == (len(TEXTS), len(names))
    assert "denial:denial_verb" in set(names)
    restored = pickle.loads(pickle.dumps(vectorizer))
    assert np.array_equal(restored.transform(TEXTS).toarray(), matrix.toarray())


def test_cue_vectorizer_rejects_a_single_string():
    with pytest.raises(ValueError, match="iterable of texts"):
        CueVectorizer().fit("one text")
