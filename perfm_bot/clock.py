"""Time as a parameter: everything that asks "what time is it?" is handed a Clock.

Tests pass a fixed or hand-moved clock; the bot passes ``utc_now`` (or, for rehearsals, a
simulated clock). Clocks return aware datetimes in UTC.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)
