"""What the knowledge is made of: pages, FAQ entries, important dates, news and the topics
known to be out of scope, as plain frozen records.

Everything downstream (the index, the answers, the reminder planner) reads these and nothing
else, so a new kind of source (an imported site, say) only has to produce them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from perfm_bot.core.timezones import END_OF_DAY, local_instant
from perfm_bot.sources.markdown_page import ParsedPage

DATE_KINDS = ("deadline", "event")


@dataclass(frozen=True, order=True)
class Rung:
    """One step of a reminder ladder: ``14d`` before a date, ``3h`` before it.

    Weeks and days count calendar days on the date's own wall clock (a reminder "1d" before a
    23:59 deadline in Berlin goes out at 23:59 Berlin time the day before, DST or not); hours and
    minutes count elapsed time. Ordered by length, so a ladder sorts from the earliest reminder.
    """

    seconds: int  # the nominal length, for ordering and duplicate checks
    count: int
    unit: str  # w | d | h | m

    @classmethod
    def of(cls, count: int, unit: str) -> Rung:
        size = {"w": 7 * 86400, "d": 86400, "h": 3600, "m": 60}[unit]
        return cls(count * size, count, unit)

    @property
    def label(self) -> str:
        return f"{self.count}{self.unit}"

    @property
    def calendar_days(self) -> int | None:
        """Whole calendar days for w/d rungs; None for rungs counted in elapsed time."""
        return self.count * 7 if self.unit == "w" else self.count if self.unit == "d" else None

    def elapsed(self) -> timedelta:
        return timedelta(seconds=self.seconds)

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True)
class Page:
    slug: str  # the file name without .md: how sources refer to the page
    path: str  # as shown in messages, e.g. knowledge/pages/perfm-aaai26.md
    title: str
    permalink: str  # the published path, e.g. /events/perfm-aaai26/
    parsed: ParsedPage = field(repr=False)


@dataclass(frozen=True)
class FaqEntry:
    id: str
    question: str
    answer: str
    also: tuple[str, ...] = ()
    source: str | None = None  # PAGE#ANCHOR or URL
    by: str | None = None
    line: int = 0


@dataclass(frozen=True)
class ImportantDate:
    key: str
    label: str
    day: date | None  # None: TBA
    at: time | None = None
    timezone: str = "AoE"
    kind: str = "deadline"
    source: str | None = None  # where this value is published (PAGE#ANCHOR or URL)
    by: str | None = None  # the organizer who last set it
    also: tuple[str, ...] = ()  # other ways people ask for it ("When are papers due?")
    line: int = 0
    reminders: tuple[Rung, ...] | None = None  # None: the default ladder for its kind; (): none

    @property
    def announced(self) -> bool:
        return self.day is not None

    @property
    def wall_time(self) -> time:
        """Its time of day: a deadline without a time closes at 23:59; an event starts at 00:00."""
        return self.at or (END_OF_DAY if self.kind == "deadline" else time(0, 0))

    def instant(self) -> datetime | None:
        """When it happens, as an aware instant (None while TBA)."""
        if self.day is None:
            return None
        return local_instant(self.day, self.wall_time, self.timezone)


@dataclass(frozen=True)
class NewsItem:
    id: str
    text: str
    day: date | None = None  # None: the date is not known
    source: str | None = None
    by: str | None = None
    line: int = 0
    at: datetime | None = None  # when the bot posts it to the announcement channel; None: never


@dataclass(frozen=True)
class OutOfScopeTopic:
    """Something attendees ask about that the published information does not answer (yet)."""

    topic: str
    examples: tuple[str, ...]
    line: int = 0


@dataclass(frozen=True)
class Knowledge:
    root: Path
    pages: tuple[Page, ...]
    faq: tuple[FaqEntry, ...]
    dates: tuple[ImportantDate, ...]
    news: tuple[NewsItem, ...]
    default_timezone: str = "AoE"
    out_of_scope: tuple[OutOfScopeTopic, ...] = ()
    reminders: tuple[Rung, ...] | None = None  # dates.yaml's top-level ladder for deadlines
    site_title: str = ""  # the title of the site the pages are (its _config.yml's), if it states one

    def page(self, slug: str) -> Page | None:
        return next((p for p in self.pages if p.slug == slug), None)

    def date(self, key: str) -> ImportantDate | None:
        return next((d for d in self.dates if d.key == key), None)
