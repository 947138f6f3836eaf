"""The trained model: parity of the numpy scorer, safe loading, determinism, and the seed article's verdicts."""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from scoring import ModelError, load_model, score_claims, score_text
from scoring.scorer import load_scorer
from scoring.types import LABEL_STANCES, LABELS, STANCES, decide

ROOT = Path(__file__).resolve().parents[1]
TRAINED = ROOT / "trained"
SEED = ROOT / "seeds" / "articles" / "000_e0dc83ff7eb116bc.txt"


def _seed_text() -> str:
    with open(SEED, encoding="utf-8", newline="") as handle:
        return handle.read()


@pytest.fixture(scope="module")
def seed_report():
    return score_text(_seed_text(), article_id="seed")


def _claim(report, start: str):
    return next(c for c in report.claims if c.text.startswith(start))


@pytest.mark.parametrize(
    ("start", "label", "stance"),
    [
        ("As the Russia-Ukraine War continues to escalate, the United States has confirmed", "confirmed", None),
        ("The reason behind their deployment remains unknown", "speculative", None),
        ("What exactly they’re doing — left to be seen", "speculative", None),
        ("Zelenskyy further warned that the conflict", "speculative", None),
        ("Despite the US, Ukraine and South Korea claiming", "denied", "denies"),
        ("Did North Korea Send Troops To Russia?", "speculative", "questions"),
    ],
    ids=["us-confirmed", "it-is-assumed", "left-to-be-seen", "could-if", "officials-denied", "question-headline"],
)
def test_seed_article_verdicts(seed_report, start, label, stance):
    claim = _claim(seed_report, start)
    assert claim.label == label
    if stance:
        assert claim.stance == stance


def test_no_byline_or_caption_is_scored(seed_report):
    assert {c.kind for c in seed_report.claims} <= {"headline", "claim"}
    unscored = {s["text"] for s in seed_report.article["unscored"]}
    assert "BY Associated Press" in unscored
    assert "Vladimir Putin (R), Kim Jong Un (L) | - AP" in unscored


def test_every_claim_keeps_its_offsets_and_a_valid_distribution(seed_report):
    text = _seed_text()
    for claim in seed_report.claims:
        assert text[claim.start : claim.end] == claim.text
        assert 0.0 <= claim.score <= 1.0
        assert abs(sum(claim.probabilities.values()) - 1.0) < 1e-9
        for cue in claim.cues:
            assert text[cue.start : cue.end] == cue.text


def test_numpy_scorer_matches_scikit_learn_on_every_seed_claim():
    from scoring.labeled import read_labeled
    from scoring.model import predict_fitted
    from scoring.training import load_fitted

    claims = read_labeled([ROOT / "seeds" / "claims.jsonl", ROOT / "seeds" / "articles" / "labels.jsonl"]).claims
    texts = [c.text for c in claims]
    fitted = load_fitted(TRAINED)
    expected, expected_stance = predict_fitted(fitted, texts)
    scored = score_claims(texts)
    got = np.array([[c.probabilities[label] for label in fitted.card["labels"]] for c in scored])
    assert np.max(np.abs(got - expected)) < 1e-9
    labels, stances = fitted.card["labels"], fitted.card["stances"]
    want = [decide(p.tolist(), labels, q.tolist(), stances) for p, q in zip(expected, expected_stance, strict=True)]
    assert [(c.label, c.stance) for c in scored] == want


def test_every_stance_is_one_the_guideline_allows_with_its_label(seed_report):
    sentences = [
        "The ministry denied that the border post had been abandoned.",
        "Officials said the bridge would reopen in May.",
        "It remains unclear whether the mine will reopen.",
        "Did the mayor know about the leak?",
        "The council has confirmed that the pool will close.",
    ]
    for claim in list(score_claims(sentences)) + list(seed_report.claims):
        assert claim.stance in LABEL_STANCES[claim.label], (claim.text, claim.label, claim.stance)


# (label probabilities over confirmed/reported/claimed/speculative/denied, stance probabilities over
# supports/denies/questions/neutral, the label and stance decided)
DECIDE_CASES = [
    # the label head alone would say "claimed", but the stance head is sure the source denies
    ([0.05, 0.05, 0.5, 0.05, 0.35], [0.05, 0.9, 0.03, 0.02], ("denied", "denies")),
    # agreeing heads: nothing changes
    ([0.8, 0.1, 0.05, 0.03, 0.02], [0.9, 0.05, 0.03, 0.02], ("confirmed", "supports")),
    # a refusal to comment: a report with a neutral stance
    ([0.1, 0.6, 0.2, 0.05, 0.05], [0.3, 0.05, 0.05, 0.6], ("reported", "neutral")),
    # a hedge: the stance head's "supports" is not allowed with "speculative"
    ([0.05, 0.05, 0.05, 0.8, 0.05], [0.6, 0.05, 0.25, 0.1], ("speculative", "questions")),
]


@pytest.mark.parametrize(("label_probabilities", "stance_probabilities", "decided"), DECIDE_CASES)
def test_label_and_stance_are_decided_together(label_probabilities, stance_probabilities, decided):
    assert decide(label_probabilities, list(LABELS), stance_probabilities, list(STANCES)) == decided


def test_without_a_stance_head_the_label_head_decides_alone():
    assert decide([0.1, 0.2, 0.6, 0.05, 0.05], list(LABELS), None, []) == ("claimed", None)


def test_a_label_whose_stances_the_model_lacks_allows_them_all():
    assert decide([0.1, 0.1, 0.1, 0.1, 0.6], list(LABELS), [0.3, 0.7], ["supports", "neutral"]) == ("denied", "neutral")


def test_scoring_never_imports_scikit_learn():
    code = (
        "import sys; from scoring import score_text; "
        f"score_text(open({str(SEED)!r}, encoding='utf-8').read()); "
        "print('sklearn' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_shipped_model_is_under_5_mb():
    assert sum(p.stat().st_size for p in TRAINED.glob("model.*")) < 5 * 1024 * 1024


def test_card_records_data_lexicons_metrics_and_artifact_hashes():
    card = json.loads((TRAINED / "model.json").read_text(encoding="utf-8"))
    assert card["labels"] == ["confirmed", "reported", "claimed", "speculative", "denied"]
    assert set(card["lexicons"]) >= {"hedges", "modality", "negation", "evidence", "reporting_verbs", "sources"}
    assert card["training_data"]["claims"] >= 2500
    assert card["dev"]["label"]["macro_f1"] > 0
    assert set(card["artifacts"]) == {"model.joblib", "model.npz"}


@pytest.fixture
def model_copy(tmp_path) -> Path:
    target = tmp_path / "model"
    shutil.copytree(TRAINED, target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return target


def test_changed_byte_is_refused_before_loading(model_copy):
    path = model_copy / "model.npz"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="sha256"):
        load_scorer(model_copy)


def test_truncated_model_is_refused(model_copy):
    path = model_copy / "model.npz"
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(ModelError, match="sha256"):
        load_scorer(model_copy)


def test_tampered_pickle_is_never_unpickled(model_copy):
    from scoring.training import load_fitted

    (model_copy / "model.joblib").write_bytes(pickle.dumps("not the model"))
    with pytest.raises(ModelError, match="refusing to unpickle"):
        load_fitted(model_copy)


def test_future_format_is_refused_with_advice(model_copy):
    card = json.loads((model_copy / "model.json").read_text(encoding="utf-8"))
    card["format_version"] = 99
    (model_copy / "model.json").write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ModelError, match="upgrade credscore or retrain"):
        load_scorer(model_copy)


def test_other_scikit_learn_version_is_refused(model_copy):
    from scoring.training import load_fitted

    card = json.loads((model_copy / "model.json").read_text(encoding="utf-8"))
    card["libraries"]["scikit-learn"] = "0.24.2"
    (model_copy / "model.json").write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ModelError, match=r"scikit-learn 0\.24\.2"):
        load_fitted(model_copy)


def test_missing_model_says_what_to_run(tmp_path):
    with pytest.raises(ModelError, match="make train"):
        load_model(tmp_path / "nothing")
