"""Reading a Markdown page into headings and text blocks, the way its published HTML shows it.

Three rules make the difference between a grounded answer and a wrong one:
- HTML comments are removed before anything else: text an author commented out (this page's
  whole tentative schedule) is not published and must never be presented as fact.
- Anchors are computed the way the site generator (Jekyll, kramdown with GFM input) computes
  them, so a citation ``/events/perfm-aaai26/#7-faq`` really lands on the section.
- Every block keeps its heading path and line, so an answer can say where it came from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from perfm_bot.core.errors import KnowledgeError
from perfm_bot.sources.yaml_lines import parse_yaml

_COMMENT = re.compile(r"<!--.*?(-->|\Z)", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_NON_WORD = re.compile(r"[^\w\- \t]")
_MD = MarkdownIt("commonmark").enable("table")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str
    line: int


@dataclass(frozen=True)
class Block:
    """A unit of published text: a paragraph, a list item, a table row, or an empty section."""

    kind: str  # "paragraph" | "item" | "row" | "heading"
    text: str
    path: tuple[Heading, ...]  # enclosing headings, outermost first
    line: int  # 1-based line in the file


@dataclass(frozen=True)
class ParsedPage:
    front_matter: dict[str, Any]
    title: str
    headings: tuple[Heading, ...]
    blocks: tuple[Block, ...]
    anchors: frozenset[str] = field(default=frozenset())


def slugify(text: str) -> str:
    """kramdown's GFM header id: lowercase, keep word characters, '-' and spaces; spaces to '-'."""
    return _NON_WORD.sub("", text.lower()).replace(" ", "-").replace("\t", "-")


def strip_comments(text: str) -> str:
    """Remove HTML comments but keep their line breaks, so line numbers stay true."""
    return _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def split_front_matter(text: str, label: str) -> tuple[dict[str, Any], str, int]:
    """Return (front matter, body, 1-based line where the body starts)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text, 1
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            data = parse_yaml("".join(lines[1:i]), label) or {}
            if not isinstance(data, dict):
                raise KnowledgeError(f"{label}:2: front matter must be 'key: value' lines")
            return dict(data), "".join(lines[i + 1 :]), i + 2
    raise KnowledgeError(f"{label}:1: front matter starts with '---' but never ends")


def parse_page(text: str, label: str) -> ParsedPage:
    front, body, body_line = split_front_matter(text, label)
    tokens = _MD.parse(strip_comments(body))
    offset = body_line  # token.map lines are 0-based within the body

    headings: list[Heading] = []
    blocks: list[Block] = []
    stack: list[Heading] = []
    seen: Counter[str] = Counter()
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        line = (tok.map[0] if tok.map else 0) + offset
        if tok.type == "heading_open":
            level = int(tok.tag[1:])
            text_ = _inline_text(tokens[i + 1])
            anchor = slugify(text_)
            if seen[anchor]:
                anchor = f"{anchor}-{seen[anchor]}"
            seen[slugify(text_)] += 1
            heading = Heading(level, text_, anchor, line)
            while stack and stack[-1].level >= level:
                stack.pop()
            stack.append(heading)
            headings.append(heading)
            i += 3
            continue
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            end = _matching_close(tokens, i)
            blocks.extend(_list_items(tokens[i + 1 : end], tuple(stack), offset))
            i = end + 1
            continue
        if tok.type == "table_open":
            end = _matching_close(tokens, i)
            blocks.extend(_table_rows(tokens[i:end], tuple(stack), offset))
            i = end + 1
            continue
        if tok.type == "inline":
            text_ = _inline_text(tok)
            if text_:
                blocks.append(Block("paragraph", text_, tuple(stack), line))
        elif tok.type in ("fence", "code_block"):
            if tok.content.strip():
                blocks.append(Block("paragraph", tok.content.strip(), tuple(stack), line))
        elif tok.type == "html_block":
            text_ = " ".join(_TAG.sub(" ", tok.content).split())
            if text_:
                blocks.append(Block("paragraph", text_, tuple(stack), line))
        i += 1

    blocks = _add_empty_sections(headings, blocks)
    title = str(front.get("title") or next((h.text for h in headings if h.level == 1), "")).strip()
    return ParsedPage(front, title, tuple(headings), tuple(blocks), frozenset(h.anchor for h in headings))


def _add_empty_sections(headings: list[Heading], blocks: list[Block]) -> list[Block]:
    """A heading with nothing under it still says something ("Tentative Schedule (TBA)"), and a
    page's H1 is its full name, which people ask for ("what's the workshop's full name?")."""
    has_content = {b.path[-1] for b in blocks if b.path}
    has_children = {h for h, nxt in zip(headings, headings[1:]) if nxt.level > h.level}
    result = list(blocks)
    for h in headings:
        if h.level == 1 or (h not in has_content and h not in has_children):
            result.append(Block("heading", h.text, _path_to(headings, h), h.line))
    result.sort(key=lambda b: b.line)
    return result


def _path_to(headings: list[Heading], target: Heading) -> tuple[Heading, ...]:
    stack: list[Heading] = []
    for h in headings:
        while stack and stack[-1].level >= h.level:
            stack.pop()
        stack.append(h)
        if h is target:
            break
    return tuple(stack)


def _matching_close(tokens: list[Token], start: int) -> int:
    depth = 0
    for j in range(start, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


def _list_items(tokens: list[Token], path: tuple[Heading, ...], offset: int) -> list[Block]:
    """One block per top-level item; nested items stay inside their parent's text."""
    items: list[Block] = []
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
                items.append(Block("item", "; ".join(parts), path, line))
        elif tok.type == "inline":
            text_ = _inline_text(tok)
            if text_:
                parts.append(text_)
    return items


def _table_rows(tokens: list[Token], path: tuple[Heading, ...], offset: int) -> list[Block]:
    header: list[str] = []
    rows: list[Block] = []
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
            cells.append(_inline_text(tok))
        elif tok.type == "tr_close":
            if in_head:
                header = cells
            elif any(cells):
                named = [f"{h}: {c}" if h else c for h, c in zip(header + [""] * len(cells), cells)]
                rows.append(Block("row", "; ".join(named), path, line))
    return rows


def _inline_text(tok: Token) -> str:
    """Plain text of an inline token: emphasis dropped, links as 'text (url)', breaks kept."""
    out: list[str] = []
    href: str | None = None
    link_text_start = 0
    for child in tok.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
        elif child.type == "image":
            out.append(child.content or "")
        elif child.type == "link_open":
            href = str(child.attrs.get("href", ""))
            link_text_start = len(out)
        elif child.type == "link_close" and href:
            label = "".join(out[link_text_start:]).strip()
            if href not in (label, f"mailto:{label}"):
                out.append(f" ({href})")
            href = None
    lines = (" ".join(line_.split()) for line_ in "".join(out).split("\n"))
    return "\n".join(line_ for line_ in lines if line_)
