"""All cues of a claim, and the numeric features counted from those same cues."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

from features.attribution import find_attributions, main_attribution, reporting_cues
from features.evidence import find_evidence
from features.hedging import find_hedges
from features.modality import find_modality
from features.negation import find_negation
from features.tokens import Token, is_title_case, tokenize
from features.types import Attribution, Cue

__all__ = ["ClaimCues", "analyze", "cue_features"]

# What a cue makes of the content, for the source × content interaction features;
# categories first, then kinds. Approximators, cues inside the source phrase and
# negated hedges are left out: they do not weaken the claim.
_CONTENT_CLASS = {
    "approximator": None,
    "in_source": None,
    "negated": None,
    "unknown": "unknown",
    "question": "question",
    "future": "future",
    "modal": "possible",
    "conditional": "possible",
    "epistemic_verb": "possible",
    "distancing": "distance",
    "hearsay": "distance",
    "impersonal_passive": "distance",
    "double_negation": "double_negation",
    "denial": "denial",
    "negation": "negation",
    "evidence": "evidence",
    "booster": "evidence",
}
# Counts above this add nothing: three hedges hedge as much as ten.
MAX_COUNT = 3.0
_QUOTE_CHARS = '"“”«»'
# The order of a claim's cues: by position, then kind.
_POSITION = attrgetter("start", "end", "kind")


@dataclass(frozen=True, slots=True)
class ClaimCues:
    """Everything the extractors found in one claim."""

    cues: tuple[Cue, ...]
    attribution: Attribution | None
    attributions: tuple[Attribution, ...]
    title_case: bool
    # The claim's tokens, kept so the model's word n-grams need not tokenize again.
    tokens: tuple[Token, ...] = field(default=(), repr=False, compare=False)


def analyze(text: str) -> ClaimCues:
    """Run every extractor on one claim; cues inside the source phrase are re-labelled ``in_source``."""
    tokens = tokenize(text)
    title = is_title_case(tokens)
    attributions = find_attributions(text, tokens, title)
    main = main_attribution(text, attributions)
    found = find_hedges(text, tokens) + find_modality(text, tokens) + find_negation(text, tokens)
    found += find_evidence(text, tokens) + reporting_cues(attributions)
    if main and main.source_span:
        span = main.source_span
        found = [
            Cue(c.text, c.start, c.end, c.kind, "in_source", 0.0, c.name)
            if span.start <= c.start and c.end <= span.end and c.kind != "reporting"
            else c
            for c in found
        ]
    found.sort(key=_POSITION)

    return ClaimCues(tuple(found), main, tuple(attributions), title, tuple(tokens))


def cue_features(text: str, analysis: ClaimCues | None = None) -> dict[str, float]:
    """Feature name → value for one claim, counted from its cues and attribution."""
    analysis = analysis or analyze(text)
    features: dict[str, float] = {}

    def add(name: str, value: float = 1.0) -> None:
        features[name] = min(MAX_COUNT, features.get(name, 0.0) + value)

    main = analysis.attribution
    main_cue = main.cue_span.start if main and main.cue_span else -1
    content_kinds: set[str] = set()
    for cue in analysis.cues:
        if cue.kind == "reporting":
            if cue.start != main_cue:
                add(f"reporting_other:{cue.category}")
            continue  # the main reporting cue is counted once, as verb:<strength>
        add(f"{cue.kind}:{cue.category}")
        add(cue.feature)
        content = _CONTENT_CLASS.get(cue.category) or _CONTENT_CLASS.get(cue.kind)
        if content:
            content_kinds.add(content)
    source = main.source_type if main else "author"
    strength = main.cue_strength if main else "none"
    add(f"source:{source}")
    if main:
        add(f"verb:{strength}")
        add(f"quote:{main.quote}")
    # The decision order as interactions: what the source does times what the content carries
    # ("the Pentagon chief told reporters" + "left to be seen" is a hedged claim, not a report).
    for kind in sorted(content_kinds):
        add(f"combo:{strength}+{kind}")
    if analysis.title_case:
        add("shape:title_case")
    stripped = text.rstrip()
    if stripped.endswith("?") or stripped.rstrip("\"'”’").endswith("?"):
        add("shape:question")
    if any(mark in text for mark in _QUOTE_CHARS):
        add("shape:quote")
    return features
