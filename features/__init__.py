"""Cue extractors: pure functions from text to cues with character offsets.

``CueVectorizer`` (scikit-learn) is imported lazily so that scoring never loads
scikit-learn.
"""

from __future__ import annotations

from features.attribution import find_attributions, main_attribution
from features.cues import ClaimCues, analyze, cue_features
from features.evidence import find_evidence
from features.hedging import find_hedges
from features.modality import find_modality
from features.negation import find_negation
from features.ngrams import word_ngrams
from features.types import Attribution, Cue, Span

__all__ = [
    "Attribution",
    "ClaimCues",
    "Cue",
    "CueVectorizer",
    "Span",
    "analyze",
    "cue_features",
    "find_attributions",
    "find_evidence",
    "find_hedges",
    "find_modality",
    "find_negation",
    "main_attribution",
    "word_ngrams",
]


def __getattr__(name: str):
    if name == "CueVectorizer":
        from features.vectorizer import CueVectorizer

        return CueVectorizer
    raise AttributeError(f"module 'features' has no attribute {name!r}")
