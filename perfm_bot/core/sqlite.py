"""Switching a SQLite file to WAL journaling, safely when several processes open it at once.

The outbox, the question log and the change log all use WAL (one small write per commit; readers
never block the writer). SQLite can refuse the ``journal_mode=WAL`` pragma with "database is
locked" at once, without calling the busy handler, while a second connection is setting the same
new file up (two bot processes starting together, or the bot and a CLI command); retrying for up
to ``timeout`` seconds is what the busy handler would have done.
"""

from __future__ import annotations

import sqlite3
import time


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
