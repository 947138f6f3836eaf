"""``CueVectorizer``: a scikit-learn transformer from claim texts to cue feature counts."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from features.cues import cue_features

__all__ = ["CueVectorizer"]


def _check_texts(texts) -> list[str]:
    if isinstance(texts, str):
        raise ValueError("CueVectorizer expects an iterable of texts, not a single string")
    texts = list(texts)
    bad = [type(t).__name__ for t in texts if not isinstance(t, str)]
    if bad:
        raise ValueError(f"CueVectorizer expects str texts; got {bad[0]}")
    return texts


def _features_of(texts: list[str]) -> list[dict[str, float]]:
    """Cue features of each text; a text repeated in the batch is analysed once."""
    seen: dict[str, dict[str, float]] = {}
    return [seen[text] if text in seen else seen.setdefault(text, cue_features(text)) for text in texts]


class CueVectorizer(TransformerMixin, BaseEstimator):
    """Texts → sparse matrix of cue counts (``hedge:alleged``, ``source:anonymous``, …).

    ``min_df``: a feature must occur in at least this many training texts.
    """

    def __init__(self, *, min_df: int = 1) -> None:
        self.min_df = min_df

    def fit(self, texts, y=None):
        self._fit_features(_features_of(_check_texts(texts)))
        return self

    def fit_transform(self, texts, y=None):
        """Fit and transform in one pass over the texts (the extractors run once per text)."""
        features = _features_of(_check_texts(texts))
        self._fit_features(features)
        return self._matrix(features)

    def transform(self, texts):
        check_is_fitted(self, "vocabulary_")
        return self._matrix(_features_of(_check_texts(texts)))

    def _fit_features(self, features: list[dict[str, float]]) -> None:
        if not isinstance(self.min_df, int) or self.min_df < 1:
            raise ValueError(f"min_df must be a positive int, got {self.min_df!r}")
        counts: dict[str, int] = {}
        for row in features:
            for name in row:
                counts[name] = counts.get(name, 0) + 1
        names = sorted(name for name, n in counts.items() if n >= self.min_df)
        self.vocabulary_ = {name: k for k, name in enumerate(names)}
        self.feature_names_ = np.array(names, dtype=object)

    def _matrix(self, features: list[dict[str, float]]):
        rows, cols, values = [], [], []
        for row, named in enumerate(features):
            for name, value in named.items():
                col = self.vocabulary_.get(name)
                if col is not None:
                    rows.append(row)
                    cols.append(col)
                    values.append(value)
        shape = (len(features), len(self.vocabulary_))
        return sp.csr_matrix((np.asarray(values, dtype=np.float64), (rows, cols)), shape=shape)

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "vocabulary_")
        return self.feature_names_.copy()
