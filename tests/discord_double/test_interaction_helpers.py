"""In-process app-command tests: real discord.py parsing/checks/cooldowns, no network."""

from __future__ import annotations

import io
from typing import AsyncIterator

import discord
import pytest
import pytest_asyncio
from discord import app_commands
from discord.ext import commands

from .discord_payloads import InvalidOptionError
from .interaction_helpers import OfflineBot

ORGANIZER_ONLY = "Only organizers can do that."


class EventCog(commands.Cog):
    """A cog in the style of the real bot: role-gated, cooldowns, subcommands."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.received: list[str] = []

    @app_commands.command(name="announce", description="Post an announcement")
    @app_commands.checks.has_role("Organizer")
    async def announce(self, interaction: discord.Interaction, text: app_commands.Range[str, 1, 500]) -> None:
        self.received.append(text)
        assert interaction.guild is not None
        channel = discord.utils.get(interaction.guild.text_channels, name="announcements")
        assert channel is not None
        try:
            await channel.send(text, allowed_mentions=discord.AllowedMentions.none())
        except discord.NotFound:
            await interaction.response.send_message("The announcement channel is gone.", ephemeral=True)
            return
        await interaction.response.send_message("Announced.", ephemeral=True)

    @app_commands.command(name="ask", description="Ask a question")
    @app_commands.checks.cooldown(1, 60.0)
    async def ask(self, interaction: discord.Interaction, question: str) -> None:
        await interaction.response.defer(thinking=True)
        report = discord.File(io.BytesIO(b"answer,source\n42,docs\n"), filename="answer.csv")
        await interaction.followup.send(f"Answer to {question!r}", file=report)

    event = app_commands.Group(name="event", description="Workshop events")
    admin = app_commands.Group(name="admin", description="Admin tools")
    roles = app_commands.Group(name="roles", description="Role tools", parent=admin)

    @event.command(name="create", description="Create an event")
    async def event_create(
        self, interaction: discord.Interaction, title: str, capacity: app_commands.Range[int, 1, 100] = 10
    ) -> None:
        await interaction.response.send_message(f"created {title} ({capacity})", view=ConfirmView())

    @roles.command(name="grant", description="Grant a role")
    async def roles_grant(self, interaction: discord.Interaction, member: discord.Member, role: discord.Role) -> None:
        await member.add_roles(role)
        await interaction.response.send_message(f"{member.name} now has {role.name}", ephemeral=True)

    async def cog_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        if isinstance(error, app_commands.MissingRole):
            message = ORGANIZER_ONLY
        elif isinstance(error, app_commands.CommandOnCooldown):
            message = f"Slow down! Try again in {error.retry_after:.0f}s."
        else:
            raise error
        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True)
        else:
            await interaction.response.send_message(message, ephemeral=True)


class ConfirmView(discord.ui.View):
    @discord.ui.button(label="Confirm", style=discord.ButtonStyle.success)
    async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button["ConfirmView"]) -> None:
        await interaction.response.edit_message(content="confirmed", view=None)


class QuietTree(app_commands.CommandTree):
    """The default on_error logs a traceback even for handled check failures."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        self.last_error = error


class Bot(commands.Bot):
    def __init__(self) -> None:
        super().__init__(command_prefix="!", intents=discord.Intents.default(), tree_cls=QuietTree)

    async def setup_hook(self) -> None:
        await self.add_cog(EventCog(self))
        await self.tree.sync()


@pytest_asyncio.fixture
async def harness() -> AsyncIterator[OfflineBot]:
    bot = Bot()
    offline = await OfflineBot.create(bot, run_setup_hook=True)
    try:
        yield offline
    finally:
        await offline.close()


@pytest.mark.asyncio
async def test_setup_hook_sync_is_captured(harness: OfflineBot) -> None:
    sync = harness.capture.find("PUT", "/applications/{app}/commands")
    assert len(sync) == 1
    names = {c["name"] for c in sync[0].json}
    assert names == {"announce", "ask", "event", "admin"}
    announce = next(c for c in sync[0].json if c["name"] == "announce")
    # Range[str, 1, 500] only exists as schema constraints sent to Discord.
    [text] = announce["options"]
    assert (text["type"], text["name"], text["required"]) == (3, "text", True)
    assert (text["min_length"], text["max_length"]) == (1, 500)


@pytest.mark.asyncio
async def test_range_option_and_role_check_pass_for_organizer(harness: OfflineBot) -> None:
    result = await harness.invoke("announce", {"text": "Workshop starts at 10:00"}, user="organizer")

    assert not result.failed
    [post] = result.channel_messages
    assert post.path == f"/channels/{harness.guild_model.channel_id('announcements')}/messages"
    assert post.json["content"] == "Workshop starts at 10:00"
    assert post.json["allowed_mentions"] == {"parse": []}
    assert "nonce" in post.json and post.json["enforce_nonce"] is True  # discord.py adds a random nonce
    assert result.callback is not None
    assert result.callback.json["type"] == 4 and result.callback.ephemeral
    assert result.callback.content == "Announced."


@pytest.mark.asyncio
async def test_range_is_enforced_by_discord_not_by_discord_py(harness: OfflineBot) -> None:
    with pytest.raises(InvalidOptionError, match="longer than 500"):
        harness.command_payload("announce", {"text": "x" * 501}, user="organizer")
    with pytest.raises(InvalidOptionError, match="missing required"):
        harness.command_payload("announce", {}, user="organizer")

    # Forcing such a payload shows discord.py passes it straight to the callback.
    result = await harness.invoke("announce", {"text": "x" * 501}, user="organizer", validate=False)
    assert isinstance(harness.client, commands.Bot)
    cog = harness.client.get_cog("EventCog")
    assert isinstance(cog, EventCog) and cog.received == ["x" * 501]
    assert not result.failed


@pytest.mark.asyncio
async def test_has_role_failure_gets_ephemeral_refusal(harness: OfflineBot) -> None:
    result = await harness.invoke("announce", {"text": "hi"}, user="alice")

    assert result.failed
    assert isinstance(harness.tree.last_error, app_commands.MissingRole)  # type: ignore[attr-defined]
    assert result.channel_messages == []
    assert result.callback is not None
    assert result.callback.json["type"] == 4
    assert result.callback.ephemeral
    assert result.callback.content == ORGANIZER_ONLY


@pytest.mark.asyncio
async def test_role_check_follows_member_roles(harness: OfflineBot) -> None:
    harness.guild_model.set_member_roles(harness.user_id("alice"), ["Organizer"])
    result = await harness.invoke("announce", {"text": "now allowed"}, user="alice")
    assert not result.failed and result.callback is not None and result.callback.content == "Announced."


@pytest.mark.asyncio
async def test_cooldown_triggers_on_second_call(harness: OfflineBot) -> None:
    first = await harness.invoke("ask", {"question": "When is lunch?"})
    assert not first.failed
    assert first.callback is not None and first.callback.json["type"] == 5  # deferred ("thinking")
    [followup] = first.followups
    assert followup.content == "Answer to 'When is lunch?'"
    assert [f.filename for f in followup.files] == ["answer.csv"]
    assert followup.files[0].data.startswith(b"answer,source")
    assert followup.json["attachments"] == [{"id": 0, "filename": "answer.csv"}]

    second = await harness.invoke("ask", {"question": "And dinner?"})
    assert second.failed
    assert isinstance(harness.tree.last_error, app_commands.CommandOnCooldown)  # type: ignore[attr-defined]
    assert second.callback is not None and second.callback.ephemeral
    assert second.callback.content is not None and second.callback.content.startswith("Slow down!")

    # Cooldowns are per user by default.
    other = await harness.invoke("ask", {"question": "Coffee?"}, user="organizer")
    assert not other.failed


@pytest.mark.asyncio
async def test_subcommand_and_button_click(harness: OfflineBot) -> None:
    result = await harness.invoke("event create", {"title": "Hackathon", "capacity": 30})
    assert result.callback is not None and result.callback.content == "created Hackathon (30)"
    message = result.response_message
    assert message is not None

    with pytest.raises(InvalidOptionError):
        harness.command_payload("event create", {"title": "Too big", "capacity": 1000})

    click = await harness.click(int(message["id"]), label="Confirm", user="alice")
    assert click.callback is not None
    assert click.callback.json["type"] == 7  # UPDATE_MESSAGE
    assert click.callback.json["data"]["content"] == "confirmed"
    assert click.callback.json["data"]["components"] == []


@pytest.mark.asyncio
async def test_subcommand_group_with_resolved_member_and_role(harness: OfflineBot) -> None:
    alice = harness.user_id("alice")
    organizer_role = harness.guild_model.role_id("Organizer")
    result = await harness.invoke(
        "admin roles grant", {"member": alice, "role": organizer_role}, user="organizer"
    )
    assert not result.failed, getattr(harness.tree, "last_error", None)
    [grant] = harness.capture.find("PUT", "/guilds/{g}/members/{u}/roles/{r}")
    assert grant.path.endswith(f"/members/{alice}/roles/{organizer_role}")
    assert result.callback is not None and result.callback.content == "alice now has Organizer"


@pytest.mark.asyncio
async def test_http_errors_surface_as_discord_exceptions(harness: OfflineBot) -> None:
    channel_id = harness.guild_model.channel_id("announcements")
    harness.capture.fail("POST", f"/channels/{channel_id}/messages", status=404, code=10003, message="Unknown Channel")
    result = await harness.invoke("announce", {"text": "hello"}, user="organizer")
    assert result.callback is not None and result.callback.content == "The announcement channel is gone."
    assert harness.capture.calls[-2].response == {"code": 10003, "message": "Unknown Channel"}


@pytest.mark.asyncio
async def test_gateway_path_dispatch(harness: OfflineBot) -> None:
    """Same command through ConnectionState.parse_interaction_create (the gateway entry)."""
    payload = harness.command_payload("announce", {"text": "via gateway"}, user="organizer")
    result = await harness.dispatch(payload)
    assert result.callback is not None and result.callback.content == "Announced."
    assert result.channel_messages[0].json["content"] == "via gateway"


@pytest.mark.asyncio
async def test_global_command_in_dm(harness: OfflineBot) -> None:
    stranger = 123456789012345678  # not a guild member
    result = await harness.invoke("ask", {"question": "Are you there?"}, user=stranger, dm=True)
    assert not result.failed
    assert isinstance(result.interaction.channel, discord.DMChannel)
    assert result.interaction.guild is None and result.interaction.user.id == stranger
    assert result.followups[0].content == "Answer to 'Are you there?'"
