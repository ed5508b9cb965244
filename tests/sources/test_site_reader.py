"""A whole site dropped into knowledge/pages/ as published (issue 13): which files are pages,
their slugs and permalinks, front matter (YAML, TOML, prose as the lead), Hugo shortcodes,
and one error per broken page."""

from pathlib import Path

import pytest

from perfm_bot.core.errors import KnowledgeError
from perfm_bot.sources.loader import _load_pages, fingerprint, knowledge_files, load_knowledge
from perfm_bot.sources.markdown_page import parse_page


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def pages_of(tmp_path: Path, files: dict[str, str]) -> dict[str, object]:
    write(tmp_path / "pages", files)
    return {p.slug: p for p in _load_pages(tmp_path)}


def test_a_jekyll_tree_reads_its_pages_and_skips_templates_assets_and_boilerplate(tmp_path: Path):
    pages = pages_of(
        tmp_path,
        {
            "_config.yml": "title: TokShop 2026\ninclude: ['_pages']\ncollections:\n  talks:\n    output: true\n",
            "index.md": "---\nlayout: home\n---\n# Welcome\n\nHello.\n",
            "cfp.markdown": "# Call\n\nText.\n",
            "travel/awards.html": "<h1>Travel awards</h1><p>Apply.</p>",
            "people/index.htm": "<h1>People</h1>",
            "_pages/speakers.md": "---\npermalink: /speakers/\n---\n# Speakers\n",
            "_posts/2025-05-01-launch.md": "# Launch\n",
            "_talks/keynote.md": "# Keynote\n",
            "_drafts/secret.md": "# Draft\n",
            "_layouts/default.html": "<html>{{ content }}</html>",
            "_includes/nav.html": "<nav>x</nav>",
            "_sass/x.md": "# no",
            "assets/readme.md": "# no",
            "static/x.html": "no",
            "node_modules/p/x.md": "# no",
            "vendor/x.md": "# no",
            "themes/t/x.md": "# no",
            ".github/x.md": "# no",
            "_site/index.html": "<h1>built</h1>",
            "README.md": "# repo",
            "LICENSE.md": "MIT",
            "CHANGELOG.md": "x",
            "CLAUDE.md": "# Notes for the coding assistant\n\nKey deadlines: see config.js.\n",
            "CONTRIBUTING.md": "x",
            "404.html": "<h1>404</h1>",
        },
    )
    assert sorted(pages) == [
        "cfp",
        "index",
        "people",
        "posts-2025-05-01-launch",
        "speakers",
        "talks-keynote",
        "travel-awards",
    ]
    assert pages["index"].permalink == "/" and pages["index"].title == "Welcome"
    assert pages["cfp"].permalink == "/cfp.html"  # Jekyll's default for a page
    assert pages["travel-awards"].permalink == "/travel/awards.html"
    assert pages["people"].permalink == "/people/"
    assert pages["speakers"].permalink == "/speakers/"  # front matter wins
    assert pages["posts-2025-05-01-launch"].permalink == "/2025/05/01/launch.html"


def test_a_hugo_tree_reads_content_with_toml_and_yaml_front_matter(tmp_path: Path):
    pages = pages_of(
        tmp_path,
        {
            "hugo.toml": 'title = "MechInterp Workshop"\n',
            "content/_index.md": "Welcome to the workshop.\n",
            "content/cfp/_index.md": '+++\ntitle = "Call for Papers"\nvenue = "ICML 2026, Seoul"\n+++\nSubmit {{< ref "x" >}}now.\n',
            "content/schedule/day1.md": "---\ntitle: Day one\nslug: monday\n---\n{{% notice info %}}Doors open at 8:30{{% /notice %}}\n"
            "{{< comment >}}Secret dinner{{< /comment >}} Shown {{</* gist */>}}\n",
            "layouts/index.html": "<h1>{{ .Title }}</h1>",
            "public/index.html": "<h1>built</h1>",
            "data/speakers.yaml": "- name: x\n",
        },
    )
    assert sorted(pages) == ["cfp", "index", "schedule-day1"]
    assert pages["index"].title == "MechInterp Workshop" and pages["index"].permalink == "/"
    assert pages["cfp"].permalink == "/cfp/" and pages["cfp"].title == "Call for Papers"
    assert [b.text for b in pages["cfp"].parsed.blocks] == ["Call for Papers. Venue: ICML 2026, Seoul.", "Submit now."]
    day = " ".join(b.text for b in pages["schedule-day1"].parsed.blocks)
    assert "Doors open at 8:30 Shown {{< gist >}}" in day and "Secret" not in day and "notice" not in day
    assert pages["schedule-day1"].permalink == "/schedule/monday/"


def test_a_hugo_folders_index_md_beside_its_index_md_with_underscore_is_not_published(tmp_path: Path):
    """SDSW kept last year's home as content/index.md beside content/_index.md; Hugo built the home
    from _index.md, so last year's organizers must not answer for this year's."""
    pages = pages_of(
        tmp_path,
        {
            "hugo.toml": 'title = "Data Workshop"\n',
            "content/_index.md": "Organizers: Ana Ruiz.\n",
            "content/index.md": "---\ntype: pages\n---\nOrganizers: Old Name.\n",
            "content/venue/index.md": "Bogota.\n",
        },
    )
    texts = [b.text for p in pages.values() for b in p.parsed.blocks]
    assert "Organizers: Ana Ruiz." in texts and not any("Old Name" in t for t in texts)
    assert pages["venue"].permalink == "/venue/"


def test_a_zola_tree_reads_content_renders_its_tera_shortcodes_and_follows_its_internal_links(tmp_path: Path):
    """LATTE's Zola site: the programme is a shortcode (``{{ schedule() }}``) whose Tera template
    builds a table from ``content/schedule.csv``, and the home page links its call for papers as
    ``[cfp]: @/cfp.md``, a reference the check for unreachable pages must follow."""
    pages = pages_of(
        tmp_path,
        {
            "config.toml": 'base_url = "https://example.org/latte26/"\n[extra]\ntitle = "LATTE ’26"\n',
            "content/_index.md": "+++\n+++\nSee the [call for papers][cfp].\n\n## Program\n\n{{ schedule() }}\n\n[cfp]: @/cfp.md\n",
            "content/cfp.md": '+++\ntitle = "Call for Papers"\n+++\nPaper submission: **January 31, 2026**\n',
            "content/old.md": '+++\ntitle = "Old"\n+++\nSubmit by December 1.\n',  # nothing links to it
            "content/schedule.csv": "start,end,title\n09:00,09:15,Introduction\n09:15,10:00,Keynote\n",
            "templates/shortcodes/schedule.html": '{% set sched = load_data(path="content/schedule.csv", format="csv") %}'
            "<table>{% for row in sched.records %}<tr><td>{{ row[0] }}&ndash;{{ row[1] }}</td><td>{{ row[2] }}</td></tr>{% endfor %}</table>",
        },
    )
    assert sorted(pages) == ["cfp", "index"]  # old.md is reached by no link
    assert pages["index"].title == "LATTE ’26" and pages["cfp"].permalink == "/cfp/"
    home = [b.text for b in pages["index"].parsed.blocks]
    assert any(t.startswith("09:00–09:15") and "Introduction" in t for t in home)
    assert any("(/cfp/)" in t for t in home) and not any("{{" in t or "@/" in t for t in home)


def test_a_built_site_is_read_when_it_is_all_there_is(tmp_path: Path):
    pages = pages_of(
        tmp_path, {"_site/index.html": "<title>Site</title><h1>Built home</h1>", "_site/cfp/index.html": "<h1>CFP</h1>"}
    )
    assert sorted(pages) == ["cfp", "index"] and pages["cfp"].permalink == "/cfp/"


def test_the_flat_page_keeps_its_slug_and_permalink_and_slugs_stay_unique(tmp_path: Path, knowledge_dir: Path):
    knowledge = load_knowledge(knowledge_dir)
    page = knowledge.page("perfm-aaai26")
    assert page is not None and page.permalink == "/events/perfm-aaai26/"
    assert page.parsed.blocks and all(b.path for b in page.parsed.blocks)  # a title the H1 already states adds no lead
    pages = pages_of(
        tmp_path, {"about.md": "# A\n", "about/index.html": "<h1>B</h1>", "about.html": "<h1>C</h1>", "a/b.md": "# D\n"}
    )
    assert sorted(pages) == ["a-b", "about", "about-html", "about-md"]
    assert pages["about"].path.endswith("about/index.html")  # path order decides, so reloads agree


def test_a_folder_without_pages_names_the_supported_types(tmp_path: Path):
    write(tmp_path / "pages", {"notes.txt": "x", "_config.yml": "title: x\n"})
    with pytest.raises(KnowledgeError) as caught:
        _load_pages(tmp_path)
    message = str(caught.value)
    assert all(kind in message for kind in ("*.md", "*.markdown", "*.html", "*.htm"))


def test_one_broken_front_matter_is_one_error_naming_its_line_and_the_others_still_load(tmp_path: Path):
    write(
        tmp_path / "pages",
        {
            "good.md": "# Good\n",
            "bad.md": "---\ntitle: ok\nsubtitle: [unclosed\n---\n# Bad\n",
            "worse.md": '+++\ntitle = "x\n+++\n# Worse\n',
            "open.md": "---\ntitle: never closed\n# Open\n",
        },
    )
    with pytest.raises(KnowledgeError) as caught:
        _load_pages(tmp_path)
    problems = caught.value.problems
    assert len(problems) == 3
    assert [p.split(":")[0].rsplit("/", 1)[-1] for p in problems] == ["bad.md", "open.md", "worse.md"]
    assert problems[0].split(":")[1] in ("3", "4") and problems[2].split(":")[1] == "2"


def test_front_matter_prose_is_the_pages_lead_and_a_repeated_key_keeps_its_last_value():
    page = parse_page(
        '---\ntitle: home\ntitle: <h3 align="center">Tokenization Workshop</h3>\nsubtitle: COLM 2026\n'
        "location: Montreal &amp; online\ndate: 2026-10-09\nlayout: page\nweight: 3\n---\n## Call for Papers\n\nText.\n",
        "home.md",
    )
    assert page.title == "Tokenization Workshop"
    lead = page.blocks[0]
    assert (lead.kind, lead.path, lead.line) == ("paragraph", (), 1)
    assert lead.text == "Tokenization Workshop. Subtitle: COLM 2026. Location: Montreal & online. Date: 2026-10-09."


def test_site_data_and_includes_reach_pages_and_count_in_the_fingerprint(tmp_path: Path):
    root = tmp_path
    write(
        root / "pages",
        {
            "_config.yml": "title: Site\n",
            "_data/speakers.yml": "- name: Ada Lovelace\n",
            "_includes/speakers.html": "<ul>{% for s in site.data.speakers %}<li>{{ s.name }}</li>{% endfor %}</ul>",
            "index.md": "# Speakers\n\n{% include speakers.html %}\n",
        },
    )
    pages = {p.slug: p for p in _load_pages(root)}
    assert [b.text for b in pages["index"].parsed.blocks if b.kind == "item"] == ["Ada Lovelace"]
    assert root / "pages" / "_data" / "speakers.yml" in knowledge_files(root)
    before = fingerprint(root)
    (root / "pages" / "_data" / "speakers.yml").write_text("- name: Alan Turing\n")
    assert fingerprint(root) != before


def test_a_jekyll_layout_shows_its_banner_around_every_page_and_its_chrome_is_dropped(tmp_path: Path):
    """The date and venue many sites state only in the layout's banner are part of each page, as a
    visitor reads it; the layout chain, Liquid and includes are followed; navigation is not text."""
    pages = pages_of(
        tmp_path,
        {
            "_config.yml": "title: TokShop\nvenue: Hilton Union Square\n",
            "_includes/contact.html": '<p>Contact: <a href="mailto:org@example.org">organizers</a></p>',
            "_layouts/base.html": "<html><body><nav><a href='/'>Home</a> | <a href='/raw'>Raw</a> | <a href='/missing/'>Lost</a></nav>{{ content }}"
            "{% include contact.html %}<footer>Powered by Jekyll</footer></body></html>",
            "_layouts/default.html": "---\nlayout: base\n---\n<div class='banner'><p>@ COLM 2026, October 9, 2026<br>"
            "{{ site.venue }}</p></div><div class='container'>{{ content }}</div>",
            "index.md": "---\nlayout: default\n---\n# Welcome\n\nTokenization matters.\n",
            "raw.md": "---\nlayout: none\n---\n# Raw\n\nNo layout.\n",
            "missing.md": "---\nlayout: nowhere\n---\n# Lost\n\nIts layout is gone.\n",
        },
    )
    texts = [b.text for b in pages["index"].parsed.blocks]
    assert "@ COLM 2026, October 9, 2026\nHilton Union Square" in texts or "@ COLM 2026, October 9, 2026 Hilton Union Square" in texts
    assert texts.index("Tokenization matters.") < len(texts) - 1 and "Contact: organizers (mailto:org@example.org)" in texts[-1]
    assert not any("Home" in t or "Powered by" in t or "{{" in t or "{%" in t for t in texts)
    for slug in ("raw", "missing"):  # no layout, or one that does not exist: the page alone
        assert not any("COLM" in b.text or "Contact" in b.text for b in pages[slug].parsed.blocks), slug


def test_an_astro_site_reads_its_markdown_and_mdx_pages_at_their_routes(tmp_path: Path):
    pages = pages_of(
        tmp_path,
        {
            "astro.config.mjs": "export default {};\n",
            "package.json": "{}",
            "src/pages/index.md": "---\nlayout: ../layouts/Base.astro\ntitle: SRW 2025\n---\n# Student Research Workshop\n\nHeld on December 20, 2025.\n",
            "src/pages/cfp.mdx": "---\ntitle: Call for Papers\n---\nimport Note from '../components/Note.astro';\nexport const year = 2025;\n\n# Call for Papers\n\n<Note>Up to 8 pages.</Note>\n",
            "src/components/Note.astro": "<div class='note'><slot /></div>\n",
            "src/content/news/launch.md": "---\ntitle: Launch\n---\nThe call is out.\n",
        },
    )
    assert {p.permalink for p in pages.values()} == {"/", "/cfp/", "/news/launch/"}
    cfp = next(p for p in pages.values() if p.permalink == "/cfp/")
    texts = [b.text for b in cfp.parsed.blocks]
    assert "Up to 8 pages." in texts and not any("import" in t or "export" in t for t in texts)


def test_an_astro_page_is_read_inside_its_layouts_banner(tmp_path: Path):
    layout = (
        "---\nimport Header from '../components/Header.astro';\nconst pageTitle = \"SRW\";\n---\n"
        "<html><head><title>{pageTitle}</title></head><body><Header />"
        "<div class=\"banner\"><span>December 20, 2025<br>Mumbai, India</span></div>"
        "<main><slot /></main></body></html>\n"
    )
    pages = pages_of(
        tmp_path,
        {
            "astro.config.mjs": "export default {};\n",
            "src/layouts/Banner.astro": layout,
            "src/layouts/Other.astro": "<p>Never shown.</p>",
            "src/pages/index.md": "---\nlayout: ../layouts/Banner.astro\n---\n# Welcome\n\nThe SRW is a student workshop.\n",
            "src/pages/away.md": "---\nlayout: ../../outside.astro\n---\n# Away\n\nText.\n",
            "outside.astro": "<div>Secret</div><slot />",
        },
    )
    home = next(p for p in pages.values() if p.permalink == "/")
    texts = [b.text for b in home.parsed.blocks]
    assert any("Mumbai, India" in t for t in texts) and texts.index(next(t for t in texts if "Mumbai" in t)) < texts.index("The SRW is a student workshop.")
    assert not any("pageTitle" in t or "import" in t or "{" in t for t in texts)
    away = next(p for p in pages.values() if p.permalink == "/away/")
    assert not any("Secret" in b.text for b in away.parsed.blocks)  # only src/layouts/ is read


def test_a_built_page_linked_only_from_commented_out_navigation_is_not_published(tmp_path: Path):
    nav = '<div class="nav"><a href="index.html">HOME</a> <a href="cfp.html">CFP</a> <!-- <a href="format.html">FORMAT</a> --></div>'
    pages = pages_of(
        tmp_path,
        {
            "index.html": f"<html><body>{nav}<p>Welcome.</p></body></html>",
            "cfp.html": f"<html><body>{nav}<p>Submit by May 1.</p></body></html>",
            "format.html": f"<html><body>{nav}<p>We will also provide coffee and pastries.</p></body></html>",
            "old/notes.html": "<html><body><p>Linked from nowhere: no visitor reaches it (test_orphans).</p></body></html>",
        },
    )
    assert {p.permalink for p in pages.values()} == {"/", "/cfp.html"}


def test_a_jekyll_collection_reaches_the_page_that_lists_it_as_cards(tmp_path: Path):
    """al-folio: speakers and organizers are documents of ``_projects/``, shown on the home page
    as linked cards by ``site.projects | where: "category", "speaker"``; a name may break over a
    ``<br>``, and a layout switch the page leaves unset shows its two layouts' lists at once."""
    write(
        tmp_path / "pages",
        {
            "_config.yml": "title: ES-FoMo\ncollections:\n  projects:\n    output: true\n",
            "_projects/albert.md": "---\ntitle: <b>Albert</b> <br> Gu\ndescription: CMU, Cartesia\ncategory: speaker\nimportance: 2\n---\n",
            "_projects/tri.md": "---\ntitle: <b>Tri</b> <br> Dao\ndescription: Princeton University\ncategory: organizer\nimportance: 1\n---\n",
            "_projects/baris.md": "---\ntitle: <b>Baris</b> <br> Kasikci\ndescription: University of Washington\ncategory: speaker\nimportance: 1\n---\n",
            "_includes/projects.html": '<div class="grid-item"><a href="{{ project.url }}"><div class="card"><div class="card-body">'
            '<h2 class="card-title">{{ project.title }}</h2><p class="card-text">{{ project.description }}</p></div></div></a></div>',
            "index.md": "---\ntitle: home\npermalink: /\n---\n\n## the speakers\n\nThis year, we're excited to welcome excellent speakers!\n\n"
            '<div class="projects">\n{%- assign sorted = site.projects | sort: "importance" | where: "category", "speaker" -%}\n'
            '{% if page.horizontal %}<div class="row">{% for project in sorted %}{% include projects.html %}{% endfor %}</div>'
            '{% else %}<div class="grid">{% for project in sorted %}{% include projects.html %}{% endfor %}</div>{% endif %}\n</div>\n',
        },
    )
    home = next(p for p in _load_pages(tmp_path) if p.slug == "index")
    items = [b.text for b in home.parsed.blocks if b.kind == "item"]
    assert items[:2] == ["Baris Kasikci — University of Washington", "Albert Gu — CMU, Cartesia"]
    assert "Tri Dao — Princeton University" not in items  # an organizer, not a speaker
    from perfm_bot.index.answer_units import answer_units

    roster = [u.text for u in answer_units(home.parsed.blocks) if u.kind == "list"]
    assert roster == ["the speakers: Baris Kasikci — University of Washington; Albert Gu — CMU, Cartesia."]


def test_a_folders_readme_is_its_index_on_github_pages(tmp_path: Path):
    """GitHub Pages publishes ``prl2026-icaps/README.md`` as ``/prl2026-icaps/`` when the folder has
    no index; a README beside an index is the maintainers' notes, not a page."""
    write(
        tmp_path / "pages",
        {
            "_config.yml": "theme: jekyll-theme-slate\ntitle: PRL Workshop Series\n",
            "README.md": "# PRL Workshop Series\n\nThe series home.\n",
            "prl2026-icaps/README.md": "# PRL @ ICAPS 2026\n\nPaper submission deadline: May 20, 2026\n",
            "notes/index.md": "# Notes\n\nText.\n",
            "notes/README.md": "# How to build\n\nRun bundle exec jekyll serve.\n",
        },
    )
    pages = {p.permalink: p for p in _load_pages(tmp_path)}
    assert "/" in pages and "/prl2026-icaps/" in pages and "/notes/" in pages
    assert not any("bundle exec" in b.text for p in pages.values() for b in p.parsed.blocks)


def test_pages_sharing_the_sites_title_are_named_by_the_menu_entries_that_lead_to_them(tmp_path: Path):
    """A Vite site copies ``<title>ICC 2025 Workshop</title>`` into every page: its organizers'
    page was one more "ICC 2025 Workshop". The menu names it "Organizers"; a page whose title is
    its own (last year's "Call for Papers", linked as "CFP 2024") keeps it."""
    menu = (
        '<ul><li><a href="/">Home</a></li><li><a href="cfp">Call for Papers</a></li><li><a href="organizers">Organizers</a></li>'
        '<li><a href="/2024/cfp.html">CFP 2024</a></li></ul>'
    )
    page = "<html><head><title>{title}</title></head><body>" + menu + "<h3>{h}</h3><p>Text.</p></body></html>"
    pages = pages_of(tmp_path, {
        "index.html": page.format(title="ICC 2025 RAS Workshop", h="Welcome"),
        "cfp.html": page.format(title="ICC 2025 Workshop", h="Instructions"),
        "organizers.html": page.format(title="ICC 2025 Workshop", h="Dr. Anima Majumder"),
        "2024/cfp.html": page.format(title="Call for Papers", h="Old"),
    })
    titles = {p.permalink: p.title for p in pages.values()}
    assert titles == {
        "/": "ICC 2025 RAS Workshop", "/cfp.html": "Call for Papers", "/organizers.html": "Organizers", "/2024/cfp.html": "Call for Papers",
    }


def test_a_jekyll_collections_pages_see_site_collections_as_jekyll_lists_them(tmp_path: Path):
    """_config.yml declares each edition as a collection with its date and city; a page in
    ``_2026/`` is in collection "2026" and finds its metadata in ``site.collections``."""
    config = (
        "title: PECS\ncollections:\n  '2026':\n    output: true\n    dates: \"August 24, 2026\"\n    location: \"Pisa, Italy\"\n"
        "  '2025':\n    output: true\n    dates: \"August 26, 2025\"\n    location: \"Dresden, Germany\"\n"
    )
    body = (
        "{% for coll in site.collections %}{% if coll.label == page.collection %}{% assign edition = coll %}{% endif %}{% endfor %}\n"
        "PECS {{ page.collection }} will take place on {{ edition.dates }} in {{ edition.location }}.\n"
    )
    pages = pages_of(tmp_path, {
        "_config.yml": config, "index.md": "---\ntitle: Home\n---\n[2026](_2026/)\n",
        "_2026/index.md": "---\ntitle: PECS 2026\n---\n" + body, "_2025/index.md": "---\ntitle: PECS 2025\n---\n" + body,
    })
    texts = [b.text for p in pages.values() for b in p.parsed.blocks]
    assert "PECS 2026 will take place on August 24, 2026 in Pisa, Italy." in texts, texts
    assert "PECS 2025 will take place on August 26, 2025 in Dresden, Germany." in texts
    # published at the collection's URL, where the year says which edition a page is
    assert sorted(p.permalink for p in pages.values()) == ["/", "/2025/", "/2026/"]
