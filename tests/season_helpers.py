"""Shared by the scheduling tests: a season's knowledge, and a sender that records what it sends."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from perfm_bot.sources.loader import load_knowledge

from perfm_bot.sources.records import Knowledge
from perfm_bot.posting.scheduler import OutgoingPost, PermanentFailure, SendResult, Sent, TransientFailure

SEASON_DATES = """\
timezone: AoE
dates:
  - key: abstract
    label: Abstract submission deadline
    date: 2026-12-08
  - key: paper
    label: Paper submission deadline
    date: 2026-12-15
  - key: notification
    label: Author notification
    kind: event
    date: 2027-01-10
  - key: camera-ready
    label: Camera-ready submission deadline
    date: TBA
  - key: workshop
    label: Workshop
    kind: event
    date: 2027-01-27
    time: "09:00"
    timezone: Asia/Singapore
"""

SEASON_NEWS = """\
- id: website-launched
  text: Website launched.
- id: portal-open
  text: The submission portal is open.
  at: 2026-12-01 09:00 UTC
"""


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def write_knowledge(knowledge_dir: Path, dates: str = SEASON_DATES, news: str = SEASON_NEWS) -> Knowledge:
    (knowledge_dir / "dates.yaml").write_text(dates)
    (knowledge_dir / "news.yaml").write_text(news)
    return load_knowledge(knowledge_dir)


class RecordingSender:
    """A PostSender that records every send; ``fail`` maps a post id to the failure to return."""

    def __init__(self) -> None:
        self.sent: list[OutgoingPost] = []
        self.calls: list[str] = []
        self.fail: dict[str, PermanentFailure | TransientFailure] = {}
        self.next_message_id = 1000

    async def send(self, post: OutgoingPost) -> SendResult:
        self.calls.append(post.id)
        if post.id in self.fail:
            return self.fail[post.id]
        self.sent.append(post)
        self.next_message_id += 1
        return Sent(self.next_message_id)

    @property
    def ids(self) -> list[str]:
        return [p.id for p in self.sent]
