"""The scheduler's tick: what the bot pays every few seconds on the event loop.

An idle tick (a season planned, nothing due) re-plans from the knowledge, syncs the outbox and
looks for due posts in two SQLite transactions that write nothing. Its floor is ``plan()`` alone:
the pure work any tick must do to notice that an organizer changed a date. The ratio is the price
of the bookkeeping (reading the outbox, comparing, claiming) that makes each post go out once.
"""

from __future__ import annotations

import asyncio
import statistics
from datetime import datetime, timedelta, timezone

from benchmarks.common import Context, Row, timed
from perfm_bot.sources.loader import load_knowledge
from perfm_bot.posting.outbox import Outbox
from perfm_bot.posting.planner import plan
from perfm_bot.posting.scheduler import Scheduler, Sent

SEASON = """\
timezone: AoE
dates:
  - {key: abstract, label: Abstract submission deadline, date: 2026-12-08}
  - {key: paper, label: Paper submission deadline, date: 2026-12-15}
  - {key: notification, label: Author notification, kind: event, date: 2027-01-10}
  - {key: camera-ready, label: Camera-ready submission deadline, date: 2027-01-17}
  - {key: workshop, label: Workshop, kind: event, date: 2027-01-27, time: "09:00", timezone: Asia/Singapore}
"""
NEWS = "".join(f"- id: item-{i}\n  text: News item {i}.\n  at: 2026-12-{1 + i % 28:02d} 09:00 UTC\n" for i in range(40))
SAMPLES = 200


class NullSender:
    async def send(self, post):
        return Sent(None)


def run(ctx: Context) -> list[Row]:
    knowledge_dir = ctx.knowledge_copy("scheduler")
    (knowledge_dir / "dates.yaml").write_text(SEASON)
    (knowledge_dir / "news.yaml").write_text(NEWS)
    knowledge = load_knowledge(knowledge_dir)
    now = [datetime(2026, 11, 20, tzinfo=timezone.utc)]
    outbox = Outbox(ctx.workdir / "outbox.sqlite")
    scheduler = Scheduler(outbox, lambda: now[0], NullSender())
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(scheduler.tick(knowledge))  # first sight: inserts the season
        ticks = [timed(lambda: loop.run_until_complete(scheduler.tick(knowledge))) for _ in range(SAMPLES)]

        floors = [timed(lambda: plan(knowledge)) for _ in range(SAMPLES)]
        posts = plan(knowledge)
        season_start = datetime(2026, 11, 20, tzinfo=timezone.utc)

        def whole_season() -> None:
            fresh = Outbox(ctx.workdir / "season.sqlite")
            clock = [season_start]
            driver = Scheduler(fresh, lambda: clock[0], NullSender())
            for due in sorted({p.due for p in posts}):
                clock[0] = due
                loop.run_until_complete(driver.tick(knowledge))
            clock[0] = due + timedelta(days=1)
            loop.run_until_complete(driver.tick(knowledge))
            fresh.close()

        season = timed(whole_season)
    finally:
        loop.close()
        outbox.close()
    ms = 1000.0
    idle = statistics.median(ticks) * ms
    floor = statistics.median(floors) * ms
    return [
        Row("scheduler", "idle tick p50 (nothing due)", idle, floor, "ms", target=10.0,
            note=f"{len(posts)} posts planned; floor: plan() alone; ticks run every few seconds"),
        Row("scheduler", "whole season, one tick per due instant", season * ms, floor * len({p.due for p in posts}),
            "ms", note=f"{len(posts)} posts sent through a null sender; floor: plan() once per tick"),
    ]
