"""What a Jekyll (or Astro) layout shows around a page: the words every visitor reads above and below it.

Many workshop sites state their date, venue and contact links once, in the layout's banner
("@ COLM 2026, October 9, 2026 · Hilton Union Square · Contact Organizers"), not in any page. A
page read without its layout loses exactly the facts attendees ask for first. So each page's
layout chain (``layout:`` in the page's front matter, else the ``_config.yml`` default, then each
layout's own ``layout:``) is rendered with the page's Liquid context, ``{{ content }}`` marking
where the page goes, and read as a built document (navigation, header and footer chrome, scripts
dropped). Its text before the page becomes the page's opening, the text after closes it. The same
banner on every page is one passage: the chunker keeps identical page passages once, home first.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from perfm_bot.sources.front_matter import split_front_matter
from perfm_bot.sources.html_page import read_document
from perfm_bot.sources.liquid import LiquidContext, render_liquid
from perfm_bot.sources.page_model import Block, PageBuilder

MARK = "perfmpagecontentgoeshere"
_CONTENT = re.compile(r"\{\{-?\s*content\s*-?\}\}")
MAX_LAYOUT_DEPTH = 5
MAX_LAYOUT_BYTES = 512 * 1024


def layout_name(front: dict[str, Any], config: dict[str, Any]) -> str | None:
    """The page's layout: its own ``layout:`` (``null``/``none`` means none), else a default that
    ``_config.yml`` sets for every page (``defaults: - scope: {path: ""} values: {layout: x}``)."""
    if "layout" in front:
        value = front.get("layout")
        return str(value) if value and str(value).lower() not in ("none", "null", "false") else None
    for rule in config.get("defaults") or []:
        if not isinstance(rule, dict):
            continue
        scope, values = rule.get("scope") or {}, rule.get("values") or {}
        if isinstance(scope, dict) and isinstance(values, dict) and not scope.get("path") and values.get("layout"):
            if scope.get("type") in (None, "pages"):
                return str(values["layout"])
    return None


def layout_blocks(
    layouts: Path, name: str | None, context: LiquidContext
) -> tuple[list[Block], list[Block]]:
    """The blocks a layout chain shows before and after the page, as ``top`` blocks."""
    html = MARK
    seen: set[str] = set()
    while name and name not in seen and len(seen) < MAX_LAYOUT_DEPTH:
        seen.add(name)
        path = _layout_file(layouts, name)
        if path is None:
            break
        try:
            raw = path.read_bytes()[:MAX_LAYOUT_BYTES].decode("utf-8", errors="replace")
        except OSError:
            break
        front, body, _ = split_front_matter(raw, str(path))
        body = _CONTENT.sub(MARK, body)
        rendered = render_liquid(body, context)
        html = rendered.replace(MARK, html, 1) if MARK in rendered else html
        name = str(front.get("layout")) if front.get("layout") else None
    return _around(html)


def astro_layout_blocks(page: Path | None, layouts: Path, name: str) -> tuple[list[Block], list[Block]]:
    """An Astro Markdown page's ``layout: ../layouts/X.astro``: the component's HTML template (its
    ``---`` script fence dropped, ``{expressions}`` and component tags read as nothing) around
    ``<slot />``. Only a file inside ``src/layouts/`` is read."""
    target = (page.parent / name) if page is not None and not name.startswith("/") else layouts / Path(name).name
    try:
        path = target.resolve()
        if path.parent != layouts.resolve() or not path.is_file():
            return [], []
        raw = path.read_bytes()[:MAX_LAYOUT_BYTES].decode("utf-8", errors="replace")
    except OSError:
        return [], []
    template = _ASTRO_SCRIPT.sub("", raw, count=1)
    if not _SLOT.search(template):
        return [], []
    template = _SLOT.sub(MARK, template, count=1)
    template = _ASTRO_EXPRESSION.sub(" ", template)
    return _around(template)


_ASTRO_SCRIPT = re.compile(r"\A\s*---\s*\n.*?\n---\s*\n", re.S)
_SLOT = re.compile(r"<slot\s*/>|<slot>\s*</slot>")
_ASTRO_EXPRESSION = re.compile(r"\{[^{}]*\}")


def _around(html: str) -> tuple[list[Block], list[Block]]:
    if html == MARK:
        return [], []
    builder = PageBuilder()
    read_document(html if "<body" in html.lower() else f"<html><body>{html}</body></html>", builder, 1)
    before: list[Block] = []
    after: list[Block] = []
    target = before
    for block in builder.blocks:
        if MARK in block.text:
            rest = [part.strip() for part in block.text.split(MARK)]
            if rest[0]:
                before.append(Block(block.kind, rest[0], (), 1))
            if rest[-1]:
                after.append(Block(block.kind, rest[-1], (), 1))
            target = after
            continue
        target.append(Block(block.kind, block.text, (), 1))
    return before, after


def _layout_file(layouts: Path, name: str) -> Path | None:
    name = name.strip().removesuffix(".html")
    for candidate in (layouts / f"{name}.html", layouts / name):
        if candidate.is_file() and candidate.resolve().parent == layouts.resolve():  # never outside _layouts/
            return candidate
    return None
