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
from urllib.parse import urlsplit
from dataclasses import dataclass

from perfm_bot.index.answer_units import MAX_UNIT, Unit, answer_units, heading_title
from perfm_bot.index.concept_keys import concept_keys
from perfm_bot.index.rosters import rosters
from perfm_bot.sources.html_text import EMAIL_ADDRESS
from perfm_bot.sources.page_dates import MONTH_NAME
from perfm_bot.sources.workshop_name import home_page
from perfm_bot.sources.records import FaqEntry, ImportantDate, Knowledge, NewsItem, OutOfScopeTopic, Page

MAX_PASSAGE = MAX_UNIT  # longer page blocks are split at sentence ends
NO_DATE = "Date not given"  # what a line says for a placeholder date ("2026-XX-XX: Website launched.")
_PLACEHOLDER_DATE = re.compile(r"\b\d{4}-XX-XX\b:?\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_STATES_A_DATE = re.compile(
    rf"\s*(TBA|TBD|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}\b)", re.IGNORECASE
)  # what follows "Paper submission deadline:" on a page: TBA, 2026-12-15, 15 December, Dec 15
_TOPIC_SECTION = re.compile(r"\b(topics?|scope|call for (papers|contributions|submissions))\b", re.IGNORECASE)


@dataclass(frozen=True)
class Source:
    title: str
    url: str | None  # the published path with #anchor, or an absolute URL; None when unpublished


@dataclass(frozen=True)
class Chunk:
    id: str
    kind: str  # "page" | "faq" | "date" | "news" | "out_of_scope" (known not to be answered)
    text: str
    keys: tuple[str, ...]
    source: Source
    ref: str | None = None  # the FAQ id, date key, news id or page slug behind the chunk
    section: str = ""
    states_date: str | None = None  # a page passage that states this date key ("Paper ...: TBA")
    lead: bool = False  # the home page's opening: what the workshop is, when and where
    dated: bool = False  # a page line that states a date ("Notification: Sept 22"): an answer to "when?" only
    roster: bool = False  # a section's whole list ("Speakers: A — X; B — Y"): the answer to "who are the speakers?"
    past: str | None = None  # the earlier edition a page was kept from ("neurips2025"): superseded unless asked

    @property
    def heading(self) -> str:
        """The heading the passage sits right under: the last of its section's path."""
        return self.section.rsplit(" › ", 1)[-1]


def build_chunks(knowledge: Knowledge) -> list[Chunk]:
    chunks: list[Chunk] = []
    home = home_page(knowledge.pages)
    year = _current_year(knowledge, home)
    edition = frozenset(re.findall(r"[a-z]+", " ".join((knowledge.site_title, home.title if home else "")).lower()))  # opensun3d, eccv
    seen: set[tuple[str, str, bool]] = set()
    for page in sorted(knowledge.pages, key=lambda p: p is not home):  # the home page's copy is the one kept
        past = _past_edition(page, year, edition)
        for chunk in _page_chunks(page, knowledge.dates, page is home, past, year, edition):
            # a layout repeats the site's subtitle on every page: once is enough; but a sponsor this
            # edition shares with the last is this edition's too, not only the last one's
            if (chunk.section, chunk.text, chunk.past is None) not in seen:
                seen.add((chunk.section, chunk.text, chunk.past is None))
                chunks.append(chunk)
    chunks.extend(_roster_chunks(knowledge.pages, chunks, year, edition))
    chunks.extend(_faq_chunk(knowledge, e) for e in knowledge.faq)
    chunks.extend(_date_chunk(knowledge, d) for d in knowledge.dates)
    if knowledge.dates:
        chunks.append(_dates_overview_chunk(knowledge))
    chunks.extend(_news_chunk(knowledge, n) for n in knowledge.news)
    chunks.extend(_out_of_scope_chunk(t) for t in knowledge.out_of_scope)
    return chunks


def _roster_chunks(
    pages: tuple[Page, ...] | list[Page], chunks: list[Chunk], year: int | None = None, edition: frozenset[str] = frozenset()
) -> list[Chunk]:
    """A page, section or folder of biographies told as one list of names (``rosters``), unless
    the page lists them already."""
    listed: dict[str | None, list[str]] = {}
    for c in chunks:
        if c.roster:
            listed.setdefault(c.source.url, []).append(c.text)
    out: list[Chunk] = []
    for roster in rosters(pages):
        page = roster.page
        url = anchored(page.permalink, roster.anchor)
        if any(roster.names[0] in text for text in listed.get(url, ())):
            continue  # listed there already (a section's list is not another section's, at one URL)
        title = page.title if not roster.anchor else f"{page.title} › {roster.title}"
        text = roster.text
        past = _past_heading([page.title, roster.title], year) or _past_edition(page, year, edition)  # "WiNLP 2020 Organizers"
        keys = tuple(dict.fromkeys((roster.title, *(f"{h} › {roster.title}" for h in roster.headings[-1:]), *_asked_of(roster.title))))
        out.append(Chunk(f"page:{page.slug}#{roster.anchor}:roster:{_digest(text)}", "page", text, keys,
                         Source(title, url), page.slug, roster.title, roster=True, past=past))
    return out


_RUNS_IT = re.compile(r"\b(?:organi[sz]\w*|team|chairs?)\b", re.IGNORECASE)


def _asked_of(title: str) -> tuple[str, ...]:
    """How attendees ask for a list of people: a page called "team" is found by "who is organizing
    the workshop?", which shares no word with it."""
    return ("Who are the organizers? Who is organizing it?",) if _RUNS_IT.search(title) else ()


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
    return Source(title, anchored(page.permalink, anchor))


def anchored(permalink: str, anchor: str | None) -> str:
    """A section's link: the page's with its anchor; never "/cfp/#", and the page alone where its
    URL is already a fragment (a hash-routed app's ``/#/cfp``), which no second '#' can follow."""
    return f"{permalink}#{anchor}" if anchor and "#" not in permalink else permalink


def _digest(*parts: str) -> str:
    return hashlib.sha1("\0".join(parts).encode()).hexdigest()[:10]


# How every attendee asks what a workshop's opening states: its name, its day and its place. The
# opening is the one passage that answers these on any site, and its words rarely share the
# question's ("June 1st, 2026 | Vienna, Austria | ICRA 2026" for "where is it happening?").
LEAD_KEYS = ("When and where is the workshop held?",)
# A passage labelled as the place ("Location: Garnet 218-219, Singapore EXPO", "Venue: Hall C") is
# likewise found by where the workshop is; its label alone is too far from "which room is it in?".
PLACE_KEY = "In which room, hall and city is it held?"
# ("when & where?; Join us at ICML 2025 in Vancouver!": a label item with its sub-item)
_PLACE_LABEL = re.compile(r"^(?:when\s*(?:&|and)\s*)?(?:location|venue|room|place|address|where)\b[^:;]{0,20}[:;]\s*\S", re.IGNORECASE)
_DAY = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}", re.IGNORECASE)
_LEAD_FACT = re.compile(rf"{_DAY.pattern}|\s\|\s", re.IGNORECASE)  # a day, or a "date | place | venue" line


# "The deadline is May 27, 2025" opening a home page dates a deadline, not the workshop
_MILESTONE = re.compile(r"\b(?:deadlines?|due|notifications?|camera[- ]ready|submissions? (?:open|close|deadline))\b", re.IGNORECASE)


CONTACT_KEY = "What is the contact email address? How do I get in touch by email?"  # any passage giving an address
_EMAIL = re.compile(EMAIL_ADDRESS)
# The placeholder Latin of theme demos ("Lorem ipsum dolor sit amet…"): a passage mostly of these
# words is filler a theme shipped, never the workshop's.
_LATIN = frozenset(
    """lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor incididunt labore dolore magna
    aliqua donec nulla nunc vel eu ut et ac id augue justo vivamus aliquam etiam mauris proin quis nibh tortor
    turpis lacus odio eget erat metus risus felis sapien ante arcu diam enim massa purus libero ligula orci leo
    neque velit nisi nisl tellus tempus tincidunt ultrices euismod eleifend vulputate venenatis mollis dictum
    cras suspendisse curabitur pellentesque vestibulum maecenas fusce praesent phasellus integer morbi quisque
    aenean nam duis facilisis fermentum ullamcorper scelerisque ornare egestas blandit iaculis sagittis""".split()
)
_LATIN_SHARE = 0.4


def _filler(text: str) -> bool:
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 2]
    latin = sum(w in _LATIN for w in words)
    return latin >= 6 and latin >= _LATIN_SHARE * len(words)


_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def _current_year(knowledge: Knowledge, home: Page | None) -> int | None:
    """The edition the site is for: the latest year its title, its home page's title or that
    page's first heading names ("3rd Workshop on … (KISV 2025)" under a title with no year), else
    the latest edition folder its pages sit in (WiNLP's /events/winlp-2017/ … /events/winlp-2025/)."""
    first = next((b.text for b in home.parsed.blocks if b.kind == "heading"), "") if home else ""
    years = [int(y) for y in _YEAR.findall(" ".join((knowledge.site_title, home.title if home else "", first)))]
    if not years:
        years = [y for page in knowledge.pages for y in _edition_years(page)]
        # the home page of a site whose earlier editions sit in folders is the newest edition: its
        # opening's year ("CVPR 2026 · June 3") is later than /iccv2025/'s, which is then the past
        opening = " ".join(b.text for b in home.parsed.blocks[:HOME_OPENING]) if home else ""
        years += [int(y) for y in _YEAR.findall(opening)] if years else []
    return max(years) if years else None


HOME_OPENING = 10  # blocks: the banner and first lines of a home page


_POSTS = frozenset({"blog", "news", "posts", "post", "updates", "announcements"})


def _edition_years(page: Page) -> list[int]:
    """Years that name an edition in a page's address (see _segment_years; index_cvpr26.html's 2026)."""
    segments = urlsplit(page.permalink).path.strip("/").split("/")
    found = [y for i in range(len(segments)) for y in _segment_years(segments, i)]
    return found or [short[1] for segment in segments if (short := _short_edition(segment)) and short[1] >= 2010]


def _segment_years(segments: list[str], i: int) -> list[int]:
    """'neurips2025', 'winlp-2021' or a bare '2024' folder name an edition; a dated post's
    /2024/05/17/ or /blog/2024/… does not (a post of any year may be this year's news)."""
    segment = segments[i]
    if segment.isdigit() and (
        (i + 1 < len(segments) and re.fullmatch(r"\d{1,2}", segments[i + 1])) or (i > 0 and segments[i - 1].lower() in _POSTS)
    ):
        return []
    return [int(y) for y in _YEAR.findall(segment)]


def _past_edition(page: Page, year: int | None, edition: frozenset[str] = frozenset()) -> str | None:
    """'neurips2025' for a page kept from an earlier edition (/neurips2025/cfp/ on the 2026 site,
    /events/winlp-2021/ on the 2025 one, index_cvpr25.html beside the 2026 index.html): its
    deadlines and venue are superseded, never the answer to a question about this year. The first
    edition an address names is the page's own. A page named for another venue's edition of the
    same year (index_cvpr26.html on the ECCV 2026 site) is not this one either."""
    segments = urlsplit(page.permalink).path.strip("/").split("/")  # an imported page's permalink is its URL
    past_page = next((s for s in segments if _PAST_PAGE.match(s)), None)
    if past_page or year is None:
        return past_page  # /previous/, /past-editions/: every edition on it is an earlier one
    for i, segment in enumerate(segments):
        found = _segment_years(segments, i)
        if found:
            return segment if max(found) < year else None
        short = _short_edition(segment)
        if short and year - 10 <= short[1] <= year:  # a recent edition: "cvpr25" on the 2026 site
            other_venue = bool(edition) and short[0] not in edition
            return segment if short[1] < year or other_venue else None
    return None


_EDITION_LABEL = re.compile(r"^(?P<label>(?P<name>[^\W\d_][\w-]*)(?: [\w-]+){0,2}?\s*['’]?(?P<year>20\d\d)) [—–:|-] ")


def _past_label(text: str, year: int | None, edition: frozenset[str]) -> str | None:
    """'MADICES 2022 — February 7-9, 2022 (virtual)', a card on the 2025 home page listing every
    edition: a line labelled with the workshop's own name and an earlier year is that edition's."""
    found = _EDITION_LABEL.match(text)
    if found is None or year is None or found.group("name").lower() not in edition:
        return None
    return found.group("label") if int(found.group("year")) < year else None


_PAST_PAGE = re.compile(r"^(?:previous|past)(?:[-_](?:editions?|workshops?|events?|years?|iterations?))?(?:\.html?)?$", re.I)
# "index_cvpr25", "iccv23.html": a venue's letters with a two-digit year end a page's name
_SHORT_EDITION = re.compile(r"(?:^|[_-])(?P<venue>[a-z]{3,8})(?P<yy>\d{2})(?:\.html?)?$", re.IGNORECASE)
_NUMBERED = frozenset("day week session track room part page paper talk poster slide lecture chapter item step round group team hall".split())


def _short_edition(segment: str) -> tuple[str, int] | None:
    """The venue and year a two-digit edition name stands for ("index_cvpr25" → cvpr, 2025); a
    numbered thing ("session12", "day02") names no edition."""
    match = _SHORT_EDITION.search(segment)
    if match is None or match.group("venue").lower() in _NUMBERED:
        return None
    return match.group("venue").lower(), 2000 + int(match.group("yy"))


_MONTH_WORD = re.compile(rf"\b(?:{MONTH_NAME})\b", re.IGNORECASE)


def _past_heading(headings: list[str], year: int | None) -> str | None:
    """'WiNLP 2024 Workshop' above a passage on the 2025 site (a past-events page, an archive
    section): the nearest heading naming an edition says whose the passage is. A heading of a
    bare year or a dated one ("2024", "Dec 2024 — CFP out") groups news, not editions."""
    if year is None:
        return None
    for heading in reversed(headings):
        found = [int(y) for y in _YEAR.findall(heading)]
        if not found:
            continue
        if re.fullmatch(r"\W*\d{4}\W*", heading) or _MONTH_WORD.search(heading):
            return None
        return heading if max(found) < year else None
    return None


def _page_chunks(
    page: Page, dates: tuple[ImportantDate, ...], home: bool = False, past: str | None = None, year: int | None = None,
    edition: frozenset[str] = frozenset(),
) -> list[Chunk]:
    chunks: list[Chunk] = []
    seen: set[str] = set()
    leads = 0
    # A page's one <h1> is its title, so a section is named by the headings under it; a template
    # that heads every section with an <h1> ("Long Paper Review Timeline", "Short Paper Review
    # Timeline") names its sections with them, or two rows "Paper submission deadline" look alike.
    # The first <h1> still titles the page, and two are a banner's name and subtitle.
    firsts = [h for h in page.parsed.headings if h.level == 1]
    named = frozenset(id(h) for h in firsts[1:]) if len(firsts) >= SECTION_H1S else frozenset()
    for unit in answer_units(page.parsed.blocks):
        texts = _split_passage(_clean(unit.text)) if unit.kind == "passage" else [_clean(unit.text)]
        for text in texts:
            if not home and not unit.path and text.rstrip(" .") == page.title.strip(" ."):
                continue
            if _filler(text):
                continue  # a theme's placeholder text ("Lorem ipsum dolor sit amet…"), never the workshop's  # "Organizers | FMSD": a page's bare title is a heading, no answer (the home page's names the workshop)
            heading = unit.path[-1] if unit.path else None
            anchor = heading.anchor if heading else ""
            section = " › ".join(heading_title(h.text) for h in unit.path if h.level > 1 or id(h) in named)
            title = page.title if heading is None or heading.level == 1 else f"{page.title} › {heading_title(heading.text)}"
            chunk_id = f"page:{page.slug}#{anchor}:{_digest(text)}"
            while chunk_id in seen:  # the same words twice in one section
                chunk_id += "+"
            seen.add(chunk_id)
            source = Source(title, anchored(page.permalink, anchor))
            dated = _date_statement_keys(text)
            keys = _unit_keys(unit, text, section) + dated + ((PLACE_KEY,) if _PLACE_LABEL.match(text) else ())
            keys += (CONTACT_KEY,) if _EMAIL.search(text) else ()
            keys += concept_keys(text)
            lead = home and not section and unit.kind == "passage" and leads < 2 and bool(_LEAD_FACT.search(text)) and not _MILESTONE.search(text)
            if lead:  # the opening's first statements of a date, a year or a "date | place | venue" line
                # once the opening has given a day, a later date is another event's ("After the
                # workshop, ... XAI-Ed, which will take place on July 22nd")
                leads += 2 if _DAY.search(text) else 1
                keys = tuple(dict.fromkeys((*keys, *LEAD_KEYS)))
            roster = unit.kind == "list" and unit.key is not None  # a section's whole list of people
            keys += _asked_of(section or unit.key or "") if roster else ()
            # the heading that names the edition says which one, on a /past/ page too
            edition_heading = _past_heading([page.title, *(h.text for h in unit.path)], year) or _past_label(text, year, edition)
            was = (edition_heading or past) if past and _PAST_PAGE.match(past) else past or edition_heading
            chunks.append(
                Chunk(chunk_id, "page", text, keys, source, page.slug, section, _stated_date(text, dates), lead, bool(dated), roster, was)
            )
    return chunks


_DATE_STATEMENT = re.compile(
    rf"^(?P<label>[A-Za-z][^:—–|]{{2,60}}?)\s*(?:[:—–|]|\s-\s)\s*(?:[A-Z]{{3,}}!?\s*[-–:]?\s+)?(?:[A-Za-z]+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})",
    re.IGNORECASE,
)


SECTION_H1S = 3  # <h1> headings on one page that make them its sections' names


def _date_statement_keys(text: str) -> tuple[str, ...]:
    """A page line stating a date ("Notification to authors: September 22, 2025", "Paper
    Notification Deadline — CLOSED - Monday June 4th, 2025") is found the way a date record is: by "When is the notification to authors?". A page imported without a
    dates.yaml states its deadlines only so."""
    match = _DATE_STATEMENT.match(text)
    if match is None or len(match.group("label").split()) > 8:
        return ()
    return date_keys(match.group("label").strip())


def _unit_keys(unit: Unit, text: str, section: str) -> tuple[str, ...]:
    """A passage is found by itself in its section; a section by its heading; a list by its lead-in
    (or its section's name) and by the whole list, never by its items' own keys, which find the
    items themselves."""
    topics = bool(_TOPIC_SECTION.search(section))
    if unit.kind == "passage":
        return passage_keys(text, section if unit.path and unit.path[-1].text != unit.text else "", topics)
    if unit.kind == "section":
        return passage_keys(unit.key or text, "")
    if unit.key:  # a list that opens its section: found by the section's name alone, so that it
        return (section or unit.key,)  # answers "who are the speakers?", not each question on one name
    return tuple(dict.fromkeys((*passage_keys(text.partition(": ")[0], section, topics), f"{section}: {text}" if section else text)))


def passage_keys(text: str, section: str, topics: bool = False) -> tuple[str, ...]:
    """The passage with its section, plus its parts: each sentence, each item of an enumeration.

    One vector for a long passage blurs it: "Applications: dialogue systems, recommendation,
    healthcare, ..." matches a question about healthcare only weakly, the part "Applications:
    healthcare" strongly. In a call's topic list, items are also keyed the way attendees ask
    about them ("Can I submit a paper on healthcare?"), which is how scope questions arrive.
    The answer still quotes the whole passage.
    """
    prefix = f"{section}: " if section else ""
    keys = [prefix + text]
    sentences = _SENTENCE_END.split(text)
    if len(sentences) > 1:
        keys.extend(prefix + s for s in sentences)
    for sentence in sentences:
        label, colon, rest = sentence.partition(": ")
        items = [i.strip(" .") for i in re.split(r",\s*(?:and\s+)?|;\s*", rest)] if colon else []
        if len(items) >= 3 and len(label) <= 60:
            for item in filter(None, items):
                keys.append(f"{label}: {item}")
                if topics:
                    keys.extend((f"Can I submit a paper on {item}?", f"Is {item} in scope?"))
    return tuple(dict.fromkeys(keys))


def _stated_date(text: str, dates: tuple[ImportantDate, ...]) -> str | None:
    """The date a passage like 'Camera-ready submission: TBA' states, so dates.yaml can win over it.

    The page is published once, but organizers set and move dates later; an answer must come
    from the date record, never from the page's older 'TBA'.
    """
    named, colon, rest = text.partition(":")
    if not colon or not _STATES_A_DATE.match(rest):
        return None  # "Paper: up to 9 pages" names the paper but states no date
    named = named.strip().lower()
    for item in dates:
        label = item.label.lower()
        if named and (label == named or label.startswith(named) or named.startswith(label)):
            return item.key
    return None


def _clean(text: str) -> str:
    """Published text, minus what must not be read as a fact ('2026-XX-XX' is not a date)."""
    return _PLACEHOLDER_DATE.sub(f"{NO_DATE}: ", text).replace("\n", " ")


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
    keys = (entry.question, *entry.also, f"{entry.question} {entry.answer}", *concept_keys(entry.answer))
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
        (*date_keys(item.label), *item.also),
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


def _out_of_scope_chunk(topic: OutOfScopeTopic) -> Chunk:
    """Never an answer: a question closest to one of these gets an honest "I don't know"."""
    return Chunk(
        f"out_of_scope:{_digest(topic.topic, *topic.examples)}",
        "out_of_scope",
        topic.topic,
        topic.examples,
        Source(topic.topic, None),
    )
