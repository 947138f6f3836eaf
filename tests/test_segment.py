"""Segmentation: golden cases, the seed article, the offset invariant, gold spans, linear time."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.segmentation import gold_spans, read_raw
from scoring.errors import InvalidInputError
from scoring.segment import MAX_CLAIM_CHARS, segment

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "seeds" / "articles"
SEED = ARTICLES / "000_e0dc83ff7eb116bc.txt"
EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
POLNEAR_TEXTS = sorted((EVAL / "polnear-dev" / "text").glob("*.txt"))
# Share of gold claim and headline spans the segmenter must reproduce exactly; measured
# 0.995 (797 of 801) — the 4 misses are datelines that 014–026 label inside the claim.
MIN_GOLD_RECALL = 0.99

# A one-line text is the article's first line, and a first line in Title Case is its
# headline; sentences that look like Title Case are tested after a headline instead.
LEAD_HEADLINE = "Markets Close Higher"
LEAD = LEAD_HEADLINE + "\n\n"

H, C, B, P, D, OTHER = "headline", "claim", "byline", "caption", "dateline", "other"

GOLDEN: list[tuple[str, str, list[tuple[str, str]]]] = [
    # player and video prompts are page furniture
    (
        "video_prompt_and_loading_notice_are_furniture",
        "Flights resumed.\n\nScroll down for videos\n\nVideo loading\n\nPilots cheered.",
        [
            (C, "Flights resumed."),
            ("other", "Scroll down for videos"),
            ("other", "Video loading"),
            (C, "Pilots cheered."),
        ],
    ),
    # credit lines at an article's end are bylines, not claims
    (
        "credit_line_with_files_from_is_a_byline",
        "The ferry resumed on Monday, the operator said.\n\nWith a file from the Coastal Post.",
        [(C, "The ferry resumed on Monday, the operator said."), ("byline", "With a file from the Coastal Post.")],
    ),
    (
        "agency_reporting_and_editing_credit_is_a_byline",
        "Flights resumed.\n\n(Reporting by Ana Roe; Editing by Li Wei)",
        [(C, "Flights resumed."), ("byline", "(Reporting by Ana Roe; Editing by Li Wei)")],
    ),
    (
        "writer_contributed_from_a_place_is_a_byline",
        "Flights resumed.\n\nPress writer Julie Pace contributed to this report from Washington.",
        [(C, "Flights resumed."), ("byline", "Press writer Julie Pace contributed to this report from Washington.")],
    ),
    (
        "contributed_to_this_report_is_a_byline",
        "Flights resumed.\n\nMara Ellison and Tom Barrow contributed to this report.",
        [(C, "Flights resumed."), ("byline", "Mara Ellison and Tom Barrow contributed to this report.")],
    ),
    (
        "a_sentence_opening_with_reporting_by_is_a_claim",
        "Flights resumed.\n\nReporting by police suggests the crash was avoidable.",
        [(C, "Flights resumed."), (C, "Reporting by police suggests the crash was avoidable.")],
    ),
    # a sponsor credit is page furniture; a sentence that opens the same way is a claim
    (
        "sponsor_credit_is_furniture",
        "The talks ended.\n\nPRESENTED BY ACME SOFTWARE\n\nPresented by the mayor, the plan was approved.",
        [
            (C, "The talks ended."),
            (OTHER, "PRESENTED BY ACME SOFTWARE"),
            (C, "Presented by the mayor, the plan was approved."),
        ],
    ),
    # a post's signature on its own line signs the post above it
    (
        "post_signature_line_is_a_byline",
        "So proud of our team tonight\n\n— Kelly Stone (@kstone) October 22, 2014",
        [(H, "So proud of our team tonight"), (B, "— Kelly Stone (@kstone) October 22, 2014")],
    ),
    # a video player's controls on one line, and a photo credit, are not claims
    (
        "player_controls_and_photo_credit_are_not_claims",
        "The talks ended.\n\nVideo loading      Watch next      Watch Next\n\nRNS photo by Ana Roe\n\n"
        "Photos by the coastguard show the wreck.",
        [
            (C, "The talks ended."),
            (OTHER, "Video loading      Watch next      Watch Next"),
            (P, "RNS photo by Ana Roe"),
            (C, "Photos by the coastguard show the wreck."),
        ],
    ),
    (
        "follow_the_writer_prompt_is_furniture",
        "The talks ended.\n\n– – >> Follow Tina Roe (@tina_roe) on Twitter",
        [(C, "The talks ended."), (OTHER, "– – >> Follow Tina Roe (@tina_roe) on Twitter")],
    ),
    # a line without a letter is a list number or a stray figure, no claim
    (
        "a_line_without_letters_is_no_claim",
        "The talks ended.\n\n4.\n\nThe ban was lifted in 2014.",
        [(C, "The talks ended."), (OTHER, "4."), (C, "The ban was lifted in 2014.")],
    ),
    # embedded posts that lost their line breaks: each post with its signature is one claim
    (
        "embedded_posts_are_cut_after_each_signature",
        "Readers panicked.\n\nThe pier is closing for good! pic.twitter.com/a1b2— Mara Ellison (@maraell) "
        "May 3, 2015 not again http://t.co/x9 — Tom Barrow (@tbarrow) May 4, 2015\n\nThe council denied it.",
        [
            (C, "Readers panicked."),
            (C, "The pier is closing for good! pic.twitter.com/a1b2— Mara Ellison (@maraell) May 3, 2015"),
            (C, "not again http://t.co/x9 — Tom Barrow (@tbarrow) May 4, 2015"),
            (C, "The council denied it."),
        ],
    ),
    # a quotation and the signature closing its paragraph are one sentence
    (
        "quotation_and_its_dash_signature_are_one_sentence",
        "Readers wrote in.\n\n“The ferry is late again. It always is.” ― Mara Ellison, 44",
        [(C, "Readers wrote in."), (C, "“The ferry is late again."), (C, "It always is.” ― Mara Ellison, 44")],
    ),
    (
        "a_dash_clause_after_a_quotation_is_a_sentence_of_its_own",
        'He paused. "Fine." — then silence fell over the hall for a long time afterwards.',
        [(C, "He paused."), (C, '"Fine."'), (C, "— then silence fell over the hall for a long time afterwards.")],
    ),
    (
        "title_after_a_closing_shaped_opening_mark_does_not_end_the_sentence",
        "The ferry ran late on Monday.\n\n”Mr. Roe’s plan for the harbour works well enough. "
        "It is cheap and it is quick to build.” ― Ana Li",
        [
            (C, "The ferry ran late on Monday."),
            (C, "”Mr. Roe’s plan for the harbour works well enough."),
            (C, "It is cheap and it is quick to build.” ― Ana Li"),
        ],
    ),
    # a quoted question or exclamation and its attribution are one sentence
    (
        "quoted_question_before_its_attribution_is_one_sentence",
        '"Why now?" Graham asked. The vote was set for Friday.',
        [(C, '"Why now?" Graham asked.'), (C, "The vote was set for Friday.")],
    ),
    (
        "quoted_exclamation_before_attribution_with_a_participle",
        "“Stop the count!” Rowe shouted, waving a flag at the crowd.",
        [(C, "“Stop the count!” Rowe shouted, waving a flag at the crowd.")],
    ),
    (
        "quoted_question_before_a_new_sentence_with_its_own_verb",
        "“Is this a joke?” Forty-three percent of voters said they did not know.",
        [(C, "“Is this a joke?”"), (C, "Forty-three percent of voters said they did not know.")],
    ),
    (
        "quoted_exclamation_before_a_sentence_without_a_reporting_verb",
        '"Stop!" The crowd fell silent.',
        [(C, '"Stop!"'), (C, "The crowd fell silent.")],
    ),
    # abbreviations
    (
        "rank_before_name_does_not_end_sentence",
        "Gen. Ama Osei said the talks failed. Troops left.",
        [(C, "Gen. Ama Osei said the talks failed."), (C, "Troops left.")],
    ),
    (
        "dotted_country_before_noun_does_not_end_sentence",
        "The U.S. Senate voted on Tuesday. It passed.",
        [(C, "The U.S. Senate voted on Tuesday."), (C, "It passed.")],
    ),
    (
        "dotted_country_before_sentence_starter_ends_sentence",
        "The plan was approved in the U.S. The vote was close.",
        [(C, "The plan was approved in the U.S."), (C, "The vote was close.")],
    ),
    (
        "two_dotted_abbreviations_in_one_sentence",
        LEAD + "The U.K. and the E.U. signed the pact on Friday.",
        [(H, LEAD_HEADLINE), (C, "The U.K. and the E.U. signed the pact on Friday.")],
    ),
    (
        "month_before_day_does_not_end_sentence",
        "The ban starts on Sept. 5 and ends in Oct. next year.",
        [(C, "The ban starts on Sept. 5 and ends in Oct. next year.")],
    ),
    (
        "month_at_end_before_starter_ends_sentence",
        "Prices rose 3.5% in Jan. The rise was the largest since 2019.",
        [(C, "Prices rose 3.5% in Jan."), (C, "The rise was the largest since 2019.")],
    ),
    (
        "number_sign_before_digit_does_not_end_sentence",
        "He spoke outside No. 10 on Friday. Aides were silent.",
        [(C, "He spoke outside No. 10 on Friday."), (C, "Aides were silent.")],
    ),
    (
        "time_before_lowercase_does_not_end_sentence",
        "The fire began at 6 a.m. and spread quickly.",
        [(C, "The fire began at 6 a.m. and spread quickly.")],
    ),
    (
        "time_before_capitalised_word_ends_sentence",
        "The fire began at 6 a.m. Crews arrived within minutes.",
        [(C, "The fire began at 6 a.m."), (C, "Crews arrived within minutes.")],
    ),
    (
        "time_before_weekday_does_not_end_sentence",
        "Talks resume at 3 p.m. Monday, officials said.",
        [(C, "Talks resume at 3 p.m. Monday, officials said.")],
    ),
    (
        "time_before_time_zone_does_not_end_sentence",
        "The polls close at 8 p.m. GMT in most regions.",
        [(C, "The polls close at 8 p.m. GMT in most regions.")],
    ),
    (
        "company_suffix_inside_sentence",
        LEAD + "Shares of Harrow Inc. rose 4% on Friday.",
        [(H, LEAD_HEADLINE), (C, "Shares of Harrow Inc. rose 4% on Friday.")],
    ),
    (
        "company_suffix_before_starter_ends_sentence",
        "The deal was signed by Harrow Inc. The shares rose.",
        [(C, "The deal was signed by Harrow Inc."), (C, "The shares rose.")],
    ),
    (
        "titles_before_names",
        "Dr. Lena Ruiz and Mr. Tom Abe met. They agreed.",
        [(C, "Dr. Lena Ruiz and Mr. Tom Abe met."), (C, "They agreed.")],
    ),
    (
        "versus_in_case_name",
        "The case, Smith v. Jones, was heard on Monday.",
        [(C, "The case, Smith v. Jones, was heard on Monday.")],
    ),
    (
        "stacked_police_ranks",
        "Det. Insp. Karen Mbeki led the raid. Two men were held.",
        [(C, "Det. Insp. Karen Mbeki led the raid."), (C, "Two men were held.")],
    ),
    (
        "middle_initial_does_not_end_sentence",
        "John F. Kennedy Airport was closed. Flights were diverted.",
        [(C, "John F. Kennedy Airport was closed."), (C, "Flights were diverted.")],
    ),
    (
        "joined_initials_do_not_end_sentence",
        "J.K. Rowling spoke at the event.",
        [(C, "J.K. Rowling spoke at the event.")],
    ),
    (
        "saint_before_name",
        LEAD + "St. Mary's Hospital treated 12 people.",
        [(H, LEAD_HEADLINE), (C, "St. Mary's Hospital treated 12 people.")],
    ),
    (
        "et_cetera_before_starter_ends_sentence",
        "They sold fruit, bread, etc. The market closed at noon.",
        [(C, "They sold fruit, bread, etc."), (C, "The market closed at noon.")],
    ),
    (
        "web_address_ends_sentence",
        "Details are at www.example.org. The site was slow.",
        [(C, "Details are at www.example.org."), (C, "The site was slow.")],
    ),
    # numbers
    (
        "decimal_point_is_not_a_boundary",
        "Inflation fell to 2.4 percent in March. Economists were surprised.",
        [(C, "Inflation fell to 2.4 percent in March."), (C, "Economists were surprised.")],
    ),
    (
        "decimal_range_with_hyphen",
        "The range is 1.5-2.0 metres. It varies by season.",
        [(C, "The range is 1.5-2.0 metres."), (C, "It varies by season.")],
    ),
    (
        "range_with_en_dash",
        LEAD + "Temperatures of 10–15 °C are expected on Sunday.",
        [(H, LEAD_HEADLINE), (C, "Temperatures of 10–15 °C are expected on Sunday.")],
    ),
    (
        "currency_amount_with_decimal",
        "The company earned $1.2bn. Profits rose.",
        [(C, "The company earned $1.2bn."), (C, "Profits rose.")],
    ),
    (
        "version_number",
        "Version 3.11.2 was released today.",
        [(C, "Version 3.11.2 was released today.")],
    ),
    (
        "sentence_may_start_with_a_digit",
        "Some 40,000 people fled. 12 more villages were evacuated.",
        [(C, "Some 40,000 people fled."), (C, "12 more villages were evacuated.")],
    ),
    # ellipses
    (
        "ellipsis_before_lowercase_continues",
        "He said the plan was... unclear. Nobody replied.",
        [(C, "He said the plan was... unclear."), (C, "Nobody replied.")],
    ),
    (
        "ellipsis_before_capital_ends_sentence",
        "The talks stalled... Then the minister left.",
        [(C, "The talks stalled..."), (C, "Then the minister left.")],
    ),
    (
        "ellipsis_character_before_capital_ends_sentence",
        "The talks stalled … Then they resumed.",
        [(C, "The talks stalled …"), (C, "Then they resumed.")],
    ),
    (
        "spaced_dots_are_one_ellipsis",
        "We waited . . . Nothing happened.",
        [(C, "We waited . . ."), (C, "Nothing happened.")],
    ),
    # quotes
    (
        "quote_closed_by_comma_then_attribution",
        '"We will not resign," she said. "The vote was fair."',
        [(C, '"We will not resign," she said.'), (C, '"The vote was fair."')],
    ),
    (
        "quote_spanning_two_sentences_is_split",
        "“The bridge is safe. It was inspected last week,” the engineer said.",
        [(C, "“The bridge is safe."), (C, "It was inspected last week,” the engineer said.")],
    ),
    (
        "closing_quote_after_period_stays_with_sentence",
        'She said: "It is over." Then she left.',
        [(C, 'She said: "It is over."'), (C, "Then she left.")],
    ),
    (
        "question_in_quotes_before_attribution_continues",
        '"Is it safe?" he asked. Nobody answered.',
        [(C, '"Is it safe?" he asked.'), (C, "Nobody answered.")],
    ),
    (
        "exclamation_in_curly_quotes_before_attribution",
        "“Leave now!” the officer shouted.",
        [(C, "“Leave now!” the officer shouted.")],
    ),
    (
        "ellipsis_then_comma_then_closing_quote",
        '"It is too early to say…," he said. Aides agreed.',
        [(C, '"It is too early to say…," he said.'), (C, "Aides agreed.")],
    ),
    (
        "single_curly_quote_after_period",
        "He called it ‘a sham.’ Nobody agreed.",
        [(C, "He called it ‘a sham.’"), (C, "Nobody agreed.")],
    ),
    (
        "nested_quotes_close_together",
        "He said, \"They told me 'no.'\" Then he left.",
        [(C, "He said, \"They told me 'no.'\""), (C, "Then he left.")],
    ),
    (
        "quote_opens_after_boundary",
        'Officials said the count was final. "There will be no recount. The result stands," a spokesman said.',
        [
            (C, "Officials said the count was final."),
            (C, '"There will be no recount.'),
            (C, 'The result stands," a spokesman said.'),
        ],
    ),
    # dashes and parentheses
    (
        "paired_em_dashes_inside_sentence",
        "The mayor — who took office in May — denied the claim.",
        [(C, "The mayor — who took office in May — denied the claim.")],
    ),
    (
        "unspaced_em_dash_is_not_a_boundary",
        "Rescuers searched all night—none survived.",
        [(C, "Rescuers searched all night—none survived.")],
    ),
    (
        "parenthetical_before_period",
        "The law was passed (see below). Critics objected.",
        [(C, "The law was passed (see below)."), (C, "Critics objected.")],
    ),
    (
        "whole_sentence_in_parentheses",
        "The treaty was signed. (The opposition boycotted the vote.) Ratification follows.",
        [
            (C, "The treaty was signed."),
            (C, "(The opposition boycotted the vote.)"),
            (C, "Ratification follows."),
        ],
    ),
    (
        "abbreviation_closing_parenthesis_before_lowercase",
        "The agency (Health Dept.) said the risk was low.",
        [(C, "The agency (Health Dept.) said the risk was low.")],
    ),
    # headlines and separators
    (
        "pipe_joins_two_headlines",
        "Port Reopens After Strike | Unions Claim Victory\n\nThe port reopened on Monday.",
        [(H, "Port Reopens After Strike"), (H, "Unions Claim Victory"), (C, "The port reopened on Monday.")],
    ),
    (
        "pipe_before_section_label_keeps_one_headline",
        "Storm Hits Coast | What We Know\n\nWinds reached 90 mph.",
        [(H, "Storm Hits Coast | What We Know"), (C, "Winds reached 90 mph.")],
    ),
    (
        "pipe_before_short_label_keeps_one_headline",
        "Court Clears Mayor Of Fraud | Live Updates\n\nThe verdict came at noon.",
        [(H, "Court Clears Mayor Of Fraud | Live Updates"), (C, "The verdict came at noon.")],
    ),
    (
        "question_headline_then_statement_headline",
        "Will The Bridge Reopen? | Engineers Say Repairs Will Take Months\n\nWork began on Monday.",
        [
            (H, "Will The Bridge Reopen?"),
            (H, "Engineers Say Repairs Will Take Months"),
            (C, "Work began on Monday."),
        ],
    ),
    (
        "title_case_headline_without_final_stop",
        "Minister Resigns Over Expenses Scandal\n\nThe minister resigned on Friday.",
        [(H, "Minister Resigns Over Expenses Scandal"), (C, "The minister resigned on Friday.")],
    ),
    (
        "title_case_headline_with_final_stop",
        "Minister Resigns Over Expenses Scandal.\n\nThe minister resigned on Friday.",
        [(H, "Minister Resigns Over Expenses Scandal."), (C, "The minister resigned on Friday.")],
    ),
    (
        "a_first_sentence_full_of_names_is_no_headline",
        "Ana Roe is a 22-year-old student at the Dunmore Harbour Technical College in the city of Kelso.\n\n"
        "She sails every week.",
        [
            (C, "Ana Roe is a 22-year-old student at the Dunmore Harbour Technical College in the city of Kelso."),
            (C, "She sails every week."),
        ],
    ),
    (
        "question_headline_in_title_case",
        "Will The Harbour Flood Again This Winter?\n\nEngineers are unsure.",
        [(H, "Will The Harbour Flood Again This Winter?"), (C, "Engineers are unsure.")],
    ),
    (
        "sentence_case_first_line_is_headline",
        "Minister resigns over expenses scandal\n\nThe minister resigned on Friday.",
        [(H, "Minister resigns over expenses scandal"), (C, "The minister resigned on Friday.")],
    ),
    (
        "title_case_subheading_mid_article",
        "Rail Strike Ends\n\nTrains ran again on Monday.\n\nWhat Happens Next\n\nTalks resume in May.",
        [
            (H, "Rail Strike Ends"),
            (C, "Trains ran again on Monday."),
            (H, "What Happens Next"),
            (C, "Talks resume in May."),
        ],
    ),
    (
        "short_label_line_is_other",
        "Rail Strike Ends\n\nTrains ran again on Monday.\n\nAdvertisement\n\nTalks resume in May.",
        [
            (H, "Rail Strike Ends"),
            (C, "Trains ran again on Monday."),
            (OTHER, "Advertisement"),
            (C, "Talks resume in May."),
        ],
    ),
    (
        "blank_line_separates_paragraphs",
        "Rail Strike Ends\n\nTrains ran. Buses ran.\n\n\n\nTalks resume in May.",
        [(H, "Rail Strike Ends"), (C, "Trains ran."), (C, "Buses ran."), (C, "Talks resume in May.")],
    ),
    # bylines
    (
        "uppercase_by_agency_is_byline",
        "Rail Strike Ends\n\nBY Associated Press\n\nTrains ran again.",
        [(H, "Rail Strike Ends"), (B, "BY Associated Press"), (C, "Trains ran again.")],
    ),
    (
        "by_two_names_is_byline",
        "Rail Strike Ends\n\nBy Jane Roe and John Doe\n\nTrains ran again.",
        [(H, "Rail Strike Ends"), (B, "By Jane Roe and John Doe"), (C, "Trains ran again.")],
    ),
    (
        "reporting_and_editing_credits_are_byline",
        "Trains ran again.\n\nReporting by Ana Silva; Editing by Tom Ng",
        [(C, "Trains ran again."), (B, "Reporting by Ana Silva; Editing by Tom Ng")],
    ),
    (
        "sentence_starting_with_by_is_a_claim",
        "Rail Strike Ends\n\nBy the end of the day, 40 trains had run.",
        [(H, "Rail Strike Ends"), (C, "By the end of the day, 40 trains had run.")],
    ),
    # captions
    (
        "pipe_photo_credit_is_caption",
        "Rail Strike Ends\n\nRescue workers at the scene | Photo: AP\nTrains ran again.",
        [(H, "Rail Strike Ends"), (P, "Rescue workers at the scene | Photo: AP"), (C, "Trains ran again.")],
    ),
    (
        "left_right_names_with_dash_credit_is_caption",
        "Rail Strike Ends\n\nMara Okoye (R), Femi Bello (L) | - Wire Service\nTrains ran again.",
        [(H, "Rail Strike Ends"), (P, "Mara Okoye (R), Femi Bello (L) | - Wire Service"), (C, "Trains ran again.")],
    ),
    (
        "photo_prefix_is_caption",
        "Trains ran again.\n\nPhoto: Jane Roe/Capital Wire",
        [(C, "Trains ran again."), (P, "Photo: Jane Roe/Capital Wire")],
    ),
    (
        "agency_photo_in_parentheses_is_caption",
        "Trains ran again.\n\nCrowds gather in the square (AP Photo/Jane Roe)",
        [(C, "Trains ran again."), (P, "Crowds gather in the square (AP Photo/Jane Roe)")],
    ),
    (
        "title_case_caption_with_credit_is_not_headline",
        "Rail Strike Ends\n\nCommuters Wait At Central Station | Photo: Rail Daily\nTrains ran again.",
        [
            (H, "Rail Strike Ends"),
            (P, "Commuters Wait At Central Station | Photo: Rail Daily"),
            (C, "Trains ran again."),
        ],
    ),
    # datelines and date lines
    (
        "city_and_date_dateline_split_from_claim",
        "KIGALI, March 3 — The ministry said the border was open.",
        [(D, "KIGALI, March 3 —"), (C, "The ministry said the border was open.")],
    ),
    (
        "abbreviated_month_dateline",
        "TAVRENA, Sept. 14 — A drone struck a depot. Fires burned.",
        [(D, "TAVRENA, Sept. 14 —"), (C, "A drone struck a depot."), (C, "Fires burned.")],
    ),
    (
        "two_word_city_with_agency_dateline",
        "NEW YORK (Wire) - Shares fell on Monday.",
        [(D, "NEW YORK (Wire) -"), (C, "Shares fell on Monday.")],
    ),
    (
        "agency_alone_dateline",
        "(Wire) - Divers opened the wreck and said the hold was empty.",
        [(D, "(Wire) -"), (C, "Divers opened the wreck and said the hold was empty.")],
    ),
    (
        "parenthesis_without_dash_stays_in_the_claim",
        "(Updated) The ferry sailed at noon.",
        [(C, "(Updated) The ferry sailed at noon.")],
    ),
    (
        "dateline_after_headline",
        "Border Reopens\n\nKIGALI, March 3 — Trucks crossed at dawn.",
        [(H, "Border Reopens"), (D, "KIGALI, March 3 —"), (C, "Trucks crossed at dawn.")],
    ),
    (
        "date_line_with_section",
        "date 2024-10-24 International\n\nTrucks crossed at dawn.",
        [(D, "date 2024-10-24 International"), (C, "Trucks crossed at dawn.")],
    ),
    (
        "published_line",
        "Trucks crossed at dawn.\n\nPublished: March 3, 2024",
        [(C, "Trucks crossed at dawn."), (D, "Published: March 3, 2024")],
    ),
    (
        "weekday_date_line",
        "Border Reopens\n\nMonday, March 4, 2024\n\nTrucks crossed at dawn.",
        [(H, "Border Reopens"), (D, "Monday, March 4, 2024"), (C, "Trucks crossed at dawn.")],
    ),
    # white space and Unicode
    (
        "crlf_line_endings",
        "Port Reopens\r\n\r\nThe port reopened. Ships queued.\r\n",
        [(H, "Port Reopens"), (C, "The port reopened."), (C, "Ships queued.")],
    ),
    (
        "no_break_space_after_period_is_a_boundary",
        "The vote passed.\u00a0Turnout was low.",
        [(C, "The vote passed."), (C, "Turnout was low.")],
    ),
    (
        "no_break_space_inside_number",
        "The vote was 52\u00a0to 48. Turnout was low.",
        [(C, "The vote was 52\u00a0to 48."), (C, "Turnout was low.")],
    ),
    (
        "thin_space_before_percent",
        "Prices rose 5\u2009% in May. Rents fell.",
        [(C, "Prices rose 5\u2009% in May."), (C, "Rents fell.")],
    ),
    (
        "narrow_no_break_space_after_period",
        "The vote passed.\u202fTurnout was low.",
        [(C, "The vote passed."), (C, "Turnout was low.")],
    ),
    (
        "exclamation_and_question_marks_end_sentences",
        "It worked! Nobody expected it. Will it last?! Few think so.",
        [(C, "It worked!"), (C, "Nobody expected it."), (C, "Will it last?!"), (C, "Few think so.")],
    ),
    (
        "surrounding_white_space_is_trimmed",
        "   \t The port reopened.  \n",
        [(C, "The port reopened.")],
    ),
    (
        "page_furniture_lines_are_other",
        "Harbour Plan Approved\n\nRelated Articles\n\nThe council approved the plan on Monday.\n\n"
        "Comments (14)\n\nShare this article\n\nClick here to sign up for our weekly bulletin.\n\n"
        "Scroll down for video\n\nRead this story in French at example.org",
        [
            ("headline", "Harbour Plan Approved"),
            ("other", "Related Articles"),
            (C, "The council approved the plan on Monday."),
            ("other", "Comments (14)"),
            ("other", "Share this article"),
            ("other", "Click here to sign up for our weekly bulletin."),
            ("other", "Scroll down for video"),
            ("other", "Read this story in French at example.org"),
        ],
    ),
    (
        "a_link_label_makes_a_teaser_line_furniture_at_any_length",
        "Harbour Plan Approved\n\nThe council approved the plan on Monday.\n\n"
        "MORE: Lighthouse keeper rows 40 miles to deliver a birthday cake to his granddaughter on the isle\n\n"
        "Related on Harbour Watch: Did the ferry company know about the cracked hull?\n\n"
        "More from The Coast Gazette:\n\nRelated roundup: Ferries , Tags: coastgazette.example\n\n"
        "(RELATED: Ferry Fares Rise Again)\n\nMore than 40 boats joined the regatta: a record.",
        [
            ("headline", "Harbour Plan Approved"),
            (C, "The council approved the plan on Monday."),
            (
                "other",
                "MORE: Lighthouse keeper rows 40 miles to deliver a birthday cake to his granddaughter on the isle",
            ),
            ("other", "Related on Harbour Watch: Did the ferry company know about the cracked hull?"),
            ("other", "More from The Coast Gazette:"),
            ("other", "Related roundup: Ferries , Tags: coastgazette.example"),
            ("other", "(RELATED: Ferry Fares Rise Again)"),
            (C, "More than 40 boats joined the regatta: a record."),
        ],
    ),
    (
        "a_label_on_the_first_line_is_the_article_headline",
        "WATCH: Seal Pup Rescued From Harbour Net\n\nDivers cut the net at noon.",
        [("headline", "WATCH: Seal Pup Rescued From Harbour Net"), (C, "Divers cut the net at noon.")],
    ),
    (
        "source_credits_and_contacts_are_bylines_urls_are_other",
        "The ferry sank at dawn.\n\nSource: The Coast Gazette\n\nSources: Harbour Watch, tidewatch.example\n\n"
        "Sources: Ferry Operator In Talks With Unions\n\nSources: ferry operator to cut winter routes\n\n"
        "Email: mira.dal@example.org\n\nTwitter: @miradal\n\nhttps://example.org/ferry/photo-11.jpg\n\n"
        "(Picture: Harbour Watch)\n\nPhoto credit: Mira Dal via Harbour Watch\n\nUploaded By: harbourcam",
        [
            (C, "The ferry sank at dawn."),
            (B, "Source: The Coast Gazette"),
            (B, "Sources: Harbour Watch, tidewatch.example"),
            ("headline", "Sources: Ferry Operator In Talks With Unions"),
            (C, "Sources: ferry operator to cut winter routes"),
            (B, "Email: mira.dal@example.org"),
            (B, "Twitter: @miradal"),
            ("other", "https://example.org/ferry/photo-11.jpg"),
            ("caption", "(Picture: Harbour Watch)"),
            ("caption", "Photo credit: Mira Dal via Harbour Watch"),
            ("caption", "Uploaded By: harbourcam"),
        ],
    ),
    (
        "via_and_hat_tip_credits_are_bylines_a_company_named_via_is_news",
        "Ferry Sinks Off Cape\n\nThe ferry sank at dawn. (Via)\n\nVia The Coast Gazette, May 2, 2026:\n\n"
        "[h/t Mira Dal, Photo: Harbour Watch]\n\nh/t Ana Roe | Coast Gazette\n\n-- via Harbour Watch.\n\n"
        "VIA Rail to cut winter routes\n\nThe crew left. (Via the new canal, the trip is shorter.)",
        [
            ("headline", "Ferry Sinks Off Cape"),
            (C, "The ferry sank at dawn."),
            (B, "(Via)"),
            (B, "Via The Coast Gazette, May 2, 2026:"),
            (B, "[h/t Mira Dal, Photo: Harbour Watch]"),
            (B, "h/t Ana Roe | Coast Gazette"),
            (B, "-- via Harbour Watch."),
            (C, "VIA Rail to cut winter routes"),
            (C, "The crew left."),
            (C, "(Via the new canal, the trip is shorter.)"),
        ],
    ),
    (
        "copyright_notices_script_lines_and_letterless_pieces_are_other",
        'Ferry Sinks Off Cape\n\nThe ferry sank at dawn. "\n\n'
        "Copyright 2026 The Coast Gazette. All rights reserved. This material may not be redistributed.\n\n"
        "© Harbour Watch\n\nharbourPlayer.embed('ferry-video');\n\nMORE STORIES\n\nAds by Tidewatch\n\n"
        "Copyright law changed in 2024, the court noted.",
        [
            ("headline", "Ferry Sinks Off Cape"),
            (C, "The ferry sank at dawn."),
            ("other", '"'),
            ("other", "Copyright 2026 The Coast Gazette. All rights reserved. This material may not be redistributed."),
            ("other", "© Harbour Watch"),
            ("other", "harbourPlayer.embed('ferry-video');"),
            ("other", "MORE STORIES"),
            ("other", "Ads by Tidewatch"),
            (C, "Copyright law changed in 2024, the court noted."),
        ],
    ),
    (
        "a_dashed_name_or_initials_on_its_own_line_signs_the_text",
        "I quit, and I mean it.\n\n–      K.T.R 05/11/14\n\n— Mira Dal\n\n— The ferry sank at dawn.",
        [
            (C, "I quit, and I mean it."),
            (B, "–      K.T.R 05/11/14"),
            (B, "— Mira Dal"),
            (C, "— The ferry sank at dawn."),
        ],
    ),
    (
        "a_question_leading_into_a_prompt_is_furniture",
        "The kite festival drew 9,000 people.\n\nOn your phone? Click here to watch the video.\n\n"
        "Why did the ferry stop? Click here was all the sign said, according to passengers.",
        [
            (C, "The kite festival drew 9,000 people."),
            ("other", "On your phone? Click here to watch the video."),
            (C, "Why did the ferry stop?"),
            (C, "Click here was all the sign said, according to passengers."),
        ],
    ),
    (
        "a_furniture_word_inside_prose_is_not_furniture",
        "Share prices rose.\n\nRelated charges were dropped on Friday.\n\nNext year the pool will reopen.",
        [
            (C, "Share prices rose."),
            (C, "Related charges were dropped on Friday."),
            (C, "Next year the pool will reopen."),
        ],
    ),
    (
        "agency_photo_credits_are_captions",
        "The ferry left the quay at dawn.\n\nAP Photo/Marta Quill\n\nDivers searched the bay at noon. REUTERS/Stringer",
        [
            (C, "The ferry left the quay at dawn."),
            ("caption", "AP Photo/Marta Quill"),
            (C, "Divers searched the bay at noon."),
            ("caption", "REUTERS/Stringer"),
        ],
    ),
    (
        "a_slash_inside_a_sentence_is_no_credit",
        "The river rose 2 metres overnight.\n\nThe A/B test ran for a week.",
        [(C, "The river rose 2 metres overnight."), (C, "The A/B test ran for a week.")],
    ),
    ("empty_text_has_no_segments", "", []),
    ("white_space_only_has_no_segments", " \n\t\u00a0\r\n ", []),
]


def _kinds_and_texts(text: str) -> list[tuple[str, str]]:
    return [(seg.kind, seg.text) for seg in segment(text)]


def _assert_offsets(text: str) -> None:
    for seg in segment(text):
        assert text[seg.start : seg.end] == seg.text


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in GOLDEN], ids=[case[0] for case in GOLDEN])
def test_golden_segments(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds_and_texts(text) == expected
    _assert_offsets(text)


def test_golden_table_is_large_and_uniquely_named() -> None:
    names = [case[0] for case in GOLDEN]
    assert len(names) >= 60
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("value", [b"bytes", None, 3, ["a list"]], ids=["bytes", "none", "int", "list"])
def test_non_str_input_is_rejected(value: object) -> None:
    with pytest.raises(InvalidInputError):
        segment(value)  # type: ignore[arg-type]


def test_sentence_without_punctuation_is_cut_into_bounded_pieces() -> None:
    text = "word " * 1000
    segments = segment(text)
    assert len(segments) > 1
    assert all(seg.kind == C and len(seg.text) <= MAX_CLAIM_CHARS for seg in segments)
    assert "".join(seg.text for seg in segments).replace(" ", "") == text.replace(" ", "")


# The seed article ------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[tuple[str, str]]]:
    text = SEED.read_text(encoding="utf-8")
    return text, _kinds_and_texts(text)


def _kind_of(segments: list[tuple[str, str]], text: str) -> str:
    kinds = [kind for kind, seg_text in segments if seg_text == text]
    assert len(kinds) >= 1, f"no segment is exactly {text!r}"
    return kinds[0]


@pytest.mark.parametrize("line", ["BY Associated Press", "BY Outlook Web Desk"])
def test_seed_bylines_are_bylines(seed: tuple[str, list[tuple[str, str]]], line: str) -> None:
    assert _kind_of(seed[1], line) == B


@pytest.mark.parametrize(
    "line",
    [
        "US Confirms North Korea Troops In Russia, South Korea Deems Move As 'Grave Escalation' | Photo: AP",
        "Vladimir Putin (R), Kim Jong Un (L) | - AP",
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un | - AP",
        "Tensions escalate between North and South Korea - | Photo: AP",
    ],
)
def test_seed_photo_lines_are_captions(seed: tuple[str, list[tuple[str, str]]], line: str) -> None:
    assert _kind_of(seed[1], line) == P


def test_seed_date_line_is_not_a_claim(seed: tuple[str, list[tuple[str, str]]]) -> None:
    assert _kind_of(seed[1], "date 2024-10-24 International") == D


@pytest.mark.parametrize(
    "headlines",
    [
        ["US Confirms North Korea Troops In Russia, South Korea Deems Move As 'Grave Escalation' | What We Know"],
        ["US Says ‘Evidence’ Shows North Korea Has Sent Troops To Russia"],
        # Two headlines joined by "|", as the gold labels of seeds/articles split them.
        ["Did North Korea Send Troops To Russia?", "US, UK, France Express Concern"],
        ["North Korea Amends Constitution, Declares South Korea A 'Hostile State' As Tensions Flare Up"],
    ],
)
def test_seed_headlines_are_headlines(seed: tuple[str, list[tuple[str, str]]], headlines: list[str]) -> None:
    for headline in headlines:
        assert _kind_of(seed[1], headline) == H


def test_seed_quote_paragraph_is_two_claims_split_at_russia_what(seed: tuple[str, list[tuple[str, str]]]) -> None:
    first = "“We are seeing evidence that there are North Korean troops” who have gone to Russia."
    second = 'What exactly they’re doing — left to be seen," the Pentagon chief told reporters on Wednesday.'
    assert (C, first) in seed[1]
    assert (C, second) in seed[1]


def test_seed_body_sentences_are_each_a_claim() -> None:
    text = SEED.read_text(encoding="utf-8")
    claims = [seg for seg in segment(text) if seg.kind == C]
    body_lines = {text.count("\n", 0, seg.start) for seg in claims}
    for number, line in enumerate(text.split("\n")):
        if number in body_lines:
            on_line = [seg.text for seg in claims if text.count("\n", 0, seg.start) == number]
            assert " ".join(on_line) == line.strip()
    assert len(claims) == 15
    assert all(seg.text.endswith((".", '"', "”")) for seg in claims)


# The offset invariant everywhere --------------------------------------------------


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.name)
def test_offsets_hold_on_seed_articles(path: Path) -> None:
    _assert_offsets(read_raw(path))


def test_offsets_hold_on_polnear_dev_texts() -> None:
    if not POLNEAR_TEXTS:
        pytest.skip(f"PolNeAR dev texts not found under {EVAL}")
    for path in POLNEAR_TEXTS:
        _assert_offsets(read_raw(path))


# Gold claim spans ----------------------------------------------------------------


def test_gold_claim_spans_are_reproduced() -> None:
    found = total = kinds_right = 0
    for article, spans in gold_spans().items():
        predicted = {(s.start, s.end): s.kind for s in segment(read_raw(ARTICLES / article))}
        total += len(spans)
        found += sum(1 for span in spans if span in predicted)
        kinds_right += sum(1 for span, kind in spans.items() if predicted.get(span) == kind)
    assert found / total >= MIN_GOLD_RECALL
    assert kinds_right == found


def test_a_zero_width_space_after_a_full_stop_still_ends_the_sentence():
    text = "A man\u200b said\u200b the pier was safe.\u200b The council\u200b denied it."
    claims = [s for s in segment(text) if s.kind == "claim"]
    assert [text[s.start : s.end] for s in claims] == [
        "A man\u200b said\u200b the pier was safe.",
        "The council\u200b denied it.",
    ]
