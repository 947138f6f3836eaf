"""Negation and denial cues: golden cases with traps, the seed article, offsets and determinism."""

from __future__ import annotations

from pathlib import Path

import pytest

from features.negation import find_negation
from features.tokens import tokenize
from scoring.segment import segment

SEED = Path(__file__).resolve().parents[1] / "seeds" / "articles" / "000_e0dc83ff7eb116bc.txt"
SEED_DENIAL = "officials from Kim Jon Un's government have denied the reports"


def found(text: str) -> list[str]:
    """Each negation or denial cue as ``kind/category:text``, in text order."""
    return [f"{c.kind}/{c.category}:{c.text}" for c in find_negation(text)]


CASES = [
    # ", not X" closing the sentence names the alternative: a contrast, not a refutation
    pytest.param("The firm will build its plant in Ohio, not Texas", ["negation/contrast:not"], id="appended_contrast"),
    pytest.param(
        "Speeders will get a warning letter, not a fine.", ["negation/contrast:not"], id="appended_contrast_np"
    ),
    pytest.param(
        "The thief was caught in Colby, not in Marden as first reported.",
        ["negation/negator:not"],
        id="long_tail_is_no_appended_contrast",
    ),
    # idioms of time and addition are no negation
    pytest.param("The ferry left not long after the storm.", [], id="not_long_after"),
    pytest.param("This is not the first time the pier has flooded.", [], id="not_the_first_time"),
    pytest.param("Prices rose, not least because of the strike.", [], id="not_least"),
    pytest.param("This is not the time to sell.", ["negation/verb_negation:not"], id="not_the_time_negates"),
    # phrasal denials of a claim, but not of an act
    pytest.param(
        "The club laughed off rumours of a sale.",
        ["denial/denial_verb:laughed off", "denial/falsity:rumours"],
        id="laughed_off",
    ),
    pytest.param("The court quashed the conviction.", [], id="quashed_conviction_is_an_act"),
    # an auxiliary written as a clitic on the subject, as a separate word does, makes the verb negated
    pytest.param("They're not leaving the valley.", ["negation/verb_negation:not"], id="clitic_are_not"),
    pytest.param("The ferry's not running on Sunday.", ["negation/verb_negation:not"], id="clitic_is_not"),
    # a headline drops the auxiliary: its "not" negates the predicate
    pytest.param(
        "Missing Climber Not Among Those Found on Ridge", ["negation/verb_negation:Not"], id="headline_not_among"
    ),
    pytest.param(
        "Stadium roof not damaged in storm, club says", ["negation/verb_negation:not"], id="headline_not_damaged"
    ),
    pytest.param("Chef reportedly not happy with new menu", ["negation/verb_negation:not"], id="headline_adverb_not"),
    # … but not when the "not" heads an infinitive, follows a conjunction or preposition, contrasts, or ends it
    pytest.param("Five Reasons Not to Sell Your Bike", ["negation/negator:Not"], id="headline_not_to"),
    pytest.param("Tenants fined for not recycling glass", ["negation/negator:not"], id="headline_for_not"),
    pytest.param("Parking may soon earn a warning, not a fine", ["negation/contrast:not"], id="headline_contrast_not"),
    pytest.param("Is the Lake Safe to Swim In or Not?", ["negation/negator:Not"], id="headline_or_not"),
    pytest.param("The pupils not in class were sent home.", ["negation/negator:not"], id="sentence_reduced_relative"),
    # a verdict kicker before a headline's colon, also written as one hyphenated word
    pytest.param(
        "Fake-News: City Will Fine Drivers for Eating at the Wheel", ["denial/falsity:Fake-News"], id="fake_news_kicker"
    ),
    # a negation that grades ("not always") or corrects ("not A but B") refutes nothing
    pytest.param(
        "A bigger battery does not always mean a longer-lasting phone.",
        ["negation/scalar:not always"],
        id="scalar_not_always",
    ),
    pytest.param("Two weeks of rain is not enough to refill it.", ["negation/scalar:not enough"], id="not_enough"),
    pytest.param(
        "Parents say the school isn't doing enough.", ["negation/scalar:n't doing enough"], id="not_doing_enough"
    ),
    pytest.param(
        "The council has not moved fast enough on repairs.",
        ["negation/scalar:not moved fast enough"],
        id="not_moved_fast_enough",
    ),
    pytest.param(
        "The new moss is not a liverwort but a close relative of peat moss.",
        ["negation/contrast:not"],
        id="contrast_not_but",
    ),
    pytest.param(
        "The mayor did not resign, but the council voted against her.",
        ["negation/verb_negation:not"],
        id="but_after_comma_is_a_new_clause",
    ),
    pytest.param("The ferry is not, as claimed, unsafe.", ["negation/verb_negation:not"], id="no_but_no_contrast"),
    # denial verbs and falsity
    pytest.param("The club denied the report.", ["denial/denial_verb:denied"], id="denied"),
    pytest.param("The firm denies any wrongdoing.", ["denial/denial_verb:denies"], id="denies"),
    pytest.param("The board rejected the claim.", ["denial/denial_verb:rejected"], id="rejected"),
    # refusing a request, a bill or an offer is an act, not a denial of a claim (seeds/ANNOTATION.md)
    pytest.param("The board rejected the offer.", ["negation/refusal:rejected"], id="rejected_offer_is_refusal"),
    pytest.param("The judge denied him bail.", ["negation/refusal:denied"], id="denied_bail_is_refusal"),
    pytest.param(
        "Her request for asylum was denied in March.", ["negation/refusal:denied"], id="passive_refusal_subject"
    ),
    pytest.param(
        "The bill was swiftly rejected by the Senate.", ["negation/refusal:rejected"], id="passive_refusal_by_agent"
    ),
    pytest.param(
        "Shareholders rejected the revised $5 billion takeover offer.",
        ["negation/refusal:rejected"],
        id="refused_object_after_modifiers",
    ),
    pytest.param("Claims of a deal were denied.", ["denial/denial_verb:denied"], id="passive_claim_head_decides"),
    pytest.param(
        "Halden rejects Orbix takeover claims as pure speculation",
        ["denial/denial_verb:rejects"],
        id="claim_word_heads_the_object",
    ),
    pytest.param("Quillon Denies Plan to Shut Its Plant", ["denial/denial_verb:Denies"], id="denying_a_plan_denies"),
    pytest.param(
        "Gransby Denies Receiving Formal Offer", ["denial/denial_verb:Denies"], id="denying_an_act_claimed_denies"
    ),
    pytest.param("The club disputed the transfer fee.", ["denial/denial_verb:disputed"], id="dispute_never_refuses"),
    # dismissing a person fires them; a person right before the verb is its subject unless nothing follows
    pytest.param("The club dismissed the coach after a run of defeats.", ["negation/refusal:dismissed"], id="fired"),
    pytest.param("The airline dismissed two pilots on Friday.", ["negation/refusal:dismissed"], id="fired_plural"),
    pytest.param("Manager dismissed after cup exit", ["negation/refusal:dismissed"], id="fired_headline_passive"),
    pytest.param(
        "The manager dismissed the coach's account.", ["denial/denial_verb:dismissed"], id="possessor_is_no_object"
    ),
    pytest.param(
        "The minister dismissed the claims as nonsense.",
        ["denial/denial_verb:dismissed", "denial/falsity:nonsense"],
        id="person_subject_dismisses_claims",
    ),
    # a phrasal denial denies only a claim as its object
    pytest.param(
        "The ministry shot down claims that fares would rise.",
        ["denial/denial_verb:shot down"],
        id="shot_down_claims",
    ),
    pytest.param("Tarvin Shoots Down Merger Talk as Fantasy", ["denial/denial_verb:Shoots Down"], id="shot_down_as"),
    pytest.param("Air defences shot down a drone near the port.", [], id="shot_down_a_drone"),
    pytest.param(
        "Director Kills Stolen Van Rumour With One Photo",
        ["denial/denial_verb:Kills", "denial/falsity:Rumour"],
        id="kills_a_rumour",
    ),
    pytest.param("Gunmen killed three guards in the raid.", [], id="killed_people"),
    pytest.param("The bullet that killed the guard as he stood was found.", [], id="killed_as_he_stood"),
    pytest.param("Stolen Van Rumour Put to Rest", ["denial/denial_verb:Put to Rest"], id="claim_before_passive"),
    pytest.param("Police made a drug bust at the port.", [], id="a_drug_bust"),
    pytest.param("Crews knocked down the old mill on Monday.", [], id="knocked_down_a_building"),
    pytest.param(
        "The coach knocked down reports of a rift in the squad.",
        ["denial/denial_verb:knocked down"],
        id="knocked_down_reports",
    ),
    pytest.param("The army did not shoot down the jet.", ["negation/verb_negation:not"], id="negated_literal"),
    pytest.param("Officials called the report wildly inaccurate.", ["denial/falsity:inaccurate"], id="inaccurate"),
    pytest.param("The photo had been doctored.", ["denial/falsity:doctored"], id="doctored_photo"),
    pytest.param(
        "The studio quickly shot down that rumour.",
        ["denial/denial_verb:shot down", "denial/falsity:rumour"],
        id="shot_down_that_rumour",
    ),
    pytest.param("Not a scrap of proof exists.", ["denial/no_evidence:Not a scrap of proof"], id="not_a_scrap"),
    pytest.param("Ministry Rebuffs Senator's Claim of Border Breach", ["denial/denial_verb:Rebuffs"], id="rebuffs"),
    pytest.param("Scientists have refuted the theory.", ["denial/denial_verb:refuted"], id="refuted"),
    pytest.param(
        "He dismissed the story as baseless.",
        ["denial/denial_verb:dismissed", "denial/falsity:baseless"],
        id="dismissed_as_baseless",
    ),
    pytest.param("The rumours are groundless.", ["denial/falsity:groundless"], id="rumour_before_denial_is_hearsay"),
    pytest.param(
        "The club rejected the claims as rumours.",
        ["denial/denial_verb:rejected", "denial/falsity:rumours"],
        id="rumour_after_denial_is_falsity",
    ),
    pytest.param("The rumour spread quickly.", [], id="bare_rumour_is_not_a_denial"),
    pytest.param("The story is false.", ["denial/falsity:false"], id="false"),
    pytest.param("He pleaded not guilty.", ["denial/denial_verb:pleaded not guilty"], id="pleaded_not_guilty"),
    # no evidence
    pytest.param(
        "There is no evidence that the vaccine caused it.", ["denial/no_evidence:no evidence"], id="no_evidence_that"
    ),
    pytest.param("There is no sign of the hikers.", ["denial/no_evidence:no sign"], id="no_sign"),
    pytest.param(
        "There were no satellite images of the site.",
        ["denial/no_evidence:no satellite images"],
        id="no_before_evidence_noun",
    ),
    pytest.param(
        "The charge was made without evidence.", ["denial/no_evidence:without evidence"], id="without_evidence"
    ),
    pytest.param("There is scant evidence for it.", ["denial/no_evidence:scant evidence"], id="scant_evidence"),
    # double negation keeps a claim open
    pytest.param("The spokesman did not deny the talks stalled.", ["negation/double_negation:not deny"], id="not_deny"),
    pytest.param(
        "The aide didn't immediately deny it.", ["negation/double_negation:n't immediately deny"], id="didnt_deny"
    ),
    pytest.param(
        "Officials could not rule out a second leak.",
        ["negation/double_negation:not rule out"],
        id="could_not_rule_out",
    ),
    pytest.param(
        "Police have not ruled out foul play.", ["negation/double_negation:not ruled out"], id="not_ruled_out"
    ),
    pytest.param(
        "The court did not rule on the appeal.", ["negation/verb_negation:not"], id="not_rule_on_is_verb_negation"
    ),
    pytest.param("The claim is not baseless.", ["negation/double_negation:not baseless"], id="not_baseless"),
    pytest.param("The minister never denied it.", ["negation/double_negation:never denied"], id="never_denied"),
    # negator scope
    pytest.param("The bakery has not reopened since May.", ["negation/verb_negation:not"], id="not_after_auxiliary"),
    # a negated confirmation withholds it: the claim is unknown, not refuted
    pytest.param(
        "The bakery has not confirmed the figures.", ["negation/unknown:not confirmed"], id="withheld_confirmation"
    ),
    pytest.param(
        "Reuters was not immediately able to verify the report.",
        ["negation/unknown:not immediately able to verify"],
        id="not_able_to_verify",
    ),
    pytest.param("We cannot verify that the email was sent.", ["negation/unknown:cannot verify"], id="cannot_verify"),
    pytest.param("The scan did not show a fracture.", ["negation/verb_negation:not"], id="negative_finding"),
    # a denied inference leaves its content open, negators and falsity words inside it included
    pytest.param("That does not mean the pier wasn't safe.", ["negation/unknown:not mean"], id="denied_inference_open"),
    pytest.param(
        "A recall doesn't necessarily mean the story is false.",
        ["negation/unknown:n't necessarily mean"],
        id="denied_inference_with_falsity_word",
    ),
    pytest.param("The coach did not mean to offend anyone.", ["negation/verb_negation:not"], id="not_mean_to_intent"),
    pytest.param("The sign does not mean what you think.", ["negation/verb_negation:not"], id="not_mean_what_sense"),
    # a negator beside what it answers refutes it; a negative fact answering nothing does not
    pytest.param(
        "Despite rumours online, the hospital has not stopped admitting patients.",
        ["denial/rebuttal:rumours", "negation/verb_negation:not"],
        id="rebuttal_despite_rumours",
    ),
    pytest.param(
        "The envoy had not been summoned, contrary to state media reports.",
        ["negation/verb_negation:not", "denial/rebuttal:contrary to", "denial/rebuttal:reports"],
        id="rebuttal_contrary_to_reports",
    ),
    pytest.param("Reports say the bridge is safe.", [], id="claim_word_without_negator_is_no_rebuttal"),
    pytest.param(
        "We can't claim this one, but we love the idea.",
        ["negation/verb_negation:n't"],
        id="negated_claim_verb_is_no_rebuttal",
    ),
    pytest.param("The army has not released a statement.", ["negation/verb_negation:not"], id="negative_fact"),
    pytest.param("The team has yet to win a game.", ["negation/verb_negation:yet to"], id="has_yet_to"),
    pytest.param("The team can't win.", ["negation/verb_negation:n't"], id="clitic_after_auxiliary"),
    pytest.param("The lab cannot reopen this year.", ["negation/verb_negation:cannot"], id="cannot"),
    pytest.param("No firm has applied.", ["negation/negator:No"], id="determiner_no"),
    pytest.param("Not a single vote was cast.", ["negation/negator:Not"], id="sentence_initial_not"),
    pytest.param("Nobody was injured.", ["negation/negator:Nobody"], id="nobody"),
    pytest.param("None of the cash was recovered.", ["negation/negator:None"], id="none"),
    pytest.param("She no longer works there.", ["negation/negator:no longer"], id="no_longer"),
    pytest.param(
        "Neither the mayor nor the council replied.",
        ["negation/negator:Neither", "negation/negator:nor"],
        id="neither_nor",
    ),
    # dismissive words deny only what names a claim beside them
    pytest.param("Doc calls selfie claims completely crazy", ["denial/falsity:crazy"], id="claims_called_crazy"),
    pytest.param("The allegations are simply laughable.", ["denial/falsity:laughable"], id="allegations_laughable"),
    pytest.param(
        "Singer slams 'absurd' pregnancy rumours",
        ["denial/falsity:absurd", "denial/falsity:rumours"],
        id="absurd_rumours",
    ),
    pytest.param(
        "Reports of the lighthouse collapse were greatly exaggerated.",
        ["denial/falsity:exaggerated"],
        id="subject_head_of_reports_of",
    ),
    pytest.param(
        "Claims that the reservoir had run dry are overblown.",
        ["denial/falsity:overblown"],
        id="subject_head_of_claims_that",
    ),
    pytest.param("The dancers made exaggerated bows to the crowd.", [], id="exaggerated_bows"),
    # "be not" + a state of knowledge leaves it unknown; + an attitude or readiness grades the subject
    pytest.param("Rangers are not sure how the fire started.", ["negation/unknown:not sure"], id="not_sure_how"),
    pytest.param(
        "The ferry operator is not entirely convinced the pier is safe.",
        ["negation/unknown:not entirely convinced"],
        id="not_entirely_convinced",
    ),
    pytest.param("Chef Isn't Happy With the New Menu", ["negation/scalar:n't Happy"], id="isnt_happy_headline"),
    pytest.param("The stadium was not ready for the final.", ["negation/scalar:not ready"], id="not_ready"),
    pytest.param("The lighthouse keeper is not dead.", ["negation/verb_negation:not"], id="not_dead_still_refutes"),
    pytest.param("The cost of the repairs was overstated by the builder.", [], id="cost_overstated"),
    pytest.param("Fans paid absurd prices for the tickets.", [], id="absurd_prices"),
    pytest.param("The report found absurd levels of lead in the water.", [], id="report_found_absurd_levels"),
    pytest.param("She wrote a work of fiction about the flood.", [], id="work_of_fiction"),
    # a negated ending is a continuing state
    pytest.param("The protests did not let up over the weekend.", [], id="did_not_let_up"),
    pytest.param("The pain won't be going away soon.", [], id="not_going_away"),
    pytest.param("He did not go to the meeting.", ["negation/verb_negation:not"], id="did_not_go"),
    # a negated participle or infinitive after a comma describes the subject beside the clause
    pytest.param("The pupils went ahead, not knowing the risks.", [], id="not_knowing_adjunct"),
    pytest.param("Tesla will build in Nevada, not Texas.", ["negation/contrast:not"], id="appended_alternative"),
    # what someone was tricked into believing is false; a trick alone refutes nothing
    pytest.param(
        "A prankster duped readers into believing the pier had collapsed.",
        ["denial/falsity:duped readers into believing"],
        id="duped_into_believing",
    ),
    pytest.param("The magician tricked the audience with a card.", [], id="tricked_with_a_card"),
    # a litotes after a copula affirms; "there was no …" is an absence
    pytest.param("The win was no fluke.", [], id="litotes_no_fluke"),
    pytest.param("It is no secret that the club needs money.", [], id="litotes_no_secret"),
    pytest.param("There was no mistake in the count.", ["negation/negator:no"], id="there_was_no_mistake"),
    # not negations
    pytest.param("Not only the mayor but also the council voted.", [], id="not_only_but_also"),
    pytest.param("It was not just the heat.", [], id="not_just"),
    pytest.param("There is no doubt the bridge is safe.", [], id="no_doubt_is_a_booster"),
    pytest.param("The bridge reopened on Monday.", [], id="plain_statement"),
    pytest.param("The notice went up on Monday.", [], id="not_inside_a_word"),
    pytest.param("No matter how late the train, the shop stays open.", [], id="no_matter_how"),
    pytest.param("No wonder the ferry was full.", [], id="no_wonder"),
    pytest.param("The repair cost no less than a new roof.", [], id="no_less_than"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_negation_found_as_specified(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def seed_claim(start: str) -> str:
    text = SEED.read_text(encoding="utf-8")
    return next(s.text for s in segment(text) if start in s.text)


def test_seed_article_denial_found() -> None:
    cues = find_negation(seed_claim(SEED_DENIAL))
    assert ("denial_verb", "denied") in {(c.category, c.text) for c in cues}
    assert ("denial_verb", "dismissing") in {(c.category, c.text) for c in cues}
    assert {"groundless", "rumours"} <= {c.text for c in cues if c.category == "falsity"}


@pytest.mark.parametrize(("text", "_expected"), CASES)
def test_negation_offsets_point_into_text(text: str, _expected: list[str]) -> None:
    for cue in find_negation(text):
        assert text[cue.start : cue.end] == cue.text
        assert cue.kind in ("negation", "denial")
        assert 0.0 <= cue.weight <= 1.0
        assert cue.name


def test_negation_is_deterministic_and_empty_text_has_none() -> None:
    text = "The firm did not deny it, but called the rumours false; no records exist."
    assert find_negation(text) == find_negation(text) == find_negation(text, tokenize(text))
    assert find_negation("") == []
