"""Who may use the organizer commands: members with the configured organizer role.

Enforced here, in code, on every organizer command and subcommand. ``default_permissions`` on
those commands only hides them from most members in Discord's menu; server admins can change
that, and Discord ignores it on subcommands, so it is a hint, never the guard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import discord
from discord import app_commands

from perfm_bot.bot.replies import NotOrganizer

if TYPE_CHECKING:
    from perfm_bot.bot.client import PerfmBot

# The menu hint: members who can manage messages see the organizer commands by default.
ORGANIZER_PERMISSIONS = discord.Permissions(manage_messages=True)

REFUSAL = (
    "Sorry, only the workshop's organizers can use /{command}. Nothing was changed. "
    "If you are an organizer, ask a server admin for the organizer role."
)


def is_organizer(interaction: discord.Interaction) -> bool:
    bot = cast("PerfmBot", interaction.client)
    command = interaction.command.qualified_name if interaction.command else "this command"
    if not isinstance(interaction.user, discord.Member):
        raise app_commands.NoPrivateMessage()
    role_id = bot.settings.organizer_role_id
    if role_id is None:
        raise NotOrganizer(
            f"/{command} is switched off: no organizer role is configured (PERFM_ORGANIZER_ROLE_ID). Nothing was changed."
        )
    if interaction.user.get_role(role_id) is None:
        raise NotOrganizer(REFUSAL.format(command=command))
    return True


organizer_only = app_commands.check(is_organizer)
