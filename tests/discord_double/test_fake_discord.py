"""End-to-end tests: a real discord.py bot against the local Discord double.

* ``test_example_bot_*``: ``example_bot.py`` runs as a separate process (like
  ``perfm-bot run`` will), pointed at the double through ``PERFM_DISCORD_API``.
* the other tests run a ``commands.Bot`` in the test's own event loop, which is faster
  and lets them inspect the bot's cache/events as well as the recorded HTTP calls.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import sys
from pathlib import Path
from typing import AsyncIterator, Awaitable, List, Optional

import aiohttp
import discord
import pytest
import pytest_asyncio
from discord.ext import commands

from .fake_discord import BotProcess, FakeDiscord, Intent, run_client

HERE = Path(__file__).resolve().parent
EXAMPLE_BOT = HERE / "example_bot.py"


@pytest_asyncio.fixture
async def api() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as double:
        yield double


# --------------------------------------------------------------------------- bot as a subprocess


@contextlib.asynccontextmanager
async def example_bot_process(api: FakeDiscord, tmp_path: Path, name: str = "bot") -> AsyncIterator[BotProcess]:
    env = {
        **os.environ,
        "PERFM_DISCORD_API": api.url,
        "PERFM_GUILD_ID": str(api.guild.id),
        "DISCORD_TOKEN": "fake-token",
        "PYTHONUNBUFFERED": "1",
    }
    async with BotProcess([sys.executable, str(EXAMPLE_BOT)], env, tmp_path / f"{name}.log") as bot:
        yield bot


GUILD_SYNC = "/applications/{app_id}/guilds/{guild_id}/commands"


@pytest.mark.asyncio
async def test_example_bot_subprocess_end_to_end(api: FakeDiscord, tmp_path: Path) -> None:
    general = api.guild.channel_id("general")
    async with example_bot_process(api, tmp_path):
        # 1. setup_hook synced /ping to the guild
        sync = await api.wait_for_request("PUT", GUILD_SYNC, timeout=30)
        assert sync.path == f"/applications/{api.application_id}/guilds/{api.guild.id}/commands"
        [ping] = sync.json
        assert ping["name"] == "ping"
        assert ping["options"] == [
            {"type": 3, "name": "text", "description": "What to echo", "required": True}
        ]
        assert sync.response[0]["id"].isdigit()
        assert sync.headers["Authorization"] == "Bot fake-token"
        await api.wait_until_ready(timeout=30)
        assert api.last_identify is not None
        assert api.last_identify["intents"] == discord.Intents.default().value
        assert api.gateway_queries[-1]["encoding"] == "json" and api.gateway_queries[-1]["v"] == "10"

        # 2. /ping -> type 4 response with an embed and a button
        inter = await api.dispatch_slash("ping", {"text": "hello"}, user="organizer")
        callback = await api.wait_for_callback(inter)
        assert callback.status == 200
        assert callback.query == {"with_response": "1"}
        assert callback.json["type"] == 4
        [embed] = callback.json["data"]["embeds"]
        assert (embed["title"], embed["description"]) == ("Pong", "hello")
        [row] = callback.json["data"]["components"]
        [button] = row["components"]
        assert button["type"] == 2 and button["label"] == "Again"

        # 3. a message mentioning the bot gets a reply
        mark = api.mark()
        msg = await api.dispatch_message(f"{api.bot_mention} are you there?", author="alice")
        reply = await api.wait_for_request("POST", f"/channels/{general}/messages", after=mark)
        assert reply.json["content"] == "Hi alice!"
        assert int(reply.json["message_reference"]["message_id"]) == int(msg["id"])
        assert reply.json["allowed_mentions"] == {"parse": [], "replied_user": False}
        assert reply.json["nonce"].isdigit() and reply.json["enforce_nonce"] is True

        # 4. clicking the button on the /ping response
        assert inter.original_message_id is not None
        click = await api.dispatch_component(inter.original_message_id, label="Again", user="alice")
        click_callback = await api.wait_for_callback(click)
        assert click_callback.json["type"] == 4
        assert click_callback.json["data"]["content"] == "pong again: hello"
        assert click_callback.json["data"]["flags"] == 64  # ephemeral


@pytest.mark.asyncio
async def test_example_bot_process_restart(api: FakeDiscord, tmp_path: Path) -> None:
    """The bot process goes away and a new one comes up: it re-syncs and re-IDENTIFYs."""
    async with example_bot_process(api, tmp_path, "first"):
        await api.wait_for_request("PUT", GUILD_SYNC, timeout=30)
        await api.wait_until_ready(timeout=30)
    await api.wait_until(lambda: api.connection_count == 0)

    mark = api.mark()
    async with example_bot_process(api, tmp_path, "second"):
        await api.wait_for_request("PUT", GUILD_SYNC, after=mark, timeout=30)
        await api.wait_until(lambda: api.identify_count == 2, timeout=30)
        await api.wait_until_ready()
        # Command ids are stable across re-syncs, as on Discord.
        first, second = api.find_requests("PUT", GUILD_SYNC)
        assert first.response[0]["id"] == second.response[0]["id"]
        inter = await api.dispatch_slash("ping", {"text": "again"})
        assert (await api.wait_for_callback(inter)).json["type"] == 4


# --------------------------------------------------------------------------- bot in this process


class InProcessBot(commands.Bot):
    def __init__(self, guild_id: int, intents: Optional[discord.Intents] = None) -> None:
        super().__init__(command_prefix=commands.when_mentioned, intents=intents or discord.Intents.default())
        self.guild_id = guild_id
        self.seen: List[discord.Message] = []

        @self.tree.command(description="Long job: defer, follow up with a file, open a thread")
        async def report(interaction: discord.Interaction) -> None:
            await interaction.response.defer(thinking=True)
            data = discord.File(io.BytesIO(b"name,score\nalice,3\n"), filename="report.csv", description="scores")
            await interaction.followup.send("report ready", file=data, wait=True)
            await interaction.edit_original_response(content="report ready (edited)")
            # Not ``followup_message.create_thread``: a follow-up WebhookMessage has no guild
            # (discord.py builds it on a PartialMessageable without guild_id) and raises
            # ValueError. The InteractionMessage from original_response() is bound to the channel.
            original = await interaction.original_response()
            thread = await original.create_thread(name="Report discussion", auto_archive_duration=60)
            await thread.send("Discuss the report here")

        @self.tree.command(description="Post to #announcements")
        async def announce(interaction: discord.Interaction, text: str) -> None:
            assert interaction.guild is not None
            channel = discord.utils.get(interaction.guild.text_channels, name="announcements")
            assert channel is not None and channel.is_news()
            try:
                await channel.send(embed=discord.Embed(description=text))
            except discord.NotFound as e:
                await interaction.response.send_message(f"gone ({e.code})", ephemeral=True)
            except discord.Forbidden as e:
                await interaction.response.send_message(f"no permission ({e.code})", ephemeral=True)
            else:
                await interaction.response.send_message("Announced.", ephemeral=True)

        @self.tree.command(description="Export a CSV to the channel and to the user")
        async def export(interaction: discord.Interaction) -> None:
            assert isinstance(interaction.channel, discord.TextChannel)
            embed = discord.Embed(title="Export", description="scores")
            await interaction.channel.send(
                embed=embed, file=discord.File(io.BytesIO(b"a,b\n1,2\n"), filename="scores.csv")
            )
            await interaction.response.send_message(
                "exported", file=discord.File(io.BytesIO(b"copy"), filename="copy.txt"), ephemeral=True
            )

        @self.tree.command(description="DM me")
        async def dm_me(interaction: discord.Interaction) -> None:
            try:
                await interaction.user.send("Here is your DM")
            except discord.Forbidden as e:
                await interaction.response.send_message(f"can't DM you ({e.code})", ephemeral=True)
            else:
                await interaction.response.send_message("Check your DMs", ephemeral=True)

    async def setup_hook(self) -> None:
        guild = discord.Object(self.guild_id)
        self.tree.copy_global_to(guild=guild)
        await self.tree.sync(guild=guild)
        await self.tree.sync()  # global too, so both sync endpoints are exercised

    async def on_message(self, message: discord.Message) -> None:
        self.seen.append(message)
        if message.author.bot or self.user is None:
            return
        if self.user.mentioned_in(message) or message.guild is None:
            await message.reply("pong", mention_author=False)


@pytest_asyncio.fixture
async def bot(api: FakeDiscord) -> AsyncIterator[InProcessBot]:
    async with run_client(api, InProcessBot(api.guild.id)) as b:
        yield b


async def next_message(bot: commands.Bot, trigger: Awaitable[object]) -> discord.Message:
    """Await ``trigger`` (e.g. ``api.dispatch_message(...)``); return the next message the bot sees."""
    waiter = asyncio.ensure_future(bot.wait_for("message", timeout=30))
    await trigger
    return await waiter


@pytest.mark.asyncio
async def test_connect_and_sync(api: FakeDiscord, bot: InProcessBot) -> None:
    assert bot.user is not None and bot.user.id == api.bot_id
    assert bot.application_id == api.application_id
    guild = bot.get_guild(api.guild.id)
    assert guild is not None
    assert {c.name for c in guild.text_channels} == {"general", "announcements", "organizers"}
    assert discord.utils.get(guild.roles, name="Organizer") is not None
    assert guild.member_count == 3
    # discord.py asks for zlib-stream (zstd-stream when zstandard / Python 3.14 is available)
    assert api.gateway_queries[0]["compress"] in ("zlib-stream", "zstd-stream")

    guild_sync = api.find_requests("PUT", GUILD_SYNC)
    global_sync = api.find_requests("PUT", "/applications/{app_id}/commands")
    assert len(guild_sync) == 1 and len(global_sync) == 1
    names = {"report", "announce", "export", "dm_me"}
    assert {c["name"] for c in api.synced_commands[api.guild.id]} == names
    assert {c["name"] for c in api.synced_commands[None]} == names


@pytest.mark.asyncio
async def test_defer_followup_with_file_edit_and_thread(api: FakeDiscord, bot: InProcessBot) -> None:
    general = api.guild.channel_id("general")
    inter = await api.dispatch_slash("report", user="organizer")

    callback = await api.wait_for_callback(inter)
    assert callback.json == {"type": 5}  # thinking defer (no flags)
    followup = await api.wait_for_followup(inter)
    assert followup.query["wait"] == "1"
    assert followup.json["content"] == "report ready"
    assert followup.json["attachments"] == [{"id": 0, "filename": "report.csv", "description": "scores"}]
    [file] = followup.files
    assert (file.field, file.filename, file.data) == ("files[0]", "report.csv", b"name,score\nalice,3\n")
    assert followup.response["attachments"][0]["size"] == len(file.data)
    # The first follow-up after a defer fills in the "thinking" message itself.
    assert int(followup.response["id"]) == inter.original_message_id

    edit = await api.wait_for_original_edit(inter)
    assert edit.json["content"] == "report ready (edited)"
    await api.wait_for_request("GET", f"/webhooks/{api.application_id}/{inter.token}/messages/@original")

    thread_req = await api.wait_for_request("POST", f"/channels/{general}/messages/{{mid}}/threads")
    assert thread_req.json == {"name": "Report discussion", "auto_archive_duration": 60, "rate_limit_per_user": None}
    thread_id = int(thread_req.response["id"])
    assert thread_id == inter.original_message_id  # threads started from a message share its id
    post = await api.wait_for_request("POST", f"/channels/{thread_id}/messages")
    assert post.json["content"] == "Discuss the report here"
    assert api.messages[inter.original_message_id]["content"] == "report ready (edited)"


@pytest.mark.asyncio
async def test_multipart_uploads_to_channel_and_callback(api: FakeDiscord, bot: InProcessBot) -> None:
    general = api.guild.channel_id("general")
    inter = await api.dispatch_slash("export")

    post = await api.wait_for_request("POST", f"/channels/{general}/messages")
    assert post.json["embeds"] == [{"title": "Export", "description": "scores", "type": "rich", "flags": 0}]
    assert post.json["attachments"] == [{"id": 0, "filename": "scores.csv"}]
    assert post.json["nonce"] and post.json["enforce_nonce"] is True
    assert [(f.field, f.filename, f.data) for f in post.files] == [("files[0]", "scores.csv", b"a,b\n1,2\n")]
    assert post.response["attachments"][0]["filename"] == "scores.csv"
    assert post.response["nonce"] == post.json["nonce"]  # echoed back, as Discord does

    callback = await api.wait_for_callback(inter)
    assert callback.json["type"] == 4 and callback.json["data"]["flags"] == 64
    assert callback.json["data"]["attachments"] == [{"id": 0, "filename": "copy.txt"}]
    assert [f.data for f in callback.files] == [b"copy"]


@pytest.mark.asyncio
async def test_late_callback_is_unknown_interaction(api: FakeDiscord, bot: InProcessBot) -> None:
    api.interaction_deadline = 0.0  # Discord allows 3 s before the first response
    inter = await api.dispatch_slash("announce", {"text": "too slow"}, user="organizer")
    callback = await api.wait_for_callback(inter)
    assert callback.status == 404 and callback.response == {"code": 10062, "message": "Unknown interaction"}


@pytest.mark.asyncio
async def test_auto_sharded_bot_uses_gateway_bot() -> None:
    async with FakeDiscord() as api:
        sharded = commands.AutoShardedBot(command_prefix="!", intents=discord.Intents.default())
        async with run_client(api, sharded):
            await api.wait_for_request("GET", "/gateway/bot")
            assert api.last_identify is not None and api.last_identify["shard"] == [0, 1]
            assert sharded.get_guild(api.guild.id) is not None


@pytest.mark.asyncio
async def test_deleted_channel_and_missing_permissions(api: FakeDiscord, bot: InProcessBot) -> None:
    announcements = api.guild.channel_id("announcements")

    api.delete_channel(announcements)
    inter = await api.dispatch_slash("announce", {"text": "hello"}, user="organizer")
    assert (await api.wait_for_callback(inter)).json["data"]["content"] == "gone (10003)"
    failed = api.find_requests("POST", f"/channels/{announcements}/messages")[-1]
    assert failed.status == 404 and failed.response == {"code": 10003, "message": "Unknown Channel"}

    api.deleted_channels.clear()
    api.forbid("POST", f"/channels/{announcements}/messages", times=1)
    inter = await api.dispatch_slash("announce", {"text": "hello"}, user="organizer")
    assert (await api.wait_for_callback(inter)).json["data"]["content"] == "no permission (50013)"

    inter = await api.dispatch_slash("announce", {"text": "third time"}, user="organizer")
    assert (await api.wait_for_callback(inter)).json["data"]["content"] == "Announced."
    ok = api.find_requests("POST", f"/channels/{announcements}/messages")[-1]
    assert ok.status == 200 and ok.json["embeds"][0]["description"] == "third time"


@pytest.mark.asyncio
async def test_dm_channel_creation_and_closed_dms(api: FakeDiscord, bot: InProcessBot) -> None:
    alice = api.user_id("alice")
    inter = await api.dispatch_slash("dm_me")
    create = await api.wait_for_request("POST", "/users/@me/channels")
    assert create.json == {"recipient_id": alice}
    dm_id = int(create.response["id"])
    sent = await api.wait_for_request("POST", f"/channels/{dm_id}/messages")
    assert sent.json["content"] == "Here is your DM"
    assert (await api.wait_for_callback(inter)).json["data"]["content"] == "Check your DMs"

    api.block_dms(alice)
    inter = await api.dispatch_slash("dm_me")
    assert (await api.wait_for_callback(inter)).json["data"]["content"] == "can't DM you (50007)"


@pytest.mark.asyncio
async def test_message_content_intent_and_dms(api: FakeDiscord, bot: InProcessBot) -> None:
    # No MESSAGE_CONTENT intent: plain guild messages arrive with empty content ...
    plain = await next_message(bot, api.dispatch_message("just chatting"))
    assert plain.content == "" and plain.author.name == "alice"
    # ... but mentions of the bot and DMs keep it.
    mark = api.mark()
    mention = await next_message(bot, api.dispatch_message(f"hey {api.bot_mention}"))
    assert mention.content == f"hey {api.bot_mention}"
    assert bot.user in mention.mentions
    await api.wait_for_request("POST", f"/channels/{mention.channel.id}/messages", after=mark)

    stranger = api.add_user("stranger")
    mark = api.mark()
    dm = await next_message(bot, api.dispatch_message("hello bot", author="stranger", dm=True))
    assert isinstance(dm.channel, discord.DMChannel) and dm.content == "hello bot"
    dm_channel = api.dm_channel_for(int(stranger["id"]))
    reply = await api.wait_for_request("POST", f"/channels/{dm_channel['id']}/messages", after=mark)
    assert reply.json["content"] == "pong"


@pytest.mark.asyncio
async def test_resume_after_dropped_connection_replays_missed_events(api: FakeDiscord, bot: InProcessBot) -> None:
    general = api.guild.channel_id("general")
    await api.drop_connection()
    # Dispatched while the bot is offline: kept and replayed on RESUME.
    mark = api.mark()
    await api.dispatch_message(f"{api.bot_mention} did you miss me?")
    await api.wait_until(lambda: api.resume_count == 1)
    resume = [f for f in api.gateway_received if f["op"] == 6][-1]
    assert resume["d"]["session_id"] and resume["d"]["seq"] >= 2
    await api.wait_for_request("POST", f"/channels/{general}/messages", after=mark)
    assert api.identify_count == 1


@pytest.mark.asyncio
async def test_invalid_session_forces_reidentify(
    api: FakeDiscord, bot: InProcessBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # discord.py sleeps 5 s before every non-initial IDENTIFY (Client.before_identify_hook).
    async def no_delay(shard_id: Optional[int], *, initial: bool = False) -> None:
        return None

    monkeypatch.setattr(bot, "before_identify_hook", no_delay)
    api.resume_policy = "invalidate"
    await api.drop_connection()
    await api.wait_until(lambda: api.identify_count == 2)
    await api.wait_until_ready()
    inter = await api.dispatch_slash("announce", {"text": "after re-identify"}, user="organizer")
    assert (await api.wait_for_callback(inter)).json["data"]["content"] == "Announced."


@pytest.mark.asyncio
async def test_op7_reconnect_resumes(api: FakeDiscord, bot: InProcessBot) -> None:
    await api.send_reconnect()
    await api.wait_until(lambda: api.resume_count == 1)
    await api.wait_until_ready()
    inter = await api.dispatch_slash("dm_me")
    assert (await api.wait_for_callback(inter)).json["data"]["content"] == "Check your DMs"


@pytest.mark.asyncio
async def test_429_is_retried(api: FakeDiscord, bot: InProcessBot) -> None:
    general = api.guild.channel_id("general")
    api.rate_limit("POST", f"/channels/{general}/messages", retry_after=0.05)
    mark = api.mark()
    await api.dispatch_message(f"{api.bot_mention} ping")
    ok = await api.wait_for_request("POST", f"/channels/{general}/messages", after=mark, predicate=lambda r: r.status == 200)
    first = api.find_requests("POST", f"/channels/{general}/messages", after=mark)[0]
    assert first.status == 429 and first.index < ok.index
    assert first.json["nonce"] == ok.json["nonce"]  # the retry re-sends the same payload


@pytest.mark.asyncio
async def test_interaction_error_semantics(api: FakeDiscord, bot: InProcessBot) -> None:
    inter = await api.dispatch_slash("dm_me")
    await api.wait_for_callback(inter)
    async with aiohttp.ClientSession() as http:
        url = f"{api.api_base}/interactions/{inter.id}/{inter.token}/callback"
        async with http.post(url, json={"type": 4, "data": {"content": "twice"}}) as resp:
            assert resp.status == 400 and (await resp.json())["code"] == 40060
        async with http.post(f"{api.api_base}/interactions/1/nope/callback", json={"type": 4}) as resp:
            assert resp.status == 404 and (await resp.json())["code"] == 10062
        async with http.post(f"{api.api_base}/webhooks/{api.application_id}/unknown-token?wait=1", json={"content": "x"}) as resp:
            assert resp.status == 404 and (await resp.json())["code"] == 10015


@pytest.mark.asyncio
async def test_option_validation_uses_synced_schema(api: FakeDiscord, bot: InProcessBot) -> None:
    from .discord_payloads import InvalidOptionError

    with pytest.raises(InvalidOptionError):
        await api.dispatch_slash("announce", {"txt": "typo"})
    with pytest.raises(LookupError):
        await api.dispatch_slash("not-synced")


@pytest.mark.asyncio
async def test_zlib_stream_transport_compression() -> None:
    async with FakeDiscord(transport_compression=True) as api:
        async with run_client(api, InProcessBot(api.guild.id)):
            assert api.gateway_queries[0].get("compress") == "zlib-stream"
            inter = await api.dispatch_slash("dm_me")
            assert (await api.wait_for_callback(inter)).json["data"]["content"] == "Check your DMs"


@pytest.mark.asyncio
async def test_privileged_intents_not_enabled_closes_4014() -> None:
    async with FakeDiscord(privileged_intents_enabled=False) as api:
        intents = discord.Intents.default()
        intents.members = True
        with pytest.raises(discord.PrivilegedIntentsRequired):
            async with run_client(api, InProcessBot(api.guild.id, intents=intents)):
                pass


@pytest.mark.asyncio
async def test_members_intent_gets_full_member_list() -> None:
    async with FakeDiscord() as api:
        intents = discord.Intents.default()
        intents.members = True
        async with run_client(api, InProcessBot(api.guild.id, intents=intents)) as bot:
            assert api.last_identify is not None and api.last_identify["intents"] & Intent.GUILD_MEMBERS
            guild = bot.get_guild(api.guild.id)
            assert guild is not None and guild.chunked
            organizer = guild.get_member(api.user_id("organizer"))
            assert organizer is not None and [r.name for r in organizer.roles] == ["@everyone", "Organizer"]
