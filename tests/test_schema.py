"""Every article report validates against the shipped ``credscore.article/1`` JSON Schema."""

from __future__ import annotations

import copy
import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from scoring import SCHEMA, score_text
from scoring.render import render_json, render_jsonl

ARTICLES = sorted((Path(__file__).resolve().parent.parent / "seeds" / "articles").glob("*.txt"))
SEED = next(p for p in ARTICLES if p.name.startswith("000_"))


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resources.files("scoring").joinpath("schema/article-1.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.fixture(scope="module")
def seed_report() -> dict:
    return score_text(_read(SEED), article_id="seed").to_dict()


def _errors(validator: jsonschema.Draft202012Validator, instance: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(instance)]


def test_schema_names_the_version_the_api_writes(validator):
    assert validator.schema["properties"]["schema"] == {"const": SCHEMA}
    assert validator.schema["title"] == SCHEMA


def test_seed_article_report_is_valid(validator, seed_report):
    assert _errors(validator, seed_report) == []
    assert seed_report["claims"], "the seed article has claims"


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_every_seed_article_report_is_valid(validator, path):
    text = _read(path)
    report = score_text(text, article_id=path.stem)
    assert _errors(validator, report.to_dict()) == []
    assert _errors(validator, json.loads(render_json(report))) == []
    assert _errors(validator, json.loads(render_jsonl(report))) == []


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_every_span_indexes_the_article_text(path):
    text = _read(path)
    report = score_text(text, article_id=path.stem).to_dict()
    assert report["article"]["length"] == len(text)
    for seg in report["article"]["unscored"]:
        assert text[seg["start"] : seg["end"]] == seg["text"]
    for claim in report["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        for cue in claim["cues"]:
            assert text[cue["start"] : cue["end"]] == cue["text"]
        for key in ("source_span", "cue_span"):
            span = (claim["attribution"] or {}).get(key)
            if span:
                assert text[span["start"] : span["end"]] == span["text"]


def test_report_without_claims_is_valid(validator):
    assert _errors(validator, score_text("", article_id=None).to_dict()) == []


def _break(report: dict, path: tuple, change) -> dict:
    broken = copy.deepcopy(report)
    target = broken
    for key in path[:-1]:
        target = target[key]
    change(target, path[-1])
    return broken


def _delete(container, key):
    del container[key]


def _rename(container, key):
    container[key + "s"] = container.pop(key)


def _set(value):
    def change(container, key):
        container[key] = value

    return change


@pytest.mark.parametrize(
    ("path", "change"),
    [
        (("model", "sha256"), _delete),
        (("article", "length"), _rename),
        (("summary", "mean_score"), _rename),
        (("summary", "by_label", "confirmed"), _delete),
        (("claims", 0, "label"), _set("likely")),
        (("claims", 0, "score"), _set(1.5)),
        (("claims", 0, "stance"), _set("agrees")),
        (("claims", 0, "probabilities", "denied"), _rename),
        (("claims", 0, "attribution", "source_type"), _set("celebrity")),
        (("claims", 0, "attribution", "quote"), _set("paraphrase")),
        (("claims", 0, "attribution", "credibility"), _set(-0.1)),
        (("claims", 0, "cues", 0, "kind"), _set("sarcasm")),
        (("claims", 0, "cues", 0, "start"), _rename),
        (("claims", 0, "explanation"), _delete),
        (("claims", 0, "id"), _set("claim-1")),
        (("summary", "sources", 0, "type"), _set("blog")),
        (("summary", "contested", 0, "positions", 0, "stance"), _set("maybe")),
        (("schema",), _set("credscore.article/2")),
    ],
    ids=lambda v: "/".join(map(str, v)) if isinstance(v, tuple) else "",
)
def test_schema_catches_missing_misspelled_and_out_of_range_fields(validator, seed_report, path, change):
    assert seed_report["summary"]["contested"] and seed_report["summary"]["sources"]
    assert _errors(validator, _break(seed_report, path, change)), f"{path} change was accepted"


def test_schema_rejects_unknown_top_level_key(validator, seed_report):
    assert _errors(validator, {**seed_report, "extra": 1})
