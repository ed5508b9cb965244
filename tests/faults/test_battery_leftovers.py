"""The fault battery's last BAD cases (README, Reliability), each now refused or warned about with
the file or value named: an empty option, a local time a DST change skips, YAML nested 50,000
deep, doubtful front matter, two pages with one permalink, an --env-file that is a folder, and a
file-size limit on the state folder. (An import redirected to another site: tests/importing.)"""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from perfm_bot.cli.main import main
from perfm_bot.core.errors import KnowledgeError
from perfm_bot.sources.loader import load_knowledge

REPO = Path(__file__).resolve().parents[2]


def cli(settings, *args: str) -> list[str]:
    return ["--knowledge", str(settings.knowledge_dir), "--state", str(settings.state_dir), *args]


def spring_forward(year: int) -> date:
    """The second Sunday of March: clocks in America/New_York skip 02:00-03:00."""
    first = date(year, 3, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7)


SPRING = spring_forward(date.today().year + 1)  # always ahead, and within the accepted range
SKIPPED = f"02:30 does not exist on {SPRING.isoformat()} in America/New_York (the clocks skip it at the DST change), so it means 03:30 EDT (07:30 UTC)"


# --- an empty option is refused, never taken as the default -------------------------------------


@pytest.mark.parametrize(
    "args, option",
    [
        (["deadline", "set", "paper", "2026-12-15", "--tz", ""], "--tz"),
        (["deadline", "set", "paper", "2026-12-15", "--time", " "], "--time"),
        (["news", "add", "The room moved.", "--at", ""], "--at"),
        (["news", "add", "The room moved.", "--date", ""], "--date"),
    ],
)
def test_an_empty_option_is_refused_with_exit_2_and_changes_nothing(settings, capsys, args, option):
    before = {name: (settings.knowledge_dir / name).read_text() for name in ("dates.yaml", "news.yaml")}
    assert main(cli(settings, *args, "--by", "t")) == 2
    err = capsys.readouterr().err
    assert f"{option} is empty; give " in err and "Nothing was changed." in err and "Traceback" not in err
    assert {name: (settings.knowledge_dir / name).read_text() for name in before} == before


# --- a local time that a DST change skips: say which real time it becomes -----------------------


def test_news_at_a_skipped_local_time_says_which_time_it_becomes(settings, capsys):
    assert main(cli(settings, "news", "add", "Spring post.", "--at", f"{SPRING} 02:30 America/New_York", "--by", "t")) == 0
    out = capsys.readouterr().out
    assert f"to be posted {SPRING}T03:30-04:00" in out and f"Note: {SKIPPED}." in out


def test_check_warns_about_a_skipped_local_time_in_a_hand_edited_dates_file(settings, capsys):
    dates = settings.knowledge_dir / "dates.yaml"
    text = dates.read_text()
    at = text.index("date: TBA", text.index("key: paper"))
    dates.write_text(text[:at] + f"date: {SPRING}\n    time: '02:30'\n    timezone: America/New_York" + text[at + len("date: TBA"):])
    line = text[: text.index("key: paper")].count("\n") + 1  # the entry's line, as every dates.yaml problem names it
    assert main(cli(settings, "check")) == 0
    assert f"warning: {dates}:{line}: 'paper': {SKIPPED}; write the time you mean" in capsys.readouterr().err


async def test_announce_at_a_skipped_local_time_says_which_time_it_becomes(make_harness):
    harness = await make_harness()
    result = await harness.slash("announce", {"message": "Spring post.", "at": f"{SPRING} 02:30 America/New_York"}, user="organizer")
    [confirmation] = result.followups
    assert confirmation.content.startswith("Scheduled for <t:") and f"Note: {SKIPPED}." in confirmation.content


# --- YAML nested too deeply for the parser -------------------------------------------------------


def test_yaml_nested_50000_deep_is_named_with_its_file_and_line(settings, capsys):
    faq = settings.knowledge_dir / "faq.yaml"
    text = faq.read_text() + "\n- id: deep\n  question: Deep?\n  answer: Yes.\n  also: " + "[" * 50000 + "]" * 50000 + "\n"
    faq.write_text(text)
    line = len(text.splitlines())
    with pytest.raises(KnowledgeError, match=rf"faq.yaml:{line}: invalid YAML: lists or mappings nested too deeply to read \(50,000 levels\)"):
        load_knowledge(settings.knowledge_dir)
    assert main(cli(settings, "check")) == 1
    err = capsys.readouterr().err
    assert f"faq.yaml:{line}: invalid YAML" in err and "RecursionError" not in err


# --- front matter: a title that is no text, two pages with one permalink ------------------------


def test_check_warns_about_front_matter_that_is_no_text(settings, capsys):
    page = settings.knowledge_dir / "pages" / "broken.md"
    page.write_text("---\ntitle: {a: b}\npermalink: 12345\n---\n# Hello\n\nSome text.\n")
    assert main(cli(settings, "check")) == 0
    err = capsys.readouterr().err
    assert "broken.md: front matter 'title' is a mapping ({'a': 'b'}), not text, so it is ignored and the page is titled 'Hello'" in err
    assert "broken.md: front matter 'permalink' is a number (12345), not a path; the page's address is taken as /12345" in err
    assert next(p for p in load_knowledge(settings.knowledge_dir).pages if p.slug == "broken").title == "Hello"


def test_check_warns_about_two_pages_with_one_permalink(settings, capsys):
    copy = settings.knowledge_dir / "pages" / "copy.md"
    copy.write_text("---\ntitle: Copy\npermalink: /events/perfm-aaai26/\n---\n# Copy\n\nThe page limit is 4 pages.\n")
    assert main(cli(settings, "check")) == 0
    err = capsys.readouterr().err
    assert "copy.md and " in err and "perfm-aaai26.md have the same permalink /events/perfm-aaai26/" in err


def test_check_is_quiet_about_the_shipped_knowledge(settings, capsys):
    assert main(cli(settings, "check")) == 0
    assert "warning" not in capsys.readouterr().err


# --- an --env-file that is a folder --------------------------------------------------------------


def test_an_env_file_that_is_a_folder_is_named(settings, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    folder = tmp_path / "bot.env"
    folder.mkdir()
    assert main(cli(settings, "run", "--env-file", str(folder))) == 1
    err = capsys.readouterr().err
    assert f"{folder}: is a folder, but the settings file (--env-file) must be a file" in err


# --- a file-size limit on the state folder -------------------------------------------------------


def limited(max_bytes: int):
    def apply() -> None:  # in the child only: a write past the limit fails (EFBIG) instead of a signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))
    return apply


def test_a_file_size_limit_on_the_state_names_the_file_and_loses_nothing(settings):
    command = [sys.executable, "-m", "perfm_bot", *cli(settings, "deadline", "set", "paper", "2026-12-15", "--by", "t")]
    dates = settings.knowledge_dir / "dates.yaml"
    before = dates.read_text()
    stopped = subprocess.run(command, preexec_fn=limited(2000), capture_output=True, text=True, timeout=120, cwd=REPO)
    assert stopped.returncode == 1, stopped.stderr
    assert f"{settings.state_dir / 'changes.sqlite'}: cannot be written" in stopped.stderr
    assert "file-size limit" in stopped.stderr and "Traceback" not in stopped.stderr
    assert dates.read_text() == before  # nothing changed without its log entry
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stderr  # without the limit the same command goes through
    assert "date: 2026-12-15" in dates.read_text()


# --- a FAQ question with no words ----------------------------------------------------------------


@pytest.mark.parametrize("question", ["???", "🎉🎉🎉"])
def test_a_faq_question_with_no_words_is_stored_with_a_warning_and_check_names_it(settings, capsys, question):
    assert main(cli(settings, "faq", "add", "-q", question, "-a", "Symbols only.", "--by", "t")) == 0
    out = capsys.readouterr().out
    faq_id = next(e.id for e in load_knowledge(settings.knowledge_dir).faq if e.question == question)
    assert f"warning: the question '{question}' has no words" in out and f"`faq remove {faq_id}`" in out
    assert main(cli(settings, "check")) == 0
    assert f"faq.yaml:" in (err := capsys.readouterr().err) and f"the question '{question}' ({faq_id}) has no words" in err
