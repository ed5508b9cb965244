"""Answer units: a lead-in goes with its list, a heading with its section, never alone."""

from __future__ import annotations

from perfm_bot.index.answer_units import answer_units, list_text
from perfm_bot.sources.markdown_page import parse_page
from perfm_bot.sources.page_reader import parse_html_page

PAGE = """---
title: Tiny Workshop
---

# Tiny Workshop 2026

A workshop on small things.

## Invited Speakers

- Grace Hopper — Navy Labs
- Alan Turing — Bletchley Park

## Call for Papers

The workshop will focus on the following areas:

- Micro-actuators
- Swarm control

## Spotlight Presentations

## Tentative Schedule (TBA)
"""


def units():
    return answer_units(parse_page(PAGE, "tiny.md").blocks)


def test_a_lead_in_is_answered_with_the_list_it_introduces_and_never_alone():
    texts = [u.text for u in units()]
    assert "The workshop will focus on the following areas: Micro-actuators; Swarm control." in texts
    assert "The workshop will focus on the following areas:" not in texts
    assert "Micro-actuators" in texts  # each item still answers a question about it


def test_a_roster_that_opens_its_section_is_one_unit_named_by_the_section(monkeypatch):
    monkeypatch.setattr("perfm_bot.index.answer_units.ROSTER_UNITS", True)
    speakers = next(u for u in units() if u.kind == "list" and u.key == "Invited Speakers")
    assert speakers.text == "Invited Speakers: Grace Hopper — Navy Labs; Alan Turing — Bletchley Park."


def test_a_heading_is_answered_with_its_section_and_a_bare_empty_heading_is_no_unit():
    by_text = {u.text: u for u in units()}
    h1 = next(u for u in units() if u.kind == "section")
    assert h1.text.startswith("Tiny Workshop 2026: A workshop on small things.") and h1.key == "Tiny Workshop 2026"
    assert "Spotlight Presentations" not in by_text  # names a section the page leaves empty
    assert "Tentative Schedule (TBA)" in by_text  # states something: kept


def test_a_long_list_is_told_by_its_labels_else_cut_with_how_many_are_left():
    names = [f"Speaker Number{i} — University of Somewhere Far Away (https://example.org/{i})" for i in range(12)]
    text = list_text("Speakers:", names)
    assert text.startswith("Speakers: Speaker Number0; Speaker Number1;") and "https" not in text and len(text) <= 450
    times = [f"{9 + i}:00am — A talk with a rather long title about a very specific topic number {i}" for i in range(12)]
    cut = list_text("Programme:", times)
    assert cut.endswith("more on the page.") and len(cut) <= 450 and cut.startswith("Programme: 9:00am — A talk")


def test_a_heading_stating_a_fact_over_another_section_is_a_passage_of_its_own():
    page = "---\ntitle: Schedule\n---\n\n## Schedule\n\n#### Location: Garnet 218-219, Singapore EXPO\n\n- 09:00 — Opening\n- 10:00 — Talk\n\n## Speakers\n\n- Grace Hopper — Navy Labs\n"
    found = answer_units(parse_page(page, "schedule.md").blocks)
    location = [u for u in found if u.text == "Location: Garnet 218-219, Singapore EXPO"]
    assert len(location) == 1 and location[0].kind == "passage"
    assert location[0].path[-1].text == "Location: Garnet 218-219, Singapore EXPO"
    assert not any(u.text in ("Schedule", "Speakers") for u in found)  # a name, not a fact


def test_a_programs_time_alone_is_read_with_the_session_it_opens():
    """A timeline puts '10:15 - 11:45' before the session's own heading; alone it says nothing."""
    from perfm_bot.sources.page_model import Block, Heading

    schedule = Heading(2, "Schedule", "schedule", 1)
    talk = Heading(4, "Invited Talk", "invited-talk", 2)
    posters = Heading(4, "Poster Session I", "poster-session-i", 5)
    blocks = [
        Block("paragraph", "Jane Doe (MIT)", (schedule, talk), 3),
        Block("paragraph", "10:15 - 11:45", (schedule, talk), 4),
        Block("paragraph", "Contributed works", (schedule, posters), 6),
        Block("paragraph", "17:00", (schedule, posters), 7),
    ]
    texts = [u.text for u in answer_units(blocks)]
    assert "10:15 - 11:45 — Poster Session I" in texts
    assert "10:15 - 11:45" not in texts and "17:00" not in texts  # a time with nothing after it is no answer


def test_a_sentence_pointing_below_introduces_its_list_like_a_colon():
    page = parse_page("# People\n\nThe workshop organizers are listed below. See the people page.\n\n- Vinitra Swamy, EPFL\n- Luc Paquette, UIUC\n", "index.md")
    texts = [u.text for u in answer_units(page.blocks)]
    assert any(t.startswith("The workshop organizers are listed below.") and "Vinitra Swamy" in t for t in texts), texts


def test_names_with_their_affiliation_after_a_comma_under_a_people_heading_are_a_roster():
    """PMBS lists "* Simon Hammond, _National Nuclear Security Administration, USA_" under
    "Workshop Chairs": a roster (whose names a question may ask about), while a list of
    statements with commas under another heading stays items."""
    page = ("---\ntitle: PC\n---\n\n## Workshop Chairs\n\n* Sascha Hunold, _TU Wien, Austria_\n"
            "* Steven A. Wright, _University of York, UK_\n* Simon Hammond, _NNSA, USA_\n\n"
            "## Submission\n\n* Papers, 8 pages\n* Short Papers, 4 pages\n")
    found = answer_units(parse_page(page, "pc.md").blocks)
    chairs = [u for u in found if u.kind == "list" and u.key == "Workshop Chairs"]
    assert [u.text for u in chairs] == [
        "Workshop Chairs: Sascha Hunold, TU Wien, Austria; Steven A. Wright, University of York, UK; Simon Hammond, NNSA, USA."
    ]
    assert not [u for u in found if u.kind == "list" and u.key == "Submission"]


def test_a_caption_that_only_repeats_its_sections_name_is_no_answer():
    page = "---\ntitle: Home\n---\n\n## Panelists\n\n- Kate Keahey (Chameleon Cloud)\n- Hatem Ltaief (KAUST)\n\n![Panelists](/panel.jpg)\n"
    texts = [u.text for u in answer_units(parse_page(page, "index.md").blocks)]
    assert "Panelists" not in texts
    assert "Panelists: Kate Keahey (Chameleon Cloud); Hatem Ltaief (KAUST)." in texts


def test_a_people_table_read_by_row_is_a_roster_of_its_names_and_homes():
    """CSI's organizing committee is a table (Name | Research | Affiliation): its rows read
    "Name: Li Xue; Research: …; Affiliation: Radboudumc", no roster was made of them, and "who is
    organizing this?" was answered by the administrative support line under the table."""
    page = ("---\ntitle: CSI\n---\n\n## Organizing committee\n\n| Name | Research | Affiliation |\n|---|---|---|\n"
            "| Li Xue | Structural Bioinformatics | Radboudumc |\n| Erik Bekkers | Geometric Deep Learning | University of Amsterdam |\n\n"
            "Administrative Support: Janneke Hermens, Radboudumc\n\n## Schedule\n\n| Day | Time |\n|---|---|\n| Day 1 | 14:30 |\n| Day 2 | 9:30 |\n")
    found = answer_units(parse_page(page, "index.md").blocks)
    rosters = [u.text for u in found if u.kind == "list"]
    assert rosters == ["Organizing committee: Li Xue — Radboudumc; Erik Bekkers — University of Amsterdam."]


def test_a_banners_short_lines_after_the_title_stay_with_it():
    """SECURE-AI4H's banner: its name (the page's <h1>), a subtitle, "January 20 – 27, 2026",
    then "Singapore" on a line of its own. The title's passage kept two lines, and "where is it
    happening?" found the dates without the place."""
    page = parse_html_page(
        "<html><body><header><h1>AAAI Workshop – SECURE-AI4H</h1><p>Safe, Ethical, Certified, and Explainable AI</p>"
        "<p>January 20 – 27, 2026</p><p>Singapore</p></header><main><h2>About</h2><p>A workshop.</p>"
        "<p>It runs for a week.</p><p>Many talks.</p></main></body></html>", "index.html"
    )
    texts = [u.text for u in answer_units(page.blocks)]
    assert "AAAI Workshop – SECURE-AI4H: Safe, Ethical, Certified, and Explainable AI. January 20 – 27, 2026. Singapore." in texts, texts
    assert not [t for t in texts if "Singapore. About" in t]  # a subsection's line is not the banner's


def test_a_programme_row_is_told_with_the_speaker_and_title_rows_under_it():
    """PECS 2026's programme: "9:30am 10:30am — Invited talk", then rows "Speaker: Prof. Ivona
    Brandic …" and "Title: …". Each row was a passage of its own, and "who's giving the invited
    talk?" found the row saying when but not who."""
    page = parse_html_page(
        "<html><body><h2>August 24, 2026</h2><table>"
        "<tr><td>9:15am 9:30am</td><td>Welcome</td></tr>"
        "<tr><td>9:30am 10:30am</td><td>Invited talk</td></tr>"
        "<tr><td>Speaker: Prof. Ivona Brandic, TU Wien.</td></tr>"
        "<tr><td>Title: Energy-Aware Edge-Cloud Inference</td></tr>"
        "<tr><td>10:30am 11:00am</td><td>Coffee Break</td></tr>"
        "<tr><td>Afternoon</td></tr></table></body></html>", "program.html"
    )
    texts = [u.text for u in answer_units(page.blocks)]
    assert "9:30am 10:30am — Invited talk — Speaker: Prof. Ivona Brandic, TU Wien.; Title: Energy-Aware Edge-Cloud Inference" in texts, texts
    assert "Speaker: Prof. Ivona Brandic, TU Wien." in texts  # still a passage of its own
    assert "10:30am 11:00am — Coffee Break" in texts and "9:15am 9:30am — Welcome" in texts  # a row without details is as it was
