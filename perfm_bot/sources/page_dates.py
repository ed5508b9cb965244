"""The important dates a site states, read from its pages, as proposed ``dates.yaml`` entries.

An imported site states its deadlines in its own words ("Paper submission deadline: March 3,
2026 (AoE)", a table row "Submission Deadline — June 26, 2026", front matter ``date:``), while
reminders run only from ``dates.yaml``. This finds those statements so an organizer can accept
them with one command, and so ``check`` can say when a page and ``dates.yaml`` disagree.

Rules, because a wrong date is worse than none:
- only a short label followed by a date counts ("Label: date", "Label — date", "Label date"):
  prose that mentions a day in passing ("reviews are due before the 5th") is left alone;
- a date without a year takes the year the page's other dates state, if they agree on one;
- struck text is never read as current (the reader drops it and notes the change), so the value
  proposed is the new one, marked as changed;
- one label, one proposal: the first statement on the site wins, and a later one stating another
  day is reported as a conflict rather than silently chosen.
Pure: pages in, proposals out.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from perfm_bot.sources.html_text import CHANGED_NOTE
from perfm_bot.sources.records import ImportantDate, Page

_MONTHS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
# A month's name, whole or cut ("Sept", "June"): also how chunking tells a dated heading
MONTH_NAME = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
_MONTH = rf"(?P<month>{MONTH_NAME})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"
_YEAR = r"(?:,?\s+(?P<year>20\d{2}))?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DATE = re.compile(
    rf"\b{_WEEKDAY}(?:{_MONTH}\s+{_DAY}{_YEAR}|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>[a-z]+)\.?,?\s+(?P<year2>20\d{{2}})"
    rf"|(?P<iso>20\d{{2}}-\d{{2}}-\d{{2}}))\b",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?(?=\W|$)", re.IGNORECASE)
_ZONE = re.compile(r"\b(?P<aoe>aoe|anywhere on earth)\b|\b(?P<utc>utc|gmt)\b", re.IGNORECASE)
_LABEL_END = re.compile(r"[\s:—–\-|,]+$")
_FILLER = re.compile(r"\b(extended to|postponed to|moved to|now|new|on|by|is|are|will be)\s*$", re.IGNORECASE)
_DEADLINE_WORDS = re.compile(r"\b(deadlines?|due|closes?)\b", re.IGNORECASE)
_EVENT_WORDS = re.compile(r"\b(workshop|conference|event|session|day|notifications?|decisions?|begins?|opens?|starts?)\b", re.IGNORECASE)
_PROSE_START = re.compile(r"^(the|a|an|we|our|this|these|it|all|please)\b", re.IGNORECASE)  # a sentence, not a label
_SEPARATOR = re.compile(r"[:—–|]\s*$|\s-\s*$")
MAX_LABEL_WORDS = 8


@dataclass(frozen=True)
class PageDate:
    """A date one page states: a proposed ``dates.yaml`` entry and where it was read."""

    key: str
    label: str
    day: date
    at: time | None = None
    timezone: str | None = None  # "AoE" or "UTC" when the page says so
    kind: str = "deadline"
    source: str = ""  # PAGE#ANCHOR (the page alone when the statement is under no heading)
    where: str = ""  # file:line, for messages
    text: str = ""  # the statement as published
    changed: bool = False  # the page struck an earlier value

    def to_dict(self) -> dict[str, object]:
        return {
            "key": self.key, "label": self.label, "date": self.day.isoformat(),
            "time": self.at.strftime("%H:%M") if self.at else None, "timezone": self.timezone, "kind": self.kind,
            "source": self.source, "where": self.where, "text": self.text, "changed": self.changed,
        }


@dataclass(frozen=True)
class Proposals:
    dates: tuple[PageDate, ...]
    conflicts: tuple[tuple[PageDate, PageDate], ...] = field(default=())  # (kept, other statement)


def find_page_dates(pages: Iterable[Page]) -> Proposals:
    """Every labelled date the pages state, one per label (see the module's rules)."""
    kept: dict[str, PageDate] = {}
    conflicts: list[tuple[PageDate, PageDate]] = []
    for page in pages:
        for found in _page_dates(page):
            first = kept.get(found.key)
            if first is not None and (first.day, first.at) != (found.day, found.at) and _page_of(first) != _page_of(found):
                found = _on_page(found, page)  # another page, another track (the demos' deadline, the papers')
                first = kept.get(found.key)
            if first is None:
                kept[found.key] = found
            elif (first.day, first.at) != (found.day, found.at) and not found.changed:
                conflicts.append((first, found))
            elif found.changed and not first.changed:
                kept[found.key] = found  # a statement that shows the change knows the current value
    return Proposals(tuple(kept.values()), tuple(conflicts))


def disagreements(proposals: Proposals, dates: Sequence[ImportantDate]) -> list[str]:
    """Warnings: a page states a day that ``dates.yaml`` holds otherwise for the same label."""
    by_label = {_norm(d.label): d for d in dates}
    warnings = []
    for found in proposals.dates:
        item = next((d for d in dates if d.key == found.key), None) or by_label.get(_norm(found.label))
        if item is None or item.day is None or item.day == found.day:
            continue
        warnings.append(
            f"{found.where}: the page states {found.label}: {found.day.isoformat()}, but dates.yaml has "
            f"{item.key}: {item.day.isoformat()} (line {item.line}); one of them is out of date"
        )
    return warnings


def new_proposals(proposals: Proposals, dates: Sequence[ImportantDate]) -> list[PageDate]:
    """The proposals dates.yaml does not hold yet (by key or by label)."""
    keys = {d.key for d in dates}
    labels = {_norm(d.label) for d in dates}
    return [p for p in proposals.dates if p.key not in keys and _norm(p.label) not in labels]


def _page_of(found: PageDate) -> str:
    return found.source.partition("#")[0]


def _on_page(found: PageDate, page: Page) -> PageDate:
    from dataclasses import replace

    label = f"{found.label} ({page.title})"
    return replace(found, key=_key(f"{page.slug} {found.label}"), label=label)


def _page_dates(page: Page) -> list[PageDate]:
    statements: list[tuple[str, int, str]] = []  # text, line, anchor
    for block in page.parsed.blocks:
        if block.kind in ("item", "row", "paragraph"):
            anchor = block.path[-1].anchor if block.path else ""
            statements.extend((part, block.line, anchor) for part in re.split(r";\s+|\n", block.text))
    front = page.parsed.front_matter.get("date")
    year = _common_year(t for t, _, _ in statements)
    found: list[PageDate] = []
    if isinstance(front, (date, datetime)) or isinstance(front, str) and _DATE.search(front):
        day = front.date() if isinstance(front, datetime) else front if isinstance(front, date) else None
        parsed = _read_date(str(front), year) if day is None else (day, None)
        if parsed:
            label = f"{page.title} date" if page.title else "Workshop date"
            found.append(PageDate(_key(label), label, parsed[0], kind="event", source=page.slug, where=f"{page.path}:1", text=f"date: {front}"))
    for text, line, anchor in statements:
        item = _statement(text, year)
        if item is None:
            continue
        label, day, at, zone = item
        source = f"{page.slug}#{anchor}" if anchor else page.slug
        kind = "event" if _EVENT_WORDS.search(label) and not _DEADLINE_WORDS.search(label) else "deadline"
        changed = CHANGED_NOTE in text
        found.append(PageDate(_key(label), label, day, at, zone, kind, source, f"{page.path}:{line}", text.strip(), changed))
    return found


def _statement(text: str, year: int | None) -> tuple[str, date, time | None, str | None] | None:
    """'Label: date [time] [zone]' to its parts; None for anything else."""
    match = _DATE.search(text)
    if match is None:
        return None
    before = text[: match.start()]
    label = _LABEL_END.sub("", _FILLER.sub("", _LABEL_END.sub("", before)).strip()).strip()
    separated = bool(_SEPARATOR.search(_FILLER.sub("", before.rstrip()).rstrip() + " "))
    words = len(label.split())
    if not label or not label[0].isalpha() or _PROSE_START.match(label) or label.count("(") != label.count(")"):
        return None
    if words > MAX_LABEL_WORDS or (not separated and words > 4) or label.endswith((".", "?", "!")):
        return None
    parsed = _read_date(match.group(0), year)
    if parsed is None:
        return None
    rest = text[match.end():].replace(CHANGED_NOTE, "")
    return label, parsed[0], _read_time(rest), _read_zone(rest)


def _read_date(text: str, year: int | None) -> tuple[date, None] | None:
    match = _DATE.search(text)
    if match is None:
        return None
    try:
        if match.group("iso"):
            return date.fromisoformat(match.group("iso")), None
        month_name = (match.group("month") or match.group("month2") or "")[:3].lower()
        month = _MONTHS.get(month_name)
        day = int(match.group("day") or match.group("day2"))
        found_year = match.group("year") or match.group("year2")
        chosen = int(found_year) if found_year else year
        if month is None or chosen is None:
            return None
        return date(chosen, month, day), None
    except ValueError:
        return None  # "February 30": not a day


def _read_time(rest: str) -> time | None:
    """A time stated right after the date ('11:59pm', '23:59'); a bare number is not a time."""
    for match in _TIME.finditer(rest[:40]):
        if match.group("m") is None and match.group("ampm") is None:
            continue
        hour, minute = int(match.group("h")), int(match.group("m") or 0)
        ampm = (match.group("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            return time(hour, minute)
    return None


def _read_zone(rest: str) -> str | None:
    match = _ZONE.search(rest[:60])
    if match is None:
        return None
    return "AoE" if match.group("aoe") else "UTC"


def _common_year(texts: Iterable[str]) -> int | None:
    years = Counter(int(m.group("year") or m.group("year2")) for t in texts for m in _DATE.finditer(t) if m.group("year") or m.group("year2"))
    if not years:
        return None
    (top, count), *rest = years.most_common(2) + [(0, 0)]
    return top if not rest or rest[0][1] < count else None


def _key(label: str) -> str:
    """A dates.yaml key from a label: 'Paper Submission Deadline' -> 'paper-submission-deadline'."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    key = ""
    for word in words:
        if len(key) + len(word) + 1 > 40:
            break
        key = f"{key}-{word}" if key else word
    return key or "date"


def _norm(label: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", label.lower()))


def as_date_record(found: PageDate, default_timezone: str) -> ImportantDate:
    """The ``dates.yaml`` entry a proposal becomes once accepted (the page stays its source)."""
    return ImportantDate(
        found.key, found.label, found.day, found.at, found.timezone or default_timezone, found.kind, found.source or None
    )


def describe(found: PageDate) -> str:
    """One line: 'submission-deadline: Submission deadline — 2026-06-26 23:59 AoE (deadline; home#dates)'."""
    when = found.day.isoformat() + (f" {found.at:%H:%M}" if found.at else "") + (f" {found.timezone}" if found.timezone else "")
    changed = "; moved on the page, the struck value left out" if found.changed else ""
    return f"{found.key}: {found.label} — {when} ({found.kind}; {found.source}{changed})"
