"""A local time a DST change skips is not stored without a word: the reply says which real time it is."""

from __future__ import annotations

from perfm_bot.cli.main import main


def test_deadline_set_in_a_dst_gap_says_which_real_time_it_becomes(knowledge_dir, tmp_path, capsys):
    args = ["--knowledge", str(knowledge_dir), "--state", str(tmp_path / "s"), "deadline", "set", "paper", "2027-03-14",
            "--time", "02:30", "--tz", "America/New_York", "--by", "t"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "02:30 does not exist on 2027-03-14 in America/New_York" in out
    assert "03:30 EDT (07:30 UTC)" in out


def test_an_existing_time_gets_no_note(knowledge_dir, tmp_path, capsys):
    args = ["--knowledge", str(knowledge_dir), "--state", str(tmp_path / "s"), "deadline", "set", "paper", "2027-03-14",
            "--time", "03:30", "--tz", "America/New_York", "--by", "t"]
    assert main(args) == 0
    assert "does not exist" not in capsys.readouterr().out
