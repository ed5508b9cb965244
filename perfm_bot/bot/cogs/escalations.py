"""Closing the loop: /unanswered, /answer, /stats.

The queue holds what the bot could not answer and what attendees handed to a person. /answer
sends the organizer's answer to the asker where they asked (their thread, else the channel as a
reply, else a DM), closes the item, and with ``add_to_faq`` stores the pair in the FAQ, so the
next attendee who asks gets it from the bot. If the asker cannot be reached at all, the item
stays open and the organizer is told.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from perfm_bot.bot import embeds
from perfm_bot.bot.cogs import ServiceCog
from perfm_bot.bot.checks import organizer_only
from perfm_bot.bot.replies import PROBLEMS_LIMIT, organizer_name, refresh_note
from perfm_bot.core.errors import PerfmError
from perfm_bot.sources.schemas import MAX_TEXT
from perfm_bot.records.questions import LoggedQuestion

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


class EscalationCog(ServiceCog, name="Organizer queue"):
    @app_commands.command(name="unanswered", description="Questions waiting for an organizer, oldest first (organizers)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    @organizer_only
    async def unanswered(self, interaction: discord.Interaction) -> None:
        embed = embeds.unanswered_embed(self.services.questions.open_items())
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=discord.AllowedMentions.none())

    @app_commands.command(name="answer", description="Answer a queued question; the asker gets it where they asked (organizers)")
    @app_commands.rename(question_id="id")
    @app_commands.describe(
        question_id="The question's number (Q17 is 17); /unanswered lists them",
        text="Your answer, as the attendee should read it",
        add_to_faq="Also store question and answer in the FAQ, so the bot answers it from now on",
    )
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    @organizer_only
    async def answer(
        self,
        interaction: discord.Interaction,
        question_id: app_commands.Range[int, 1, None],
        text: app_commands.Range[str, 1, MAX_TEXT],
        add_to_faq: bool = False,
    ) -> None:
        logged = self.services.questions.check_answerable(question_id)
        await interaction.response.defer(ephemeral=True, thinking=True)
        # The asker first: a FAQ entry the store refuses (too long, already asked) must not cost
        # them their answer.
        embed = embeds.organizer_answer_embed(logged, text, interaction.user.display_name)
        delivered = await self.deliver(logged, embed)
        faq_id, note = None, ""
        if add_to_faq:
            try:
                link = question_link(logged)
                change, result = await self.services.update(
                    lambda s: s.add_faq(logged.question, text, by=organizer_name(interaction), source=link)
                )
            except PerfmError as exc:
                note = f" Not added to the FAQ: {embeds.problem_list(exc, PROBLEMS_LIMIT)}"
            else:
                faq_id = change.ref
                note = f" Added to the FAQ as `{faq_id}`: the bot answers it from now on.{refresh_note(result)}"
        if delivered is None:
            await interaction.followup.send(
                f"I could not reach {embeds.quote(logged.asker_name, 100)} (their thread and channel are gone and they "
                f"do not accept DMs). {logged.label} stays open.{note}",
                ephemeral=True,
            )
            return
        self.services.questions.close(question_id, by=organizer_name(interaction), answer=text, delivered_to=delivered, faq_id=faq_id)
        where = {"thread": "in their thread", "channel": "in the channel where they asked", "dm": "by direct message"}[delivered]
        await interaction.followup.send(f"Answered {logged.label} {where}; it is closed.{note}", ephemeral=True)

    @answer.autocomplete("question_id")
    async def open_questions(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[int]]:
        wanted = str(current).strip().lstrip("Qq")
        return [
            app_commands.Choice(name=embeds.queue_choice(item), value=item.question.id)
            for item in self.services.questions.open_items()
            if not wanted or str(item.question.id).startswith(wanted)
        ][:25]

    async def deliver(self, logged: LoggedQuestion, embed: discord.Embed) -> str | None:
        """Send ``embed`` to the asker: their thread, else their channel, else a DM. Where it went, or None."""
        attempts: list[tuple[str, int, int | None]] = []
        if logged.thread_id:
            in_thread = logged.message_id if logged.channel_id == logged.thread_id else logged.reply_id
            attempts.append(("thread", logged.thread_id, in_thread))
        if logged.channel_id and logged.channel_id != logged.thread_id:
            kind = "channel" if logged.guild_id else "dm"
            attempts.append((kind, logged.channel_id, logged.message_id or logged.reply_id))
        for kind, channel_id, reference in attempts:
            channel = self.bot.get_partial_messageable(channel_id, guild_id=logged.guild_id if kind != "dm" else None)
            ref = discord.MessageReference(message_id=reference, channel_id=channel_id, fail_if_not_exists=False) if reference else None
            # The asker waited for this: notify them, and only them (a DM notifies by itself).
            ping = kind != "dm"
            try:
                await channel.send(  # type: ignore[arg-type]
                    content=f"<@{logged.asker_id}>" if ping else None,
                    embed=embed,
                    reference=ref,
                    allowed_mentions=only_user(logged.asker_id) if ping else discord.AllowedMentions.none(),
                )
                return kind
            except discord.HTTPException as exc:
                log.info("%s: could not answer in %s %s: %s", logged.label, kind, channel_id, exc)
        if any(kind == "dm" for kind, _, _ in attempts):
            return None
        try:
            dm = await self.bot.create_dm(discord.Object(logged.asker_id))
            await dm.send(embed=embed, allowed_mentions=discord.AllowedMentions.none())
            return "dm"
        except discord.HTTPException as exc:
            log.info("%s: could not DM the asker: %s", logged.label, exc)
            return None

    @app_commands.command(name="stats", description="Questions asked, answered, escalated; feedback; top topics (organizers)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    @organizer_only
    async def stats(self, interaction: discord.Interaction) -> None:
        embed = embeds.stats_embed(self.services.questions.stats(), self.services.clock())
        await interaction.response.send_message(embed=embed, ephemeral=True)


def only_user(user_id: int) -> discord.AllowedMentions:
    """Mentions that can notify this one user and nobody else."""
    return discord.AllowedMentions(everyone=False, roles=False, users=[discord.Object(user_id)], replied_user=False)


def question_link(logged: LoggedQuestion) -> str | None:
    """Where the question the FAQ entry answers can be read in Discord (None when unknown)."""
    message = logged.message_id or logged.reply_id
    if message is None:
        return None
    return f"https://discord.com/channels/{logged.guild_id or '@me'}/{logged.thread_id or logged.channel_id}/{message}"
