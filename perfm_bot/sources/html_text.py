"""What an HTML element publishes as text: the rules shared by HTML pages and by HTML inside
Markdown, on lxml's parser (entities decoded, broken markup repaired the way browsers do).

- Not published, never read: comments, ``script``, ``style``, ``form``, ``template``,
  ``noscript``, ``nav``, a ``button``'s label (but one that shows an e-mail address to copy), a
  tooltip or toast kept invisible until hovered (``opacity-0 pointer-events-none``), and anything hidden (``hidden``, ``aria-hidden="true"``,
  ``display:none``, ``visibility:hidden``), except a dialog a button on the page opens. A hidden form or a commented-out schedule offered
  as an answer is worse than no answer.
- Superseded, never current: ``<s>``, ``<del>``, ``<strike>`` (and Markdown ``~~...~~``, which
  renders to ``<s>``). Where struck text stood next to other text, the passage says that it
  changed instead of showing the old value: "Oct 8 (changed from an earlier value)".
- A link keeps its text and its URL ("Submit on OpenReview (https://openreview.net/...)"):
  for "where do I submit?" the link is the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

DROPPED_TAGS = frozenset({"script", "style", "form", "template", "noscript", "nav", "head", "iframe", "svg", "button"})
STRUCK_TAGS = frozenset({"s", "del", "strike"})
CHANGED_NOTE = "(changed from an earlier value)"
BREAK = "\ue002"  # a <br>: a real line break, unlike the newlines of the source
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_STRUCK_STYLE = re.compile(r"text-decoration(?:-line)?\s*:[^;]*line-through", re.IGNORECASE)
# a class that draws a line through its text: "date-struck", Bootstrap's "text-decoration-line-through"
_STRUCK_CLASS = re.compile(
    r"^(?:[\w-]*[-_])?(?:strike|struck|strikethrough|strike-through|line-through|crossed|crossed-out|superseded)$"
)
_SPACE = re.compile(r"[^\S\ue002]+")
# an e-mail address as pages write it: the index keys a contact line by it, answers are checked by
# it, and a button's label that is one is read (a label is otherwise a control's name, "Submit")
EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_SHOWS_ADDRESS = re.compile(EMAIL_ADDRESS)

_FILE_NAME = re.compile(r"[\w./-]*\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico)", re.IGNORECASE)


def is_dropped(el: etree._Element) -> bool:
    """Elements whose whole content is not published text (see the module docstring)."""
    if not isinstance(el.tag, str):
        return True  # comments and processing instructions
    tag = el.tag.lower()
    if tag == "button" and _SHOWS_ADDRESS.fullmatch((el.text_content() or "").strip()):
        return False  # a "click to copy" button whose label is the organizers' address
    if tag in DROPPED_TAGS:
        return True
    if el.get("hidden") is not None:
        return True
    if (el.get("aria-hidden") or "").lower() == "true" and not is_opened_dialog(el):
        return True
    if tag == "input" and (el.get("type") or "").lower() == "hidden":
        return True
    if {"opacity-0", "pointer-events-none"} <= set((el.get("class") or "").split()):
        return True  # a tooltip or toast shown on hover or by a script ("Click to copy", "Copied!")
    return bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def is_opened_dialog(el: etree._Element) -> bool:
    """A dialog a button on the page opens (Bootstrap's ``<div class="modal" aria-hidden="true">``
    under a speaker's "Bio" button): hidden until clicked, it is published, and the talk's title
    is often only there. A dialog nothing opens stays hidden."""
    ident = el.get("id")
    if not ident or not (el.get("role") == "dialog" or has_class(el, _DIALOG_CLASS)):
        return False
    target = f"#{ident}"
    return any(
        target in (other.get("data-target"), other.get("data-bs-target"), other.get("href"))
        for other in el.getroottree().iter()
        if isinstance(other.tag, str)
    )


_DIALOG_CLASS = re.compile(r"^(?:modal|dialog|popup|lightbox)$")


def is_struck(el: etree._Element) -> bool:
    """Text shown crossed out: ``<s>``/``<del>``/``<strike>``, or any element a site's own CSS
    class or style strikes (a template's ``<div class="date-value {{ if .struck }}date-struck{{ end }}">``)."""
    if tag_of(el) in STRUCK_TAGS:
        return True
    if _STRUCK_STYLE.search(el.get("style") or ""):
        return True
    return has_class(el, _STRUCK_CLASS)


# a field's label, or a badge set before a line ("<span class="event-badge">🎤 Invited Talks</span>Invited speakers")
_LABEL_CLASS = re.compile(r"(?:^|[-_])(?:label|badge|chip|pill)$")


def _is_label(el: etree._Element) -> bool:
    """An inline element a theme marks as a field's label or a badge (``<span class="date-label">``,
    ``<span class="event-badge">``): drawn apart from the text after it."""
    return (el.text_content() or "").strip() != "" and has_class(el, _LABEL_CLASS)


def has_class(el: etree._Element, pattern: re.Pattern[str]) -> bool:
    """Whether one of the element's class names (lowercased) matches: how a theme says what a box is."""
    return any(pattern.search(name) for name in (el.get("class") or "").lower().split())


# a box the theme lays out inside the line (Tailwind's "inline-block", Bootstrap's "d-inline")
_INLINE_CLASS = frozenset({"inline", "inline-block", "inline-flex", "d-inline", "d-inline-block", "d-inline-flex"})


def shown_inline(el: etree._Element) -> bool:
    """A ``<div class="inline-block">`` holding no blocks of its own: part of the sentence around
    it ("please drop an email to <div class="inline-block">…</div> or …"), not a paragraph."""
    return (
        not _INLINE_CLASS.isdisjoint((el.get("class") or "").split())
        and not any(tag_of(d) in BLOCK_TAGS and not shown_inline(d) for d in el.iterdescendants())
    )


def tag_of(el: etree._Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


@dataclass
class TextRun:
    """Inline text being gathered; remembers whether struck text was left out of it."""

    parts: list[str] = field(default_factory=list)
    struck: bool = False
    urls: bool = True  # a link's URL follows its text (not in headings: an anchor is made from them)
    alts: list[str] = field(default_factory=list)  # images' alt text: read only if nothing else is

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)

    def text(self, note: bool = True) -> str:
        """Whitespace collapsed the way a browser shows it; <br> kept as a line break. An image's
        alt text stands in only for a run that has no visible text (a sponsor's logo link)."""
        parts = self.parts if "".join(self.parts).replace(BREAK, "").strip() else self.alts
        joined = _SPACE.sub(" ", "".join(parts))
        lines = [" ".join(line.split()) for line in joined.split(BREAK)]
        text = "\n".join(line for line in lines if line)
        if note and self.struck and text:
            text = f"{text} {CHANGED_NOTE}"
        return text


def add_inline(run: TextRun, el: etree._Element, with_tail: bool = True) -> None:
    """Add an element's published text (and its tail) to the run."""
    tag = tag_of(el)
    if is_dropped(el):
        pass
    elif is_struck(el):
        if (el.text_content() or "").strip():
            run.struck = True
    elif tag == "br":
        run.add(BREAK)
    elif tag == "img":
        alt = el.get("alt") or ""
        says_nothing = _FILE_NAME.fullmatch(alt.strip()) or not any(c.isalnum() for c in alt)  # "organizers/abdul.png", "..."
        run.alts.append("" if says_nothing else f" {alt} ")
    elif tag == "a":
        _add_link(run, el)
    else:
        run.add(el.text)
        for child in el:
            add_inline(run, child)
        if (tag in BLOCK_TAGS and not shown_inline(el)) or tag in ("td", "th"):
            run.add(" ")
        elif _is_label(el) and not re.search(r"[:—–|-]\s*$", el.text_content() or ""):
            run.add(" — ")  # <span class="date-label">Submission</span><span>August 29</span>: a label, then its value
    if with_tail:
        run.add(el.tail)


def _add_link(run: TextRun, el: etree._Element) -> None:
    inner = TextRun(urls=run.urls)
    inner.add(el.text)
    for child in el:
        add_inline(inner, child)
    label = inner.text(note=False)
    run.struck = run.struck or inner.struck
    run.add(label)
    href = (el.get("href") or "").strip()
    if (
        run.urls
        and href
        and label
        and not href.startswith(("#", "javascript:"))
        and href not in (label, f"mailto:{label}")
    ):
        run.add(f" ({href})")


def inline_html_text(fragment: str) -> str:
    """Text of an inline HTML fragment (a Markdown paragraph rendered to HTML)."""
    if "<" not in fragment and "&" not in fragment:
        return TextRun([fragment]).text()
    run = TextRun()
    for node in parse_fragment(fragment):
        if isinstance(node, str):
            run.add(node)
        else:
            add_inline(run, node)
    return run.text()


def parse_fragment(fragment: str) -> list[str | etree._Element]:
    """lxml's fragments: a leading text string, then elements (an empty fragment is [])."""
    if not fragment.strip():
        return []
    try:
        return list(lxml.html.fragments_fromstring(fragment))
    except (etree.ParserError, ValueError):
        return []


BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
