"""Exactly once through a crash, for real: ``perfm-bot run`` is SIGKILLed after Discord (the double)
has accepted a reminder and before the bot hears back, so its outbox still says "sending". A
second process on the same state reclaims the stale send and sends again with the same nonce;
the double, like Discord with ``enforce_nonce``, answers with the message it already has. The
channel holds the reminder exactly once, and the resend did happen (two requests, one message)."""

from __future__ import annotations

import os
import signal
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from discord_double.fake_discord import FakeDiscord

from perfm_bot.answering.engine import Engine
from perfm_bot.core.settings import Settings
from perfm_bot.editing.store import KnowledgeStore
from perfm_bot.posting.outbox import Outbox
from perfm_bot.posting.planner import post_id

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_e2e_discord import TIMEOUT, TOKEN, bot_process, started, with_nonce  # noqa: E402

PAPER_3H = post_id("r", "paper", "3h")  # paper 2026-12-15 AoE = 11:59 UTC on the 16th: due 08:59


@pytest.fixture
def paper_folders(tmp_path: Path, knowledge_dir: Path, real_embedder) -> Settings:
    store = KnowledgeStore(knowledge_dir, tmp_path / "store", lambda: datetime(2026, 11, 24, tzinfo=timezone.utc))
    store.set_deadline("paper", date(2026, 12, 15), by="test")
    settings = Settings(knowledge_dir, tmp_path / "state")
    Engine(settings, real_embedder)
    return settings


async def test_a_sigkill_between_discord_accepting_and_the_outbox_recording_posts_once(paper_folders, tmp_path):
    announcements = None
    async with FakeDiscord(token=TOKEN) as api:
        announcements = f"/channels/{api.guild.channel_id('announcements')}/messages"
        first = bot_process(api, paper_folders, tmp_path / "bot1.log", "--simulate-from", "2026-12-16T08:58:50Z", "--speed", "1")
        # Started 6 simulated minutes later: the first process's claim (08:59) is stale by then.
        second = bot_process(api, paper_folders, tmp_path / "bot2.log", "--simulate-from", "2026-12-16T09:05Z")
        killed: list[int] = []

        def kill_on_reminder(message: dict) -> None:
            if message.get("nonce") == PAPER_3H and not killed and first.proc is not None:
                os.kill(first.proc.pid, signal.SIGKILL)  # accepted by Discord; the bot never hears back
                killed.append(first.proc.pid)

        api.after_create = kill_on_reminder
        try:
            await started(api, first)
            await api.wait_for_request("POST", announcements, predicate=with_nonce(PAPER_3H), timeout=TIMEOUT)
            assert first.proc is not None
            assert await first.proc.wait() == -signal.SIGKILL
            with Outbox(paper_folders.outbox) as outbox:
                assert outbox.get(PAPER_3H).status == "sending", "the crash fell between accept and record"
            api.after_create = None

            mark = api.mark()
            await started(api, second)
            resend = await api.wait_for_request("POST", announcements, predicate=with_nonce(PAPER_3H), after=mark, timeout=TIMEOUT)
            assert resend.status == 200
        finally:
            await first.stop()
            await second.stop()
        requests = [r for r in api.find_requests("POST", announcements) if with_nonce(PAPER_3H)(r)]
        assert len(requests) == 2, "sent before the crash, and resent after it"
        in_channel = [m for m in api.messages.values() if m.get("nonce") == PAPER_3H]
        assert len(in_channel) == 1, "the double de-duplicated by nonce: exactly one message"
    with Outbox(paper_folders.outbox) as outbox:
        assert outbox.get(PAPER_3H).status == "sent"
