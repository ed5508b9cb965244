"""Several writers at once, in processes and in threads: every change lands, the files stay valid."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from perfm_bot.sources.loader import load_knowledge
from perfm_bot.editing.store import KnowledgeStore

WRITER = """
import sys
from pathlib import Path
from perfm_bot.editing.store import KnowledgeStore

knowledge, state, name, count = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
store = KnowledgeStore(knowledge, state)
print("ready", flush=True)
sys.stdin.readline()  # every writer starts at the same moment
for i in range(count):
    if name == "news":
        store.add_news(f"News {i} from the news writer.", by=name)
    else:
        store.add_faq(f"Question {i} from writer {name}?", f"Answer {i} from {name}.", by=name)
"""


def test_writer_processes_at_once_lose_nothing(knowledge_dir: Path, tmp_path: Path):
    shipped = load_knowledge(knowledge_dir)
    names, count = ["w1", "w2", "w3", "w4", "news"], 5
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(knowledge_dir), str(tmp_path / "state"), name, str(count)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for name in names
    ]
    for proc in procs:
        assert proc.stdout.readline() == "ready\n"
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err

    knowledge = load_knowledge(knowledge_dir)  # both files are valid
    added = {e.question for e in knowledge.faq} - {e.question for e in shipped.faq}
    assert added == {f"Question {i} from writer {n}?" for n in names[:4] for i in range(count)}
    assert [n.text for n in knowledge.news[len(shipped.news):]] == [f"News {i} from the news writer." for i in range(count)]
    changes = KnowledgeStore(knowledge_dir, tmp_path / "state").history(limit=100)
    assert len(changes) == len(names) * count and {c.state for c in changes} == {"done"}
    assert sorted(c.id for c in changes) == list(range(1, len(names) * count + 1))


def test_writer_threads_at_once_lose_nothing(knowledge_dir: Path, tmp_path: Path, clock):
    store = KnowledgeStore(knowledge_dir, tmp_path / "state", clock)
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def write(n: int) -> None:
        start.wait()
        try:
            for i in range(3):
                store.add_faq(f"Thread {n} question {i}?", "Yes.", by=f"t{n}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    questions = {e.question for e in load_knowledge(knowledge_dir).faq}
    assert {f"Thread {n} question {i}?" for n in range(4) for i in range(3)} <= questions
