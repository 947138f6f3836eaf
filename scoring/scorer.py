"""The numpy-only scorer: runs the exported model arrays without scikit-learn or pickles.

Loading checks the model card (format version, scikit-learn version the arrays
were made with is recorded but not needed) and the sha256 of ``model.npz``
before reading it; ``np.load(allow_pickle=False)`` never runs code.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from features.cues import ClaimCues, cue_features
from features.ngrams import word_ngrams
from scoring.errors import ModelError

__all__ = ["Head", "Prediction", "Scorer", "load_scorer"]

# How many signed feature contributions an explanation lists.
EXPLANATION_SIZE = 6
SUPPORTED_FORMAT = 1


@dataclass(frozen=True)
class Head:
    """One exported logistic head: cue vocabulary, word vocabulary with idf, weights."""

    cue_index: dict[str, int]
    word_index: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    classes: np.ndarray
    temperature: float
    names: list[str]

    @classmethod
    def from_arrays(cls, arrays: Any, prefix: str, temperature: float) -> Head:
        cue_names = [str(n) for n in arrays[f"{prefix}_cue_names"]]
        word_names = [str(n) for n in arrays[f"{prefix}_word_names"]]
        return cls(
            cue_index={n: k for k, n in enumerate(cue_names)},
            word_index={n: k for k, n in enumerate(word_names)},
            idf=np.asarray(arrays[f"{prefix}_idf"], dtype=np.float64),
            coef=np.asarray(arrays[f"{prefix}_coef"], dtype=np.float64),
            intercept=np.asarray(arrays[f"{prefix}_intercept"], dtype=np.float64),
            classes=np.asarray(arrays[f"{prefix}_classes"]),
            temperature=temperature,
            names=cue_names + [f"word:{w}" for w in word_names],
        )

    def word_counts(self, grams: list[str]) -> dict[int, int]:
        """Word column → count of one claim's n-grams (vocabulary look-ups only)."""
        counts: dict[int, int] = {}
        index = self.word_index
        for gram in grams:
            k = index.get(gram)
            if k is not None:
                counts[k] = counts.get(k, 0) + 1
        return counts

    def features(
        self, text: str, cues: dict[str, float], counts: dict[int, int] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Column indices and values of one claim, as scikit-learn's FeatureUnion builds them."""
        cols: list[int] = []
        vals: list[float] = []
        index = self.cue_index
        for name, value in cues.items():
            k = index.get(name)
            if k is not None:
                cols.append(k)
                vals.append(value)
        if counts is None:
            counts = self.word_counts(word_ngrams(text))
        offset = len(index)
        if counts:
            keys = np.fromiter(counts, dtype=np.int64, count=len(counts))
            tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
            weights = tf * self.idf[keys]
            weights /= math.sqrt(float(np.dot(weights, weights)))
            cols.extend((keys + offset).tolist())
            vals.extend(weights.tolist())
        return np.asarray(cols, dtype=np.int64), np.asarray(vals, dtype=np.float64)

    def probabilities(self, cols: np.ndarray, vals: np.ndarray) -> np.ndarray:
        logits = self.coef[:, cols] @ vals + self.intercept
        if logits.shape[0] == 1:  # binary head: scikit-learn keeps one row of weights
            logits = np.array([-logits[0], logits[0]])
        z = logits / self.temperature
        z = z - z.max()
        e = np.exp(z)
        return e / e.sum()

    def explain(self, cols: np.ndarray, vals: np.ndarray, target: int) -> list[tuple[str, float, float]]:
        """Top features by |contribution| to class ``target`` relative to the mean class."""
        if self.coef.shape[0] == 1:
            weights = self.coef[0, cols] * (1 if target == 1 else -1)
        else:
            weights = self.coef[target, cols] - self.coef[:, cols].mean(axis=0)
        contributions = weights * vals
        order = np.argsort(-np.abs(contributions), kind="stable")[:EXPLANATION_SIZE]
        return [(self.names[cols[k]], float(vals[k]), float(contributions[k])) for k in order if contributions[k]]


@dataclass(frozen=True)
class Prediction:
    """Calibrated label and stance probabilities of one claim, with its explanation."""

    label_probabilities: np.ndarray
    stance_probabilities: np.ndarray | None
    explanation: list[tuple[str, float, float]]


class Scorer:
    """The exported model: a label head, an optional stance head, and the card."""

    def __init__(self, card: dict[str, Any], label: Head, stance: Head | None, path: Path | None = None) -> None:
        self.card = card
        self.label = label
        self.stance = stance
        self.path = path
        # Both heads are trained on the same texts: one vocabulary look-up serves both.
        self._shared_words = stance is not None and stance.word_index == label.word_index

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

    def predict(self, text: str, analysis: ClaimCues, *, explain: bool = True) -> Prediction:
        cues = cue_features(text, analysis)
        counts = self.label.word_counts(word_ngrams(text, analysis.tokens or None))
        cols, vals = self.label.features(text, cues, counts)
        probs = self.label.probabilities(cols, vals)
        explanation = self.label.explain(cols, vals, int(probs.argmax())) if explain else []
        stance = None
        if self.stance is not None:
            if self.stance is self.label:
                s_cols, s_vals = cols, vals
            else:
                s_cols, s_vals = self.stance.features(text, cues, counts if self._shared_words else None)
            stance = self.stance.probabilities(s_cols, s_vals)
        return Prediction(probs, stance, explanation)


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
