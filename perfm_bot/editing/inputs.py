"""What organizers type, read the same way from the shell and from Discord: days, times, zones,
posting instants, and who they are.

The rules themselves are the knowledge schemas' (``sources.schemas``), so a value refused here is
refused in a hand-edited file too; this only turns their complaint into an ``InputError`` that
says nothing was changed.
"""

from __future__ import annotations

import getpass
import re
from datetime import date, datetime, time

from perfm_bot.core.errors import InputError
from perfm_bot.core.timezones import canonical_timezone, skipped_time_note
from perfm_bot.sources.records import ImportantDate
from perfm_bot.sources.schemas import parse_at, parse_day, parse_time


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
    """AoE, UTC or an IANA name, in the spelling the files keep."""
    try:
        return canonical_timezone(text)
    except ValueError as exc:
        raise InputError(f"{exc}; nothing was changed.") from None


def parse_at_input(text: str, default_timezone: str = "AoE") -> datetime:
    """When to post: '2026-12-01 09:00' (in ``default_timezone``), '... Europe/Berlin' or ISO 8601."""
    try:
        return parse_at(text, default_timezone)
    except ValueError as exc:
        raise InputError(f"{exc}; nothing was changed.") from None


_LOCAL_AT = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})(?:\s+(\S+))?$")  # parse_at's local form


def skipped_at_note(text: str, default_timezone: str = "AoE") -> str | None:
    """For a posting time given as local time that a DST change skips ('2027-03-14 02:30
    America/New_York'), which real time it becomes (as ``deadline set`` says); None otherwise. A
    time with an offset (ISO 8601) is never skipped. Call it after ``parse_at_input`` accepted ``text``."""
    local = _LOCAL_AT.match(" ".join(text.split()))
    if local is None:
        return None
    try:
        return skipped_time_note(parse_day(local.group(1)), parse_time(local.group(2)), local.group(3) or default_timezone)
    except ValueError:
        return None


def default_author() -> str:
    """Who is typing, when a shell command is not told (--by)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "organizer"


def date_value(item: ImportantDate) -> str:
    """A date as the files mean it: 'TBA', '2026-12-15 23:59 AoE' or, for an event, '2027-01-20 (AoE)'."""
    if item.day is None:
        return "TBA"
    if item.at is None and item.kind == "event":
        return f"{item.day.isoformat()} ({item.timezone})"
    return f"{item.day.isoformat()} {item.wall_time.strftime('%H:%M')} {item.timezone}"
