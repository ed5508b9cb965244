"""A page's name when its ``<title>`` is the site's: the label the site's own links give it.

Hand-written and Vite sites often copy one ``<title>ICC 2025 Workshop</title>`` into every
page, so "organizers.html" and "schedule.html" were both "ICC 2025 Workshop", and a page of
biographies under no "Organizers" heading was nobody's organizers. The visitor knows the page by
the menu entry that led there ("Organizers"); so does the reader, once every page of a site
shares a title. Pure: pages and their links in, pages out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from perfm_bot.sources.orphans import link_path
from perfm_bot.sources.records import Page

Link = tuple[str, str]  # (href as written, label)

_MAX_LABEL = 40  # characters: a menu entry, not a sentence that happens to be a link


def page_links(html: str) -> list[Link]:
    """Every link of an HTML page with a short label of words, menus included (they name pages)."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    links = []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        label = " ".join((a.text_content() or "").split())
        if href and 2 <= len(label) <= _MAX_LABEL and re.search(r"[^\W\d_]{2}", label) and "://" not in label:
            links.append((href, label))
    return links


def named_by_links(pages: Iterable[tuple[Page, list[Link]]]) -> list[Page]:
    """The pages (of one site) with a title two or more pages of their folder share renamed by the
    label the site's links most often give them; the home page keeps the site's title, and a page
    no link names keeps its own."""
    pages = list(pages)
    # one folder's pages only: "Call for Papers" at /cfp/ and at /neurips2023/cfp/ are two editions' own
    shared = {key for key, n in Counter(_shared_key(page) for page, _ in pages).items() if n >= 2}
    if not shared:
        return [page for page, _ in pages]
    labels: dict[str, Counter[str]] = {}
    for page, links in pages:
        for href, label in links:
            target = _target(page.permalink, href)
            if target is not None and target != link_path(page.permalink):
                labels.setdefault(target, Counter())[label] += 1
    out = []
    for page, _ in pages:
        found = labels.get(link_path(page.permalink))
        label = found.most_common(1)[0][0] if found else None
        keep = _shared_key(page) not in shared or page.permalink == "/" or label is None or label == page.title
        out.append(page if keep else replace(page, title=label))
    return out


def _shared_key(page: Page) -> tuple[str, str]:
    return page.title, link_path(page.permalink).rpartition("/")[0]


def _target(permalink: str, href: str) -> str | None:
    """The site path a link leads to (as ``orphans`` names pages: "/organizers.html",
    "organizers" and "/organizers/index.html" are one), or None when it leaves the site or stays
    on its page."""
    if href.startswith(("#", "mailto:", "javascript:", "tel:")):
        return None
    parts = urlsplit(urljoin("http://site" + (permalink or "/"), href))
    return link_path(parts.path) if parts.netloc == "site" else None
