"""Organizer updates to the knowledge files: checked, atomic, one writer at a time, logged, undoable.

This is what the ``deadline``/``faq``/``news``/``history``/``undo`` commands and the Discord
organizer commands call. Every operation runs the same path (``editing.guarded_store``), under
one lock:

1. settle what a killed writer may have left (a pending log row, a stray temporary file);
2. refuse if the knowledge is invalid now (an organizer's hand edit is half done: name file:line);
3. check the input (an ``InputError`` the organizer can act on; nothing is changed);
4. edit only the lines of the entry concerned (``yaml_edit``), so comments and hand formatting
   survive, then re-validate the result with ``load_knowledge`` and check that it says exactly
   what was asked and nothing else;
5. log the change as pending, replace the file atomically, mark the change done.

The YAML files stay the source of truth (organizers can still edit and commit them); the engine
picks a change up on its next ``refresh()`` (or the next CLI ``ask``), embedding only new chunks.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Any

from perfm_bot.editing.guarded_store import Edit, GuardedStore, author_name
from perfm_bot.editing.changelog import Change
from perfm_bot.editing.inputs import date_value, parse_timezone_input
from perfm_bot.core.errors import InputError, KnowledgeError
from perfm_bot.sources.loader import DATES_FILE, FAQ_FILE, NEWS_FILE, load_knowledge, source_problem
from perfm_bot.sources.records import FaqEntry, ImportantDate, Knowledge, NewsItem
from perfm_bot.sources.schemas import MAX_FAQ_QUESTION, MAX_TEXT, normalize_question, valid_id
from perfm_bot.core.timezones import skipped_time_note
from perfm_bot.editing.yaml_edit import EditError, YamlText, dump_item, scalar

__all__ = ["Change", "KnowledgeStore"]


class KnowledgeStore(GuardedStore):
    """The organizers' operations: each builds an ``Edit`` that the guarded path
    (``editing.guarded_store``) validates, logs and writes."""

    def set_deadline(self, key: str, day: date, at: time | None = None, tz: str | None = None, *, by: str) -> Change:
        """Set (or move) a date. No time means the end of the day (23:59) for a deadline; no
        timezone means the file's default (AoE). Moving a date that is set already, with neither
        given, keeps its time and timezone: "extend to the 20th" must not turn 18:00 Berlin into
        23:59 AoE. The page no longer states the value, so the entry's ``source`` goes and ``by``
        records who set it."""
        tz_name = parse_timezone_input(tz) if tz else None
        author = author_name(by)

        def edit(knowledge: Knowledge, text: str) -> Edit:
            old = self._date(knowledge, key)
            keep = old.day is not None and at is None and tz_name is None
            new_at = old.at if keep else at
            written_tz = tz_name or (old.timezone if keep and old.timezone != knowledge.default_timezone else None)
            new = dataclasses.replace(
                old, day=day, at=new_at, timezone=written_tz or knowledge.default_timezone, source=None, by=author
            )
            return self._edit_date(knowledge, text, old, new, written_tz, "deadline.set")

        return self._apply(DATES_FILE, author, edit)

    def set_tba(self, key: str, *, by: str) -> Change:
        """Take a date back to 'not announced' (TBA)."""
        author = author_name(by)

        def edit(knowledge: Knowledge, text: str) -> Edit:
            old = self._date(knowledge, key)
            new = dataclasses.replace(old, day=None, at=None, timezone=knowledge.default_timezone, source=None, by=author)
            return self._edit_date(knowledge, text, old, new, None, "deadline.tba")

        return self._apply(DATES_FILE, author, edit)

    def add_dates(self, items: Sequence[ImportantDate], *, by: str) -> Change:
        """Add new dates, e.g. the ones a page states (``perfm-bot dates accept``): one change, so
        one ``undo`` takes back the whole acceptance. Each keeps the page as its ``source``, so an
        answer about it cites where the site says it."""
        author = author_name(by)
        if not items:
            raise InputError("No dates to add; nothing was changed.")

        def edit(knowledge: Knowledge, text: str) -> Edit:
            taken = {d.key for d in knowledge.dates}
            for item in items:
                if item.key in taken or not valid_id(item.key):
                    raise InputError(f"date key '{item.key}' is taken or not made of lowercase letters, digits and '-'; nothing was changed.")
                taken.add(item.key)
                _check_source(knowledge, item.source)
            added = tuple(dataclasses.replace(i, by=author, timezone=i.timezone or knowledge.default_timezone) for i in items)
            expect = lambda k: _same(k.dates, (*knowledge.dates, *added)) and k.default_timezone == knowledge.default_timezone  # noqa: E731
            for quote in (False, True):
                new_text = _with_dates(text, [_date_fields(i, knowledge.default_timezone) for i in added], quote, self.root)
                try:
                    if expect(load_knowledge(self.root, {DATES_FILE: new_text})):
                        break
                except KnowledgeError:
                    continue
            keys = ", ".join(i.key for i in added)
            return Edit(new_text, "dates.add", f"{len(added)} date(s) added from the pages: {keys}", keys, expect)

        return self._apply(DATES_FILE, author, edit)

    def add_faq(
        self,
        question: str,
        answer: str,
        *,
        by: str,
        also: Sequence[str] = (),
        faq_id: str | None = None,
        source: str | None = None,
    ) -> Change:
        """Add a FAQ entry; the Change's ``ref`` is its id (derived from the question unless given)."""
        author = author_name(by)
        question = _text("question", " ".join(question.split()), MAX_FAQ_QUESTION)
        answer = _text("answer", answer, MAX_TEXT)
        also = tuple(_text("other phrasing", " ".join(a.split()), MAX_FAQ_QUESTION) for a in also)

        def edit(knowledge: Knowledge, text: str) -> Edit:
            asked = {normalize_question(q): e for e in knowledge.faq for q in (e.question, *e.also)}
            for phrasing in (question, *also):
                if normalize_question(phrasing) in asked:
                    e = asked[normalize_question(phrasing)]
                    raise InputError(
                        f"FAQ '{e.id}' already asks that (\"{e.question}\"); change it by removing it first "
                        f"(faq remove {e.id}) or ask a different question. Nothing was changed."
                    )
            taken = {e.id for e in knowledge.faq}
            if faq_id is not None and (faq_id in taken or not valid_id(faq_id)):
                raise InputError(f"FAQ id '{faq_id}' is taken or not made of lowercase letters, digits and '-'.")
            new_id = faq_id or _slug(question, taken, "faq")
            _check_source(knowledge, source)
            entry = FaqEntry(new_id, question, answer, also, source, author)
            fields: dict[str, Any] = {"id": new_id, "question": question}
            if also:
                fields["also"] = list(also)
            fields.update({"answer": answer, **({"source": source} if source else {}), "by": author})
            expect = lambda k: _same(k.faq, (*knowledge.faq, entry))  # noqa: E731
            new_text, result = self._append(FAQ_FILE, text, fields, expect)
            return Edit(new_text, "faq.add", f"FAQ '{new_id}' added: {_quote(question)}", new_id, expect, result)

        return self._apply(FAQ_FILE, author, edit)

    def remove_faq(self, faq_id: str, *, by: str) -> Change:
        author = author_name(by)

        def edit(knowledge: Knowledge, text: str) -> Edit:
            ids = [e.id for e in knowledge.faq]
            if faq_id not in ids:
                raise InputError(f"unknown FAQ id '{faq_id}'{_did_you_mean(faq_id, ids)}; known: {_listing(ids)}")
            index = ids.index(faq_id)
            removed = knowledge.faq[index]
            doc = YamlText(text)
            self._edit_lines(FAQ_FILE, doc.remove_item, None, index)
            rest = knowledge.faq[:index] + knowledge.faq[index + 1 :]
            return Edit(
                doc.text, "faq.remove", f"FAQ '{faq_id}' removed: {_quote(removed.question)}", faq_id,
                lambda k: _same(k.faq, rest),
            )

        return self._apply(FAQ_FILE, author, edit)

    def add_news(
        self, text: str, *, by: str, day: date | None = None, source: str | None = None, at: datetime | None = None
    ) -> Change:
        """Add a news item (what /announce stores). ``at`` (aware) schedules the bot's post of it;
        without it the item is answerable only. Its date is ``at``'s day, else today by the clock."""
        author = author_name(by)
        body = _text("news text", text, MAX_TEXT)
        if at is not None and at.tzinfo is None:
            raise InputError("the time to post at needs a timezone (e.g. '2026-12-01 09:00 UTC').")
        if at is not None and at <= self.clock():
            raise InputError(
                f"{at.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC has already passed, so nothing was stored; "
                "leave the time out to store the news now."
            )
        when = day or (at.date() if at else self.clock().date())

        def edit(knowledge: Knowledge, current: str) -> Edit:
            same = next((n for n in knowledge.news if _words(n.text) == _words(body)), None)
            if same is not None:
                raise InputError(f"this news is already stored (as '{same.id}'); nothing was changed.")
            _check_source(knowledge, source)
            new_id = _slug(body, {n.id for n in knowledge.news}, "news")
            item = NewsItem(new_id, body, when, source, author, at=at)
            fields: dict[str, Any] = {"id": new_id, "text": body, "date": when.isoformat()}
            if source:
                fields["source"] = source
            if at is not None:
                fields["at"] = at.isoformat(timespec="minutes")
            fields["by"] = author
            expect = lambda k: _same(k.news, (*knowledge.news, item))  # noqa: E731
            new_text, result = self._append(NEWS_FILE, current, fields, expect)
            posted = f", to be posted {fields['at']}" if at is not None else ""
            summary = f"news '{new_id}' ({when.isoformat()}{posted}): {_quote(body)}"
            return Edit(new_text, "news.add", summary, new_id, expect, result)

        return self._apply(NEWS_FILE, author, edit)

    def cite_news(self, news_id: str, url: str, *, by: str) -> Change:
        """Give a news item the address where readers see it (an /announce's message link), so
        answers from it cite that instead of a bare title."""
        author = author_name(by)
        if not url.startswith(("https://", "http://")):
            raise InputError(f"'{url}' is not a link; nothing was changed.")

        def edit(knowledge: Knowledge, current: str) -> Edit:
            index = next((i for i, n in enumerate(knowledge.news) if n.id == news_id), None)
            if index is None:
                raise InputError(f"unknown news '{news_id}'; nothing was changed.")
            old = knowledge.news[index]
            if old.source == url:
                raise InputError(f"news '{news_id}' already cites {url}; nothing to change.")
            doc = YamlText(current)
            self._edit_lines(NEWS_FILE, doc.set_key, None, index, "source", scalar(url), after=("date", "text"))
            new = dataclasses.replace(old, source=url)
            others = tuple(n for n in knowledge.news if n.id != news_id)
            expect = lambda k: _same(tuple(n for n in k.news if n.id != news_id), others) and _same(  # noqa: E731
                tuple(n for n in k.news if n.id == news_id), (new,)
            )
            return Edit(doc.text, "news.cite", f"news '{news_id}': cited at {url}", news_id, expect)

        return self._apply(NEWS_FILE, author, edit)

    def default_timezone(self) -> str:
        """The timezone a time typed without one is in (dates.yaml's top ``timezone``)."""
        return load_knowledge(self.root).default_timezone


    # --- helpers for the operations -----------------------------------------------------

    def _date(self, knowledge: Knowledge, key: str) -> ImportantDate:
        item = knowledge.date(key.strip())
        if item is None:
            keys = [d.key for d in knowledge.dates]
            raise InputError(f"unknown deadline '{key}'{_did_you_mean(key, keys)}; known: {_listing(keys)}")
        return item

    def _edit_date(
        self, knowledge: Knowledge, text: str, old: ImportantDate, new: ImportantDate, tz_name: str | None, action: str
    ) -> Edit:
        before, after = date_value(old), date_value(new)
        if (old.day, old.at, old.timezone) == (new.day, new.at, new.timezone):
            raise InputError(f"{old.label} ({old.key}) is already {before}; nothing to change.")
        index = [d.key for d in knowledge.dates].index(old.key)
        doc = YamlText(text)

        def apply() -> None:
            doc.set_key("dates", index, "date", new.day.isoformat() if new.day else "TBA", after=())
            doc.set_key("dates", index, "time", scalar(new.at.strftime("%H:%M")) if new.at else None, after=("date",))
            doc.set_key("dates", index, "timezone", scalar(tz_name) if tz_name else None, after=("time", "date"))
            doc.set_key("dates", index, "source", None, after=())
            doc.set_key("dates", index, "by", scalar(new.by or ""), after=("timezone", "time", "date"))

        self._edit_lines(DATES_FILE, apply)
        instant = new.instant()
        if instant is not None and instant < self.clock():
            after += " (already passed!)"
        skipped = skipped_time_note(new.day, new.wall_time, new.timezone) if new.day is not None else None
        if skipped:
            after += f" (note: {skipped})"
        others = tuple(d for d in knowledge.dates if d.key != old.key)
        expect = lambda k: (  # noqa: E731
            _same(tuple(d for d in k.dates if d.key != old.key), others)
            and _same((k.date(old.key),), (new,))
            and k.default_timezone == knowledge.default_timezone
        )
        return Edit(doc.text, action, f"{old.label} ({old.key}): {before} → {after}", old.key, expect)


# --- small pure helpers -------------------------------------------------------------------


def _date_fields(item: ImportantDate, default_tz: str) -> dict[str, Any]:
    fields: dict[str, Any] = {"key": item.key, "label": item.label, "date": item.day.isoformat() if item.day else "TBA"}
    if item.at is not None:
        fields["time"] = item.at.strftime("%H:%M")
    if item.timezone != default_tz:
        fields["timezone"] = item.timezone
    if item.kind != "deadline":
        fields["kind"] = item.kind
    if item.source:
        fields["source"] = item.source
    fields["by"] = item.by or ""
    return fields


def _with_dates(text: str, entries: Sequence[dict[str, Any]], quote: bool, root: Path) -> str:
    """``text`` with ``entries`` after the last date; a file without dates gets its ``dates:`` list."""
    doc = YamlText(text)
    if doc.sequence("dates") is not None:
        for fields in entries:
            try:
                doc.append_item("dates", fields, quote=quote)
            except EditError as exc:
                raise KnowledgeError(f"{root / DATES_FILE}:{exc.line}: cannot add dates automatically ({exc}); nothing was changed") from None
        return doc.text
    items = "".join(line for fields in entries for line in dump_item(fields, 2, quote))
    empty = re.search(r"^dates:[ \t]*(\[\])?[ \t]*$", text, re.MULTILINE)
    if empty:
        return text[: empty.start()] + "dates:\n" + items + text[empty.end() + 1 :]
    if re.search(r"^dates:", text, re.MULTILINE):
        raise KnowledgeError(f"{root / DATES_FILE}: cannot add dates automatically (unusual 'dates:'); nothing was changed")
    head = text if not text or text.endswith("\n") else text + "\n"
    zone = "" if re.search(r"^timezone:", text, re.MULTILINE) else "timezone: AoE\n"
    return f"{head}{zone}\ndates:\n{items}"


def _text(what: str, value: str, limit: int) -> str:
    value = (value or "").strip()
    if not value:
        raise InputError(f"The {what} is empty; please write it out. Nothing was changed.")
    if len(value) > limit:
        raise InputError(
            f"The {what} is {len(value):,} characters long; the limit is {limit:,}. "
            "Please shorten it; nothing was changed."
        )
    return value


def _check_source(knowledge: Knowledge, source: str | None) -> None:
    problem = source_problem(knowledge, source)
    if problem:
        raise InputError(problem)


def _same(records: Sequence[Any], expected: Sequence[Any]) -> bool:
    """Equal apart from the line numbers, which an edit shifts."""
    strip = lambda items: tuple(dataclasses.replace(r, line=0) if r is not None else None for r in items)  # noqa: E731
    return strip(records) == strip(expected)


def _slug(text: str, taken: set[str], fallback: str, limit: int = 40) -> str:
    """A readable, unused id from the words of ``text``: 'Is there a poster session?' -> 'is-there-a-poster-session'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = ""
    for word in re.findall(r"[a-z0-9]+", ascii_text):
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    # No letters or digits ("???"): a digest of the text, so two such questions get different ids.
    base = slug or f"{fallback}-{hashlib.sha1(' '.join(text.split()).encode()).hexdigest()[:8]}"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def _quote(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return f'"{flat}"' if len(flat) <= limit else f'"{flat[: limit - 1].rstrip()}…"'


def _did_you_mean(word: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, known, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _listing(items: Sequence[str], limit: int = 25) -> str:
    shown = ", ".join(items[:limit]) or "none"
    return shown + (f", … ({len(items)} in all)" if len(items) > limit else "")
