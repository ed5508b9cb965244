"""Attendee questions through real discord.py objects: /ask, mentions, DMs, the ask channel, threads, buttons."""

from __future__ import annotations

from bot_helpers import SITE, assert_no_pings, assert_within_limits, sent_messages


def labels(message: dict) -> list[str]:
    return [c["label"] for row in message.get("components", []) for c in row["components"]]


async def test_ask_answers_with_sources_and_buttons(harness):
    result = await harness.slash("ask", {"question": "What is the page limit?"})
    assert not result.failed
    assert result.callback.json["type"] == 5  # deferred: the model may take longer than 3 s
    [reply] = result.followups
    [embed] = reply.embeds
    assert "at most 9 pages" in embed["description"]
    assert embed["title"] == "What is the page limit?"
    [source] = embed["fields"]
    assert f"({SITE}/events/perfm-aaai26/#3-submissions-and-timeline)" in source["value"]
    assert labels(reply.message) == ["Helpful", "Not helpful", "Ask an organizer"]
    assert_no_pings(result.calls)
    assert_within_limits(result.calls)
    logged = harness.services.questions.get(1)
    assert (logged.question, logged.via, logged.answered, logged.asker_name) == ("What is the page limit?", "slash", True, "alice")
    assert logged.reply_id == int(reply.response["id"])


async def test_an_abstention_says_so_and_offers_the_organizers_in_the_same_reply(harness):
    result = await harness.slash("ask", {"question": "Can I bring my dog to the venue?"})
    [reply] = result.followups
    [embed] = reply.embeds
    assert embed["description"].startswith("I don't know")
    assert any("Ask an organizer" in f["value"] for f in embed["fields"])
    assert "Ask an organizer" in labels(reply.message)
    [item] = harness.services.questions.open_items()
    assert (item.question.question, item.reason) == ("Can I bring my dog to the venue?", "abstained")


async def test_a_question_over_500_characters_is_refused_privately_and_not_logged(harness):
    # Discord's client enforces Range's max_length; a payload built past it still gets a clear refusal.
    result = await harness.slash("ask", {"question": "x" * 501}, validate=False)
    assert result.callback.json["type"] == 4 and result.callback.ephemeral
    assert "the limit is 500" in result.callback.content
    assert harness.services.questions.stats().asked == 0


async def test_asking_too_fast_gets_a_cooldown_message(harness):
    for _ in range(3):
        assert not (await harness.slash("ask", {"question": "What is the page limit?"})).failed
    result = await harness.slash("ask", {"question": "What is the page limit?"})
    assert result.callback.ephemeral and "asking faster than I can keep up" in result.callback.content
    assert harness.services.questions.stats().asked == 3
    other = await harness.slash("ask", {"question": "What is the page limit?"}, user="organizer")
    assert not other.callback.ephemeral  # the limit is per person


async def test_a_mention_is_answered_as_a_quiet_reply(harness):
    calls = await harness.post(f"{harness.mention} is the review double-blind?")
    [reply] = sent_messages(calls)
    assert reply.path == f"/channels/{harness.channel_id('general')}/messages"
    assert reply.json["message_reference"]["message_id"]
    assert reply.embeds[0]["description"] == "Review is double-blind."
    assert reply.json["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert_no_pings(calls)
    assert harness.services.questions.get(1).via == "mention"


async def test_user_text_is_shown_inert(harness):
    calls = await harness.post(f"{harness.mention} is @everyone welcome at the **poster** session, <@&123456789012345678>?")
    [reply] = sent_messages(calls)
    title = reply.embeds[0]["title"]
    assert "@everyone" not in title and "@\u200beveryone" in title
    assert "**" not in title and "\\*\\*poster\\*\\*" in title
    assert "<@&123456789012345678>" not in title
    assert_no_pings(calls)


async def test_an_empty_mention_gets_a_hint_and_chatter_is_ignored(harness):
    [hint] = sent_messages(await harness.post(harness.mention))
    assert "/ask" in hint.content
    assert await harness.post("What is the page limit?") == []  # not for the bot: no mention, not an ask channel
    assert harness.services.questions.stats().asked == 0


async def test_a_direct_message_is_answered(harness):
    calls = await harness.post("What is the page limit?", dm=True)
    [reply] = sent_messages(calls)
    assert "9 pages" in reply.embeds[0]["description"]
    logged = harness.services.questions.get(1)
    assert (logged.via, logged.guild_id) == ("dm", None)


async def test_the_ask_channel_opens_a_thread_per_question_and_answers_follow_ups_there(harness):
    ask = harness.channel_id("ask")
    calls = await harness.post("Is the review double-blind?", channel="ask")
    [thread_call] = [c for c in calls if c.path.endswith("/threads")]
    assert thread_call.path.startswith(f"/channels/{ask}/messages/") and thread_call.json["name"] == "Is the review double-blind?"
    thread_id = int(thread_call.response["id"])
    [answer] = sent_messages(calls)
    assert answer.path == f"/channels/{thread_id}/messages"
    logged = harness.services.questions.get(1)
    assert (logged.via, logged.thread_id, logged.channel_id) == ("ask-channel", thread_id, ask)

    harness.guild.threads[thread_id] = thread_call.response  # Discord's THREAD_CREATE puts it in the cache
    harness.offline.refresh_guild()
    follow_up = await harness.post("And what is the page limit?", channel=thread_id)
    [reply] = sent_messages(follow_up)
    assert reply.path == f"/channels/{thread_id}/messages" and "9 pages" in reply.embeds[0]["description"]
    assert harness.services.questions.get(2).via == "thread"

    for remark in ("thanks!", "ok great", "Thank you so"):  # short remarks are not questions
        assert sent_messages(await harness.post(remark, channel=thread_id)) == []
        assert sent_messages(await harness.post(remark, channel="ask")) == []
    assert harness.services.questions.stats().asked == 2 and harness.services.questions.open_items() == []


async def test_a_flood_of_messages_is_slowed_down_once_then_ignored(harness):
    for _ in range(3):
        assert sent_messages(await harness.post("Is the review double-blind?", dm=True))
    [warning] = sent_messages(await harness.post("Is the review double-blind?", dm=True))
    assert "asking faster than I can keep up" in warning.content
    assert sent_messages(await harness.post("Is the review double-blind?", dm=True)) == []
    assert harness.services.questions.stats().asked == 3


async def test_feedback_buttons_store_the_vote(harness):
    result = await harness.slash("ask", {"question": "What is the page limit?"})
    message = harness.offline.capture.messages[int(result.followups[0].response["id"])]
    click = await harness.click(message, "Not helpful")
    assert click.callback.ephemeral and "Ask an organizer" in click.callback.content
    await harness.click(message, "Helpful", user="organizer")
    stats = harness.services.questions.stats()
    assert (stats.helpful, stats.not_helpful) == (1, 1)


async def test_ask_an_organizer_queues_the_question_and_tells_the_organizers_once(harness):
    result = await harness.slash("ask", {"question": "Can I bring my dog to the venue?"})
    message = harness.offline.capture.messages[int(result.followups[0].response["id"])]
    click = await harness.click(message, "Ask an organizer")
    [reply] = click.followups  # acknowledged at once (deferred), then told privately
    assert click.callback.ephemeral and reply.ephemeral and "Q1 is with the organizers" in reply.content
    [notice] = [c for c in click.calls if c.path == f"/channels/{harness.channel_id('organizers')}/messages"]
    assert "/answer 1 " in notice.content and "Can I bring my dog to the venue?" in notice.content
    assert_no_pings(click.calls)
    again = await harness.click(message, "Ask an organizer")
    assert "already with the organizers" in again.followups[0].content
    assert not [c for c in again.calls if "/channels/" in c.path]
    [item] = harness.services.questions.open_items()
    assert item.reason == "escalated"


async def test_buttons_on_old_answers_work_after_a_restart(make_harness, tmp_path):
    first = await make_harness()
    result = await first.slash("ask", {"question": "What is the page limit?"})
    message = first.offline.capture.messages[int(result.followups[0].response["id"])]
    second = await make_harness(state=tmp_path / "state")  # a new bot process on the same state
    click = await second.click(message, "Ask an organizer")
    assert "Q1 is with the organizers" in click.followups[0].content
    assert second.services.questions.open_items()[0].question.id == 1


async def test_mentioning_the_bots_role_counts_as_mentioning_the_bot(harness):
    role = harness.offline.guild.self_role
    calls = await harness.post(f"<@&{role.id}> is the review double-blind?")
    [reply] = sent_messages(calls)
    assert reply.embeds[0]["description"] == "Review is double-blind."
    assert harness.services.questions.get(1).question == "is the review double-blind?"


async def test_a_failure_inside_the_bot_gets_an_apology_and_the_bot_keeps_answering(harness, monkeypatch, caplog):
    real_ask = harness.services.batcher.ask
    calls = {"n": 0}

    async def failing_once(question, context=None):
        calls["n"] += 1
        if calls["n"] <= 2:
            raise RuntimeError("model worker crashed")
        return await real_ask(question)

    monkeypatch.setattr(harness.services.batcher, "ask", failing_once)
    result = await harness.slash("ask", {"question": "What is the page limit?"})
    assert "something went wrong on my side" in result.followups[0].content
    assert "model worker crashed" in caplog.text
    [apology] = sent_messages(await harness.post(f"{harness.mention} What is the page limit?"))
    assert "something went wrong on my side" in apology.content
    [answer] = sent_messages(await harness.post(f"{harness.mention} What is the page limit?"))
    assert "9 pages" in answer.embeds[0]["description"]  # the next question gets a real answer


async def test_a_follow_up_in_a_question_thread_is_read_with_the_question_before_it(harness):
    calls = await harness.post("When is author notification?", channel="ask")
    [thread_call] = [c for c in calls if c.path.endswith("/threads")]
    thread_id = int(thread_call.response["id"])
    harness.guild.threads[thread_id] = thread_call.response
    harness.offline.refresh_guild()
    follow_up = await harness.post("what about the workshop day itself?", channel=thread_id)
    [reply] = sent_messages(follow_up)
    # Read alone, "the workshop day itself" is about the day's programme; after a question about a
    # date it asks for the workshop's date.
    assert "workshop date" in reply.embeds[0]["description"].lower()
    alone = await harness.slash("ask", {"question": "what about the workshop day itself?"})
    assert "workshop date" not in alone.followups[0].embeds[0]["description"].lower()


async def test_a_message_answered_in_part_offers_the_organizers_the_open_part(harness):
    """'what is the page limit and can I bring my dog?': the limit is answered, the dog is not. The
    reply has an "Ask an organizer" for that part, which hands that part, not the message, to them."""
    result = await harness.slash("ask", {"question": "what is the page limit and can I bring my dog to the venue?"})
    [reply] = result.followups
    assert "at most 9 pages" in reply.embeds[0]["description"]
    buttons = labels(reply.message)
    assert buttons[:3] == ["Helpful", "Not helpful", "Ask an organizer"]
    [part_button] = buttons[3:]
    assert part_button.startswith("Ask an organizer: ") and "dog" in part_button
    message_q = harness.services.questions.get(1)
    [part] = harness.services.questions.open_parts(message_q.id)
    assert "dog" in part.question and [i.question.id for i in harness.services.questions.open_items()] == [part.id]
    message = harness.offline.capture.messages[int(reply.response["id"])]
    click = await harness.click(message, part_button)
    assert f"{part.label} is with the organizers" in click.followups[0].content
    [item] = harness.services.questions.open_items()
    assert (item.question.id, item.reason) == (part.id, "escalated")
