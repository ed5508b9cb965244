"""The ``perfm-bot`` command line.

Thin: parse arguments, call the engine or the store, print. Commands that need no model import
neither torch nor sentence-transformers (they import the engine lazily), so they answer at once.
Exit codes: 0 done, 1 a problem in the knowledge or state, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from perfm_bot.cli.bot_commands import add_commands as add_discord_commands
from perfm_bot.core.settings import Settings
from perfm_bot.core.errors import InputError, KnowledgeError, PerfmError

if TYPE_CHECKING:
    from perfm_bot.answering.compose import Answer
    from perfm_bot.core.clock import Clock
    from perfm_bot.answering.engine import Engine
    from perfm_bot.editing.store import Change, KnowledgeStore

Command = Callable[[argparse.Namespace, Settings], int]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    settings = Settings.resolve(getattr(args, "knowledge", None), getattr(args, "state", None))
    try:
        return args.run(args, settings)
    except InputError as exc:
        print(f"perfm-bot: {exc}", file=sys.stderr)
        return 2
    except KnowledgeError as exc:
        print(f"perfm-bot: the knowledge has problems:\n{exc}", file=sys.stderr)
        return 1
    except PerfmError as exc:
        print(f"perfm-bot: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and closed: not an error worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--knowledge", metavar="DIR", default=argparse.SUPPRESS, help="knowledge folder (env PERFM_KNOWLEDGE; default ./knowledge)"
    )
    common.add_argument(
        "--state", metavar="DIR", default=argparse.SUPPRESS, help="state folder: index, caches, databases (env PERFM_STATE; default ./.perfm)"
    )
    parser = argparse.ArgumentParser(
        prog="perfm-bot", parents=[common], description="The PerFM workshop assistant: answers, reminders, organizer updates."
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, run: Command, help_: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help_, description=help_)
        sub.set_defaults(run=run)
        return sub

    command("check", cmd_check, "validate the knowledge files")
    command("index", cmd_index, "build or update the search index")
    ask = command("ask", cmd_ask, "answer one question")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print one JSON object")
    evaluate = command("eval", cmd_eval, "run a question file and report accuracy")
    evaluate.add_argument("file", type=Path)
    evaluate.add_argument("--json", action="store_true", help="print one JSON object")
    evaluate.add_argument(
        "--baseline", action="store_true", help="answer with plain dense top-1 (no spelling fix, lexical ranking, out-of-scope topics)"
    )
    command("console", cmd_console, "ask questions interactively, answered the way the bot answers")
    schedule = command(
        "schedule",
        cmd_schedule,
        "print the timeline of reminders and news the plan holds (what went out already: /schedule in Discord)",
    )
    schedule.add_argument(
        "--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD, UTC) or ISO time; default: now"
    )
    schedule.add_argument("--until", dest="end", metavar="DATE", help="last day, included (YYYY-MM-DD, UTC) or ISO time")
    add_update_commands(commands, common)
    add_discord_commands(command)
    return parser


def add_clock_options(parser: argparse.ArgumentParser) -> None:
    """``--simulate-from ISO_TIME [--speed N]``: for the ``run`` command's rehearsal mode."""
    parser.add_argument(
        "--simulate-from",
        metavar="ISO_TIME",
        help="run on a simulated clock starting at this instant (e.g. 2026-12-01T08:55Z; no offset means UTC)",
    )
    parser.add_argument("--speed", type=float, default=None, metavar="N", help="with --simulate-from: N times faster than real time")


def clock_from_args(args: argparse.Namespace) -> Clock:
    """The real clock, or the simulated one ``--simulate-from``/``--speed`` ask for (InputError if malformed)."""
    from perfm_bot.core.clock import SimulatedClock, utc_now

    start, speed = getattr(args, "simulate_from", None), getattr(args, "speed", None)
    if start is None:
        if speed is not None:
            raise InputError("--speed needs --simulate-from (the instant the simulated clock starts at)")
        return utc_now
    speed = 1.0 if speed is None else speed
    if not speed > 0:
        raise InputError(f"--speed must be a positive number, got {speed:g}")
    return SimulatedClock(parse_instant(start, "--simulate-from"), speed)


def parse_instant(text: str, option: str, *, end_of_day: bool = False) -> datetime:
    """YYYY-MM-DD (the day's start, or its end with ``end_of_day``, in UTC) or ISO 8601 (no offset: UTC)."""
    cleaned = text.strip()
    try:
        parsed = datetime.fromisoformat(cleaned.replace("z", "Z"))
    except ValueError:
        raise InputError(f"{option}: expected a date (2026-12-01) or an ISO time (2026-12-01T09:00Z), got '{text}'") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    if end_of_day and len(cleaned) == 10:
        parsed += timedelta(days=1) - timedelta(microseconds=1)
    return parsed.astimezone(timezone.utc)


def open_engine(settings: Settings) -> Engine:
    from perfm_bot.answering.engine import Engine

    return Engine.open(settings, show_progress=sys.stderr.isatty())


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.sources.loader import load_knowledge

    k = load_knowledge(settings.knowledge_dir)
    print(
        f"{settings.knowledge_dir}: OK ({len(k.pages)} page(s), {len(k.faq)} FAQ entries, "
        f"{len(k.dates)} dates, {len(k.news)} news items)"
    )
    return 0


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    engine = open_engine(settings)
    r = engine.last_report
    how = "built" if r.rebuilt else ("updated" if r.stats.added or r.stats.removed else "up to date")
    print(
        f"Index {how} in {settings.index_dir}: {r.chunks} chunks, {r.vectors} vectors "
        f"(+{r.stats.added} -{r.stats.removed}; the model embedded {r.stats.embedded} new texts)"
    )
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.answering.compose import check_question

    check_question(args.question)  # refuse bad input before loading a model for it
    answer = open_engine(settings).ask(args.question)
    print(json.dumps(answer.to_dict(), ensure_ascii=False) if args.json else format_answer(answer))
    return 0


def format_answer(answer: Answer) -> str:
    lines = [answer.text]
    for source in answer.sources:
        lines.append(f"Source: {source.title}" + (f" <{source.url}>" if source.url else ""))
    return "\n".join(lines)


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.answering.evaluation import format_result, load_cases, run_eval

    cases = load_cases(args.file)
    engine = open_engine(settings)
    result = run_eval(cases, lambda questions, contexts=None: engine.ask_many(questions, plain=args.baseline, contexts=contexts))
    print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) if args.json else format_result(result, str(args.file)))
    return 0


def cmd_schedule(args: argparse.Namespace, settings: Settings, clock: Clock | None = None) -> int:
    from perfm_bot.core.clock import utc_now
    from perfm_bot.sources.loader import load_knowledge
    from perfm_bot.posting.reminders import plan
    from perfm_bot.posting.timeline import format_timeline

    start = parse_instant(args.start, "--from") if args.start else (clock or utc_now)()
    end = parse_instant(args.end, "--until", end_of_day=True) if args.end else None
    if end is not None and end < start:
        raise InputError(f"--until ({args.end}) is before the start of the timeline ({start:%Y-%m-%d %H:%M} UTC)")
    knowledge = load_knowledge(settings.knowledge_dir)
    posts = [p for p in plan(knowledge) if p.due >= start and (end is None or p.due <= end)]
    until = f" until {end:%Y-%m-%d %H:%M} UTC" if end else ""
    print(f"Posts planned from {start:%Y-%m-%d %H:%M} UTC{until} ({settings.knowledge_dir}):\n")
    print(format_timeline(posts))
    return 0


def cmd_console(args: argparse.Namespace, settings: Settings) -> int:
    engine = open_engine(settings)
    interactive = sys.stdin.isatty()
    if interactive:
        print("Ask about the PerFM workshop (an empty line or Ctrl-D quits).")
    while True:
        try:
            line = input("? " if interactive else "")
        except EOFError:
            break
        if not line.strip():
            if interactive:
                break
            continue
        reloaded = engine.refresh()  # an organizer may have changed the knowledge meanwhile
        if reloaded is not None and reloaded.error is not None:
            print(f"perfm-bot: knowledge not reloaded, answering from the last good version:\n{reloaded.error}", file=sys.stderr)
        try:
            print(format_answer(engine.ask(line)))
        except InputError as exc:
            print(exc)
        print()
    return 0


# --- organizer updates: deadline, faq, news, history, undo (no model is loaded) -------------


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
    from perfm_bot.editing.store import default_author

    return args.by if args.by is not None else default_author()


def saved(change: Change) -> int:
    print(f"Saved as change #{change.id} by {change.by}: {change.summary}")
    return 0


def cmd_deadline_set(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.editing.store import parse_day_input, parse_time_input

    day = parse_day_input(args.date)
    at = parse_time_input(args.time) if args.time else None
    return saved(open_store(settings).set_deadline(args.key, day, at, args.tz, by=author(args)))


def cmd_deadline_tba(args: argparse.Namespace, settings: Settings) -> int:
    return saved(open_store(settings).set_tba(args.key, by=author(args)))


def cmd_deadline_list(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.core.clock import utc_now
    from perfm_bot.sources.loader import load_knowledge
    from perfm_bot.editing.store import date_value
    from perfm_bot.core.timezones import humanize_delta

    now = utc_now()
    for d in load_knowledge(settings.knowledge_dir).dates:
        instant = d.instant()
        when = f" ({humanize_delta(instant, now)})" if instant else ""
        who = f" [set by {d.by}]" if d.by else ""
        print(f"{d.key:<14} {d.label:<36} {date_value(d)}{when}{who}")
    return 0


def cmd_faq_add(args: argparse.Namespace, settings: Settings) -> int:
    return saved(open_store(settings).add_faq(args.question, args.answer, by=author(args), also=args.also))


def cmd_faq_remove(args: argparse.Namespace, settings: Settings) -> int:
    return saved(open_store(settings).remove_faq(args.id, by=author(args)))


def cmd_faq_list(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.sources.loader import load_knowledge

    for e in load_knowledge(settings.knowledge_dir).faq:
        print(f"{e.id:<28} {e.question}" + (f" [added by {e.by}]" if e.by else ""))
    return 0


def cmd_news_add(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.editing.store import parse_at_input, parse_day_input

    store = open_store(settings)
    day = parse_day_input(args.date) if args.date else None
    at = parse_at_input(args.at, store.default_timezone()) if args.at else None
    return saved(store.add_news(args.text, by=author(args), day=day, at=at))


def cmd_news_list(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.sources.loader import load_knowledge

    for n in load_knowledge(settings.knowledge_dir).news:
        print(f"{n.id:<28} {n.day.isoformat() if n.day else '(no date)':<10} {' '.join(n.text.split())}")
    return 0


_STATES = {"abandoned": " (not applied: its writer stopped first)", "unknown": " (its writer stopped; the file was edited since)"}


def cmd_history(args: argparse.Namespace, settings: Settings) -> int:
    changes = open_store(settings).history(args.limit)
    if not changes:
        print("No changes yet.")
    for c in changes:
        undone = f" [undone by #{c.reverted_by}]" if c.reverted_by else ""
        print(f"#{c.id:<4} {c.at:%Y-%m-%d %H:%M} UTC  {c.by}: {c.summary}{undone}{_STATES.get(c.state, '')}")
    return 0


def cmd_undo(args: argparse.Namespace, settings: Settings) -> int:
    return saved(open_store(settings).undo(by=author(args)))
