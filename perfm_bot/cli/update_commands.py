"""The organizers' update commands from the shell: deadline, faq, news, history, undo.

They write through the same store as the Discord commands (one validator, one change log) and
load no model.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from perfm_bot.core.settings import Settings

if TYPE_CHECKING:
    from perfm_bot.editing.store import Change, KnowledgeStore

Command = Callable[[argparse.Namespace, Settings], int]


def add_update_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    author = argparse.ArgumentParser(add_help=False)
    author.add_argument("--by", metavar="NAME", help="who makes the change, kept in the log (default: your OS user name)")

    def group(name: str, help_: str) -> argparse._SubParsersAction:
        parser = commands.add_parser(name, parents=[common], help=help_, description=help_)
        parser.set_defaults(run=lambda args, settings: (parser.print_help(), 2)[1])
        return parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(where: argparse._SubParsersAction, name: str, run: Command, help_: str, writes: bool = True):
        sub = where.add_parser(name, parents=[common, author] if writes else [common], help=help_, description=help_)
        sub.set_defaults(run=run)
        return sub

    deadline = group("deadline", "set, move or list the important dates (knowledge/dates.yaml)")
    set_ = command(deadline, "set", cmd_deadline_set, "set or move a date; the bot answers with it at once")
    set_.add_argument("key", help="which date, e.g. paper (see: deadline list)")
    set_.add_argument("date", help="YYYY-MM-DD")
    set_.add_argument("--time", metavar="HH:MM", help="24 h; default: the date's current time when moving it, else end of day (23:59) for a deadline")
    set_.add_argument("--tz", metavar="ZONE", help="AoE, UTC or an IANA name such as Europe/Berlin; default: the file's (AoE)")
    command(deadline, "tba", cmd_deadline_tba, "mark a date as not announced (TBA)").add_argument("key")
    command(deadline, "list", cmd_deadline_list, "list the dates", writes=False)

    faq = group("faq", "add, remove or list FAQ entries (knowledge/faq.yaml)")
    add = command(faq, "add", cmd_faq_add, "add a FAQ entry; the bot answers with it at once")
    add.add_argument("--question", "-q", required=True)
    add.add_argument("--answer", "-a", required=True, help="at most 1,500 characters")
    add.add_argument("--also", action="append", default=[], metavar="PHRASING", help="another way to ask it (repeatable)")
    command(faq, "remove", cmd_faq_remove, "remove a FAQ entry by its id (see: faq list)").add_argument("id")
    command(faq, "list", cmd_faq_list, "list the FAQ entries", writes=False)

    news = group("news", "announce or list news (knowledge/news.yaml)")
    add_news = command(news, "add", cmd_news_add, "add a news item (what /announce stores)")
    add_news.add_argument("text", help="at most 1,500 characters")
    add_news.add_argument("--date", metavar="YYYY-MM-DD", help="when it was announced; default: the --at day, else today (UTC)")
    add_news.add_argument("--at", metavar="WHEN", help="have the bot post it then: '2026-12-01 09:00 [ZONE]' (default zone: dates.yaml's)")
    command(news, "list", cmd_news_list, "list the news items", writes=False)

    history = command(commands, "history", cmd_history, "who changed what, when (newest first)", writes=False)
    history.add_argument("--limit", type=int, default=20, metavar="N")
    command(commands, "undo", cmd_undo, "take back the last change (refused if its file was edited by hand since)")


def open_store(settings: Settings) -> KnowledgeStore:
    from perfm_bot.editing.store import KnowledgeStore

    return KnowledgeStore(settings.knowledge_dir, settings.state_dir)


def author(args: argparse.Namespace) -> str:
    from perfm_bot.editing.inputs import default_author

    return args.by if args.by is not None else default_author()


def saved(change: Change) -> int:
    print(f"Saved as change #{change.id} by {change.by}: {change.summary}")
    return 0


def given(value: str | None, option: str, example: str, left_out: str) -> str | None:
    """An option's value, None when it was left out; an empty one (``--tz ''``) is refused, never
    taken as the default."""
    from perfm_bot.core.errors import InputError

    if value is not None and not value.strip():
        raise InputError(f"{option} is empty; give {example}, or leave {option} out {left_out}. Nothing was changed.")
    return value


def cmd_deadline_set(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.editing.inputs import parse_day_input, parse_time_input

    day = parse_day_input(args.date)
    tz = given(args.tz, "--tz", "a zone such as AoE, UTC or Europe/Berlin", "to use the zone at the top of dates.yaml")
    time_ = given(args.time, "--time", "a time as HH:MM", "to keep the date's time (23:59 for a deadline without one)")
    at = parse_time_input(time_) if time_ is not None else None
    return saved(open_store(settings).set_deadline(args.key, day, at, tz, by=author(args)))


def cmd_deadline_tba(args: argparse.Namespace, settings: Settings) -> int:
    return saved(open_store(settings).set_tba(args.key, by=author(args)))


def cmd_deadline_list(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.core.clock import utc_now
    from perfm_bot.sources.loader import load_knowledge
    from perfm_bot.editing.inputs import date_value
    from perfm_bot.core.timezones import humanize_delta

    now = utc_now()
    for d in load_knowledge(settings.knowledge_dir).dates:
        instant = d.instant()
        when = f" ({humanize_delta(instant, now)})" if instant else ""
        who = f" [set by {d.by}]" if d.by else ""
        print(f"{d.key:<14} {d.label:<36} {date_value(d)}{when}{who}")
    return 0


def cmd_faq_add(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.sources.doubts import wordless

    change = open_store(settings).add_faq(args.question, args.answer, by=author(args), also=args.also)
    code = saved(change)
    if wordless(args.question):
        print(f"warning: the question '{args.question.strip()}' has no words, only symbols or emoji, so attendees will "
              f"hardly find it by asking; `faq remove {change.ref}` and add it again in words")
    return code


def cmd_faq_remove(args: argparse.Namespace, settings: Settings) -> int:
    return saved(open_store(settings).remove_faq(args.id, by=author(args)))


def cmd_faq_list(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.sources.loader import load_knowledge

    for e in load_knowledge(settings.knowledge_dir).faq:
        print(f"{e.id:<28} {e.question}" + (f" [added by {e.by}]" if e.by else ""))
    return 0


def cmd_news_add(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.editing.inputs import parse_at_input, parse_day_input, skipped_at_note

    day_text = given(args.date, "--date", "a day as YYYY-MM-DD", "for the --at day, else today")
    at_text = given(args.at, "--at", "a time such as '2026-12-01 09:00 Europe/Berlin'", "to store the news without posting it")
    store = open_store(settings)
    day = parse_day_input(day_text) if day_text is not None else None
    at = parse_at_input(at_text, store.default_timezone()) if at_text is not None else None
    code = saved(store.add_news(args.text, by=author(args), day=day, at=at))
    note = skipped_at_note(at_text, store.default_timezone()) if at_text is not None else None
    if note:
        print(f"Note: {note}.")
    return code


def cmd_news_list(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.sources.loader import load_knowledge

    for n in load_knowledge(settings.knowledge_dir).news:
        print(f"{n.id:<28} {n.day.isoformat() if n.day else '(no date)':<10} {' '.join(n.text.split())}")
    return 0


_STATES = {"abandoned": " (not applied: its writer stopped first)", "unknown": " (its writer stopped; the file was edited since)"}


def cmd_history(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.core.errors import InputError

    if args.limit < 1:
        raise InputError(f"--limit must be at least 1, got {args.limit}")
    store = open_store(settings)
    changes = store.history(args.limit + 1)  # one more than shown: are there more?
    shown, more = changes[: args.limit], len(changes) > args.limit
    if not changes:
        print("No changes yet.")
    for c in shown:
        undone = f" [undone by #{c.reverted_by}]" if c.reverted_by else ""
        print(f"#{c.id:<4} {c.at:%Y-%m-%d %H:%M} UTC  {c.by}: {c.summary}{undone}{_STATES.get(c.state, '')}")
    if more:
        older = store.log.count() - len(shown)
        print(f"… {older} more (older); use --limit {args.limit + older} to see all.")
    return 0


def cmd_undo(args: argparse.Namespace, settings: Settings) -> int:
    return saved(open_store(settings).undo(by=author(args)))
