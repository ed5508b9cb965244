"""Reading a Markdown page into headings and text blocks, the way its published HTML shows it.

Three rules make the difference between a grounded answer and a wrong one:
- What is not published is never read: HTML comments, Liquid ``comment`` blocks, hidden HTML,
  and struck-out text (``~~old~~``, ``<s>old</s>``) as current (see ``markup_prep``, ``liquid``
  and ``html_text``). Inline HTML and HTML blocks follow the same rules as HTML pages, because
  each inline run is rendered to HTML by markdown-it and read by the one HTML reader.
- Anchors are computed the way the site generator (Jekyll, kramdown with GFM input) computes
  them, so a citation ``/events/perfm-aaai26/#7-faq`` really lands on the section.
- Every block keeps its heading path and line, so an answer can say where it came from.
"""

from __future__ import annotations

import re

from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from perfm_bot.sources.front_matter import is_iso_date, lead_text, says_more_than_title, split_front_matter
from perfm_bot.sources.html_page import read_fragment
from perfm_bot.sources.html_text import inline_html_text
from perfm_bot.sources.liquid import LiquidContext, render_liquid
from perfm_bot.sources.markup_prep import hold_html_blocks, prepare, strip_comments
from perfm_bot.sources.page_model import Block, Heading, PageBuilder, ParsedPage, slugify, table_row_text

__all__ = ["Block", "Heading", "ParsedPage", "parse_page", "slugify", "split_front_matter", "strip_comments"]

_MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def parse_page(
    text: str, label: str, site: LiquidContext | None = None, fallback_title: str = "", kramdown: bool = True,
    dated_content: bool = False,
) -> ParsedPage:
    """A Markdown page (front matter optional) as published; ``site`` gives Liquid its context.
    ``kramdown``: Markdown inside an HTML block stays HTML text, as Jekyll's kramdown publishes it;
    Hugo's Goldmark (CommonMark) ends the block at a blank line and reads the Markdown after it
    (PRICE's tentative schedule table inside ``<details>``). ``dated_content``: the generator
    dates every page (Hugo's ``date``), so a typed date there says when the page was written."""
    front, body, body_line = split_front_matter(text, label)
    builder = PageBuilder()
    read_markdown(prepare(body, front, site), builder, body_line, kramdown)
    return finish_page(builder, front, site, fallback_title, dated_content=dated_content)


def markdown_html(body: str, front: dict[str, Any], site: LiquidContext | None) -> str:
    """A Markdown body as the HTML its generator publishes (for a template that shows one page's
    ``.Content`` inside another)."""
    return _MD.render(hold_html_blocks(prepare(body, front, site)))


def finish_page(
    builder: PageBuilder,
    front: dict[str, Any],
    site: LiquidContext | None,
    fallback_title: str,
    head: dict[str, str] | None = None,
    dated_content: bool = False,
) -> ParsedPage:
    """Title (front matter, else the document's title, else the first H1, else the file name) and
    the lead: the front matter's prose, when it says more than the H1 already does. On a generator
    that dates its pages (``dated_content``), an ISO ``date`` is when the page was written, not
    the workshop's day (PRICE's pages all say "Date: 2026-03-19")."""
    head = head or {}
    fields = {**{k: v for k, v in head.items() if v}, **front}
    if dated_content and is_iso_date(fields.get("date")):
        del fields["date"]
    h1 = next((h.text for h in builder.headings if h.level == 1), "")
    front_title = None if isinstance(front.get("title"), (dict, list)) else front.get("title")  # no title (check warns)
    title = str(front_title or head.get("title") or h1 or fallback_title).strip()
    title = clean_value(title, front, site) or fallback_title
    if says_more_than_title(fields) or (fields.get("title") and not h1):
        builder.blocks.insert(0, Block("paragraph", lead_text(fields, lambda v: clean_value(v, front, site)), (), 1))
    return builder.finish(front, title)


def clean_value(value: str, front: dict[str, Any], site: LiquidContext | None) -> str:
    """A front matter value as text: Liquid resolved, entities and inline HTML read."""
    if not value:
        return ""
    ctx = site or LiquidContext()
    return inline_html_text(_MD.renderInline(render_liquid(value, LiquidContext(ctx.site, front, ctx.includes))))


# kramdown's attribute lists: "![Banner](b.png){:width="512"}", a line "{: style="color:gray"}"
# style the element before them and are never shown
_ATTRIBUTE_LIST = re.compile(r"\{:[^}\n]*\}")
_HEADING_ID = re.compile(r"\s*\{:?\s*#([\w-]+)(?:\s+[^{}\n]*)?\}\s*$")


_TABLE_LINE = re.compile(r"^ {0,3}\|.*$")  # kramdown: a line that starts with a pipe; the last pipe is optional
_DELIMITER_ROW = re.compile(r"^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")


def _headerless_tables(body: str) -> str:
    """kramdown reads lines of ``| 08:20-08:30 | Opening Remarks |`` as a table with no header row
    (GFM needs a ``|---|`` row under a header): such a run is written as the HTML table kramdown
    publishes, one line per row, so line numbers stay true."""
    lines = body.split("\n")
    i = 0
    while i < len(lines):
        if not _TABLE_LINE.match(lines[i]) or (i > 0 and lines[i - 1].strip()):
            i += 1
            continue
        j = i
        while j < len(lines) and _TABLE_LINE.match(lines[j]):
            j += 1
        if j - i >= 2 and not any(_DELIMITER_ROW.match(line) for line in lines[i:j]):
            for k in range(i, j):
                cells = [c.strip() for c in lines[k].strip().strip("|").split("|")]
                row = "".join(f"<td>{_MD.renderInline(c)}</td>" for c in cells) if any(cells) else ""
                lines[k] = ("<table>" if k == i else "") + (f"<tr>{row}</tr>" if row else "") + ("</table>" if k == j - 1 else "")
        i = j
    return "\n".join(lines)


def read_markdown(body: str, builder: PageBuilder, first_line: int, kramdown: bool = True) -> None:
    """Feed a Markdown body's headings and blocks to ``builder``; lines count from ``first_line``."""
    body = _ATTRIBUTE_LIST.sub("", body)
    tokens = _MD.parse(hold_html_blocks(_headerless_tables(body)) if kramdown else hold_html_blocks(body, markdown_after_blank=True))
    offset = first_line  # token.map lines are 0-based within the body
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        line = (tok.map[0] if tok.map else 0) + offset
        if tok.type == "heading_open":
            text = _inline_text(tokens[i + 1])
            given = _HEADING_ID.search(text)  # "## Day 1 {#day-1}": Goldmark's, kramdown's and attr_list's own id
            builder.heading(int(tok.tag[1:]), text[: given.start()].rstrip() if given else text, line, given.group(1) if given else None)
            i += 3
            continue
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            end = _matching_close(tokens, i)
            for block in _list_items(tokens[i + 1 : end], offset):
                builder.block("item", block[0], block[1])
            i = end + 1
            continue
        if tok.type == "table_open":
            end = _matching_close(tokens, i)
            for text_, row_line in _table_rows(tokens[i:end], offset):
                builder.block("row", text_, row_line)
            i = end + 1
            continue
        if tok.type == "inline":
            builder.block("paragraph", _inline_text(tok), line)
        elif tok.type in ("fence", "code_block"):
            builder.block("paragraph", tok.content.strip(), line)
        elif tok.type == "html_block":
            read_fragment(tok.content, builder, line)
        i += 1


def _matching_close(tokens: list[Token], start: int) -> int:
    depth = 0
    for j in range(start, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


def _list_items(tokens: list[Token], offset: int) -> list[tuple[str, int]]:
    """One block per top-level item; nested items stay inside their parent's text."""
    items: list[tuple[str, int]] = []
    depth = 0
    parts: list[str] = []
    line = 0
    for tok in tokens:
        if tok.type == "list_item_open":
            if depth == 0:
                parts, line = [], (tok.map[0] if tok.map else 0) + offset
            depth += 1
        elif tok.type == "list_item_close":
            depth -= 1
            if depth == 0 and parts:
                items.append(("; ".join(parts), line))
        elif tok.type == "inline":
            text_ = _inline_text(tok)
            if text_:
                parts.append(text_)
    return items


def _table_rows(tokens: list[Token], offset: int) -> list[tuple[str, int]]:
    header: list[str] = []
    rows: list[tuple[str, int]] = []
    cells: list[str] = []
    in_head = False
    line = 0
    for tok in tokens:
        if tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open":
            cells, line = [], (tok.map[0] if tok.map else 0) + offset
        elif tok.type == "inline":
            cells.append(_inline_text(tok).replace("\n", " "))
        elif tok.type == "tr_close":
            if in_head:
                header = cells
            elif any(cells):
                rows.append((table_row_text(header, cells), line))
    return rows


def _inline_text(tok: Token) -> str:
    """Plain text of an inline token: rendered to HTML by markdown-it, then read by the HTML
    rules (emphasis dropped, links as 'text (url)', struck text left out, breaks kept)."""
    return inline_html_text(_MD.renderer.renderInline(tok.children or [], _MD.options, {}))
