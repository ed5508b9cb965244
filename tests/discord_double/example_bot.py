"""Minimal discord.py bot used by ``test_fake_discord.py`` as a separate process.

It shows the production-side hook a real bot needs to be testable against the
double: when ``PERFM_DISCORD_API`` is set, REST and gateway traffic go there.

Environment:
    PERFM_DISCORD_API   e.g. http://127.0.0.1:54321 (unset = real Discord)
    DISCORD_TOKEN       bot token (any string for the double)
    PERFM_GUILD_ID      guild to sync the slash commands to
    LOG_LEVEL           logging level (default INFO)
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys

import discord
import yarl
from discord import app_commands
from discord.ext import commands

log = logging.getLogger("example_bot")


def redirect_discord(api_url: str) -> None:
    """Send discord.py's REST calls and gateway connection to ``api_url``.

    Must run before ``Client.login``/``start``.  discord.py has no public setting for
    this, but both endpoints are plain class attributes:
    * ``Route.BASE`` is read each time a ``Route`` is built (bot HTTP *and* the
      interaction/webhook adapter);
    * ``DiscordWebSocket.DEFAULT_GATEWAY`` is where a non-sharded client connects (it
      never asks GET /gateway/bot); resumes then use READY's ``resume_gateway_url``.
    """
    base = api_url.rstrip("/")
    discord.http.Route.BASE = f"{base}/api/v10"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL("ws" + base[len("http"):] + "/gateway")


class PingView(discord.ui.View):
    def __init__(self, text: str) -> None:
        super().__init__(timeout=600)
        self.text = text

    @discord.ui.button(label="Again", style=discord.ButtonStyle.primary)
    async def again(self, interaction: discord.Interaction, button: discord.ui.Button[PingView]) -> None:
        await interaction.response.send_message(f"pong again: {self.text}", ephemeral=True)


class ExampleBot(commands.Bot):
    def __init__(self, guild_id: int) -> None:
        # Default intents: no privileged ones (MESSAGE_CONTENT is not needed to read
        # messages that mention the bot).
        super().__init__(command_prefix=commands.when_mentioned, intents=discord.Intents.default())
        self.guild_id = guild_id

        @self.tree.command(description="Answer with an embed and a button")
        @app_commands.describe(text="What to echo")
        async def ping(interaction: discord.Interaction, text: str) -> None:
            embed = discord.Embed(title="Pong", description=text, colour=discord.Colour.green())
            await interaction.response.send_message(embed=embed, view=PingView(text))

    async def setup_hook(self) -> None:
        guild = discord.Object(id=self.guild_id)
        self.tree.copy_global_to(guild=guild)
        synced = await self.tree.sync(guild=guild)
        log.info("synced %d commands to guild %s", len(synced), self.guild_id)

    async def on_ready(self) -> None:
        log.info("ready as %s", self.user)

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or self.user is None:
            return
        if self.user.mentioned_in(message):
            await message.reply(
                f"Hi {message.author.display_name}!",
                mention_author=False,
                allowed_mentions=discord.AllowedMentions.none(),
            )


async def main() -> None:
    api = os.environ.get("PERFM_DISCORD_API")
    if api:
        redirect_discord(api)
    bot = ExampleBot(int(os.environ["PERFM_GUILD_ID"]))
    # Stop by closing the client rather than relying on asyncio.run's SIGINT -> cancel:
    # on Python 3.11 asyncio.wait_for (used by discord.py around the gateway connect) can
    # swallow that cancellation, leaving the process running.  add_signal_handler also
    # wakes the loop even when the signal lands on discord.py's heartbeat thread.
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, lambda: asyncio.ensure_future(bot.close()))
    async with bot:
        await bot.start(os.environ.get("DISCORD_TOKEN", "fake-token"))


if __name__ == "__main__":
    logging.basicConfig(
        level=os.environ.get("LOG_LEVEL", "INFO"),
        stream=sys.stderr,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
    )
    asyncio.run(main())
