"""The commands that read the knowledge or answer from it: check, index, ask, eval, console, schedule.

Only ``index``, ``ask``, ``eval`` and ``console`` load the model, and they load it lazily, so
``check`` and ``schedule`` answer at once.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from perfm_bot.cli.options import open_engine, parse_instant
from perfm_bot.core.errors import InputError
from perfm_bot.core.settings import Settings

if TYPE_CHECKING:
    from perfm_bot.answering.compose import Answer
    from perfm_bot.core.clock import Clock


def add_commands(command) -> None:  # noqa: ANN001 - main.build_parser's local helper
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


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.sources.loader import load_knowledge

    from perfm_bot.sources.shrinkage import empty_files

    k = load_knowledge(settings.knowledge_dir)
    print(
        f"{settings.knowledge_dir}: OK ({len(k.pages)} page(s), {len(k.faq)} FAQ entries, "
        f"{len(k.dates)} dates, {len(k.news)} news items)"
    )
    from perfm_bot.sources.doubts import doubts

    for warning in [*empty_files(settings.knowledge_dir, k), *doubts(k)]:
        print(f"warning: {warning}", file=sys.stderr)
    from perfm_bot.cli.dates_commands import read_proposals

    _, new, warnings = read_proposals(k)  # warnings, not failures: the page may be the stale one
    for warning in warnings:
        print(f"warning: {warning}")
    if new:
        print(f"note: the pages state {len(new)} date(s) that dates.yaml does not hold (see: dates propose)")
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
    from perfm_bot.posting.planner import plan
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
        from perfm_bot.sources.workshop_name import workshop_name

        print(f"Ask about {workshop_name(engine.knowledge, settings.workshop_name)} (an empty line or Ctrl-D quits).")
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
