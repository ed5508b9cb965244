"""Does the best passage answer what was asked? Intent against the knowledge's own structure.

Pure. Every chunk is tagged with the intents it can answer, read from the knowledge itself: a FAQ
entry by analysing its own question and phrasings, a date record as a date, a page passage by
the heading it sits under ("Important Dates", "Organizers", "Call for Contributions (Topics and
Scope)", "Tentative Schedule"), news as news. A question is then answered only from a chunk whose
relation fits:

- a date record (or a page line stating a date) answers only a question that asks when, a date,
  a deadline, or whether something is still open: "what's the workshop about?" is not a date
  question, however close "Workshop date" is in meaning;
- "when ...?" needs an answer that states a time (a date, or that it is TBA): "Website launched."
  does not say when;
- a yes/no question must share its distinctive words with the answer, or name nothing the
  knowledge never mentions: "can I put my preprint on *arXiv*?" shares "review" with "Review is
  double-blind." but asks what the knowledge never speaks of. An answer that says its subject is
  TBA answers any specific about it ("is submission through OpenReview?" -> site TBA);
- an out-of-scope topic that ranks first on meaning and words together wins (compose lets it win
  on meaning alone);
- a question about a time or length in the program while the schedule is unpublished gets that
  said, never a passage (the page's draft times are hidden text and never indexed);
- a question asking for a value (an amount, a length, a size, a clock time, an email address:
  ``answer_types``) is answered by the best passage stating one about what was asked, else
  declined, and "when ...?" likewise prefers a passage that states a time;
- an open question naming two things the knowledge never mentions is declined (one is enough for
  a yes/no question);
- a page kept from an earlier edition answers only a question about that edition (its struck
  deadlines and past winners are never this year's answer).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from perfm_bot.answering import analysis as an
from perfm_bot.answering import answer_types, places
from perfm_bot.answering.compose import UNDATED, says_tba
from perfm_bot.answering.ranking import RankedHit, stems, prefixes as ranking_prefixes
from perfm_bot.index.chunking import NO_DATE, Chunk
from perfm_bot.sources.html_text import CHANGED_NOTE
from perfm_bot.sources.page_dates import MONTH_NAME

INTENT_BONUS = 0.1  # a chunk that answers the question's kind of question ranks above one that shares words
VALUE_BONUS = 0.1  # a chunk that states the kind of value asked for ("4 pages" for "how long?") likewise
SCOPE_BONUS = 0.2
UPDATED_BONUS = 0.02  # a passage the site marks as changed, over an equal one it did not update
LEAD_PENALTY = 0.15  # the opening's "when and where" key is no answer to "is it archival?" or "who organizes it?"
_LEAD_INTENTS = frozenset({*an.DATE_INTENTS, an.WHERE, an.OTHER})
DIRECT = 0.85  # a FAQ entry or news item this close in meaning answers a program question itself
_SECTION_INTENTS = (
    (re.compile(r"\b(?:topics?|scope|call for)\b", re.I), an.SCOPE),
    (re.compile(r"\b(?:schedule|program|programme|agenda)\b", re.I), an.SCHEDULE),
    (re.compile(r"\b(?:dates?|deadlines?)\b", re.I), an.DATE),
    (re.compile(r"\b(?:organi[sz]ers?|speakers?|panel(?:ists)?|committee|contact|people)\b", re.I), an.WHO),
    (re.compile(r"\b(?:submissions?|submit|guidelines|format)\b", re.I), an.SUBMIT),
    (re.compile(r"\b(?:venue|location|travel|room|hall|address)\b", re.I), an.WHERE),
)
_NUMERIC_DAY = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"  # 2025-06-09, 2025/06/09
_STATES_TIME = re.compile(
    rf"\b(?:TBA|TBD|not announced|{_NUMERIC_DAY}|\d{{1,2}}:\d{{2}}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)",
    re.I,
)
# Who, in the plural: a question for a whole list of people, answered by the list, not one entry.
_PEOPLE = re.compile(r"\b(?:speakers|organi[sz]ers|panel(?:ists)?|keynotes|committee|people|members|team|chairs|board)\b|\borgani[sz](?:ing|es|ed)\b")
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})\s*(?:am|pm)?\b|\b\d{1,2}\s*(?:am|pm)\b", re.I)
# "who are the organizers?", "who's running the workshop?": the people, which a contact address is not
# ("who do I email about my submission?" is answered by one)
_GROUP_ASKED = re.compile(r"^who\s+(?:are|is|were)\s+(?:the\s+|on\s+the\s+|in\s+the\s+)?(?:\w+\s+)?(?:organi[sz]ers|speakers|committee|chairs|panel(?:ists)?|team)\b|^who(?:'s|s)?\s+(?:is\s+)?(?:organi[sz]|runn|run)")
_PROGRAM_ROW = re.compile(  # "Time: 14:30 - 15:00; …" too, and "Time (ET): 13:30 - 14:15; Session: …"
    r"^\W*(?:(?:(?:start(?:ing)?\s+)?time|when|slot|hours?)(?:\s*\([\w+:.\s-]{1,12}\))?\s*:\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to\b)?", re.I
)
_PLACE_WORDS = re.compile(r"\b(?:location|venue|held|city|room|hall|cent(?:er|re)|address|TBA)\b", re.I)
PROGRAM_ROWS = 3  # lines starting with a clock time: a published program, whatever its heading says


def chunk_intents(chunk: Chunk) -> frozenset[str]:
    """The kinds of question a chunk answers, from the knowledge's own structure."""
    if chunk.kind == "date":
        return frozenset({an.DATE, an.OPEN})
    if chunk.kind == "news":
        return frozenset({an.NEWS, an.OPEN})
    if chunk.kind == "faq":
        asked = [k for k in chunk.keys if k.rstrip().endswith("?")]
        found = {an.intent(an.normalise(k))[0] for k in asked}
        if any(an._SCHEDULE_WORDS.search(k.lower()) for k in asked):
            found.add(an.SCHEDULE)
        cited = chunk.source.title.rpartition(" › ")[2] if " › " in chunk.source.title else ""
        found |= {intent for pattern, intent in _SECTION_INTENTS if pattern.search(cited) and intent != an.DATE}
        return frozenset(found - {an.OTHER})
    if chunk.kind == "page":
        found = {intent for pattern, intent in _SECTION_INTENTS if pattern.search(chunk.section or chunk.text[:80])}
        if chunk.lead:  # the home page's opening states the workshop's day and place
            found |= {an.WHERE, an.DATE}
        if _PROGRAM_ROW.match(chunk.text):  # "13:15 - 14:45 — Poster Session": a line of the program
            found.add(an.SCHEDULE)  # whose region is a speaker's ("Baris Kasikci (University of Washington)")
        elif places.names_region(chunk.text) or places.names_address(chunk.text):  # "… @ IJCAI 2026, Bremen, Germany", "Via Eudossiana 18"
            found.add(an.WHERE)
        if re.search(r"\bnews\b", chunk.section or chunk.text[:80], re.I):
            found |= {an.NEWS, an.OPEN}
        if chunk.states_date or chunk.dated:
            found |= {an.DATE, an.OPEN}
        return frozenset(found)
    return frozenset()


@dataclass(frozen=True)
class Schedule:
    """Whether the knowledge publishes the program, and where it says it does not yet."""

    published: bool
    source: Chunk | None  # the FAQ entry or page section about the schedule


def schedule_state(chunks: Iterable[Chunk], tags: Mapping[str, frozenset[str]]) -> Schedule:
    about = [c for c in chunks if an.SCHEDULE in tags.get(c.id, frozenset())]
    if not about:
        return Schedule(False, None)
    rows = sum(1 for c in about if c.kind == "page" and _PROGRAM_ROW.match(c.text))
    published = rows >= PROGRAM_ROWS or any(_CLOCK.search(c.text) for c in about)
    about.sort(key=lambda c: (c.kind != "faq", len(c.text)))
    return Schedule(published, about[0])


def select(
    question: an.Question, hits: Sequence[RankedHit], tags: Mapping[str, frozenset[str]], threshold: float = 0.45,
    names: Collection[str] = (),
    people: Collection[str] = (),
) -> list[RankedHit]:
    """The hits that may answer this question, with the intent bonus, best first.

    Date records and page lines that state a date are kept only for date questions. A NEWS or
    whole-schedule question is answered from chunks tagged so when there are any. ``names``: the
    stems of the workshop's own name, which every passage is about ("which day is the actionable
    interp workshop?" asks which day, of any line). ``people``: the words of the names the
    rosters list (``people_words``), whom a question may ask about.
    """
    out: list[RankedHit] = []
    value = answer_types.expected(question.text)
    asks_when = bool(an._DATE_FOCUS.match(an._strip_lead(question.text)))
    roster = question.intent == an.WHO and bool(_PEOPLE.search(question.text))
    describe = an.asks_description(question.text)
    audience = an.asks_audience(question.text)
    day_asked = bool(_THE_DAY_ASKED.search(question.text.lower()))
    weekday = _WEEKDAY.search(question.text.lower())
    subject = [s for s in _subject(question.search) if not names_workshop(s, names)]  # once per question
    person = _asked_people(question.search, people)
    person = person if len(person) >= 2 else set()  # a full name, not one word many names share
    for hit in hits:
        chunk = hit.chunk
        if chunk.kind == "out_of_scope":
            out.append(hit)
            continue
        if chunk.roster and question.intent in (an.WHERE, *an.DATE_INTENTS):
            continue  # a list of people, with their universities, says neither where nor when the workshop is
        if _dated(chunk) and question.intent not in an.DATE_INTENTS:
            if value != answer_types.TIMEZONE:  # "is that AoE?" of a deadline: its line says the zone
                continue
        own = tags.get(chunk.id, frozenset())
        bonus = INTENT_BONUS if question.intent in own or (question.intent == an.TIME and an.SCHEDULE in own) else 0.0
        if question.intent == an.WHERE and not bonus and _STATES_TIME.search(chunk.text) and not _PLACE_WORDS.search(chunk.text):
            bonus -= INTENT_BONUS  # "where is it taking place?" is not answered by a line that gives a date
        if question.intent in an.DATE_INTENTS:  # "when's the acceptance decision?": the notification's row
            match = _milestone_match(question.text, chunk)
            if match < 0 and day_asked and _dated(chunk):
                continue  # "workshop date?" is never answered by the paper deadline's row
            bonus += INTENT_BONUS * match
            if day_asked and _DAY_RANGE.search(chunk.text) and _HOST_DATES.search(chunk.text):
                bonus -= INTENT_BONUS  # "November 10–14 (co-located with CIKM)": the conference's week, not the day
        if question.intent == an.SCOPE and bonus:
            bonus = SCOPE_BONUS  # "would that fit?" is answered from the call's topics, not the intro
        if value is not None and answer_types.states(value, chunk.text):
            bonus += VALUE_BONUS
        if chunk.roster and roster:
            bonus += INTENT_BONUS
            if _same_group(question.text, chunk.section):  # "who is organizing?": the organizers' list, not a contact line
                bonus += INTENT_BONUS
        if chunk.lead and question.intent not in _LEAD_INTENTS and not _has_subject(subject, chunk):
            bonus -= LEAD_PENALTY
        if describe and chunk.kind in ("page", "faq") and describes(chunk):
            bonus += INTENT_BONUS
        if audience and chunk.kind in ("page", "faq") and _speaks_of_audience(chunk):
            bonus += INTENT_BONUS  # "are industry practitioners welcome?": who the event is for, not what is welcome
        if weekday and chunk.kind == "page" and (named := section_weekday(chunk.section)):
            bonus += INTENT_BONUS if named == weekday.group(0) else -INTENT_BONUS  # "lunch on tuesday": Tuesday's row
        if person and chunk.kind == "page" and person <= _name_words(chunk.text):
            bonus += INTENT_BONUS  # "Giovanni Pizzi gave a talk, on which subject?": the line naming him
        if chunk.past and not asks_past(question.search, chunk.past):
            continue  # an earlier edition's page answers only a question about that edition
        if CHANGED_NOTE in chunk.text:
            bonus += UPDATED_BONUS  # "April 14" left on the home page, "~~April 14~~ April 17" on the call: the call was updated
        out.append(RankedHit(chunk, hit.score + bonus, hit.dense, hit.coverage))
    if question.intent in (an.NEWS, an.SCHEDULE) and value is None:  # the schedule's time zone may be said beside it
        tagged = [h for h in out if question.intent in tags.get(h.chunk.id, frozenset())]
        if tagged and max(h.score for h in tagged) >= threshold:
            out = tagged + [h for h in out if h.chunk.kind == "out_of_scope"]
    if any(h.chunk.past for h in out) and _asks_in_past_tense(question.text):
        # "where did it take place in 2019?": that edition's page answers, this year's does not (but
        # "my paper was rejected from the 2025 workshop, can I resubmit?" asks about this year)
        out = [h for h in out if h.chunk.past or h.chunk.kind == "out_of_scope"]
    out.sort(key=lambda h: -h.score)
    if day_asked and out and _DAY_RANGE.search(out[0].chunk.text) and _HOST_DATES.search(out[0].chunk.text):
        # "what day is the workshop itself? CIKM is a whole week": a line giving one day answers
        one_day = next((h for h in out[1:8] if h.score >= threshold and _ONE_DAY.search(h.chunk.text) and not _DAY_RANGE.search(h.chunk.text)
                        and _milestone_match(question.text, h.chunk) >= 0 and not _names_any_milestone(h.chunk.text.lower())), None)
        if one_day is not None:
            out = [one_day, *(h for h in out if h is not one_day)]
    if question.intent == an.WHO and out and out[0].chunk.kind == "page" and says_tba(out[0].chunk.text):
        # "who's giving the keynote?" when a page names one keynote and has another "to be announced":
        # the named one answers first; the TBA card answers only when no one is named beside it
        named = [h for h in out[1:] if h.chunk.kind == "page" and h.chunk.section == out[0].chunk.section and h.score >= threshold
                 and not says_tba(h.chunk.text) and names_someone(h.chunk.text)]
        if named:
            out = [named[0]] + [h for h in out if h is not named[0]]
    if question.intent == an.SCOPE and out and out[0].chunk.kind == "page":
        out = _curated_scope_first(out, subject, tags, threshold)
    if value is not None or asks_when:  # a passage stating the value asked for answers before one that only shares words
        stating = [
            h for h in out
            if h.chunk.kind != "out_of_scope" and _has_value_subject(subject, h.chunk, value)
            and (_gives(value, h.chunk.text) if value else _states_when(h.chunk, tags))
        ]
        if stating and stating[0].score >= threshold:
            out = stating + [h for h in out if h not in stating]
    if _PRIOR_WORK_ASKED.search(an._strip_lead(question.text)):  # the call's rule on published work, before its topics
        said = [h for h in out if h.chunk.kind != "out_of_scope" and _prior_work_said(h.chunk.text, h.chunk)]
        if said and said[0].score >= threshold:
            out = said + [h for h in out if h not in said]
    if out and people:
        out = _asked_person_first(question.text, out, threshold, people)
    if out and question.intent != an.SCOPE and not _asked_people(question.text, people):
        out = _asked_item_first(question.text, out, threshold)
    return out


_ANY_ROW = frozenset({"talk", "session", "discussion", "oral", "spotlight"})  # most rows are one: the topic or the person tells which


def _asked_people(question: str, people: Collection[str]) -> set[str]:
    """The words of the question that are words of a listed person's name ("hoffmann")."""
    return {w for w in _name_words(question) if w in people} if people else set()


def _name_words(text: str) -> set[str]:
    """The words of three letters or more a text spells (as names are matched: normalised, no digits)."""
    return set(re.findall(r"[^\W\d_]{3,}", an.normalise(text)))


def _asked_item_first(question: str, out: list[RankedHit], threshold: float) -> list[RankedHit]:
    """'Opening is at 8:15 right?': of the programme's rows, the one naming the item asked about
    (the opening remarks at 8:25) answers, not a talk's row that ranked above it on the clock's
    look. Only rows are reordered, and only among the close ones."""
    asked = {w.rstrip("s") for w in an._PROGRAM_ITEMS.findall(an.normalise(question))} - _ANY_ROW
    if not asked or not _PROGRAM_ROW.match(out[0].chunk.text):
        return out

    def names(hit: RankedHit) -> bool:
        text = hit.chunk.text.lower()
        return any(re.search(rf"\b{re.escape(w)}", text) for w in asked)

    if names(out[0]):
        return out
    row = next((h for h in out[1:ASKED_PERSON_DEPTH] if h.score >= threshold and _PROGRAM_ROW.match(h.chunk.text) and names(h)), None)
    return out if row is None else [row, *(h for h in out if h is not row)]


ASKED_PERSON_DEPTH = 8


def people_words(chunks: Iterable[Chunk]) -> frozenset[str]:
    """The words of the names the site's rosters list ("Keynotes: Joerg Hoffmann; Chaahat Jain."):
    who a question can name."""
    names = (re.split(r",| [—–] | \(", entry, maxsplit=1)[0] for c in chunks if c.roster for entry in c.text.partition(":")[2].split(";"))
    words = {  # the name, not "University of York", nor the date of a list of dates
        w for name in names if not any(c.isdigit() for c in name) for w in re.findall(r"[^\W\d_]{3,}", name.lower())
    }
    return frozenset(words - _HEADING_WORDS)


def _asked_person_first(question: str, out: list[RankedHit], threshold: float, people: Collection[str]) -> list[RankedHit]:
    """'What time is the Hoffmann keynote?': the programme row naming Hoffmann answers, not the
    other keynote's row that ranked above it on the word "keynote". When the question names
    someone the rosters list and the best candidate does not, one that does comes first."""
    asked = _asked_people(question, people)

    def names(hit: RankedHit) -> int:  # "Simon Hammond" is Simon Hammond's line, not Jeff R. Hammond's
        return len(asked & _name_words(hit.chunk.text))

    if not asked or names(out[0]) == len(asked):
        return out
    best = names(out[0])
    named = [h for h in out[1:ASKED_PERSON_DEPTH] if h.score >= threshold and h.chunk.kind == "page" and names(h) > best]
    if not named:
        return out
    first = max(named, key=names)
    return [first, *(h for h in out if h is not first)]


_ASKS_DAY = re.compile(
    rf"^(?:{an.WHICH_DAY}|what day)\b"
    # "when is the workshop happening?": the day, not its hours (a programme's 9:00-17:30 is no answer)
    r"|^when (?:is|will) (?:the |this |our )?(?:[\w/&+-]+ ){0,3}?(?:workshop|event)(?: (?:be|be held|held|happening|taking place|take place))?"
    r"(?: exactly)?\W*$"
    r"|^(?:[\w@&/'.-]+ ){1,4}(?:date|dates|day)\W*$"  # "prl icaps 2026 date?"
)
_STATES_DAY = re.compile(
    rf"\b(?:TBA|TBD|not announced|not been announced|{_NUMERIC_DAY}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow)\b",
    re.I,
)
# "what exact date was the call for contributions released?": something that has happened; "the
# author notification has not been announced yet" is another milestone's (future) date
_PAST_EVENT = re.compile(
    r"^(?:when|(?:on )?(?:what|which)\b[^?]{0,30}?\b(?:date|day))\b[^?]*?\b(?:was|were|did)\b[^?]*?"
    r"\b(?:released?|launched?|published|publish|opened|open|announced|announce|posted|post|sent|send|went live|go live)\b"
)
_TBA_ONLY = re.compile(r"\b(?:TBA|TBD|not announced)\b", re.I)


def _states_when(chunk: Chunk, tags: Mapping[str, frozenset[str]]) -> bool:
    """A date record, a passage giving a date or a time, or one saying a date is TBA; "the exact
    location is TBA" says nothing of when ("which day of AAAI is it on?")."""
    if chunk.kind == "date":
        return True
    found = _STATES_TIME.search(chunk.text)
    if found is None:
        return False
    if _TBA_ONLY.fullmatch(found.group(0)) and not _STATES_TIME.search(_TBA_ONLY.sub(" ", chunk.text)):
        return an.DATE in tags.get(chunk.id, frozenset()) or an.SCHEDULE in tags.get(chunk.id, frozenset())
    return True


# "What time does the whole thing start?", "when does the day wrap up?": the workshop's day, whose
# first and last rows of the programme answer it (no passage says "the workshop starts at").
_STARTS = re.compile(r"\b(?:start|starts|starting|begin|begins|kick off|kicks off|opens?)\b")
_ENDS = re.compile(r"\b(?:end|ends|finish|finishes|wrap up|wraps up|close|closes|over|last thing|last item)\b")
_SPANS = re.compile(r"\b(?:run|runs|go|goes|happen|happens|take place|takes place)\b")  # "what time does it run?": from when to when
_DAY_WORDS = frozenset(
    """workshop day thing whole event it program programme schedule morning evening afternoon time exactly
    actually usually what when does do will is the of on in by up that this a at kick wrap last item first off from to
    everything all""".split()
)


def day_edge(question: str, own: Collection[str] = ()) -> str | None:
    """'start' or 'end' when the question asks when the workshop's day starts or ends, else None;
    the workshop's own name ``own`` ("what time does PRL start?") says no more than "it"."""
    q = _EDGE_NOUN.sub(r"what time \1", question.lower().strip(" ?!."))  # "start time?" asks what time it starts
    for name in sorted(own, key=len, reverse=True):
        q = re.sub(rf"\b{re.escape(name)}\b", "it", q)
    if not re.match(r"^(?:what time|when|at what time|how early|how late|what is the (?:last|first))\b", q):
        return None
    words = re.findall(r"[a-z']+", q)
    edge = "start" if _STARTS.search(q) else "end" if _ENDS.search(q) else "span" if _SPANS.search(q) else None
    rest = [w for w in words if w not in _DAY_WORDS and not any(p.fullmatch(w) for p in (_STARTS, _ENDS, _SPANS, _WEEKDAY))]
    return edge if edge and not rest else None


_EDGE_NOUN = re.compile(r"^(?:what(?: is|'s|s)? the )?(start|starting|end|ending|finish|finishing) time\b")


def states_edge(hits: Sequence[RankedHit], edge: str) -> bool:
    """The best passage already says when it starts or ends ("will start at 9:00am sharp and end by
    5:50pm"), or for the whole span, from when to when ("June 4 • 1:00 PM – 6:00 PM • Room 110")."""
    if edge == "span":
        return any(not _PROGRAM_ROW.match(h.chunk.text) and len(_CLOCK.findall(h.chunk.text)) >= 2 for h in hits)
    words = _STARTS if edge == "start" else _ENDS
    # a programme row's "Start time: 14:00" is when that row starts, not the day
    return any(words.search(h.chunk.text.lower()) and _CLOCK.search(h.chunk.text) and not _PROGRAM_ROW.match(h.chunk.text) for h in hits)


def programme(passages: Sequence[Chunk]) -> tuple[Chunk, ...]:
    """The longest run of programme rows (a page's section of lines that open with a clock time),
    in reading order; none when it is shorter than a programme."""
    found = [c for c in passages if _PROGRAM_ROW.match(c.text)]
    # a programme whose sessions are its headings ("Session 1: …", "Session 2: …" under the day)
    # has a row or two per section: then the rows under the sections' common heading are one run,
    # or, where the talks' own headings part the rows ("9:00 — Keynote 1" under "Keynote 1 – Name"
    # and its bio), the page's rows as long as their clock goes forward (the next day starts over)
    for key in (lambda c: c.section, lambda c: c.section.rsplit(" › ", 1)[0]):
        runs: dict[tuple[str | None, str], list[Chunk]] = {}
        for chunk in found:
            runs.setdefault((chunk.ref, key(chunk)), []).append(chunk)
        rows = max([*runs.values(), *_forward_runs(found)], key=len, default=[])
        if len(rows) >= PROGRAM_ROWS:
            return tuple(rows)
    return ()


# "Who gives the first talk?", "what's the last session about?", "who's on first after lunch?",
# "what comes right after the coffee break?": a place in the programme, read off its rows in order.
_ORDINAL_ASKED = re.compile(
    r"\b(?P<nth>first|1st|opening|last|final|closing|second|2nd|third|3rd)\s+(?:\w+\s+){0,2}?"
    r"(?P<item>talk|talks|keynote|keynotes|speaker|session|sessions|presentation|invited talk|panel|oral|spotlight)\b"
    r"(?:.*?\bafter\s+(?:the\s+)?(?P<after>lunch|coffee|break|keynote|panel|posters?))?"
    r"|\b(?:comes?|is|happens?|on)\s+(?:right\s+|just\s+|directly\s+)?after\s+(?:the\s+)?(?P<next>lunch|coffee break|coffee|break|keynote|panel|poster session|opening remarks|opening)\b"
)
_ITEM_ROWS = {
    "talk": ("talk", "keynote", "invited", "presentation", "lecture", "speaker"),
    "keynote": ("keynote",),
    "speaker": ("talk", "keynote", "invited", "presentation", "speaker"),
    "presentation": ("presentation", "talk", "keynote", "invited"),
    "session": ("session",),
    "panel": ("panel",),
    "oral": ("oral",),
    "spotlight": ("spotlight",),
}
_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
# a day's heading names its weekday in full or short: "Wednesday, June 11", "December 18 (Fri)"
_HEADING_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|rs|\.)?\b")
_WEEKDAYS = {d[:3]: d for d in "monday tuesday wednesday thursday friday saturday sunday".split()}


def section_weekday(section: str) -> str | None:
    """The weekday (in full, lower case) a passage's own heading names, or None."""
    found = _HEADING_WEEKDAY.search(section.rsplit(" › ", 1)[-1].lower())
    return _WEEKDAYS[found.group(1)] if found else None


_NTH = {
    "first": 0, "1st": 0, "opening": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "last": -1, "final": -1, "closing": -1,
    "1": 0, "one": 0, "2": 1, "two": 1, "3": 2, "three": 2, "4": 3, "four": 3,  # "day 1", "day two"
}


def programme_pick(question: str, rows: Sequence[Chunk]) -> Chunk | None:
    """The programme row a question places by its order ("the first talk": the first row that
    is a talk; "the first talk after lunch": the first after the lunch row; "right after the
    coffee break": the row after it), or None when it asks no such thing or no row fits."""
    found = _ORDINAL_ASKED.search(question.lower())
    if found is None or len(rows) < PROGRAM_ROWS:
        return None
    day = _WEEKDAY.search(question.lower())
    if day and day.group(0) not in rows[0].section.rsplit(" › ", 1)[-1].lower():
        return None  # "the first keynote on the wednesday": this programme is another day's
    texts = [r.text.lower() for r in rows]
    if found.group("next"):
        at = next((i for i, t in enumerate(texts) if found.group("next") in t), None)
        return rows[at + 1] if at is not None and at + 1 < len(rows) else None
    item = found.group("item").rstrip("s").replace("invited talk", "talk")
    start = 0
    if found.group("after"):
        at = next((i for i, t in enumerate(texts) if found.group("after").rstrip("s") in t), None)
        if at is None:
            return None
        start = at + 1
    words = _ITEM_ROWS.get(item, (item,))
    fitting = [r for r, t in zip(rows[start:], texts[start:]) if any(w in t for w in words)]
    nth = _NTH[found.group("nth").lower()]
    return fitting[nth] if fitting and -len(fitting) <= nth < len(fitting) else None


def day_rows(question: str, passages: Sequence[Chunk], rows: Sequence[Chunk] = ()) -> tuple[Chunk, ...]:
    """The programme rows of the day a question names by its weekday ("on the wednesday",
    "friday morning"): the longest run of rows under a heading naming it. None named: ``rows``
    (the programme); named, but ``rows`` are another weekday's and no run is this one's: none."""
    day = _WEEKDAY.search(question.lower())
    if day is None:
        nth = _NTH_DAY.search(question.lower())
        return _nth_day(passages, _NTH[nth.group(1) or nth.group(2)]) or tuple(rows) if nth else tuple(rows)
    runs: dict[tuple[str | None, str], list[Chunk]] = {}
    for chunk in passages:
        if _PROGRAM_ROW.match(chunk.text) and section_weekday(chunk.section) == day.group(0):
            runs.setdefault((chunk.ref, chunk.section), []).append(chunk)
    found = max(runs.values(), key=len, default=[])
    if len(found) >= 2:
        return tuple(found)
    other = rows and section_weekday(rows[0].section)
    return () if other else tuple(rows)  # one day's programme, its day not named in it: that day's


_NTH_DAY = re.compile(r"\b(?:(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+day|day\s*(1|2|3|4|one|two|three|four))\b")
_DAY_NUMBERED = re.compile(r"^day\s*\d\b", re.IGNORECASE)  # "Day 1: Computational Immunity"


def _nth_day(passages: Sequence[Chunk], index: int) -> tuple[Chunk, ...]:
    """'When does it finish on the last day?': the programme's days are its runs of rows under
    headings naming a weekday or a date, in page order; the one asked for, or none."""
    runs: dict[tuple[str | None, str], list[Chunk]] = {}
    for chunk in passages:
        heading = chunk.section.rsplit(" › ", 1)[-1]
        if _PROGRAM_ROW.match(chunk.text) and (section_weekday(chunk.section) or _STATES_DAY.search(heading) or _DAY_NUMBERED.match(heading)):
            runs.setdefault((chunk.ref, chunk.section), []).append(chunk)
    days = [run for run in runs.values() if len(run) >= 2]
    if not days or len({ref for ref, _ in runs}) > 1 or not -len(days) <= index < len(days):
        return ()  # no days, or two pages' programmes: which is the last day's is not known
    return tuple(days[index])


_PART_OF_DAY = {"morning": (0, 12 * 60), "afternoon": (12 * 60, 18 * 60), "evening": (17 * 60, 24 * 60)}
_DAY_ITEMS = re.compile(r"\b(keynote|invited talk|talk|panel|poster session|posters?|lunch|coffee|dinner|reception|opening|closing|registration)s?\b")


def item_on_day(question: str, rows: Sequence[Chunk]) -> Chunk | None:
    """'Who's doing the keynote on friday morning?': of that day's rows (``day_rows``), the one
    row naming the item asked about, in the part of the day asked about; None unless exactly one."""
    text = question.lower()
    if not rows or (_WEEKDAY.search(text) is None and _NTH_DAY.search(text) is None):  # "on friday", "on day 1"
        return None
    items = {m.group(1).rstrip("s") for m in _DAY_ITEMS.finditer(text)}
    if not items:
        return None
    fitting = [r for r in rows if any(re.search(rf"\b{re.escape(item)}", r.text.lower()) for item in items)]
    part = next((span for word, span in _PART_OF_DAY.items() if word in text), None)
    if part is not None:
        fitting = [r for r in fitting if (at := _start_minute(r.text)) is not None and part[0] <= at < part[1]]
    return fitting[0] if len(fitting) == 1 else None


def _start_minute(text: str) -> int | None:
    found = _ROW_CLOCK.search(text)
    if found is None:
        return None
    hour, half = int(found.group(1)), (found.group(3) or "").lower()
    hour = hour % 12 + (12 if half == "p" else 0) if half else hour % 24
    return hour * 60 + int(found.group(2))


_ROW_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})\s*(?:([ap])\.?m\b\.?)?", re.I)
# "who's giving the 9:30 keynote?", "what's on at 2pm?": a clock time the asker places a row by
_CLOCK_ASKED = re.compile(r"\b(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?m\b\.?)?", re.I)
_DAY_ORDINAL = re.compile(r"\b(first|1st|second|2nd|third|3rd|last)\s+day\b")


def row_at(question: str, passages: Sequence[Chunk]) -> Chunk | None:
    """The programme row that starts at the clock time a question names ("who's giving the 9:30
    keynote on the first day?"), narrowed by the item it names and the day ("first day": the first
    such row in reading order); None when the question names no time or no one row fits."""
    text = question.lower()
    asked = [m for m in _CLOCK_ASKED.finditer(text) if m.group(2) or m.group(3)]
    if len(asked) != 1:
        return None
    hour, minute, half = int(asked[0].group(1)), int(asked[0].group(2) or 0), (asked[0].group(3) or "").lower()
    rows = []
    for chunk in passages:
        if not _PROGRAM_ROW.match(chunk.text):
            continue
        start = _ROW_CLOCK.search(chunk.text)
        if start is None or int(start.group(2)) != minute or int(start.group(1)) % 12 != hour % 12:
            continue
        if half and start.group(3) and start.group(3).lower() != half:
            continue
        rows.append(chunk)
    items = [w for item, words in _ITEM_ROWS.items() if re.search(rf"\b{item}s?\b", text) for w in words]
    if items:
        rows = [r for r in rows if any(w in r.text.lower() for w in items)]
    day = _DAY_ORDINAL.search(text)
    if day and rows:
        nth = _NTH[day.group(1)]
        return rows[nth] if -len(rows) <= nth < len(rows) else None
    return rows[0] if len(rows) == 1 else None


def _forward_runs(rows: Sequence[Chunk]) -> list[list[Chunk]]:
    """Each page's programme rows cut where the clock goes back: "1:30" after "12:30" is the
    afternoon of a clock without am/pm, "9:00" after "17:30" the next day."""
    runs: list[list[Chunk]] = []
    page, last, afternoon = None, 0, False
    for chunk in rows:
        found = _ROW_CLOCK.search(chunk.text)
        if found is None:
            continue
        hour, minute, half = int(found.group(1)) % 24, int(found.group(2)), (found.group(3) or "").lower()
        hour = hour % 12 + (12 if half == "p" else 0) if half else hour
        at = hour * 60 + minute
        same = bool(runs) and chunk.ref == page
        if same and not half and hour < 12 and (afternoon or (at < last < 13 * 60)):
            at, afternoon = at + 12 * 60, True  # "12:30", then "1:30": past noon, not back to the night
        if not same or at < last:
            runs.append([])
            afternoon = False
        runs[-1].append(chunk)
        page, last = chunk.ref, at
    return runs


def _same_group(question: str, section: str) -> bool:
    asked = {m.group(0).lower()[:6] for m in _PEOPLE.finditer(question)}
    return any(m.group(0).lower()[:6] in asked for m in _PEOPLE.finditer(section.lower()))


_PAST_TENSE = re.compile(r"\b(?:did|was|were|had|happened|took)\b", re.IGNORECASE)


def _asks_in_past_tense(question: str) -> bool:
    """The asking clause (the last one: background comes first) is in the past tense."""
    clauses = [c for c in re.split(r"[,;:]", question) if re.search(r"\w", c)]
    return bool(clauses) and bool(_PAST_TENSE.search(clauses[-1]))


def asks_past(question: str, edition: str) -> bool:
    """'last year's NeurIPS edition', 'for the 2025 workshop': the question is about an earlier edition."""
    q = question.lower()
    years = re.findall(r"20\d\d", edition)
    # "at the ICCV edition" names the edition /iccv2025/ holds by its venue
    venue = re.match(r"[a-z]{3,}", edition.lower())
    named = bool(venue) and bool(re.search(rf"\b{venue.group(0)}(?:['’]?\d\d)? (?:edition|version|one|workshop|iteration)\b", q))
    return named or bool(re.search(r"\b(?:last|previous|past|earlier|prior) (?:year|years|edition|editions|workshop)\b", q)) or any(
        y in q for y in years
    )


def _gives(value: str, text: str) -> bool:
    if value in (answer_types.AFFILIATION, answer_types.COMPANY) and _CARD.match(text):
        return True  # "Marissa Ramirez de Chanlatte — Playground Global": a person's card names their home after them
    return answer_types.states(value, text) or says_tba(text)


# a person's card as the page reader writes it: the name (its link beside it), a dash, then where
# they are: "Zhiwen Fan (https://…) — Assistant Professor, Texas A&M University"
_CARD = re.compile(r"^(?:(?:Prof|Dr)\.?\s+)?[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|van|von|der|del|di|la|le)){1,4}(?:\s+\([^)\s]+\))?\s+—\s+[A-Z]")


@dataclass(frozen=True)
class Checks:
    """Which fit checks run: all by default; the ablation (benchmarks/ablation.py) turns them off."""

    relation: bool = True  # date records only for date questions; intent bonus; news/schedule from their chunks
    when: bool = True  # "when ...?" needs an answer that states a time
    near_answer: bool = True  # a yes/no question naming what the knowledge never mentions
    out_of_scope_rank: bool = True  # an out-of-scope topic first on meaning and words wins
    schedule: bool = True  # program times while the schedule is unpublished: say so, decline
    value: bool = True  # a question asking for an amount, a length, a size, a time or an address needs one

    @classmethod
    def none(cls) -> Checks:
        return cls(False, False, False, False, False, False)


@dataclass(frozen=True)
class Fit:
    ok: bool
    why: str = ""
    lacks: bool = False  # the passage lacks what was asked (a time, a place, a value, the people): another may hold it


def check(
    question: an.Question, hit: RankedHit | None, text: str, vocabulary: frozenset[str], policy_strong: float,
    checks: Checks = Checks(),
) -> Fit:
    """Whether an answer (its hit and the text it would show) addresses the question's relation."""
    q = an._strip_lead(question.text)
    if _DATE_NOT_GIVEN.match(text):  # "when was the website launched?": the news item is there, its date is not
        return Fit(True)
    if checks.when and an._DATE_FOCUS.match(q) and (hit is None or hit.chunk.kind != "date") and not _STATES_TIME.search(text):
        return Fit(False, "asks when; the answer states no time", lacks=True)
    if checks.when and _ASKS_DEADLINE.match(q) and (hit is None or hit.chunk.kind != "date") and not _STATES_TIME.search(text):
        return Fit(False, "asks a deadline; the answer states no date", lacks=True)  # "All deadlines are AoE."
    if checks.when and _ASKS_DAY.search(q) and not _STATES_DAY.search(text):
        return Fit(False, "asks which day; the answer gives no day", lacks=True)  # a programme row's "13:30" for "which day?"
    if checks.when and _PAST_EVENT.search(q) and says_tba(text):
        return Fit(False, "asks when something happened; a date not announced yet is no answer", lacks=True)
    if checks.when and _HOST_EVENT.search(q) and not _SPEAKS_OF_HOST.search(text):
        return Fit(False, "asks about the main conference; the answer speaks of the workshop", lacks=True)
    if checks.when and hit is not None and question.intent in an.DATE_INTENTS and _other_milestone(q, hit.chunk):
        return Fit(False, "states the date of another milestone", lacks=True)  # the paper deadline for "camera-ready due?"
    if checks.value and asks_title(question) and not says_tba(text) and not _room_for_title(question, text):
        return Fit(False, "asks a talk's title; the answer gives none", lacks=True)  # "2:00-2:15 — David Ouyang (Kaiser)"
    if checks.value and question.intent == an.WHO and hit is not None and not says_tba(text):
        subject = _subject(question.search)
        if subject and not _has_subject(subject, hit.chunk) and not _has_subject(subject, _section_only(hit.chunk)):
            return Fit(False, "names people, but not the ones asked about", lacks=True)  # speakers for "who's on the panel?"
    if (
        checks.value and question.intent == an.WHO and hit is not None and not says_tba(text) and not _WHO_BY_KIND.match(q)
        and not names_someone(text) and not (answer_types.states(answer_types.EMAIL, text) and not _GROUP_ASKED.search(q))
        and not _roster_entry(question, hit.chunk)
    ):
        return Fit(False, "asks who; the answer names no one", lacks=True)  # "Invited Speakers. Keynote speakers at SuRE."
    if checks.value and _ASKS_WINNER.search(q) and not says_tba(text) and not _NAMES_WINNER.search(text):
        return Fit(False, "asks who won; the answer names no winner")  # "we will recognize one best paper award"
    counted = _COUNTED.search(q) if checks.value else None
    if counted is not None and not says_tba(text) and not _names_counted(counted.group("thing"), text):
        return Fit(False, "asks whether something counts toward a limit; the answer does not name it", lacks=True)
    prior_work = checks.value and hit is not None and bool(_PRIOR_WORK_ASKED.search(q)) and not says_tba(text)
    if prior_work and not _prior_work_said(text, hit.chunk):
        return Fit(False, "asks whether work published before may be submitted; the answer does not say", lacks=True)
    if prior_work:  # the policy on prior work answers it, whichever venue the asker names ("accepted at KDD")
        return Fit(True)
    topic = _logistics(q) if checks.value else None
    if topic is not None and hit is not None and not _logistics_said(topic, text, hit.chunk):  # "location TBA" says no hotel
        return Fit(False, f"asks about {topic[0]}; the answer does not speak of it")
    value = answer_types.expected(q) if checks.value else None
    if value is not None and not _gives(value, text):  # "TBA" is its honest value
        return Fit(False, f"asks for a {value}; the answer states none", lacks=True)
    if value == answer_types.LENGTH and hit is not None and not says_tba(text) and (why := _other_length(q, hit.chunk)):
        return Fit(False, why, lacks=True)  # the submission's 9 pages for "the camera-ready's page limit?"
    if value is not None and hit is not None and not says_tba(text) and not _names_subject(question.search, hit.chunk, value):
        return Fit(False, f"states a {value}, but of something else")  # award money for "how much is registration?"
    if value is not None and hit is not None:
        return Fit(True)  # the value asked for, about its subject (or honestly TBA): other words are how it was asked
    if checks.value and hit is not None and asks_workshop_place(question) and not says_tba(text) and not places.names_place(_ATTENDING.sub(" ", text)):
        return Fit(False, "asks where it is held; the answer says only how to attend")  # "ICAPS will be in-person this year"
    if (
        checks.value and question.intent == an.WHERE and hit is not None and not places.names_place(text)
        and not _other_choice_stated(question.text, hit.chunk, vocabulary)  # "do we bring a laptop or is there a PC in the room?"
    ):
        return Fit(False, "asks where; the answer names no place")  # "a half-day event on August 17th"
    if not checks.near_answer or hit is None:
        return Fit(True)
    if question.intent in an.DATE_INTENTS and _named_milestones(q) and _STATES_TIME.search(text) and not _other_milestone(q, hit.chunk):
        return Fit(True)  # "the deadline for submitting a talk?": "please send talk applications by July 15", whatever its words
    if an.asks_audience(question.text) and _speaks_of_audience(hit.chunk, text):
        return Fit(True)  # "only for academics?": who the event is for, whatever group the asker named
    if an.asks_description(question.text) and describes(hit.chunk):
        return Fit(True)  # "summarise what it aims to achieve": the words of asking are no subject
    if (
        (things := _asked_things(q)) and not says_tba(text) and not any(_names_thing(t, hit.chunk) for t in things)
        and not (any(_MONEY_THING.search(t) for t in things) and answer_types.states(answer_types.MONEY, text))
    ):  # "is there prize money?" is met by "Best Paper Award $500"
        return Fit(False, f"asks whether there is {' or '.join(things)}; the passage does not speak of it")  # an award in a bio
    if (thing := _requested_thing(q, question.search)) and not says_tba(text) and not _names_thing(thing, hit.chunk, whole=True):
        return Fit(False, f"asks for {thing}; the passage does not speak of it")  # a visa letter from the topics
    if question.intent in NEAR_ANSWER_INTENTS and not says_tba(text) and _answers_the_aside(question, hit.chunk):
        return Fit(False, "answers the clause beside the question, not the question")
    yes_no = question.intent in NEAR_ANSWER_INTENTS and bool(_YES_NO.match(q))
    if not yes_no and question.intent == an.SCOPE:
        return Fit(True)
    if not yes_no and question.intent == an.WHO and names_someone(text):
        # the people of the group asked about (checked above): "can you list all the invited speakers
        # with affiliations?" is answered by the speakers' list whatever words the pages lack
        return Fit(True)
    if hit.dense < policy_strong and hit.coverage < NEAR_COVERAGE:
        # "[I need a visa invitation letter.] can the organizers provide one?": "one" is the letter
        refers_back = question.intent != an.SCOPE and question.search != question.text and _BACK.search(q)
        unknown = unknown_words(question.search if refers_back else question.text, vocabulary)
        enough = len(unknown) >= (1 if yes_no else UNKNOWN_OPEN)
        if enough and _other_choice_stated(question.text, hit.chunk, vocabulary):
            return Fit(True)  # "is a word doc ok or does it have to be a pdf?": "Submissions are PDFs" answers it
        if enough and not (says_tba(text) and _shares_subject(question.text, hit.chunk)):
            return Fit(False, f"shares words but not the asked relation; the knowledge never mentions {', '.join(unknown)}")
    return Fit(True)


# a span of days ("July 19-23, 2026", "November 10–14", "10-14 Nov") beside the host conference's name
_DAY_RANGE = re.compile(
    rf"\b(?:{MONTH_NAME})\.?\s+\d{{1,2}}\s*(?:-|–|—|to)\s*\d{{1,2}}\b|\b\d{{1,2}}\s*(?:-|–|—|to)\s*\d{{1,2}}\s+(?:{MONTH_NAME})\b",
    re.I,
)
# one day, in full: "Friday, November 14, 2025", "14 November 2025"
_ONE_DAY = re.compile(
    rf"\b(?:{MONTH_NAME})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAME})\.?,?\s+\d{{4}}\b",
    re.I,
)
_HOST_DATES = re.compile(r"\b(?:conference|co-?located|main conference|held (?:with|at|alongside)|in conjunction with)\b", re.I)


# a passage on who the event is for: the organizers' "Who is the workshop for?", "open to all"
# what the reader writes for a page's placeholder date ("2026-XX-XX: Website launched."): an honest answer to "when?"
_DATE_NOT_GIVEN = re.compile(rf"^(?:[^:]{{0,80}}: )?(?:{NO_DATE}|{UNDATED}): |^News \({UNDATED.lower()}\): ")


def _speaks_of_audience(chunk: Chunk, text: str | None = None) -> bool:
    return bool(_SPEAKS_OF_AUDIENCE.search(" ".join((chunk.text if text is None else text, *chunk.keys, chunk.section))))


_SPEAKS_OF_AUDIENCE = re.compile(
    r"\bwho (?:is|s) the (?:workshop|event) for\b|\bwho should (?:attend|come|join)\b|\baudience\b|\bopen to (?:all|everyone|anyone)\b"
    r"|\b(?:researchers|academics) and (?:practitioners|industry)\b|\bboth academi\w+ and industr\w+\b",
    re.I,
)


# "when is AAAI itself? the whole main conference, not just this workshop": the host's dates, which
# the workshop's own date (or its TBA) does not give
_HOST_EVENT = re.compile(
    r"\b(?:main|whole|entire|parent|host|overall) (?:conference|conf|event|meeting)\b"
    r"|\b(?!(?:workshop|event)\b)[a-z]+ (?:20)?\d{2} itself\b",  # "when is AAAI 2026 itself" (not "the workshop day itself")
    re.I,
)
_SPEAKS_OF_HOST = re.compile(r"\b(?:conference|co-located|colocated|held (?:with|at|alongside)|part of)\b", re.I)


# "is there a best paper award?", "will there be any social event after?": the thing whose being
# is asked, up to a preposition or the end
_IS_THERE = re.compile(
    r"^(?:is|are|will|would) there (?:be |going to be )?(?:a |an |any |some )?(?P<thing>[a-z][\w'-]*(?: [a-z][\w'-]*){0,3}?)"
    r"(?= (?:for|at|on|in|during|after|before|with|to|of|this|that|or|and|if)\b|\s*[?.!,]|$)"
)


_MONEY_THING = re.compile(r"\b(?:money|cash|prizes?|stipends?|honorari(?:um|a))\b")
_OR_THING = re.compile(
    r" or (?:a |an |any |some )?(?P<thing>[a-z][\w'-]*(?: [a-z][\w'-]*){0,3}?)"
    r"(?= (?:for|at|on|in|during|after|before|with|to|of|this|that|or|and|if|we|i|you)\b|\s*[?.!,]|$)"
)
_SOMEONE = frozenset("anybody anyone somebody someone anything something one".split())
_SLASH = re.compile(r"\s+/\s+|(?<=[a-z])/(?=[a-z]{2})")  # "a shared task / competition": either thing


def _asked_things(q: str) -> list[str]:
    """The thing whose being is asked, and its alternative ("a shared task / competition", "a
    latex template or style file"): either one named answers."""
    q = _SLASH.sub(" or ", q)  # the analysis's text, normalised already
    match = _IS_THERE.match(q)
    if not match:
        return []
    other = _OR_THING.match(q, match.end("thing"))
    return [match.group("thing"), *([other.group("thing")] if other else [])]


# "can the workshop provide one?", "could you send me a visa invitation letter?": a thing asked for
_REQUEST = re.compile(
    r"^(?:can|could|will|would|do|does) (?:you|u|the (?:workshop|organi[sz]ers|organi[sz]ing committee|chairs|conference)|they) "
    r"(?:please |kindly |also )?(?:provide|send|give|issue|offer|write|sign|arrange|supply)(?: (?:me|us|them))? "
    r"(?:a |an |any |some |the )?(?P<thing>[a-z][\w'-]*(?: [a-z][\w'-]*){0,3}?)(?= (?:for|to|so|if|or|and|from|by)\b|\s*[?.!,]|$)"
)
# what "one" stands for in "I need an invitation letter for my visa. Can the workshop provide one?"
_NEEDED = re.compile(r"\b(?:need|needs|want|require|requires|request) (?:a|an|the|some) (?P<thing>[a-z][\w'-]*(?: [a-z][\w'-]*){0,3}?)(?= (?:for|to|so|from|by|and|or)\b|\s*[?.!,]|$)")
_BACK_REFERENCE = frozenset("one it that this them those some any".split())


def _requested_thing(q: str, search: str) -> str:
    """What a request asks to be given (the analysis's text, normalised already); "one" is what the
    message said it needs before it."""
    match = _REQUEST.match(q)
    if not match:
        return ""
    thing = match.group("thing")
    if thing.split()[0] in _BACK_REFERENCE:
        needed = _NEEDED.search(search)
        return needed.group("thing") if needed else ""
    return thing


def _names_thing(thing: str, chunk: Chunk, whole: bool = False) -> bool:
    """The words that say which thing it is (all but its head noun: "best" of "best paper award",
    "travel" of "travel support", which a passage may call "travel grants"; a lone word itself) in
    the passage or its section, beyond "workshop", "paper" and words of asking; a plural or a longer
    form counting ("award": "awards", "award-winning"). ``whole``: every word, the head noun too (a
    request for an "invitation letter" is not met by "invited speakers")."""
    words = thing.split()
    if words[0] in _SOMEONE:
        return True  # "is there anybody from Leeds on the committee?" asks who, not what
    have = _chunk_stems(chunk) | frozenset(stems(chunk.section))
    starts = {h[:5] for h in have if len(h) >= 5}
    named = [s for s in stems(" ".join(words if whole else words[:-1] or words)) if s not in TOPIC_STEMS and s not in _GENERIC and not s.isdigit()]
    return all(s in have or s + "s" in have or (len(s) >= 5 and s[:5] in starts) for s in named)


_TITLE_ASKED = re.compile(r"\b(?:title|titled|called)\b")
_TALK = re.compile(r"\b(?:talk|talks|keynote|keynotes|presentation|lecture|tutorial|speech)\b")
# what a programme row says besides a title: labels, times, a speaker's titles, an affiliation in brackets
_BESIDES_TITLE = re.compile(
    r"\([^)]*\)|https?://\S+|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b|\b(?:time|title|speaker|presenter|event|session|"
    r"keynote|invited|talk|talks|tbd|tba|tbc|dr|prof|professor|and|q&a|virtual|online|in-person)\b",
    re.I,
)
TITLE_WORDS = 3  # a row with fewer words than this besides the asked name, times and labels holds no title


def asks_title(question: an.Question) -> bool:
    """'What's the title of David Ouyang's keynote?' (not "what's the full title of the workshop?")."""
    text = an.normalise(question.text)
    return bool(_TITLE_ASKED.search(text)) and bool(_TALK.search(an.normalise(question.search)))


def _room_for_title(question: an.Question, text: str) -> bool:
    asked = set(an.normalise(question.search).split())
    rest = [w for w in re.findall(r"[^\W\d_][\w'’-]*", _BESIDES_TITLE.sub(" ", text)) if w.lower() not in asked]
    return len(rest) >= TITLE_WORDS


# "can the organizers provide one?": "one" is the thing the background named (not "it", which is most
# often the workshop); "which airport is the best one?" names its own thing
_BACK = re.compile(r"\b(?<!the )(?<!which )(?<!that )(?<!this )(?<!best )(?<!first )(?<!last )(?<!right )(?<!other )(?<!same )(?:one|ones)\b")


# "since it's non-archival, will accepted papers be posted on the website?", "am I allowed to post
# it on arXiv while it's under double-blind review?": the clause beside the question says what
# the asker knows; the question is the other clause.
_ASIDE_FIRST = re.compile(r"^(?:since|as|given|because|if|for|with|now that|considering)\b(?P<aside>[^,;:]{3,}?)[,;:]\s*(?P<main>.+)$")
_ASIDE_LAST = re.compile(r"^(?P<main>.+?)\s+(?:while|since|because|given that|as long as)\b(?P<aside>.{3,})$")
_SUBORDINATE = re.compile(r"^(?:since|as|given|because|if|for|with|now that|considering|while)\b")
_PLAIN = frozenset(("workshop", "paper", "papers", "submission", "submissions", "submit", "work", "allowed", "also", "still"))


def _answers_the_aside(question: an.Question, chunk: Chunk) -> bool:
    """The passage shares the aside's words and none of the question's own. The aside is the
    background the analysis searched with ("[since it's non-archival,] will accepted papers be
    posted?"), or a clause of the question itself ("can I post it on arXiv while it's under review?")."""
    q = an._strip_lead(question.text)
    background = question.search[len(question.text):].strip() if question.search.startswith(question.text) else ""
    match = _ASIDE_FIRST.match(q) or _ASIDE_LAST.match(q)
    if background and _SUBORDINATE.match(background):  # "since it's non-archival", not a story or a thread's question
        said_main, said_aside = q, background
    elif match is not None:
        said_main, said_aside = match.group("main"), match.group("aside")
    else:
        return False
    main_words = [w for w in an.content_words(said_main) if w not in _PLAIN]
    main = set(stems(" ".join(main_words)))
    aside = set(stems(said_aside)) - main
    if not main:
        return False
    said = f"{chunk.text} {chunk.section}"  # what it says, not the questions it was filed under
    # shared by stem ("present": "presentations"), but a word for who does something is not the
    # thing done: "reviewer" is not the "review" the aside spoke of
    own_stems = set(stems(said))
    own_words = {w.removesuffix("s") for w in an.normalise(said).replace("-", " ").split()}
    shared = [
        w for w in main_words if set(stems(w)) & own_stems
        and not (re.search(r"(?:er|or)s?$", w) and w.removesuffix("s") not in own_words)
    ]
    return not shared and any(a in said.lower() for a in aside if len(a) >= 4)


# An attendee's practical matters, each with the words any passage about it would use: a question
# about one is answered only by a passage that speaks of it (a venue line does not say which hotel,
# a call's remote-presentation rule does not say whether talks are streamed). Most sites say
# nothing of these, and the nearest passage on meaning is then always something else.
_LOGISTICS = (
    ("hotels", ("hotel", "accommodation", "lodging", "room block", "hostel", "airbnb")),
    ("visas", ("visa", "invitation letter", "letter of invitation")),
    ("streaming or recording", ("livestream", "live-stream", "live stream", "stream", "recorded", "recording", "video", "youtube", "zoom", "virtual", "online", "remote", "hybrid")),
    ("food", ("lunch", "food", "meal", "catering", "coffee", "dinner", "breakfast", "snack", "refreshment", "reception")),
    ("parking", ("parking",)),
    ("wifi", ("wifi", "wi-fi", "internet")),
    ("childcare", ("childcare", "child care", "nursing", "lactation")),
    ("publication", ("proceedings", "archival", "archived", "indexed", "xplore", "publish", "published", "publication", "digital library", "doi", "anthology")),
    ("a place to talk", ("chat", "chatting", "slack", "discord", "matrix", "forum", "mailing list", "community", "whatsapp", "telegram")),
)
# named in a question, they ask the matter; named in a passage, they say nothing of it ("formatted
# in the style of Springer LNCS" is how to write, not where it is published)
_ASKED_TOO = {"publication": ("lncs", "springer", "ceur", "pmlr", "scopus")}
_ASKED_LOGISTICS = tuple(
    (name, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in (*words, *_ASKED_TOO.get(name, ())) if " " not in w) + r")(?:s|es|ed|ing)?\b", re.I), words)
    for name, words in _LOGISTICS
)


# "Can we present our KDD paper, or only new work?": whether work published (or under review)
# elsewhere may be submitted. "Submissions are non-archival: not formally published in
# proceedings" shares "published" and says nothing of it; the call's rule on new, original,
# previously published or dual-submitted work does.
_PRIOR_WORK_ASKED = re.compile(
    r"\b(?:already|previously|recently|before|earlier)\s+(?:been\s+)?(?:published|accepted|presented)\b"
    r"|\bpublished\s+(?:before|already|previously|elsewhere)\b"
    r"|\b(?:accepted|published|appeared|came out|come out|presented)\s+(?:at|in)\s+(?:a\s+|an\s+|another\s+)?(?!(?:this|the|your|our)\b)(?:\w+\s+){0,2}?"
    r"(?:conference|journal|venue|kdd|neurips|icml|iclr|acl|emnlp|naacl|cvpr|iccv|eccv|aaai|ijcai|www|sigir|chi)\b"  # not "accepted in your workshop"
    r"|\b(?:only|just)\s+(?:\w+\s+){0,2}?(?:brand[- ]new|new|unpublished|original)\s+(?:work|papers?|research|results)\b"
    r"|\b(?:need|needs|must|has|have)\s+(?:to\s+)?be\s+(?:brand[- ])?new\b|\bdouble[- ]dipping\b"
)
_PRIOR_WORK_SAID = re.compile(
    r"\b(?:previously|already|recently|prior|elsewhere|original|unpublished|under review|dual|double submissions?|"
    r"new (?:work|papers?|research)|published (?:work|papers?|research|results)|accepted (?:work|papers?) (?:at|from|in)"
    r"|(?:papers?|work) accepted (?:at|to|in|by))\b",  # "short versions of papers accepted to the main conference"
    re.IGNORECASE,
)


# "do references count toward the page limit?", "is the appendix included in the 8 pages?": a
# limit's passage answers only when it names the thing asked about ("8 pages, excluding
# references"); "Research papers (up to 12 pages)" says nothing of references either way.
_COUNTED = re.compile(
    r"^(?:(?:and|but|so|also)\s+)?(?:do|does|will|would|are|is)\s+(?:the\s+|my\s+|our\s+)?(?P<thing>[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:count|counted|included|include|part)\b"
)
_COUNTED_ALIKE = (
    frozenset(stems("reference references refs bibliography")),
    frozenset(stems("appendix appendices supplementary supplement")),
    frozenset(stems("acknowledgement acknowledgements acknowledgment acknowledgments")),
)


def _names_counted(thing: str, text: str) -> bool:
    asked = set(stems(thing)) - _GENERIC
    if not asked:
        return True  # "does it count": the thing is the thread's, not named here
    for alike in _COUNTED_ALIKE:
        if asked & alike:
            asked |= alike
    return bool(asked & set(stems(text)))


def _prior_work_said(text: str, chunk: Chunk) -> bool:
    asked = " ".join(chunk.keys) if chunk.kind == "faq" else ""
    return bool(_PRIOR_WORK_SAID.search(f"{text} {asked}"))


def _logistics(question: str) -> tuple[str, tuple[str, ...]] | None:
    """The practical matter a question asks about, when it names one. Whether one can take part
    from afar ("is it hybrid?", "can I present over zoom?") is also answered by a passage saying
    it is held in person ("One-day in-person workshop"); whether talks are recorded is not."""
    asked = [(name, words) for name, pattern, words in _ASKED_LOGISTICS if pattern.search(question)]
    if len(asked) != 1:
        return None  # "is the lunch talk streamed?" names two: no verdict
    name, words = asked[0]
    if name == "streaming or recording" and not _RECORDING_ASKED.search(question):
        return name, (*words, *_ON_SITE)
    return name, words


_RECORDING_ASKED = re.compile(r"\b(?:record|recorded|recording|recordings|video|videos|youtube|stream|streamed|streaming|livestream|livestreamed|watch)\b")
_ON_SITE = ("in-person", "in person", "on-site", "onsite", "on site", "physically present")


def _logistics_said(topic: tuple[str, tuple[str, ...]], text: str, chunk: Chunk) -> bool:
    """The answer, its section, or (for a FAQ entry) the question it answers speaks of the matter:
    "Yes, at 19:00 in the hotel." answers "Is there a workshop dinner?" when filed under it."""
    asked = " ".join(chunk.keys) if chunk.kind == "faq" else ""
    said = _URL.sub("", f"{text} {chunk.section} {asked}").lower()  # a link's address says nothing ("…/publishing/templates.html")
    return any(w in said for w in topic[1])


_URL = re.compile(r"\(?(?:https?://|mailto:)[^\s)]*\)?")


# "Who won the best paper award?" is answered by a passage that says who won it, not by one that
# says there will be an award, or lists the closing remarks where it is given.
_ASKS_WINNER = re.compile(r"\b(?:who|which (?:paper|papers|team|teams|work|one))\s+(?:won|wins|was awarded|were awarded)\b")
_NAMES_WINNER = re.compile(r"\b(?:won|winners?|awarded to|recipients?|goes to|went to|congratulations?|is awarded|were awarded|received the)\b", re.I)


# Kinds of question with no structural match to check (a date, a person, a topic list): for these
# the passage must also share the question's words, or the question must name nothing unknown.
NEAR_ANSWER_INTENTS = frozenset({an.OTHER, an.SUBMIT, an.OPEN})
_YES_NO = re.compile(r"^(?:is|are|can|could|do|does|did|will|would|should|must|may|any|has|have)\b")
NEAR_COVERAGE = 0.3  # idf-weighted share of the question's words the passage holds
UNKNOWN_OPEN = 2  # an open question ("who sponsors it?") must name this many unknown things to be declined so


_TIME_CHOICE = re.compile(r"\b(?:before|after|during|until|by|at|in|on|while)\s+or\b|\bor\s+(?:before|after|during|until|while)\b")


# Milestones a date question may name, each with the words a passage about it uses.
_MILESTONES = (
    ("camera", "final version", "final paper"),
    ("notif", "decision", "acceptance", "hear back", "result", "outcome"),
    ("abstract",),
    ("regist",),
    ("rebuttal",),
)
_DEADLINE = ("deadline", "submission", "submit", "due")
_NOTIFIED = _MILESTONES[1]
_DUE = ("deadline", "due", "submission", "closes", "close")  # a row that is itself a deadline ("submitted abstracts" is not)
# a date question about the event itself: "when is the workshop?", "which date exactly is it?"
# "what's the submission deadline?", "what is the camera-ready due date": asks for the date itself
_ASKS_DEADLINE = re.compile(r"^(?:what(?: is|'s|s)?|whats) (?:the |their |your )?(?:[\w-]+ ){0,3}(?:deadlines?|due dates?)(?: (?:for|of) [\w-]+(?: [\w-]+){0,3})?\s*\??$")
_THE_DAY_ASKED = re.compile(
    r"\b(?:workshop|event|it)(?: (?:happening|taking place|held|on))?\s*\??$|^(?:when|which date|what date|what day|which day)\b.*\b(?:is|are) (?:the |this )?(?:\w+ )?(?:workshop|event)\b"
    r"|\b(?:workshop|event)(?:'s)? (?:date|day)\s*\??$|\b(?:date|day) of (?:the |this )?(?:\w+ )?(?:workshop|event)\b"  # "workshop date?"
    r"|^(?:[\w@&/'.-]+ ){1,4}(?:date|day)\s*\??$"  # "prl icaps 2026 date?": a milestone named is checked before
)


# the versions a length may be asked of besides the submission: a passage about the submission's
# length says nothing of theirs
_LENGTH_OF = {"camera-ready": ("camera", "final version", "final paper"), "abstract": ("abstract",), "rebuttal": ("rebuttal",)}
_ASKS_MINIMUM = re.compile(r"\b(?:minimum|min|at least|shortest|lower limit)\b")
_STATES_MINIMUM = re.compile(r"\b(?:minimum|min\.?|at least|no (?:less|fewer) than)\b|\b\d+\s*(?:-|–|to)\s*\d+\s*(?:pages?|words?)\b", re.I)


def _other_length(q: str, chunk: Chunk) -> str:
    """Why a passage's length is not the one asked: it is the submission's, asked of the camera-ready
    or the abstract; or it is a maximum, asked for a minimum ("is there a minimum page count?")."""
    own = _milestone_text(chunk)
    for name, words in _LENGTH_OF.items():
        if any(w in q for w in words) and not any(w in own for w in words):
            return f"states a length, but not the {name}'s"
    if _ASKS_MINIMUM.search(q) and not _STATES_MINIMUM.search(chunk.text):
        return "asks a minimum; the passage states a maximum"
    return ""


def _dated(chunk: Chunk) -> bool:
    """A date record, or a page line stating a date (as the chunker marked it)."""
    return chunk.kind == "date" or bool(chunk.states_date) or chunk.dated


def _milestone_text(chunk: Chunk) -> str:
    """What says which milestone a dated passage is about: its text, keys and section."""
    return " ".join((chunk.text, *chunk.keys, chunk.section)).lower()


def _dating_sentences(chunk: Chunk) -> str:
    """In a page's prose, what the date is of: the sentences giving a date, with the section ("papers ...,
    due May 8th. ... all camera ready papers must be in ICML format" dates the submission)."""
    said = [s for s in re.split(r"(?<=[.!?;])\s+", chunk.text) if _STATES_TIME.search(s)]
    return " ".join((*said, chunk.section)).lower()


def _names_any_milestone(said: str) -> bool:
    """Lowercased text naming a milestone or a deadline (so not the event's own day)."""
    return any(w in said for words in (*_MILESTONES, _DEADLINE) for w in words)


def _section_only(chunk: Chunk) -> Chunk:
    """The chunk as its section heading alone: "Talks › Invited Speakers" names who a roster lists."""
    return replace(chunk, id=f"{chunk.id}#section", text=chunk.section, keys=())


def _milestone_match(question: str, chunk: Chunk) -> int:
    """+1 for a dated passage about the milestone a date question names, -1 for one about another
    milestone, 0 when the question names none."""
    if _other_milestone(question, chunk):
        return -1
    if not _dated(chunk):
        return 0
    q = question.lower()  # the analysis's text, normalised already: this runs for every candidate
    own = _milestone_text(chunk)
    return int(any(any(w in q for w in words) and any(w in own for w in words) for words in _MILESTONES))


def _other_milestone(question: str, chunk: Chunk) -> bool:
    """A date question naming a milestone ("when is the camera-ready due?") and a dated passage
    about none of that milestone's words: its date is another milestone's."""
    if not (_dated(chunk) or _STATES_TIME.search(chunk.text)):
        return False
    own = _dating_sentences(chunk) if chunk.kind == "page" and not _dated(chunk) else _milestone_text(chunk)
    # "when do we hear back whether our abstract got accepted?" names two milestones' words: a
    # passage about either is about what was asked
    q = question.lower()  # the analysis's text, normalised already: this runs for every candidate
    named = _named_milestones(q)
    if not named and _THE_DAY_ASKED.search(q):  # "which date exactly is the MARS2 workshop?": not a deadline's
        said = chunk.text.lower()  # what the line says, not the section it sits in ("Submissions and Timeline")
        return _names_any_milestone(said)
    if named == [_DEADLINE] and _DEADLINE_SAID.search(own):
        return False  # "please send talk applications by July 15" states a deadline without the word
    # "abstract deadline?" and "Notification of decisions on submitted abstracts": the abstracts'
    # other date; "Notification: Aug 29 (note, early SOSP registration is Sept 1)" still names the
    # registration date asked for
    own_dates = [words for words in named if words not in (_NOTIFIED, _DEADLINE, ("abstract",))]
    if (
        _NOTIFIED not in named and any(w in q for w in _DEADLINE) and any(w in own for w in _NOTIFIED)
        and not any(w in own for w in _DUE) and not any(any(w in own for w in words) for words in own_dates)
    ):
        return True
    if named == [("abstract",)] and any(w in q for w in _DEADLINE) and any(w in own for w in _DUE) and not any(w in own for words in _MILESTONES for w in words):
        return False  # "the deadline to send an abstract for a talk" and "Contribution submission deadline: Oct 15"
    return bool(named) and not any(any(w in own for w in words) for words in named)


_DEADLINE_SAID = re.compile(r"\b(?:send|apply|submit\w*|email|upload)\b[^.;]{0,80}?\b(?:by|before|no later than)\b")


def _named_milestones(q: str) -> list[tuple[str, ...]]:
    """The milestones a date question names; the paper deadline when it names only a deadline
    ("when's the paper deadline?": the submission row, not the workshop day's)."""
    named = [words for words in _MILESTONES if any(w in q for w in words)]
    if not named and any(w in q for w in _DEADLINE):
        named = [_DEADLINE]
    return named


def _other_choice_stated(question: str, chunk: Chunk, vocabulary: frozenset[str]) -> bool:
    """An either-or question one of whose choices the passage states in full, in words the knowledge
    knows: the passage settles the question even if the other choice is a word it never uses."""
    text = an.normalise(question)
    if _TIME_CHOICE.search(text):
        return False  # "before or during the review" asks about a time, not between two things
    choices = [c for c in re.split(r"\bor\b", text) if c.strip()]
    if len(choices) < 2:
        return False
    have = _chunk_stems(chunk)
    starts = {h[:5] for h in have if len(h) >= 5}

    def stated(choice: str) -> bool:  # every word the choice names is in the passage ("a pdf": "PDFs")
        named = [s for s in stems(choice) if s not in TOPIC_STEMS and s not in _GENERIC and not s.isdigit()]
        return bool(named) and all(s in have or s + "s" in have or (len(s) >= 5 and s[:5] in starts) for s in named)

    return any(not unknown_words(c, vocabulary) and stated(c) for c in choices)


def answered_directly(hits: Sequence[RankedHit], tags: Mapping[str, frozenset[str]]) -> bool:
    """A program question ("is there a workshop dinner?") that an organizer answered in a FAQ entry
    or news item of its own: that answer, not "the schedule is not published"."""
    real = next((h for h in hits if h.chunk.kind != "out_of_scope"), None)
    return (
        real is not None
        and real.chunk.kind in ("faq", "news")
        and real.dense >= DIRECT
        and an.SCHEDULE not in tags.get(real.chunk.id, frozenset())
    )


def asks_news_only(question: an.Question, own: Collection[str] = ()) -> bool:
    """'what's new?', 'any announcements?', 'any updates on <the workshop's name> lately?': nothing
    asked beyond the news itself (``own``: the workshop's short name as typed)."""
    return bool(an._ANYTHING_NEW.match(an._strip_lead(question.text))) or all(
        an._NEWS.search(w) or w in _NEWS_ONLY or w in own for w in an.content_words(question.text)
    )


_NEWS_ONLY = frozenset("new newest latest recent recently lately workshop event far yet any".split())


def oos_wins(hits: Sequence[RankedHit], margin: float = 0.02) -> bool:
    """An out-of-scope topic ranks first on meaning and words together: the question is one the
    organizers listed as not answered (compose already lets it win on meaning alone)."""
    real = next((h for h in hits if h.chunk.kind != "out_of_scope"), None)
    oos = next((h for h in hits if h.chunk.kind == "out_of_scope"), None)
    return oos is not None and real is not None and oos.score >= real.score - margin


def unknown_words(text: str, vocabulary: frozenset[str]) -> list[str]:
    """The question's content words (stemmed) the knowledge never uses: what it cannot speak to.

    A word counts as known when the knowledge has it in another inflection ("PDFs" for "pdf",
    "appendices" for "appendix"): same stem, or the same first six letters. A hyphenated word is
    one word, known when any of its parts is ("co-located" by "located")."""
    prefixes = ranking_prefixes(frozenset(vocabulary), 6)

    def known(s: str) -> bool:
        return (
            s in vocabulary or s in _SOCIAL_STEMS or s in _GENERIC or s.isdigit() or len(s) <= 2
            or s + "s" in vocabulary or (len(s) >= 6 and s[:6] in prefixes) or _compound(s, vocabulary)
            or any(s in family and family & vocabulary for family in _SAME_THING)  # "programme" where pages say "schedule"
        )

    out: list[str] = []
    for word in dict.fromkeys(an.normalise(text).split()):
        found = stems(word)
        if found and not any(known(s) for s in found) and found[-1] not in out:
            out.append(found[-1])
    return out


def _compound(word: str, vocabulary: frozenset[str]) -> bool:
    """'pagelimit', 'camerareadi': two words the knowledge uses, typed as one."""
    return len(word) >= 7 and any(
        word[:i] in vocabulary and (word[i:] in vocabulary or stems(word[i:])[-1:] and stems(word[i:])[-1] in vocabulary)
        for i in range(3, len(word) - 2)
    )


def _names_subject(question: str, chunk: Chunk, value: str | None = None) -> bool:
    """The chunk is about what the question asks a value of: it holds one of the question's own
    subject words, or the question names none beyond the workshop and the value itself ("which
    day is the workshop?", "what time?")."""
    return _has_value_subject(_subject(question), chunk, value)


# A time zone is stated once for every time a page gives ("All times are in Singapore Time"): the
# schedule or the deadlines it is asked of need not be named beside it.
_ZONED = frozenset(stems("schedule program programme agenda times talks sessions deadlines dates"))


def _curated_scope_first(out: list[RankedHit], subject: list[str], tags: Mapping[str, frozenset[str]], threshold: float) -> list[RankedHit]:
    """'Is time-series forecasting in scope?': the page's topic line names it, and so does the
    organizers' FAQ answer on scope, which also says whether the list is open ("not limited
    to"). The FAQ answers first when it names every word of the question the line matched."""
    matched = {s for s in subject if s in _chunk_stems(out[0].chunk)}
    if not matched:
        return out
    curated = next(
        (h for h in out[1:] if h.chunk.kind == "faq" and an.SCOPE in tags.get(h.chunk.id, frozenset())
         and h.score >= threshold and matched <= _chunk_stems(h.chunk)),
        None,
    )
    return out if curated is None else [curated, *(h for h in out if h is not curated)]


# The venue's address is the address a page gives, whether or not it says "venue" beside it ("located
# at 6650, Rue Saint-Urbain"); the dinner's must name the dinner.
_VENUE_WORDS = frozenset(stems("address street postal physical full exact venue venues building location place campus conference postcode zipcode zip code post"))


def _has_value_subject(subject: list[str], chunk: Chunk, value: str | None) -> bool:
    if _has_subject(subject, chunk):
        return True
    if value == answer_types.STREET:
        return not [s for s in subject if s not in _VENUE_WORDS]
    if value == answer_types.HOST:  # the host is the workshop's: "attached", "part", "big" are how it is asked
        return True
    return value == answer_types.TIMEZONE and not [s for s in subject if s not in _ZONED]


_CAPITALISED = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:de |van |von |del |da |le |di )?[A-Z][\w'’.-]*)+")
# Words headings and titles capitalise: a run of only these names a section, not a person
_HEADING_WORDS = frozenset(
    """invited keynote keynotes speaker speakers description committee committees program programme
    organizing organising organizer organizers organiser organisers steering advisory board chair chairs
    co-chairs general track tracks call for of the and important dates best paper award awards session
    sessions panel panelists panellists discussion team members people contact us about our workshop
    accepted papers schedule opening closing remarks poster posters oral orals talk talks tba tbd area
    announcement announcements setup break coffee lunch welcome introduction spotlight spotlights lightning
    presentation presentations q&a start end time times duration event events date location venue title topic
    room day morning afternoon evening monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december industry demo demos
    tutorial tutorials contributed networking reception dinner registration social mentoring roundtable""".split()
)


# "who can submit?", "who gets priority?", "who do we talk to?": a kind of person or a contact, not names
_WHO_BY_KIND = re.compile(
    r"^(?:and )?who(?:m)? (?:can|could|should|may|might|must|gets?|is eligible|are eligible|qualifies|counts|do (?:i|we|you) "
    r"(?:talk|speak|contact|email|write|reach|ask|go))\b"
)


# Capitalised at a sentence's or a line's start, never a name: "Q What are …", "A: The panel …"
_SENTENCE_WORDS = frozenset("q a an the what how why when where who which is are this that these our we in on of and for to".split())


def names_someone(text: str) -> bool:
    """A run of capitalised words that is not only heading words: a person, or at least an
    organisation ("Ada Lovelace", "Google DeepMind"); "Invited Speakers" is a heading, and "Q What
    are the failure modes?" a question. A label ("Start Time: 0:05") is no name, nor an acronym
    beside a sentence's first word ("The SPIQE workshop"): a name has a lower-case letter."""
    return any(
        any(
            (word := w.lower().strip(".'’:")) not in _HEADING_WORDS and word not in _SENTENCE_WORDS and not w.isupper()
            for w in m.group(0).split()
        )
        for m in _CAPITALISED.finditer(text)
    )


_PLACE_ASKING = frozenset(
    stems("city country venue location place held hold happen happening located take takes taking physically exactly "
          "actually event conference hosted host located where co-located colocated co located part")
)


_DAY_ASKING = frozenset(stems("day date which what workshop event held happen happening take place taking is on exactly actually"))


def asks_workshop_day(question: an.Question, name_stems: frozenset[str]) -> bool:
    """'Which day is the roadmap workshop?': the workshop's own day (its title's words aside), not
    a talk's or a deadline's."""
    q = an._strip_lead(an.normalise(question.text))
    if not _ASKS_DAY.search(q):
        return False
    return not [s for s in _subject(question.text) if s not in _DAY_ASKING and s not in name_stems and not s.isdigit()]


def states_day(text: str) -> bool:
    """A date, a weekday or TBA: what a "which day?" needs."""
    return bool(_STATES_DAY.search(text))


_ATTENDING = re.compile(r"\b(?:online|virtual(?:ly)?|hybrid|zoom|in[- ]person|remote(?:ly)?)\b", re.IGNORECASE)


def asks_workshop_place(question: an.Question) -> bool:
    """'Where is it held?', 'which city?': the workshop's own place, not a thing's in it ('where do
    we get coffee?')."""
    return question.intent == an.WHERE and not [s for s in _subject(question.search) if s not in _PLACE_ASKING]


def subject_words(question: str) -> list[str]:
    """The question's own words: not the workshop's, not generic ones ("what", "year")."""
    return _subject(question)


def has_subject(subject: list[str], chunk: Chunk) -> bool:
    """One of the subject words, or a word sharing its first five letters, is in the chunk."""
    return _has_subject(subject, chunk)


def about_asked_milestone(question: an.Question, chunk: Chunk) -> bool:
    """A dated passage about the milestone a date question names: "Submission — August 29" is
    about "when's the paper deadline?" though it shares no word with it. A question naming no
    milestone ("when is regml this year?") asks the event's day: a line giving a day and no
    milestone's name ("Schedule: Dec 07, 2025, Upper Level Room 1AB") is about it."""
    if question.intent not in an.DATE_INTENTS or not _dated(chunk):
        return False
    q = question.text.lower()
    named = _named_milestones(q)
    if not named:
        said = chunk.text.lower()
        return bool(_STATES_DAY.search(chunk.text)) and not _names_any_milestone(said)
    own = _milestone_text(chunk)
    return any(any(w in own for w in words) for words in named)


def names_asked_milestone(question: an.Question, chunk: Chunk) -> bool:
    """A dated passage about a milestone the date question names by name (see ``about_asked_milestone``)."""
    return bool(_named_milestones(question.text.lower())) and about_asked_milestone(question, chunk)


def could_say_when(question: an.Question, chunk: Chunk) -> bool:
    """Whether a passage could answer a "when" question at all: a date record, or text giving a
    date or a time ("RegML @ NeurIPS 2024 (The 2nd Workshop)" cannot say when this year's is)."""
    if not an._DATE_FOCUS.match(an._strip_lead(question.text)):
        return True
    return chunk.kind in ("date", "out_of_scope", "news") or bool(_STATES_TIME.search(chunk.text) or _DATE_NOT_GIVEN.match(chunk.text))


# a section that says what the workshop is: "About the Workshop", "Overview", "Motivation"
_ABOUT_SECTION = re.compile(
    r"^(?:about|overview|introduction|intro|motivation|summary|description|abstract|aims?|goals?|objectives?|vision|"
    r"the workshop|workshop (?:overview|summary|description|goals?|aims?))\b", re.I
)
MIN_DESCRIPTION = 120  # characters: a sentence that says what the workshop is about, not a banner


def describes(chunk: Chunk) -> bool:
    """Prose that says what the workshop is about: under an "About"/"Overview" heading, the
    opening's description, or the home page's first paragraphs (no heading, not a date line)."""
    if len(chunk.text) < MIN_DESCRIPTION or _STATES_TIME.search(chunk.text[:80]):
        return False
    return bool(_ABOUT_SECTION.match(chunk.heading)) or "Description:" in chunk.text or (not chunk.heading and chunk.kind == "page")


def description_rank(chunk: Chunk) -> int:
    """Which describing passage says best what the workshop is: the site's own one-line
    description (its meta description or front matter), an "About" section's, then the home
    page's first paragraphs."""
    if "Description:" in chunk.text:
        return 0
    return 1 if _ABOUT_SECTION.match(chunk.heading) else 2


def _roster_entry(question: an.Question, chunk: Chunk) -> bool:
    """A short entry under a heading that names what was asked: "Alquist (https://…)" under
    "Sponsors" answers "who's sponsoring it?", though a company is no person's name. An entry
    starts with its name; "(Listed alphabetically)" under "Invited Speakers" is a note."""
    subject = _subject(question.search)
    return (
        bool(subject) and bool(chunk.heading) and len(chunk.text) <= MAX_ENTRY and not _SENTENCE_MARK.search(chunk.text.split("(")[0])
        and chunk.text[:1].isupper()
        and _has_subject(subject, replace(chunk, id=f"{chunk.id}#heading", text=chunk.heading, keys=()))
    )


MAX_ENTRY = 160  # characters: a name with its link, not a sentence about it
_SENTENCE_MARK = re.compile(r"[.!?]")  # "…excellent speakers, watch out for more soon!" is no entry


def _subject(question: str) -> list[str]:
    return [s for s in stems(an.normalise(question)) if s not in TOPIC_STEMS and s not in _GENERIC]


def names_workshop(stem: str, names: Collection[str]) -> bool:
    """A question's word that is one of the workshop's own name's, or its start as people shorten
    it ("interp" for "Interpretability")."""
    return stem in names or len(stem) >= 4 and any(n.startswith(stem) for n in names)


def _has_subject(subject: list[str], chunk: Chunk) -> bool:
    if not subject:
        return True
    have = _chunk_stems(chunk)
    if any(s in have for s in subject):
        return True
    # the stemmer parts "submit" from "submission": the same first five letters name the same thing
    starts = {h[:5] for h in have if len(h) >= 5}
    if any(len(s) >= 5 and s[:5] in starts for s in subject):
        return True
    return any(s in family and family & have for family in _SAME_THING for s in subject)


# words a page and an attendee use for one thing: "how long are the talks?" is answered by "each
# speaker will have 15 minutes for their presentation"
_SAME_THING = (
    frozenset(stems("talk talks presentation presentations lecture lectures speech speeches")),
    frozenset(stems("programme programmes program programs schedule schedules agenda")),
    # "who's running SPIQE this year?" is answered by its chairs, or by its organizers
    frozenset(stems("organize organizes organizing organizer organizers organise organising organiser organisers run runs running chair chairs")),
)


def _shares_subject(question: str, chunk: Chunk) -> bool:
    """The question names what the chunk is about (beyond "workshop" or "paper")."""
    have = _chunk_stems(chunk)
    return any(s in have or s + "s" in have for s in stems(an.normalise(question)) if s not in TOPIC_STEMS)  # "pdf", "PDFs"


TOPIC_STEMS = frozenset(stems("workshop workshops perfm paper papers work"))
_STEM_CACHE: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}


def _chunk_stems(chunk: Chunk) -> frozenset[str]:
    """A chunk's words, stemmed once: the checks ask this of every candidate of every question."""
    key = (chunk.id, chunk.keys)  # the text is in the id's digest; the keys may change without it
    found = _STEM_CACHE.get(key)
    if found is None:
        if len(_STEM_CACHE) > 100_000:
            _STEM_CACHE.clear()
        found = _STEM_CACHE[key] = frozenset(stems(" ".join((chunk.text, *chunk.keys))))
    return found


# Words of asking itself, not of what is asked ("is it *allowed*", "*still*", "this *year*"): they
# name nothing the knowledge must speak of, and the spelling fix may correct a typo to one of them.
GENERIC_WORDS = tuple(
    """allowed allow possible ok okay fine require required requirement need needed able option
        options way ways mean means actually exactly really still also even already ever yet sure
        think guess wonder wondering curious confirm clarify clarification enquire inquire check please help info information detail details
        details question questions answer find found look looking say says said tell told ask asked
        go going come coming make made use used work works guy guys people anyone everyone
        new old first last next one two three lot lots bit kind sort type stuff thing things right
        wrong good bad great nice cool big small get gets give let like want wanna beyond based base
        main total background actual actually around along bother anywhere somewhere someone count counts
        max maximum min minimum limit limits length link links url site website directly day days
        timezone time times name names long longer short shorter late later early earlier toward towards
        against within without per via onto upon take takes taking took place send sending sent kindly advise
        official officially end ends gone year years month months week weeks today tomorrow
        something anything smth thats enquire inquire enquiry inquiry eligible eligibility permitted
        acceptable whether regarding must appear appears appearing indicate indicated specify specified
        recommend recommended recommendation recommendations rec recs suggest suggestion suggestions near nearby
        finish finishes finishing finished happen happens happening happened whole entire overall altogether""".split()
)
_GENERIC = frozenset(stems(" ".join(GENERIC_WORDS)))
_SOCIAL_STEMS = frozenset(stems(" ".join(an._SOCIAL)))
