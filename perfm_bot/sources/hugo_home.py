"""A Hugo site's home page as its layout shows it.

Workshop themes often build the whole home page in templates: ``layouts/index.html`` calls a
partial per section (hero, call for papers, dates, speakers, organizers), each showing a data
file or a site parameter, and ``content/_index.md`` fills one of them (``.Content``). Read alone,
that Markdown is the "About" paragraph and nothing else. So the home page is rendered through its
layout (the site's own, else its theme's) with ``hugo_templates``, its Markdown given as
``.Content``, and the result read as a built document: navigation and footer chrome dropped,
struck and hidden elements honoured, headings kept as the theme wrote them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from perfm_bot.sources.front_matter import split_front_matter
from perfm_bot.sources.html_page import read_document
from perfm_bot.sources.hugo_templates import render_home
from perfm_bot.sources.liquid import LiquidContext
from perfm_bot.sources.layouts import MARK
from perfm_bot.sources.markdown_page import finish_page, markdown_html
from perfm_bot.sources.page_model import Block, Heading, PageBuilder, ParsedPage
from perfm_bot.sources.site_tree import Site

MAX_PAGE_BYTES = 1024 * 1024


def is_home(site: Site, path: Path | None) -> bool:
    return site.generator == "hugo" and path is not None and path.name == "_index.md" and path.parent == site.root / "content"


def own_layout(site: Site, path: Path | None, front: dict[str, Any]) -> str | None:
    """The template of a page whose type or section has its own layout showing the page's front
    matter (``layouts/agenda/single.html`` ranging over ``.Params.days``): a programme kept in
    front matter is only seen through it. A layout that shows only ``.Content`` (most of them,
    and every ``_default``) adds nothing the Markdown does not say, and is not rendered."""
    if site.generator != "hugo" or path is None or is_home(site, path):
        return None
    content = site.root / "content"
    try:
        rel = path.relative_to(content)
    except ValueError:
        return None
    kind = "list" if path.name == "_index.md" else "single"
    kinds = [str(front["type"])] if isinstance(front.get("type"), str) and front["type"].strip() else []
    kinds += [rel.parts[0]] if len(rel.parts) > 1 else []
    named = str(front["layout"]).strip() if isinstance(front.get("layout"), str) else ""  # layout: "about"
    candidates = [(k, named) for k in kinds] + [("_default", named)] if named else []
    candidates += [(k, kind) for k in kinds]
    for name, file in dict.fromkeys((k.strip("/"), f) for k, f in candidates):
        if not name or not file or "/" in name + file or ".." in name + file:
            continue
        for folder in layout_folders(site):
            template = folder / name / f"{file}.html"
            try:
                if template.is_file() and shows_params(template.read_text(encoding="utf-8", errors="replace")[:200_000]):
                    return f"{name}/{file}.html"
            except OSError:
                continue
    return None


_SHOWS_PARAMS = re.compile(r"\{\{-?[^}]*\.Params\.\w")


def shows_params(template: str) -> bool:
    """A Hugo template that shows its page's front matter (``{{ range .Params.days }}``)."""
    return bool(_SHOWS_PARAMS.search(template))


def layout_folders(site: Site) -> list[Path]:
    """Where Hugo looks for templates: the site's ``layouts/``, then each theme's (``theme`` is a
    name or a list, first wins)."""
    themes = site.config.get("theme") or []
    names = [themes] if isinstance(themes, str) else [str(t) for t in themes] if isinstance(themes, list) else []
    folders = [site.root / "layouts", *(site.root / "themes" / name / "layouts" for name in names if name and "/" not in name and ".." not in name)]
    return [f for f in folders if f.is_dir()]


def read_home(
    page: ParsedPage, text: str, label: str, site: Site, context: LiquidContext, fallback_title: str = "", template: str = "index.html"
) -> ParsedPage:
    """The home page (``page``, its Markdown read on its own) inside what its layout shows around
    it; the page alone when no ``index.html`` is found. ``template``: another page's own layout
    (see ``own_layout``)."""
    folders = layout_folders(site)
    if not folders:
        return page
    front, _, _ = split_front_matter(text, label)
    values = {"Title": front.get("title") or site.title, "Params": front, "Description": front.get("description") or ""}
    html = render_home(
        folders, values, site.config.get("data") or {}, site.config, MARK, pages=lambda path: _get_page(site, context, path),
        template=template,
    )
    if html is None:
        return page
    builder = PageBuilder()
    head = read_document(html if "<body" in html.lower() else f"<html><body>{html}</body></html>", builder, 1)
    layout = finish_page(builder, front, context, fallback_title, {"title": head.title, "description": head.description}, dated_content=True)
    before: list[Block] = []
    after: list[Block] = []
    at: tuple[Heading, ...] | None = None
    for block in layout.blocks:
        cut = next((i for i, h in enumerate(block.path) if MARK in h.text), None)
        if cut is not None:  # the mark read as a heading (a box's subtitle): the page goes there
            at = block.path[:cut] if at is None else at
            if MARK in block.text and block.kind == "heading":
                continue
            block = replace(block, path=block.path[:cut] + block.path[cut + 1 :])
        if MARK not in block.text:
            (before if at is None else after).append(_unlined(block))
            continue
        first, *_, last = [part.strip() for part in block.text.split(MARK)]
        if first:
            before.append(Block(block.kind, first, block.path, 1))
        if last:
            after.append(Block(block.kind, last, block.path, 1))
        at = block.path
    # the Markdown's own lead (its front matter) is the layout's lead already; its text sits where
    # the layout shows ``.Content``, under that section's heading
    own = [b for b in page.blocks if not (b.path == () and b.line == 1)] if layout.blocks and layout.blocks[0].path == () else list(page.blocks)
    own = [replace(b, path=(*at, *b.path)) for b in own] if at else own
    headings = (*(h for h in layout.headings if MARK not in h.text), *page.headings)
    return ParsedPage(
        page.front_matter, page.title or layout.title, headings, (*before, *own, *after), layout.anchors | page.anchors
    )


def _unlined(block: Block) -> Block:
    """Layout text has no line in the page's file: it cites the page (line 1)."""
    return replace(block, line=1)


def _get_page(site: Site, context: LiquidContext, path: Any) -> dict[str, Any] | None:
    """``.Site.GetPage "/x"``: the content page at that path, with its ``.Content`` rendered."""
    if not isinstance(path, str):
        return None
    content = (site.root / "content").resolve()
    rel = path.strip().strip("/")
    for candidate in (f"{rel}.md", f"{rel}/index.md", f"{rel}/_index.md") if rel else ("_index.md",):
        target = (content / candidate).resolve()
        if content not in target.parents or not target.is_file():
            continue
        try:
            raw = target.read_bytes()[:MAX_PAGE_BYTES].decode("utf-8", errors="replace")
        except OSError:
            return None
        front, body, _ = split_front_matter(raw, str(target))
        return {"Title": front.get("title") or "", "Params": front, "Content": markdown_html(body, front, context)}
    return None
