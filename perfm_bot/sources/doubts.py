"""Knowledge that loads but is probably not what its author meant: ``check`` warns about it.

None of these stops the bot, so none is an error: a local time that a DST change skips (it means
a later real time), a FAQ question with no words (only symbols or emoji: nobody finds it by
asking), a page whose front matter gives its title or permalink as something other than text
(the page gets another title or address), and two pages with one permalink (answers from either
cite the same address).
"""

from __future__ import annotations

from typing import Any

from perfm_bot.core.timezones import skipped_time_note
from perfm_bot.sources.loader import DATES_FILE, FAQ_FILE
from perfm_bot.sources.records import Knowledge


def doubts(knowledge: Knowledge) -> list[str]:
    """One warning per doubtful item, naming its file (and line where one is known)."""
    return [*_skipped_times(knowledge), *_wordless_questions(knowledge), *_front_matter(knowledge), *_shared_permalinks(knowledge)]


def wordless(question: str) -> bool:
    """A question made only of symbols, punctuation or emoji: no letter or digit to be found by."""
    return not any(ch.isalnum() for ch in question)


def _wordless_questions(knowledge: Knowledge) -> list[str]:
    return [
        f"{knowledge.root / FAQ_FILE}:{e.line}: the question '{e.question}' ({e.id}) has no words, only symbols or "
        "emoji; attendees will hardly find it by asking: write it in words"
        for e in knowledge.faq
        if wordless(e.question)
    ]


def _skipped_times(knowledge: Knowledge) -> list[str]:
    warnings = []
    for d in knowledge.dates:
        if d.day is None:
            continue
        try:
            note = skipped_time_note(d.day, d.wall_time, d.timezone)
        except (ValueError, OverflowError):  # a date that cannot be placed at all is another check's
            continue
        if note:
            warnings.append(f"{knowledge.root / DATES_FILE}:{d.line}: '{d.key}': {note}; write the time you mean")
    return warnings


def _front_matter(knowledge: Knowledge) -> list[str]:
    warnings = []
    for page in knowledge.pages:
        front = page.parsed.front_matter
        title, permalink = front.get("title"), front.get("permalink")
        if isinstance(title, (dict, list)):
            warnings.append(
                f"{page.path}: front matter 'title' is {_kind(title)} ({_short(title)}), not text, so it is ignored "
                f"and the page is titled '{page.title}'. Write the title as plain text"
            )
        if permalink is not None and not isinstance(permalink, str):
            warnings.append(
                f"{page.path}: front matter 'permalink' is {_kind(permalink)} ({_short(permalink)}), not a path; "
                f"the page's address is taken as {page.permalink}. Write it as a path such as /cfp/"
            )
    return warnings


def _shared_permalinks(knowledge: Knowledge) -> list[str]:
    by_link: dict[str, list[str]] = {}
    for page in knowledge.pages:
        by_link.setdefault(page.permalink, []).append(page.path)
    return [
        f"{', '.join(paths[:-1])} and {paths[-1]} have the same permalink {link}: answers from any of them cite that "
        "one address; give each page its own, or remove the copy"
        for link, paths in by_link.items()
        if len(paths) > 1
    ]


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "a yes/no value"
    if isinstance(value, (int, float)):
        return "a number"
    return f"a {type(value).__name__}"


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
