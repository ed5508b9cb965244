"""The buttons under every answer: Helpful / Not helpful / Ask an organizer.

They are ``DynamicItem``s: the question id lives in the button's custom_id
(``perfm:feedback:17:yes``, ``perfm:escalate:17``), and the bot registers the templates at
start-up, so a button pressed days later, after any number of restarts, still works. Nothing is
kept in memory per message.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

import discord

from perfm_bot.bot.replies import report, send_private
from perfm_bot.core.text import shorten

if TYPE_CHECKING:
    from perfm_bot.bot.client import PerfmBot

log = logging.getLogger(__name__)


def answer_view(question_id: int, open_parts: Sequence[tuple[int, str]] = ()) -> discord.ui.View:
    """The buttons under an answer; a message the bot answered only in part also gets an "Ask an
    organizer" for each part it could not answer (``open_parts``: their question ids and labels)."""
    view = discord.ui.View(timeout=None)
    view.add_item(FeedbackButton(question_id, helpful=True))
    view.add_item(FeedbackButton(question_id, helpful=False))
    view.add_item(EscalateButton(question_id))
    for part_id, label in open_parts[: MAX_PART_BUTTONS]:
        view.add_item(EscalateButton(part_id, label))
    return view


MAX_PART_BUTTONS = 4  # a view holds 25 buttons; a message rarely asks more than a few things


class FeedbackButton(discord.ui.DynamicItem[discord.ui.Button], template=r"perfm:feedback:(?P<id>\d+):(?P<vote>yes|no)"):
    def __init__(self, question_id: int, helpful: bool):
        super().__init__(
            discord.ui.Button(
                label="Helpful" if helpful else "Not helpful",
                emoji="👍" if helpful else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=f"perfm:feedback:{question_id}:{'yes' if helpful else 'no'}",
            )
        )
        self.question_id = question_id
        self.helpful = helpful

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]) -> FeedbackButton:
        return cls(int(match["id"]), match["vote"] == "yes")

    async def callback(self, interaction: discord.Interaction) -> None:
        bot = cast("PerfmBot", interaction.client)
        try:
            bot.services.questions.add_feedback(self.question_id, interaction.user.id, self.helpful)
        except Exception as exc:  # noqa: BLE001 - dynamic item errors would otherwise only be logged
            await report(interaction, exc)
            return
        if self.helpful:
            await send_private(interaction, "Thanks! Glad it helped.")
        else:
            await send_private(interaction, "Thanks for saying so. If you need a person, press **Ask an organizer**.")


class EscalateButton(discord.ui.DynamicItem[discord.ui.Button], template=r"perfm:escalate:(?P<id>\d+)"):
    def __init__(self, question_id: int, part: str | None = None):
        label = "Ask an organizer" if part is None else shorten(f"Ask an organizer: {part}", 80)  # Discord's limit
        super().__init__(
            discord.ui.Button(
                label=label,
                emoji="🙋",
                style=discord.ButtonStyle.primary,
                custom_id=f"perfm:escalate:{question_id}",
            )
        )
        self.question_id = question_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]) -> EscalateButton:
        return cls(int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        bot = cast("PerfmBot", interaction.client)
        try:
            # Acknowledge within Discord's 3 s first: telling the organizers' channel can be slow
            # (rate limits in a burst), and the attendee must not see "This interaction failed".
            await interaction.response.defer(ephemeral=True, thinking=True)
            item, escalated = bot.services.questions.escalate(self.question_id, interaction.user.id)
            label = item.question.label
            if item.state == "answered":
                message = f"An organizer already answered {label}: look for their reply where you asked, or in your DMs."
            elif escalated:
                await bot.notify_organizers(item.question)
                message = (
                    f"Done: {label} is with the organizers now. Their answer will come here "
                    "(or by direct message if it can't)."
                )
            else:
                message = f"{label} is already with the organizers; their answer will come here."
        except Exception as exc:  # noqa: BLE001
            await report(interaction, exc)
            return
        await send_private(interaction, message)
