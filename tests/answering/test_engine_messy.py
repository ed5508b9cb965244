"""Messy messages through the real engine and model: parts, threads, declines, dates only when asked."""

from datetime import datetime, timezone
from pathlib import Path

import pytest

from perfm_bot.answering.engine import Engine
from perfm_bot.core.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SCHEDULE_DRAFT = ("8:30", "11:50", "12:55", "Poster setup", "Lunch break", "Opening remarks")


@pytest.fixture(scope="module")
def engine(real_embedder, tmp_path_factory):
    settings = Settings(knowledge_dir=REPO / "knowledge", state_dir=tmp_path_factory.mktemp("state"))
    return Engine(settings, real_embedder, clock=lambda: datetime(2026, 11, 24, tzinfo=timezone.utc))


def _page_engine(real_embedder, tmp_path: Path, now: datetime, page: str) -> Engine:
    """An engine over one Markdown page, as a workshop's pages/index.md."""
    pages = tmp_path / "k" / "pages"
    pages.mkdir(parents=True)
    (pages / "index.md").write_text(page, encoding="utf-8")
    return Engine(Settings(knowledge_dir=tmp_path / "k", state_dir=tmp_path / "s"), real_embedder, clock=lambda: now)


def test_two_questions_get_two_answers_in_one_reply(engine):
    reply = engine.ask("whats the page limit and is it double blind")
    assert reply.answered and len(reply.parts) == 2
    assert "9 pages" in reply.parts[0].text and "double-blind" in reply.parts[1].text
    assert "9 pages" in reply.text and "double-blind" in reply.text
    assert [p["answered"] for p in reply.to_dict()["parts"]] == [True, True]


def test_each_part_is_answered_or_declined_on_its_own(engine):
    reply = engine.ask("can i submit wip? also how much is registration")
    first, second = reply.parts
    assert first.answered and "work-in-progress" in first.text
    assert not second.answered and "USD" not in second.text
    assert reply.answered  # one part was answered


def test_a_follow_up_is_read_with_the_previous_message_of_its_thread(engine):
    alone, threaded = engine.ask_many(["and the full paper?"] * 2, contexts=[None, "when is the abstract deadline?"])
    assert threaded.answered and threaded.origin == "date" and threaded.ref == "paper"
    assert alone.origin != "date"
    (refs,) = engine.ask_many(["does that include refs?"], contexts=["what's the page limit?"])
    assert refs.answered and "excluding references" in refs.text


def test_date_answers_only_for_questions_that_ask_when(engine):
    about = engine.ask("the workshop sounds super cool, what's it about?")
    assert about.origin != "date" and "has not been announced" not in about.text
    when = engine.ask("📅 when's the workshop happening")
    assert when.origin == "date" and when.ref == "workshop"


def test_program_times_say_the_schedule_is_not_published_and_never_leak_the_draft(engine):
    for question in ("what time does the poster session start?", "when's lunch?", "how long is each invited talk?"):
        reply = engine.ask(question)
        assert "schedule is not published yet" in reply.text, question
        assert not any(t in reply.text for t in SCHEDULE_DRAFT), question


@pytest.mark.parametrize("message", ["write a poem about the workshop", "tell me a joke", "thanks!!", "good bot"])
def test_off_topic_and_chit_chat_are_declined_without_a_passage(engine, message):
    reply = engine.ask(message)
    assert not reply.answered and reply.sources == ()
    assert "dates and deadlines" in reply.text


def test_a_general_knowledge_question_is_declined_without_a_passage(engine):
    # "attention" shares its first letters with "attend", so this one reaches the search; the fit
    # and the threshold still decline it, with the generic pointer to the organizers.
    reply = engine.ask("can you explain attention in transformers")
    assert not reply.answered and reply.sources == ()


def test_a_near_answer_is_declined(engine):
    assert not engine.ask("can i put my submission on arxiv before the review?").answered
    assert engine.ask("can i attend virtually?").answered


def test_all_parts_are_encoded_in_one_model_call(engine, monkeypatch):
    calls = []
    encode = engine.embedder.encode
    monkeypatch.setattr(engine.embedder, "encode", lambda texts: calls.append(list(texts)) or encode(texts))
    engine.ask_many(["whats the page limit and is it double blind", "when's notification and when's camera ready due", "thanks!"])
    assert len(calls) == 1 and len(calls[0]) == 4  # chit-chat needs no search


def test_a_typo_of_a_word_no_page_uses_is_still_fixed_and_asks_nothing_new(engine):
    """"alredy" is "already", though the knowledge never says "already": read as an unknown word,
    it made "can I submit something already published?" a question the knowledge cannot answer."""
    answer = engine.ask("can i submitt smth thats alredy been publishd at a confernce this year?")
    assert answer.answered and "recently published work" in answer.text, answer.text


def test_a_policy_asked_in_other_words_is_answered_by_the_passage_stating_it(engine):
    """The page says "Submissions should be PDFs"; "which file type?" shares no word with it, and the
    embedder alone ranks it under the answer threshold (see ``index.concept_keys``)."""
    reply = engine.ask("which file type do you accept?")
    assert reply.answered and "PDF" in reply.text


def test_a_follow_up_asking_the_deadlines_time_zone_is_answered_by_the_line_stating_it(real_embedder, tmp_path):
    """A site's dates list and, further down its call for papers, "Note: All deadlines are 11:59 PM
    UTC-12:00": the search for "and what time zone is that deadline in?" finds the dates (which
    state none) and not the note, so the pages are read for the line stating a time zone."""
    engine = _page_engine(real_embedder, tmp_path, datetime(2025, 7, 1, tzinfo=timezone.utc),
        "---\ntitle: GazeWS\n---\n\n## Important Dates\n\n- 1 August, 2025 — Paper Submission Deadline\n"
        "- 14 August, 2025 — Notification of Acceptance\n- 12 September, 2025 — Workshop Date\n\n"
        "## Submission\n\nPapers follow the ACL templates, up to 8 pages.\n\n"
        "Reviewing is blind. Submissions use the ACL templates in LaTeX or Word, must be anonymized, and"
        " are due by 11:59 PM UTC-12:00; late papers are not reviewed.\n\n"
        "## Topics\n\nEye tracking for language models.\n",
    )
    zone, recorded = engine.ask_many(
        ["and what time zone is that deadline in?", "will the talks be recorded for people in far timezones?"],
        contexts=["when is the submission deadline?", None],
    )
    assert zone.answered and "UTC-12" in zone.text
    assert not recorded.answered  # a time zone named on the way is not what is asked


@pytest.mark.parametrize(
    "message, expected",
    [
        # an indirect question after a greeting is a question, not a hello
        ("Good afternoon. I would like to ask in which file format submissions are expected.", "PDF"),
        # who the event is for, whatever group the asker names: not what kind of work is welcome
        ("is this mostly an academic thing or are industry practitioners welcome too?", "practitioners"),
        # "within the call" asks the scope: the organizers' topic list naming it answers
        ("is healthcare personalization within the call? 🏥", "healthcare"),
        # the words of asking ("could you kindly clarify whether") are no subject the pages lack
        ("Dear organizers, could you kindly clarify whether papers accepted to the workshop will be included "
         "in the AAAI 2026 proceedings?", "non-archival"),
        # a filler word is no subject the description lacks: the workshop itself is asked about
        ("wait what is PerFM exactly", "Personalized Foundation Models"),
        # one's own affiliation named is not someone's asked for
        ("so do i need to strip my name and affiliation from the pdf?", "double-blind"),
    ],
)
def test_questions_asked_in_other_words_find_the_passage_that_answers(engine, message, expected):
    reply = engine.ask(message)
    assert reply.answered and expected in reply.text


def test_when_a_news_item_happened_is_answered_honestly_when_its_date_is_not_given(engine):
    for message in ("when was the website launched?", "when did the website go live?"):
        reply = engine.ask(message)
        assert "launched" in reply.text.lower() and "not announced" in reply.text, message
        assert "XX" not in reply.text


def test_n_for_and_splits_a_terse_three_part_message(engine):
    reply = engine.ask("wat is page limit, is it archival, n is there reviewer signup")
    assert len(reply.parts) == 3
    assert "9 pages" in reply.parts[0].text and "non-archival" in reply.parts[1].text
    assert not reply.parts[2].answered


def test_a_programme_and_a_call_answer_only_what_they_say(real_embedder, tmp_path):
    """A page with a programme whose keynote row names no speaker, a page limit that says nothing of
    references, and an IEEE template whose link's address says "publishing": who gives the
    9:10 keynote, whether references count, and whether papers are published are not answered by
    them; the page limit asked "could you kindly indicate…" is."""
    engine = _page_engine(real_embedder, tmp_path, datetime(2025, 3, 1, tzinfo=timezone.utc),
        "---\ntitle: QuantWS 2025\n---\n\n## Submission\n\n"
        "- Paper Length: Research papers (up to 12 pages), Short papers (up to 6 pages)\n"
        "- Papers should adhere to the IEEE formatting guidelines "
        "([template available](https://www.ieee.org/conferences/publishing/templates.html))\n\n"
        "## Program\n\n| Time | Session |\n|---|---|\n| 09:00 - 09:10 | Welcome |\n| 09:10 - 09:40 | Keynote 1 |\n"
        "| 09:40 - 10:10 | Keynote 2: Ada Weber |\n| 10:10 - 10:30 | Industry Talk |\n",
    )
    who, later, refs, published, length = engine.ask_many([
        "which keynote speaker is on first at 9:10?",
        "who gives the keynote at 9:40?",
        "do references count toward the page limit?",
        "will accepted papers be published in IEEE Xplore?",
        "Dear organisers, could you kindly indicate the maximum length permitted for a full research paper submission?",
    ])
    assert not who.answered and later.answered and "Ada Weber" in later.text
    assert not refs.answered and not published.answered
    assert length.answered and "12 pages" in length.text


def test_a_part_that_refers_back_is_answered_by_the_passage_its_sibling_was_answered_from(real_embedder, tmp_path):
    """SDSW's venue page: "who do I contact at the JW Marriott and what's its address?": "its" is the
    hotel the first part names, not the workshop. ReproHPC: "what's the page limit, and do references
    count toward it?": the line giving the limit says so, but "do references count toward it?"
    alone finds no line it fits. A part that does not refer back is not answered by its sibling's
    passage."""
    engine = _page_engine(real_embedder, tmp_path, datetime(2025, 7, 1, tzinfo=timezone.utc),
        "---\ntitle: Stats Workshop\n---\n\nThe Stats Workshop is held at Universidad de los Andes, Bogotá.\n\n"
        "## Hotels\n\n| Hotel | Address | Contact point | Email |\n|---|---|---|---|\n"
        "| JW Marriott | Calle 73 Nr 8-60 | Gina Bermudez | gina@example.org |\n"
        "| EK Hotel | Calle 90 No 11-13 | Ana Ruiz | ana@example.org |\n\n"
        "## Submission\n\nSubmissions should be either a 2-page abstract or a 4-page short paper, excluding references.\n\n"
        "Review is double-blind.\n\n## Topics\n\nRobust statistics, optimization and learning.\n",
    )
    hotel, limit, accepted = engine.ask_many([
        "who do I contact at the JW Marriott and what's its address?",
        "whats the page limit for submissions, and do references count toward it?",
        "whats the page limit for submissions, and how many papers do you usually accept?",
    ])
    contact, address = hotel.parts
    assert contact.answered and "Gina Bermudez" in contact.text
    assert address.answered and "Calle 73" in address.text
    assert limit.parts[1].answered and "excluding references" in limit.parts[1].text
    assert limit.parts[0].answered and not accepted.parts[1].answered


def test_which_conference_the_workshop_is_part_of_is_answered_by_the_line_attaching_it(real_embedder, tmp_path):
    """TTU's home: "Our third workshop on test-time updates will be held at ICLR 2026 in Rio de
    Janeiro!". "which conference + year is it attached to?" found the contact line (its address
    says iclr2026) and was declined for words the pages never use ("attached")."""
    engine = _page_engine(real_embedder, tmp_path, datetime(2026, 1, 10, tzinfo=timezone.utc),
        "---\ntitle: Test-Time Updates\n---\n\nOur third workshop on test-time updates will be held at ICLR 2026 in Rio de Janeiro!\n\n"
        "## Call for Papers\n\nWe welcome short papers of 4 pages on adaptation and continual learning.\n\n"
        "## Contact\n\nPlease reach the workshop organizers at ttu-iclr2026@googlegroups.com.\n",
    )
    host, other, room = engine.ask_many([
        "quick sanity check: this TTU workshop, which conference + year is it attached to? my labmate says its an ICML workshop",
        "is it part of ICML or a separate event?",
        "which conference room is it in?",
    ])
    assert host.answered and "ICLR 2026" in host.text
    assert other.answered and "ICLR 2026" in other.text
    assert not room.answered
