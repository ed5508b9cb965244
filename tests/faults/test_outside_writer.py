"""A running bot and an outside writer: ``perfm-bot run`` on real time (no simulated clock, its
own reload and scheduling loops, nothing called by hand) picks up a ``perfm-bot deadline set``
run in another process and a hand edit of ``knowledge/dates.yaml``, answers with each within
the README's 5 s, and its scheduler plans the reminders at once after that reload (the README:
the reload wakes the scheduler; without it the plan would wait for the loop's next 30-s round).

Each wait is on a condition with a deadline: the README's promise plus slack for a loaded 2-core
machine. The expected reminder times are worked out here by hand from the dates written, not by
the planner under test.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time as clock
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from discord_double.fake_discord import FakeDiscord

from perfm_bot.answering.engine import Engine
from perfm_bot.core.settings import Settings
from perfm_bot.posting.outbox import Outbox
from perfm_bot.posting.planner import post_id

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_e2e_discord import TIMEOUT, TOKEN, answer_of, bot_process, started, stopped_cleanly  # noqa: E402

RELOAD = 5.0  # README: hand edits are picked up within 5 s
SLACK = 30.0  # for a loaded 2-core machine (the model, other test processes)
AT_ONCE = 10.0  # README: planned at once after the reload. Generous, and still well under the loop's
# 30-s round, which follows the first round (at start-up) by 30 s: a reload that did not wake the
# scheduler would be planned only then, later than the writes below plus this.
AOE = timezone(timedelta(hours=-12))
READERS = [f"reader{n}" for n in range(80)]  # /ask allows 3 a person per 30 s: a new reader for each look


@pytest.fixture
def bot_folders(tmp_path: Path, knowledge_dir: Path, real_embedder) -> Settings:
    settings = Settings(knowledge_dir, tmp_path / "state")
    Engine(settings, real_embedder)
    return settings


def expected_rungs(key: str, deadline: datetime) -> dict[str, datetime]:
    """The default ladder [14d, 7d, 1d, 3h]: day rungs on the deadline's own wall clock, hours elapsed."""
    local = {f"{n}d": (deadline - timedelta(days=n)) for n in (14, 7, 1)}  # fixed-offset zones: no DST
    local["3h"] = deadline - timedelta(hours=3)
    return {post_id("r", key, rung): when.astimezone(timezone.utc) for rung, when in local.items()}


def planned(settings: Settings, wanted: dict[str, datetime]) -> bool:
    """Every wanted reminder is in the outbox, pending, at its time."""
    with Outbox(settings.outbox) as outbox:
        rows = {i: outbox.get(i) for i in wanted}
    return all(row is not None and row.status == "pending" and row.due == due for (i, due), row in zip(wanted.items(), rows.values()))


async def within(seconds: float, what: str, condition) -> float:
    """Seconds until ``condition()`` (sync or async) holds; fails naming ``what`` after ``seconds``."""
    start = clock.monotonic()
    while True:
        result = condition()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return clock.monotonic() - start
        assert clock.monotonic() - start < seconds, f"{what}: not within {seconds:g} s"
        await asyncio.sleep(0.5)


async def test_a_running_bot_picks_up_an_outside_deadline_set_and_a_hand_edit(bot_folders: Settings, tmp_path: Path):
    today = datetime.now(timezone.utc).date()
    paper_day, camera_day = today + timedelta(days=40), today + timedelta(days=50)
    paper = expected_rungs("paper", datetime.combine(paper_day, time(23, 59), AOE))
    camera = expected_rungs("camera-ready", datetime.combine(camera_day, time(12, 29), timezone.utc))

    async with FakeDiscord(token=TOKEN) as api:
        for name in READERS:
            api.guild.add_member(name)
        api.users.update({uid: m["user"] for uid, m in api.guild.members.items()})
        readers = iter(READERS)

        async def answers(question: str, *expected: str) -> bool:
            reply = await answer_of(api, await api.dispatch_slash("ask", {"question": question}, user=next(readers)))
            return all(e in reply["embeds"][0]["description"] for e in expected)

        bot = bot_process(api, bot_folders, tmp_path / "bot.log")  # real time: no --simulate-from
        try:
            await started(api, bot)
            assert await answers("When is the paper deadline?", "not been announced")

            # 1. another process: `perfm-bot deadline set`, as an organizer types it in a shell
            done = subprocess.run(
                [sys.executable, "-m", "perfm_bot", "deadline", "set", "paper", paper_day.isoformat(), "--by", "outside",
                 "--knowledge", str(bot_folders.knowledge_dir), "--state", str(bot_folders.state_dir)],
                capture_output=True, text=True, timeout=120,
            )
            assert done.returncode == 0, done.stderr
            paper_text = f"Paper submission deadline: {paper_day:%A, %B %-d, %Y}, 23:59 AoE"
            await within(RELOAD + SLACK, "the bot answers with the date set from the shell", lambda: answers("When is the paper deadline?", paper_text))
            await within(AT_ONCE, "the reminders of the date set from the shell are planned", lambda: planned(bot_folders, paper))

            # 2. a hand edit of dates.yaml, as an organizer saves it in an editor
            dates = bot_folders.knowledge_dir / "dates.yaml"
            text = dates.read_text()
            block = text.index("key: camera-ready")
            tba = text.index("date: TBA", block)
            dates.write_text(text[:tba] + f'date: {camera_day.isoformat()}\n    time: "12:29"\n    timezone: UTC' + text[tba + len("date: TBA"):])
            camera_text = f"{camera_day:%A, %B %-d, %Y}, 12:29 UTC"
            await within(RELOAD + SLACK, "the bot answers with the hand-edited date", lambda: answers("When is the camera-ready deadline?", camera_text))
            await within(AT_ONCE, "the reminders of the hand-edited date are planned", lambda: planned(bot_folders, camera))
            assert planned(bot_folders, {**paper, **camera})  # every rung of both, pending at its time
            assert bot.proc is not None and bot.proc.returncode is None
            await stopped_cleanly(bot)
        finally:
            await bot.stop()
        assert api.unhandled == []
        assert "Traceback" not in bot.log(), bot.log()[-3000:]
