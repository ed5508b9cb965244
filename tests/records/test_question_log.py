"""The question log, feedback and escalation queue: plain SQLite, no Discord."""

from __future__ import annotations

from datetime import timedelta

import pytest

from perfm_bot.answering.compose import Answer
from perfm_bot.index.chunking import Source
from perfm_bot.core.errors import InputError
from perfm_bot.records.question_log import Asked, QuestionLog, topic_of

PAGE = Source("PerFM › Submissions and Timeline", "/events/perfm-aaai26/#3-submissions-and-timeline")


def answered(question: str, chunk_id: str = "faq:page-limit:abc", kind: str = "faq") -> Answer:
    origin, ref = chunk_id.split(":")[0], chunk_id.split(":")[1].partition("#")[0]
    return Answer(question, True, "Submissions are PDFs of at most 9 pages.", (PAGE,), 1.2, kind, chunk_id, origin, ref)


def abstained(question: str) -> Answer:
    return Answer(question, False, "I don't know.", (), 0.2, "none")


def where(user: int = 1, channel: int = 100, **kw) -> Asked:
    return Asked(asker_id=user, asker_name=f"user{user}", via=kw.pop("via", "slash"), channel_id=channel, **kw)


@pytest.fixture
def log(tmp_path, clock) -> QuestionLog:
    return QuestionLog(tmp_path / "state" / "questions.sqlite", clock)


def test_an_answered_question_is_logged_and_stays_out_of_the_queue(log):
    q = log.record(where(), answered("What is the page limit?"))
    assert (q.id, q.label, q.answered, q.kind, q.topic) == (1, "Q1", True, "faq", "FAQ: page-limit")
    assert log.open_items() == []


def test_an_abstention_opens_a_queue_item_and_escalating_it_marks_it(log):
    q = log.record(where(), abstained("Can I bring my dog?"))
    [item] = log.open_items()
    assert (item.question.id, item.reason, item.state) == (q.id, "abstained", "open")
    item, changed = log.escalate(q.id, user_id=1)
    assert changed and item.reason == "escalated"
    item, changed = log.escalate(q.id, user_id=2)  # a second click changes nothing
    assert not changed and item.reason == "escalated"


def test_the_queue_is_oldest_first_and_closing_removes_an_item(log, clock):
    first = log.record(where(user=1), abstained("Is there a dinner?"))
    clock.now += timedelta(minutes=5)
    second = log.record(where(user=2), answered("What is the page limit?"))
    clock.now += timedelta(minutes=5)
    log.escalate(second.id, user_id=2)  # answered, but the attendee wants a person
    assert [i.question.id for i in log.open_items()] == [first.id, second.id]
    item = log.close(first.id, by="organizer", answer="Yes, on the evening of the workshop.", delivered_to="thread")
    assert (item.state, item.answered_by, item.delivered_to) == ("answered", "organizer", "thread")
    assert [i.question.id for i in log.open_items()] == [second.id]
    with pytest.raises(InputError, match="Q1 was already answered by organizer"):
        log.close(first.id, by="other", answer="again", delivered_to="dm")


def test_unknown_ids_are_refused_with_a_hint(log):
    with pytest.raises(InputError, match="There is no question Q42; /unanswered lists the open ones"):
        log.escalate(42, user_id=1)
    with pytest.raises(InputError, match="Q7"):
        log.close(7, by="o", answer="a", delivered_to="dm")


def test_an_organizer_may_answer_a_question_that_was_never_queued(log):
    q = log.record(where(), answered("What is the page limit?"))
    item = log.close(q.id, by="organizer", answer="9 pages, plus references.", delivered_to="channel", faq_id="x")
    assert (item.state, item.faq_id) == ("answered", "x")


def test_feedback_is_one_vote_per_person_and_can_change(log):
    q = log.record(where(), answered("What is the page limit?"))
    log.add_feedback(q.id, user_id=5, helpful=True)
    log.add_feedback(q.id, user_id=5, helpful=False)
    log.add_feedback(q.id, user_id=6, helpful=True)
    stats = log.stats()
    assert (stats.helpful, stats.not_helpful) == (1, 1)


def test_threads_of_questions_are_recognised(log):
    q = log.record(where(via="ask-channel", thread_id=555, message_id=555), answered("What is the page limit?"))
    r = log.record(where(), answered("Is the review double-blind?", "faq:review:x"))
    log.set_reply(r.id, reply_id=777)
    assert log.is_question_thread(555) and log.is_question_thread(777)  # a thread started on an answer
    assert not log.is_question_thread(q.channel_id)


def test_stats_count_answers_escalations_and_topics(log):
    for _ in range(3):
        log.record(where(), answered("What is the page limit?"))
    log.record(where(), answered("When is the paper deadline?", "date:paper:x", "date"))
    dog = log.record(where(), abstained("Can I bring my dog?"))
    log.escalate(dog.id, user_id=1)
    log.record(where(), abstained("Is there a dinner?"))
    stats = log.stats(top=2)
    assert (stats.asked, stats.answered, stats.open_items, stats.escalated_open) == (6, 4, 2, 1)
    assert stats.answered_share == pytest.approx(4 / 6)
    assert stats.top_topics == (("FAQ: page-limit", 3), ("Date: paper", 1))


def test_everything_survives_a_restart(tmp_path, clock):
    path = tmp_path / "questions.sqlite"
    log = QuestionLog(path, clock)
    q = log.record(where(), abstained("Can I bring my dog?"))
    log.escalate(q.id, user_id=1)
    again = QuestionLog(path, clock)
    [item] = again.open_items()
    assert (item.question.question, item.reason) == ("Can I bring my dog?", "escalated")
    assert again.record(where(), abstained("Next?")).id == q.id + 1


def test_topics_name_what_answered():
    assert topic_of(answered("q", "date:*:abc", "date")) == "Important dates"
    assert topic_of(answered("q", "news:website-launched:abc", "passage")) == "News"
    assert topic_of(answered("q", "page:perfm#x:abc", "passage")) == PAGE.title
    assert topic_of(abstained("q")) == "(not answered)"


def test_a_declined_part_of_an_answered_message_is_its_own_open_question(log):
    """'when's camera-ready and what size are posters?': the date is answered, the size is not;
    the open part goes to the organizers' queue and keeps out of the thread's follow-up context."""
    date = answered("when is camera-ready")
    size = Answer("what size are posters", False, "I don't know.", (), 0.3, "none", intent="other")
    hello = Answer("hi bot", False, "Hi!", (), 0.0, "none", intent="chit-chat")
    message = Answer("hi bot, when's camera-ready and what size are posters?", True, "…", (PAGE,), 1.2, "faq", parts=(hello, date, size))
    q = log.record(where(thread_id=555), message)
    [part] = log.open_parts(q.id)
    assert (part.question, part.answered, part.thread_id) == ("what size are posters", False, 555)
    assert [i.question.id for i in log.open_items()] == [part.id]  # the greeting is no question for anyone
    assert log.previous_in(thread_id=555).id == q.id  # a follow-up continues the message, not its part
    assert log.stats().asked == 2 and log.stats().answered == 1  # /stats sees the part


def test_a_log_from_before_parts_gains_the_column_and_keeps_its_rows(tmp_path, clock):
    import sqlite3

    path = tmp_path / "questions.sqlite"
    QuestionLog(path, clock).record(where(), answered("What is the page limit?"))
    with sqlite3.connect(path) as db:  # the shape a log had before per-part records
        db.execute("ALTER TABLE questions DROP COLUMN part_of")
    reopened = QuestionLog(path, clock)
    assert reopened.get(1).question == "What is the page limit?" and reopened.open_parts(1) == []
