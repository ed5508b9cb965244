"""``perfm-bot dates propose|accept``: the dates a site's pages state, into ``dates.yaml``.

Reminders run from ``dates.yaml`` only; an imported site states its dates in its pages. ``propose``
lists what the pages state that ``dates.yaml`` does not hold yet (and where the two disagree);
``accept`` writes the chosen ones through the store, so the change is logged and ``undo`` takes
it back. Until then a date question is answered from the page's own text, with its source.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from perfm_bot.core.errors import InputError
from perfm_bot.core.settings import Settings

if TYPE_CHECKING:
    from perfm_bot.sources.page_dates import PageDate, Proposals
    from perfm_bot.sources.records import Knowledge

Command = Callable[[argparse.Namespace, Settings], int]
ACCEPT_HINT = "Accept with `.venv/bin/perfm-bot dates accept KEY...` (or `--all`); reminders then follow them."


def add_dates_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register the ``dates`` group (``commands``: main.build_parser's subparsers)."""
    help_ = "the important dates the pages state: propose them for dates.yaml, accept them"
    group = commands.add_parser("dates", parents=[common], help=help_, description=help_)
    group.set_defaults(run=lambda args, settings: (group.print_help(), 2)[1])
    sub = group.add_subparsers(title="commands", metavar="COMMAND")
    propose = sub.add_parser("propose", parents=[common], help="list the dates the pages state that dates.yaml does not hold")
    propose.add_argument("--json", action="store_true", help="print one JSON object")
    propose.set_defaults(run=cmd_propose)
    accept = sub.add_parser("accept", parents=[common], help="add proposed dates to dates.yaml (logged; `undo` takes it back)")
    accept.add_argument("keys", nargs="*", metavar="KEY", help="which proposals (see: dates propose)")
    accept.add_argument("--all", action="store_true", help="every proposal")
    accept.add_argument("--by", metavar="NAME", help="who makes the change, kept in the log (default: your OS user name)")
    accept.set_defaults(run=cmd_accept)


def read_proposals(knowledge: Knowledge) -> tuple[Proposals, list[PageDate], list[str]]:
    """All the pages' dates, the ones dates.yaml lacks, and the disagreements with it."""
    from perfm_bot.sources.page_dates import disagreements, find_page_dates, new_proposals

    found = find_page_dates(knowledge.pages)
    return found, new_proposals(found, knowledge.dates), disagreements(found, knowledge.dates)


def proposal_lines(knowledge: Knowledge) -> list[str]:
    """What ``propose`` prints (also the end of ``import``'s report)."""
    from perfm_bot.sources.page_dates import describe

    found, new, warnings = read_proposals(knowledge)
    lines = [f"warning: {w}" for w in warnings]
    for kept, other in found.conflicts:
        lines.append(f"note: {other.where} states {other.label}: {other.day.isoformat()}; proposed is {kept.day.isoformat()} ({kept.where})")
    if not new:
        return [*lines, "The pages state no date that dates.yaml does not hold already."]
    return [*lines, f"{len(new)} date(s) the pages state, not in dates.yaml yet:", *(f"  {describe(p)}" for p in new), ACCEPT_HINT]


def cmd_propose(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.sources.loader import load_knowledge

    knowledge = load_knowledge(settings.knowledge_dir)
    if args.json:
        found, new, warnings = read_proposals(knowledge)
        conflicts = [{"kept": a.to_dict(), "other": b.to_dict()} for a, b in found.conflicts]
        print(json.dumps({"proposals": [p.to_dict() for p in new], "disagreements": warnings, "conflicts": conflicts}, ensure_ascii=False, indent=2))
        return 0
    print("\n".join(proposal_lines(knowledge)))
    return 0


def cmd_accept(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.cli.update_commands import author, open_store, saved
    from perfm_bot.sources.loader import load_knowledge
    from perfm_bot.sources.page_dates import as_date_record

    if bool(args.keys) == bool(args.all):
        raise InputError("name the proposals to accept (KEY...) or give --all (see: dates propose)")
    knowledge = load_knowledge(settings.knowledge_dir)
    _, new, _ = read_proposals(knowledge)
    by_key = {p.key: p for p in new}
    unknown = [k for k in args.keys if k not in by_key]
    if unknown:
        known = ", ".join(by_key) or "none"
        raise InputError(f"no such proposal: {', '.join(unknown)} (proposed: {known}); nothing was changed")
    chosen = list(new) if args.all else [by_key[k] for k in dict.fromkeys(args.keys)]
    if not chosen:
        print("The pages state no date that dates.yaml does not hold already; nothing to accept.")
        return 0
    records = [as_date_record(p, knowledge.default_timezone) for p in chosen]
    return saved(open_store(settings).add_dates(records, by=author(args)))
