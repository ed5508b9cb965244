from pathlib import Path

from perfm_bot.index.chunking import CONTACT_KEY, PLACE_KEY, build_chunks
from perfm_bot.sources.loader import load_knowledge


def test_shipped_page_chunks_cite_anchors_and_never_the_commented_schedule(knowledge_dir: Path):
    chunks = build_chunks(load_knowledge(knowledge_dir))
    page_chunks = [c for c in chunks if c.kind == "page"]
    assert page_chunks
    for chunk in page_chunks:
        assert chunk.source.url.startswith("/events/perfm-aaai26/#")
    everything = " ".join(c.text + " " + " ".join(c.keys) for c in chunks)
    for hidden in ("8:30", "Poster setup", "Invited talk 1", "Panel discussions"):
        assert hidden not in everything
    assert "XX-XX" not in everything  # an unknown date is never shown as a date
    limits = next(c for c in page_chunks if "9 pages" in c.text)
    assert limits.source.url == "/events/perfm-aaai26/#3-submissions-and-timeline"
    assert limits.source.title == "PerFM Workshop @ AAAI 2026 › Submissions and Timeline"
    schedule = next(c for c in page_chunks if "Tentative Schedule" in c.text)
    assert schedule.source.url.endswith("#4-tentative-schedule-tba")


def test_each_faq_entry_date_and_news_item_is_its_own_chunk(knowledge_dir: Path):
    knowledge = load_knowledge(knowledge_dir)
    chunks = build_chunks(knowledge)
    assert {c.ref for c in chunks if c.kind == "faq"} == {e.id for e in knowledge.faq}
    assert {c.ref for c in chunks if c.kind == "date"} == {d.key for d in knowledge.dates} | {None}
    assert {c.ref for c in chunks if c.kind == "news"} == {n.id for n in knowledge.news}
    assert len({c.id for c in chunks}) == len(chunks)


def test_page_passages_that_state_a_date_point_at_the_date_record(knowledge_dir: Path):
    chunks = build_chunks(load_knowledge(knowledge_dir))
    stated = {c.text: c.states_date for c in chunks if c.states_date}
    assert stated["Paper submission deadline: TBA"] == "paper"
    assert stated["Camera-ready submission: TBA"] == "camera-ready"


def test_ids_are_stable_and_change_only_where_the_text_changed(knowledge_dir: Path):
    before = build_chunks(load_knowledge(knowledge_dir))
    assert [c.id for c in before] == [c.id for c in build_chunks(load_knowledge(knowledge_dir))]

    page = knowledge_dir / "pages" / "perfm-aaai26.md"
    text = page.read_text()
    # A new paragraph above everything shifts every line but changes no chunk that does not quote
    # it (the page's H1 is answered with the first lines of its section, so it quotes it too).
    page.write_text(text.replace("The PerFM Workshop will be held", "Welcome!\n\nThe PerFM Workshop will be held"))
    after = build_chunks(load_knowledge(knowledge_dir))
    assert {c.id for c in after} - {c.id for c in before} == {c.id for c in after if "Welcome!" in c.text}
    assert any(c.text == "Welcome!" for c in after)
    assert {c.id for c in before if c.kind != "page" or c.source.title != "PerFM Workshop @ AAAI 2026"} <= {c.id for c in after}


def test_a_passage_that_names_a_date_label_without_stating_a_date_is_left_alone(knowledge_dir: Path):
    page = knowledge_dir / "pages" / "more.md"
    page.write_text(
        "---\ntitle: More\n---\n\n## Details\n\n"
        "- Paper: up to 9 pages plus references.\n"
        "- Abstract: at most 250 words.\n"
        "- Camera-ready: 9 pages max.\n"
        "- Paper submission deadline: December 15\n"
    )
    stated = {c.text: c.states_date for c in build_chunks(load_knowledge(knowledge_dir)) if c.source.title.startswith("More")}
    assert stated["Paper: up to 9 pages plus references."] is None
    assert stated["Abstract: at most 250 words."] is None
    assert stated["Camera-ready: 9 pages max."] is None
    assert stated["Paper submission deadline: December 15"] == "paper"


def _site(tmp_path: Path, pages: dict[str, str]) -> list:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    return build_chunks(load_knowledge(tmp_path))


def test_the_home_pages_opening_is_found_by_when_and_where(tmp_path: Path):
    chunks = _site(
        tmp_path,
        {
            "index.md": "---\ntitle: Home\npermalink: /\n---\n\nJune 5th, 2026 | Vienna, Austria | ICRA 2026\n\n"
            "We study robots.\n\n## Call\n\nDeadline: May 1, 2026\n",
            "cfp.md": "---\ntitle: CfP\npermalink: /cfp/\n---\n\nJuly 9, 2026 | online\n",
        },
    )
    leads = [c for c in chunks if c.lead]
    assert [c.text for c in leads] == ["June 5th, 2026 | Vienna, Austria | ICRA 2026"]  # the home page's, not another's
    assert "When and where is the workshop held?" in leads[0].keys
    assert not any(c.lead for c in chunks if c.text == "We study robots.")  # states neither a day nor a place


def test_after_the_opening_gives_its_day_a_later_date_is_another_events(tmp_path: Path):
    chunks = _site(
        tmp_path,
        {"index.md": "---\ntitle: Home\npermalink: /\n---\n\nThe workshop will be held on 20 July 2025 in Palermo.\n\n"
                     "After the workshop, the XAI-Ed workshop will take place on July 22nd at AIED.\n"},
    )
    assert [c.text for c in chunks if c.lead] == ["The workshop will be held on 20 July 2025 in Palermo."]


def test_a_page_line_stating_a_date_is_found_like_a_date_record(tmp_path: Path):
    chunks = _site(
        tmp_path,
        {"index.md": "---\ntitle: Home\npermalink: /\n---\n\n## Important Dates\n\n"
         "- Notification to authors: September 22, 2025\n- Submission portal: OpenReview\n"
         "- Paper Notification Deadline — CLOSED - Monday June 4nd, 2025\n"},
    )
    notification = next(c for c in chunks if c.text.startswith("Notification to authors"))
    assert notification.dated and "When is the notification to authors?" in notification.keys
    closed = next(c for c in chunks if c.text.startswith("Paper Notification Deadline"))  # a status before the day
    assert closed.dated and "When is the paper Notification Deadline?" in closed.keys
    portal = next(c for c in chunks if c.text.startswith("Submission portal"))
    assert not portal.dated and not any(k.startswith("When is") for k in portal.keys)


def test_a_passage_every_page_repeats_is_one_chunk_and_a_roster_is_marked(tmp_path: Path):
    subtitle = "VerifAI: AI Verification in the Wild @ ICLR 2025"
    chunks = _site(
        tmp_path,
        {
            "index.md": f"---\ntitle: Home\npermalink: /\n---\n\n{subtitle}\n\n## Speakers\n\n- Ada Lovelace — Analytical\n- Alan Turing — Bletchley\n\n## Organizers\n\nTBA\n",
            "cfp.md": f"---\ntitle: CfP\npermalink: /cfp/\n---\n\n{subtitle}\n\n## Dates\n\nTBA\n",
        },
    )
    repeated = [c for c in chunks if c.text == subtitle]
    assert len(repeated) == 1 and repeated[0].source.url == "/"  # the home page's copy
    assert len([c for c in chunks if c.text == "TBA"]) == 2  # same words, different sections: both kept
    roster = [c for c in chunks if c.roster]
    assert [c.text for c in roster] == ["Speakers: Ada Lovelace — Analytical; Alan Turing — Bletchley."]


def test_a_page_kept_from_an_earlier_edition_is_marked_past(tmp_path: Path):
    chunks = _site(
        tmp_path,
        {
            "_config.yml": "title: Mech Interp Workshop at ICML 2026\n",
            "index.md": "---\ntitle: Home\npermalink: /\n---\n\nNotification: June 12th, 2026\n",
            "old.md": "---\ntitle: CfP\npermalink: /neurips2025/cfp/\n---\n\nNotification: September 22, 2025\n",
            "cfp.md": "---\ntitle: CfP\npermalink: /cfp/\n---\n\nSubmit on OpenReview.\n",
        },
    )
    past = {c.text: c.past for c in chunks}
    assert past["Notification: September 22, 2025"] == "neurips2025"
    assert past["Notification: June 12th, 2026"] is None and past["Submit on OpenReview."] is None


def test_an_earlier_editions_page_named_by_a_two_digit_year_is_marked_past(tmp_path: Path):
    """OpenSUN3D keeps index_cvpr25.html, index_iccv23.html… beside its ECCV 2026 index.html: their
    rooms and page limits were shown as this year's. A numbered page (session12.html) is no edition."""
    chunks = _site(
        tmp_path,
        {
            "index.html": "<html><head><title>OpenSUN3D @ ECCV 2026</title></head><body><main><p>Room: Hall 7.</p>"
            '<a href="index_cvpr25.html">CVPR 2025</a> <a href="session12.html">Session 12</a>'
            '<a href="index_cvpr26.html">CVPR 2026</a> <a href="index_eccv26.html">More</a></main></body></html>',
            "index_cvpr25.html": "<html><head><title>OpenSUN3D @ CVPR 2025</title></head><body><main><p>Room: 101B.</p></main></body></html>",
            "session12.html": "<html><head><title>Session 12</title></head><body><main><p>Talks on indoor scenes.</p></main></body></html>",
            "index_cvpr26.html": "<html><head><title>OpenSUN3D @ CVPR 2026</title></head><body><main><p>CVPR 2026 offers poster printing.</p></main></body></html>",
            "index_eccv26.html": "<html><head><title>OpenSUN3D @ ECCV 2026</title></head><body><main><p>Room: Hall 7, Malmö.</p></main></body></html>",
        },
    )
    past = {c.text: c.past for c in chunks}
    assert past["Room: 101B."] == "index_cvpr25.html"
    assert past["CVPR 2026 offers poster printing."] == "index_cvpr26.html"  # another venue's edition this year
    assert past["Room: Hall 7, Malmö."] is None  # this edition's own page
    assert past["Room: Hall 7."] is None and past["Talks on indoor scenes."] is None


def test_a_home_page_that_names_no_year_is_the_edition_its_named_siblings_are_not(tmp_path: Path):
    """OpenSUN3D's home is titled "Open☀️3D" alone: the year comes from its edition pages, and the
    unnamed home is the current edition, each named page another one (index_cvpr26.html too)."""
    chunks = _site(
        tmp_path,
        {
            "index.html": "<html><head><title>Open☀️3D</title></head><body><main><p>Room: Hall 7.</p>"
            '<a href="index_cvpr26.html">CVPR 2026</a> <a href="index_iccv25.html">ICCV 2025</a></main></body></html>',
            "index_cvpr26.html": "<html><head><title>Open☀️3D</title></head><body><main><p>Room: 705/707.</p></main></body></html>",
            "index_iccv25.html": "<html><head><title>Open☀️3D</title></head><body><main><p>Room: 308.</p></main></body></html>",
        },
    )
    past = {c.text: c.past for c in chunks}
    assert past["Room: 705/707."] == "index_cvpr26.html" and past["Room: 308."] == "index_iccv25.html"
    assert past["Room: Hall 7."] is None


def test_a_home_page_whose_first_heading_names_the_year_makes_the_newest_archive_folder_past(tmp_path: Path):
    """KISV's title ("KISV Workshop") names no year and its archive keeps /archive/2023/ and
    /archive/2024/: the home page's heading "3rd Workshop on … (KISV 2025)" says this is 2025, so
    2024's dates ("Workshop date: November 3, 2024") are an earlier edition's."""
    chunks = _site(
        tmp_path,
        {
            "_config.yml": "title: KISV Workshop\n",
            "index.md": "---\ntitle: Kernel Security Workshop\npermalink: /\n---\n\n# 3rd Workshop on Kernel Isolation (KISV 2025)\n\nWorkshop date: October 13, 2025\n",
            "archive-2024.md": "---\ntitle: KISV 2024\npermalink: /archive/2024/\n---\n\nWorkshop date: November 3, 2024\n",
            "archive-2023.md": "---\ntitle: KISV 2023\npermalink: /archive/2023/\n---\n\nWorkshop date: October 23, 2023\n",
        },
    )
    past = {c.text: c.past for c in chunks}
    assert past["Workshop date: November 3, 2024"] == "2024" and past["Workshop date: October 23, 2023"] == "2023"
    assert past["Workshop date: October 13, 2025"] is None


def test_a_home_page_whose_opening_names_a_later_year_than_its_archive_folder_is_the_current_edition(tmp_path: Path):
    """MUSI: "2nd MUSI Workshop" names no year, its first edition sits in /iccv2025/; the home
    page opens "CVPR 2026 · June 3, 2026", so /iccv2025/'s "Room 306 A" is last year's room, not
    the answer to "which room is MUSI in at CVPR?"."""
    chunks = _site(
        tmp_path,
        {
            "index.html": "<html><head><title>2nd MUSI Workshop</title></head><body><header><h1>2nd Workshop on Spatial Intelligence</h1>"
            "<p>CVPR 2026 · June 3, 2026 · Denver, CO</p></header><main><p>Place: Denver, CO, USA</p>"
            '<a href="iccv2025/">1st edition</a></main></body></html>',
            "iccv2025/index.html": "<html><head><title>MUSI Workshop</title></head><body><main><p>Room 306 A</p></main></body></html>",
        },
    )
    past = {c.text: c.past for c in chunks}
    assert past["Room 306 A"] == "iccv2025" and past["Place: Denver, CO, USA"] is None


def test_a_home_pages_card_for_an_earlier_edition_is_that_editions(tmp_path: Path):
    """MADICES's home page lists every edition as a card ("MADICES 2022 — February 7-9, 2022
    (virtual)") and its docs sit in /docs/2025/: "when is MADICES?" is the 2025 card, not 2022's."""
    chunks = _site(
        tmp_path,
        {
            "index.html": "<html><head><title>MADICES</title></head><body><main><h1>Data interoperability</h1>"
            "<div><h3>MADICES 2022</h3><p>February 7-9, 2022 (virtual)</p></div>"
            "<div><h3>MADICES 2025</h3><p>October 20-24, 2025 (Switzerland)</p></div>"
            "<p>Workshop 2019 - a line another workshop's name labels.</p></main></body></html>",
            "program.md": "---\ntitle: Program\npermalink: /docs/2025/program/\n---\n\nAt PSI.\n",
        },
    )
    past = {c.text: c.past for c in chunks}
    assert past["MADICES 2022 — February 7-9, 2022 (virtual)"] == "MADICES 2022"
    assert past["MADICES 2025 — October 20-24, 2025 (Switzerland)"] is None
    assert past["Workshop 2019 - a line another workshop's name labels."] is None


def test_a_line_this_edition_shares_with_an_earlier_one_is_kept_for_both(tmp_path: Path):
    """MADICES's 2025 sponsors page lists PREMISE, as 2024's did: the line was kept once, as the
    2024 page's, which a question about this year never reads; 2025's list had lost it."""
    chunks = _site(
        tmp_path,
        {
            "index.md": "---\ntitle: MADICES\npermalink: /\n---\n\nA workshop series.\n",
            "s24.md": "---\ntitle: Sponsors\npermalink: /docs/2024/sponsors/\n---\n\n## Support\n\nPREMISE\n",
            "s25.md": "---\ntitle: Sponsors\npermalink: /docs/2025/sponsors/\n---\n\n## Support\n\nPREMISE\n",
        },
    )
    kept = sorted((c.source.url, c.past) for c in chunks if c.text == "PREMISE")
    assert kept == [("/docs/2024/sponsors/#support", "2024"), ("/docs/2025/sponsors/#support", None)]


def test_the_list_of_who_runs_the_workshop_is_found_by_how_attendees_ask_for_it(tmp_path: Path):
    """ACA's organizers sit on a page called "team": "who's organizing this workshop?" shares no
    word with it. A roster of organizers, chairs or a team is keyed by that question; a programme
    committee or the speakers are not who runs it."""
    chunks = _site(
        tmp_path,
        {
            "index.md": "---\ntitle: Home\npermalink: /\n---\n\nA workshop.\n",
            "cfp.md": "---\ntitle: Call\npermalink: /cfp/\n---\n\n## Program Chairs\n\n- Johannes Blömer (Paderborn University)\n"
            "- Marcus Brinkmann (Ruhr University Bochum)\n\n## Program Committee\n\n- Tanja Lange (TU Eindhoven)\n- Juliane Krämer (Regensburg)\n",
        },
    )
    asked = "Who are the organizers? Who is organizing it?"
    keyed = {c.text.split(":")[0] for c in chunks if c.roster and asked in c.keys}
    rosters = {c.text.split(":")[0] for c in chunks if c.roster}
    assert "Program Chairs" in keyed and "Program Committee" in rosters and "Program Committee" not in keyed


def test_earlier_editions_are_found_in_nested_folders_and_headings_but_not_in_dated_posts(tmp_path: Path):
    """WiNLP keeps every edition under /events/winlp-20XX/ and a past-events page with a section
    per edition; its title names no year, so the latest edition folder says which year is now.
    A post's date folder (/blog/2024/…) is no edition: last autumn's call may be this year's news."""
    chunks = _site(
        tmp_path,
        {
            "_config.yml": "title: Widening NLP\n",
            "index.md": "---\ntitle: Home\npermalink: /\n---\n\nWe meet in Suzhou.\n",
            "now.md": "---\ntitle: CfP\npermalink: /events/winlp-2025/cfp/\n---\n\nSubmit by August 1.\n",
            "then.md": "---\ntitle: CfP\npermalink: /events/winlp-2021/cfp/\n---\n\nSubmit by July 5.\n",
            "past.md": "---\ntitle: Past events\npermalink: /events/past/\n---\n\n## WiNLP 2024 Workshop\n\nHeld in Miami.\n\n"
            "## Our beginnings\n\nA first meeting.\n",
            "news.md": "---\ntitle: News\npermalink: /news/\n---\n\n## 2024\n\nA year of growth.\n\n## Dec 2024 news\n\nThe call is out.\n",
            "post.md": "---\ntitle: Call out\npermalink: /blog/2024/call-is-out/\n---\n\nThe call for papers is out.\n",
        },
    )
    past = {c.text: c.past for c in chunks}
    assert past["Submit by July 5."] == "winlp-2021" and past["Held in Miami."] == "WiNLP 2024 Workshop"
    assert past["Submit by August 1."] is None and past["We meet in Suzhou."] is None
    assert past["A year of growth."] is None and past["The call is out."] is None  # a bare year or a dated heading groups news
    assert past["The call for papers is out."] is None
    assert past["A first meeting."] == "past"  # a page of past events: every edition on it is an earlier one


def test_the_answer_about_this_year_skips_an_earlier_editions_page():
    from perfm_bot.answering import analysis as an
    from perfm_bot.answering.fit import select
    from perfm_bot.answering.ranking import RankedHit
    from perfm_bot.index.chunking import Chunk, Source

    old = Chunk("page:old", "page", "Authors will be notified by September 22.", (), Source("CfP", "/neurips2025/cfp/"), past="neurips2025")
    new = Chunk("page:new", "page", "Authors will be notified by June 12th.", (), Source("CfP", "/cfp/"))
    hits = [RankedHit(old, 0.80, 0.7, 0.3), RankedHit(new, 0.75, 0.65, 0.3)]
    now = an.Question("when will authors be notified?", "when will authors be notified?", an.DATE)
    then = an.Question("when were authors notified for the neurips 2025 edition?", "when were authors notified for the neurips 2025 edition?", an.DATE)
    assert [h.chunk for h in select(now, hits, {})] == [new]  # never this year's answer, even alone
    assert [h.chunk for h in select(then, hits, {})] == [old]  # asked in the past tense: that edition's page alone
    aside = "my paper was rejected at the neurips 2025 edition, when will authors be notified this time?"
    assert new in [h.chunk for h in select(an.Question(aside, aside, an.DATE), hits, {})]  # the past is background here
    assert select(now, hits[:1], {}) == []


def test_an_imported_sites_pages_cited_by_url_keep_their_opening_and_editions(tmp_path: Path):
    """After `perfm-bot import URL` a page's permalink is its live address: the home page and an
    earlier edition's pages are still told apart."""
    chunks = _site(
        tmp_path,
        {
            "_config.yml": "title: Mech Interp Workshop at ICML 2026\n",
            "index.md": "---\ntitle: Home\npermalink: https://mi.example.org/\n---\n\nJuly 10, 2026 | Seoul | ICML 2026\n",
            "old.md": "---\ntitle: CfP\npermalink: https://mi.example.org/neurips2025/cfp/\n---\n\nNotification: September 22, 2025\n",
        },
    )
    assert [c.text for c in chunks if c.lead] == ["July 10, 2026 | Seoul | ICML 2026"]
    assert {c.text: c.past for c in chunks}["Notification: September 22, 2025"] == "neurips2025"


def test_a_pages_bare_title_is_no_passage_but_the_home_pages_is(tmp_path: Path):
    chunks = _site(
        tmp_path,
        {
            "index.html": "<html><head><title>FMSD @ ICML 2025</title></head><body><p>A workshop on tables.</p></body></html>",
            "organizers.html": "<html><head><title>Organizers | FMSD</title></head><body><p>Ada Lovelace — AWS</p></body></html>",
        },
    )
    texts = [c.text for c in chunks]
    assert not any(t.startswith("Organizers | FMSD") for t in texts) and "Ada Lovelace — AWS" in texts
    assert any(t.startswith("FMSD @ ICML 2025") for t in texts)  # the workshop's full name, asked for


def test_a_passage_giving_an_email_address_is_found_by_how_to_contact(tmp_path: Path):
    chunks = _site(tmp_path, {"index.md": "# Home\n\nQuestions? Write to us at tiny@example.org.\n\nWe study small things.\n"})
    assert all((CONTACT_KEY in c.keys) == ("tiny@example.org" in c.text) for c in chunks)
    assert any("tiny@example.org" in c.text for c in chunks)


def test_a_themes_placeholder_latin_is_no_passage(tmp_path: Path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "index.md").write_text(
        "---\ntitle: Demo\n---\n# Demo\n\nVivamus sapien justo, ullamcorper a mi eget, scelerisque euismod nunc. In augue augue, "
        "ultrices a ornare non, tincidunt quis justo. Donec sit amet con.\n\nThe workshop is held in Vienna et al. in July.\n",
        encoding="utf-8",
    )
    texts = [c.text for c in build_chunks(load_knowledge(tmp_path)) if c.kind == "page"]
    assert not any("Vivamus" in t for t in texts) and any("Vienna" in t for t in texts)


def test_a_template_heading_every_section_with_an_h1_names_its_sections_by_them(tmp_path: Path):
    """Two rows "Paper submission deadline", one under "Long Paper Review Timeline", one under
    "Short Paper Review Timeline", all <h1>: each row is found by its own section's name."""
    html = """<html><body><h1>POETS Workshop</h1><p>Intro.</p>
    <h1>Long Paper Review Timeline</h1><table><tr><th>Paper submission deadline</th><td>April 15, 2024</td></tr></table>
    <h1>Short Paper Review Timeline</h1><table><tr><th>Paper submission deadline</th><td>May 31, 2024</td></tr></table>
    </body></html>"""
    chunks = _site(tmp_path, {"index.html": html})
    short = next(c for c in chunks if c.text.startswith("Paper submission deadline — May 31"))
    assert short.section == "Short Paper Review Timeline"
    assert any(k.startswith("Short Paper Review Timeline: ") for k in short.keys)
    two = """<html><body><h1>MARS2 Workshop</h1><h1>Multimodal Reasoning</h1><h2>Prize</h2><p>A pool of 100,000.</p></body></html>"""
    (tmp_path / "two").mkdir()
    pool = [c for c in _site(tmp_path / "two", {"index.html": two}) if "100,000" in c.text]
    assert pool and not any("Multimodal" in c.section for c in pool)  # a banner's name and subtitle


def test_a_deadline_opening_the_home_page_is_no_lead_and_a_slashed_date_is_a_date(tmp_path: Path):
    """"The deadline is May 27, 2025" dates a deadline, not the workshop; "Acceptance notification:
    2025/06/09" states a date as surely as "June 9, 2025"; "when & where?; Join us in Vancouver!"
    labels the place."""
    chunks = _site(
        tmp_path,
        {"index.md": "---\ntitle: Home\npermalink: /\n---\n\nThe deadline is May 27, 2025 11:59PM UTC.\n\n"
                     "- when & where?\n  - Join us at ICML 2025 in Vancouver!\n\n## Dates\n\n- Acceptance notification: 2025/06/09\n"},
    )
    assert not any(c.lead for c in chunks)
    notification = next(c for c in chunks if c.text.startswith("Acceptance notification"))
    assert "When is the acceptance notification?" in notification.keys
    place = next(c for c in chunks if "Vancouver" in c.text and c.text.startswith("when & where"))
    assert PLACE_KEY in place.keys
