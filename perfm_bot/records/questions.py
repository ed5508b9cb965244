"""The records of the question log: who asked what where, an open queue item, the statistics.

Plain frozen records, so the cogs and embeds read them without touching SQLite; what a question
was about comes from the answer's typed origin, never from parsing ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from perfm_bot.answering.compose import Answer

VIAS = ("slash", "mention", "dm", "ask-channel", "thread")


@dataclass(frozen=True)
class Asked:
    """Who asked, and where: enough to find them again when an organizer answers."""

    asker_id: int
    asker_name: str
    via: str  # one of VIAS
    channel_id: int
    guild_id: int | None = None
    thread_id: int | None = None
    message_id: int | None = None


@dataclass(frozen=True)
class LoggedQuestion:
    id: int
    asked_at: datetime
    asker_id: int
    asker_name: str
    via: str
    guild_id: int | None
    channel_id: int
    thread_id: int | None
    message_id: int | None
    reply_id: int | None
    question: str
    answered: bool
    kind: str
    score: float
    topic: str

    @property
    def label(self) -> str:
        return question_label(self.id)


@dataclass(frozen=True)
class QueueItem:
    question: LoggedQuestion
    reason: str  # "abstained" | "escalated"
    state: str  # "open" | "answered"
    opened_at: datetime
    escalated_at: datetime | None = None
    answered_at: datetime | None = None
    answered_by: str | None = None
    answer: str | None = None
    faq_id: str | None = None
    delivered_to: str | None = None


@dataclass(frozen=True)
class Stats:
    asked: int
    answered: int
    open_items: int
    escalated_open: int
    closed_items: int
    helpful: int
    not_helpful: int
    top_topics: tuple[tuple[str, int], ...]

    @property
    def answered_share(self) -> float:
        return self.answered / self.asked if self.asked else 0.0


def question_label(question_id: int) -> str:
    return f"Q{question_id}"


def topic_of(answer: Answer) -> str:
    """What a question was about, for "most-asked topics": the FAQ entry, date or section that answered it."""
    if not answer.answered:
        return "(not answered)"
    if answer.origin == "faq" and answer.ref:
        return f"FAQ: {answer.ref}"
    if answer.origin == "date" and answer.ref:
        return "Important dates" if answer.ref == "*" else f"Date: {answer.ref}"
    if answer.origin == "news":
        return "News"
    return answer.sources[0].title if answer.sources else answer.kind
