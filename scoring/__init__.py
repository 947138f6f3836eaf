"""credscore: how confirmed is each claim of a news article, and who says so.

The scoring path (``score_text``, ``score_claims``, ``score_frame``) runs on
numpy alone; ``train`` and ``evaluate`` import scikit-learn when called.
"""

from __future__ import annotations

from scoring.api import SCHEMA, load_model, score_claims, score_frame, score_text
from scoring.errors import InvalidInputError, ModelError, ScoringError, TrainingDataError
from scoring.segment import segment
from scoring.types import ArticleReport, ClaimScore, Segment

__all__ = [
    "SCHEMA",
    "ArticleReport",
    "ClaimScore",
    "InvalidInputError",
    "ModelError",
    "ScoringError",
    "Segment",
    "TrainingDataError",
    "evaluate",
    "load_model",
    "score_claims",
    "score_frame",
    "score_text",
    "segment",
    "train",
]


def train(*args, **kwargs):
    """Train a model on labeled data (see ``scoring.training.train``)."""
    from scoring.training import train as _train

    return _train(*args, **kwargs)


def evaluate(*args, **kwargs):
    """Evaluate a model on labeled data (see ``scoring.training.evaluate``)."""
    from scoring.training import evaluate as _evaluate

    return _evaluate(*args, **kwargs)
