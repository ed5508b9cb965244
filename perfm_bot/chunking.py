"""Knowledge to chunks: the units the index searches and an answer quotes.

A pure function of the knowledge. Each chunk carries:
- ``text``: what an answer may show, published text only;
- ``keys``: the texts that are embedded to find it (a FAQ entry is found by its question and its
  other phrasings; a passage by its text with its section heading as context);
- ``source``: the title and URL (with anchor) an answer cites.
Chunk ids come from place and content, so an unchanged passage keeps its id across rebuilds.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from perfm_bot.knowledge import FaqEntry, ImportantDate, Knowledge, NewsItem, Page
from perfm_bot.markdown_page import Block

MAX_PASSAGE = 450  # longer page blocks are split at sentence ends
_PLACEHOLDER_DATE = re.compile(r"\b\d{4}-XX-XX\b:?\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
_NUMBERING = re.compile(r"^[\W\d_]*(?=\w)")  # "3. ", "— " before a heading's words


@dataclass(frozen=True)
class Source:
    title: str
    url: str | None  # the published path with #anchor, or an absolute URL; None when unpublished


@dataclass(frozen=True)
class Chunk:
    id: str
    kind: str  # "page" | "faq" | "date" | "news"
    text: str
    keys: tuple[str, ...]
    source: Source
    ref: str | None = None  # the FAQ id, date key or news id behind the chunk
    section: str = ""
    states_date: str | None = None  # a page passage that states this date key ("Paper ...: TBA")


def build_chunks(knowledge: Knowledge) -> list[Chunk]:
    chunks: list[Chunk] = []
    for page in knowledge.pages:
        chunks.extend(_page_chunks(page, knowledge.dates))
    chunks.extend(_faq_chunk(knowledge, e) for e in knowledge.faq)
    chunks.extend(_date_chunk(knowledge, d) for d in knowledge.dates)
    if knowledge.dates:
        chunks.append(_dates_overview_chunk(knowledge))
    chunks.extend(_news_chunk(knowledge, n) for n in knowledge.news)
    return chunks


def heading_title(text: str) -> str:
    """A heading as a reader names it: '3. Submissions and Timeline' -> 'Submissions and Timeline'."""
    return _NUMBERING.sub("", text).strip() or text


def resolve_source(knowledge: Knowledge, ref: str | None, fallback_title: str) -> Source:
    """``PAGE#ANCHOR`` to the page's title and published URL; a URL stays a URL."""
    if not ref:
        return Source(fallback_title, None)
    if "://" in ref:
        return Source(fallback_title, ref)
    slug, _, anchor = ref.partition("#")
    page = knowledge.page(slug)
    if page is None:
        return Source(fallback_title, None)
    heading = next((h for h in page.parsed.headings if h.anchor == anchor), None)
    title = page.title if heading is None or heading.level == 1 else f"{page.title} › {heading_title(heading.text)}"
    return Source(title, page.permalink + (f"#{anchor}" if anchor else ""))


def _digest(*parts: str) -> str:
    return hashlib.sha1("\0".join(parts).encode()).hexdigest()[:10]


def _page_chunks(page: Page, dates: tuple[ImportantDate, ...]) -> list[Chunk]:
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for block in page.parsed.blocks:
        for text in _split_passage(_clean(block.text)):
            heading = block.path[-1] if block.path else None
            anchor = heading.anchor if heading else ""
            section = " › ".join(heading_title(h.text) for h in block.path if h.level > 1)
            title = page.title if heading is None or heading.level == 1 else f"{page.title} › {heading_title(heading.text)}"
            chunk_id = f"page:{page.slug}#{anchor}:{_digest(text)}"
            while chunk_id in seen:  # the same words twice in one section
                chunk_id += "+"
            seen.add(chunk_id)
            key = f"{section}: {text}" if section and block.kind != "heading" else text
            source = Source(title, f"{page.permalink}#{anchor}")
            chunks.append(Chunk(chunk_id, "page", text, (key,), source, None, section, _stated_date(text, dates)))
    return chunks


def _stated_date(text: str, dates: tuple[ImportantDate, ...]) -> str | None:
    """The date a passage like 'Camera-ready submission: TBA' states, so dates.yaml can win over it.

    The page is published once, but organizers set and move dates later; an answer must come
    from the date record, never from the page's older 'TBA'.
    """
    named, colon, _ = text.partition(":")
    if not colon:
        return None
    named = named.strip().lower()
    for item in dates:
        label = item.label.lower()
        if named and (label == named or label.startswith(named) or named.startswith(label)):
            return item.key
    return None


def _clean(text: str) -> str:
    """Published text, minus what must not be read as a fact ('2026-XX-XX' is not a date)."""
    return _PLACEHOLDER_DATE.sub("Date not given: ", text).replace("\n", " ")


def _split_passage(text: str) -> list[str]:
    if len(text) <= MAX_PASSAGE:
        return [text]
    parts: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(text):
        if current and len(current) + 1 + len(sentence) > MAX_PASSAGE:
            parts.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        parts.append(current)
    return parts


def _faq_chunk(knowledge: Knowledge, entry: FaqEntry) -> Chunk:
    source = resolve_source(knowledge, entry.source, "Workshop FAQ" + (f" (added by {entry.by})" if entry.by else ""))
    keys = (entry.question, *entry.also, f"{entry.question} {entry.answer}")
    return Chunk(
        f"faq:{entry.id}:{_digest(entry.question, entry.answer, *entry.also)}",
        "faq",
        entry.answer,
        keys,
        source,
        entry.id,
        "FAQ",
    )


def date_keys(label: str) -> tuple[str, ...]:
    """How attendees ask for a date, built from its label alone (no per-date phrasing to maintain)."""
    lower = label[0].lower() + label[1:]
    return (label, f"When is the {lower}?", f"What is the date of the {lower}?")


def _date_chunk(knowledge: Knowledge, item: ImportantDate) -> Chunk:
    fallback = "Important dates" + (f" (set by {item.by})" if item.by else "")
    status = item.day.isoformat() if item.day else "TBA"
    return Chunk(
        f"date:{item.key}:{_digest(item.label, status, item.timezone)}",
        "date",
        f"{item.label}: {status}",
        date_keys(item.label),
        resolve_source(knowledge, item.source, fallback),
        item.key,
        "Important dates",
    )


def _dates_overview_chunk(knowledge: Knowledge) -> Chunk:
    labels = ", ".join(d.label for d in knowledge.dates)
    source_ref = next((d.source for d in knowledge.dates if d.source), None)
    return Chunk(
        f"date:*:{_digest(labels)}",
        "date",
        labels,
        ("Important dates", "What are the important dates and deadlines?", f"Important dates: {labels}"),
        resolve_source(knowledge, source_ref, "Important dates"),
        None,
        "Important dates",
    )


def _news_chunk(knowledge: Knowledge, item: NewsItem) -> Chunk:
    when = item.day.isoformat() if item.day else "date not given"
    return Chunk(
        f"news:{item.id}:{_digest(item.text, when)}",
        "news",
        item.text,
        (f"News: {item.text}", item.text),
        resolve_source(knowledge, item.source, "Workshop news" + (f" (announced by {item.by})" if item.by else "")),
        item.id,
        "News",
    )
