"""Attribution: sources, reporting cues and their spans, on sentences written for these tests."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from features.attribution import (
    CREDIBILITY_BY_SOURCE,
    credibility,
    find_attributions,
    main_attribution,
    quote_openings,
    reporting_cues,
    source_type_of,
)
from features.lexicon import lexicon
from features.tokens import tokenize
from features.types import QUOTE_TYPES, SOURCE_TYPES, VERB_STRENGTHS
from scoring.segment import segment

SEED_ARTICLE = Path(__file__).resolve().parent.parent / "seeds" / "articles" / "000_e0dc83ff7eb116bc.txt"

# (sentence, source, source type, cue, strength) of the main attribution.
MAIN_CASES = [
    ("The inspectors found in March that pipes leaked.", "The inspectors", "anonymous_official", "found", "confirm"),
    ("Grainy Video Appears to Show Lynx in Garden", "Grainy Video", "document", "Appears to Show", "suggest"),
    ("The mayor appeared to confirm the merger.", "The mayor", "named_official", "appeared to confirm", "suggest"),
    ("The mayor said that the bridge will reopen in May.", "The mayor", "named_official", "said", "assert"),
    ("Rail unions said the strike would go ahead.", "Rail unions", "organization", "said", "assert"),
    ("The bridge will reopen in May, the mayor said.", "the mayor", "named_official", "said", "assert"),
    ('"The bridge will reopen in May," said Dana Whitfield.', "Dana Whitfield", "named_person", "said", "assert"),
    ('"We are on schedule," Dana Whitfield said.', "Dana Whitfield", "named_person", "said", "assert"),
    ('"Who pays for this?" the voice in the ad asks.', "the voice in the ad", "anonymous", "asks", "question"),
    ("The alleged victim said the car was red.", "The alleged victim", "named_person", "said", "assert"),
    ("The United States has confirmed the shipment.", "The United States", "organization", "has confirmed", "confirm"),
    ("Sources say the merger is off.", "Sources", "anonymous", "say", "assert"),
    # a quantifier alone is an unnamed subject; an aside between commas stands between subject and verb
    ("Some say the vote was rigged.", "Some", "anonymous", "say", "assert"),
    ("But some note that the mayor has never lost a vote.", "some", "anonymous", "note", "assert"),
    ("Others claim the pier was never safe.", "Others", "anonymous", "claim", "claim"),
    (
        "Some residents, however, question the wisdom of closing the pier.",
        "Some residents",
        "anonymous",
        "question",
        "question",
    ),
    # a present form with an object pronoun, or one that is never a noun, is the verb of the phrase before it
    (
        "Footage of the crash shows him with his hands in the air.",
        "Footage of the crash",
        "document",
        "shows",
        "confirm",
    ),
    ("Still, the ferry story suggests the council needs a plan.", "the ferry story", "document", "suggests", "suggest"),
    (
        "Tolls rose by a fifth, an analysis of newly filed accounts shows.",
        "an analysis of newly filed accounts",
        "document",
        "shows",
        "confirm",
    ),
    # a noun after the participle that opens the sentence heads the subject, whatever verb it could be
    (
        "Leaked documents from the audit show he took a large loss.",
        "Leaked documents from the audit",
        "document",
        "show",
        "confirm",
    ),
    (
        "Newly released records from the port show the ship left early.",
        "Newly released records from the port",
        "document",
        "show",
        "confirm",
    ),
    # the speaker after a kicker is the clause's own; "Sometime that year" is a time, "Another" an unnamed one
    (
        "Skepticism: Now, viewers have questioned the video's authenticity.",
        "viewers",
        "anonymous",
        "have questioned",
        "question",
    ),
    (
        "Sometime that year, Ana Roe posted a video saying the strike had ended.",
        "Ana Roe",
        "named_person",
        "posted",
        "assert",
    ),
    ("Another reported that his account was locked.", "Another", "anonymous", "reported", "assert"),
    # a distanced document shows or says no more than a claim; a distanced person keeps the verb's strength
    ("Unverified footage shows tanks entering the town.", "Unverified footage", "document", "shows", "claim"),
    ("The purported memo says the plant will close.", "The purported memo", "document", "says", "claim"),
    ("The alleged victim said the car was red.", "The alleged victim", "named_person", "said", "assert"),
    # coordinated sources close a sentence; a place before a colon speaks when a quote follows
    ("The dam held overnight, police and witnesses said.", "police and witnesses", "anonymous", "said", "assert"),
    ('Iran: "We Will Retaliate"', "Iran", "organization", ":", "assert"),
    ("Police believed the driver was drunk.", "Police", "organization", "believed", "suggest"),
    # a memory verb reports with what is remembered; "quoted X as saying" reports with the participle's strength
    ("She recalled that the door was open.", "She", "named_person", "recalled", "other"),
    ('"It was dark," she recalled.', "she", "named_person", "recalled", "other"),
    ("The article quoted the agency as saying the birds were unsafe.", "The article", "document", "quoted", "assert"),
    ("The paper quoted a minister as claiming the vote was rigged.", "The paper", "document", "quoted", "claim"),
    # "continued" reports beside a quote; a past verb opening the sentence before a name and a quote is inverted
    ('"We have to do better," she continued.', "she", "named_person", "continued", "assert"),
    ('She continued, "All we ask for is a fair hearing."', "She", "named_person", "continued", "assert"),
    ('Said Ellis: "I do not get the sense she is interested."', "Ellis", "named_person", "Said", "assert"),
    ('Added the mayor, "We will rebuild."', "the mayor", "named_official", "Added", "assert"),
    # a participle with its agent after the head is typed by the head
    (
        "A 40-page audit released by the ministry reveals how deep the losses ran.",
        "A 40-page audit released by the ministry",
        "document",
        "reveals",
        "confirm",
    ),
    # doubt cast on a claim is a question; a phrasal denial with a claim as its object is a denial
    (
        "Two auditors cast doubt on the hospital's figures.",
        "Two auditors",
        "anonymous_official",
        "cast doubt on",
        "question",
    ),
    (
        "Engineers raised doubts about the new bridge design.",
        "Engineers",
        "anonymous",
        "raised doubts about",
        "question",
    ),
    (
        "The review called into question the safety of the dam.",
        "The review",
        "document",
        "called into question",
        "question",
    ),
    ("Police poured cold water on reports of a curfew.", "Police", "organization", "poured cold water on", "deny"),
    ("The striker shot down claims that he would leave.", "The striker", "named_person", "shot down", "deny"),
    # making a work is an act the author reports, unless what the work says follows
    ("She wrote a letter to the council.", "", "", "", ""),
    ("Boy, 9, Writes Moving Letter to Teacher", "", "", "", ""),
    ("He posted a photo of the flooded street.", "", "", "", ""),
    ("The council published its annual report on Monday.", "", "", "", ""),
    (
        "The mayor wrote a letter to residents saying the water was safe.",
        "The mayor",
        "named_official",
        "wrote",
        "assert",
    ),
    ("The mayor wrote in a letter that the water was safe.", "The mayor", "named_official", "wrote", "assert"),
    ("She wrote the council was wrong to close the library.", "She", "named_person", "wrote", "assert"),
    (
        "Fans abuzz over the coach's comments that the pitch was unsafe.",
        "the coach",
        "named_official",
        "comments",
        "assert",
    ),
    ("The pipes leaked, investigators found.", "investigators", "anonymous_official", "found", "confirm"),
    ("The plant will shut, Reuters report.", "Reuters", "organization", "report", "assert"),
    ("A blog posted an article claiming the mill had shut.", "A blog", "organization", "posted", "claim"),
    ("Aaron Dale wrote the screenplay for the film.", "", "", "", ""),
    # "May" and "Will" in a name before a past or "-s" form; an "-ing" noun after a determiner.
    ("Theresa May said the country would leave.", "Theresa May", "named_person", "said", "assert"),
    ("Will Hurd says the wall is a waste.", "Will Hurd", "named_person", "says", "assert"),
    ("The mayor may say more on Friday.", "The mayor", "named_official", "may say", "assert"),
    ("A ruling is unlikely before the end of the year.", "", "", "", ""),
    # "reports" after a reporting verb is its object; an agentless passive of an act is an event.
    (
        "The newspaper says reports of the capture surfaced on Sunday.",
        "The newspaper",
        "organization",
        "says",
        "assert",
    ),
    ("Messages of concern were posted on Sunday.", "", "", "", ""),
    ("The results were announced on Friday.", "", "", "", ""),
    ("It was announced on Friday that the port would close.", "", "anonymous", "was announced", "claim"),
    ("The ferry was reported missing on Sunday.", "", "anonymous", "was reported", "claim"),
    # "says" is always a verb; an "-s" form after a plural noun is a noun compound.
    ("The chief executive says sales rose.", "The chief executive", "named_official", "says", "assert"),
    ("New emissions rules that promise to cut output were published.", "", "", "", ""),
    # "X's statement": a reporting noun after its possessor, with a clause giving the content.
    ("The mayor's claim that the pier was safe proved false.", "The mayor", "named_official", "claim", "claim"),
    ("Her denial that she knew was not believed.", "Her", "named_person", "denial", "deny"),
    ("Mr. Trump's assertion that he won was repeated.", "Mr. Trump", "named_person", "assertion", "claim"),
    ("The claim that the moon is cheese is false.", "", "", "", ""),
    # Issuing a statement frames what the participle after it reports.
    ("The club issued a statement saying the report was false.", "The club", "organization", "saying", "assert"),
    (
        "The ministry released a statement on Monday denying the claims.",
        "The ministry",
        "organization",
        "denying",
        "deny",
    ),
    # A refused statement takes no position: neither an assertion nor a denial.
    (
        "The contractor declined to comment on the schedule.",
        "The contractor",
        "anonymous",
        "declined to comment",
        "other",
    ),
    (
        "The ministry did not respond to a request for comment.",
        "The ministry",
        "organization",
        "did not respond",
        "other",
    ),
    ("He declined to confirm the figures.", "He", "named_person", "declined to confirm", "question"),
    # A relative clause without commas is part of the subject, whatever its verb.
    (
        "The woman who found the body told police she heard shots.",
        "The woman who found the body",
        "named_person",
        "told",
        "assert",
    ),
    ("The man who shot the mayor said he acted alone.", "The man who shot the mayor", "named_person", "said", "assert"),
    (
        "Analysts who have studied the deal say it favours the buyer.",
        "Analysts who have studied the deal",
        "anonymous",
        "say",
        "assert",
    ),
    # A frame that ends the sentence after its last comma governs every cue before it.
    (
        "Shoppers can expect longer queues this winter, says retail analyst Ana Roe.",
        "retail analyst Ana Roe",
        "named_person",
        "says",
        "assert",
    ),
    ('"Shoppers can expect longer queues," Ana Roe says.', "Ana Roe", "named_person", "says", "assert"),
    ("The family said the officer had lied.", "The family", "anonymous", "said", "assert"),
    ("Regulators and insurers said the rule stands.", "Regulators and insurers", "anonymous", "said", "assert"),
    ("Mr. Lee and Ms. Roe said the road is shut.", "Mr. Lee and Ms. Roe", "named_person", "said", "assert"),
    ("Two officials told reporters the talks had stalled.", "Two officials", "anonymous_official", "told", "assert"),
    (
        "The harbour is closed, according to the coast guard.",
        "the coast guard",
        "organization",
        "according to",
        "assert",
    ),
    ("According to the ministry, exports rose.", "the ministry", "organization", "According to", "assert"),
    (
        "Omar Bekele, who chairs the council, said the vote was fair.",
        "Omar Bekele, who chairs the council",
        "named_person",
        "said",
        "assert",
    ),
    (
        "Priya Nand, a spokeswoman for the port, said ships were waiting.",
        "Priya Nand, a spokeswoman for the port",
        "named_official",
        "said",
        "assert",
    ),
    ("Sen. Ada Rowe (D-Ore.) said the bill had stalled.", "Sen. Ada Rowe (D-Ore.)", "named_official", "said", "assert"),
    ("The company denied that it had cut wages.", "The company", "organization", "denied", "deny"),
    (
        "The council has repeatedly rejected the claim.",
        "The council",
        "organization",
        "has repeatedly rejected",
        "deny",
    ),
    ("The ministry denied the report on Tuesday.", "The ministry", "organization", "denied", "deny"),
    ("The ministry rejects takeover claims as pure speculation", "The ministry", "organization", "rejects", "deny"),
    ("Police believe the fire was started deliberately.", "Police", "organization", "believe", "suggest"),
    # A base form after a plural subject whose last word is singular: coordination, modifiers, "those".
    ("Ms. Okafor and Mr. Brandt say the lease is void.", "Ms. Okafor and Mr. Brandt", "named_person", "say", "assert"),
    ("Aides to the governor say the budget is late.", "Aides to the governor", "anonymous_official", "say", "assert"),
    ("Those close to the family say he will stay.", "Those close to the family", "anonymous", "say", "assert"),
    ("Farmers in the valley suggest the dam leaks.", "Farmers in the valley", "anonymous", "suggest", "suggest"),
    ("Residents claimed the water tasted of metal.", "Residents", "anonymous", "claimed", "claim"),
    ("The report found that rents doubled.", "The report", "document", "found", "confirm"),
    ("Investigators found dead gulls along the shore.", "Investigators", "anonymous_official", "found", "confirm"),
    ("Detectives Suspect Arson in Warehouse Fire", "Detectives", "anonymous_official", "Suspect", "suggest"),
    (
        "A police report on the fire said 41 homes were lost.",
        "A police report on the fire",
        "document",
        "said",
        "assert",
    ),
    ("The minister acknowledged the delays.", "The minister", "named_official", "acknowledged", "confirm"),
    ("Court filings revealed that the mill sold the land twice.", "Court filings", "document", "revealed", "confirm"),
    ("Critics questioned whether the dam was safe.", "Critics", "anonymous", "questioned", "question"),
    ("She wrote that the museum would close.", "She", "named_person", "wrote", "assert"),
    ("He tweeted that the match was postponed.", "He", "named_person", "tweeted", "assert"),
    ("The coach insisted the team was fit.", "The coach", "named_official", "insisted", "claim"),
    ("The mayor called for calm.", "The mayor", "named_official", "called for", "other"),
    # Stances and feelings that attribute a view: speaking out, voting against, "were frustrated that".
    ("The nurses spoke out against the closure.", "The nurses", "anonymous", "spoke out", "other"),
    ("The senator voted against the budget.", "The senator", "named_official", "voted against", "other"),
    (
        "The tenants were frustrated that the heating failed.",
        "The tenants",
        "anonymous",
        "were frustrated",
        "suggest",
    ),
    # A verb of continuing or starting joins the cue; the subject stands before it.
    ("The pilot went on to explain the delay.", "The pilot", "named_person", "went on to explain", "assert"),
    ("The banker appeared to blame the clerks.", "The banker", "named_person", "appeared to blame", "other"),
    ("The farmers continued to call for rain.", "The farmers", "anonymous", "continued to call for", "other"),
    # Verbs that double their last consonant in the past: "referred to", "planned".
    ("The pilot referred to the squall as a gale.", "The pilot", "named_person", "referred to", "other"),
    ("The baker planned to open a second shop.", "The baker", "anonymous", "planned", "suggest"),
    # A negated, refused or "neither … nor" reporting verb withholds: not confirming or claiming questions the
    # claim, not denying it leaves it claimed; the refused or coordinated verb joins the cue.
    ("The ferry operator did not confirm the delay.", "The ferry operator", "anonymous", "did not confirm", "question"),
    # "asked X for/to …" is a request, not a question.
    ("The port authority asked ferry crews for patience.", "The port authority", "organization", "asked", "other"),
    ("The mayor asked whether the bridge was safe.", "The mayor", "named_official", "asked", "question"),
    # A negated verb of finding reports a negative finding, which stays established.
    ("The hull inspection did not show any cracks.", "The hull inspection", "anonymous", "did not show", "confirm"),
    ("The bakery has not denied the recall.", "The bakery", "organization", "has not denied", "claim"),
    ("The lab cannot confirm the result.", "The lab", "anonymous", "cannot confirm", "question"),
    (
        "The harbour master declined to confirm the closure.",
        "The harbour master",
        "anonymous",
        "declined to confirm",
        "question",
    ),
    (
        "A museum spokeswoman neither confirmed nor denied the sale.",
        "A museum spokeswoman",
        "anonymous_official",
        "neither confirmed nor denied",
        "question",
    ),
    (
        "The pilot would neither confirm nor deny the diversion.",
        "The pilot",
        "named_person",
        "would neither confirm nor deny",
        "question",
    ),
    ("Palace Will Neither Confirm Nor Deny Wedding Rumours", "Palace", "organization", "Confirm Nor Deny", "question"),
    ("The harbour master declined to comment.", "The harbour master", "anonymous", "declined to comment", "other"),
    # Refusing to speak takes no position; refusing an act ("declined to attend") is no statement (NO_ATTRIBUTION)
    ("The coach refused to be drawn on his future.", "The coach", "named_official", "refused to be drawn", "other"),
    ("The aide declined to answer questions.", "The aide", "anonymous_official", "declined to answer", "other"),
    ("It was reported that the ferry sank.", "", "anonymous", "was reported", "claim"),
    ("The ferry was inspected by the harbour authority.", "", "", "", ""),
    # A phrase verb followed by an auxiliary ("refuses to do") is still a verb; a contracted subject opens its clause.
    ("The coach refuses to do interviews.", "The coach", "named_official", "refuses to", "other"),
    (
        "The coach steadfastly refuses to do interviews.",
        "The coach",
        "named_official",
        "steadfastly refuses to",
        "other",
    ),
    ("The crew says she'll sail at dawn.", "The crew", "anonymous", "says", "assert"),
    ("The crew says it’s too windy.", "The crew", "anonymous", "says", "assert"),
    # Plural and relative subjects of a base form; a contracted "has" before the verb is no possessive.
    ("The tolls are too high, others say.", "others", "anonymous", "say", "assert"),
    ("The rival claims that the fee is void.", "The rival", "anonymous", "claims", "claim"),
    ("The nurses say the rota is unfair.", "The nurses", "anonymous", "say", "assert"),
    ("He’s sought to delay the vote.", "He’s", "named_person", "sought", "suggest"),
    ('Said Ines Mora: "We lost."', "Ines Mora", "named_person", "Said", "assert"),
    # A parenthetical frame after a comma: a short subject and a verb of saying that ends the clause.
    ("Fares will rise next year, one leaflet says.", "one leaflet", "document", "says", "assert"),
    ("Officials Confirm Deal On Fishing Quotas", "Officials", "anonymous_official", "Confirm", "confirm"),
    ("Storm Damage Worse Than Feared, Officials Say", "Officials", "anonymous_official", "Say", "assert"),
    ('Lena Ortiz: "The Budget Is A Mistake"', "Lena Ortiz", "named_person", ":", "assert"),
    ("― Marta Silva", "Marta Silva", "named_person", "―", "assert"),
    # A dash typed as two hyphens before a headline's source.
    ("Port to Close Two Terminals -- report", "report", "document", "--", "assert"),
    ("Carmaker picks valley site for battery plant -CNBC", "CNBC", "organization", "-", "assert"),
    ("Port to close two terminals - Bloomberg", "Bloomberg", "organization", "-", "assert"),
    # A short name before the colon of a headline, or before a quote, is its speaker.
    ("Ruiz: Harbour Deal Is Dead", "Ruiz", "named_person", ":", "assert"),
    ("Tariq Osei: Council needs to 'stop the delays'", "Tariq Osei", "named_person", ":", "assert"),
    ('"The lake is dying."― Ines Varga', "Ines Varga", "named_person", "―", "assert"),
    ('"MORALES: We will rebuild the school."', "MORALES", "named_person", ":", "assert"),
    ("The ferry sank, the agency said in a statement.", "the agency", "organization", "said", "assert"),
    # An apposition naming a role makes a named person an official; one naming a firm does not.
    (
        "Ana Roe, an economist at a bank, said rates will fall.",
        "Ana Roe, an economist at a bank",
        "named_person",
        "said",
        "assert",
    ),
    (
        '"Rates will fall," said Ana Roe, an economist at a bank.',
        "Ana Roe, an economist at a bank",
        "named_person",
        "said",
        "assert",
    ),
    # A participle between commas is an aside, like "at a rally".
    (
        "The weekly Reel Report, citing two insiders, reported that the film was delayed.",
        "The weekly Reel Report",
        "document",
        "reported",
        "assert",
    ),
    (
        '"The pier is unsafe," said Ines Mora, a spokeswoman for the port.',
        "Ines Mora, a spokeswoman for the port",
        "named_official",
        "said",
        "assert",
    ),
    (
        "The ferry was hit by a wave, it was reported by the coast guard.",
        "the coast guard",
        "organization",
        "was reported",
        "assert",
    ),
    ("Tomas Reyes, 41, said the shop was looted.", "Tomas Reyes, 41", "named_person", "said", "assert"),
    (
        "The agency did not immediately respond to questions.",
        "The agency",
        "organization",
        "did not immediately respond",
        "other",
    ),
    (
        "On Tuesday, the mayor warned residents, saying the river was rising.",
        "the mayor",
        "named_official",
        "warned",
        "assert",
    ),
    (
        "The councillor, at a rally in the park, said taxes would fall.",
        "The councillor",
        "named_official",
        "said",
        "assert",
    ),
    # A closing frame whose verb would be a noun elsewhere ("media reports", "news reports say").
    ("The ferry sank in the storm, local media reports.", "local media", "anonymous", "reports", "assert"),
    ("The ferry sank in the storm, news reports say.", "news reports", "anonymous", "say", "assert"),
    (
        "The ferry sank, a source close to the captain says.",
        "a source close to the captain",
        "anonymous",
        "says",
        "assert",
    ),
    # A relative clause whose closing comma is missing stays inside the subject.
    (
        "Lena Ortiz, 44, who runs a bakery on the square said the rent had doubled.",
        "Lena Ortiz, 44, who runs a bakery on the square",
        "named_person",
        "said",
        "assert",
    ),
    (
        "The union, which runs three clinics in the valley said prices would rise.",
        "The union, which runs three clinics in the valley",
        "organization",
        "said",
        "assert",
    ),
    # An agentless accusation: someone unnamed makes the charge.
    ("The treasurer was accused of hiding the losses.", "", "anonymous", "was accused", "claim"),
    ("Treasurer accused of hiding losses", "", "anonymous", "accused", "claim"),
    (
        "Harbour Police Issue Statement That the Crane Is Safe",
        "Harbour Police",
        "organization",
        "Issue Statement",
        "assert",
    ),
    ("Minister warned of flood risks", "Minister", "named_official", "warned", "assert"),
    ("The pair are suspected of three more burglaries.", "", "anonymous", "are suspected", "claim"),
    # A participle after its noun ("believed to be") is a reduced relative inside the subject, not a verb.
    (
        "Rebels believed to have links to the army said the town had fallen.",
        "Rebels believed to have links to the army",
        "anonymous",
        "said",
        "assert",
    ),
    (
        "The ferry sank, websites thought to be close to the crew reported.",
        "websites thought to be close to the crew",
        "anonymous",
        "reported",
        "assert",
    ),
    ("A man believed to be the gunman was arrested on Friday.", "", "", "", ""),
    # A parenthetical frame after a noun subject: "the report describes" is no object of a report.
    (
        "The aim of the levy, the report describes, is to fund the clinics.",
        "the report",
        "document",
        "describes",
        "other",
    ),
    (
        "An investigation by the paper found the grant was paid twice.",
        "An investigation by the paper",
        "document",
        "found",
        "confirm",
    ),
    (
        "In the letter he pretty much says what every worker thinks.",
        "he",
        "named_person",
        "pretty much says",
        "assert",
    ),
    # A participle joined by "and" to a passive shares its "be"; an opening time phrase is no subject.
    ("The driver was arrested and accused of manslaughter.", "", "anonymous", "accused", "claim"),
    ("Earlier this week, the coach was summoned and told to resign.", "", "anonymous", "told", "claim"),
    ("The minister was questioned and said nothing.", "The minister", "named_official", "said", "assert"),
    ("Earlier this month, the mayor said the pier would reopen.", "the mayor", "named_official", "said", "assert"),
    # A participle after its noun with an agent: the agent is the source, the noun no subject.
    (
        "The council cut the fares, in a move welcomed by commuter groups.",
        "commuter groups",
        "organization",
        "welcomed",
        "other",
    ),
    (
        "The mayor welcomed by the crowd said the pier would reopen.",
        "The mayor welcomed by the crowd",
        "named_official",
        "said",
        "assert",
    ),
    # Names that open with a digit or in lower case can be subjects.
    ("9to5Mac claims the firm has shipped 3,000 units.", "9to5Mac", "named_person", "claims", "claim"),
    ("iGen claims the firm will launch in March.", "iGen", "named_person", "claims", "claim"),
    # A reporting noun after a determiner and a modifier heads the subject; its verb follows.
    ("A police report says the driver was drunk.", "A police report", "document", "says", "assert"),
    (
        'The bogus report read: "The earth will go dark for six days."',
        "The bogus report",
        "document",
        "read:",
        "assert",
    ),
    ("The court filing says the firm owed $2 million.", "The court filing", "document", "says", "assert"),
    ("The official statement says the dam leaked.", "The official statement", "document", "says", "assert"),
    ('A note on the door reads: "Closed for repairs."', "A note on the door", "anonymous", "reads:", "assert"),
    ("A council spokesman declined comment.", "A council spokesman", "anonymous_official", "declined comment", "other"),
    # A title in quotes holds no speaker label; a verb phrase before a colon is no subject.
    ("“Harbour Lights: The Musical” opens at the Grand on Friday.", "", "", "", ""),
    ("The plan, however, has been drawing fire from tenant advocates: the rents rise.", "", "", "", ""),
    # Two noun phrases side by side: the subject is the second ("whose rockets the officials claimed").
    (
        "The militia seized a depot whose 500 rockets the port officials claimed were useless.",
        "the port officials",
        "anonymous_official",
        "claimed",
        "claim",
    ),
    # "charge" is an accusation with "with" or "that", a price without.
    ("The ferry firm will soon be charging cyclists $3 a crossing.", "", "", "", ""),
    ("Prosecutors charged the treasurer with fraud.", "Prosecutors", "anonymous_official", "charged", "claim"),
    # A participle clause before the subject ("Quoted by the paper, …") is no part of it.
    (
        "Quoted by the Courier on Monday, the headteacher, Asabe Kwambura, said the school would reopen.",
        "the headteacher, Asabe Kwambura",
        "named_official",
        "said",
        "assert",
    ),
    ("Space.com reports: the storm will pass by Friday.", "Space.com", "organization", "reports:", "assert"),
    (
        "The article was written by one Dara Rubin who has won many awards.",
        "one Dara Rubin",
        "named_person",
        "was written",
        "assert",
    ),
    # A verdict before a headline's colon is no speaker, though "News" names outlets elsewhere.
    ("Fake News: Mayor Will Ban Cars From the Old Town", "", "", "", ""),
    ("Fox News: Mayor Will Ban Cars From the Old Town", "Fox News", "organization", ":", "assert"),
    # An embedded post signed by its account is its signer's words.
    (
        "The pier is closing for good! pic.twitter.com/a1b2— Mara Ellison (@maraell) May 3, 2015",
        "Mara Ellison (@maraell)",
        "named_person",
        "—",
        "assert",
    ),
    # People named by what they do are an unnamed group, also opening a sentence.
    ("Nurses found the infant alone in the corridor.", "Nurses", "anonymous", "found", "confirm"),
    ("Farmers say the drought is the worst in decades.", "Farmers", "anonymous", "say", "assert"),
    (
        "The glacier is moving faster than scientists had believed, the survey says.",
        "the survey",
        "document",
        "says",
        "assert",
    ),
    ("Leaked emails show the director signed the deal.", "Leaked emails", "document", "show", "confirm"),
    (
        "A representative for the league, Omar Haddad, said the match was off.",
        "A representative for the league, Omar Haddad",
        "named_official",
        "said",
        "assert",
    ),
    # "as <source> put it" reports; unmarked plurals take a base-form verb; "says" is never a noun
    (
        "The ferry is the town's lifeline, as one harbour pilot put it.",
        "one harbour pilot",
        "anonymous",
        "put it",
        "assert",
    ),
    ("As Ms. Okafor put it in her letter, the fund is empty.", "Ms. Okafor", "named_person", "put it", "assert"),
    (
        "The mayor put it bluntly: the dunes cannot take more visitors.",
        "The mayor",
        "named_official",
        "put it",
        "assert",
    ),
    ("The data show that rainfall halved in a decade.", "The data", "document", "show", "confirm"),
    ("Local media report that the ferry ran aground.", "Local media", "anonymous", "report", "assert"),
    ("Women in the valley say the clinic closed too early.", "Women in the valley", "anonymous", "say", "assert"),
    (
        "A report by the harbour board says the pier is unsafe.",
        "A report by the harbour board",
        "document",
        "says",
        "assert",
    ),
    ("Auditors discovered that the fund had been emptied.", "Auditors", "anonymous_official", "discovered", "confirm"),
    (
        "The inquiry established that the fire began in the kitchen.",
        "The inquiry",
        "document",
        "established",
        "confirm",
    ),
    ("Critics bemoaned the late frost.", "Critics", "anonymous", "bemoaned", "other"),
    # a nation's people acting, plural even when the word ends in "-is"; a surname in "-is" stays singular
    ("Saudis say the pipeline fire is under control.", "Saudis", "organization", "say", "assert"),
    ("Iraqis Deny Claims Dam Was Breached", "Iraqis", "organization", "Deny", "deny"),
    ("Harris says the pipeline fire is under control.", "Harris", "named_person", "says", "assert"),
    # plurals in "-men"; a headline drops the article before an office ("Pentagon chief" = "the Pentagon chief")
    ("Police spokesmen say the road will stay shut.", "Police spokesmen", "anonymous_official", "say", "assert"),
    ("Gunmen say they will free the hostages.", "Gunmen", "anonymous", "say", "assert"),
    ("Port authority chief says the cranes are safe.", "Port authority chief", "named_official", "says", "assert"),
    # a verb written in capitals for emphasis is still the verb, and no part of a name; "the WHO" is a name
    ("Harbour board DENIES trader's claim that the quay flooded", "Harbour board", "organization", "DENIES", "deny"),
    ("Police SAY the suspect fled on foot", "Police", "organization", "SAY", "assert"),
    ("The WHO says the outbreak is over.", "The WHO", "organization", "says", "assert"),
    ("The ferry will run again, she added.", "she", "named_person", "added", "assert"),
    ("He added the pier would reopen in May.", "He", "named_person", "added", "assert"),
    ("She added a word of caution about the tides.", "She", "named_person", "added", "assert"),
    ("POLICE: SUSPECT FLED ON FOOT", "POLICE", "organization", ":", "assert"),
    ("They both said the plan was sound.", "They", "anonymous", "both said", "assert"),
    # "only", "almost" stand between subject and verb; a party's members act as the party
    ("Republicans had only asked for the papers on Friday.", "Republicans", "organization", "had only asked", "other"),
    (
        "The clerk almost immediately disclosed the deal.",
        "The clerk",
        "anonymous",
        "almost immediately disclosed",
        "confirm",
    ),
    ("Kim had ankle surgery, report says", "report", "document", "says", "assert"),
    ("Prosecutors charged him with fraud.", "Prosecutors", "anonymous_official", "charged", "claim"),
    # a possessive determiner opens the complement of a verb after an unlisted subject
    ("Bakery firm insists its rolls contain no horse meat", "Bakery firm", "organization", "insists", "claim"),
    # a speaker label of a place and a lower-case role
    ("Coast prosecutor: Divers not among the missing", "Coast prosecutor", "named_official", ":", "assert"),
    ("Kurdish officials: The town has fallen", "Kurdish officials", "anonymous_official", ":", "assert"),
]


# A phrase that withholds the source's name makes it unnamed; a role with a name in apposition is a named official.
ANONYMITY_CASES = [
    (
        "Two council members, speaking on condition of anonymity, said the budget halves the grant.",
        "Two council members",
        "anonymous_official",
    ),
    (
        "The ministry, speaking on condition of anonymity, said the talks had stalled.",
        "The ministry",
        "anonymous_official",
    ),
    (
        "The spokesman, who declined to be identified, said the plant would close.",
        "The spokesman, who declined to be identified",
        "anonymous_official",
    ),
    (
        '"We will not back down," said a police officer who was not authorized to speak publicly.',
        "a police officer",
        "anonymous_official",
    ),
    (
        "A crane operator, who requested anonymity, said two cranes had failed.",
        "A crane operator, who requested anonymity",
        "anonymous",
    ),
    (
        "A council official who requested anonymity said the budget had been exceeded by a third.",
        "A council official who requested anonymity",
        "anonymous_official",
    ),
    (
        "A lorry driver who had asked not to be named said the depot shut at noon.",
        "A lorry driver who had asked not to be named",
        "anonymous",
    ),
    ("The minister said officials were not authorized to comment on the case.", "The minister", "named_official"),
    ("Three board members said the vote had been rushed.", "Three board members", "anonymous_official"),
    ('"The pumps failed twice," the source said on condition of anonymity.', "the source", "anonymous"),
    (
        "One driver, who would not give his name, said the depot had shut at noon.",
        "One driver, who would not give his name",
        "anonymous",
    ),
    (
        "The press officer, who declined to give her surname, said the ward was full.",
        "The press officer, who declined to give her surname",
        "anonymous_official",
    ),
    (
        "Another principal, who declined to be named, said the screenshots were shared on Sunday.",
        "Another principal, who declined to be named",
        "anonymous",
    ),
    ("Members of the public said the underpass flooded twice.", "Members of the public", "anonymous"),
    ("Party members said the leader would stand down.", "Party members", "anonymous"),
    (
        "A spokeswoman for the water board, Lena Ortiz, told reporters the pumps were repaired.",
        "A spokeswoman for the water board, Lena Ortiz",
        "named_official",
    ),
    (
        "A spokesperson for the airline said flights would resume.",
        "A spokesperson for the airline",
        "anonymous_official",
    ),
    # the head before "for" / "by" types the phrase: an unnamed spokesman, a study
    ("A spokesman for the ministry said the border was open.", "A spokesman for the ministry", "anonymous_official"),
    ("A spokeswoman for Tarn Foods said the plant would close.", "A spokeswoman for Tarn Foods", "anonymous_official"),
    (
        "A study by researchers at the college shows that bees avoid the pesticide.",
        "A study by researchers at the college",
        "document",
    ),
    ("The Committee for Open Roads said the toll was unlawful.", "The Committee for Open Roads", "organization"),
]


@pytest.mark.parametrize(("text", "source", "source_type"), ANONYMITY_CASES)
def test_anonymity_and_named_roles_set_the_source_type(text: str, source: str, source_type: str) -> None:
    main = main_attribution(text, find_attributions(text))
    assert main is not None
    assert (main.source, main.source_type) == (source, source_type)


@pytest.mark.parametrize(
    "text",
    [
        "The officer asked not to be named.",
        "The aide declined to be named.",
        "A clerk who declined to be identified opened the gate at noon.",
    ],
)
def test_withholding_a_name_is_no_reporting_cue(text: str) -> None:
    assert [a.cue for a in find_attributions(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Adding to the confusion, the road was closed twice on Monday.",
        "The storm added to the misery of residents in the valley.",
    ],
)
def test_add_to_is_no_reporting_verb(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Senate rejected the bill on Tuesday.",
        "The judge denied bail to the two men.",
        "Her request for asylum was denied in March.",
        "The court dismissed the lawsuit against the newspaper.",
        "Council Rejects Plans for Tower in Old Town",
        "The club dismissed its coach after the defeat.",
        "Air defences shot down two drones over the harbour.",
    ],
)
def test_refusing_a_request_or_bill_is_no_attribution(text: str) -> None:
    """ "Rejected the bill" reports an act: the one who refused is its actor, not a source denying a claim."""
    assert find_attributions(text) == []


@pytest.mark.parametrize(("text", "source", "source_type", "cue", "strength"), MAIN_CASES)
def test_main_attribution_found_in_news_structures(
    text: str, source: str, source_type: str, cue: str, strength: str
) -> None:
    main = main_attribution(text, find_attributions(text))
    if not cue:
        assert main is None or main.cue_strength != "assert"
        return
    assert main is not None
    assert (main.source, main.cue, main.cue_strength) == (source, cue, strength)
    if source:
        assert main.source_type == source_type


# A reporting verb inside a relative clause qualifies a noun; it does not attribute the claim.
RELATIVE_CLAUSE_CASES = [
    ("The footbridge that engineers said was safe collapsed on Monday.", None),
    ("The memo, which staff said was leaked, shows the pool will close.", "The memo, which staff said was leaked"),
    ("The mayor said that engineers claimed the footbridge was safe.", "The mayor"),
    ("Engineers said that the footbridge was safe.", "Engineers"),
    # Set off by commas inside the sentence, the clause describes the subject of a verb after it.
    ("The mayor, who said the vote was rigged, resigned on Friday.", None),
    ("The ferry firm, which had denied any fault, paid the families in May.", None),
    (
        "Ana Roe, who said the vote was rigged, told reporters she would resign.",
        "Ana Roe, who said the vote was rigged",
    ),
    # Running to the end of the sentence, it reports what follows it.
    ("The audit was led by Ana Roe, who said the accounts were sound.", "Ana Roe"),
    # nor does one in an adverbial clause after the main clause; "…, as the mayor said." frames it
    ("The letter went viral, as he pretty much says what every worker thinks.", None),
    ("Bombs fall on the villages as the militants blast the towns.", None),
    ("Shares fell after the firm said profits would drop.", None),
    ("The bridge is closed, as the mayor said.", "the mayor"),
    ("As the mayor said, the bridge is closed.", "the mayor"),
    # an opening adverbial clause leaves the claim to the main clause after its comma
    ("When the mayor noted that the pier had failed twice, the council voted to close it.", None),
    ("Although officials said the plant was safe, residents stayed away.", None),
    ("When asked about the vote, the mayor said it was fair.", "the mayor"),
    # a participle of belief or hope beside the act gives the actor's reason; a reporting one still reports
    ("The crew stayed at sea, believing the storm might pass.", None),
    ("Fearing a run on the bank, depositors queued from dawn.", None),
    ("The minister resigned on Friday, saying she had lost the vote.", "The minister"),
    ("Depositors fear the bank could collapse.", "Depositors"),
    ("Analysts assume the costs are low.", "Analysts"),
    ("The fans left early, not wanting to miss the last train.", None),
    # a relative clause on the subject reports nothing of the claim; one on an object after the clause does
    ("Woman Who Claimed To Have Surgery Exposed As Hoaxer", None),
    ("A man who said he saw the crash was arrested on Friday.", None),
    ("The mayor proposed to the council that the tolls be scrapped.", "The mayor"),
    # a reporting gerund after a preposition reports a side claim, unless it is how the source began or replied
    ("After saying the pier was safe, the harbour master left.", None),
    ("The mayor won praise by saying he would cut the tolls.", None),
    ("The minister, despite admitting that the budget was short, defended the plan.", None),
    ("The mayor began by saying the bridge would reopen in May.", "The mayor"),
    ("The coach replied by telling them that the match was fixed.", "The coach"),
]


@pytest.mark.parametrize(("text", "source"), RELATIVE_CLAUSE_CASES)
def test_relative_clause_reporting_is_not_the_main_attribution(text: str, source: str | None) -> None:
    main = main_attribution(text, find_attributions(text))
    assert (main.source if main else None) == source


# Sentences in which no attribution must be found.
NO_ATTRIBUTION_CASES = [
    # a formal charge is a fact reported, not a claim ("charged that …" and "charged him with" accuse)
    "Two guards were charged with smuggling phones into the jail.",
    "Harbour Worker Charged With Theft of Crane Parts",
    "The new governor will assume office in January.",
    # an affair named as a label's last word is a kicker ("Election Commission:" speaks)
    "Harbour Strike: Dockers Vote to Return on Monday",
    "Ferry Crash: A Second Hull Breach Sank the Ship",
    # "add" with a thing after it adds, it does not remark; a shouted line's capitals name no speaker
    "Swimmer Adds Third Gold Medal in Record Time",
    "The bakery added 40 jobs last year.",
    "NORWAY: 300-KILO SEAL NAPS ON FERRY DECK",
    # a phrase in capitals with a preposition inside is a link's topic, no speaker
    "CAUSE FOR PAUSE: Teenage pregnancy in the valleys",
    "KNEE PAIN IN RUNNERS: “I could barely walk”",
    # refusing an act is an act: the one who refused is its actor, not a source (seeds/ANNOTATION.md)
    "The aide declined to attend.",
    "The minister refused to resign despite the scandal.",
    "The clerk reportedly refused to sign.",
    # a word after a preposition is a noun, no verb: "amid fears", "despite warnings"
    "The aide's son is on the run in France amid fears he will be sent home.",
    "Prices rose despite warnings from the central bank.",
    # a headline's passive with its "is" dropped: the noun before it is praised or blamed, no source
    "Cheese blamed for dictator's broken ankles",
    "Guard hailed a hero for stopping gunman",
    "Striker praised for brave display",
    "Pop-Up Shop Also Planned for Station Concourse",
    # "assume" a burden takes it; a gerund without its content, a request, a negated act and an order report nothing
    "His charity would assume the mill's environmental and pension obligations.",
    "It is impossible to judge the plan without knowing how it would be paid for.",
    "The mayor won praise by asking residents to conserve water.",
    # a participle about a thing is what was confirmed or reported, by no one named
    "Two fever cases confirmed in harbour town",
    "Three deaths reported after the storm hit the coast.",
    "The reported deaths rose to nine.",
    "NOTE: We got this one wrong.",
    # a belief about a state is a passive with its believers unnamed; a place or an issue before a colon is no
    # speaker; after a plain comma a verb taking an object does not invert
    "Two Climbers Believed Dead After Avalanche",
    "Missing sailor feared dead",
    "Syria: Teenage Fighter From Coast Town Killed in Airstrike",
    "Airline Seating Segregation: New Rule Takes Effect on Flights",
    "Girl wakes up during surgery, asks doctors How's it going?",
    # a caption's kicker before a colon is no speaker
    "Debunked: The Moon Landing Photos Were Not Faked",
    "Twist: The short film sees 'serial prankster' Tom Lee hand money to a stranger.",
    "Claim: The moon landings were filmed in a studio.",
    # a thing given a name, and goods recalled, report nothing
    'The fake recall first appeared on a satirical website called "National Review Daily."',
    "The carmaker recalled two million cars in May.",
    "The dairy recalled the whole batch on Friday.",
    # "continued" away from a quote is an aspect; "Said to be" opens a passive description
    "Prices continued to fall in March.",
    "Said to be the oldest bridge in town, the arch is closed.",
    # a plural noun with a reduced relative clause after it ("the new claims he made") is no verb
    "The new claims he made were false.",
    "He left the hall without saying that the vote had been lost.",
    "He closed the speech by saying the word freedom twice.",
    "Don't blame the referee.",
    # a distancing participle before a noun for a person is an adjective
    "Vigilantes cut off alleged rapist's hand.",
    "Suspected Poacher Jailed for Six Years",
    # "propose to" a person is marriage ("proposed to the board that …" still proposes)
    "The striker finally proposed to his girlfriend on the pitch.",
    "Chen did propose to Mei, though without fireworks this time.",
    # a question word after the colon makes the label a topic
    "Big companies: why they pay so little tax",
    "Council budget: what the cuts mean for libraries",
    # a base-form noun is no verb ("pipeline blast", "progress report"); a naming verb's bare participle
    # is a passive ("gunman identified"): the noun before it is named, not naming
    "Oil prices rise on stock data, pipeline blast",
    "With the help of a portable machine called HEARTLINE 3, medics kept him alive.",
    "The fungus holds a psychoactive agent called muscarol.",
    "Dead driver and gunman identified",
    "Local Rapper Identified As Gang Leader Who Shot Guard",
    "Man scars wife's penis in acid attack after row",
    "The so-called reform raised fares.",
    "Bodies found in shallow grave near quarry",
    "Ferry Captain Found Dead But Crew Safe",
    "Escaped prisoner found hiding in barn",
    "Suspect Arrested After Bank Robbery in Harlow",
    "Rare orchid spotted off the coastal path for the first time",
    "Rebels Release Video Showing Captured Pilot",
    "Drone Footage Allegedly Showing Dam Breach Goes Viral",
    "Sources is a magazine about rivers.",
    '"The bridge will reopen in May."',
    "The meeting moved to May after the holiday.",
    "Secretary of State Ann Roe visited the port.",
    "Prices rose in the United States last year.",
    "His statement was short.",
    "The claims were false.",
    "Media reports were wrong about the fire.",
    "Its plans and claims were vague.",
    "The rumours and reports about the mayor spread quickly.",
    "The team plans were late.",
    "Voters in the county gave the mayor strong support among retirees.",
    "Fans of the band queued for the weekly show.",
    # Participles and plural nouns that look like reporting verbs.
    "The tender was more detailed than the last one.",
    "The fund, called Green Start, lends to farmers.",
    "Members need to be present to vote.",
    "Housing advocates have marched every week.",
    "Health worries will follow the team all season.",
    "Correction: An Earlier Version Misspelled Her Name.",
    "The Latest: Storm Hits Coast",
    # A kicker before a headline colon is no speaker.
    "It Begins: Snow Ploughs Out Before Dawn",
    "SEE IT: Fox Cub Rescued From Drain",
    "Here's Why: Ferry Fares Rise in June",
    "Revealed: The Secret Tunnel Under the Town Hall",
    "URGENT: Ferry Sinks off Harbour Wall",
    "Step One: buy low and sell high.",
    "The cafe sits beside a creek called Otter Run.",
    "The nurse called in to the radio show on Monday.",
    "Ask any sailor about the tide.",
    "The firm sent letters, emails and phone calls.",
    "The board met twice, with few questions.",
    "Denying the claims is pointless.",
    # A gerund before "by" is a noun; a base form after a singular subject's "-s" verb is its object.
    "(Additional reporting by Ana Roe; editing by Tom Lee.)",
    "She gives credit to the nurses.",
    "His newly revised plans were late.",
    # What follows a verb is its object or a time, not a speaker after it ('"…," said Maria Lopez').
    "The old pier, closed since spring, wants to be rebuilt.",
    # A clause after a closing dash is no source ("… - and the council agrees.").
    "Fares rose again - and the council too.",
    # A list or a clause after the last comma is no closing frame, though it ends in an "-s" word.
    "The firm sent letters, emails and phone calls.",
    "The board met twice, with few questions.",
    "The results of the audit were announced on Monday.",
    "He read the report twice before the meeting.",
    # "as" + participle + "in" a time or event; "state" the noun; a belief after "than".
    "The ferry sailed as planned in March.",
    "The team played as expected in the final.",
    "Ohio is a state that votes early.",
    "The comet is brighter than astronomers had thought.",
    # "put it" places a thing outside the frame "as <source> put it"; a founding is no finding
    "He put it on the shelf and left.",
    "As soon as she put it down, the phone rang.",
    "Just as he put it away, the bell rang.",
    "The bakery was established in 1990 by two sisters.",
    "Divers opened the hull and discovered a small red book in a copper box.",
    "The charity established a fund that pays for school meals.",
    "",
]


@pytest.mark.parametrize("text", NO_ATTRIBUTION_CASES)
def test_no_attribution_in_traps(text: str) -> None:
    assert find_attributions(text) == []


# (sentence, the cues of every attribution in it, left to right).
ALL_CUES_CASES = [
    ("Patient asks nurses for progress report", ["asks"]),
    ("The mayor said the road was shut and added that it would reopen.", ["said", "added"]),
    ("Sam Ngata warned that floods were coming, saying the river was high.", ["warned", "saying"]),
    ('"I think it will rain," the forecaster said.', ["said"]),
    ("The union said the company had denied the claims.", ["said", "had denied"]),
    ("The ward hired a nurse who said the beds were full.", ["said"]),
    ('"I think we know the answer," the coach said.', ["said"]),
    ("On Tuesday, the mayor warned residents, saying the river was rising.", ["warned", "saying"]),
    ("The crews, many of whom say the pay is low, went on strike.", ["say"]),
    # A quote mark that opens the text opens a quote, whatever its shape.
    ("” We will win,” the coach said.", ["said"]),
    # Reporting inside a quotation is the speaker's own words: only the quote's own attribution counts.
    ('"The minister told us the plant would close," the union leader said.', ["said"]),
    ('"Nobody believes what he says," said Ines Mora.', ["said"]),
    # A sentence that opens inside a quotation begun earlier: its first mark closes the quote.
    ('Nobody thinks the dam will hold," the engineer said.', ["said"]),
    ("Nobody thinks the dam will hold,” the engineer said.", ["said"]),
    ('Critics think the "reform" will fail, the engineer said.', ["think", "said"]),
    # Two apostrophes are a double quote mark ("''…,'' she said"), as in some news archives.
    ("''The mayor told us the pier was safe,'' the engineer said.", ["said"]),
    ("Critics said the so-called ''reform'' had failed.", ["said"]),
    ("The growers' union said the price fell.", ["said"]),
    # A pronoun subject inside another cue's complement is part of what was said, not a new attribution.
    ("The baker said she plans to open a second shop.", ["said"]),
    ("Rahel Desta says that he thinks the ferry is late.", ["says"]),
    ("The pilot told us he expects fog by noon.", ["told"]),
    ("The coach said the players denied it.", ["said", "denied"]),
    # Any subject's view, question or modal verb inside what was said is part of it.
    ("The union said the mayor hopes to settle.", ["said"]),
    ("The lawyer said his client would not answer questions.", ["said"]),
    ("The clerk told reporters that nobody will ask about the fees.", ["told"]),
    # A closing frame after a comma governs what came before: it is not inside it.
    ("Gold Expected to Keep Rising, Analysts Predict", ["Expected", "Predict"]),
    ("The mayor wants a new bridge, critics fear.", ["wants", "fear"]),
    ("The prices rose and analysts said so.", ["said"]),
    ("Everything the mayor says is checked twice.", ["says"]),
    # Span conventions (PolNeAR): adverbs before the verb and a colon after it join the cue.
    ('The coach then said: "We lost."', ["then said:"]),
    ("The mayor frequently mocked the plan.", ["frequently mocked"]),
    ("The clerk reportedly refused to comment.", ["reportedly refused to comment"]),
    ("The union noted that the mayor had claimed the dam was safe.", ["noted"]),
    ("The baker said she was tired and claimed the oven broke.", ["said", "claimed"]),
    # A singular "-s" verb after "and" or "but" shares the first verb's subject; a plural noun there does not.
    ("The tenant said the roof leaks and demands a refund.", ["said", "demands"]),
    ("The inspector is wary of the dam but expects it to hold.", ["expects"]),
    # "nor" is no source: the second verb of "neither … nor" joins the first one's cue.
    ("The club neither confirmed nor denied the transfer.", ["neither confirmed nor denied"]),
    ("Neither the mayor nor the council replied.", ["replied"]),
    # "remarks" after an adjective is a noun; "what he called" names, it does not report.
    ("The judge denied that insulting remarks Vance had sent were read.", ["denied"]),
    ("The minister condemned what he called a cowardly attack.", ["condemned"]),
]


# (sentence, source shown, its type): a relative pronoun is the source's span (as in PolNeAR); the reader sees
# its antecedent, which also gives the type.
RELATIVE_SOURCE_CASES = [
    ("The ward hired a spokesman who said the beds were full.", "a spokesman", "anonymous_official"),
    ("The firm was sold to Norvale, which has said it will keep the staff.", "Norvale", "organization"),
    (
        "The view is shared by residents of the valley, who say the river floods.",
        "residents of the valley",
        "anonymous",
    ),
    (
        "Ana Roe works for the Minister for Health, who said the clinics stay open.",
        "the Minister for Health",
        "named_official",
    ),
    ("The launch was unusual for Cupertino, which has announced it will wait.", "Cupertino", "organization"),
]


@pytest.mark.parametrize(("text", "source", "source_type"), RELATIVE_SOURCE_CASES)
def test_relative_pronoun_is_the_span_and_antecedent_names_it(text: str, source: str, source_type: str) -> None:
    (found,) = find_attributions(text)
    assert (found.source, found.source_type) == (source, source_type)
    assert found.source_span is not None and found.source_span.text in ("who", "which")


def test_participle_takes_the_sentence_subject() -> None:
    found = find_attributions("On Tuesday, the mayor toured the dam, saying it was safe.")
    assert [(a.source, a.cue) for a in found] == [("the mayor", "saying")]


@pytest.mark.parametrize(("text", "cues"), ALL_CUES_CASES)
def test_every_attribution_of_a_sentence_found(text: str, cues: list[str]) -> None:
    assert [a.cue for a in find_attributions(text)] == cues


# (sentence, the source of every attribution in it): where a source phrase starts and ends.
SOURCE_SPAN_CASES = [
    # an opening time phrase, and how it was said between subject and verb, are no part of the source
    ("On Tuesday the harbour master said the quay would close.", ["the harbour master"]),
    ("Last week Ana Ruiz appeared to blame the night shift.", ["Ana Ruiz"]),
    ("The mayor in a televised interview said the pier was safe.", ["The mayor"]),
    ("Pickers at the orchard said the frost came early.", ["Pickers at the orchard"]),
    ("Ana Silva said Mayor Tom Reed approves the plan.", ["Ana Silva"]),
    ("While his aides said the talks had stalled, the mayor was silent.", ["his aides"]),
    ("Perhaps the moderators will demand more details.", ["the moderators"]),
    ("But Chief Ana Ruiz isn't saying whether the mine reopens.", ["Chief Ana Ruiz"]),
    ("The campaign is urging voters to turn out, saying the race is close.", ["The campaign", "The campaign"]),
    # a clause before "…, says X." is no apposition; a thousands comma is no comma; a state after a town
    # ends the subject
    ("All in all, buyers can expect to pay $1,200 for the gold case, says Rickicki.", ["buyers", "Rickicki"]),
    ("Buyers will pay $1,200 for the gold case, says Rickicki.", ["Rickicki"]),
    (
        "Watch dealer Ana Roe of Pittsburgh, Penn. told the paper that the case was solid.",
        ["Watch dealer Ana Roe of Pittsburgh, Penn."],
    ),
    # an object relative clause after a comma has its own subject; an apposition may hold a relative clause's verb
    (
        "The host had denounced the annexation on air, which the network pointed to as proof of its openness.",
        ["The host", "the network"],
    ),
    (
        "Ana Roe, a minister who is a harsh critic of the mayor, suggests that the vote was rigged.",
        ["Ana Roe, a minister who is a harsh critic of the mayor"],
    ),
    # a one-word name after a common noun is the subject of a clause on that noun; after a noun for a
    # speaker it is that speaker's name
    ("It leaves out the profit margin Lumetra plans to add.", ["Lumetra"]),
    ("The figure Reuters reported was lower.", ["Reuters"]),
    ("The company Lumetra said it would appeal.", ["The company Lumetra"]),
    # "back in November" is a time, no part of the source
    ("The leak, which was first reported by the Gazette back in November, is ongoing.", ["the Gazette"]),
    ('Back in November a source told the Gazette: "The girls see the droppings."', ["a source"]),
    # an "-ing" word opening the sentence before a dash or "according to" opens no participle clause
    (
        "Publishing house Dunmore has moved into a new tower - the tallest in town - and there is a problem, "
        "according to the Gazette.",
        ["the Gazette"],
    ),
    # a reporting gerund after a preposition reports for the subject of its clause
    ("After saying the pier was safe, the harbour master left.", ["the harbour master"]),
    ("The coach began by telling them that the match was fixed.", ["The coach"]),
    ("Despite admitting that the budget was short, the minister defended the plan.", ["the minister"] * 2),
    # "…, defended the plan": a verb of acting after a comma takes an object, not an inverted source
    ("The minister, despite admitting that the budget was short, defended the plan.", ["The minister"]),
    # A source after its verb takes its apposition to the end of the sentence, not an aside or a new clause.
    (
        '"It is late," said Ana Roe, a professor at the institute who studies tides.',
        ["Ana Roe, a professor at the institute who studies tides"],
    ),
    (
        '"It is late," said Ana Roe, a professor at the institute, in a statement.',
        ["Ana Roe, a professor at the institute"],
    ),
    ('"It is late," said Ana Roe, 59.', ["Ana Roe, 59"]),
    ("''It is late,'' Ana Roe, a professor at the institute, said.", ["Ana Roe, a professor at the institute"]),
    ("The growers' union said the price fell.", ["The growers' union"]),
    # A dash ends a source read backwards; an aside between two dashes belongs to it, as between commas.
    (
        "The budget favours the old port - critics say it is a gift - and the council agrees.",
        ["critics", "the council"],
    ),
    (
        "Ana Roe -- a lawyer for the growers, who sued the port -- said the deal was void.",
        ["Ana Roe -- a lawyer for the growers, who sued the port"],
    ),
    ("Ana Roe — the port's lawyer — told reporters the deal was void.", ["Ana Roe — the port's lawyer"]),
    ("The ferry sank - the coast guard said - after it hit a reef.", ["the coast guard"]),
    (
        "Jean-Luc Roe of the coal-producers' guild said the deal was void.",
        ["Jean-Luc Roe of the coal-producers' guild"],
    ),
    # A source read forwards stops at a verb outside the lexicon, an adverb of its verb or a time phrase.
    (
        "The alleged victim and her lawyer met the press, saying the charges were false.",
        ["The alleged victim and her lawyer"],
    ),
    ("The mayor spoke to a crowd of farmers, promising new roads.", ["The mayor"]),
    ("Ms. Okafor and Mr. Brandt never tire of telling the story of the flood.", ["Ms. Okafor and Mr. Brandt"]),
    ("Claiming the vote was rigged, the mayor often demanded a recount.", ["the mayor", "the mayor"]),
    ("The council on Friday made a statement, saying the tolls would rise.", ["The council"]),
    ('"It is late," said the head of the council last week.', ["the head of the council"]),
    # … but not at a name that looks like a time, a place phrase or a relative clause.
    ('"It is late," said Amy Monday.', ["Amy Monday"]),
    ("Dana Roe Hasn't Quit, Despite What Everyone Is Saying", ["Dana Roe"]),
    ('"It is late," said the mayor today.', ["the mayor"]),
    ("Harbour Today reported the closure.", ["Harbour Today"]),
    ('"It is late," said the head of the council in Rome.', ["the head of the council in Rome"]),
    ('"It is late," said Ana Roe, who sold the farm.', ["Ana Roe, who sold the farm"]),
    (
        '"It is late," said Dr. Ana Roe, who runs the clinic at St. Jude Hospital.',
        ["Dr. Ana Roe, who runs the clinic at St. Jude Hospital"],
    ),
    ('"It is late," said Ana Roe, adding that the tide was high.', ["Ana Roe", "Ana Roe"]),
    # A participle after an aspect verb, or after an opening preposition, finds its subject the same way;
    # a relative "which" opens an apposition like "who".
    (
        '"We will not go back," Ines Mora said, going on to say that the port would stay open.',
        ["Ines Mora", "Ines Mora"],
    ),
    ("In defending the budget, the mayor cited the new tolls.", ["the mayor", "the mayor"]),
    ("The guild, which represents farmers, wants a new levy.", ["The guild, which represents farmers"]),
    # A time phrase between the subject and its verb belongs to neither; a name or a modifier stays.
    ("Sanders on Tuesday said the tax code is rigged.", ["Sanders"]),
    ("The firm just this month announced new fares.", ["The firm"]),
    ("The mayor, who in 2010 said the dam was safe, resigned.", ["The mayor"]),
    ("The class of 2001 said farewell.", ["The class of 2001"]),
    ("Amy Monday said the road is shut.", ["Amy Monday"]),
    # A participle clause opening the sentence takes the main clause's subject; it is no head of an apposition.
    ("Claiming the vote was rigged, the mayor demanded a recount.", ["the mayor", "the mayor"]),
    (
        "Lamenting the delay, Ms. Hale, the port director, asked for patience.",
        ["Ms. Hale", "Ms. Hale, the port director"],
    ),
    # The dot of a title, an initial or a state ("R-Ore.,") inside an apposition does not end the subject.
    ('"We will win," Senate leader Ann Cole, R-Ore., said Tuesday.', ["Senate leader Ann Cole, R-Ore."]),
    ("The head of the guild, Mr. Osei, argues there is no shortage.", ["The head of the guild, Mr. Osei"]),
    (
        "Her old partner at the firm, Lena B. Ortiz, called the deal a mistake.",
        ["Her old partner at the firm, Lena B. Ortiz"],
    ),
    # A reporting word after a number or a platform's name is a noun: the head of the subject.
    ('"Help us," one post on the club\'s fan page said.', ["one post on the club's fan page"]),
    ('"We are with you," she said in a series of Twitter posts on Sunday.', ["she"]),
    ("Two reports say the plant will close.", ["Two reports"]),
    ("The minister posted that the vote was rigged.", ["The minister"]),
]


@pytest.mark.parametrize(("text", "sources"), SOURCE_SPAN_CASES)
def test_source_span_conventions(text: str, sources: list[str]) -> None:
    assert [a.source for a in find_attributions(text)] == sources


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, however, the mayor toured the dam, saying it was safe.",
        "Recently, the mayor toured the dam, saying it was safe.",
        "Without a permit, the mayor toured the dam, saying it was safe.",
        "Alarmed by the audit, the mayor toured the dam, saying it was safe.",
    ],
)
def test_participle_passes_over_opening_phrases_to_the_subject(text: str) -> None:
    found = find_attributions(text)
    assert [(a.source, a.cue) for a in found] == [("the mayor", "saying")]


def test_participle_subject_keeps_an_adjective_after_its_determiner() -> None:
    found = find_attributions("The unnamed inspector toured the dam, saying it was safe.")
    assert [(a.source, a.cue) for a in found] == [("The unnamed inspector", "saying")]


def test_coordinated_verb_keeps_first_source() -> None:
    found = find_attributions("The mayor said the road was shut and added that it would reopen.")
    assert [a.source for a in found] == ["The mayor", "The mayor"]


def test_quote_type_direct_for_full_quote() -> None:
    text = '"The bridge will reopen in May and the tolls will stay the same," said Dana Whitfield.'
    main = main_attribution(text, find_attributions(text))
    assert main is not None and main.quote == "direct"


def test_quote_type_direct_when_sentence_opens_inside_quote() -> None:
    text = 'The roads will stay shut until the spring thaw," the engineer said.'
    main = main_attribution(text, find_attributions(text))
    assert main is not None and main.quote == "direct"


def test_quote_type_direct_between_double_apostrophes() -> None:
    text = "''The bridge will reopen in May and the tolls will stay the same,'' said Dana Whitfield."
    main = main_attribution(text, find_attributions(text))
    assert main is not None and main.quote == "direct"


def test_signed_post_is_a_direct_quote() -> None:
    (found,) = find_attributions("not again, the ferry is late http://t.co/x9 — Tom Barrow (@tbarrow) May 4, 2015")
    assert (found.source, found.quote) == ("Tom Barrow (@tbarrow)", "direct")


def test_quote_type_indirect_without_quote_marks() -> None:
    text = "Dana Whitfield said the bridge would reopen in May."
    main = main_attribution(text, find_attributions(text))
    assert main is not None and main.quote == "indirect"


def test_main_attribution_prefers_verb_outside_quote() -> None:
    text = 'The mayor said: "People say the bridge is unsafe."'
    main = main_attribution(text, find_attributions(text))
    assert main is not None and main.source == "The mayor"


def test_main_attribution_of_nothing_is_none() -> None:
    assert main_attribution("Rain fell.", []) is None


# (phrase, source type).
SOURCE_TYPE_CASES = [
    # a bare singular person noun is headline shorthand for one person; with "a" or "one" it is unnamed
    ("Ex-husband", "named_person"),
    ("Ohio teen", "named_person"),
    ("Economist", "named_person"),
    ("an economist", "anonymous"),
    ("one physicist", "anonymous"),
    ("Another", "anonymous"),
    ("A foreign ministry spokesman", "anonymous_official"),
    ("a police spokeswoman", "anonymous_official"),
    ("A NATO official", "anonymous_official"),
    ("Defence Minister Ana Costa", "named_official"),
    ("the Pentagon chief", "named_official"),
    ("Ana Costa", "named_person"),
    ("the Pentagon", "organization"),
    ("the United Nations", "organization"),
    ("the audit", "document"),
    ("a senior official", "anonymous_official"),
    ("people familiar with the matter", "anonymous"),
    ("Wes Men", "named_person"),
    ("A YouTube video", "document"),
    ("footage obtained by the paper", "document"),
    ("The Secret Service", "organization"),
    ("an autopsy", "document"),
    ("A medical examination", "document"),
    ("iGen", "named_person"),
    ("A source in Kansas City", "anonymous"),
    ("an official at the ministry", "anonymous_official"),
    ("Ana Roe of Texas", "named_person"),
    ("British security services MI5 and MI6", "organization"),
    ("North Korea expert Jenny Town", "named_person"),
    ("Friends of Rosenberg", "anonymous"),
    ("Minister of Health Ana Roe", "named_official"),
    ("the Post", "organization"),
    ("the Chosun Ilbo", "organization"),
    ("the site", "organization"),
    ("The 26-year-old", "named_person"),
    ("FOX News", "organization"),
    ("the book", "document"),
    ("New York Times journalist David Carr", "named_person"),
    ("state broadcaster Channel One", "organization"),
    ("Bank of America", "organization"),
    ("Iraqi news outlets", "anonymous"),
    ("the state-run Korean Central Television", "organization"),
    ("researchers", "anonymous_official"),
    ("Prosecutors", "anonymous_official"),
    ("the prosecutors", "anonymous_official"),
    ("the prosecutor", "named_official"),
    ("A document on the website", "document"),
    ("the column", "document"),
    # one person the article has introduced is named by it; an indefinite or plural one is not
    ("the victim", "named_person"),
    ("his mother", "named_person"),
    ("The alleged victim", "named_person"),
    ("the man who shot the mayor", "named_person"),
    ("a neighbour", "anonymous"),
    ("one nurse", "anonymous"),
    ("witnesses", "anonymous"),
    # companies and bodies by what they are, or by the last word of their name; records by what they are
    ("The airline", "organization"),
    ("the tech giant", "organization"),
    ("Quillon Motors", "organization"),
    ("retailers", "anonymous"),
    ("the server logs", "document"),
    ("The forecast", "document"),
    ("the opposition", "organization"),
    ("the prosecution", "organization"),
    # ranks, offices and titles; a postmodifier does not type its head
    ("Speaker Ingrid Solberg", "named_official"),
    ("UN envoy Katrin Moll", "named_official"),
    ("the coroner", "named_official"),
    ("Sources close to the president", "anonymous"),
    ("The WHO", "organization"),
    # social posts and hearsay have no one named behind them
    ("a post on a tech forum", "anonymous"),
    ("Word on the trading floor", "anonymous"),
]


@pytest.mark.parametrize(("phrase", "expected"), SOURCE_TYPE_CASES)
def test_source_type_of_phrase(phrase: str, expected: str) -> None:
    assert source_type_of(tokenize(phrase)) == expected


# Seed article acceptance: (cue text as written, source type, strength).
SEED_CASES = [
    ("the United States has confirmed", "organization", "confirm"),
    ("Secretary Of Defence Llyod Austin stated", "named_official", "assert"),
    ("the Pentagon chief told", "named_official", "assert"),
    ("The White House further assessed", "organization", "assert"),
    ("The White House further assessed and stated", "organization", "assert"),
    ("Ukrainian President Zelenskyy said", "named_official", "assert"),
    ("officials from Kim Jon Un's government have denied", "anonymous_official", "deny"),
    ("South Korea has stated", "organization", "assert"),
]


@pytest.fixture(scope="module")
def seed_attributions() -> dict[str, tuple[str, str]]:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    found: dict[str, tuple[str, str]] = {}
    for seg in segment(text):
        for a in find_attributions(seg.text):
            assert a.source_span is not None and a.cue_span is not None
            start, end = a.source_span.start + seg.start, a.cue_span.end + seg.start
            found[text[start:end]] = (a.source_type, a.cue_strength)
    return found


@pytest.mark.parametrize(("phrase", "source_type", "strength"), SEED_CASES)
def test_seed_article_attribution(
    seed_attributions: dict[str, tuple[str, str]], phrase: str, source_type: str, strength: str
) -> None:
    assert seed_attributions[phrase] == (source_type, strength)


@pytest.mark.parametrize("text", [c[0] for c in MAIN_CASES] + [c[0] for c in ALL_CUES_CASES])
def test_spans_match_text(text: str) -> None:
    for a in find_attributions(text):
        for span in (a.source_span, a.cue_span):
            if span is not None:
                assert text[span.start : span.end] == span.text
        assert a.source_type in SOURCE_TYPES
        assert a.cue_strength in VERB_STRENGTHS
        assert a.quote in QUOTE_TYPES
        assert 0.0 <= a.credibility <= 1.0


def test_reporting_cues_mirror_attributions() -> None:
    text = "The mayor said the road was shut and added that it would reopen."
    cues = reporting_cues(find_attributions(text))
    assert [(c.text, c.kind, c.category) for c in cues] == [
        ("said", "reporting", "assert"),
        ("added", "reporting", "assert"),
    ]


def test_credibility_orders_source_types() -> None:
    values = [credibility(t, "assert", "indirect") for t in ("named_official", "named_person", "anonymous")]
    assert values == sorted(values, reverse=True)
    assert set(CREDIBILITY_BY_SOURCE) == set(SOURCE_TYPES)


def test_credibility_direct_quote_above_indirect() -> None:
    assert credibility("named_person", "assert", "direct") > credibility("named_person", "assert", "indirect")


@pytest.mark.parametrize("name", ["reporting_verbs", "sources"])
def test_lexicon_rows_are_lowercase_and_unique(name: str) -> None:
    entries = lexicon(name).entries
    assert entries
    assert all(e.name == e.name.lower() for e in entries)
    assert len({e.name for e in entries}) == len(entries)
    if name == "reporting_verbs":
        assert {e.category for e in entries} <= set(VERB_STRENGTHS)


def _article_cues(text: str) -> list[list[str]]:
    """The cues found in each sentence of an article, each read with its quote state."""
    segments = segment(text)
    states = quote_openings(text, [(s.start, s.end) for s in segments])
    return [[a.cue for a in find_attributions(s.text, inside_quote=q)] for s, q in zip(segments, states, strict=True)]


# (article, the cues of each sentence): a quotation that runs over several sentences of a paragraph.
QUOTE_STATE_CASES = [
    # The middle sentences of a quotation are the speaker's words, whatever their verbs.
    (
        'The mayor spoke at noon. "We will rebuild. The council says the pier comes first. Then the road," she said.',
        [[], [], [], ["said"]],
    ),
    (
        "“The ferry is late. Everyone knows it. Nobody admits it,” the captain told reporters.",
        [[], [], ["told"]],
    ),
    # A quotation closed within its sentence leaves the next one outside ('"reform"', '…," she said.').
    (
        'Critics call it a "reform." Officials said the fares would rise.',
        [["call"], ["said"]],
    ),
    (
        '"The pier is safe," she said. Engineers said the piles were rotten.',
        [["said"], ["said"]],
    ),
    # A line break ends the paragraph: a quotation left open is reopened by the next paragraph's own mark.
    (
        '"We will rebuild the pier.\n\nEngineers say the piles are sound," the mayor said.\n\n'
        "The union said the plan was late.",
        [[], ["said"], ["said"]],
    ),
    (
        '"We will rebuild the pier.\n\nThe union said the plan was late.',
        [[], ["said"]],
    ),
    ("''The pier is safe. The mayor says so,'' she said.", [[], ["said"]]),
    # A quotation opened in the middle of a sentence carries over to the next one.
    (
        'The coach said: "We lost the match. The referee claims he saw nothing. We do not."\n',
        [["said:"], [], []],
    ),
]


@pytest.mark.parametrize(("text", "cues"), QUOTE_STATE_CASES)
def test_quotation_state_carries_over_sentences_of_a_paragraph(text: str, cues: list[list[str]]) -> None:
    assert _article_cues(text) == cues


def test_quote_openings_of_an_article() -> None:
    text = 'Rain fell. "It will flood. It always does," he said. "Run." She ran.\nIt stopped.'
    spans = [(s.start, s.end) for s in segment(text)]
    assert [text[a:b] for a, b in spans][1:3] == ['"It will flood.', 'It always does," he said.']
    assert quote_openings(text, spans) == [False, False, True, False, False, False]


def test_quote_openings_of_nothing_is_empty() -> None:
    assert quote_openings("", []) == []


# Generous bound for one pass over ~100-200 KB of adversarial text; a quadratic walk takes minutes.
ONE_PASS_SECONDS = 5.0


@pytest.mark.parametrize("piece", [" -- also", " -- also -- x", " — ", "''", "“a. ", '" said. "'])
def test_runs_of_dashes_and_quote_marks_take_one_pass(piece: str) -> None:
    text = "Ana" + piece * 20_000 + " said it."
    start = time.perf_counter()
    find_attributions(text)
    segments = segment(text)
    quote_openings(text, [(s.start, s.end) for s in segments])
    assert time.perf_counter() - start < ONE_PASS_SECONDS


def test_an_inference_drawn_after_a_comma_governs_the_claim() -> None:
    text = "The drug cut relapses by half, suggesting that it may work."
    main = main_attribution(text, find_attributions(text))
    assert main is not None and main.cue == "suggesting"


def test_zero_width_spaces_between_words_are_space() -> None:
    # web text scatters zero-width spaces between words; they must not hide the reporting verb
    text = "District Attorney Ana Roe\u200b \u200bsaid\u200b Monday\u200b she supported the change."
    main = main_attribution(text, find_attributions(text))
    assert main is not None and (main.source, main.cue) == ("District Attorney Ana Roe", "said")
    assert text[main.cue_span.start : main.cue_span.end] == "said"
