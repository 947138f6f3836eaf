"""Typed results: frozen dataclasses that are pure values with ``to_dict()``.

Every span carries offsets into the original article text, and for every span
``article[start:end] == span.text`` holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from features.types import Cue

SEGMENT_KINDS = ("headline", "claim", "byline", "caption", "dateline", "other")
SCORED_KINDS = ("headline", "claim")
LABELS = ("confirmed", "reported", "claimed", "speculative", "denied")
LABEL_VALUES = {"confirmed": 1.0, "reported": 0.7, "claimed": 0.4, "speculative": 0.2, "denied": 0.0}
STANCES = ("supports", "denies", "questions", "neutral")
# The stances the annotation guideline's decision order allows with each label (seeds/ANNOTATION.md):
# a denial denies, a question or a hedge questions or stays neutral, the rest support (a refusal to
# comment is a neutral report).
LABEL_STANCES = {
    "confirmed": ("supports",),
    "reported": ("supports", "neutral"),
    "claimed": ("supports", "neutral"),
    "speculative": ("neutral", "questions"),
    "denied": ("denies",),
}


def stance_given_label(label: str, probabilities: list[float], stances: list[str]) -> str:
    """The most probable of the stances the guideline allows with ``label``; the most probable of all
    when the model knows none of them (a corpus without that stance)."""
    allowed = [k for k, stance in enumerate(stances) if stance in LABEL_STANCES.get(label, STANCES)]
    return stances[max(allowed or range(len(stances)), key=probabilities.__getitem__)]


__all__ = [
    "LABELS",
    "LABEL_VALUES",
    "SCORED_KINDS",
    "SEGMENT_KINDS",
    "STANCES",
    "ArticleReport",
    "ClaimScore",
    "Contribution",
    "Cue",
    "Segment",
]


@dataclass(frozen=True, slots=True)
class Segment:
    """A span of the article with its kind (headline, claim, byline, …)."""

    start: int
    end: int
    text: str
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class Contribution:
    """One feature's signed contribution to the predicted label's logit."""

    feature: str
    value: float
    contribution: float

    def to_dict(self) -> dict[str, Any]:
        return {"feature": self.feature, "value": self.value, "contribution": self.contribution}


@dataclass(frozen=True, slots=True)
class ClaimScore:
    """How confirmed one claim is, with the evidence for that judgement."""

    id: str
    start: int
    end: int
    text: str
    kind: str
    label: str
    score: float
    certainty: float
    probabilities: dict[str, float]
    stance: str
    attribution: Any  # features.types.Attribution | None
    cues: tuple[Cue, ...] = ()
    explanation: tuple[Contribution, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "label": self.label,
            "score": self.score,
            "certainty": self.certainty,
            "probabilities": dict(self.probabilities),
            "stance": self.stance,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "cues": [c.to_dict() for c in self.cues],
            "explanation": [c.to_dict() for c in self.explanation],
        }


@dataclass(frozen=True, slots=True)
class ArticleReport:
    """The scored article: every segment's claim score and the summary."""

    schema: str
    model: dict[str, str]
    article: dict[str, Any]
    summary: dict[str, Any]
    claims: tuple[ClaimScore, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "model": dict(self.model),
            "article": dict(self.article),
            "summary": self.summary,
            "claims": [c.to_dict() for c in self.claims],
        }
