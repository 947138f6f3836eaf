"""The numpy-only scorer: runs the exported model arrays without scikit-learn or pickles.

Loading checks the model card (format version, scikit-learn version the arrays
were made with is recorded but not needed) and the sha256 of ``model.npz``
before reading it; ``np.load(allow_pickle=False)`` never runs code.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from scoring.errors import ModelError

__all__ = ["Head", "Prediction", "Rows", "Scorer", "load_scorer"]

# How many signed feature contributions an explanation lists.
EXPLANATION_SIZE = 6
SUPPORTED_FORMAT = 1


@dataclass(frozen=True, slots=True)
class Rows:
    """Claims as sparse feature rows (CSR): row ``i`` holds entries ``indptr[i]:indptr[i + 1]``."""

    cols: np.ndarray
    vals: np.ndarray
    row: np.ndarray  # the row of each entry
    indptr: np.ndarray


def _row_sums(values: np.ndarray, rows: Rows) -> np.ndarray:
    """Sum of ``values`` (one per entry, or one row of them per entry) over each row's entries."""
    n = len(rows.indptr) - 1
    if not len(values):
        return np.zeros((n, *values.shape[1:]))
    starts = rows.indptr[:-1]
    sums = np.add.reduceat(values, np.minimum(starts, len(values) - 1), axis=0)
    sums[starts == rows.indptr[1:]] = 0.0  # reduceat gives an empty row the next entry, not zero
    return sums


@dataclass(frozen=True)
class Head:
    """One exported logistic head: cue vocabulary, word vocabulary with idf, weights."""

    cue_index: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    classes: np.ndarray
    temperature: float
    names: list[str]
    # Derived at load time: the columns of word unigrams and of bigrams (by their two words, so
    # that no bigram string is built to look one up), after the cue columns; the weights one
    # feature a row (gathered per entry); each class's weights relative to the mean class.
    unigram_cols: dict[str, int]
    bigram_cols: dict[tuple[str, ...], int]
    coef_by_feature: np.ndarray
    explain_weights: np.ndarray

    @classmethod
    def from_arrays(cls, arrays: Any, prefix: str, temperature: float) -> Head:
        cue_names: list[str] = arrays[f"{prefix}_cue_names"].tolist()
        word_names: list[str] = arrays[f"{prefix}_word_names"].tolist()
        coef = np.asarray(arrays[f"{prefix}_coef"], dtype=np.float64)
        # A binary head keeps one row of weights (for class 1): class 0's are their negation.
        explain_weights = np.vstack([-coef[0], coef[0]]) if coef.shape[0] == 1 else coef - coef.mean(axis=0)
        # word_ngrams joins a bigram's words with a space; no word holds one.
        columns = list(enumerate(word_names, start=len(cue_names)))
        return cls(
            cue_index={n: k for k, n in enumerate(cue_names)},
            idf=np.asarray(arrays[f"{prefix}_idf"], dtype=np.float64),
            coef=coef,
            intercept=np.asarray(arrays[f"{prefix}_intercept"], dtype=np.float64),
            classes=np.asarray(arrays[f"{prefix}_classes"]),
            temperature=temperature,
            names=cue_names + [f"word:{w}" for w in word_names],
            unigram_cols={n: k for k, n in columns if " " not in n},
            bigram_cols={tuple(n.split(" ")): k for k, n in columns if " " in n},
            coef_by_feature=np.ascontiguousarray(coef.T),
            explain_weights=explain_weights,
        )

    def rows(self, cues: list[dict[str, float]], words: list[list[str]]) -> Rows:
        """Feature rows of claims from their cue features and n-gram words: cue values, then the
        word n-grams' l2-normalised sublinear TF-IDF, as scikit-learn's FeatureUnion builds them."""
        cue_col = self.cue_index.get
        unigram_col = self.unigram_cols.get
        bigram_col = self.bigram_cols.get
        cols: list[int] = []
        vals: list[float] = []
        indptr = [0]
        for features, claim_words in zip(cues, words, strict=True):
            for name, value in features.items():
                k = cue_col(name)
                if k is not None:
                    cols.append(k)
                    vals.append(value)
            # Counted in word_ngrams' order (unigrams, then bigrams): columns in order of first occurrence.
            counts = Counter(
                itertools.chain(map(unigram_col, claim_words), map(bigram_col, itertools.pairwise(claim_words)))
            )
            counts.pop(None, None)
            cols.extend(counts)
            vals.extend(counts.values())
            indptr.append(len(cols))
        offsets = np.array(indptr, dtype=np.int64)
        rows = Rows(
            np.array(cols, dtype=np.int64),
            np.array(vals, dtype=np.float64),
            np.repeat(np.arange(len(cues)), np.diff(offsets)),
            offsets,
        )
        is_word = rows.cols >= len(self.cue_index)
        weights = (1.0 + np.log(rows.vals[is_word])) * self.idf[rows.cols[is_word] - len(self.cue_index)]
        squares = np.zeros(len(rows.vals))
        squares[is_word] = weights * weights
        rows.vals[is_word] = weights / np.sqrt(_row_sums(squares, rows))[rows.row[is_word]]
        return rows

    def probabilities(self, rows: Rows) -> np.ndarray:
        """Calibrated class probabilities, one row per claim."""
        logits = _row_sums(self.coef_by_feature[rows.cols] * rows.vals[:, None], rows) + self.intercept
        if logits.shape[1] == 1:  # binary head: scikit-learn keeps one row of weights
            logits = np.hstack([-logits, logits])
        z = logits / self.temperature
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def explain(self, rows: Rows, targets: np.ndarray) -> list[list[tuple[str, float, float]]]:
        """Per claim, the top features by |contribution| to its class in ``targets`` relative to the mean class."""
        contributions = self.explain_weights[targets[rows.row], rows.cols] * rows.vals
        # Entries by row, then by |contribution|: one stable sort, so ties keep the feature order.
        order = np.lexsort((-np.abs(contributions), rows.row))
        rank = np.arange(len(order)) - rows.indptr[rows.row[order]]  # place within its row
        top = order[(rank < EXPLANATION_SIZE) & (contributions[order] != 0)]
        names = map(self.names.__getitem__, rows.cols[top].tolist())
        found = list(zip(names, rows.vals[top].tolist(), contributions[top].tolist(), strict=True))
        ends = itertools.accumulate(np.bincount(rows.row[top], minlength=len(rows.indptr) - 1).tolist())
        return [found[start:end] for start, end in itertools.pairwise([0, *ends])]


@dataclass(frozen=True, slots=True)
class Prediction:
    """Calibrated label and stance probabilities of one claim, with its explanation."""

    label_probabilities: list[float]
    stance_probabilities: list[float] | None
    explanation: list[tuple[str, float, float]]


class Scorer:
    """The exported model: a label head, an optional stance head, and the card."""

    def __init__(self, card: dict[str, Any], label: Head, stance: Head | None, path: Path | None = None) -> None:
        self.card = card
        self.label = label
        self.stance = stance
        self.path = path
        # Both heads are trained on the same texts: when their vocabularies agree, one set of rows serves both.
        self._shared_rows = stance is not None and (
            stance is label or (stance.names == label.names and np.array_equal(stance.idf, label.idf))
        )

    @property
    def labels(self) -> list[str]:
        return list(self.card["labels"])

    @property
    def stances(self) -> list[str]:
        return list(self.card["stances"])

    def identity(self) -> dict[str, str]:
        return {
            "name": self.card.get("name", "credscore-claims"),
            "version": str(self.card.get("format_version", "")) + "." + self.card["artifacts"]["model.npz"][:12],
            "sha256": self.card["artifacts"]["model.npz"],
        }

    def predict(
        self, cues: list[dict[str, float]], words: list[list[str]], *, explain: bool = True
    ) -> list[Prediction]:
        """Predictions of claims, from their cue features (``cue_features``) and n-gram words (``ngram_words``),
        scored together: one matrix product per head for all of them."""
        rows = self.label.rows(cues, words)
        probs = self.label.probabilities(rows)
        explanations = self.label.explain(rows, probs.argmax(axis=1)) if explain else [[] for _ in cues]
        stances: list[list[float]] | list[None] = [None] * len(cues)
        if self.stance is not None:
            stance_rows = rows if self._shared_rows else self.stance.rows(cues, words)
            stances = self.stance.probabilities(stance_rows).tolist()
        return [Prediction(p, s, e) for p, s, e in zip(probs.tolist(), stances, explanations, strict=True)]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_card(directory: Path) -> dict[str, Any]:
    """The model card, checked for a format this code can read."""
    card_path = directory / "model.json"
    if not card_path.is_file():
        raise ModelError(f"no model in {directory} (model.json missing); run `make train` or pass --model DIR")
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{card_path} is damaged ({exc}); run `make train` to rebuild it") from exc
    version = card.get("format_version")
    if not isinstance(version, int) or version > SUPPORTED_FORMAT:
        raise ModelError(
            f"{directory} holds a model of format {version!r}; this credscore reads format {SUPPORTED_FORMAT}: "
            "upgrade credscore or retrain with `credscore train`"
        )
    if "artifacts" not in card or "model.npz" not in card["artifacts"]:
        raise ModelError(f"{card_path} lists no artifacts; run `make train` to rebuild the model")
    return card


def load_scorer(directory: Path) -> Scorer:
    """Load ``model.npz`` after checking its sha256 against the card."""
    directory = Path(directory)
    card = read_card(directory)
    arrays_path = directory / "model.npz"
    if not arrays_path.is_file():
        raise ModelError(f"{arrays_path} is missing; run `make train` or pass --model DIR")
    if _sha256(arrays_path) != card["artifacts"]["model.npz"]:
        raise ModelError(
            f"{arrays_path} does not match the sha256 in its model card (changed or damaged); "
            "refusing to load it: run `make train` or restore the file"
        )
    try:
        with np.load(arrays_path, allow_pickle=False) as arrays:
            temperature = arrays["temperature"]
            label = Head.from_arrays(arrays, "label", float(temperature[0]))
            stance = Head.from_arrays(arrays, "stance", float(temperature[1])) if "stance_coef" in arrays else None
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"{arrays_path} cannot be read ({exc}); run `make train` to rebuild it") from exc
    return Scorer(card, label, stance, directory)
