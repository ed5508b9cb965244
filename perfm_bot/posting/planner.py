"""Where reminders are decided: which posts the bot makes and when.

Pure functions of the knowledge (and, for the catch-up rules, of "now"): no database, no Discord,
no clock of their own. The outbox (``perfm_bot.posting.outbox``) remembers what was sent; the scheduler
(``perfm_bot.posting.scheduler``) puts the two together.

The rules, in one place:

* A deadline gets a reminder ladder: dates.yaml's top-level ``reminders`` (default 14d, 7d, 1d,
  3h); a date's own ``reminders`` overrides it and ``reminders: []`` turns them off. An event (the
  workshop day, author notification) gets one reminder the day before unless it says otherwise:
  attendees want "tomorrow", not a countdown. TBA dates plan nothing.
* Day and week rungs count calendar days on the date's own wall clock (1d before 23:59 Berlin is
  23:59 Berlin the day before, also across a DST change, gaps and folds resolved as
  ``timezones.local_instant`` does); hour and minute rungs are elapsed time.
* A news item with ``at:`` is posted at that instant; items without ``at:`` are never posted.
* A date that moves gets one "moved" notice (deadlines later: "extended"); rungs not yet sent
  follow the new instant; a rung once sent keeps its id, so it is never sent again.
* Catch-up (``posting.delivery.DeliveryRules``): a post the bot knew about but missed while down goes out late,
  with a note; of several missed rungs of one ladder only the latest goes; nothing about a date
  that has passed goes out; news more than ``news_grace`` overdue is skipped. A post first planned
  when its time has already passed (a fresh database mid-season, a date set or moved so that a
  rung is behind us) is skipped, not posted late: it was never missed, only never due.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Protocol

from perfm_bot.core.isolation import ItemFailure, describe_date, describe_news, each
from perfm_bot.core.timezones import iso_utc, local_instant, zone_name
from perfm_bot.posting.post_texts import moved_text, news_text, reminder_text
from perfm_bot.sources.records import ImportantDate, Knowledge, NewsItem, Rung

DEFAULT_DEADLINE_LADDER: tuple[Rung, ...] = (Rung.of(14, "d"), Rung.of(7, "d"), Rung.of(1, "d"), Rung.of(3, "h"))
DEFAULT_EVENT_LADDER: tuple[Rung, ...] = (Rung.of(1, "d"),)

KINDS = ("reminder", "news", "moved")
MAX_NONCE = 25  # Discord refuses longer message nonces


@dataclass(frozen=True)
class PlannedPost:
    """One post the bot should make. ``id`` is stable across runs and doubles as the Discord nonce."""

    id: str
    kind: str  # reminder | news | moved
    due: datetime  # aware, UTC
    ref: str  # the date key (reminder, moved) or the news id
    content: str  # Discord markdown, with <t:UNIX:F> / <t:UNIX:R> timestamps
    deadline: datetime | None = None  # UTC instant of the date it is about (an event's start too)
    rung: str | None = None  # "14d" for reminders
    timezone: str = "UTC"  # the zone the date (or news time) was written in, for display


class DuePost(Protocol):
    """What the catch-up rules look at: a planned post or a stored one."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def ref(self) -> str: ...
    @property
    def due(self) -> datetime: ...
    @property
    def deadline(self) -> datetime | None: ...


def plan(knowledge: Knowledge, failures: list[ItemFailure] | None = None) -> list[PlannedPost]:
    """Every reminder and scheduled news post the knowledge implies, in time order.

    A date or news item that cannot be planned is left out and added to ``failures``; the others
    are planned as usual."""
    posts: list[PlannedPost] = []
    job = "planning its reminders"
    for reminders in each(knowledge.dates, lambda d: plan_reminders(d, ladder_for(d, knowledge)), describe_date, job, failures):
        posts.extend(reminders)
    scheduled = [n for n in knowledge.news if n.at is not None]
    posts.extend(each(scheduled, plan_news, describe_news, "planning its post", failures))
    return sorted(posts, key=lambda p: (p.due, p.id))


def ladder_for(item: ImportantDate, knowledge: Knowledge) -> tuple[Rung, ...]:
    if item.reminders is not None:
        return item.reminders
    if item.kind == "event":
        return DEFAULT_EVENT_LADDER
    return knowledge.reminders if knowledge.reminders is not None else DEFAULT_DEADLINE_LADDER


def plan_reminders(item: ImportantDate, ladder: Iterable[Rung]) -> list[PlannedPost]:
    instant = item.instant()
    if instant is None:
        return []  # TBA: nothing to remind of
    target = instant.astimezone(timezone.utc)
    return [
        PlannedPost(
            id=post_id("r", item.key, rung.label),
            kind="reminder",
            due=rung_instant(item, rung),
            ref=item.key,
            content=reminder_text(item, target),
            deadline=target,
            rung=rung.label,
            timezone=item.timezone,
        )
        for rung in ladder
    ]


def rung_instant(item: ImportantDate, rung: Rung) -> datetime:
    """When ``rung`` before ``item`` falls, in UTC (calendar days on the date's clock, or elapsed time)."""
    instant = item.instant()
    if instant is None or item.day is None:
        raise ValueError(f"'{item.key}' is TBA: it has no reminders")
    days = rung.calendar_days
    if days is None:
        # In UTC: arithmetic on a zoned datetime would move the wall clock, not elapsed time.
        return instant.astimezone(timezone.utc) - rung.elapsed()
    wall = item.wall_time
    return local_instant(item.day - timedelta(days=days), wall, item.timezone).astimezone(timezone.utc)


def plan_news(item: NewsItem) -> PlannedPost:
    if item.at is None:
        raise ValueError(f"news '{item.id}' has no 'at' time: it is not posted")
    return PlannedPost(
        id=post_id("n", item.id),
        kind="news",
        due=item.at.astimezone(timezone.utc),
        ref=item.id,
        content=news_text(item),
        timezone=zone_name(item.at),
    )


def current_instants(knowledge: Knowledge) -> dict[str, datetime]:
    """The UTC instant of every announced date, by key: what the outbox compares to see a move.
    A date whose instant cannot be computed is left out (``plan`` reports it)."""
    pairs = each(knowledge.dates, lambda d: (d.key, instant_of(d)), describe_date, "computing its instant")
    return {key: instant for key, instant in pairs if instant is not None}


def plan_moves(
    knowledge: Knowledge, known: Mapping[str, datetime], now: datetime, failures: list[ItemFailure] | None = None
) -> list[PlannedPost]:
    """One notice per date whose instant differs from the last one the outbox saw.

    A date seen for the first time (or announced after TBA with no earlier instant) is not a
    move. A move to a time already past gets no notice: there is nothing left to act on. The id
    names the old and the new instant, so however many processes notice the same move, it is
    one post.
    """

    def notice(item: ImportantDate) -> PlannedPost | None:
        new = instant_of(item)
        old = known.get(item.key)
        if new is None or old is None or old == new or new <= now:
            return None
        return PlannedPost(
            id=post_id("m", item.key, iso_utc(old), iso_utc(new)),
            kind="moved",
            due=now,
            ref=item.key,
            content=moved_text(item, old, new),
            deadline=new,
            timezone=item.timezone,
        )

    found = each(knowledge.dates, notice, describe_date, "planning its 'moved' notice", failures)
    return [n for n in found if n is not None]


def instant_of(item: ImportantDate) -> datetime | None:
    instant = item.instant()
    return instant.astimezone(timezone.utc) if instant is not None else None


def post_id(prefix: str, *parts: str) -> str:
    """``r-`` + 16 hex digits: stable for the same parts, short enough for a Discord nonce."""
    digest = hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]
    return f"{prefix}-{digest}"
