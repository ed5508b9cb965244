"""The URL path of the importer against a real local HTTP server: discovery (sitemaps, links,
robots.txt), what lands where, and re-imports that change only what changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from perfm_bot.importing.crawl import CrawlOptions, crawl
from perfm_bot.importing.fetch import FetchOptions, Fetcher
from perfm_bot.importing.records import BadSource, ImportReport
from perfm_bot.importing.write import MANIFEST, land, read_manifest
from site_server import SiteServer, page, respond, sample_site, snapshot

FAST = FetchOptions(delay=0, timeout=5, allow_private=True)


def run_import(url: str, knowledge: Path, options: CrawlOptions | None = None) -> ImportReport:
    return land(crawl(url, options or CrawlOptions(fetch=FAST)), knowledge / "pages")


def actions(report: ImportReport) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for o in report.outcomes:
        out.setdefault(o.action, []).append(o.path or o.origin)
    return out


def front(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text[4 : text.index("\n---\n", 3)])


def test_link_crawl_stays_under_the_prefix_and_lands_pages_with_their_live_url(server: SiteServer, knowledge: Path):
    report = run_import(server.url + "/ws/", knowledge)
    pages = knowledge / "pages"
    assert sorted(actions(report)["imported"]) == ["cfp.html", "index.html", "speakers.html"]
    assert front(pages / "cfp.html") == {"permalink": server.url + "/ws/cfp/", "imported_from": server.url + "/ws/cfp/"}
    served = (server.root / "ws/cfp/index.html").read_bytes()
    assert (pages / "cfp.html").read_bytes().endswith(served)  # the page itself is kept byte for byte
    assert not server.asked("/other/") and not server.asked("/ws/style.css")  # outside the prefix; an asset
    assert (pages / "perfm-aaai26.md").exists() and "perfm-aaai26.md" not in read_manifest(pages)
    assert set(read_manifest(pages)) == {"cfp.html", "index.html", "speakers.html"}


def test_sitemap_index_finds_pages_no_link_reaches(server: SiteServer, site: Path, knowledge: Path):
    (site / "ws/hidden-gem").mkdir()
    (site / "ws/hidden-gem/index.html").write_text(page("Travel grants", "Apply by May."))
    (site / "ws/sitemap.xml").write_text(
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{server.url}/ws/pages-sitemap.xml</loc></sitemap></sitemapindex>"
    )
    (site / "ws/pages-sitemap.xml").write_text(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{server.url}/ws/hidden-gem/</loc></url><url><loc>{server.url}/other/</loc></url></urlset>"
    )
    report = run_import(server.url + "/ws/", knowledge)
    assert "hidden-gem.html" in actions(report)["imported"]
    assert front(knowledge / "pages/hidden-gem.html")["permalink"] == server.url + "/ws/hidden-gem/"
    assert not server.asked("/other/")  # listed in the sitemap, but outside the prefix


def test_robots_txt_disallow_is_honoured_and_reported(server: SiteServer, site: Path, knowledge: Path):
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /ws/speakers\n")
    report = run_import(server.url + "/ws/", knowledge)
    assert not server.asked("/ws/speakers.html")
    assert not (knowledge / "pages/speakers.html").exists()
    assert any(o.origin.endswith("/ws/speakers.html") and "robots.txt" in o.reason for o in report.outcomes if o.action == "skipped")


def test_reimport_rewrites_only_the_changed_page_and_removes_the_gone_one(server: SiteServer, site: Path, knowledge: Path):
    pages = knowledge / "pages"
    run_import(server.url + "/ws/", knowledge)
    before = {p.name: os.stat(p) for p in pages.iterdir()}
    organizers = {name: (knowledge / name).read_bytes() for name in ("faq.yaml", "dates.yaml", "news.yaml", "out_of_scope.yaml")}
    (site / "ws/cfp/index.html").write_text(page("Call for papers", "Deadline moved to 10 March.", ("../",)))

    report = run_import(server.url + "/ws/", knowledge)
    assert actions(report) == {"updated": ["cfp.html"], "unchanged": ["index.html", "speakers.html"]}
    assert b"10 March" in (pages / "cfp.html").read_bytes()
    after = {p.name: os.stat(p) for p in pages.iterdir()}
    assert after["cfp.html"].st_ino != before["cfp.html"].st_ino  # replaced (atomically), not edited in place
    for name in ("index.html", "speakers.html", "perfm-aaai26.md"):
        assert (after[name].st_ino, after[name].st_mtime_ns) == (before[name].st_ino, before[name].st_mtime_ns)

    (site / "ws/speakers.html").unlink()
    (site / "ws/index.html").write_text(page("Workshop", "Welcome.", ("cfp/", "speakers.html")))  # now a dead link
    report = run_import(server.url + "/ws/", knowledge)
    assert actions(report)["removed"] == ["speakers.html"]
    assert not (pages / "speakers.html").exists() and set(read_manifest(pages)) == {"cfp.html", "index.html"}
    assert (pages / "perfm-aaai26.md").exists()
    assert {name: (knowledge / name).read_bytes() for name in organizers} == organizers


def test_a_second_run_with_nothing_changed_writes_nothing(server: SiteServer, knowledge: Path):
    run_import(server.url + "/ws/", knowledge)
    before = snapshot(knowledge)
    manifest_stat = os.stat(knowledge / "pages" / MANIFEST)
    report = run_import(server.url + "/ws/", knowledge)
    assert not report.written and report.count("unchanged") == 3
    assert snapshot(knowledge) == before and os.stat(knowledge / "pages" / MANIFEST).st_mtime_ns == manifest_stat.st_mtime_ns


def test_a_page_that_fails_for_now_is_kept_and_a_truncated_crawl_removes_nothing(server: SiteServer, knowledge: Path):
    run_import(server.url + "/ws/", knowledge)
    server.routes["/ws/speakers.html"] = respond(b"oops", status=503)
    report = run_import(server.url + "/ws/", knowledge)
    assert (knowledge / "pages/speakers.html").exists() and actions(report)["kept"] == ["speakers.html"]

    del server.routes["/ws/speakers.html"]
    report = run_import(server.url + "/ws/", knowledge, CrawlOptions(fetch=FAST, max_pages=1))
    assert report.count("removed") == 0 and set(read_manifest(knowledge / "pages")) == {"cfp.html", "index.html", "speakers.html"}
    assert any("--max-pages" in note for note in report.notes)


def test_redirects_inside_the_prefix_are_followed_and_outside_it_skipped(server: SiteServer, site: Path, knowledge: Path):
    from site_server import redirect

    (site / "ws/index.html").write_text(page("Workshop", "", ("old-cfp/", "elsewhere/")))
    server.routes["/ws/old-cfp/"] = redirect("/ws/cfp/", 301)
    server.routes["/ws/elsewhere/"] = redirect("/other/")
    report = run_import(server.url + "/ws/", knowledge)
    assert front(knowledge / "pages/cfp.html")["permalink"] == server.url + "/ws/cfp/"  # cited where it now lives
    assert not server.asked("/other/")
    skipped = {o.origin: o.reason for o in report.outcomes if o.action == "skipped"}
    assert "redirects outside the site" in skipped[server.url + "/ws/elsewhere/"]


def test_an_oversized_page_past_the_base_is_skipped_with_its_reason(server: SiteServer, site: Path, knowledge: Path):
    (site / "ws/speakers.html").write_text(page("Speakers", "x" * 40_000))
    options = CrawlOptions(fetch=FetchOptions(delay=0, timeout=5, max_bytes=20_000, allow_private=True))
    report = run_import(server.url + "/ws/", knowledge, options)
    assert sorted(actions(report)["imported"]) == ["cfp.html", "index.html"]
    assert any("too large" in o.reason for o in report.outcomes if o.origin.endswith("speakers.html"))


def test_private_addresses_are_refused_unless_allowed_and_nothing_is_asked(server: SiteServer):
    with pytest.raises(BadSource, match="loopback, link-local or private"):
        crawl(server.url + "/ws/", CrawlOptions(fetch=FetchOptions(delay=0, allow_private=False)))
    assert server.requests == []


def test_requests_are_spaced_by_the_delay_and_robots_crawl_delay(server: SiteServer, site: Path):
    pauses: list[float] = []
    fetcher = Fetcher(FetchOptions(delay=0.25, timeout=5, allow_private=True), sleep=pauses.append)
    harvest = crawl(server.url + "/ws/", fetcher=fetcher)
    fetcher.close()
    assert len(harvest.pages) == 3 and len(pauses) == len(server.requests) - 1
    assert all(0.2 < p <= 0.25 for p in pauses)

    (site / "robots.txt").write_text("User-agent: *\nCrawl-delay: 2\n")
    pauses.clear()
    fetcher = Fetcher(FetchOptions(delay=0.25, timeout=5, allow_private=True), sleep=pauses.append)
    crawl(server.url + "/ws/", fetcher=fetcher)
    fetcher.close()
    assert pauses and all(1.9 < p <= 2 for p in pauses)  # robots.txt is read first, so every later request waits


def test_progress_counts_every_queued_page(server: SiteServer):
    class Recorder:
        total = steps = 0

        def grow(self, n: int) -> None:
            self.total += n

        def step(self, url: str) -> None:
            self.steps += 1

    progress = Recorder()
    crawl(server.url + "/ws/", CrawlOptions(fetch=FAST), progress=progress)
    assert progress.total == progress.steps == 3


def test_a_page_in_another_encoding_is_converted_to_utf8(server: SiteServer, site: Path, knowledge: Path):
    server.routes["/ws/speakers.html"] = respond("<html><body>Zürich café</body></html>".encode("latin-1"), "text/html; charset=iso-8859-1")
    report = run_import(server.url + "/ws/", knowledge)
    assert "Zürich café" in (knowledge / "pages/speakers.html").read_text(encoding="utf-8")
    assert any("converted from iso-8859-1" in o.reason for o in report.outcomes if o.path == "speakers.html")


def test_a_built_real_site_is_read_through_its_links():
    """The hand-written BrainBodyFM site (four full HTML documents, Bootstrap nav) served as published."""
    running = SiteServer(sample_site("html-brainbodyfm-neurips2025")).start()
    try:
        harvest = crawl(running.url + "/", CrawlOptions(fetch=FAST))
    finally:
        running.stop()
    assert sorted(p.path for p in harvest.pages) == ["call-for-demos.html", "call-for-papers.html", "index.html", "travel-awards.html"]


def test_a_pages_own_script_is_imported_beside_it_and_its_data_read(server: SiteServer, site: Path, knowledge: Path):
    """USRW's dates live in the config.js its page loads: the crawl takes that script (not a
    commented-out one, not another origin's) and lands it where the page reader looks."""
    (site / "ws/2026").mkdir()
    (site / "ws/2026/index.html").write_text(
        '<html><body><h1>USRW 2026</h1><table data-render="dates"></table><script src="config.js"></script>'
        '<!-- <script src="old.js"></script> --><script src="https://cdn.example.com/lib.js"></script></body></html>',
        encoding="utf-8",
    )
    (site / "ws/2026/config.js").write_text(
        'const DATA = { importantDates: [{ label: "Author notification", date: "August 14, 2026" }] };', encoding="utf-8"
    )
    (site / "ws/2026/old.js").write_text('const DATA = { d: [{ label: "Old", date: "July 1, 2026" }] };', encoding="utf-8")
    report = run_import(server.url + "/ws/2026/", knowledge)
    pages = knowledge / "pages"
    assert sorted(actions(report)["imported"]) == ["config.js", "index.html"]
    assert (pages / "config.js").read_bytes() == (site / "ws/2026/config.js").read_bytes()  # as served
    assert not server.asked("/ws/2026/old.js")
    from perfm_bot.sources.loader import _load_pages

    texts = [b.text for p in _load_pages(knowledge) for b in p.parsed.blocks]
    assert "Author notification — August 14, 2026" in texts
