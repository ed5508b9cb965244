"""What a read page is made of (headings, blocks) and the one builder every reader feeds.

Markdown, HTML documents and HTML fragments inside Markdown all produce the same events
(a heading, a block of text), so the rules that give a page its shape live here once: heading
paths, anchors unique the way the site generator makes them, and sections that only have a
heading still saying what it says.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

_NON_WORD = re.compile(r"[^\w\- \t]")


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


@dataclass
class PageBuilder:
    """Collects headings and blocks in reading order; ``finish`` makes the ParsedPage."""

    headings: list[Heading] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    stack: list[Heading] = field(default_factory=list)
    seen: Counter[str] = field(default_factory=Counter)

    def heading(self, level: int, text: str, line: int, anchor: str | None = None, slug: bool = True) -> None:
        """A heading; without an explicit id its anchor follows kramdown (duplicates get -1, -2).
        ``slug=False``: HTML, where no generator adds an id, so there is no anchor to make up."""
        text = " ".join(text.split())
        if not text:
            return
        if not anchor and not slug:
            anchor = ""
        elif not anchor:
            base = slugify(text)
            anchor = f"{base}-{self.seen[base]}" if self.seen[base] else base
            self.seen[base] += 1
        if _ASIDE.fullmatch(text):
            # "#### (All times are in Singapore Time)": a note in parentheses, set large, titles nothing
            self.block("paragraph", text[1:-1], line)
            return
        heading = Heading(level, text, anchor, line)
        while self.stack and self.stack[-1].level >= level:
            self.stack.pop()
        self.stack.append(heading)
        self.headings.append(heading)

    def block(self, kind: str, text: str, line: int, top: bool = False) -> None:
        """A block under the current heading (``top``: outside every heading, e.g. the lead)."""
        text = text.strip()
        if text:
            self.blocks.append(Block(kind, text, () if top else tuple(self.stack), line))

    def finish(self, front: dict[str, Any], title: str) -> ParsedPage:
        blocks = _add_empty_sections(self.headings, self.blocks)
        anchors = frozenset(h.anchor for h in self.headings)
        return ParsedPage(front, title, tuple(self.headings), tuple(blocks), anchors)


def _add_empty_sections(headings: list[Heading], blocks: list[Block]) -> list[Block]:
    """A heading with nothing under it still says something ("Tentative Schedule (TBA)"), and a
    page's H1 is its full name, which people ask for ("what's the workshop's full name?")."""
    has_content = {b.path[-1] for b in blocks if b.path}
    has_children = {h for h, nxt in zip(headings, headings[1:]) if nxt.level > h.level}
    kept = [Block("heading", h.text, _path_to(headings, h), h.line) for h in headings
            if h.level == 1 or (h not in has_content and h not in has_children)]
    # Each heading goes before the first block after it; the blocks keep their reading order (a
    # paragraph after an HTML list may carry the list's first line, and must stay after the list).
    result: list[Block] = []
    for block in blocks:
        while kept and block.path and kept[0].line <= block.line:
            result.append(kept.pop(0))
        result.append(block)
    return result + kept


def _path_to(headings: list[Heading], target: Heading) -> tuple[Heading, ...]:
    stack: list[Heading] = []
    for h in headings:
        while stack and stack[-1].level >= h.level:
            stack.pop()
        stack.append(h)
        if h is target:
            break
    return tuple(stack)


_ASIDE = re.compile(r"\((?:[^()]+\s){2,}[^()]+\)")
_QUALIFIER = re.compile(r"\([^()]{1,24}\)")


def table_row_text(header: list[str], cells: list[str]) -> str:
    """A row as a reader says it: 'Paper deadline — 3 March 2025 (AoE)' for two columns, else
    labelled by its header cells ('Time: 9:00; Talk: Opening'), so one row answers one question."""
    cells = [c.strip() for c in cells]
    if len(cells) == 2 or not any(header):
        # a header's qualifier holds for every cell under it: "Time (PST)" makes "08:25 - 09:00 (PST)"
        qualifiers = [m.group(0) if (m := _QUALIFIER.search(h)) else "" for h in header] + [""] * len(cells)
        cells = [f"{c} {q}" if c and q and q not in c else c for c, q in zip(cells, qualifiers)]
        return " — ".join(c for c in cells if c)
    named = [f"{h}: {c}" if h else c for h, c in zip(header + [""] * len(cells), cells) if c]
    return "; ".join(named)
