"""Knowledge that quietly loses its content: an emptied file, or a reload that drops most of it.

A valid but empty ``dates.yaml`` plans nothing and says nothing; ``check`` warns about it, and the
running bot tells the organizers when a reload drops most of the dates or FAQ at once (a bad
merge, a file saved half-written by an editor).
"""

from __future__ import annotations

from pathlib import Path

from perfm_bot.sources.loader import DATES_FILE, FAQ_FILE, NEWS_FILE, OUT_OF_SCOPE_FILE
from perfm_bot.sources.records import Knowledge

# what each YAML file holds, as (file, attribute of Knowledge, what one entry is called)
_CONTENT = ((DATES_FILE, "dates", "dates"), (FAQ_FILE, "faq", "FAQ entries"), (NEWS_FILE, "news", "news items"),
            (OUT_OF_SCOPE_FILE, "out_of_scope", "out-of-scope topics"))
WATCHED = ("dates", "faq")  # what a reload must not lose most of without a word


def empty_files(root: Path, knowledge: Knowledge) -> list[str]:
    """A warning for each knowledge YAML file that exists but holds no entry."""
    warnings = []
    for name, attribute, what in _CONTENT:
        path = root / name
        if path.is_file() and not getattr(knowledge, attribute):
            warnings.append(f"{path}: holds no {what} (an emptied file?); the bot will know none")
    return warnings


def dropped(before: Knowledge, after: Knowledge, share: float = 0.5) -> list[str]:
    """What a reload lost most of: ``share`` or more of the dates or FAQ entries (at least two gone)."""
    problems = []
    for name, attribute, what in _CONTENT:
        if attribute not in WATCHED:
            continue
        old, new = len(getattr(before, attribute)), len(getattr(after, attribute))
        if old - new >= 2 and new <= old * (1 - share):
            problems.append(f"{name}: {old} {what} before this reload, {new} now")
    return problems
