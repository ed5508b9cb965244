"""Pages a site keeps but no visitor can reach: no link, menu entry or navigation flag points at them.

A site's repository outlives its pages' place in it: a template's placeholder pages (`contact.html`
with a made-up address), a schedule taken out of the menu, a venue page left from an earlier event.
Their files are still there, and a generator may still build them, but nothing on the site leads to
them; read as pages, they answer with text nobody publishes. A page counts as reached when a visitor
can get there from the home page: a layout, include, menu or data file links to it (an ``href``, a
Markdown link, a ``url:``), its front matter puts it in the navigation (Jekyll themes' ``nav: true``,
Hugo's ``menu:``), or a page reached itself links to it; a link from an unreached page does not count
(a template's contact page linked only from its equally unreached speakers page). Links in comments
do not count. Posts, collections and Hugo's pages inside sections are listed by their
section's page, so only a site's standalone pages are judged; and a site whose pages link to none of
them builds its navigation some other way (a script), so there nothing is judged at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from perfm_bot.core.errors import KnowledgeError
from perfm_bot.sources.front_matter import split_front_matter

EVIDENCE_SUFFIXES = (".md", ".markdown", ".mdx", ".html", ".htm", ".yml", ".yaml", ".toml", ".json", ".js", ".jsx", ".liquid", ".rst", ".qmd")
MAX_EVIDENCE_BYTES = 2 * 1024 * 1024
_SKIPPED = frozenset({"node_modules", "vendor", "_site", "public", ".git"})
_COMMENTS = re.compile(r"<!--.*?-->|\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}|\{\{/\*.*?\*/\}\}", re.S)
_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
_EXTERNAL = re.compile(r"^(?:[a-z]+:|//)", re.I)  # another site, mail, a script
_TARGETS = (
    re.compile(r"""\bhref\s*=\s*["']?([^"'\s>#?]+)""", re.I),
    re.compile(r"\]\(\s*<?([^)\s>#?]+)"),  # Markdown links
    re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*<?([^\s>#?]+)", re.M),  # and their references: "[cfp]: /cfp/"
    re.compile(r"""\b(?:url|link|href|path|pageref|page)\s*[:=]\s*["']?([^"'\s#?,}]+)""", re.I),  # menus, data files
    re.compile(r"""["'](/[^"'\s#?]*)["']\s*\|\s*(?:relative_url|absolute_url|prepend)"""),  # Liquid filters
    re.compile(r"""\{\{<?%?\s*(?:rel)?ref\s+["']([^"']+)["']"""),  # Hugo's ref / relref
    re.compile(r"""\{%\s*link\s+([^\s%]+)"""),  # Jekyll's {% link x.md %}
    re.compile(r"""^\s*-\s*["']?([\w./-]+\.(?:md|markdown|html))["']?\s*$""", re.M),  # a theme's header_pages list
)
_NAVIGATED = re.compile(r"^(?:nav|menu|menus|navigation|in_menu|show_in_nav)$", re.I)


def orphan_pages(root: Path, generator: str, pages: list[Path], permalink: Callable[[Path, dict[str, Any]], str]) -> set[Path]:
    """The standalone pages of the site at ``root`` nothing reaches (``permalink``: a page's
    published path from its file and front matter). Empty when the site's pages link to none of
    them (navigation a script builds)."""
    texts: dict[Path, str] = {}

    def text_of(page: Path) -> str:  # each page read once, whether judging it or reading its front matter
        if page not in texts:
            texts[page] = _read(page) or ""
        return texts[page]

    candidates = [p for p in pages if _standalone(root, generator, p, text_of)]
    if len(candidates) < 2:
        return set()
    fronts = {p: _front(text_of(p)) for p in candidates}
    if generator == "jekyll" and _lists_every_page(root, fronts):
        return set()
    permalinks = {p: permalink(p, front) for p, front in fronts.items()}
    names = {p: _names(root, p, permalinks[p]) for p in candidates}
    # the home page (by its file, or a permalink of "/" as al-folio's _pages/about.md) is where visitors arrive
    homes = {p for p in candidates if _is_home(root, generator, p) or link_path(permalinks[p]) == ""}
    reached = homes | {p for p, front in fronts.items() if _in_navigation(front)}
    leads: dict[Path, set[Path]] = {}  # each file: the candidate pages it links to
    own_url = _own_url(root)
    linked_any = False
    for source in _evidence(root):
        text = _read(source)
        if text is None:
            continue
        links, values = _targets(text, source.suffix.lower())
        links = [t[len(own_url):] or "/" if own_url and t.startswith(own_url) else t for t in links]  # the site's own address
        linked = {link_path(t) for t in links if not _EXTERNAL.match(_TEMPLATE.sub("", t).strip())}
        if "" in linked:
            linked_any = True  # a link home: the site's own navigation is in its files
        found = (linked | {link_path(v) for v in values}) - {""}
        # a data file's "url: dates", joined to a year by its menu's template ("{{year}}/{{nav.url}}"), names 2025/dates
        relative = {link_path(v) for v in values} - {""}
        leads[source] = {
            page for page, own in names.items()
            if page != source and (any(_matches(target, own) for target in found) or any(n.endswith("/" + v) for v in relative for n in own))
        }
        linked_any = linked_any or bool(leads[source])
    if not linked_any:
        return set()
    # a link counts from where a visitor can be: a layout, a menu, a data file, or a page reached
    # itself (a template's orphan contact page linked only from its orphan speakers page is not)
    frontier = [s for s in leads if s not in names or s in reached]
    while frontier:
        for page in leads.get(frontier.pop(), ()):
            if page not in reached:
                reached.add(page)
                frontier.append(page)
    return {p for p in candidates if p not in reached}


_SITE_URL = re.compile(r"""^(?:url|baseURL|baseurl|base_url|site_url)\s*[:=]\s*["']?(https?://[^"'\s]+?)/?["']?\s*$""", re.M)


def _own_url(root: Path) -> str:
    """The address the site is published at (``url:`` in ``_config.yml``, Hugo's ``baseURL``): a
    menu linking ``https://cv4dc.github.io/2024/`` links one of the site's own pages."""
    for name in ("_config.yml", "_config.yaml", "hugo.toml", "config.toml", "hugo.yaml", "config.yaml"):
        found = _SITE_URL.search(_read(root / name) or "") if (root / name).is_file() else None
        if found:
            return found.group(1)
    return ""


def _standalone(root: Path, generator: str, page: Path, text_of: Callable[[Path], str]) -> bool:
    rel = page.relative_to(root).parts
    if page.stem.lower() == "404":
        return False
    if generator in ("hugo", "zola"):  # content/about.md, content/cfp/_index.md: a section's own page, not one it lists
        inner = rel[1:] if rel[:1] == ("content",) else rel
        return len(inner) == 1 or (len(inner) == 2 and inner[1].split(".")[0] in ("_index", "index"))
    if generator == "jekyll":  # a page at the top, in _pages/, or in a year's folder (2025/venue.md); deeper ones are a listing's entries
        if len(rel) == 1 or (len(rel) == 2 and (rel[0] == "_pages" or re.fullmatch(r"(?:19|20)\d\d", rel[0]) is not None)):
            return True
        # an HTML file without front matter is copied as it is, listed by nothing: GRAIL-V's files/old_index.html,
        # the old single-page site, is published but no page leads to it
        return not rel[0].startswith("_") and page.suffix.lower() in (".html", ".htm") and not text_of(page).startswith("---")
    return generator == "plain" and page.suffix.lower() in (".html", ".htm")


def _is_home(root: Path, generator: str, page: Path) -> bool:
    rel = page.relative_to(root).parts
    inner = rel[1:] if generator in ("hugo", "zola") and rel[:1] == ("content",) else rel
    inner = inner[1:] if generator == "jekyll" and inner[:1] == ("_pages",) else inner
    return len(inner) == 1 and page.stem.lower() in ("index", "_index", "home")


_EVERY_PAGE = re.compile(r"\bsite\.(?:html_)?pages\b")


def _lists_every_page(root: Path, fronts: dict[Path, dict[str, Any]]) -> bool:
    """A Jekyll theme whose menu lists every page with a title (minima's, when ``header_pages`` is
    not set), unless the pages choose with a ``nav:`` flag (al-folio's)."""
    config = next((root / n for n in ("_config.yml", "_config.yaml") if (root / n).is_file()), None)
    if config is not None and re.search(r"^header_pages\s*:", _read(config) or "", re.M):
        return False
    if any(_in_navigation(front) or "nav" in front for front in fronts.values()):
        return False
    theme = [p for folder in ("_includes", "_layouts") for p in sorted((root / folder).rglob("*")) if p.is_file()]
    return any(_EVERY_PAGE.search(_read(p) or "") for p in theme)


def _names(root: Path, page: Path, permalink: str) -> set[str]:
    """What a link to the page may say: its published path, its file's path, without suffix or index."""
    rel = PurePosixPath(page.relative_to(root).as_posix())
    names = {link_path(permalink), link_path(str(rel)), link_path(str(rel.with_suffix("")))}
    for prefix in ("content/", "_pages/"):
        if str(rel).startswith(prefix):
            names.add(link_path(str(rel)[len(prefix):]))
    names.discard("")
    return names


def link_path(target: str) -> str:
    """``/venue/``, ``venue.html``, ``./venue/index.html``, ``{{ site.baseurl }}/venue`` → ``venue``."""
    target = _TEMPLATE.sub("", target).strip()
    if re.match(r"^(?:[a-z]+:)?//", target, re.I) or target.startswith(("mailto:", "javascript:", "tel:")):
        return ""
    target = re.sub(r"^(?:\./|\.\./)+", "", target).strip("/")
    target = re.sub(r"(?:^|/)(?:index|_index)(?:\.\w+)?$", "", target)
    target = re.sub(r"\.(?:html?|md|markdown)$", "", target)
    return target.strip("/").lower()


def _matches(target: str, names: set[str]) -> bool:
    """A link names the page by its whole path, or ends with it (a base URL or ``../`` before it)."""
    return any(target == n or target.endswith("/" + n) for n in names)


_LINE_COMMENT = re.compile(r"^\s*#.*$", re.M)  # YAML's and TOML's ("# - callforpapers.md": taken out)


# a configuration's value that is a path: a theme's navbar map (`Papers: "papers"`, `Call = "/cfp/"`)
_PATH_VALUE = re.compile(r"""^[^:=#\n]+[:=]\s*["']?(/?[A-Za-z0-9_-]+(?:/[A-Za-z0-9_.-]+)*/?(?:\.html?|\.md)?)["']?\s*$""", re.M)


def _targets(text: str, suffix: str) -> tuple[list[str], list[str]]:
    """The links a file makes, and (in a configuration or data file) its values that may be paths."""
    text = _COMMENTS.sub(" ", text)
    values: list[str] = []
    if suffix in (".yml", ".yaml", ".toml"):
        text = _LINE_COMMENT.sub("", text)
        values = _PATH_VALUE.findall(text)
    return [m for pattern in _TARGETS for m in pattern.findall(text)], values


def _in_navigation(front: dict[str, Any]) -> bool:
    """Front matter putting the page in the site's menu (``nav: true``, ``menu: main``)."""
    return any(_NAVIGATED.match(str(k)) and v not in (False, None, "false", "no", 0) for k, v in front.items())


def _front(text: str) -> dict[str, Any]:
    try:
        return split_front_matter(text, "")[0] or {}
    except KnowledgeError:
        return {}  # the page reader reports it with its line


def _evidence(root: Path) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if any(p in _SKIPPED or p.startswith(".") for p in parts[:-1]) or not path.is_file():
            continue
        if path.suffix.lower() in EVIDENCE_SUFFIXES:
            found.append(path)
    return found


def _read(path: Path) -> str | None:
    try:
        if path.stat().st_size > MAX_EVIDENCE_BYTES:
            return None
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
