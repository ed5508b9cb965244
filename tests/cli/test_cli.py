import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from perfm_bot.cli import knowledge_commands
from perfm_bot.cli import main as cli
from perfm_bot.answering.engine import Engine

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def real_engine(monkeypatch, real_embedder, clock):
    """The CLI's engine, built on the session's model instead of loading another copy."""
    monkeypatch.setattr(knowledge_commands, "open_engine", lambda settings: Engine(settings, real_embedder, clock))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_passes_on_shipped_knowledge_and_names_file_and_line_when_broken(capsys, knowledge_dir: Path):
    code, out, _ = run(capsys, "check", "--knowledge", str(knowledge_dir))
    faq_count = (knowledge_dir / "faq.yaml").read_text().count("\n- id:")  # from the fixture, not the loader
    assert faq_count >= 10
    assert code == 0 and f"OK (1 page(s), {faq_count} FAQ entries, 5 dates, 2 news items)" in out
    (knowledge_dir / "faq.yaml").write_text("- id: a\n  question: Is it?\n")
    code, _, err = run(capsys, "check", "--knowledge", str(knowledge_dir))
    assert code == 1 and f"{knowledge_dir}/faq.yaml:1: 'answer' is missing" in err


def test_environment_names_the_folders(capsys, monkeypatch, knowledge_dir: Path):
    monkeypatch.setenv("PERFM_KNOWLEDGE", str(knowledge_dir / "missing"))
    code, _, err = run(capsys, "check")
    assert code == 1 and "knowledge folder not found" in err


def test_ask_json_has_the_documented_shape(capsys, real_engine, settings):
    code, out, _ = run(
        capsys, "ask", "Is the review double blind?", "--json", "--knowledge", str(settings.knowledge_dir), "--state", str(settings.state_dir)
    )
    data = json.loads(out)
    assert code == 0
    assert data["answered"] is True and data["kind"] == "faq" and "double-blind" in data["answer"]
    assert data["sources"] == [
        {"title": "PerFM Workshop @ AAAI 2026 › Submissions and Timeline", "url": "/events/perfm-aaai26/#3-submissions-and-timeline"}
    ]
    assert set(data) == {"question", "answered", "answer", "sources", "score", "kind"}


def test_perfm_bot_ask_runs_the_real_engine_open_path(settings, real_embedder):
    """The installed command in its own process, nothing patched: Engine.open loads the bundled
    model offline, opens the index in the state folder (built here with the same model, as
    `perfm-bot index` would, to spare a second embedding of everything) and answers from it."""
    Engine(settings, real_embedder)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "PERFM_"))}
    env["HF_HUB_OFFLINE"] = "1"
    knowledge_dir, state, tmp_path = settings.knowledge_dir, settings.state_dir, settings.state_dir.parent
    done = subprocess.run(
        [str(Path(sys.executable).parent / "perfm-bot"), "ask", "What is the page limit?", "--json",
         "--knowledge", str(knowledge_dir), "--state", str(state)],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    data = json.loads(done.stdout)
    assert data["answered"] is True and data["kind"] == "faq"
    assert data["answer"] == "Submissions are PDFs of at most 9 pages, excluding references and appendices."
    assert data["sources"][0]["url"] == "/events/perfm-aaai26/#3-submissions-and-timeline"
    assert "Traceback" not in done.stderr


def test_ask_refuses_bad_input_before_loading_anything(capsys, monkeypatch):
    monkeypatch.setattr(knowledge_commands, "open_engine", lambda settings: pytest.fail("no engine for a refused question"))
    code, _, err = run(capsys, "ask", "x" * 501)
    assert code == 2 and "501 characters long; the limit is 500" in err
    code, _, err = run(capsys, "ask", "   ")
    assert code == 2 and "Please type a question" in err


def test_eval_json_reports_counts_and_failures(capsys, real_engine, settings, tmp_path: Path):
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "- q: page limit?\n  expect: ['9 pages']\n"
        "- q: What is the registration fee?\n  answerable: false\n  forbid: ['$']\n"
        "- q: When is the paper deadline?\n  expect: ['December 1']\n"
    )
    code, out, _ = run(capsys, "eval", str(cases), "--json", "--knowledge", str(settings.knowledge_dir), "--state", str(settings.state_dir))
    data = json.loads(out)
    assert code == 0
    assert {k: data[k] for k in ("answerable_correct", "answerable_total", "abstained_correct", "unanswerable_total", "forbidden_hits")} == {
        "answerable_correct": 1,
        "answerable_total": 2,
        "abstained_correct": 1,
        "unanswerable_total": 1,
        "forbidden_hits": 0,
    }
    assert [f["line"] for f in data["failures"]] == [6]


def test_eval_file_errors_name_the_line(capsys, tmp_path: Path):
    cases = tmp_path / "cases.yaml"
    cases.write_text("- q: fine?\n  expect: [x]\n- q: no expectations\n")
    code, _, err = run(capsys, "eval", str(cases))
    assert code == 1 and f"{cases}:3: an answerable case needs at least one 'expect' phrase" in err


def test_console_answers_lines_from_stdin(capsys, monkeypatch, real_engine, settings):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("page limit?\n" + "y" * 600 + "\n"))
    code, out, _ = run(capsys, "console", "--knowledge", str(settings.knowledge_dir), "--state", str(settings.state_dir))
    assert code == 0 and "9 pages" in out and "the limit is 500" in out


def test_light_commands_do_not_import_the_model_stack(knowledge_dir: Path):
    probe = (
        "import sys, perfm_bot.cli.main as c\n"
        f"code = c.main(['check', '--knowledge', {str(knowledge_dir)!r}])\n"
        "heavy = sorted(m for m in ('torch', 'sentence_transformers', 'faiss', 'transformers') if m in sys.modules)\n"
        "assert code == 0 and not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True, cwd=REPO, capture_output=True)
