"""/dates and /news through real discord.py objects."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from bot_helpers import assert_no_pings, assert_within_limits
from icalendar import Calendar


def set_date(knowledge_dir, key: str, day: str) -> None:
    path = knowledge_dir / "dates.yaml"
    text = path.read_text()
    text, n = re.subn(rf"(- key: {key}\n(?:    .*\n)*?    date: )TBA", rf"\g<1>{day}", text)
    assert n == 1
    path.write_text(text)


async def test_dates_while_everything_is_tba(harness):
    result = await harness.slash("dates")
    assert result.callback.json["type"] == 4 and not result.callback.files
    [embed] = result.callback.embeds
    lines = embed["description"].split("\n")
    assert lines[0] == "**Abstract submission deadline**: TBA (not announced yet)"
    assert len(lines) == 5 and all("TBA" in line for line in lines)
    assert "no calendar file" in embed["footer"]["text"]


async def test_dates_show_discord_timestamps_and_attach_a_calendar(make_harness, knowledge_dir):
    set_date(knowledge_dir, "paper", "2026-12-15")
    set_date(knowledge_dir, "workshop", "2027-01-26")
    harness = await make_harness()
    result = await harness.slash("dates")
    [embed] = result.callback.embeds
    lines = embed["description"].split("\n")
    close = int(datetime(2026, 12, 16, 11, 59, tzinfo=timezone.utc).timestamp())  # 23:59 AoE
    assert lines[1] == (
        f"**Paper submission deadline**: <t:{close}:F> (<t:{close}:R>) · officially Dec 15, 23:59 AoE (UTC-12)"
    )
    assert lines[0].endswith("TBA (not announced yet)")
    workshop_start = int(datetime(2027, 1, 26, 12, 0, tzinfo=timezone.utc).timestamp())
    assert lines[4] == f"**Workshop date**: Tuesday, January 26, 2027 (<t:{workshop_start}:R>)"
    [ics] = result.callback.files
    assert ics.filename == "perfm-dates.ics"
    uids = [str(e["uid"]) for e in Calendar.from_ical(ics.data).walk("VEVENT")]
    assert uids == ["paper@perfm-bot", "workshop@perfm-bot"]
    assert_no_pings(result.calls)
    assert_within_limits(result.calls)


async def test_news_lists_the_latest_first(harness):
    result = await harness.slash("news")
    [embed] = result.callback.embeds
    assert embed["description"].split("\n") == ["• Call for Contributions released.", "• Website launched."]
    assert_no_pings(result.calls)


async def test_news_scheduled_for_later_appears_only_from_its_time(make_harness, knowledge_dir, clock):
    news = knowledge_dir / "news.yaml"
    news.write_text(news.read_text() + "\n- id: keynote\n  text: Our keynote speaker is announced.\n  at: 2026-12-01 09:00 UTC\n")
    harness = await make_harness()
    before = await harness.slash("news")
    assert "keynote" not in before.callback.embeds[0]["description"]
    clock.now = clock.now.replace(month=12, day=1, hour=9)
    after = await harness.slash("news", user="organizer")
    assert after.callback.embeds[0]["description"].split("\n")[0] == "**December 1, 2026**: Our keynote speaker is announced."
