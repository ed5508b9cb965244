"""Fixtures for the importer: a site folder served over a real local HTTP server, and a knowledge
folder with the organizers' own files beside the pages, to prove an import never touches them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from site_server import SiteServer, page

SHIPPED_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A small workshop site under /ws/ (links only, no sitemap), and a page outside the prefix."""
    root = tmp_path / "www"
    files = {
        "ws/index.html": page("Workshop", "Welcome.", ("cfp/", "speakers.html", "/other/", "style.css", "https://example.org/", "mailto:a@b.c")),
        "ws/cfp/index.html": page("Call for papers", "Deadline 3 March.", ("../", "../speakers.html#top")),
        "ws/speakers.html": page("Speakers", "Ada Lovelace.", ("cfp/",)),
        "ws/style.css": "body{}",
        "other/index.html": page("Someone else's site"),
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def server(site: Path) -> Iterator[SiteServer]:
    running = SiteServer(site).start()
    yield running
    running.stop()


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(SHIPPED_KNOWLEDGE, target)
    return target
