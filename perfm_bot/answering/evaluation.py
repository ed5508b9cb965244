"""Answer-quality evaluation: a YAML list of questions with what a right answer must (not) say.

Each case: ``q``; ``expect`` (phrases, at least one must appear, case-insensitive); ``forbid``
(phrases none of which may appear); ``answerable`` (default true; false means the bot must
abstain). The same file format serves the test that holds the accuracy floor and the README's
reported figures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from perfm_bot.answering.compose import Answer
from perfm_bot.core.errors import KnowledgeError
from perfm_bot.sources.yaml_lines import LineList, LineMap, load_yaml


@dataclass(frozen=True)
class Case:
    q: str
    expect: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    answerable: bool = True
    line: int = 0


@dataclass
class EvalResult:
    answerable_correct: int = 0
    answerable_total: int = 0
    abstained_correct: int = 0
    unanswerable_total: int = 0
    forbidden_hits: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def answerable_rate(self) -> float:
        return self.answerable_correct / self.answerable_total if self.answerable_total else 1.0

    @property
    def abstain_rate(self) -> float:
        return self.abstained_correct / self.unanswerable_total if self.unanswerable_total else 1.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_cases(path: Path) -> list[Case]:
    label = str(path)
    data = load_yaml(path, label)
    if not isinstance(data, LineList):
        raise KnowledgeError(f"{label}:1: expected a list of cases ('- q: ...')")
    cases: list[Case] = []
    problems: list[str] = []
    for item, line in zip(data, data.item_lines):
        if not isinstance(item, LineMap):
            problems.append(f"{label}:{line}: each case must be a mapping with 'q'")
            continue
        unknown = set(item) - {"q", "expect", "forbid", "answerable"}
        if unknown:
            problems.append(f"{label}:{line}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
        q = item.get("q")
        answerable = item.get("answerable", True)
        expect = _phrases(item.get("expect"))
        forbid = _phrases(item.get("forbid"))
        if not isinstance(q, str) or not q.strip():
            problems.append(f"{label}:{line}: 'q' must be a question")
        elif not isinstance(answerable, bool):
            problems.append(f"{label}:{item.line_of('answerable')}: 'answerable' must be true or false")
        elif expect is None or forbid is None:
            problems.append(f"{label}:{line}: 'expect' and 'forbid' must be lists of phrases")
        elif answerable and not expect:
            problems.append(f"{label}:{line}: an answerable case needs at least one 'expect' phrase")
        else:
            cases.append(Case(q.strip(), expect, forbid, answerable, line))
    if problems:
        raise KnowledgeError(problems)
    return cases


def _phrases(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v) for v in value)
    return None


def run_eval(cases: Sequence[Case], ask_many: Callable[[Sequence[str]], list[Answer]]) -> EvalResult:
    result = EvalResult()
    answers = ask_many([c.q for c in cases])
    for case, answer in zip(cases, answers):
        text = answer.text.lower()
        forbidden = [p for p in case.forbid if p.lower() in text]
        result.forbidden_hits += bool(forbidden)
        if case.answerable:
            result.answerable_total += 1
            found = answer.answered and any(p.lower() in text for p in case.expect)
            ok = found and not forbidden
            result.answerable_correct += ok
            why = "forbidden phrase" if forbidden else ("abstained" if not answer.answered else "expected phrase missing")
        else:
            result.unanswerable_total += 1
            ok = not answer.answered and not forbidden
            result.abstained_correct += ok
            why = "forbidden phrase" if forbidden else "answered instead of abstaining"
        if not ok:
            result.failures.append(
                {
                    "line": case.line,
                    "q": case.q,
                    "why": why,
                    "expect": list(case.expect),
                    "forbidden": forbidden,
                    "kind": answer.kind,
                    "score": round(answer.score, 3),
                    "answer": answer.text,
                }
            )
    return result


def format_result(result: EvalResult, label: str) -> str:
    lines = [
        f"{label}",
        f"  answerable:   {result.answerable_correct}/{result.answerable_total} correct ({result.answerable_rate:.1%})",
        f"  unanswerable: {result.abstained_correct}/{result.unanswerable_total} abstained ({result.abstain_rate:.1%})",
        f"  forbidden phrases: {result.forbidden_hits}",
    ]
    for f in result.failures:
        lines.append(f"  line {f['line']}: {f['q']!r}: {f['why']} [{f['kind']} {f['score']}] {f['answer'][:160]!r}")
    return "\n".join(lines)
