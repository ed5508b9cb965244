"""The answer-quality floor, on the real model: the project's promise to attendees."""

from pathlib import Path

import pytest

from perfm_bot.core.settings import Settings
from perfm_bot.answering.engine import Engine
from perfm_bot.answering.evaluation import format_result, load_cases, run_eval

REPO = Path(__file__).resolve().parents[2]
QUESTIONS = REPO / "tests" / "eval" / "questions.yaml"


@pytest.fixture(scope="module")
def engine(real_embedder, tmp_path_factory):
    from datetime import datetime, timezone

    settings = Settings(knowledge_dir=REPO / "knowledge", state_dir=tmp_path_factory.mktemp("state"))
    return Engine(settings, real_embedder, clock=lambda: datetime(2026, 11, 24, tzinfo=timezone.utc))


def test_question_set_is_big_and_varied_enough():
    cases = load_cases(QUESTIONS)
    assert len(cases) >= 60
    assert sum(not c.answerable for c in cases) >= 12


def test_answer_quality_holds_the_floor(engine):
    result = run_eval(load_cases(QUESTIONS), engine.ask_many)
    report = format_result(result, str(QUESTIONS))
    assert result.answerable_rate >= 0.95, report
    assert result.abstain_rate >= 0.90, report
    assert result.forbidden_hits == 0, report


def test_the_ranking_beats_the_plain_dense_baseline(engine):
    cases = load_cases(QUESTIONS)
    ours = run_eval(cases, engine.ask_many)
    plain = run_eval(cases, lambda qs: engine.ask_many(qs, plain=True))
    assert ours.answerable_correct + ours.abstained_correct > plain.answerable_correct + plain.abstained_correct
