from datetime import date, datetime, time, timezone
from pathlib import Path

import pytest

from perfm_bot.answering.compose import MAX_ANSWER_CHARS, Policy, check_question, compose, date_answer, trim
from perfm_bot.index.chunking import build_chunks
from perfm_bot.core.errors import InputError
from perfm_bot.sources.loader import load_knowledge
from perfm_bot.sources.records import ImportantDate
from perfm_bot.core.timezones import local_instant, resolve_timezone
from perfm_bot.index.vector_index import Hit

UTC = timezone.utc
PAPER = ImportantDate("paper", "Paper submission deadline", date(2026, 12, 15))


def test_tba_is_not_announced_yet():
    tba = ImportantDate("paper", "Paper submission deadline", None)
    assert date_answer(tba, datetime(2026, 11, 24, tzinfo=UTC)) == (
        "The paper submission deadline has not been announced yet (TBA)."
    )


def test_future_deadline_gives_date_timezone_and_distance():
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    assert date_answer(PAPER, now) == (
        "Paper submission deadline: Tuesday, December 15, 2026, 23:59 AoE (UTC-12), in 22 days."
    )


def test_passed_deadline_says_so():
    now = datetime(2026, 12, 19, 12, 0, tzinfo=UTC)
    assert date_answer(PAPER, now).endswith("23:59 AoE (UTC-12), passed 3 days ago.")


def test_aoe_boundary_is_noon_utc_the_next_day():
    deadline = PAPER.instant()
    assert deadline == datetime(2026, 12, 16, 11, 59, tzinfo=UTC)
    just_before = datetime(2026, 12, 16, 11, 58, 30, tzinfo=UTC)
    just_after = datetime(2026, 12, 16, 12, 0, tzinfo=UTC)
    assert date_answer(PAPER, just_before).endswith("in less than a minute.")
    assert date_answer(PAPER, just_after).endswith("passed 1 minute ago.")


def test_event_days_and_explicit_times_and_zones():
    workshop = ImportantDate("workshop", "Workshop date", date(2027, 1, 26), kind="event", timezone="America/Vancouver")
    now = datetime(2027, 1, 20, tzinfo=UTC)
    assert date_answer(workshop, now) == "Workshop date: Tuesday, January 26, 2027 (America/Vancouver), in 6 days."
    talk = ImportantDate("x", "Keynote", date(2027, 1, 26), at=time(9, 30), timezone="UTC", kind="event")
    assert date_answer(talk, now) == "Keynote: Tuesday, January 26, 2027, 09:30 UTC, in 6 days."


def test_dst_gap_moves_forward_and_fold_takes_the_first():
    # 2027-03-14 02:30 does not exist in New York (clocks jump 02:00 -> 03:00).
    gap = local_instant(date(2027, 3, 14), time(2, 30), "America/New_York")
    assert gap.astimezone(UTC) == datetime(2027, 3, 14, 7, 30, tzinfo=UTC)
    assert (gap.hour, gap.minute) == (3, 30)
    # 2027-11-07 01:30 happens twice; a deadline means the first (EDT, UTC-4).
    fold = local_instant(date(2027, 11, 7), time(1, 30), "America/New_York")
    assert fold.astimezone(UTC) == datetime(2027, 11, 7, 5, 30, tzinfo=UTC)
    for name in ("Moon/Base", "America", "Europe", "America/Argentina"):  # zone groups are folders
        with pytest.raises(ValueError, match="unknown timezone"):
            resolve_timezone(name)


def test_question_limits():
    assert check_question("  When   is it? ") == "When is it?"
    assert len(check_question("x" * 500)) == 500
    with pytest.raises(InputError, match="Please type a question"):
        check_question("   ")
    with pytest.raises(InputError, match="501 characters long; the limit is 500"):
        check_question("x" * 501)


def test_trim_is_visible_and_within_limit():
    long = "A sentence that goes on. " * 40
    cut = trim(long)
    assert len(cut) <= MAX_ANSWER_CHARS and cut.endswith(" …")
    assert trim("short") == "short"


def _hits(knowledge_dir: Path, chunk_filter, score: float) -> list[Hit]:
    chunks = build_chunks(load_knowledge(knowledge_dir))
    return [Hit(next(c for c in chunks if chunk_filter(c)), score)]


def test_weak_evidence_abstains_with_a_pointer(knowledge_dir: Path):
    knowledge = load_knowledge(knowledge_dir)
    hits = _hits(knowledge_dir, lambda c: c.kind == "faq", 0.2)
    answer = compose("Is there wifi?", hits, knowledge, datetime.now(UTC), Policy(threshold=0.5, abstain_hint="Ask us!"))
    assert not answer.answered and answer.kind == "none" and answer.sources == ()
    assert answer.text.startswith("I don't know") and answer.text.endswith("Ask us!")


def test_a_page_passage_stating_a_date_is_answered_from_the_date_record(knowledge_dir: Path):
    dates = knowledge_dir / "dates.yaml"
    dates.write_text(dates.read_text().replace("    date: TBA\n", "    date: 2026-12-15\n", 2))
    knowledge = load_knowledge(knowledge_dir)
    hits = _hits(knowledge_dir, lambda c: c.text == "Paper submission deadline: TBA", 0.9)
    answer = compose("paper deadline?", hits, knowledge, datetime(2026, 12, 1, tzinfo=UTC), Policy())
    assert answer.kind == "date"
    assert "December 15, 2026" in answer.text and "TBA" not in answer.text


def test_passages_gloss_tba_and_news_gives_its_date_or_says_it_is_not_given(knowledge_dir: Path):
    knowledge = load_knowledge(knowledge_dir)
    now = datetime.now(UTC)
    location = compose("location?", _hits(knowledge_dir, lambda c: c.text == "Location: TBA", 0.9), knowledge, now, Policy())
    assert location.text == "Location: TBA (not announced yet)" and location.kind == "passage"
    news = compose("news?", _hits(knowledge_dir, lambda c: c.kind == "news", 0.9), knowledge, now, Policy())
    assert news.text == "News (date not announced): Website launched."
    assert news.sources[0].url == "/events/perfm-aaai26/#news"


def test_answer_json_shape(knowledge_dir: Path):
    knowledge = load_knowledge(knowledge_dir)
    hits = _hits(knowledge_dir, lambda c: c.ref == "page-limit", 0.9)
    data = compose("page limit?", hits, knowledge, datetime.now(UTC), Policy()).to_dict()
    assert set(data) == {"question", "answered", "answer", "sources", "score", "kind"}
    assert data["kind"] == "faq" and data["answered"] is True
    assert data["sources"] == [
        {"title": "PerFM Workshop @ AAAI 2026 › Submissions and Timeline", "url": "/events/perfm-aaai26/#3-submissions-and-timeline"}
    ]


def test_news_scheduled_for_later_is_not_an_answer_until_it_is_posted(knowledge_dir: Path):
    news = knowledge_dir / "news.yaml"
    news.write_text(news.read_text() + "\n- id: keynote\n  text: The keynote speaker is Ada Lovelace.\n  at: 2026-12-01 09:00 UTC\n")
    knowledge = load_knowledge(knowledge_dir)
    hits = _hits(knowledge_dir, lambda c: c.ref == "keynote", 0.9)
    before = compose("keynote?", hits, knowledge, datetime(2026, 12, 1, 8, 59, tzinfo=UTC), Policy())
    after = compose("keynote?", hits, knowledge, datetime(2026, 12, 1, 9, 0, tzinfo=UTC), Policy())
    assert not before.answered and "Ada" not in before.text
    assert after.answered and "Ada Lovelace" in after.text


def test_an_announcement_supersedes_a_tba_answer_only_when_it_answers_the_question_too():
    from perfm_bot.answering.compose import announced_over_tba
    from perfm_bot.index.chunking import Chunk, Source
    from perfm_bot.answering.ranking import RankedHit

    def hit(kind: str, text: str, dense: float, coverage: float, states_date: str | None = None) -> RankedHit:
        chunk = Chunk(f"{kind}:{text}", kind, text, (text,), Source("s", None), states_date=states_date)
        return RankedHit(chunk, dense + 0.4 * coverage, dense, coverage)

    policy = Policy()  # threshold 0.45, margin 0.35, coverage 0.5
    tba = hit("faq", "The invited speakers are not announced yet (TBA).", 0.92, 1.0)
    near = hit("news", "The keynote will be given by Prof. Ada Lovelace.", 0.63, 0.3)
    assert announced_over_tba([tba, near], policy) is near  # close in meaning
    wordy = hit("news", "Our sponsor is Acme AI.", 0.45, 1.0)
    assert announced_over_tba([tba, wordy], policy) is wordy  # far in meaning, but has the question's words
    assert announced_over_tba([tba, hit("news", "Room 118.", 0.55, 0.26)], policy) is tba  # neither
    assert announced_over_tba([tba, hit("news", "Room 118.", 0.80, 0.0)], policy) is tba  # no word in common
    assert announced_over_tba([tba, hit("news", "Keynote: TBA.", 0.9, 1.0)], policy) is tba  # not an announcement
    assert announced_over_tba([tba, hit("faq", "Posters are in Hall B.", 0.9, 1.0)], policy) is tba  # only news
    assert announced_over_tba([tba, hit("news", "x", 0.30, 0.3)], policy) is tba  # too weak to answer at all
    fact = hit("faq", "Review is double-blind.", 0.9, 1.0)
    assert announced_over_tba([fact, near], policy) is fact  # a real answer is never replaced
    dated = hit("page", "Paper submission deadline: TBA", 0.9, 1.0, states_date="paper")
    assert announced_over_tba([dated, near], policy) is dated  # the date record answers for dates


def test_the_workshops_coined_name_weighs_nothing_in_the_word_match():
    """'who are the organisers of PerFM': the rare name must not lift the passage that repeats it."""
    from perfm_bot.answering.ranking import LexicalScorer, rank
    from perfm_bot.index.chunking import Chunk, Source
    from perfm_bot.index.vector_index import Hit

    about = Chunk("faq:about", "faq", "PerFM is a workshop on personalized models.", ("What is PerFM?",), Source("FAQ", None))
    people = Chunk("faq:people", "faq", "The organizers are not announced yet (TBA).", ("Who are the organisers?",), Source("FAQ", None))
    lexical = LexicalScorer([about, people, Chunk("faq:x", "faq", "Posters are A0.", ("Poster size?",), Source("FAQ", None))])
    hits = [Hit(about, 0.5), Hit(people, 0.5)]
    assert rank("who are the organisers of perfm", hits, lexical)[0].chunk is about  # the name decides
    assert rank("who are the organisers of perfm", hits, lexical, ignore={"perfm"})[0].chunk is people


def test_the_questions_rarest_word_brings_the_few_passages_naming_it_even_past_the_rare_limit():
    """'What time is the Hoffmann keynote?': his name is on his card, his bio, two abstracts and
    his programme row, too many to be "rare", and the dense search ranks the other keynote's row
    above all of them; the rarest word of the question still brings its holders to the ranking.
    A word the question only asks with ("what time") is never its rarest."""
    from perfm_bot.answering.ranking import LexicalScorer, stems
    from perfm_bot.index.chunking import Chunk, Source

    filler = [Chunk(f"page:f{i}", "page", f"Paper {i} on planning and keynote talks.", (), Source("P", None)) for i in range(40)]
    hoffmann = [Chunk(f"page:h{i}", "page", f"Joerg Hoffmann line {i}.", (), Source("P", None)) for i in range(8)]
    clock = Chunk("page:t", "page", "All times are local time.", (), Source("P", None))
    lexical = LexicalScorer([*filler, *hoffmann, clock])
    found = lexical.rare_holders(list(stems("what time is the hoffmann keynote")))
    assert set(found) == {c.id for c in hoffmann}  # 8 holders: past the limit of 4, but the rarest word
    assert lexical.rare_holders(list(stems("what time is the keynote"))) == []  # "time" is how it asks


def test_passages_found_by_the_same_key_are_told_apart_by_their_own_words():
    """Both page-limit lines carry the key "Page limit: how many pages long?": the dense and the word
    scores tie, and the line naming the asked kind of paper ("long") must come first."""
    from perfm_bot.answering.ranking import LexicalScorer, rank
    from perfm_bot.index.chunking import Chunk, Source
    from perfm_bot.index.vector_index import Hit

    key = ("Page limit: how many pages long?",)
    short = Chunk("page:tie-short", "page", "Short papers consist of up to four (4) pages of content.", key, Source("CfP", None))
    long = Chunk("page:tie-long", "page", "Long papers consist of up to eight (8) pages of content.", key, Source("CfP", None))
    lexical = LexicalScorer([short, long, Chunk("page:tie-x", "page", "Posters are A0.", (), Source("CfP", None))])
    ranked = rank("page limit for long papers?", [Hit(short, 0.8), Hit(long, 0.8)], lexical)
    assert ranked[0].chunk is long


def test_a_latin_plural_matches_its_singular():
    """"appendices are not allowed" is about what "can I add an appendix?" asks; the stemmer alone
    keeps them apart ("appendic" / "appendix")."""
    from perfm_bot.answering.ranking import stems

    assert stems("appendices indices criteria") == stems("appendix index criterion")
    assert stems("papers pages") == stems("paper page")
