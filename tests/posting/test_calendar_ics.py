"""The .ics file of the set dates, read back with icalendar."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from icalendar import Calendar

from perfm_bot.posting.calendar_ics import dates_calendar
from perfm_bot.sources.records import ImportantDate

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)


def events(data: bytes) -> dict[str, object]:
    return {str(e["uid"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_only_set_dates_are_in_the_calendar_and_aoe_deadlines_are_utc_instants():
    dates = [
        ImportantDate("abstract", "Abstract submission deadline", None),
        ImportantDate("paper", "Paper submission deadline", date(2026, 12, 15)),
    ]
    data = dates_calendar(dates, NOW, workshop="PerFM", links={"paper": "https://example.org/perfm/#dates"})
    assert data is not None and data.startswith(b"BEGIN:VCALENDAR")
    found = events(data)
    assert list(found) == ["paper@perfm-bot"]
    paper = found["paper@perfm-bot"]
    assert paper.decoded("dtstart") == datetime(2026, 12, 16, 11, 59, tzinfo=timezone.utc)  # 23:59 AoE
    assert "DTEND" not in paper
    assert str(paper["summary"]) == "PerFM: Paper submission deadline"
    assert "23:59 AoE (UTC-12)" in str(paper["description"])
    assert str(paper["url"]) == "https://example.org/perfm/#dates"
    assert b"DTSTART:20261216T115900Z" in data


def test_a_workshop_day_without_time_is_a_whole_day_and_a_timed_event_keeps_its_zone():
    dates = [
        ImportantDate("workshop", "Workshop date", date(2027, 1, 26), kind="event"),
        ImportantDate("social", "Social", date(2027, 7, 1), time(18, 30), "Europe/Berlin", kind="event"),
    ]
    found = events(dates_calendar(dates, NOW) or b"")
    workshop = found["workshop@perfm-bot"]
    assert workshop.decoded("dtstart") == date(2027, 1, 26)
    assert workshop.decoded("dtend") == date(2027, 1, 27)
    assert found["social@perfm-bot"].decoded("dtstart") == datetime(2027, 7, 1, 16, 30, tzinfo=timezone.utc)  # CEST


def test_no_calendar_while_everything_is_tba():
    assert dates_calendar([ImportantDate("paper", "Paper submission deadline", None)], NOW) is None


def test_the_uid_is_stable_so_a_moved_deadline_updates_the_event():
    before = events(dates_calendar([ImportantDate("paper", "Paper", date(2026, 12, 15))], NOW) or b"")
    after = events(dates_calendar([ImportantDate("paper", "Paper", date(2026, 12, 20))], NOW) or b"")
    assert list(before) == list(after) == ["paper@perfm-bot"]


def test_the_calendar_and_its_events_carry_the_workshops_own_name_or_none():
    dates = [ImportantDate("paper", "Paper deadline", date(2026, 12, 15))]
    named = Calendar.from_ical(dates_calendar(dates, NOW, workshop="TokShop @ COLM 2026") or b"")
    assert str(named["x-wr-calname"]) == "TokShop @ COLM 2026 dates"
    assert str(events(dates_calendar(dates, NOW, workshop="TokShop @ COLM 2026") or b"")["paper@perfm-bot"]["summary"]) == "TokShop @ COLM 2026: Paper deadline"
    plain = dates_calendar(dates, NOW) or b""
    assert str(Calendar.from_ical(plain)["x-wr-calname"]) == "Workshop dates"
    assert str(events(plain)["paper@perfm-bot"]["summary"]) == "Paper deadline"
    assert b"PerFM" not in plain
