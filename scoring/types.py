"""Typed results: frozen dataclasses that are pure values with ``to_dict()``.

Every span carries offsets into the original article text, and for every span
``article[start:end] == span.text`` holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
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


def decide(
    label_probabilities: Sequence[float],
    labels: Sequence[str],
    stance_probabilities: Sequence[float] | None,
    stances: Sequence[str],
) -> tuple[str, str | None]:
    """The claim's label and its source's stance, decided together: the label that is most probable once
    the stance head's belief in the stances the guideline allows with it is taken in (p(label) times
    p(allowed stances)), and the most probable of those stances. Without a stance head the label head
    decides alone (stance None); a label none of whose stances the model knows allows them all."""
    if stance_probabilities is None or not stances:
        return labels[max(range(len(labels)), key=label_probabilities.__getitem__)], None
    best_mass, best_label, best_stance = -1.0, 0, 0
    for k, allowed in enumerate(_allowed_stances(tuple(labels), tuple(stances))):
        mass = label_probabilities[k] * sum(stance_probabilities[j] for j in allowed)
        if mass > best_mass:
            best_mass, best_label, best_stance = mass, k, max(allowed, key=stance_probabilities.__getitem__)
    return labels[best_label], stances[best_stance]


@cache
def _allowed_stances(labels: tuple[str, ...], stances: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
    """For each label, the indices of the stances it allows (all of them when the model knows none)."""
    table = []
    for label in labels:
        allowed = tuple(j for j, stance in enumerate(stances) if stance in LABEL_STANCES.get(label, STANCES))
        table.append(allowed or tuple(range(len(stances))))
    return tuple(table)


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
