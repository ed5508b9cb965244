"""The posts' Discord timestamps are discord.py's own markup: posting composes them without
importing discord, so this pins the two together."""

from datetime import datetime, timedelta, timezone

import discord

from perfm_bot.posting.post_texts import discord_time


def test_discord_time_writes_what_format_dt_writes():
    instants = [
        datetime(2026, 12, 15, 11, 59, tzinfo=timezone.utc),
        datetime(2027, 3, 14, 2, 30, tzinfo=timezone(timedelta(hours=-12))),
    ]
    for instant in instants:
        for style in ("t", "T", "d", "D", "f", "F", "R"):
            assert discord_time(instant, style) == discord.utils.format_dt(instant, style)  # type: ignore[arg-type]
    assert discord_time(instants[0]) == "<t:1797335940:F>"
