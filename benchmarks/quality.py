"""Answer quality on every question set the project keeps, each with the knowledge it was written for.

    .venv/bin/python -m benchmarks.quality            # the sets we tune on and report
    .venv/bin/python -m benchmarks.quality --final    # also the blind sets (measure once, at the end)
    .venv/bin/python -m benchmarks.quality --show messy   # and the failures of the sets named so

Measuring every set together on every change is the point: a gain on one set that costs another
shows up in the same table. The sets:
- clean / holdout / blind: tests/eval/{questions,holdout,blind}.yaml on the shipped knowledge;
- page-only: blind.yaml (written from the published page alone) on the page with no FAQ/dates/news;
- messy: tests/eval/messy.yaml, Discord-style messages, on the shipped knowledge;
- site:<slug>: tests/eval/sites/<slug>/questions.yaml on that real site's files alone, dropped
  into an empty knowledge folder as published;
- messy2: tests/eval/messy2.yaml, a second Discord-style set by another blind author;
- messy3, messy4: two sets kept blind until stop 16 (then messy_blind / messy_blind2, measured
  there twice), tuned on from stop 17; messy5 (was messy_blind3) measured once at stop 17, then
  tuned on; messy6 (was messy_blind4) measured once at stop 17, messy7 (was messy_blind5) once at
  stop 18, then tuned on; messy8 (was messy_blind6) measured once at stop 18, tuned on from stop 19;
  messy9 (was messy_blind7) measured once at stop 19, tuned on from stop 20; messy10 (was
  messy_blind8) measured once at stop 20, tuned on from stop 21; messy11 (was messy_blind9)
  measured once at stop 21, tuned on from stop 22; messy12 (was messy_blind10) measured once at
  stop 22, tuned on from stop 23; messy13 (was messy_blind11) measured once at stop 23, tuned on
  from stop 24; messy14 (was messy_blind12) measured once at stop 24, tuned on from stop 25;
  messy15 (was messy_blind13) measured once in stop 25 (a first round), tuned on since;
  messy16 (was messy_blind14) measured once at the end of stop 25, tuned on from stop 26;
  messy17 (was messy_blind15) measured once at the end of stop 26, tuned on from stop 27;
  messy18 (was messy_blind16) measured once at the end of stop 27, tuned on from stop 28;
  messy19 (was messy_blind17) measured once at the end of stop 28, tuned on from stop 29;
  messy20 (was messy_blind18) measured once at the end of stop 29, tuned on from stop 30;
  messy21 (was messy_blind19) measured once at the end of stop 30, tuned on from stop 31;
  messy22 (was messy_blind20) measured once at the end of stop 31, tuned on after it;
  messy23 (was messy_blind21) measured once at the end of stop 32, tuned on after it;
  messy24 (was messy_blind22) measured once at the end of stop 33, tuned on after it;
- with --final, messy-blind23 and the sites whose folder ends in -blind.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from perfm_bot.answering.evaluation import EvalResult, format_result, load_cases, run_eval  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO / "tests" / "eval"
SITES = EVAL / "sites"
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)  # the clock the eval floors use


@dataclass(frozen=True)
class QuestionSet:
    name: str
    questions: Path
    knowledge: Path  # a ready knowledge folder, or a site folder to drop into pages/
    site: bool = False
    final_only: bool = False


def question_sets() -> list[QuestionSet]:
    shipped = REPO / "knowledge"
    sets = [
        QuestionSet("clean", EVAL / "questions.yaml", shipped),
        QuestionSet("holdout", EVAL / "holdout.yaml", shipped),
        QuestionSet("blind", EVAL / "blind.yaml", shipped),
        QuestionSet("page-only", EVAL / "blind.yaml", shipped / "pages", site=True),
        QuestionSet("messy", EVAL / "messy.yaml", shipped),
        QuestionSet("messy2", EVAL / "messy2.yaml", shipped),
        QuestionSet("messy3", EVAL / "messy3.yaml", shipped),
        QuestionSet("messy4", EVAL / "messy4.yaml", shipped),
        QuestionSet("messy5", EVAL / "messy5.yaml", shipped),
        QuestionSet("messy6", EVAL / "messy6.yaml", shipped),
        QuestionSet("messy7", EVAL / "messy7.yaml", shipped),
        QuestionSet("messy8", EVAL / "messy8.yaml", shipped),
        QuestionSet("messy9", EVAL / "messy9.yaml", shipped),
        QuestionSet("messy10", EVAL / "messy10.yaml", shipped),
        QuestionSet("messy11", EVAL / "messy11.yaml", shipped),
        QuestionSet("messy12", EVAL / "messy12.yaml", shipped),
        QuestionSet("messy13", EVAL / "messy13.yaml", shipped),
        QuestionSet("messy14", EVAL / "messy14.yaml", shipped),
        QuestionSet("messy15", EVAL / "messy15.yaml", shipped),
        QuestionSet("messy16", EVAL / "messy16.yaml", shipped),
        QuestionSet("messy17", EVAL / "messy17.yaml", shipped),
        QuestionSet("messy18", EVAL / "messy18.yaml", shipped),
        QuestionSet("messy19", EVAL / "messy19.yaml", shipped),
        QuestionSet("messy20", EVAL / "messy20.yaml", shipped),
        QuestionSet("messy21", EVAL / "messy21.yaml", shipped),
        QuestionSet("messy22", EVAL / "messy22.yaml", shipped),
        QuestionSet("messy23", EVAL / "messy23.yaml", shipped),
        QuestionSet("messy24", EVAL / "messy24.yaml", shipped),
        QuestionSet("messy-blind23", EVAL / "messy_blind23.yaml", shipped, final_only=True),
    ]
    for folder in sorted(SITES.glob("*/")) if SITES.is_dir() else []:
        if (folder / "questions.yaml").exists():
            blind = folder.name.endswith("-blind")
            sets.append(QuestionSet(f"site:{folder.name}", folder / "questions.yaml", folder / "site", True, blind))
    return sets


def knowledge_for(qs: QuestionSet, scratch: Path) -> Path:
    """The folder to answer from: the shipped one, or pages only (a site's files, as published)."""
    if not qs.site:
        return qs.knowledge
    target = scratch / qs.name.replace(":", "-")
    shutil.copytree(qs.knowledge, target / "pages")
    return target


def measure(qs: QuestionSet, embedder, scratch: Path) -> EvalResult | str:
    from perfm_bot.answering.engine import Engine
    from perfm_bot.core.errors import PerfmError
    from perfm_bot.core.settings import Settings

    folder = knowledge_for(qs, scratch)
    try:
        engine = Engine(Settings(knowledge_dir=folder, state_dir=scratch / f"state-{folder.name}"), embedder, clock=lambda: NOW)
        return run_eval(load_cases(qs.questions), lambda q, contexts=None: engine.ask_many(q, contexts=contexts))
    except PerfmError as exc:
        return f"not read: {str(exc).splitlines()[0][:90]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--final", action="store_true", help="also measure the blind sets (once, at the end)")
    parser.add_argument("--show", nargs="*", default=[], help="print the failures of these sets")
    parser.add_argument("--only", nargs="*", default=[], help="measure only these sets")
    args = parser.parse_args(argv)
    from perfm_bot.index.embedding import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for qs in question_sets():
            if (qs.final_only and not args.final) or (args.only and qs.name not in args.only):
                continue
            if not qs.questions.exists():  # a blind set not written yet
                continue
            result = measure(qs, embedder, Path(scratch))
            rows.append((qs.name, result))
            if qs.name in args.show and isinstance(result, EvalResult):
                print(format_result(result, qs.name), file=sys.stderr)
    print(f"{'set':44} {'answerable correct':>20} {'declined':>14} {'or honest':>14} {'forbidden':>9}")
    for name, r in rows:
        if isinstance(r, str):
            print(f"{name:44} {r}")
            continue
        answered = f"{r.answerable_correct}/{r.answerable_total} {r.answerable_rate:6.1%}"
        declined = f"{r.abstained_correct}/{r.unanswerable_total} {r.abstain_rate:6.1%}"
        honest = f"{r.honest_correct}/{r.unanswerable_total} {r.honest_rate:6.1%}"
        print(f"{name:44} {answered:>20} {declined:>14} {honest:>14} {r.forbidden_hits:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
