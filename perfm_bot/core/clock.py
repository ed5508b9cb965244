"""Time as a parameter: everything that asks "what time is it?" is handed a Clock.

Tests pass a fixed or hand-moved clock; the bot passes ``utc_now`` (or, for rehearsals, a
simulated clock). Clocks return aware datetimes in UTC.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class SimulatedClock:
    """A clock that starts at ``start`` and runs ``speed`` times faster than real time.

    For rehearsals (``perfm-bot run --simulate-from ... --speed N``): organizers watch a season's
    posts arrive in a test server in minutes. ``real`` is the monotonic time source, injectable
    so tests can move it by hand. A loop ticking every T seconds should sleep T / speed real
    seconds, so that rungs a few hours apart are not jumped over in one tick.
    """

    def __init__(self, start: datetime, speed: float = 1.0, *, real: Callable[[], float] = time.monotonic):
        if start.tzinfo is None:
            raise ValueError("the simulated start needs a timezone (e.g. 2026-12-01T09:00Z)")
        if not speed > 0:
            raise ValueError(f"speed must be positive, got {speed}")
        self.start = start.astimezone(timezone.utc)
        self.speed = speed
        self._real = real
        self._origin = real()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=(self._real() - self._origin) * self.speed)
