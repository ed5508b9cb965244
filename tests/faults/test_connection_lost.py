"""Connection lost and regained: ``perfm-bot run`` survives Discord (the double) going away and
coming back, and no scheduled post is lost or repeated.

Two scheduled news items are due when the bot starts. The moment Discord has accepted the first,
the double goes away: the gateway connection is cut without a close frame, and every connection
the bot makes (REST and gateway) is dropped until it comes back. The second post's send fails
with a network error and is kept for a retry. Once that failure is recorded in the outbox and
the bot has tried to reconnect at least once, Discord comes back: discord.py resumes its
session, the bot answers a question again, and the second post goes out on its retry. The
channel then holds each post exactly once.

The bot runs on a rehearsal clock (``--simulate-from ... --speed 10``) so that the scheduler's
30-second retry backoff takes 3 real seconds; discord.py's reconnecting runs on real time.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import pytest
from discord_double.fake_discord import FakeDiscord

from perfm_bot.answering.engine import Engine
from perfm_bot.core.settings import Settings
from perfm_bot.posting.outbox import Outbox
from perfm_bot.posting.planner import post_id

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_e2e_discord import TIMEOUT, TOKEN, answer_of, bot_process, started, stopped_cleanly  # noqa: E402

FIRST, SECOND = "Registration is open.", "The poster template is online."
FIRST_ID, SECOND_ID = post_id("n", "first-post"), post_id("n", "second-post")
NEWS = f"""
- id: first-post
  text: {FIRST}
  at: 2026-12-16T08:58Z
- id: second-post
  text: {SECOND}
  at: 2026-12-16T08:59Z
"""


@pytest.fixture
def news_folders(tmp_path: Path, knowledge_dir: Path, real_embedder) -> Settings:
    news = knowledge_dir / "news.yaml"
    news.write_text(news.read_text() + NEWS)
    settings = Settings(knowledge_dir, tmp_path / "state")
    Engine(settings, real_embedder)
    return settings


async def eventually(condition, what: str, timeout: float = TIMEOUT) -> None:
    """Wait until ``condition()`` holds, checking every 0.1 s; fail naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"{what}: not within {timeout} s"
        await asyncio.sleep(0.1)


def outbox_row(settings: Settings, post_id: str):
    with Outbox(settings.outbox) as outbox:
        return outbox.get(post_id)


async def test_the_bot_survives_discord_going_away_and_coming_back(news_folders: Settings, tmp_path: Path):
    async with FakeDiscord(token=TOKEN) as api:
        channel = api.guild.channel_id("announcements")

        def cut_after_first(message: dict) -> None:
            if message.get("nonce") == FIRST_ID:
                api.go_away()  # Discord accepted the first post; the next request meets no one

        api.after_create = cut_after_first
        bot = bot_process(api, news_folders, tmp_path / "bot.log", "--simulate-from", "2026-12-16T09:00Z", "--speed", "10")
        try:
            await started(api, bot)
            await eventually(lambda: api.away, "the first post reached Discord")
            api.after_create = None

            def second_failed() -> bool:
                row = outbox_row(news_folders, SECOND_ID)
                return row is not None and row.status == "pending" and row.attempts >= 1 and "network" in (row.reason or "")

            await eventually(second_failed, "the second post's send failed and was kept for a retry")
            await eventually(lambda: api.dropped_while_away["gateway"] >= 1, "the bot tried to reconnect while Discord was away")
            assert api.connection_count == 0 and bot.proc is not None and bot.proc.returncode is None

            resumes = api.resume_count
            await api.come_back()
            await api.wait_until(lambda: api.resume_count > resumes, timeout=TIMEOUT)  # discord.py resumed its session
            answer = await answer_of(api, await api.dispatch_slash("ask", {"question": "What is the page limit?"}))
            assert "9 pages" in answer["embeds"][0]["description"]
            await eventually(lambda: outbox_row(news_folders, SECOND_ID).status == "sent", "the second post went out on its retry")
            await stopped_cleanly(bot)
        finally:
            await bot.stop()

        posted = [m for m in api.messages.values() if int(m["channel_id"]) == channel]
        assert sorted(m["content"].split("\n")[0] for m in posted) == sorted(f"📣 {text}" for text in (FIRST, SECOND))
        assert sorted(m["nonce"] for m in posted) == sorted([FIRST_ID, SECOND_ID])  # each exactly once
        assert api.unhandled == []
    assert outbox_row(news_folders, FIRST_ID).status == "sent"
