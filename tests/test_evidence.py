"""Evidence and booster cues: golden cases with traps, offsets and determinism."""

from __future__ import annotations

import pytest

from features.evidence import find_evidence
from features.tokens import tokenize


def found(text: str) -> list[str]:
    """Each cue as ``kind/category:text``, in text order."""
    return [f"{c.kind}/{c.category}:{c.text}" for c in find_evidence(text)]


CASES = [
    # confirmation verbs
    pytest.param("Doctors confirmed the death.", ["evidence/confirm_verb:confirmed"], id="confirmed"),
    pytest.param("The lab verified the sample.", ["evidence/confirm_verb:verified"], id="verified"),
    pytest.param("The audit proved the fraud.", ["evidence/confirm_verb:proved"], id="proved"),
    pytest.param("The minister admitted the error.", ["evidence/confirm_verb:admitted"], id="admitted"),
    pytest.param("The study found that sleep helps.", ["evidence/confirm_verb:found that"], id="found_that"),
    pytest.param("The hikers were found alive.", [], id="found_without_that"),
    # evidence nouns
    pytest.param(
        "Satellite images show the convoy.",
        ["evidence/evidence_noun:Satellite images", "evidence/confirm_verb:show"],
        id="satellite_images_show",
    ),
    pytest.param(
        "Court records show the payments.",
        ["evidence/evidence_noun:records", "evidence/confirm_verb:show"],
        id="records_show",
    ),
    pytest.param("Police released footage of the raid.", ["evidence/evidence_noun:footage"], id="footage"),
    pytest.param("The archive holds evidence of the deal.", ["evidence/evidence_noun:evidence"], id="evidence_noun"),
    # evidence in hand: someone sees, has or found it
    pytest.param(
        "We are seeing evidence of troops.", ["evidence/evidence_held:are seeing evidence"], id="seeing_evidence"
    ),
    pytest.param(
        "Divers have found proof of the wreck.", ["evidence/evidence_held:have found proof"], id="have_found_proof"
    ),
    pytest.param("Rangers did not find evidence of poaching.", [], id="not_found_evidence"),
    pytest.param("The team has yet to find evidence of water.", [], id="yet_to_find_evidence"),
    pytest.param("Lab results arrived on Monday.", ["evidence/evidence_noun:Lab results"], id="lab_results"),
    # negated or outstanding evidence is not evidence
    pytest.param("There is no evidence of fraud.", [], id="no_evidence"),
    pytest.param("There was no satellite imagery.", [], id="no_satellite_imagery"),
    pytest.param("The charge came without evidence.", [], id="without_evidence"),
    pytest.param("There is scant evidence for it.", [], id="scant_evidence"),
    pytest.param("The report has not confirmed it.", [], id="not_confirmed"),
    pytest.param("The death has yet to be confirmed.", [], id="yet_to_be_confirmed"),
    pytest.param("The club neither confirmed nor denied the move.", [], id="neither_confirmed"),
    pytest.param("The coroner found not a shred of evidence of foul play.", [], id="not_a_shred_of_evidence"),
    pytest.param(
        "The footage could not be independently verified.",
        ["evidence/evidence_noun:footage"],
        id="could_not_be_independently_verified",
    ),
    pytest.param("The records failed to show a link.", ["evidence/evidence_noun:records"], id="failed_to_show"),
    # boosters
    pytest.param("The minister clearly lied.", ["booster/booster:clearly"], id="clearly"),
    pytest.param("In fact, the plant had closed.", ["booster/booster:In fact"], id="in_fact"),
    pytest.param("The vote was undeniably close.", ["booster/booster:undeniably"], id="undeniably"),
    pytest.param("There is no doubt the bridge is safe.", ["booster/booster:no doubt"], id="no_doubt"),
    pytest.param("The sign was not clearly visible.", [], id="negated_booster"),
    # not evidence
    pytest.param("The council met on Tuesday.", [], id="plain_statement"),
    # "show" the noun: after a determiner or a singular word, where the verb would be "shows"
    pytest.param("HOAX: TV show tricks catcallers into harassing their mothers", [], id="tv_show_noun"),
    pytest.param("The talk show host mocked the senator.", [], id="talk_show_host"),
    pytest.param("The 2004 show was cancelled after one season.", [], id="numbered_show"),
    pytest.param("Tickets for the shows sold out.", [], id="the_shows"),
    pytest.param(
        "The data show a sharp rise.", ["evidence/evidence_noun:data", "evidence/confirm_verb:show"], id="data_show"
    ),
    pytest.param("Results of the study show a link.", ["evidence/confirm_verb:show"], id="study_show_a_link"),
    pytest.param(
        "Tests will show whether it is safe.",
        ["evidence/confirm_verb:show"],
        id="will_show",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_evidence_found_as_specified(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "_expected"), CASES)
def test_evidence_offsets_point_into_text(text: str, _expected: list[str]) -> None:
    for cue in find_evidence(text):
        assert text[cue.start : cue.end] == cue.text
        assert cue.kind in ("evidence", "booster")
        assert 0.0 <= cue.weight <= 1.0
        assert cue.name


def test_evidence_is_deterministic_and_empty_text_has_none() -> None:
    text = "Records clearly show the payments, but no video was found."
    assert find_evidence(text) == find_evidence(text) == find_evidence(text, tokenize(text))
    assert find_evidence("") == []
