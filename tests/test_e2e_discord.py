"""End to end: the real ``perfm-bot run`` process against a Discord API double on 127.0.0.1.

Each bot start loads the real model (seconds), so processes are few and each plays several
scenarios. The first test: /ask, a mention, a refused and an accepted /announce that is
answerable at once, and the escalation loop closed by ``/answer … add_to_faq`` for the next
attendee. The second: scheduled posts on a simulated clock (``--simulate-from``), a reminder
posted once at its time, and a restart around other posts. The double speaks Discord's REST and
gateway wire format; the bot finds it through PERFM_DISCORD_API.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from datetime import date, datetime, time, timezone
from pathlib import Path

import pytest
from discord_double.fake_discord import BotProcess, DispatchedInteraction, FakeDiscord, RecordedRequest

from perfm_bot.bot.services import QUESTION_LOG_FILE
from perfm_bot.core.settings import Settings
from perfm_bot.answering.engine import Engine
from perfm_bot.records.question_log import QuestionLog
from perfm_bot.posting.planner import post_id
from perfm_bot.editing.store import KnowledgeStore

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.e2e.not-a-real-token"
START_TIMEOUT = 180  # loading the model on a slow machine
TIMEOUT = 60


async def answer_of(api: FakeDiscord, inter: DispatchedInteraction) -> dict:
    """The message a deferred /ask ended with (the follow-up that replaced "thinking…")."""
    callback = await api.wait_for_callback(inter, timeout=TIMEOUT)
    assert callback.json["type"] == 5, callback
    await api.wait_for_followup(inter, timeout=TIMEOUT)
    return api.messages[inter.original_message_id]


def channel_post(api: FakeDiscord, channel: str, after: int = 0):
    return api.wait_for_request("POST", f"/channels/{api.guild.channel_id(channel)}/messages", after=after, timeout=TIMEOUT)


def pings_allowed(request: RecordedRequest) -> bool:
    body = request.json if isinstance(request.json, dict) else {}
    message = body.get("data", body) if request.path.endswith("/callback") else body
    if not (message.get("content") or message.get("embeds")):
        return False
    allowed = message.get("allowed_mentions") or {}
    return bool(allowed.get("parse") or allowed.get("users") or allowed.get("roles") or allowed.get("replied_user"))


@pytest.fixture
def bot_folders(tmp_path: Path, knowledge_dir: Path, real_embedder) -> Settings:
    """A knowledge copy and a state folder whose index is built already (by this process's model)."""
    settings = Settings(knowledge_dir, tmp_path / "state")
    Engine(settings, real_embedder)
    return settings


def bot_process(api: FakeDiscord, settings: Settings, log: Path, *extra: str) -> BotProcess:
    """``perfm-bot run`` on these folders, talking to ``api`` (not started yet)."""
    guild = api.guild
    env = {
        **os.environ,
        "DISCORD_TOKEN": TOKEN,
        "PERFM_DISCORD_API": api.url,
        "PERFM_GUILD_ID": str(guild.id),
        "PERFM_ORGANIZER_ROLE_ID": str(guild.role_id("Organizer")),
        "PERFM_ANNOUNCE_CHANNEL_ID": str(guild.channel_id("announcements")),
        "PERFM_ORGANIZER_CHANNEL_ID": str(guild.channel_id("organizers")),
        "PERFM_SITE_URL": "https://perfm.example.org",
        "PERFM_ASK_CHANNEL_IDS": ",".join(str(c["id"]) for c in guild.channels.values() if c["name"] == "ask"),
        "HF_HUB_OFFLINE": "1",
        "PYTHONUNBUFFERED": "1",
    }
    argv = [
        sys.executable, "-m", "perfm_bot", "run", "--knowledge", str(settings.knowledge_dir),
        "--state", str(settings.state_dir), "--env-file", str(log.parent / "no.env"), *extra,
    ]
    return BotProcess(argv, env, log)


async def started(api: FakeDiscord, bot: BotProcess) -> RecordedRequest:
    """Start ``bot`` and wait until it has synced its commands and its gateway session is live."""
    mark = api.mark()
    await bot.start()
    sync = await api.wait_for_request("PUT", "/applications/{app}/guilds/{guild}/commands", after=mark, timeout=START_TIMEOUT)
    await api.wait_until_ready(timeout=TIMEOUT)
    return sync


async def stopped_cleanly(bot: BotProcess) -> None:
    """Stopped the way a service manager stops it: one SIGTERM, a clean exit."""
    assert bot.proc is not None
    bot.proc.send_signal(signal.SIGTERM)
    assert await asyncio.wait_for(bot.proc.wait(), TIMEOUT) == 0, bot.log()[-3000:]


async def test_perfm_bot_run_against_a_discord_double(bot_folders: Settings, tmp_path: Path) -> None:
    async with FakeDiscord(token=TOKEN) as api:
        guild = api.guild
        guild.add_member("bob")
        guild.add_member("carol")
        guild.add_text_channel("ask", topic="Ask the bot")
        api.users.update({uid: m["user"] for uid, m in guild.members.items()})
        bot = bot_process(api, bot_folders, tmp_path / "bot.log")
        try:
            sync = await started(api, bot)
            assert {c["name"] for c in sync.json} >= {"ask", "dates", "news", "announce", "answer", "unanswered", "schedule"}

            # 1. /ask gets the right answer, with its source as a link
            message = await answer_of(api, await api.dispatch_slash("ask", {"question": "What is the page limit?"}))
            [embed] = message["embeds"]
            assert "at most 9 pages" in embed["description"]
            assert "https://perfm.example.org/events/perfm-aaai26/#3-submissions-and-timeline" in embed["fields"][0]["value"]

            # 2. a mention gets an answer, as a reply that pings nobody
            mark = api.mark()
            asked = await api.dispatch_message(f"{api.bot_mention} is the review double-blind?", author="alice")
            reply = await channel_post(api, "general", mark)
            assert reply.json["embeds"][0]["description"] == "Review is double-blind."
            assert int(reply.json["message_reference"]["message_id"]) == int(asked["id"])

            # 2b. in the ask channel a question gets a thread, and a follow-up there is read with it:
            # alone, "what about the workshop day itself?" asks about the day's programme
            mark = api.mark()
            await api.dispatch_message("When is author notification?", author="bob", channel="ask")
            opened = await api.wait_for_request("POST", "/channels/{channel}/messages/{message}/threads", after=mark, timeout=TIMEOUT)
            thread_id = int(opened.response["id"])
            first = await api.wait_for_request("POST", f"/channels/{thread_id}/messages", after=mark, timeout=TIMEOUT)
            assert "notification" in first.json["embeds"][0]["description"].lower()
            mark = api.mark()
            await api.dispatch_message("what about the workshop day itself?", author="bob", channel=thread_id)
            follow = await api.wait_for_request("POST", f"/channels/{thread_id}/messages", after=mark, timeout=TIMEOUT)
            assert "workshop date" in follow.json["embeds"][0]["description"].lower()

            # 3. a non-organizer's /announce is refused, and nothing is posted
            mark = api.mark()
            refused = await api.dispatch_slash("announce", {"message": "Free pizza for everyone!"}, user="alice")
            callback = await api.wait_for_callback(refused, timeout=TIMEOUT)
            assert callback.json["data"]["flags"] == 64 and "only the workshop's organizers" in callback.json["data"]["content"]
            assert api.find_requests("POST", f"/channels/{guild.channel_id('announcements')}/messages", after=mark) == []

            # 4. an organizer's /announce reaches the announcement channel and is answerable by /ask at once
            text = "The poster session moves to Hall 4 on the workshop day."
            mark = api.mark()
            announce = await api.dispatch_slash("announce", {"message": text}, user="organizer")
            post = await channel_post(api, "announcements", mark)
            assert post.json["content"] == text
            await api.wait_for_followup(announce, timeout=TIMEOUT)
            message = await answer_of(api, await api.dispatch_slash("ask", {"question": "Where is the poster session?"}, user="bob"))
            assert "Hall 4" in message["embeds"][0]["description"]

            # 5. an escalated question, answered with /answer … add_to_faq, reaches the asker and teaches the bot
            dog = "Can I bring my dog to the venue?"
            abstained = await answer_of(api, await api.dispatch_slash("ask", {"question": dog}, user="alice"))
            assert abstained["embeds"][0]["description"].startswith("I don't know")
            mark = api.mark()
            click = await api.dispatch_component(int(abstained["id"]), label="Ask an organizer", user="alice")
            await api.wait_for_callback(click, timeout=TIMEOUT)  # acknowledged at once, then told privately
            assert "with the organizers" in (await api.wait_for_followup(click, timeout=TIMEOUT)).json["content"]
            notice = await channel_post(api, "organizers", mark)
            question_id = int(re.search(r"/answer (\d+) ", notice.json["content"]).group(1))

            answer = "Only assistance dogs are allowed at the venue."
            mark = api.mark()
            closing = await api.dispatch_slash(
                "answer", {"id": question_id, "text": answer, "add_to_faq": True}, user="organizer"
            )
            delivery = await channel_post(api, "general", mark)
            assert int(delivery.json["message_reference"]["message_id"]) == int(abstained["id"])
            assert delivery.json["embeds"][0]["description"] == answer
            asker = int(delivery.json["content"].strip("<@>"))  # the asker is notified, and only the asker
            assert delivery.json["allowed_mentions"] == {"parse": [], "users": [asker]}
            await api.wait_for_followup(closing, timeout=TIMEOUT)
            message = await answer_of(api, await api.dispatch_slash("ask", {"question": dog}, user="carol"))
            assert message["embeds"][0]["description"] == answer

            # Nothing else the bot sent could ping anyone (no /announce here asked for a ping).
            assert [r for r in api.requests if r.method in ("POST", "PATCH") and pings_allowed(r)] == [delivery]
            assert api.unhandled == []

            await stopped_cleanly(bot)
        finally:
            await bot.stop()  # only acts if a step above failed and left it running
        assert TOKEN not in bot.log() and "not-a-real-token" not in bot.log()



# --- scheduled posts on a simulated clock, through a restart ----------------------------------

PAPER_3H = post_id("r", "paper", "3h")  # the paper deadline, 2026-12-15 AoE = 11:59 UTC on the 16th: due 08:59
CAMERA_3H = post_id("r", "camera-ready", "3h")  # the camera-ready deadline, 12:29 UTC on the 16th: due 09:29


@pytest.fixture
def season_folders(tmp_path: Path, knowledge_dir: Path, real_embedder) -> Settings:
    """Two deadlines set half an hour apart; the index built for them already."""
    store = KnowledgeStore(knowledge_dir, tmp_path / "store", lambda: datetime(2026, 11, 24, tzinfo=timezone.utc))
    store.set_deadline("paper", date(2026, 12, 15), by="test")
    store.set_deadline("camera-ready", date(2026, 12, 16), time(12, 29), "UTC", by="test")
    settings = Settings(knowledge_dir, tmp_path / "state")
    Engine(settings, real_embedder)
    return settings


def announced(api: FakeDiscord) -> list[RecordedRequest]:
    return [r for r in api.find_requests("POST", f"/channels/{api.guild.channel_id('announcements')}/messages") if r.status == 200]


def with_nonce(post_id: str):
    return lambda r: isinstance(r.json, dict) and r.json.get("nonce") == post_id


async def test_reminders_go_out_once_on_a_simulated_clock_and_through_a_restart(season_folders: Settings, tmp_path: Path) -> None:
    """Process 1 starts 12 simulated seconds before the paper's 3h reminder (--simulate-from, at
    real speed): it posts it once, at its time, and plans the camera-ready's reminder for 09:29.
    It is stopped at about 09:00. Process 2 starts on the same state folder at 09:40: the
    camera-ready reminder was missed while its deadline is still ahead, so it goes out once,
    marked late, and so does news scheduled for 09:15 by /announce at; the paper reminder, sent
    before the restart and still ahead of its deadline, is not sent again."""
    channel = "/channels/{id}/messages"
    async with FakeDiscord(token=TOKEN) as api:
        first = bot_process(api, season_folders, tmp_path / "bot1.log", "--simulate-from", "2026-12-16T08:58:48Z", "--speed", "1")
        second = bot_process(api, season_folders, tmp_path / "bot2.log", "--simulate-from", "2026-12-16T09:40Z")
        try:
            await started(api, first)
            reminder = await api.wait_for_request("POST", channel, predicate=with_nonce(PAPER_3H), timeout=TIMEOUT)
            assert reminder.path == f"/channels/{api.guild.channel_id('announcements')}/messages" and reminder.status == 200
            assert reminder.json["content"].startswith("⏰ Reminder: the **Paper submission deadline** is <t:")
            assert "Posted late" not in reminder.json["content"] and reminder.json["enforce_nonce"] is True
            assert reminder.json["allowed_mentions"] == {"parse": []}

            # /schedule: the camera-ready reminder is planned; the paper's, sent, is not listed.
            listing = await api.dispatch_slash("schedule", user="organizer")
            text = (await api.wait_for_callback(listing, timeout=TIMEOUT)).json["data"]["content"]
            assert "reminder 3h · `camera-ready`" in text and "`paper`" not in text
            # News scheduled for 09:15, which will fall in the downtime.
            scheduling = await api.dispatch_slash(
                "announce", {"message": "The poster boards are up in Hall 4.", "at": "2026-12-16 09:15 UTC"}, user="organizer"
            )
            confirmation = await api.wait_for_followup(scheduling, timeout=TIMEOUT)
            assert confirmation.json["content"].startswith("Scheduled for <t:")
            # The engine answers on the simulated clock too: three hours to go, not weeks.
            answer = await answer_of(api, await api.dispatch_slash("ask", {"question": "When is the paper deadline?"}))
            assert re.search(r"in [23] hours", answer["embeds"][0]["description"])
            await stopped_cleanly(first)

            await started(api, second)
            late = await api.wait_for_request("POST", channel, predicate=with_nonce(CAMERA_3H), timeout=TIMEOUT)
            assert "Camera-ready submission deadline" in late.json["content"] and "Posted late" in late.json["content"]
            await stopped_cleanly(second)  # the same round decided about every due post (paper's too)
        finally:
            await first.stop()
            await second.stop()

        posts = announced(api)
        news_id = next(r for r in posts if r.json["content"].startswith("📣")).json["nonce"]
        assert sorted(r.json["nonce"] for r in posts) == sorted([PAPER_3H, news_id, CAMERA_3H])  # each exactly once
        news = next(r for r in posts if r.json["nonce"] == news_id).json["content"]
        assert news.startswith("📣 The poster boards are up in Hall 4.") and "Posted late" in news
        assert api.unhandled == []
    asked = QuestionLog(season_folders.state_dir / QUESTION_LOG_FILE).get(1)
    assert asked is not None and asked.asked_at.date() == date(2026, 12, 16)  # the question log ran on the simulated clock
