"""Claim-level cue analysis: scope of cues, headline shape and the guideline's decision step."""

from __future__ import annotations

import pytest

from features.cues import analyze, cue_features, decision_rule, is_headline_shaped


def categories(text: str) -> list[str]:
    return [f"{c.category}:{c.text}" for c in analyze(text).cues if c.kind in ("hedge", "modal", "negation")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The preacher who told followers they could fly was charged with fraud.",
            ["subordinate:could"],
            id="modal_in_relative_clause",
        ),
        pytest.param(
            "The ferry, which may be the oldest in service, sank at its mooring.",
            ["subordinate:may"],
            id="modal_in_which_clause",
        ),
        pytest.param("After the vote, prices could rise sharply.", ["modal:could"], id="clause_closed_by_comma"),
        pytest.param(
            "The minister said the plant could close next year.", ["modal:could"], id="modal_in_reported_content"
        ),
        pytest.param(
            "Schools reopened on Monday amid fears the virus might return.",
            ["subordinate:might"],
            id="modal_after_amid",
        ),
        pytest.param(
            "The striker, who has not scored since May, was dropped.",
            ["subordinate:not"],
            id="negation_in_relative_clause",
        ),
        pytest.param("The striker has not scored since May.", ["verb_negation:not"], id="negation_in_main_clause"),
        pytest.param(
            "The keeper who was injured in March is not fit to play.",
            ["verb_negation:not"],
            id="relative_on_subject_ends_at_main_copula",
        ),
        pytest.param(
            "The tale of the chef who made a fortune is a rumour",
            ["hearsay:rumour"],
            id="predicate_after_relative_clause_is_main",
        ),
        pytest.param(
            "She is the keeper who was said to be injured.",
            ["subordinate:was said to"],
            id="relative_on_object_stays_side",
        ),
        pytest.param(
            "Militia leader who ordered the raid believed killed in drone strike",
            ["epistemic_verb:believed"],
            id="relative_on_subject_ends_at_belief_in_a_state",
        ),
        pytest.param(
            "The painting, thought lost for decades, was found in a barn.",
            ["subordinate:thought"],
            id="belief_aside_describes_the_subject",
        ),
        pytest.param(
            "The farmer fenced the field so the sheep would not stray.",
            ["subordinate:would", "subordinate:not"],
            id="negation_in_clause_of_purpose",
        ),
        pytest.param(
            "It rained all day, so the fair did not open.", ["verb_negation:not"], id="result_after_comma_is_main"
        ),
        pytest.param(
            "The ferry will sail unless the crew does not turn up.",
            ["future:will", "conditional:unless", "subordinate:not"],
            id="negation_after_unless",
        ),
    ],
)
def test_cues_in_side_clauses_are_marked_subordinate(text, expected):
    assert categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Embassy: We did not threaten the family", True),
        ('"We did not fire on the boat," the admiral said.', True),
        ("Police: Driver Was Not Wearing a Seatbelt", False),
        ("Embassy: We will reopen on Monday", False),
    ],
)
def test_a_source_negating_its_own_act_is_marked(text, expected):
    assert ("combo:first_person+negation" in cue_features(text)) is expected


def test_a_side_clause_cue_is_not_counted_under_its_own_word():
    features = cue_features("The preacher who told followers they could fly was charged with fraud.")
    assert features.get("modal:subordinate") == 1.0
    assert "modal:could" not in features and "modal:modal" not in features


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Dam Holds as River Peaks Overnight", True),
        ("Coastguard: Missing Kayaker Found Alive", True),
        ("The dam held as the river peaked overnight.", False),
        ('"We are safe," the mayor said.', False),
        ("Is the Dam Safe?", False),
        ("The dam held as the river peaked overnight.  \n", False),
        ("The ranger said: \u201cThe dam held.\u201d ", False),
        ("Ferry Resumes Service (Updated) ", True),
    ],
)
def test_headline_shape_is_the_lack_of_sentence_final_punctuation(text, headline):
    assert is_headline_shaped(text) is headline


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Did the Council Sell the Park?", "question"),
        ("Club Rubbishes Reports Its Coach Will Quit", "denial"),
        ("The harbour wall is likely a hoax, officials say.", "denial"),
        ("The minister said the plant could close next year.", "speculation"),
        ("Police confirmed that two men were arrested.", "confirmation"),
        # a modal inside a side clause carries no content: the claim is a plain report
        ("The healer who said patients could fly was charged, police said.", "report"),
        ("The mayor reportedly met the developer twice.", "distance"),
        ("The coach said the team trained on Sunday.", "report"),
        ("Police said no one was hurt in the blaze.", "report+negation"),
        ("The bridge reopened on Tuesday.", "statement"),
        ("The bill did not pass.", "statement+negation"),
        # A withheld confirmation questions the claim; a withheld denial leaves it claimed (ANNOTATION.md, 3, 4, 6).
        ("The ministry did not confirm the casualty figures.", "speculation"),
        ("The spokesman would neither confirm nor deny the talks.", "speculation"),
        ("The company did not deny that it had laid off workers.", "distance"),
        # a falsity word in a document source discredits what it says; in a person's phrase it does not
        ("Hoax Report Claims Tap Water Turns Hair Green", "denial"),
        ("The fake doctor said the clinic was closed.", "report"),
        ("A satirical website reported that the mayor had resigned.", "denial"),
        # ... but not from the source's complement, which names its topic
        ("A study of fake reviews found that one in five ratings was bought.", "confirmation"),
        ("A police report on bogus charities said 41 were closed.", "report"),
        # before a person it makes an impostor, whose deeds are flat news
        ("Fake Nurse Jailed After Treating Patients in Her Kitchen", "statement"),
        ("A bogus police officer stopped drivers on the bypass.", "statement"),
        ("Fake Twitter account claims the singer has died.", "denial"),
        ("Reports of the lighthouse collapse were greatly exaggerated.", "denial"),
        # so does a distancing word: the document only claims; on a person it qualifies the person
        ("Unverified footage shows tanks entering the town.", "distance"),
        ("The alleged victim said the car was red.", "report"),
        ("Experts cast doubt on the claim that the dam leaked.", "speculation"),
        ("The studio shot down claims that the film was cancelled.", "denial"),
        ("The army shot down a drone near the border.", "statement"),
    ],
)
def test_decision_rule_follows_the_guideline_order(text, rule):
    assert cue_features(text)[f"rule:{rule}"] == 1.0


def test_decision_rule_puts_denial_before_speculation_and_question_first():
    assert decision_rule({"denial", "possible"}, "none", "author", question=False) == "denial"
    assert decision_rule({"denial"}, "deny", "organization", question=True) == "question"
    assert decision_rule(set(), "claim", "named_person", question=False) == "distance"


@pytest.mark.parametrize(
    "text",
    [
        "The report has not confirmed the figures.",  # the report is the source
        "The ministry did not confirm reports that a second ship was hit.",  # a withheld confirmation
        "The startup claims its reactor works, though it has published nothing.",  # "claims" the verb
        "The hikers crossed the pass without a map, the rescue report says.",  # "without" answers nothing
        # a negator in another coordinated clause answers nothing
        "The keeper has not been seen since May, and his absence has prompted speculation about his health.",
        "The claims by the angler seem far-fetched, but you cannot dismiss them entirely.",
        # a negator inside what the word names is part of the rumour, not a rebuttal of it
        "Fans traded rumours that, if not retired, the singer was close to quitting.",
        "There has been speculation as to what the pilot was or was not told.",
        "Some fans repeated claims that the striker had not been paid for months.",
        # an idiom of time is no negation
        "The fisherman saw the report not long after the broadcast.",
        "This was not the first time that rumours of a sale surfaced.",
        # a negator far from the word, before it, negates something else
        "Readers are not very good at telling what is real, and keep sharing the story anyway.",
        "The spokesman said he was not backing down from anything he had said about the story.",
        # "repeated the claims": an object, not the subject of a negated clause
        "Fans repeated the claims on Monday but the club has not replied.",
        # a negated predicate of a report that is not about its truth: the report as a document
        "The report was not released until Monday.",
        "The inspectors' report does not name the officers involved.",
        "The claims were not made public until 2019.",
        # "no reports": none were made, none is refuted
        "There were no reports of injuries after the tremor.",
        # a negated ending is a continuing state
        "The rumours that the manager will quit aren't going away.",
    ],
)
def test_negation_beside_a_report_is_no_rebuttal(text: str) -> None:
    assert [c.text for c in analyze(text).cues if c.category == "rebuttal"] == []


@pytest.mark.parametrize(
    ("text", "rebuttals"),
    [
        ("Despite viral claims, no missiles were fired at the port.", ["claims"]),
        ("Contrary to reports, the ambassador had not been summoned.", ["Contrary to", "reports"]),
        ("There is no truth whatsoever to these claims.", ["claims"]),
        ("Police said the statue has not been stolen, a rumour that spread online on Friday.", ["rumour"]),
        ("Claims that the reservoir leaks have not been borne out by the tests.", ["Claims"]),
        # a denial, "said of", "answering" or "on …:" before the word makes it what the claim answers
        ("The pier has not moved, engineers said, contradicting earlier reports.", ["reports"]),
        ("“We did not dump anything,” the plant manager said, answering residents' accusations.", ["accusations"]),
        ("“That never happened,” the coach said of the reports.", ["reports"]),
        ("Agent on pregnancy rumours: “She is not expecting”", ["rumours"]),
        # a claim word that is its clause's subject is what a negator after it answers
        ("The striker said the transfer reports did not add up.", ["reports"]),
        ("The story about the missing trawler does not hold up.", ["story"]),
        ("The reports of a leak were not based on any inspection.", ["reports"]),
        # a frame makes the word what the whole claim answers, across its clauses
        ("“We are not closing, and your data is safe,” the firm said after a rumour that it was shutting.", ["rumour"]),
    ],
)
def test_negation_answering_a_claim_word_is_a_rebuttal(text: str, rebuttals: list[str]) -> None:
    assert [c.text for c in analyze(text).cues if c.category == "rebuttal"] == rebuttals


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Contrary to reports, the singer has not left the band.", "denial"),
        ("The singer has not left the band.", "statement+negation"),
    ],
)
def test_negation_refutes_only_beside_what_it_answers(text: str, rule: str) -> None:
    assert f"rule:{rule}" in cue_features(text)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # a falsity word in an opening question asks whether the story is true
        ("Real or hoax? Video shows a seal riding a ferry ramp", {"in_question", "question"}),
        ("Fake or freak? Farmer claims his hen laid a square egg", {"in_question", "question"}),
        # a question that does not ask about truth stays an opener
        ("Worst commute ever? Driver stuck 14 hours on flooded motorway", {"rhetorical"}),
        # the falsity word outside the question still denies
        ("Hoax: Farmer grows square watermelons on the moon", {"falsity"}),
    ],
)
def test_a_falsity_word_in_an_opening_question_asks(text: str, categories: set[str]) -> None:
    found = {c.category for c in analyze(text).cues if c.kind in ("denial", "modal")}
    assert found == categories


def test_a_participle_of_belief_beside_the_act_scopes_its_hedges_out() -> None:
    cues = analyze("The crew stayed at sea, believing the storm might pass.").cues
    assert {c.category for c in cues if c.kind in ("modal", "hedge")} == {"subordinate"}
    assert {c.category for c in analyze("The crew believes the storm might pass.").cues if c.kind == "modal"} == {
        "modal"
    }


def test_a_relative_clause_on_the_subject_ends_at_the_main_modal() -> None:
    modal = {c.text: c.category for c in analyze("Those who skip breakfast may sleep worse.").cues}
    assert modal == {"may": "modal"}
    nested = {c.text: c.category for c in analyze("The man who said he may resign was at the meeting.").cues}
    assert nested["may"] == "subordinate"


def test_a_modal_in_a_question_put_to_the_reader_is_the_question_s() -> None:
    cues = analyze("Would you eat it? Men keep a burger for twenty years").cues
    assert [(c.text, c.category) for c in cues] == [("Would", "in_question"), ("?", "rhetorical")]


def test_a_reporting_word_inside_the_main_source_is_in_source() -> None:
    cues = analyze("Ana Roe, Nurse Accused of Theft by Rebels, Says She Is Innocent").cues
    assert {c.text: c.category for c in cues if c.kind == "reporting"} == {"Accused": "in_source", "Says": "assert"}
    # a belief about a state ("Feared Kidnapped") is a passive, no report: inside the source it is a hedge there
    cues = analyze("Ana Roe, Nurse Feared Kidnapped By Rebels, Says She Is Safe").cues
    assert {c.text: (c.kind, c.category) for c in cues} == {
        "Feared": ("hedge", "in_source"),
        "Says": ("reporting", "assert"),
    }


@pytest.mark.parametrize(
    ("text", "mentioned"),
    [
        # a quoted name, slogan or title is mentioned: the cues inside it are not the claim's
        ("Protesters copied the “hands up, don't shoot” gesture at the rally.", ["n't"]),
        ("The defendant entered a “not guilty” plea on Monday.", ["not"]),
        ("Her memoir, “I May Be Wrong”, sold 40,000 copies.", ["May"]),
        ("A sign reading “Do not feed the swans” was stolen.", ["not"]),
        # quoted words that a source said, or the author's scare quotes, stay in scope
        ("The ranger said that “nothing will change” at the lake.", []),
        ("The minister was accused of a “misleading use of figures,” and resigned.", []),
        ("The claim was called “rubbish” by the publicist.", []),
        ("The post came from a “satirical” website.", []),
        ('The forum called the pup a "her" and not "him", and it may not be the same dog.', []),
    ],
)
def test_cues_inside_a_quoted_mention_are_out_of_scope(text, mentioned):
    assert [c.text for c in analyze(text).cues if c.category == "mentioned"] == mentioned
