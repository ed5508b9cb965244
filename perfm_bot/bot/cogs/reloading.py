"""Hand edits reach the running bot: the knowledge folder is polled and reloaded when it changes.

Organizers also edit ``knowledge/`` by hand and commit it; the bot picks that up within seconds,
embedding only what changed. A file that fails validation is reported once to the organizers'
channel (file, line, what is wrong) and the last good knowledge keeps answering.
"""

from __future__ import annotations

import logging

import discord
from discord.ext import tasks

from perfm_bot.bot import embeds
from perfm_bot.bot.cogs import ServiceCog
from perfm_bot.answering.engine import RefreshResult
from perfm_bot.sources.shrinkage import dropped

log = logging.getLogger(__name__)
POLL_SECONDS = 5.0
REPORT_LIMIT = 1800  # of the problems listed in one message (Discord allows 2,000 characters)


class ReloadingCog(ServiceCog, name="Knowledge reload"):
    async def cog_load(self) -> None:
        if self.services is None:  # `sync-commands` builds the bot for its command definitions only
            return
        self.poll.start()

    async def cog_unload(self) -> None:
        self.poll.cancel()

    @tasks.loop(seconds=POLL_SECONDS)
    async def poll(self) -> None:
        try:
            await self.reload_once()
        except Exception:  # noqa: BLE001 - one failed poll must not end the polling
            log.exception("knowledge reload failed; trying again in %s s", POLL_SECONDS)

    @poll.before_loop
    async def before_poll(self) -> None:
        await self.bot.wait_until_ready()

    async def reload_once(self) -> RefreshResult | None:
        """Reload if the files changed (off the event loop, in turn with answering); report a breakage."""
        before = self.services.engine.knowledge
        result: RefreshResult | None = await self.services.batcher.run(self.services.engine.refresh)
        if result is None:
            return None
        lost = dropped(before, self.services.engine.knowledge) if result.error is None else []
        if lost:
            log.warning("the reload dropped most of the knowledge: %s", "; ".join(lost))
            await self.bot.reports.send(
                "The knowledge files were edited and lost most of their content at once; I now answer from "
                "what is left. If that was not meant, restore the files (perfm-bot history, git):\n"
                + "\n".join(f"• {line}" for line in lost)
            )
        if result.error is not None:
            log.warning("knowledge files are broken; still answering from the last good version:\n%s", result.error)
            await self._tell_organizers(result)
        elif result.stats is not None:
            log.info("knowledge reloaded: +%d -%d vectors, %d embedded", result.stats.added, result.stats.removed, result.stats.embedded)
            scheduling = self.bot.get_cog("Scheduled posts")
            if scheduling is not None:  # a date set or moved, news scheduled: planned now, not within 30 s
                scheduling.replan_soon()
        return result

    async def _tell_organizers(self, result: RefreshResult) -> None:
        channel = getattr(self.bot, "organizer_channel", lambda: None)()
        if channel is None or result.error is None:
            return
        problems = embeds.problem_list(result.error, REPORT_LIMIT)
        text = (
            "The knowledge files were edited and now have problems, so I kept answering from the last good "
            f"version. Fix these and I pick the change up by myself:\n```\n{problems}\n```"
        )
        try:
            await channel.send(text, allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as exc:
            log.warning("could not tell the organizers about the broken knowledge files: %s", exc)
