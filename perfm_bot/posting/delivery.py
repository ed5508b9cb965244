"""What to do with posts whose time has come, or gone while the bot was down: the catch-up rules."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from perfm_bot.core.timezones import iso_utc

if TYPE_CHECKING:
    from perfm_bot.posting.planner import DuePost


@dataclass(frozen=True)
class DeliveryRules:
    """What to do with posts whose time has come (or gone): the downtime rules.

    ``late_after``: a post sent more than this after its time says it is late; it is also the
    slack within which a post planned "just now" for "just now" still goes out. ``news_grace``:
    scheduled news is posted late within this window, and skipped (logged) after it; old news
    is noise, while a news item an organizer scheduled an hour ago should still go out.
    """

    late_after: timedelta = timedelta(minutes=5)
    news_grace: timedelta = timedelta(hours=12)

    def is_late(self, due: datetime, now: datetime) -> bool:
        return now - due > self.late_after

    def on_arrival(self, post: DuePost, now: datetime) -> str | None:
        """Why a post planned (or re-planned) with its time already past is skipped; None: keep it."""
        overdue = now - post.due
        if post.kind == "moved":
            return None
        if post.kind == "news":
            if overdue > self.news_grace:
                return f"its time had passed more than {_span(self.news_grace)} before the bot saw it"
            return None
        if overdue > self.late_after:
            return "its time had already passed when it was planned (not missed: never due while the bot watched)"
        return None

    def triage(self, due: Sequence[DuePost], now: datetime) -> dict[str, str]:
        """Of the posts due now, which to skip (id -> reason); the rest go out, late if overdue."""
        skip: dict[str, str] = {}
        latest: dict[str, DuePost] = {}
        for post in due:
            if post.kind in ("reminder", "moved") and post.deadline is not None and post.deadline <= now:
                skip[post.id] = f"the date ({iso_utc(post.deadline)}) passed before it could be posted"
            elif post.kind == "news" and now - post.due > self.news_grace:
                skip[post.id] = f"its time passed more than {_span(self.news_grace)} ago"
            elif post.kind == "reminder":
                best = latest.get(post.ref)
                if best is None or (post.due, post.id) > (best.due, best.id):
                    if best is not None:
                        skip[best.id] = "a later reminder for the same date supersedes it"
                    latest[post.ref] = post
                else:
                    skip[post.id] = "a later reminder for the same date supersedes it"
        return skip


def _span(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours:g} hours" if hours < 48 else f"{hours / 24:g} days"
