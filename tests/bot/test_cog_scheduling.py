"""Scheduled posts through real discord.py objects: the cog's tick, /schedule and /announce at.

The tick is called by hand on the hand-moved clock (the loop itself waits for a gateway that an
offline bot never has); the posts go through discord.py's HTTP layer into the capture, where a
route can be made to fail like Discord does.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from bot_helpers import assert_no_pings

from perfm_bot.bot.cogs import scheduling
from perfm_bot.bot.cogs.scheduling import MIN_PAUSE, MIN_REPLAN_PAUSE, ChannelSender, SchedulingCog, pause_after_tick
from perfm_bot.sources.loader import fingerprint, load_knowledge
from perfm_bot.posting.outbox import Outbox
from perfm_bot.posting.planner import post_id
from perfm_bot.posting.scheduler import OutgoingPost, PermanentFailure
from perfm_bot.editing.store import KnowledgeStore

PAPER_1D = post_id("r", "paper", "1d")
DEADLINE = datetime(2026, 12, 16, 11, 59, tzinfo=timezone.utc)  # 2026-12-15 23:59 AoE
DUE_1D = DEADLINE - timedelta(days=1)


def stamp(instant: datetime, style: str) -> str:
    return f"<t:{int(instant.timestamp())}:{style}>"


@pytest.fixture
def paper_set(knowledge_dir: Path, tmp_path: Path) -> Path:
    """The paper deadline set to 2026-12-15 (AoE) before the bot starts."""
    KnowledgeStore(knowledge_dir, tmp_path / "store-state").set_deadline("paper", date(2026, 12, 15), by="test")
    return knowledge_dir


def cog_of(harness) -> SchedulingCog:
    return harness.bot.get_cog("Scheduled posts")


def announcement_posts(harness, after: int = 0):
    return harness.offline.capture.find("POST", f"/channels/{harness.channel_id('announcements')}/messages", after=after)


async def test_a_due_reminder_is_posted_once_with_its_id_as_nonce_and_no_pings(paper_set, harness, clock):
    cog = cog_of(harness)
    clock.now = DUE_1D - timedelta(minutes=1)
    await cog.tick()
    assert announcement_posts(harness) == []  # planned, not due yet
    assert cog.scheduler.outbox.get(PAPER_1D).due == DUE_1D
    assert cog.scheduler.next_due() == DUE_1D

    clock.now = DUE_1D + timedelta(seconds=20)
    report = await cog.tick()
    assert report.sent == [PAPER_1D] and report.late == []
    [post] = announcement_posts(harness)
    assert post.json["nonce"] == PAPER_1D and post.json["enforce_nonce"] is True
    assert post.content.startswith(f"⏰ Reminder: the **Paper submission deadline** is {stamp(DEADLINE, 'R')}")
    assert "Posted late" not in post.content
    assert_no_pings([post])
    row = cog.scheduler.outbox.get(PAPER_1D)
    assert row.status == "sent" and row.message_id == int(post.response["id"])

    for minutes in (1, 10, 60):  # later rounds, same instant and after: never again
        clock.now = DUE_1D + timedelta(minutes=minutes)
        await cog.tick()
    assert len(announcement_posts(harness)) == 1


@pytest.mark.parametrize(
    "status, code, message, words",
    [(404, 10003, "Unknown Channel", "does not exist"), (403, 50013, "Missing Permissions", "no permission")],
)
async def test_a_gone_channel_or_a_missing_permission_fails_the_post_for_good(
    paper_set, harness, clock, status, code, message, words
):
    cog = cog_of(harness)
    channel = harness.channel_id("announcements")
    clock.now = DUE_1D - timedelta(minutes=1)
    await cog.tick()
    harness.offline.capture.fail("POST", f"/channels/{channel}/messages", status=status, code=code, message=message, times=None)
    clock.now = DUE_1D
    report = await cog.tick()
    [(failed_id, reason)] = report.failed
    assert failed_id == PAPER_1D and words in reason and message in reason
    row = cog.scheduler.outbox.get(PAPER_1D)
    assert (row.status, row.attempts) == ("failed", 1)

    clock.now = DUE_1D + timedelta(hours=1)  # well past any retry back-off
    await cog.tick()
    assert len(announcement_posts(harness)) == 1  # the one failed attempt, never retried

    reply = await harness.slash("schedule", user="organizer")  # and the organizers can see it
    assert f"1 post was not sent; the latest (reminder `paper`): {reason}" in reply.callback.content


async def test_a_server_error_is_retried_later_and_then_posted_once(paper_set, harness, clock):
    cog = cog_of(harness)
    channel = harness.channel_id("announcements")
    clock.now = DUE_1D - timedelta(minutes=1)
    await cog.tick()
    harness.offline.capture.fail("POST", f"/channels/{channel}/messages", status=500, code=0, message="Internal Server Error")
    clock.now = DUE_1D
    report = await cog.tick()
    assert [post for post, _ in report.retrying] == [PAPER_1D]
    retry_at = cog.scheduler.outbox.get(PAPER_1D).next_attempt
    assert retry_at == DUE_1D + timedelta(seconds=30) and cog.scheduler.next_due() == retry_at

    clock.now = retry_at - timedelta(seconds=1)
    assert (await cog.tick()).sent == []
    clock.now = retry_at
    assert (await cog.tick()).sent == [PAPER_1D]
    first, second = announcement_posts(harness)
    assert first.json["nonce"] == second.json["nonce"] == PAPER_1D  # the retry is the same post to Discord
    assert cog.scheduler.outbox.get(PAPER_1D).status == "sent"


async def test_the_sender_maps_an_unconfigured_channel_to_a_permanent_failure(make_harness):
    harness = await make_harness(announce_channel_id=None)
    post = OutgoingPost("n-x", "news", "x", "hello", datetime(2026, 12, 1, tzinfo=timezone.utc), late=False)
    result = await ChannelSender(harness.bot).send(post)
    assert isinstance(result, PermanentFailure) and "PERFM_ANNOUNCE_CHANNEL_ID" in result.reason
    assert not cog_of(harness).posting.is_running()  # without a channel nothing is planned or sent
    reply = await harness.slash("schedule", user="organizer")
    assert reply.callback.ephemeral and "Scheduled posts are off" in reply.callback.content


async def test_the_loop_is_owned_by_the_cog(paper_set, harness):
    cog = cog_of(harness)
    assert cog.posting.is_running()  # started in cog_load, waiting for the gateway to be ready
    task = cog.posting.get_task()
    await harness.bot.remove_cog(cog.qualified_name)
    await asyncio.wait([task], timeout=30)
    assert task.cancelled() and not cog.posting.is_running()


async def eventually(condition, timeout: float = 30.0) -> None:
    """Wait until ``condition()`` holds; the deadline is generous for a loaded 2-core machine."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"not within {timeout} s"
        await asyncio.sleep(0.01)


async def test_once_ready_the_loop_posts_on_its_own_and_survives_a_failing_round(paper_set, harness, clock, monkeypatch):
    monkeypatch.setattr(scheduling, "REPLAN", timedelta(seconds=0.05))  # rounds a few ms apart, not 30 s
    monkeypatch.setattr(scheduling, "MIN_REPLAN_PAUSE", 0.01)
    cog = cog_of(harness)
    real_tick, rounds = cog.scheduler.tick, []

    async def first_round_fails(knowledge):
        rounds.append(clock.now)
        if len(rounds) == 1:
            raise sqlite3.OperationalError("database is locked")
        return await real_tick(knowledge)

    monkeypatch.setattr(cog.scheduler, "tick", first_round_fails)
    clock.now = DUE_1D + timedelta(seconds=10)
    # The point is that nothing happens. Ungated, the loop would run a round as soon as the event
    # loop is free after cog_load (asyncio runs ready tasks before a sleeping one wakes, however
    # loaded the machine): within this sleep, or before the spy was set, and then sleep out the
    # real 30 s and miss the four rounds awaited below. Either way this test fails (checked).
    await asyncio.sleep(0.1)
    assert rounds == []  # before the gateway is ready, nothing runs
    harness.bot._ready.set()  # what discord.py does when the gateway's READY arrives
    await eventually(lambda: len(rounds) >= 4)
    [post] = announcement_posts(harness)
    assert post.json["nonce"] == PAPER_1D and cog.posting.is_running()


async def test_stopping_the_bot_mid_send_lets_the_send_finish_and_be_recorded(paper_set, harness, clock):
    cog = cog_of(harness)
    sending, go_on = asyncio.Event(), asyncio.Event()
    channel_sender = cog.scheduler.sender

    class SlowSender:
        async def send(self, post):
            sending.set()
            await go_on.wait()
            return await channel_sender.send(post)

    cog.scheduler.sender = SlowSender()
    clock.now = DUE_1D + timedelta(seconds=10)
    harness.bot._ready.set()
    await asyncio.wait_for(sending.wait(), 30)
    unloading = asyncio.create_task(harness.bot.remove_cog(cog.qualified_name))
    # The point is that the unload does not finish. One that cut the send off would finish as soon
    # as the event loop runs it (nothing in it waits on the clock), so within this sleep on any
    # machine: asyncio runs ready tasks before a sleeping one wakes.
    await asyncio.sleep(0.05)
    assert not unloading.done()  # waiting for the send in flight rather than cutting it off
    go_on.set()
    await asyncio.wait_for(unloading, 30)
    assert not cog.posting.is_running()
    with Outbox(harness.services.settings.outbox) as outbox:
        assert outbox.get(PAPER_1D).status == "sent"  # not left 'sending', to be resent after a restart


def test_the_pause_is_until_the_next_post_and_bounded():
    now = datetime(2026, 12, 1, tzinfo=timezone.utc)
    assert pause_after_tick(now, None) == 30.0  # nothing pending: re-plan every 30 s
    assert pause_after_tick(now, now + timedelta(seconds=12.5)) == 12.5  # wake at the post's minute
    assert pause_after_tick(now, now + timedelta(days=3)) == 30.0
    assert pause_after_tick(now, now - timedelta(minutes=5)) == MIN_PAUSE  # overdue (a full batch): at once
    assert pause_after_tick(now, now + timedelta(minutes=10), speed=10) == 3.0  # a rehearsal at 10x: 30 s of clock
    assert pause_after_tick(now, now + timedelta(minutes=15), speed=3600) == 0.25  # the post's minute, also at 3600x
    assert pause_after_tick(now, None, speed=3600) == MIN_REPLAN_PAUSE  # but no busy loop


async def test_schedule_shows_the_next_posts_to_organizers_only(paper_set, harness, clock):
    reply = await harness.slash("schedule", user="organizer")
    assert reply.callback.json["type"] == 4 and reply.callback.ephemeral
    lines = reply.callback.content.splitlines()
    assert lines[0] == "**Next scheduled posts** (times in your time zone):"
    assert [line.split(" · ")[1] for line in lines[1:]] == ["reminder 14d", "reminder 7d", "reminder 1d", "reminder 3h"]
    assert stamp(DUE_1D, "f") in lines[3]  # the 1d rung, as a Discord timestamp
    assert_no_pings(reply.calls)

    refused = await harness.slash("schedule", user="alice")
    assert refused.callback.ephemeral and refused.callback.content.startswith("Sorry, only the workshop's organizers")


async def test_announce_at_schedules_the_news_and_the_tick_posts_it_once_at_that_time(harness, clock, knowledge_dir):
    text = "The workshop dinner is at the Harbour Restaurant, at 19:00 on the workshop day."
    result = await harness.slash("announce", {"message": text, "at": "2026-12-01 09:00 UTC"}, user="organizer")
    assert result.channel_messages == []  # not posted now
    [confirmation] = result.followups
    news_at = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    assert confirmation.ephemeral and f"Scheduled for {stamp(news_at, 'F')}" in confirmation.content
    news = load_knowledge(knowledge_dir).news[-1]
    assert (news.text, news.at, news.by) == (text, news_at, "organizer")

    # Not an answer before its time, through the bot as well.
    before = await harness.slash("ask", {"question": "Where is the workshop dinner?"})
    assert "Harbour" not in before.followups[0].embeds[0]["description"]
    listed = await harness.slash("schedule", user="organizer")
    assert f"news · `{news.id}`: 📣 {text}" in listed.callback.content

    cog = cog_of(harness)
    clock.now = datetime(2026, 12, 1, 8, 59, tzinfo=timezone.utc)
    await cog.tick()
    assert announcement_posts(harness) == []
    clock.now = datetime(2026, 12, 1, 9, 0, 5, tzinfo=timezone.utc)
    await cog.tick()
    await cog.tick()
    [post] = announcement_posts(harness)
    assert post.content == f"📣 {text}" and post.json["nonce"] == post_id("n", news.id)
    assert_no_pings([post])
    after = await harness.slash("ask", {"question": "Where is the workshop dinner?"})
    assert "Harbour" in after.followups[0].embeds[0]["description"]


async def test_announce_at_refuses_a_past_time_a_bad_time_and_a_ping(harness, clock, knowledge_dir):
    before = fingerprint(knowledge_dir)
    past = await harness.slash("announce", {"message": "Hello", "at": "2026-11-24 11:00 UTC"}, user="organizer")
    assert past.callback.ephemeral and "has already passed, so nothing was stored" in past.callback.content
    bad = await harness.slash("announce", {"message": "Hello", "at": "next tuesday"}, user="organizer")
    assert bad.callback.ephemeral and "expected a time like '2026-12-01 09:00' (in AoE)" in bad.callback.content
    ping = await harness.slash("announce", {"message": "Hello", "at": "2026-12-01 09:00", "ping": "here"}, user="organizer")
    assert ping.callback.ephemeral and "cannot ping" in ping.callback.content
    assert fingerprint(knowledge_dir) == before
    assert all(r.channel_messages == [] for r in (past, bad, ping))


async def test_announce_at_without_a_zone_is_in_the_dates_zone(harness, clock, knowledge_dir):
    await harness.slash("announce", {"message": "Registration opens.", "at": "2026-12-01 09:00"}, user="organizer")
    news = load_knowledge(knowledge_dir).news[-1]
    assert news.at.astimezone(timezone.utc) == datetime(2026, 12, 1, 21, 0, tzinfo=timezone.utc)  # 09:00 at UTC-12
