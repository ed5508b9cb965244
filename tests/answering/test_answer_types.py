"""The kind of value a question asks for, and whether a passage states it (pure, no model)."""

import pytest

from perfm_bot.answering import answer_types as at


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how much is registration for the workshop?", at.MONEY),
        ("how much does a workshop-only pass cost", at.MONEY),
        ("what is the registration fee?", at.MONEY),
        ("is there any page fee or submission fee?", at.FEE),  # a yes or no about money: an amount or "no fee" answers
        ("do we have to pay to attend?", at.FEE),
        ("how long can submissions be?", at.LENGTH),
        ("page limit?", at.LENGTH),
        ("how many pages for a short paper", at.LENGTH),
        ("what size should the poster be?", at.SIZE),
        ("what are the poster dimensions?", at.SIZE),
        ("what time does the poster session start", at.CLOCK),
        ("is there an email i can contact the organizers at", at.EMAIL),
        # no value of these kinds is asked for
        ("how much time do we have before the deadline", None),
        ("how long is the drive from the airport", None),
        ("who are the speakers?", None),
        ("when is the paper deadline?", None),
        ("do award winners get anything besides money", None),
    ],
)
def test_what_a_question_asks_for(question: str, kind: str | None):
    assert at.expected(question) == kind


@pytest.mark.parametrize(
    ("kind", "text", "states"),
    [
        (at.MONEY, "Two Best Workshop Paper Awards (150 USD each)", True),
        (at.MONEY, "Registration costs $95 for students.", True),
        (at.MONEY, "Attendance is free of charge.", True),
        (at.MONEY, "Registration is required through the official NeurIPS conference website.", False),
        (at.FEE, "No additional workshop fee is currently planned.", True),  # "is there a fee?" answered: none
        (at.FEE, "Attendance is at no extra cost for registered attendees.", True),
        (at.MONEY, "No additional workshop fee is currently planned.", False),  # "how much does ECCV registration cost?" is not
        (at.FEE, "Papers should adhere to the IEEE formatting guidelines.", False),
        (at.LENGTH, "Submissions should be 5 pages maximum (excluding references).", True),
        (at.LENGTH, "extended abstracts and position papers (2–4 pages, excluding references)", True),
        (at.LENGTH, "This page limit applies to both the initial and final camera-ready version.", False),
        (at.SIZE, "Posters should be A0, portrait.", True),
        (at.SIZE, "Poster boards are 36 x 48 inches.", True),
        (at.SIZE, "13:15 - 14:45 — Poster Session", False),
        (at.CLOCK, "13:15 - 14:45 — Poster Session", True),
        (at.CLOCK, "Kevin Ellis is an assistant professor at Cornell University.", False),
        (at.EMAIL, "Contact: verifai.workshop@gmail.com.", True),
        (at.EMAIL, "Organizers: Celine Lee (https://celine-lee.github.io/) Cornell", False),
    ],
)
def test_whether_a_passage_states_a_value(kind: str, text: str, states: bool):
    assert at.states(kind, text) is states


def test_where_to_submit_needs_a_platform_not_any_link():
    assert at.expected("where do i submit my paper") == at.LINK
    assert at.expected("what's the submission link?") == at.LINK
    assert at.states(at.LINK, "Submissions are open on OpenReview (https://openreview.net/group?id=X).")
    assert not at.states(at.LINK, "Use the NeurIPS template (https://media.neurips.cc/Styles.zip).")
    assert at.expected("how do i contact the organizers directly?") == at.EMAIL  # questions come normalised


@pytest.mark.parametrize(
    "text, states",
    [
        ("Riocentro Exhibition and Convention Center, Room 203 A+B", True),
        ("Location: Garnet 218-219, Singapore EXPO", True),
        ("held in Hall C at COEX", True),
        ("Conference Venue: ICRA 2026 • City: Vienna, Austria • Room: Lehar 3", True),  # a label's colon
        ("Venue: Galata Hall, Hotel Cherno More", True),  # a hall by its name
        ("Coffee in the hall outside the rooms", False),
        ("Location: CVPR 2026 · Denver, Colorado", False),  # a city and a conference, no room
        ("Location — San Diego Convention Center, San Diego, US", False),  # a building is no room in it
        ("Workshop date: April 26, 2026", False),  # a date's number is no room number
        ("16:30 — Research demos: Drone flights — ECSC 114", True),  # a building's code and a room number
        ("10:30 — UNIX V4 (Thalia Archibald) — Spanos auditorium", True),  # a named hall, as the page writes it
        ("Room A207, Suzhou International Expo Centre", True),
        ("Accepted at ICML 2026 and AAAI 26", False),  # a venue's year is no room
    ],
)
def test_which_room_needs_a_room(text: str, states: bool):
    assert at.expected("which room in the convention center is it in") == at.ROOM
    assert at.states(at.ROOM, text) is states



@pytest.mark.parametrize(
    "text, states",
    [
        ("All times are in Singapore Time", True),
        ("08:25 - 09:00 (PST) — Invited talk", True),
        ("All deadlines are 11:59pm, AoE time (Anywhere on Earth).", True),
        ("Sunday, 14 July 2024 9:00AM–5:00PM UTC-4 (US-East)", True),
        ("08:25 — Invited Talk: Multimodal Time Series Modeling", False),  # a title's "Time" is no zone
        ("Nam convallis est interdum", False),  # nor a theme's Latin filler
    ],
)
def test_which_time_zone_needs_a_zone(text: str, states: bool):
    assert at.expected("what timezone are the times in the schedule?") == at.TIMEZONE
    assert at.states(at.TIMEZONE, text) is states



def test_how_long_a_talk_lasts_needs_a_duration():
    assert at.expected("how long is each oral presentation") == at.DURATION
    assert at.expected("how long can papers be") == at.LENGTH  # a paper's length is pages
    assert at.states(at.DURATION, "We selected 6 submissions for oral presentations (15 minutes each).")
    assert at.states(at.DURATION, "11:00 - 11:15 AM — Oral Presentation 3")
    assert not at.states(at.DURATION, "Oral Presentations: The Capability Frontier; Cram Less to Fit More")
    assert at.states(at.DURATION, "Start Time: 0:05; Duration: 1:00; Event: Keynote Presentation")  # PRICE's programme table
    assert at.states(at.DURATION, "A one-hour keynote presentation from a leading industry figure.")
    assert not at.states(at.DURATION, "Start Time: 0:05; Event: Keynote Presentation")



@pytest.mark.parametrize(
    "text, states",
    [
        ("San Pietro in Vincoli Campus, Sapienza University of Rome Via Eudossiana 18, 00184 Roma", True),
        ("The workshop will take place at the Agora hall of Mila, located at 6650, Rue Saint-Urbain, Montreal", True),
        ("353 Benjing Avenue, Xiangshan District", True),
        ("1157 Chapel Street, New Haven, CT", True),
        ("Informatik, Hauptstraße 5, Bremen", True),
        ("Directions: https://maps.app.goo.gl/S3PnRPuqFv1rhVp78", True),
        ("KEIR @ CIKM 2026. November 8th, 2026 at Sapienza University of Rome, Italy.", False),
        ("Avenue of research 2026 submissions", False),  # a year is no house number
        ("Room 203, Convention Center", False),  # a room, not a street
        ("Submit via OpenReview by May 10", False),
    ],
)
def test_the_venues_street_address_needs_a_street_and_number_or_a_map(text: str, states: bool):
    """"venue address?" for a taxi or a travel form: the line with the street, not the home
    page's "at Sapienza University of Rome", which shares more words with the question."""
    assert at.expected("venue address?") == at.STREET
    assert at.expected("whats the address of the venue?") == at.STREET
    assert at.expected("what is the email address of the organizers?") == at.EMAIL
    assert at.states(at.STREET, text) is states


def test_asking_which_platform_asks_where_to_submit():
    assert at.expected("is submission through openreview or cmt?") == at.LINK
    assert at.expected("do we submit via easychair?") == at.LINK
    assert at.expected("can i upload on openreview after the deadline?") is None  # asks when, not where
    assert at.states(at.LINK, "Paper submission will be via HotCRP (https://latte.cs.cornell.edu/).")


def test_the_venues_building_and_counts_need_their_values():
    assert at.expected("what is the name of the venue building in mumbai?") == at.BUILDING
    assert at.states(at.BUILDING, "Bombay Exhibition Centre, Mumbai")
    assert not at.states(at.BUILDING, "IJCNLP-AACL 2025 Student Research Workshop December 20, 2025 Mumbai, India")
    assert at.expected("how many submissions did the SRW get this year?") == at.COUNT
    assert at.expected("what's the acceptance rate?") == at.COUNT
    assert at.expected("how many papers can one person submit?") is None  # a rule, not a count
    assert at.states(at.COUNT, "Oct. 31, 2025: We have received 75 submissions in total.")
    assert not at.states(at.COUNT, "Presenting already accepted work is also encouraged.")


@pytest.mark.parametrize(
    "text, states",
    [
        ("Matthew Evans (https://ml-evs.science/) University of Cambridge", True),
        ("Mohamed Wahib — RIKEN Center for Computational Science", True),
        ("Danish Pruthi, IISc Bangalore", True),
        ("Yilun DuHarvard", True),  # a card gluing the name to a university known by its short name
        ("Time: 14:20-15:00; Topic: Keynote 4: Parallelism in LLMs; Speaker: Mohamed Wahib", False),
        ("Organisers: Edan Bainglass; Caterina Barillari; Matthew Evans", False),
    ],
)
def test_which_university_needs_an_academic_home(text: str, states: bool):
    for question in ("which university is he at?", "where is wahib from btw, which institute?", "danish pruthi affiliation?"):
        assert at.expected(question) == at.AFFILIATION
    assert at.expected("which company is nandana with?") == at.COMPANY  # companies are too many to know by name
    assert at.states(at.AFFILIATION, text) is states


def test_a_persons_company_is_named_after_at_and_a_sponsor_is_not_asked_as_one():
    """"Paul Ritaldato is working in which company now?": "Rendering Engineer at Epic Games"
    says, though no list of companies knows Epic Games; "which company sponsors it?" asks no employer."""
    assert at.expected("sorry for simple question, paul ritaldato is working in which company now?") == at.COMPANY
    assert at.expected("which company sponsors the workshop?") is None
    assert at.states(at.COMPANY, "Paul Ritaldato — Rendering Engineer at Epic Games — Paul focuses on rendering.")
    assert at.states(at.COMPANY, "Nandana works for IBM Research.")
    assert not at.states(at.COMPANY, "Paul focuses on low-level systems and rendering architecture.")
    assert not at.states(at.AFFILIATION, "Rendering Engineer at Epic Games")  # no academic home


def test_a_postcode_asks_for_the_street_address():
    assert at.expected("postcode") == at.STREET
    assert at.expected("what is the zip code?") == at.STREET


def test_a_room_is_not_a_streets_number_and_may_be_named_in_the_host_countrys_language():
    """WAILS: "which room are the talks in?" was answered by a hotel's "Via Sardegna 31" (a street
    and its number read like "Garnet 218"), while the venue's "Aula Motzo, Second Floor" named no room."""
    assert not at.states(at.ROOM, "Location: Via Sardegna 31, 09124, Cagliari CA (32 min. away by walk)")
    assert at.states(at.ROOM, "Aula Motzo, Corpo Centrale, Second Floor, Sa Duchessa Campus, Via Is Mirrionis 1")
    assert at.states(at.ROOM, "Garnet 218, Singapore EXPO") and at.states(at.ROOM, "Salle Pleyel")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("which big conference is it attached to?", at.HOST),
        ("which conference + year is it attached to?", at.HOST),
        ("is perfm part of aaai or a standalone event?", at.HOST),
        ("and it is part of neurips 2024 yes?", at.HOST),
        ("is it part of the main conference?", at.HOST),
        # a conference's room or fee, or a part of something else, asks no host
        ("which conference room is it in?", at.ROOM),
        ("so do i need to strip my name and affiliation from the pdf?", None),
        ("is lunch part of the registration?", None),
        ("any hotels in the north part of the city", None),
    ],
)
def test_which_conference_the_workshop_is_part_of_is_asked_as_its_host(question: str, kind: str | None):
    assert at.expected(question) == kind


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("The workshop will be held on Apr. 26 or 27, to be determined by ICLR 2026, in Rio de Janeiro.", True),
        ("PerFM Workshop @ AAAI 2026", True),
        ("In conjunction with AACL-IJCNLP 2025 23-24 December, 2025, Mumbai, India", True),
        ("October 2025 | Honolulu, Hawaii | ICCV 2025", True),
        ("Held in conjunction with the 20th International Conference on Web and Social Media", True),
        ("MUWS, co-located with ACM Multimedia 2025 (https://acmmm2025.org/) in Dublin, Ireland.", True),
        ("Our workshop will be co-located with the Computer Frontiers 2026 conference", True),
        ("The SPIQE workshop takes place as a post-conference workshop at the 11th IEEE European Symposium on Security and Privacy", True),
        ("He is a professor at Nagoya University since 2015", False),
        ("Deadline at 23:59 AoE 2026", False),
        ("Submission deadline: May 1, 2026 (AoE)", False),
        ("The workshop is held in Rio de Janeiro.", False),
    ],
)
def test_the_host_conference_is_named_after_the_words_that_attach_a_workshop_to_it(text: str, states: bool):
    assert at.states(at.HOST, text) is states
