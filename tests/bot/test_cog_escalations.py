"""The escalation loop through real discord.py objects: /unanswered, /answer (with delivery fallbacks), /stats."""

from __future__ import annotations

from bot_helpers import assert_no_pings, assert_within_limits, sent_messages

from perfm_bot.answering.compose import Answer
from perfm_bot.sources.loader import load_knowledge
from perfm_bot.records.questions import Asked

DOG = "Can I bring my dog to the venue?"


async def escalated_by_slash(harness, question: str = DOG) -> dict:
    """Alice asks with /ask, the bot abstains, she presses Ask an organizer; the answer message."""
    result = await harness.slash("ask", {"question": question})
    message = harness.offline.capture.messages[int(result.followups[0].response["id"])]
    await harness.click(message, "Ask an organizer")
    return message


async def test_answer_with_add_to_faq_reaches_the_asker_and_teaches_the_bot(harness, knowledge_dir):
    message = await escalated_by_slash(harness)
    listed = await harness.slash("unanswered", user="organizer")
    assert listed.callback.ephemeral and "**Q1**" in listed.callback.embeds[0]["description"]
    assert DOG in listed.callback.embeds[0]["description"]

    text = "Only assistance dogs are allowed at the venue."
    result = await harness.slash("answer", {"id": 1, "text": text, "add_to_faq": True}, user="organizer")
    [delivery] = result.channel_messages
    assert delivery.path == f"/channels/{harness.channel_id('general')}/messages"
    assert int(delivery.json["message_reference"]["message_id"]) == int(message["id"])  # a reply to the bot's answer
    assert delivery.embeds[0]["description"] == text
    assert DOG in delivery.embeds[0]["fields"][0]["value"]
    asker = harness.services.questions.get(1).asker_id
    assert delivery.json["content"] == f"<@{asker}>"  # the asker is notified, and nobody else can be:
    assert delivery.json["allowed_mentions"] == {"parse": [], "users": [asker]}
    assert_no_pings([c for c in result.calls if c is not delivery])
    [confirmation] = result.followups
    assert confirmation.ephemeral and "Answered Q1 in the channel where they asked" in confirmation.content
    assert "Added to the FAQ" in confirmation.content

    assert harness.services.questions.open_items() == []
    assert harness.services.questions.item(1).delivered_to == "channel"
    entry = next(e for e in load_knowledge(knowledge_dir).faq if e.question == DOG)
    assert (entry.answer, entry.by) == (text, "organizer")

    next_attendee = await harness.slash("ask", {"question": DOG}, user="organizer")
    assert next_attendee.followups[0].embeds[0]["description"] == text

    again = await harness.slash("answer", {"id": 1, "text": "again"}, user="organizer")
    assert again.callback.ephemeral and "Q1 was already answered by organizer" in again.callback.content


async def test_an_answer_goes_to_the_question_thread_first(harness):
    await harness.post("Is there childcare at the conference?", channel="ask")
    logged = harness.services.questions.get(1)
    result = await harness.slash("answer", {"id": 1, "text": "Not this year, sorry."}, user="organizer")
    [delivery] = result.channel_messages
    assert delivery.path == f"/channels/{logged.thread_id}/messages"
    assert int(delivery.json["message_reference"]["message_id"]) == logged.reply_id
    assert harness.services.questions.item(1).delivered_to == "thread"


async def test_when_thread_and_channel_are_gone_the_answer_goes_by_dm(harness):
    await harness.post("Is there childcare at the conference?", channel="ask")
    logged = harness.services.questions.get(1)
    capture = harness.offline.capture
    capture.fail("POST", f"/channels/{logged.thread_id}/messages", status=404, code=10003, message="Unknown Channel")
    capture.fail("POST", f"/channels/{logged.channel_id}/messages", status=404, code=10003, message="Unknown Channel")
    result = await harness.slash("answer", {"id": 1, "text": "Not this year, sorry."}, user="organizer")
    dm = capture.dm_channels[harness.guild.member_id("alice")]
    assert result.channel_messages[-1].path == f"/channels/{dm['id']}/messages"
    assert "by direct message" in result.followups[0].content
    assert harness.services.questions.item(1).delivered_to == "dm"


async def test_when_nobody_can_be_reached_the_item_stays_open(harness):
    await escalated_by_slash(harness)
    capture = harness.offline.capture
    capture.fail("POST", f"/channels/{harness.channel_id('general')}/messages", status=403, code=50013)
    capture.fail("POST", "/channels/{id}/messages", status=403, code=50007, message="Cannot send messages to this user")
    result = await harness.slash("answer", {"id": 1, "text": "Only assistance dogs."}, user="organizer")
    [reply] = result.followups
    assert reply.ephemeral and "Q1 stays open" in reply.content
    assert [i.question.id for i in harness.services.questions.open_items()] == [1]


async def test_a_dm_question_is_answered_in_the_dm(harness):
    await harness.post("Is there childcare at the conference?", dm=True)
    logged = harness.services.questions.get(1)
    result = await harness.slash("answer", {"id": 1, "text": "Not this year."}, user="organizer")
    [delivery] = result.channel_messages
    assert delivery.path == f"/channels/{logged.channel_id}/messages"
    assert harness.services.questions.item(1).delivered_to == "dm"


async def test_unknown_ids_are_explained_and_a_refused_faq_entry_still_answers_the_asker(harness, knowledge_dir):
    unknown = await harness.slash("answer", {"id": 99, "text": "x"}, user="organizer")
    assert unknown.callback.ephemeral and "There is no question Q99" in unknown.callback.content

    long_question = "Could you please tell me " + "whether dogs, cats and other pets " * 10 + "are allowed?"
    await escalated_by_slash(harness, long_question)
    result = await harness.slash("answer", {"id": 1, "text": "No pets.", "add_to_faq": True}, user="organizer")
    [delivery] = result.channel_messages  # the asker gets the answer all the same
    assert delivery.embeds[0]["description"] == "No pets."
    [confirmation] = result.followups
    assert "Answered Q1" in confirmation.content and "Not added to the FAQ" in confirmation.content
    assert "300" in confirmation.content
    assert harness.services.questions.open_items() == []
    assert all(e.question != long_question for e in load_knowledge(knowledge_dir).faq)


async def test_unanswered_stays_within_discord_limits(harness):
    for n in range(12):
        question = f"{n} " + "why? " * 99
        harness.services.questions.record(Asked(1, "alice", "slash", 5, guild_id=1), Answer(question, False, "", (), 0.1, "none"))
    result = await harness.slash("unanswered", user="organizer")
    description = result.callback.embeds[0]["description"]
    assert len(description) <= 4096 and description.endswith("more (answer the oldest first)")
    assert description.startswith("**Q1**")
    assert_within_limits(result.calls)


async def test_answer_autocomplete_lists_open_questions(harness):
    await escalated_by_slash(harness)
    cog = harness.bot.get_cog("Organizer queue")
    [choice] = await cog.open_questions(None, "Q")
    assert (choice.value, choice.name) == (1, f"Q1: {DOG}")


async def test_stats_count_questions_feedback_and_topics(harness):
    result = await harness.slash("ask", {"question": "What is the page limit?"})
    message = harness.offline.capture.messages[int(result.followups[0].response["id"])]
    await harness.click(message, "Helpful")
    await escalated_by_slash(harness)
    stats = await harness.slash("stats", user="organizer")
    fields = {f["name"]: f["value"] for f in stats.callback.embeds[0]["fields"]}
    assert fields["Questions asked"] == "2"
    assert fields["Answered by the bot"] == "1 (50%)"
    assert fields["Open for organizers"] == "1 (1 escalated by attendees)"
    assert fields["Feedback"] == "1 helpful · 0 not helpful"
    assert fields["Most-asked topics"] == "1 × FAQ: page-limit"
    assert stats.callback.ephemeral and sent_messages(stats.calls)


async def test_a_faq_entry_from_an_answer_cites_the_question_it_answered(harness, knowledge_dir):
    await escalated_by_slash(harness)
    logged = harness.services.questions.get(1)
    await harness.slash("answer", {"id": 1, "text": "Only assistance dogs are allowed.", "add_to_faq": True}, user="organizer")
    entry = next(e for e in load_knowledge(knowledge_dir).faq if e.question == DOG)
    where = logged.thread_id or logged.channel_id
    assert entry.source == f"https://discord.com/channels/{logged.guild_id}/{where}/{logged.message_id or logged.reply_id}"
