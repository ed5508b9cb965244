"""What ``perfm-bot doctor`` looks at: every file of the state folder, and whether the index
matches the knowledge.

Records (the outbox, the change log, the question log) are never repaired here: a damaged one is
named with what to do. Caches (the embedding cache, the index) may be rebuilt (``--repair``).
Nothing here loads the model; files are opened read-only, so checking changes nothing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from perfm_bot.core.sqlite import RECORDS, damage_advice

CACHES = {"embeddings.sqlite": "the embedding cache"}


@dataclass(frozen=True)
class Finding:
    name: str  # the file or folder, relative to the state folder
    status: str  # ok | missing | damaged | stale | unusable
    detail: str
    repairable: bool = False  # a cache that --repair rebuilds

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "missing")


def check_database(path: Path) -> Finding:
    """Open read-only and run ``integrity_check``: ok, missing, or damaged with what to do."""
    name = path.name
    record = name in RECORDS
    kind = RECORDS.get(name) or CACHES.get(name, "a database")
    if not path.exists():
        return Finding(name, "missing", "not created yet (made when first needed)")
    if not path.is_file():
        return Finding(name, "unusable", f"{path} is not a file; move it aside", repairable=not record)
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            found = [str(row[0]) for row in db.execute("PRAGMA integrity_check(5)").fetchall()]
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        found = [str(exc)]
    if found == ["ok"]:
        return Finding(name, "ok", f"{'record' if record else 'cache'}: {kind.split(';')[0]}")
    reason = "; ".join(found)
    if isinstance(reason, str) and "locked" in reason:
        return Finding(name, "unusable", f"busy ({reason}); try again when the bot is idle")
    return Finding(name, "damaged", f"{reason}. {damage_advice(path)}", repairable=not record)


def check_state(state_dir: Path) -> list[Finding]:
    """The state folder's databases (records first); the index is checked by the caller (it needs the knowledge)."""
    if state_dir.exists() and not state_dir.is_dir():
        return [Finding(str(state_dir), "unusable", "is a file, but the state folder must be a folder (move it or set --state)")]
    if not state_dir.exists():
        return [Finding(str(state_dir), "missing", "no state folder yet (made by the first command that needs it)")]
    return [check_database(state_dir / name) for name in (*RECORDS, *CACHES)]
