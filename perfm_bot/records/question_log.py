"""What attendees asked, how the bot answered, what they thought of it, and what organizers still owe.

SQLite in the state folder, so the log, the feedback and the escalation queue survive restarts.
Every question gets an id (shown as ``Q17``); organizers answer the open ones with ``/answer 17``.
The queue holds the questions the bot abstained on (silently) and the ones an attendee handed to
the organizers with "Ask an organizer" (announced in the organizers' channel). An item goes
``open`` -> ``answered`` once, when an organizer's answer reached the asker.

Each thread keeps one connection (opening one per call cost a millisecond, and a burst of 500
questions logged on the event loop would stall it for half a second), so the log may be used from
any thread. WAL journaling keeps a commit to a few file writes: safe on the bot's event loop, and a
crashed or killed bot loses nothing it had committed.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from perfm_bot.answering.analysis import DECLINED_INTENTS
from perfm_bot.answering.compose import Answer
from perfm_bot.core.clock import Clock, utc_now
from perfm_bot.core.errors import InputError
from perfm_bot.core.sqlite import named_damage, open_db
from perfm_bot.records.questions import VIAS, Asked, LoggedQuestion, QueueItem, Stats, question_label, topic_of


_SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    asked_at TEXT NOT NULL,
    asker_id INTEGER NOT NULL,
    asker_name TEXT NOT NULL,
    via TEXT NOT NULL,
    guild_id INTEGER,
    channel_id INTEGER NOT NULL,
    thread_id INTEGER,          -- the thread the question lives in (asked there, or opened for it)
    message_id INTEGER,         -- the asker's message (none for /ask)
    reply_id INTEGER,           -- the bot's answer message
    question TEXT NOT NULL,
    answered INTEGER NOT NULL,
    kind TEXT NOT NULL,
    score REAL NOT NULL,
    topic TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS questions_thread ON questions(thread_id);
CREATE INDEX IF NOT EXISTS questions_reply ON questions(reply_id);
CREATE TABLE IF NOT EXISTS feedback (
    question_id INTEGER NOT NULL REFERENCES questions(id),
    user_id INTEGER NOT NULL,
    helpful INTEGER NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (question_id, user_id)
);
CREATE TABLE IF NOT EXISTS escalations (
    question_id INTEGER PRIMARY KEY REFERENCES questions(id),
    reason TEXT NOT NULL CHECK (reason IN ('abstained', 'escalated')),
    state TEXT NOT NULL CHECK (state IN ('open', 'answered')),
    opened_at TEXT NOT NULL,
    escalated_by INTEGER,
    escalated_at TEXT,
    answered_at TEXT,
    answered_by TEXT,
    answer TEXT,
    faq_id TEXT,
    delivered_to TEXT
);
"""


class QuestionLog:
    def __init__(self, path: Path, clock: Clock = utc_now):
        self.path = path
        self.clock = clock
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []  # every thread's connection, for close()
        self._opened_lock = threading.Lock()
        with self._db() as db:
            db.executescript(_SCHEMA)
            columns = {row[1] for row in db.execute("PRAGMA table_info(questions)")}
            if "part_of" not in columns:  # a log from before per-part records: the column is added, nothing lost
                db.execute("ALTER TABLE questions ADD COLUMN part_of INTEGER REFERENCES questions(id)")

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = open_db(self.path, timeout=10, shared=True, verify=True)  # shared: close() may run on another thread
            db.execute("PRAGMA foreign_keys=ON")
            self._local.db = db
            with self._opened_lock:
                self._opened.append(db)
        with named_damage(self.path), db:  # one transaction: committed on success, rolled back on error
            yield db

    def shutdown(self) -> None:
        """Close every thread's connection (the bot calls this when it stops)."""
        with self._opened_lock:
            for db in self._opened:
                db.close()
            self._opened.clear()
        self._local = threading.local()

    def _now(self) -> str:
        return self.clock().isoformat()

    # --- questions ---------------------------------------------------------------------

    def record(self, where: Asked, answer: Answer) -> LoggedQuestion:
        """Log a question and its answer; an abstention opens a queue item at once."""
        if where.via not in VIAS:
            raise ValueError(f"unknown via {where.via!r}")
        now = self._now()
        with self._db() as db:
            cursor = db.execute(
                "INSERT INTO questions (asked_at, asker_id, asker_name, via, guild_id, channel_id, thread_id,"
                " message_id, question, answered, kind, score, topic) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    now, where.asker_id, where.asker_name, where.via, where.guild_id, where.channel_id,
                    where.thread_id, where.message_id, answer.question, int(answer.answered), answer.kind,
                    float(answer.score), topic_of(answer),
                ),
            )
            question_id = int(cursor.lastrowid or 0)
            if not answer.answered:
                db.execute(
                    "INSERT INTO escalations (question_id, reason, state, opened_at) VALUES (?, 'abstained', 'open', ?)",
                    (question_id, now),
                )
            if answer.answered:
                for part in answer.parts:
                    if not part.answered and part.intent not in _NOT_FOR_ORGANIZERS:
                        self._record_part(db, where, part, question_id, now)
        logged = self.get(question_id)
        assert logged is not None
        return logged

    def _record_part(self, db: sqlite3.Connection, where: Asked, part: Answer, message_id: int, now: str) -> None:
        """A declined part of a message the bot otherwise answered ("camera-ready: TBA; poster size:
        I don't know"): its own question, in the organizers' queue, so the open part is not lost
        behind the answered one. ``part_of`` keeps it out of a thread's follow-up context."""
        cursor = db.execute(
            "INSERT INTO questions (asked_at, asker_id, asker_name, via, guild_id, channel_id, thread_id,"
            " message_id, question, answered, kind, score, topic, part_of) VALUES (?,?,?,?,?,?,?,?,?,0,?,?,?,?)",
            (
                now, where.asker_id, where.asker_name, where.via, where.guild_id, where.channel_id, where.thread_id,
                where.message_id, part.question, part.kind, float(part.score), topic_of(part), message_id,
            ),
        )
        db.execute(
            "INSERT INTO escalations (question_id, reason, state, opened_at) VALUES (?, 'abstained', 'open', ?)",
            (int(cursor.lastrowid or 0), now),
        )

    def open_parts(self, question_id: int) -> list[LoggedQuestion]:
        """The declined parts of a message, each its own question (for their "Ask an organizer" buttons)."""
        with self._db() as db:
            rows = db.execute(
                f"SELECT {_QUESTION_COLUMNS} FROM questions q WHERE q.part_of = ? ORDER BY q.id", (question_id,)
            ).fetchall()
        return [_question(row) for row in rows]

    def set_reply(self, question_id: int, reply_id: int, thread_id: int | None = None) -> None:
        """Where the bot's answer went (and the thread opened for it), for follow-ups and /answer."""
        with self._db() as db:
            db.execute(
                "UPDATE questions SET reply_id = ?, thread_id = COALESCE(?, thread_id) WHERE id = ?",
                (reply_id, thread_id, question_id),
            )

    def get(self, question_id: int) -> LoggedQuestion | None:
        with self._db() as db:
            row = db.execute(f"SELECT {_QUESTION_COLUMNS} FROM questions q WHERE q.id = ?", (question_id,)).fetchone()
        return _question(row) if row else None

    def require(self, question_id: int) -> LoggedQuestion:
        logged = self.get(question_id)
        if logged is None:
            raise InputError(f"There is no question {question_label(question_id)}; /unanswered lists the open ones.")
        return logged

    def is_question_thread(self, thread_id: int) -> bool:
        """A thread opened for a question, or started on one of the bot's answers: follow-ups there are questions."""
        with self._db() as db:
            row = db.execute(
                "SELECT 1 FROM questions WHERE thread_id = ? OR reply_id = ? LIMIT 1", (thread_id, thread_id)
            ).fetchone()
        return row is not None

    def previous_in(self, thread_id: int | None = None, reply_to: int | None = None) -> LoggedQuestion | None:
        """The question a follow-up continues: the latest one asked in its thread (or whose answer
        opened it), else the one whose answer it replies to."""
        with self._db() as db:
            row = None
            if thread_id is not None:
                row = db.execute(
                    f"SELECT {_QUESTION_COLUMNS} FROM questions q WHERE (q.thread_id = ? OR q.reply_id = ?) AND q.part_of IS NULL"
                    " ORDER BY q.id DESC LIMIT 1",
                    (thread_id, thread_id),
                ).fetchone()
            if row is None and reply_to is not None:
                row = db.execute(
                    f"SELECT {_QUESTION_COLUMNS} FROM questions q WHERE q.reply_id = ? ORDER BY q.id DESC LIMIT 1", (reply_to,)
                ).fetchone()
        return _question(row) if row else None

    # --- feedback ----------------------------------------------------------------------

    def add_feedback(self, question_id: int, user_id: int, helpful: bool) -> None:
        """One vote per person and answer; voting again changes the vote."""
        self.require(question_id)
        with self._db() as db:
            db.execute(
                "INSERT INTO feedback (question_id, user_id, helpful, at) VALUES (?,?,?,?)"
                " ON CONFLICT (question_id, user_id) DO UPDATE SET helpful = excluded.helpful, at = excluded.at",
                (question_id, user_id, int(helpful), self._now()),
            )

    # --- the escalation queue ----------------------------------------------------------

    def escalate(self, question_id: int, user_id: int) -> tuple[QueueItem, bool]:
        """Hand a question to the organizers; (the item, True when this call escalated it)."""
        self.require(question_id)
        now = self._now()
        with self._db() as db:
            row = db.execute("SELECT reason, state FROM escalations WHERE question_id = ?", (question_id,)).fetchone()
            changed = row is None or (row[0] == "abstained" and row[1] == "open")
            if row is None:
                db.execute(
                    "INSERT INTO escalations (question_id, reason, state, opened_at, escalated_by, escalated_at)"
                    " VALUES (?, 'escalated', 'open', ?, ?, ?)",
                    (question_id, now, user_id, now),
                )
            elif changed:
                db.execute(
                    "UPDATE escalations SET reason = 'escalated', escalated_by = ?, escalated_at = ? WHERE question_id = ?",
                    (user_id, now, question_id),
                )
        item = self.item(question_id)
        assert item is not None
        return item, changed

    def item(self, question_id: int) -> QueueItem | None:
        with self._db() as db:
            row = db.execute(
                f"SELECT {_QUESTION_COLUMNS}, {_ITEM_COLUMNS} FROM escalations e JOIN questions q ON q.id = e.question_id"
                " WHERE e.question_id = ?",
                (question_id,),
            ).fetchone()
        return _item(row) if row else None

    def open_items(self, limit: int | None = None) -> list[QueueItem]:
        """The open queue, oldest first: the attendee who waited longest comes first."""
        with self._db() as db:
            rows = db.execute(
                f"SELECT {_QUESTION_COLUMNS}, {_ITEM_COLUMNS} FROM escalations e JOIN questions q ON q.id = e.question_id"
                " WHERE e.state = 'open' ORDER BY e.opened_at, e.question_id LIMIT ?",
                (-1 if limit is None else limit,),
            ).fetchall()
        return [_item(r) for r in rows]

    def check_answerable(self, question_id: int) -> LoggedQuestion:
        """The question, if an organizer may still answer it; InputError (nothing changed) if not."""
        logged = self.require(question_id)
        item = self.item(question_id)
        if item is not None and item.state == "answered":
            when = item.answered_at.strftime("%Y-%m-%d %H:%M UTC") if item.answered_at else "earlier"
            raise InputError(f"{logged.label} was already answered by {item.answered_by} ({when}).")
        return logged

    def close(self, question_id: int, *, by: str, answer: str, delivered_to: str, faq_id: str | None = None) -> QueueItem:
        """Record an organizer's answer that reached the asker; the item leaves the queue."""
        self.check_answerable(question_id)
        now = self._now()
        with self._db() as db:
            db.execute(
                "INSERT INTO escalations (question_id, reason, state, opened_at) VALUES (?, 'escalated', 'open', ?)"
                " ON CONFLICT (question_id) DO NOTHING",
                (question_id, now),
            )
            db.execute(
                "UPDATE escalations SET state = 'answered', answered_at = ?, answered_by = ?, answer = ?, faq_id = ?,"
                " delivered_to = ? WHERE question_id = ?",
                (now, by, answer, faq_id, delivered_to, question_id),
            )
        item = self.item(question_id)
        assert item is not None
        return item

    # --- statistics --------------------------------------------------------------------

    def stats(self, top: int = 5) -> Stats:
        with self._db() as db:
            asked, answered = db.execute("SELECT COUNT(*), COALESCE(SUM(answered), 0) FROM questions").fetchone()
            open_items, escalated_open, closed = db.execute(
                "SELECT COALESCE(SUM(state = 'open'), 0), COALESCE(SUM(state = 'open' AND reason = 'escalated'), 0),"
                " COALESCE(SUM(state = 'answered'), 0) FROM escalations"
            ).fetchone()
            helpful, not_helpful = db.execute(
                "SELECT COALESCE(SUM(helpful = 1), 0), COALESCE(SUM(helpful = 0), 0) FROM feedback"
            ).fetchone()
            topics = db.execute(
                "SELECT topic, COUNT(*) AS n FROM questions WHERE answered = 1 GROUP BY topic"
                " ORDER BY n DESC, MIN(id) LIMIT ?",
                (top,),
            ).fetchall()
        return Stats(
            asked, answered, open_items, escalated_open, closed, helpful, not_helpful, tuple((t, n) for t, n in topics)
        )


# Declined parts that are no question for the organizers: a greeting, a request for work.
_NOT_FOR_ORGANIZERS = DECLINED_INTENTS
_QUESTION_COLUMNS = (
    "q.id, q.asked_at, q.asker_id, q.asker_name, q.via, q.guild_id, q.channel_id, q.thread_id, q.message_id,"
    " q.reply_id, q.question, q.answered, q.kind, q.score, q.topic"
)
_ITEM_COLUMNS = (
    "e.reason, e.state, e.opened_at, e.escalated_at, e.answered_at, e.answered_by, e.answer, e.faq_id, e.delivered_to"
)


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _question(row: tuple) -> LoggedQuestion:
    (id_, asked_at, asker_id, asker_name, via, guild_id, channel_id, thread_id, message_id, reply_id, question,
     answered, kind, score, topic) = row[:15]
    return LoggedQuestion(
        id_, datetime.fromisoformat(asked_at), asker_id, asker_name, via, guild_id, channel_id, thread_id,
        message_id, reply_id, question, bool(answered), kind, score, topic,
    )


def _item(row: tuple) -> QueueItem:
    reason, state, opened_at, escalated_at, answered_at, answered_by, answer, faq_id, delivered_to = row[15:]
    return QueueItem(
        _question(row), reason, state, datetime.fromisoformat(opened_at), _when(escalated_at), _when(answered_at),
        answered_by, answer, faq_id, delivered_to,
    )
