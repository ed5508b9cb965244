"""Scheduled posts in Discord: the loop that sends deadline reminders and scheduled news, and /schedule.

Glue only. What is posted and when is decided in ``perfm_bot.posting.planner``, whether it went out is
recorded in ``perfm_bot.posting.outbox``, and ``perfm_bot.posting.scheduler`` drives both; this cog runs the
scheduler's ``tick`` in a ``discord.ext.tasks`` loop and sends through the announcement channel.

The loop belongs to the cog: started in ``cog_load``, it waits for the gateway to be ready, and
``cog_unload`` stops it (``on_ready`` fires again after every reconnect, so it starts nothing).
Instead of polling every few seconds it sleeps until the next post is due, so a post goes out at
its minute, but never longer than ``REPLAN`` of clock time, so a change to the knowledge (a date
set or moved, news scheduled) is planned soon after; a reload of edited files wakes it at once
(``replan_soon``). Under ``--simulate-from ... --speed N`` both are divided by N: the season's
posts arrive in order and on their simulated minute.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import aiohttp
import discord
from discord import app_commands
from discord.ext import tasks

from perfm_bot.bot.cogs import ServiceCog
from perfm_bot.bot.checks import organizer_only
from perfm_bot.bot.replies import send_private
from perfm_bot.core.settings import BotSettings
from perfm_bot.core.text import shorten
from perfm_bot.posting.outbox import Outbox
from perfm_bot.posting.scheduler import OutgoingPost, PermanentFailure, Scheduler, SendResult, Sent, TickReport, TransientFailure
from perfm_bot.posting.timeline import DISCORD_LIMIT, format_upcoming

if TYPE_CHECKING:
    from perfm_bot.bot.client import PerfmBot
    from perfm_bot.bot.services import BotServices

log = logging.getLogger(__name__)

REPLAN = timedelta(seconds=30)  # clock time between plans when no post is due sooner
MIN_REPLAN_PAUSE = 1.0  # real seconds: at a high --speed, re-plan at most once a second
MIN_PAUSE = 0.05  # real seconds: never spin, even when a post is due right now
STOP_GRACE = 15.0  # real seconds a send in progress may take to finish when the bot stops
UPCOMING = 10  # posts /schedule shows
OFF = "Scheduled posts are off: no announcement channel is configured (PERFM_ANNOUNCE_CHANNEL_ID)."


def pause_after_tick(now: datetime, next_due: datetime | None, speed: float = 1.0) -> float:
    """Real seconds to sleep after a tick: until the next post is due, at most ``REPLAN`` of clock time.

    ``speed`` is how much faster than real time the clock runs (a rehearsal's ``--speed``). At a
    high speed re-planning is held to once a real second (30 s of clock would be a busy loop),
    while the wait for a post stays exact: a rung is neither jumped over nor sent late.
    """
    longest = max(REPLAN.total_seconds() / speed, MIN_REPLAN_PAUSE)
    if next_due is None:
        return longest
    until_due = (next_due - now).total_seconds() / speed
    return max(min(until_due, longest), MIN_PAUSE)


class ChannelSender:
    """The scheduler's ``PostSender``: one message in the announcement channel, pinging nobody.

    The post's id is the message nonce; discord.py then sets ``enforce_nonce``, so a resend after
    a crash mid-send returns the first message instead of posting a second one (within Discord's
    window of a few minutes). Errors become the scheduler's outcomes: retrying cannot bring back
    a deleted channel or a missing permission, while a network error or Discord's 5xx may pass.
    """

    def __init__(self, bot: PerfmBot):
        self.bot = bot

    async def send(self, post: OutgoingPost) -> SendResult:
        channel = self.bot.announcement_channel()
        if channel is None:
            return PermanentFailure("no announcement channel is configured (PERFM_ANNOUNCE_CHANNEL_ID)")
        try:
            message = await channel.send(post.text, nonce=post.id, allowed_mentions=discord.AllowedMentions.none())
        except discord.NotFound as exc:
            return PermanentFailure(f"the announcement channel {channel.id} does not exist (Discord: {_said(exc)})")
        except discord.Forbidden as exc:
            return PermanentFailure(f"no permission to post in the announcement channel {channel.id} (Discord: {_said(exc)})")
        except discord.HTTPException as exc:
            if exc.status >= 500 or exc.status == 429:
                return TransientFailure(f"Discord answered {exc.status}: {_said(exc)}")
            return PermanentFailure(f"Discord refused the post ({exc.status}: {_said(exc)})")
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            return TransientFailure(f"network: {type(exc).__name__}: {exc}", network=True)
        log.info("posted %s %s%s as message %s%s", post.kind, post.ref, f" {post.rung}" if post.rung else "",
                 message.id, " (late)" if post.late else "")
        return Sent(message.id)


def _said(exc: discord.HTTPException) -> str:
    return exc.text or exc.response.reason or str(exc.status)


class SchedulingCog(ServiceCog, name="Scheduled posts"):
    def __init__(self, bot: PerfmBot, services: BotServices, settings: BotSettings):
        super().__init__(bot, services, settings)
        self.scheduler: Scheduler | None = None
        self._ticking = False
        self._wake = asyncio.Event()  # set: end the pause and plan now

    async def cog_load(self) -> None:
        if self.services is None:  # `sync-commands` builds the bot for its command definitions only
            return
        outbox = Outbox(self.services.settings.outbox)
        self.scheduler = Scheduler(outbox, self.services.clock, ChannelSender(self.bot))
        if self.settings.announce_channel_id is None:
            log.warning("%s Nothing is planned or sent until it is set.", OFF)
            return
        self.posting.start()

    async def cog_unload(self) -> None:
        task = self.posting.get_task()
        if task is not None and not task.done() and self._ticking:
            # Mid-send: let it finish and be recorded rather than leave it for a later resend.
            self.posting.stop()
            self._wake.set()  # and skip the pause after it
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.wait_for(asyncio.shield(task), STOP_GRACE)
        self.posting.cancel()
        if self.scheduler is not None:
            self.scheduler.outbox.close()

    # --- the loop ----------------------------------------------------------------------

    @tasks.loop(seconds=0)  # each round ends with its own pause, which replan_soon can cut short
    async def posting(self) -> None:
        speed = getattr(self.services.clock, "speed", 1.0)
        self._wake.clear()  # before planning: a wake-up during this round is kept for the pause
        try:
            await self.tick()
            assert self.scheduler is not None
            pause = pause_after_tick(self.services.clock(), self.scheduler.next_due(), speed)
        except Exception:  # one bad round (a locked or broken outbox file...) must not end the posting
            log.exception("scheduled posts: this round failed; trying again at the next one")
            pause = pause_after_tick(self.services.clock(), None, speed)
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self._wake.wait(), pause)

    def replan_soon(self) -> None:
        """The knowledge in service changed (a reload of edited files): plan now, not at the end of
        the pause. A round in progress finishes first; the next one starts right after it."""
        self._wake.set()

    @posting.before_loop
    async def before_posting(self) -> None:
        await self.bot.wait_until_ready()

    async def tick(self) -> TickReport:
        """One round: plan from the knowledge in service, then send what is due."""
        assert self.scheduler is not None, "the cog is not loaded"
        self._ticking = True
        try:
            report = await self.scheduler.tick(self.services.engine.knowledge)
        finally:
            self._ticking = False
        if report.broken:
            await self.bot.reports.item_failures(report.broken)
        return report

    # --- /schedule ---------------------------------------------------------------------

    @app_commands.command(name="schedule", description="The next posts the bot will make on its own (organizers)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    @organizer_only
    async def schedule(self, interaction: discord.Interaction) -> None:
        if self.scheduler is None or self.settings.announce_channel_id is None:
            await send_private(interaction, OFF)
            return
        planned = self.scheduler.plan(self.services.engine.knowledge, self.services.clock())  # a date set a second ago shows
        if planned.broken:
            await self.bot.reports.item_failures(planned.broken)
        warning = self._failures_note()
        text = format_upcoming(self.scheduler.upcoming(UPCOMING), limit=DISCORD_LIMIT - len(warning))
        await send_private(interaction, text + warning)

    def _failures_note(self) -> str:
        """Posts that could not be sent are otherwise only in the log: say so where organizers look."""
        assert self.scheduler is not None
        failed = self.scheduler.outbox.posts("failed")
        if not failed:
            return ""
        last = max(failed, key=lambda p: p.due)
        reason = shorten(last.reason or "no reason recorded", 300)
        count = f"{len(failed)} post" + (" was" if len(failed) == 1 else "s were")
        return f"\n\n⚠️ {count} not sent; the latest ({last.kind} `{last.ref}`): {reason}. The bot's log has the details."
