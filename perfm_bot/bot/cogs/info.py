"""/dates and /news: the workshop's calendar and latest news, straight from the knowledge in service.

No model involved, so both answer at once (well within Discord's 3 seconds). /dates uses Discord
timestamps, which every reader sees in their own time zone with a live countdown, and attaches
an .ics of the dates that are set.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from perfm_bot.bot import embeds
from perfm_bot.bot.cogs import ServiceCog
from perfm_bot.core.isolation import ItemFailure, describe_date, each
from perfm_bot.posting.calendar_ics import dates_calendar
from perfm_bot.index.chunking import resolve_source
from perfm_bot.sources.workshop_name import workshop_name

if TYPE_CHECKING:
    pass

CALENDAR_FILE = "perfm-dates.ics"


class InfoCog(ServiceCog, name="Dates and news"):
    @app_commands.command(name="dates", description="Every important date of the workshop, in your own time zone")
    @app_commands.checks.cooldown(2, 30.0)
    async def dates(self, interaction: discord.Interaction) -> None:
        knowledge = self.services.engine.knowledge
        failures: list[ItemFailure] = []  # a date that breaks a line or the calendar is left out, and told
        link = lambda d: (d.key, embeds.absolute_url(resolve_source(knowledge, d.source, d.label).url, self.settings.site_url))  # noqa: E731
        links = {key: url for key, url in each(knowledge.dates, link, describe_date, "its /dates link", failures) if url}
        name = workshop_name(knowledge, self.services.settings.workshop_name)
        calendar = dates_calendar(knowledge.dates, self.services.clock(), workshop=name, links=links, failures=failures)
        embed = embeds.dates_embed(knowledge.dates, has_calendar=calendar is not None, failures=failures)
        kwargs = {"file": discord.File(io.BytesIO(calendar), filename=CALENDAR_FILE)} if calendar else {}
        await interaction.response.send_message(embed=embed, allowed_mentions=discord.AllowedMentions.none(), **kwargs)
        if failures:
            await self.bot.reports.item_failures(failures)

    @app_commands.command(name="news", description="The workshop's latest news")
    @app_commands.checks.cooldown(2, 30.0)
    async def news(self, interaction: discord.Interaction) -> None:
        embed = embeds.news_embed(self.services.engine.knowledge.news, self.services.clock())
        await interaction.response.send_message(embed=embed, allowed_mentions=discord.AllowedMentions.none())
