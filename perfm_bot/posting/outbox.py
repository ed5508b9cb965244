"""The outbox: the single record of what the bot posts and whether it went out, in SQLite.

Every scheduled post is a row keyed by its stable id (also its Discord nonce) with a status:

    pending --claim--> sending --> sent
       ^                  |------> failed      (permanent: the channel is gone, no permission,
       |                  |                     or transient failures past max attempts)
       +--retry later-----+                    (transient: back to pending with a backoff)
    pending --> skipped    (downtime rules: superseded, date passed, too old)
    pending --> cancelled  (no longer planned: date set back to TBA, reminders turned off, news removed)

Why it is safe:

* Only ``claim_due`` moves a post to ``sending``, inside ``BEGIN IMMEDIATE``: SQLite lets one
  writer in at a time, so two processes on one database file never claim the same post.
* ``sync`` never touches a ``sent`` (or ``sending``) row, whatever the YAML says later: "was this
  sent" is answered here, never by the knowledge files. A re-planned post keeps its id, so a
  reminder sent once is never sent again, even when its date moves and moves back.
* The last instant seen for every date is kept here too, written in the same transaction as the
  "moved" notice it causes, so a crash cannot record a move without its notice (or the reverse).
* A ``sending`` claim older than ``stale_after`` belongs to a process that died mid-send; it goes
  back to ``pending`` and is sent again with the same nonce. Discord's ``enforce_nonce`` (which
  discord.py sets whenever a nonce is given) returns the existing message instead of creating a
  second one when the first attempt did arrive, within its window of a few minutes. After a
  longer outage a post whose request was cut at the exact wrong moment could appear twice; we
  prefer that rare duplicate to silently losing a deadline reminder.

Times are stored as UTC ISO 8601 text with microseconds (fixed width, so text order is time order).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from perfm_bot.core.sqlite import named_damage, open_db

if TYPE_CHECKING:
    from perfm_bot.posting.delivery import DeliveryRules
    from perfm_bot.posting.planner import PlannedPost

STATUSES = ("pending", "sending", "sent", "failed", "skipped", "cancelled")
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS posts (
    id           TEXT PRIMARY KEY,   -- stable, <= 25 chars: the Discord nonce
    kind         TEXT NOT NULL,      -- reminder | news | moved
    ref          TEXT NOT NULL,      -- date key or news id
    rung         TEXT,               -- '14d' for reminders
    due          TEXT NOT NULL,
    deadline     TEXT,
    content      TEXT NOT NULL,
    status       TEXT NOT NULL,
    reason       TEXT,               -- why failed / skipped / cancelled / last retry
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_attempt TEXT,
    claimed_by   TEXT,
    claimed_at   TEXT,
    message_id   INTEGER,
    sent_at      TEXT,
    late         INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS posts_status_due ON posts (status, due);
CREATE TABLE IF NOT EXISTS date_instants (
    key        TEXT PRIMARY KEY,
    instant    TEXT NOT NULL,        -- the last announced instant seen for this date
    updated_at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class Post:
    """A row of the outbox."""

    id: str
    kind: str
    ref: str
    rung: str | None
    due: datetime
    deadline: datetime | None
    content: str
    status: str
    reason: str | None = None
    attempts: int = 0
    next_attempt: datetime | None = None
    claimed_by: str | None = None
    claimed_at: datetime | None = None
    message_id: int | None = None
    sent_at: datetime | None = None
    late: bool = False


@dataclass
class SyncReport:
    inserted: list[str] = field(default_factory=list)
    replanned: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # planned with their time already past
    moved: list[str] = field(default_factory=list)  # new "moved" notices


@dataclass
class Claim:
    posts: list[Post] = field(default_factory=list)  # now 'sending', owned by the claimer
    skipped: list[tuple[Post, str]] = field(default_factory=list)
    reclaimed: list[str] = field(default_factory=list)  # stale 'sending' rows put back to pending


class Outbox:
    """One SQLite file shared by every process of the bot; open one Outbox per process."""

    def __init__(self, path: Path, *, timeout: float = 30.0):
        self.path = Path(path)
        # Autocommit mode: every write below opens its own BEGIN IMMEDIATE transaction.
        self._db = open_db(self.path, timeout=timeout, autocommit=True, shared=True, verify=True)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.Lock()  # the connection may be used from a worker thread too
        with self._write():
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise RuntimeError(f"{self.path}: outbox schema {version} is newer than this code ({SCHEMA_VERSION})")
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock, named_damage(self.path):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # --- reading -------------------------------------------------------------------------

    def get(self, post_id: str) -> Post | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
        return _post(row) if row else None

    def posts(self, status: str | None = None) -> list[Post]:
        query = "SELECT * FROM posts" + (" WHERE status = ?" if status else "") + " ORDER BY due, id"
        with self._lock:
            rows = self._db.execute(query, (status,) if status else ()).fetchall()
        return [_post(r) for r in rows]

    def upcoming(self, now: datetime, limit: int = 10) -> list[Post]:
        """The next pending posts (what /schedule shows), soonest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM posts WHERE status = 'pending' AND due >= ? ORDER BY due, id LIMIT ?",
                (_ts(now), limit),
            ).fetchall()
        return [_post(r) for r in rows]

    def next_due(self) -> datetime | None:
        """When the earliest pending post may be claimed (its time, or its retry time if later);
        None when nothing is pending. The bot's loop sleeps until then instead of polling."""
        with self._lock:
            row = self._db.execute(
                "SELECT MIN(MAX(due, COALESCE(next_attempt, due))) FROM posts WHERE status = 'pending'"
            ).fetchone()
        return _dt(row[0])

    def known_instants(self) -> dict[str, datetime]:
        with self._lock:
            rows = self._db.execute("SELECT key, instant FROM date_instants").fetchall()
        return {r["key"]: _dt(r["instant"]) for r in rows}

    # --- planning ------------------------------------------------------------------------

    def sync(
        self,
        planned: Sequence[PlannedPost],
        now: datetime,
        rules: DeliveryRules,
        *,
        instants: Mapping[str, datetime] | None = None,
    ) -> SyncReport:
        """Make the outbox match the plan, in one transaction.

        New posts are inserted (skipped at once when ``rules.on_arrival`` says their time is long
        gone); posts not yet sent whose time or text changed are re-planned; pending reminders
        and news no longer planned are cancelled. Sent and in-flight posts are never touched.
        "moved" notices are events, not plans: inserted once, never cancelled by their absence
        from a later plan. ``instants`` (date key -> UTC instant) is recorded as the new baseline
        for detecting moves; a date absent from it (TBA) keeps its last instant.
        """
        report = SyncReport()
        stamp = _ts(now)
        with self._write() as db:
            # A season is a few hundred rows at most: reading them all is simpler than diffing by query.
            existing = {r["id"]: r for r in db.execute("SELECT * FROM posts")}
            for post in planned:
                row = existing.get(post.id)
                if row is None:
                    reason = rules.on_arrival(post, now)
                    status = "skipped" if reason else "pending"
                    db.execute(
                        "INSERT INTO posts (id, kind, ref, rung, due, deadline, content, status, reason,"
                        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (post.id, post.kind, post.ref, post.rung, _ts(post.due), _ts(post.deadline),
                         post.content, status, reason, stamp, stamp),
                    )
                    (report.moved if post.kind == "moved" else report.inserted).append(post.id)
                    if reason:
                        report.skipped.append((post.id, reason))
                    continue
                if row["status"] in ("sent", "sending") or post.kind == "moved":
                    continue
                moved_in_time = row["due"] != _ts(post.due) or row["deadline"] != _ts(post.deadline)
                if moved_in_time or row["status"] == "cancelled":
                    reason = rules.on_arrival(post, now)
                    db.execute(
                        "UPDATE posts SET due = ?, deadline = ?, rung = ?, content = ?, status = ?, reason = ?,"
                        " attempts = 0, next_attempt = NULL, claimed_by = NULL, claimed_at = NULL,"
                        " updated_at = ? WHERE id = ?",
                        (_ts(post.due), _ts(post.deadline), post.rung, post.content,
                         "skipped" if reason else "pending", reason, stamp, post.id),
                    )
                    report.replanned.append(post.id)
                    if reason:
                        report.skipped.append((post.id, reason))
                elif row["content"] != post.content and row["status"] == "pending":
                    db.execute("UPDATE posts SET content = ?, updated_at = ? WHERE id = ?", (post.content, stamp, post.id))
            planned_ids = {p.id for p in planned}
            for row in existing.values():
                if row["status"] == "pending" and row["kind"] != "moved" and row["id"] not in planned_ids:
                    db.execute(
                        "UPDATE posts SET status = 'cancelled', reason = ?, updated_at = ? WHERE id = ?",
                        ("no longer planned (the date is TBA or gone, its reminders are off, or the news item was removed)",
                         stamp, row["id"]),
                    )
                    report.cancelled.append(row["id"])
            for key, instant in (instants or {}).items():
                db.execute(
                    "INSERT INTO date_instants (key, instant, updated_at) VALUES (?, ?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET instant = excluded.instant, updated_at = excluded.updated_at"
                    " WHERE instant != excluded.instant",
                    (key, _ts(instant), stamp),
                )
        return report

    # --- sending -------------------------------------------------------------------------

    def claim_due(
        self,
        now: datetime,
        owner: str,
        rules: DeliveryRules,
        *,
        stale_after: timedelta = timedelta(minutes=2),
        limit: int = 20,
    ) -> Claim:
        """Claim the posts due at ``now`` for ``owner``, applying the catch-up rules first.

        One transaction: stale claims are released, ``rules.triage`` decides which due posts are
        skipped (logged by the caller), and up to ``limit`` of the rest become 'sending'. A post
        waiting for a retry counts for the triage (a later rung still supersedes it) but is not
        claimed before its ``next_attempt``.
        """
        claim = Claim()
        stamp = _ts(now)
        with self._write() as db:
            stale = db.execute(
                "SELECT id FROM posts WHERE status = 'sending' AND claimed_at < ?", (_ts(now - stale_after),)
            ).fetchall()
            for row in stale:
                db.execute(
                    "UPDATE posts SET status = 'pending', claimed_by = NULL, claimed_at = NULL,"
                    " reason = 'reclaimed: the process sending it stopped', updated_at = ? WHERE id = ?",
                    (stamp, row["id"]),
                )
                claim.reclaimed.append(row["id"])
            due = [_post(r) for r in db.execute(
                "SELECT * FROM posts WHERE status = 'pending' AND due <= ? ORDER BY due, id", (stamp,)
            )]
            skips = rules.triage(due, now)
            for post in due:
                if post.id in skips:
                    db.execute(
                        "UPDATE posts SET status = 'skipped', reason = ?, updated_at = ? WHERE id = ?",
                        (skips[post.id], stamp, post.id),
                    )
                    claim.skipped.append((post, skips[post.id]))
                elif len(claim.posts) < limit and (post.next_attempt is None or post.next_attempt <= now):
                    db.execute(
                        "UPDATE posts SET status = 'sending', claimed_by = ?, claimed_at = ?,"
                        " attempts = attempts + 1, updated_at = ? WHERE id = ? AND status = 'pending'",
                        (owner, stamp, stamp, post.id),
                    )
                    claim.posts.append(
                        replace(post, status="sending", claimed_by=owner, claimed_at=now, attempts=post.attempts + 1)
                    )
        return claim

    def mark_sent(self, post_id: str, owner: str, message_id: int | None, now: datetime, *, late: bool) -> bool:
        """Record a confirmed send. Accepted even if the claim was lost meanwhile: it did go out."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE posts SET status = 'sent', message_id = ?, sent_at = ?, late = ?, reason = NULL,"
                " claimed_by = ?, updated_at = ? WHERE id = ? AND status IN ('sending', 'pending')",
                (message_id, _ts(now), int(late), owner, _ts(now), post_id),
            )
            return cursor.rowcount == 1

    def mark_failed(self, post_id: str, owner: str, reason: str, now: datetime) -> bool:
        """A permanent failure: never retried (unless the post is re-planned to another time)."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE posts SET status = 'failed', reason = ?, updated_at = ?"
                " WHERE id = ? AND status = 'sending' AND claimed_by = ?",
                (reason, _ts(now), post_id, owner),
            )
            return cursor.rowcount == 1

    def retry_later(
        self,
        post_id: str,
        owner: str,
        reason: str,
        now: datetime,
        *,
        max_attempts: int | None,
        backoff: timedelta,
        cap: timedelta | None = None,
    ) -> str | None:
        """A transient failure: back to pending after ``backoff * 2**(attempts-1)`` (at most ``cap``),
        or failed when the attempts are used up. ``max_attempts`` None never gives up here: the post
        waits (Discord unreachable for a while) until it goes out or the catch-up rules skip it (its
        date passed, news too old, a later rung). Returns the new status (None if the claim was lost)."""
        with self._write() as db:
            row = db.execute(
                "SELECT attempts FROM posts WHERE id = ? AND status = 'sending' AND claimed_by = ?", (post_id, owner)
            ).fetchone()
            if row is None:
                return None
            attempts = row["attempts"]
            if max_attempts is not None and attempts >= max_attempts:
                db.execute(
                    "UPDATE posts SET status = 'failed', reason = ?, updated_at = ? WHERE id = ?",
                    (f"gave up after {attempts} attempts: {reason}", _ts(now), post_id),
                )
                return "failed"
            wait = backoff * (2 ** min(attempts - 1, 20))
            if cap is not None:
                wait = min(wait, cap)
            db.execute(
                "UPDATE posts SET status = 'pending', reason = ?, next_attempt = ?, claimed_by = NULL,"
                " claimed_at = NULL, updated_at = ? WHERE id = ?",
                (f"attempt {attempts} failed: {reason}", _ts(now + wait), _ts(now), post_id),
            )
            return "pending"


def _ts(instant: datetime | None) -> str | None:
    if instant is None:
        return None
    if instant.tzinfo is None:
        raise ValueError(f"naive datetime {instant!r}: the outbox stores aware instants only")
    return instant.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _post(row: sqlite3.Row) -> Post:
    return Post(
        id=row["id"],
        kind=row["kind"],
        ref=row["ref"],
        rung=row["rung"],
        due=_dt(row["due"]),
        deadline=_dt(row["deadline"]),
        content=row["content"],
        status=row["status"],
        reason=row["reason"],
        attempts=row["attempts"],
        next_attempt=_dt(row["next_attempt"]),
        claimed_by=row["claimed_by"],
        claimed_at=_dt(row["claimed_at"]),
        message_id=row["message_id"],
        sent_at=_dt(row["sent_at"]),
        late=bool(row["late"]),
    )

