"""Value types the extractors return: cues and attributions with spans."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CUE_KINDS = ("hedge", "modal", "negation", "denial", "evidence", "booster", "reporting")
SOURCE_TYPES = (
    "named_official",
    "named_person",
    "organization",
    "document",
    "anonymous_official",
    "anonymous",
    "author",
)
VERB_STRENGTHS = ("confirm", "assert", "claim", "suggest", "deny", "question", "other")
QUOTE_TYPES = ("direct", "indirect", "mixed", "none")


@dataclass(frozen=True, slots=True)
class Cue:
    """A word or phrase that signals hedging, modality, denial, evidence or reporting.

    ``name`` is the canonical lexicon entry (``"it is assumed"``) that the model
    uses as a feature; ``text`` is what the article says.
    """

    text: str
    start: int
    end: int
    kind: str
    category: str
    weight: float
    name: str = ""

    @property
    def feature(self) -> str:
        return f"{self.kind}:{self.name or self.text.lower()}"

    def shifted(self, offset: int) -> Cue:
        """The same cue with offsets moved by ``offset`` (claim → article)."""
        return Cue(self.text, self.start + offset, self.end + offset, self.kind, self.category, self.weight, self.name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "category": self.category,
            "weight": self.weight,
        }


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of a text."""

    start: int
    end: int
    text: str

    def shifted(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset, self.text)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says a claim, with which reporting cue, and how credible that makes it."""

    source: str
    source_type: str
    cue: str
    cue_strength: str
    quote: str
    credibility: float
    source_span: Span | None
    cue_span: Span | None

    def shifted(self, offset: int) -> Attribution:
        return Attribution(
            self.source,
            self.source_type,
            self.cue,
            self.cue_strength,
            self.quote,
            self.credibility,
            self.source_span.shifted(offset) if self.source_span else None,
            self.cue_span.shifted(offset) if self.cue_span else None,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "source_type": self.source_type,
            "cue": self.cue,
            "cue_strength": self.cue_strength,
            "quote": self.quote,
            "credibility": self.credibility,
            "source_span": self.source_span.to_dict() if self.source_span else None,
            "cue_span": self.cue_span.to_dict() if self.cue_span else None,
        }
