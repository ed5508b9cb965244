"""BRANCH-ONLY SHIM of the issue-3 organizer store (perfm_bot/store.py on issue-3-store).

Same public API as the real store, just enough for the Discord cogs and their tests until the
real store lands on main; the merge replaces this file wholesale. Not for review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import yaml

from perfm_bot.clock import Clock, utc_now
from perfm_bot.errors import InputError
from perfm_bot.knowledge import (
    DATES_FILE,
    FAQ_FILE,
    MAX_QUESTION,
    MAX_TEXT,
    NEWS_FILE,
    load_knowledge,
    news_id,
    normalize_question,
    parse_day,
    parse_time,
)
from perfm_bot.timezones import canonical_timezone


@dataclass(frozen=True)
class Change:
    id: int
    at: datetime
    by: str
    action: str
    file: str
    summary: str
    ref: str | None = None
    reverts: int | None = None
    state: str = "done"
    reverted_by: int | None = None


def parse_day_input(text: str) -> date:
    try:
        return parse_day(text)
    except ValueError as exc:
        raise InputError(f"{exc}; nothing was changed.") from None


def parse_time_input(text: str) -> time:
    try:
        return parse_time(text)
    except ValueError as exc:
        raise InputError(f"{exc}; nothing was changed.") from None


def parse_timezone_input(text: str) -> str:
    try:
        return canonical_timezone(text)
    except ValueError as exc:
        raise InputError(f"{exc}; nothing was changed.") from None


class KnowledgeStore:
    def __init__(self, knowledge_dir: Path, state_dir: Path, clock: Clock = utc_now):
        self.knowledge_dir, self.state_dir, self.clock = knowledge_dir, state_dir, clock
        self._changes: list[Change] = []

    def _change(self, by: str, action: str, file: str, summary: str, ref: str | None) -> Change:
        change = Change(len(self._changes) + 1, self.clock(), by, action, file, summary, ref)
        self._changes.append(change)
        return change

    def _load(self, name: str) -> object:
        return yaml.safe_load((self.knowledge_dir / name).read_text(encoding="utf-8"))

    def _save(self, name: str, data: object) -> None:
        path = self.knowledge_dir / name
        old = path.read_text(encoding="utf-8")
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
        try:
            load_knowledge(self.knowledge_dir)
        except Exception:
            path.write_text(old, encoding="utf-8")
            raise

    def _date_entry(self, data: dict, key: str) -> dict:
        for entry in data["dates"]:
            if entry["key"] == key:
                return entry
        keys = ", ".join(e["key"] for e in data["dates"])
        raise InputError(f"unknown deadline '{key}'; known: {keys}")

    def set_deadline(self, key: str, day: date, at: time | None = None, tz: str | None = None, *, by: str) -> Change:
        data = self._load(DATES_FILE)
        entry = self._date_entry(data, key)
        entry["date"] = day.isoformat()
        if at is not None:
            entry["time"] = at.strftime("%H:%M")
        if tz is not None:
            entry["timezone"] = tz
        entry["by"] = by
        self._save(DATES_FILE, data)
        return self._change(by, "deadline.set", DATES_FILE, f"{entry['label']} ({key}) set to {day.isoformat()}", key)

    def set_tba(self, key: str, *, by: str) -> Change:
        data = self._load(DATES_FILE)
        entry = self._date_entry(data, key)
        entry["date"] = "TBA"
        entry.pop("time", None)
        entry["by"] = by
        self._save(DATES_FILE, data)
        return self._change(by, "deadline.tba", DATES_FILE, f"{entry['label']} ({key}) set to TBA", key)

    def add_faq(self, question: str, answer: str, *, by: str, also: tuple[str, ...] = ()) -> Change:
        question, answer = " ".join(question.split()), answer.strip()
        if len(question) > MAX_QUESTION:
            raise InputError(f"The question is {len(question)} characters long; the limit is {MAX_QUESTION}.")
        if len(answer) > MAX_TEXT:
            raise InputError(f"The answer is {len(answer)} characters long; the limit is {MAX_TEXT}.")
        data = self._load(FAQ_FILE) or []
        if any(normalize_question(e["question"]) == normalize_question(question) for e in data):
            raise InputError("This question is already in the FAQ; nothing was changed.")
        base = "-".join(re.findall(r"[a-z0-9]+", question.lower())[:6])[:40] or "faq"
        faq_id, n = base, 2
        while any(e["id"] == faq_id for e in data):
            faq_id, n = f"{base}-{n}", n + 1
        data.append({"id": faq_id, "question": question, "answer": answer, "by": by})
        self._save(FAQ_FILE, data)
        return self._change(by, "faq.add", FAQ_FILE, f"FAQ '{faq_id}' added", faq_id)

    def remove_faq(self, faq_id: str, *, by: str) -> Change:
        data = self._load(FAQ_FILE) or []
        kept = [e for e in data if e["id"] != faq_id]
        if len(kept) == len(data):
            raise InputError(f"unknown FAQ id '{faq_id}'")
        self._save(FAQ_FILE, kept)
        return self._change(by, "faq.remove", FAQ_FILE, f"FAQ '{faq_id}' removed", faq_id)

    def add_news(self, text: str, *, by: str, day: date | None = None, source: str | None = None) -> Change:
        text = text.strip()
        if not text:
            raise InputError("The news text is empty; please write it out. Nothing was changed.")
        if len(text) > MAX_TEXT:
            raise InputError(f"The news text is {len(text)} characters long; the limit is {MAX_TEXT}.")
        data = self._load(NEWS_FILE) or []
        item_id = news_id(text)
        entry: dict = {"id": item_id, "text": text}
        if day is not None:
            entry["date"] = day.isoformat()
        entry["by"] = by
        data.append(entry)
        self._save(NEWS_FILE, data)
        return self._change(by, "news.add", NEWS_FILE, f"news '{item_id}' added", item_id)

    def history(self, limit: int = 20) -> list[Change]:
        return list(reversed(self._changes))[:limit]
