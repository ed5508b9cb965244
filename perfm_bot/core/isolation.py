"""One bad item never stops the rest: loops over many items (dates, news, posts) run each in turn.

A date whose instant cannot be computed, a news item that breaks a formatter: the failure is
logged (the traceback at DEBUG), kept as an ``ItemFailure`` value for the caller to report where
organizers look, and the loop goes on with the next item.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

log = logging.getLogger("perfm_bot.isolation")
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class ItemFailure:
    """One item that could not be handled: what it is (``date 'paper' (dates.yaml:12)``), the job, why."""

    item: str
    job: str  # "planning reminders", "the /dates list"...
    reason: str

    def __str__(self) -> str:
        return f"{self.item}: {self.job} failed ({self.reason})"


def each(
    items: Iterable[T],
    work: Callable[[T], R],
    describe: Callable[[T], str],
    job: str,
    failures: list[ItemFailure] | None = None,
) -> Iterator[R]:
    """``work(item)`` for every item; an item that raises is logged, appended to ``failures``, skipped."""
    for item in items:
        try:
            yield work(item)
        except Exception as exc:  # noqa: BLE001 - the point: any one item's failure is contained
            failure = ItemFailure(describe(item), job, f"{type(exc).__name__}: {exc}")
            log.warning("%s; the other items go on", failure)
            log.debug("traceback of the failure above", exc_info=True)
            if failures is not None:
                failures.append(failure)


def describe_date(item: object) -> str:
    return f"date '{getattr(item, 'key', '?')}' (dates.yaml:{getattr(item, 'line', '?')})"


def describe_news(item: object) -> str:
    return f"news '{getattr(item, 'id', '?')}' (news.yaml:{getattr(item, 'line', '?')})"
