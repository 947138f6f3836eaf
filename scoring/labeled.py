"""Labeled claim data (CSV or JSONL with ``text``, ``label``, optional ``stance``): reading and checking."""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from scoring.errors import TrainingDataError
from scoring.types import LABELS, STANCES

__all__ = ["LabeledClaim", "read_labeled"]

# A class with fewer training examples than this cannot be learned or cross-validated.
MIN_PER_CLASS = 10


@dataclass(frozen=True, slots=True)
class LabeledClaim:
    text: str
    label: str
    stance: str | None
    split: str


@dataclass(frozen=True, slots=True)
class LabeledData:
    claims: tuple[LabeledClaim, ...]
    sha256: str
    warnings: tuple[str, ...]

    def split(self, name: str) -> list[LabeledClaim]:
        return [c for c in self.claims if c.split == name]


def _rows(path: Path) -> list[tuple[int, dict]]:
    if not path.exists():
        raise TrainingDataError(f"{path}: no such file; give a CSV or JSONL file of labeled claims")
    if path.is_dir():
        raise TrainingDataError(f"{path} is a directory; give a CSV or JSONL file of labeled claims")
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TrainingDataError(f"{path}: not UTF-8 text ({exc.reason}); re-encode it as UTF-8") from exc
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(raw.splitlines())
        if not reader.fieldnames or "text" not in reader.fieldnames or "label" not in reader.fieldnames:
            raise TrainingDataError(f"{path}: the CSV needs 'text' and 'label' columns; it has {reader.fieldnames}")
        return [(n + 2, row) for n, row in enumerate(reader)]
    rows = []
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TrainingDataError(f"{path}:{n}: not valid JSON ({exc.msg}); fix or remove the line") from exc
        if not isinstance(row, dict):
            raise TrainingDataError(f"{path}:{n}: each line must be a JSON object with 'text' and 'label'")
        rows.append((n, row))
    return rows


def read_labeled(
    paths: list[Path], label_map: dict[str, str] | None = None, *, for_training: bool = True
) -> LabeledData:
    """Read and check labeled claims; duplicate texts with two labels keep the most frequent (then first) label."""
    label_map = label_map or {}
    digest = hashlib.sha256()
    by_text: dict[str, list[LabeledClaim]] = {}
    for path in paths:
        digest.update(Path(path).read_bytes() if Path(path).is_file() else b"")
        for line, row in _rows(Path(path)):
            text = row.get("text")
            if not isinstance(text, str) or not text.strip():
                raise TrainingDataError(f"{path}:{line}: empty or missing 'text'; every row needs the claim text")
            label = str(row.get("label", "")).strip()
            label = label_map.get(label, label)
            if label not in LABELS:
                raise TrainingDataError(
                    f"{path}:{line}: unknown label {label!r}; allowed: {', '.join(LABELS)} "
                    "(map your names with --label-map theirs=ours,…)"
                )
            stance = row.get("stance") or None
            if stance is not None and stance not in STANCES:
                raise TrainingDataError(f"{path}:{line}: unknown stance {stance!r}; allowed: {', '.join(STANCES)}")
            split = row.get("split") or "train"
            by_text.setdefault(text.strip(), []).append(LabeledClaim(text.strip(), label, stance, split))
    warnings = []
    conflicts = sum(1 for group in by_text.values() if len({c.label for c in group}) > 1)
    if conflicts:
        warnings.append(f"{conflicts} texts carry two or more labels; kept the most frequent label of each")
    claims = []
    for group in by_text.values():
        counts = Counter(c.label for c in group)
        best = max(counts, key=lambda lab: (counts[lab], -LABELS.index(lab)))
        claims.append(next(c for c in group if c.label == best))
    if for_training:
        _check_classes(claims)
    return LabeledData(tuple(claims), digest.hexdigest(), tuple(warnings))


def _check_classes(claims: list[LabeledClaim]) -> None:
    counts = Counter(c.label for c in claims if c.split == "train")
    if len(counts) < 2:
        raise TrainingDataError(f"training needs at least two labels; found only {sorted(counts) or 'none'}")
    small = {label: n for label, n in counts.items() if n < MIN_PER_CLASS}
    if small:
        shown = ", ".join(f"{label}={n}" for label, n in sorted(small.items()))
        raise TrainingDataError(f"each label needs at least {MIN_PER_CLASS} training examples; too few: {shown}")
