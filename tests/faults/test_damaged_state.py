"""Damaged state files: a record is named with what to do (never replaced), a cache is rebuilt,
and `perfm-bot doctor` reports each file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from perfm_bot.cli.main import main
from perfm_bot.core.sqlite import DamagedDatabase

GARBAGE = b"this is not a database file at all\n" * 200


def malformed(path: Path) -> None:
    """A real SQLite file whose second page is overwritten: the header is fine, the content is not."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x TEXT)")
    db.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 50)
    db.commit()
    db.close()
    with path.open("r+b") as f:
        f.seek(4096)
        f.write(b"\xff" * 4096)


def run(*args: str) -> int:
    return main(list(args))


@pytest.mark.parametrize("damage", ["garbage", "malformed"])
def test_a_damaged_change_log_is_one_message_naming_the_file_and_what_to_do(settings, capsys, damage):
    settings.state_dir.mkdir()
    path = settings.state_dir / "changes.sqlite"
    path.write_bytes(GARBAGE) if damage == "garbage" else malformed(path)
    before = path.read_bytes()
    code = run("--knowledge", str(settings.knowledge_dir), "--state", str(settings.state_dir), "history")
    err = capsys.readouterr().err
    assert code == 1
    assert str(path) in err and "damaged" in err and "move it aside" in err and "Traceback" not in err
    assert path.read_bytes() == before, "a record is never replaced silently"


def test_a_damaged_outbox_is_refused_not_replaced(tmp_path):
    from perfm_bot.posting.outbox import Outbox

    path = tmp_path / "outbox.sqlite"
    path.write_bytes(GARBAGE)
    with pytest.raises(DamagedDatabase) as caught:
        Outbox(path)
    assert "posted twice" in str(caught.value) and str(path) in str(caught.value)
    assert path.read_bytes() == GARBAGE


def test_a_malformed_question_log_is_named(tmp_path):
    from perfm_bot.records.question_log import QuestionLog

    path = tmp_path / "questions.sqlite"
    malformed(path)
    with pytest.raises(DamagedDatabase, match="questions.sqlite: damaged"):
        QuestionLog(path)


def test_doctor_names_a_damaged_record_and_would_repair_only_caches(settings, capsys):
    settings.state_dir.mkdir()
    (settings.state_dir / "outbox.sqlite").write_bytes(GARBAGE)
    (settings.state_dir / "embeddings.sqlite").write_bytes(GARBAGE)
    code = run("--knowledge", str(settings.knowledge_dir), "--state", str(settings.state_dir), "doctor")
    out = capsys.readouterr().out
    assert code == 1
    assert "outbox.sqlite      DAMAGED" in out and "embeddings.sqlite  DAMAGED" in out
    assert "Would repair" in out and "rebuild embeddings.sqlite" in out and "rebuild outbox" not in out
    assert "Not repaired" in out and "outbox.sqlite" in out.split("Not repaired")[1]
    assert (settings.state_dir / "embeddings.sqlite").read_bytes() == GARBAGE, "without --repair nothing changes"


def test_doctor_on_a_healthy_state_says_so(settings, capsys, fake_embedder):
    from perfm_bot.answering.engine import Engine
    from perfm_bot.editing.store import KnowledgeStore
    from perfm_bot.posting.outbox import Outbox

    Engine(settings, fake_embedder)
    Outbox(settings.outbox).close()
    KnowledgeStore(settings.knowledge_dir, settings.state_dir).history()
    code = run("--knowledge", str(settings.knowledge_dir), "--state", str(settings.state_dir), "doctor")
    out = capsys.readouterr().out
    assert code == 0, out
    assert "outbox.sqlite      ok" in out and "index/             ok" in out and "Everything is in order." in out


def test_doctor_sees_an_index_older_than_the_knowledge(settings, capsys, fake_embedder):
    from perfm_bot.answering.engine import Engine

    from perfm_bot.editing.store import KnowledgeStore

    Engine(settings, fake_embedder)
    KnowledgeStore(settings.knowledge_dir, settings.state_dir).add_faq("Is there coffee?", "Yes.", by="t")
    run("--knowledge", str(settings.knowledge_dir), "--state", str(settings.state_dir), "doctor")
    out = capsys.readouterr().out
    assert "index/             STALE" in out
