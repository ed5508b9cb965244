"""A date far outside any season (year 1, year 9999) is refused at every door, and one that gets
past them anyway (built in memory) never stops the planning, the /dates list or the .ics for the others."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from perfm_bot.cli.main import main
from perfm_bot.core.errors import KnowledgeError
from perfm_bot.core.isolation import ItemFailure
from perfm_bot.posting.calendar_ics import dates_calendar
from perfm_bot.posting.planner import plan, post_id
from perfm_bot.sources.loader import load_knowledge
from perfm_bot.sources.schemas import DATE_RANGE_YEARS, day_range, parse_day


def set_paper_line(knowledge_dir: Path, value: str) -> int:
    path = knowledge_dir / "dates.yaml"
    lines = path.read_text().splitlines(keepends=True)
    start = next(i for i, l in enumerate(lines) if "key: paper" in l)
    at = next(i for i in range(start, len(lines)) if lines[i].strip().startswith("date:"))
    lines[at] = f"    date: {value}\n"
    path.write_text("".join(lines))
    return at + 1


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31"])
def test_check_refuses_a_date_outside_the_range_and_names_the_line_and_the_range(knowledge_dir, value, capsys):
    line = set_paper_line(knowledge_dir, value)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_dir)
    first, last = day_range()
    assert f"dates.yaml:{line}:" in str(caught.value)
    assert f"{first.isoformat()} to {last.isoformat()}" in str(caught.value)
    assert main(["--knowledge", str(knowledge_dir), "check"]) == 1
    assert f"within {DATE_RANGE_YEARS} years" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31"])
def test_deadline_set_refuses_it_with_exit_2_and_changes_nothing(knowledge_dir, tmp_path, value, capsys):
    before = (knowledge_dir / "dates.yaml").read_text()
    code = main(["--knowledge", str(knowledge_dir), "--state", str(tmp_path / "s"), "deadline", "set", "paper", value, "--by", "t"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "outside the accepted range" in err and "Traceback" not in err
    assert (knowledge_dir / "dates.yaml").read_text() == before


def test_news_at_far_future_is_refused(knowledge_dir, tmp_path, capsys):
    code = main(["--knowledge", str(knowledge_dir), "--state", str(tmp_path / "s"), "news", "add", "x", "--at", "9999-12-31 23:00", "--by", "t"])
    assert code == 2
    assert "outside the accepted range" in capsys.readouterr().err


def test_the_range_edges_are_accepted_and_the_day_past_them_refused():
    today = date(2026, 12, 4)
    assert parse_day("2031-12-04", today) == date(2031, 12, 4)
    assert parse_day("2021-12-04", today) == date(2021, 12, 4)
    for outside in ("2031-12-05", "2021-12-03"):
        with pytest.raises(ValueError, match="outside the accepted range 2021-12-04 to 2031-12-04"):
            parse_day(outside, today)


# --- one bad item that got past the doors (built in memory) never stops the others -------------


def with_bad_date(knowledge):
    """The shipped knowledge with the paper deadline set, and one date in year 9999 (AoE: its
    instant overflows datetime, as a year-9999 date did before the door refused it)."""
    good = dataclasses.replace(knowledge.date("paper"), day=date(2026, 12, 15))
    bad = dataclasses.replace(knowledge.date("abstract"), day=date(9999, 12, 31))
    dates = tuple(good if d.key == "paper" else bad if d.key == "abstract" else d for d in knowledge.dates)
    return dataclasses.replace(knowledge, dates=dates)


def test_the_bad_date_itself_overflows(knowledge_dir):
    """The fault injected below is real: the bad date's instant cannot be computed."""
    bad = with_bad_date(load_knowledge(knowledge_dir)).date("abstract")
    with pytest.raises(OverflowError):
        bad.instant()


def test_the_planner_plans_the_good_dates_and_reports_the_bad_one(knowledge_dir):
    knowledge = with_bad_date(load_knowledge(knowledge_dir))
    failures: list[ItemFailure] = []
    posts = plan(knowledge, failures)
    paper = [p for p in posts if p.ref == "paper"]
    assert [p.rung for p in paper] == ["14d", "7d", "1d", "3h"]
    assert not [p for p in posts if p.ref == "abstract"]
    assert len(failures) == 1 and "date 'abstract'" in failures[0].item and "OverflowError" in failures[0].reason


def test_the_calendar_has_the_good_dates_and_reports_the_bad_one(knowledge_dir):
    knowledge = with_bad_date(load_knowledge(knowledge_dir))
    failures: list[ItemFailure] = []
    ics = dates_calendar(knowledge.dates, datetime(2026, 11, 24, tzinfo=timezone.utc), failures=failures)
    assert ics is not None and b"UID:paper@perfm-bot" in ics and b"abstract@" not in ics
    assert [f.item.split(" ")[1] for f in failures] == ["'abstract'"]


def test_the_dates_embed_lists_the_good_dates_and_reports_the_bad_one(knowledge_dir):
    from perfm_bot.bot.embeds import dates_embed

    knowledge = with_bad_date(load_knowledge(knowledge_dir))
    failures: list[ItemFailure] = []
    embed = dates_embed(knowledge.dates, has_calendar=True, failures=failures)
    assert "Paper submission deadline" in embed.description and "Abstract submission" not in embed.description
    assert len(failures) == 1 and "'abstract'" in failures[0].item


async def test_the_scheduler_sends_the_good_reminder_despite_the_bad_date(knowledge_dir, tmp_path):
    from perfm_bot.posting.outbox import Outbox
    from perfm_bot.posting.scheduler import Scheduler, Sent

    sent = []

    class Recorder:
        async def send(self, post):
            sent.append(post.id)
            return Sent(1)

    knowledge = with_bad_date(load_knowledge(knowledge_dir))
    due_1d = datetime(2026, 12, 15, 11, 59, tzinfo=timezone.utc)  # 1d before 2026-12-15 23:59 AoE
    now = [due_1d - timedelta(days=2)]
    scheduler = Scheduler(Outbox(tmp_path / "outbox.sqlite"), lambda: now[0], Recorder())
    first = await scheduler.tick(knowledge)
    assert first.broken and all("'abstract'" in f.item for f in first.broken)
    now[0] = due_1d + timedelta(seconds=5)
    second = await scheduler.tick(knowledge)
    assert sent == [post_id("r", "paper", "1d")] and second.sent == sent
    scheduler.outbox.close()


async def test_the_bot_keeps_posting_and_tells_the_organizers_once(knowledge_dir, make_harness, clock):
    harness = await make_harness()
    harness.services.engine.knowledge = with_bad_date(harness.services.engine.knowledge)
    cog = harness.bot.get_cog("Scheduled posts")
    organizers = f"/channels/{harness.channel_id('organizers')}/messages"
    announcements = f"/channels/{harness.channel_id('announcements')}/messages"
    due_1d = datetime(2026, 12, 15, 11, 59, tzinfo=timezone.utc)
    clock.now = due_1d - timedelta(minutes=1)
    await cog.tick()
    clock.now = due_1d + timedelta(seconds=5)
    report = await cog.tick()
    assert report.sent == [post_id("r", "paper", "1d")]
    assert len(harness.offline.capture.find("POST", announcements)) == 1
    told = harness.offline.capture.find("POST", organizers)
    assert len(told) == 1, "each failure is told once, not at every round"
    assert "abstract" in told[0].message["content"] and "dates.yaml" in told[0].message["content"]


async def test_dates_command_answers_with_the_good_dates_and_tells_the_organizers(knowledge_dir, make_harness):
    harness = await make_harness()
    harness.services.engine.knowledge = with_bad_date(harness.services.engine.knowledge)
    result = await harness.slash("dates")
    reply = next(c for c in result.calls if "/callback" in c.path)
    text = reply.message["embeds"][0]["description"]
    assert "Paper submission deadline" in text and "Abstract submission" not in text
    told = harness.offline.capture.find("POST", f"/channels/{harness.channel_id('organizers')}/messages")
    assert len(told) == 1 and "abstract" in told[0].message["content"]
