"""Time zones and instants for deadlines, the way AI conferences mean them.

"AoE" (Anywhere on Earth) is UTC-12: a deadline of 15 December AoE is open until the last
place on Earth leaves 15 December. IANA names go through ``zoneinfo``; local times that a DST
change skips are moved forward by the gap, and local times it repeats mean the first of the two
(the earlier instant, which is the safe reading for a deadline).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

AOE = timezone(timedelta(hours=-12), "AoE")
END_OF_DAY = time(23, 59)


def resolve_timezone(name: str) -> tzinfo:
    """Return the tzinfo for ``AoE``, ``UTC`` or an IANA name; ValueError says what is accepted."""
    cleaned = name.strip()
    if cleaned.lower() == "aoe":
        return AOE
    if cleaned.upper() in ("UTC", "Z", "GMT"):
        return timezone.utc
    try:
        return ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a zone group such as "America"
        raise ValueError(
            f"unknown timezone '{name}': use AoE, UTC or an IANA name such as Europe/Berlin"
        ) from None


def canonical_timezone(name: str) -> str:
    """The spelling we store: ``AoE``, ``UTC`` or the IANA name (validated)."""
    tz = resolve_timezone(name)
    if tz is AOE:
        return "AoE"
    if tz is timezone.utc:
        return "UTC"
    return str(tz)


def timezone_label(name: str) -> str:
    """How a timezone is shown to people: ``AoE (UTC-12)``, ``UTC``, ``Europe/Berlin``."""
    canonical = canonical_timezone(name)
    return "AoE (UTC-12)" if canonical == "AoE" else canonical


def local_instant(day: date, at: time, tz_name: str) -> datetime:
    """The aware instant of wall-clock ``day at`` in ``tz_name``, DST gaps and folds resolved."""
    tz = resolve_timezone(tz_name)
    naive = datetime.combine(day, at)
    aware = naive.replace(tzinfo=tz, fold=0)
    # Round-trip through UTC: a time inside a DST gap comes back shifted forward by the gap.
    return aware.astimezone(timezone.utc).astimezone(tz)


def skipped_time_note(day: date, at: time, tz_name: str) -> str | None:
    """When ``day at`` does not exist in ``tz_name`` (the clocks skip it at a DST change), say
    which real time it becomes; None for a time that exists."""
    real = local_instant(day, at, tz_name)
    if real.replace(tzinfo=None) == datetime.combine(day, at):
        return None
    return (
        f"{at:%H:%M} does not exist on {day.isoformat()} in {tz_name} (the clocks skip it at the DST change), "
        f"so it means {real:%H:%M} {real.tzname()} ({real.astimezone(timezone.utc):%H:%M} UTC)"
    )


def humanize_delta(target: datetime, now: datetime) -> str:
    """'in 3 days', 'in 5 hours', 'passed 2 days ago': how far ``target`` is from ``now``.

    Days and hours are rounded (21 days 23 hours is "in 22 days", as a person would say it).
    """
    seconds = (target - now).total_seconds()
    future = seconds >= 0
    seconds = abs(seconds)
    if seconds < 60:
        span = "less than a minute"
    elif seconds < 3600:
        span = _plural(int(seconds // 60), "minute")
    elif seconds < 48 * 3600:
        span = _plural(round(seconds / 3600), "hour")
    else:
        span = _plural(round(seconds / 86400), "day")
    return f"in {span}" if future else f"passed {span} ago"


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


def zone_name(instant: datetime) -> str:
    """The name of ``instant``'s zone when it has one we can look up again; UTC for bare offsets."""
    zone = instant.tzinfo
    if zone is AOE:
        return "AoE"
    if isinstance(zone, ZoneInfo):
        return zone.key
    return "UTC"


def iso_utc(instant: datetime) -> str:
    return instant.astimezone(timezone.utc).isoformat()
