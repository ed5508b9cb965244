"""A Sphinx site's reStructuredText pages read as published (issue 13): tables row by row, raw
HTML files included from beside the page, Sphinx roles as their text, navigation and comments
dropped, no file read from outside the site, and conf.py's title as the site's."""

from pathlib import Path

from perfm_bot.sources.loader import _load_pages
from perfm_bot.sources.site_tree import find_sites, load_site_config

INDEX = """Test-Time Adaptation Workshop
=============================

The workshop takes place on **July 18, 2025** in West Meeting Room 220-222. See :doc:`the call <call>`.

.. toctree::
   :hidden:

   call

Important Dates
---------------

.. csv-table::
   :file: dates.csv
   :header-rows: 1

Speakers
--------

.. raw:: html
   :file: speakers.html

.. Old deadline: May 19, 2025.
"""


def site(tmp_path: Path, call: str) -> Path:
    source = tmp_path / "pages" / "docs" / "source"
    source.mkdir(parents=True)
    (source / "conf.py").write_text('project = "tta"\nhtml_title = "TTA Workshop @ ICML 2025"  # shown in the browser\n')
    (source / "index.rst").write_text(INDEX)
    (source / "call.rst").write_text(call)
    (source / "dates.csv").write_text('Event,Date\nPaper deadline,"May 26, 2025 (AoE)"\nNotification,"June 9, 2025"\n')
    (source / "speakers.html").write_text('<div><div class="p"><b>Ada Lovelace</b><p>Analytical Society</p></div>'
                                          '<div class="p"><b>Alan Turing</b><p>Bletchley</p></div></div>')
    (tmp_path / "secret.txt").write_text("SECRET-TOKEN")
    return tmp_path


def test_a_sphinx_page_reads_its_tables_included_files_and_roles_as_published(tmp_path: Path):
    pages = {p.slug: p for p in _load_pages(site(tmp_path, "Call for Papers\n===============\n\nUp to 4 pages.\n"))}
    index = pages["docs-source"]
    texts = [b.text for b in index.parsed.blocks]
    assert "Paper deadline — May 26, 2025 (AoE)" in texts and "Notification — June 9, 2025" in texts
    assert "Ada Lovelace — Analytical Society" in texts
    assert any("July 18, 2025" in t and "See the call." in t for t in texts)
    assert not any("May 19" in t or "toctree" in t or ":doc:" in t or "**" in t for t in texts)
    dates = next(b for b in index.parsed.blocks if b.text.startswith("Paper deadline"))
    assert dates.path[-1].anchor == "important-dates"  # docutils' id, the one Sphinx publishes
    assert index.permalink == "/" and pages["docs-source-call"].permalink == "/call.html"
    assert [s.config.get("title") for s in map(lambda s: load_site_config(s)[0], find_sites(tmp_path / "pages")) if s.generator == "sphinx"] == [
        "TTA Workshop @ ICML 2025"
    ]


def test_a_page_that_includes_a_file_outside_its_site_includes_nothing(tmp_path: Path):
    call = "Call for Papers\n===============\n\nUp to 4 pages.\n\n.. include:: ../../../secret.txt\n"
    pages = {p.slug: p for p in _load_pages(site(tmp_path, call))}
    texts = " ".join(b.text for b in pages["docs-source-call"].parsed.blocks)
    assert "Up to 4 pages." in texts and "SECRET" not in texts
