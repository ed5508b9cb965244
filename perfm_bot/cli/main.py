"""The ``perfm-bot`` command line.

Thin: parse arguments, call the engine or the store, print. The command groups live beside this
module (knowledge_commands, update_commands, bot_commands, import_commands, dates_commands); this one builds the parser and turns
every error into a message and an exit code. Commands that need no model import neither torch
nor sentence-transformers (they import the engine lazily), so they answer at once.
Exit codes: 0 done, 1 a problem in the knowledge or state, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from perfm_bot.cli.bot_commands import add_commands as add_discord_commands
from perfm_bot.cli.doctor_commands import add_commands as add_doctor_commands
from perfm_bot.cli.dates_commands import add_dates_commands
from perfm_bot.cli.import_commands import add_commands as add_import_commands
from perfm_bot.cli.knowledge_commands import add_commands as add_knowledge_commands
from perfm_bot.cli.update_commands import add_update_commands
from perfm_bot.core.errors import InputError, KnowledgeError, PerfmError
from perfm_bot.core.settings import Settings

Command = Callable[[argparse.Namespace, Settings], int]
log = logging.getLogger("perfm_bot.cli")
DEBUG_ENV = "PERFM_DEBUG"  # set to 1: an unexpected error also prints its traceback
DESCRIPTION = "The assistant of {name}: answers, reminders, organizer updates."


class _NamedParser(argparse.ArgumentParser):
    """``--help`` names the workshop of the knowledge it would use (read only when help is shown,
    so other commands do not pay for reading the pages)."""

    def format_help(self) -> str:
        settings = Settings.resolve()
        name = "the workshop"
        try:
            from perfm_bot.sources.loader import load_knowledge
            from perfm_bot.sources.workshop_name import workshop_name

            name = workshop_name(None, settings.workshop_name) if settings.workshop_name else workshop_name(
                load_knowledge(settings.knowledge_dir)
            )
        except PerfmError:  # no knowledge here yet, or it has problems: `check` says which
            pass
        self.description = DESCRIPTION.format(name=name)
        return super().format_help()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    name = command_name(args.run)
    try:
        settings = Settings.resolve(getattr(args, "knowledge", None), getattr(args, "state", None))
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
    except OSError as exc:  # a folder or file the command needs cannot be used
        log.debug("perfm-bot %s failed", name, exc_info=True)
        print(f"perfm-bot {name}: {os_error_message(exc)}", file=sys.stderr)
        _debug_traceback()
        return 1
    except Exception as exc:  # noqa: BLE001 - a bug: one line for the user, the traceback for the log
        log.debug("perfm-bot %s failed unexpectedly", name, exc_info=True)
        print(
            f"perfm-bot {name}: unexpected error ({type(exc).__name__}: {exc}); "
            f"set {DEBUG_ENV}=1 to see the traceback, and please report it",
            file=sys.stderr,
        )
        _debug_traceback()
        return 1


def command_name(run: object) -> str:
    """The command's words (``deadline set``), from its function's name, for a message that names what failed."""
    name = getattr(run, "__name__", "")
    if not name.startswith("cmd_"):
        return "(command)"
    words = name.removeprefix("cmd_").split("_")
    return "-".join(words) if words[0] in ("sync", "invite") else " ".join(words)


def os_error_message(exc: OSError) -> str:
    """An OSError in words: the path, what went wrong and what to do."""
    where = exc.filename or "a file"
    if exc.errno == errno.ENOSPC:
        return f"{where}: the disk is full; nothing was half-written. Free some space and run the command again."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{where}: permission denied (read-only?); make it writable or point --knowledge/--state elsewhere."
    if exc.errno == errno.EISDIR:
        return f"{where}: is a folder, but a file is expected there; move it aside."
    if exc.errno == errno.ENOTDIR:
        return f"{where}: a part of this path is a file, but a folder is expected there."
    if exc.errno == errno.ENOENT:
        return f"{where}: not found."
    return f"{where}: {exc.strerror or exc}"


def _debug_traceback() -> None:
    if os.environ.get(DEBUG_ENV, "").strip() not in ("", "0"):
        traceback.print_exc()


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--knowledge", metavar="DIR", default=argparse.SUPPRESS, help="knowledge folder (env PERFM_KNOWLEDGE; default ./knowledge)"
    )
    common.add_argument(
        "--state", metavar="DIR", default=argparse.SUPPRESS, help="state folder: index, caches, databases (env PERFM_STATE; default ./.perfm)"
    )
    parser = _NamedParser(prog="perfm-bot", parents=[common], description=DESCRIPTION.format(name="the workshop"))
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, run: Command, help_: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help_, description=help_)
        sub.set_defaults(run=run)
        return sub

    add_knowledge_commands(command)
    add_update_commands(commands, common)
    add_discord_commands(command)
    add_import_commands(command)
    add_doctor_commands(command)
    add_dates_commands(commands, common)
    return parser
