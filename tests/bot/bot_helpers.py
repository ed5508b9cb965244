"""Helpers for the bot tests: the harness around an OfflineBot, and checks every reply must pass."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from discord_double.interaction_helpers import CapturedCall, InvocationResult, OfflineBot

from perfm_bot.bot.client import PerfmBot
from perfm_bot.bot.services import BotServices

SITE = "https://perfm.example.org"


@dataclass
class Harness:
    offline: OfflineBot
    bot: PerfmBot
    services: BotServices

    @property
    def guild(self):
        return self.offline.guild_model

    def channel_id(self, name: str) -> int:
        return self.guild.channel_id(name)

    async def slash(self, command: str, options: dict[str, Any] | None = None, **kw: Any) -> InvocationResult:
        return await self.offline.invoke(command, options, **kw)

    async def post(self, content: str, **kw: Any) -> list[CapturedCall]:
        return await self.offline.post_message(content, **kw)

    async def click(self, message: dict, label: str, user: str = "alice") -> InvocationResult:
        return await self.offline.click(message, label=label, user=user)

    @property
    def mention(self) -> str:
        return f"<@{self.bot.user.id}>"


def sent_messages(calls: list[CapturedCall]) -> list[CapturedCall]:
    """Every call that puts a message in front of people (channel posts, callbacks, follow-ups, edits)."""
    return [c for c in calls if c.method in ("POST", "PATCH") and (c.message.get("content") or c.message.get("embeds"))]


def assert_no_pings(calls: list[CapturedCall]) -> None:
    """Nothing the bot sent could notify anyone: every message carries allowed_mentions with nothing allowed."""
    for call in sent_messages(calls):
        allowed = call.message.get("allowed_mentions")
        assert allowed is not None, f"no allowed_mentions in {call}"
        assert allowed.get("parse") == [] and not allowed.get("users") and not allowed.get("roles"), call
        assert not allowed.get("replied_user"), call


def assert_within_limits(calls: list[CapturedCall]) -> None:
    assert sent_messages(calls), "no message was sent, so none is checked"
    for call in sent_messages(calls):
        message = call.message
        assert len(message.get("content") or "") <= 2000, call
        for embed in message.get("embeds") or []:
            assert len(embed.get("title") or "") <= 256
            assert len(embed.get("description") or "") <= 4096
            assert all(len(f["value"]) <= 1024 and len(f["name"]) <= 256 for f in embed.get("fields", []))
            total = sum(len(embed.get(k) or "") for k in ("title", "description"))
            total += sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
            total += len((embed.get("footer") or {}).get("text", ""))
            assert total <= 6000
