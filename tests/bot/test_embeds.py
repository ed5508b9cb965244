"""The formatting rules every message relies on: visible cuts, inert user text, links, limits."""

from __future__ import annotations

from datetime import datetime, timezone

from perfm_bot.bot import embeds
from perfm_bot.chunking import Source
from perfm_bot.question_log import LoggedQuestion


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


def test_source_links():
    path = Source("PerFM › FAQ", "/events/perfm-aaai26/#7-faq")
    assert embeds.source_link(path, "https://site.org") == "[PerFM › FAQ](https://site.org/events/perfm-aaai26/#7-faq)"
    assert embeds.source_link(path, None) == "PerFM › FAQ (`/events/perfm-aaai26/#7-faq`)"
    assert embeds.source_link(Source("Call", "https://x.org/cfp"), None) == "[Call](https://x.org/cfp)"
    assert embeds.source_link(Source("Important dates", None), "https://site.org") == "Important dates"


def test_an_escalation_notice_fits_a_message_even_for_the_longest_question():
    notice = embeds.escalation_notice(logged("why " * 125))
    assert len(notice) <= 2000 and "/answer 7 text" in notice


def test_the_organizer_answer_embed_stays_within_limits():
    embed = embeds.organizer_answer_embed(logged("q" * 500), "a" * 1500, "o" * 200).to_dict()
    assert len(embed["description"]) == 1500 and len(embed["fields"][0]["value"]) <= 1024
    assert len(embed["footer"]["text"]) <= 2048
