"""A user's source registry: CSV of ``pattern,prior,note`` that shifts source credibility.

A pattern matches a source phrase when it occurs in it, case-insensitively
("reuters" matches "Reuters correspondent Ana Ruiz"); the longest matching
pattern wins. The credibility becomes a blend of the computed value and the prior.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from scoring.errors import InvalidInputError

__all__ = ["REGISTRY_WEIGHT", "SourceRegistry", "read_registry"]

# Weight of the user's prior against the computed credibility: an equal say.
REGISTRY_WEIGHT = 0.5


@dataclass(frozen=True, slots=True)
class RegistryEntry:
    pattern: str
    prior: float
    note: str


@dataclass(frozen=True, slots=True)
class SourceRegistry:
    entries: tuple[RegistryEntry, ...]

    def lookup(self, source: str) -> RegistryEntry | None:
        """The longest entry whose pattern occurs in ``source``."""
        lowered = source.lower()
        hits = [e for e in self.entries if e.pattern in lowered]
        return max(hits, key=lambda e: len(e.pattern)) if hits else None

    def adjust(self, source: str, credibility: float) -> float:
        entry = self.lookup(source) if source else None
        if entry is None:
            return credibility
        return (1 - REGISTRY_WEIGHT) * credibility + REGISTRY_WEIGHT * entry.prior


def read_registry(path: Path) -> SourceRegistry:
    """Read a registry CSV; every bad row is an error naming its line."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInputError(f"{path}: no such source registry; give a CSV with columns pattern,prior,note")
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise InvalidInputError(f"{path}: not UTF-8 ({exc.reason}); save the registry as UTF-8") from exc
    reader = csv.DictReader(lines)
    if not reader.fieldnames or not {"pattern", "prior"} <= set(reader.fieldnames):
        raise InvalidInputError(f"{path}: the registry needs columns pattern,prior[,note]; found {reader.fieldnames}")
    entries = []
    for n, row in enumerate(reader, start=2):
        pattern = (row.get("pattern") or "").strip().lower()
        try:
            prior = float(row.get("prior") or "")
        except ValueError:
            prior = -1.0
        if not pattern or not 0.0 <= prior <= 1.0:
            raise InvalidInputError(f"{path}:{n}: needs a non-empty pattern and a prior between 0 and 1")
        entries.append(RegistryEntry(pattern, prior, (row.get("note") or "").strip()))
    return SourceRegistry(tuple(entries))
