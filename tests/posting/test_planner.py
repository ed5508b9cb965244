"""The planner: which posts, when, with what text; and the catch-up rules. Pure, no database."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from season_helpers import SEASON_DATES, utc, write_knowledge

from perfm_bot.core.clock import SimulatedClock
from perfm_bot.core.errors import KnowledgeError
from perfm_bot.sources.loader import load_knowledge
from perfm_bot.sources.records import ImportantDate
from perfm_bot.sources.schemas import parse_at, parse_duration
from perfm_bot.posting.delivery import DeliveryRules
from perfm_bot.posting.planner import MAX_NONCE, PlannedPost, plan, plan_moves, rung_instant
from perfm_bot.core.timezones import local_instant


def one_date(**fields: str) -> str:
    lines = "".join(f"    {k}: {v}\n" for k, v in fields.items())
    return f"timezone: AoE\ndates:\n  - key: paper\n    label: Paper submission deadline\n{lines}"


def reminders_of(posts: list[PlannedPost], ref: str) -> dict[str, datetime]:
    return {p.rung: p.due for p in posts if p.ref == ref and p.kind == "reminder"}


def test_a_deadline_gets_the_default_ladder_at_aoe_instants(knowledge_dir: Path):
    posts = plan(write_knowledge(knowledge_dir, one_date(date="2026-12-15"), news=""))
    # 23:59 AoE on Dec 15 is 11:59 UTC on Dec 16; day rungs keep 23:59 AoE, 3h is elapsed time.
    assert reminders_of(posts, "paper") == {
        "14d": utc(2026, 12, 2, 11, 59),
        "7d": utc(2026, 12, 9, 11, 59),
        "1d": utc(2026, 12, 15, 11, 59),
        "3h": utc(2026, 12, 16, 8, 59),
    }
    assert all(p.deadline == utc(2026, 12, 16, 11, 59) for p in posts)
    assert [p.due for p in posts] == sorted(p.due for p in posts)


def test_ids_are_short_stable_and_distinct(knowledge_dir: Path):
    knowledge = write_knowledge(knowledge_dir)
    first, again = plan(knowledge), plan(load_knowledge(knowledge_dir))
    ids = [p.id for p in first]
    assert ids and ids == [p.id for p in again]
    assert len(set(ids)) == len(ids)
    assert all(len(i) <= MAX_NONCE for i in ids)
    # Moving a date keeps each rung's id: that is what makes "sent once, never again" hold.
    moved = plan(write_knowledge(knowledge_dir, SEASON_DATES.replace("2026-12-15", "2026-12-22")))
    paper_ids = lambda posts: {p.rung: p.id for p in posts if p.ref == "paper"}  # noqa: E731
    assert paper_ids(moved) == paper_ids(first)
    assert reminders_of(moved, "paper") != reminders_of(first, "paper")


def test_texts_carry_discord_timestamps_of_the_deadline(knowledge_dir: Path):
    posts = plan(write_knowledge(knowledge_dir, one_date(date="2026-12-15"), news=""))
    unix = int(utc(2026, 12, 16, 11, 59).timestamp())
    assert len(posts) == 4  # the fixture's one deadline, on the default ladder 14d, 7d, 1d, 3h
    for post in posts:
        assert f"<t:{unix}:F>" in post.content and f"<t:{unix}:R>" in post.content
        assert "Paper submission deadline" in post.content
        assert "Tuesday, December 15, 2026, 23:59 AoE (UTC-12)" in post.content


def test_tba_plans_nothing_and_events_get_one_reminder_the_day_before(knowledge_dir: Path):
    posts = plan(write_knowledge(knowledge_dir))
    assert not [p for p in posts if p.ref == "camera-ready"]
    workshop = [p for p in posts if p.ref == "workshop"]
    assert [(p.rung, p.due) for p in workshop] == [("1d", utc(2027, 1, 26, 1, 0))]  # 09:00 Singapore, day before
    assert "📅" in workshop[0].content and "09:00 Asia/Singapore" in workshop[0].content
    # A date-only event starts at 00:00 of its zone; its text names the day, not a time of day.
    (notification,) = [p for p in posts if p.ref == "notification"]
    assert notification.due == utc(2027, 1, 9, 12, 0)
    assert "Sunday, January 10, 2027 (AoE (UTC-12))" in notification.content


def test_ladders_are_configurable_globally_and_per_date(knowledge_dir: Path):
    dates = (
        "timezone: AoE\nreminders: [2w, 2d]\ndates:\n"
        "  - key: paper\n    label: Paper\n    date: 2026-12-15\n"
        "  - key: abstract\n    label: Abstract\n    date: 2026-12-08\n    reminders: [36h, 30m]\n"
        "  - key: camera\n    label: Camera\n    date: 2026-12-20\n    reminders: []\n"
        "  - key: talk\n    label: Talk\n    kind: event\n    date: 2026-12-24\n    reminders: [7d]\n"
    )
    posts = plan(write_knowledge(knowledge_dir, dates, news=""))
    assert reminders_of(posts, "paper") == {"2w": utc(2026, 12, 2, 11, 59), "2d": utc(2026, 12, 14, 11, 59)}
    assert reminders_of(posts, "abstract") == {"36h": utc(2026, 12, 7, 23, 59), "30m": utc(2026, 12, 9, 11, 29)}
    assert reminders_of(posts, "camera") == {}
    assert reminders_of(posts, "talk") == {"7d": utc(2026, 12, 17, 12, 0)}  # the global ladder is for deadlines


def test_reminder_fields_are_validated_with_file_and_line(knowledge_dir: Path):
    dates = knowledge_dir / "dates.yaml"
    dates.write_text(
        "timezone: AoE\nreminders: 14d\ndates:\n"
        "  - key: paper\n    label: Paper\n    date: 2026-12-15\n    reminders: [14d, 2x]\n"
        "  - key: abstract\n    label: Abstract\n    date: 2026-12-08\n    reminders: [1d, 24h]\n"
        "  - key: camera\n    label: Camera\n    date: 2026-12-20\n    reminders: [0h]\n"
    )
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_dir)
    assert caught.value.problems == [
        f"{dates}:2: 'reminders' must be a list of durations like [14d, 7d, 1d, 3h] ([] for none)",
        f"{dates}:7: 'reminders': '2x' is not a duration like 14d, 7d, 3h",
        f"{dates}:11: 'reminders': '24h' repeats '1d'",
        f"{dates}:15: 'reminders': '0h' is no time at all; a reminder needs a duration like 1d or 3h",
    ]


def test_news_at_formats_and_errors(knowledge_dir: Path):
    news = knowledge_dir / "news.yaml"
    knowledge = write_knowledge(
        knowledge_dir,
        one_date(date="TBA"),
        "- id: a\n  text: In AoE.\n  at: 2026-12-01 09:00\n"
        "- id: b\n  text: In Berlin.\n  at: 2026-12-01 09:00 Europe/Berlin\n"
        "- id: c\n  text: With an offset.\n  at: 2026-12-01T09:00:00+05:30\n"
        "- id: d\n  text: Not posted.\n",
    )
    assert [n.at.astimezone(timezone.utc) if n.at else None for n in knowledge.news] == [
        utc(2026, 12, 1, 21, 0),
        utc(2026, 12, 1, 8, 0),
        utc(2026, 12, 1, 3, 30),
        None,
    ]
    assert knowledge.news[0].day == date(2026, 12, 1)  # a scheduled item is dated by its time
    posts = plan(knowledge)
    assert [(p.kind, p.ref, p.due) for p in posts] == [
        ("news", "c", utc(2026, 12, 1, 3, 30)),
        ("news", "b", utc(2026, 12, 1, 8, 0)),
        ("news", "a", utc(2026, 12, 1, 21, 0)),
    ]
    news.write_text("- id: soon\n  text: Soon.\n  at: next tuesday\n- text: No id.\n  at: 2026-12-01 09:00\n")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_dir)
    assert caught.value.problems == [
        f"{news}:3: 'at': expected a time like '2026-12-01 09:00' (in AoE), "
        "'2026-12-01 09:00 Europe/Berlin' or '2026-12-01T09:00+01:00', got 'next tuesday'",
        f"{news}:5: 'at' needs an 'id' (a stable name), so the post is recognized after its text is edited",
    ]


def test_parse_at_and_parse_duration():
    assert parse_at("2026-12-01 09:00", "UTC") == utc(2026, 12, 1, 9, 0)
    assert parse_at("2026-12-01T09:00Z") == utc(2026, 12, 1, 9, 0)
    assert parse_at("2026-12-01T09:00", "Europe/Berlin") == utc(2026, 12, 1, 8, 0)
    with pytest.raises(ValueError, match="unknown timezone 'Mars/Base'"):
        parse_at("2026-12-01 09:00 Mars/Base")
    assert [str(parse_duration(t)) for t in ("14d", "2W", " 3h ", "90m")] == ["14d", "2w", "3h", "90m"]
    with pytest.raises(ValueError, match="'1.5d' is not a duration"):
        parse_duration("1.5d")


# --- time zones ----------------------------------------------------------------------------


def test_aoe_boundary_deadline_closes_at_1159_utc_next_day():
    paper = ImportantDate("paper", "Paper", date(2026, 12, 15))
    assert paper.instant().astimezone(timezone.utc) == utc(2026, 12, 16, 11, 59)
    assert rung_instant(paper, parse_duration("3h")) == utc(2026, 12, 16, 8, 59)
    assert rung_instant(paper, parse_duration("1d")) == utc(2026, 12, 15, 11, 59)


def test_day_rungs_keep_the_wall_clock_across_a_dst_change():
    # New York springs forward on 2026-03-08: 23:59 EDT on the 10th, 23:59 EST a week before.
    item = ImportantDate("paper", "Paper", date(2026, 3, 10), timezone="America/New_York")
    assert item.instant().astimezone(timezone.utc) == utc(2026, 3, 11, 3, 59)
    assert rung_instant(item, parse_duration("7d")) == utc(2026, 3, 4, 4, 59)  # 7 days less one hour
    assert rung_instant(item, parse_duration("168h")) == utc(2026, 3, 4, 3, 59)  # elapsed time is exact
    assert rung_instant(item, parse_duration("3h")) == utc(2026, 3, 11, 0, 59)


def test_rungs_falling_in_a_dst_gap_or_fold_resolve_like_local_instant():
    berlin = "Europe/Berlin"
    # 02:30 on 2026-03-29 does not exist in Berlin (clocks jump 02:00 -> 03:00): forward to 03:30 CEST.
    spring = ImportantDate("x", "X", date(2026, 3, 30), time(2, 30), berlin)
    gap = rung_instant(spring, parse_duration("1d"))
    assert gap == utc(2026, 3, 29, 1, 30) == _utc(local_instant(date(2026, 3, 29), time(2, 30), berlin))
    assert spring.instant() - gap == timedelta(hours=23)
    # 02:30 on 2026-10-25 happens twice (CEST, then CET): the first, the earlier instant.
    autumn = ImportantDate("y", "Y", date(2026, 10, 26), time(2, 30), berlin)
    fold = rung_instant(autumn, parse_duration("1d"))
    # (Compared in UTC: by PEP 495, a time in a fold never compares equal across zones.)
    assert fold == utc(2026, 10, 25, 0, 30) == _utc(local_instant(date(2026, 10, 25), time(2, 30), berlin))
    assert autumn.instant() - fold == timedelta(hours=25)
    assert fold.astimezone(ZoneInfo(berlin)).strftime("%H:%M %Z") == "02:30 CEST"


def _utc(instant: datetime) -> datetime:
    return instant.astimezone(timezone.utc)


# --- moves and catch-up --------------------------------------------------------------------


def test_a_move_is_noticed_once_per_change_and_never_on_first_sight(knowledge_dir: Path):
    now = utc(2026, 12, 3, 12, 0)
    knowledge = write_knowledge(knowledge_dir)
    assert plan_moves(knowledge, {}, now) == []  # nothing known yet: first sight is no move
    known = {"paper": utc(2026, 12, 16, 11, 59), "abstract": utc(2026, 12, 9, 11, 59)}
    assert plan_moves(knowledge, known, now) == []
    extended = write_knowledge(knowledge_dir, SEASON_DATES.replace("2026-12-15", "2026-12-22"))
    (notice,) = plan_moves(extended, known, now)
    assert (notice.kind, notice.ref, notice.due, notice.deadline) == ("moved", "paper", now, utc(2026, 12, 23, 11, 59))
    assert "has been extended" in notice.content and f"<t:{int(utc(2026, 12, 23, 11, 59).timestamp())}:F>" in notice.content
    assert plan_moves(extended, known, now + timedelta(hours=1))[0].id == notice.id  # same move, same id
    earlier = write_knowledge(knowledge_dir, SEASON_DATES.replace("2026-12-15", "2026-12-12"))
    (back,) = plan_moves(earlier, known, now)
    assert back.id != notice.id and "moved earlier" in back.content
    # A move into the past tells nobody anything useful.
    assert plan_moves(earlier, known, utc(2026, 12, 14)) == []


def _post(id_: str, kind: str, ref: str, due: datetime, deadline: datetime | None = None) -> PlannedPost:
    return PlannedPost(id_, kind, due, ref, "text", deadline)


def test_triage_sends_only_the_latest_missed_rung_and_nothing_past():
    rules = DeliveryRules()
    now = utc(2026, 12, 10, 12, 0)
    due = [
        _post("a14", "reminder", "abstract", utc(2026, 11, 24), utc(2026, 12, 9, 11, 59)),
        _post("a7", "reminder", "abstract", utc(2026, 12, 1), utc(2026, 12, 9, 11, 59)),
        _post("p14", "reminder", "paper", utc(2026, 12, 2), utc(2026, 12, 16, 11, 59)),
        _post("p7", "reminder", "paper", utc(2026, 12, 9), utc(2026, 12, 16, 11, 59)),
        _post("n-old", "news", "old", utc(2026, 12, 1)),
        _post("n-new", "news", "new", now - timedelta(hours=2)),
        _post("m", "moved", "paper", now - timedelta(hours=1), utc(2026, 12, 16, 11, 59)),
    ]
    skips = rules.triage(due, now)
    assert set(skips) == {"a14", "a7", "p14", "n-old"}
    assert "passed" in skips["a7"] and "supersedes" in skips["p14"] and "12 hours" in skips["n-old"]
    assert rules.is_late(utc(2026, 12, 9), now) and not rules.is_late(now - timedelta(minutes=4), now)


def test_on_arrival_skips_what_was_never_due_while_watched():
    rules = DeliveryRules()
    now = utc(2026, 12, 10, 12, 0)
    assert rules.on_arrival(_post("r", "reminder", "p", now - timedelta(days=1)), now)
    assert rules.on_arrival(_post("r", "reminder", "p", now - timedelta(minutes=1)), now) is None
    assert rules.on_arrival(_post("n", "news", "n", now - timedelta(hours=1)), now) is None
    assert rules.on_arrival(_post("n", "news", "n", now - timedelta(hours=13)), now)
    assert rules.on_arrival(_post("m", "moved", "p", now), now) is None


def test_simulated_clock_starts_at_its_instant_and_runs_faster():
    real = [100.0]
    clock = SimulatedClock(datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")), 60, real=lambda: real[0])
    assert clock() == utc(2026, 12, 1, 8, 0)
    real[0] += 2.5
    assert clock() == utc(2026, 12, 1, 8, 2, 30)
    with pytest.raises(ValueError, match="timezone"):
        SimulatedClock(datetime(2026, 12, 1), 1)
    with pytest.raises(ValueError, match="positive"):
        SimulatedClock(utc(2026, 12, 1), 0)
