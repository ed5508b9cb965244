"""The ``perfm-bot`` command line.

Thin: parse arguments, call the engine or the store, print. Commands that need no model import
neither torch nor sentence-transformers (they import the engine lazily), so they answer at once.
Exit codes: 0 done, 1 a problem in the knowledge or state, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from perfm_bot.bot_cli import add_commands as add_discord_commands
from perfm_bot.config import Settings
from perfm_bot.errors import InputError, KnowledgeError, PerfmError

if TYPE_CHECKING:
    from perfm_bot.answering import Answer
    from perfm_bot.engine import Engine

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
        "--baseline", action="store_true", help="answer with plain dense top-1 (no spelling fix, lexical ranking, known unknowns)"
    )
    command("console", cmd_console, "ask questions interactively, answered the way the bot answers")
    add_discord_commands(command)
    return parser


def open_engine(settings: Settings) -> Engine:
    from perfm_bot.engine import Engine

    return Engine.open(settings, show_progress=sys.stderr.isatty())


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.knowledge import load_knowledge

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
    from perfm_bot.answering import check_question

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
    from perfm_bot.evaluation import format_result, load_cases, run_eval

    cases = load_cases(args.file)
    engine = open_engine(settings)
    result = run_eval(cases, lambda questions: engine.ask_many(questions, plain=args.baseline))
    print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) if args.json else format_result(result, str(args.file)))
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
        try:
            print(format_answer(engine.ask(line)))
        except InputError as exc:
            print(exc)
        print()
    return 0
