"""Finding a site's pages, as pure functions of text: the site's prefix and what lies under it,
the ``<loc>`` entries of a sitemap (or a sitemap index), the links of an HTML page, and the file a
page URL lands in. No network here: ``crawl`` fetches, these read.
"""

from __future__ import annotations

import gzip
import io
import posixpath
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

# Links to these are never pages; not even asked for (saves a request each, and the report's noise).
ASSET_SUFFIXES = frozenset(
    ".png .jpg .jpeg .gif .svg .webp .ico .bmp .tif .tiff .avif .css .js .mjs .map .json .xml .txt .csv "
    ".woff .woff2 .ttf .otf .eot .pdf .zip .gz .tgz .tar .bz2 .7z .mp4 .webm .mov .mp3 .wav .ogg "
    ".ppt .pptx .doc .docx .xls .xlsx .ics .bib .tex .py .ipynb .rss .atom".split()
)
PAGE_SUFFIXES = (".html", ".htm", ".md", ".markdown")


@dataclass(frozen=True)
class Scope:
    """The pages of one site: same scheme, host and port, path at or under the prefix's folder."""

    origin: str  # scheme://host[:port]
    prefix: str  # a path ending in "/"

    @classmethod
    def of(cls, url: str) -> Scope:
        """``https://x.org/ws/`` and ``https://x.org/ws`` cover ``/ws/...``; ``https://x.org/ws/index.html``
        covers its folder ``/ws/...``."""
        parts = urlsplit(normalize(url) or url)
        path = parts.path or "/"
        if not path.endswith("/"):
            last = path.rsplit("/", 1)[1]
            path = path.rsplit("/", 1)[0] + "/" if "." in last else path + "/"
        return cls(f"{parts.scheme}://{parts.netloc}", path)

    @property
    def base(self) -> str:
        return self.origin + self.prefix

    def __contains__(self, url: str) -> bool:
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != self.origin:
            return False
        path = parts.path or "/"
        return path.startswith(self.prefix) or path + "/" == self.prefix


def normalize(url: str, asset: bool = False) -> str | None:
    """A comparable page URL (fragment dropped, scheme and host lower case, default port dropped),
    or None for what is not a plain http(s) page: other schemes, a query string, an asset (unless
    ``asset``: a script a page loads), or a malformed address (``http://[::1``: one bad link on a
    page must not stop the crawl)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or parts.query:
        return None
    scheme = parts.scheme.lower()
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    default = {"http": 80, "https": 443}[scheme]
    try:
        port = parts.port
    except ValueError:
        return None
    netloc = host if port in (None, default) else f"{host}:{port}"
    path = parts.path or "/"
    if not asset and posixpath.splitext(path.lower())[1] in ASSET_SUFFIXES:
        return None
    return urlunsplit((scheme, netloc, path, "", ""))


class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "base" and values.get("href") and self.base is None:
            self.base = values["href"]
        elif tag in ("a", "area") and values.get("href"):
            self.hrefs.append(values["href"])
        elif tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            # jekyll-redirect-from and hand-made moves: "0; url=/new/"
            _, _, target = values.get("content", "").partition("=")
            if target.strip():
                self.hrefs.append(target.strip().strip("'\""))


def page_links(html: str, page_url: str) -> list[str]:
    """The normalized absolute URLs a page links to, in document order, without repeats."""
    parser = _LinkParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; a page it chokes on just yields no more links
        pass
    base = urljoin(page_url, parser.base) if parser.base else page_url
    seen: dict[str, None] = {}
    for href in parser.hrefs:
        if href.startswith(("mailto:", "javascript:", "tel:", "#", "data:")):
            continue
        url = normalize(urljoin(base, href))
        if url:
            seen.setdefault(url, None)
    return list(seen)


@dataclass(frozen=True)
class Sitemap:
    pages: tuple[str, ...]
    sitemaps: tuple[str, ...]  # nested sitemaps, when this is a sitemap index


def parse_sitemap(body: bytes, max_bytes: int) -> Sitemap | None:
    """The ``<loc>`` URLs of a sitemap or sitemap index (gzipped or not), or None if it is not one."""
    if body[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(body)) as unzipped:
                body = unzipped.read(max_bytes + 1)
        except (OSError, EOFError):
            return None
        if len(body) > max_bytes:
            return None
    if b"<!DOCTYPE" in body[:1024].upper() or b"<!ENTITY" in body:
        return None  # a sitemap declares no entities; one that does is not read (no entity expansion games)
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError:
        return None
    kind = root.tag.rsplit("}", 1)[-1]
    if kind not in ("urlset", "sitemapindex"):
        return None
    locs = tuple((el.text or "").strip() for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "loc" and (el.text or "").strip())
    return Sitemap(locs, ()) if kind == "urlset" else Sitemap((), locs)


def _safe_segments(segments: list[str]) -> bool:
    """Path parts that stay a plain file name: no empty, '.', '..' or hidden part, no backslash or NUL."""
    return not any(s in ("", ".", "..") or s.startswith(".") or "\\" in s or "\0" in s for s in segments)


def script_landing(page_path: str, src: str) -> str | None:
    """Where a script a landed page loads lands: where the page reader looks for it, beside the
    landed page (``src="js/config.js"`` of ``2026.html`` -> ``js/config.js``), or from the pages
    folder for a site-absolute ``src``. None when that would leave the folder or name a hidden file."""
    joined = src.lstrip("/") if src.startswith("/") else posixpath.join(posixpath.dirname(page_path), src)
    target = posixpath.normpath(unquote(joined))
    segments = target.split("/")
    if target.startswith("..") or not _safe_segments(segments):
        return None
    return target


def landing_path(url: str, scope: Scope) -> str | None:
    """Where a page of the site lands under ``knowledge/pages/``: ``/`` -> ``index.html``,
    ``/cfp/`` and ``/cfp/index.html`` -> ``cfp.html`` (a file named for the page reads better as a
    fallback title than ``index``), ``/a/b.html`` -> ``a/b.html``, a served ``.md`` keeps its name.
    None for a path that cannot be a file name safely (``..``, hidden names)."""
    path = unquote(urlsplit(url).path or "/")
    relative = path[len(scope.prefix) :] if path.startswith(scope.prefix) else ""
    last = relative.rsplit("/", 1)[-1]
    if last.lower() in ("index.html", "index.htm"):
        relative = relative[: len(relative) - len(last)]
    relative = relative.rstrip("/")
    if not relative:
        return "index.html"
    segments = relative.split("/")
    if not _safe_segments(segments):
        return None
    if not relative.lower().endswith(PAGE_SUFFIXES):
        relative += ".html"
    return relative
