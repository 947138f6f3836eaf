"""Modality cues: golden cases with traps, the seed article, offsets and determinism."""

from __future__ import annotations

from pathlib import Path

import pytest

from features.modality import find_modality
from features.tokens import tokenize
from scoring.segment import segment

SEED = Path(__file__).resolve().parents[1] / "seeds" / "articles" / "000_e0dc83ff7eb116bc.txt"
SEED_WARNING = (
    "Zelenskyy further warned that the conflict with Russia could escalate into a world war"
    " if a third country were to get involved."
)


def found(text: str) -> list[str]:
    """Each modal cue as ``category:text``, in text order."""
    return [f"{c.category}:{c.text}" for c in find_modality(text)]


CASES = [
    # headline infinitive: "X to Do Y" is a future in a headline, not after a governing verb or in prose
    pytest.param("Veteran Actor to Play Astronaut in Moon Film", ["headline_future:to Play"], id="headline_to_verb"),
    pytest.param("New footbridge to be built over the canal", ["headline_future:to be"], id="headline_to_be_built"),
    pytest.param("Nurses Vow to Fight Ward Closure", [], id="governed_infinitive"),
    pytest.param("Keeper Has Surgery to Repair Knee", [], id="purpose_after_a_finite_verb"),
    pytest.param("Teen Returns to School After Surgery", [], id="to_before_a_noun"),
    pytest.param("The actor to play the astronaut was named.", [], id="not_a_headline"),
    pytest.param("Ferry to be honest about delays", [], id="to_be_before_an_adjective"),
    pytest.param("Harbour Board Orders Council To Repair Sea Wall", [], id="object_control_verb_earlier"),
    pytest.param("Minister urges regulator to review ferry fares", [], id="urges_an_object_to"),
    pytest.param("Ferry Crossing Takes Three Hours to Complete", [], id="takes_time_to"),
    pytest.param("Local Bakery Trying To Sell Its Old Ovens", [], id="gerund_governor"),
    pytest.param("It Just Got Harder To Find a Parking Space", [], id="comparative_adjective_governor"),
    pytest.param("Farmer Swims Across the Lake to Win a Bet", [], id="purpose_after_a_prepositional_phrase"),
    pytest.param("Club Signs a Young Striker to Replace Captain", [], id="purpose_after_an_object"),
    pytest.param(
        "Town to hold vote next month to decide on bypass", ["headline_future:to hold"], id="second_to_is_a_purpose"
    ),
    pytest.param("Bank of the West to Close Twenty Branches", ["headline_future:to Close"], id="determiner_after_of"),
    pytest.param("Ferry operator in talks to buy a rival line", ["future:in talks to"], id="in_talks_to"),
    # modal verbs
    pytest.param("The bridge could collapse.", ["modal:could"], id="could"),
    pytest.param("The plan may well fail.", ["modal:may"], id="may_lowercase"),
    pytest.param("The numbers might be higher.", ["modal:might"], id="might"),
    pytest.param("Voters must decide.", ["modal:must"], id="must"),
    pytest.param("Troops May Be Sent To The Border", ["modal:May"], id="may_in_title_case_headline"),
    pytest.param("May I ask a question?", ["modal:May", "question:?"], id="may_at_sentence_start"),
    # May the month or a name, will and can the nouns
    pytest.param("The inquiry reports in May.", [], id="in_may_month"),
    pytest.param("The match was played on May 3, 2021.", [], id="may_before_date"),
    pytest.param("Theresa May resigned.", [], id="may_surname"),
    pytest.param("He left his will to the library.", [], id="his_will_noun"),
    pytest.param("The will of the people prevailed.", [], id="will_of_noun"),
    pytest.param("She kicked a can down the street.", [], id="a_can_noun"),
    pytest.param("The goodwill was lost.", [], id="will_inside_a_word"),
    # futures and plans
    pytest.param("The storm will hit tonight.", ["future:will"], id="will_future"),
    pytest.param("The firm is expected to cut jobs.", ["future:is expected to"], id="is_expected_to"),
    pytest.param("The mall is set to open in June.", ["future:is set to"], id="is_set_to"),
    pytest.param("Veteran Goalkeeper Set to Retire After Cup Final", ["future:Set to"], id="headline_set_to"),
    pytest.param("Harbour tunnel poised to reopen next week", ["future:poised to"], id="headline_poised_to"),
    pytest.param("The city plans to build a tram.", ["future:plans to"], id="plans_to"),
    pytest.param("Talks are scheduled to resume.", ["future:are scheduled to"], id="scheduled_to"),
    pytest.param("The team aims to win the cup.", ["future:aims to"], id="aims_to"),
    pytest.param("The storm is forecast to weaken.", ["future:forecast"], id="forecast"),
    # conditionals
    pytest.param("If the vote fails, talks end.", ["conditional:If"], id="if"),
    pytest.param("Nothing changes unless the board acts.", ["conditional:unless"], id="unless"),
    pytest.param("Keep water in case the supply fails.", ["conditional:in case"], id="in_case"),
    pytest.param("Nobody knows whether the dam holds.", ["conditional:whether"], id="whether"),
    # questions
    pytest.param("Is the river safe to swim in?", ["question:?"], id="question"),
    pytest.param("Did The Mayor Lie?", ["question:?"], id="title_case_question"),
    pytest.param("Longest queue ever? Shoppers wait nine hours for trainers", ["rhetorical:?"], id="rhetorical_opener"),
    # an opener asking whether something is so is the claim's question; one put to the reader invites
    pytest.param("Is this a giant squid? Fishermen film huge shape off the pier", ["question:?"], id="asks_whether"),
    pytest.param(
        "Would you eat it? Men keep a burger for twenty years",
        ["modal:Would", "rhetorical:?"],
        id="reader_question_opener",
    ),
    pytest.param('"Is the water safe?" residents asked the mayor.', ["question:?"], id="quoted_question"),
    pytest.param("Is the pier closed? No.", ["question:?"], id="short_answer_keeps_question"),
    # not modal
    pytest.param("The council approved the budget.", [], id="plain_statement"),
    pytest.param("No matter whether the vote passes, the depot closes.", [], id="no_matter_whether_concedes"),
    pytest.param("Regardless of how the board votes, fares rise.", [], id="regardless_of_how"),
    pytest.param("The delay was due to a burst main.", [], id="due_to_a_cause"),
    pytest.param("The closure is due to falling visitor numbers.", [], id="due_to_a_gerund_cause"),
    pytest.param("The inquiry is due to report in March.", ["future:is due to"], id="due_to_a_schedule"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_modality_found_as_specified(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_seed_article_warning_is_modal_and_conditional() -> None:
    text = SEED.read_text(encoding="utf-8")
    claims = [s.text for s in segment(text) if s.text == SEED_WARNING]
    assert claims
    for claim in claims:
        assert found(claim) == ["modal:could", "conditional:if"]


@pytest.mark.parametrize(("text", "_expected"), CASES)
def test_modality_offsets_point_into_text(text: str, _expected: list[str]) -> None:
    for cue in find_modality(text):
        assert text[cue.start : cue.end] == cue.text
        assert cue.kind == "modal"
        assert 0.0 <= cue.weight <= 1.0
        assert cue.name


def test_modality_is_deterministic_and_empty_text_has_none() -> None:
    text = "If the talks fail, could the strike that is set to start in May go ahead?"
    assert find_modality(text) == find_modality(text) == find_modality(text, tokenize(text))
    assert find_modality("") == []
