"""Plain-text renderings of metrics reports, model cards and claim explanations."""

from __future__ import annotations

from typing import Any

from scoring.types import ClaimScore

__all__ = ["render_card", "render_explanation", "render_metrics"]


def render_metrics(report: dict[str, Any], title: str) -> str:
    """Per-label precision/recall/F1, macro-F1, accuracy and the confusion matrix."""
    labels = report["confusion"]["labels"]
    width = max(len(label) for label in labels) + 2
    lines = [f"== {title}", f"{'':{width}}precision  recall  f1     support"]
    for label in labels:
        row = report["per_label"][label]
        lines.append(
            f"{label:{width}}{row['precision']:9.3f}  {row['recall']:6.3f}  {row['f1']:5.3f}  {row['support']:7d}"
        )
    lines.append(f"macro-F1 {report['macro_f1']:.3f}   accuracy {report['accuracy']:.3f}")
    if "ece" in report:
        lines.append(f"expected calibration error {report['ece']:.3f}")
    lines.append("confusion (rows: gold, columns: predicted)")
    lines.append(f"{'':{width}}" + "".join(f"{label[:9]:>10}" for label in labels))
    for label, row in zip(labels, report["confusion"]["matrix"], strict=True):
        lines.append(f"{label:{width}}" + "".join(f"{n:10d}" for n in row))
    return "\n".join(lines) + "\n"


def render_explanation(claim: ClaimScore) -> str:
    """A claim's label, cues with spans, attribution and signed feature contributions."""
    lines = [f"{claim.id}  {claim.label}  score {claim.score:.2f}  stance {claim.stance}", f"  text: {claim.text}"]
    probabilities = "  ".join(f"{k} {v:.2f}" for k, v in claim.probabilities.items())
    lines.append(f"  probabilities: {probabilities}")
    for cue in claim.cues:
        lines.append(
            f"  cue  {cue.kind}:{cue.category}  {cue.text!r}  [{cue.start}:{cue.end}]  weight {cue.weight:.2f}"
        )
    a = claim.attribution
    if a is not None and a.source_type != "author":
        lines.append(
            f"  attribution: {a.source!r} ({a.source_type}) · cue {a.cue!r} ({a.cue_strength}) · "
            f"quote {a.quote} · credibility {a.credibility:.2f}"
        )
    else:
        lines.append("  attribution: none (the author)")
    lines.append(f"  contributions toward {claim.label!r}:")
    for item in claim.explanation:
        lines.append(f"    {item.contribution:+.3f}  {item.feature}  (value {item.value:.3f})")
    return "\n".join(lines) + "\n"


def render_card(card: dict[str, Any]) -> str:
    """The model card in readable form."""
    data = card.get("training_data", {})
    lines = [
        f"model      {card.get('name')}  format {card.get('format_version')}",
        f"labels     {', '.join(card.get('labels', []))}",
        f"stances    {', '.join(card.get('stances', []))}",
        f"features   {card.get('features')}",
        f"data       {data.get('claims')} claims ({data.get('train')} train, {data.get('dev')} dev), "
        f"sha256 {str(data.get('sha256', ''))[:16]}…",
        "libraries  " + ", ".join(f"{k} {v}" for k, v in card.get("libraries", {}).items()),
        "artifacts  " + ", ".join(f"{k} {v[:16]}…" for k, v in card.get("artifacts", {}).items()),
        "lexicons   " + ", ".join(f"{k} {v[:10]}…" for k, v in card.get("lexicons", {}).items()),
    ]
    cv = card.get("cv", {})
    if cv.get("label"):
        lines.append(f"cv         label macro-F1 {cv['label']['macro_f1']:.3f} ({cv.get('folds')} folds)")
    if cv.get("stance"):
        lines.append(f"           stance macro-F1 {cv['stance']['macro_f1']:.3f}")
    dev = card.get("dev", {})
    if dev.get("label"):
        lines.append(f"dev        label macro-F1 {dev['label']['macro_f1']:.3f}, ECE {dev['label']['ece']:.3f}")
        for label, row in dev["label"]["per_label"].items():
            lines.append(f"             {label:12} P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}")
    if dev.get("stance"):
        lines.append(f"           stance macro-F1 {dev['stance']['macro_f1']:.3f}")
    return "\n".join(lines) + "\n"
