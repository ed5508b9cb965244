"""The store: each organizer operation, each bad input, undo, and the line-level edits."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from pathlib import Path

import pytest

from perfm_bot.editing.changelog import sha
from perfm_bot.core.errors import InputError, KnowledgeError
from perfm_bot.sources.loader import load_knowledge
from perfm_bot.editing.inputs import parse_at_input, parse_day_input, parse_time_input, parse_timezone_input
from perfm_bot.editing.store import KnowledgeStore

UTC = timezone.utc


@pytest.fixture
def store(knowledge_dir: Path, tmp_path: Path, clock) -> KnowledgeStore:
    return KnowledgeStore(knowledge_dir, tmp_path / "state", clock)


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(root.glob("*.yaml"))}


# --- deadlines ------------------------------------------------------------------------------


def test_set_deadline_rewrites_only_that_entry(store: KnowledgeStore, knowledge_dir: Path):
    path = knowledge_dir / "dates.yaml"
    before = path.read_text()
    change = store.set_deadline("paper", date(2026, 12, 15), by="alice")

    assert (change.id, change.action, change.file, change.ref, change.by) == (1, "deadline.set", "dates.yaml", "paper", "alice")
    assert change.summary == "Paper submission deadline (paper): TBA → 2026-12-15 23:59 AoE"
    old_entry = (
        "  - key: paper\n    label: Paper submission deadline\n    date: TBA\n"
        "    source: perfm-aaai26#important-dates-tba\n"
    )
    new_entry = "  - key: paper\n    label: Paper submission deadline\n    date: 2026-12-15\n    by: alice\n"
    assert path.read_text() == before.replace(old_entry, new_entry)  # header comments and the rest: byte for byte

    paper = load_knowledge(knowledge_dir).date("paper")
    assert (paper.day, paper.at, paper.timezone, paper.source, paper.by) == (date(2026, 12, 15), None, "AoE", None, "alice")
    assert paper.instant() == datetime(2026, 12, 16, 11, 59, tzinfo=UTC)


def test_time_and_timezone_are_stored_canonical_and_dropped_when_moved_without(store: KnowledgeStore, knowledge_dir: Path):
    store.set_deadline("abstract", date(2026, 12, 8), time(12, 0), parse_timezone_input("europe/berlin".title()), by="bob")
    item = load_knowledge(knowledge_dir).date("abstract")
    assert (item.at, item.timezone) == (time(12, 0), "Europe/Berlin")
    assert "    time: '12:00'\n    timezone: Europe/Berlin\n    by: bob\n" in (knowledge_dir / "dates.yaml").read_text()

    store.set_deadline("abstract", date(2026, 12, 9), tz="aoe", by="bob")
    assert load_knowledge(knowledge_dir).date("abstract").timezone == "AoE"
    change = store.set_deadline("abstract", date(2026, 12, 10), by="carol")
    item = load_knowledge(knowledge_dir).date("abstract")
    assert (item.day, item.at, item.timezone, item.by) == (date(2026, 12, 10), None, "AoE", "carol")
    assert "time:" not in (knowledge_dir / "dates.yaml").read_text()
    assert change.summary == "Abstract submission deadline (abstract): 2026-12-09 23:59 AoE → 2026-12-10 23:59 AoE"


def test_set_tba_and_events(store: KnowledgeStore, knowledge_dir: Path):
    store.set_deadline("workshop", date(2027, 1, 26), tz="America/Vancouver", by="alice")
    assert store.set_tba("workshop", by="bob").summary == "Workshop date (workshop): 2027-01-26 (America/Vancouver) → TBA"
    item = load_knowledge(knowledge_dir).date("workshop")
    assert (item.day, item.timezone, item.kind, item.by) == (None, "AoE", "event", "bob")
    with pytest.raises(InputError, match=r"Workshop date \(workshop\) is already TBA; nothing to change"):
        store.set_tba("workshop", by="bob")


def test_a_date_in_the_past_is_flagged(store: KnowledgeStore):
    assert store.set_deadline("paper", date(2025, 12, 15), by="a").summary.endswith("2025-12-15 23:59 AoE (already passed!)")


# --- bad input changes nothing --------------------------------------------------------------


def test_unknown_deadline_lists_the_known_ones(store: KnowledgeStore, knowledge_dir: Path):
    before = snapshot(knowledge_dir)
    with pytest.raises(InputError) as caught:
        store.set_deadline("papr", date(2026, 12, 15), by="alice")
    assert str(caught.value) == (
        "unknown deadline 'papr' (did you mean 'paper'?); known: abstract, paper, notification, camera-ready, workshop"
    )
    assert snapshot(knowledge_dir) == before and store.history() == []


@pytest.mark.parametrize(
    ("parse", "text", "message"),
    [
        (parse_day_input, "2026-02-30", "'2026-02-30' is not a real calendar date; nothing was changed."),
        (parse_day_input, "15/12/2026", "expected a date as YYYY-MM-DD, got '15/12/2026'; nothing was changed."),
        (parse_time_input, "24:00", "'24:00' is not a time of day; nothing was changed."),
        (parse_timezone_input, "Moon/Base", "unknown timezone 'Moon/Base': use AoE, UTC or an IANA name"),
    ],
)
def test_impossible_dates_times_and_zones_are_refused(parse, text, message):
    with pytest.raises(InputError) as caught:
        parse(text)
    assert str(caught.value).startswith(message)


def test_unknown_timezone_changes_nothing(store: KnowledgeStore, knowledge_dir: Path):
    before = snapshot(knowledge_dir)
    with pytest.raises(InputError, match="unknown timezone 'Mars/Olympus'"):
        store.set_deadline("paper", date(2026, 12, 15), tz="Mars/Olympus", by="alice")
    assert snapshot(knowledge_dir) == before and store.history() == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.add_faq("  ", "An answer.", by="a"), "The question is empty"),
        (lambda s: s.add_faq("A question?", "\n ", by="a"), "The answer is empty"),
        (lambda s: s.add_faq("A question?", "x" * 1501, by="a"), "The answer is 1,501 characters long; the limit is 1,500"),
        (lambda s: s.add_faq("q" * 301, "An answer.", by="a"), "The question is 301 characters long; the limit is 300"),
        (lambda s: s.add_faq("what is the PAGE limit", "Ten.", by="a"), "FAQ 'page-limit' already asks that"),
        (lambda s: s.add_faq("Is the review double-blind?", "Yes.", by="a"), "FAQ 'review' already asks that"),
        (lambda s: s.add_faq("New?", "Yes.", by="a", source="perfm-aaai26#nope"), "page 'perfm-aaai26' has no heading"),
        (lambda s: s.add_news("", by="a"), "The news text is empty"),
        (lambda s: s.add_news("n" * 1501, by="a"), "The news text is 1,501 characters long; the limit is 1,500"),
        (lambda s: s.add_news("  website   LAUNCHED. ", by="a"), "this news is already stored (as 'website-launched')"),
        (lambda s: s.remove_faq("reveiw", by="a"), "unknown FAQ id 'reveiw' (did you mean 'review'?); known: attend-virtually"),
        (lambda s: s.add_faq("New?", "Yes.", by=" "), "Say who makes the change"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(store: KnowledgeStore, knowledge_dir: Path, call, message):
    before = snapshot(knowledge_dir)
    with pytest.raises(InputError) as caught:
        call(store)
    assert message in str(caught.value)
    assert snapshot(knowledge_dir) == before and store.history() == []


def test_limits_are_inclusive(store: KnowledgeStore, knowledge_dir: Path):
    store.add_faq("How long may an answer be?", "y" * 1500, by="a")
    store.add_news("z" * 1500, by="a")
    k = load_knowledge(knowledge_dir)
    assert k.faq[-1].answer == "y" * 1500 and k.news[-1].text == "z" * 1500


# --- FAQ and news ---------------------------------------------------------------------------


def test_add_faq_appends_in_the_files_style_and_returns_the_id(store: KnowledgeStore, knowledge_dir: Path):
    path = knowledge_dir / "faq.yaml"
    before = path.read_text()
    change = store.add_faq(
        "Is there a poster session?", "Yes, right after lunch.", by="alice", also=["Will there be posters?"]
    )
    assert (change.ref, change.action) == ("is-there-a-poster-session", "faq.add")
    assert path.read_text() == before + (
        "\n- id: is-there-a-poster-session\n  question: Is there a poster session?\n  also:\n"
        "    - Will there be posters?\n  answer: Yes, right after lunch.\n  by: alice\n"
    )
    entry = load_knowledge(knowledge_dir).faq[-1]
    assert (entry.id, entry.also, entry.by, entry.source) == (change.ref, ("Will there be posters?",), "alice", None)

    again = store.add_faq("Is there a poster session on day two?", "No.", by="alice")
    assert again.ref == "is-there-a-poster-session-on-day-two"


@pytest.mark.parametrize(
    "answer",
    [
        "Yes: bring a printed poster # A0, portrait; 'quotes' and \"double quotes\" are fine.",
        "Line one.\n\n  Indented line two.\nLine three: with a colon.",
        "Ünïcödé “typographic” — and a very long sentence that goes on and on well past the folding width "
        "of the file, so the emitter must fold it and fold it back exactly, twice over, without changes.",
        "- looks like a list item",
        "TBA",
        "no",
        "2026-12-15",
        "@mention %percent &anchor *alias !tag |pipe >gt `tick`",
    ],
)
def test_any_text_is_stored_exactly(store: KnowledgeStore, knowledge_dir: Path, answer: str):
    store.add_faq("A tricky question?", answer, by="Jane O'Neil: organizer")
    store.add_news(answer + " (news)", by="Jane O'Neil: organizer")
    k = load_knowledge(knowledge_dir)
    assert (k.faq[-1].answer, k.faq[-1].by) == (answer.strip(), "Jane O'Neil: organizer")
    assert k.news[-1].text == answer.strip() + " (news)"


def test_remove_faq_leaves_the_neighbours_and_spacing(store: KnowledgeStore, knowledge_dir: Path):
    path = knowledge_dir / "faq.yaml"
    before = path.read_text()
    entry = (
        "- id: review\n  question: How are submissions reviewed?\n  also:\n    - Is the review double-blind?\n"
        "    - Do I need to anonymize my paper?\n  answer: Review is double-blind.\n"
        "  source: perfm-aaai26#3-submissions-and-timeline\n\n"
    )
    change = store.remove_faq("review", by="bob")
    assert change.summary == "FAQ 'review' removed: \"How are submissions reviewed?\""
    assert path.read_text() == before.replace(entry, "")
    last = load_knowledge(knowledge_dir).faq[-1].id
    text = path.read_text()
    store.remove_faq(last, by="bob")
    assert path.read_text() == text[: text.rindex(f"\n\n- id: {last}\n") + 1]  # no blank line left at the end


def test_add_news_dates_it_today_by_the_clock(store: KnowledgeStore, knowledge_dir: Path, clock):
    change = store.add_news("The keynote will be given by Prof. Ada Lovelace.", by="carol")
    item = load_knowledge(knowledge_dir).news[-1]
    assert (item.id, item.day, item.by) == (change.ref, date(2026, 11, 24), "carol")
    assert (knowledge_dir / "news.yaml").read_text().endswith(
        "\n- id: the-keynote-will-be-given-by-prof-ada\n  text: The keynote will be given by Prof. Ada Lovelace.\n"
        "  date: 2026-11-24\n  by: carol\n"
    )
    store.add_news("Accepted papers are online.", by="carol", day=date(2026, 12, 1), source="perfm-aaai26#news")
    item = load_knowledge(knowledge_dir).news[-1]
    assert (item.day, item.source) == (date(2026, 12, 1), "perfm-aaai26#news")
    assert [c.at for c in store.history()] == [clock.now, clock.now]


def test_hand_layouts_are_kept(store: KnowledgeStore, knowledge_dir: Path):
    """CRLF line ends, a trailing comment and an inline comment survive; no final newline is fine."""
    news = knowledge_dir / "news.yaml"
    news.write_bytes(b"# News\r\n- text: One.\r\n\r\n- text: Two.  # the second\r\n# end of list")
    store.add_news("Three.", by="a", day=date(2026, 12, 1))
    assert news.read_bytes() == (
        b"# News\r\n- text: One.\r\n\r\n- text: Two.  # the second\r\n\r\n"
        b"- id: three\r\n  text: Three.\r\n  date: 2026-12-01\r\n  by: a\r\n# end of list"
    )
    dates = knowledge_dir / "dates.yaml"
    dates.write_text(
        "timezone: AoE\ndates:\n"
        "  - key: abstract\n    label: Abstract submission deadline\n    date: TBA   # AAAI decides\n"
        "    source: perfm-aaai26#important-dates-tba  # the page\n    also:\n      - When are abstracts due?\n"
    )
    store.set_deadline("abstract", date(2026, 12, 1), time(9, 30), by="a")
    assert dates.read_text() == (
        "timezone: AoE\ndates:\n"
        "  - key: abstract\n    label: Abstract submission deadline\n    date: 2026-12-01   # AAAI decides\n"
        "    time: 09:30\n    by: a\n    also:\n      - When are abstracts due?\n"
    )


def test_an_empty_news_file_gets_its_first_item(store: KnowledgeStore, knowledge_dir: Path):
    (knowledge_dir / "news.yaml").write_text("# News items, oldest first.\n")
    store.add_news("First!", by="a", day=date(2026, 12, 1))
    assert (knowledge_dir / "news.yaml").read_text() == (
        "# News items, oldest first.\n\n- id: first\n  text: First!\n  date: 2026-12-01\n  by: a\n"
    )


def test_a_layout_it_cannot_edit_is_refused_with_file_and_line(store: KnowledgeStore, knowledge_dir: Path):
    dates = knowledge_dir / "dates.yaml"
    text = "timezone: AoE\ndates:\n  - key: abstract\n    label: Abstract\n    date: TBA\n  - {key: paper, label: Paper submission deadline, date: TBA}\n"
    dates.write_text(text)
    with pytest.raises(KnowledgeError) as caught:
        store.set_deadline("paper", date(2026, 12, 15), by="a")
    line = text.splitlines().index("  - {key: paper, label: Paper submission deadline, date: TBA}") + 1
    assert str(caught.value).startswith(f"{dates}:{line}: cannot change this automatically")
    assert dates.read_text() == text


# --- a broken file ---------------------------------------------------------------------------


def test_no_write_on_top_of_an_invalid_file(store: KnowledgeStore, knowledge_dir: Path):
    faq = knowledge_dir / "faq.yaml"
    broken = faq.read_text() + "\n- id: half\n  question: Half an entry?\n"
    faq.write_text(broken)
    line = broken.count("\n") - 1
    with pytest.raises(KnowledgeError) as caught:
        store.add_faq("Is there a poster session?", "Yes.", by="a")
    assert caught.value.problems[0] == f"{faq}:{line}: 'answer' is missing"
    assert "Nothing was changed" in caught.value.problems[-1]
    with pytest.raises(KnowledgeError):  # any invalid file blocks: the result could not be served
        store.set_deadline("paper", date(2026, 12, 15), by="a")
    assert faq.read_text() == broken and store.history() == []


# --- history and undo ------------------------------------------------------------------------


def test_undo_takes_changes_back_newest_first_and_is_logged(store: KnowledgeStore, knowledge_dir: Path):
    shipped = snapshot(knowledge_dir)
    store.set_deadline("paper", date(2026, 12, 15), by="alice")
    after_deadline = snapshot(knowledge_dir)
    store.add_faq("Is there a poster session?", "Yes.", by="bob")
    store.add_news("The keynote will be given by Prof. Ada Lovelace.", by="carol")

    undo = store.undo(by="dave")
    assert (undo.action, undo.reverts, undo.by, undo.file) == ("undo", 3, "dave", "news.yaml")
    assert undo.summary.startswith("undo #3: news 'the-keynote-will-be-given-by-prof-ada'")
    assert store.undo(by="dave").reverts == 2
    assert snapshot(knowledge_dir) == after_deadline
    assert store.undo(by="dave").reverts == 1
    assert snapshot(knowledge_dir) == shipped
    with pytest.raises(InputError, match="There is nothing to undo"):
        store.undo(by="dave")

    history = store.history()
    assert [c.id for c in history] == [6, 5, 4, 3, 2, 1]
    assert [(c.id, c.reverted_by) for c in history if c.action != "undo"] == [(3, 4), (2, 5), (1, 6)]
    assert [c.id for c in store.history(limit=2)] == [6, 5]


def test_undo_after_a_later_change_keeps_that_change(store: KnowledgeStore, knowledge_dir: Path):
    last = load_knowledge(knowledge_dir).faq[-1].id
    store.add_faq("Is there a poster session?", "Yes.", by="a")
    store.undo(by="a")
    store.add_faq("Is there a banquet?", "Yes, on day one.", by="a")
    assert store.undo(by="a").reverts == 3
    assert [e.id for e in load_knowledge(knowledge_dir).faq][-1] == last


def test_undo_is_refused_when_the_file_was_edited_by_hand_since(store: KnowledgeStore, knowledge_dir: Path):
    store.add_faq("Is there a poster session?", "Yes.", by="a")
    faq = knowledge_dir / "faq.yaml"
    edited = faq.read_text().replace("answer: Yes.", "answer: Yes, after lunch.")
    faq.write_text(edited)
    with pytest.raises(InputError) as caught:
        store.undo(by="a")
    assert str(caught.value).startswith("Cannot undo change #1 (FAQ 'is-there-a-poster-session' added: ")
    assert f"{faq} was edited after it" in str(caught.value)
    assert faq.read_text() == edited and len(store.history()) == 1


def test_a_writer_stopped_between_log_and_file_is_settled_from_the_file(store: KnowledgeStore, knowledge_dir: Path, clock):
    """The log is written first; the next store call looks at the file to see what happened."""
    faq = knowledge_dir / "faq.yaml"
    text = faq.read_text()
    store.log.begin(at=clock(), by="a", action="faq.add", file="faq.yaml", summary="lost", before=text, after=text + "# x\n")
    faq.write_text(text + "# x\n")  # it replaced the file, then died before marking the change done
    store.log.begin(at=clock(), by="a", action="faq.add", file="faq.yaml", summary="never written", before=text + "# x\n", after="")
    assert [(c.summary, c.state) for c in store.history()] == [("never written", "abandoned"), ("lost", "done")]
    assert sha(faq.read_text()) == sha(text + "# x\n")
    store.undo(by="a")
    assert faq.read_text() == text


def test_news_can_be_scheduled_for_the_bot_to_post(store: KnowledgeStore, knowledge_dir: Path):
    at = parse_at_input("2026-12-01 09:00", store.default_timezone())  # AoE, the file's default
    change = store.add_news("Accepted papers are online.", by="a", at=at)
    item = load_knowledge(knowledge_dir).news[-1]
    assert (item.at, item.day) == (datetime(2026, 12, 1, 21, 0, tzinfo=UTC), date(2026, 12, 1))
    assert "  at: 2026-12-01T09:00-12:00\n" in (knowledge_dir / "news.yaml").read_text()
    assert change.summary == "news 'accepted-papers-are-online' (2026-12-01, to be posted 2026-12-01T09:00-12:00): \"Accepted papers are online.\""
    with pytest.raises(InputError, match="expected a time like '2026-12-01 09:00'"):
        parse_at_input("tomorrow")
    with pytest.raises(InputError, match="needs a timezone"):
        store.add_news("Naive.", by="a", at=datetime(2026, 12, 1, 9, 0))


def test_a_post_time_already_past_or_without_a_time_of_day_is_refused(knowledge_dir, tmp_path, clock):
    from datetime import timedelta

    from perfm_bot.core.errors import InputError
    from perfm_bot.editing.inputs import parse_at_input
    from perfm_bot.editing.store import KnowledgeStore

    store = KnowledgeStore(knowledge_dir, tmp_path / "state", clock)
    before = (knowledge_dir / "news.yaml").read_text()
    with pytest.raises(InputError, match="already passed"):
        store.add_news("Doors open.", by="ada", at=clock() - timedelta(minutes=1))
    assert (knowledge_dir / "news.yaml").read_text() == before
    for text in ("2026-12-01", "20261201"):
        with pytest.raises(InputError, match="expected a time like"):
            parse_at_input(text)


def test_moving_a_set_date_keeps_its_time_and_zone_unless_given(knowledge_dir, tmp_path, clock):
    from datetime import date, time

    from perfm_bot.sources.loader import load_knowledge
    from perfm_bot.editing.store import KnowledgeStore

    store = KnowledgeStore(knowledge_dir, tmp_path / "state", clock)
    store.set_deadline("paper", date(2026, 12, 15), time(18, 0), "Europe/Berlin", by="ada")
    store.set_deadline("paper", date(2026, 12, 20), by="ada")  # extended by five days
    paper = load_knowledge(knowledge_dir).date("paper")
    assert (paper.day, paper.at, paper.timezone) == (date(2026, 12, 20), time(18, 0), "Europe/Berlin")
    store.set_deadline("paper", date(2026, 12, 21), tz="AoE", by="ada")  # a zone given: the time is the default
    paper = load_knowledge(knowledge_dir).date("paper")
    assert (paper.day, paper.at, paper.timezone) == (date(2026, 12, 21), None, "AoE")


def test_a_news_item_can_be_given_the_link_readers_see_it_at(store: KnowledgeStore, knowledge_dir: Path):
    added = store.add_news("Camera-ready instructions are out.", by="alice")
    link = "https://discord.com/channels/1/2/3"
    cited = store.cite_news(added.ref, link, by="alice")
    assert cited.summary == f"news '{added.ref}': cited at {link}"
    item = next(n for n in load_knowledge(knowledge_dir).news if n.id == added.ref)
    assert (item.text, item.source, item.by) == ("Camera-ready instructions are out.", link, "alice")
    before = (knowledge_dir / "news.yaml").read_bytes()
    with pytest.raises(InputError, match="unknown news 'nope'"):
        store.cite_news("nope", link, by="alice")
    with pytest.raises(InputError, match="is not a link"):
        store.cite_news(added.ref, "javascript:alert(1)", by="alice")
    assert (knowledge_dir / "news.yaml").read_bytes() == before
