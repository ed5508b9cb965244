"""The bot's cogs; ``PerfmBot.make_cogs`` builds them with their dependencies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from discord.ext import commands

from perfm_bot.core.settings import BotSettings

if TYPE_CHECKING:
    from perfm_bot.bot.client import PerfmBot
    from perfm_bot.bot.services import BotServices


class ServiceCog(commands.Cog):
    """A cog with what every cog is given: the bot, the shared services (engine, store, question
    log, batcher; None while ``sync-commands`` builds the bot for its command definitions only)
    and the Discord settings."""

    def __init__(self, bot: PerfmBot, services: BotServices, settings: BotSettings):
        self.bot = bot
        self.services = services
        self.settings = settings
