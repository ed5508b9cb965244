"""Whole seasons on a fake clock: every post once, at its instant, through moves, restarts and downtime."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from season_helpers import SEASON_DATES, SEASON_NEWS, RecordingSender, utc, write_knowledge

from perfm_bot.sources.loader import load_knowledge

from perfm_bot.sources.records import Knowledge
from perfm_bot.posting.outbox import Outbox
from perfm_bot.posting.planner import plan
from perfm_bot.posting.scheduler import PermanentFailure, Scheduler, TransientFailure

SECOND = timedelta(seconds=1)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "state" / "outbox.sqlite"


class Bot:
    """One running bot process: its own Outbox connection and Scheduler on the shared file."""

    def __init__(self, db: Path, clock, sender: RecordingSender | None = None):
        self.outbox = Outbox(db)
        self.sender = sender or RecordingSender()
        self.scheduler = Scheduler(self.outbox, clock, self.sender)

    async def tick(self, knowledge: Knowledge):
        return await self.scheduler.tick(knowledge)

    def stop(self) -> None:
        self.outbox.close()


def ids_of(posts, **match) -> set[str]:
    return {p.id for p in posts if all(getattr(p, k) == v for k, v in match.items())}


async def run_until(bot: Bot, clock, knowledge: Knowledge, end, step_through) -> None:
    """Tick one second before and at every due instant in ``step_through`` up to ``end``."""
    for due in sorted({p.due for p in step_through if clock.now < p.due <= end}):
        clock.now = due - SECOND
        early = await bot.tick(knowledge)
        assert not ids_of(step_through, due=due) & set(early.sent), f"sent before its time {due}"
        clock.now = due
        report = await bot.tick(knowledge)
        assert ids_of(step_through, due=due) <= set(report.sent), f"not sent at {due}"


async def test_a_whole_season_posts_every_rung_once_at_its_instant(knowledge_dir: Path, db: Path, clock):
    knowledge = write_knowledge(knowledge_dir)
    planned = plan(knowledge)
    assert len(planned) == 11  # 4 + 4 deadline rungs, 2 events, 1 news item; camera-ready is TBA
    clock.now = utc(2026, 11, 20)
    bot = Bot(db, clock)
    first = await bot.tick(knowledge)
    assert len(first.inserted) == 11 and first.sent == []
    await run_until(bot, clock, knowledge, utc(2027, 2, 1), planned)
    clock.now = utc(2027, 2, 1)
    assert (await bot.tick(knowledge)).sent == []
    assert sorted(bot.sender.ids) == sorted(p.id for p in planned)  # each exactly once
    assert not any(p.late for p in bot.sender.sent)
    rows = bot.outbox.posts()
    assert {r.status for r in rows} == {"sent"} and all(r.message_id for r in rows)
    assert {r.id: r.sent_at for r in rows} == {p.id: p.due for p in planned}


async def test_a_deadline_moved_mid_season(knowledge_dir: Path, db: Path, clock):
    knowledge = write_knowledge(knowledge_dir)
    before = {p.rung: p for p in plan(knowledge) if p.ref == "paper"}
    clock.now = utc(2026, 11, 20)
    bot = Bot(db, clock)
    await run_until(bot, clock, knowledge, utc(2026, 12, 3), plan(knowledge))
    assert before["14d"].id in bot.sender.ids

    clock.now = utc(2026, 12, 3, 12, 0)
    knowledge = write_knowledge(knowledge_dir, SEASON_DATES.replace("2026-12-15", "2026-12-22"))
    after = {p.rung: p for p in plan(knowledge) if p.ref == "paper"}
    report = await bot.tick(knowledge)
    assert len(report.moved) == 1 and report.sent == report.moved
    assert set(report.replanned) == {after[r].id for r in ("7d", "1d", "3h")}  # 14d was sent: untouched
    notice = bot.sender.sent[-1]
    assert notice.kind == "moved" and "has been extended" in notice.text
    assert f"<t:{int(utc(2026, 12, 23, 11, 59).timestamp())}:F>" in notice.text

    # The old instants pass in silence; the new ones get their rung; 14d is never repeated.
    new_plan = [p for p in plan(knowledge) if p.id != after["14d"].id]  # sent already, before the move
    old_instants = {before[r].due: after[r].id for r in ("7d", "1d", "3h")}
    for instant in sorted(set(old_instants) | {p.due for p in new_plan if p.due > clock.now}):
        clock.now = instant
        report = await bot.tick(knowledge)
        assert ids_of(new_plan, due=instant) <= set(report.sent)
        assert old_instants.get(instant) not in report.sent
    clock.now = utc(2027, 2, 1)
    await bot.tick(knowledge)
    paper_sends = [p for p in bot.sender.sent if p.ref == "paper"]
    assert sorted(p.rung or "moved" for p in paper_sends) == ["14d", "1d", "3h", "7d", "moved"]
    assert len(bot.sender.ids) == len(set(bot.sender.ids))
    assert {p.id: p.due for p in paper_sends if p.kind == "reminder"} == {
        before["14d"].id: before["14d"].due,
        after["7d"].id: after["7d"].due,
        after["1d"].id: after["1d"].due,
        after["3h"].id: after["3h"].due,
    }


async def test_a_restart_inside_a_reminders_window_posts_it_once_marked_late(knowledge_dir: Path, db: Path, clock):
    knowledge = write_knowledge(knowledge_dir)
    seven = next(p for p in plan(knowledge) if p.ref == "paper" and p.rung == "7d")  # Dec 9 11:59 UTC
    clock.now = seven.due - timedelta(hours=2)
    first = Bot(db, clock)
    await first.tick(knowledge)
    first.stop()  # down across the reminder

    clock.now = seven.due + timedelta(hours=3)
    sender = RecordingSender()
    for _ in range(3):  # and restarted a few times afterwards
        bot = Bot(db, clock, sender)
        await bot.tick(knowledge)
        bot.stop()
        clock.now += timedelta(minutes=1)
    (post,) = [p for p in sender.sent if p.id == seven.id]
    assert post.late and post.text.endswith(f"\n-# Posted late: this was due <t:{int(seven.due.timestamp())}:f>, when the bot could not post it.")
    assert post.text.startswith(seven.content)
    assert sender.ids.count(seven.id) == 1
    with Outbox(db) as box:
        row = box.get(seven.id)
        assert (row.status, row.late) == ("sent", True)


async def test_a_crash_mid_send_is_resent_once_with_the_same_nonce(knowledge_dir: Path, db: Path, clock):
    knowledge = write_knowledge(knowledge_dir)
    seven = next(p for p in plan(knowledge) if p.ref == "paper" and p.rung == "7d")
    clock.now = seven.due - timedelta(hours=1)
    crashed = Bot(db, clock)
    await crashed.tick(knowledge)
    clock.now = seven.due
    claim = crashed.outbox.claim_due(clock.now, "crashed-process", crashed.scheduler.rules)
    assert [p.id for p in claim.posts] == [seven.id]  # claimed, then the process died before sending
    crashed.stop()

    bot = Bot(db, clock)
    clock.now = seven.due + timedelta(minutes=1)
    assert (await bot.tick(knowledge)).sent == []  # the claim is not stale yet
    clock.now = seven.due + timedelta(minutes=3)
    report = await bot.tick(knowledge)
    assert report.reclaimed == [seven.id] and report.sent == [seven.id]
    clock.now += timedelta(minutes=10)
    await bot.tick(knowledge)
    assert bot.sender.ids == [seven.id]


async def test_a_week_of_downtime_posts_only_the_latest_rung_and_skips_passed_dates(
    knowledge_dir: Path, db: Path, clock, caplog
):
    knowledge = write_knowledge(knowledge_dir)
    planned = {(p.ref, p.rung): p for p in plan(knowledge)}
    clock.now = utc(2026, 11, 20)
    bot = Bot(db, clock)
    await run_until(bot, clock, knowledge, utc(2026, 11, 30), list(planned.values()))
    assert bot.sender.ids == [planned["abstract", "14d"].id]
    bot.stop()

    clock.now = utc(2026, 12, 10, 12, 0)  # down from Nov 30 to Dec 10; the abstract deadline passed Dec 9
    bot = Bot(db, clock)
    with caplog.at_level(logging.INFO, logger="perfm_bot.posting.scheduler"):
        report = await bot.tick(knowledge)
    assert report.sent == report.late == [planned["paper", "7d"].id]
    assert bot.sender.sent[0].late
    skipped = dict(report.skipped)
    assert set(skipped) == {
        planned["abstract", "7d"].id,
        planned["abstract", "1d"].id,
        planned["abstract", "3h"].id,
        planned["paper", "14d"].id,
        planned["portal-open", None].id,  # scheduled news more than 12 hours overdue
    }
    assert "passed" in skipped[planned["abstract", "3h"].id]
    assert "supersedes" in skipped[planned["paper", "14d"].id]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 5 and all(w.startswith("skipped ") for w in warnings)

    await run_until(bot, clock, knowledge, utc(2026, 12, 17), list(planned.values()))
    assert [p.id for p in bot.sender.sent] == [planned["paper", r].id for r in ("7d", "1d", "3h")]


async def test_a_fresh_database_mid_season_posts_only_what_is_still_ahead(knowledge_dir: Path, db: Path, clock):
    knowledge = write_knowledge(knowledge_dir)
    clock.now = utc(2026, 12, 10, 12, 0)  # first run ever, e.g. a rehearsal started mid-season
    bot = Bot(db, clock)
    report = await bot.tick(knowledge)
    assert report.sent == [] and len(report.skipped) == 7  # never due while watched: not "missed"
    one_day = next(p for p in plan(knowledge) if p.ref == "paper" and p.rung == "1d")
    clock.now = one_day.due
    assert (await bot.tick(knowledge)).sent == [one_day.id]


async def test_a_deleted_channel_marks_the_post_failed_and_does_not_retry(
    knowledge_dir: Path, db: Path, clock, caplog
):
    knowledge = write_knowledge(knowledge_dir)
    posts = {(p.ref, p.rung): p for p in plan(knowledge)}
    seven, one = posts["paper", "7d"], posts["paper", "1d"]
    clock.now = seven.due - timedelta(hours=1)
    bot = Bot(db, clock)
    await bot.tick(knowledge)
    bot.sender.fail[seven.id] = PermanentFailure("404 Not Found (error code: 10003): Unknown Channel")
    clock.now = seven.due
    with caplog.at_level(logging.ERROR, logger="perfm_bot.posting.scheduler"):
        report = await bot.tick(knowledge)
    assert report.failed == [(seven.id, "404 Not Found (error code: 10003): Unknown Channel")]
    assert any("failed for good" in r.getMessage() and seven.id in r.getMessage() for r in caplog.records)
    for minutes in (1, 10, 60, 600):
        clock.now = seven.due + timedelta(minutes=minutes)
        await bot.tick(knowledge)
    assert bot.sender.calls.count(seven.id) == 1
    row = bot.outbox.get(seven.id)
    assert (row.status, row.reason) == ("failed", "404 Not Found (error code: 10003): Unknown Channel")
    clock.now = one.due  # the channel is back (or replaced): the next rung goes out
    assert (await bot.tick(knowledge)).sent == [one.id]


async def test_transient_failures_and_sender_crashes_are_retried_then_sent(knowledge_dir: Path, db: Path, clock):
    knowledge = write_knowledge(knowledge_dir)
    seven = next(p for p in plan(knowledge) if p.ref == "paper" and p.rung == "7d")
    clock.now = seven.due - timedelta(hours=1)

    class Flaky(RecordingSender):
        async def send(self, post):
            if len(self.calls) == 0:
                self.calls.append(post.id)
                raise ConnectionResetError("connection reset by peer")
            return await super().send(post)

    bot = Bot(db, clock, Flaky())
    await bot.tick(knowledge)
    bot.sender.fail[seven.id] = TransientFailure("503 Service Unavailable")
    clock.now = seven.due
    assert (await bot.tick(knowledge)).retrying == [(seven.id, "ConnectionResetError: connection reset by peer")]
    clock.now += timedelta(seconds=30)
    assert (await bot.tick(knowledge)).retrying == [(seven.id, "503 Service Unavailable")]
    del bot.sender.fail[seven.id]
    clock.now += timedelta(seconds=59)
    assert (await bot.tick(knowledge)).sent == []  # backing off: 60 s after the second failure
    clock.now += SECOND
    assert (await bot.tick(knowledge)).sent == [seven.id]
    assert bot.sender.calls == [seven.id] * 3


async def test_while_discord_cannot_be_reached_a_post_waits_and_goes_out_once_when_it_can(knowledge_dir: Path, db: Path, clock):
    """An outage longer than five attempts' backoff (30 s .. 8 min) loses nothing: a network failure
    is no answer from Discord, so it never uses attempts up; the post is tried at most every 5
    minutes and goes out late, once, when Discord is back. A 5xx answer still counts (test above)."""
    knowledge = write_knowledge(knowledge_dir)
    one = next(p for p in plan(knowledge) if p.ref == "paper" and p.rung == "1d")  # its deadline is a day later
    clock.now = one.due - timedelta(hours=1)
    bot = Bot(db, clock)
    await bot.tick(knowledge)
    bot.sender.fail[one.id] = TransientFailure("network: ClientConnectorError: connection refused", network=True)
    clock.now = one.due
    waits = []
    for _ in range(12):  # an hour and more of outage
        report = await bot.tick(knowledge)
        assert report.failed == [] and [i for i, _ in report.retrying] == [one.id]
        row = bot.outbox.get(one.id)
        assert row.status == "pending"
        waits.append(row.next_attempt - clock.now)
        clock.now = row.next_attempt
    assert waits[:4] == [timedelta(seconds=s) for s in (30, 60, 120, 240)] and set(waits[4:]) == {timedelta(minutes=5)}
    del bot.sender.fail[one.id]  # Discord is back
    report = await bot.tick(knowledge)
    assert report.sent == report.late == [one.id] and bot.sender.ids == [one.id]
    clock.now += timedelta(minutes=10)
    assert (await bot.tick(knowledge)).sent == []  # once
    bot.stop()


async def test_the_aoe_boundary_fires_at_0859_utc_the_next_day_not_before(knowledge_dir: Path, db: Path, clock):
    knowledge = write_knowledge(
        knowledge_dir, "dates:\n  - key: paper\n    label: Paper\n    date: 2026-12-15\n    reminders: [3h]\n", ""
    )
    clock.now = utc(2026, 12, 15, 12, 0)
    bot = Bot(db, clock)
    await bot.tick(knowledge)
    for early in (utc(2026, 12, 15, 20, 59), utc(2026, 12, 15, 23, 59), utc(2026, 12, 16, 8, 58, 59)):
        clock.now = early  # 3 h before 23:59 in UTC, midnight UTC, one second early
        assert (await bot.tick(knowledge)).sent == []
    clock.now = utc(2026, 12, 16, 8, 59)
    assert len((await bot.tick(knowledge)).sent) == 1


async def test_news_with_at_goes_out_at_its_time_and_an_edit_before_then_is_followed(
    knowledge_dir: Path, db: Path, clock
):
    knowledge = write_knowledge(knowledge_dir)
    clock.now = utc(2026, 11, 30)
    bot = Bot(db, clock)
    await bot.tick(knowledge)
    knowledge = write_knowledge(
        knowledge_dir, news=SEASON_NEWS.replace("2026-12-01 09:00 UTC", "2026-12-01 10:00 UTC").replace("open.", "open!")
    )
    clock.now = utc(2026, 12, 1, 9, 0)
    assert (await bot.tick(knowledge)).sent == []
    clock.now = utc(2026, 12, 1, 10, 0)
    report = await bot.tick(knowledge)
    assert len(report.sent) == 1 and bot.sender.sent[0].text == "📣 The submission portal is open!"


# --- two processes ---------------------------------------------------------------------------

CHILD = r"""
import asyncio, os, sys, time
from datetime import datetime
from pathlib import Path
from perfm_bot.sources.loader import load_knowledge
from perfm_bot.posting.outbox import Outbox
from perfm_bot.posting.scheduler import Scheduler, Sent

knowledge_dir, db, log, go, now = sys.argv[1:6]
at = datetime.fromisoformat(now)

class FileSender:
    async def send(self, post):
        with open(log, "a") as f:
            f.write(f"{os.getpid()} {post.id}\n")
        await asyncio.sleep(0.01)  # a network round trip, so the two processes interleave
        return Sent(None)

async def main():
    knowledge = load_knowledge(Path(knowledge_dir))
    outbox = Outbox(Path(db))
    scheduler = Scheduler(outbox, lambda: at, FileSender(), batch=2)
    Path(f"{go}.ready-{os.getpid()}").touch()
    deadline = time.monotonic() + 120
    while not os.path.exists(go):  # the parent's signal that both are ready
        if time.monotonic() > deadline:
            sys.exit("no go signal within 120 s")
        time.sleep(0.002)
    for _ in range(500):
        report = await scheduler.tick(knowledge)
        left = [p for p in outbox.posts("pending") if p.due <= at] + outbox.posts("sending")
        if not report.sent and not left:
            break
    outbox.close()

asyncio.run(main())
"""


def test_two_processes_on_one_database_never_send_a_post_twice(knowledge_dir: Path, db: Path, tmp_path: Path):
    now = utc(2026, 12, 2, 11, 59)  # the abstract's 7d and the paper's 14d rungs are due now
    news = "".join(f"- id: item-{i}\n  text: News number {i}.\n  at: 2026-12-02 11:59 UTC\n" for i in range(30))
    write_knowledge(knowledge_dir, news=news)
    expected = ids_of(plan(load_knowledge(knowledge_dir)), due=now)
    assert len(expected) == 30 + 2  # from the fixture: the 30 news items above and the two rungs due now
    db.parent.mkdir(parents=True)
    script, log, go = tmp_path / "child.py", tmp_path / "sends.log", tmp_path / "go"
    script.write_text(CHILD)
    args = [sys.executable, str(script), str(knowledge_dir), str(db), str(log), str(go), now.isoformat()]
    children = [subprocess.Popen(args, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    deadline = time.monotonic() + 60
    while len(list(tmp_path.glob("go.ready-*"))) < 2:
        assert time.monotonic() < deadline and all(c.poll() is None for c in children), "children did not start"
        time.sleep(0.01)
    go.touch()  # both tick at the same instant on the same file
    for child in children:
        _, err = child.communicate(timeout=120)
        assert child.returncode == 0, err

    lines = [line.split() for line in log.read_text().splitlines()]
    sent = [post_id for _, post_id in lines]
    # Totals only: every due post once, none twice. Who sent what is not asserted: one process
    # may claim and send everything before the other's first tick, and that is a correct run.
    assert sorted(sent) == sorted(expected)
    with Outbox(db) as box:
        assert {p.id for p in box.posts("sent")} == expected


async def test_an_idle_tick_writes_nothing(knowledge_dir: Path, db: Path, clock):
    knowledge = write_knowledge(knowledge_dir)
    clock.now = utc(2026, 11, 20)
    bot = Bot(db, clock)
    await bot.tick(knowledge)
    observer = sqlite3.connect(db)  # data_version moves when another connection commits a change
    before = observer.execute("PRAGMA data_version").fetchone()[0]
    clock.now += timedelta(minutes=1)
    await bot.tick(knowledge)
    assert observer.execute("PRAGMA data_version").fetchone()[0] == before
    write_knowledge(knowledge_dir, SEASON_DATES.replace("2026-12-15", "2026-12-22"))
    await bot.tick(load_knowledge(knowledge_dir))  # a change is written (and seen)
    assert observer.execute("PRAGMA data_version").fetchone()[0] != before
    observer.close()
