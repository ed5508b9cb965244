from pathlib import Path

from perfm_bot.core.settings import Settings
from perfm_bot.answering.engine import Engine
from perfm_bot.index.chunking import build_chunks
from perfm_bot.sources.loader import load_knowledge


def distinct_keys(settings: Settings) -> int:
    """What a build from nothing embeds: each distinct key text once (passages stating the same
    policy share a concept key, see ``index.concept_keys``)."""
    return len({k for c in build_chunks(load_knowledge(settings.knowledge_dir)) for k in c.keys})


def test_unchanged_rebuild_embeds_nothing_and_a_change_embeds_only_itself(settings: Settings, fake_embedder, clock):
    first = Engine(settings, fake_embedder, clock)
    assert first.last_report.rebuilt and first.last_report.stats.embedded == distinct_keys(settings) < first.last_report.vectors

    second = Engine(settings, fake_embedder, clock)
    assert not second.last_report.rebuilt
    assert second.last_report.stats.embedded == 0 and second.last_report.stats.added == 0

    news = settings.knowledge_dir / "news.yaml"
    news.write_text(news.read_text() + "\n- text: Accepted papers are online.\n")
    third = Engine(settings, fake_embedder, clock)
    assert (third.last_report.stats.added, third.last_report.stats.embedded) == (2, 2)


def test_lost_index_is_rebuilt_from_the_cache_without_the_model(settings: Settings, fake_embedder, clock):
    Engine(settings, fake_embedder, clock)
    for path in settings.index_dir.iterdir():
        path.unlink()
    fake_embedder.calls.clear()
    engine = Engine(settings, fake_embedder, clock)
    assert engine.last_report.rebuilt and engine.last_report.stats.embedded == 0
    assert fake_embedder.calls == []


def test_index_of_another_model_is_rebuilt(settings: Settings, fake_embedder, clock):
    Engine(settings, fake_embedder, clock)

    class OtherModel(type(fake_embedder)):
        model_id = "another-model"

    other = OtherModel()
    engine = Engine(settings, other, clock)
    assert engine.last_report.rebuilt and engine.last_report.stats.embedded == distinct_keys(settings)
    assert (settings.index_dir / "manifest.json").read_text().count('"another-model"') == 1


def test_real_model_answers_and_cites(tmp_path: Path, real_embedder, clock):
    settings = Settings(knowledge_dir=Path(__file__).resolve().parents[2] / "knowledge", state_dir=tmp_path / "state")
    engine = Engine(settings, real_embedder, clock)
    answer = engine.ask("how many pages can my paper have?")
    assert answer.answered and "9 pages" in answer.text
    assert answer.sources[0].url == "/events/perfm-aaai26/#3-submissions-and-timeline"
    off_topic = engine.ask("Who won the football world cup in 2022?")
    assert not off_topic.answered and off_topic.kind == "none"


def test_refresh_picks_up_changes_and_keeps_the_last_good_knowledge(settings: Settings, fake_embedder, clock):
    engine = Engine(settings, fake_embedder, clock)
    assert engine.refresh() is None  # nothing changed

    faq = settings.knowledge_dir / "faq.yaml"
    good = faq.read_text()
    faq.write_text(good + "\n- id: poster\n  question: Is there a poster session?\n  answer: Yes, after lunch.\n")
    result = engine.refresh()
    assert result.error is None and (result.stats.added, result.stats.embedded) == (2, 2)
    assert engine.ask("Is there a poster session?").text == "Yes, after lunch."

    faq.write_text(good + "\n- id: broken\n  question: Half an entry?\n")
    result = engine.refresh()
    assert result.error is not None
    assert result.error.problems == [f"{faq}:{good.count(chr(10)) + 2}: 'answer' is missing"]
    assert engine.ask("Is there a poster session?").text == "Yes, after lunch."  # last good state answers
    assert engine.refresh() is None  # the same broken file is reported once


def test_an_unexpected_failure_while_reloading_is_retried_not_forgotten(settings: Settings, fake_embedder, clock, monkeypatch):
    import pytest

    import perfm_bot.answering.engine as engine_module

    engine = Engine(settings, fake_embedder, clock)
    faq = settings.knowledge_dir / "faq.yaml"
    faq.write_text(faq.read_text() + "\n- id: poster\n  question: Is there a poster session?\n  answer: Yes.\n")
    real_build = engine_module.build_chunks
    monkeypatch.setattr(engine_module, "build_chunks", lambda k: (_ for _ in ()).throw(OSError("disk hiccup")))
    with pytest.raises(OSError):
        engine.refresh()
    monkeypatch.setattr(engine_module, "build_chunks", real_build)
    result = engine.refresh()  # the same change, tried again
    assert result is not None and result.stats.added == 2
    assert engine.ask("Is there a poster session?").text == "Yes."


def test_a_question_about_a_speaker_gets_their_card_and_their_programme_slot(tmp_path: Path, real_embedder, clock):
    """The title is on the speaker's card, the time in the programme (a timeline whose one long
    slot carries an abstract): 'what is X's talk about?' is answered with both."""
    slots = "".join(
        f'<div class="timeline-item"><div class="time-block">{t}</div><div class="content-block"><h4>{title}</h4></div>'
        f'<div class="speaker-block">{who}</div></div>'
        for t, title, who in (
            ("09:00 - 09:30", "Opening remarks", "Organizers"),
            ("14:45 - 15:15", "Invited Talk 2", "Ada Lovelace"),
            ("15:15 - 15:30", "Coffee Break", ""),
        )
    )
    slots += '<div class="timeline-item"><div class="time-block">16:00 - 16:30</div><div class="content-block"><h4>Panel</h4><p>' + "A long abstract. " * 40 + "</p></div></div>"
    cards = "".join(
        f'<div class="card"><h5>{n}</h5><p>{a}</p></div>' for n, a in (("Ada Lovelace", "Analytical engines for everyone"), ("Alan Turing", "Computable numbers"))
    )
    page = f"<html><head><title>Engines Workshop</title></head><body><section id='speakers'><h2>Invited Speakers</h2>{cards}</section><section id='schedule'><h2>Schedule</h2>{slots}</section></body></html>"
    (tmp_path / "k" / "pages").mkdir(parents=True)
    (tmp_path / "k" / "pages" / "index.html").write_text(page, encoding="utf-8")
    engine = Engine(Settings(knowledge_dir=tmp_path / "k", state_dir=tmp_path / "s"), real_embedder, clock=clock)
    answer = engine.ask("what is Ada Lovelace's talk about?")
    assert "Analytical engines for everyone" in answer.text and "14:45" in answer.text, answer.text


def test_a_site_keeping_many_editions_answers_for_this_one_and_for_an_earlier_one_when_asked(tmp_path, real_embedder, clock):
    """Twenty-five past editions say where they took place in words closer to the question than
    this year's venue line: they must not crowd it out of the search, and a question naming an
    earlier edition gets that edition's answer, not this year's."""
    pages = tmp_path / "k" / "pages"
    pages.mkdir(parents=True)
    (pages / "index.md").write_text("---\ntitle: Widening NLP\npermalink: /\n---\n\nWelcome to Widening NLP.\n")
    cities = "Lisbon Oslo Rome Paris Berlin Vienna Prague Dublin Madrid Athens Tokyo Seoul Miami Boston Denver Austin Toronto Sydney Cairo Lima Quito Bogota Delhi Dubai Doha Suzhou"
    for year, city in zip(range(2000, 2026), cities.split()):
        text = (
            f"The workshop takes place in {city}, at the convention centre.\n\nWhere does the workshop take place? In {city}.\n"
            if year < 2025
            else f"Venue: {city} convention centre, main hall.\n"
        )
        folder = pages / "events" / f"wnlp-{year}"
        folder.mkdir(parents=True)
        (folder / "index.md").write_text(f"---\ntitle: Venue\npermalink: /events/wnlp-{year}/\n---\n\n{text}")
    engine = Engine(Settings(knowledge_dir=tmp_path / "k", state_dir=tmp_path / "s"), real_embedder, clock=clock)
    now = engine.ask("where does the workshop take place?")
    assert now.answered and "Suzhou" in now.text, now.text
    then = engine.ask("where did the workshop take place in 2019?")
    assert then.answered and "Lima" in then.text and "Suzhou" not in then.text, then.text


def test_a_question_for_the_submission_site_or_an_address_finds_the_line_that_states_one(tmp_path, real_embedder, clock):
    """The portal's line ("The Microsoft CMT will be used for managing the peer-reviewing
    process") and an address written against harvesters share no word with "where do we submit?"
    or "how can I reach the organizers?", and meaning alone ranks the call's prose above them."""
    page = (
        "# Sign Language Workshop\n\n## Call for Papers\n\n"
        "We invite submissions of papers that explore the intersection of sign language and computer vision. "
        "Peer-reviewed and accepted papers will be presented as posters.\n\n"
        "Papers are limited to eight pages, including figures and tables, in the CVPR style.\n\n"
        + "".join(f"Topic {n}: recognition of signs in setting number {n} with video models.\n\n" for n in range(12))
        + "The Microsoft CMT will be used for managing the peer-reviewing process for this workshop: "
        "https://cmt3.research.microsoft.com/SLRTP2025/\n\n"
        "## Organisation\n\nFor all enquiries, please write to slrtp-chairs [at] googlegroups.com\n"
    )
    (tmp_path / "k" / "pages").mkdir(parents=True)
    (tmp_path / "k" / "pages" / "index.md").write_text(page, encoding="utf-8")
    engine = Engine(Settings(knowledge_dir=tmp_path / "k", state_dir=tmp_path / "s"), real_embedder, clock=clock)
    portal = engine.ask("where do we actually submit papers? openreview?")  # a guess at the answer is no second question
    assert portal.answered and "cmt3.research.microsoft.com" in portal.text and "outside" not in portal.text, portal.text
    contact = engine.ask("I have a question about my submission. how can I reach the organizers?")
    assert contact.answered and "slrtp-chairs [at] googlegroups.com" in contact.text, contact.text


def test_where_is_it_is_answered_by_a_line_naming_a_place_never_by_one_naming_none(tmp_path, real_embedder, clock):
    """The place often stands only in the banner ("SuRE Workshop @ IJCAI 2026, Bremen, Germany")
    while a line about the day is closer in meaning to "where is it happening?"."""
    page = (
        "---\ntitle: SuRE 2026\n---\n\n# 1st Workshop on Sustainable AI @ IJCAI 2026\n\n"
        "SuRE Workshop @ IJCAI 2026, Bremen, Germany\n\n"
        + "".join(f"Sustainable AI needs methods of kind {n}, and metrics for them, across the whole lifecycle.\n\n" for n in range(25))
        + "## Format\n\nThe workshop is a half-day event on August 17th combining invited keynotes and discussion rounds.\n\n"
        "## Organizers\n\nAda Lovelace's work was featured in the New York Times.\n\n"
        "## Programme\n\n10:30 — Coffee break, served in the foyer.\n"
    )
    (tmp_path / "k" / "pages").mkdir(parents=True)
    (tmp_path / "k" / "pages" / "index.md").write_text(page, encoding="utf-8")
    engine = Engine(Settings(knowledge_dir=tmp_path / "k", state_dir=tmp_path / "s"), real_embedder, clock=clock)
    where = engine.ask("hey where is it happening?")
    assert where.answered and "Bremen, Germany" in where.text and "half-day" not in where.text, where.text
    coffee = engine.ask("where do we get coffee?")  # a thing's place, not the workshop's: no banner for it
    assert "Bremen" not in coffee.text, coffee.text



def test_a_persons_affiliation_is_never_where_the_workshop_is(tmp_path, real_embedder, clock):
    """REPRO-HPC names no city of its own; its committee lists "Samuel Grayson, University of
    Illinois at Urbana-Champaign", which named a US state and so answered "which city is it in?"."""
    page = (
        "---\ntitle: REPRO-HPC\n---\n\n## About\n\n"
        "The workshop brings together people who build reproducible software stacks for supercomputers.\n\n"
        "## Call for Talks\n\nTalks are 20 minutes. Submit a one-page abstract on HotCRP.\n\n"
        "## Organizing Committee\n\n- Samuel Grayson, University of Illinois at Urbana-Champaign\n"
        "- Josef Weidendorfer, Leibniz Supercomputing Centre\n"
    )
    (tmp_path / "k" / "pages").mkdir(parents=True)
    (tmp_path / "k" / "pages" / "index.md").write_text(page, encoding="utf-8")
    engine = Engine(Settings(knowledge_dir=tmp_path / "k", state_dir=tmp_path / "s"), real_embedder, clock=clock)
    where = engine.ask("which city is the workshop in? need to book flights")
    assert "Illinois" not in where.text, where.text
    who = engine.ask("who is on the programme committee?")  # people, not the day's programme
    assert "Grayson" in who.text, who.text


def test_what_the_workshop_is_about_is_answered_by_its_own_description(tmp_path, real_embedder, clock):
    """'What is this workshop actually about?' shares no word with the paragraph that says it; a
    banner line that says when and where is no answer, and "summarise" is no work asked of the bot."""
    page = (
        "---\ntitle: Human-Centered Robot Learning\n---\n"
        "May 19th, 2025 | Atlanta, Georgia, USA | ICRA 2025\n\n"
        "Recent advances in training large-scale models on massive datasets have led to foundation models "
        "that let robots interact with people in homes and hospitals. This workshop brings together robot "
        "learning and human-robot interaction researchers to chart human-centered robot learning.\n\n"
        "## Speakers\n\n- Andrea Bajcsy, Carnegie Mellon University\n- Jens Kober, TU Delft\n\n"
        "## Schedule\n\n" + "".join(f"- {9 + n}:00 Talk {n} on robot grasping and planning\n" for n in range(8))
        + "\n## Call for Papers\n\nSubmissions are 4 to 8 pages on OpenReview, single-blind.\n"
    )
    (tmp_path / "k" / "pages").mkdir(parents=True)
    (tmp_path / "k" / "pages" / "index.md").write_text(page, encoding="utf-8")
    engine = Engine(Settings(knowledge_dir=tmp_path / "k", state_dir=tmp_path / "s"), real_embedder, clock=clock)
    for message in ("tl;dr what is this workshop actually about? deciding whether to go",
                    "Could you please summarise what the workshop aims to achieve?"):
        reply = engine.ask(message)
        assert reply.answered and "human-robot interaction" in reply.text, (message, reply.text)


def test_a_rare_word_of_the_question_brings_its_passage_whatever_the_dense_rank(tmp_path: Path, real_embedder, clock):
    """'Who is sponsoring the workshop?': twenty-odd passages say "the workshop" more like the
    question than "This workshop is sponsored by the Carl Zeiss Foundation" does; the one passage
    with the question's rare word "sponsor" is a candidate all the same."""
    lines = [
        f"<p>The workshop {what}.</p>"
        for what in (
            "is a half-day event combining invited keynotes, contributed papers and discussion",
            "takes place in Bremen at IJCAI 2026", "welcomes researchers from academia and industry",
            "will feature two keynote talks", "is organized by researchers from three universities",
            "aims to bring together the embedded AI community", "has a poster session after lunch",
            "accepts short and long papers", "will have a panel on sustainability",
            "program is preliminary", "is held in person", "website will be updated regularly",
            "committee reviews every submission", "encourages student participation",
            "is the first of its kind", "schedule will be announced soon", "follows the IJCAI code of conduct",
            "is open to all IJCAI attendees", "papers are non-archival", "has a best paper award",
            "day starts at 9:00", "will end with closing remarks", "invites position papers",
        )
    ] + [f"<p>Workshop session {n} of the workshop discusses {topic}.</p>" for n, topic in enumerate(
        ("embedded learning", "tiny models", "energy use", "sensor data", "robot control", "edge devices", "federated training",
         "model compression", "hardware design", "green computing", "data centres", "carbon accounting", "benchmarks",
         "quantisation", "pruning", "distillation", "on-device inference", "battery life", "smart farming", "wearables"), 1)]
    lines.insert(17, '<h2>Sponsored by</h2><p>This workshop is sponsored by the <a href="https://www.carl-zeiss-stiftung.de/">Carl Zeiss Foundation</a> via the <a href="https://sembai.cs.uni-kl.de/">Sustainable Embedded AI</a> project.</p><h2>More</h2>')
    (tmp_path / "k" / "pages").mkdir(parents=True)
    (tmp_path / "k" / "pages" / "index.html").write_text(
        f"<html><head><title>SuRE Workshop</title></head><body><h1>SuRE</h1>{''.join(lines)}</body></html>", encoding="utf-8"
    )
    engine = Engine(Settings(knowledge_dir=tmp_path / "k", state_dir=tmp_path / "s"), real_embedder, clock=clock)
    answer = engine.ask("Who is sponsoring the workshop?")
    assert answer.answered and "Carl Zeiss" in answer.text, answer.text


def test_a_multi_day_agenda_answers_for_the_day_asked_with_its_rooms(tmp_path: Path, real_embedder, clock):
    """LRC 2026: four days, each row "time — event — room", rooms by a building's code and number
    or a named hall; a question names its day in full, abbreviated or not at all."""
    page = (
        "---\ntitle: Low Resource Computing\nlocation: Dartmouth College, Hanover, NH\ndates: August 16-19, 2026\n---\n\n## Agenda\n\n"
        "### Sunday, August 16\n\n- 17:00-19:00 — Welcome and registration — Irving atrium\n\n"
        "### Monday, August 17\n\n- 9:00 — Breakfast and coffee — ECSC atrium\n- 12:30 — Lunch — ECSC atrium\n"
        "- 16:30 — Research demos: Drone flights — ECSC 114\n- 18:30 — Dinner Reception — DOC house\n\n"
        "### Tuesday, August 18\n\n- 9:00 — Breakfast and coffee — ECSC 116\n- 12:30 — Lunch — ECSC patio\n"
        "- 14:00 — Hands-on projects — ECSC 009\n\n"
        "### Wednesday, August 19\n\n- 9:00 — Breakfast and coffee\n- 12:00 — Lunch\n- 13:30 — Workshop presentations\n"
        "- 16:30 — Closing remarks (Dan Ridge)\n\n"
        "## Call for talks\n\nPlease send talk applications by July 15, 2026. Acceptances follow on a rolling basis.\n\n"
        "## Lodging\n\nWe have limited reserved space at the Six South Street Hotel until July 23, 2026. "
        "Rooms are $289 a night in our discounted block.\n\n"
        "If that room block fills, other options near campus include the Hanover Inn.\n"
    )
    (tmp_path / "k" / "pages").mkdir(parents=True)
    (tmp_path / "k" / "pages" / "index.md").write_text(page, encoding="utf-8")
    engine = Engine(Settings(knowledge_dir=tmp_path / "k", state_dir=tmp_path / "s"), real_embedder, clock=clock)
    cases = {
        "lunch on tues is where?": "ECSC patio",  # "tues" is Tuesday, "is where?" asks where
        "Where is breakfast on Tuesday?": "ECSC 116",  # a room by its building's code and number
        "which room are the drone flight demos in?": "ECSC 114",
        "what time does everything wrap up on wednesday? need to book my coach back": "16:30",
        "getting in sunday — what time is the welcome/registration thing and where?": "Irving atrium",
        "could you kindly let me know the deadline for submitting a talk application?": "July 15",  # "send … by"
    }
    for message, expected in cases.items():
        reply = engine.ask(message)
        assert reply.answered and expected in reply.text, (message, reply.text)
