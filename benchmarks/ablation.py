"""What each step of reading a message adds: the quality sets with one step switched off at a time.

    .venv/bin/python -m benchmarks.ablation            # clean, page-only and messy
    .venv/bin/python -m benchmarks.ablation --only messy

Rows: everything on; then each analyser step (analysis.Options) and each answer-fit check
(fit.Checks) off on its own; then all of them off (the message as one question, as before issue 14).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.quality import NOW, knowledge_for, question_sets  # noqa: E402
from perfm_bot.answering.evaluation import load_cases, run_eval  # noqa: E402

VARIANTS = [
    ("all steps", {}, {}),
    ("- normalise (chat words, emoji)", {"normalise": False}, {}),
    ("- split into questions", {"split": False}, {}),
    ("- focus (asking sentences only)", {"focus": False}, {}),
    ("- intents", {"intents": False}, {}),
    ("- thread context", {"context": False}, {}),
    ("- fit: relation (intent/kind)", {}, {"relation": False}),
    ("- fit: 'when' states a time", {}, {"when": False}),
    ("- fit: near-answer words", {}, {"near_answer": False}),
    ("- fit: out-of-scope rank", {}, {"out_of_scope_rank": False}),
    ("- fit: unpublished schedule", {}, {"schedule": False}),
    ("- fit: the value asked for", {}, {"value": False}),
    ("none (one question, no checks)", "none", "none"),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=["clean", "page-only", "messy"])
    args = parser.parse_args(argv)
    from perfm_bot.answering.analysis import Options
    from perfm_bot.answering.engine import Engine
    from perfm_bot.answering.fit import Checks
    from perfm_bot.core.settings import Settings
    from perfm_bot.index.embedding import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder()
    sets = [qs for qs in question_sets() if qs.name in args.only and not qs.final_only]
    with tempfile.TemporaryDirectory() as scratch:
        engines = {}
        for qs in sets:
            folder = knowledge_for(qs, Path(scratch))
            engines[qs.name] = (Engine(Settings(folder, Path(scratch) / f"state-{folder.name}"), embedder, clock=lambda: NOW), load_cases(qs.questions))
        print(f"{'variant':36}" + "".join(f"{name:>22}" for name in engines))
        for label, opt, chk in VARIANTS:
            cells = []
            for name, (engine, cases) in engines.items():
                engine.options = Options(False, False, False, False, False) if opt == "none" else replace(Options(), **opt)
                engine.checks = Checks.none() if chk == "none" else replace(Checks(), **chk)
                r = run_eval(cases, lambda q, contexts=None: engine.ask_many(q, contexts=contexts))
                cells.append(f"{r.answerable_rate:6.1%} / {r.abstain_rate:6.1%}")
            print(f"{label:36}" + "".join(f"{c:>22}" for c in cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
