"""The knowledge base: the workshop's pages, FAQ, important dates and news, loaded and validated.

Organizers edit these files by hand, so loading is strict and every problem is reported with its
file and line (all problems at once, not the first only). Nothing here imports the model or the
index: commands that only read or check knowledge stay fast.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from perfm_bot.core.errors import KnowledgeError
from perfm_bot.sources.markdown_page import ParsedPage, parse_page
from perfm_bot.core.timezones import END_OF_DAY, canonical_timezone, local_instant, resolve_timezone
from perfm_bot.sources.yaml_lines import LineList, LineMap, load_yaml, parse_yaml

FAQ_FILE = "faq.yaml"
DATES_FILE = "dates.yaml"
NEWS_FILE = "news.yaml"
UNCOVERED_FILE = "out_of_scope.yaml"
PAGES_DIR = "pages"

MAX_QUESTION = 300
MAX_TEXT = 1500
MAX_LABEL = 100
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^\d{1,2}:\d{2}$")
_DURATION = re.compile(r"^(\d{1,4})([wdhm])$")
_LOCAL_AT = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})(?:\s+(\S+))?$")
DATE_KINDS = ("deadline", "event")


@dataclass(frozen=True, order=True)
class Rung:
    """One step of a reminder ladder: ``14d`` before a date, ``3h`` before it.

    Weeks and days count calendar days on the date's own wall clock (a reminder "1d" before a
    23:59 deadline in Berlin goes out at 23:59 Berlin time the day before, DST or not); hours and
    minutes count elapsed time. Ordered by length, so a ladder sorts from the earliest reminder.
    """

    seconds: int  # the nominal length, for ordering and duplicate checks
    count: int
    unit: str  # w | d | h | m

    @classmethod
    def of(cls, count: int, unit: str) -> Rung:
        size = {"w": 7 * 86400, "d": 86400, "h": 3600, "m": 60}[unit]
        return cls(count * size, count, unit)

    @property
    def label(self) -> str:
        return f"{self.count}{self.unit}"

    @property
    def calendar_days(self) -> int | None:
        """Whole calendar days for w/d rungs; None for rungs counted in elapsed time."""
        return self.count * 7 if self.unit == "w" else self.count if self.unit == "d" else None

    def elapsed(self) -> timedelta:
        return timedelta(seconds=self.seconds)

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True)
class Page:
    slug: str  # the file name without .md: how sources refer to the page
    path: str  # as shown in messages, e.g. knowledge/pages/perfm-aaai26.md
    title: str
    permalink: str  # the published path, e.g. /events/perfm-aaai26/
    parsed: ParsedPage = field(repr=False)


@dataclass(frozen=True)
class FaqEntry:
    id: str
    question: str
    answer: str
    also: tuple[str, ...] = ()
    source: str | None = None  # PAGE#ANCHOR or URL
    by: str | None = None
    line: int = 0


@dataclass(frozen=True)
class ImportantDate:
    key: str
    label: str
    day: date | None  # None: TBA
    at: time | None = None
    timezone: str = "AoE"
    kind: str = "deadline"
    source: str | None = None  # where this value is published (PAGE#ANCHOR or URL)
    by: str | None = None  # the organizer who last set it
    also: tuple[str, ...] = ()  # other ways people ask for it ("When are papers due?")
    line: int = 0
    reminders: tuple[Rung, ...] | None = None  # None: the default ladder for its kind; (): none

    @property
    def announced(self) -> bool:
        return self.day is not None

    @property
    def wall_time(self) -> time:
        """Its time of day: a deadline without a time closes at 23:59; an event starts at 00:00."""
        return self.at or (END_OF_DAY if self.kind == "deadline" else time(0, 0))

    def instant(self) -> datetime | None:
        """When it happens, as an aware instant (None while TBA)."""
        if self.day is None:
            return None
        return local_instant(self.day, self.wall_time, self.timezone)


@dataclass(frozen=True)
class NewsItem:
    id: str
    text: str
    day: date | None = None  # None: the date is not known
    source: str | None = None
    by: str | None = None
    line: int = 0
    at: datetime | None = None  # when the bot posts it to the announcement channel; None: never


@dataclass(frozen=True)
class UncoveredTopic:
    """Something attendees ask about that the published information does not answer (yet)."""

    topic: str
    examples: tuple[str, ...]
    line: int = 0


@dataclass(frozen=True)
class Knowledge:
    root: Path
    pages: tuple[Page, ...]
    faq: tuple[FaqEntry, ...]
    dates: tuple[ImportantDate, ...]
    news: tuple[NewsItem, ...]
    default_timezone: str = "AoE"
    uncovered: tuple[UncoveredTopic, ...] = ()
    reminders: tuple[Rung, ...] | None = None  # dates.yaml's top-level ladder for deadlines

    def page(self, slug: str) -> Page | None:
        return next((p for p in self.pages if p.slug == slug), None)

    def date(self, key: str) -> ImportantDate | None:
        return next((d for d in self.dates if d.key == key), None)


def knowledge_files(root: Path) -> list[Path]:
    """Every file the knowledge is made of, in a stable order (for hashing and reload)."""
    pages = sorted((root / PAGES_DIR).glob("*.md")) if (root / PAGES_DIR).is_dir() else []
    return [*pages, root / FAQ_FILE, root / DATES_FILE, root / NEWS_FILE, root / UNCOVERED_FILE]


def stat_signature(root: Path) -> tuple[tuple[str, int, int, int], ...]:
    """Names, inodes, sizes and modification times of the knowledge files: cheap to take every few
    seconds, and different whenever a file was written, replaced (the store's atomic rename gives a
    new inode), added or removed; ``fingerprint`` then decides whether the content changed."""
    signature = []
    for path in knowledge_files(root):
        try:
            info = path.stat()
        except FileNotFoundError:
            continue
        signature.append((path.name, info.st_ino, info.st_size, info.st_mtime_ns))
    return tuple(signature)


def fingerprint(root: Path) -> str:
    """A hash of the knowledge files' bytes: changes exactly when some file does."""
    digest = hashlib.sha256()
    for path in knowledge_files(root):
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.exists() else b"\0missing")
    return digest.hexdigest()


def load_knowledge(root: Path, replace: Mapping[str, str] | None = None) -> Knowledge:
    """Load and validate everything under ``root``; raise KnowledgeError listing every problem.

    ``replace`` maps a YAML file name (``faq.yaml``...) to text read instead of that file: the
    store validates a change in the context of all the other files before it writes it.
    """
    if not root.is_dir():
        raise KnowledgeError(f"{root}: knowledge folder not found (set --knowledge or PERFM_KNOWLEDGE)")
    replace = replace or {}

    def read(name: str, parse: Callable[[Any, str], Any], empty: Any) -> Any:
        if name in replace:
            return parse(parse_yaml(replace[name], str(root / name)), str(root / name))
        return _optional(root / name, parse, empty)

    problems: list[str] = []
    pages = _collect(problems, lambda: _load_pages(root), ())
    faq = _collect(problems, lambda: read(FAQ_FILE, parse_faq, ()), ())
    default_tz, dates, ladder = _collect(
        problems, lambda: read(DATES_FILE, _parse_dates_file, ("AoE", (), None)), ("AoE", (), None)
    )
    news = _collect(problems, lambda: read(NEWS_FILE, lambda data, label: parse_news(data, label, default_tz), ()), ())
    uncovered = _collect(problems, lambda: read(UNCOVERED_FILE, parse_uncovered, ()), ())
    knowledge = Knowledge(root, pages, faq, dates, news, default_tz, uncovered, reminders=ladder)
    problems.extend(_check_sources(knowledge))
    if problems:
        raise KnowledgeError(problems)
    return knowledge


def _optional(path: Path, parse: Callable[[Any, str], Any], empty: Any) -> Any:
    """A YAML file that may be absent (a knowledge base can be pages only); present, it must be valid."""
    return parse(load_yaml(path), str(path)) if path.exists() else empty


def _collect(problems: list[str], load: Callable[[], Any], fallback: Any) -> Any:
    try:
        return load()
    except KnowledgeError as exc:
        problems.extend(exc.problems)
        return fallback


def _load_pages(root: Path) -> tuple[Page, ...]:
    folder = root / PAGES_DIR
    files = sorted(folder.glob("*.md")) if folder.is_dir() else []
    if not files:
        raise KnowledgeError(f"{folder}: no pages (*.md) found; the workshop page belongs here")
    pages: list[Page] = []
    problems: list[str] = []
    for path in files:
        label = str(path)
        try:
            parsed = parse_page(path.read_text(encoding="utf-8"), label)
        except KnowledgeError as exc:
            problems.extend(exc.problems)
            continue
        except UnicodeDecodeError as exc:
            problems.append(f"{label}: not UTF-8 text ({exc.reason})")
            continue
        permalink = str(parsed.front_matter.get("permalink") or f"/{path.stem}/")
        pages.append(Page(path.stem, label, parsed.title or path.stem, permalink, parsed))
    if problems:
        raise KnowledgeError(problems)
    return tuple(pages)


# --- field checks shared by the three YAML files -------------------------------------------


class _Fields:
    """Reads one YAML mapping, collecting problems as ``label:line: ...``."""

    def __init__(self, item: Any, label: str, line: int, allowed: set[str], problems: list[str]):
        self.label, self.problems = label, problems
        self.ok = isinstance(item, LineMap)
        self.item: LineMap = item if self.ok else LineMap()
        self.line = item.line if self.ok else line
        if not self.ok:
            self.error(self.line, "each entry must be a mapping of 'field: value' lines")
            return
        for key in item:
            if key not in allowed:
                expected = ", ".join(sorted(allowed))
                self.error(item.line_of(key), f"unknown field '{key}' (expected one of: {expected})")

    def error(self, line: int, message: str) -> None:
        self.problems.append(f"{self.label}:{line}: {message}")

    def at(self, key: str) -> int:
        return self.item.line_of(key)

    def text(self, key: str, limit: int, required: bool = True) -> str | None:
        value = self.item.get(key)
        if value is None:
            if required and self.ok:
                self.error(self.line, f"'{key}' is missing")
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.error(self.at(key), f"'{key}' must be text")
            return None
        value = value.strip()
        if not value:
            self.error(self.at(key), f"'{key}' is empty")
            return None
        if len(value) > limit:
            self.error(self.at(key), f"'{key}' is {len(value)} characters long; the limit is {limit}")
            return None
        return value

    def ident(self, key: str, required: bool = True) -> str | None:
        value = self.text(key, 63, required)
        if value is not None and not valid_id(value):
            self.error(self.at(key), f"'{key}' must be lowercase letters, digits and '-', got '{value}'")
            return None
        return value

    def texts(self, key: str, limit: int) -> tuple[str, ...]:
        value = self.item.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.error(self.at(key), f"'{key}' must be a list of texts")
            return ()
        too_long = [v for v in value if len(v) > limit]
        if too_long:
            self.error(self.at(key), f"'{key}' has an entry over {limit} characters")
        return tuple(v.strip() for v in value)

    def rungs(self, key: str) -> tuple[Rung, ...] | None:
        """A reminder ladder such as ``[14d, 7d, 1d, 3h]``; None when absent, () when ``[]``."""
        if key not in self.item:
            return None
        value = self.item[key]
        if not isinstance(value, list):
            self.error(self.at(key), f"'{key}' must be a list of durations like [14d, 7d, 1d, 3h] ([] for none)")
            return None
        rungs: dict[int, Rung] = {}
        for entry in value:
            try:
                rung = parse_duration(str(entry))
            except ValueError as exc:
                self.error(self.at(key), f"'{key}': {exc}")
                return None
            if rung.seconds in rungs:
                self.error(self.at(key), f"'{key}': '{rung}' repeats '{rungs[rung.seconds]}'")
                return None
            rungs[rung.seconds] = rung
        return tuple(sorted(rungs.values(), reverse=True))

    def day(self, key: str, allow_tba: bool) -> tuple[bool, date | None]:
        """(valid, day); a TBA (or, for news, unknown) value is valid with day None."""
        value = self.item.get(key)
        if value is None or (isinstance(value, str) and value.strip().upper() in ("TBA", "UNKNOWN")):
            if value is None and allow_tba and self.ok:
                self.error(self.line, f"'{key}' is missing (write TBA when it is not announced)")
                return False, None
            return True, None
        try:
            return True, parse_day(str(value))
        except ValueError as exc:
            hint = "write TBA when it is not announced" if allow_tba else f"leave '{key}' out when it is not known"
            self.error(self.at(key), f"'{key}': {exc} ({hint})")
            return False, None


def valid_id(text: str) -> bool:
    """An id organizers can type and URLs can carry: lowercase letters, digits and '-'."""
    return _ID.fullmatch(text) is not None


def parse_day(text: str) -> date:
    """YYYY-MM-DD to a date; ValueError says what is wrong in words a user understands."""
    text = text.strip()
    if not _DAY.match(text):
        raise ValueError(f"expected a date as YYYY-MM-DD, got '{text}'")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a real calendar date") from None


def parse_time(text: str) -> time:
    text = text.strip()
    if not _TIME.match(text):
        raise ValueError(f"expected a time as HH:MM (24 h), got '{text}'")
    hours, minutes = (int(p) for p in text.split(":"))
    if hours > 23 or minutes > 59:
        raise ValueError(f"'{text}' is not a time of day")
    return time(hours, minutes)


def parse_duration(text: str) -> Rung:
    """``14d``, ``2w``, ``3h``, ``30m`` to a Rung; ValueError in words an organizer understands."""
    cleaned = text.strip().lower()
    match = _DURATION.match(cleaned)
    if not match:
        raise ValueError(f"'{text}' is not a duration like 14d, 7d, 3h")
    count = int(match.group(1))
    if count == 0:
        raise ValueError(f"'{text}' is no time at all; a reminder needs a duration like 1d or 3h")
    return Rung.of(count, match.group(2))


def parse_at(text: str, default_timezone: str = "AoE") -> datetime:
    """When a scheduled post goes out, as an aware datetime.

    Accepts ``2026-12-01 09:00`` (in ``default_timezone``), ``2026-12-01 09:00 Europe/Berlin``
    and ISO 8601 with an offset (``2026-12-01T09:00+01:00``, ``...Z``). Local times are resolved
    like deadlines: a time a DST change skips moves forward, a repeated one means the first.
    """
    cleaned = " ".join(text.split())
    hint = (
        f"expected a time like '2026-12-01 09:00' (in {default_timezone}), "
        f"'2026-12-01 09:00 Europe/Berlin' or '2026-12-01T09:00+01:00', got '{text}'"
    )
    local = _LOCAL_AT.match(cleaned)
    if local:
        day = parse_day(local.group(1))
        at = parse_time(local.group(2))
        return local_instant(day, at, local.group(3) or default_timezone)
    if not re.search(r"\d:\d", cleaned):
        raise ValueError(hint)  # a bare day would silently mean midnight
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        raise ValueError(hint) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=resolve_timezone(default_timezone))
    return parsed


def _top_list(data: Any, label: str, what: str) -> LineList:
    if data is None:
        return LineList()
    if not isinstance(data, LineList):
        line = getattr(data, "line", 1)
        raise KnowledgeError(f"{label}:{line}: expected a list of {what} ('- ' entries)")
    return data


def parse_faq(data: Any, label: str) -> tuple[FaqEntry, ...]:
    problems: list[str] = []
    entries: list[FaqEntry] = []
    ids: dict[str, int] = {}
    questions: dict[str, int] = {}
    items = _top_list(data, label, "questions")
    for item, line in zip(items, items.item_lines):
        f = _Fields(item, label, line, {"id", "question", "answer", "also", "source", "by"}, problems)
        id_ = f.ident("id")
        question = f.text("question", MAX_QUESTION)
        answer = f.text("answer", MAX_TEXT)
        also = f.texts("also", MAX_QUESTION)
        source = f.text("source", 500, required=False)
        by = f.text("by", 100, required=False)
        if id_ is not None:
            if id_ in ids:
                f.error(f.at("id"), f"duplicate id '{id_}' (first on line {ids[id_]})")
            ids.setdefault(id_, f.at("id"))
        if question is not None:
            norm = normalize_question(question)
            if norm in questions:
                f.error(f.at("question"), f"the same question is already asked on line {questions[norm]}")
            questions.setdefault(norm, f.at("question"))
        if id_ and question and answer:
            entries.append(FaqEntry(id_, question, answer, also, source, by, f.line))
    if problems:
        raise KnowledgeError(problems)
    return tuple(entries)


def normalize_question(text: str) -> str:
    """Two questions that differ only in case, spacing or punctuation are the same question."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def parse_dates(data: Any, label: str) -> tuple[str, tuple[ImportantDate, ...]]:
    default_tz, dates, _ = _parse_dates_file(data, label)
    return default_tz, dates


def _parse_dates_file(data: Any, label: str) -> tuple[str, tuple[ImportantDate, ...], tuple[Rung, ...] | None]:
    """The default timezone, the dates, and the top-level reminder ladder (None: built-in default)."""
    problems: list[str] = []
    if data is None:
        data = LineMap(dates=LineList())
        data.key_lines = {}
    if not isinstance(data, LineMap):
        raise KnowledgeError(f"{label}:1: expected 'timezone:' and 'dates:' at the top")
    top = _Fields(data, label, 1, {"timezone", "dates", "reminders"}, problems)
    default_tz = _timezone(top, "timezone", "AoE")
    ladder = top.rungs("reminders")
    items = data.get("dates")
    if items is None:
        items = LineList()
    if not isinstance(items, LineList):
        raise KnowledgeError([*problems, f"{label}:{top.at('dates')}: 'dates' must be a list"])
    dates: list[ImportantDate] = []
    keys: dict[str, int] = {}
    for item, line in zip(items, items.item_lines):
        f = _Fields(
            item,
            label,
            line,
            {"key", "label", "date", "time", "timezone", "kind", "source", "by", "also", "reminders"},
            problems,
        )
        key = f.ident("key")
        text_label = f.text("label", MAX_LABEL)
        valid_day, day = f.day("date", allow_tba=True)
        at = None
        if f.item.get("time") is not None:
            try:
                at = parse_time(str(f.item["time"]))
            except ValueError as exc:
                f.error(f.at("time"), f"'time': {exc}")
        tz = _timezone(f, "timezone", default_tz)
        source = f.text("source", 500, required=False)
        by = f.text("by", 100, required=False)
        also = f.texts("also", MAX_QUESTION)
        rungs = f.rungs("reminders")
        kind = f.item.get("kind", "deadline")
        if kind not in DATE_KINDS:
            f.error(f.at("kind"), f"'kind' must be one of {', '.join(DATE_KINDS)}, got '{kind}'")
            kind = "deadline"
        if key is not None:
            if key in keys:
                f.error(f.at("key"), f"duplicate key '{key}' (first on line {keys[key]})")
            keys.setdefault(key, f.at("key"))
        if key and text_label and valid_day:
            dates.append(ImportantDate(key, text_label, day, at, tz, kind, source, by, also, f.line, reminders=rungs))
    if problems:
        raise KnowledgeError(problems)
    return default_tz, tuple(dates), ladder


def _timezone(f: _Fields, key: str, default: str) -> str:
    value = f.item.get(key)
    if value is None:
        return default
    try:
        return canonical_timezone(str(value))
    except ValueError as exc:
        f.error(f.at(key), str(exc))
        return default


def parse_news(data: Any, label: str, default_timezone: str = "AoE") -> tuple[NewsItem, ...]:
    """``default_timezone`` (dates.yaml's) reads an ``at:`` written without a zone or offset."""
    problems: list[str] = []
    news: list[NewsItem] = []
    ids: dict[str, int] = {}
    items = _top_list(data, label, "news items")
    for item, line in zip(items, items.item_lines):
        f = _Fields(item, label, line, {"id", "text", "date", "source", "by", "at"}, problems)
        text = f.text("text", MAX_TEXT)
        id_ = f.ident("id", required=False)
        valid_day, day = f.day("date", allow_tba=False)
        valid_at, at = True, None
        if f.item.get("at") is not None:
            try:
                at = parse_at(str(f.item["at"]), default_timezone)
            except ValueError as exc:
                f.error(f.at("at"), f"'at': {exc}")
                valid_at = False
        if at is not None and "id" not in f.item:
            # Without one, the id is derived from the text: fixing a typo would post the item again.
            f.error(f.at("at"), "'at' needs an 'id' (a stable name), so the post is recognized after its text is edited")
            valid_at = False
        if at is not None and day is None and "date" not in f.item:
            day = at.date()  # a scheduled item is dated by when it goes out
        source = f.text("source", 500, required=False)
        by = f.text("by", 100, required=False)
        if text is None:
            continue
        id_ = id_ or news_id(text)
        if id_ in ids:
            f.error(f.at("id") if "id" in f.item else f.line, f"duplicate news id '{id_}' (first on line {ids[id_]})")
        ids.setdefault(id_, f.line)
        if valid_day and valid_at:
            news.append(NewsItem(id_, text, day, source, by, f.line, at))
    if problems:
        raise KnowledgeError(problems)
    return tuple(news)


def parse_uncovered(data: Any, label: str) -> tuple[UncoveredTopic, ...]:
    problems: list[str] = []
    topics: list[UncoveredTopic] = []
    items = _top_list(data, label, "topics")
    for item, line in zip(items, items.item_lines):
        f = _Fields(item, label, line, {"topic", "examples"}, problems)
        topic = f.text("topic", MAX_LABEL)
        examples = f.texts("examples", MAX_QUESTION)
        if f.ok and not examples and "examples" not in f.item:
            f.error(f.line, "'examples' is missing (questions people ask about this topic)")
        if topic and examples:
            topics.append(UncoveredTopic(topic, examples, f.line))
    if problems:
        raise KnowledgeError(problems)
    return tuple(topics)


def news_id(text: str) -> str:
    """A stable id for a news item written without one: unchanged text keeps its id."""
    return "n-" + hashlib.sha1(" ".join(text.split()).encode()).hexdigest()[:10]


def _check_sources(knowledge: Knowledge) -> list[str]:
    """Every ``source: PAGE#ANCHOR`` must point at a page and heading that exist."""
    records: list[tuple[str, Any]] = [(FAQ_FILE, e) for e in knowledge.faq]
    records += [(DATES_FILE, d) for d in knowledge.dates]
    records += [(NEWS_FILE, n) for n in knowledge.news]
    problems = []
    for file_name, record in records:
        problem = source_problem(knowledge, record.source)
        if problem:
            problems.append(f"{knowledge.root / file_name}:{record.line}: {problem}")
    return problems


def source_problem(knowledge: Knowledge, ref: str | None) -> str | None:
    """What is wrong with a ``PAGE#ANCHOR`` source (a URL or nothing is fine), or None."""
    if not ref or "://" in ref:
        return None
    slug, _, anchor = ref.partition("#")
    page = knowledge.page(slug)
    if page is None:
        known = ", ".join(p.slug for p in knowledge.pages) or "none"
        return f"source '{ref}' names no page (pages: {known})"
    if anchor and anchor not in page.parsed.anchors:
        return f"source '{ref}': page '{slug}' has no heading with anchor '#{anchor}'"
    return None
