"""The public Python API: load a model, score claims and articles, train and evaluate."""

from __future__ import annotations

import hashlib
import itertools
import operator
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from features.attribution import CREDIBILITY_BY_SOURCE, quotation_speakers, quotation_state, quote_states
from features.cues import ClaimCues, analyze, cue_features
from features.ngrams import ngram_words
from features.types import Attribution, Cue
from scoring.article import ClaimDigest, digest, summarize
from scoring.errors import InvalidInputError
from scoring.registry import SourceRegistry
from scoring.scorer import Prediction, Scorer, load_scorer
from scoring.segment import segment
from scoring.types import (
    LABEL_VALUES,
    LABELS,
    SCORED_KINDS,
    ArticleReport,
    ClaimScore,
    Contribution,
    Segment,
    decide,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DEFAULT_MODEL_DIR", "SCHEMA", "ArticleStream", "load_model", "score_claims", "score_frame", "score_text"]

SCHEMA = "credscore.article/1"
DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "trained"
# Claims scored together: one model product per chunk, and the most claims a stream holds at once.
CHUNK_CLAIMS = 64
MAX_CHUNK_CLAIMS = 4 * CHUNK_CLAIMS
_AUTHOR = Attribution("", "author", "", "none", "none", CREDIBILITY_BY_SOURCE["author"], None, None)


@cache
def _cached(path: str) -> Scorer:
    return load_scorer(Path(path))


def load_model(path: str | Path | None = None) -> Scorer:
    """The scorer in ``path`` (default: the shipped ``trained/``), loaded once per process."""
    return _cached(str(Path(path or DEFAULT_MODEL_DIR).resolve()))


def certainty(probabilities: dict[str, float]) -> float:
    """How firmly the text commits either way: everything but speculation (a denial is certain too)."""
    return min(1.0, max(0.0, 1.0 - probabilities.get("speculative", 0.0)))


def stance_from_label(label: str, text: str) -> str:
    if label == "denied":
        return "denies"
    if label == "speculative":
        return "questions" if text.rstrip().rstrip("\"'”’").endswith("?") else "neutral"
    return "supports"


def _analyses(segments: list[Segment], quoted: list[bool]) -> list[ClaimCues]:
    """Every extractor on each segment; ``quoted``: whether it starts inside a quotation (``quote_states``)."""
    return [analyze(seg.text, inside_quote=inside) for seg, inside in zip(segments, quoted, strict=True)]


def _own_attributions(segments: list[Segment], analyses: list[ClaimCues]) -> list[Attribution | None]:
    """Each segment's main attribution, in article offsets."""
    return [
        a.attribution.shifted(seg.start) if a.attribution else None for seg, a in zip(segments, analyses, strict=True)
    ]


def _score(
    scorer: Scorer,
    segments: list[Segment],
    analyses: list[ClaimCues],
    attributions: list[Attribution | None],
    quoted: list[bool],
    *,
    first_id: int = 1,
    registry: SourceRegistry | None = None,
    explain: bool = True,
) -> list[ClaimScore]:
    """Score segments as claims together (one model product for all of them), numbered from ``first_id``.
    ``attributions``: each segment's attribution in article offsets, its own or its quotation's speaker;
    ``quoted``: whether each starts inside a quotation opened before it."""
    features: list[dict[str, float]] = []
    words: list[list[str]] = []
    for seg, analysis, attribution, inside_quote in zip(segments, analyses, attributions, quoted, strict=True):
        if attribution is not None and not _within(attribution, seg):
            # A sentence of a quotation whose speaker is named in another sentence: the model sees the
            # speaker (type, verb, quote), with no span of this sentence taken as the source phrase.
            analysis = replace(analysis, attribution=replace(attribution, source_span=None, cue_span=None))
        features.append(cue_features(seg.text, analysis, inside_quote=inside_quote))
        words.append(ngram_words(analysis.tokens))
    predictions = scorer.predict(features, words, explain=explain)
    labels = scorer.labels
    stances = scorer.stances
    return [
        _claim(seg, analysis.cues, attribution, prediction, f"c{n}", labels, stances, registry)
        for n, seg, analysis, attribution, prediction in zip(
            itertools.count(first_id), segments, analyses, attributions, predictions
        )
    ]


def _within(attribution: Attribution, seg: Segment) -> bool:
    span = attribution.cue_span or attribution.source_span
    return span is None or seg.start <= span.start < seg.end


def _claim(
    seg: Segment,
    cues: tuple[Cue, ...],
    attribution: Attribution | None,
    prediction: Prediction,
    claim_id: str,
    labels: list[str],
    stances: list[str],
    registry: SourceRegistry | None,
) -> ClaimScore:
    text, offset = seg.text, seg.start
    by_label = dict(zip(labels, prediction.label_probabilities, strict=True))
    label, stance = decide(prediction.label_probabilities, labels, prediction.stance_probabilities, stances)
    stance = stance or stance_from_label(label, text)
    attribution = attribution or _AUTHOR
    if registry is not None and attribution.source:
        adjusted = registry.adjust(attribution.source, attribution.credibility)
        attribution = replace(attribution, credibility=adjusted)
    return ClaimScore(
        id=claim_id,
        start=offset,
        end=offset + len(text),
        text=text,
        kind=seg.kind,
        label=label,
        score=sum(map(operator.mul, prediction.label_probabilities, map(LABEL_VALUES.__getitem__, labels))),
        certainty=certainty(by_label),
        probabilities={name: by_label.get(name, 0.0) for name in LABELS},
        stance=stance,
        attribution=attribution,
        cues=tuple(c.shifted(offset) for c in cues),
        explanation=tuple(itertools.starmap(Contribution, prediction.explanation)),
    )


def score_claims(
    texts: Iterable[str], *, model: Scorer | None = None, registry: SourceRegistry | None = None
) -> list[ClaimScore]:
    """Score each text as one claim (no segmentation)."""
    scorer = model or load_model()
    segments = []
    for n, text in enumerate(texts, start=1):
        if not isinstance(text, str):
            raise InvalidInputError(f"claim {n} is {type(text).__name__}, not str")
        segments.append(Segment(0, len(text), text, "claim"))
    scored: list[ClaimScore] = []
    for first in range(0, len(segments), CHUNK_CLAIMS):
        chunk = segments[first : first + CHUNK_CLAIMS]
        unquoted = [False] * len(chunk)
        analyses = _analyses(chunk, unquoted)
        attributions = _own_attributions(chunk, analyses)
        scored += _score(scorer, chunk, analyses, attributions, unquoted, first_id=first + 1, registry=registry)
    return scored


class ArticleStream:
    """An article scored claim by claim, for texts too long to hold every claim's full score.

    Iterate ``claims`` once; afterwards ``article`` and ``summary`` hold what ``ArticleReport``
    would (the summary is built from small per-claim digests, so memory stays bounded by them).
    """

    def __init__(
        self,
        text: str,
        *,
        model: Scorer | None = None,
        registry: SourceRegistry | None = None,
        article_id: str | None = None,
        explain: bool = True,
    ) -> None:
        if not isinstance(text, str):
            raise InvalidInputError(f"score_text() takes a str, not {type(text).__name__}; decode bytes first")
        self._text = text
        self._scorer = model or load_model()
        self._registry = registry
        self._explain = explain
        self.schema = SCHEMA
        self.model = self._scorer.identity()
        self._digests: list[ClaimDigest] = []
        self._unscored: list[dict[str, Any]] = []
        self._segments = 0
        self._article_id = article_id
        self._before: tuple[int, Attribution | None, bool] = (0, None, False)

    @property
    def claims(self) -> Iterator[ClaimScore]:
        pending: list[Segment] = []
        quoted: list[bool] = []
        # Quote state: a sentence inside a quotation begun earlier in its paragraph is the speaker's words.
        segments, spans = itertools.tee(segment(self._text))
        states = quote_states(self._text, ((seg.start, seg.end) for seg in spans))
        for seg, inside_quote in zip(segments, states, strict=True):
            self._segments += 1
            if seg.kind not in SCORED_KINDS:
                self._unscored.append(seg.to_dict())
                continue
            # A chunk ends where a quotation does (its speaker may be named in its last sentence), or at
            # MAX_CHUNK_CLAIMS inside a quotation that never closes.
            if len(pending) >= MAX_CHUNK_CLAIMS or (len(pending) >= CHUNK_CLAIMS and not inside_quote):
                yield from self._scored(pending, quoted)
                pending, quoted = [], []
            pending.append(seg)
            quoted.append(inside_quote)
        yield from self._scored(pending, quoted)

    def _scored(self, segments: list[Segment], quoted: list[bool]) -> Iterator[ClaimScore]:
        if not segments:
            return
        first = len(self._digests) + 1
        analyses = _analyses(segments, quoted)
        spans = [(seg.start, seg.end) for seg in segments]
        attributions = quotation_speakers(
            self._text, spans, quoted, _own_attributions(segments, analyses), self._before
        )
        self._before = quotation_state(self._text, spans[-1], quoted[-1], attributions[-1])
        scored = _score(
            self._scorer,
            segments,
            analyses,
            attributions,
            quoted,
            first_id=first,
            registry=self._registry,
            explain=self._explain,
        )
        for claim in scored:
            self._digests.append(digest(claim))
            yield claim

    @property
    def article(self) -> dict[str, Any]:
        return {
            "id": self._article_id,
            "length": len(self._text),
            "sha256": hashlib.sha256(self._text.encode("utf-8", "surrogatepass")).hexdigest(),
            "segments": self._segments,
            "unscored": self._unscored,
        }

    @property
    def summary(self) -> dict[str, Any]:
        return summarize(self._digests)


def score_text(
    text: str,
    *,
    model: Scorer | None = None,
    registry: SourceRegistry | None = None,
    article_id: str | None = None,
    explain: bool = True,
) -> ArticleReport:
    """Segment an article, score its headlines and claims, and summarise it."""
    stream = ArticleStream(text, model=model, registry=registry, article_id=article_id, explain=explain)
    claims = tuple(stream.claims)
    return ArticleReport(stream.schema, stream.model, stream.article, stream.summary, claims)


def score_frame(
    df: pd.DataFrame, text_column: str = "text", id_column: str | None = None, model_dir: str | None = None
) -> pd.DataFrame:
    """One row per claim of every article in ``df``: the unit Dask or Spark maps over partitions."""
    import pandas as pd

    if text_column not in df.columns:
        raise InvalidInputError(f"no column {text_column!r}; the frame has {list(df.columns)}")
    scorer = load_model(model_dir)
    rows: list[dict[str, Any]] = []
    ids: Sequence[Any] = df[id_column].tolist() if id_column else df.index.tolist()
    for article_id, text in zip(ids, df[text_column].tolist(), strict=True):
        if not isinstance(text, str):
            missing = text is None or (isinstance(text, float) and text != text)  # None, or NaN in pandas >= 3
            rows.append(_error_row(article_id, "text is missing" if missing else f"text is {type(text).__name__}"))
            continue
        report = score_text(text, model=scorer, article_id=str(article_id), explain=False)
        rows.extend(claim_row(str(article_id), claim) for claim in report.claims)
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)


FRAME_COLUMNS = [
    "article_id",
    "claim_id",
    "start",
    "end",
    "kind",
    "text",
    "label",
    "score",
    "certainty",
    "stance",
    "source",
    "source_type",
    "cue",
    "cue_strength",
    "quote",
    "credibility",
    "cues",
    "error",
]


def claim_row(article_id: str, claim: ClaimScore) -> dict[str, Any]:
    """A flat row of one claim, for CSV and data frames."""
    a = claim.attribution
    return {
        "article_id": article_id,
        "claim_id": claim.id,
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind,
        "text": claim.text,
        "label": claim.label,
        "score": claim.score,
        "certainty": claim.certainty,
        "stance": claim.stance,
        "source": a.source if a else "",
        "source_type": a.source_type if a else "author",
        "cue": a.cue if a else "",
        "cue_strength": a.cue_strength if a else "none",
        "quote": a.quote if a else "none",
        "credibility": a.credibility if a else CREDIBILITY_BY_SOURCE["author"],
        "cues": "; ".join(f"{c.kind}:{c.text}" for c in claim.cues),
        "error": "",
    }


def _error_row(article_id: Any, message: str) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(FRAME_COLUMNS)
    row.update({"article_id": str(article_id), "error": message})
    return row
