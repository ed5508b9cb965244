"""Organizer commands through real discord.py objects: the role check, /announce, /deadline, /faq, /reindex."""

from __future__ import annotations

import pytest
from bot_helpers import assert_no_pings, assert_within_limits, sent_messages

from perfm_bot.sources.loader import fingerprint, load_knowledge

ORGANIZER_COMMANDS = {
    "announce": {"message": "The venue is Hall 4."},
    "deadline set": {"key": "paper", "day": "2026-12-15"},
    "deadline tba": {"key": "paper"},
    "faq add": {"question": "Is there a dinner?", "answer": "Yes."},
    "faq remove": {"entry": "review"},
    "reindex": {},
    "unanswered": {},
    "answer": {"id": 1, "text": "Yes."},
    "stats": {},
    "schedule": {},
}
ATTENDEE_COMMANDS = {"ask", "dates", "news"}


def test_every_command_is_either_for_attendees_or_checked_for_organizers(harness):
    names = set()
    for command in harness.bot.tree.walk_commands():
        if not hasattr(command, "commands"):  # a leaf, not a group
            names.add(command.qualified_name)
    assert names == ATTENDEE_COMMANDS | set(ORGANIZER_COMMANDS)


@pytest.mark.parametrize("command", sorted(ORGANIZER_COMMANDS))
async def test_a_non_organizer_is_refused_politely_and_nothing_changes(harness, knowledge_dir, command):
    await harness.slash("ask", {"question": "Can I bring my dog to the venue?"})  # something for /answer to close
    before = fingerprint(knowledge_dir)
    result = await harness.slash(command, ORGANIZER_COMMANDS[command], user="alice")
    assert result.callback.json["type"] == 4 and result.callback.ephemeral
    assert result.callback.content.startswith(f"Sorry, only the workshop's organizers can use /{command}. Nothing was changed.")
    assert [c for c in result.calls if not c.path.endswith("/callback")] == []  # nothing posted anywhere
    assert fingerprint(knowledge_dir) == before
    assert len(harness.services.questions.open_items()) == 1


async def test_organizer_commands_are_off_without_a_configured_role(make_harness):
    harness = await make_harness(organizer_role_id=None)
    result = await harness.slash("stats", user="organizer")
    assert result.callback.ephemeral and "PERFM_ORGANIZER_ROLE_ID" in result.callback.content


async def test_announce_posts_without_pinging_and_is_answerable_at_once(harness, knowledge_dir):
    text = "The poster session moves to Hall 4 on the workshop day."
    result = await harness.slash("announce", {"message": text}, user="organizer")
    assert result.callback.json["type"] == 5 and result.callback.ephemeral
    [post] = result.channel_messages
    assert post.path == f"/channels/{harness.channel_id('announcements')}/messages"
    assert post.content == text
    assert_no_pings(result.calls)
    [confirmation] = result.followups
    assert confirmation.ephemeral and "attendees can ask about it now" in confirmation.content
    news = load_knowledge(knowledge_dir).news[-1]
    assert (news.text, news.by, news.day.isoformat()) == (text, "organizer", "2026-11-24")

    asked = await harness.slash("ask", {"question": "Where is the poster session?"})
    assert "Hall 4" in asked.followups[0].embeds[0]["description"]


async def test_announce_pings_only_when_asked_and_only_that(harness):
    here = await harness.slash("announce", {"message": "Doors open now, @everyone welcome.", "ping": "here"}, user="organizer")
    [post] = here.channel_messages
    # @here pings; the @everyone inside the text is made inert (allowing @here allows @everyone too)
    assert post.content == "@here\nDoors open now, @\u200beveryone welcome."
    assert post.json["allowed_mentions"] == {"parse": ["everyone"]}  # @here/@everyone only: no users, no roles

    role_id = harness.guild.role_id("Attendee")
    role = await harness.slash("announce", {"message": "Lunch is served.", "ping": "role"}, user="organizer")
    [post] = role.channel_messages
    assert post.content == f"<@&{role_id}>\nLunch is served."
    assert post.json["allowed_mentions"] == {"parse": [], "roles": [role_id]}  # exactly that role


async def test_ping_role_without_a_configured_role_is_refused_before_anything_happens(make_harness, knowledge_dir):
    harness = await make_harness(announce_role_id=None)
    before = fingerprint(knowledge_dir)
    result = await harness.slash("announce", {"message": "Hello", "ping": "role"}, user="organizer")
    assert result.callback.ephemeral and "PERFM_ANNOUNCE_ROLE_ID" in result.callback.content
    assert result.channel_messages == [] and fingerprint(knowledge_dir) == before


async def test_an_announcement_that_cannot_be_posted_is_kept_and_the_organizer_told(harness, knowledge_dir):
    channel = harness.channel_id("announcements")
    harness.offline.capture.fail("POST", f"/channels/{channel}/messages", status=403, code=50013, message="Missing Permissions")
    result = await harness.slash("announce", {"message": "Registration is open."}, user="organizer")
    [reply] = result.followups
    assert reply.ephemeral and "could not post it" in reply.content and "Missing Permissions" in reply.content
    assert load_knowledge(knowledge_dir).news[-1].text == "Registration is open."


async def test_an_overlong_announcement_is_refused_not_cut(harness, knowledge_dir):
    before = fingerprint(knowledge_dir)
    result = await harness.slash("announce", {"message": "x " * 800}, user="organizer", validate=False)
    assert result.channel_messages == [] and fingerprint(knowledge_dir) == before
    reply = result.followups[0] if result.followups else result.callback
    assert reply.ephemeral and "1500" in reply.content.replace(",", "")


async def test_deadline_set_is_answered_at_once_and_bad_dates_change_nothing(harness, knowledge_dir):
    before = fingerprint(knowledge_dir)
    bad = await harness.slash("deadline set", {"key": "paper", "day": "2026-13-45"}, user="organizer")
    assert bad.callback.ephemeral and "not a real calendar date" in bad.callback.content
    assert fingerprint(knowledge_dir) == before

    result = await harness.slash("deadline set", {"key": "paper", "day": "2026-12-15"}, user="organizer")
    [reply] = result.followups
    assert reply.ephemeral and "<t:" in reply.content
    asked = await harness.slash("ask", {"question": "When is the paper deadline?"})
    assert "December 15, 2026, 23:59 AoE" in asked.followups[0].embeds[0]["description"]

    await harness.slash("deadline tba", {"key": "paper"}, user="organizer")
    assert load_knowledge(knowledge_dir).date("paper").day is None


async def test_an_unknown_deadline_key_is_named(harness):
    result = await harness.slash("deadline tba", {"key": "papr"}, user="organizer")
    assert result.followups[0].ephemeral and "unknown deadline 'papr'" in result.followups[0].content


async def test_deadline_keys_autocomplete(harness):
    cog = harness.bot.get_cog("Organizer updates")
    choices = await cog.date_keys(None, "cam")
    assert [c.value for c in choices] == ["camera-ready"]


async def test_faq_add_then_remove(harness):
    added = await harness.slash(
        "faq add", {"question": "Is there a workshop dinner?", "answer": "Yes, at 19:00 in the conference hotel."},
        user="organizer",
    )
    assert added.followups[0].ephemeral
    asked = await harness.slash("ask", {"question": "Is there a workshop dinner?"})
    assert "19:00" in asked.followups[0].embeds[0]["description"]
    faq_id = next(e.id for e in harness.services.engine.knowledge.faq if "dinner" in e.question)
    removed = await harness.slash("faq remove", {"entry": faq_id}, user="organizer")
    assert removed.followups[0].ephemeral
    assert all("dinner" not in e.question for e in harness.services.engine.knowledge.faq)


async def test_reindex_picks_up_a_hand_edit(harness, knowledge_dir):
    news = knowledge_dir / "news.yaml"
    news.write_text(news.read_text() + "\n- id: hand-edit\n  text: Student volunteers are wanted; write to the organizers to help on the workshop day.\n")
    result = await harness.slash("reindex", user="organizer")
    assert "Reloaded the knowledge" in result.followups[0].content
    asked = await harness.slash("ask", {"question": "Are student volunteers wanted?"})
    assert "Student volunteers" in asked.followups[0].embeds[0]["description"]


async def test_reindex_reports_a_broken_file_and_keeps_answering(harness, knowledge_dir):
    (knowledge_dir / "faq.yaml").write_text("- id: x\n  question: q?\n")
    result = await harness.slash("reindex", user="organizer")
    assert "faq.yaml:1" in result.followups[0].content and "last good version" in result.followups[0].content
    assert_within_limits(result.calls)
    asked = await harness.slash("ask", {"question": "What is the page limit?"})
    assert "9 pages" in asked.followups[0].embeds[0]["description"]
    assert sent_messages(asked.calls)


async def test_an_announcement_cites_its_message_in_discord(harness, knowledge_dir):
    text = "The poster boards are numbered by paper id."
    result = await harness.slash("announce", {"message": text}, user="organizer")
    [post] = result.channel_messages
    posted_id = int(post.response["id"])
    news = load_knowledge(knowledge_dir).news[-1]
    assert news.text == text
    assert news.source == f"https://discord.com/channels/{harness.guild.id}/{harness.channel_id('announcements')}/{posted_id}"
    asked = await harness.slash("ask", {"question": "How are the poster boards numbered?"})
    sources = asked.followups[0].embeds[0]["fields"][0]["value"]
    assert f"/{posted_id})" in sources  # a markdown link to the announcement itself
