"""The words of the bot's own posts: reminders, "moved" notices, news, the late note.

Kept apart from the planner so the texts can change (or be translated) without touching when
posts go out. Times are Discord timestamps, which every reader sees in their own time zone.
``discord_time`` writes the same markup as ``discord.utils.format_dt`` (a test holds them equal):
posts are composed here, outside ``bot/``, where nothing imports discord.
"""

from __future__ import annotations

from datetime import datetime

from perfm_bot.core.timezones import resolve_timezone, timezone_label
from perfm_bot.sources.records import ImportantDate, NewsItem


def discord_time(instant: datetime, style: str = "F") -> str:
    """A Discord timestamp: every reader sees it in their own time zone (F full, R relative)."""
    return f"<t:{int(instant.timestamp())}:{style}>"


def reminder_text(item: ImportantDate, target: datetime) -> str:
    """No "in 7 days" in words: the <t:R> stays right even when the post goes out late."""
    icon = "⏰" if item.kind == "deadline" else "📅"
    return f"{icon} Reminder: the **{item.label}** is {discord_time(target, 'R')}: {_when(item, target)}."


def moved_text(item: ImportantDate, old: datetime, new: datetime) -> str:
    if item.kind == "deadline":
        change = "has been extended" if new > old else "has moved earlier"
    else:
        change = "has moved"
    return (
        f"📢 The **{item.label}** {change}: it is now {discord_time(new, 'R')}, {_when(item, new)}. "
        f"It was {discord_time(old, 'F')}."
    )


def news_text(item: NewsItem) -> str:
    return f"📣 {item.text}"


def late_text(content: str, due: datetime) -> str:
    """The text of a post that goes out late, saying so (readers should not think it is fresh)."""
    return f"{content}\n-# Posted late: this was due {discord_time(due, 'f')}, when the bot could not post it."


def _when(item: ImportantDate, target: datetime) -> str:
    """``<t:..:F> (Tuesday, December 15, 2026, 23:59 AoE (UTC-12))``; a date-only event has no time."""
    local = target.astimezone(resolve_timezone(item.timezone))
    zone = timezone_label(item.timezone)
    if item.kind == "event" and item.at is None:
        return f"{local.strftime('%A, %B %-d, %Y')} ({zone})"
    return f"{discord_time(target, 'F')} ({local.strftime('%A, %B %-d, %Y, %H:%M')} {zone})"
