"""Start-up against the Discord double, in this process: what an operator sees when the portal settings are wrong."""

from __future__ import annotations

import pytest
from discord_double.fake_discord import FakeDiscord, redirect_discord_py

from perfm_bot.bot.client import PerfmBot, serve
from perfm_bot.core.settings import BotSettings, ConfigError

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.client.not-a-real-token"


async def start(api: FakeDiscord, token: str, **settings) -> None:
    restore = redirect_discord_py(api.url)
    try:
        # No services: these bots never get as far as a question.
        await serve(PerfmBot(BotSettings(token=token, **settings), services=None), token)  # type: ignore[arg-type]
    finally:
        restore()


async def test_a_wrong_token_is_named():
    async with FakeDiscord(token=TOKEN) as api:
        with pytest.raises(ConfigError, match="Discord refused the token in DISCORD_TOKEN"):
            await start(api, "MTIz.wrong.token")


async def test_a_missing_message_content_intent_says_which_switch_to_turn_on():
    async with FakeDiscord(token=TOKEN, privileged_intents_enabled=False) as api:
        with pytest.raises(ConfigError, match="Message Content Intent"):
            await start(api, TOKEN, guild_id=api.guild.id)
        # It got as far as registering the commands in the server, then the gateway said no.
        assert api.synced_command("ask", guild_id=api.guild.id) is not None
