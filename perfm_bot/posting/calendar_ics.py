"""The workshop's set dates as an iCalendar (.ics) file, for attendees' own calendars.

Only announced dates are in it (a TBA has no place on a calendar). Each event's UID comes from
the date's key, so importing a newer file updates an event (a moved deadline) instead of adding
a second one. Deadlines are instants, written in UTC, which every calendar shows in the reader's
own time zone; a whole-day event (the workshop day without a time) stays a whole day.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone

from icalendar import Calendar, Event

from perfm_bot.core.isolation import ItemFailure, describe_date, each
from perfm_bot.sources.records import ImportantDate
from perfm_bot.core.timezones import timezone_label

PRODID = "-//perfm-bot//workshop dates//EN"
UID_DOMAIN = "perfm-bot"


def dates_calendar(
    dates: Sequence[ImportantDate],
    now: datetime,
    *,
    workshop: str | None = None,
    links: Mapping[str, str] | None = None,
    failures: list[ItemFailure] | None = None,
) -> bytes | None:
    """The .ics bytes for the announced dates; None when none is announced yet.

    ``workshop`` names the calendar ("<workshop> dates") and prefixes each event's title, so the
    dates read right among the attendee's other events (sources.workshop_name chooses it).
    ``links`` maps a date key to the absolute URL where it is published (shown in the event). A
    date that cannot be written is left out and added to ``failures``; the others are in the file.
    """
    announced = [d for d in dates if d.announced]
    if not announced:
        return None
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{workshop} dates" if workshop else "Workshop dates")
    stamp = now.astimezone(timezone.utc)
    events = list(
        each(announced, lambda d: _event(d, stamp, (links or {}).get(d.key), workshop), describe_date, "the .ics calendar", failures)
    )
    if not events:
        return None
    for event in events:
        calendar.add_component(event)
    return calendar.to_ical()


def _event(item: ImportantDate, stamp: datetime, link: str | None, workshop: str | None) -> Event:
    event = Event()
    event.add("uid", f"{item.key}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("summary", f"{workshop}: {item.label}" if workshop else item.label)
    if item.kind == "event" and item.at is None:
        assert item.day is not None
        event.add("dtstart", item.day)  # a whole day, as the organizers wrote it
        event.add("dtend", item.day + timedelta(days=1))
        description = f"{item.label}: {item.day:%A, %B %-d, %Y} ({timezone_label(item.timezone)})."
    else:
        instant = item.instant()
        assert instant is not None
        event.add("dtstart", instant.astimezone(timezone.utc))  # an instant: no DTEND (RFC 5545 3.6.1)
        local = f"{instant:%A, %B %-d, %Y, %H:%M} {timezone_label(item.timezone)}"
        what = "Deadline" if item.kind == "deadline" else "Starts"
        description = f"{what}: {local}."
        if item.kind == "deadline":
            event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
    if link:
        event.add("url", link)
        description += f"\n{link}"
    event.add("description", description)
    return event
