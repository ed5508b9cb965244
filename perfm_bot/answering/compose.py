"""From search hits to an answer: grounded, short, cited, or an honest "I don't know".

Pure: the hits, the knowledge and the current time come in, an ``Answer`` goes out. The answer
text is always taken from the knowledge (a FAQ answer, a published passage, a date record), so
the bot cannot invent a date, a fee or a name; when the best evidence is weak it abstains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from perfm_bot.index.chunking import NO_DATE, Source
from perfm_bot.core import isolation
from perfm_bot.core.errors import InputError
from perfm_bot.core.text import shorten
from perfm_bot.sources.records import ImportantDate, Knowledge
from perfm_bot.answering.ranking import RankedHit
from perfm_bot.core.timezones import humanize_delta, timezone_label

MAX_QUESTION_CHARS = 500  # what an attendee may ask in one message
MAX_ANSWER_CHARS = 500
_TBA = re.compile(r"\bTBA\b")
_TERMINAL_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")  # ANSI CSI sequences, pasted from a terminal


@dataclass(frozen=True)
class Answer:
    question: str
    answered: bool
    text: str
    sources: tuple[Source, ...]
    score: float
    kind: str  # "faq" | "date" | "passage" | "none": how the answer is phrased
    chunk_id: str | None = None
    # Where the answer comes from, as typed fields, so records and /stats never parse chunk ids:
    # origin "faq" | "date" | "page" | "news" ("" when abstaining), ref the FAQ id / date key
    # ("*" for the overview) / page slug / news id, section the page heading it sits under.
    origin: str = ""
    ref: str | None = None
    section: str = ""
    # A message that asks several things is answered part by part: each part is an Answer of its
    # own (answered or declined on its own), the fields above are the one combined reply, and
    # ``answered`` is True when any part is. A single question has no parts.
    parts: tuple[Answer, ...] = ()
    intent: str = ""  # what the analyser read the question as (analysis.INTENTS); "" when not analysed

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "question": self.question,
            "answered": self.answered,
            "answer": self.text,
            "sources": [{"title": s.title, "url": s.url} for s in self.sources],
            "score": round(self.score, 4),
            "kind": self.kind,
        }
        if self.parts:  # only multi-part messages carry the key, so single answers keep their shape
            data["parts"] = [p.to_dict() for p in self.parts]
        return data


@dataclass(frozen=True)
class Policy:
    """When to answer. The threshold is calibrated on tests/eval/questions.yaml (see README)."""

    threshold: float = 0.45
    abstain_hint: str = "Please ask the organizers."
    # When the best match only says "not announced (TBA)", a news item answers instead if it is an
    # answer in its own right (clears the threshold), shares a content word with the question,
    # and is nearly as close in meaning (dense gap <= supersede_margin) or holds most of the
    # question's distinctive words (coverage >= supersede_coverage). Set on 25 question and
    # announcement pairs: keynote, venue, submission-site and sponsor news supersede the FAQ's TBA;
    # a venue does not answer "What is the workshop schedule?" (gap 0.38, coverage 0.26), nor
    # registration "Is the submission site open?" (0.40, 0.45), nor anything it shares no word with.
    supersede_margin: float = 0.35
    supersede_coverage: float = 0.5
    # The answer-fit check (fit.py) declines an answer whose question names a word the knowledge
    # never uses, unless the question is this close in meaning to the chunk (see README).
    fit_strong: float = 0.7


def check_question(text: str) -> str:
    """The question, stripped; an InputError a user can act on when it is empty or too long.

    Control, format and zero-width characters (NUL, U+200B...) are dropped first: a question made
    only of them is empty. Text that is not valid UTF-8 (a shell passes such bytes as lone
    surrogates) is refused with a message rather than failing deeper down."""
    import unicodedata

    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        raise InputError("Your question is not valid UTF-8 text; please type it again.")
    text = _TERMINAL_ESCAPE.sub("", text)  # "\x1b[2J" clears a terminal; what is left is no question
    visible = "".join(" " if ch.isspace() else ch for ch in text if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf"))
    question = " ".join(visible.split())
    if not question:
        raise InputError("Please type a question (1 to 500 characters).")
    if len(question) > MAX_QUESTION_CHARS:
        raise InputError(
            f"Your question is {len(question)} characters long; the limit is {MAX_QUESTION_CHARS}. "
            "Please shorten it."
        )
    return question


OOS_RIVALS = 3  # the best-ranked real chunks that may be closer in meaning than an out-of-scope topic


def compose(question: str, hits: list[RankedHit], knowledge: Knowledge, now: datetime, policy: Policy) -> Answer:
    """The answer from the best-ranked hit, or an abstention when it is weak or a out-of-scope topic.

    An out-of-scope topic (out_of_scope.yaml) wins when the question is closer in meaning to it than to
    any real chunk; that comparison is on meaning alone, because word overlap with the example
    questions says little. It yields to a FAQ entry or news item an organizer published that holds
    most of the question's distinctive words: once organizers publish the answer, the list is out
    of date, and the answer must be given at once. News scheduled for later (``at:`` in the future) is not
    published yet, so it is not an answer yet either.
    """
    unpublished = {n.id for n in knowledge.news if n.at is not None and n.at > now}
    real = [h for h in hits if h.chunk.kind != "out_of_scope" and not (h.chunk.kind == "news" and h.chunk.ref in unpublished)]
    out_of_scope = next((h for h in hits if h.chunk.kind == "out_of_scope"), None)
    if not real or real[0].score < policy.threshold:
        return abstain(question, real[0].score if real else 0.0, policy)
    best = real[0]
    # "how does reviewing work?": "Review is double-blind." ranks second, closer than "reviewing and volunteering"
    if out_of_scope is not None and out_of_scope.dense > max(h.dense for h in real[:OOS_RIVALS]):
        published = covering_publication(real, knowledge, policy)
        if published is None:
            return abstain(question, best.score, policy)
        best = published
    else:
        best = announced_over_tba(real, policy)
    chunk = best.chunk
    date_key = chunk.ref if chunk.kind == "date" else chunk.states_date
    if chunk.kind == "date" or date_key:
        item = knowledge.date(date_key) if date_key else None
        if item is None:
            text = dates_overview(knowledge, now)
        else:
            # One bad date record (its instant overflows, its zone is broken) is logged and left
            # out. The question is then answered from other material only if it is no date
            # (another date's record answers another question) and holds most of the question's
            # distinctive words, as a runner-up must; else it is declined honestly.
            answered = list(isolation.each([item], lambda d: date_answer(d, now), isolation.describe_date, "a date answer"))
            if not answered:
                rest = [h for h in hits if h.chunk.kind == "out_of_scope" or (
                    h.chunk.kind != "date" and not h.chunk.states_date and h.coverage >= policy.supersede_coverage)]
                return compose(question, rest, knowledge, now, policy)
            text = answered[0]
        return Answer(
            question, True, text, (chunk.source,), best.score, "date", chunk.id, "date", date_key or "*", chunk.section
        )
    kind = "faq" if chunk.kind == "faq" else "passage"
    text = _gloss_tba(chunk.text)
    if chunk.kind == "news":
        item = next((n for n in knowledge.news if n.id == chunk.ref), None)
        when = item.day.strftime("%B %-d, %Y") if item and item.day else None
        text = f"News ({when or UNDATED.lower()}): {text}"  # "when was the website launched?": honest either way
    return Answer(question, True, trim(text), (chunk.source,), best.score, kind, chunk.id, chunk.kind, chunk.ref, chunk.section)


def announced_over_tba(hits: list[RankedHit], policy: Policy) -> RankedHit:
    """The best hit, unless it is a FAQ answer or page passage saying "TBA" and a news item answers
    the question too: news is how organizers announce what the older text left open (a keynote
    speaker, a venue), so it must win over that text. Dates need no such rule: a date record
    always answers for its date."""
    best = hits[0]
    if best.chunk.kind not in ("faq", "page") or best.chunk.states_date or not says_tba(best.chunk.text):
        return best
    for hit in hits[1:]:
        if hit.chunk.kind != "news" or says_tba(hit.chunk.text) or hit.score < policy.threshold or not hit.coverage:
            continue
        if best.dense - hit.dense <= policy.supersede_margin or hit.coverage >= policy.supersede_coverage:
            return hit
    return best


def covering_publication(hits: list[RankedHit], knowledge: Knowledge, policy: Policy) -> RankedHit | None:
    """A FAQ entry or news item an organizer published (it has an author) that clears the threshold
    and holds most of the question's distinctive words; shipped entries were written with the
    out-of-scope topics in view and do not override them."""
    authored = {("faq", e.id) for e in knowledge.faq if e.by} | {("news", n.id) for n in knowledge.news if n.by}
    return next(
        (
            h
            for h in hits
            if (h.chunk.kind, h.chunk.ref) in authored and h.score >= policy.threshold and h.coverage >= policy.supersede_coverage
        ),
        None,
    )


# "TBA", and what sites write for it: "To be announced — details will be announced soon", "TBD"
_NOT_YET = re.compile(r"\b(?:to be (?:announced|determined|confirmed)|will be announced|not (?:yet )?announced)\b", re.I)


UNDATED = "Date not announced"  # how an answer says a placeholder date (chunking's NO_DATE)
_NO_DATE = re.compile(rf"^([^:]{{0,80}}: )?{NO_DATE}: ")


def says_tba(text: str) -> bool:
    return bool(_TBA.search(text) or _NOT_YET.search(text))


def abstain(question: str, score: float, policy: Policy) -> Answer:
    text = f"I don't know: the workshop's pages, FAQ and dates don't answer that, and I won't guess. {policy.abstain_hint}"
    return Answer(question, False, text, (), score, "none")


def date_answer(item: ImportantDate, now: datetime) -> str:
    if not item.announced:
        return f"The {_lower_first(item.label)} has not been announced yet (TBA)."
    return f"{item.label}: {describe_date(item, now)}."


def describe_date(item: ImportantDate, now: datetime) -> str:
    """'Tuesday, December 15, 2026, 23:59 AoE (UTC-12), in 21 days' or 'TBA (not announced yet)'."""
    instant = item.instant()
    if instant is None:
        return "TBA (not announced yet)"
    day = instant.strftime("%A, %B %-d, %Y")
    show_time = item.kind == "deadline" or item.at is not None
    when = f"{day}, {instant.strftime('%H:%M')} {timezone_label(item.timezone)}" if show_time else f"{day} ({timezone_label(item.timezone)})"
    return f"{when}, {humanize_delta(instant, now)}"


def dates_overview(knowledge: Knowledge, now: datetime) -> str:
    """Every date on its own line; a date whose line cannot be made is logged and left out."""
    line = lambda d: f"• {d.label}: {describe_date(d, now)}"  # noqa: E731
    lines = list(isolation.each(knowledge.dates, line, isolation.describe_date, "the dates overview answer"))
    return trim("Important dates:\n" + "\n".join(lines))


def trim(text: str, limit: int = MAX_ANSWER_CHARS) -> str:
    """At most ``limit`` characters, cut at a sentence or word end, with a visible ellipsis."""
    return shorten(text, limit, at_sentence=True)


def _gloss_tba(text: str) -> str:
    """'TBA' said in words; a line whose date the page leaves a placeholder says it is not announced."""
    text = _NO_DATE.sub(rf"\1{UNDATED}: ", text, count=1)
    if "not announced" in text.lower():
        return text
    return _TBA.sub("TBA (not announced yet)", text, count=1)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
