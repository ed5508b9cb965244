"""Unusable folders and files: one message naming the path, exit 1, never a traceback; a write the
folder refuses leaves no false entry in the history."""

from __future__ import annotations

import errno
import os

import pytest

from perfm_bot.cli.main import main


def cli(settings, *args: str) -> list[str]:
    return ["--knowledge", str(settings.knowledge_dir), "--state", str(settings.state_dir), *args]


def test_a_state_path_that_is_a_file(settings, capsys):
    settings.state_dir.write_text("not a folder")
    assert main(cli(settings, "history")) == 1
    err = capsys.readouterr().err
    assert str(settings.state_dir) in err and "is a file" in err and "Traceback" not in err


def test_a_knowledge_path_that_is_a_file(tmp_path, capsys):
    path = tmp_path / "knowledge"
    path.write_text("x")
    assert main(["--knowledge", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert f"{path}: is a file" in err


def test_dates_yaml_that_is_a_folder(settings, capsys):
    dates = settings.knowledge_dir / "dates.yaml"
    dates.unlink()
    dates.mkdir()
    assert main(cli(settings, "check")) == 1
    assert f"{dates}: is a folder" in capsys.readouterr().err
    assert main(cli(settings, "deadline", "set", "paper", "2026-12-20", "--by", "t")) == 1
    assert f"{dates}: is a folder" in capsys.readouterr().err


def refuse_writes(monkeypatch, error: int) -> None:
    """The knowledge folder refuses new files (as a read-only folder or a full disk does; the tests
    run as root, for whom a chmod does not refuse anything)."""
    import tempfile

    real = tempfile.mkstemp

    def mkstemp(*args, **kwargs):
        if ".yaml." in str(kwargs.get("prefix", "")):
            raise OSError(error, os.strerror(error), str(kwargs.get("dir")))
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


@pytest.mark.parametrize("error, words", [(errno.EACCES, "permission denied"), (errno.ENOSPC, "disk is full")])
def test_a_refused_write_is_one_message_and_leaves_no_false_history(settings, capsys, monkeypatch, error, words):
    dates = settings.knowledge_dir / "dates.yaml"
    before = dates.read_bytes()
    refuse_writes(monkeypatch, error)
    assert main(cli(settings, "deadline", "set", "paper", "2026-12-20", "--by", "t")) == 1
    err = capsys.readouterr().err
    assert str(dates) in err and words in err and "nothing was changed" in err and "Traceback" not in err
    assert dates.read_bytes() == before
    assert not [p for p in dates.parent.iterdir() if p.name.startswith(".dates.yaml.")], "no half-written file"
    monkeypatch.undo()
    assert main(cli(settings, "history")) == 0
    out = capsys.readouterr().out
    assert "No changes yet." in out and "not applied" not in out


def test_an_unexpected_error_is_one_line_naming_the_command(settings, capsys, monkeypatch):
    from perfm_bot.cli import update_commands

    monkeypatch.setattr(update_commands, "open_store", lambda s: (_ for _ in ()).throw(ZeroDivisionError("boom")))
    monkeypatch.delenv("PERFM_DEBUG", raising=False)
    assert main(cli(settings, "deadline", "tba", "paper", "--by", "t")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "perfm-bot deadline tba: unexpected error (ZeroDivisionError: boom)" in err
    monkeypatch.setenv("PERFM_DEBUG", "1")
    main(cli(settings, "deadline", "tba", "paper", "--by", "t"))
    assert "Traceback" in capsys.readouterr().err
