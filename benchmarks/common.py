"""What every benchmark shares: a row of the report, and a context holding the model loaded once.

A benchmark is a module ``benchmarks/bench_<name>.py`` with ``run(ctx: Context) -> list[Row]``.
Every row compares a measurement with a floor measured in the same run (absolute times on a
shared 2-core machine are noise; ratios are what count) and states its target.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Row:
    benchmark: str
    metric: str
    value: float  # what perfm_bot takes
    floor: float  # what the physical floor takes, measured in the same run
    unit: str  # of value and floor, e.g. "ms"
    target: float | None = None  # the ratio value/floor must not exceed (None: reported only)
    higher_is_better: bool = False  # for throughputs: ratio = value/floor must reach target
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("inf")

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        return self.ratio >= self.target if self.higher_is_better else self.ratio <= self.target


@dataclass
class Context:
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="perfm-bench-")))

    @cached_property
    def embedder(self):
        from perfm_bot.index.embedding import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder()

    def knowledge_copy(self, name: str) -> Path:
        target = self.workdir / name
        shutil.copytree(REPO / "knowledge", target)
        return target

    def cleanup(self) -> None:
        shutil.rmtree(self.workdir, ignore_errors=True)


def timed(function: Callable[[], object]) -> float:
    """Seconds one call takes."""
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def median(samples: list[float]) -> float:
    return statistics.median(samples)
