"""Quarto's page syntax, as the Markdown reader and the HTML table reader take it.

A Quarto page (``.qmd``) is Pandoc Markdown: fenced divs (``::: {.callout-note title="Kathryn
Humphreys (Vanderbilt)"}`` … ``:::``) box a talk's abstract under its speaker, headings carry
attributes (``## Program {#program}``), shortcodes (``{{< include _speakers.qmd >}}``) pull in
other files, and a listing's front matter (``listing: contents: people.yml``) shows records from a
data file through a template. Each becomes what the page shows: a titled div's title is a heading
one level below the last one (its body reads under it, as the HTML reader reads a built callout),
a heading's id is its anchor, an include is its file's text, a listing is a table of its records.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from perfm_bot.core.errors import KnowledgeError
from perfm_bot.sources.yaml_lines import parse_site_yaml

_FENCE = re.compile(r"^\s*:{3,}\s*(?:\{(?P<attrs>[^}]*)\}|(?P<word>[\w-]+))?\s*$")
_TITLE_ATTR = re.compile(r"""\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{(?P<attrs>[^}]*)\})?\s*$")
_INCLUDE = re.compile(r"\{\{<\s*include\s+([^\s>]+)\s*>\}\}")
_SHORTCODE = re.compile(r"\{\{<.*?>\}\}", re.S)
_CODE_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_SPAN_ATTRS = re.compile(r"(?<=[)\]])\{[^}\n]*\}")  # ![](x.jpeg){width=80%}, [text]{.mark}
_CAPTION_ATTRS = re.compile(r"^\s*:\s*\{[^}]*\}\s*$")
_EM_DASH = re.compile(r"(?<=\S)---(?=\S)")
_EN_DASH = re.compile(r"(?<=\w)--(?=\w)")
MAX_INCLUDE_DEPTH = 3
MAX_LISTING_ROWS = 500


def prepare_qmd(text: str, path: Path | None = None, depth: int = 0) -> str:
    """The page's Markdown with Quarto's own syntax turned into what it renders."""
    out: list[str] = []
    level = 1
    fence = ""
    for line in text.splitlines():
        code = _CODE_FENCE.match(line)
        if code and (not fence or line.strip().startswith(fence)):
            fence = "" if fence else code.group(1)
            out.append(line)
            continue
        if fence:
            out.append(line)
            continue
        heading = _HEADING.match(line)
        if heading:
            level = len(heading.group(1))
            anchor = re.search(r"#([\w-]+)", heading.group("attrs") or "")
            if anchor:  # an explicit id is the only one Quarto gives the heading: the anchor to cite
                out.extend(["", f'<h{level} id="{anchor.group(1)}">{html.escape(heading.group(2))}</h{level}>', ""])
            else:
                out.append(f"{heading.group(1)} {heading.group(2)}")
            continue
        div = _FENCE.match(line)
        if div:
            title = _TITLE_ATTR.search(div.group("attrs") or "")
            if title:
                out.extend(["", f"{'#' * min(level + 1, 6)} {html.unescape(title.group(1) or title.group(2))}", ""])
            else:
                out.append("")
            continue
        if _CAPTION_ATTRS.match(line):
            continue  # ': {tbl-colwidths="[18,25,60]"}' under a table: how it is drawn
        line = _INCLUDE.sub(lambda m: _included(m.group(1), path, depth), line) if "{{<" in line else line
        out.append(_dashes(_SPAN_ATTRS.sub("", line)))
    return _SHORTCODE.sub("", "\n".join(out))


def _dashes(line: str) -> str:
    """Pandoc's typography: '9:00--10:30' shows an en dash, 'topics---perception' an em dash."""
    line = _EN_DASH.sub("–", line)
    return line if line.lstrip().startswith("|") else _EM_DASH.sub("—", line)  # a table's |:------| rule stays


def _included(name: str, page: Path | None, depth: int) -> str:
    if page is None or depth >= MAX_INCLUDE_DEPTH:
        return ""
    target = (page.parent / name).resolve()
    if page.parent.resolve() not in target.parents and target.parent != page.parent.resolve():
        root = next((p for p in page.resolve().parents if (p / "_quarto.yml").is_file() or (p / "_quarto.yaml").is_file()), None)
        if root is None or root not in target.parents:
            return ""  # an include reaches outside the site
    try:
        return prepare_qmd(target.read_text(encoding="utf-8", errors="replace"), target, depth + 1)
    except OSError:
        return ""


def listing_html(front: dict[str, Any], page: Path | None) -> str:
    """A listing's records (``listing: contents: speakers.yml``) as a table, one row per record,
    each row its text fields in order ("Saiph Savage — Northeastern University — 9:10"). Records
    listed from other pages (``contents: talks/*.qmd``) are those pages, read on their own."""
    if page is None:
        return ""
    listings = front.get("listing")
    specs = listings if isinstance(listings, list) else [listings] if isinstance(listings, dict) else []
    tables: list[str] = []
    for spec in specs:
        if not isinstance(spec, dict):
            continue
        contents = spec.get("contents")
        names = contents if isinstance(contents, list) else [contents] if isinstance(contents, str) else []
        for name in names:
            if not isinstance(name, str) or not name.lower().endswith((".yml", ".yaml")):
                continue
            rows = _records(page.parent / name)
            if rows:
                tables.append("<table>" + "".join(rows[:MAX_LISTING_ROWS]) + "</table>")
    return "\n".join(tables)


def _records(path: Path) -> list[str]:
    try:
        data = parse_site_yaml(path.read_text(encoding="utf-8", errors="replace"), str(path))
    except (KnowledgeError, OSError):  # a broken data file shows nothing: Quarto's build would fail on it
        return []
    items = data if isinstance(data, list) else []
    rows: list[str] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        cells = [_cell(v) for k, v in item.items() if str(k).lower() not in _NOT_TEXT and _cell(v)]
        if cells:
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return rows


_NOT_TEXT = frozenset({"image", "img", "photo", "picture", "avatar", "logo", "id", "slug", "order", "categories", "draft"})


def _cell(value: Any) -> str:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = str(value).strip()
        return html.escape(text) if text and not re.search(r"\.(?:png|jpe?g|gif|svg|webp)$", text, re.I) else ""
    if isinstance(value, list):
        return "; ".join(c for c in (_cell(v) for v in value) if c)
    return ""
