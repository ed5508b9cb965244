"""What an import brings back and what it did: plain values shared by the readers and the writer.

A reader (a local folder or a crawl) produces a ``Harvest`` and touches nothing; only
``write.land`` changes the pages folder. That split is what lets a bad source change nothing: every
way a source can fail is found before the first write.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from perfm_bot.core.errors import InputError


class BadSource(InputError):
    """The SOURCE cannot be imported at all (404 at the base, not HTML, a redirect loop, a page
    over the size cap, nothing listening, no pages in a folder); nothing was changed."""


@dataclass(frozen=True)
class LandingPage:
    """One file to land in ``knowledge/pages/``, exactly as it will be written."""

    path: str  # relative to the pages folder, POSIX separators
    content: bytes
    origin: str  # the URL it was fetched from, or its path inside the site folder
    url: str | None = None  # the live page (its permalink), for a crawled page
    note: str = ""  # said in the report next to the page (e.g. a conversion to UTF-8)


@dataclass(frozen=True)
class Skipped:
    """Something the import did not take, and why, in words an operator can act on."""

    what: str
    reason: str


@dataclass(frozen=True)
class Harvest:
    """Everything read from a source, before anything is written."""

    source: str
    pages: tuple[LandingPage, ...]
    skipped: tuple[Skipped, ...] = ()
    # Origins of pages that exist but could not be read this time (a timeout, a 5xx): an earlier
    # copy of them is kept rather than removed as gone.
    unreachable: frozenset[str] = frozenset()
    # False when the reading stopped early (the page cap): then no earlier page is removed, since
    # a page not reached is not a page gone.
    complete: bool = True
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """What happened to one file: imported, updated, unchanged, removed, kept or skipped."""

    action: str
    path: str
    origin: str
    reason: str = ""

    def line(self) -> str:
        where = f"pages/{self.path}" if self.path else self.origin
        came = f" <- {self.origin}" if self.path and self.origin and self.origin != self.path else ""
        why = f": {self.reason}" if self.reason else ""
        return f"{self.action:<9} {where}{came}{why}"


ACTIONS = ("imported", "updated", "unchanged", "removed", "kept", "skipped")


@dataclass(frozen=True)
class ImportReport:
    source: str
    pages_dir: str
    outcomes: tuple[Outcome, ...]
    notes: tuple[str, ...] = ()
    written: bool = False  # whether anything in the pages folder changed

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    def summary(self) -> str:
        parts = [f"{self.count(a)} {a}" for a in ACTIONS]
        return f"Imported {self.source} into {self.pages_dir}: " + ", ".join(parts) + "."

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "pages_dir": self.pages_dir,
            "written": self.written,
            "counts": {a: self.count(a) for a in ACTIONS},
            "outcomes": [
                {"action": o.action, "path": o.path or None, "origin": o.origin, "reason": o.reason or None}
                for o in self.outcomes
            ],
            "notes": list(self.notes),
        }


@dataclass
class Tally:
    """Skips and notes gathered while reading, frozen into the Harvest at the end."""

    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def skip(self, what: str, reason: str) -> None:
        self.skipped.append(Skipped(what, reason))
