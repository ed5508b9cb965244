"""Options and values more than one command group shares: the simulated clock, instants, the engine."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from perfm_bot.core.errors import InputError
from perfm_bot.core.settings import Settings

if TYPE_CHECKING:
    from perfm_bot.answering.engine import Engine
    from perfm_bot.core.clock import Clock


def add_clock_options(parser: argparse.ArgumentParser) -> None:
    """``--simulate-from ISO_TIME [--speed N]``: for the ``run`` command's rehearsal mode."""
    parser.add_argument(
        "--simulate-from",
        metavar="ISO_TIME",
        help="run on a simulated clock starting at this instant (e.g. 2026-12-01T08:55Z; no offset means UTC)",
    )
    parser.add_argument("--speed", type=float, default=None, metavar="N", help="with --simulate-from: N times faster than real time")


def clock_from_args(args: argparse.Namespace) -> Clock:
    """The real clock, or the simulated one ``--simulate-from``/``--speed`` ask for (InputError if malformed)."""
    from perfm_bot.core.clock import SimulatedClock, utc_now

    start, speed = getattr(args, "simulate_from", None), getattr(args, "speed", None)
    if start is None:
        if speed is not None:
            raise InputError("--speed needs --simulate-from (the instant the simulated clock starts at)")
        return utc_now
    speed = 1.0 if speed is None else speed
    if not speed > 0:
        raise InputError(f"--speed must be a positive number, got {speed:g}")
    return SimulatedClock(parse_instant(start, "--simulate-from"), speed)


def parse_instant(text: str, option: str, *, end_of_day: bool = False) -> datetime:
    """YYYY-MM-DD (the day's start, or its end with ``end_of_day``, in UTC) or ISO 8601 (no offset: UTC)."""
    cleaned = text.strip()
    try:
        parsed = datetime.fromisoformat(cleaned.replace("z", "Z"))
    except ValueError:
        raise InputError(f"{option}: expected a date (2026-12-01) or an ISO time (2026-12-01T09:00Z), got '{text}'") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    if end_of_day and len(cleaned) == 10:
        parsed += timedelta(days=1) - timedelta(microseconds=1)
    return parsed.astimezone(timezone.utc)


def open_engine(settings: Settings) -> Engine:
    from perfm_bot.answering.engine import Engine

    return Engine.open(settings, show_progress=sys.stderr.isatty())
