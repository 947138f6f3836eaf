"""Measurements on real news nobody here wrote (../shared/eval), each beside a trivial floor.

Run with `make eval`. Nothing here is trained on this data; the floors are the
ones the issues name: a three-regex rule and a thirty-word hedge lexicon, plus a
bare TF-IDF + logistic regression trained on the same seed corpus.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from features.negation import NEGATING_CATEGORIES
from scoring import load_model, score_claims
from scoring.types import LABEL_VALUES

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

_HEDGE_REGEX = re.compile(
    r"\b(reportedly|allegedly|alleged|claims?|claimed|rumou?rs?|may|might|could|reports?|says?|said|suggests?|"
    r"according|sources?|possibl[ey]|apparently|believed?|unconfirmed|report)\b",
    re.I,
)
_AGAINST_REGEX = re.compile(r"\b(not|no|never|n't|hoax|fake|false|debunk\w*|den(y|ies|ied)|myth)\b", re.I)
# The thirty-word hedge lexicon floor for the certainty data.
THIRTY_HEDGES = [
    "may",
    "might",
    "could",
    "can",
    "would",
    "should",
    "possibly",
    "possible",
    "perhaps",
    "probably",
    "likely",
    "unlikely",
    "suggest",
    "suggests",
    "suggested",
    "appear",
    "appears",
    "seem",
    "seems",
    "indicate",
    "indicates",
    "potentially",
    "potential",
    "believe",
    "believed",
    "estimate",
    "estimated",
    "approximately",
    "about",
    "around",
    "hypothesis",
]


def pearson(a, b) -> float:
    a, b = np.asarray(a, float), np.asarray(b, float)
    if a.std() == 0 or b.std() == 0:
        return 0.0
    return float(np.corrcoef(a, b)[0, 1])


def average_ranks(values) -> np.ndarray:
    """Ranks with ties given their mean rank, so a coarse score gains nothing from input order."""
    values = np.asarray(values, float)
    order = np.argsort(values, kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(len(values))
    _, groups = np.unique(values, return_inverse=True)
    sums = np.bincount(groups, weights=ranks)
    return sums[groups] / np.bincount(groups)[groups]


def spearman(a, b) -> float:
    return pearson(average_ranks(a), average_ranks(b))


def macro_f1(gold, pred, labels) -> float:
    scores = []
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label and g != label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(scores))


def tfidf_floor():
    """A bare TF-IDF + logistic regression trained on the seed claims: the learned floor."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    rows = [json.loads(line) for line in (SEEDS / "claims.jsonl").open(encoding="utf-8")]
    rows += [json.loads(line) for line in (SEEDS / "articles" / "labels.jsonl").open(encoding="utf-8")]
    rows = [r for r in rows if r.get("split", "train") == "train"]
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), LogisticRegression(max_iter=2000))
    model.fit([r["text"] for r in rows], [r["label"] for r in rows])
    return model


def floor_scores(model, texts):
    probs = model.predict_proba(texts)
    values = np.array([LABEL_VALUES[c] for c in model.classes_])
    return probs @ values, [model.classes_[k] for k in probs.argmax(axis=1)]


def to_emergent(label: str) -> str:
    return {"confirmed": "for", "denied": "against"}.get(label, "observing")


def emergent(floor) -> dict:
    with (EVAL / "emergent-train.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    texts = [r["articleHeadline"] for r in rows]
    gold = [r["articleHeadlineStance"] for r in rows]
    engine = [to_emergent(c.label) for c in score_claims(texts)]
    regex = ["observing" if _HEDGE_REGEX.search(t) else "against" if _AGAINST_REGEX.search(t) else "for" for t in texts]
    regex_b = [
        "against" if _AGAINST_REGEX.search(t) else "observing" if _HEDGE_REGEX.search(t) else "for" for t in texts
    ]
    _, floor_labels = floor_scores(floor, texts)
    labels = ("for", "against", "observing")
    out = {"n": len(rows), "gold": dict(Counter(gold))}
    for name, pred in (
        ("engine", engine),
        ("regex_hedge_first", regex),
        ("regex_negation_first", regex_b),
        ("tfidf_lr", [to_emergent(p) for p in floor_labels]),
    ):
        out[name] = {
            "accuracy": float(np.mean([g == p for g, p in zip(gold, pred, strict=True)])),
            "macro_f1": macro_f1(gold, pred, labels),
        }
    return out


def certainty(floor) -> dict:
    rows = [json.loads(line) for line in (EVAL / "certainty-pei2021-trainval.jsonl").open(encoding="utf-8")]
    texts = [r["finding"] for r in rows]
    gold = [r["sentence-level-certainty"] for r in rows]
    claims = score_claims(texts)
    engine = [c.score for c in claims]
    engine_certainty = [c.certainty for c in claims]
    hedge_words = set(THIRTY_HEDGES)
    lexicon = [-sum(w in hedge_words for w in re.findall(r"[a-z]+", t.lower())) for t in texts]
    floor_s, _ = floor_scores(floor, texts)
    return {
        "n": len(rows),
        "engine": {"pearson": pearson(engine, gold), "spearman": spearman(engine, gold)},
        "engine_certainty": {"pearson": pearson(engine_certainty, gold), "spearman": spearman(engine_certainty, gold)},
        "thirty_word_lexicon": {"pearson": pearson(lexicon, gold), "spearman": spearman(lexicon, gold)},
        "tfidf_lr": {"pearson": pearson(floor_s, gold), "spearman": spearman(floor_s, gold)},
    }


_CLAUSE_BREAK = {",", ";", ":", "that", "which", "who", "because", "but", "while", "although", "if", "when"}


def clause_of(tokens: list[str], index: int) -> str:
    """The clause around token ``index``: between the nearest clause breaks."""
    start = index
    while start > 0 and tokens[start - 1].lower() not in _CLAUSE_BREAK:
        start -= 1
    end = index + 1
    while end < len(tokens) and tokens[end].lower() not in _CLAUSE_BREAK:
        end += 1
    return " ".join(tokens[start:end])


# UW and MEANTIME rate whether each event happened; credscore rates how confirmed the claim is as written,
# so "they do not have the right to work" is a confirmed claim of an event that did not happen. The event
# reading flips the score of a claim whose main verb is negated (not of a denial, whose low score already
# says the event did not happen). The floor gets the same flip from a bare negation regex.
_NEGATION_REGEX = re.compile(r"\b(not|no|never|n't|nobody|none|nothing)\b", re.I)


def event_reading(claim) -> float:
    """The engine's score read as the factuality of the claim's event."""
    negated = claim.label != "denied" and any(c.category in NEGATING_CATEGORIES for c in claim.cues)
    return 1.0 - claim.score if negated else claim.score


def factuality(name: str, floor) -> dict:
    rows = [json.loads(line) for line in (EVAL / "factuality" / f"{name}-dev.jsonl").open(encoding="utf-8")]
    sentences, clauses, gold = [], [], []
    for r in rows:
        tokens = r["text"].split(" ")
        for target in r["targets"]:
            sentences.append(r["text"])
            clauses.append(clause_of(tokens, target["span1"][0]))
            gold.append((target["label"] + 3) / 6)
    unique = sorted(set(sentences) | set(clauses))
    claims = dict(zip(unique, score_claims(unique), strict=True))
    floor_s, _ = floor_scores(floor, unique)
    floor_map = dict(zip(unique, floor_s, strict=True))
    floor_event = {t: 1.0 - v if _NEGATION_REGEX.search(t) else v for t, v in floor_map.items()}
    return {
        "targets": len(gold),
        "engine_sentence": pearson([claims[s].score for s in sentences], gold),
        "engine_clause": pearson([claims[s].score for s in clauses], gold),
        "tfidf_lr_sentence": pearson([floor_map[s] for s in sentences], gold),
        "tfidf_lr_clause": pearson([floor_map[s] for s in clauses], gold),
        "engine_event_sentence": pearson([event_reading(claims[s]) for s in sentences], gold),
        "engine_event_clause": pearson([event_reading(claims[s]) for s in clauses], gold),
        "tfidf_lr_event_sentence": pearson([floor_event[s] for s in sentences], gold),
        "tfidf_lr_event_clause": pearson([floor_event[s] for s in clauses], gold),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default="eval.json")
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"no evaluation data at {EVAL}; `make eval` needs ../shared/eval beside the project", file=sys.stderr)
        return 2
    load_model()
    floor = tfidf_floor()
    results = {
        "emergent_headlines": emergent(floor),
        "pei_certainty": certainty(floor),
        "uw_factuality": factuality("UW", floor),
        "meantime_factuality": factuality("MEANTIME", floor),
    }
    from benchmarks.polnear import (
        claim_sources,
        floor_claim_sources,
        floor_spans,
        polnear,
        sentence_claim_sources,
    )

    results["polnear_attribution"] = polnear()
    results["polnear_attribution_regex_floor"] = polnear(floor_spans)
    results["polnear_claim_sources"] = {
        "engine": claim_sources(),
        "each_sentence_alone": claim_sources(sentence_claim_sources),
        "regex_floor": claim_sources(floor_claim_sources),
    }
    Path(args.output).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
