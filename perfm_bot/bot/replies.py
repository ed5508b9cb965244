"""Replies only the user sees, and the words for every error a user can cause.

Every command and button ends in one of two ways: its own reply, or a private (ephemeral)
explanation from here. An unexpected error is logged with its traceback for the operators and
the user gets an apology, never a traceback; the bot keeps running either way.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from perfm_bot.bot import embeds
from perfm_bot.core.errors import PerfmError

if TYPE_CHECKING:
    from perfm_bot.answering.engine import RefreshResult

log = logging.getLogger(__name__)

PROBLEMS_LIMIT = 1200  # leaves room in a 2,000-character reply for what the command itself says
SORRY = "Sorry, something went wrong on my side; it is logged for the organizers. Please try again in a moment."


class NotOrganizer(app_commands.CheckFailure):
    """The user lacks the organizer role (or none is configured)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


async def send_private(interaction: discord.Interaction, content: str | None = None, *, embed: discord.Embed | None = None, **kwargs) -> None:
    """An ephemeral reply, whether or not the interaction was answered or deferred already."""
    kwargs.setdefault("allowed_mentions", discord.AllowedMentions.none())
    if content is not None:
        content = embeds.clip(content, embeds.CONTENT_LIMIT)  # over Discord's limit, nothing would arrive
    if interaction.response.is_done():
        await interaction.followup.send(content, embed=embed or discord.utils.MISSING, ephemeral=True, **kwargs)
    else:
        await interaction.response.send_message(content, embed=embed, ephemeral=True, **kwargs)


def slow_down(retry_after: float) -> str:
    """What someone asking too fast hears, by /ask or by message."""
    return f"You're asking faster than I can keep up. Please wait {retry_after:.0f} s and ask again."


def explain(error: Exception) -> str | None:
    """What to tell the user about ``error``; None when it is a bug (log it, apologise)."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, PerfmError):
        return embeds.problem_list(error, PROBLEMS_LIMIT)
    if isinstance(error, NotOrganizer):
        return error.message
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command works in the workshop's server, not in direct messages."
    if isinstance(error, app_commands.CommandOnCooldown):
        return slow_down(error.retry_after)
    if isinstance(error, app_commands.TransformerError):
        return f"I could not read '{error.value}' for that option; please check it and try again."
    if isinstance(error, app_commands.CheckFailure):
        return "Sorry, you can't use this command here."
    return None


async def report(interaction: discord.Interaction, error: Exception) -> None:
    """Tell the user what went wrong (privately); log what they cannot fix."""
    message = explain(error)
    if message is None:
        command = interaction.command.qualified_name if interaction.command else "a component"
        log.error("error in %s for user %s", command, interaction.user.id, exc_info=error)
        message = SORRY
    try:
        await send_private(interaction, message)
    except discord.HTTPException as exc:  # the interaction expired or Discord is down: nothing else to do
        log.warning("could not tell user %s about an error: %s", interaction.user.id, exc)


def organizer_name(interaction: discord.Interaction) -> str:
    """How the change log names an organizer: their Discord username."""
    return interaction.user.name


def refresh_note(result: RefreshResult | None) -> str:
    """A warning to append when a change was saved but the knowledge as a whole does not load."""
    if result is not None and result.error is not None:
        problems = embeds.problem_list(result.error, PROBLEMS_LIMIT)
        return "\n⚠️ Saved, but the knowledge files have a problem, so I keep answering from the last good version:\n" + problems
    return ""
