"""The organizer commands from the shell: output, exit codes, and that they stay light."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from perfm_bot.cli import knowledge_commands
from perfm_bot.cli import main as cli
from perfm_bot.answering.engine import Engine


@pytest.fixture
def run(settings, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--knowledge", str(settings.knowledge_dir), "--state", str(settings.state_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_deadline_commands(run):
    assert run("deadline", "set", "paper", "2026-12-15", "--by", "alice") == (
        0, "Saved as change #1 by alice: Paper submission deadline (paper): TBA → 2026-12-15 23:59 AoE\n", ""
    )
    code, out, _ = run("deadline", "set", "abstract", "2026-12-08", "--time", "12:00", "--tz", "UTC", "--by", "bob")
    assert code == 0 and out.endswith("TBA → 2026-12-08 12:00 UTC\n")
    code, out, _ = run("deadline", "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 5
    assert lines[1].startswith("paper          Paper submission deadline            2026-12-15 23:59 AoE (")
    assert lines[1].endswith(") [set by alice]") and lines[2].startswith("notification   Author notification                  TBA")
    assert run("deadline", "tba", "paper", "--by", "carol")[1] == (
        "Saved as change #3 by carol: Paper submission deadline (paper): 2026-12-15 23:59 AoE → TBA\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["deadline", "set", "papr", "2026-12-15"], "perfm-bot: unknown deadline 'papr' (did you mean 'paper'?); known: abstract, paper,"),
        (["deadline", "set", "paper", "2026-02-30"], "perfm-bot: '2026-02-30' is not a real calendar date; nothing was changed."),
        (["deadline", "set", "paper", "2026-12-15", "--time", "25:00"], "perfm-bot: '25:00' is not a time of day"),
        (["deadline", "set", "paper", "2026-12-15", "--tz", "Moon/Base"], "perfm-bot: unknown timezone 'Moon/Base'"),
        (["faq", "add", "-q", "New?", "-a", "x" * 1501], "perfm-bot: The answer is 1,501 characters long; the limit is 1,500."),
        (["faq", "add", "-q", "What is the page limit", "-a", "Ten."], "perfm-bot: FAQ 'page-limit' already asks that"),
        (["faq", "remove", "nope"], "perfm-bot: unknown FAQ id 'nope'; known: attend-virtually,"),
        (["news", "add", " "], "perfm-bot: The news text is empty"),
        (["news", "add", "Hello.", "--date", "2026-13-01"], "perfm-bot: '2026-13-01' is not a real calendar date"),
        (["undo"], "perfm-bot: There is nothing to undo."),
    ],
)
def test_bad_input_exits_2_with_a_message_and_changes_nothing(run, settings, args, message):
    before = {p.name: p.read_bytes() for p in settings.knowledge_dir.glob("*.yaml")}
    code, out, err = run(*args, "--by", "alice") if args[-1] != "undo" else run(*args)
    assert (code, out) == (2, "") and err.startswith(message), err
    assert {p.name: p.read_bytes() for p in settings.knowledge_dir.glob("*.yaml")} == before


def test_faq_news_history_and_undo(run, monkeypatch):
    monkeypatch.setattr("perfm_bot.editing.inputs.getpass.getuser", lambda: "osuser")
    assert run("faq", "add", "-q", "Is there a poster session?", "-a", "Yes.", "--also", "Posters?")[1] == (
        "Saved as change #1 by osuser: FAQ 'is-there-a-poster-session' added: \"Is there a poster session?\"\n"
    )
    assert "is-there-a-poster-session    Is there a poster session? [added by osuser]" in run("faq", "list")[1]
    assert run("news", "add", "Accepted papers are online.", "--date", "2026-12-01", "--by", "bob")[1] == (
        "Saved as change #2 by bob: news 'accepted-papers-are-online' (2026-12-01): \"Accepted papers are online.\"\n"
    )
    assert run("news", "list")[1].splitlines()[-1] == "accepted-papers-are-online   2026-12-01 Accepted papers are online."
    assert run("faq", "remove", "review", "--by", "carol")[0] == 0
    assert run("undo", "--by", "dave")[1] == (
        "Saved as change #4 by dave: undo #3: FAQ 'review' removed: \"How are submissions reviewed?\"\n"
    )
    code, out, _ = run("history", "--limit", "3")
    lines = out.splitlines()
    assert code == 0 and [line[:3] for line in lines[:3]] == ["#4 ", "#3 ", "#2 "]
    assert lines[3:] == ["… 1 more (older); use --limit 4 to see all."]  # a cut history says so
    assert lines[1].endswith("carol: FAQ 'review' removed: \"How are submissions reviewed?\" [undone by #4]")


def test_a_broken_file_exits_1_naming_file_and_line(run, settings):
    faq = settings.knowledge_dir / "faq.yaml"
    faq.write_text(faq.read_text() + "- id: half\n  question: Half?\n")
    code, out, err = run("faq", "add", "-q", "New?", "-a", "Yes.", "--by", "a")
    assert code == 1 and f"{faq}:{faq.read_text().count(chr(10)) - 1}: 'answer' is missing" in err
    assert "Nothing was changed" in err


def test_group_without_a_command_shows_its_help(run):
    code, out, _ = run("faq")
    assert code == 2 and "add" in out and "remove" in out


def test_light_commands_load_no_model_or_index(settings):
    k, s = str(settings.knowledge_dir), str(settings.state_dir)
    script = (
        "import sys, perfm_bot.cli.main as c\n"
        f"for args in (['deadline', 'set', 'paper', '2026-12-15', '--by', 'a'], ['deadline', 'list'], ['faq', 'list'],"
        " ['news', 'add', 'Hi.', '--by', 'a'], ['news', 'list'], ['history'], ['undo', '--by', 'a']):\n"
        f"    assert c.main(['--knowledge', {k!r}, '--state', {s!r}, *args]) == 0, args\n"
        "heavy = {'torch', 'sentence_transformers', 'faiss'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_the_done_criteria_from_the_shell(run, monkeypatch, real_embedder, clock):
    """Each `ask` opens a new engine on the saved index, as the real CLI does, with the real model."""
    monkeypatch.setattr(knowledge_commands, "open_engine", lambda settings: Engine(settings, real_embedder, clock))

    assert run("deadline", "set", "paper", "2026-12-15", "--by", "alice")[0] == 0
    out = run("ask", "When are papers due?")[1]
    assert out.startswith("Paper submission deadline: Tuesday, December 15, 2026, 23:59 AoE (UTC-12)") and "TBA" not in out

    assert run("faq", "add", "-q", "Is there a poster session?", "-a", "Yes, in Hall B after lunch.", "--by", "bob")[0] == 0
    assert run("ask", "Will there be a poster session?")[1].startswith("Yes, in Hall B after lunch.\n")

    assert run("news", "add", "The keynote will be given by Prof. Ada Lovelace.", "--by", "carol")[0] == 0
    assert "Prof. Ada Lovelace" in run("ask", "Who is giving the keynote?")[1]
    assert run("undo", "--by", "carol")[0] == 0
    assert "Ada Lovelace" not in run("ask", "Who is giving the keynote?")[1]


def test_the_console_picks_up_changes_and_keeps_the_last_good_knowledge(run, settings, monkeypatch, fake_embedder, clock):
    """A long-running process (the console, like the bot) sees a change made by another command."""
    monkeypatch.setattr(knowledge_commands, "open_engine", lambda s: Engine(s, fake_embedder, clock))
    faq = settings.knowledge_dir / "faq.yaml"

    def break_the_file() -> None:
        faq.write_text(faq.read_text() + "- id: half\n")

    steps = iter([
        (lambda: None, "Is there a poster session?"),
        (lambda: cli.main(["--knowledge", str(settings.knowledge_dir), "--state", str(settings.state_dir),
                           "faq", "add", "-q", "Is there a poster session?", "-a", "Yes, after lunch.", "--by", "a"]),
         "Is there a poster session?"),
        (break_the_file, "Is there a poster session?"),
    ])

    def fake_input(prompt: str = "") -> str:
        try:
            action, question = next(steps)
        except StopIteration:
            raise EOFError from None
        action()
        return question

    monkeypatch.setattr("builtins.input", fake_input)
    code, out, err = run("console")
    answers = [line for line in out.splitlines() if line and not line.startswith(("Saved", "Source"))]
    assert code == 0 and len(answers) == 3 and answers[0] != "Yes, after lunch."
    assert answers[1:] == ["Yes, after lunch.", "Yes, after lunch."]  # the third: the last good knowledge
    assert f"knowledge not reloaded, answering from the last good version:\n{faq}:" in err


def test_news_can_be_scheduled_from_the_shell(run):
    # A time in the future whenever the suite runs: the shell refuses to schedule news in the past.
    soon = (datetime.now(timezone.utc) + timedelta(days=30)).replace(hour=10, minute=0, second=0, microsecond=0)
    code, out, _ = run("news", "add", "Posters are up in Hall B.", "--at", f"{soon:%Y-%m-%d %H:%M} UTC", "--by", "b")
    assert code == 0 and f"to be posted {soon:%Y-%m-%dT%H:%M}+00:00" in out
    past = soon - timedelta(days=60)
    assert run("news", "add", "Too late.", "--at", f"{past:%Y-%m-%d %H:%M} UTC", "--by", "b")[0] == 2
    assert run("news", "add", "Later.", "--at", "someday")[0] == 2
