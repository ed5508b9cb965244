"""Pages a site keeps but nothing leads to (issue 13: a template's placeholder page, a schedule out of
the menu, an earlier event's venue page answered with text no visitor sees)."""

from pathlib import Path

from perfm_bot.sources.loader import _load_pages


def slugs(tmp_path: Path, files: dict[str, str]) -> list[str]:
    for rel, text in files.items():
        path = tmp_path / "pages" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return sorted(p.slug for p in _load_pages(tmp_path))


def page(body: str) -> str:
    return f"<html><head><title>W</title></head><body>{body}</body></html>"


def test_a_built_page_no_other_page_links_to_is_not_read(tmp_path: Path):
    nav = '<nav><a href="about.html">About</a> <a href="./cfp/">CfP</a><!-- <a href="format.html">Format</a> --></nav>'
    files = {
        "index.html": page(nav + "<p>Welcome to the workshop.</p>"),
        "about.html": page(nav + "<p>About us.</p>"),
        "cfp/index.html": page(nav + "<p>Submit by May 1.</p>"),
        "format.html": page(nav + "<p>Format: 4 pages.</p>"),  # its link is commented out
        "contact.html": page("<p>Mail info@template-example.org</p>"),  # a template's, linked from nowhere
    }
    assert slugs(tmp_path, files) == ["about", "cfp", "index"]


def test_a_page_linked_only_from_another_unreached_page_is_not_read_and_one_reached_through_a_page_is(tmp_path: Path):
    nav = '<nav><a href="index.html">Home</a> <a href="cfp.html">CfP</a></nav>'
    files = {
        "index.html": page(nav + "<p>Welcome to the workshop.</p>"),
        "cfp.html": page(nav + '<p>Submit by May 1. <a href="format.html">Format</a></p>'),
        "format.html": page(nav + "<p>Format: 4 pages.</p>"),  # reached through the CfP
        # a template's pair: the old speakers page links the contact page, nothing links either
        "speakers.html": page(nav + '<p>Speakers TBA. <a href="contact.html">Contact</a></p>'),
        "contact.html": page(nav + '<p>Mail info@template-example.org <a href="speakers.html">Speakers</a></p>'),
    }
    assert slugs(tmp_path, files) == ["cfp", "format", "index"]


def test_a_site_whose_navigation_a_script_builds_keeps_every_page(tmp_path: Path):
    files = {
        "index.html": page('<div id="menu"></div><script src="menu.js"></script><p>Home</p>'),
        "about.html": page("<p>About us.</p>"),
        "cfp.html": page("<p>Submit by May 1.</p>"),
    }
    assert slugs(tmp_path, files) == ["about", "cfp", "index"]


def test_a_jekyll_page_out_of_the_header_list_is_not_read_and_one_in_a_navbar_map_is(tmp_path: Path):
    files = {
        "_config.yml": "title: W\nheader_pages:\n- index.md\n- speakers.md\n# - schedule.md\nnavbar-links:\n  Papers: \"papers\"\n",
        "index.md": "---\nlayout: home\n---\nWelcome.\n",
        "speakers.md": "---\ntitle: Speakers\n---\nAda Lovelace.\n",
        "schedule.md": "---\ntitle: Schedule\n---\n9:00 Opening (an old draft).\n",
        "papers.md": "---\ntitle: Papers\n---\nAccepted papers.\n",
    }
    assert slugs(tmp_path, files) == ["index", "papers", "speakers"]


def test_a_jekyll_theme_listing_every_page_in_its_menu_keeps_them_all(tmp_path: Path):
    files = {
        "_config.yml": "title: W\n",
        "_includes/header.html": '{% for p in site.pages %}<a href="{{ p.url }}">{{ p.title }}</a>{% endfor %}',
        "index.md": "---\nlayout: home\n---\nWelcome.\n",
        "speakers.md": "---\ntitle: Speakers\n---\nAda Lovelace.\n",
        "schedule.md": "---\ntitle: Schedule\n---\n9:00 Opening.\n",
    }
    assert slugs(tmp_path, files) == ["index", "schedule", "speakers"]


def test_an_al_folio_page_is_reached_by_its_nav_flag_and_its_home_by_its_permalink(tmp_path: Path):
    files = {
        "_config.yml": "title: W\n",
        "_pages/about.md": "---\nlayout: about\npermalink: /\ntitle: Home\n---\nWelcome.\n",
        "_pages/cfp.md": "---\npermalink: /cfp/\ntitle: CfP\nnav: true\n---\nSubmit.\n",
        "_pages/venue.md": "---\npermalink: /venue/\ntitle: Venue\nnav: false\n---\nRoom G.07 (an earlier event's).\n",
        "_pages/dates.md": "---\npermalink: /dates/\ntitle: Dates\nnav: false\n---\nLinked from the CfP.\n",
        "_pages/speakers.md": "---\npermalink: /speakers/\ntitle: Speakers\nnav: true\n---\nSee [the dates]({{ '/dates/' | relative_url }}).\n",
    }
    assert slugs(tmp_path, files) == ["about", "cfp", "dates", "speakers"]


def test_a_hugo_page_out_of_the_menu_is_not_read_and_one_the_menu_or_its_front_matter_names_is(tmp_path: Path):
    files = {
        "hugo.toml": 'title = "W"\n[[menu.main]]\n  name = "Speakers"\n  url = "/speakers/"\n# [[menu.main]]\n#   url = "/schedule/"\n',
        "content/_index.md": "---\ntitle: W\n---\nWelcome.\n",
        "content/speakers.md": "---\ntitle: Speakers\n---\nAda Lovelace.\n",
        "content/schedule.md": "---\ntitle: Schedule\n---\nPanel 16:50-17:50 (a placeholder).\n",
        "content/cfp.md": "---\ntitle: CfP\nmenu: main\n---\nSubmit.\n",
        "content/news/first.md": "---\ntitle: First news\n---\nA post its section lists.\n",
    }
    assert slugs(tmp_path, files) == ["cfp", "index", "news-first", "speakers"]


def test_a_page_linked_by_a_markdown_reference_is_reached(tmp_path: Path):
    """``See the [call for papers][cfp].`` with ``[cfp]: /cfp/`` below: a reference-style link
    is a link (LATTE's home page reaches its call for papers no other way)."""
    files = {
        "hugo.toml": 'title = "W"\n',
        "content/_index.md": "---\ntitle: W\n---\nSee the [call for papers][cfp].\n\n[cfp]: /cfp/\n",
        "content/cfp.md": "---\ntitle: CfP\n---\nSubmit.\n",
        "content/old.md": "---\ntitle: Old\n---\nSubmit by December 1.\n",
    }
    assert slugs(tmp_path, files) == ["cfp", "index"]


def test_a_multi_year_jekyll_sites_menu_from_its_data_reaches_each_years_pages_and_not_the_leftovers(tmp_path: Path):
    """CV4DC keeps each edition in a year's folder (2025/dates.md) and builds its menu from
    _data/navigation.yml ("url: dates", joined to the year by the nav's template); a template's
    venue page whose menu entry is commented out is not published, and the years menu links
    the site's own address (https://cv4dc.github.io/2024/)."""
    front = "---\nlayout: default\n---\n"
    files = {
        "_config.yml": "title: CV4DC\nurl: https://cv4dc.github.io\n",
        "_data/navigation.yml": "2025:\n - title: Important Dates\n   url: dates\n#  - title: Venue\n#    url: venue\n",
        "_data/confs.yml": "- name: CV4DC 2025\n  url: https://cv4dc.github.io/2025/\n- name: CV4DC 2024\n  url: https://cv4dc.github.io/2024/\n",
        "_includes/nav.html": '{% for nav in site.data.navigation[year] %}<a href="{{site.url}}/{{year}}/{{ nav.url }}">{{ nav.title }}</a>{% endfor %}',
        "_layouts/default.html": "{% include nav.html %}{{ content }}",
        "index.md": front + "Welcome to CV4DC.\n",
        "2025/index.md": front + "CV4DC 2025 in Honolulu.\n",
        "2025/dates.md": front + "Submission deadline: July 2, 2025.\n",
        "2025/venue.md": front + "The venue is the Davos Congress Centre.\n",
        "2024/index.md": front + "CV4DC 2024 in Hanoi.\n",
    }
    assert slugs(tmp_path, files) == ["2024", "2025", "2025-dates", "index"]


def test_a_jekyll_sites_old_html_copy_in_a_folder_nothing_links_to_is_not_read(tmp_path: Path):
    """GRAIL-V kept its old single-page site as files/old_index.html: no front matter, so Jekyll
    copies it as it is, and no page links to it. Its old deadline and speakers were answered."""
    files = {
        "_config.yml": "title: GRAIL-V\n",
        "_data/navigation.yml": "- title: CfP\n  url: /cfp/\n- title: Slides\n  url: /files/talks/index.html\n",
        "index.md": "---\nlayout: default\n---\nDeadline: March 12.\n",
        "cfp.md": "---\ntitle: CfP\n---\nSubmit by March 12.\n",
        "files/old_index.html": page("<p>Deadline: March 5.</p>"),
        "files/talks/index.html": page("<p>Slides of the talks.</p>"),  # linked from the menu
    }
    assert slugs(tmp_path, files) == ["cfp", "files-talks", "index"]
