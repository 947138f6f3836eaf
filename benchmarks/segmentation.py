"""Sentence segmentation: credscore's segmenter against pySBD and BlingFire.

Accuracy is measured on the hand-labeled claim and headline spans of
``seeds/articles/labels.jsonl`` (articles 001–026): a predicted claim or
headline is right when its (start, end) equals a gold span, and its kind is
right when the kind matches too. The libraries only split sentences, so each
gets our line classification (headlines, bylines, captions, datelines) and
re-splits each of our body paragraphs; the comparison is of sentence
boundaries alone. Speed is the median of 5 runs over the PolNeAR dev texts
(when present) and the seed articles, in characters per second.

    python -m benchmarks.segmentation

pySBD and BlingFire are measurement-only: install them into the venv by hand
(``pip install pysbd blingfire``); they are not dependencies of credscore.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from scoring.segment import segment
from scoring.types import SCORED_KINDS, Segment

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "seeds" / "articles"
POLNEAR_TEXTS = REPO.parent / "shared" / "eval" / "polnear-dev" / "text"
# The issue asks for the median of this many timed runs.
RUNS = 5

Spans = dict[tuple[int, int], str]
Splitter = Callable[[str], list[tuple[int, int]]]


def read_raw(path: Path) -> str:
    """A text file as written, line endings included (labels.jsonl offsets count the CR of CRLF files)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def gold_spans() -> dict[str, Spans]:
    """Gold (start, end) -> kind per article, from the hand-labeled claims of seeds/articles."""
    gold: dict[str, Spans] = {}
    for line in read_raw(ARTICLES / "labels.jsonl").splitlines():
        row = json.loads(line)
        gold.setdefault(row["article"], {})[(row["start"], row["end"])] = row["kind"]
    return gold


def _paragraphs(text: str, segments: list[Segment]) -> Iterator[list[Segment]]:
    """Runs of claim segments that share one line of ``text``."""
    run: list[Segment] = []
    for seg in segments:
        same_line = run and seg.kind == "claim" and "\n" not in text[run[-1].end : seg.start]
        if run and not same_line:
            yield run
            run = []
        run.append(seg)
    if run:
        yield run


def with_library(split: Splitter) -> Callable[[str], list[Segment]]:
    """Our line classification, with each body paragraph re-split by ``split``."""

    def segment_with(text: str) -> list[Segment]:
        result: list[Segment] = []
        for run in _paragraphs(text, segment(text)):
            if run[0].kind != "claim":
                result.extend(run)
                continue
            start, end = run[0].start, run[-1].end
            for s, e in split(text[start:end]):
                piece = text[start + s : start + e].strip()
                if piece:
                    offset = start + s + text[start + s : start + e].index(piece)
                    result.append(Segment(offset, offset + len(piece), piece, "claim"))
        return result

    return segment_with


def pysbd_splitter() -> Splitter | None:
    try:
        import pysbd
    except ImportError:
        return None
    splitter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return lambda paragraph: [(span.start, span.end) for span in splitter.segment(paragraph)]


def blingfire_splitter() -> Splitter | None:
    try:
        import blingfire
    except ImportError:
        return None

    def split(paragraph: str) -> list[tuple[int, int]]:
        # BlingFire's offsets count UTF-8 bytes of its own output; map them back by search.
        sentences, _ = blingfire.text_to_sentences_and_offsets(paragraph)
        spans, cursor = [], 0
        for sentence in sentences.split("\n"):
            found = paragraph.find(sentence, cursor)
            if found >= 0:
                spans.append((found, found + len(sentence)))
                cursor = found + len(sentence)
        return spans

    return split


def accuracy(run: Callable[[str], list[Segment]], gold: dict[str, Spans]) -> dict[str, float]:
    """Precision, recall and F1 of claim and headline spans, and of spans with their kind."""
    predicted_n = gold_n = span_hits = kind_hits = 0
    for article, spans in gold.items():
        predicted = {(s.start, s.end): s.kind for s in run(read_raw(ARTICLES / article))}
        predicted = {span: kind for span, kind in predicted.items() if kind in SCORED_KINDS}
        predicted_n += len(predicted)
        gold_n += len(spans)
        span_hits += sum(1 for span in predicted if span in spans)
        kind_hits += sum(1 for span, kind in predicted.items() if spans.get(span) == kind)
    scores = {}
    for name, hits in (("span", span_hits), ("kind", kind_hits)):
        precision, recall = hits / predicted_n, hits / gold_n
        scores[f"{name}_p"], scores[f"{name}_r"] = precision, recall
        scores[f"{name}_f1"] = 2 * precision * recall / (precision + recall) if hits else 0.0
    return scores


def speed(run: Callable[[str], object], texts: list[str]) -> float:
    """Characters per second: the median of RUNS passes over ``texts``."""
    seconds = []
    for _ in range(RUNS):
        began = time.perf_counter()
        for text in texts:
            run(text)
        seconds.append(time.perf_counter() - began)
    return sum(map(len, texts)) / statistics.median(seconds)


def main() -> None:
    gold = gold_spans()
    texts = [read_raw(p) for p in sorted(POLNEAR_TEXTS.glob("*.txt"))]
    texts += [read_raw(p) for p in sorted(ARTICLES.glob("*.txt"))]
    runners: dict[str, tuple[Callable[[str], list[Segment]], Callable[[str], object]]] = {
        "credscore": (segment, segment)
    }
    for name, make in (("pysbd", pysbd_splitter), ("blingfire", blingfire_splitter)):
        split = make()
        if split is None:
            print(f"{name}: not installed, skipped")
            continue
        runners[name + " (our lines)"] = (with_library(split), with_library(split))
        runners[name + " (alone)"] = (lambda text: [], split)
    print(f"gold: {sum(map(len, gold.values()))} spans in {len(gold)} articles; speed over {len(texts)} texts")
    print(f"{'segmenter':<24} {'span P':>7} {'R':>6} {'F1':>6} {'kind P':>7} {'R':>6} {'F1':>6} {'chars/s':>11}")
    for name, (segmenter, timed) in runners.items():
        rate = speed(timed, texts)
        if name.endswith("(alone)"):
            print(f"{name:<24} {'':>7} {'':>6} {'':>6} {'':>7} {'':>6} {'':>6} {rate:>11,.0f}")
            continue
        s = accuracy(segmenter, gold)
        print(
            f"{name:<24} {s['span_p']:>7.3f} {s['span_r']:>6.3f} {s['span_f1']:>6.3f}"
            f" {s['kind_p']:>7.3f} {s['kind_r']:>6.3f} {s['kind_f1']:>6.3f} {rate:>11,.0f}"
        )


if __name__ == "__main__":
    main()
