"""The bot: start-up, the cogs, safe mentions for everything it sends, and error replies.

All start-up is in ``setup_hook`` (buttons registered, cogs added, commands synced to the
workshop's server); ``on_ready`` only logs, because it fires again after every reconnect. The
default ``AllowedMentions.none()`` means nothing the bot sends can ping anyone unless a call
says so explicitly (only ``/announce ping:…`` does).
"""

from __future__ import annotations

import asyncio
import logging
import signal

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from perfm_bot.bot import embeds
from perfm_bot.bot.cogs.asking import AskingCog
from perfm_bot.bot.cogs.escalations import EscalationCog
from perfm_bot.bot.cogs.info import InfoCog
from perfm_bot.bot.cogs.organizers import OrganizerCog
from perfm_bot.bot.cogs.reloading import ReloadingCog
from perfm_bot.bot.cogs.scheduling import SchedulingCog
from perfm_bot.bot.organizer_reports import OrganizerReports
from perfm_bot.bot.replies import report
from perfm_bot.bot.services import BotServices
from perfm_bot.bot.views import EscalateButton, FeedbackButton
from perfm_bot.core.errors import PerfmError
from perfm_bot.core.settings import BotSettings, ConfigError
from perfm_bot.records.questions import LoggedQuestion

log = logging.getLogger(__name__)


class PerfmTree(app_commands.CommandTree):
    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """One place for every command's failures: a private, plain explanation (see replies.explain)."""
        await report(interaction, error)


def setup_logging(level: int) -> None:
    """discord.py's log format and colours, for the bot's own log lines too."""
    discord.utils.setup_logging(level=level)


def intents() -> discord.Intents:
    """No privileged intent but message content, which the ask channels and thread follow-ups need."""
    wanted = discord.Intents.default()
    wanted.message_content = True
    return wanted


class PerfmBot(commands.Bot):
    def __init__(self, settings: BotSettings, services: BotServices):
        super().__init__(
            command_prefix=commands.when_mentioned,  # required by commands.Bot; no text commands exist
            help_command=None,
            intents=intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=PerfmTree,
        )
        self.settings = settings
        self.services = services
        self.reports = OrganizerReports(self)  # items a loop skipped, told to the organizers once each

    def make_cogs(self) -> list[commands.Cog]:
        """Every cog, with its dependencies. A new feature adds its cog here."""
        s, c = self.settings, self.services
        return [
            AskingCog(self, c, s),
            InfoCog(self, c, s),
            OrganizerCog(self, c, s),
            EscalationCog(self, c, s),
            ReloadingCog(self, c, s),
            SchedulingCog(self, c, s),
        ]

    async def setup_hook(self) -> None:
        self.add_dynamic_items(FeedbackButton, EscalateButton)  # buttons on old answers keep working
        for cog in self.make_cogs():
            await self.add_cog(cog)
        if self.settings.guild_id is None:
            log.warning("PERFM_GUILD_ID is not set: commands are not synced (run `perfm-bot sync-commands` once)")
            return
        guild = discord.Object(self.settings.guild_id)
        self.tree.copy_global_to(guild=guild)
        synced = await self.tree.sync(guild=guild)
        log.info("synced %d commands to server %s", len(synced), self.settings.guild_id)

    async def on_ready(self) -> None:
        log.info("ready as %s (id %s) in %d server(s)", self.user, self.user.id if self.user else "?", len(self.guilds))

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: questions in messages are handled by the Questions cog's listener."""

    # --- channels cogs post to -----------------------------------------------------------

    def announcement_channel(self) -> discord.PartialMessageable | None:
        """Where announcements go (also for scheduled posts); None when not configured."""
        return self._channel(self.settings.announce_channel_id)

    def organizer_channel(self) -> discord.PartialMessageable | None:
        return self._channel(self.settings.organizer_channel_id)

    def _channel(self, channel_id: int | None) -> discord.PartialMessageable | None:
        if channel_id is None:
            return None
        return self.get_partial_messageable(channel_id, guild_id=self.settings.guild_id)

    async def notify_organizers(self, logged: LoggedQuestion) -> bool:
        """Tell the organizers' channel about an escalated question; False if that is not possible."""
        channel = self.organizer_channel()
        if channel is None:
            log.info("%s escalated; no organizer channel is configured (PERFM_ORGANIZER_CHANNEL_ID)", logged.label)
            return False
        try:
            await channel.send(embeds.escalation_notice(logged), allowed_mentions=discord.AllowedMentions.none())
            return True
        except discord.HTTPException as exc:
            log.warning("could not tell the organizers about %s: %s", logged.label, exc)
            return False


CONNECT_TIMEOUT = 30.0  # seconds for login and start-up (command sync): a server that never answers must not hang us


class DiscordUnreachable(PerfmError):
    """Discord cannot be reached at start-up (no network, a closed port, a server that never answers)."""


def unreachable(exc: BaseException, timeout: float) -> DiscordUnreachable:
    where = discord.http.Route.BASE
    if isinstance(exc, asyncio.TimeoutError):
        reason = f"no answer within {timeout:g} s"
    else:
        reason = f"{type(exc).__name__}: {exc}"
    return DiscordUnreachable(
        f"cannot reach Discord at {where} ({reason}); check the network connection "
        "(and PERFM_DISCORD_API if it is set), then start again"
    )


async def login(bot: commands.Bot, token: str, timeout: float = CONNECT_TIMEOUT) -> None:
    """``bot.login`` (which runs ``setup_hook``) within ``timeout``; DiscordUnreachable when the
    network fails, ConfigError when Discord refuses the token."""
    try:
        await asyncio.wait_for(bot.login(token), timeout)
    except discord.LoginFailure:
        raise ConfigError("Discord refused the token in DISCORD_TOKEN; copy it again from the Developer Portal (Bot > Reset Token).") from None
    except (aiohttp.ClientError, OSError, asyncio.TimeoutError) as exc:
        log.debug("login failed", exc_info=True)
        raise unreachable(exc, timeout) from None


async def serve(bot: PerfmBot, token: str, connect_timeout: float = CONNECT_TIMEOUT) -> None:
    """Run until Discord closes us or SIGINT/SIGTERM arrives (then close cleanly).

    Login has ``connect_timeout``; once connected, a lost gateway connection is discord.py's to
    resume or reconnect (with backoff), so the bot survives the network coming and going."""
    loop = asyncio.get_running_loop()

    def stop(name: str) -> None:
        log.info("%s received: closing the connection to Discord", name)
        asyncio.ensure_future(bot.close())

    for sig in (signal.SIGINT, signal.SIGTERM):
        # Close the client rather than cancel main(): on Python 3.11 the gateway's wait_for can
        # swallow a cancellation, and the signal may land on discord.py's heartbeat thread.
        loop.add_signal_handler(sig, stop, sig.name)
    async with bot:
        await login(bot, token, connect_timeout)
        try:
            await bot.connect(reconnect=True)
        except discord.PrivilegedIntentsRequired:
            raise ConfigError(
                "Discord refused the Message Content intent: enable it in the Developer Portal "
                "(your application > Bot > Privileged Gateway Intents > Message Content Intent), then start again."
            ) from None
