"""The smaller faults: each ends in a message that names what is wrong, never a traceback or a silent loss."""

from __future__ import annotations


import pytest

from perfm_bot.cli.main import main
from perfm_bot.core.errors import InputError, KnowledgeError
from perfm_bot.sources.loader import load_knowledge


def cli(settings, *args: str) -> list[str]:
    return ["--knowledge", str(settings.knowledge_dir), "--state", str(settings.state_dir), *args]


# --- YAML that never closes a construct names the line where it opens -------------------------


@pytest.mark.parametrize("broken, opened", [('  answer: "never closed\n', "quoted scalar"), ("  also: [one, two\n", "flow sequence")])
def test_an_unclosed_construct_names_the_line_it_opens(knowledge_dir, broken, opened):
    """Unclosed in the last entry, PyYAML finds the problem at the end of the stream, a line past the file."""
    faq = knowledge_dir / "faq.yaml"
    text = faq.read_text().rstrip("\n") + "\n- id: broken\n  question: Is this broken?\n" + broken
    faq.write_text(text)
    line = len(text.splitlines())
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_dir)
    assert f"faq.yaml:{line}: invalid YAML: a {opened} opened on this line is never closed" in str(caught.value)


# --- size caps ---------------------------------------------------------------------------------


def test_a_huge_faq_file_is_refused_with_its_size_and_the_limit(knowledge_dir):
    faq = knowledge_dir / "faq.yaml"
    faq.write_text(faq.read_text() + "#" + "x" * (3 * 1024 * 1024) + "\n")
    with pytest.raises(KnowledgeError, match=r"faq.yaml: is 3.0 MB; the limit for this file is 2 MB"):
        load_knowledge(knowledge_dir)


def test_a_huge_page_is_refused_and_the_other_files_still_checked(knowledge_dir):
    (knowledge_dir / "pages" / "huge.md").write_text("# Huge\n\n" + "word " * (1_200_000))
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_dir)
    assert len(caught.value.problems) == 1 and "huge.md: is 5.7 MB; the limit for this file is 5 MB" in str(caught.value)


# --- history says when it is cut ---------------------------------------------------------------


def test_history_says_how_many_more_there_are(settings, capsys):
    from perfm_bot.editing.store import KnowledgeStore

    store = KnowledgeStore(settings.knowledge_dir, settings.state_dir)
    for n in range(4):
        store.add_faq(f"Question number {n}?", "Yes.", by="t")
    assert main(cli(settings, "history", "--limit", "3")) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 4 and out[-1] == "… 1 more (older); use --limit 4 to see all."
    assert main(cli(settings, "history")) == 0
    assert "more" not in capsys.readouterr().out


# --- questions of invisible characters ---------------------------------------------------------


@pytest.mark.parametrize(
    "question", ["\x00\x00", "\x01\x02\x1b", "\u200b\u200c\u200d\ufeff", " \x00 \u200b ", "\x01\x02\x1b[2J\x7f"]
)
def test_a_question_of_invisible_characters_is_empty(question):
    from perfm_bot.answering.compose import check_question

    with pytest.raises(InputError, match="Please type a question"):
        check_question(question)


def test_a_question_keeps_its_visible_text():
    from perfm_bot.answering.compose import check_question

    assert check_question("When\u200b is the\x00 deadline?") == "When is the deadline?"


def test_invalid_utf8_on_the_command_line_is_bad_input(settings, capsys):
    question = b"when \xff\xfe deadline".decode("utf-8", "surrogateescape")  # what Python makes of such argv bytes
    assert main(cli(settings, "ask", question)) == 2
    assert "not valid UTF-8" in capsys.readouterr().err


# --- FAQ questions of symbols only -------------------------------------------------------------


def test_symbol_only_faq_questions_get_distinct_ids(settings):
    from perfm_bot.editing.store import KnowledgeStore

    store = KnowledgeStore(settings.knowledge_dir, settings.state_dir)
    ids = [store.add_faq(q, "An answer.", by="t").ref for q in ("???", "!!!", "¿¡ €€ ?")]
    assert len(set(ids)) == 3 and all(i.startswith("faq-") for i in ids)
    assert {e.id for e in load_knowledge(settings.knowledge_dir).faq} >= set(ids)


# --- a binary .env -----------------------------------------------------------------------------


def test_a_binary_env_file_is_named(settings, tmp_path, capsys):
    env = tmp_path / "binary.env"
    env.write_bytes(bytes(range(256)) * 4)
    assert main(cli(settings, "run", "--env-file", str(env))) == 1
    err = capsys.readouterr().err
    assert f"{env}: not a text settings file" in err and "Traceback" not in err


# --- a model that cannot be loaded -------------------------------------------------------------


@pytest.mark.parametrize("model", ["no-such-org/no-such-model", "{tmp}"])
def test_a_bad_model_names_it_and_says_what_is_accepted(settings, tmp_path, capsys, monkeypatch, model):
    model = model.format(tmp=tmp_path)
    monkeypatch.setenv("PERFM_MODEL", model)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert main(cli(settings, "ask", "When is the deadline?")) == 1
    err = capsys.readouterr().err
    assert f"the embedding model '{model}' (PERFM_MODEL) cannot be loaded" in err
    assert "Accepted: the bundled 'all-MiniLM-L6-v2'" in err and "Traceback" not in err


# --- emptied knowledge files -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["dates.yaml", "faq.yaml", "news.yaml", "out_of_scope.yaml"])
def test_check_warns_about_an_emptied_file(settings, capsys, name):
    (settings.knowledge_dir / name).write_text("")
    assert main(cli(settings, "check")) == 0
    err = capsys.readouterr().err
    assert f"warning: {settings.knowledge_dir / name}: holds no" in err


def test_check_does_not_warn_about_full_files(settings, capsys):
    entries = {"dates.yaml": "\n  - key:", "faq.yaml": "\n- id:", "news.yaml": "\n- id:", "out_of_scope.yaml": "\n- topic:"}
    for name, entry in entries.items():  # the fixture: every shipped file has entries
        assert (settings.knowledge_dir / name).read_text().count(entry) >= 2, name
    assert main(cli(settings, "check")) == 0
    err = capsys.readouterr().err
    assert "holds no" not in err and "warning" not in err


async def test_the_bot_tells_the_organizers_when_a_reload_drops_most_dates(make_harness):
    harness = await make_harness()
    reloading = harness.bot.get_cog("Knowledge reload")
    count = (harness.services.settings.knowledge_dir / "dates.yaml").read_text().count("- key:")  # from the fixture
    assert count == 5
    (harness.services.settings.knowledge_dir / "dates.yaml").write_text("timezone: AoE\ndates: []\n")
    result = await reloading.reload_once()
    assert result is not None and result.error is None and harness.services.engine.knowledge.dates == ()
    told = harness.offline.capture.find("POST", f"/channels/{harness.channel_id('organizers')}/messages")
    assert len(told) == 1
    assert f"dates.yaml: {count} dates before this reload, 0 now" in told[0].message["content"]
