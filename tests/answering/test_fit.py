"""The answer-fit check and the multi-part reply, on the shipped knowledge's chunks (pure: no model)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from perfm_bot.answering import analysis as an
from perfm_bot.answering import fit
from perfm_bot.answering.compose import Answer, Policy
from perfm_bot.answering.parts import answer_question, build_profile, combine
from perfm_bot.answering.ranking import RankedHit
from perfm_bot.index.chunking import Source, build_chunks
from perfm_bot.sources.loader import load_knowledge

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 24, 12, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def shipped():
    knowledge = load_knowledge(REPO / "knowledge")
    chunks = build_chunks(knowledge)
    return knowledge, chunks, build_profile(chunks, "PerFM Workshop @ AAAI 2026")


def chunk(chunks, kind, ref=None, text=None):
    return next(c for c in chunks if c.kind == kind and (ref is None or c.ref == ref) and (text is None or text in c.text))


def hit(c, dense, coverage=0.5):
    return RankedHit(c, dense + 0.4 * coverage, dense, coverage)


def question(text, intent_=None):
    kind, whole = an.intent(an.normalise(text))
    return an.Question(text, text, intent_ or kind, False, whole)


def test_chunks_are_tagged_from_the_knowledge_s_own_structure(shipped):
    _, chunks, profile = shipped
    tags = profile.tags
    assert an.DATE in tags[chunk(chunks, "date", "paper").id]
    assert an.WHO in tags[chunk(chunks, "faq", "organizers").id]
    assert an.WHO in tags[chunk(chunks, "faq", "contact").id]  # it cites the page's Contact section
    assert an.SCHEDULE in tags[chunk(chunks, "faq", "schedule").id]
    assert an.SCOPE in tags[chunk(chunks, "page", text="Applications:").id]
    assert an.NEWS in tags[chunk(chunks, "news", "website-launched").id]


def test_the_shipped_schedule_is_known_to_be_unpublished(shipped):
    _, chunks, profile = shipped
    assert not profile.schedule.published
    assert profile.schedule.source.kind == "faq" and profile.schedule.source.ref == "schedule"


def test_a_published_schedule_with_times_is_published(shipped):
    _, chunks, profile = shipped
    faq = chunk(chunks, "faq", "schedule")
    timed = type(faq)(faq.id + "x", "faq", "09:00 Opening remarks; 09:10 Keynote", faq.keys, faq.source, "schedule2")
    tags = {**profile.tags, timed.id: frozenset({an.SCHEDULE})}
    assert fit.schedule_state([faq, timed], tags).published


def test_date_records_answer_only_date_questions(shipped):
    _, chunks, profile = shipped
    date, about = chunk(chunks, "date", "workshop"), chunk(chunks, "faq", "about")
    hits = [hit(date, 0.81), hit(about, 0.65)]
    assert [h.chunk for h in fit.select(question("what's the workshop about?"), hits, profile.tags)] == [about]
    assert fit.select(question("when's the workshop happening"), hits, profile.tags)[0].chunk == date


def test_when_needs_an_answer_that_states_a_time(shipped):
    _, chunks, profile = shipped
    news = chunk(chunks, "news", "website-launched")
    q = question("when was the website launched?")
    assert not fit.check(q, hit(news, 0.9), "News: Website launched.", profile.vocabulary, 0.7).ok
    date = chunk(chunks, "date", "paper")
    assert fit.check(question("when is the paper deadline?"), hit(date, 0.9), "The paper ... (TBA).", profile.vocabulary, 0.7).ok
    # a news item whose date the page leaves a placeholder says so: an honest answer to "when?"
    assert fit.check(q, hit(news, 0.9), "News (date not announced): Website launched.", profile.vocabulary, 0.7).ok


def test_a_near_answer_sharing_words_but_not_the_relation_is_declined(shipped):
    _, chunks, profile = shipped
    review = chunk(chunks, "faq", "review")
    q = question("can i put my submission on arxiv before the review?")
    verdict = fit.check(q, hit(review, 0.47, 0.29), review.text, profile.vocabulary, 0.7)
    assert not verdict.ok and "arxiv" in verdict.why
    # the same shape of question about what the knowledge does speak of is answered
    virtual = chunk(chunks, "faq", "attend-virtually")
    assert fit.check(question("can i attend virtually?"), hit(virtual, 0.76, 0.31), virtual.text, profile.vocabulary, 0.7).ok
    # a TBA answer about the asked subject answers a specific about it
    site = chunk(chunks, "faq", "submission-site")
    assert fit.check(question("is submission through openreview?"), hit(site, 0.48, 0.18), site.text, profile.vocabulary, 0.7).ok


def test_a_passage_about_the_aside_does_not_answer_the_question_beside_it(shipped):
    """"since it's non-archival, will accepted papers be posted on the website?": the FAQ entry on
    non-archival shares the aside's words, and says nothing of the question's."""
    _, chunks, profile = shipped
    archival = chunk(chunks, "faq", "non-archival")
    review = chunk(chunks, "faq", "review")
    aside = an.Question("will accepted papers be posted on the website?", "will accepted papers be posted on the website? since it is non-archival", an.OTHER)
    assert fit.check(aside, hit(archival, 0.8, 0.4), archival.text, profile.vocabulary, 0.7).why.startswith("answers the clause beside")
    inline = question("am i allowed to post my paper on arxiv while it is under double-blind review?")
    assert not fit.check(inline, hit(review, 0.8, 0.4), review.text, profile.vocabulary, 0.7).ok
    # who reviews is not the review the aside named
    reviewer = an.Question("can i sign up to be a reviewer?", "can i sign up to be a reviewer? since review is double blind", an.OTHER)
    assert fit.check(reviewer, hit(review, 0.8, 0.4), review.text, profile.vocabulary, 0.7).why.startswith("answers the clause beside")
    # a story before the question is no aside: "mine is only 4 pages" is what the asker has
    story = an.Question("do you accept short papers?", "do you accept short papers? mine is only 4 pages", an.SUBMIT)
    limit = chunk(chunks, "faq", "page-limit")
    assert fit.check(story, hit(limit, 0.8, 0.4), limit.text, profile.vocabulary, 0.7).ok
    # nor is an aside the passage shares nothing with
    plain = an.Question("is review double-blind?", "is review double-blind? since i am new here", an.OTHER)
    assert fit.check(plain, hit(review, 0.8, 0.4), review.text, profile.vocabulary, 0.7).ok


def test_a_practical_matter_is_answered_only_by_a_passage_that_speaks_of_it(shipped):
    """Hotels, visas, streaming, food: the venue line is nearest on meaning to "any hotel near the
    venue?", yet it says nothing about hotels."""
    from perfm_bot.index.chunking import Chunk

    _, _, profile = shipped
    venue = Chunk("page:v", "page", "The workshop is at the Hangzhou International Expo Center, Room 3.", (), Source("Home", "/"))
    hotel = Chunk("page:h", "page", "A discounted room block is available at the Expo Hotel.", (), Source("Travel", "/travel/"))
    hybrid = Chunk("page:r", "page", "The workshop is hybrid: talks can be followed on Zoom.", (), Source("Home", "/"))
    dinner = Chunk("faq:d", "faq", "Yes, at 19:00 in the conference hotel.", ("Is there a workshop dinner?",), Source("FAQ", "/faq"), "d")
    template = Chunk("page:t", "page", "Papers should adhere to the IEEE formatting guidelines (template available) (https://www.ieee.org/conferences/publishing/templates.html)", (), Source("CFP", "/"))
    archival = Chunk("page:a", "page", "Accepted papers will appear in the ICDE 2025 workshop proceedings.", (), Source("CFP", "/"))
    for q, passage, ok in (
        ("any hotel recommendations near the venue?", venue, False),
        ("any hotel recommendations near the venue?", hotel, True),
        ("can the organizers send me a visa invitation letter?", venue, False),
        ("will the talks be livestreamed?", venue, False),
        ("will the talks be livestreamed?", hybrid, True),
        ("where is the workshop?", venue, True),  # no practical matter asked: no verdict here
        ("is there a workshop dinner?", dinner, True),  # a FAQ entry answers the question it is filed under
        ("will accepted papers be in the IEEE workshop proceedings?", template, False),  # its link's address says "publishing"
        ("will accepted papers be in the IEEE workshop proceedings?", archival, True),
    ):
        assert fit.check(question(q), hit(passage, 0.9, 0.6), passage.text, profile.vocabulary, 0.7).ok is ok, q


def test_an_out_of_scope_topic_first_on_meaning_and_words_wins(shipped):
    _, chunks, _ = shipped
    conduct = next(c for c in chunks if c.kind == "out_of_scope" and "conduct" in c.text)
    organizers = chunk(chunks, "faq", "organizers")
    assert fit.oos_wins([hit(conduct, 0.67, 0.86), hit(organizers, 0.73, 0.14)])
    assert not fit.oos_wins([hit(organizers, 0.9, 0.8), hit(conduct, 0.5, 0.1)])


def test_program_times_while_the_schedule_is_unpublished_say_so_without_a_passage(shipped):
    knowledge, chunks, profile = shipped
    faq = chunk(chunks, "faq", "schedule")
    asked = question("what time does the poster session start?")
    answered = answer_question(asked, [hit(faq, 0.5)], knowledge, NOW, Policy(), profile)  # like a TBA date
    assert answered.answered and "schedule is not published yet" in answered.text
    assert answered.sources == (faq.source,) and answered.intent == an.TIME and answered.origin == "faq"


def test_off_topic_and_chit_chat_get_a_friendly_decline_naming_what_the_bot_knows(shipped):
    knowledge, _, profile = shipped
    for text, intent_ in (("write a poem about the workshop", an.OFF_TOPIC), ("thanks!", an.CHIT_CHAT), ("hi bot", an.CHIT_CHAT)):
        answer = answer_question(question(text, intent_), [], knowledge, NOW, Policy(), profile)
        assert not answer.answered and answer.sources == ()
        assert "dates and deadlines" in answer.text and "organizers" in answer.text


def test_what_s_new_lists_the_published_news(shipped):
    knowledge, _, profile = shipped
    answer = answer_question(question("what's new?"), [], knowledge, NOW, Policy(), profile)
    assert answer.answered and answer.origin == "news"
    assert "Call for Contributions released." in answer.text and "Website launched." in answer.text
    for asked in ("any updates / news on perfm lately?", "any news recently?"):  # the workshop's own name, a time word
        lately = answer_question(question(asked, an.NEWS), [], knowledge, NOW, Policy(), profile)
        assert lately.origin == "news" and "Website launched." in lately.text, asked


def test_who_the_workshop_is_for_is_answered_whatever_group_the_asker_names(shipped):
    """'Is this workshop only for academics?' asks who attends: the organizers' "Who is the workshop
    for?" answers it though it never says "academics"; it is no question of topics in scope."""
    knowledge, chunks, profile = shipped
    audience = next(c for c in chunks if c.id.startswith("faq:audience"))
    for asked in ("is this workshop only for academics?", "is it meant for people like me or researchers only?"):
        assert an.analyse(asked).questions[0].intent == an.OTHER and an.asks_audience(asked)
        assert fit.check(question(asked), hit(audience, 0.62, 0.2), audience.text, profile.vocabulary, 0.8).ok, asked
    assert not an.asks_audience("is federated learning in scope?")


def _answer(q, answered, text, chunk_id):
    src = Source("PerFM", f"/x#{chunk_id}")
    return Answer(q, answered, text, (src,) if answered else (), 0.9 if answered else 0.0,
                  "faq" if answered else "none", chunk_id, "faq" if answered else "", chunk_id)


def test_a_multi_part_reply_answers_each_part_on_its_own():
    parts = [
        _answer("when's camera-ready due?", True, "The camera-ready submission deadline has not been announced yet (TBA).", "c"),
        _answer("what size should posters be?", False, "I don't know.", None),
    ]
    reply = combine("when's camera-ready due and what size should posters be?", parts)
    assert reply.answered and reply.parts == tuple(parts)
    assert reply.text.splitlines() == [
        "**When's camera-ready due:** The camera-ready submission deadline has not been announced yet (TBA).",
        "**What size should posters be:** I don't know.",
    ]
    assert reply.origin == "faq" and reply.ref == "c"
    data = reply.to_dict()
    assert [p["answered"] for p in data["parts"]] == [True, False]
    assert "parts" not in parts[0].to_dict()  # a single answer keeps its shape


def test_two_questions_with_the_same_answer_share_one_line():
    same = "Submissions are PDFs of at most 9 pages."
    reply = combine("m", [_answer("page limit?", True, same, "p"), _answer("max pages?", True, same, "p")])
    assert reply.text == f"**Page limit / Max pages:** {same}" and len(reply.parts) == 2


def test_nothing_answered_means_the_reply_is_not_answered():
    reply = combine("m", [_answer("a?", False, "no", None), _answer("b?", False, "no", None)])
    assert not reply.answered and reply.kind == "none"


def test_a_single_question_is_answered_as_it_is():
    only = _answer("page limit?", True, "9 pages", "p")
    assert combine("page limit??", [only]) == Answer(**{**only.__dict__, "question": "page limit??"})


def test_an_open_question_naming_two_things_the_knowledge_never_mentions_is_declined():
    """'who sponsors it and is there a livestream' on a site that names neither: a passage that
    shares a word is no answer. One unknown word alone is not enough for an open question
    (synonyms: 'co-located' for 'held at'), while it is for a yes/no question."""
    from perfm_bot.answering import analysis as an
    from perfm_bot.answering.fit import check, unknown_words
    from perfm_bot.answering.ranking import RankedHit, stems
    from perfm_bot.index.chunking import Chunk, Source

    vocabulary = frozenset(stems("conference workshop held at ICML in Seoul on July 10 speakers organizers papers posters"))
    chunk = Chunk("page:x", "page", "The workshop is held at ICML in Seoul.", ("The workshop is held at ICML in Seoul.",), Source("Home", "/"))
    hit = RankedHit(chunk, 0.55, 0.5, 0.1)
    open_two = an.Question("which hotel has the discounted block", "which hotel has the discounted block", an.OTHER)
    open_one = an.Question("which conference is this co-located with", "which conference is this co-located with", an.WHERE)
    yes_no = an.Question("is there a hotel block", "is there a hotel block", an.OTHER)
    assert len(unknown_words(open_two.text, vocabulary)) >= 2
    assert not check(open_two, hit, chunk.text, vocabulary, 0.7).ok
    assert check(open_one, hit, chunk.text, vocabulary, 0.7).ok
    assert not check(yes_no, hit, chunk.text, vocabulary, 0.7).ok


def test_a_value_of_something_else_is_no_answer():
    """'how much is registration?' and a passage stating award money: an amount, of something else."""
    from perfm_bot.answering import analysis as an
    from perfm_bot.answering.fit import check
    from perfm_bot.answering.ranking import RankedHit, stems
    from perfm_bot.index.chunking import Chunk, Source

    awards = "Two Best Workshop Paper Awards (150 USD each)"
    fee = "Registration costs 150 USD for the workshop day."
    vocabulary = frozenset(stems(f"{awards} {fee}"))
    question = an.Question("how much is registration for the workshop?", "how much is registration for the workshop?", an.OTHER)
    for text, ok in ((awards, False), (fee, True)):
        chunk = Chunk("page:x", "page", text, (text,), Source("Home", "/"))
        assert check(question, RankedHit(chunk, 0.6, 0.5, 0.2), text, vocabulary, 0.7).ok is ok


def test_an_either_or_question_is_answered_by_the_passage_that_states_the_known_choice(shipped):
    knowledge, chunks, profile = shipped
    pdfs = chunk(chunks, "faq", text="Submissions are PDFs")
    ok = fit.check(question("is a word doc ok or does it have to be a pdf"), hit(pdfs, 0.4, 0.0), pdfs.text, profile.vocabulary, 0.6)
    assert ok.ok
    alone = fit.check(question("is a word doc ok"), hit(pdfs, 0.4, 0.0), pdfs.text, profile.vocabulary, 0.6)
    assert not alone.ok and "word" in alone.why  # the unknown choice alone is still declined
    timed = fit.check(question("can I post it on arXiv before or during the review"), hit(pdfs, 0.4, 0.0), pdfs.text, profile.vocabulary, 0.6)
    assert not timed.ok  # "before or during" is no choice between two things


def test_a_date_of_another_milestone_does_not_answer_a_date_question(shipped):
    knowledge, chunks, profile = shipped
    paper = chunk(chunks, "date", text="Paper submission")
    camera = chunk(chunks, "date", text="Camera-ready")
    asks = question("when is the camera-ready due?")
    assert not fit.check(asks, hit(paper, 0.7), paper.text, profile.vocabulary, 0.6).ok
    assert fit.check(asks, hit(camera, 0.7), camera.text, profile.vocabulary, 0.6).ok
    final = question("deadline for the final version of accepted papers?")  # "accepted" is no notification
    assert fit.check(final, hit(camera, 0.7), camera.text, profile.vocabulary, 0.6).ok
    from dataclasses import replace

    decision = replace(paper, id="page:x#decision", text="Decision Notification: May 11, 2026", states_date="2026-05-11", dated=True, keys=())
    both = question("when do we hear back whether our abstract got accepted?")  # the abstract is what was sent
    assert fit.check(both, hit(decision, 0.7), decision.text, profile.vocabulary, 0.6).ok
    deadline = replace(decision, id="page:x#deadline", text="Paper deadline: April 17, 2026", states_date="2026-04-17")
    assert not fit.check(both, hit(deadline, 0.7), deadline.text, profile.vocabulary, 0.6).ok
    workshop = replace(decision, id="page:x#day", text="Workshop — December 12 or 13, 2026 Paris, France", states_date="2026-12-12")
    paper = question("when's the paper deadline?")  # a deadline and no milestone named: the submission's
    assert not fit.check(paper, hit(workshop, 0.7), workshop.text, profile.vocabulary, 0.6).ok
    assert fit.check(paper, hit(deadline, 0.7), deadline.text, profile.vocabulary, 0.6).ok
    day = question("Which date exactly is the MARS2 workshop?")  # the event's own day, not a deadline's
    assert not fit.check(day, hit(deadline, 0.7), deadline.text, profile.vocabulary, 0.6).ok
    assert fit.check(day, hit(workshop, 0.7), workshop.text, profile.vocabulary, 0.6).ok


def test_a_date_question_naming_a_milestone_ranks_that_milestones_row_first(shipped):
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    page = replace(chunk(chunks, "page", text="Workshop date"), lead=False)
    rows = [
        replace(page, id="page:x#d:1", text="Paper submission deadline — July 27, 2026", states_date="2026-07-27", dated=True),
        replace(page, id="page:x#d:2", text="Author notification — August 14, 2026", states_date="2026-08-14", dated=True),
    ]
    asks = question("when will we get the acceptance decision?")
    picked = fit.select(asks, [hit(rows[0], 0.47), hit(rows[1], 0.31)], {})
    assert picked[0].chunk is rows[1]  # "decision" is the notification's word, though no word is shared
    plain = fit.select(question("what are the important dates?"), [hit(rows[0], 0.47), hit(rows[1], 0.31)], {})
    assert plain[0].chunk is rows[0]  # no milestone named: the search's order stands


def test_a_where_question_ranks_a_line_that_only_gives_a_date_below_one_that_gives_the_place(shipped):
    knowledge, chunks, profile = shipped
    from dataclasses import replace

    page = chunk(chunks, "page", text="Workshop date")
    page = replace(page, states_date=None, dated=False, lead=False)  # a site without dates.yaml
    where = replace(page, id="page:x#a:1", text="Location: CVPR 2026 · Denver, Colorado")
    dated = replace(page, id="page:x#a:2", text="Jun 3, 2026 — Workshop preferred date")
    picked = fit.select(question("where is the workshop taking place?", an.WHERE), [hit(dated, 0.55), hit(where, 0.5)], {})
    assert picked[0].chunk is where
    assert not fit.unknown_words("where is the workshop taking place?", profile.vocabulary)  # "take place" is no subject
    assert not fit.unknown_words("the paper must be how many page maximum?", profile.vocabulary)  # "must" asks


def test_a_who_question_is_not_answered_with_other_people(shipped):
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    page = replace(chunk(chunks, "page", text="Workshop date"), states_date=None, dated=False, lead=False)
    speakers = replace(page, id="page:x#s:1", section="Talks › Invited Speakers", text="Invited Speakers: Ada Lovelace — X; Alan Turing — Y")
    panel = question("who's on the panel discussion", an.WHO)
    assert not fit.check(panel, hit(speakers, 0.6), speakers.text, profile.vocabulary, 0.6).ok
    asked = question("who are the invited speakers", an.WHO)
    assert fit.check(asked, hit(speakers, 0.6), speakers.text, profile.vocabulary, 0.6).ok


def test_an_answer_stating_the_value_asked_for_is_not_declined_for_how_it_was_asked(shipped):
    knowledge, chunks, profile = shipped
    site = chunk(chunks, "faq", text="The submission site is not announced yet")
    asked = question("where do we upload papers, openreview?", an.SUBMIT)
    assert fit.check(asked, hit(site, 0.5, 0.1), site.text, profile.vocabulary, 0.6).ok  # "upload", "openreview": how it was asked


def test_a_time_zone_said_once_for_the_whole_schedule_answers_its_time_zone():
    """'All times are in Singapore Time' sits beside the schedule, not in it: a whole-schedule
    question asking for a zone is answered by it, not by a row with a clock time and no zone."""
    from perfm_bot.index.chunking import Chunk, Source

    zone = Chunk("page:z", "page", "All times are in Singapore Time", ("All times are in Singapore Time",), Source("Schedule", "/schedule/"))
    rows = [Chunk(f"page:r{i}", "page", f"{9 + i}:00 — Invited Talk", ("Schedule",), Source("Schedule", "/schedule/")) for i in range(3)]
    tags = {c.id: frozenset({an.SCHEDULE}) for c in rows}
    q = an.Question("what timezone are the times on the schedule in?", "what timezone are the times on the schedule in?", an.SCHEDULE, False, True)
    hits = [RankedHit(c, 0.6, 0.5, 0.1) for c in rows] + [RankedHit(zone, 0.5, 0.45, 0.1)]
    best = fit.select(q, hits, tags)[0]
    assert best.chunk is zone
    assert fit.check(q, best, zone.text, frozenset(), 0.7).ok
    assert not fit.check(q, hits[0], rows[0].text, frozenset(), 0.7).ok  # a clock time is no zone


def test_who_is_organizing_is_answered_by_the_organizers_list_not_a_contact_line():
    from perfm_bot.index.chunking import Chunk, Source

    contact = Chunk("page:c", "page", "Please contact the organizers of this workshop at x@example.org.", ("Contact",), Source("Home", "/#contact"), section="Contact")
    roster = Chunk("page:r", "page", "Organizers: Ada Lovelace; Alan Turing.", ("Organizers",), Source("Organizers", "/organizers/"), section="Organizers", roster=True)
    speakers = Chunk("page:s", "page", "Speakers: Grace Hopper; Edsger Dijkstra.", ("Speakers",), Source("Speakers", "/speakers/"), section="Speakers", roster=True)
    q = an.Question("who is organizing this workshop?", "who is organizing this workshop?", an.WHO)
    hits = [RankedHit(contact, 1.03, 0.53, 1.0), RankedHit(speakers, 0.95, 0.55, 0.5), RankedHit(roster, 0.92, 0.57, 0.6)]
    tags = {c.id: frozenset({an.WHO}) for c in (contact, roster, speakers)}
    assert fit.select(q, hits, tags)[0].chunk is roster


def test_a_person_asked_about_is_answered_with_each_passage_naming_them_opening_kept():
    """A long bio first must not push the talk's title out of the answer, and a long programme
    is shown where it names the person."""
    from perfm_bot.answering.parts import with_same_person
    from perfm_bot.index.chunking import Chunk, Source

    bio = "Andrew Gordon Wilson is an Associate Professor at NYU. " + "He works on many things. " * 30
    slot = "16:39 - 17:14 — Invited Talk by Andrew Gordon Wilson: Why Should We Develop Language Models for Time Series?"
    program = "Schedule — " + " — ".join(f"{9 + i}:00 Talk {i} — Speaker {chr(65 + i)}" for i in range(12)) + " — 16:30 Keynote 4 — Andrew Gordon Wilson"
    chunks = [Chunk(f"page:{i}", "page", t, (t,), Source("Home", "/")) for i, t in enumerate((bio, slot, program))]
    q = an.Question("what's andrew gordon wilson's talk called", "what is andrew gordon wilson talk called", an.OTHER)
    answer = Answer(q.text, True, bio[:500], (Source("Speakers", "/speakers/"),), 0.8, "passage", "page:0", "page", "x", "")
    hits = [RankedHit(c, 0.8 - i / 10, 0.5, 0.5) for i, c in enumerate(chunks)]
    text = with_same_person(answer, hits[0], q, hits, chunks).text
    assert "Why Should We Develop Language Models" in text and "16:30 Keynote 4" in text and len(text) <= 500


def test_two_known_words_typed_as_one_are_not_unknown():
    from perfm_bot.answering.ranking import stems

    vocabulary = frozenset(stems("The submission deadline and the page limit"))
    assert fit.unknown_words("when is the submissiondeadline", vocabulary) == []
    assert len(fit.unknown_words("is there a parking garage", vocabulary)) == 2  # real words it lacks stay unknown
    assert an.normalise("can ppl zoom in, whats teh pagelimit") == "can people zoom in, what is the page limit"


def test_the_venues_address_is_the_address_a_page_gives_without_saying_venue_and_the_dinners_names_the_dinner():
    from perfm_bot.index.chunking import Chunk, Source

    mila = "The workshop will take place at the Agora hall of Mila, which is located at 6650, Rue Saint-Urbain, Montreal, QC."
    dinner = "Social dinner: Ristorante VitaNova, Via Sassari 56, Cagliari."
    for question, text, ok in (
        ("whats the address of the venue?", mila, True),
        ("what is the street address of the venue?", dinner, True),  # no subject but the venue: any address line
        ("what is the address of the dinner venue?", mila, False),
        ("what is the address of the dinner venue?", dinner, True),
        ("whats the address of the venue?", "Held at Sapienza University of Rome, Italy.", False),  # a place, no street
    ):
        q = an.Question(question, question, an.WHERE)
        chunk = Chunk("page:x", "page", text, (text,), Source("Venue", "/"))
        assert fit.check(q, RankedHit(chunk, 0.8, 0.6, 0.5), text, frozenset(), 0.7).ok is ok, (question, text)


def test_a_place_online_to_talk_is_answered_by_the_sites_chat_not_held_to_streaming():
    from perfm_bot.index.chunking import Chunk, Source

    text = "We have set up a matrix chat to keep the community in touch outside the main event."
    chunk = Chunk("page:x", "page", text, (text,), Source("Chat", "/"))
    asked = an.Question("is there somewhere online to keep chatting after the workshop?", "is there somewhere online to keep chatting after the workshop?", an.OTHER)
    assert fit.check(asked, RankedHit(chunk, 0.8, 0.6, 0.5), text, frozenset(), 0.7).ok
    slack = an.Question("is there a slack for attendees?", "is there a slack for attendees?", an.OTHER)
    venue = "The workshop is held in Room 203."
    assert not fit.check(slack, RankedHit(Chunk("page:v", "page", venue, (venue,), Source("Venue", "/")), 0.8, 0.6, 0.5), venue, frozenset(), 0.7).ok


def test_a_passage_naming_the_person_asked_about_ranks_above_one_sharing_other_words():
    """'About which subject was Giovanni Pizzi's talk?': his speaker card (its link and
    affiliation lowering its score) answers, not a glossary line on "subject"."""
    from perfm_bot.index.chunking import Chunk, Source

    card = "Giovanni Pizzi (https://people.epfl.ch/giovanni.pizzi) EPFL The OPTIMADE REST API for Querying Materials Databases"
    hits = [
        RankedHit(Chunk("page:g", "page", "An example for a triple can be substance (subject) inhibits (verb) protein (object).", ("x",),
                        Source("Glossary", "/g/")), 0.5, 0.5, 0.3),
        RankedHit(Chunk("page:p", "page", card, (card,), Source("Speakers", "/s/")), 0.43, 0.43, 0.3),
    ]
    roster = Chunk("page:r", "page", "Speakers: Luc Patiny; Giovanni Pizzi; Simon Coles.", ("x",), Source("Speakers", "/s/"), roster=True)
    people = fit.people_words([roster])
    q = an.Question("about which subject was the talk of giovanni pizzi?", "about which subject was the talk of giovanni pizzi?", an.OTHER)
    assert fit.select(q, hits, {}, 0.45, people=people)[0].chunk.id == "page:p"
    one = an.Question("about which subject was the talk of pizzi?", "about which subject was the talk of pizzi?", an.OTHER)
    assert fit.select(one, hits, {}, 0.45, people=people)[0].chunk.id == "page:g"  # one name word: no bonus


def test_a_time_asked_of_someone_is_the_row_naming_them_not_the_row_sharing_the_word_keynote():
    from perfm_bot.index.chunking import Chunk, Source

    def row(i: int, text: str, score: float) -> RankedHit:
        return RankedHit(Chunk(f"page:r{i}", "page", text, (text,), Source("Schedule", "/s/"), "s", "Schedule"), score, score, 0.3)

    other = row(0, "11:05 - 12:00 — Keynote Alfonso Emilio Gerevini and Ivan Serina: On Learning Heuristics", 0.6)
    his = row(1, "14:30 - 15:25 — Keynote Joerg Hoffmann and Chaahat Jain: Automatic Safety Debugging", 0.5)
    roster = Chunk("page:k", "page", "Keynotes: Alfonso Emilio Gerevini; Ivan Serina; Joerg Hoffmann; Chaahat Jain.", ("x",),
                   Source("Keynotes", "/k/"), roster=True)
    people = fit.people_words([roster])
    assert {"hoffmann", "gerevini", "joerg"} <= people
    q = an.Question("what time is the hoffmann keynote?", "what time is the hoffmann keynote?", an.TIME)
    assert fit.select(q, [other, his], {}, 0.45, people=people)[0].chunk.id == "page:r1"
    plain = an.Question("what time is the keynote?", "what time is the keynote?", an.TIME)
    assert fit.select(plain, [other, his], {}, 0.45, people=people)[0].chunk.id == "page:r0"  # no one named: the ranking stands
    topic = an.Question("when is the learning session?", "when is the learning session?", an.TIME)
    assert fit.select(topic, [other, his], {}, 0.45, people=people)[0].chunk.id == "page:r0"  # "Learning" names no one listed


def test_whether_published_work_may_be_submitted_is_answered_by_the_rule_on_it_not_by_a_topic_or_non_archival():
    from perfm_bot.index.chunking import Chunk, Source

    def chunk(i: int, text: str, kind: str = "page", keys: tuple[str, ...] = ()) -> Chunk:
        return Chunk(f"{kind}:p{i}", kind, text, keys or (text,), Source("Call", "/"))

    topic = chunk(0, "Applications: Dialogue systems, recommendation, healthcare, education, finance.")
    archival = chunk(1, "By default, submissions are non-archival: they are not formally published in proceedings.", "faq", ("Is it archival?",))
    rule = chunk(2, "Original work, recently published work, and work-in-progress are all welcome.", "faq", ("Can I submit previously published work?",))
    for message in ("can we present it at the workshop or only new work?", "the paper must be new or it can be already published before?",
                    "can we still submit it here or does it need to be new?", "what if it was already published at a conference last year?",
                    "is that allowed, or do you only take brand-new work?"):
        q = an.Question(message, message, an.SCOPE)
        assert not fit.check(q, RankedHit(topic, 0.8, 0.6, 0.5), topic.text, frozenset(), 0.7).ok, message
        assert not fit.check(q, RankedHit(archival, 0.8, 0.6, 0.5), archival.text, frozenset(), 0.7).ok, message
        assert fit.check(q, RankedHit(rule, 0.8, 0.6, 0.5), rule.text, frozenset(), 0.7).ok, message
        ranked = fit.select(q, [RankedHit(topic, 0.8, 0.6, 0.5), RankedHit(archival, 0.7, 0.6, 0.5), RankedHit(rule, 0.6, 0.5, 0.5)], {}, 0.45)
        assert ranked[0].chunk is rule, message
    for message in ("is my topic accepted in this workshop?", "finance domain is accepted in your workshop?",
                    "and how do those get presented at the workshop?"):  # scope and format, not prior publication
        assert fit.check(an.Question(message, message, an.SCOPE), RankedHit(topic, 0.8, 0.6, 0.5), topic.text, frozenset(), 0.7).ok, message
    short = chunk(3, "We welcome short paper versions of papers accepted to the main conference.")
    asked = an.Question("is that allowed or do they only want unpublished work?", "x", an.SCOPE)
    assert fit.check(asked, RankedHit(short, 0.8, 0.6, 0.5), short.text, frozenset(), 0.7).ok
    plain = an.Question("is the workshop archival?", "is the workshop archival?", an.OTHER)
    assert fit.check(plain, RankedHit(archival, 0.8, 0.6, 0.5), archival.text, frozenset(), 0.7).ok
    # the venue the asker names is not a thing the pages must speak of: the rule answers for any
    kdd = "can i submit smth that already got accepted at KDD this year or does it need to be new"
    from perfm_bot.answering.ranking import stems

    known = frozenset(stems("original work recently published welcome submit accepted year new"))
    assert fit.check(an.Question(kdd, kdd, an.SUBMIT), RankedHit(rule, 0.46, 0.42, 0.1), rule.text, known, 0.7).ok


def test_who_won_is_answered_only_by_a_passage_naming_a_winner():
    from perfm_bot.index.chunking import Chunk, Source

    q = an.Question("who won the best paper award?", "who won the best paper award?", an.WHO)
    for text, ok in (
        ("From them, we will recognize one best paper award and one honorable mention.", False),
        ("16:50 - 17:00 — Closing Remarks & Best Paper Award", False),
        ("The best paper award goes to Ada Lovelace for 'Notes'.", True),
    ):
        chunk = Chunk("page:x", "page", text, (text,), Source("Home", "/"))
        assert fit.check(q, RankedHit(chunk, 0.8, 0.6, 0.5), text, frozenset(), 0.7).ok is ok


@pytest.mark.parametrize(
    "text, edge",
    [
        ("what time does the whole thing start in the morning?", "start"),
        ("when does the workshop wrap up?", "end"),
        ("what is the last thing on the schedule", "end"),
        ("what time does it kick off in the morning", "start"),
        ("what time does it run?", "span"),
        ("when does the poster session start", None),  # a session of the day, not the day
        ("what time does submission open", None),
    ],
)
def test_the_start_or_end_of_the_workshops_day_is_asked(text, edge):
    assert fit.day_edge(text) == edge


def test_the_workshops_own_name_asks_of_its_day_as_it_does():
    assert fit.day_edge("what time does PRL start in the morning?", frozenset({"prl"})) == "start"
    assert fit.day_edge("what time does PRL start in the morning?") is None  # an unknown name: some item of the day


def test_a_programme_parted_by_its_talks_headings_is_the_pages_rows_while_the_clock_goes_forward():
    """SLRTP's schedule puts each keynote's heading and bio between the rows: "9:00 — Keynote 1"
    sits under "Keynote 1 – Michael Black", "10:00 — Oral presentations" under the next keynote's
    heading. The day is every row of the page, 8:45 to the last, and the next day starts over."""
    from perfm_bot.index.chunking import Chunk, Source

    def row(i: int, text: str, section: str) -> Chunk:
        return Chunk(f"page:k{i}", "page", text, (text,), Source("Schedule", "/s/"), "s", section)

    day = [row(0, "8:45 — Registration & Welcome", ""), row(1, "9:00 — Keynote 1 – Black", ""),
           row(2, "9:30 — Keynote 2 – De Meulder", "Keynote 1 – Black"), row(3, "10:00 — Orals", "Keynote 2 – De Meulder"),
           row(4, "10:15 — Coffee", "Keynote 2 – De Meulder"), row(5, "10:30 — Keynote 3", "Keynote 2 – De Meulder"),
           row(6, "11:00 — Keynote 4", "Keynote 3"), row(7, "12:00 — Posters", "Q&A"), row(8, "12:15 — Closing", "Q&A")]
    assert fit.programme(day) == tuple(day)
    afternoon = [row(10, "11:00 — Talk", ""), row(11, "12:00 — Lunch", "Lunch"), row(12, "1:30 — Panel", "Panel"), row(13, "2:30 — Close", "Close")]
    assert fit.programme(afternoon) == tuple(afternoon)  # a clock without am/pm: 1:30 comes after noon
    two_days = [row(20, "9:00 — Opening", "A"), row(21, "13:00 — Talk", "B"), row(22, "18:00 — Dinner", "C"),
                row(23, "9:00 — Day two", "D"), row(24, "10:00 — Talk", "E"), row(25, "11:00 — Talk", "F"), row(26, "12:00 — End", "G")]
    assert fit.programme(two_days) == tuple(two_days[3:])  # the longer day; 9:00 after 18:00 is the next morning


def test_a_place_in_the_programme_is_read_off_its_rows_in_order():
    from perfm_bot.index.chunking import Chunk, Source

    texts = ("9:00 — Opening remarks", "9:15 — Invited Talk 1 - Diyi Yang", "10:00 — Coffee break", "10:30 — Keynote: Bo Li",
             "12:00 — Lunch", "13:30 — Invited Talk 2 - Hanna Kirk", "14:30 — Panel", "15:30 — Oral session 3: learning")
    rows = [Chunk(f"page:o{i}", "page", t, (t,), Source("Schedule", "/s/"), "s", "Schedule") for i, t in enumerate(texts)]
    pick = lambda q: (found.text if (found := fit.programme_pick(q, rows)) else None)  # noqa: E731
    assert pick("who gives the very first talk in the morning?") == texts[1]  # opening remarks are no talk
    assert pick("who's giving the first keynote?") == texts[3]
    assert pick("who's giving the first talk after lunch") == texts[5]
    assert pick("what comes right after the coffee break in the program?") == texts[3]
    assert pick("what is the last session of the day about?") == texts[7]
    assert pick("who's giving the second talk?") == texts[3]  # a keynote is a talk
    assert pick("who gives the first talk?") == texts[1] and pick("when is the talk by Diyi Yang?") is None
    assert fit.programme_pick("who gives the first talk?", rows[:2]) is None  # two rows are no programme
    thursday = [Chunk(f"page:d{i}", "page", t, (t,), Source("Program", "/p/"), "p", "Wednesday, Dec 10 › Thursday, Dec 11")
                for i, t in enumerate(texts)]
    assert fit.programme_pick("who's giving the very first keynote, on the wednesday?", thursday) is None  # another day's rows
    assert fit.programme_pick("who's giving the first keynote on thursday?", thursday).text == texts[3]


def test_a_weekday_asked_reads_that_days_rows_of_a_programme_of_several_days():
    """WAILS's programme has a section per day, the longest (Thursday) its programme: "who's
    giving the very first keynote, on the wednesday?" is Wednesday's first keynote, "the keynote on
    friday morning" Friday's one morning keynote, "what time does wednesday wrap up?" Wednesday's last row."""
    from dataclasses import replace

    from perfm_bot.index.chunking import Chunk, Source

    def day(name: str, rows: list[str]) -> list[Chunk]:
        section = f"Wednesday, December 10, 2025 › {name}" if not name.startswith("Wed") else name
        return [Chunk(f"page:{name[:3]}{i}", "page", t, (t,), Source("Program", "/p/"), "p", section) for i, t in enumerate(rows)]

    wednesday = day("Wednesday, December 10, 2025", ["13:30 – 14:15 - Registration", "14:30 – 15:30 - Keynote Talk by Beata Klebanov",
                                                     "16:00 – 17:30 - Paper Session 1", "19:45 – 23:00 - Social Dinner"])
    thursday = day("Thursday, December 11, 2025", ["09:00 – 10:00 - Keynote Talk by Giovanni Adorni", "10:30 – 11:00 - Coffee Break",
                                                   "11:00 – 12:30 - Paper Session 2", "12:30 – 14:00 - Lunch Break", "14:00 – 15:30 - Paper Session 3"])
    friday = day("Friday, December 12, 2025", ["09:00 – 10:00 - Keynote Talk by Maria Ranieri", "10:30 – 11:00 - Coffee Break",
                                               "14:00 – 15:00 - Keynote Talk by Someone Else", "16:00 – 16:15 - Closing"])
    passages = [*wednesday, *thursday, *friday]
    programme = fit.programme(passages)
    assert programme == tuple(thursday)
    rows = fit.day_rows("who's giving the very first keynote, on the wednesday?", passages, programme)
    assert rows == tuple(wednesday)
    assert fit.programme_pick("who's giving the very first keynote, on the wednesday?", rows) is wednesday[1]
    friday_rows = fit.day_rows("who's doing the keynote on friday morning?", passages, programme)
    assert fit.item_on_day("who's doing the keynote on friday morning?", friday_rows) is friday[0]
    assert fit.item_on_day("who's doing the keynote on friday?", friday_rows) is None  # two keynotes that day: not guessed
    assert fit.item_on_day("who's doing the keynote?", programme) is None  # no day named
    assert fit.day_rows("who gives the first talk?", passages, programme) == programme
    assert fit.day_rows("who gives the first talk on saturday?", passages, programme) == ()  # no Saturday here
    assert fit.day_edge("what time does wednesday wrap up?") == "end"
    assert fit.day_edge("what time does everything wrap up on wednesday?") == "end"
    # "which institute is Wahib at?": his card names it, his programme row (ranked first) does not
    row = replace(thursday[0], id="page:row", text="Time: 14:20-15:00; Topic: Keynote 4: Parallelism in LLMs; Speaker: Mohamed Wahib")
    card = replace(thursday[0], id="page:card", text="Mohamed Wahib — RIKEN Center for Computational Science", section="Keynotes")
    assert fit.select(question("which institute is mohamed wahib at?"), [hit(row, 0.8), hit(card, 0.6)], {})[0].chunk is card
    lunches = [hit(thursday[3], 0.7), hit(friday[1], 0.7)]  # the meal asked of a day: that day's row, whatever ranks first
    assert fit.select(question("where is lunch on thursday?"), lunches, {})[0].chunk is thursday[3]
    assert fit.select(question("where is the coffee break on friday?"), [hit(thursday[1], 0.7), hit(friday[1], 0.65)], {})[0].chunk is friday[1]


def test_a_rows_start_time_is_when_that_row_starts_not_the_day():
    """PUT's schedule table labels its clock "Start time": its rows are the programme, and the
    best-ranked row ("Start time: 14:00; Program: Lightning Talk 4") does not say when the day starts."""
    from perfm_bot.index.chunking import Chunk, Source

    rows = [Chunk(f"page:p{i}", "page", t, (t,), Source("Schedule", "/s/"), "s", "Schedule")
            for i, t in enumerate(("Start time: 9:00; Program: Opening Remarks", "Start time: 14:00; Program: Lightning Talk 4",
                                   "Start time: 17:50; Program: Finish"))]
    assert fit.programme(rows) == tuple(rows)
    assert not fit.states_edge([RankedHit(rows[1], 0.8, 0.6, 0.5)], "start")


def test_the_days_start_and_end_are_the_programmes_first_and_last_rows():
    from perfm_bot.index.chunking import Chunk, Source

    rows = [Chunk(f"page:r{i}", "page", t, (t,), Source("Schedule", "/s/"), "s", "Schedule")
            for i, t in enumerate(("8:50am-9:00am — Opening remarks", "9:00am-9:40am — Keynote", "4:50pm-5:00pm — Closing"))]
    note = Chunk("page:n", "page", "Lunch is at 12:00 in Hall B.", ("x",), Source("Venue", "/v/"), "v", "Venue")
    assert fit.programme([note, *rows])[0] is rows[0]
    assert fit.programme([note, *rows])[-1] is rows[-1]
    assert fit.programme(rows[:2]) == ()  # two rows are no programme
    sessions = [Chunk(f"page:g{i}", "page", t, (t,), Source("Schedule", "/s/"), "s", f"Program › Friday › {s}")
                for i, (s, t) in enumerate((("Opening", "09:00 - 09:15 — Welcome"), ("Session 1", "09:15 - 10:45 — Papers"),
                                            ("Closing", "Time: 15:30 - 17:00 (Break 16:15-16:30)")))]
    assert [c.id for c in fit.programme(sessions)] == ["page:g0", "page:g1", "page:g2"]  # a session per heading: one day's run
    says = Chunk("page:w", "page", "The workshop will start at 9:00am sharp and end by 5:50pm.", ("x",), Source("Home", "/"))
    assert fit.states_edge([RankedHit(says, 0.8, 0.6, 0.5)], "end")  # a passage saying so answers itself
    span = Chunk("page:l", "page", "Thursday, June 4, 2026 • 1:00 PM – 6:00 PM • Room 110", ("x",), Source("Home", "/"))
    assert fit.states_edge([RankedHit(span, 0.8, 0.6, 0.5)], "span")  # from when to when
    assert not fit.states_edge([RankedHit(rows[1], 0.8, 0.6, 0.5)], "span")  # one talk's slot is not the day's
    labelled = [Chunk(f"page:t{i}", "page", t, (t,), Source("Home", "/"), "s", "")
                for i, t in enumerate(("Time: 08:45 - 09:00; Program: Opening remarks", "Time: 09:00 - 09:45; Program: Keynote",
                                       "Time: 17:00 - 17:15; Program: Closing"))]
    assert fit.programme(labelled) == tuple(labelled)  # a table's rows read with their header: "Time: …" opens each


def test_a_fit_question_near_two_topics_of_the_call_is_answered_with_both():
    from perfm_bot.answering.parts import with_next_topic
    from perfm_bot.index.chunking import Chunk, Source

    topics = "Call for Contributions"
    apps = Chunk("page:a", "page", "Applications: Dialogue systems, recommendation.", ("x",), Source("CfP", "/#cfp"), "p", topics)
    bench = Chunk("page:b", "page", "Benchmarks and Tooling: Datasets, metrics, simulators.", ("x",), Source("CfP", "/#cfp"), "p", topics)
    faq = Chunk("faq:t", "faq", "Topics include theory and applications.", ("x",), Source("FAQ", "/faq"), "t")
    answer = Answer("would that fit?", True, apps.text, (apps.source,), 0.8, "passage", apps.id, "page", "p", topics)
    near = [RankedHit(apps, 0.84, 0.6, 0.1), RankedHit(bench, 0.73, 0.44, 0.2)]
    both = with_next_topic(answer, near[0], near)
    assert "simulators" in both.text and both.sources == (apps.source,)  # one list, one place to cite
    far = [RankedHit(apps, 0.84, 0.6, 0.1), RankedHit(bench, 0.5, 0.3, 0.1)]
    assert with_next_topic(answer, far[0], far).text == apps.text  # a far second topic is not named
    other = [RankedHit(apps, 0.84, 0.6, 0.1), RankedHit(faq, 0.83, 0.6, 0.1)]
    assert with_next_topic(answer, other[0], other).text == apps.text  # only the same list's next topic


def test_is_that_aoe_of_a_deadline_is_answered_by_the_deadlines_line():
    from perfm_bot.index.chunking import Chunk, Source

    line = Chunk("page:d", "page", "Submission deadline — August 22, 2025, AoE", ("x",), Source("CfP", "/cfp/"), dated=True)
    row = Chunk("page:r", "page", "4:00 PM - 5:00 PM (PST) — Paper Session #2", ("x",), Source("Home", "/"))
    q = an.Question("is that aoe or some other timezone?", "is that aoe or some other timezone? (when is the paper submission deadline)", an.SUBMIT, True)
    picked = fit.select(q, [RankedHit(row, 0.59, 0.43, 0.1), RankedHit(line, 0.5, 0.4, 0.3)], {})
    assert picked[0].chunk is line  # a dated line is kept for the zone it states


def test_a_who_question_is_not_answered_by_a_heading_and_the_next_close_passage_naming_someone_is(shipped):
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    page = replace(chunk(chunks, "page", text="Workshop date"), states_date=None, dated=False, lead=False, section="")
    heading = replace(page, id="page:s#1", text="Invited Speakers. Description: Keynote speakers at SuRE @ IJCAI 2026.")
    row = replace(page, id="page:s#2", text="~30 min — Keynote I Prof. Dr. Norbert Wehn — RPTU University, Germany")
    far = replace(page, id="page:s#3", text="Keynote by Ada Lovelace, Analytical Engines")
    asks = question("who is giving the keynote?", an.WHO)
    assert not fit.check(asks, hit(heading, 0.65), heading.text, profile.vocabulary, 0.6).ok
    assert fit.names_someone(row.text) and not fit.names_someone("Invited Speakers: Program Committee")
    assert not fit.names_someone("Panel Discussion: Q What are the most deployment-critical failure modes?")  # a question, no one
    assert not fit.names_someone("Start Time: 0:05; Duration: 1:00; Event: Keynote Presentation")  # a programme row's labels
    assert not fit.names_someone("Join us in Lisbon! The SPIQE workshop takes place on Friday, July 10.")  # an acronym, a date
    assert fit.names_someone("IBM Research") and fit.names_someone("Talk by Marc Lanctot")
    answer = answer_question(asks, [hit(heading, 0.65, 0.4), hit(row, 0.6, 0.4)], knowledge, NOW, Policy(), profile)
    assert answer.answered and "Norbert Wehn" in answer.text, answer.text
    # a passage far below the best is no near miss: the question is declined, not answered from it
    answer = answer_question(asks, [hit(heading, 0.65, 0.4), hit(far, 0.3, 0.1)], knowledge, NOW, Policy(), profile)
    assert not answer.answered, answer.text
    kind = question("who can submit to the workshop?", an.WHO)  # a kind of person, not names
    assert fit.check(kind, hit(page, 0.7), "Students and researchers from any field may submit.", profile.vocabulary, 0.6).ok


def test_a_place_said_to_be_tba_does_not_answer_which_day(shipped):
    knowledge, chunks, profile = shipped
    where = chunk(chunks, "faq", text="exact location is not announced")
    when = chunk(chunks, "page", text="Workshop date: TBA (at AAAI")
    asks = question("which day of AAAI is the workshop itself on?")
    picked = fit.select(asks, [hit(where, 0.85, 0.27), hit(when, 0.6, 0.27)], profile.tags)
    assert picked[0].chunk is when  # "location ... TBA" holds "TBA" but says nothing of when


def test_a_passage_sharing_only_the_hosts_name_does_not_answer_and_the_next_one_speaking_of_the_question_does(shipped):
    knowledge, chunks, profile = shipped
    where = chunk(chunks, "faq", text="The workshop is held at AAAI 2026")
    archival = chunk(chunks, "faq", text="not formally published in proceedings")
    released = chunk(chunks, "faq", text="Call for Contributions has been released")
    asks = question("The workshop paper will appear in proceeding of AAAI or not?")
    hits = [hit(where, 0.66, 0.16), hit(released, 0.6, 0.11), hit(archival, 0.52, 0.25)]
    answer = answer_question(asks, hits, knowledge, NOW, Policy(), profile)
    assert answer.answered and "proceedings" in answer.text, answer.text  # not the location, not the call
    for text in ("is this the neurips workshop or the aaai one?", "what does PerFM stand for, is it at AAAI?"):
        named = answer_question(question(text), [hit(where, 0.66, 0.16)], knowledge, NOW, Policy(), profile)
        assert named.answered and "AAAI 2026" in named.text, text  # the name is what is asked


def test_which_day_is_not_answered_by_a_clock_time(shipped):
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    page = replace(chunk(chunks, "page", text="Workshop date"), states_date=None, dated=False, lead=False)
    row = replace(page, id="page:p#1", text="13:30 - 13:50 — Keynote 5 Contact Synthesis Across Diverse Robots")
    day = replace(page, id="page:p#2", text="Workshop Date: April 26th, 2026 (Riocentro, Room 203 A+B)")
    asks = question("which day is the manipulation workshop?")
    assert not fit.check(asks, hit(row, 0.64), row.text, profile.vocabulary, 0.6).ok
    assert fit.check(asks, hit(day, 0.64), day.text, profile.vocabulary, 0.6).ok
    assert fit.check(question("what time is keynote 5?"), hit(row, 0.64), row.text, profile.vocabulary, 0.6).ok


def test_which_day_when_only_programme_rows_were_found_is_answered_by_the_line_giving_the_workshops_day(shipped):
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    page = replace(chunk(chunks, "page", text="Workshop date"), states_date=None, dated=False, lead=False)
    rows = [replace(page, id=f"page:p#{n}", text=f"1{n}:30 - 1{n}:50 — Keynote {n}: the workshop's roadmap") for n in range(3)]
    asks = question("which day is the workshop?")
    answer = answer_question(asks, [hit(r, 0.62 - n / 100, 0.3) for n, r in enumerate(rows)], knowledge, NOW, Policy(), profile)
    assert answer.answered and "Workshop date: TBA" in answer.text, answer.text  # the page's own line, found by looking
    talk = answer_question(question("which day is keynote 2?"), [hit(rows[2], 0.62, 0.3)], knowledge, NOW, Policy(), profile)
    assert not talk.answered  # a talk's day is not the workshop's line


def test_when_is_the_workshop_asks_its_day_not_its_hours(shipped):
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    page = replace(chunk(chunks, "page", text="Workshop date"), states_date=None, dated=False, lead=False)
    hours = replace(page, id="page:p#1", text="Time and location — The full-day workshop runs from 9:00 to 17:30.")
    day = replace(page, id="page:p#2", text="The workshop “Tracking Early Behavior” will take place on September 16, 2025 in Prague.")
    asks = question("when is the workshop happening?")
    assert not fit.check(asks, hit(hours, 0.64), hours.text, profile.vocabulary, 0.6).ok
    # the workshop named on the way ("the ICC robotics/RAS workshop"); a time zone's "+5:30" is no day
    zone = replace(page, id="page:p#3", text="All timings are in Indian Standard Time (IST/UTC +5:30)")
    named = question("when is the icc robotics/ras workshop happening?")
    assert not fit.check(named, hit(zone, 0.64), zone.text, profile.vocabulary, 0.6).ok
    assert fit.check(named, hit(day, 0.6), day.text, profile.vocabulary, 0.6).ok
    assert fit.check(question("when does the poster session start?"), hit(hours, 0.64), hours.text, profile.vocabulary, 0.6).ok
    found = answer_question(asks, [hit(hours, 0.62, 0.3)], knowledge, NOW, Policy(), replace(profile, passages=(hours, day)))
    assert found.answered and "September 16, 2025" in found.text, found.text  # "will take place on …": the day, looked up


def test_a_passage_is_shown_under_the_heading_that_holds_what_it_leaves_out(shipped):
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    page = replace(chunk(chunks, "page", text="Workshop date"), states_date=None, dated=False, lead=False)
    abstract = replace(
        page, id="page:p#1", section="Talk Session 1: Tracking behavior › Kathryn Humphreys (Vanderbilt University)",
        text="My talk will discuss proximity. Our lab developed the TotTag, a wearable device.",
    )
    who = answer_question(question("who is giving the talk about the TotTag?"), [hit(abstract, 0.7, 0.3)], knowledge, NOW, Policy(), profile)
    assert who.answered and who.text.startswith("Kathryn Humphreys (Vanderbilt University): My talk"), who.text
    which = answer_question(question("in which session does Kathryn Humphreys speak?"), [hit(abstract, 0.7, 0.3)], knowledge, NOW, Policy(), profile)
    assert which.text.startswith("Talk Session 1: Tracking behavior › Kathryn Humphreys"), which.text
    what = answer_question(question("what is the TotTag?"), [hit(abstract, 0.7, 0.3)], knowledge, NOW, Policy(), profile)
    assert what.text.startswith("My talk"), what.text  # the heading adds nothing asked


def test_a_talks_title_is_not_answered_by_a_row_giving_only_its_time_and_speaker(shipped):
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    page = replace(chunk(chunks, "page", text="Workshop date"), states_date=None, dated=False, lead=False)
    row = replace(page, id="page:p#1", text="2:00-2:15 — David Ouyang (Kaiser Permanente)")
    titled = replace(page, id="page:p#2", text="2:00-2:15 — David Ouyang: Echocardiography Foundation Models in the Clinic")
    asks = question("what's the title of David Ouyang's keynote?")
    assert fit.asks_title(asks) and not fit.asks_title(question("what's the full title of the workshop?"))
    assert not fit.check(asks, hit(row, 0.64), row.text, profile.vocabulary, 0.6).ok
    assert fit.check(asks, hit(titled, 0.64), titled.text, profile.vocabulary, 0.6).ok
    assert fit.check(question("when is David Ouyang's keynote?"), hit(row, 0.64), row.text, profile.vocabulary, 0.6).ok


def test_one_standing_for_the_thing_the_asker_needs_is_read_with_their_sentence(shipped):
    """ "[I need a visa invitation letter to travel.] can the organizers give one?": the letter,
    which the knowledge never mentions, is what is asked; the organizers' list does not answer."""
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    page = replace(chunk(chunks, "page", text="Workshop date"), states_date=None, dated=False, lead=False)
    roster = replace(page, id="page:p#1", text="Name 2 — Weijia Shi, University of Washington", section="Organizers")
    asks = an.Question("can the organizers give one?", "can the organizers give one? i need a visa invitation letter to travel", an.OTHER, False, False)
    assert not fit.check(asks, hit(roster, 0.45, 0.09), roster.text, profile.vocabulary, 0.6).ok
    alone = an.Question("can the organizers give one?", "can the organizers give one?", an.OTHER, False, False)
    assert fit.check(alone, hit(roster, 0.45, 0.09), roster.text, profile.vocabulary, 0.6).ok  # nothing more was said



def test_an_either_or_naming_a_room_is_answered_by_the_passage_stating_the_other_choice(shipped):
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    page = replace(chunk(chunks, "page", text="Workshop date"), states_date=None, dated=False, lead=False)
    rules = replace(page, id="page:p#laptop", text="Presenter instructions — Presenters should bring their own laptop and dongles.")
    asks = an.Question("do we bring our own laptop or is there a pc in the room?", "do we bring our own laptop or is there a pc in the room?", an.WHERE, False, False)
    assert fit.check(asks, hit(rules, 0.5, 0.6), rules.text, profile.vocabulary | {"laptop", "dongl"}, 0.6).ok
    where = an.Question("which room is it in?", "which room is it in?", an.WHERE, False, False)
    assert not fit.check(where, hit(rules, 0.5, 0.6), rules.text, profile.vocabulary, 0.6).ok


def test_when_something_happened_is_not_answered_by_a_date_not_announced_yet(shipped):
    knowledge, chunks, profile = shipped
    tba = chunk(chunks, "date", text="Author notification")
    asks = question("what exact date was the call for contributions released?")
    assert not fit.check(asks, hit(tba, 0.6), "The author notification has not been announced yet (TBA).", profile.vocabulary, 0.6).ok
    future = question("when is the author notification?")
    assert fit.check(future, hit(tba, 0.6), "The author notification has not been announced yet (TBA).", profile.vocabulary, 0.6).ok


def test_a_talks_title_missing_from_the_speakers_card_is_found_in_their_programme_row(shipped):
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    page = replace(chunk(chunks, "page", text="Workshop date"), states_date=None, dated=False, lead=False)
    card = replace(page, id="page:p#card", text="Brian Okorn (https://brianokorn.com/) — BDAII")
    row = replace(page, id="page:p#row", text="13:10 - 13:30 — Keynote 4 Assumptions about our environment — Brian Okorn")
    asks = question("What is the title of Brian Okorn's talk?")
    answer = answer_question(asks, [hit(card, 0.7, 0.4)], knowledge, NOW, Policy(), replace(profile, passages=(card, row)))
    assert answer.answered and "Assumptions about our environment" in answer.text, answer.text


def test_a_line_saying_only_when_and_where_answers_only_when_and_where(shipped):
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    page = replace(chunk(chunks, "page", text="Workshop date"), states_date=None, dated=False, lead=True)
    line = replace(page, id="page:p#whenwhere", text="May 13th, Location: G6, North")
    tags = {**profile.tags, line.id: frozenset({an.DATE, an.WHERE})}
    known = replace(profile, tags=tags, passages=(line,))
    which = answer_question(question("which papers were accepted to the workshop?"), [hit(line, 0.68, 0.23)], knowledge, NOW, Policy(), known)
    assert not which.answered, which.text
    where = answer_question(question("where is it held?"), [hit(line, 0.68, 0.23)], knowledge, NOW, Policy(), known)
    assert where.answered and "G6" in where.text, where.text
    # SPIQE's welcome says when, where and at which conference, at length: it is no visa letter
    welcome = replace(line, id="page:p#welcome", keys=(), section="", text=(
        "Join us in Lisbon! The SPIQE workshop takes place on Friday, July 10, 2026, as a post-conference workshop at the "
        "11th IEEE European Symposium on Security and Privacy (EuroS&P) (https://www.ieee-security.org/TC/EuroSP2026/) in Lisbon, Portugal."))
    known = replace(profile, tags={**profile.tags, welcome.id: frozenset({an.DATE, an.WHERE})}, passages=(welcome,))
    from perfm_bot.answering.parts import _says_only_when_and_where

    assert _says_only_when_and_where(question("workshop can provide me such letter?"), welcome, known)
    assert _says_only_when_and_where(question("who gave the keynotes there?"), welcome, known)
    # what it says: the day, the conference (this one's, or another's named), the place
    for asked in ("which city is it in?", "is it on the first or the last day of the symposium?", "is this the AAAI one or the other?"):
        assert not _says_only_when_and_where(question(asked), welcome, known), asked
    city = answer_question(question("which city is it in?"), [hit(welcome, 0.61, 0.21)], knowledge, NOW, Policy(), known)
    assert city.answered and "Lisbon" in city.text



def test_a_question_about_another_edition_is_not_answered_by_this_ones_passage(shipped):
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    page = replace(chunk(chunks, "page", text="Workshop date"), states_date=None, dated=False, lead=False)
    line = replace(page, id="page:p#edition", text="PerFM will be held in conjunction with AAAI 2026 in Singapore.")
    known = replace(profile, passages=(line,))
    later = answer_question(question("where is PerFM 2027?"), [hit(line, 0.7, 0.3)], knowledge, NOW, Policy(), known)
    assert not later.answered, later.text
    this = answer_question(question("where is PerFM 2026?"), [hit(line, 0.7, 0.3)], knowledge, NOW, Policy(), known)
    assert this.answered and "Singapore" in this.text, this.text
    team = replace(page, id="page:p#team", text="Organizers: Ada Lovelace (University of X), Alan Turing (University of Y).", keys=(), section="Organizers")
    dated = replace(page, id="page:p#dated", text="Paper deadline: March 3, 2026. Notification: April 2, 2026.")
    unnamed = replace(profile, name="PerFM: Personalized Foundation Models", passages=(team, dated))  # the pages' own year
    assert answer_question(question("who organizes PerFM 2026?"), [hit(team, 0.7, 0.3)], knowledge, NOW, Policy(), unnamed).answered
    assert not answer_question(question("who organizes PerFM 2027?"), [hit(team, 0.7, 0.3)], knowledge, NOW, Policy(), unnamed).answered


def test_is_there_a_thing_needs_a_passage_that_names_that_thing(shipped):
    """'Is there a best paper award?' is not answered by a speaker's bio that lists her awards."""
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    base = chunk(chunks, "page", text="Workshop date")
    bio = replace(base, id="page:x#bio", keys=(), text="Jane Roe is a Professor at Freiburg. She received the IROS Young Professional Award.")
    award = replace(base, id="page:x#award", keys=(), text="A best paper award will be given to one contributed paper.")
    grants = replace(base, id="page:x#grants", keys=(), text="Student Travel Grants — available for student attendees")
    asks = question("is there a best paper award? 🏆")
    assert not fit.check(asks, hit(bio, 0.45, 0.41), bio.text, profile.vocabulary, 0.6).ok
    assert fit.check(asks, hit(award, 0.45, 0.41), award.text, profile.vocabulary, 0.6).ok
    support = question("is there travel support?")  # the head noun may be the passage's own word
    assert fit.check(support, hit(grants, 0.45, 0.41), grants.text, profile.vocabulary, 0.6).ok
    topic = replace(base, id="page:x#topic", keys=(), text="Architectures and Algorithms: federated personalization, on-device adaptation.")
    either = question("is there a shared task / competition on on-device adaptation this year?")  # a slash: either thing
    assert not fit.check(either, hit(topic, 0.88, 0.74), topic.text, profile.vocabulary, 0.6).ok
    style = replace(base, id="page:x#style", keys=(), text="Papers are formatted with the style file neurips_ACA_2025.")
    assert fit.check(question("is there a latex template / style file we should use?"), hit(style, 0.8, 0.6), style.text, profile.vocabulary, 0.6).ok
    prize = replace(base, id="page:x#prize", keys=(), text="🏆 Best Paper Award $500")
    assert fit.check(question("is there any prize money for best paper? 💰"), hit(prize, 0.86, 0.72), prize.text, profile.vocabulary, 0.6).ok


def test_the_main_conferences_dates_are_not_the_workshops(shipped):
    """'When is AAAI 2026 itself? the whole main conference, not just this workshop': the
    workshop's date (or its TBA) answers another question; a line on the host conference does."""
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    own = chunk(chunks, "date", text="Workshop date")
    for asked in ("when is AAAI 2026 itself happening?", "what are the dates of the main conference?"):
        assert not fit.check(question(asked), hit(own, 0.63, 0.5), own.text, profile.vocabulary, 0.6).ok, asked
    host = replace(own, id="page:x#host", text="The workshop is co-located with AAAI 2026, held January 20-27, 2026.")
    assert fit.check(question("when is the main conference?"), hit(host, 0.63, 0.5), host.text, profile.vocabulary, 0.6).ok
    assert fit.check(question("when is the workshop itself?"), hit(own, 0.9, 0.8), own.text, profile.vocabulary, 0.6).ok


def test_who_is_answered_by_the_named_card_before_its_to_be_announced_neighbour(shipped):
    from dataclasses import replace

    from perfm_bot.answering.compose import says_tba

    knowledge, chunks, profile = shipped
    base = replace(chunk(chunks, "page", text="Workshop date"), lead=False, keys=(), section="Workshop Program › Keynote Speakers", states_date=None, dated=False)
    tba = replace(base, id="page:x#k2", text="To be announced — Details about the keynote speaker will be announced soon.")
    named = replace(base, id="page:x#k1", text="Steven Schockaert — Cardiff University, UK — Professor at Cardiff University.")
    assert says_tba(tba.text) and not says_tba(named.text)
    picked = fit.select(question("who's giving the keynote?"), [hit(tba, 0.7), hit(named, 0.55)], {})
    assert picked[0].chunk is named
    alone = fit.select(question("who's giving the keynote?"), [hit(tba, 0.7)], {})
    assert alone[0].chunk is tba  # no one named: "to be announced" is the honest answer


def test_who_is_answered_by_an_entry_under_the_heading_that_names_what_was_asked(shipped):
    """'Who's sponsoring it?': "Alquist (https://alquistrobotics.com)" under "Sponsors" names a company."""
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    base = replace(chunk(chunks, "page", text="Workshop date"), lead=False, keys=(), states_date=None, dated=False)
    sponsor = replace(base, id="page:x#sp", text="Alquist (https://alquistrobotics.com)", section="Sponsors")
    asks = question("who's sponsoring it?")
    assert fit.check(asks, hit(sponsor, 0.6), sponsor.text, profile.vocabulary, 0.6).ok
    note = replace(base, id="page:x#note", text="(Listed alphabetically)", section="Invited Speakers")
    speakers = question("who are the invited speakers this year?")
    assert not fit.check(speakers, hit(note, 0.6), note.text, profile.vocabulary, 0.6).ok  # a note, no entry
    other = replace(sponsor, id="page:x#venue", section="Venue")
    assert not fit.check(asks, hit(other, 0.6), other.text, profile.vocabulary, 0.6).ok


def test_the_workshops_own_name_in_a_question_does_not_pick_the_lines_that_repeat_it(shipped):
    """'Which day is the actionable interp workshop?' asks which day: the poster rows, whose links
    spell the site's address, do not answer before "July 19 - Workshop day" for naming it."""
    from dataclasses import replace

    from perfm_bot.answering.ranking import stems

    knowledge, chunks, profile = shipped
    base = replace(chunk(chunks, "page", text="Workshop date"), lead=False, keys=(), states_date=None, dated=False)
    row = replace(base, id="page:x#p2", section="Schedule",
                  text="From: 13:00; Until: 14:00; Poster Session 2 (https://actionable-interpretability.github.io/posters/)")
    day = replace(base, id="page:x#d", section="Important Dates", text="July 19 - Workshop day")
    asks = question("which day is the actionable interp workshop?", an.DATE)
    hits = [hit(row, 0.45, 0.3), hit(day, 0.6, 0.2)]
    names = frozenset(stems("Workshop on Actionable Interpretability@ICML 2025"))
    assert fit.select(asks, hits, {}, names=names)[0].chunk is day
    assert fit.select(asks, hits, {})[0].chunk is row  # without knowing the name, its words look asked
    assert fit.names_workshop("interp", names) and not fit.names_workshop("panel", names)


def test_a_who_question_tries_the_next_passage_that_shares_its_subject_by_its_start(shipped):
    """'Who's on the panel?': the programme's "Panel Discussion" row names no one; the "Panelists"
    list shares no whole word with the question ("panelist" is not "panel") yet is about it."""
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    base = replace(chunk(chunks, "page", text="Workshop date"), lead=False, keys=(), states_date=None, dated=False)
    row = replace(base, id="page:x#r", section="Schedule", text="From: 16:00; Until: 16:45; Panel Discussion")
    panel = replace(base, id="page:x#pl", section="Panelists",
                    text="Panelists: Naomi Saphra — Research Fellow, Harvard University; Sam Marks — Technical Staff, Anthropic")
    asks = question("who's on the panel?", an.WHO)
    answer = answer_question(asks, [hit(row, 0.6, 1.0), hit(panel, 0.9, 0.0)], knowledge, NOW, Policy(), profile)
    assert answer.answered and "Naomi Saphra" in answer.text, answer.text


def test_a_who_question_about_a_named_thing_tries_the_people_further_down(shipped):
    """SDSW: "who's teaching the minicourses?": "Minicourses to introduce new students to relevant
    topics" ranks first and names no one; "Minicourse lecturers: Bodhisattva Sen — Columbia …"
    ranks 0.17 below, past the margin other questions keep."""
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    base = replace(chunk(chunks, "page", text="Workshop date"), lead=False, keys=(), states_date=None, dated=False, section="")
    line = replace(base, id="page:x#minicourses", text="Minicourses to introduce new students to relevant topics,")
    lecturers = replace(base, id="page:x#lecturers", section="Minicourse lecturers",
                        text="Minicourse lecturers: Bodhisattva Sen — Columbia University (USA); Gábor Lugosi — Universitat Pompeu Fabra (Spain).")
    asks = question("who's teaching the minicourses?", an.WHO)
    answer = answer_question(asks, [hit(line, 0.64, 0.35), hit(lecturers, 0.47, 0.35)], knowledge, NOW, Policy(), profile)
    assert answer.answered and "Bodhisattva Sen" in answer.text, answer.text


def test_a_scope_question_is_answered_by_the_organizers_scope_answer_when_it_names_the_same_topic(shipped):
    """The page's "Applications: …, time-series forecasting." and the FAQ's "Topics include, but are
    not limited to: …" both name the topic; the FAQ, which says the list is open, answers first. A
    topic only the page's line names is answered from that line."""
    _, chunks, profile = shipped
    line = chunk(chunks, "page", text="Applications:")
    faq = chunk(chunks, "faq", "topics")
    assert an.SCOPE in profile.tags[faq.id]
    asks = question("is time-series forecasting in scope?", an.SCOPE)
    picked = fit.select(asks, [hit(line, 0.77, 0.3), hit(faq, 0.37, 0.4)], profile.tags)
    assert picked[0].chunk is faq
    other = replace_text(line, "Applications: Dialogue systems, recommendation, weather nowcasting.")
    picked = fit.select(question("is weather nowcasting in scope?", an.SCOPE), [hit(other, 0.77, 0.3), hit(faq, 0.37, 0.4)], profile.tags)
    assert picked[0].chunk is other  # the FAQ does not name it: the line that does answers


def replace_text(c, text):
    from dataclasses import replace

    return replace(c, id=f"{c.id}#t", text=text)


def test_a_date_question_tries_the_passages_that_could_say_when_and_the_milestone_it_names(shipped):
    """'When's the paper deadline?': the workshop day's line ranks first and is another milestone's;
    the "Submission — August 29" line shares no word with the question and ranks far below, yet is
    the milestone asked. 'When is regml this year?': lines naming past editions cannot say when,
    so the tries go to a line that gives a day."""
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    base = replace(chunk(chunks, "page", text="Workshop date"), lead=False, keys=(), states_date=None, dated=False, section="Key dates")
    day = replace(base, id="page:x#w", text="Workshop — December 12 or 13, 2026 Paris, France", dated=True)
    note = replace(base, id="page:x#n", text="Dates are tentative; the workshop day in Paris will be confirmed once provided.")
    submission = replace(base, id="page:x#s", text="Submission — August 29, 2026 11:59 p.m. AoE", dated=True)
    asks = an.Question("when is the paper deadline for aidar?", "when is the paper deadline for the workshop?", an.DATE, False)
    hits = [hit(day, 0.78, 0.18), hit(note, 0.67, 0.18), hit(submission, 0.56, 0.0)]
    answer = answer_question(asks, hits, knowledge, NOW, Policy(), profile)
    assert answer.answered and "August 29" in answer.text, answer.text

    past = [replace(base, id=f"page:x#p{n}", section="", text=f"RegML @ NeurIPS {year} (/neurips{year}/) (The {n} Workshop)")
            for n, year in (("3rd", 2024), ("2nd", 2023), ("1st", 2022))]
    schedule = replace(base, id="page:x#sc", section="", dated=True,
                       text="Schedule: Dec 07, 2025, Upper Level Room 1AB @ San Diego Convention Center. 08:45-09:00 — Opening Remarks.")
    asks = an.Question("when is regml this year?", "when is regml this year?", an.DATE, False)
    hits = [*(hit(p, 0.52, 0.35) for p in past), hit(schedule, 0.6, 0.0)]
    answer = answer_question(asks, hits, knowledge, NOW, Policy(), profile)
    assert answer.answered and "Dec 07, 2025" in answer.text, answer.text


def test_a_request_for_something_is_answered_only_by_a_passage_naming_it(shipped):
    """'I need an invitation letter for my visa, can the workshop provide one?': "one" is the letter;
    a passage about the invited talks does not speak of it, one offering letters does."""
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    base = replace(chunk(chunks, "page", text="Workshop date"), lead=False, keys=(), states_date=None, dated=False, section="About")
    topics = replace(base, id="page:x#t", text="The workshop will cover sub-topics including invited talks on robust learning.")
    letters = replace(base, id="page:x#l", text="We can send visa invitation letters to authors of accepted papers.")
    message = "i need an invitation letter for my us visa application, can the workshop provide one?"
    asks = an.Question("can the workshop provide one?", message, an.OTHER, False)
    assert not fit.check(asks, hit(topics, 0.6), topics.text, profile.vocabulary, 0.6).ok
    assert fit.check(asks, hit(letters, 0.6), letters.text, profile.vocabulary, 0.6).ok
    # "the best one" names its own thing (the airport), not the background's ("coming from Germany")
    airports = replace(base, id="page:x#a", text="Most people will fly into Boston, MA (BOS) or Manchester, NH (MHT) airports.")
    fly = an.Question("which airport is the best one to fly in?", "which airport is the best one to fly in? "
                      "hello, i am coming from germany for the workshop.", an.OTHER, False)
    assert fit.check(fly, hit(airports, 0.45, 0.2), airports.text, profile.vocabulary | {"airport", "fli", "peopl"}, 0.6).ok
    # asking to do something is no request for a thing
    remote = an.Question("can we give the talk remotely?", "can we give the talk remotely?", an.OTHER, False)
    assert fit._requested_thing(remote.text, remote.search) == ""


def test_a_who_question_answered_by_the_group_it_names_is_not_declined_for_words_the_pages_lack(shipped):
    """'Can you list all the invited speakers with affiliations?': the pages never say "list",
    "invited" or "affiliation", yet the speakers' list, names with affiliations, answers it."""
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    roster = replace(chunk(chunks, "page", text="Workshop date"), id="page:x#roster", lead=False, keys=(), states_date=None, dated=False,
                     section="Speakers", roster=True, text="Speakers: Shuran Song — Stanford University; Georgia Chalvatzaki — TU Darmstadt")
    asks = question("can you list all the invited speakers with affiliations?")
    assert asks.intent == an.WHO
    from perfm_bot.answering.ranking import stems

    pages_words = frozenset(stems(roster.text + " Organizers Program Committee Schedule"))  # no "list", "invited", "affiliation"
    assert fit.check(asks, RankedHit(roster, 0.55, 0.42, 0.11), roster.text, pages_words, 0.6).ok


def test_a_sentence_under_the_speakers_heading_is_no_roster_entry(shipped):
    """"This year, we're excited to welcome excellent speakers!" names no one: "who are the
    speakers?" is not answered by it, while a short entry ("Alquist (url)") under the heading is."""
    from perfm_bot.index.chunking import Chunk

    _, _, profile = shipped
    q = question("who are the invited speakers this year?")
    intro = Chunk("page:i", "page", "This year, we're excited to welcome a number of excellent speakers, watch out for more soon!", (), Source("Home", "/"), section="the speakers")
    entry = Chunk("page:e", "page", "Alquist (https://alquist.ai)", (), Source("Home", "/"), section="the speakers")
    assert not fit.check(q, hit(intro, 0.9), intro.text, profile.vocabulary, 0.7).ok
    assert fit.check(q, hit(entry, 0.9), entry.text, profile.vocabulary, 0.7).ok


def test_a_programme_rows_region_is_its_speakers_not_the_workshops():
    """"10:00am; Invited Talk; Baris Kasikci (University of Washington)" does not say where the
    workshop is; "SuRE @ IJCAI 2026, Bremen, Germany" does."""
    from perfm_bot.index.chunking import Chunk

    row = Chunk("page:r", "page", "10:00am; Topic: Invited Talk; Speaker: Baris Kasikci (University of Washington)", (), Source("Home", "/"))
    venue = Chunk("page:v", "page", "SuRE Workshop @ IJCAI 2026, Bremen, Germany", (), Source("Home", "/"))
    assert an.WHERE not in fit.chunk_intents(row) and an.SCHEDULE in fit.chunk_intents(row)
    assert an.WHERE in fit.chunk_intents(venue)


def test_the_workshops_day_is_never_a_milestones_row_and_a_deadline_needs_a_date(shipped):
    from perfm_bot.index.chunking import Chunk

    _, _, profile = shipped
    row = Chunk("page:p", "page", "Paper Submission — 9 March 2026 (AoE)", ("When is the paper submission?",), Source("Dates", "/dates/"), dated=True)
    day = Chunk("page:d", "page", "The workshop will take place on May 20 and will be chaired by Davide Gadioli.", (), Source("Program", "/program/"))
    picked = fit.select(question("workshop date?"), [hit(row, 0.9), hit(day, 0.6)], profile.tags)
    assert [h.chunk.id for h in picked] == ["page:d"]
    zone = Chunk("page:z", "page", "All deadlines are Anywhere on Earth (AoE).", (), Source("Dates", "/dates/"))
    q = question("whats the submission deadline for sp4sci?")
    assert not fit.check(q, hit(zone, 0.9), zone.text, profile.vocabulary, 0.7).ok
    assert fit.check(q, hit(row, 0.9), row.text, profile.vocabulary, 0.7).ok


def test_a_talk_is_a_presentation_and_a_sentences_date_is_its_own_milestones(shipped):
    from perfm_bot.index.chunking import Chunk

    _, _, profile = shipped
    slots = Chunk("page:s", "page", "Each speaker will have 15 minutes for their presentation, followed by 5 minutes for questions.", (), Source("Program", "/program/"))
    assert fit.check(question("how long are the talks?"), hit(slots, 0.9), slots.text, profile.vocabulary, 0.7).ok
    call = Chunk("page:c", "page", "We invite papers, due May 8th, 2026 (AOE). All camera ready papers must be in ICML format.", (), Source("CfP", "/cfp/"))
    q = question("What is the exact camera-ready deadline for accepted papers?")
    assert not fit.check(q, hit(call, 0.9), call.text, profile.vocabulary, 0.7).ok


def test_a_place_not_announced_yet_says_nothing_about_hotels(shipped):
    from perfm_bot.index.chunking import Chunk

    _, _, profile = shipped
    tba = Chunk("faq:l", "faq", "The workshop is held at AAAI 2026. The exact location is not announced yet (TBA).", ("Where is the workshop?",), Source("FAQ", "/faq"), "l")
    assert not fit.check(question("any hotel recs near the venue?"), hit(tba, 0.9), tba.text, profile.vocabulary, 0.7).ok
    hotels = Chunk("faq:h", "faq", "Hotel information is not announced yet (TBA).", ("Are there hotel recommendations?",), Source("FAQ", "/faq"), "h")
    assert fit.check(question("any hotel recs near the venue?"), hit(hotels, 0.9), hotels.text, profile.vocabulary, 0.7).ok


def test_a_submissions_length_is_not_the_camera_readys_nor_a_minimum(shipped):
    """'What's the page limit for the camera-ready?', 'how long should the abstract be?', 'is there
    a minimum page count?': "Submissions are PDFs of at most 9 pages" answers none of them."""
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    base = chunk(chunks, "page", text="Workshop date")
    limit = replace(base, id="page:x#limit", keys=(), section="Submissions", text="Submissions are PDFs of at most 9 pages, excluding references.")
    for asked in ("what's the page limit for the camera-ready?", "how long should the abstract be?", "is there a minimum page count for submissions?"):
        assert not fit.check(question(asked), hit(limit, 0.9, 0.7), limit.text, profile.vocabulary, 0.6).ok, asked
    assert fit.check(question("what's the page limit?"), hit(limit, 0.9, 0.7), limit.text, profile.vocabulary, 0.6).ok
    final = replace(limit, id="page:x#final", text="Camera-ready papers may have one extra page: at most 10 pages.")
    assert fit.check(question("what's the page limit for the camera-ready?"), hit(final, 0.9, 0.7), final.text, profile.vocabulary, 0.6).ok
    ranged = replace(limit, id="page:x#range", text="Papers should be 4-8 pages long.")
    assert fit.check(question("is there a minimum page count?"), hit(ranged, 0.9, 0.7), ranged.text, profile.vocabulary, 0.6).ok


def test_the_workshops_day_is_not_the_host_conferences_week(shipped):
    """RS4SD's hero says "November 10–14, Coex, Seoul (co-located with CIKM'2025)", its programme
    "Time: Friday, November 14, 2025": "what day is the workshop?" is answered by the one day."""
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    base = replace(chunk(chunks, "page", text="Workshop date"), keys=(), lead=False, states_date=None, dated=False)
    week = replace(base, id="page:x#hero", text="November 10–14, Coex, Seoul, Korea (co-located with CIKM'2025)")
    day = replace(base, id="page:x#day", text="Time: Friday, November 14, 2025", section="Workshop Program")
    deadline = replace(base, id="page:x#due", text="Paper submission deadline: September 21, 2025")
    asked = question("what day is the workshop itself?", an.DATE)
    picked = fit.select(asked, [hit(week, 0.84), hit(deadline, 0.7), hit(day, 0.49)], {})
    assert picked[0].chunk is day
    alone = fit.select(asked, [hit(week, 0.84)], {})
    assert alone[0].chunk is week  # no single day stated: the week is what the site says


def test_any_question_naming_a_listed_person_is_answered_by_the_line_naming_them():
    """"Which institution is Simon Hammond, one of the chairs, affiliated with?": Simon Hammond's
    line, not the chair listed above him nor Jeff R. Hammond of the committee (one word shared)."""
    from perfm_bot.index.chunking import Chunk, Source

    def line(i: int, text: str, score: float) -> RankedHit:
        return RankedHit(Chunk(f"page:c{i}", "page", text, (text,), Source("PC", "/pc/"), "pc", "Workshop Chairs"), score, score, 0.3)

    roster = Chunk("page:r", "page", "Workshop Chairs: Steven A. Wright, University of York, UK; Simon Hammond, NNSA, USA; Jeff R. Hammond, NVIDIA, Finland.",
                   ("x",), Source("PC", "/pc/"), roster=True)
    people = fit.people_words([roster])
    assert {"simon", "hammond", "wright"} <= people and not {"york", "university", "nvidia"} & people
    hits = [line(0, "Steven A. Wright, University of York, UK", 0.67), line(1, "Jeff R. Hammond, NVIDIA, Finland", 0.66),
            line(2, "Simon Hammond, NNSA, USA", 0.64)]
    q = an.Question("which institution is simon hammond affiliated with?", "which institution is simon hammond affiliated with?", an.WHO)
    assert fit.select(q, hits, {}, 0.45, people=people)[0].chunk.id == "page:c2"
    plain = an.Question("which institutions are the chairs from?", "which institutions are the chairs from?", an.WHO)
    assert fit.select(plain, hits, {}, 0.45, people=people)[0].chunk.id == "page:c0"


def test_a_clock_time_asked_places_the_programme_row_that_starts_then_on_the_day_asked():
    """"Who's giving the 9:30 keynote on the first day?" on a two-day programme whose rows read
    "Time (ET): 09:30 - 10:15; Session: …" (a label with its zone): the first day's 9:30 keynote."""
    from perfm_bot.index.chunking import Chunk, Source

    def row(i: int, day: str, text: str) -> Chunk:
        return Chunk(f"page:r{i}", "page", text, (text,), Source("Schedule", "/s/"), "s", f"Schedule › {day}")

    rows = [
        row(0, "December 2nd", "Time (ET): 09:10 - 09:30; Session: Welcome address; Speaker: Yoshua Bengio"),
        row(1, "December 2nd", "Time (ET): 09:30 - 10:15; Session: Keynote talk; Speaker: Sarah Grand-Clément"),
        row(2, "December 2nd", "Time (ET): 14:00 - 14:45; Session: Keynote talk; Speaker: Elina Noor"),
        row(3, "December 3rd", "Time (ET): 09:30 - 10:15; Session: Keynote talk; Speaker: Jakob Foerster"),
        row(4, "December 3rd", "Time (ET): 09:30 - 10:00; Session: Poster setup"),
    ]
    assert all(fit._PROGRAM_ROW.match(r.text) for r in rows)
    assert fit.row_at("who's giving the 9:30 keynote on the first day?", rows) is rows[1]
    assert fit.row_at("who gives the 9.30 keynote on the second day?", rows) is rows[3]
    assert fit.row_at("who's speaking at 2pm?", rows) is rows[2]
    assert fit.row_at("who's giving the 9:30 keynote?", rows) is None  # two days have one: not guessed
    assert fit.row_at("who's giving the keynote?", rows) is None  # no time named
    assert fit.row_at("is the deadline on 23 March?", rows) is None


def test_a_contact_address_answers_whom_to_write_to_but_not_who_the_organizers_are():
    from perfm_bot.index.chunking import Chunk, Source

    text = "For any questions regarding submissions or the workshop, please contact the organizing committee at gaze4nlp@gmail.com"
    hit = RankedHit(Chunk("page:c", "page", text, (text,), Source("Call", "/cfp/")), 0.8, 0.3, 0.5)
    for message in ("who are the organizers of this workshop?", "who's running the workshop this year?", "who organizes it?"):
        q = an.Question(message, message, an.WHO)
        assert not fit.check(q, hit, text, frozenset(), 0.7).ok, message
    contact = an.Question("who do I contact about my submission?", "who do I contact about my submission?", an.WHO)
    assert fit.check(contact, hit, text, frozenset(), 0.7).ok


def test_the_chairs_answer_who_is_running_the_workshop():
    """SPIQE's "who's running spiqe this year?" was declined: its chairs' list does not say "run"."""
    from perfm_bot.index.chunking import Chunk, Source

    text = "Program Chairs: Johannes Blömer (Paderborn University); Marcus Brinkmann (Ruhr University Bochum)."
    hit = RankedHit(Chunk("page:p", "page", text, ("Program Committee › Program Chairs",), Source("CfP", "/cfp/"), section="Program Chairs", roster=True), 0.9, 0.7, 0.5)
    for message in ("who is running the workshop this year?", "who organizes it?"):
        assert fit.check(an.Question(message, message, an.WHO), hit, text, frozenset(), 0.7).ok, message
    panel = an.Question("who is on the panel?", "who is on the panel?", an.WHO)
    assert not fit.check(panel, hit, text, frozenset(), 0.7).ok


def test_a_list_of_people_says_neither_where_nor_when_the_workshop_is():
    """ReLearn's organizers' list ("Xi Wang — ETH Zurich and TUM; …") answered "where is the
    workshop taking place?" for the places in its affiliations."""
    from perfm_bot.index.chunking import Chunk, Source

    people = "Organizers: Xi Wang — ETH Zurich and TUM; Yen-Ling Kuo — University of Virginia."
    place = "Location: CVPR 2026 · Denver, Colorado"
    hits = [RankedHit(Chunk("page:o", "page", people, ("Organizers",), Source("Home", "/"), roster=True), 0.9, 0.7, 0.5),
            RankedHit(Chunk("page:l", "page", place, (place,), Source("Home", "/")), 0.8, 0.6, 0.5)]
    where = an.Question("where is the workshop taking place?", "where is the workshop taking place?", an.WHERE)
    assert [h.chunk.id for h in fit.select(where, hits, {})] == ["page:l"]
    who = an.Question("who are the organizers?", "who are the organizers?", an.WHO)
    assert fit.select(who, hits, {})[0].chunk.id == "page:o"


def test_a_passage_saying_the_workshop_is_held_in_person_answers_whether_one_can_join_from_afar_not_whether_it_is_recorded():
    from perfm_bot.index.chunking import Chunk, Source

    text = "One-day in-person workshop Paris, France December 12 or 13, 2026"
    hit = RankedHit(Chunk("page:h", "page", text, (text,), Source("Home", "/")), 0.6, 0.45, 0.5)
    for message in ("is it hybrid or only in-person?", "can I present my paper remotely over zoom?"):
        assert fit.check(an.Question(message, message, an.OTHER), hit, text, frozenset(), 0.7).ok, message
    for message in ("will the talks be recorded?", "is there a livestream for remote people?"):
        assert not fit.check(an.Question(message, message, an.OTHER), hit, text, frozenset(), 0.7).ok, message


def test_of_the_programme_rows_the_one_naming_the_item_asked_about_answers():
    """"Opening is at 8:15 right?": the opening remarks' row (8:25), not a talk's row that ranked
    above it; a question naming no programme item leaves the ranking as it is."""
    from perfm_bot.index.chunking import Chunk, Source

    def row(i: int, text: str, score: float) -> RankedHit:
        return RankedHit(Chunk(f"page:r{i}", "page", text, (text,), Source("Program", "/p/"), "p", "Program"), score, score, 0.3)

    hits = [row(0, "Time: 15:15-16:00; Event: Invited talk and Q&A #6; Presenter: Yaxiong Chen", 0.60),
            row(1, "Time: 09:15-10:00; Event: Invited talk and Q&A #2; Presenter: Ishan Misra", 0.59),
            row(2, "Time: 08:25-08:30; Event: Opening remarks; Presenter: -", 0.57)]
    q = an.Question("opening is at 8:15 right?", "opening is at 8:15 right?", an.OTHER)
    assert fit.select(q, hits, {}, 0.45)[0].chunk.id == "page:r2"
    plain = an.Question("what is at 15:15?", "what is at 15:15?", an.OTHER)
    assert fit.select(plain, hits, {}, 0.45)[0].chunk.id == "page:r0"


def test_an_item_every_row_is_or_a_person_asked_leaves_the_rows_as_ranked():
    from perfm_bot.index.chunking import Chunk, Source

    def row(i: int, text: str, score: float) -> RankedHit:
        return RankedHit(Chunk(f"page:r{i}", "page", text, (text,), Source("Program", "/p/"), "p", "Program"), score, score, 0.3)

    hits = [row(0, "11:00 - 11:20 — Eric Topol: Medical AI", 0.6), row(1, "12:00-1:00 PM — Lunch Break/Poster Session/Industry Talks", 0.55),
            row(2, "9:00 - 10:00 — Keynote: Fei-Fei Li", 0.5)]
    people = frozenset({"eric", "topol", "fei", "li"})
    for message in ("what time is eric topol's talk?", "what time is the talk about medical ai?", "what time is eric topol's keynote?"):
        q = an.Question(message, message, an.TIME)
        assert fit.select(q, hits, {}, 0.45, people=people)[0].chunk.id == "page:r0", message


def test_a_programme_row_naming_only_its_kind_names_no_one(shipped):
    """'who gives the industry talk at 11?' and a row "Industry Talk — 11:00 - 11:20": the slot is
    there, its speaker is not; a row naming the speaker answers."""
    from perfm_bot.index.chunking import Chunk

    _, _, profile = shipped
    q = question("who gives the industry talk at 11?")
    for text, ok in (("Industry Talk — 11:00 - 11:20", False), ("Industry Talk — 11:00 - 11:20 — Speaker: Anna Weber (SDT)", True)):
        row = Chunk("page:p", "page", text, (f"Program: {text}",), Source("Program", "/#program"), section="Program")
        assert fit.check(q, hit(row, 0.9, 0.6), text, profile.vocabulary, 0.7).ok is ok, text
    assert not fit.names_someone("Demo Session — Networking Reception — Registration")


def test_terse_questions_about_the_days_start_and_a_milestones_deadline():
    """"start time?" asks when the day starts, as "what time does it start?" does; "abstract
    deadline?" is not answered by the abstracts' notification date."""
    from perfm_bot.index.chunking import Chunk, Source

    assert fit.day_edge("start time?") == "start" and fit.day_edge("what's the end time") == "end"
    assert fit.day_edge("start time of the keynote?") is None  # a talk's, not the day's
    notification = Chunk("page:n", "page", "March 15, 2026: Notification of decisions on submitted abstracts", (), Source("Home", "/"), dated=True)
    due = Chunk("page:d", "page", "February 19, 2026: Abstract submissions due on OpenReview", (), Source("Home", "/"), dated=True)
    assert fit._other_milestone("abstract deadline?", notification)
    assert not fit._other_milestone("abstract deadline?", due)
    assert not fit._other_milestone("when do we hear back about abstracts?", notification)
    noted = Chunk("page:k", "page", "Notification of acceptance: August 29, 2025 (note, early SOSP registration is September 1, 2025)", (), Source("Home", "/"), dated=True)
    assert not fit._other_milestone("when is the early registration deadline for sosp?", noted)


def test_a_date_the_site_marks_as_changed_is_preferred_to_the_same_line_left_unchanged(shipped):
    """PRICE's home page still says "Workshop Sketches Due — April 14, 2026"; its call struck it and
    says "April 17, 2026 (changed from an earlier value)": found equally near, the updated line wins."""
    from dataclasses import replace

    from perfm_bot.sources.html_text import CHANGED_NOTE

    _, chunks, _ = shipped
    base = replace(chunk(chunks, "page", text="Workshop date"), lead=False, keys=(), states_date=None, dated=True)
    stale = replace(base, id="page:home#d", text="Submission Deadline — Workshop Sketches Due — April 14, 2026")
    updated = replace(base, id="page:cfp#d", text=f"Submission Deadline — Workshop Sketches Due — April 17, 2026 {CHANGED_NOTE}")
    asks = question("when's the sketch deadline?", an.DATE)
    assert fit.select(asks, [hit(stale, 0.6), hit(updated, 0.6)], {})[0].chunk is updated


def test_a_persons_card_names_their_affiliation_and_a_talks_deadline_is_an_abstracts(shipped):
    """"what's Marissa Ramirez de Chanlatte's affiliation?" and her card "… — Playground Global"
    (a company no list knows); "when's the deadline to send an abstract for a contributed talk?"
    and "Contribution submission deadline: October 15, 2026", a deadline naming no other milestone."""
    from dataclasses import replace

    _, chunks, profile = shipped
    base = replace(chunk(chunks, "page", text="Workshop date"), lead=False, keys=(), states_date=None, dated=False)
    card = replace(base, id="page:x#o", section="Organizers",
                   text="Marissa Ramirez de Chanlatte (https://scholar.google.com/citations?user=B) — Playground Global")
    asks = question("what's marissa ramirez de chanlatte's affiliation?")
    assert fit.check(asks, hit(card, 0.8), card.text, profile.vocabulary | frozenset(fit.stems(card.text)), 0.6).ok
    assert not fit._gives(fit.answer_types.AFFILIATION, "09:00 — Opening remarks")
    due = replace(base, id="page:x#d", dated=True, text="Contribution submission deadline: October 15, 2026")
    notified = replace(base, id="page:x#n", dated=True, text="Notification of acceptance: November 1, 2026")
    talk = "when is the deadline to send an abstract for a contributed talk?"
    assert not fit._other_milestone(talk, due) and fit._other_milestone(talk, notified)


def test_a_day_named_short_or_by_its_place_in_the_programme_picks_that_days_rows():
    """TNSAA's programme is headed "December 16 (Wed)" … "December 18 (Fri)": "on friday" and "on
    the last day" both mean the Friday's rows (the day it finishes is asked, not the banquet's)."""
    from perfm_bot.index.chunking import Chunk, Source

    def row(i: int, day: str, text: str) -> Chunk:
        return Chunk(f"page:p{i}", "page", text, (text,), Source("Program", "/program/"), "program", f"Tentative Program › {day}")

    rows = [
        row(0, "December 16 (Wed)", "09:00–09:30 — Opening"), row(1, "December 16 (Wed)", "18:00–20:00 — Banquet"),
        row(2, "December 18 (Fri)", "09:00–09:30 — Talk 20: TBA"), row(3, "December 18 (Fri)", "16:00–16:15 — Closing"),
    ]
    assert fit.section_weekday("Tentative Program › December 18 (Fri)") == "friday"
    assert fit.section_weekday("Schedule › Wednesday, June 11") == "wednesday" and fit.section_weekday("Program › Day 2") is None
    assert fit.day_rows("what time does it finish on friday?", rows) == (rows[2], rows[3])
    assert fit.day_rows("what time does it finish on the last day?", rows) == (rows[2], rows[3])
    assert fit.day_rows("what time does it start on the first day?", rows) == (rows[0], rows[1])
    assert fit.day_rows("what time does it finish?", rows, rows) == tuple(rows)  # no day named: the whole programme


def test_a_long_programme_row_cut_where_it_names_someone_keeps_its_time():
    """CSI's session row names a dozen speakers after its time: cut at Erik Bekkers, it still says
    when ("13:30-14:45 — … Erik Bekkers (UvA) …"), which "when is Erik Bekkers talking?" asks."""
    from perfm_bot.answering.parts import _around

    row = ("13:30-14:45 — 🎤 Invited Talks — Geometric deep learning (Room: Waalbrug B): Session chair: Li Xue — "
           + "; ".join(f"Speaker {i} (Lab {i}) A talk on topic {i}" for i in range(12)) + "; Erik Bekkers (UvA) Equivariance without specialized modules")
    cut = _around(row, "Erik Bekkers", 200)
    assert cut.startswith("13:30-14:45 — … ") and "Erik Bekkers (UvA)" in cut and len(cut) <= 200
    assert _around("Bio. " + "Words here. " * 40 + "Erik Bekkers works on symmetry.", "Erik Bekkers", 120).startswith("… ")  # no time to keep


def test_a_day_named_by_its_number_picks_the_rows_under_its_numbered_heading():
    """CSI's programme is headed "Day 1: Computational Immunity", "Day 2: AI and 3D modelling":
    "what time does registration open on day 1?" was answered with day 2's registration, the
    better-ranked row, because a numbered day named neither a weekday nor a date."""
    from perfm_bot.index.chunking import Chunk, Source

    def row(i: int, day: str, text: str) -> Chunk:
        return Chunk(f"page:p{i}", "page", text, (text,), Source("Schedule", "/schedule/"), "schedule", f"Schedule › {day}")

    rows = [
        row(0, "Day 1: Computational Immunity", "14:30-15:00 — Registration — Register and coffee"),
        row(1, "Day 1: Computational Immunity", "15:00-15:05 — Opening"),
        row(2, "Day 2: AI and 3D modelling", "9:30-10:00 — Registration — Register/coffee"),
        row(3, "Day 2: AI and 3D modelling", "10:00-11:00 — Invited talks"),
    ]
    asked = "what time does registration open on day 1?"
    assert fit.day_rows(asked, rows, rows) == (rows[0], rows[1])
    assert fit.item_on_day(asked, fit.day_rows(asked, rows, rows)) is rows[0]
    assert fit.day_rows("when does day two start?", rows, rows) == (rows[2], rows[3])
    assert fit.item_on_day("what time does registration open?", rows) is None  # no day named: not guessed


def test_words_of_asking_for_suggestions_and_for_the_end_of_a_day_are_no_subject():
    """"any hotel recs near the venue?" (a hotel table answers it) and "when does the programme on
    Sep 4 finish?" (the day's "9:30-17:35" answers it) were declined: "recs", "near", "finish" and
    "programme" (the page's "Schedule") were subjects the pages never name."""
    vocabulary = frozenset(fit.stems("hotel nightly rate singapore day time room topic sep venue schedule"))  # "Schedule", never "programme"
    assert fit.unknown_words("any hotel recs near the venue?", vocabulary) == []
    assert fit.unknown_words("when does the programme on sep 4 finish?", vocabulary) == []
    assert fit.unknown_words("any parking near the venue?", vocabulary) == ["park"]
    assert fit.subject_words("how long is the whole workshop?") == []  # "Duration — 180 minutes total" is of the workshop


def test_where_it_is_held_is_not_answered_by_how_to_attend(shipped):
    """PRL's "ICAPS will be in-person this year" answered "where's PRL happening this year?": the
    way to attend is no place. "is it in person or online?" still asks it."""
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    page = replace(chunk(chunks, "page", text="Workshop date"), states_date=None, dated=False, lead=False)
    mode = replace(page, id="page:p#1", text="ICAPS will be in-person this year. Authors are expected to physically attend the conference.")
    place = replace(page, id="page:p#2", text="PRL @ ICAPS 2026. Dublin, Ireland Date: June 28")
    where = question("where is the workshop happening this year?")
    said = fit.check(where, hit(mode, 0.7), mode.text, profile.vocabulary, 0.6)
    assert not said.ok, said
    assert fit.check(where, hit(place, 0.6), place.text, profile.vocabulary, 0.6).ok
    assert fit.check(question("is it in person or online?"), hit(mode, 0.7), mode.text, profile.vocabulary, 0.6).ok


def test_a_terse_date_question_naming_the_workshop_asks_its_day_not_a_deadline(shipped):
    """"prl icaps 2026 date?" was answered "Paper submission deadline: May 10": a date question
    naming no milestone asks the workshop's day; "camera ready date?" still asks the camera-ready's."""
    from dataclasses import replace

    knowledge, chunks, profile = shipped
    page = replace(chunk(chunks, "page", text="Workshop date"), states_date=None, dated=False, lead=False)
    deadline = replace(page, id="page:p#1", text="Paper submission deadline: May 10, AOE", dated=True)
    terse = question("prl icaps 2026 date?")
    assert not fit.check(terse, hit(deadline, 0.7), deadline.text, profile.vocabulary, 0.6).ok
    assert fit.check(question("paper deadline date?"), hit(deadline, 0.7), deadline.text, profile.vocabulary, 0.6).ok
    assert "happen" not in fit.subject_words("when is the workshop happening this year?")  # how it is asked, not what


def test_an_earlier_edition_is_asked_about_by_its_year_its_venue_or_as_the_last_one():
    """MUSI keeps its first edition at /iccv2025/: "what was saining xie's talk called at the ICCV
    edition?" asks about it as surely as "last year's" or "in 2025"; "which room at CVPR?" does not."""
    assert fit.asks_past("what was saining xie's talk called at the iccv edition?", "iccv2025")
    assert fit.asks_past("who spoke at last year's workshop?", "iccv2025") and fit.asks_past("the 2025 room?", "iccv2025")
    assert not fit.asks_past("which room is musi in at cvpr?", "iccv2025")
