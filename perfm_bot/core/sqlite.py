"""Opening the state's SQLite files one way: WAL, a busy timeout, a clear close, and damage named.

The change log, the embedding cache, the outbox and the question log all open their files here.
WAL gives one small write per commit and readers that never block the writer. SQLite can refuse
the ``journal_mode=WAL`` pragma with "database is locked" at once, without calling the busy
handler, while a second connection is setting the same new file up (two bot processes starting
together, or the bot and a CLI command); retrying for up to ``timeout`` seconds is what the busy
handler would have done. A file that is not a database, or a folder that cannot hold one, becomes
a ``StateError`` naming the path, so no user ever sees ``sqlite3.DatabaseError``.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from perfm_bot.core.errors import StateError


# The state's records: never replaced without the operator's word (a cache is simply rebuilt).
RECORDS = {
    "outbox.sqlite": (
        "the record of what the bot has posted; a new one would not know what went out already, "
        "so reminders could be posted twice"
    ),
    "changes.sqlite": "the log of organizer changes (history, undo)",
    "questions.sqlite": "the log of questions and the organizers' queue",
}


class DamagedDatabase(StateError):
    """The file exists but is not a usable SQLite database (truncated, overwritten, not SQLite)."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: damaged ({reason}). {damage_advice(path)}")


def damage_advice(path: Path) -> str:
    """What to do about a damaged state file, in one or two sentences."""
    what = RECORDS.get(path.name)
    if what is None:
        return "It is a cache: delete it and it is rebuilt (`perfm-bot doctor --repair`)."
    return (
        f"It is {what}, so it is not replaced automatically: stop the bot, restore it from a backup or "
        f"move it aside (mv {path} {path}.damaged) to start a new one. `perfm-bot doctor` checks every state file."
    )


def is_damage(exc: BaseException) -> bool:
    """sqlite3's own "not a database" / "malformed" error (its subclasses are other problems: busy, constraint...)."""
    return type(exc) is sqlite3.DatabaseError


@contextmanager
def named_damage(path: Path) -> Iterator[None]:
    """Turn damage found while using ``path`` into a DamagedDatabase naming it."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise DamagedDatabase(path, str(exc)) from exc
        if is_write_failure(exc):
            raise write_failure(path, exc) from exc
        raise


def is_write_failure(exc: BaseException) -> bool:
    """SQLite could not write the file: the disk is full, or a file-size limit (``ulimit -f``) stops it."""
    return isinstance(exc, sqlite3.OperationalError) and any(
        words in str(exc) for words in ("disk I/O error", "database or disk is full")
    )


def write_failure(path: Path, exc: BaseException) -> StateError:
    return StateError(
        f"{path}: cannot be written ({exc}): the disk is full, or a file-size limit (ulimit -f) stops it growing. "
        "SQLite wrote nothing half-way; free space or lift the limit, then run the command again"
    )


def open_db(
    path: Path,
    *,
    timeout: float = 30.0,
    synchronous: str = "NORMAL",
    autocommit: bool = False,
    shared: bool = False,
    verify: bool = False,
) -> sqlite3.Connection:
    """A connection to ``path`` in WAL mode with a busy timeout. ``shared`` lets other threads use it
    (the caller then serialises access); ``autocommit`` leaves transactions to explicit BEGINs;
    ``verify`` runs SQLite's ``quick_check`` first (for records: damage is found at open, not mid-write)."""
    prepare_folder(path.parent)
    try:
        db = sqlite3.connect(
            path, timeout=timeout, isolation_level=None if autocommit else "", check_same_thread=not shared
        )
    except sqlite3.OperationalError as exc:
        raise StateError(f"{path}: cannot be opened ({exc}); check that it is a file you may write") from exc
    try:
        if verify:  # before WAL is switched on, which would write to a damaged file's header
            db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
            found = db.execute("PRAGMA quick_check(3)").fetchall()
            if [tuple(r) for r in found] != [("ok",)]:
                raise sqlite3.DatabaseError("; ".join(str(r[0]) for r in found))
        enable_wal(db, timeout)
        db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        db.execute(f"PRAGMA synchronous={synchronous}")
    except sqlite3.DatabaseError as exc:
        db.close()
        if is_write_failure(exc):
            raise write_failure(path, exc) from exc
        if isinstance(exc, sqlite3.OperationalError) and "locked" not in str(exc) and path.exists():
            raise StateError(f"{path}: cannot be written ({exc}); check the folder's permissions") from exc
        raise DamagedDatabase(path, str(exc)) from exc
    return db


@contextmanager
def session(path: Path, **options: object) -> Iterator[sqlite3.Connection]:
    """One connection for one unit of work: committed on success, rolled back on error, always closed."""
    db = open_db(path, **options)  # type: ignore[arg-type]
    try:
        with named_damage(path), db:
            yield db
    finally:
        db.close()


def prepare_folder(folder: Path) -> None:
    """Create the state folder, or say in one line why it cannot be used."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise StateError(f"{folder}: is a file, but the state folder must be a folder (move it or set --state)") from None
    except NotADirectoryError:
        raise StateError(f"{folder}: a part of this path is a file; the state folder must be a folder (set --state)") from None
    except PermissionError:
        raise StateError(f"{folder}: cannot be created here (permission denied); set --state or PERFM_STATE to a writable folder") from None


def enable_wal(db: sqlite3.Connection, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)
