"""MkDocs sites (``mkdocs.yml`` over ``docs/``): pages at their URLs, titled as the nav names them,
their Python-Markdown extensions read (issue 13: CSI 2025's MkDocs site was read as loose files,
its admonition shown as "!!!- Info", its headings' "{#day-1}" as text, its announcement bar lost)."""

from pathlib import Path

from perfm_bot.importing.site_folder import read_site_folder
from perfm_bot.sources.loader import _load_pages
from perfm_bot.sources.workshop_name import workshop_name

SITE = {
    "mkdocs.yml": """site_name: Computational Structural Immunology Symposium
site_url: https://csi.github.io
theme:
  name: 'material'
  custom_dir: overrides
markdown_extensions:
  - attr_list
  - admonition
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
nav:
- About: index.md
- Schedule: schedule.md
""",
    "overrides/main.html": """{% extends "base.html" %}
{% block announce %}
  <p>A warm welcome to all participants! Note that there will be no online streaming.</p>
{% endblock %}
""",
    "docs/index.md": """# CSI2025

!!!- Info "Time, Location & Schedule"
    2-4 September 2025

    Radboudumc Experience Center, Nijmegen

    [Check the detailed schedule](schedule.md#day-1)

!!! warning
    Registration is closed.

[![Byondis](images/byondis.png){ width="20%" }](https://www.byondis.com/)
""",
    "docs/schedule.md": """# Programme

## Day 1: Computational Immunity {#day-1}

Opening at 14:30 in Waalbrug B.
{: .lead }

=== "Day 2"

    Outing at 17:15, starting at Central Station.
""",
}


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_an_mkdocs_site_publishes_its_docs_at_their_urls_titled_by_its_nav(tmp_path: Path):
    write(tmp_path / "pages", SITE)
    pages = {p.permalink: p for p in _load_pages(tmp_path)}
    assert sorted(pages) == ["/", "/schedule/"]
    assert pages["/"].title == "About" and pages["/schedule/"].title == "Schedule"  # the nav's names, not the headings


def test_python_markdown_extensions_are_read_not_shown(tmp_path: Path):
    write(tmp_path / "pages", SITE)
    pages = {p.permalink: p for p in _load_pages(tmp_path)}
    home = "\n".join(b.text for b in pages["/"].parsed.blocks)
    assert "Time, Location & Schedule: 2-4 September 2025" in home and "!!!" not in home  # the title leads its first line
    assert "Warning: Registration is closed." in home  # an untitled admonition: its type is its title
    assert "(schedule/#day-1)" in home  # a page's file linked as its URL
    assert "no online streaming" in home  # the theme's announcement bar, read with the home page
    assert "width" not in home and "{" not in home
    schedule = pages["/schedule/"].parsed.blocks
    opening = next(b for b in schedule if "Opening at 14:30" in b.text)
    assert opening.path[-1].text == "Day 1: Computational Immunity" and opening.path[-1].anchor == "day-1"
    assert any("Outing at 17:15" in b.text for b in schedule)  # a content tab's lines, not code
    assert not any(".lead" in b.text for b in schedule)


def test_the_site_is_named_by_its_site_name_and_its_config_and_overrides_are_imported(tmp_path: Path):
    from perfm_bot.sources.loader import load_knowledge

    write(tmp_path / "k" / "pages", SITE)
    assert workshop_name(load_knowledge(tmp_path / "k")) == "Computational Structural Immunology Symposium"
    taken = {p.path for p in read_site_folder(write(tmp_path / "site", SITE)).pages}
    assert {"mkdocs.yml", "docs/index.md", "docs/schedule.md", "overrides/main.html"} <= taken
