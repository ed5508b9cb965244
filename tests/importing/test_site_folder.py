"""Importing from a local folder: what a Jekyll or Hugo tree (or a built one) contributes, with
relative paths kept so includes and data are found where the generator looks for them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from perfm_bot.importing.records import BadSource
from perfm_bot.importing.site_folder import read_site_folder
from perfm_bot.importing.write import land, read_manifest
from site_server import sample_site, snapshot


def tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_a_jekyll_tree_gives_its_pages_includes_data_layouts_and_config_and_nothing_else(tmp_path: Path):
    site = tree(
        tmp_path / "jekyll",
        {
            "_config.yml": "title: Tiny Workshop\nexclude: [notes/, Gemfile]\n",
            "index.md": "---\nlayout: home\n---\n{% include dates.html %}\n",
            "_pages/cfp.markdown": "---\npermalink: /cfp/\n---\n# Call\n",
            "about.html": "---\ntitle: About\n---\n<p>About</p>\n",
            "_includes/dates.html": "<ul><li>3 March</li></ul>\n",
            "_data/speakers.yml": "- name: Ada\n",
            "_layouts/default.html": "<html>{{ content }}</html>\n",
            "_sass/main.scss": "body{}\n",
            "assets/css/site.css": "body{}\n",
            "assets/page.html": "<p>vendored demo</p>\n",
            "_site/index.html": "<html>built copy</html>\n",
            "_drafts/secret.md": "# Not yet\n",
            "old.md": "---\npublished: false\n---\n# Withdrawn\n",
            "404.html": "---\npermalink: /404.html\n---\nNot found\n",
            "README.md": "# How to build this site\n",
            "notes/todo.md": "# Excluded by _config.yml\n",
            ".github/workflows/x.md": "# hidden\n",
            "Gemfile": "gem 'jekyll'\n",
        },
    )
    (site / "logo.png").write_bytes(b"\x89PNG\r\n")
    harvest = read_site_folder(site)
    assert sorted(p.path for p in harvest.pages) == [
        "_config.yml", "_data/speakers.yml", "_includes/dates.html", "_layouts/default.html", "_pages/cfp.markdown",
        "about.html", "index.md",
    ]
    skipped = {s.what: s.reason for s in harvest.skipped}
    assert skipped == {
        "404.html": "the site's page-not-found page",
        "README.md": "a repository file, not a page of the site",
        "_drafts/secret.md": "a draft (in _drafts/, not published)",
        "old.md": "a draft (its front matter says it is not published)",
    }
    assert all(p.content == (site / p.path).read_bytes() and p.url is None for p in harvest.pages)


def test_a_hugo_tree_gives_content_data_config_and_templates_and_skips_drafts_theme_assets_and_output(tmp_path: Path):
    site = tree(
        tmp_path / "hugo",
        {
            "hugo.toml": 'baseURL = "https://ws.example.org/"\ntitle = "Tiny"\n',
            "content/_index.md": "+++\ntitle = 'Home'\n+++\nWelcome\n",
            "content/cfp/index.md": "---\ntitle: CFP\n---\n{{< deadline >}}\n",
            "content/draft.md": "+++\ndraft = true\n+++\nNot yet\n",
            "data/dates.yaml": "paper: 2026-03-03\n",
            "layouts/_default/single.html": "{{ .Content }}\n",
            "layouts/shortcodes/deadline.html": "{{ range .Site.Data.dates }}{{ . }}{{ end }}\n",
            "layouts/index.html": "<html>{{ .Content }}</html>\n",
            "themes/ananke/layouts/index.html": "{{ .Content }}\n",
            "themes/ananke/layouts/partials/hero.html": "<h1>{{ .Site.Params.name }}</h1>\n",
            "themes/ananke/static/css/main.css": "body {}\n",
            "themes/ananke/exampleSite/content/post.md": "# Demo post\n",
            "themes/ananke/README.md": "# Ananke\n",
            "archetypes/default.md": "---\ntitle: '{{ .Name }}'\n---\n",
            "static/img/a.svg": "<svg/>\n",
            "public/index.html": "<html>built</html>\n",
        },
    )
    harvest = read_site_folder(site)
    assert sorted(p.path for p in harvest.pages) == [
        "content/_index.md", "content/cfp/index.md", "data/dates.yaml", "hugo.toml", "layouts/index.html",
        "layouts/shortcodes/deadline.html", "themes/ananke/layouts/index.html", "themes/ananke/layouts/partials/hero.html",
    ]  # the home template, partials and shortcodes show the data and params; a theme's demo, styles and other layouts stay
    assert [s.what for s in harvest.skipped] == ["content/draft.md"]


def test_a_zola_tree_gives_content_its_data_config_and_shortcodes_and_no_other_template(tmp_path: Path):
    site = tree(
        tmp_path / "zola",
        {
            "config.toml": 'base_url = "https://ws.example.org/"\n',
            "content/_index.md": "+++\n+++\n{{ schedule() }}\n",
            "content/cfp.md": "+++\ntitle = 'CfP'\n+++\nSubmit.\n",
            "content/schedule.csv": "start,title\n09:00,Opening\n",
            "templates/shortcodes/schedule.html": "{% for r in load_data(path='content/schedule.csv').records %}{{ r[1] }}{% endfor %}\n",
            "templates/base.html": "<html>{% block content %}{% endblock %}</html>\n",
            "sass/main.scss": "body {}\n",
        },
    )
    assert sorted(p.path for p in read_site_folder(site).pages) == [
        "config.toml", "content/_index.md", "content/cfp.md", "content/schedule.csv", "templates/shortcodes/schedule.html",
    ]


def test_a_hugo_tree_configured_in_its_config_directory_brings_it_and_the_templates_showing_front_matter(tmp_path: Path):
    """FedKDD: config/_default/*.toml; LRC: layouts/agenda/single.html ranges over .Params.days, which
    the page reader renders; a type's template that shows only .Content adds nothing and stays out."""
    site = tree(tmp_path / "hugo", {
        "config/_default/config.toml": 'title = "FedKDD 2025"\ntheme = "andromeda"\n',
        "config/_default/params.toml": 'footer_info = "FedKDD 2025"\n',
        "content/_index.md": "---\ntitle: Home\n---\nWelcome\n",
        "content/agenda.md": "---\ntitle: Agenda\ntype: agenda\ndays: []\n---\n",
        "layouts/agenda/single.html": "{{ range .Params.days }}<h2>{{ .date }}</h2>{{ end }}\n",
        "layouts/posts/single.html": "{{ .Content }}\n",
        "themes/andromeda/layouts/_default/about.html": "{{ with .Params.keynotes }}{{ .title }}{{ end }}\n",
        "themes/andromeda/layouts/index.html": "{{ .Content }}\n",
    })
    paths = sorted(p.path for p in read_site_folder(site).pages)
    assert paths == [
        "config/_default/config.toml", "config/_default/params.toml", "content/_index.md", "content/agenda.md",
        "layouts/agenda/single.html", "themes/andromeda/layouts/_default/about.html", "themes/andromeda/layouts/index.html",
    ]


def test_a_built_site_folder_is_its_html_pages(tmp_path: Path):
    site = tree(tmp_path / "_site", {"index.html": "<html>home</html>", "cfp/index.html": "<html>cfp</html>", "feed.xml": "<rss/>", "assets/main.css": "x"})
    assert sorted(p.path for p in read_site_folder(site).pages) == ["cfp/index.html", "index.html"]


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        ("icra2026-embodied-social", {"index.md", "spotlighttalks.md", "_config.yml", "_includes/header.html", "_data/speakers.yml"}),
        ("hugo-mechinterp-icml2026", {"content/cfp/_index.md", "content/neurips2025/schedule/_index.md", "config.yaml", "data/organizers.yaml"}),
        ("tokshop-colm2026", {"_pages/home.md", "_pages/speakers.md", "_includes/scripts/mathjax.html", "_config.yml"}),
        ("html-usrw-recsys2026", {"index.html", "2026/index.html", "2026/config.js"}),  # its dates live in the script
    ],
)
def test_real_sites_import_whole_and_a_second_import_writes_nothing(slug: str, expected: set[str], knowledge: Path):
    site = sample_site(slug)
    harvest = read_site_folder(site)
    paths = {p.path for p in harvest.pages}
    assert expected <= paths and "404.html" not in paths
    assert any(p.startswith("_layouts/") for p in paths) == (site / "_layouts").is_dir()  # the banner every page shows
    report = land(harvest, knowledge / "pages")
    assert report.count("imported") == len(paths) and set(read_manifest(knowledge / "pages")) == paths
    assert (knowledge / "pages/perfm-aaai26.md").exists()
    before = snapshot(knowledge)
    report = land(read_site_folder(site), knowledge / "pages")
    assert report.count("unchanged") == len(paths) and not report.written and snapshot(knowledge) == before


def test_the_scripts_that_hold_what_pages_show_are_imported_and_read_and_no_others(tmp_path: Path, knowledge: Path):
    from perfm_bot.sources.loader import _load_pages

    plain = tree(
        tmp_path / "plain",
        {
            "index.html": '<html><body><h1>USRW</h1><table data-render="dates"></table><script src="js/config.js"></script>'
            '<!-- <script src="js/old.js"></script> --><script src="https://cdn.example.com/x.js"></script></body></html>',
            "js/config.js": 'const DATA = { importantDates: [{ label: "Author notification", date: "August 14, 2026" }] };',
            "js/old.js": 'const DATA = { importantDates: [{ label: "Author notification", date: "July 1, 2026" }] };',
            "js/theme.js": "document.body.classList.add('dark');",
        },
    )
    assert sorted(p.path for p in read_site_folder(plain).pages) == ["index.html", "js/config.js"]
    app = tree(
        tmp_path / "app",
        {
            "package.json": '{"name": "ws"}',
            "public/index.html": '<html><body><div id="root"></div></body></html>',
            "src/App.jsx": "export default function App() { return <main><h2>Dates</h2><p>Workshop day: December 6, 2025</p></main>; }",
            "src/App.test.jsx": "it('renders', () => {});",
            "node_modules/react/index.js": "module.exports = {};",
        },
    )
    assert sorted(p.path for p in read_site_folder(app).pages) == ["package.json", "public/index.html", "src/App.jsx"]
    land(read_site_folder(plain), knowledge / "pages")
    texts = [b.text for page in _load_pages(knowledge) for b in page.parsed.blocks]
    assert "Author notification — August 14, 2026" in texts and not any("July 1" in t for t in texts)


def test_the_knowledge_folder_is_never_imported_into_itself(tmp_path: Path, knowledge: Path):
    with pytest.raises(BadSource, match="inside the knowledge folder"):
        read_site_folder(knowledge / "pages", knowledge_dir=knowledge)
    project = tmp_path  # the operator ran `perfm-bot import .` where knowledge/ lives
    tree(project, {"site/index.md": "# Home\n"})
    harvest = read_site_folder(project, knowledge_dir=knowledge)
    assert [p.path for p in harvest.pages] == ["site/index.md"]


def test_symlinks_oversized_and_non_utf8_files_are_skipped_with_reasons(tmp_path: Path):
    site = tree(tmp_path / "s", {"index.md": "# Home\n", "big.html": "x" * 3000})
    (site / "latin.md").write_bytes("café".encode("latin-1"))
    secret = tmp_path / "secret.txt"
    secret.write_text("password")
    os.symlink(secret, site / "leak.html")
    harvest = read_site_folder(site, max_bytes=2000)
    assert [p.path for p in harvest.pages] == ["index.md"]
    reasons = {s.what: s.reason for s in harvest.skipped}
    assert reasons["big.html"].startswith("too large") and reasons["latin.md"] == "not UTF-8 text"
    assert reasons["leak.html"].startswith("a symbolic link")


def test_a_sphinx_tree_gives_its_rst_pages_the_files_they_include_and_its_conf(tmp_path: Path):
    site = tree(
        tmp_path / "docs",
        {
            "source/conf.py": "project = 'TTA'\n",
            "source/index.rst": "TTA\n===\n\n.. csv-table::\n   :file: dates.csv\n",
            "source/dates.csv": "Event,Date\nDeadline,May 26\n",
            "source/speakers.html": "<div>Ada</div>\n",
            "source/_static/custom.css": "body{}\n",
            "source/_templates/layout.html": "<html></html>\n",
            "build/html/index.html": "<html>built</html>\n",
        },
    )
    paths = sorted(p.path for p in read_site_folder(site).pages)
    assert {"source/conf.py", "source/index.rst", "source/dates.csv", "source/speakers.html"} <= set(paths)
    assert not any("_static" in p or "_templates" in p for p in paths)



def test_an_astro_tree_brings_its_layouts(tmp_path: Path):
    site = tree(tmp_path / "astro", {
        "astro.config.mjs": "export default {};\n",
        "src/pages/index.md": "---\nlayout: ../layouts/Banner.astro\n---\n# Hi\n",
        "src/layouts/Banner.astro": "<div>Mumbai</div><slot />\n",
        "src/components/Header.astro": "<nav/>\n",
        "src/config/site_config.json.ts": "export default { name: 'WS' };\n",
        "src/lib/analytics.ts": "export const id = 'x';\n",
    })
    paths = sorted(p.path for p in read_site_folder(site).pages)
    assert "src/layouts/Banner.astro" in paths and "src/pages/index.md" in paths
    # an .astro page shows its components and the config they read (BlackboxNLP's whole home page)
    assert "src/components/Header.astro" in paths and "src/config/site_config.json.ts" in paths and "src/lib/analytics.ts" not in paths


def test_a_quarto_tree_brings_its_qmd_pages_config_and_listing_data(tmp_path: Path):
    site = tree(tmp_path / "quarto", {
        "_quarto.yml": "project:\n  output-dir: docs\nwebsite:\n  title: ICDL ML CV Workshop\n",
        "index.qmd": "---\ntitle: Overview\nlisting:\n  contents: speakers.yml\n---\nHello.\n",
        "speakers.yml": "- name: Saiph Savage\n",
        "styles.css": "body {}\n",
    })
    paths = sorted(p.path for p in read_site_folder(site).pages)
    assert paths == ["_quarto.yml", "index.qmd", "speakers.yml"]


def test_a_jekyll_sites_readme_with_no_index_beside_it_is_its_home_page(tmp_path: Path):
    """GitHub Pages publishes it as the index; beside an index it stays the repository's notes."""
    site = tmp_path / "prl"
    site.mkdir()
    (site / "_config.yml").write_text("theme: jekyll-theme-slate\n")
    (site / "README.md").write_text("# PRL Workshop Series\n")
    (site / "prl2026-icaps").mkdir()
    (site / "prl2026-icaps" / "README.md").write_text("# PRL @ ICAPS 2026\n")
    assert {p.path for p in read_site_folder(site).pages} >= {"README.md", "prl2026-icaps/README.md"}
    (site / "index.md").write_text("# Home\n")
    assert "README.md" not in {p.path for p in read_site_folder(site).pages}
