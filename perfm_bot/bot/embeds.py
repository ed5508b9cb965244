"""How the bot's messages look: answers, dates, news, the queue and the numbers, within Discord's limits.

Pure formatting: records in, ``discord.Embed`` or text out, nothing sent. Every text that could
outgrow a limit (2,000 characters of content, 4,096 of embed description, 1,024 per field, 256
per title) is cut visibly with "…", or a list says how many more there are; never silently.
Text typed by users is escaped before it is shown, so it cannot format or mention anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import discord
from discord.utils import escape_markdown, escape_mentions, format_dt

from perfm_bot.answering.compose import Answer
from perfm_bot.core.isolation import ItemFailure, describe_date, each
from perfm_bot.index.chunking import Source
from perfm_bot.sources.records import ImportantDate, NewsItem
from perfm_bot.records.questions import LoggedQuestion, QueueItem, Stats, question_label
from perfm_bot.core.text import shorten
from perfm_bot.core.timezones import timezone_label

CONTENT_LIMIT = 2000
DESCRIPTION_LIMIT = 4096
FIELD_LIMIT = 1024
TITLE_LIMIT = 256

ANSWERED = discord.Colour.green()
ABSTAINED = discord.Colour.orange()
INFO = discord.Colour.blurple()


def clip(text: str, limit: int) -> str:
    """At most ``limit`` characters; a cut ends at a word with a visible " …"."""
    return shorten(text, limit)


def quote(text: str, limit: int) -> str:
    """User text made inert (no markdown, no mentions), then clipped."""
    return clip(escape_markdown(escape_mentions(" ".join(text.split()))), limit)


def problem_list(error: Exception, limit: int) -> str:
    """A knowledge error's ``file:line: problem`` lines, as many whole ones as fit, then how many more."""
    problems = getattr(error, "problems", None) or [str(error)]
    return join_lines([clip(p, limit) for p in problems], limit, more="… and {n} more problems")


def join_lines(lines: Sequence[str], limit: int, more: str = "… and {n} more") -> str:
    """As many whole lines as fit in ``limit``, then a line saying how many were left out."""
    out: list[str] = []
    used = 0
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        reserve = 0 if last else len(more.format(n=len(lines) - index - 1)) + 1
        need = len(line) + (1 if out else 0)
        if used + need + reserve > limit:
            out.append(more.format(n=len(lines) - index))
            break
        out.append(line)
        used += need
    return "\n".join(out)


def absolute_url(url: str | None, site_url: str | None) -> str | None:
    """A source's address as a link: absolute as is, a site path joined to the site; else None."""
    if url and url.startswith(("http://", "https://")):
        return url
    if url and site_url:
        return site_url + (url if url.startswith("/") else "/" + url)
    return None


def source_link(source: Source, site_url: str | None) -> str:
    """A markdown link when the source has an address we can make absolute; else title and path."""
    title = escape_markdown(source.title)
    url = absolute_url(source.url, site_url)
    if url:
        return f"[{title}]({url})"
    return f"{title} (`{source.url}`)" if source.url else title


# --- answers ---------------------------------------------------------------------------


def answer_embed(answer: Answer, logged: LoggedQuestion, site_url: str | None) -> discord.Embed:
    colour = ANSWERED if answer.answered else ABSTAINED
    embed = discord.Embed(title=quote(answer.question, TITLE_LIMIT), description=clip(answer.text, DESCRIPTION_LIMIT), colour=colour)
    if answer.sources:
        name = "Source" if len(answer.sources) == 1 else "Sources"
        lines = [source_link(s, site_url) for s in answer.sources]
        if answer.origin == "date" and not any(s.url for s in answer.sources):
            lines.append("`/dates` lists every date, in your time zone")
        embed.add_field(name=name, value=join_lines(lines, FIELD_LIMIT), inline=False)
    if answer.answered:
        footer = f"{logged.label} · Answered from the workshop's own pages. Not what you needed? Ask an organizer."
    else:
        embed.add_field(
            name="Want a person to answer?",
            value="Press **Ask an organizer**: the organizers get your question and their answer comes back here.",
            inline=False,
        )
        footer = f"{logged.label} · I only answer from the workshop's pages, FAQ, dates and news."
    embed.set_footer(text=footer)
    return embed


def organizer_answer_embed(logged: LoggedQuestion, text: str, organizer: str) -> discord.Embed:
    embed = discord.Embed(title="An organizer answered your question", description=clip(text, DESCRIPTION_LIMIT), colour=ANSWERED)
    embed.add_field(name="Your question", value=quote(logged.question, FIELD_LIMIT), inline=False)
    embed.set_footer(text=clip(f"{logged.label} · answered by {organizer}", 2048))
    return embed


def escalation_notice(logged: LoggedQuestion) -> str:
    """For the organizers' channel: who asked what, where, and the command that answers it."""
    where = f"<#{logged.thread_id or logged.channel_id}>" if logged.guild_id else "a DM"
    head = f"**{logged.label}** needs an organizer: {quote(logged.asker_name, 100)} asked in {where}"
    how = f"Answer with `/answer {logged.id} text` (add `add_to_faq: True` so the bot answers it from now on)."
    room = CONTENT_LIMIT - len(head) - len(how) - 6
    return f"{head}\n> {quote(logged.question, room)}\n{how}"


# --- dates and news --------------------------------------------------------------------


def date_line(item: ImportantDate) -> str:
    """One date for /dates: Discord timestamps show it in each reader's own time, with a countdown."""
    label = f"**{escape_markdown(item.label)}**"
    instant = item.instant()
    if instant is None:
        return f"{label}: TBA (not announced yet)"
    countdown = format_dt(instant, "R")
    if item.kind == "event" and item.at is None:  # a whole day: local times would shift the date
        return f"{label}: {instant:%A, %B %-d, %Y} ({countdown})"
    official = f"{instant:%H:%M} {timezone_label(item.timezone)}"
    return f"{label}: {format_dt(instant, 'F')} ({countdown}) · officially {instant:%b %-d}, {official}"


def dates_embed(dates: Sequence[ImportantDate], has_calendar: bool, failures: list[ItemFailure] | None = None) -> discord.Embed:
    """A date whose line cannot be made is left out (and added to ``failures``); the others are listed."""
    lines = list(each(dates, date_line, describe_date, "the /dates list", failures)) or ["No dates are listed yet."]
    embed = discord.Embed(title="Important dates", description=join_lines(lines, DESCRIPTION_LIMIT), colour=INFO)
    note = "Times are shown in your own time zone."
    note += " The attached calendar file has every date that is set." if has_calendar else " No date is set yet, so there is no calendar file."
    embed.set_footer(text=note)
    return embed


def news_embed(news: Sequence[NewsItem], now: datetime, limit: int = 5) -> discord.Embed:
    """The latest published news first; scheduled ones wait for their time, and are placed by it
    (a scheduled item sits in the file before announcements made after it was scheduled)."""
    published = [n for n in news if n.at is None or n.at <= now]
    order = {id(n): i for i, n in enumerate(published)}  # the file's order breaks ties, and places undated items

    def when(item: NewsItem) -> tuple[datetime | None, int]:
        if item.at is not None:
            return item.at, order[id(item)]
        if item.day is not None:  # a day without a time: announced some time that day, count it late
            return datetime.combine(item.day, datetime.max.time(), tzinfo=now.tzinfo), order[id(item)]
        return None, order[id(item)]

    dated = sorted((n for n in published if when(n)[0] is not None), key=when, reverse=True)
    undated = [n for n in reversed(published) if when(n)[0] is None]
    latest = (dated + undated)[:limit]
    lines = [f"**{n.day:%B %-d, %Y}**: {n.text}" if n.day else f"• {n.text}" for n in latest]
    text = join_lines([clip(line, 1000) for line in lines], DESCRIPTION_LIMIT) if lines else "No news yet."
    embed = discord.Embed(title="Latest news", description=text, colour=INFO)
    if len(published) > limit:
        embed.set_footer(text=f"The {limit} latest of {len(published)} news items.")
    return embed


# --- organizers ------------------------------------------------------------------------


def unanswered_embed(items: Sequence[QueueItem]) -> discord.Embed:
    if not items:
        return discord.Embed(title="Unanswered questions", description="Nothing is waiting: every question has an answer.", colour=ANSWERED)
    lines = []
    for item in items:
        q = item.question
        why = "escalated by an attendee" if item.reason == "escalated" else "the bot did not know"
        where = f"<#{q.thread_id or q.channel_id}>" if q.guild_id else "DM"
        lines.append(
            f"**{q.label}** · {format_dt(item.opened_at, 'R')} · {quote(q.asker_name, 60)} in {where} · {why}\n"
            f"> {quote(q.question, 300)}"
        )
    description = join_lines(lines, DESCRIPTION_LIMIT, more="… and {n} more (answer the oldest first)")
    embed = discord.Embed(title=f"Unanswered questions ({len(items)})", description=description, colour=ABSTAINED)
    embed.set_footer(text="Oldest first. /answer ID text replies to the asker; add_to_faq: True teaches the bot.")
    return embed


def stats_embed(stats: Stats, now: datetime) -> discord.Embed:
    embed = discord.Embed(title="Question statistics", colour=INFO, timestamp=now)
    embed.add_field(name="Questions asked", value=str(stats.asked))
    embed.add_field(name="Answered by the bot", value=f"{stats.answered} ({stats.answered_share:.0%})")
    embed.add_field(
        name="Open for organizers", value=f"{stats.open_items} ({stats.escalated_open} escalated by attendees)"
    )
    embed.add_field(name="Answered by organizers", value=str(stats.closed_items))
    embed.add_field(name="Feedback", value=f"{stats.helpful} helpful · {stats.not_helpful} not helpful")
    topics = [f"{n} × {escape_markdown(topic)}" for topic, n in stats.top_topics]
    embed.add_field(name="Most-asked topics", value=join_lines(topics, FIELD_LIMIT) if topics else "none yet", inline=False)
    return embed


def queue_choice(item: QueueItem) -> str:
    """An autocomplete choice for /answer (Discord allows 100 characters)."""
    return clip(f"{question_label(item.question.id)}: {' '.join(item.question.question.split())}", 100)
