"""Hand edits to the knowledge reach the running bot; a broken edit is reported and changes nothing."""

from __future__ import annotations

from perfm_bot.bot.cogs.reloading import ReloadingCog


async def test_a_hand_edit_is_picked_up_and_a_broken_one_reported_once(harness, knowledge_dir):
    cog = harness.bot.get_cog("Knowledge reload")
    assert isinstance(cog, ReloadingCog)
    assert await cog.reload_once() is None  # nothing changed

    faq = knowledge_dir / "faq.yaml"
    good = faq.read_text()
    faq.write_text(good + "\n- id: posters\n  question: Is there a poster session?\n  answer: Yes, after lunch.\n")
    result = await cog.reload_once()
    assert result.error is None and result.stats.embedded == 2
    answered = await harness.slash("ask", {"question": "Is there a poster session?"})
    assert answered.followups[0].embeds[0]["description"] == "Yes, after lunch."

    harness.offline.capture.calls.clear()
    faq.write_text(good + "\n- id: broken\n  question: Half an entry?\n")
    assert (await cog.reload_once()).error is not None
    [report] = [c for c in harness.offline.capture.calls if c.method == "POST"]
    assert report.path == f"/channels/{harness.channel_id('organizers')}/messages"
    assert f"{faq}:{good.count(chr(10)) + 2}: 'answer' is missing" in report.json["content"]
    assert report.json["allowed_mentions"]["parse"] == []
    still = await harness.slash("ask", {"question": "Is there a poster session?"})
    assert still.followups[0].embeds[0]["description"] == "Yes, after lunch."  # the last good version answers

    harness.offline.capture.calls.clear()
    assert await cog.reload_once() is None  # the same broken file is not reported again
    assert [c for c in harness.offline.capture.calls if c.method == "POST"] == []
