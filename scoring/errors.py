"""Errors the library raises; each message says what happened and what to do."""

from __future__ import annotations


class ScoringError(Exception):
    """Base class of every error credscore raises on purpose."""


class InvalidInputError(ScoringError, ValueError):
    """The text, file or options given cannot be scored as they are."""


class ModelError(ScoringError):
    """The model is missing, damaged, or made for another version."""


class TrainingDataError(InvalidInputError):
    """Labeled data cannot be used to train or evaluate a model."""
