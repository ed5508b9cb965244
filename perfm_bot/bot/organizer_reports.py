"""Telling the organizers' channel about items that failed, once each.

A loop that skipped a bad date or news item (see ``perfm_bot.core.isolation``) hands its
failures here; each distinct failure is posted once per process (the posting loop runs every
30 s: the channel must not fill with the same line), and always logged.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

import discord

from perfm_bot.core.isolation import ItemFailure
from perfm_bot.core.text import shorten

if TYPE_CHECKING:
    from perfm_bot.bot.client import PerfmBot

log = logging.getLogger(__name__)
LIMIT = 1900


class OrganizerReports:
    def __init__(self, bot: PerfmBot):
        self.bot = bot
        self._told: set[tuple[str, str]] = set()

    async def item_failures(self, failures: Iterable[ItemFailure]) -> bool:
        """Post the failures not reported before; True when something new was posted."""
        new: dict[str, ItemFailure] = {}
        for failure in failures:
            key = (failure.item, failure.reason)
            if key not in self._told and failure.item not in new:
                new[failure.item] = failure
        if not new:
            return False
        lines = "\n".join(f"• {shorten(str(f), 300)}" for f in new.values())
        text = shorten(
            "Some items of the knowledge could not be handled, so I skipped them and went on with the others. "
            f"Fix them (perfm-bot check says where) and I pick the change up by myself:\n{lines}",
            LIMIT,
        )
        if await self.send(text):
            self._told.update((f.item, f.reason) for f in new.values())
            return True
        return False

    async def send(self, text: str) -> bool:
        """One message to the organizers' channel; False (and a log line) when there is none or it fails."""
        channel = self.bot.organizer_channel()
        if channel is None:
            log.warning("no organizer channel (PERFM_ORGANIZER_CHANNEL_ID) to tell: %s", text)
            return False
        try:
            await channel.send(text, allowed_mentions=discord.AllowedMentions.none())
            return True
        except (discord.HTTPException, OSError) as exc:
            log.warning("could not tell the organizers (%s): %s", exc, text)
            return False
