"""The pure parts of the crawl: scope, URL normalisation, where a URL lands, sitemaps and links."""

from __future__ import annotations

import gzip

import pytest
import yaml

from perfm_bot.importing.discover import Scope, landing_path, normalize, page_links, parse_sitemap
from perfm_bot.importing.landing import landing_markdown


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("https://x.org/ws/", "index.html"),
        ("https://x.org/ws/index.html", "index.html"),
        ("https://x.org/ws/cfp/", "cfp.html"),
        ("https://x.org/ws/cfp/index.html", "cfp.html"),
        ("https://x.org/ws/travel-awards", "travel-awards.html"),
        ("https://x.org/ws/2026/program.html", "2026/program.html"),
        ("https://x.org/ws/notes.md", "notes.md"),
        ("https://x.org/ws/caf%C3%A9/", "café.html"),
        ("https://x.org/ws/.git/config", None),
        ("https://x.org/ws/a/%2E%2E/b", None),
    ],
)
def test_where_a_page_lands(url: str, path: str | None):
    assert landing_path(url, Scope.of("https://x.org/ws/")) == path


def test_scope_is_the_base_folder_on_the_same_origin():
    scope = Scope.of("https://X.org:443/ws")
    assert scope.base == "https://x.org/ws/"
    assert "https://x.org/ws/cfp/" in scope and "https://x.org/ws" in scope
    assert "https://x.org/wsx/" not in scope and "http://x.org/ws/" not in scope and "https://y.org/ws/" not in scope
    assert Scope.of("https://x.org/ws/index.html").base == "https://x.org/ws/"


def test_normalize_drops_fragments_and_refuses_queries_assets_and_other_schemes():
    assert normalize("HTTPS://X.org:443/a/#top") == "https://x.org/a/"
    assert normalize("http://x.org:8080") == "http://x.org:8080/"
    assert [normalize(u) for u in ("https://x.org/?p=1", "https://x.org/logo.PNG", "ftp://x.org/", "mailto:a@b")] == [None] * 4


def test_links_honour_base_href_and_meta_refresh_and_come_once():
    html = (
        '<html><head><base href="https://x.org/ws/"><meta http-equiv="refresh" content="0; url=new/"></head>'
        '<body><a href="cfp/">a</a><a href="cfp/#x">b</a><a href="mailto:a@b">c</a><a href="#top">d</a></body></html>'
    )
    assert page_links(html, "https://x.org/elsewhere/page") == ["https://x.org/ws/new/", "https://x.org/ws/cfp/"]


def test_sitemaps_plain_gzipped_and_index_and_no_entities():
    urlset = b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://x.org/a/ </loc></url></urlset>'
    assert parse_sitemap(urlset, 10_000).pages == ("https://x.org/a/",)
    assert parse_sitemap(gzip.compress(urlset), 10_000).pages == ("https://x.org/a/",)
    assert parse_sitemap(gzip.compress(urlset * 100), 1000) is None  # over the cap once unzipped
    index = b"<sitemapindex><sitemap><loc>https://x.org/s2.xml</loc></sitemap></sitemapindex>"
    assert parse_sitemap(index, 10_000).sitemaps == ("https://x.org/s2.xml",)
    bomb = b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY a "aaaa">]><urlset><url><loc>&a;</loc></url></urlset>'
    assert parse_sitemap(bomb, 10_000) is None and parse_sitemap(b"<html></html>", 10_000) is None


def test_a_served_markdown_pages_own_front_matter_gives_way_to_the_live_url():
    body = b"---\ntitle: CFP\npermalink: /cfp/\n---\n# Call\n"
    text = landing_markdown("https://x.org/ws/cfp.md", body).decode()
    meta = yaml.safe_load(text.split("---\n")[1])
    assert meta == {"permalink": "https://x.org/ws/cfp.md", "imported_from": "https://x.org/ws/cfp.md", "title": "CFP"}
    assert text.endswith("\n---\n# Call\n")
    assert landing_markdown("https://x.org/a.md", b"# Bare\n").decode().startswith("---\npermalink: https://x.org/a.md\n")


def test_a_malformed_address_is_not_a_page_rather_than_an_error():
    assert normalize("http://[::1") is None  # urlsplit raises "Invalid IPv6 URL" on it
    assert normalize("https://example.org:99999/") is None
    assert normalize("https://example.org/cfp/") == "https://example.org/cfp/"
