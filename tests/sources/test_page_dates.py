"""Dates stated in pages become proposed dates.yaml entries; struck values never do."""

from __future__ import annotations

from datetime import date, time

from perfm_bot.sources.page_dates import as_date_record, disagreements, find_page_dates, new_proposals
from perfm_bot.sources.page_reader import read_page
from perfm_bot.sources.records import ImportantDate, Page


def page(text: str, slug: str = "cfp", kind: str = "markdown", title: str = "Call") -> Page:
    return Page(slug, f"knowledge/pages/{slug}.md", title, f"/{slug}/", read_page(text, f"{slug}.md", kind))


CFP = """---
title: Call
date: 2026-07-10
---

## Important dates

- Paper submission deadline: March 3, 2026 (AoE)
- Camera-ready due: 23:59 UTC, April 2nd
- Submission Deadline — ~~June 23~~ June 26, 2026, 11:59pm AoE
- Author notification: April 7, 2026

We will announce the program before the 5th of May, 2026.
"""


def test_labelled_dates_with_time_zone_and_source_are_proposed():
    found = {p.key: p for p in find_page_dates([page(CFP)]).dates}
    paper = found["paper-submission-deadline"]
    assert (paper.label, paper.day, paper.at, paper.timezone, paper.kind) == ("Paper submission deadline", date(2026, 3, 3), None, "AoE", "deadline")
    assert paper.source == "cfp#important-dates" and paper.where.endswith("cfp.md:8")
    assert found["author-notification"].kind == "event"
    assert found["call-date"].day == date(2026, 7, 10) and found["call-date"].kind == "event"  # front matter date:


def test_a_struck_date_is_superseded_by_the_new_one():
    moved = find_page_dates([page(CFP)]).dates
    deadline = next(p for p in moved if p.key == "submission-deadline")
    assert deadline.day == date(2026, 6, 26) and deadline.at == time(23, 59) and deadline.changed
    html = page("<ul><li>Abstract deadline: <del>Oct 1, 2026</del> Oct 8, 2026</li></ul>", "home", "html")
    (abstract,) = find_page_dates([html]).dates
    assert abstract.day == date(2026, 10, 8) and abstract.changed


def test_prose_is_not_read_as_a_date_and_a_missing_year_comes_from_the_page():
    found = {p.key for p in find_page_dates([page(CFP)]).dates}
    assert not any("program" in key for key in found)
    year = page("- Abstract deadline: May 1\n- Paper deadline: May 8, 2026\n", "y")
    assert {p.key: p.day for p in find_page_dates([year]).dates}["abstract-deadline"] == date(2026, 5, 1)


def test_the_same_label_on_two_pages_is_two_dates_and_twice_on_one_page_a_conflict():
    a = page("- Submission deadline: Aug 29, 2026\n", "papers", title="Papers")
    b = page("- Submission deadline: Sep 12, 2026\n- Submission deadline: Sep 13, 2026\n", "demos", title="Demos")
    proposals = find_page_dates([a, b])
    assert {p.key: p.day for p in proposals.dates} == {"submission-deadline": date(2026, 8, 29), "demos-submission-deadline": date(2026, 9, 12)}
    assert [(x.day, y.day) for x, y in proposals.conflicts] == [(date(2026, 9, 12), date(2026, 9, 13))]


def test_dates_yaml_already_holding_a_date_is_not_proposed_and_a_disagreement_is_warned():
    proposals = find_page_dates([page(CFP)])
    held = [ImportantDate("paper-submission-deadline", "Paper submission deadline", date(2026, 3, 5), line=4)]
    assert "paper-submission-deadline" not in {p.key for p in new_proposals(proposals, held)}
    (warning,) = disagreements(proposals, held)
    assert "2026-03-03" in warning and "2026-03-05" in warning and "cfp.md:8" in warning
    record = as_date_record(next(p for p in proposals.dates if p.key == "author-notification"), "AoE")
    assert (record.kind, record.source, record.timezone) == ("event", "cfp#important-dates", "AoE")
