"""The change log: who changed which knowledge file, when, and the text before and after.

SQLite in the state folder (durable on commit, safe to read while a bot writes). Rows are never
deleted. Each change is logged *before* its file is replaced (state ``pending``) and marked
``done`` after, so a writer killed between the two leaves a pending row that ``resolve`` settles
by looking at the file: it holds the new text (the change happened), the old text (it did not:
``abandoned``), or neither (edited since: ``unknown``, never undone automatically). Nothing an
organizer said is lost either way: it is in the file, or the command reported no success.

Keeping the whole before and after text (a few KB) makes undo exact, and lets undo refuse when
the file no longer holds the after text, i.e. someone edited it by hand since.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from perfm_bot.core.sqlite import session

_SCHEMA = """
CREATE TABLE IF NOT EXISTS changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    action TEXT NOT NULL,
    file TEXT NOT NULL,
    ref TEXT,
    summary TEXT NOT NULL,
    reverts INTEGER REFERENCES changes(id),
    state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'abandoned', 'unknown')),
    before_sha TEXT NOT NULL,
    after_sha TEXT NOT NULL,
    before_text TEXT NOT NULL,
    after_text TEXT NOT NULL
)
"""
_COLUMNS = "c.id, c.at, c.by, c.action, c.file, c.ref, c.summary, c.reverts, c.state"
_REVERTED_BY = "(SELECT u.id FROM changes u WHERE u.reverts = c.id AND u.state = 'done')"


@dataclass(frozen=True)
class Change:
    """One organizer change, as the log keeps it and the CLI and cogs show it."""

    id: int
    at: datetime
    by: str
    action: str  # deadline.set | deadline.tba | faq.add | faq.remove | news.add | news.cite | undo
    file: str  # the knowledge file's name, e.g. dates.yaml
    summary: str
    ref: str | None = None  # the date key, FAQ id or news id it is about
    reverts: int | None = None  # for an undo: the change it took back
    state: str = "done"
    reverted_by: int | None = None  # the undo that took this change back


@dataclass(frozen=True)
class Texts:
    before: str
    after: str
    after_sha: str


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ChangeLog:
    def __init__(self, path: Path):
        self.path = path
        with self._db() as db:
            db.execute(_SCHEMA)

    def _db(self) -> AbstractContextManager[sqlite3.Connection]:
        return session(self.path, timeout=30, synchronous="FULL", verify=True)  # a committed row survives a power cut

    def begin(
        self,
        *,
        at: datetime,
        by: str,
        action: str,
        file: str,
        summary: str,
        before: str,
        after: str,
        ref: str | None = None,
        reverts: int | None = None,
    ) -> Change:
        """Record a change about to be written (``pending``) and return it."""
        with self._db() as db:
            cursor = db.execute(
                "INSERT INTO changes (at, by, action, file, ref, summary, reverts, state,"
                " before_sha, after_sha, before_text, after_text) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)",
                (at.isoformat(), by, action, file, ref, summary, reverts, sha(before), sha(after), before, after),
            )
            change_id = int(cursor.lastrowid or 0)
        return Change(change_id, at, by, action, file, summary, ref, reverts, "pending")

    def finish(self, change_id: int, state: str = "done") -> None:
        with self._db() as db:
            db.execute("UPDATE changes SET state = ? WHERE id = ?", (state, change_id))

    def discard(self, change_id: int) -> None:
        """Forget a pending change whose file write was refused (permissions, a full disk): it never
        happened, and must not show in the history as one its writer abandoned."""
        with self._db() as db:
            db.execute("DELETE FROM changes WHERE id = ? AND state = 'pending'", (change_id,))

    def pending(self) -> list[tuple[int, str, str, str]]:
        """(id, file, before_sha, after_sha) of changes whose writer never reported back."""
        with self._db() as db:
            return db.execute("SELECT id, file, before_sha, after_sha FROM changes WHERE state = 'pending' ORDER BY id").fetchall()

    def count(self) -> int:
        """How many changes the log holds (for "N more" under a shortened history)."""
        with self._db() as db:
            return int(db.execute("SELECT COUNT(*) FROM changes").fetchone()[0])

    def history(self, limit: int = 20) -> list[Change]:
        """The latest changes, newest first."""
        with self._db() as db:
            rows = db.execute(
                f"SELECT {_COLUMNS}, {_REVERTED_BY} FROM changes c ORDER BY c.id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [_change(row) for row in rows]

    def last_undoable(self) -> Change | None:
        """The newest change that happened, is not itself an undo, and was not taken back."""
        with self._db() as db:
            row = db.execute(
                f"SELECT {_COLUMNS}, NULL FROM changes c WHERE c.state = 'done' AND c.action != 'undo'"
                f" AND {_REVERTED_BY} IS NULL ORDER BY c.id DESC LIMIT 1"
            ).fetchone()
        return _change(row) if row else None

    def texts(self, change_id: int) -> Texts:
        with self._db() as db:
            before, after, after_sha = db.execute(
                "SELECT before_text, after_text, after_sha FROM changes WHERE id = ?", (change_id,)
            ).fetchone()
        return Texts(before, after, after_sha)


def _change(row: tuple) -> Change:
    id_, at, by, action, file, ref, summary, reverts, state, reverted_by = row
    return Change(id_, datetime.fromisoformat(at), by, action, file, summary, ref, reverts, state, reverted_by)
