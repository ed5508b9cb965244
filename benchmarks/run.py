"""Run every benchmark (or those named) and print one table of ratios against same-run floors.

Usage: .venv/bin/python -m benchmarks.run [NAME ...]
"""

from __future__ import annotations

import importlib
import platform
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from benchmarks.common import Context, Row


def discover() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in Path(__file__).parent.glob("bench_*.py"))


def format_table(rows: list[Row]) -> str:
    header = f"{'benchmark':<12} {'metric':<38} {'perfm_bot':>12} {'floor':>12} {'ratio':>7}  {'target':<8} met"
    lines = [header, "-" * len(header)]
    for r in rows:
        target = "" if r.target is None else (f">= {r.target:g}x" if r.higher_is_better else f"<= {r.target:g}x")
        met = {None: "", True: "yes", False: "NO"}[r.met]
        lines.append(
            f"{r.benchmark:<12} {r.metric:<38} {r.value:>9.3f} {r.unit:<2} {r.floor:>9.3f} {r.unit:<2} {r.ratio:>6.2f}x  {target:<8} {met}"
        )
        if r.note:
            lines.append(f"{'':<12}   {r.note}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    names = argv or discover()
    unknown = [n for n in names if n not in discover()]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(discover())}", file=sys.stderr)
        return 2
    ctx = Context()
    rows: list[Row] = []
    started = time.perf_counter()
    try:
        for name in names:
            print(f"running {name} ...", file=sys.stderr, flush=True)
            module = importlib.import_module(f"benchmarks.bench_{name}")
            rows.extend(module.run(ctx))
    finally:
        ctx.cleanup()
    print(f"perfm_bot benchmarks, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.machine()}, "
          f"{platform.python_version()}, took {time.perf_counter() - started:.0f} s")
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
