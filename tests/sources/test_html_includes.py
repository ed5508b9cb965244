"""Pages assembled from fragments at build time, and page scripts that draw from JSON (issue 13:
the RAS workshop's Vite site keeps its menu and its intro, the only place with its date and
room, in ``<load src="src/components/intro.html" />`` fragments, and draws its speakers from
``src/data/speakers.json``: read as they are in the repository, its home page had no date, its
other pages looked unlinked and unpublished, and its speakers page was empty; 0 of 25 answered)."""

from pathlib import Path

from perfm_bot.index.answer_units import answer_units
from perfm_bot.sources.html_includes import with_includes
from perfm_bot.sources.loader import _load_pages

HEADER = '<header><nav><a href="/">Home</a> <a href="cfp">Call for Papers</a> <a href="speakers">Speakers</a></nav></header>\n'
INTRO = "<section id=\"intro\"><h1>RAS Workshop</h1><p><strong>Date:</strong> December 18, 2025<br>" \
        "<strong>Venue:</strong> Room G12, TCS Smart X Hub, IISc Bengaluru</p></section>\n"


def page(body: str, scripts: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><title>ICC 2025 RAS Workshop</title>{scripts}</head><body>"
            f'<load src="src/components/header.html" />\n<load src="src/components/intro.html" />\n{body}'
            "<!-- <load src=\"src/components/old-banner.html\" /> -->"
            '<load src="src/components/footer.html" /></body></html>')


SITE = {
    "package.json": '{"name": "icc25-ras-workshop", "devDependencies": {"vite": "^7.1.7", "vite-plugin-html-inject": "^1.1.2"}}',
    "index.html": page("<section><h3>About the Workshop</h3><p>AI-driven control for robots.</p></section>",
                       '<script type="module" src="/src/scripts/main.ts"></script>'),
    "cfp.html": page("<section><h2>Call for Papers</h2><p>Extended abstracts of up to 2 pages.</p></section>"),
    "speakers.html": page('<section><h2>Speakers</h2><div id="speakers"></div></section>',
                          '<script type="module" src="src/scripts/speaker.ts"></script>'),
    "src/components/header.html": HEADER,
    "src/components/intro.html": INTRO,
    "src/components/footer.html": "<footer><p>Contact: ras@example.org</p></footer>\n",
    "src/components/old-banner.html": "<p>Workshop postponed to 2026.</p>\n",
    "src/scripts/main.ts": 'import "./style.css";\ndocument.getElementById("menu");\n',
    "src/scripts/speaker.ts": 'import speakerData from "../data/speakers.json";\nimport type { Speaker } from "./types";\n'
                              "function load(list: Speaker[]) { list.forEach((s) => render(s)); }\nload(speakerData);\n",
    "src/data/speakers.json": '[{"name": "Dr. Niladri Das", "talk_title": "Adaptive Intelligence Across Domains"},'
                              ' {"name": "Prof. Satadal Ghosh", "talk_title": "Guidance Laws for Autonomous Vehicles"}]',
}


def load(tmp_path: Path) -> dict[str, object]:
    for name, text in SITE.items():
        path = tmp_path / "pages" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return {p.permalink: p for p in _load_pages(tmp_path)}


def texts(page) -> list[str]:
    return [u.text for u in answer_units(page.parsed.blocks)]


def test_a_page_built_from_fragments_reads_them_where_they_are_included(tmp_path: Path):
    pages = load(tmp_path)
    # the fragments are parts of pages, not pages; the pages the menu (a fragment) links are published
    assert set(pages) == {"/", "/cfp.html", "/speakers.html"}
    home = "\n".join(texts(pages["/"]))
    assert "December 18, 2025" in home and "Room G12" in home
    assert "postponed" not in home  # a commented-out include is not built
    assert "December 18, 2025" in "\n".join(texts(pages["/cfp.html"]))


def test_a_page_script_that_draws_from_json_shows_that_data_on_its_page_alone(tmp_path: Path):
    pages = load(tmp_path)
    speakers = "\n".join(texts(pages["/speakers.html"]))
    assert "Niladri Das" in speakers and "Adaptive Intelligence Across Domains" in speakers
    # index.html beside package.json is one page of several here, not an app's shell: the
    # speakers are not written onto the home page as well
    assert "Niladri Das" not in "\n".join(texts(pages["/"]))


def test_includes_stay_inside_the_site_and_do_not_loop(tmp_path: Path):
    root = tmp_path / "site"
    (root / "parts").mkdir(parents=True)
    (root / "parts" / "a.html").write_text('<p>A</p><include src="b.html"></include>', encoding="utf-8")
    (root / "parts" / "b.html").write_text('<p>B</p><include src="a.html"></include>', encoding="utf-8")
    (tmp_path / "secret.html").write_text("<p>outside</p>", encoding="utf-8")
    page = root / "index.html"
    text = '<body><include src="parts/a.html"></include><!--#include virtual="/parts/b.html" --><load src="../secret.html" /></body>'
    out = with_includes(text, page, root)
    assert out.count("<p>A</p>") == 2 and "<p>B</p>" in out and "outside" not in out


def test_an_empty_placeholder_a_script_fills_with_the_sites_fragment_is_written_in(tmp_path: Path):
    """3D4S's pages hold an empty <div id="header"></div> which load-templates.js fills with
    header.html: the date and room are in no page otherwise. A placeholder with no such file, or
    one with content, is left as it is, and the fragment is no page of its own."""
    files = {
        "index.html": '<html><head><title>3D4S</title></head><body><div id="header"></div><div id="navbar"></div>'
        '<h2>Description</h2><p>AI for 3D geometry.</p><div id="sidebar"><p>Kept.</p></div><div id="comments"></div>'
        '<script src="./load-templates.js"></script></body></html>',
        "header.html": '<div class="header"><h3>at CVPR 2026, Denver</h3><p>8am-1pm, June 4, 2026 • <span>Room 105</span></p></div>',
    }
    for rel, text in files.items():
        (tmp_path / "pages" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "pages" / rel).write_text(text, encoding="utf-8")
    pages = _load_pages(tmp_path)
    assert [p.slug for p in pages] == ["index"]
    text = "\n".join(b.text for b in pages[0].parsed.blocks)
    assert "June 4, 2026 • Room 105" in text and "Kept." in text
