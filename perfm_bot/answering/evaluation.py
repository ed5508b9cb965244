"""Answer-quality evaluation: a YAML list of questions with what a right answer must (not) say.

Each case: ``q``; ``expect`` (phrases, at least one must appear, case-insensitive); ``forbid``
(phrases none of which may appear); ``answerable`` (default true; false means the bot must
abstain). Optional, added later and so absent from older files: ``kind`` (where a right answer
must come from: faq, date, page or news), ``source`` (a text its citation must contain, such as a
page slug or anchor), ``style`` (a label for reporting: typo, two-in-one...), ``context`` (the
previous message of a thread, for follow-ups) and ``parts`` (for a message that asks several
things: one mapping per question, with its own expect/forbid/answerable/kind, each judged on its
own). The same file format serves the tests that hold the accuracy floors and the README's
reported figures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from perfm_bot.answering.compose import Answer, says_tba
from perfm_bot.core.errors import InputError, KnowledgeError
from perfm_bot.sources.yaml_lines import LineList, LineMap, load_yaml


KINDS = ("faq", "date", "page", "news")
_FIELDS = {"q", "expect", "forbid", "answerable", "kind", "source", "style", "context", "parts"}
_PART_FIELDS = {"expect", "forbid", "answerable", "kind", "source", "q", "style"}  # a part's style: a label, as the message's


@dataclass(frozen=True)
class Part:
    """One question of a multi-part message, judged on its own."""

    expect: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    answerable: bool = True
    kind: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Case:
    q: str
    expect: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    answerable: bool = True
    line: int = 0
    kind: str | None = None
    source: str | None = None
    style: str = ""
    context: str | None = None
    parts: tuple[Part, ...] = ()


@dataclass
class EvalResult:
    answerable_correct: int = 0
    answerable_total: int = 0
    abstained_correct: int = 0
    unanswerable_total: int = 0
    forbidden_hits: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)
    # Of the unanswerable cases: declined, or answered only with "not announced / not published
    # yet" (an honest reply, such as "the schedule is not published yet"); abstained_correct stays
    # the strict count.
    honest_correct: int = 0

    @property
    def answerable_rate(self) -> float:
        return self.answerable_correct / self.answerable_total if self.answerable_total else 1.0

    @property
    def abstain_rate(self) -> float:
        return self.abstained_correct / self.unanswerable_total if self.unanswerable_total else 1.0

    @property
    def honest_rate(self) -> float:
        return self.honest_correct / self.unanswerable_total if self.unanswerable_total else 1.0

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
        case = _case(item, label, line, problems)
        if case is not None:
            cases.append(case)
    if problems:
        raise KnowledgeError(problems)
    return cases


def _case(item: LineMap, label: str, line: int, problems: list[str]) -> Case | None:
    before = len(problems)
    unknown = set(item) - _FIELDS
    if unknown:
        problems.append(f"{label}:{line}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    q, context, style = item.get("q"), item.get("context"), item.get("style", "")
    if not isinstance(q, str) or not q.strip():
        problems.append(f"{label}:{line}: 'q' must be a question")
    if context is not None and not isinstance(context, str):
        problems.append(f"{label}:{item.line_of('context')}: 'context' must be the previous message, as text")
    parts: list[Part] = []
    raw_parts = item.get("parts")
    if raw_parts is not None and not isinstance(raw_parts, LineList):
        problems.append(f"{label}:{item.line_of('parts')}: 'parts' must be a list of mappings")
    for raw, part_line in zip(raw_parts or (), getattr(raw_parts, "item_lines", ())):
        if not isinstance(raw, LineMap):
            problems.append(f"{label}:{part_line}: each part must be a mapping with 'expect' or 'answerable: false'")
            continue
        extra = set(raw) - _PART_FIELDS
        if extra:
            problems.append(f"{label}:{part_line}: unknown field(s) {', '.join(sorted(map(str, extra)))}")
        part = _part(raw, label, part_line, problems)
        if part is not None:
            parts.append(part)
    whole = _part(item, label, line, problems, needs_expect=not parts)
    if len(problems) > before or whole is None or not isinstance(q, str):
        return None
    return Case(
        q.strip(), whole.expect, whole.forbid, whole.answerable, line, whole.kind, whole.source,
        str(style), context.strip() if context else None, tuple(parts),
    )


def _part(item: LineMap, label: str, line: int, problems: list[str], needs_expect: bool = True) -> Part | None:
    answerable = item.get("answerable", True)
    expect, forbid = _phrases(item.get("expect")), _phrases(item.get("forbid"))
    kind, source = item.get("kind"), item.get("source")
    if not isinstance(answerable, bool):
        problems.append(f"{label}:{item.line_of('answerable')}: 'answerable' must be true or false")
    elif expect is None or forbid is None:
        problems.append(f"{label}:{line}: 'expect' and 'forbid' must be lists of phrases")
    elif answerable and needs_expect and not expect:
        problems.append(f"{label}:{line}: an answerable case needs at least one 'expect' phrase")
    elif kind is not None and kind not in KINDS:
        problems.append(f"{label}:{item.line_of('kind')}: 'kind' must be one of {', '.join(KINDS)}")
    elif source is not None and not isinstance(source, str):
        problems.append(f"{label}:{item.line_of('source')}: 'source' must be text")
    else:
        return Part(expect, forbid, answerable, kind, source)
    return None


def _phrases(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v) for v in value)
    return None


def run_eval(cases: Sequence[Case], ask_many: Callable[..., list[Answer]]) -> EvalResult:
    """Ask every case (follow-ups with their thread's previous message) and judge the replies.

    A multi-part case is right when each of its parts is: an answerable part's phrase appears
    (in its own part of the reply when the reply has parts), an unanswerable part is declined.
    """
    result = EvalResult()
    contexts = [c.context for c in cases]
    questions = [c.q for c in cases]
    answers = _ask_all(questions, contexts, ask_many)
    for case, answer in zip(cases, answers):
        text = answer.text.lower()
        forbid = {p for part in (case, *case.parts) for p in part.forbid}
        forbidden = sorted(p for p in forbid if p.lower() in text)
        result.forbidden_hits += bool(forbidden)
        if case.answerable:
            result.answerable_total += 1
            why = "forbidden phrase" if forbidden else _answer_problem(case, answer)
            ok = why is None
            result.answerable_correct += ok
        else:
            result.unanswerable_total += 1
            ok = not answer.answered and not forbidden
            result.abstained_correct += ok
            result.honest_correct += ok or (not forbidden and says_tba(answer.text))
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
                    "style": case.style,
                }
            )
    return result


def _ask_all(questions: list[str], contexts: list[str | None], ask_many: Callable[..., list[Answer]]) -> list[Answer]:
    """Every question's answer; one the bot refuses (too long, empty) counts as not answered,
    with the refusal as its text, instead of stopping the whole run."""
    ask = (lambda qs, cs: ask_many(qs, contexts=cs)) if any(contexts) else (lambda qs, cs: ask_many(qs))
    try:
        return ask(questions, contexts)
    except InputError:
        answers = []
        for q, c in zip(questions, contexts):
            try:
                answers.extend(ask([q], [c]))
            except InputError as exc:
                answers.append(Answer(q, False, f"(refused: {exc})", (), 0.0, "none"))
        return answers


def _answer_problem(case: Case, answer: Answer) -> str | None:
    """Why an answer to an answerable case is wrong, or None when it is right."""
    if not case.parts:
        return _part_problem(case, answer)
    replies = list(getattr(answer, "parts", ()) or ())
    for i, part in enumerate(case.parts):
        reply = replies[i] if len(replies) == len(case.parts) else answer
        problem = _part_problem(part, reply) if part.answerable or reply is not answer else "a part left undeclined"
        if problem:
            return f"part {i + 1}: {problem}"
    return None


def _part_problem(part: Part | Case, answer: Answer) -> str | None:
    text = answer.text.lower()
    if not part.answerable:
        return None if not answer.answered else "answered instead of abstaining"
    if not answer.answered:
        return "abstained"
    if not any(p.lower() in text for p in part.expect):
        return "expected phrase missing"
    if part.kind and getattr(answer, "origin", "") != part.kind:
        return f"answered from {getattr(answer, 'origin', '') or answer.kind}, not {part.kind}"
    if part.source and not any(part.source in f"{s.title} {s.url or ''}" for s in answer.sources):
        return f"not cited from {part.source}"
    return None


def format_result(result: EvalResult, label: str) -> str:
    lines = [
        f"{label}",
        f"  answerable:   {result.answerable_correct}/{result.answerable_total} correct ({result.answerable_rate:.1%})",
        f"  unanswerable: {result.abstained_correct}/{result.unanswerable_total} abstained ({result.abstain_rate:.1%}); "
        f"{result.honest_correct} declined or honest ({result.honest_rate:.1%})",
        f"  forbidden phrases: {result.forbidden_hits}",
    ]
    for f in result.failures:
        lines.append(f"  line {f['line']}: {f['q']!r}: {f['why']} [{f['kind']} {f['score']}] {f['answer'][:160]!r}")
    return "\n".join(lines)
