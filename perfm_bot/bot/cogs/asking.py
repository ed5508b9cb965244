"""Attendee questions: /ask, a mention of the bot, a DM, any message in an ask channel, follow-ups in a question's thread.

Every way in ends in the same place: ``batcher.ask(question)`` (the model off the event loop,
questions that arrive together answered together), a line in the question log, and one reply:
the answer embed with its sources and the Helpful / Not helpful / Ask an organizer buttons. An
abstention says so and offers the organizers in the same reply (it is queued for them already).
"""

from __future__ import annotations

import logging
import re
import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from perfm_bot.answering.compose import MAX_QUESTION_CHARS, check_question
from perfm_bot.bot import embeds
from perfm_bot.bot.cogs import ServiceCog
from perfm_bot.bot.replies import SORRY, slow_down
from perfm_bot.bot.views import answer_view
from perfm_bot.core.settings import BotSettings
from perfm_bot.core.errors import InputError
from perfm_bot.records.questions import Asked
from perfm_bot.sources.workshop_name import short_name, workshop_name

if TYPE_CHECKING:
    from perfm_bot.bot.client import PerfmBot
    from perfm_bot.bot.services import BotServices

log = logging.getLogger(__name__)

# How fast one person may ask: 3 questions per 30 seconds with /ask, and 3 by messages (two buckets:
# app-command cooldowns and message rate limits are separate mechanisms in discord.py).
RATE, PER = 3, 30.0
THREAD_NAME_LIMIT = 100
ASK_DESCRIPTION = "Ask about {name}: dates, submissions, format, news"  # at most 100 characters
HINT = "Ask me about the workshop after the mention, e.g. “When is the paper deadline?”, or use `/ask`."


def looks_like_a_question(text: str) -> bool:
    """A message in an ask channel or a question's thread is a question unless it is a short remark
    without a question mark: answering "thanks!" with "I don't know" and queueing it for the
    organizers would be noise for everyone."""
    return "?" in text or len(text.split()) > 3


class AskingCog(ServiceCog, name="Questions"):
    def __init__(self, bot: PerfmBot, services: BotServices, settings: BotSettings):
        super().__init__(bot, services, settings)
        self._message_rate = commands.CooldownMapping.from_cooldown(RATE, PER, commands.BucketType.user)
        self._warned_until: dict[int, float] = {}  # user id -> until when they have been told to slow down
        # The workshop's own name, fixed when the commands are synced (Discord keeps descriptions).
        knowledge, setting = (services.engine.knowledge, services.settings.workshop_name) if services else (None, None)
        name = short_name(workshop_name(knowledge, setting), 50)
        self.ask.description = ASK_DESCRIPTION.format(name=name)

    @app_commands.command(name="ask", description=ASK_DESCRIPTION.format(name="the workshop"))
    @app_commands.describe(question="Your question, e.g. 'What is the page limit?'")
    @app_commands.checks.cooldown(RATE, PER)
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, MAX_QUESTION_CHARS]) -> None:
        check_question(question)  # refused privately before anything is shown publicly
        await interaction.response.defer(thinking=True)
        answer = await self.services.batcher.ask(question)
        where = Asked(
            asker_id=interaction.user.id,
            asker_name=interaction.user.name,
            via="slash",
            channel_id=interaction.channel_id or 0,
            guild_id=interaction.guild_id,
            thread_id=interaction.channel_id if isinstance(interaction.channel, discord.Thread) else None,
        )
        logged = self.services.questions.record(where, answer)
        message = await interaction.followup.send(
            embed=embeds.answer_embed(answer, logged, self.settings.site_url),
            view=self._view(logged.id),
            allowed_mentions=discord.AllowedMentions.none(),
            wait=True,
        )
        self.services.questions.set_reply(logged.id, message.id)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        via = self._via(message)
        if via is None:
            return
        question = self._strip_mentions(message)
        if not question:
            if via == "mention":
                await self._reply(message, content=HINT)
            return
        retry_after = self._message_rate.update_rate_limit(message)
        if retry_after:
            await self._slow_down(message, retry_after)
            return
        try:
            check_question(question)
            await self._answer_message(message, question, via)
        except InputError as exc:
            await self._reply(message, content=str(exc))
        except discord.HTTPException as exc:  # the channel went away, or we may not post there
            log.warning("could not answer message %s in channel %s: %s", message.id, message.channel.id, exc)
        except Exception:
            log.exception("error while answering message %s", message.id)
            await self._reply(message, content=SORRY)

    def _via(self, message: discord.Message) -> str | None:
        """Why this message is a question for the bot, or None when it is not one."""
        user = self.bot.user
        if message.author.bot or user is None or message.type not in (discord.MessageType.default, discord.MessageType.reply):
            return None
        if message.guild is None:
            return "dm"
        own_role = message.guild.self_role  # people often pick the bot's role when they mean the bot
        if any(m.id == user.id for m in message.mentions) or (own_role and own_role.id in message.raw_role_mentions):
            return "mention"
        if message.mention_everyone or message.mentions or message.raw_role_mentions:
            return None  # people talking to each other
        if not looks_like_a_question(message.content):
            return None  # "thanks!", "ok great" in an ask channel or a question's thread
        if message.channel.id in self.settings.ask_channel_ids:
            return "ask-channel"
        if isinstance(message.channel, discord.Thread) and self.services.questions.is_question_thread(message.channel.id):
            return "thread"
        return None

    def _strip_mentions(self, message: discord.Message) -> str:
        """The question without the mention of the bot (or of its role)."""
        ids = [str(self.bot.user.id)] if self.bot.user else []
        if message.guild and message.guild.self_role:
            ids.append(f"&{message.guild.self_role.id}")
        pattern = "|".join(re.escape(i) for i in ids) or "$^"
        return " ".join(re.sub(rf"<@!?(?:{pattern})>", " ", message.content).split())

    async def _answer_message(self, message: discord.Message, question: str, via: str) -> None:
        channel = message.channel
        thread = channel if isinstance(channel, discord.Thread) else None
        if via == "ask-channel" and thread is None:
            # One thread per question keeps the ask channel readable; follow-ups go there.
            try:
                thread = await message.create_thread(name=embeds.clip(question, THREAD_NAME_LIMIT), auto_archive_duration=1440)
            except discord.HTTPException as exc:
                log.warning("could not open a thread for message %s: %s", message.id, exc)
        context = self._context(message, thread)
        async with (thread or channel).typing():
            answer = await self.services.batcher.ask(question, context)
        where = Asked(
            asker_id=message.author.id,
            asker_name=message.author.name,
            via=via,
            channel_id=channel.id,
            guild_id=message.guild.id if message.guild else None,
            thread_id=thread.id if thread else None,
            message_id=message.id,
        )
        logged = self.services.questions.record(where, answer)
        embed = embeds.answer_embed(answer, logged, self.settings.site_url)
        if thread is not None and thread is not channel:
            sent = await thread.send(embed=embed, view=self._view(logged.id), allowed_mentions=discord.AllowedMentions.none())
        else:
            sent = await self._reply(message, embed=embed, view=self._view(logged.id))
        self.services.questions.set_reply(logged.id, sent.id)

    def _view(self, question_id: int) -> discord.ui.View:
        """The answer's buttons, with an "Ask an organizer" for each part it could not answer."""
        parts = self.services.questions.open_parts(question_id)
        return answer_view(question_id, [(p.id, p.question) for p in parts])

    def _context(self, message: discord.Message, thread: discord.Thread | None) -> str | None:
        """The previous question of the conversation, for a follow-up ("and is that AoE too?"): in a
        question's thread, its latest question; in a reply to one of the bot's answers, that
        answer's question. A new question in an ask channel has none."""
        if thread is None and message.reference is None:
            return None
        reply_to = message.reference.message_id if message.reference else None
        previous = self.services.questions.previous_in(thread.id if thread is message.channel else None, reply_to)
        return previous.question if previous and previous.question != " ".join(message.content.split()) else None

    async def _reply(self, message: discord.Message, **kwargs) -> discord.Message:
        return await message.reply(mention_author=False, allowed_mentions=discord.AllowedMentions.none(), **kwargs)

    async def _slow_down(self, message: discord.Message, retry_after: float) -> None:
        """Say it once per window; silence after that, so a flood is not answered with a flood."""
        now = time.monotonic()
        if self._warned_until.get(message.author.id, 0.0) > now:
            return
        self._warned_until[message.author.id] = now + retry_after
        await self._reply(message, content=slow_down(retry_after))
