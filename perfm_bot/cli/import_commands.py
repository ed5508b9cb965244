"""``perfm-bot import SOURCE``: a workshop's site into ``knowledge/pages/``.

SOURCE is a local folder (a Jekyll or Hugo source tree, or a built ``_site/``/``public/``) or the
published site's http(s) address. The operator runs this, so addresses on their own machine or
network are allowed; a bad source changes nothing and exits 2, a damaged import list exits 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from perfm_bot.core.errors import InputError
from perfm_bot.core.settings import Settings

_ORDER = ("imported", "updated", "unchanged", "removed", "kept", "skipped")


def add_commands(command) -> None:  # noqa: ANN001 - main.build_parser's local helper
    """Register ``import`` with the CLI (``command(name, run, help)`` from main.build_parser)."""
    sub = command(
        "import",
        cmd_import,
        "copy a workshop site (a local Jekyll/Hugo/HTML folder or its http(s) address) into the knowledge pages",
    )
    sub.add_argument("source", metavar="SOURCE", help="the site's folder, or its published address (https://...)")
    sub.add_argument("--json", action="store_true", help="print one JSON object")
    sub.add_argument("--dry-run", action="store_true", help="read the site and report what would change; write nothing")
    sub.add_argument("--delay", type=float, default=0.5, metavar="SECONDS", help="pause between two requests to the site (default 0.5)")
    sub.add_argument("--timeout", type=float, default=15.0, metavar="SECONDS", help="per page (default 15)")
    sub.add_argument("--max-pages", type=int, default=300, metavar="N", help="pages to fetch at most (default 300)")
    sub.add_argument("--max-page-size", type=float, default=5.0, metavar="MB", help="larger pages are skipped (default 5)")


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    from perfm_bot.importing.write import land

    harvest = read_source(args, settings)
    report = land(harvest, settings.knowledge_dir / "pages", settings.state_dir / "import.lock", dry_run=args.dry_run)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return 0
    for action in _ORDER:
        for outcome in report.outcomes:
            if outcome.action == action:
                print(outcome.line())
    for note in report.notes:
        print(f"note: {note}")
    print(report.summary() + (" (dry run: nothing written)" if args.dry_run else ""))
    if report.written:
        print("Next: `.venv/bin/perfm-bot index` to rebuild the search index from them.")
    if not args.dry_run:
        _print_date_proposals(settings)
    return 0


def _print_date_proposals(settings: Settings) -> None:
    """The dates the imported pages state, so reminders can follow them (``dates accept``)."""
    from perfm_bot.cli.dates_commands import proposal_lines
    from perfm_bot.core.errors import KnowledgeError
    from perfm_bot.sources.loader import load_knowledge

    try:
        knowledge = load_knowledge(settings.knowledge_dir)
    except KnowledgeError as exc:
        print(f"note: dates not proposed: the knowledge has problems (`.venv/bin/perfm-bot check`):\n{exc}")
        return
    print("\n".join(proposal_lines(knowledge)))


def read_source(args: argparse.Namespace, settings: Settings):  # noqa: ANN201 - a Harvest
    from perfm_bot.importing.records import BadSource

    if args.delay < 0 or args.timeout <= 0 or args.max_pages < 1 or args.max_page_size <= 0:
        raise InputError("--delay must be 0 or more; --timeout, --max-pages and --max-page-size must be positive")
    max_bytes = int(args.max_page_size * 1024 * 1024)
    source: str = args.source
    if source.lower().startswith(("http://", "https://")):
        from perfm_bot.importing.crawl import CrawlOptions, crawl
        from perfm_bot.importing.fetch import FetchOptions

        fetch = FetchOptions(delay=args.delay, timeout=args.timeout, max_bytes=max_bytes, allow_private=True)
        progress = _TqdmProgress()
        try:
            return crawl(source, CrawlOptions(fetch=fetch, max_pages=args.max_pages), progress=progress)
        finally:
            progress.close()
    if "://" in source:
        raise BadSource(f"{source}: only http:// and https:// addresses, or a local folder, can be imported")
    from perfm_bot.importing.site_folder import read_site_folder

    return read_site_folder(Path(source), max_bytes=max_bytes, knowledge_dir=settings.knowledge_dir)


class _TqdmProgress:
    """The crawl's progress on stderr (shown only on a terminal: tqdm's own rule)."""

    def __init__(self) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=0, unit="page", desc="importing", file=sys.stderr, disable=None, leave=False)

    def grow(self, n: int) -> None:
        self.bar.total = (self.bar.total or 0) + n
        self.bar.refresh()

    def step(self, url: str) -> None:
        self.bar.set_postfix_str(url[-60:], refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        self.bar.close()
