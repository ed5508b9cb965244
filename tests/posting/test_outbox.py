"""The SQLite outbox: sync, claim, outcomes, stale claims. Real SQLite files, no Discord."""

from __future__ import annotations

import multiprocessing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from season_helpers import utc

from perfm_bot.posting.outbox import Outbox
from perfm_bot.posting.delivery import DeliveryRules
from perfm_bot.posting.planner import PlannedPost

RULES = DeliveryRules()
DEADLINE = utc(2026, 12, 16, 11, 59)


def reminder(rung: str, due: datetime, deadline: datetime = DEADLINE, text: str = "closes soon") -> PlannedPost:
    return PlannedPost(f"r-paper-{rung}", "reminder", due, "paper", text, deadline, rung)


@pytest.fixture
def outbox(tmp_path: Path):
    with Outbox(tmp_path / "outbox.sqlite") as box:
        yield box


def statuses(outbox: Outbox) -> dict[str, str]:
    return {p.id: p.status for p in outbox.posts()}


def test_sync_inserts_once_and_is_idempotent(outbox: Outbox):
    now = utc(2026, 12, 1)
    plan = [reminder("7d", utc(2026, 12, 9, 11, 59)), reminder("1d", utc(2026, 12, 15, 11, 59))]
    first = outbox.sync(plan, now, RULES, instants={"paper": DEADLINE})
    assert first.inserted == ["r-paper-7d", "r-paper-1d"]
    again = outbox.sync(plan, now + timedelta(minutes=1), RULES, instants={"paper": DEADLINE})
    assert (again.inserted, again.replanned, again.cancelled) == ([], [], [])
    assert statuses(outbox) == {"r-paper-7d": "pending", "r-paper-1d": "pending"}
    assert outbox.known_instants() == {"paper": DEADLINE}


def test_sync_replans_pending_cancels_unplanned_and_never_touches_sent(outbox: Outbox):
    now = utc(2026, 12, 1)
    outbox.sync([reminder("14d", utc(2026, 12, 2, 11, 59)), reminder("7d", utc(2026, 12, 9, 11, 59))], now, RULES)
    claim = outbox.claim_due(utc(2026, 12, 2, 11, 59), "me", RULES)
    assert [p.id for p in claim.posts] == ["r-paper-14d"]
    assert outbox.mark_sent("r-paper-14d", "me", 42, utc(2026, 12, 2, 11, 59), late=False)

    later = utc(2026, 12, 23, 11, 59)  # the deadline moves a week later
    moved = [reminder("14d", utc(2026, 12, 9, 11, 59), later), reminder("7d", utc(2026, 12, 16, 11, 59), later)]
    report = outbox.sync(moved, utc(2026, 12, 3), RULES, instants={"paper": later})
    assert report.replanned == ["r-paper-7d"]
    sent = outbox.get("r-paper-14d")
    assert (sent.status, sent.due, sent.message_id) == ("sent", utc(2026, 12, 2, 11, 59), 42)
    assert outbox.get("r-paper-7d").due == utc(2026, 12, 16, 11, 59)

    report = outbox.sync([], utc(2026, 12, 4), RULES)  # set back to TBA: nothing planned
    assert report.cancelled == ["r-paper-7d"]
    assert statuses(outbox) == {"r-paper-14d": "sent", "r-paper-7d": "cancelled"}
    assert outbox.known_instants() == {"paper": later}  # TBA keeps the last instant seen
    report = outbox.sync(moved, utc(2026, 12, 5), RULES)  # announced again: revived
    assert report.replanned == ["r-paper-7d"] and outbox.get("r-paper-7d").status == "pending"


def test_posts_planned_after_their_time_are_skipped_not_sent(outbox: Outbox):
    now = utc(2026, 12, 10)
    report = outbox.sync([reminder("7d", utc(2026, 12, 9, 11, 59)), reminder("1d", utc(2026, 12, 15, 11, 59))], now, RULES)
    assert [i for i, _ in report.skipped] == ["r-paper-7d"]
    assert statuses(outbox) == {"r-paper-7d": "skipped", "r-paper-1d": "pending"}
    assert outbox.claim_due(now, "me", RULES).posts == []


def test_moved_notices_are_inserted_once_and_never_cancelled(outbox: Outbox):
    now = utc(2026, 12, 3)
    notice = PlannedPost("m-1", "moved", now, "paper", "extended", utc(2026, 12, 23, 11, 59))
    assert outbox.sync([notice], now, RULES).moved == ["m-1"]
    assert outbox.sync([notice], now, RULES).moved == []
    assert outbox.sync([], now + timedelta(minutes=1), RULES).cancelled == []
    assert outbox.get("m-1").status == "pending"


def test_a_claim_is_exclusive_and_stale_claims_are_released(outbox: Outbox):
    due = utc(2026, 12, 9, 11, 59)
    outbox.sync([reminder("7d", due)], due - timedelta(days=1), RULES)
    first = outbox.claim_due(due, "a", RULES)
    assert [(p.id, p.status, p.attempts) for p in first.posts] == [("r-paper-7d", "sending", 1)]
    assert outbox.claim_due(due, "b", RULES).posts == []
    assert outbox.claim_due(due + timedelta(minutes=1), "b", RULES).posts == []  # not stale yet
    # Process "a" died mid-send: after stale_after the post is claimed again, with the same id (nonce).
    retaken = outbox.claim_due(due + timedelta(minutes=3), "b", RULES)
    assert retaken.reclaimed == ["r-paper-7d"]
    assert [(p.id, p.claimed_by, p.attempts) for p in retaken.posts] == [("r-paper-7d", "b", 2)]
    assert not outbox.mark_failed("r-paper-7d", "a", "late word from a", due)  # a lost its claim
    assert outbox.mark_sent("r-paper-7d", "b", 7, due + timedelta(minutes=3), late=False)
    assert outbox.get("r-paper-7d").status == "sent"


def test_transient_failures_back_off_then_give_up(outbox: Outbox):
    due = utc(2026, 12, 9, 11, 59)
    outbox.sync([reminder("7d", due)], due - timedelta(days=1), RULES)
    now = due
    waits = []
    for attempt in range(1, 4):
        (post,) = outbox.claim_due(now, "a", RULES).posts
        assert post.attempts == attempt
        status = outbox.retry_later(post.id, "a", "HTTP 503", now, max_attempts=3, backoff=timedelta(seconds=30))
        row = outbox.get(post.id)
        if attempt < 3:
            assert status == "pending" and row.reason == f"attempt {attempt} failed: HTTP 503"
            waits.append(row.next_attempt - now)
            assert outbox.claim_due(now + waits[-1] - timedelta(seconds=1), "a", RULES).posts == []
            now = row.next_attempt
    assert waits == [timedelta(seconds=30), timedelta(seconds=60)]
    assert (row.status, row.reason) == ("failed", "gave up after 3 attempts: HTTP 503")


def test_next_due_is_the_earliest_claimable_time_retries_included(outbox: Outbox):
    assert outbox.next_due() is None
    soon, later = utc(2026, 12, 9, 11, 59), utc(2026, 12, 15, 11, 59)
    outbox.sync([reminder("7d", soon), reminder("1d", later)], soon - timedelta(days=1), RULES)
    assert outbox.next_due() == soon
    outbox.claim_due(soon, "a", RULES)  # sending: not pending, so not waited for
    assert outbox.next_due() == later
    outbox.retry_later("r-paper-7d", "a", "HTTP 503", soon, max_attempts=5, backoff=timedelta(seconds=30))
    assert outbox.next_due() == soon + timedelta(seconds=30)  # overdue, but not before its retry time
    outbox.claim_due(soon + timedelta(seconds=30), "a", RULES)
    outbox.mark_sent("r-paper-7d", "a", 1, soon + timedelta(seconds=31), late=False)
    assert outbox.next_due() == later


def test_a_permanent_failure_is_final(outbox: Outbox):
    due = utc(2026, 12, 9, 11, 59)
    outbox.sync([reminder("7d", due)], due - timedelta(days=1), RULES)
    outbox.claim_due(due, "a", RULES)
    assert outbox.mark_failed("r-paper-7d", "a", "Unknown Channel", due)
    assert outbox.claim_due(due + timedelta(hours=1), "a", RULES).posts == []
    outbox.sync([reminder("7d", due)], due + timedelta(hours=1), RULES)  # same plan: stays failed
    assert (outbox.get("r-paper-7d").status, outbox.get("r-paper-7d").reason) == ("failed", "Unknown Channel")


def test_state_survives_reopening_the_file(tmp_path: Path):
    path = tmp_path / "state" / "outbox.sqlite"
    with Outbox(path) as box:
        box.sync([reminder("7d", utc(2026, 12, 9, 11, 59))], utc(2026, 12, 1), RULES, instants={"paper": DEADLINE})
    with Outbox(path) as box:
        assert statuses(box) == {"r-paper-7d": "pending"}
        assert box.known_instants() == {"paper": DEADLINE}
        assert [p.id for p in box.upcoming(utc(2026, 12, 1))] == ["r-paper-7d"]


def test_naive_times_are_refused(outbox: Outbox):
    with pytest.raises((TypeError, ValueError)):
        outbox.sync([reminder("7d", datetime(2026, 12, 9))], utc(2026, 12, 1), RULES)
    assert outbox.posts() == []  # the transaction rolled back


def open_new_outboxes(folder: Path, rounds: int, barrier, results) -> None:
    """One bot process starting, ``rounds`` times: at the barrier, open the round's new outbox file."""
    errors = []
    for round_ in range(rounds):
        barrier.wait(timeout=60)  # both processes open the same new file at the same moment
        try:
            Outbox(folder / f"outbox-{round_}.sqlite").close()
        except Exception as exc:  # noqa: BLE001 - sent back and asserted in the test
            errors.append(f"round {round_}: {type(exc).__name__}: {exc}")
    results.put(errors)


def test_two_processes_opening_a_new_outbox_together_both_get_in(tmp_path: Path):
    """SQLite answers the WAL switch with "database is locked" at once (no busy wait) when another
    connection is setting up the same new file: two bot processes starting together. Two real
    processes meet at a barrier before each of many new files; without the retry in
    ``core.sqlite.enable_wal`` this test fails nearly every run."""
    context = multiprocessing.get_context("spawn")  # a fresh interpreter each, as two `perfm-bot run`
    barrier, results = context.Barrier(2), context.Queue()
    processes = [context.Process(target=open_new_outboxes, args=(tmp_path, 150, barrier, results)) for _ in range(2)]
    for process in processes:
        process.start()
    reports = [results.get(timeout=120) for _ in processes]  # before join: a full queue blocks its writer
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert reports == [[], []]
    assert len(list(tmp_path.glob("outbox-*.sqlite"))) == 150
