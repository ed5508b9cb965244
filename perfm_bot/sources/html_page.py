"""Reading HTML, a whole built page or a block inside Markdown, into headings and blocks.

A built page carries the site's chrome around its content: ``<head>``, the navigation and the
document's own ``<header>``/``<footer>`` (a header inside an article is content and stays). The
title comes from ``<title>``, else the first ``h1``; ``<meta name="description">`` is the lead.
Headings keep their ``id`` as the anchor (that is what the browser jumps to), else the
generator's slug rule; ``p``/``li``/``dd``/``blockquote`` text becomes blocks and a table one
block per row, read with its header cells.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

import lxml.html
from lxml import etree

from perfm_bot.sources.html_text import (
    BLOCK_TAGS, TextRun, add_inline, has_class, is_dropped, is_opened_dialog, is_struck, parse_fragment, shown_inline, tag_of,
)
from perfm_bot.sources.page_model import PageBuilder, table_row_text

_HEADINGS = {f"h{n}": n for n in range(1, 7)}
MAX_HEADING = 150  # characters: longer "headings" are paragraphs set in a heading's type
_CONTENT_SECTIONING = frozenset({"article", "aside", "dialog", "details"})


@dataclass(frozen=True)
class HtmlHead:
    title: str
    description: str


def read_document(html: str, builder: PageBuilder, first_line: int) -> HtmlHead:
    """Feed a whole document's content to ``builder``; return what its head says."""
    try:
        doc = lxml.html.document_fromstring(close_sections(close_headings(html)))
    except (etree.ParserError, ValueError):
        return HtmlHead("", "")
    title = " ".join((doc.findtext(".//title") or "").split())
    meta = doc.xpath("//meta[translate(@name,'DESCRIPTION','description')='description']/@content")
    description = " ".join(str(meta[0]).split()) if meta else ""
    body = doc.find("body")
    if body is not None:
        show_script_times(body)
        with _one_reading():
            _walk(body, builder, first_line - 1, document=True)
    return HtmlHead(title, description)


_HEADING_TAG = re.compile(r"<(/?)h([1-6])\b[^>]*>", re.IGNORECASE)


def close_headings(html: str) -> str:
    """A heading closed by another level's end tag (``<h2>Name</h1>``, a template's slip) is
    closed as browsers close it: HTML's parsing rules let any ``</hN>`` end the open heading.
    lxml ignores the mismatched tag instead, and the rest of the card (or the page) became part
    of that heading. Lines are kept, so reported line numbers stay right."""
    open_level = ""

    def fix(match: re.Match[str]) -> str:
        nonlocal open_level
        closing, level = match.group(1), match.group(2)
        if not closing:
            open_level = level
            return match.group(0)
        was, open_level = open_level, ""
        return f"</h{was}>" if was and was != level else match.group(0)

    return _HEADING_TAG.sub(fix, html)


_SECTIONING = ("header", "footer", "nav", "main", "section", "article", "aside")
_BLOCK_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|textarea)\b.*?</\1\s*>|<(/?)(div|header|footer|nav|main|section|article|aside)\b[^>]*?(/?)>",
    re.IGNORECASE | re.DOTALL,
)


def close_sections(html: str) -> str:
    """``</header>`` with a ``<div>`` still open inside it closes that div too, as browsers close
    it (HTML's end tag for an element in scope). lxml ignores the end tag instead, so a page
    whose header forgot one ``</div>`` had its whole content inside the header, dropped as page
    chrome. The missing end tags are written in before it; lines are kept."""
    stack: list[str] = []
    out: list[str] = []
    last = 0
    for match in _BLOCK_TOKEN.finditer(html):
        name = (match.group(3) or "").lower()
        if not name or match.group(4):  # a comment, a script, a self-closed tag
            continue
        if not match.group(2):
            stack.append(name)
        elif name in stack:
            above = stack[len(stack) - 1 - stack[::-1].index(name) + 1 :]
            if name in _SECTIONING and above and all(tag == "div" for tag in above):
                out.append(html[last : match.start()] + "</div>" * len(above))
                last = match.start()
            del stack[len(stack) - 1 - stack[::-1].index(name) :]
    return "".join(out) + html[last:] if out else html


def read_fragment(html: str, builder: PageBuilder, first_line: int) -> None:
    """Feed an HTML block found inside Markdown to ``builder`` (lines count from ``first_line``)."""
    with _one_reading():
        _read_fragment(html, builder, first_line)


def _read_fragment(html: str, builder: PageBuilder, first_line: int) -> None:
    run = TextRun()
    line = first_line
    for node in parse_fragment(close_headings(html)):
        if not isinstance(node, str):
            show_script_times(node)
        if isinstance(node, str):
            run.add(node)
        elif (tag_of(node) in BLOCK_TAGS and not shown_inline(node)) or tag_of(node) in _HEADINGS:
            _flush(run, builder, line)
            run = TextRun()
            _element(node, builder, first_line - 1, document=False)
            run.add(node.tail)
            line = _line(node, first_line - 1)
        else:
            add_inline(run, node)
    _flush(run, builder, line)


_TIME_ATTRIBUTE = re.compile(r"^data-[\w-]*(?:time|start|end|hour)[\w-]*$")
_CLOCK_VALUE = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[-–]\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?\s*$", re.I)


def show_script_times(root: etree._Element) -> None:
    """A programme's time cell left empty for a script to fill from its attribute
    (``<td class="time-cell" data-tokyo-time="10:00 - 10:10"><div class="time-display"></div>``):
    the visitor sees the time, so the reader does too. Only an element with no text of its own
    and an attribute holding a clock time is filled."""
    for el in root.iter():
        if not isinstance(el.tag, str) or "".join(el.itertext()).strip():
            continue
        value = next((v for k, v in el.attrib.items() if _TIME_ATTRIBUTE.match(k) and _CLOCK_VALUE.match(v)), None)
        if value is not None:
            el.text = value.strip()


def _line(el: etree._Element, offset: int) -> int:
    return (el.sourceline or 1) + offset


def _flush(run: TextRun, builder: PageBuilder, line: int, kind: str = "paragraph") -> None:
    builder.block(kind, run.text(), line)


def _walk(container: etree._Element, builder: PageBuilder, offset: int, document: bool) -> None:
    """The container's content in order: inline runs become paragraphs, block children recurse."""
    run = TextRun()
    line = _line(container, offset)
    run.add(container.text)
    cards = _cards(container)
    for child in container:
        tag = tag_of(child)
        if child in cards:
            _flush(run, builder, line)
            run = TextRun()
            builder.block("item", _card_text(child, offset), _line(child, offset))
            for dialog in (d for d in child.iter() if isinstance(d.tag, str) and is_opened_dialog(d)):
                _dialog(dialog, _card_parts(child)[0], builder, offset)
            run.add(child.tail)
        elif (tag in BLOCK_TAGS and not shown_inline(child)) or tag in _HEADINGS or (tag == "a" and _wraps_blocks(child)):
            _flush(run, builder, line)
            run = TextRun()
            _element(child, builder, offset, document)
            line = _line(child, offset)
            run.add(child.tail)
        else:
            if not run.parts:
                line = _line(child, offset)
            add_inline(run, child)
    _flush(run, builder, line)


def _wraps_blocks(link: etree._Element) -> bool:
    """A link around a whole card (al-folio's ``<a href><div class="card"><h2>Albert Gu</h2>
    <p>CMU</p></div></a>``) is read as the blocks it holds, not one run of words. (A link around
    headings alone, a banner's "Vienna Congress Center" over "June 1st, 2026", is one line.)"""
    return any(tag_of(d) in BLOCK_TAGS and tag_of(d) not in _HEADINGS for d in link.iterdescendants())


_CARD_TAGS = frozenset({"div", "article", "section", "figure", "li"})
MAX_CARD = 400  # characters: a card names someone or something; longer siblings are sections


class _Parts:
    """Collects a card's texts in reading order (the builder's interface, nothing kept apart)."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def heading(self, level: int, text: str, line: int, anchor: str | None = None) -> None:
        self.block("heading", text, line)

    def block(self, kind: str, text: str, line: int, top: bool = False) -> None:
        lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        if lines:  # a name broken over two lines ("<b>Albert</b> <br> Gu") is one name
            self.parts.append((" " if all(" " not in line for line in lines) else ", ").join(lines))


_T = TypeVar("_T")
_READING = threading.local()


@contextmanager
def _one_reading() -> Iterator[None]:
    """While one page is read, each element's card analysis is worked out once: a card's text is
    read by walking it, and that walk asks about the cards inside it again, so without this a page
    of grids nested eight deep took over a minute."""
    outer = getattr(_READING, "memo", None)
    _READING.memo = outer if outer is not None else {}
    try:
        yield
    finally:
        _READING.memo = outer


def _once(kind: str, el: etree._Element, work: Callable[[etree._Element], _T]) -> _T:
    memo = getattr(_READING, "memo", None)
    if memo is None:
        return work(el)
    key = (kind, el)
    if key not in memo:
        memo[key] = work(el)
    return memo[key]


def _cards(container: etree._Element) -> set[etree._Element]:
    return _once("cards", container, _find_cards)


def _find_cards(container: etree._Element) -> set[etree._Element]:
    """Repeated siblings of one shape (same tag and class), each a few short texts: a grid of
    speaker, organizer or sponsor cards. Each card reads as one item ("Ada Lovelace (url) —
    University of X"), so its headings label the card instead of splitting the section."""
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for child in container:
        if tag_of(child) in _CARD_TAGS and not is_dropped(child) and not is_struck(child):
            classes = child.get("class") or ""
            groups.setdefault((tag_of(child), classes), []).append(child)
            if len(classes.split()) >= 3:  # one grid's items, each also in its own filter category
                groups.setdefault((tag_of(child), " ".join(classes.split()[:-1]) + " *"), []).append(child)
    cards: set[etree._Element] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        if any(m.find(".//table") is not None for m in members):
            continue
        # a programme where one slot also carries its abstract: the other slots are still cards
        fitting = [m for m in members if _fits_card(_card_parts(m))]
        if len(fitting) >= 2 and 2 * len(fitting) >= len(members):
            cards.update(m for m in fitting if not _holds_cards(m))
    return cards if len(cards) >= 2 else set()


def _fits_card(parts: list[str]) -> bool:
    return len(parts) >= 2 and sum(map(len, parts)) <= MAX_CARD


def _holds_cards(el: etree._Element) -> bool:
    return _once("holds", el, _find_held_cards)


def _find_held_cards(el: etree._Element) -> bool:
    """A row of a grid holds the cards, and a section opens with its title box: neither is a card.
    A name with its affiliation under it (a title box) that is all a card says, beside a photo, is
    the card itself, and so is one after a label on the photo ("Organising", then "Dr. Jamal Nasir",
    "Assistant Professor", "University of Galway"): a section opens with its title."""
    said = [child for child in el if tag_of(child) in _CARD_TAGS and (child.text_content() or "").strip()]
    return bool(_cards(el)) or any(
        (_heading_group(child) is not None and len(said) > 1 and said[0] is child) or _holds_cards(child)
        for child in el if tag_of(child) in _CARD_TAGS
    )


def _card_parts(card: etree._Element) -> list[str]:
    return _once("parts", card, _read_card_parts)


def _read_card_parts(card: etree._Element) -> list[str]:
    sink = _Parts()
    _walk(card, sink, 0, document=False)  # type: ignore[arg-type]
    return sink.parts


_BUTTON = re.compile(r"[^—()]{1,40} \((?:https?://|mailto:)\S+\)")


def _card_text(card: etree._Element, offset: int) -> str:
    """A card's texts joined; one that repeats its neighbour (an alt text, a caption) is left out."""
    parts = _card_parts(card)
    heading = next((h for h in card.iter() if tag_of(h) in _HEADINGS and (h.text_content() or "").strip()), None)
    titled = " ".join(heading.text_content().split()) if heading is not None else None
    photos = {" ".join((img.get("alt") or "").split()) for img in card.iter("img")}
    # the card's own heading stays, though its photo's alt repeats it ("Portrait of Emmanuel Abbe")
    kept = [
        p for i, p in enumerate(parts)
        if not any(p != q and p in q and not (p == titled and q in photos) for q in parts[max(0, i - 1) : i + 2])
    ]
    if heading is not None:
        # a card that names itself in a heading says so first, and its photo's alt text and the
        # links on the photo's back are no part of it (SECURE-AI4H's organizer cards carry another
        # person's name in a photo's alt, and lead with a "Personal Website" button)
        name = " ".join(heading.text_content().split())
        alts = {" ".join((img.get("alt") or "").split()) for img in card.iter("img")} - {name}
        kept = [p for p in kept if p not in alts] or kept
        if name in kept:  # a button before the name ("Personal Website (https://…)") comes after it
            at = kept.index(name)
            buttons = [p for p in kept[:at] if _BUTTON.fullmatch(p)]
            kept = [p for p in kept[:at] if p not in buttons] + [name] + buttons + kept[at + 1:]
    return " — ".join(dict.fromkeys(kept))


def _element(el: etree._Element, builder: PageBuilder, offset: int, document: bool) -> None:
    tag = tag_of(el)
    if is_dropped(el) or is_struck(el):  # a struck block (a date card's old value) is never current
        return
    if is_opened_dialog(el):
        if not isinstance(builder, _Parts):  # a card's dialog is read after the card, under its name
            _dialog(el, None, builder, offset)
        return
    if document and tag in ("header", "footer") and _is_page_chrome(el):
        if tag == "footer":
            _contact_lines(el, builder, offset)
        return
    line = _line(el, offset)
    if tag in _HEADINGS:
        run = TextRun(urls=False)
        add_inline(run, el, with_tail=False)
        if len(run.text()) <= MAX_HEADING and not isinstance(builder, _Parts):
            builder.heading(_HEADINGS[tag], run.text(note=False), line, _anchor(el), slug=False)
        else:  # a card's name, or "<h5>Format: <span>Submissions should be...</span></h5>": text
            prose = TextRun()
            add_inline(prose, el, with_tail=False)
            builder.block("paragraph", prose.text(), line)
    elif tag == "table":
        _table(el, builder, offset)
    elif tag in ("ul", "ol"):
        for item in el:
            if tag_of(item) == "li" and not is_dropped(item):
                builder.block("item", _item_text(item), _line(item, offset))
            elif tag_of(item) in BLOCK_TAGS:
                _element(item, builder, offset, document)
    elif tag == "dl":
        _definitions(el, builder, offset)
    elif tag == "hr":
        return
    elif (kicked := _kicker(el)) is not None and not isinstance(builder, _Parts):
        kicker, heading = kicked
        level = _HEADINGS[tag_of(heading)]
        builder.heading(level, _cell_text(kicker), _line(kicker, offset), _anchor(heading), slug=False)
        builder.heading(min(level + 1, 6), _cell_text(heading), _line(heading, offset), _anchor(heading), slug=False)
        for child in el[el.index(heading) + 1 :]:
            if isinstance(child.tag, str):
                _element(child, builder, offset, document)
    elif (card := _led_card(el)) is not None and not isinstance(builder, _Parts):
        lead, rest = card
        outer = list(builder.stack)
        level = min(outer[-1].level + 1, 6) if outer else 2
        builder.heading(level, _cell_text(lead[0]), _line(lead[0], offset), _anchor(lead[0]), slug=False)
        builder.block("item", " — ".join(_cell_text(h) for h in lead), _line(lead[0], offset))
        for child in rest:
            _element(child, builder, offset, document)
        builder.stack[:] = outer  # the next card's name is not under this one's talk
    elif (group := _heading_group(el)) is not None and not isinstance(builder, _Parts):
        heading, subtitles = group
        if heading is not None:
            _element(heading, builder, offset, document)
        parent = builder.stack[-1] if builder.stack and heading is not None else None
        for sub in subtitles:
            level = (parent.level + 1) if parent else 2
            builder.heading(level, _cell_text(sub), _line(sub, offset), parent.anchor if parent else _anchor(el), slug=False)
    elif (box := _titled_box(el)) is not None and not isinstance(builder, _Parts):
        title, body = box
        outer = list(builder.stack)
        level = min(outer[-1].level + 1, 6) if outer else 2
        builder.heading(level, _cell_text(title), _line(title, offset), _anchor(el), slug=False)
        for child in body:
            _element(child, builder, offset, document)
        builder.stack[:] = outer  # what follows the box is not under its title
    else:
        _walk(el, builder, offset, document)


def _dialog(el: etree._Element, name: str | None, builder: PageBuilder, offset: int) -> None:
    """A dialog a "Bio" button opens, read under the name of the card holding the button (else
    where it stands): its labels joined to what they label ("Title: Capturing & Controlling Digital
    Humans"), so "what is Justus Thies's talk called?" finds one passage saying both."""
    sink = _Parts()
    _walk(el, sink, 0, document=False)  # type: ignore[arg-type]
    titled = el.get("aria-labelledby")
    own_title = next((" ".join(t.text_content().split()) for t in el.iter() if titled and t.get("id") == titled), None)
    parts = [p for i, p in enumerate(sink.parts) if not (i == 0 and p == own_title)]  # "Info", "Bio"
    outer = list(builder.stack)
    if name:
        level = min(outer[-1].level + 1, 6) if outer else 2
        builder.heading(level, name, _line(el, offset), _anchor(el), slug=False)
    i = 0
    while i < len(parts):
        if _is_label(parts[i]) and i + 1 < len(parts):
            builder.block("paragraph", f"{parts[i]}: {parts[i + 1]}", _line(el, offset))
            i += 2
        else:
            builder.block("paragraph", parts[i], _line(el, offset))
            i += 1
    builder.stack[:] = outer  # what follows the dialog is not under its card's name


def _is_label(part: str) -> bool:
    return len(part.split()) <= MAX_LABEL_WORDS and not part.endswith((".", "?", "!", ":")) and not any(c.isdigit() for c in part)


MAX_LABEL_WORDS = 3  # "Title", "Short Bio", "Talk Abstract"


_BOX_TITLE = re.compile(r"(?:^|[-_])(?:header|heading|title|summary)(?:$|[-_])")
MAX_BOX_TITLE = 160  # characters: a name with its affiliation, a question


def _titled_box(el: etree._Element) -> tuple[etree._Element, list[etree._Element]] | None:
    """A box made of a title bar and a body: ``<details><summary>``, a Quarto callout (``callout-
    header`` holding "Kathryn Humphreys (Vanderbilt University)", then her talk's abstract), a
    card's ``card-header``. The title names what the body says, so the body reads under it as
    under a heading: "who talks about the TotTag?" is answered by the abstract with its speaker."""
    if el.text and el.text.strip():
        return None
    children = [c for c in el if isinstance(c.tag, str) and not is_dropped(c)]
    if len(children) < 2 or any(c.tail and c.tail.strip() for c in children):
        return None
    first = children[0]
    if tag_of(first) != "summary" and not has_class(first, _BOX_TITLE):
        return None
    if tag_of(first) in _HEADINGS or any(tag_of(d) in _HEADINGS for d in first.iter()) or _heading_group(first) is not None:
        return None  # a heading, or a title box, is read as one already
    title = _cell_text(first)
    if not title or len(title) > MAX_BOX_TITLE or title.endswith((".", ":", ";")):
        return None
    body = children[1:]
    if tag_of(first) != "summary" and sum(len(_cell_text(b)) for b in body) <= len(title):
        return None  # a title and a caption: a card, read as one item
    return first, body


MAX_SUBTITLE = 80  # characters
_LABELLED = re.compile(r"^[A-Za-z][\w ]{0,24}:\s*\S")  # "Venue: Galata Hall"


def _anchor(el: etree._Element) -> str:
    """Where a browser can jump for this heading: its own id, else its section's (``<section
    id="org"><h2>Organization</h2>``); else none, and the citation is the page alone (no generator
    adds ids to HTML headings, so a slug would point nowhere)."""
    for node in (el, *el.iterancestors()):
        if node.get("id") and tag_of(node) not in ("body", "html", "main"):
            return str(node.get("id"))
    return ""


MAX_LEAD = 4  # headings: a name, an affiliation, a talk's title, a role


def _led_card(el: etree._Element) -> tuple[list[etree._Element], list[etree._Element]] | None:
    """A speaker's box that opens with headings of its own, out of the page's rank order (FLaNN's
    ``<h3>Will Merrill</h3><h4>Allen Institute for AI</h4><img><h2>Expressivity and Scaling</h2>
    <p>abstract</p>``), or that is only those headings beside a photo: the headings are one card's
    label, not sections. Read as nested headings, each talk's title outranked the next speaker's
    name, so every name after the first sat under the talk before, and no passage said whose
    affiliation or talk was whose. The lead reads as one line ("Will Merrill — Allen Institute for
    AI — Expressivity and Scaling"), the rest of the box under the name."""
    if el.text and el.text.strip():
        return None
    children = [c for c in el if isinstance(c.tag, str) and not is_dropped(c)]
    if any(c.tail and c.tail.strip() for c in children):
        return None
    lead: list[etree._Element] = []
    end = 0
    pictured = False
    for i, child in enumerate(children):
        text = _cell_text(child)
        photo = tag_of(child) == "img" or (child.find(".//img") is not None and text == _alt_texts(child))
        if tag_of(child) in _HEADINGS and text and len(text) <= MAX_BOX_TITLE:
            lead.append(child)
        elif text and not photo:
            break
        pictured = pictured or photo
        end = i + 1
    if not 2 <= len(lead) <= MAX_LEAD:
        return None
    levels = [_HEADINGS[tag_of(h)] for h in lead]
    rest = children[end:]
    outranked = any(level < levels[0] for level in levels[1:])
    if not (outranked and rest) and not (pictured and not rest):
        return None
    return lead, rest


def _alt_texts(el: etree._Element) -> str:
    """What a photo's alt texts read as (a photo's alt is its caption, never the card's text)."""
    return " ".join(" ".join((img.get("alt") or "").split()) for img in el.iter("img") if (img.get("alt") or "").strip())


def _heading_group(el: etree._Element) -> tuple[etree._Element | None, list[etree._Element]] | None:
    """A heading with its subtitle (``<hgroup>``, or a theme's ``<div class="section-title"><h2>Talks
    </h2><p>Invited Speakers</p></div>``): the subtitle names the section below, so it reads as a
    heading under the first one, never as a passage of its own ("Invited Speakers" is no answer to
    "who are the speakers?"; the cards under it are). A title box whose heading is commented out
    (``<div class="section-title"><p>Program Committee</p></div>``) is a heading by its class."""
    if el.text and el.text.strip():
        return None
    children = [c for c in el if not is_dropped(c) and isinstance(c.tag, str)]
    if any(c.tail and c.tail.strip() for c in children):
        return None
    titled = tag_of(el) == "hgroup" or any(w in (el.get("class") or "").lower() for w in ("title", "heading"))
    if len(children) >= 2 and tag_of(children[0]) in _HEADINGS:
        heading, subtitles = children[0], children[1:]
    elif titled and children and tag_of(el) != "span":
        heading, subtitles = None, children
    else:
        return None
    for sub in subtitles:
        text = _cell_text(sub)
        if tag_of(sub) not in ("p", "div", "span") or not text or len(text) > MAX_SUBTITLE or text.rstrip()[-1:] in ".!?:;":
            return None
        if any(c.isdigit() for c in text) or _LABELLED.match(text):  # "Upto 8 pages" under "REGULAR Papers",
            return None  # "Venue: Galata Hall" under the day: a fact, not a title
        if sub.find(".//a") is not None or len(sub):
            return None
    return heading, subtitles


def _kicker(el: etree._Element) -> tuple[etree._Element, etree._Element] | None:
    """A label set above a heading (a theme's "eyebrow": ``<p class="eyebrow">Invited Speakers</p>
    <h2>Keynotes &amp; Featured Talks</h2>``) names the section too: it heads it, the heading under
    it, rather than trailing the section before as a line of its own."""
    if el.text and el.text.strip():
        return None
    children = [c for c in el if not is_dropped(c) and isinstance(c.tag, str)]
    if len(children) < 2 or tag_of(children[1]) not in _HEADINGS or tag_of(children[0]) not in ("p", "span", "div"):
        return None
    kicker, heading = children[0], children[1]
    text = _cell_text(kicker)
    if kicker.tail and kicker.tail.strip() or len(kicker) or not text or len(text.split()) > KICKER_WORDS:
        return None
    if text.rstrip()[-1:] in ".!?:;," or any(c.isdigit() for c in text) or not _cell_text(heading):
        return None  # "Updated May 3", "Note:": a line of its own
    return kicker, heading


KICKER_WORDS = 4


def _definitions(dl: etree._Element, builder: PageBuilder, offset: int) -> None:
    """``<dt>Paper deadline</dt><dd>Oct 8</dd>`` reads as one block: 'Paper deadline — Oct 8'."""
    term = ""
    for child in dl:
        if is_dropped(child):
            continue
        text = _cell_text(child)
        if tag_of(child) == "dt":
            term = text
        elif text:
            builder.block("paragraph", f"{term} — {text}" if term else text, _line(child, offset))


def _contact_lines(footer: etree._Element, builder: PageBuilder, offset: int) -> None:
    """A page footer is chrome, but the address in it is how attendees reach the organizers: each
    line holding a mailto link is kept, the rest (credits, copyright, menus) is not."""
    seen: set[str] = set()
    for link in footer.iter("a"):
        if not str(link.get("href") or "").lower().startswith("mailto:") or is_dropped(link):
            continue
        line = next((a for a in link.iterancestors() if tag_of(a) in ("p", "li", "div", "td", "span", "footer")), link)
        text = _cell_text(line)
        if text and text not in seen:
            seen.add(text)
            builder.block("paragraph", text if "contact" in text.lower() else f"Contact: {text}", _line(line, offset))


def _is_page_chrome(el: etree._Element) -> bool:
    """A header or footer of the whole document, not one inside an article. (One inside a
    ``<section>`` or ``<main>`` is most often the page footer that an unclosed ``<div>`` pulled in:
    "Designed by BootstrapMade" is no answer to "contact email?".) A header holding the page's
    ``<h1>`` and no navigation is its banner, not chrome: "October 2025 | Honolulu, Hawaii | ICCV
    2025" under the workshop's name is where many one-page sites say when and where. A footer
    holding a section of its own (a top-level heading over paragraphs of prose) is that section: a
    one-page template's last block, "Call for Papers", sits in its ``<footer>``."""
    if tag_of(el) == "header" and _is_banner(el):
        return False
    if tag_of(el) == "footer" and _holds_a_section(el):
        return False
    return not any(tag_of(a) in _CONTENT_SECTIONING for a in el.iterancestors())


def _holds_a_section(footer: etree._Element) -> bool:
    """An ``<h1>``/``<h2>`` and more prose than a footer's credits, contact line and link lists."""
    if next(footer.iter("h1", "h2"), None) is None:
        return False
    linked = sum(len((a.text_content() or "").split()) for a in footer.iter("a"))
    return len((footer.text_content() or "").split()) - linked >= SECTION_WORDS


SECTION_WORDS = 120  # a theme's footer widgets say 25 to 60 words besides their links


def _is_banner(header: etree._Element) -> bool:
    """The page's ``<h1>`` and no menu: no ``<nav>``, and not a row of buttons to the site's other
    pages (a theme's header repeats those on every page; links within the page are the banner's,
    in a ``<nav>`` too: AIDaR's hero says "One-day in-person workshop · Paris, France" above its
    quick links to #dates and #speakers)."""
    if next(header.iter("h1"), None) is None or any(_leaves_the_page(nav) for nav in header.iter("nav")):
        return False
    to_pages = [a for a in header.iter("a") if not str(a.get("href") or "#").startswith(("#", "http:", "https:", "mailto:"))]
    return len(to_pages) < MENU_LINKS


MENU_LINKS = 3  # links to the site's other pages that make a header its menu


def _leaves_the_page(nav: etree._Element) -> bool:
    return any(not str(a.get("href") or "#").startswith("#") for a in nav.iter("a"))


def _item_text(item: etree._Element) -> str:
    """A list item with its nested items, the way Markdown lists read: 'Topic; sub 1; sub 2'."""
    run = TextRun()
    run.add(item.text)
    nested: list[str] = []
    for child in item:
        if tag_of(child) in ("ul", "ol") and not is_dropped(child):
            nested.extend(_item_text(li) for li in child if tag_of(li) == "li" and not is_dropped(li))
            run.add(child.tail)
        else:
            add_inline(run, child)
    return "; ".join(part for part in [run.text(), *nested] if part)


def _table(table: etree._Element, builder: PageBuilder, offset: int) -> None:
    """One block per row, labelled by the header row (``<th>`` cells or a ``<thead>``)."""
    header: list[str] = []
    for row, cells in _rows(table):
        if is_dropped(row) or any(is_dropped(a) for a in row.iterancestors() if a is not table):
            continue
        texts = [_cell_text(c) for c in cells]
        in_head = any(tag_of(a) == "thead" for a in row.iterancestors())
        if in_head or (not header and cells and all(tag_of(c) == "th" for c in cells)):
            header = texts
        elif any(texts):
            builder.block("row", table_row_text(header, texts), _line(row, offset))


def _rows(table: etree._Element) -> Iterator[tuple[etree._Element, list[etree._Element]]]:
    """The table's rows with their cells, in order. Cells written with no ``<tr>`` around them
    (a forgotten tag: "<table><th>Paper submission deadline</th><td>May 31</td></tr>") make one row,
    as a browser shows them; lxml leaves them loose in the table."""
    loose: list[etree._Element] = []
    for el in table.iter("tr", "td", "th"):
        if tag_of(el) == "tr":
            if loose:
                yield loose[0], loose
                loose = []
            yield el, [c for c in el if tag_of(c) in ("td", "th") and not is_dropped(c)]
        elif tag_of(el.getparent()) in ("table", "tbody", "thead", "tfoot") and not is_dropped(el):
            if loose and el.getprevious() is not None and el.getprevious() is not loose[-1] and tag_of(el.getprevious()) == "tr":
                yield loose[0], loose
                loose = []
            loose.append(el)
    if loose:
        yield loose[0], loose


def _cell_text(cell: etree._Element) -> str:
    run = TextRun()
    add_inline(run, cell, with_tail=False)
    return run.text().replace("\n", " ")
