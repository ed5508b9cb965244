"""The link that adds the bot to a server, asking for exactly the permissions it uses."""

from __future__ import annotations

import discord

SCOPES = ("bot", "applications.commands")


def permissions() -> discord.Permissions:
    return discord.Permissions(
        view_channel=True,  # see the ask, announcement and organizer channels
        send_messages=True,  # answers, announcements, escalation notices
        send_messages_in_threads=True,  # answers and follow-ups in question threads
        create_public_threads=True,  # one thread per question in the ask channels
        embed_links=True,  # answers are embeds with source links
        attach_files=True,  # the .ics calendar of /dates
        read_message_history=True,  # replying to the asker's message
        mention_everyone=True,  # only for /announce ping:here or ping:role (a role that is not mentionable)
    )


def invite_url(application_id: int) -> str:
    return discord.utils.oauth_url(application_id, permissions=permissions(), scopes=SCOPES)
