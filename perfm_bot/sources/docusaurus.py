"""A Docusaurus site's pages and their URLs, from its folders and ``docusaurus.config.js``.

Docusaurus publishes ``docs/`` under ``/docs/`` (the docs preset's ``path`` and
``routeBasePath`` say otherwise), ``blog/`` under ``/blog/`` and ``src/pages/`` at the root, React
pages there as well as Markdown ones. A file or folder whose name starts with ``_`` is a partial
other pages import, not a page; a doc's number prefix (``01-intro.md``) orders its sidebar and is
not in its URL; ``index``, ``README`` and a doc named like its folder stand for the folder;
``slug:`` and ``id:`` in the front matter say otherwise; a ``draft: true`` page is not published.
The config is JavaScript: its literals are read (the title, the tagline, where the docs are),
never run. Its pages are MDX, which ``mdx_page`` reads.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import Any

from tree_sitter import Node

from perfm_bot.sources.script_text import MAX_SCRIPT_BYTES, literal_text, pair_key, parse_script

MARKDOWN = (".md", ".mdx")
COMPONENTS = (".js", ".jsx", ".ts", ".tsx")
_NUMBER_PREFIX = re.compile(r"^\d+\s*[-_.]\s*(?=\S)")
_DATED = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.+)$")
_NOT_A_PAGE = re.compile(r"\.(?:test|spec|stories)\.\w+$|\.d\.ts$", re.I)
_DRAFT = re.compile(r"\A---[ \t]*\n(?:.*\n)*?draft:[ \t]*true[ \t]*\n(?:.*\n)*?---", re.M)


def docusaurus_config(path: Path) -> dict[str, Any]:
    """``title`` and ``tagline`` (the site's name and its line under it), and the docs plugin's
    ``path`` and ``routeBasePath`` when given, as ``docs_path`` / ``docs_route``."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")[:MAX_SCRIPT_BYTES]
    except OSError:
        return {}
    root = parse_script(text, path.suffix == ".ts")
    found: dict[str, Any] = {}
    for key in ("title", "tagline"):
        value = _shallowest(root, key)
        if value:
            found[key] = value
    docs = _option_object(root, "docs")
    if docs is not None:
        for key, name in (("path", "docs_path"), ("routeBasePath", "docs_route")):
            value = _pair_value(docs, key)
            if value is not None:
                found[name] = value.strip("/")
    return found


def docusaurus_pages(root: Path, config: dict[str, Any]) -> list[Path]:
    """Every published page file: docs, blog posts, and ``src/pages``'s Markdown and React pages."""
    found: list[Path] = []
    for base, suffixes in _bases(root, config):
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            rel = path.relative_to(base).parts
            if not path.is_file() or path.suffix.lower() not in suffixes or _NOT_A_PAGE.search(path.name):
                continue
            if any(part.startswith(("_", ".")) or part == "node_modules" for part in rel) or _draft(path):
                continue
            found.append(path)
    return found


def docusaurus_permalink(root: Path, config: dict[str, Any], path: Path, front: dict[str, Any]) -> str:
    """The URL Docusaurus gives a page: ``docs/2025/01-program.mdx`` → ``/docs/2025/program``."""
    for base, _ in _bases(root, config):
        if base not in path.parents:
            continue
        route = _route(root, config, base)
        parts = list(PurePosixPath(path.relative_to(base).as_posix()).with_suffix("").parts)
        if base.name == "blog":
            dated = _DATED.match(parts[-1] if parts[-1] not in ("index", "README") else parts[-2] if len(parts) > 1 else "")
            if parts[-1] in ("index", "README"):
                parts = parts[:-1]
            if dated:
                parts = [*parts[:-1], *dated.groups()]
        elif base.parent == root and base.name == str(config.get("docs_path") or "docs"):
            parts = [_NUMBER_PREFIX.sub("", part) for part in parts]
            doc_id = front.get("id")
            if isinstance(doc_id, str) and doc_id.strip():
                parts[-1] = doc_id.strip()
            if parts and (parts[-1] in ("index", "README") or len(parts) > 1 and parts[-1] == parts[-2]):
                parts = parts[:-1]
        elif parts and parts[-1] == "index":
            parts = parts[:-1]
        slug = front.get("slug")
        if isinstance(slug, str) and slug.strip():
            given = slug.strip()
            parts = [p for p in given.strip("/").split("/") if p] if given.startswith("/") else [*parts[:-1], *given.strip("/").split("/")]
        return "/" + "/".join(p for p in (*route, *parts) if p)
    return "/"


def _bases(root: Path, config: dict[str, Any]) -> list[tuple[Path, tuple[str, ...]]]:
    docs = root / str(config.get("docs_path") or "docs")
    return [(docs, MARKDOWN), (root / "blog", MARKDOWN), (root / "src" / "pages", MARKDOWN + COMPONENTS)]


def _route(root: Path, config: dict[str, Any], base: Path) -> tuple[str, ...]:
    if base == root / "src" / "pages":
        return ()
    if base == root / "blog":
        return ("blog",)
    given = config.get("docs_route")
    return tuple(p for p in str("docs" if given is None else given).split("/") if p)


def _draft(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(4_000)
    except OSError:
        return False
    return bool(_DRAFT.match(head))


def _shallowest(root: Node, key: str) -> str | None:
    """The string value of the least nested ``key:`` pair: the site's own title, not its navbar's."""
    best: tuple[int, str] | None = None
    stack: list[tuple[Node, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if node.type == "pair" and pair_key(node) == key:
            value = node.child_by_field_name("value")
            text = literal_text(value) if value is not None else None
            if text and text.strip() and (best is None or depth < best[0]):
                best = (depth, text.strip())
        stack.extend((child, depth + (node.type == "object")) for child in node.named_children)
    return best[1] if best else None


def _option_object(root: Node, key: str) -> Node | None:
    """The first ``key: {…}`` object (the classic preset's ``docs`` options)."""
    stack = [root]
    while stack:
        node = stack.pop(0)
        if node.type == "pair" and pair_key(node) == key:
            value = node.child_by_field_name("value")
            if value is not None and value.type == "object":
                return value
        stack.extend(node.named_children)
    return None


def _pair_value(obj: Node, key: str) -> str | None:
    for pair in obj.named_children:
        if pair.type == "pair" and pair_key(pair) == key:
            value = pair.child_by_field_name("value")
            return literal_text(value) if value is not None else None
    return None

