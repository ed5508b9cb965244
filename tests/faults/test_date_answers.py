"""Date answers are isolated per item: one bad date record (its instant overflows, its zone is
broken) never stops the answers about the other dates, the overview of the dates, the other
questions asked with it, nor the answer to its own question when other material answers it.

The bad record is injected in memory, as one that got past the doors would be (the loader refuses
both kinds in a file). The engine is the real one: the bundled model, real FAISS, the real ranking.
"""

from __future__ import annotations

import dataclasses
import logging
import shutil
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from perfm_bot.answering.engine import Engine
from perfm_bot.core.settings import Settings
from perfm_bot.sources.records import ImportantDate, Knowledge

SHIPPED = Path(__file__).resolve().parents[2] / "knowledge"
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
# Other material that answers the abstract's question (not the camera-ready's): an organizer's FAQ entry.
ABSTRACT_FAQ = (
    "\n- id: abstract-before-paper\n"
    "  question: How much earlier than papers are abstracts due?\n"
    "  answer: The abstract submission deadline is one week before the paper deadline, at 23:59 AoE.\n"
)
BAD = {
    "year 9999": dict(day=date(9999, 12, 31)),  # 23:59 AoE on 9999-12-31 is past datetime.max in UTC
    "broken zone": dict(day=date(2026, 12, 1), timezone="Mars/Olympus_Mons"),
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, real_embedder) -> Engine:
    root = tmp_path_factory.mktemp("date-answers")
    shutil.copytree(SHIPPED, root / "knowledge")
    faq = root / "knowledge" / "faq.yaml"
    faq.write_text(faq.read_text() + ABSTRACT_FAQ)
    return Engine(Settings(root / "knowledge", root / "state"), real_embedder, lambda: NOW)


@pytest.fixture
def shipped(engine: Engine):
    knowledge = engine.knowledge
    yield knowledge
    engine.knowledge = knowledge


def changed(knowledge: Knowledge, key: str, **fields: object) -> Knowledge:
    """The paper deadline set (a good date), and the record ``key`` changed by ``fields``."""
    def change(d: ImportantDate) -> ImportantDate:
        if d.key == "paper":
            return dataclasses.replace(d, day=date(2026, 12, 15))
        return dataclasses.replace(d, **fields) if d.key == key else d
    return dataclasses.replace(knowledge, dates=tuple(change(d) for d in knowledge.dates))


@pytest.mark.parametrize("bad", BAD)
def test_the_bad_record_really_fails(shipped: Knowledge, bad: str):
    """The fault is real: the bad record's instant cannot be computed."""
    record = changed(shipped, "camera-ready", **BAD[bad]).date("camera-ready")
    with pytest.raises((OverflowError, ValueError)):
        record.instant()


@pytest.mark.parametrize("bad", BAD)
def test_one_bad_date_never_stops_the_other_answers(engine: Engine, shipped: Knowledge, bad: str, caplog):
    engine.knowledge = changed(shipped, "camera-ready", **BAD[bad])
    questions = [
        "When is the paper deadline?",
        "What are the important dates?",
        "What is the page limit?",
        "When is the camera-ready deadline? And what is the page limit?",
        "When is the camera-ready deadline?",
    ]
    with caplog.at_level(logging.WARNING, logger="perfm_bot.isolation"):
        paper, overview, pages, two_parts, own = engine.ask_many(questions)  # one batch, as the bot asks

    assert paper.answered and paper.kind == "date"
    assert paper.text.startswith("Paper submission deadline: Tuesday, December 15, 2026, 23:59 AoE")
    assert overview.answered and overview.text.startswith("Important dates:")
    assert "• Paper submission deadline: Tuesday, December 15, 2026" in overview.text
    assert "Camera-ready" not in overview.text  # left out, not shown half-made
    assert "• Workshop date: TBA" in overview.text  # the date listed after the bad one is still there
    assert pages.answered and "9 pages" in pages.text
    assert len(two_parts.parts) == 2 and two_parts.parts[1].answered and "9 pages" in two_parts.parts[1].text
    # Its own question: no other material holds it, so it is declined, never answered with another date.
    assert not own.answered and own.kind == "none" and "December" not in own.text
    assert not two_parts.parts[0].answered
    named = [r.getMessage() for r in caplog.records if "date 'camera-ready'" in r.getMessage()]
    assert named, "the bad record is logged by name"


def test_other_material_answers_the_bad_dates_own_question(engine: Engine, shipped: Knowledge):
    question = "When is the abstract deadline?"
    engine.knowledge = changed(shipped, "abstract", day=date(2026, 12, 8))
    working = engine.ask(question)
    # The control: while the record works, it is the answer (so the bad case below reaches it).
    assert (working.kind, working.ref) == ("date", "abstract") and "December 8, 2026" in working.text

    for bad in BAD.values():
        engine.knowledge = changed(shipped, "abstract", **bad)
        answer = engine.ask(question)
        assert (answer.answered, answer.origin, answer.ref) == (True, "faq", "abstract-before-paper"), answer
        assert answer.text == "The abstract submission deadline is one week before the paper deadline, at 23:59 AoE."


def test_a_question_that_cannot_be_answered_never_takes_its_batch_down(engine: Engine, shipped: Knowledge, caplog):
    """The bot asks many questions in one call; one whose answer raises (here a news record whose
    day is no date, so the news digest cannot format it) is declined, and the others are answered."""
    broken = dataclasses.replace(shipped.news[-1], day="2026-13-45")  # type: ignore[arg-type]
    engine.knowledge = dataclasses.replace(shipped, news=(*shipped.news[:-1], broken))
    with caplog.at_level(logging.ERROR, logger="perfm_bot.answering.engine"):
        news, pages, paper = engine.ask_many(["What's new?", "What is the page limit?", "When is the paper deadline?"])
    assert not news.answered and news.kind == "none"
    assert pages.answered and "9 pages" in pages.text
    assert paper.answered and "not been announced" in paper.text
    assert any(r.getMessage().startswith("could not answer 'what is new?'") for r in caplog.records), "logged, with the question"
