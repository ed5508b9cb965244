"""HTML as a browser shows it, for HTML pages and HTML inside Markdown (issue 13): what is
hidden or struck is never current text, entities are decoded, links keep their URL, tables
read by row with their header."""

from perfm_bot.sources.markdown_page import parse_page
from perfm_bot.sources.page_reader import parse_html_page

BUILT = """<!DOCTYPE html>
<html><head>
<title>BrainBody FM &ndash; NeurIPS 2025 Workshop</title>
<meta name="description" content="A NeurIPS 2025 workshop in San Diego, December 6, 2025.">
<style>.x { color: red }</style>
<script>var secret = "Oct 1";</script>
</head><body>
<header><a href="/">Home</a> BrainBody FM site header</header>
<nav><ul><li><a href="/cfp">CFP</a></li></ul></nav>
<main>
<article><header><h1 id="cfp-top">Call for Papers</h1></header>
<p>Submit on <a href="https://openreview.net/group?id=X&amp;tab=1">OpenReview</a> &amp; read the
<a href="#rules">rules</a>.&nbsp;Fees: none.</p>
<h2>Important Dates</h2>
<table>
<thead><tr><th>Milestone</th><th>Date</th></tr></thead>
<tr><td>Paper deadline</td><td><s>Aug 22</s> Aug 29, 2025 (AoE)</td></tr>
<tr><td>Notification</td><td>Sep 22, 2025</td></tr>
</table>
<h3>Programme</h3>
<table>
<tr><th>Time</th><th>Talk</th><th>Speaker</th></tr>
<tr><td>9:00</td><td>Opening</td><td>Organizers</td></tr>
</table>
<table><tr><td>Venue</td><td>Room 6A</td><td>Level 2</td></tr></table>
<h2>Hidden things</h2>
<p hidden>Hidden paragraph</p>
<div aria-hidden="true">Aria hidden</div>
<div style="display: none">Display none</div>
<div style="visibility:hidden">Visibility hidden</div>
<form><label>Email</label><input name="e"></form>
<template><p>Template text</p></template>
<noscript>Enable JavaScript</noscript>
<!-- <p>Commented schedule</p> -->
<p>Deadline: <del>Oct 1</del> <strike>Oct 4</strike> Oct 8</p>
<ul><li>Talks<ul><li>Keynote</li><li>Panel</li></ul></li><li>Posters</li></ul>
<dl><dt>Registration</dt><dd>via the NeurIPS site</dd></dl>
<blockquote>Quoted words</blockquote>
</article>
</main>
<footer>Copyright 2025 footer text</footer>
</body></html>
"""


def blocks_text(page) -> str:
    return "\n".join(b.text for b in page.blocks) + "\n" + "\n".join(h.text for h in page.headings)


def test_chrome_hidden_and_unpublished_elements_are_dropped():
    text = blocks_text(parse_html_page(BUILT, "site/cfp.html"))
    for gone in (
        "secret",
        "color",
        "site header",
        "CFP",
        "Hidden paragraph",
        "Aria hidden",
        "Display none",
        "Visibility hidden",
        "Email",
        "Template text",
        "Enable JavaScript",
        "Commented",
        "footer text",
    ):
        assert gone not in text, gone


def test_a_header_inside_an_article_is_content_and_heading_ids_are_anchors():
    """An HTML heading without an id (in its own or its section's tag) has no anchor: no generator
    makes one up for HTML, so a slug would be a link to nowhere; the citation is the page."""
    page = parse_html_page(BUILT, "site/cfp.html")
    assert [(h.level, h.text, h.anchor) for h in page.headings[:3]] == [
        (1, "Call for Papers", "cfp-top"),
        (2, "Important Dates", ""),
        (3, "Programme", ""),
    ]
    section = parse_html_page('<html><body><section id="org"><h2>Organization</h2><p>Ada Lovelace, University of X.</p></section></body></html>', "site/x.html")
    assert [(h.text, h.anchor) for h in section.headings] == [("Organization", "org")]


def test_a_headings_subtitle_is_a_heading_and_a_grid_row_is_not_a_card():
    html = """<html><body><section id="talks"><div class="section-title"><h2>Talks</h2><p>Invited Speakers</p></div>
    <div class="row"><div class="col"><h4>Ada Lovelace</h4>University of X</div><div class="col"><h4>Alan Turing</h4>University of Y</div></div>
    <div class="row"><div class="col"><h4>Grace Hopper</h4>Navy</div><div class="col"><h4>Edsger Dijkstra</h4>TU Eindhoven</div></div>
    </section><section id="pc"><div class="section-title"><!-- <h2>PC</h2> --><p>Program Committee</p></div><p>Barbara Liskov</p></section></body></html>"""
    page = parse_html_page(html, "site/index.html")
    assert [(h.level, h.text, h.anchor) for h in page.headings] == [
        (2, "Talks", "talks"), (3, "Invited Speakers", "talks"), (2, "Program Committee", "pc"),
    ]
    texts = [b.text for b in page.blocks]
    assert "Invited Speakers" not in texts and "Program Committee" not in texts
    assert "Ada Lovelace — University of X" in texts and "Grace Hopper — Navy" in texts  # one card each


def test_a_card_with_a_label_on_its_photo_before_the_name_is_one_card():
    """Gaze4NLP's committee: each card's photo carries a label, then the name heads its title and
    affiliation. Read as a section title and its subtitles, the affiliation became a heading and
    the next card's label sat under it."""
    card = """<div class="speaker-card"><div class="speaker-image" style="background-image: url('{img}')"><div class="speaker-type">Organising</div></div>
    <div class="speaker-info"><h3 class="speaker-name">{name}</h3><p class="speaker-title">{role}</p><p class="speaker-affiliation">{place}</p></div></div>"""
    grid = "".join(card.format(img=f"{i}.jpg", name=n, role=r, place=a) for i, (n, r, a) in enumerate((
        ("Dr. Cengiz Acartürk", "Associate Professor", "Jagiellonian University, Poland"),
        ("Dr. Jamal Nasir", "Assistant Professor", "University of Galway, Ireland"),
    )))
    page = parse_html_page(f'<html><body><section><h2>Workshop Committees</h2><div class="speakers-grid">{grid}</div></section></body></html>', "site/c.html")
    assert [h.text for h in page.headings] == ["Workshop Committees"]
    texts = [b.text for b in page.blocks]
    assert "Organising — Dr. Jamal Nasir — Assistant Professor — University of Galway, Ireland" in texts


def test_a_subtitle_stating_a_number_is_a_fact_not_a_heading():
    """Gaze4NLP's paper types: "REGULAR Papers" over "Upto 8 pages (excluding references)" in a
    box header. As a subtitle the length was a heading, never an answer to "how many pages?"."""
    box = """<div class="submission-box"><div class="submission-box-header"><h3>{kind}</h3><p>{length}</p></div>
    <div class="submission-box-content"><ul><li>{a}</li><li>{b}</li></ul></div></div>"""
    grid = box.format(kind="REGULAR Papers", length="Upto 8 pages (excluding references)", a="Original research", b="Literature reviews")
    grid += box.format(kind="SHORT Papers", length="Upto 4 pages (excluding references)", a="Position papers", b="Demonstrations")
    page = parse_html_page(f'<html><body><section><h2>Submission Guidelines</h2><div class="submission-grid">{grid}</div></section></body></html>', "site/cfp.html")
    assert not any("pages" in h.text for h in page.headings)
    assert any("REGULAR Papers — Upto 8 pages (excluding references)" in b.text for b in page.blocks)
    day = parse_html_page('<html><body><div class="day-header"><h3>Friday</h3><span>Venue: Galata Hall, Hotel Cherno More</span></div></body></html>', "site/s.html")
    assert [h.text for h in day.headings] == ["Friday"] and [b.text for b in day.blocks] == ["Venue: Galata Hall, Hotel Cherno More"]


def test_entities_are_decoded_and_links_keep_their_url():
    page = parse_html_page(BUILT, "site/cfp.html")
    para = next(b for b in page.blocks if b.text.startswith("Submit"))
    assert para.text == "Submit on OpenReview (https://openreview.net/group?id=X&tab=1) & read the rules. Fees: none."
    assert "–" in page.title and "&ndash;" not in page.title  # the <title>, decoded


def test_tables_are_one_block_per_row_read_with_their_header():
    rows = [b.text for b in parse_html_page(BUILT, "site/cfp.html").blocks if b.kind == "row"]
    assert rows == [
        "Paper deadline — Aug 29, 2025 (AoE) (changed from an earlier value)",
        "Notification — Sep 22, 2025",
        "Time: 9:00; Talk: Opening; Speaker: Organizers",
        "Venue — Room 6A — Level 2",
    ]


def test_struck_values_never_appear_and_the_new_one_says_it_changed():
    page = parse_html_page(BUILT, "site/cfp.html")
    deadline = next(b for b in page.blocks if b.text.startswith("Deadline"))
    assert deadline.text == "Deadline: Oct 8 (changed from an earlier value)"
    assert "Aug 22" not in blocks_text(page)


def test_lists_definitions_and_quotes_become_blocks_under_their_heading():
    page = parse_html_page(BUILT, "site/cfp.html")
    items = [b.text for b in page.blocks if b.kind == "item"]
    assert items == ["Talks; Keynote; Panel", "Posters"]
    texts = [b.text for b in page.blocks]
    assert "Registration — via the NeurIPS site" in texts and "Quoted words" in texts
    quote = next(b for b in page.blocks if b.text == "Quoted words")
    assert [h.text for h in quote.path] == ["Call for Papers", "Hidden things"]


def test_title_and_meta_description_make_the_lead():
    page = parse_html_page(BUILT, "site/cfp.html")
    assert page.title == "BrainBody FM – NeurIPS 2025 Workshop"
    lead = page.blocks[0]
    assert lead.path == () and lead.kind == "paragraph"
    assert (
        lead.text
        == "BrainBody FM – NeurIPS 2025 Workshop. Description: A NeurIPS 2025 workshop in San Diego, December 6, 2025."
    )


def test_title_falls_back_to_the_first_h1_then_the_file_name():
    assert parse_html_page("<body><h2>Sub</h2><h1>Main title</h1></body>", "a.html").title == "Main title"
    assert (
        parse_html_page("<body><p>Just text</p></body>", "a.html", fallback_title="travel-awards").title
        == "travel-awards"
    )
    fm = parse_html_page("---\ntitle: From front matter\n---\n<h1>H1</h1>", "a.html")
    assert fm.title == "From front matter"


def test_a_grid_of_cards_reads_one_item_per_card():
    html = """<h2>Speakers</h2><div class="row">
    <div class="card"><img src="a.jpg" alt="Ada Lovelace"><h5><a href="https://ada.example">Ada Lovelace</a></h5><p>Analytical Engines</p></div>
    <div class="card"><img src="t.jpg" alt="Alan Turing"><h5>Alan Turing</h5><p>Bletchley Park</p></div>
    </div>"""
    page = parse_html_page(html, "s.html")
    assert [b.text for b in page.blocks if b.kind == "item"] == [
        "Ada Lovelace (https://ada.example) — Analytical Engines",
        "Alan Turing — Bletchley Park",
    ]
    assert [h.text for h in page.headings] == ["Speakers"]


MARKDOWN = """---
title: Workshop
---
# Workshop

Deadline: ~~Oct 1~~ Oct 8, and <s>Sep 30</s> too. Fees&nbsp;&amp; rules: <span hidden>secret</span>see [site](https://x.org).

<div class="cards">
  <p>Visible card</p>

    <p>Indented after a blank line, still HTML</p>
  <div hidden>

  Hidden across a blank line

  </div>
</div>

<br>
### Important Dates

| Milestone | Date |
|---|---|
| Paper deadline | ~~3 March~~ 10 March 2025 (AoE) |

| Time | Talk | Room |
|---|---|---|
| 9:00 | Opening | A |
"""


def test_markdown_uses_the_same_html_rules_inline_and_in_blocks():
    page = parse_page(MARKDOWN, "index.md")
    text = blocks_text(page)
    first = next(b for b in page.blocks if b.text.startswith("Deadline"))
    assert (
        first.text
        == "Deadline: Oct 8, and too. Fees & rules: see site (https://x.org). (changed from an earlier value)"
    )
    assert "Oct 1" not in text and "Sep 30" not in text and "secret" not in text and "Hidden across" not in text
    assert "Visible card" in text and "Indented after a blank line, still HTML" in text
    assert "<" not in text and "&nbsp;" not in text


def test_markdown_tables_and_a_heading_after_a_lone_br():
    page = parse_page(MARKDOWN, "index.md")
    assert [h.text for h in page.headings] == ["Workshop", "Important Dates"]
    rows = [b.text for b in page.blocks if b.kind == "row"]
    assert rows == [
        "Paper deadline — 10 March 2025 (AoE) (changed from an earlier value)",
        "Time: 9:00; Talk: Opening; Room: A",
    ]
    assert MARKDOWN.splitlines()[page.blocks[-1].line - 1].startswith("| 9:00")


def test_a_page_footer_pulled_into_a_section_by_an_unclosed_div_is_still_chrome():
    html = """<html><body><main><section id="org"><div class="row"><p>Ada Lovelace</p>
    </section><section id="contact"><h2>Contact us</h2><h5>Email us at <a href="mailto:x@example.org">x@example.org</a></h5>
    </section></main><footer id="footer"><div class="credits">Designed by BootstrapMade</div></footer></body></html>"""
    page = parse_html_page(html, "site/index.html")
    text = blocks_text(page)
    assert "Designed by" not in text and "x@example.org" in text
    article = parse_html_page("<html><body><article><p>Body.</p><footer>Posted by Ada.</footer></article></body></html>", "site/a.html")
    assert "Posted by Ada." in blocks_text(article)  # an article's own footer is content


def test_programme_slots_stay_one_passage_each_when_one_slot_carries_a_long_abstract():
    slot = '<div class="slot"><div class="time">{}</div><h4>{}</h4><div class="who">{}</div></div>'
    html = "<html><body><section id='schedule'><h2>Schedule</h2>" + slot.format("09:00", "Opening", "Chairs") + slot.format(
        "14:45", "Invited talk", "Ada Lovelace") + '<div class="slot"><div class="time">16:00</div><h4>Panel</h4><p>' + "Long abstract. " * 40 + "</p></div></section></body></html>"
    texts = [b.text for b in parse_html_page(html, "site/index.html").blocks]
    assert "14:45 — Invited talk — Ada Lovelace" in texts and "09:00 — Opening — Chairs" in texts


def test_an_images_file_name_as_its_alt_text_is_not_read():
    html = '<html><body><div class="card"><img alt="organizers/abdul.png" src="a.png"><p>Abdul Fatir — AWS</p></div><a href="/s"><img alt="Snorkel AI logo" src="s.png"></a></body></html>'
    text = blocks_text(parse_html_page(html, "site/index.html"))
    assert "abdul.png" not in text and "Abdul Fatir — AWS" in text and "Snorkel AI logo" in text
    dots = blocks_text(parse_html_page('<html><body><div class="card"><img alt="..." src="s.jpg"><h5>David Semedo</h5><p>NOVA University of Lisbon</p></div></body></html>', "site/x.html"))
    assert "..." not in dots and "David Semedo" in dots  # MUWS's placeholder alt text says nothing


def test_the_page_footers_contact_address_is_kept_and_the_rest_dropped():
    html = """<html><body><main><p>Body.</p></main><footer><ul><li>ENLSP 2025</li><li><a href="mailto:neurips.enlsp.2025@gmail.com">neurips.enlsp.2025@gmail.com</a></li></ul>
    <p>Powered by Jekyll. © 2025</p></footer></body></html>"""
    text = blocks_text(parse_html_page(html, "site/index.html"))
    assert "neurips.enlsp.2025@gmail.com" in text and "Powered by" not in text and "ENLSP 2025" not in text


def test_nested_grids_are_analysed_once_per_element(monkeypatch):
    """A card's text is read by walking it, and the walk asks about the cards inside it: without
    working each element out once per page, a 350 KB page of grids nested eight deep took 80 s."""
    import lxml.html

    from perfm_bot.sources import html_page

    def grid(depth: int) -> str:
        if depth == 0:
            return '<div class="c"><b>Ada Lovelace</b><p>Analytical Society</p></div>'
        return '<div class="c">' + grid(depth - 1) * 3 + "</div>"

    page = f"<html><body>{grid(5)}</body></html>"
    counted: list[object] = []
    reads = html_page._read_card_parts
    monkeypatch.setattr(html_page, "_read_card_parts", lambda el: counted.append(el) or reads(el))
    assert "Ada Lovelace — Analytical Society" in blocks_text(parse_html_page(page, "site/index.html"))
    elements = sum(1 for _ in lxml.html.document_fromstring(page).iter())
    assert 0 < len(counted) <= elements and len(counted) == len(set(map(id, counted)))


def test_a_headers_qualifier_holds_for_its_cells_and_a_heading_in_parentheses_is_a_note():
    md = """# Schedule

#### (All times are in Singapore Time)

#### Location: Hall 4

| Time (PST) | Event |
|---|---|
| 08:25 - 09:00 | Invited talk |
| 09:00 | Break |
"""
    page = parse_page(md, "schedule.md")
    assert [h.text for h in page.headings] == ["Schedule", "Location: Hall 4"]
    texts = [b.text for b in page.blocks]
    assert "All times are in Singapore Time" in texts  # a passage of its own, under "Schedule"
    assert "08:25 - 09:00 (PST) — Invited talk" in texts and "09:00 (PST) — Break" in texts


def test_a_time_cell_a_script_fills_from_its_attribute_is_read():
    html = """<html><body><main><table>
    <tr class="schedule-row" data-event-time="10:10 - 10:30"><td class="time-cell" data-tokyo-time="10:10 - 10:30">
    <div class="time-display"></div></td><td>Opening Keynote</td><td>Shuran Song</td></tr>
    <tr><td data-id="42"></td><td>Not a time</td></tr>
    </table></main></body></html>"""
    rows = [b.text for b in parse_html_page(html, "site/index.html").blocks if b.kind == "row"]
    assert rows[0].startswith("10:10 - 10:30") and "Opening Keynote" in rows[0]
    assert "42" not in rows[1]


def test_a_banner_header_holding_the_pages_h1_is_content_not_chrome():
    """Many one-page sites say when and where in the banner under their name."""
    html = """<html><body><nav><a href="#a">About</a></nav>
    <header class="hero"><h1>MARS2 Workshop</h1><p>October 2025 | Honolulu, Hawaii | ICCV 2025</p></header>
    <header class="site"><a href="/">Home</a> <nav><a href="/cfp">CFP</a></nav><h1>Site name</h1></header>
    <main><h2>About</h2><p>Text.</p></main></body></html>"""
    text = blocks_text(parse_html_page(html, "site/index.html"))
    assert "October 2025 | Honolulu, Hawaii | ICCV 2025" in text
    assert "Site name" not in text  # a header with the navigation is chrome
    menu = """<html><body><header><h1>FM4HS</h1><h2>Workshop at NeurIPS 2025</h2><a href="./index.html">Home</a>
    <a href="./cfp.html">Call for Papers</a><a href="./speakers.html">Speakers</a></header><main><p>Text.</p></main></body></html>"""
    assert "Call for Papers" not in blocks_text(parse_html_page(menu, "site/index.html"))  # buttons to the other pages: a menu
    quick = """<html><body><main><header class="hero"><p class="kicker">NeurIPS 2026 Workshop</p><h1>AIDaR</h1>
    <div class="meta"><span>One-day in-person workshop</span> <span>Paris, France</span></div>
    <nav class="quick-links"><a href="#dates">Dates</a><a href="#speakers">Speakers</a></nav></header>
    <section id="dates"><h2>Dates</h2><p>Text.</p></section></main></body></html>"""
    assert "One-day in-person workshop" in blocks_text(parse_html_page(quick, "site/index.html"))  # links within the page


def test_a_box_with_a_title_bar_reads_its_body_under_the_title():
    """A Quarto callout, a card's header, a <details>'s summary: the title names what the body
    says (the speaker of an abstract), and what follows the box is not under it."""
    html = """<html><body><section id="s1"><h2>Talk Session 1</h2>
    <div class="callout callout-titled"><div class="callout-header"><div class="callout-icon-container"></div>
    <div class="callout-title-container">Kathryn Humphreys (Vanderbilt University, US)</div></div>
    <div class="callout-collapse collapse"><div class="callout-body"><p>Our lab developed the TotTag, a wearable device.</p></div></div></div>
    <details><summary>Can I submit a paper under review elsewhere?</summary><p>Yes, the workshop is non-archival.</p></details>
    <p>All talks are 15 minutes.</p></section></body></html>"""
    page = parse_html_page(html, "site/program.html")
    path = {b.text: [h.text for h in b.path] for b in page.blocks}
    assert path["Our lab developed the TotTag, a wearable device."] == ["Talk Session 1", "Kathryn Humphreys (Vanderbilt University, US)"]
    assert path["Yes, the workshop is non-archival."] == ["Talk Session 1", "Can I submit a paper under review elsewhere?"]
    assert path["All talks are 15 minutes."] == ["Talk Session 1"]


def test_a_class_or_style_that_strikes_text_is_struck():
    """A theme strikes a changed date with its own CSS (``date-struck``, ``line-through``), not <s>."""
    html = """<h2>Important Dates</h2><div class="dates">
    <div class="date-item"><div class="label">Paper deadline</div><div class="value date-struck">May 1, 2026</div><div class="value">May 8, 2026</div></div>
    <div class="date-item"><div class="label">Notification</div><div class="value">June 1, 2026</div></div></div>
    <p>Camera-ready: <span style="text-decoration: line-through">June 10</span> June 15</p>
    <p>Poster: <span class="text-decoration-line-through">A1</span> A0</p>"""
    texts = [b.text for b in parse_html_page(html, "d.html").blocks]
    assert "Paper deadline — May 8, 2026" in texts and "Notification — June 1, 2026" in texts
    assert "Camera-ready: June 15 (changed from an earlier value)" in texts
    assert "Poster: A0 (changed from an earlier value)" in texts
    assert not any("May 1," in t or "June 10" in t or "A1" in t for t in texts)


def test_a_card_whose_text_is_a_name_over_its_affiliation_is_still_a_card():
    html = """<h3>Advisory Committee</h3><div class="grid">
    <div class="card"><div class="photo"><img src="a.webp" alt="Michael Sioutis"></div><div class="info"><h4><a href="https://ms.example">Michael Sioutis</a></h4><p>University of Montpellier, France</p></div></div>
    <div class="card"><div class="photo"><img src="z.webp" alt="Zhiguo Long"></div><div class="info"><h4>Zhiguo Long</h4><p>Southwest Jiaotong University, China</p></div></div>
    </div>"""
    page = parse_html_page(html, "o.html")
    assert [b.text for b in page.blocks if b.kind == "item"] == [
        "Michael Sioutis (https://ms.example) — University of Montpellier, France",
        "Zhiguo Long — Southwest Jiaotong University, China",
    ]
    assert [h.text for h in page.headings] == ["Advisory Committee"]


def test_a_field_label_is_followed_by_its_value():
    html = """<h2>Key dates</h2><div class="date-grid">
    <div><span class="date-label">Submission</span><span class="date-value">August 29, 2026</span>
    <span class="date-sub">11:59 p.m. AoE</span></div>
    <div><span class="date-label">Workshop:</span> <span class="date-value">December 12, 2026</span></div></div>
    <p><span class="name">Ada</span> <span class="surname">Lovelace</span></p>"""
    texts = [b.text for b in parse_html_page(html, "k.html").blocks]
    assert "Submission — August 29, 2026 11:59 p.m. AoE" in " ".join(texts)
    assert "Workshop: December 12, 2026" in " ".join(texts)  # a label that says it is one already
    assert "Ada Lovelace" in texts  # spans that are no label join as words

    badge = '<table><tr><td>10:00-11:30</td><td><span class="event-badge badge-invited">🎤 Invited Talks</span><strong>Invited speakers</strong></td></tr></table>'
    assert "🎤 Invited Talks — Invited speakers" in " ".join(b.text for b in parse_html_page(badge, "s.html").blocks)  # a badge, then its line


def test_a_heading_closed_by_another_levels_tag_ends_where_a_browser_ends_it():
    """A theme's card ``<h2>Naomi Saphra</h1><h3>Research Fellow</h2>``: browsers close the open
    heading at any ``</hN>``; read without that, the rest of the page was the heading's text."""
    page = parse_html_page(
        """<html><body><h2>Panelists</h2>
<div class="card"><h2 class="f4">Naomi Saphra</h1><h3 class="f5">Research Fellow, Harvard University</h2></div>
<div class="card"><h2 class="f4">Sam Marks</h1><h3 class="f5">Technical Staff, Anthropic</h2></div>
<h2>Organizers</h2>
<p>Tal Haklay, Technion</p>
</body></html>""",
        "index.html",
    )
    by_section = [(b.path[-1].text if b.path else "", b.text) for b in page.blocks]
    assert ("Panelists", "Naomi Saphra — Research Fellow, Harvard University") in by_section, by_section
    assert ("Organizers", "Tal Haklay, Technion") in by_section, by_section


def test_a_footer_holding_a_section_of_its_own_is_read():
    """A one-page template puts its last block, the call for papers, in its <footer>."""
    prose = "Long papers should not exceed 8 pages, excluding references, in the CVPR style. " * 12
    html = f"""<html><body><main><h1>POETS</h1><p>Intro.</p></main><footer id="footer">
    <h1 class="title">Call for Papers</h1><p>{prose}</p><p>Designed by a theme.</p></footer></body></html>"""
    text = blocks_text(parse_html_page(html, "site/index.html"))
    assert "Long papers should not exceed 8 pages" in text
    credits = """<html><body><main><p>Body.</p></main><footer><h2>Quick Links</h2><ul><li><a href="/a">About</a></li></ul>
    <p>Copyright 2025 the organizers. All rights reserved. Designed with a free template.</p></footer></body></html>"""
    assert "Copyright" not in blocks_text(parse_html_page(credits, "site/index.html"))


SPEAKER_GRID = """<html><body><h1>POETS</h1><p>Intro.</p><h1>News</h1><p>Site launched.</p><h1 id="speakers">Invited Speakers</h1><div class="grid">
<div class="col-sm-6 col-md-3 item app-development"><div class="box"><a href="">Steve Seitz</a><h3>University of Washington</h3>
<a class="btn" data-toggle="modal" data-target="#p-2">Bio</a></div>
<div class="modal fade" id="p-2" role="dialog" aria-hidden="true" aria-labelledby="p-2-label"><div class="modal-content">
<h4 class="modal-title" id="p-2-label">Info</h4><div class="modal-body"><a><font size="5">Title</font></a><p>"Where Is Everyone"?</p>
<a><font size="5">Short Bio</font></a><p>Steve Seitz is a professor at the University of Washington.</p></div></div></div></div>
<div class="col-sm-6 col-md-3 item web-design"><div class="box"><a href="">Justus Thies</a><h3>TU Darmstadt</h3></div></div>
<div class="modal" id="p-9" role="dialog" aria-hidden="true"><p>Nothing opens this dialog.</p></div>
</div><h1>Schedule</h1><p>After the speakers.</p></body></html>"""


def test_a_dialog_a_button_opens_is_read_under_its_cards_name():
    page = parse_html_page(SPEAKER_GRID, "site/index.html")
    texts = [b.text for b in page.blocks]
    assert 'Title: "Where Is Everyone"?' in texts
    path = {b.text: [h.text for h in b.path] for b in page.blocks}
    assert path['Title: "Where Is Everyone"?'][-1] == "Steve Seitz"
    assert path["After the speakers."] == ["Schedule"]  # the dialog's heading ends with it
    assert not any("Nothing opens this dialog" in t for t in texts)  # still hidden
    assert "Info" not in texts


def test_grid_items_in_different_filter_categories_are_still_cards():
    items = [b.text for b in parse_html_page(SPEAKER_GRID, "site/index.html").blocks if b.kind == "item"]
    assert items == ["Steve Seitz — University of Washington — Bio", "Justus Thies — TU Darmstadt"]


def test_cells_written_without_their_row_tag_make_a_row():
    html = """<h2>Short Paper Review Timeline</h2><table class="table">
    <th scope="col">Paper submission deadline</th><td><del>May 24, 2024</del> May 31, 2024 (GMT)</td></tr>
    <tr><th scope="col">Camera ready deadline</th><td>June 7, 2024 (GMT)</td></tr></table>"""
    texts = [b.text for b in parse_html_page(html, "d.html").blocks if b.kind == "row"]
    assert texts == ["Paper submission deadline — May 31, 2024 (GMT) (changed from an earlier value)", "Camera ready deadline — June 7, 2024 (GMT)"]


def test_a_link_around_headings_alone_stays_one_line():
    """A banner's link around its venue and date headings is one line, not two headings."""
    html = """<html><body><header class="header"><h1>Rigorous Perception</h1>
    <a href="img/plan.png"><h1 class="location-title">Vienna Congress Center, VIP Lounge C</h1><h2>June 1st, 2026, Vienna</h2></a>
    </header><main><p>Body.</p></main></body></html>"""
    page = parse_html_page(html, "site/index.html")
    assert any("Vienna Congress Center, VIP Lounge C" in b.text and "June 1st, 2026" in b.text for b in page.blocks)


def test_a_section_end_tag_closes_the_divs_left_open_inside_it():
    """A header that forgot a ``</div>``: browsers end the div at ``</header>``; without that the
    whole page sat inside the header and was dropped as chrome."""
    html = """<html><body><header class="banner"><nav><a href="a.html">A</a><a href="b.html">B</a><a href="c.html">C</a></nav>
    <div class="container"><div class="bs-header"><img src="h.png"></div>
    </header><div class="main"><h1>Welcome to BELIV 2026</h1><p>We invite contributions.</p></div></body></html>"""
    assert "We invite contributions." in blocks_text(parse_html_page(html, "site/index.html"))


def test_a_speaker_box_whose_headings_are_out_of_rank_is_one_card_with_its_abstract_under_the_name():
    """FLaNN's speakers: a name (h3), an affiliation (h4), a photo, then the talk's title as an h2
    and its abstract. Read as ranked headings, the next speaker's name sat under this talk."""
    html = """<h1>Invited Speakers</h1><div class="speakers">
    <div class="box"><h3>Will Merrill</h3><h4>Allen Institute for AI</h4><img src="w.jpg" alt="Will Merrill">
    <h2>Expressivity and Scaling</h2><p>Theoretical results about expressivity inform architectures.
    """ + "More. " * 80 + """</p></div>
    <div class="box"><h3>Gail Weiss</h3><h4>EPFL <br><br></h4><img src="g.png" alt="Gail Weiss"></div>
    </div>"""
    page = parse_html_page(html, "speakers.html")
    items = [b.text for b in page.blocks if b.kind == "item"]
    assert items == ["Will Merrill — Allen Institute for AI — Expressivity and Scaling", "Gail Weiss — EPFL"]
    abstract = next(b for b in page.blocks if b.text.startswith("Theoretical"))
    assert [h.text for h in abstract.path] == ["Invited Speakers", "Will Merrill"]
    assert [h.text for h in page.headings] == ["Invited Speakers", "Will Merrill", "Gail Weiss"]


def test_headings_in_rank_order_stay_sections_even_in_a_box():
    html = """<div><h2>Call for Papers</h2><h3>Topics</h3><p>Agents and tools.</p><h3>Format</h3><p>Four pages.</p></div>"""
    page = parse_html_page(html, "cfp.html")
    assert not [b for b in page.blocks if b.kind == "item"]
    assert [h.text for h in page.headings] == ["Call for Papers", "Topics", "Format"]


def test_a_card_named_in_its_heading_reads_neither_its_photos_alt_nor_its_photos_button_first():
    """SECURE-AI4H's organizer cards: a flip photo whose alt names someone else (a template's
    leftover, "Abeba Birhane" on Dr. Yalda Mohsenzadeh's photo) and whose back holds a "Personal
    Website" button, then the name as a heading. The alt was read as the card's name."""
    card = """<article class="organizer"><figure class="organizer-photo"><div class="front"><img src="{img}" alt="{alt}"></div>
    <div class="back"><a class="site-btn" href="{url}">Personal Website</a></div></figure>
    <div class="organizer-text"><h3 class="organizer-name">{name}</h3><ul><li>{role}</li></ul></div></article>"""
    grid = "".join(card.format(img=f"{i}.jpg", alt=a, url=u, name=n, role=r) for i, (a, u, n, r) in enumerate((
        ("Abeba Birhane", "https://mohsenzadehlab.com/home", "Dr. Yalda Mohsenzadeh", "Assistant Professor — Western University"),
        ("Amol Verma", "https://lmp.utoronto.ca/faculty/amol-verma", "Dr. Amol Verma", "Internal Medicine Physician"),
    )))
    page = parse_html_page(f'<html><body><section><h2>Organizers</h2><div class="grid">{grid}</div></section></body></html>', "site/o.html")
    texts = [b.text for b in page.blocks if b.kind == "item"]
    assert texts == [
        "Dr. Yalda Mohsenzadeh — Personal Website (https://mohsenzadehlab.com/home) — Assistant Professor — Western University",
        "Dr. Amol Verma — Personal Website (https://lmp.utoronto.ca/faculty/amol-verma) — Internal Medicine Physician",
    ]


def test_an_address_shown_on_a_copy_button_is_read_inside_its_sentence_without_its_tooltips():
    """The RAS workshop's contact line: each address is the label of a "click to copy" button in
    an ``inline-block`` box, beside a tooltip and a toast kept invisible (``opacity-0
    pointer-events-none``). Buttons were dropped as controls, so the line ended "drop an email to"."""
    copy = """<div class="relative inline-block group"><button class="email mx-1">{mail}</button>
    <span class="absolute text-xs pointer-events-none opacity-0 group-hover:opacity-100">Click to copy</span></div>"""
    html = f"""<html><body><section><h2>Contact</h2><div class="md:flex mt-4">For any queries, please drop an email to
    {copy.format(mail="vighnesh.vatsal@tcs.com")} or {copy.format(mail="vv94@cornell.edu")}</div>
    <div id="copy-popup" class="fixed opacity-0 transition-all pointer-events-none">Email copied to clipboard!</div>
    <button class="btn">Show more</button></section></body></html>"""
    page = parse_html_page(html, "cfp.html")
    assert [b.text for b in page.blocks] == [
        "For any queries, please drop an email to vighnesh.vatsal@tcs.com or vv94@cornell.edu"
    ]


def test_a_cards_heading_stays_though_its_photos_alt_repeats_it():
    """SLM-Agents' speaker cards: a photo "Portrait of Emmanuel Abbe", then the name as an <h3>,
    then the affiliation. The name, contained in the alt beside it, was dropped as a repeat and
    the card read "EPFL and Apple" alone, so "who are the invited speakers?" named no one."""
    card = (
        '<article class="person-card"><div class="media"><img src="/x.jpg" alt="Portrait of {n}"></div>'
        '<div class="body"><h3>{n}</h3><p>{a}</p><ul aria-label="Profiles for {n}"><li><a href="https://x.org" title="Scholar">'
        '<svg><path d="M2"/></svg></a></li></ul></div></article>'
    )
    cards = card.format(n="Emmanuel Abbe", a="EPFL and Apple") + card.format(n="Ali Ghodsi", a="University of Waterloo")
    page = parse_html_page(f'<html><body><section><h2>Invited Speakers</h2><div class="grid">{cards}</div></section></body></html>', "index.html")
    assert [b.text for b in page.blocks if b.kind == "item"] == ["Emmanuel Abbe — EPFL and Apple", "Ali Ghodsi — University of Waterloo"]
