"""Text passes before Markdown parsing, each keeping line numbers true (so citations and errors
still name the right line).

- HTML comments go first: text an author commented out is not published.
- Hugo shortcodes (``{{< figure ... >}}``, ``{{% notice %}}...{{% /notice %}}``) are template
  calls, not text: the tags go and the inner text of a paired shortcode stays. Hugo's own
  ``comment`` shortcode hides its inner text, so that is dropped too.
- Raw HTML blocks stay whole across blank lines, as kramdown (Jekyll's Markdown) reads them.
  CommonMark would end such a block at the first blank line and read the indented rest as code,
  which turns a site's speaker cards into ``<div class=...>`` passages.
"""

from __future__ import annotations

import re
from typing import Any

from perfm_bot.sources.hugo_templates import render_shortcodes
from perfm_bot.sources.liquid import LiquidContext, has_liquid, render_liquid
from perfm_bot.sources import zola_shortcodes

_COMMENT = re.compile(r"<!--.*?(-->|\Z)", re.DOTALL)
_SHORTCODE_COMMENT = re.compile(r"\{\{[<%]\s*comment\s*[>%]\}\}.*?\{\{[<%]\s*/comment\s*[>%]\}\}", re.DOTALL)
_SHORTCODE = re.compile(r"\{\{[<%]\s*/?\s*[\w./-]+.*?[>%]\}\}", re.DOTALL)
_ESCAPED_SHORTCODE = re.compile(r"\{\{([<%])/\*(.*?)\*/([>%])\}\}", re.DOTALL)  # {{</* x */>}} shows '{{< x >}}'
_BLOCK_OPEN = re.compile(
    r"^ {0,3}<(html|body|div|table|section|article|aside|figure|details|dl|ul|ol|center|form|main|header|footer|nav"
    r"|blockquote|script|style|template|noscript|iframe|svg|p)\b([^>]*)>",
    re.IGNORECASE | re.MULTILINE,
)
_LONE_BREAK = re.compile(r"^[ \t]*(?:<br\s*/?>[ \t]*)+$", re.IGNORECASE | re.MULTILINE)
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)\b[^>]*?(/?)>")
_ESCAPED = re.compile("\ue003(\\d+)\ue004")
_HOLD = "<span></span>"  # keeps a blank line inside an HTML block from ending it; reads as nothing


def strip_comments(text: str) -> str:
    """Remove HTML comments but keep their line breaks, so line numbers stay true."""
    return _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)


# Markdown's comment idiom, a link definition no link uses: "[//]: # (note)", and in kramdown
# (Jekyll) any "[//]: text" line, which it reads as one definition: PMBS hides last year's
# "will be held on Monday 18th November in B303" so, with a Liquid include inside
_MARKDOWN_COMMENT = re.compile(r"^ {0,3}\[(?://|#|comment)\]:.*$", re.MULTILINE | re.IGNORECASE)


def strip_markdown_comments(text: str) -> str:
    return _MARKDOWN_COMMENT.sub("", text)


def strip_shortcodes(text: str) -> tuple[str, list[str]]:
    """Hugo shortcode tags removed, a paired shortcode's inner text kept. An escaped one
    (``{{</* x */>}}``, shown literally) is held out as a placeholder for ``restore``, so that
    the Liquid pass does not take it for an output tag."""
    if "{{<" not in text and "{{%" not in text:
        return text, []
    blank = lambda m: "\n" * m.group(0).count("\n")  # noqa: E731
    text = _SHORTCODE_COMMENT.sub(blank, text)
    escaped: list[str] = []

    def keep(match: re.Match[str]) -> str:
        escaped.append(f"{{{{{match.group(1)}{match.group(2)}{match.group(3)}}}}}")
        return f"\ue003{len(escaped) - 1}\ue004"

    text = _ESCAPED_SHORTCODE.sub(keep, text)
    text = _SHORTCODE.sub(blank, text)
    return text, escaped


def hold_html_blocks(text: str, markdown_after_blank: bool = False) -> str:
    """Fill blank lines inside top-level HTML block elements (not ``markdown="1"`` ones).

    A line holding only ``<br>`` is a spacer, read as the blank line it shows: CommonMark would
    start an HTML block there and swallow the heading under it as text. ``markdown_after_blank``
    (Goldmark, remark): a blank line before Markdown ends the block, as it does there; one before
    more tags (a comment's line, now blank) does not."""
    text = _LONE_BREAK.sub("", text)
    out: list[str] = []
    pos = 0
    for match in _BLOCK_OPEN.finditer(text):
        if match.start() < pos or re.search(r"markdown\s*=\s*[\"']?(1|block|span)", match.group(2)):
            continue
        end = _matching_close(text, match.start(), match.group(1).lower())
        out.append(text[pos : match.start()])
        gap = r"\n[ \t]*(?=\n(?:[ \t]*\n)*[ \t]*<)" if markdown_after_blank else r"\n[ \t]*(?=\n)"
        out.append(re.sub(gap, "\n" + _HOLD, text[match.start() : end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _matching_close(text: str, start: int, name: str) -> int:
    """End of the element opened at ``start`` (its close tag), or of the text if never closed."""
    depth = 0
    for tag in _TAG.finditer(text, start):
        if tag.group(2).lower() != name or tag.group(3):
            continue
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return tag.end()
    return len(text)


def prepare(body: str, front: dict[str, Any], site: LiquidContext | None) -> str:
    """A page body as the generator would publish it, before it is parsed: comments, shortcodes
    and Liquid resolved (with this page's front matter as ``page``)."""
    body = strip_markdown_comments(strip_comments(body))
    if site is not None and site.zola is not None:  # Zola: shortcodes are Tera templates, links "@/cfp.md"
        body = strip_comments(zola_shortcodes.internal_links(zola_shortcodes.render_shortcodes(body, site.zola, site.site)))
    if site is not None and site.shortcodes is not None:  # Hugo: a shortcode that shows the site's data
        body = strip_comments(render_shortcodes(body, site.shortcodes, site.site.get("data") or {}, site.site))
    body, escaped = strip_shortcodes(body)
    if has_liquid(body):
        site = site or LiquidContext()
        body = render_liquid(body, LiquidContext(site.site, {**site.page, **front}, site.includes))
        body = strip_comments(body)  # an include may bring its own comments
    return _ESCAPED.sub(lambda m: escaped[int(m.group(1))], body) if escaped else body
