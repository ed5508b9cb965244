from perfm_bot.sources.markdown_page import parse_page, slugify, strip_comments

PAGE = """---
title: "Demo Page"
permalink: /demo/
---

# Demo: A Page @ Somewhere 2026

## 1. Intro

Hello **world**, see [the site](https://example.org).

## FAQ

**Is it real?**  
Yes.

<!-- - 8:30 AM: Secret breakfast
- 9:00 AM: Hidden talk -->

## FAQ

| Name | Role |
|---|---|
| Ada | Chair |

## Empty (TBA)
"""


def test_anchors_follow_kramdown_gfm_including_duplicates():
    page = parse_page(PAGE, "demo.md")
    assert [h.anchor for h in page.headings] == [
        "demo-a-page--somewhere-2026",
        "1-intro",
        "faq",
        "faq-1",
        "empty-tba",
    ]
    assert slugify("3. Submissions and Timeline") == "3-submissions-and-timeline"
    assert slugify("Important Dates (TBA)") == "important-dates-tba"


def test_comments_are_dropped_and_lines_stay_true():
    page = parse_page(PAGE, "demo.md")
    text = " ".join(b.text for b in page.blocks)
    assert "8:30" not in text and "Hidden talk" not in text
    table_row = next(b for b in page.blocks if b.kind == "row")
    assert table_row.text == "Ada — Chair"  # two columns read as "label — value" (issue 13)
    assert PAGE.splitlines()[table_row.line - 1].startswith("| Ada")
    assert strip_comments("a<!--x\ny-->b").count("\n") == 1


def test_blocks_keep_heading_path_front_matter_and_links():
    page = parse_page(PAGE, "demo.md")
    assert page.title == "Demo Page" and page.front_matter["permalink"] == "/demo/"
    intro = next(b for b in page.blocks if b.text.startswith("Hello"))
    assert intro.text == "Hello world, see the site (https://example.org)."
    assert [h.text for h in intro.path] == ["Demo: A Page @ Somewhere 2026", "1. Intro"]
    faq = next(b for b in page.blocks if b.text.startswith("Is it real"))
    assert faq.text == "Is it real?\nYes."


def test_an_empty_section_still_states_its_heading():
    page = parse_page(PAGE, "demo.md")
    empty = [b for b in page.blocks if b.kind == "heading"]
    assert [b.text for b in empty] == ["Demo: A Page @ Somewhere 2026", "Empty (TBA)"]


def test_html_inside_a_p_block_is_html_even_when_indented_with_tabs():
    """kramdown reads a block opened by <p> as HTML to its close, blank lines and tab-indented
    lines (a Liquid include's output) included; read as Markdown they were a code block, and
    '</td> <td>' reached an answer."""
    body = "<h2>Schedule</h2>\n<p>\n\n\t<table>\n\t\t<tr><th>Time</th><th>Talk</th></tr>\n\n\t\t<tr><td>11:00AM</td><td>Keynote: Barbara Plank</td></tr>\n\t</table>\n\n</p>\n"
    page = parse_page(body, "index.md")
    texts = [b.text for b in page.blocks]
    assert "Time: 11:00AM; Talk: Keynote: Barbara Plank" in texts or any("11:00AM" in t and "Barbara Plank" in t for t in texts), texts
    assert not any("<" in t or "\t" in t for t in texts), texts


def test_kramdown_attribute_lists_are_never_shown():
    page = parse_page('![Banner](b.png){:width="512" .center-image}\n*Code it, run it.*\n{: style="color:gray;"}\n\nText {:.note} after.\n', "x.md")
    assert [b.text for b in page.blocks] == ["Code it, run it.", "Text after."]


def test_markdown_after_an_html_blocks_blank_line_is_markdown_on_hugo_and_text_on_jekyll(tmp_path):
    """PRICE (Hugo) keeps its tentative agenda table inside ``<details>``: Goldmark ends the HTML
    block at the blank line and renders the table; kramdown (Jekyll) keeps it as the block's text."""
    from perfm_bot.sources.page_reader import read_page
    from perfm_bot.sources.site_tree import Site

    body = (
        "---\ntitle: Schedule\n---\n\n<details>\n<summary>View Tentative Schedule</summary>\n\n### Proposed Event Schedule\n\n"
        "| Start Time | Duration | Event |\n|:--|:--|:--|\n| 0:05 | 1:00 | Keynote Presentation |\n\n</details>\n"
    )
    hugo = read_page(body, "content/schedule.md", "markdown", Site(tmp_path, "hugo"))
    assert "Start Time: 0:05; Duration: 1:00; Event: Keynote Presentation" in [b.text for b in hugo.blocks]
    assert any(h.text == "Proposed Event Schedule" for h in hugo.headings)
    jekyll = read_page(body, "schedule.md", "markdown", Site(tmp_path, "jekyll"))
    assert not any(h.text == "Proposed Event Schedule" for h in jekyll.headings)
    # a comment's line inside a table is no blank line to Goldmark: the rows after it stay the table's
    commented = "<table>\n    <tr>\n        <td>10:20</td><td>Coffee Break</td>\n    </tr>\n    <!--  -->\n    <tr>\n        <td>10:30</td><td>Invited Talk 3</td>\n    </tr>\n</table>\n"
    rows = [b.text for b in read_page(commented, "content/schedule.md", "markdown", Site(tmp_path, "hugo")).blocks]
    assert "10:30 — Invited Talk 3" in rows and not any("<tr" in r for r in rows)


def test_a_table_with_no_header_row_is_read_row_by_row_as_kramdown_publishes_it():
    """Language Gamification's schedule is ``| 08:20-08:30 | Opening Remarks |`` lines with no
    ``|---|`` row: kramdown renders a table (GFM would not); each line is a row, on its own line."""
    page = parse_page(
        "---\ntitle: Schedule\n---\n# Tentative Schedule\n\n| 08:20-08:30  | Opening Remarks |\n"
        "| 08:30-09:10  | **Talk**: Nouha Dziri |\n| 16:20-17:20  | **Panel Discussion** |\n|||\n",
        "schedule.md",
    )
    rows = [(b.line, b.text) for b in page.blocks if b.kind == "row"]
    assert rows == [(6, "08:20-08:30 — Opening Remarks"), (7, "08:30-09:10 — Talk: Nouha Dziri"), (8, "16:20-17:20 — Panel Discussion")]


def test_a_hugo_pages_own_date_is_when_it_was_written_not_the_workshops_day(tmp_path):
    """PRICE's Hugo pages each carry ``date: 2026-03-19`` (Hugo dates every page): "Date:
    2026-03-19" was offered as the workshop's day. A date written as prose stays the page's lead."""
    from perfm_bot.sources.page_reader import read_page
    from perfm_bot.sources.site_tree import Site

    hugo = read_page("---\ntitle: About\ndate: 2026-03-19\nlocation: Los Angeles\n---\n# About\n\nText.\n", "content/about.md", "markdown", Site(tmp_path, "hugo"))
    assert not any("2026-03-19" in b.text for b in hugo.blocks) and any("Location: Los Angeles" in b.text for b in hugo.blocks)
    prose = read_page("---\ntitle: About\ndate: July 23, 2026 (afternoon)\n---\n# About\n\nText.\n", "content/about.md", "markdown", Site(tmp_path, "hugo"))
    assert any("July 23, 2026" in b.text for b in prose.blocks)
    jekyll = read_page("---\ntitle: Home\ndate: 2026-10-09\nlocation: Montreal\n---\n# Home\n\nText.\n", "index.md", "markdown", Site(tmp_path, "jekyll"))
    assert any("Date: 2026-10-09" in b.text for b in jekyll.blocks)  # a Jekyll page's date is the site's own field


def test_markdown_comment_lines_are_hidden_with_the_liquid_inside_them():
    """PMBS hides last year's notice as ``[//]: {% include important.html content="…" %}``: kramdown
    reads the whole line as a link definition, so a visitor never sees it; a real definition stays."""
    page = ('---\ntitle: PMBS\n---\n\n[//]: {% include important.html content="The workshop will be held on Monday 18th November in B303." %}\n'
            "[//]: # (old note)\n\nSee the [call][cfp].\n\n[cfp]: /cfp/\n")
    parsed = parse_page(page, "index.markdown")
    text = " ".join(b.text for b in parsed.blocks)
    assert "B303" not in text and "old note" not in text and "[//]" not in text
    assert "call (/cfp/)" in text


def test_kramdown_table_rows_need_no_closing_pipe():
    """PECS's programme: "| 9:15am<br>9:30am | **Welcome Message**" rows with no pipe at their end
    and no header row, which kramdown publishes as a table; before, the run read as one line."""
    page = ("---\ntitle: Program\n---\n\n## August 24, 2026\n\n| 9:15am<br>9:30am | **Welcome Message from the Chairs**\n| |\n"
            "| 10:30am<br>11:00am | **Coffee Break**\n| |\n| 12:30pm<br>02:00pm| **Lunch Break**\n")
    rows = [b.text for b in parse_page(page, "program.md").blocks if b.kind == "row"]
    assert len(rows) == 3 and "Lunch Break" in rows[2] and "Coffee" not in rows[2]
    assert rows[0].startswith("9:15am") and "Welcome Message from the Chairs" in rows[0]
