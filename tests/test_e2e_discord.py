"""End to end: the real ``perfm-bot run`` process against a Discord API double on 127.0.0.1.

One bot process (it loads the real model, so each start costs seconds) plays every scenario in
turn: /ask, a mention, a refused and an accepted /announce that is answerable at once, and the
escalation loop closed by ``/answer … add_to_faq`` for the next attendee. The double speaks
Discord's REST and gateway wire format; the bot finds it through PERFM_DISCORD_API.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from pathlib import Path

import pytest
from discord_double.fake_discord import BotProcess, DispatchedInteraction, FakeDiscord, RecordedRequest

from perfm_bot.config import Settings
from perfm_bot.engine import Engine

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


async def test_perfm_bot_run_against_a_discord_double(bot_folders: Settings, tmp_path: Path) -> None:
    async with FakeDiscord(token=TOKEN) as api:
        guild = api.guild
        guild.add_member("bob")
        guild.add_member("carol")
        api.users.update({uid: m["user"] for uid, m in guild.members.items()})
        env = {
            **os.environ,
            "DISCORD_TOKEN": TOKEN,
            "PERFM_DISCORD_API": api.url,
            "PERFM_GUILD_ID": str(guild.id),
            "PERFM_ORGANIZER_ROLE_ID": str(guild.role_id("Organizer")),
            "PERFM_ANNOUNCE_CHANNEL_ID": str(guild.channel_id("announcements")),
            "PERFM_ORGANIZER_CHANNEL_ID": str(guild.channel_id("organizers")),
            "PERFM_SITE_URL": "https://perfm.example.org",
            "HF_HUB_OFFLINE": "1",
            "PYTHONUNBUFFERED": "1",
        }
        argv = [
            sys.executable, "-m", "perfm_bot", "run", "--knowledge", str(bot_folders.knowledge_dir),
            "--state", str(bot_folders.state_dir), "--env-file", str(tmp_path / "no.env"),
        ]
        bot = BotProcess(argv, env, tmp_path / "bot.log")
        await bot.start()
        try:
            sync = await api.wait_for_request("PUT", "/applications/{app}/guilds/{guild}/commands", timeout=START_TIMEOUT)
            assert {c["name"] for c in sync.json} >= {"ask", "dates", "news", "announce", "answer", "unanswered"}
            await api.wait_until_ready(timeout=TIMEOUT)

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
            assert "with the organizers" in (await api.wait_for_callback(click, timeout=TIMEOUT)).json["data"]["content"]
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

            # Stopped the way a service manager stops it: one SIGTERM, a clean exit.
            assert bot.proc is not None
            bot.proc.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(bot.proc.wait(), TIMEOUT) == 0, bot.log()[-3000:]
        finally:
            await bot.stop()  # only acts if a step above failed and left it running
        assert TOKEN not in bot.log() and "not-a-real-token" not in bot.log()

