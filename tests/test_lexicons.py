"""Every lexicon file parses and is clean; the extractors run in linear time on adversarial input."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import pytest

from features.lexicon import LEXICON_NAMES, lexicon

LEXICONS = sorted((Path(__file__).resolve().parents[1] / "features" / "lexicons").glob("*.tsv"))
HEADER = "term\tcategory\tweight\tnote"
# A provenance comment says where the entries come from ("Written for credscore from …").
PROVENANCE_WORDS = ("written for", "source", "derived from", "adapted from")


def rows(path: Path) -> list[tuple[int, str]]:
    """(line number, line) of every data row: not blank, not a comment, not the header."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        (n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#") and line != HEADER
    ]


def expansions(term: str) -> list[str]:
    """Every phrase a term stands for: ``a|b c`` gives ``a c`` and ``b c``; ``_`` joins words."""
    slots = [[alt.replace("_", " ") for alt in word.split("|")] for word in term.split(" ")]
    return [" ".join(words) for words in itertools.product(*slots)]


def test_every_lexicon_file_is_linted() -> None:
    assert {p.stem for p in LEXICONS} >= set(LEXICON_NAMES)


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.name)
def test_lexicon_starts_with_provenance_comment(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0].startswith("# ")
    leading = " ".join(itertools.takewhile(lambda line: line.startswith("#"), lines)).lower()
    assert any(word in leading for word in PROVENANCE_WORDS), f"{path.name}: say where the entries come from"


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.name)
def test_lexicon_header_row_comes_first_after_comments(path: Path) -> None:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert lines[0] == HEADER


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.name)
def test_lexicon_rows_have_four_fields_lowercase_term_and_unit_weight(path: Path) -> None:
    problems = []
    for n, line in rows(path):
        fields = line.split("\t")
        if len(fields) != 4:
            problems.append(f"line {n}: {len(fields)} fields")
            continue
        term, category, weight, note = fields
        if term != term.lower() or term != term.strip() or "  " in term or not term:
            problems.append(f"line {n}: term {term!r} not lowercase single-spaced")
        if not category or category != category.strip():
            problems.append(f"line {n}: empty category")
        try:
            value = float(weight)
        except ValueError:
            problems.append(f"line {n}: weight {weight!r} is not a number")
        else:
            if not 0.0 <= value <= 1.0:
                problems.append(f"line {n}: weight {value} outside [0, 1]")
        if not note.strip():
            problems.append(f"line {n}: empty note")
    assert problems == []


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.name)
def test_lexicon_has_no_duplicate_expanded_phrase(path: Path) -> None:
    counts = Counter(phrase for _n, line in rows(path) for phrase in expansions(line.split("\t")[0]))
    assert sorted(phrase for phrase, count in counts.items() if count > 1) == []


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_lexicon_loads_with_entries(name: str) -> None:
    assert lexicon(name).entries
