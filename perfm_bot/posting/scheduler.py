"""Drives scheduled posts: plan, sync the outbox, claim what is due, send, record the outcome.

No Discord here: sending goes through an injected ``PostSender``. The bot's cog implements it
with ``channel.send(post.text, nonce=post.id, allowed_mentions=AllowedMentions.none())``, maps
``discord.NotFound``/``Forbidden`` to ``PermanentFailure`` and network trouble or 5xx to
``TransientFailure``, and calls ``await scheduler.tick(knowledge)`` every few seconds. Tests pass
a recording sender and a hand-moved clock, and drive a whole season in milliseconds.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from perfm_bot.core.clock import Clock
from perfm_bot.core.isolation import ItemFailure
from perfm_bot.sources.records import Knowledge
from perfm_bot.posting.outbox import Outbox, Post
from perfm_bot.posting.delivery import DeliveryRules
from perfm_bot.posting.planner import current_instants, plan, plan_moves
from perfm_bot.posting.post_texts import late_text

log = logging.getLogger("perfm_bot.posting.scheduler")


@dataclass(frozen=True)
class OutgoingPost:
    """What the sender gets: ``id`` is the Discord nonce; ``text`` is final (late note included)."""

    id: str
    kind: str  # reminder | news | moved
    ref: str  # date key or news id
    text: str
    due: datetime
    late: bool
    deadline: datetime | None = None
    rung: str | None = None


@dataclass(frozen=True)
class Sent:
    message_id: int | None = None


@dataclass(frozen=True)
class PermanentFailure:
    """Retrying cannot help (the channel is gone, the bot lacks permission): mark failed, log."""

    reason: str


@dataclass(frozen=True)
class TransientFailure:
    """Retrying may help (network, Discord 5xx, rate limit): retry with backoff, a bounded number of
    times; when Discord could not be reached at all (``network``), until it can again."""

    reason: str
    network: bool = False


SendResult = Sent | PermanentFailure | TransientFailure


class PostSender(Protocol):
    async def send(self, post: OutgoingPost) -> SendResult: ...


@dataclass
class TickReport:
    now: datetime
    sent: list[str] = field(default_factory=list)
    late: list[str] = field(default_factory=list)  # also in ``sent``
    failed: list[tuple[str, str]] = field(default_factory=list)
    retrying: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    inserted: list[str] = field(default_factory=list)
    replanned: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)  # new "moved" notices queued
    reclaimed: list[str] = field(default_factory=list)
    broken: list[ItemFailure] = field(default_factory=list)  # dates or news that could not be planned


def default_owner() -> str:
    """Who holds a claim: host, process and a random tag (a restarted process is someone new)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


class Scheduler:
    """One per process. ``tick`` is safe to run from several processes on one outbox file."""

    def __init__(
        self,
        outbox: Outbox,
        clock: Clock,
        sender: PostSender,
        *,
        rules: DeliveryRules | None = None,
        owner: str | None = None,
        max_attempts: int = 5,
        backoff: timedelta = timedelta(seconds=30),
        network_retry_cap: timedelta = timedelta(minutes=5),
        stale_after: timedelta = timedelta(minutes=2),
        batch: int = 20,
    ):
        self.outbox = outbox
        self.clock = clock
        self.sender = sender
        self.rules = rules or DeliveryRules()
        self.owner = owner or default_owner()
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.network_retry_cap = network_retry_cap
        self.stale_after = stale_after
        self.batch = batch

    async def tick(self, knowledge: Knowledge) -> TickReport:
        """Bring the outbox up to date with ``knowledge`` and send every post that is due."""
        now = self.clock()
        report = TickReport(now)
        self.plan(knowledge, now, report)
        claim = self.outbox.claim_due(now, self.owner, self.rules, stale_after=self.stale_after, limit=self.batch)
        report.reclaimed = claim.reclaimed
        for post_id in claim.reclaimed:
            log.warning("post %s: reclaimed a send that a stopped process had started; resending with the same nonce", post_id)
        for post, reason in claim.skipped:
            log.warning("skipped %s %s (%s%s): %s", post.kind, post.id, post.ref, f" {post.rung}" if post.rung else "", reason)
            report.skipped.append((post.id, reason))
        for post in claim.posts:
            await self._deliver(post, now, report)
        return report

    def plan(self, knowledge: Knowledge, now: datetime, report: TickReport | None = None) -> TickReport:
        """Plan and sync only (no sending): what /schedule calls to show a fresh timeline."""
        report = report or TickReport(now)
        planned = plan(knowledge, report.broken) + plan_moves(knowledge, self.outbox.known_instants(), now, report.broken)
        sync = self.outbox.sync(planned, now, self.rules, instants=current_instants(knowledge))
        report.inserted, report.replanned, report.cancelled, report.moved = (
            sync.inserted, sync.replanned, sync.cancelled, sync.moved,
        )
        for post_id, reason in sync.skipped:
            log.info("not posting %s: %s", post_id, reason)
            report.skipped.append((post_id, reason))
        for post_id in sync.moved:
            log.info("date moved: notice %s queued", post_id)
        return report

    def upcoming(self, limit: int = 10) -> list[Post]:
        """The next pending posts, soonest first (for /schedule)."""
        return self.outbox.upcoming(self.clock(), limit)

    def next_due(self) -> datetime | None:
        """When the next pending post can go out (None: nothing pending). Planning happens in
        ``tick``, so a knowledge change is seen only then: callers still tick at a bounded interval."""
        return self.outbox.next_due()

    async def _deliver(self, post: Post, claimed_at: datetime, report: TickReport) -> None:
        # A "moved" notice is due when the move is seen: it is news whenever it goes out.
        late = post.kind != "moved" and self.rules.is_late(post.due, claimed_at)
        outgoing = OutgoingPost(
            id=post.id,
            kind=post.kind,
            ref=post.ref,
            text=late_text(post.content, post.due) if late else post.content,
            due=post.due,
            late=late,
            deadline=post.deadline,
            rung=post.rung,
        )
        try:
            result = await self.sender.send(outgoing)
        except Exception as exc:  # a sender bug must not kill the loop, nor lose the post
            log.exception("post %s: the sender raised", post.id)
            result = TransientFailure(f"{type(exc).__name__}: {exc}")
        now = self.clock()
        if isinstance(result, Sent):
            if not self.outbox.mark_sent(post.id, self.owner, result.message_id, now, late=late):
                log.warning("post %s was sent but another process had already recorded it", post.id)
            report.sent.append(post.id)
            if late:
                report.late.append(post.id)
                log.info("posted %s %s late (due %s)", post.kind, post.id, post.due.isoformat())
        elif isinstance(result, PermanentFailure):
            self.outbox.mark_failed(post.id, self.owner, result.reason, now)
            log.error("post %s (%s %s) failed for good: %s", post.id, post.kind, post.ref, result.reason)
            report.failed.append((post.id, result.reason))
        else:
            # Unreachable (no network, Discord away): no answer was given, so no count of attempts
            # says the post is hopeless; it waits, tried at most every network_retry_cap, until
            # Discord is back or the catch-up rules skip it. An answer (5xx, 429) counts.
            status = self.outbox.retry_later(
                post.id, self.owner, result.reason, now,
                max_attempts=None if result.network else self.max_attempts, backoff=self.backoff,
                cap=self.network_retry_cap if result.network else None,
            )
            if status == "failed":
                log.error("post %s failed %d times, giving up: %s", post.id, self.max_attempts, result.reason)
                report.failed.append((post.id, result.reason))
            else:
                log.warning("post %s: %s; will retry", post.id, result.reason)
                report.retrying.append((post.id, result.reason))
