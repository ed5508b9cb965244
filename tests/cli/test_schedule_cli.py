"""``perfm-bot schedule``: the rehearsal timeline; the clock options of ``run``; /schedule's text."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest
from season_helpers import RecordingSender, utc, write_knowledge

from perfm_bot.cli.main import main
from perfm_bot.cli.options import add_clock_options, clock_from_args
from perfm_bot.core.clock import SimulatedClock, utc_now
from perfm_bot.core.errors import InputError
from perfm_bot.posting.outbox import Outbox
from perfm_bot.posting.scheduler import Scheduler
from perfm_bot.posting.timeline import format_upcoming, readable


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_schedule_prints_the_season_with_readable_texts(knowledge_dir: Path, capsys):
    write_knowledge(knowledge_dir)
    code, out, _ = run_cli(capsys, "schedule", "--knowledge", str(knowledge_dir), "--from", "2026-11-01")
    assert code == 0
    assert out.startswith(f"Posts planned from 2026-11-01 00:00 UTC ({knowledge_dir}):\n")
    assert out.rstrip().endswith("11 posts.")
    assert (
        "2026-12-16 08:59 UTC  (2026-12-15 20:59 AoE)  reminder 3h  [paper]\n"
        "    ⏰ Reminder: the **Paper submission deadline** is in 3 hours: "
        "Wednesday, December 16, 2026, 11:59 UTC (Tuesday, December 15, 2026, 23:59 AoE (UTC-12)).\n"
    ) in out
    assert "2027-01-26 01:00 UTC  (2027-01-26 09:00 +08 Asia/Singapore)  reminder 1d  [workshop]" in out
    assert "2026-12-01 09:00 UTC  (2026-12-01 09:00 UTC)  news  [portal-open]\n    📣 The submission portal is open." in out
    assert "<t:" not in out  # Discord markup is spelled out for the terminal
    lines = [line for line in out.splitlines() if " UTC  (" in line]
    assert lines == sorted(lines)


def test_schedule_from_and_until_select_a_period(knowledge_dir: Path, capsys):
    write_knowledge(knowledge_dir)
    code, out, _ = run_cli(
        capsys, "schedule", "--knowledge", str(knowledge_dir), "--from", "2026-12-09", "--until", "2026-12-15"
    )
    assert code == 0
    heads = [line.split("  ")[0] for line in out.splitlines() if " UTC  (" in line]
    assert heads == ["2026-12-09 08:59 UTC", "2026-12-09 11:59 UTC", "2026-12-15 11:59 UTC"]
    assert out.rstrip().endswith("3 posts.")
    code, out, _ = run_cli(capsys, "schedule", "--knowledge", str(knowledge_dir), "--from", "2026-12-09T09:00+00:00")
    assert [line.split("  ")[0] for line in out.splitlines() if " UTC  (" in line][0] == "2026-12-09 11:59 UTC"


def test_schedule_with_every_date_tba_says_why_it_is_empty(knowledge_dir: Path, capsys):
    code, out, _ = run_cli(capsys, "schedule", "--knowledge", str(knowledge_dir), "--from", "2026-01-01")
    assert code == 0 and "No posts planned in this period (TBA dates plan nothing" in out


def test_schedule_refuses_bad_dates_and_reports_bad_knowledge(knowledge_dir: Path, capsys):
    code, _, err = run_cli(capsys, "schedule", "--knowledge", str(knowledge_dir), "--from", "next week")
    assert code == 2 and "--from: expected a date (2026-12-01) or an ISO time" in err
    code, _, err = run_cli(
        capsys, "schedule", "--knowledge", str(knowledge_dir), "--from", "2026-12-10", "--until", "2026-12-01"
    )
    assert code == 2 and "--until (2026-12-01) is before the start" in err
    (knowledge_dir / "dates.yaml").write_text("dates:\n  - key: paper\n    label: P\n    date: 2026-12-15\n    reminders: [2x]\n")
    code, _, err = run_cli(capsys, "schedule", "--knowledge", str(knowledge_dir))
    assert code == 1 and "'reminders': '2x' is not a duration like 14d, 7d, 3h" in err


def test_schedule_does_not_load_the_model_or_the_index(knowledge_dir: Path):
    write_knowledge(knowledge_dir)
    code = (
        "import sys; from perfm_bot.cli.main import main; "
        f"assert main(['schedule', '--knowledge', {str(knowledge_dir)!r}, '--from', '2026-11-01']) == 0; "
        "heavy = [m for m in ('torch', 'sentence_transformers', 'faiss', 'discord') if m in sys.modules]; "
        "assert not heavy, heavy"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def clock_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_clock_options(parser)
    return parser.parse_args(list(argv))


def test_clock_options_build_the_real_or_a_simulated_clock():
    assert clock_from_args(clock_args()) is utc_now
    clock = clock_from_args(clock_args("--simulate-from", "2026-12-09T11:58Z", "--speed", "60"))
    assert isinstance(clock, SimulatedClock) and clock.speed == 60
    assert clock.start == utc(2026, 12, 9, 11, 58)
    assert clock_from_args(clock_args("--simulate-from", "2026-12-09T11:58")).start == utc(2026, 12, 9, 11, 58)
    with pytest.raises(InputError, match="--speed needs --simulate-from"):
        clock_from_args(clock_args("--speed", "10"))
    with pytest.raises(InputError, match="--speed must be a positive number"):
        clock_from_args(clock_args("--simulate-from", "2026-12-09T11:58Z", "--speed", "0"))
    with pytest.raises(InputError, match="--simulate-from: expected"):
        clock_from_args(clock_args("--simulate-from", "tomorrow"))


async def test_upcoming_for_the_schedule_command(knowledge_dir: Path, tmp_path: Path, clock):
    knowledge = write_knowledge(knowledge_dir)
    clock.now = utc(2026, 12, 9, 12, 0)
    with Outbox(tmp_path / "outbox.sqlite") as box:
        scheduler = Scheduler(box, clock, RecordingSender())
        scheduler.plan(knowledge, clock.now)
        posts = scheduler.upcoming(limit=3)
        assert [(p.ref, p.rung) for p in posts] == [("paper", "1d"), ("paper", "3h"), ("notification", "1d")]
        text = format_upcoming(posts)
        unix = int(utc(2026, 12, 15, 11, 59).timestamp())
        assert text.startswith("**Next scheduled posts** (times in your time zone):\n")
        assert f"• <t:{unix}:f> (<t:{unix}:R>) · reminder 1d · `paper`: ⏰ Reminder:" in text
        assert len(format_upcoming(posts * 40)) <= 2000 and "more." in format_upcoming(posts * 40)
    assert format_upcoming([]) == "No posts are scheduled."


def test_readable_spells_discord_timestamps_out():
    unix = int(utc(2026, 12, 16, 11, 59).timestamp())
    assert readable(f"<t:{unix}:F> (<t:{unix}:R>)", utc(2026, 12, 9, 11, 59)) == (
        "Wednesday, December 16, 2026, 11:59 UTC (in 7 days)"
    )
