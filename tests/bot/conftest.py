"""A real PerfmBot with real cogs, never connected: slash commands go through ``CommandTree._call``,
messages through the gateway parser, HTTP is captured (``discord_double.OfflineBot``).

The engine uses the real model (shared per session) on a private copy of the knowledge; the
index and embedding cache are built once per session and copied, so a bot starts in ~0.1 s.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from bot_helpers import SITE, Harness
from discord_double.discord_payloads import SnowflakeFactory, default_guild, user_payload
from discord_double.interaction_helpers import OfflineBot

from perfm_bot.bot.client import PerfmBot
from perfm_bot.bot.services import BotServices
from perfm_bot.core.settings import BotSettings
from perfm_bot.core.settings import Settings
from perfm_bot.answering.engine import Engine

SHIPPED_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
MakeHarness = Callable[..., Awaitable[Harness]]


@pytest.fixture(scope="session")
def warm_state(tmp_path_factory: pytest.TempPathFactory, real_embedder) -> Path:
    """A state folder whose index and embedding cache cover the shipped knowledge."""
    root = tmp_path_factory.mktemp("warm")
    shutil.copytree(SHIPPED_KNOWLEDGE, root / "knowledge")
    Engine(Settings(root / "knowledge", root / "state"), real_embedder)
    return root / "state"


@pytest_asyncio.fixture
async def make_harness(tmp_path: Path, knowledge_dir: Path, warm_state: Path, real_embedder, clock) -> AsyncIterator[MakeHarness]:
    made: list[Harness] = []

    async def make(state: Path | None = None, **overrides: Any) -> Harness:
        if state is None:
            state = tmp_path / "state"
            shutil.copytree(warm_state, state)
        services = BotServices.around(Engine(Settings(knowledge_dir, state), real_embedder, clock), clock)
        ids = SnowflakeFactory()
        app_id = ids()
        guild = default_guild(user_payload(app_id, "perfm-bot", bot=True), ids=ids)
        guild.add_text_channel("ask")
        guild.add_role("Attendee")
        settings = BotSettings(
            token="not-used",
            guild_id=guild.id,
            organizer_role_id=guild.role_id("Organizer"),
            announce_channel_id=guild.channel_id("announcements"),
            announce_role_id=guild.role_id("Attendee"),
            organizer_channel_id=guild.channel_id("organizers"),
            ask_channel_ids=frozenset({guild.channel_id("ask")}),
            site_url=SITE,
        )
        bot = PerfmBot(replace(settings, **overrides), services)
        offline = await OfflineBot.create(bot, guild=guild, application_id=app_id, run_setup_hook=True)
        harness = Harness(offline, bot, services)
        made.append(harness)
        return harness

    yield make
    for harness in made:
        await harness.offline.close()
        harness.services.close()


@pytest_asyncio.fixture
async def harness(make_harness: MakeHarness) -> Harness:
    return await make_harness()


