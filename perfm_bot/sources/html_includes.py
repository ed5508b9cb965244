"""HTML pages assembled from pieces at build time: the pieces written in where they are included.

A hand-written or Vite-built site keeps its banner, menu and intro once, in a fragment every page
includes: ``<load src="src/components/intro.html" />`` (vite-plugin-html-inject),
``<include src="header.html"></include>`` (posthtml-include), ``<!--#include virtual="/nav.html"
-->`` (server-side includes), or an empty ``<div id="header"></div>`` a script fills with the
site's ``header.html`` (jQuery's ``$("#header").load("header.html")``). Read page by page, the RAS workshop's date, room and menu were in
no page at all, and with no menu linking them, its other pages looked unpublished. A fragment is
found beside the page or from the site's root, never outside the site; an include inside a
comment is not built; fragments that include themselves are written once.
"""

from __future__ import annotations

import re
from pathlib import Path

_INCLUDE = re.compile(
    r"<(?P<tag>load|include)\b[^>]*?\bsrc\s*=\s*[\"'](?P<src>[^\"']+)[\"'][^>]*?/?>(?:\s*</(?P=tag)\s*>)?"
    r"|<!--#include\s+(?:virtual|file)\s*=\s*[\"'](?P<ssi>[^\"']+)[\"']\s*-->"
    # an empty <div id="header"></div> a page's script fills with header.html ($("#header").load(…))
    r"|(?P<open><(?P<ptag>div|header|footer|nav|section)\b[^>]*?\bid\s*=\s*[\"'](?P<pid>[\w-]+)[\"'][^>]*>)\s*</(?P=ptag)\s*>",
    re.IGNORECASE,
)
_COMMENT = re.compile(r"<!--(?!#include).*?-->", re.S)
_FRAGMENT_SUFFIXES = (".html", ".htm", ".shtml", ".inc")
MAX_DEPTH = 6
MAX_FRAGMENT_BYTES = 1_000_000


def with_includes(text: str, path: Path, root: Path, _chain: tuple[Path, ...] = ()) -> str:
    """``text`` (the page at ``path``) with each included fragment written in."""
    if len(_chain) >= MAX_DEPTH or "<" not in text:
        return text
    out: list[str] = []
    at = 0
    for match, fragment in _built(text, path, root):
        out.append(text[at : match.start()])
        at = match.end()
        if fragment is None:
            out.append(match.group(0))  # not the site's own file: left as written
        elif fragment not in _chain and fragment != path.resolve():
            inner = _fragment_text(fragment, match.group(0), root, (*_chain, path.resolve()))
            out.append(f"{match.group('open')}{inner}</{match.group('ptag')}>" if match.group("pid") else inner)
    out.append(text[at:])
    return "".join(out)


def included_files(path: Path, root: Path) -> set[Path]:
    """The fragments the page at ``path`` includes (not pages of their own)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    return {fragment for _, fragment in _built(text, path, root) if fragment is not None}


def _built(text: str, path: Path, root: Path) -> list[tuple[re.Match[str], Path | None]]:
    """Each include the build carries out (not those inside a comment), with the site's file it names."""
    hidden = [(m.start(), m.end()) for m in _COMMENT.finditer(text)]
    return [
        (match, _resolve(match.group("src") or match.group("ssi") or "", path, root) if not match.group("pid") else _placeholder(match.group("pid"), path, root))
        for match in _INCLUDE.finditer(text)
        if not any(start <= match.start() < end for start, end in hidden)
    ]


def _fragment_text(fragment: Path, written: str, root: Path, chain: tuple[Path, ...]) -> str:
    try:
        if fragment.stat().st_size > MAX_FRAGMENT_BYTES:
            return ""
        inner = fragment.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return written
    return with_includes(inner, fragment, root, chain)


def _placeholder(name: str, path: Path, root: Path) -> Path | None:
    """The fragment an empty ``<div id="header">`` is filled with: ``header.html`` beside the page
    (or in the site's ``includes/``, ``partials/``, ``components/``), when the site has one."""
    for folder in ("", "includes/", "partials/", "components/", "html/"):
        found = _resolve(f"{folder}{name}.html", path, root)
        if found is not None and found != path.resolve():
            return found
    return None


def _resolve(src: str, path: Path, root: Path) -> Path | None:
    src = src.split("?", 1)[0].split("#", 1)[0].strip()
    if not src or re.match(r"^[a-z]+:", src, re.I):
        return None  # a remote fragment is not the site's own text
    bases = [root / src.lstrip("/")] if src.startswith("/") else [path.parent / src, root / src]
    site = root.resolve()
    for candidate in bases:
        resolved = candidate.resolve()
        if resolved.is_file() and resolved.suffix.lower() in _FRAGMENT_SUFFIXES and (site == resolved or site in resolved.parents):
            return resolved
    return None
