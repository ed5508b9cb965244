"""The rules of each YAML knowledge file (faq, dates, news, out_of_scope) and of the values in them.

Organizers edit these files by hand, so parsing is strict and every problem is collected as
``file:line: what is wrong`` (all problems at once, not the first only). The same parsers serve
``check``, the loader, the CLI and the Discord commands, so a value refused in one door is
refused in all.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, time
from typing import Any

from perfm_bot.core.errors import KnowledgeError
from perfm_bot.core.timezones import canonical_timezone, local_instant, resolve_timezone
from perfm_bot.sources.records import DATE_KINDS, FaqEntry, ImportantDate, NewsItem, OutOfScopeTopic, Rung
from perfm_bot.sources.yaml_lines import LineList, LineMap

MAX_FAQ_QUESTION = 300  # a FAQ question or an example of an out-of-scope topic (what attendees ask: compose.MAX_QUESTION_CHARS)
MAX_TEXT = 1500
MAX_LABEL = 100
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^\d{1,2}:\d{2}$")
_DURATION = re.compile(r"^(\d{1,4})([wdhm])$")
_LOCAL_AT = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})(?:\s+(\S+))?$")
DATE_RANGE_YEARS = 5  # a workshop date is within this many years of today; beyond is a typo (year 1, 9999)


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


def parse_day(text: str, today: date | None = None) -> date:
    """YYYY-MM-DD to a date within ``DATE_RANGE_YEARS`` of ``today`` (default: the system's date);
    ValueError says what is wrong in words a user understands."""
    text = text.strip()
    if not _DAY.match(text):
        raise ValueError(f"expected a date as YYYY-MM-DD, got '{text}'")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a real calendar date") from None
    check_day_range(day, today)
    return day


def day_range(today: date | None = None) -> tuple[date, date]:
    """The first and last day a date may be on: ``DATE_RANGE_YEARS`` either side of ``today``."""
    today = today or date.today()
    def shift(years: int) -> date:
        try:
            return today.replace(year=today.year + years)
        except ValueError:  # 29 February
            return today.replace(year=today.year + years, day=28)
    return shift(-DATE_RANGE_YEARS), shift(DATE_RANGE_YEARS)


def check_day_range(day: date, today: date | None = None) -> None:
    """ValueError unless ``day`` is within the sane range: a year-1 or year-9999 date is a typo, and
    its reminders would fall outside what a calendar (or Python's datetime) can hold."""
    first, last = day_range(today)
    if not first <= day <= last:
        raise ValueError(
            f"{day.isoformat()} is outside the accepted range {first.isoformat()} to {last.isoformat()} "
            f"(within {DATE_RANGE_YEARS} years of today)"
        )


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
    check_day_range(parsed.date())
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
        question = f.text("question", MAX_FAQ_QUESTION)
        answer = f.text("answer", MAX_TEXT)
        also = f.texts("also", MAX_FAQ_QUESTION)
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
    """Two questions that differ only in case, spacing or punctuation are the same question. A
    question of symbols only ("???", "€€") is compared as written: they are not all one question."""
    words = " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
    return words or " ".join(text.lower().split())


def parse_dates(data: Any, label: str) -> tuple[str, tuple[ImportantDate, ...]]:
    default_tz, dates, _ = parse_dates_file(data, label)
    return default_tz, dates


def parse_dates_file(data: Any, label: str) -> tuple[str, tuple[ImportantDate, ...], tuple[Rung, ...] | None]:
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
        also = f.texts("also", MAX_FAQ_QUESTION)
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


def parse_out_of_scope(data: Any, label: str) -> tuple[OutOfScopeTopic, ...]:
    problems: list[str] = []
    topics: list[OutOfScopeTopic] = []
    items = _top_list(data, label, "topics")
    for item, line in zip(items, items.item_lines):
        f = _Fields(item, label, line, {"topic", "examples"}, problems)
        topic = f.text("topic", MAX_LABEL)
        examples = f.texts("examples", MAX_FAQ_QUESTION)
        if f.ok and not examples and "examples" not in f.item:
            f.error(f.line, "'examples' is missing (questions people ask about this topic)")
        if topic and examples:
            topics.append(OutOfScopeTopic(topic, examples, f.line))
    if problems:
        raise KnowledgeError(problems)
    return tuple(topics)


def news_id(text: str) -> str:
    """A stable id for a news item written without one: unchanged text keeps its id."""
    return "n-" + hashlib.sha1(" ".join(text.split()).encode()).hexdigest()[:10]
