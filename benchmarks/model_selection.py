"""Model selection by 5-fold cross-validation on the seed train split (`python -m benchmarks.model_selection`).

Compares the shipped pipeline's classifier (logistic regression) at several
strengths with a calibrated linear SVM, a complement naive Bayes, and the two
halves of the features alone; and, for stance, the learned head against the
rule that reads the stance off the predicted label.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from features.ngrams import word_ngrams
from features.vectorizer import CueVectorizer
from scoring.api import stance_from_label
from scoring.labeled import read_labeled
from scoring.model import WORD_MIN_DF

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _features(cues: bool = True, words: bool = True, cue_weight: float = 1.0) -> FeatureUnion:
    parts = []
    if cues:
        parts.append(("cues", CueVectorizer()))
    if words:
        parts.append(("words", TfidfVectorizer(analyzer=word_ngrams, sublinear_tf=True, min_df=WORD_MIN_DF)))
    return FeatureUnion(parts, transformer_weights={"cues": cue_weight, "words": 1.0} if cues and words else None)


def candidates() -> dict[str, Pipeline]:
    def lr(c: float) -> LogisticRegression:
        return LogisticRegression(C=c, max_iter=5000, random_state=0)

    table = {f"logistic C={c}": Pipeline([("f", _features()), ("m", lr(c))]) for c in (1.0, 3.0, 10.0, 30.0)}
    table["logistic C=10, cues x2"] = Pipeline([("f", _features(cue_weight=2.0)), ("m", lr(10.0))])
    for c in (0.1, 0.3, 1.0):
        svm = CalibratedClassifierCV(LinearSVC(C=c, random_state=0), method="sigmoid", cv=3)
        table[f"linear SVM C={c} + sigmoid calibration"] = Pipeline([("f", _features()), ("m", svm)])
    table["complement naive Bayes"] = Pipeline([("f", _features()), ("m", ComplementNB())])
    table["logistic C=10, cues only"] = Pipeline([("f", _features(words=False)), ("m", lr(10.0))])
    table["logistic C=10, words only"] = Pipeline([("f", _features(cues=False)), ("m", lr(10.0))])
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default="model_selection.json")
    args = parser.parse_args()
    data = read_labeled([SEEDS / "claims.jsonl", SEEDS / "articles" / "labels.jsonl"])
    train = data.split("train")
    texts = [c.text for c in train]
    labels = np.array([c.label for c in train])
    stances = np.array([c.stance for c in train])
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    results = {}
    for name, pipeline in candidates().items():
        scores = []
        for fit_rows, test_rows in folds.split(texts, labels):
            model = pipeline.fit([texts[k] for k in fit_rows], labels[fit_rows])
            predicted = model.predict([texts[k] for k in test_rows])
            scores.append(f1_score(labels[test_rows], predicted, average="macro"))
        results[name] = {"macro_f1_mean": float(np.mean(scores)), "macro_f1_sd": float(np.std(scores))}
        print(f"{name:45} label macro-F1 {np.mean(scores):.3f} ± {np.std(scores):.3f}", flush=True)
    head = Pipeline([("f", _features()), ("m", LogisticRegression(C=10.0, max_iter=5000, random_state=0))])
    label_pred = cross_val_predict(head, texts, labels, cv=folds)
    stance_rule = [stance_from_label(lab, t) for lab, t in zip(label_pred, texts, strict=True)]
    stance_head = cross_val_predict(head, texts, stances, cv=folds)
    results["stance"] = {
        "rule from predicted label": float(f1_score(stances, stance_rule, average="macro")),
        "second logistic head": float(f1_score(stances, stance_head, average="macro")),
    }
    print(json.dumps(results["stance"], indent=2))
    Path(args.output).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
