"""Training, evaluation and export of the claim model (scikit-learn; never imported when scoring).

The pipeline is ``FeatureUnion[CueVectorizer, word TF-IDF] → LogisticRegression``
for the label and a second logistic head for the stance; label and stance are decided together as
the most probable pair the guideline allows (``scoring.types.decide``). Probabilities are
calibrated by temperature scaling fitted on cross-validated logits. The fitted
pipeline is exported to plain arrays (``model.npz``) that ``scoring.scorer``
runs with numpy alone.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import scipy
import sklearn
from scipy.optimize import minimize_scalar
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import FeatureUnion, Pipeline

from features.lexicon import lexicon_hashes
from features.ngrams import word_ngrams
from features.vectorizer import CueVectorizer
from scoring.errors import TrainingDataError
from scoring.labeled import LabeledClaim, LabeledData
from scoring.types import LABEL_VALUES, LABELS, STANCES, decide

__all__ = ["FORMAT_VERSION", "TrainingReport", "build_pipeline", "fit", "metrics_report", "write_model"]

# Version of the model directory layout; a newer one is refused by older code.
FORMAT_VERSION = 1
MODEL_NAME = "credscore-claims"
# Inverse regularisation of the label head, chosen by 5-fold CV on the seed train split (see `train --cv`).
LABEL_C = 10.0
# Inverse regularisation of the stance head, chosen the same way.
STANCE_C = 10.0
# A word n-gram must occur in this many training claims: rarer ones are names and noise.
WORD_MIN_DF = 2
# Bins of the reliability table and of the expected calibration error.
CALIBRATION_BINS = 10


def build_pipeline(*, C: float = LABEL_C, seed: int = 0) -> Pipeline:
    """The unfitted pipeline: cue counts and word n-grams into a logistic regression."""
    union = FeatureUnion(
        [
            ("cues", CueVectorizer()),
            ("words", TfidfVectorizer(analyzer=word_ngrams, sublinear_tf=True, min_df=WORD_MIN_DF)),
        ]
    )
    classifier = LogisticRegression(C=C, max_iter=5000, random_state=seed)
    return Pipeline([("features", union), ("classifier", classifier)])


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """Temperature that minimises the log loss of cross-validated logits."""

    def nll(t: float) -> float:
        p = _softmax(logits / t)
        return float(-np.mean(np.log(p[np.arange(len(y)), y] + 1e-12)))

    return float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)


def expected_calibration_error(probabilities: np.ndarray, y: np.ndarray, bins: int = CALIBRATION_BINS):
    """ECE of the top-label confidence, and the reliability table behind it."""
    confidence = probabilities.max(axis=1)
    correct = probabilities.argmax(axis=1) == y
    table = []
    ece = 0.0
    edges = np.linspace(0.0, 1.0, bins + 1)
    for lo, hi in itertools.pairwise(edges):
        inside = (confidence > lo) & (confidence <= hi)
        if inside.any():
            gap = abs(confidence[inside].mean() - correct[inside].mean())
            ece += gap * inside.mean()
            table.append(
                {
                    "bin": f"{lo:.1f}-{hi:.1f}",
                    "n": int(inside.sum()),
                    "confidence": float(confidence[inside].mean()),
                    "accuracy": float(correct[inside].mean()),
                }
            )
    return float(ece), table


def metrics_report(y_true: list[str], y_pred: list[str], labels: tuple[str, ...]) -> dict[str, Any]:
    """Per-label precision, recall, F1, support, macro-F1, accuracy and the confusion matrix."""
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=list(labels), zero_division=0)
    return {
        "accuracy": float(np.mean(np.asarray(y_true) == np.asarray(y_pred))) if y_true else 0.0,
        "macro_f1": float(f1_score(y_true, y_pred, labels=list(labels), average="macro", zero_division=0)),
        "per_label": {
            label: {"precision": float(p[k]), "recall": float(r[k]), "f1": float(f[k]), "support": int(s[k])}
            for k, label in enumerate(labels)
        },
        "confusion": {"labels": list(labels), "matrix": confusion_matrix(y_true, y_pred, labels=list(labels)).tolist()},
    }


@dataclass
class TrainingReport:
    """What training measured: CV and dev metrics, calibration, data size."""

    card: dict[str, Any]
    warnings: list[str] = field(default_factory=list)


@dataclass
class FittedModel:
    label_pipeline: Pipeline
    stance_pipeline: Pipeline | None
    temperature: float
    stance_temperature: float
    card: dict[str, Any]


def _two_dimensional(scores: np.ndarray) -> np.ndarray:
    """Binary heads give one score per row; make it one column per class like the multiclass case."""
    return np.column_stack([-scores, scores]) if scores.ndim == 1 else scores


def _cv_logits(pipeline: Pipeline, texts: list[str], y: np.ndarray, folds: int, seed: int) -> np.ndarray:
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    return _two_dimensional(cross_val_predict(pipeline, texts, y, cv=cv, method="decision_function"))


def fit(
    data: LabeledData,
    *,
    folds: int = 5,
    seed: int = 0,
    progress: Callable[[str], None] = lambda message: None,
) -> FittedModel:
    """Fit the label and stance heads, measure them by CV and on the dev split."""
    train = data.split("train") or list(data.claims)
    dev = data.split("dev")
    texts = [c.text for c in train]
    labels = [label for label in LABELS if any(c.label == label for c in train)]
    y = np.array([labels.index(c.label) for c in train])
    smallest = int(np.bincount(y).min())
    if folds < 2 or folds > smallest:
        raise TrainingDataError(f"--cv must be between 2 and the smallest label count ({smallest})")
    progress(f"cross-validating the label head ({folds} folds, {len(texts)} claims)")
    oof = _cv_logits(build_pipeline(seed=seed), texts, y, folds, seed)
    temperature = _fit_temperature(oof, y)
    cv_probs = _softmax(oof / temperature)
    cv_pred = [labels[k] for k in cv_probs.argmax(axis=1)]
    progress("fitting the label head")
    label_pipeline = build_pipeline(seed=seed).fit(texts, y)

    stance_index = [k for k, c in enumerate(train) if c.stance]
    stance_rows = [train[k] for k in stance_index]
    stance_pipeline = None
    stance_temperature = 1.0
    stance_cv: dict[str, Any] | None = None
    stances = [s for s in STANCES if any(c.stance == s for c in stance_rows)]
    if len(stances) >= 2 and min(sum(c.stance == s for c in stance_rows) for s in stances) >= folds:
        s_texts = [c.text for c in stance_rows]
        s_y = np.array([stances.index(c.stance) for c in stance_rows])
        progress("cross-validating the stance head")
        s_oof = _cv_logits(build_pipeline(C=STANCE_C, seed=seed), s_texts, s_y, folds, seed)
        stance_temperature = _fit_temperature(s_oof, s_y)
        s_pred = []
        for k, probabilities in zip(stance_index, _softmax(s_oof / stance_temperature).tolist(), strict=True):
            cv_pred[k], stance = decide(cv_probs[k].tolist(), labels, probabilities, stances)
            s_pred.append(stance)
        stance_cv = metrics_report([c.stance for c in stance_rows], s_pred, STANCES)
        stance_pipeline = build_pipeline(C=STANCE_C, seed=seed).fit(s_texts, s_y)

    card: dict[str, Any] = {
        "name": MODEL_NAME,
        "format_version": FORMAT_VERSION,
        "labels": labels,
        "label_values": LABEL_VALUES,
        "stances": stances if stance_pipeline is not None else [],
        "training_data": {
            "sha256": data.sha256,
            "claims": len(data.claims),
            "train": len(train),
            "dev": len(dev),
        },
        "hyperparameters": {"label_C": LABEL_C, "stance_C": STANCE_C, "word_min_df": WORD_MIN_DF, "seed": seed},
        "temperature": {"label": temperature, "stance": stance_temperature},
        "cv": {"folds": folds, "label": metrics_report([c.label for c in train], cv_pred, LABELS), "stance": stance_cv},
        "lexicons": lexicon_hashes(),
        "libraries": {"scikit-learn": sklearn.__version__, "numpy": np.__version__, "scipy": scipy.__version__},
    }
    card["cv"]["label"]["ece"], _ = expected_calibration_error(cv_probs, y)
    fitted = FittedModel(label_pipeline, stance_pipeline, temperature, stance_temperature, card)
    if dev:
        card["dev"] = evaluate_fitted(fitted, dev)
    card["features"] = len(export_arrays(fitted)["feature_names"])
    return fitted


def predict_fitted(fitted: FittedModel, texts: list[str]) -> tuple[np.ndarray, np.ndarray | None]:
    """Calibrated label and stance probabilities from the scikit-learn pipelines."""
    probs = _softmax(_two_dimensional(fitted.label_pipeline.decision_function(texts)) / fitted.temperature)
    stance = None
    if fitted.stance_pipeline is not None:
        scores = _two_dimensional(fitted.stance_pipeline.decision_function(texts))
        stance = _softmax(scores / fitted.stance_temperature)
    return probs, stance


def evaluate_fitted(fitted: FittedModel, claims: list[LabeledClaim]) -> dict[str, Any]:
    """Label and stance metrics, calibration error and reliability table on labeled claims."""
    texts = [c.text for c in claims]
    probs, stance = predict_fitted(fitted, texts)
    labels, stances = fitted.card["labels"], fitted.card["stances"]
    known = [k for k, c in enumerate(claims) if c.label in labels]
    decided = [
        decide(p.tolist(), labels, None if stance is None else stance[k].tolist(), stances) for k, p in enumerate(probs)
    ]
    predicted = [label for label, _ in decided]
    report = {"label": metrics_report([c.label for c in claims], predicted, LABELS)}
    y = np.array([labels.index(claims[k].label) for k in known])
    report["label"]["ece"], report["label"]["reliability"] = expected_calibration_error(probs[known], y)
    stance_rows = [k for k, c in enumerate(claims) if c.stance]
    if stance is not None and stance_rows:
        chosen = [decided[k][1] or "" for k in stance_rows]
        report["stance"] = metrics_report([claims[k].stance for k in stance_rows], chosen, STANCES)
    return report


def _head_arrays(pipeline: Pipeline) -> dict[str, np.ndarray]:
    union: FeatureUnion = pipeline.named_steps["features"]
    cues: CueVectorizer = union.transformer_list[0][1]
    words: TfidfVectorizer = union.transformer_list[1][1]
    classifier: LogisticRegression = pipeline.named_steps["classifier"]
    vocabulary = sorted(words.vocabulary_, key=words.vocabulary_.get)
    return {
        "cue_names": np.array(list(cues.get_feature_names_out()), dtype=str),
        "word_names": np.array(vocabulary, dtype=str),
        "idf": words.idf_.astype(np.float64),
        "coef": classifier.coef_.astype(np.float64),
        "intercept": classifier.intercept_.astype(np.float64),
        "classes": classifier.classes_.astype(np.int64),
    }


def export_arrays(fitted: FittedModel) -> dict[str, np.ndarray]:
    """Every number the numpy scorer needs, as plain arrays (no pickles)."""
    arrays = {f"label_{k}": v for k, v in _head_arrays(fitted.label_pipeline).items()}
    arrays["temperature"] = np.array([fitted.temperature, fitted.stance_temperature])
    if fitted.stance_pipeline is not None:
        arrays.update({f"stance_{k}": v for k, v in _head_arrays(fitted.stance_pipeline).items()})
    arrays["feature_names"] = np.concatenate(
        [arrays["label_cue_names"], np.char.add("word:", arrays["label_word_names"])]
    )
    return arrays


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_model(fitted: FittedModel, directory: Path) -> Path:
    """Write model.joblib, model.npz and model.json atomically: a temporary directory, then a rename."""
    directory = Path(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".credscore-model-", dir=directory.parent))
    staging.chmod(0o755)
    try:
        joblib.dump(
            {"label": fitted.label_pipeline, "stance": fitted.stance_pipeline, "temperature": fitted.temperature},
            staging / "model.joblib",
        )
        with open(staging / "model.npz", "wb") as handle:
            np.savez_compressed(handle, **export_arrays(fitted))
        card = dict(fitted.card)
        card["artifacts"] = {name: sha256_file(staging / name) for name in ("model.joblib", "model.npz")}
        (staging / "model.json").write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        keep = (
            [p for p in directory.iterdir() if p.name not in ("model.joblib", "model.npz", "model.json")]
            if (directory.exists())
            else []
        )
        for extra in keep:
            shutil.move(str(extra), staging / extra.name)
        backup = None
        if directory.exists():
            backup = directory.with_name(f".{directory.name}.old")
            shutil.rmtree(backup, ignore_errors=True)
            os.replace(directory, backup)
        os.replace(staging, directory)
        if backup:
            shutil.rmtree(backup, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return directory
