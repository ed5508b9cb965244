"""Showing scheduled posts to organizers: the rehearsal timeline (terminal) and /schedule (Discord).

Pure formatting. A terminal cannot render Discord's ``<t:UNIX:STYLE>`` timestamps, so the CLI
rewrites them the way a reader would see them at the moment the post goes out (in UTC);
Discord gets them untouched, so every organizer reads their own local time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timezone, tzinfo

from perfm_bot.posting.outbox import Post
from perfm_bot.posting.planner import PlannedPost
from perfm_bot.posting.post_texts import discord_time
from perfm_bot.core.text import shorten
from perfm_bot.core.timezones import humanize_delta, resolve_timezone

DISCORD_LIMIT = 2000
_STAMP = re.compile(r"<t:(-?\d+):([tTdDfFR])>")
_STAMP_FORMATS = {
    "t": "%H:%M UTC",
    "T": "%H:%M:%S UTC",
    "d": "%Y-%m-%d",
    "D": "%B %-d, %Y",
    "f": "%B %-d, %Y %H:%M UTC",
    "F": "%A, %B %-d, %Y, %H:%M UTC",
}


def readable(content: str, at: datetime) -> str:
    """``content`` with Discord timestamps spelled out in UTC, relative ones as seen at ``at``."""

    def spell(match: re.Match[str]) -> str:
        instant = datetime.fromtimestamp(int(match.group(1)), timezone.utc)
        style = match.group(2)
        if style == "R":
            return humanize_delta(instant, at)
        return instant.strftime(_STAMP_FORMATS[style])

    return _STAMP.sub(spell, content)


def format_timeline(posts: Sequence[PlannedPost]) -> str:
    """One block per post: due time in UTC and in the date's own zone, kind, reference, text."""
    if not posts:
        return "No posts planned in this period (TBA dates plan nothing; news is posted only with 'at:')."
    blocks = []
    for post in posts:
        local = post.due.astimezone(_zone(post.timezone))
        what = f"{post.kind} {post.rung}" if post.rung else post.kind
        head = f"{post.due:%Y-%m-%d %H:%M} UTC  ({local:%Y-%m-%d %H:%M} {_zone_label(post.timezone, local)})  {what}  [{post.ref}]"
        text = readable(post.content, post.due).replace("\n", "\n    ")
        blocks.append(f"{head}\n    {text}")
    count = f"{len(posts)} post" + ("" if len(posts) == 1 else "s")
    return "\n".join(blocks) + f"\n\n{count}."


def format_upcoming(posts: Sequence[Post], *, limit: int = DISCORD_LIMIT) -> str:
    """/schedule's reply: the next posts with Discord timestamps, within one message."""
    if not posts:
        return "No posts are scheduled."
    lines = ["**Next scheduled posts** (times in your time zone):"]
    for index, post in enumerate(posts):
        what = f"{post.kind} {post.rung}" if post.rung else post.kind
        line = f"• {discord_time(post.due, 'f')} ({discord_time(post.due, 'R')}) · {what} · `{post.ref}`: {_snippet(post.content)}"
        rest = len(posts) - index
        if sum(len(x) + 1 for x in lines) + len(line) + 40 > limit:
            lines.append(f"… and {rest} more.")
            break
        lines.append(line)
    return "\n".join(lines)


def _snippet(content: str, size: int = 120) -> str:
    first = content.splitlines()[0]
    plain = _STAMP.sub("…", first) if len(first) > size else first
    return shorten(plain, size)


def _zone(name: str) -> tzinfo:
    return resolve_timezone(name)


def _zone_label(name: str, local: datetime) -> str:
    """``AoE``, ``UTC``, or the abbreviation in force (``CET``/``CEST``) with the IANA name."""
    abbreviation = local.strftime("%Z")
    return abbreviation if name in ("AoE", "UTC") else f"{abbreviation} {name}"
