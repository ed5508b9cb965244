"""A stored change is answerable at once: the engine embeds only the new chunks and answers with them."""

from __future__ import annotations

from datetime import date

from pathlib import Path

import pytest

from perfm_bot.core.settings import Settings
from perfm_bot.answering.engine import Engine
from perfm_bot.editing.store import KnowledgeStore


@pytest.fixture
def store(settings: Settings, clock) -> KnowledgeStore:
    return KnowledgeStore(settings.knowledge_dir, settings.state_dir, clock)


def test_refresh_after_a_write_embeds_only_the_new_keys(settings: Settings, store: KnowledgeStore, fake_embedder, clock):
    engine = Engine(settings, fake_embedder, clock)
    fake_embedder.calls.clear()

    store.add_faq("Is there a poster session?", "Yes, right after lunch.", by="alice", also=["Will there be posters?"])
    result = engine.refresh()
    assert result.error is None and (result.stats.added, result.stats.removed) == (3, 0)
    assert fake_embedder.calls == [
        ["Is there a poster session?", "Will there be posters?", "Is there a poster session? Yes, right after lunch."]
    ]
    assert engine.ask("Is there a poster session?").text == "Yes, right after lunch."

    # A date keeps its key texts: the vectors move to the new chunk id without the model.
    fake_embedder.calls.clear()
    store.set_deadline("paper", date(2026, 12, 15), by="alice")
    result = engine.refresh()
    assert result.stats.embedded == 0 and result.stats.added == result.stats.removed > 0
    assert engine.ask("When is the paper submission deadline?").text == (
        "Paper submission deadline: Tuesday, December 15, 2026, 23:59 AoE (UTC-12), in 22 days."
    )

    store.undo(by="alice")
    assert engine.refresh().stats.embedded == 0
    assert engine.ask("When is the paper submission deadline?").text == (
        "The paper submission deadline has not been announced yet (TBA)."
    )


def test_a_fresh_engine_picks_up_changes_from_the_saved_index(settings: Settings, store: KnowledgeStore, fake_embedder, clock):
    """The CLI path: `deadline set` only writes; the next `ask` loads the saved index and updates it."""
    Engine(settings, fake_embedder, clock)
    store.add_news("Accepted papers are online.", by="carol")
    engine = Engine(settings, fake_embedder, clock)
    assert (engine.last_report.rebuilt, engine.last_report.stats.added, engine.last_report.stats.embedded) == (False, 2, 2)


def test_a_broken_hand_edit_keeps_the_last_good_knowledge_and_blocks_writes(settings: Settings, store: KnowledgeStore, fake_embedder, clock):
    engine = Engine(settings, fake_embedder, clock)
    store.set_deadline("paper", date(2026, 12, 15), by="alice")
    engine.refresh()
    dates = settings.knowledge_dir / "dates.yaml"
    good = dates.read_text()
    dates.write_text(good.replace("date: 2026-12-15", "date: 2026-12-32"))
    line = good.splitlines().index("    date: 2026-12-15") + 1

    result = engine.refresh()
    assert result.error.problems == [f"{dates}:{line}: 'date': '2026-12-32' is not a real calendar date (write TBA when it is not announced)"]
    assert "December 15, 2026" in engine.ask("When is the paper submission deadline?").text  # still served
    with pytest.raises(Exception, match=f"{dates}:{line}"):
        store.add_faq("Is there a poster session?", "Yes.", by="alice")

    dates.write_text(good.replace("date: 2026-12-15", "date: 2026-12-18"))
    assert engine.refresh().error is None
    assert "December 18, 2026" in engine.ask("When is the paper submission deadline?").text


# --- the real model: what attendees will ask --------------------------------------------------


def test_organizer_updates_answer_real_questions(settings: Settings, store: KnowledgeStore, real_embedder, clock):
    engine = Engine(settings, real_embedder, clock)
    assert "TBA" in engine.ask("When are papers due?").text

    store.set_deadline("paper", date(2026, 12, 15), by="alice")
    engine.refresh()
    answer = engine.ask("When are papers due?")
    assert answer.text == "Paper submission deadline: Tuesday, December 15, 2026, 23:59 AoE (UTC-12), in 22 days."
    assert answer.sources[0].title == "Important dates (set by alice)"

    before = engine.ask("Is there a poster session?")
    assert "poster" not in before.text.lower()
    store.add_faq("Is there a poster session?", "Yes: posters are up all day in Hall B.", by="alice")
    engine.refresh()
    assert engine.ask("Will there be posters at the workshop?").text == "Yes: posters are up all day in Hall B."

    assert "not announced" in engine.ask("Who is giving the keynote?").text
    store.add_news("The keynote will be given by Prof. Ada Lovelace.", by="carol")
    engine.refresh()
    for question in ("Who is giving the keynote?", "Who is the keynote speaker?"):
        answer = engine.ask(question)
        assert answer.answered and "Ada Lovelace" in answer.text, question
    assert answer.sources[0].title == "Workshop news (announced by carol)"
    assert "not announced" in engine.ask("Who are the organizers?").text  # the news does not answer everything

    store.undo(by="carol")
    engine.refresh()
    assert "Ada Lovelace" not in engine.ask("Who is giving the keynote?").text


def test_a_published_answer_wins_over_the_out_of_scope_topics_at_once(tmp_path, real_embedder, clock):
    """out_of_scope.yaml lists volunteering as not published; an announcement about it must answer."""
    import shutil

    from perfm_bot.core.settings import Settings
    from perfm_bot.answering.engine import Engine
    from perfm_bot.editing.store import KnowledgeStore

    knowledge = tmp_path / "knowledge"
    shutil.copytree(Path(__file__).resolve().parents[2] / "knowledge", knowledge)
    engine = Engine(Settings(knowledge, tmp_path / "state"), real_embedder, clock)
    assert not engine.ask("Can I volunteer at the workshop?").answered
    KnowledgeStore(knowledge, tmp_path / "state", clock).add_news(
        "We are looking for student volunteers to help at the workshop; write to the organizers.", by="ada"
    )
    engine.refresh()
    answer = engine.ask("Can I volunteer at the workshop?")
    assert answer.answered and "volunteers" in answer.text
