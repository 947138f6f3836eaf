"""Attribution spans against PolNeAR's gold Source and Cue spans (dev split, real US election news)."""

from __future__ import annotations

import re
from pathlib import Path

from features.attribution import find_attributions, quote_openings
from scoring.segment import segment

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "polnear-dev"


def gold_spans(ann: Path) -> dict[str, set[tuple[int, int]]]:
    spans: dict[str, set[tuple[int, int]]] = {"Source": set(), "Cue": set()}
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not parts[0].startswith("T") or len(parts) < 2:
            continue
        kind, *offsets = parts[1].replace(";", " ").split(" ")
        if kind in spans:
            numbers = [int(x) for x in offsets]
            spans[kind].add((min(numbers), max(numbers)))
    return spans


def predicted_spans(text: str) -> dict[str, set[tuple[int, int]]]:
    spans: dict[str, set[tuple[int, int]]] = {"Source": set(), "Cue": set()}
    segments = segment(text)
    for seg, inside_quote in zip(segments, quote_openings(text, [(s.start, s.end) for s in segments]), strict=True):
        if seg.kind not in ("claim", "headline"):
            continue
        for a in find_attributions(seg.text, inside_quote=inside_quote):
            if a.source_span:
                spans["Source"].add((a.source_span.start + seg.start, a.source_span.end + seg.start))
            if a.cue_span:
                spans["Cue"].add((a.cue_span.start + seg.start, a.cue_span.end + seg.start))
    return spans


_FLOOR_CUE = re.compile(r"\b(said|says|told|according to)\b")
_FLOOR_SOURCE = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*|\bhe|\bshe|\bthey)\s*$")


def floor_spans(text: str) -> dict[str, set[tuple[int, int]]]:
    """The floor: a reporting-verb regex, and the capitalised words (or pronoun) just before it."""
    spans: dict[str, set[tuple[int, int]]] = {"Source": set(), "Cue": set()}
    for match in _FLOOR_CUE.finditer(text):
        spans["Cue"].add((match.start(), match.end()))
        before = _FLOOR_SOURCE.search(text[max(0, match.start() - 60) : match.start()])
        if before:
            offset = max(0, match.start() - 60)
            spans["Source"].add((offset + before.start(1), offset + before.end(1)))
    return spans


def _overlaps(span: tuple[int, int], others: set[tuple[int, int]]) -> bool:
    return any(span[0] < o[1] and o[0] < span[1] for o in others)


def _prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict[str, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def polnear(predict=predicted_spans) -> dict:
    """Exact and overlap P/R/F1 of source and cue spans, micro-averaged over annotation files."""
    counts = {
        k: {"exact_p": 0, "exact_g": 0, "over_p": 0, "over_g": 0, "pred": 0, "gold": 0} for k in ("Source", "Cue")
    }
    files = 0
    for ann in sorted((EVAL / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        text_path = EVAL / "text" / f"{stem}.txt"
        if not text_path.exists():
            continue
        files += 1
        text = text_path.read_text(encoding="utf-8")
        gold = gold_spans(ann)
        pred = predict(text)
        for kind in counts:
            c = counts[kind]
            c["pred"] += len(pred[kind])
            c["gold"] += len(gold[kind])
            c["exact_p"] += len(pred[kind] & gold[kind])
            c["exact_g"] += len(pred[kind] & gold[kind])
            c["over_p"] += sum(_overlaps(s, gold[kind]) for s in pred[kind])
            c["over_g"] += sum(_overlaps(s, pred[kind]) for s in gold[kind])
    result = {"annotation_files": files}
    for kind, c in counts.items():
        result[kind.lower()] = {
            "gold": c["gold"],
            "predicted": c["pred"],
            "exact": _prf(c["exact_p"], c["pred"], c["exact_g"], c["gold"]),
            "overlap": _prf(c["over_p"], c["pred"], c["over_g"], c["gold"]),
        }
    return result


# Claim-level sources ---------------------------------------------------------------------------
# A claim is the content of a gold attribution when at least this share of its characters lies in the
# attribution's Content span (a content may run over several sentences: a quotation continued).
CONTENT_SHARE = 0.5


def gold_attributions(ann: Path) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """(content span, source span or None) of every gold attribution relation."""
    spans: dict[str, tuple[int, int]] = {}
    relations: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    lines = ann.read_text(encoding="utf-8").splitlines()
    for line in lines:
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            numbers = [int(x) for x in parts[1].replace(";", " ").split(" ")[1:]]
            spans[parts[0]] = (min(numbers), max(numbers))
    for line in lines:
        parts = line.split("\t")
        if not parts[0].startswith("E") or len(parts) < 2:
            continue
        roles = dict(arg.split(":", 1) for arg in parts[1].split(" ") if ":" in arg)
        if "Content" in roles and roles["Content"] in spans:
            relations.append((spans[roles["Content"]], spans.get(roles.get("Source", ""))))
    return relations


def _share_inside(claim: tuple[int, int], content: tuple[int, int]) -> float:
    inside = max(0, min(claim[1], content[1]) - max(claim[0], content[0]))
    return inside / max(1, claim[1] - claim[0])


def engine_claim_sources(text: str) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """Each scored claim's span and its source span in the article (None for the author)."""
    from scoring import score_text

    return [
        ((c.start, c.end), (c.attribution.source_span.start, c.attribution.source_span.end))
        if c.attribution.source_span and c.attribution.source_type != "author"
        else ((c.start, c.end), None)
        for c in score_text(text).claims
    ]


def sentence_claim_sources(text: str) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """The same from each sentence alone (its own main attribution, no quotation carried over)."""
    from features.attribution import main_attribution

    found = []
    segments = segment(text)
    for seg, inside in zip(segments, quote_openings(text, [(s.start, s.end) for s in segments]), strict=True):
        if seg.kind not in ("claim", "headline"):
            continue
        main = main_attribution(seg.text, find_attributions(seg.text, inside_quote=inside))
        span = main.source_span if main and main.source_type != "author" else None
        found.append(((seg.start, seg.end), (span.start + seg.start, span.end + seg.start) if span else None))
    return found


def floor_claim_sources(text: str) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """The floor: the regex floor's source inside the sentence, if any."""
    found = []
    sources = sorted(floor_spans(text)["Source"])
    for seg in segment(text):
        if seg.kind not in ("claim", "headline"):
            continue
        inside = [s for s in sources if seg.start <= s[0] < seg.end]
        found.append(((seg.start, seg.end), inside[0] if inside else None))
    return found


def claim_sources(predict=engine_claim_sources) -> dict:
    """Per claim: is it a gold attribution's content, and is its predicted source that attribution's?

    Recall: of the claims that are the content of a sourced gold attribution, the share whose predicted
    source overlaps one of those gold sources. Precision: of the claims given a source, the share where
    it overlaps a gold source of an attribution whose content holds the claim.
    """
    gold_sourced = predicted = hit_gold = hit_pred = claims = 0
    for ann in sorted((EVAL / "attributions").glob("*.ann")):
        text_path = EVAL / "text" / f"{ann.stem.rsplit('_', 1)[0]}.txt"
        if not text_path.exists():
            continue
        relations = gold_attributions(ann)
        for claim, source in predict(text_path.read_text(encoding="utf-8")):
            claims += 1
            golds = {s for content, s in relations if s and _share_inside(claim, content) >= CONTENT_SHARE}
            right = source is not None and _overlaps(source, golds)
            gold_sourced += bool(golds)
            predicted += source is not None
            hit_gold += bool(golds) and right
            hit_pred += right
    return {"claims": claims, "gold_sourced": gold_sourced, "predicted_sourced": predicted} | _prf(
        hit_pred, predicted, hit_gold, gold_sourced
    )
