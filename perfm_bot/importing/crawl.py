"""Reading a published site: every page under the base URL's prefix, found through its sitemaps
and its links, fetched politely and within ``robots.txt``.

The base URL is checked first (robots.txt, then the page itself): any problem there is a
``BadSource`` and the import stops before anything is written. Past the base, a page that cannot
be taken is skipped with its reason and the crawl goes on.
"""

from __future__ import annotations

import hashlib
from collections import deque
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urljoin
from urllib.robotparser import RobotFileParser

from perfm_bot.importing.discover import Scope, landing_path, normalize, page_links, parse_sitemap, script_landing
from perfm_bot.importing.fetch import HTML_TYPES, MARKDOWN_TYPES, FetchOptions, Fetched, Fetcher, FetchProblem
from perfm_bot.importing.landing import as_utf8, landing_html, landing_markdown
from perfm_bot.importing.records import BadSource, Harvest, LandingPage, Tally
from perfm_bot.sources.script_text import local_script_srcs

MAX_SITEMAPS = 50
MAX_CRAWL_DELAY = 10.0  # a robots.txt Crawl-delay is honoured up to this many seconds
ROBOTS_MAX_BYTES = 512 * 1024


@dataclass(frozen=True)
class CrawlOptions:
    fetch: FetchOptions = field(default_factory=FetchOptions)
    max_pages: int = 300  # pages requested, the base included; a workshop site has a few dozen


class Progress(Protocol):
    def grow(self, n: int) -> None: ...  # n more pages are queued

    def step(self, url: str) -> None: ...  # one page is done


class NoProgress:
    def grow(self, n: int) -> None:
        pass

    def step(self, url: str) -> None:
        pass


def crawl(
    base_url: str,
    options: CrawlOptions = CrawlOptions(),
    fetcher: Fetcher | None = None,
    progress: Progress | None = None,
) -> Harvest:
    """Read the site at ``base_url`` into a Harvest (nothing is written); BadSource if it cannot be."""
    base = normalize(base_url)
    if base is None:
        raise BadSource(f"{base_url}: not a site's address (expected http:// or https://, without a ?query)")
    own = fetcher is None
    fetcher = fetcher or Fetcher(options.fetch)
    try:
        return _Crawl(base, options, fetcher, progress or NoProgress()).run()
    finally:
        if own:
            fetcher.close()


class _Crawl:
    def __init__(self, base: str, options: CrawlOptions, fetcher: Fetcher, progress: Progress) -> None:
        self.base, self.options, self.fetcher, self.progress = base, options, fetcher, progress
        self.tally = Tally()
        self.robots: dict[str, RobotFileParser] = {}
        self.pages: list[LandingPage] = []
        self.by_path: dict[str, str] = {}  # landing path -> the URL that took it
        self.by_hash: dict[str, str] = {}  # content hash -> the URL that took it
        self.seen: set[str] = set()
        self.queue: deque[str] = deque()
        self.unreachable: set[str] = set()
        self.requested = 0

    def run(self) -> Harvest:
        agent = self.options.fetch.user_agent
        if not self._robots(self.base).can_fetch(agent, self.base):
            raise BadSource(f"cannot import {self.base}: the site's robots.txt does not allow this page to be read")
        first = self.fetcher.get(self.base)  # the operator's URL: its redirects are followed anywhere
        self.requested += 1
        if isinstance(first, FetchProblem):
            raise BadSource(f"cannot import {self.base}: {first.reason}")
        final = normalize(first.url) or self.base
        self.scope = Scope.of(final)
        asked = Scope.of(self.base).origin
        if self.scope.origin != asked and self.scope.origin != asked.replace("http://", "https://", 1):
            # Another origin (host, port or scheme; only the upgrade to https is the same site) is
            # another site: importing it under this name would cite pages the operator never named.
            raise BadSource(
                f"cannot import {self.base}: it redirects to {final}, another site than {asked}; nothing was "
                f"imported. If that is the workshop's site, import {final} instead"
            )
        if final != self.base:
            if final != self.base + "/":  # /ws -> /ws/ is how every server names a folder: not news
                    self.tally.notes.append(f"{self.base} redirects to {final}: importing the pages under {self.scope.base}")
            if not self._robots(final).can_fetch(agent, final):
                raise BadSource(f"cannot import {self.base}: it redirects to {final}, which the site's robots.txt does not allow")
        self.seen.update({self.base, final})
        self._enqueue(self._sitemap_pages())
        self.progress.grow(1)
        self._take(final, first)
        if not self.pages:
            reason = self.tally.skipped[-1].reason if self.tally.skipped else "nothing to import"
            raise BadSource(f"cannot import {self.base}: {reason}")
        while self.queue:
            if self.requested >= self.options.max_pages:
                self.tally.notes.append(
                    f"stopped at {self.options.max_pages} pages (--max-pages) with {len(self.queue)} more found; "
                    "pages from an earlier import that were not reached are kept"
                )
                break
            url = self.queue.popleft()
            if not self._robots(url).can_fetch(agent, url):
                self.tally.skip(url, "robots.txt does not allow it")
                self.progress.step(url)
                continue
            self._fetch_and_take(url)
        return Harvest(
            source=self.base,
            pages=tuple(self.pages),
            skipped=tuple(self.tally.skipped),
            unreachable=frozenset(self.unreachable),
            complete=not self.queue,
            notes=tuple(self.tally.notes),
        )

    def _fetch_and_take(self, url: str) -> None:
        accept = HTML_TYPES + (MARKDOWN_TYPES if url.lower().endswith((".md", ".markdown")) else ())
        result = self.fetcher.get(url, accept=accept, in_scope=self.scope.__contains__)
        self.requested += 1
        if isinstance(result, FetchProblem):
            if result.kind == "transient":
                self.unreachable.add(url)
                self.tally.skip(url, result.reason + " (an earlier copy, if any, is kept)")
            else:
                self.tally.skip(url, result.reason)
            self.progress.step(url)
            return
        final = normalize(result.url) or url
        if final != url and final in self.seen:
            self.tally.skip(url, f"redirects to {final}, already imported")
            self.progress.step(url)
            return
        self.seen.add(final)
        self._take(final, result)

    def _take(self, url: str, fetched: Fetched) -> None:
        """Keep one fetched page (and queue its links), or say why not."""
        self.progress.step(url)
        converted = as_utf8(fetched.body, fetched.charset)
        if converted is None:
            self.tally.skip(url, f"not readable text (charset {fetched.charset or 'unknown'})")
            return
        body, note = converted
        is_html = fetched.content_type in HTML_TYPES
        if is_html:
            self._enqueue(page_links(body.decode("utf-8"), url))
        path = landing_path(url, self.scope)
        if path is None:
            self.tally.skip(url, "its address cannot be a safe file name (a hidden or '..' part)")
            return
        if path in self.by_path:
            self.tally.skip(url, f"would land in the same file as {self.by_path[path]}")
            return
        digest = hashlib.sha256(body).hexdigest()
        if digest in self.by_hash:
            self.tally.skip(url, f"same content as {self.by_hash[digest]}")
            return
        self.by_path[path], self.by_hash[digest] = url, url
        content = landing_html(url, body) if is_html else landing_markdown(url, body)
        self.pages.append(LandingPage(path, content, origin=url, url=url, note=note))
        if is_html:
            self._take_scripts(url, path, body.decode("utf-8"))

    def _take_scripts(self, url: str, path: str, html: str) -> None:
        """The site's own scripts the page loads (a ``config.js`` holding its dates), landed where
        the page reader looks for them beside the landed page, as they are served."""
        for src in local_script_srcs(html):
            script_url = normalize(urljoin(url, src), asset=True)
            target = script_landing(path, src)
            if script_url is None or target is None or script_url not in self.scope or target in self.by_path:
                continue
            if not self._robots(script_url).can_fetch(self.options.fetch.user_agent, script_url):
                self.tally.skip(script_url, "robots.txt does not allow it")
                continue
            result = self.fetcher.get(script_url, accept=None, in_scope=self.scope.__contains__)
            self.requested += 1
            if isinstance(result, FetchProblem):
                self.tally.skip(script_url, result.reason)
                continue
            self.by_path[target] = script_url
            self.pages.append(LandingPage(target, result.body, origin=script_url))

    def _enqueue(self, urls: list[str]) -> None:
        fresh = [u for u in urls if u not in self.seen and u in self.scope]
        self.seen.update(fresh)
        self.queue.extend(fresh)
        if fresh:
            self.progress.grow(len(fresh))

    def _robots(self, url: str) -> RobotFileParser:
        """The robots.txt rules of ``url``'s host, read once per host."""
        scope = Scope.of(url)
        if scope.origin in self.robots:
            return self.robots[scope.origin]
        robots_url = scope.origin + "/robots.txt"
        parser = RobotFileParser(robots_url)
        result = self.fetcher.get(robots_url, accept=None, max_bytes=ROBOTS_MAX_BYTES)
        if isinstance(result, Fetched):
            parser.parse(result.body.decode("utf-8", "replace").splitlines())
        elif result.reason.startswith(("HTTP 401", "HTTP 403")):
            parser.disallow_all = True  # urllib.robotparser's reading of a robots.txt behind a login
        elif result.kind == "missing" or result.reason.startswith("HTTP 4"):
            parser.allow_all = True  # no robots.txt: everything may be read
        else:
            raise BadSource(f"cannot import {self.base}: {result.reason}")
        delay = parser.crawl_delay(self.options.fetch.user_agent)
        if delay is not None and float(delay) > self.fetcher.delay:
            self.fetcher.delay = min(float(delay), MAX_CRAWL_DELAY)
            self.tally.notes.append(f"robots.txt asks for {delay} s between requests: waiting {self.fetcher.delay:g} s")
        self.robots[scope.origin] = parser
        return parser

    def _sitemap_pages(self) -> list[str]:
        """Page URLs under the prefix from the site's sitemaps (robots.txt's, then the usual places)."""
        parser = self.robots[self.scope.origin]
        pending = deque(dict.fromkeys([*(parser.site_maps() or []), self.scope.base + "sitemap.xml", self.scope.origin + "/sitemap.xml"]))
        done: set[str] = set()
        pages: list[str] = []
        outside = 0
        while pending and len(done) < MAX_SITEMAPS:
            url = pending.popleft()
            if url in done or Scope.of(url).origin != self.scope.origin:
                continue
            done.add(url)
            result = self.fetcher.get(url, accept=None)
            if isinstance(result, FetchProblem):
                continue  # most sites have no sitemap at one of the usual places: the links remain
            sitemap = parse_sitemap(result.body, self.options.fetch.max_bytes)
            if sitemap is None:
                continue
            pending.extend(sitemap.sitemaps)
            for loc in sitemap.pages:
                page = normalize(loc)
                if page and page in self.scope:
                    pages.append(page)
                else:
                    outside += 1
            if sitemap.pages:
                self.tally.notes.append(f"sitemap {url}: {len(sitemap.pages)} pages listed")
        if outside:
            self.tally.notes.append(f"the sitemaps list {outside} addresses that are not pages under {self.scope.base}: not imported")
        return pages

