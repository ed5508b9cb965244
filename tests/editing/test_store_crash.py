"""A writer killed at any instant leaves the old file or the new, never a torn one, and the log
settles on the next store call. The child processes are real writers killed with SIGKILL."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from perfm_bot.sources.loader import load_knowledge
from perfm_bot.editing.store import KnowledgeStore

# Pauses the real writer at a chosen instant by wrapping a library call, so no test hook lives in
# the product code: before the rename (the new text is complete and fsynced in the temp file), or
# after it (the file is replaced but the log does not know yet).
PAUSED_WRITER = """
import os, sys, time
from pathlib import Path
import perfm_bot.editing.changelog
from perfm_bot.editing.store import KnowledgeStore

def pause(*args, **kwargs):
    print("paused", flush=True)
    time.sleep(120)

if sys.argv[3] == "before-rename":
    os.replace = pause
else:
    perfm_bot.editing.changelog.ChangeLog.finish = pause
KnowledgeStore(Path(sys.argv[1]), Path(sys.argv[2])).add_faq("Is there a poster session?", "Yes, after lunch.", by="alice")
print("finished", flush=True)
"""

LOOPING_WRITER = """
import sys
from pathlib import Path
from perfm_bot.editing.store import KnowledgeStore

store = KnowledgeStore(Path(sys.argv[1]), Path(sys.argv[2]))
print("started", flush=True)
i = 0
while True:
    store.add_faq(f"Round {sys.argv[3]}, question {i}?", "An answer that takes some room. " * 40, by="loop")
    if i == 0 and sys.argv[3] == "0":
        print("one done", flush=True)
    i += 1
"""


def start(script: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read()


def stray_temp_files(knowledge_dir: Path) -> list[Path]:
    return sorted(knowledge_dir.glob(".*.tmp"))


@pytest.mark.parametrize("where", ["before-rename", "after-rename"])
def test_killed_mid_write_leaves_old_or_new_and_the_log_settles(knowledge_dir: Path, tmp_path: Path, where: str):
    faq = knowledge_dir / "faq.yaml"
    old = faq.read_bytes()
    proc = start(PAUSED_WRITER, str(knowledge_dir), str(tmp_path / "state"), where)
    assert proc.stdout.readline() == "paused\n", proc.stderr.read()
    kill(proc)

    knowledge = load_knowledge(knowledge_dir)  # valid as it is, before any recovery
    store = KnowledgeStore(knowledge_dir, tmp_path / "state")
    [change] = store.history()
    if where == "before-rename":
        assert faq.read_bytes() == old and len(stray_temp_files(knowledge_dir)) == 0  # history() cleaned it up
        assert change.state == "abandoned"
        with pytest.raises(Exception, match="nothing to undo"):
            store.undo(by="bob")
    else:
        assert knowledge.faq[-1].question == "Is there a poster session?"
        assert change.state == "done"
        store.undo(by="bob")
        assert faq.read_bytes() == old


def test_the_temp_file_of_a_killed_writer_is_complete_but_never_read(knowledge_dir: Path, tmp_path: Path):
    proc = start(PAUSED_WRITER, str(knowledge_dir), str(tmp_path / "state"), "before-rename")
    assert proc.stdout.readline() == "paused\n"
    kill(proc)
    [temp] = stray_temp_files(knowledge_dir)
    assert temp.read_text().endswith("  answer: Yes, after lunch.\n  by: alice\n")
    KnowledgeStore(knowledge_dir, tmp_path / "state").add_news("Still fine.", by="bob")
    assert stray_temp_files(knowledge_dir) == []


def test_random_kills_never_tear_the_file_or_lose_a_logged_change(knowledge_dir: Path, tmp_path: Path):
    shipped = len(load_knowledge(knowledge_dir).faq)
    rng = random.Random(20261124)
    for round_ in range(6):
        proc = start(LOOPING_WRITER, str(knowledge_dir), str(tmp_path / "state"), str(round_))
        assert proc.stdout.readline() == "started\n", proc.stderr.read()
        if round_ == 0:  # one change lands before the first kill, so the last assert holds on any machine
            assert proc.stdout.readline() == "one done\n", proc.stderr.read()
        proc.stdout.close()
        try:
            proc.wait(timeout=rng.uniform(0.05, 0.4))
        except subprocess.TimeoutExpired:
            pass
        kill(proc)
        knowledge = load_knowledge(knowledge_dir)  # parses, whatever instant the writer died at
        changes = KnowledgeStore(knowledge_dir, tmp_path / "state").history(limit=10_000)
        assert "pending" not in {c.state for c in changes}
        done = [c for c in changes if c.state == "done"]
        assert len(knowledge.faq) == shipped + len(done)  # every change in the file is logged, and vice versa
    assert len(done) >= 1  # the writers did get work done between kills (round 0 waits for one)
