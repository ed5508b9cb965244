"""Organizer updates to the knowledge: /announce [at], /deadline set|tba, /faq add|remove, /reindex.

Each one goes through the organizer store (checked, atomic, logged, undoable), then reloads the
engine on the model's worker, so the very next question is answered with the change. Replies
are private to the organizer. Bad input comes back as the store's own message, and nothing is
changed; only /announce posts publicly, and it pings only when asked to. ``/announce at:``
stores the news with its time instead: the scheduled-posts cog posts it then, once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands
from discord.utils import format_dt

from perfm_bot.bot import embeds
from perfm_bot.bot.cogs import ServiceCog
from perfm_bot.bot.checks import ORGANIZER_PERMISSIONS, organizer_only
from perfm_bot.bot.replies import organizer_name, refresh_note
from perfm_bot.core.errors import InputError, PerfmError
from perfm_bot.sources.schemas import MAX_FAQ_QUESTION, MAX_TEXT
from perfm_bot.editing.inputs import parse_at_input, parse_day_input, parse_time_input, parse_timezone_input, skipped_at_note

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


class OrganizerCog(ServiceCog, name="Organizer updates"):
    deadline = app_commands.Group(
        name="deadline", description="Set or clear an important date (organizers)", guild_only=True,
        default_permissions=ORGANIZER_PERMISSIONS,
    )
    faq = app_commands.Group(
        name="faq", description="Add or remove a FAQ entry (organizers)", guild_only=True,
        default_permissions=ORGANIZER_PERMISSIONS,
    )

    # --- /announce ---------------------------------------------------------------------

    @app_commands.command(name="announce", description="Post an announcement and make it answerable (organizers)")
    @app_commands.describe(
        message="The announcement, as attendees should read it",
        ping="Notify people: none (default), @here, or the attendee role",
        at="Optional: post it later, e.g. 2026-12-01 09:00 Europe/Berlin (no zone: the dates' zone, AoE)",
    )
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    @organizer_only
    async def announce(
        self,
        interaction: discord.Interaction,
        message: app_commands.Range[str, 1, MAX_TEXT],
        ping: Literal["none", "here", "role"] = "none",
        at: app_commands.Range[str, 1, 64] | None = None,
    ) -> None:
        channel = self.bot.announcement_channel()
        if channel is None:
            raise InputError("No announcement channel is configured (PERFM_ANNOUNCE_CHANNEL_ID); nothing was posted or stored.")
        if at is not None:
            await self._schedule_announcement(interaction, message, ping, at, channel.id)
            return
        prefix, allowed = self._ping(ping)
        await interaction.response.defer(ephemeral=True, thinking=True)
        today = self.services.clock().date()
        change, result = await self.services.update(lambda s: s.add_news(message, by=organizer_name(interaction), day=today))
        where = f"<#{channel.id}>"
        # With a ping allowed, mentions inside the message would ping too (allowing @here allows
        # @everyone): the text is posted inert, and only the prefix asked for can notify anyone.
        body = discord.utils.escape_mentions(message) if prefix else message
        try:
            posted = await channel.send(f"{prefix}{body}", allowed_mentions=allowed)
        except discord.HTTPException as exc:
            log.warning("announcement %s stored but not posted: %s", change.ref, exc)
            await interaction.followup.send(
                f"Stored as news ({change.ref}), so the bot answers with it now, but I could not post it in {where}: "
                f"{exc.text or exc.status}. Check my permissions there, then post it by hand.{refresh_note(result)}",
                ephemeral=True,
            )
            return
        try:  # answers from it cite the message, where attendees can read it
            await self.services.update(lambda s: s.cite_news(change.ref, posted.jump_url, by=organizer_name(interaction)))
        except PerfmError as exc:
            log.warning("announcement %s posted, but its link was not stored: %s", change.ref, exc)
        await interaction.followup.send(
            f"Posted in {where} and stored as news ({change.ref}): attendees can ask about it now.{refresh_note(result)}",
            ephemeral=True,
        )

    async def _schedule_announcement(
        self, interaction: discord.Interaction, message: str, ping: str, at: str, channel_id: int
    ) -> None:
        """Store the news with its time; the scheduled-posts loop posts it then, and answers use
        it only from then on (``answering.compose`` hides news whose time has not come)."""
        if ping != "none":
            raise InputError("A scheduled announcement cannot ping (the bot posts it on its own, pinging nobody); "
                             "leave `ping` out, or leave `at` out to post now. Nothing was stored.")
        when = parse_at_input(at, self.services.engine.knowledge.default_timezone)
        now = self.services.clock()
        if when <= now:
            raise InputError(
                f"{format_dt(when, 'F')} ({format_dt(when, 'R')}) has already passed, so nothing was stored. "
                "Give a later time, or leave `at` out to post now."
            )
        await interaction.response.defer(ephemeral=True, thinking=True)
        change, result = await self.services.update(lambda s: s.add_news(message, by=organizer_name(interaction), at=when))
        skipped = skipped_at_note(at, self.services.engine.knowledge.default_timezone)
        await interaction.followup.send(
            f"Scheduled for {format_dt(when, 'F')} ({format_dt(when, 'R')}) in <#{channel_id}>, stored as news "
            f"({change.ref}): attendees can ask about it from then on. `/schedule` lists it.{refresh_note(result)}"
            + (f"\nNote: {skipped}." if skipped else ""),
            ephemeral=True,
        )

    def _ping(self, ping: str) -> tuple[str, discord.AllowedMentions]:
        """The only mention the bot ever sends: exactly the one asked for (the message body is escaped)."""
        if ping == "here":
            return "@here\n", discord.AllowedMentions(everyone=True, users=False, roles=False, replied_user=False)
        if ping == "role":
            role_id = self.settings.announce_role_id
            if role_id is None:
                raise InputError(
                    "No attendee role is configured for ping:role (PERFM_ANNOUNCE_ROLE_ID); nothing was posted or stored."
                )
            role = discord.Object(role_id)
            return f"<@&{role_id}>\n", discord.AllowedMentions(everyone=False, users=False, roles=[role], replied_user=False)
        return "", discord.AllowedMentions.none()

    # --- /deadline ---------------------------------------------------------------------

    @deadline.command(name="set", description="Set an important date (organizers)")
    @app_commands.describe(
        key="Which date (e.g. paper)",
        day="The date as YYYY-MM-DD",
        time="Optional HH:MM (24 h); moving a set date keeps its time, a new one closes at 23:59",
        timezone="Optional: AoE (default), UTC or a name like Europe/Berlin",
    )
    @organizer_only
    async def deadline_set(
        self,
        interaction: discord.Interaction,
        key: app_commands.Range[str, 1, 64],
        day: app_commands.Range[str, 1, 10],
        time: app_commands.Range[str, 1, 5] | None = None,
        timezone: app_commands.Range[str, 1, 64] | None = None,
    ) -> None:
        when = parse_day_input(day)
        at = parse_time_input(time) if time else None
        tz = parse_timezone_input(timezone) if timezone else None
        await interaction.response.defer(ephemeral=True, thinking=True)
        change, result = await self.services.update(lambda s: s.set_deadline(key, when, at, tz, by=organizer_name(interaction)))
        item = self.services.engine.knowledge.date(key)
        shown = f"\n{embeds.date_line(item)}" if item else ""
        await interaction.followup.send(f"{change.summary}. Attendees get the new date now.{shown}{refresh_note(result)}", ephemeral=True)

    @deadline.command(name="tba", description="Mark an important date as not announced (organizers)")
    @app_commands.describe(key="Which date (e.g. paper)")
    @organizer_only
    async def deadline_tba(self, interaction: discord.Interaction, key: app_commands.Range[str, 1, 64]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        change, result = await self.services.update(lambda s: s.set_tba(key, by=organizer_name(interaction)))
        await interaction.followup.send(f"{change.summary}. Attendees now hear it is TBA.{refresh_note(result)}", ephemeral=True)

    @deadline_set.autocomplete("key")
    @deadline_tba.autocomplete("key")
    async def date_keys(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        dates = self.services.engine.knowledge.dates
        wanted = current.lower()
        return [
            app_commands.Choice(name=embeds.clip(f"{d.key}: {d.label}", 100), value=d.key)
            for d in dates
            if wanted in d.key or wanted in d.label.lower()
        ][:25]

    # --- /faq --------------------------------------------------------------------------

    @faq.command(name="add", description="Add a question and its answer to the FAQ (organizers)")
    @app_commands.describe(question="The question, as attendees ask it", answer="The answer the bot will give")
    @organizer_only
    async def faq_add(
        self,
        interaction: discord.Interaction,
        question: app_commands.Range[str, 1, MAX_FAQ_QUESTION],
        answer: app_commands.Range[str, 1, MAX_TEXT],
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        change, result = await self.services.update(lambda s: s.add_faq(question, answer, by=organizer_name(interaction)))
        await interaction.followup.send(f"{change.summary}. The bot answers it from now on.{refresh_note(result)}", ephemeral=True)

    @faq.command(name="remove", description="Remove a FAQ entry (organizers)")
    @app_commands.describe(entry="The FAQ entry's id")
    @organizer_only
    async def faq_remove(self, interaction: discord.Interaction, entry: app_commands.Range[str, 1, 64]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        change, result = await self.services.update(lambda s: s.remove_faq(entry, by=organizer_name(interaction)))
        await interaction.followup.send(f"{change.summary}. The bot no longer answers from it.{refresh_note(result)}", ephemeral=True)

    @faq_remove.autocomplete("entry")
    async def faq_ids(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        wanted = current.lower()
        return [
            app_commands.Choice(name=embeds.clip(f"{e.id}: {e.question}", 100), value=e.id)
            for e in self.services.engine.knowledge.faq
            if wanted in e.id or wanted in e.question.lower()
        ][:25]

    # --- /reindex ----------------------------------------------------------------------

    @app_commands.command(name="reindex", description="Reload the knowledge files after a hand edit (organizers)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    @organizer_only
    async def reindex(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await self.services.reindex()
        if result is not None and result.error is not None:
            text = "The knowledge files have problems; I keep answering from the last good version:\n" + embeds.problem_list(
                result.error, 1800
            )
        elif result is not None and result.stats is not None:
            s = result.stats
            text = f"Reloaded the knowledge: {s.added} passages added, {s.removed} removed, {s.embedded} newly embedded."
        else:
            text = "Reloaded the knowledge: nothing had changed."
        await interaction.followup.send(text, ephemeral=True)
