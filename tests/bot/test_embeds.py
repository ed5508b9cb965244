"""The formatting rules every message relies on: visible cuts, inert user text, links, limits."""

from __future__ import annotations

from datetime import datetime, timezone

from perfm_bot.bot import embeds
from perfm_bot.index.chunking import Source
from perfm_bot.records.questions import LoggedQuestion


def logged(question: str, **kw) -> LoggedQuestion:
    base = dict(
        id=7, asked_at=datetime(2026, 11, 24, tzinfo=timezone.utc), asker_id=1, asker_name="alice", via="slash",
        guild_id=1, channel_id=2, thread_id=None, message_id=None, reply_id=None, question=question, answered=False,
        kind="none", score=0.1, topic="(not answered)",
    )
    return LoggedQuestion(**{**base, **kw})


def test_clip_cuts_at_a_word_with_a_visible_ellipsis():
    assert embeds.clip("short", 10) == "short"
    cut = embeds.clip("one two three four five six", 16)
    assert cut == "one two three …" and len(cut) <= 16


def test_join_lines_says_how_many_were_left_out():
    lines = [f"line {n} " + "x" * 20 for n in range(10)]
    text = embeds.join_lines(lines, 100)
    assert len(text) <= 100
    kept = text.split("\n")
    assert kept[-1] == f"… and {10 - (len(kept) - 1)} more"
    assert embeds.join_lines(["a", "b"], 100) == "a\nb"


def test_quote_makes_user_text_inert():
    quoted = embeds.quote("@everyone look at <@123456789012345678> **now**", 200)
    assert "@everyone" not in quoted and "<@123456789012345678>" not in quoted and "**" not in quoted
    # Inert, not removed: every word is still there to read, the markup shown as typed.
    assert quoted == "@\u200beveryone look at <@\u200b123456789012345678> \\*\\*now\\*\\*"


def test_source_links():
    path = Source("PerFM › FAQ", "/events/perfm-aaai26/#7-faq")
    assert embeds.source_link(path, "https://site.org") == "[PerFM › FAQ](https://site.org/events/perfm-aaai26/#7-faq)"
    assert embeds.source_link(path, None) == "PerFM › FAQ (`/events/perfm-aaai26/#7-faq`)"
    assert embeds.source_link(Source("Call", "https://x.org/cfp"), None) == "[Call](https://x.org/cfp)"
    assert embeds.source_link(Source("Important dates", None), "https://site.org") == "Important dates"


def test_an_escalation_notice_fits_a_message_even_for_oversized_input():
    # Beyond what Discord would ever send (names are at most 32 characters, questions 500 here):
    # the notice must still fit and keep the command that answers it.
    notice = embeds.escalation_notice(logged("why " * 700, asker_name="n" * 2500))
    assert len(notice) <= 2000 and "/answer 7 text" in notice and "…" in notice


def test_the_organizer_answer_embed_stays_within_limits_for_oversized_input():
    embed = embeds.organizer_answer_embed(logged("q " * 800), "a " * 3000, "o" * 2100).to_dict()
    assert len(embed["description"]) <= 4096 and embed["description"].endswith("…")
    assert len(embed["fields"][0]["value"]) <= 1024 and embed["fields"][0]["value"].endswith("…")
    assert len(embed["footer"]["text"]) <= 2048


def test_a_long_list_of_knowledge_problems_fits_one_reply():
    from perfm_bot.bot.replies import PROBLEMS_LIMIT, explain
    from perfm_bot.core.errors import KnowledgeError

    error = KnowledgeError([f"knowledge/faq.yaml:{n}: 'answer' is missing" + " (details)" * 5 for n in range(100)])
    text = explain(error)
    assert len(text) <= PROBLEMS_LIMIT and text.startswith("knowledge/faq.yaml:0: 'answer' is missing")
    assert text.endswith("more problems")


def test_news_is_listed_by_when_it_was_published_not_by_file_order():
    from perfm_bot.sources.records import NewsItem

    utc = timezone.utc
    news = [
        NewsItem("cfp", "Call for Contributions released."),  # no date: the page's placeholder
        NewsItem("keynote", "Keynote announced.", day=datetime(2026, 12, 1).date(), at=datetime(2026, 12, 1, 9, tzinfo=utc)),
        NewsItem("site", "Submission site open.", day=datetime(2026, 11, 28).date()),
        NewsItem("rooms", "Rooms assigned.", day=datetime(2026, 12, 1).date()),  # announced later that day
        NewsItem("later", "Not yet.", day=datetime(2026, 12, 9).date(), at=datetime(2026, 12, 9, 9, tzinfo=utc)),
    ]
    text = embeds.news_embed(news, datetime(2026, 12, 2, tzinfo=utc)).to_dict()["description"]
    order = [t for t in ("Rooms", "Keynote", "Submission", "Call") if t in text]
    assert order == ["Rooms", "Keynote", "Submission", "Call"]
    assert [text.index(t) for t in order] == sorted(text.index(t) for t in order)
    assert "Not yet" not in text
