"""One reply per message, made of one answer per question it asks.

Pure: the analysed question, its ranked hits and the knowledge in, an ``Answer`` out. Each part is
answered or declined on its own, by the same rules as a single question (``compose``) plus the
answer-fit check (``fit``); the parts are then joined into the one reply a user sees.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from perfm_bot.answering import analysis as an
from perfm_bot.answering import answer_types, fit, places, short_names
from perfm_bot.answering.compose import MAX_ANSWER_CHARS, Answer, Policy, abstain, compose, covering_publication, says_tba, trim
from perfm_bot.answering.ranking import RankedHit, stems
from perfm_bot.index.answer_units import PEOPLE_GROUP
from perfm_bot.index.chunking import Chunk, resolve_source
from perfm_bot.sources.page_dates import MONTH_NAME
from perfm_bot.sources.records import Knowledge

HELP = "its dates and deadlines, scope and topics, how to submit, the venue and the organizers"
_THANKS = ("thank", "thanks", "ty", "appreciate", "helped", "helpful", "awesome", "great", "good bot")


@dataclass(frozen=True)
class Profile:
    """What the answering steps know about the knowledge beyond its chunks (built once per load)."""

    tags: Mapping[str, frozenset[str]]  # chunk id -> the intents it answers
    vocabulary: frozenset[str]  # stems of every answerable chunk (text and keys)
    schedule: fit.Schedule
    name: str = "the workshop"  # how a friendly decline names it
    names: frozenset[str] = frozenset()  # words that name the workshop itself ("verifai", "perfm")
    own: frozenset[str] = frozenset()  # its short name as people type it ("data-fm", "datafm", "perfm")
    passages: tuple[Chunk, ...] = ()  # page passages in reading order, for a person's other passages
    programme: tuple[Chunk, ...] = ()  # the programme's rows in order, for the day's start and end
    host: frozenset[str] = frozenset()  # stems of the host conference with its year ("aaai", "2026")
    title: frozenset[str] = frozenset()  # stems of the words of its name ("actionabl", "interpret", "icml")
    people: frozenset[str] = frozenset()  # the words of the names its rosters list ("hoffmann")


def build_profile(chunks: Sequence[Chunk], name: str, model_words: Collection[str] = frozenset()) -> Profile:
    answerable = [c for c in chunks if c.kind != "out_of_scope"]
    texts = [t for c in answerable for t in (c.text, *c.keys)]
    vocabulary = frozenset(s for t in texts for s in stems(t))
    tags = {c.id: fit.chunk_intents(c) for c in chunks}
    passages = tuple(c for c in chunks if c.kind == "page" and not c.roster and not c.past)
    short = acronyms(name, texts)
    return Profile(
        tags, vocabulary, fit.schedule_state(chunks, tags), name, name_words(name, model_words) | short, own_names(name) | short,
        passages, fit.programme(passages), _host_names(name), frozenset(stems(name)) - fit.TOPIC_STEMS, fit.people_words(chunks),
    )


_SMALL_WORDS = frozenset("a an and at for in of on the to with".split())


def acronyms(name: str, texts: Iterable[str]) -> frozenset[str]:
    """The workshop's short name where its title spells it out: "WiNLP" on the pages of "Widening
    Natural Language Processing", whose capitals are the title's initials."""
    initials = "".join(w[0].upper() for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in _SMALL_WORDS)
    if len(initials) < 3:
        return frozenset()
    spelt = re.compile(r"[a-z-]*".join(initials))  # the capitals in order: found fast, so only those texts are split
    found = {t for text in texts if spelt.search(text) for t in re.findall(r"\b[A-Za-z][A-Za-z-]{2,}\b", text) if t[0].isupper()}
    return frozenset(t.lower() for t in found if "".join(c for c in t if c.isupper()) == initials)


def name_words(name: str, model_words: Collection[str]) -> frozenset[str]:
    """The words of the workshop's name that are its own coinage ("VerifAI", "CogInterp", "PerFM"):
    the model knows them as nothing, so a question naming one asks about the workshop itself."""
    coined = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9]{3,}", name)}
    return frozenset(w for w in coined if w not in model_words) if model_words else frozenset()


_COINED = re.compile(
    r"(?<![\w-])(?:[A-Z][a-z]+[A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z][A-Za-z0-9]*|[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+|[A-Z]{3,}\d+|[A-Z]{4,}"
    r"|[A-Z]{3}(?=\s+[Ww]orkshops?\b))(?![\w-])"  # "PRL Workshop Series": three capitals naming the workshop
    r"(?!\s*['’]?\d{2})"
)


# "@ ICLR 2026", "-ICLR2026", "ICLR'25": the conference with its year, not the workshop's own name
_VENUE_YEAR = re.compile(r"[-@\s]*\b[A-Za-z]+\s*['’]?\s*(?:19|20)?\d{2}\b")


def _only_the_name_shared(question: an.Question, chunk: Chunk, profile: Profile) -> bool:
    """'Will the workshop paper appear in the proceedings of AAAI?' and "The workshop is held at
    AAAI 2026": the one word they share names the host, which every passage is about; what was
    asked (appearing in proceedings) the passage never speaks of."""
    text = an.normalise(question.text)
    if _CHOICE.search(_OR_NOT.sub(" ", text)) or set(re.findall(r"[a-z]+", text)) & an.DEFINING_WORDS:
        return False  # "is it at NeurIPS or AAAI?", "what does PerFM stand for?": the name is what is asked
    names = profile.own | profile.host
    asked = set(stems(text))
    have = set(stems(" ".join((chunk.text, *chunk.keys))))
    if not asked & have & names:
        return False
    subject = [s for s in fit.subject_words(an._strip_lead(text)) if s not in names]  # "wait what is PerFM exactly": nothing but it
    return bool(subject) and not fit.has_subject(subject, chunk)


def _edition_asked(question: an.Question, profile: Profile) -> str:
    """The year of the edition a question names with the workshop's own name ("when and where is
    WiNLP 2026?"), when the knowledge's name gives another year or none: that edition's facts are
    not this one's. '' when it names none."""
    text = an.normalise(question.text)
    for name in profile.own:
        found = re.search(rf"\b{re.escape(name)}\s*(20\d\d)\b", text)
        if found and found.group(1) not in profile.name and found.group(1) != _edition_year(profile):
            return found.group(1)
    return ""


def _edition_year(profile: Profile) -> str:
    """The year the pages speak of most: the edition they are about, when the name gives none."""
    years = Counter(y for c in profile.passages for y in _YEAR.findall(c.text))
    return years.most_common(1)[0][0] if years else ""


_YEAR = re.compile(r"\b(20\d\d)\b")


_WHEN_AND_WHERE = frozenset({an.DATE, an.OPEN, an.WHERE})
_ASKS_WHEN_OR_WHERE = frozenset({an.DATE, an.OPEN, an.WHERE, an.TIME, an.SCHEDULE})
_SPEAKS_OF_TIME = re.compile(
    rf"\b(?:when|deadline|deadlines|due|extended|day|days|date|dates|week|weekend|{MONTH_NAME}"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_YEARS = frozenset(str(y) for y in range(2000, 2100))
WHEN_WHERE_LINE = 250  # characters: "May 13th, Location: G6, North" under a site's title, or a welcome saying when, where and at which conference


def _says_only_when_and_where(question: an.Question, chunk: Chunk, profile: Profile) -> bool:
    """'Which papers were accepted?' is not answered by the home page's "May 13th, Location: G6,
    North": a short line that only says when and where answers when and where, not a question
    about something it never names."""
    tags = profile.tags.get(chunk.id, frozenset())
    if question.intent in _ASKS_WHEN_OR_WHERE or not tags or not tags <= _WHEN_AND_WHERE or len(chunk.text) > WHEN_WHERE_LINE:
        return False
    q = an.normalise(f"{question.text} {question.search}")  # a follow-up's "which one is right?" is about the dates before it
    if _SPEAKS_OF_TIME.search(q) or answer_types.expected(q) == answer_types.HOST or profile.host - _YEARS & set(stems(q)):
        return False  # "is it on the first or the last day of aaai?", "the homepage says april 14??", "is this the aaai one?"
    names = profile.own | profile.host | _NAME_ONLY_WORDS
    asked = [s for s in stems(" ".join(an.content_words(an.normalise(question.text)))) if s not in names]
    return bool(asked) and not fit.has_subject(asked, chunk)


def _names_only(chunk: Chunk, profile: Profile) -> bool:
    """A passage that is the workshop's name and nothing else ("MARS2 Workshop", its banner's
    title) answers what the workshop is called, whatever else was asked."""
    return not [s for s in stems(chunk.text) if s not in profile.own and s not in profile.host and s not in _NAME_ONLY_WORDS and not s.isdigit()]


_NAME_ONLY_WORDS = frozenset(stems("workshop workshops"))
_CHOICE = re.compile(r"\bor\b")
_OR_NOT = re.compile(r"\bor not\b")


def _host_names(name: str) -> frozenset[str]:
    """'AAAI 2026' of "PerFM Workshop @ AAAI 2026": the host conference, known by the year after it."""
    return frozenset(stems(" ".join(re.findall(r"\b[A-Za-z]{3,}\s*['’]?\s*(?:19|20)?\d{2}\b", name))))


def own_names(name: str) -> frozenset[str]:
    """The workshop's short name as attendees type it: a coinage ("VerifAI", "PerFM", "DATA-FM",
    "Embodied-Social", "ENLSP"), not a conference with its year ("ICLR 2026", "COLM'26"). Every
    passage is about the workshop, so in a question that asks something about it ("is data-fm
    archival?") the name says no more than "the workshop" does."""
    out: set[str] = set()
    rest = _VENUE_YEAR.sub(" ", name)
    # "LATTE ’26", "IIR 2025": a title that is one capitalised name and its year is that name
    alone = re.fullmatch(r"\s*([A-Z][A-Za-z-]{2,})\s*['’]?\s*(?:19|20)?\d{2}\s*", name) if not re.search(r"[A-Za-z]{2,}", rest) else None
    words = [alone.group(1)] if alone else [m.group(0) for m in _COINED.finditer(rest)]
    for word in (w.lower() for w in words):
        out.update({word, word.replace("-", ""), word.replace("-", " ")})
    return frozenset(out)


def answer_question(
    question: an.Question,
    hits: list[RankedHit],
    knowledge: Knowledge,
    now: datetime,
    policy: Policy,
    profile: Profile,
    checks: fit.Checks = fit.Checks(),
) -> Answer:
    """The answer to one question of a message, or a decline that says why."""
    if question.intent == an.CHIT_CHAT:
        return _decline(question, social_reply(question.text, profile.name))
    if question.intent == an.OFF_TOPIC:
        return _decline(question, f"That's outside what I can help with: I only answer questions about {profile.name}, {HELP}.")
    short = short_names.asked_short_name(question.text) if checks.relation else None
    spelt = short_names.spelling_out(short, profile.passages) if short else None
    if spelt is not None:  # "what does UCRL stand for?": the passage spelling it out, wherever the search ranked it
        return _passage_answer(question, spelt, spelt.text)
    if checks.relation and hits and an.asks_description(question.text):
        hits = _with_description(hits, profile)
    candidates = fit.select(question, hits, profile.tags, policy.threshold, profile.title, profile.people) if checks.relation else hits
    if question.intent == an.TIME and checks.schedule and profile.schedule.source is not None and not profile.schedule.published:
        if not fit.answered_directly(candidates, profile.tags) and covering_publication(_real(candidates), knowledge, policy) is None:
            return unpublished_schedule(question, profile.schedule.source, policy)
    if question.intent == an.NEWS and checks.relation and fit.asks_news_only(question, profile.own):
        digest = news_digest(question, knowledge, now)
        if digest is not None:
            return digest
    # a follow-up's "it" is the thread's subject ("and what time does it start?" after a talk)
    edge = fit.day_edge(question.text, profile.own) if checks.relation and not question.follow_up else None
    day = fit.day_rows(question.text, profile.passages, profile.programme) if checks.relation else profile.programme
    if edge is not None and not fit.states_edge(candidates[:1], edge):
        rows = day  # the programme (found once per knowledge, not per question), or the day's named
        if rows and edge == "span":  # "what time does it run?": from the programme's first row to its last
            return _passage_answer(question, rows[0], f"The programme opens with: {rows[0].text}\nIt ends with: {rows[-1].text}")
        if rows:  # "what time does the whole thing start?": the programme's first row says
            row = rows[0] if edge == "start" else rows[-1]
            return _passage_answer(question, row, ("The programme opens with: " if edge == "start" else "The programme ends with: ") + row.text)
    placed = fit.programme_pick(question.text, day) if checks.relation and not question.follow_up else None
    if placed is None and checks.relation and question.intent in (an.WHO, an.OTHER, an.TIME):
        placed = fit.row_at(question.text, profile.passages)  # "who's giving the 9:30 keynote?"
        placed = placed or fit.item_on_day(question.text, day)  # "who's doing the keynote on friday morning?"
    if placed is not None and question.intent == an.WHO and not fit.names_someone(placed.text) and not says_tba(placed.text):
        return replace(abstain(question.text, 0.0, policy), intent=question.intent)  # "09:10 - 09:40 — Keynote 1": who, it does not say
    if placed is not None:  # "who gives the first talk?": the programme's rows in order say
        return _passage_answer(question, placed, placed.text)
    answer = compose(question.text, candidates, knowledge, now, policy)
    answer = replace(answer, intent=question.intent)
    if not answer.answered:
        return _stated_value(question, profile, checks) or answer
    best = next((h for h in candidates if h.chunk.id == answer.chunk_id), None)
    verdict = _checked(question, answer, best, profile, policy, checks)
    if not verdict.ok and verdict.lacks and best is not None:  # the person's other passages may hold it (the title)
        joined = with_same_person(answer, best, question, candidates, profile.passages)
        again = _checked(question, joined, best, profile, policy, checks) if joined is not answer else verdict
        if again.ok:
            answer, verdict = joined, again
    if not verdict.ok and verdict.lacks and best is not None:
        answer, best, verdict = _next_fitting(question, answer, best, verdict, candidates, knowledge, now, policy, profile, checks)
    published = covering_publication(_real(candidates), knowledge, policy) is not None
    if not verdict.ok or (checks.out_of_scope_rank and fit.oos_wins(candidates) and not published):
        declined = replace(abstain(question.text, answer.score, policy), intent=question.intent)
        return (_stated_value(question, profile, checks) if not verdict.ok else None) or declined
    if best is not None and question.intent == an.SCOPE:
        answer = with_next_topic(answer, best, candidates)
    if best is not None and checks.relation:
        answer = with_title(question, answer, best.chunk)
    return with_same_person(answer, best, question, candidates, profile.passages) if best is not None else answer


# a part that speaks of what another part named: "what's its address?", "does it need to be in
# English?", "and for the short one?" (not "can one author submit more than one paper?")
_REFERS_BACK = re.compile(r"\b(?:it|its|they|them|those|ones?(?=\W*$))\b")


def from_sibling(
    question: an.Question,
    declined: Answer,
    siblings: Sequence[RankedHit],
    knowledge: Knowledge,
    now: datetime,
    policy: Policy,
    profile: Profile,
    checks: fit.Checks = fit.Checks(),
) -> Answer:
    """A part declined on its own, answered from a passage another part of the message was answered
    from when that passage passes this part's own fit check: "who do I contact at the JW Marriott
    and what's its address?" -- the hotel's line giving the contact gives the address too, but
    "what is its address?" alone ranks other lines first. Only a part that refers back ("its") is
    tried, on passages sharing a word with it. ``siblings`` are those passages scored for this part."""
    if declined.answered or question.intent in an.DECLINED_INTENTS or not checks.relation or not _REFERS_BACK.search(question.text.lower()):
        return declined
    for hit in siblings:
        if hit.chunk.kind not in ("page", "faq") or hit.chunk.past or hit.coverage <= 0:
            continue  # it must share a word with the part: "[do I need to anonymize?] can I have it on arXiv?" is not "Review is double-blind."
        answer = replace(compose(question.text, [replace(hit, score=max(hit.score, policy.threshold))], knowledge, now, policy),
                         intent=question.intent, score=hit.score)
        if says_tba(answer.text):  # "not announced yet" is honest for its own part, and would pass for any
            continue
        if answer.answered and _checked(question, answer, hit, profile, policy, checks).ok:
            return with_title(question, answer, hit.chunk)
    return declined


def _with_description(hits: Sequence[RankedHit], profile: Profile) -> list[RankedHit]:
    """'What is this workshop actually about?' shares no word with the paragraph that says it, so
    the search ranks it low or not at all: the pages' own description (see ``fit.describes``)
    answers, ranked as the best candidate."""
    found = [c for c in profile.passages if fit.describes(c)]
    if not found:
        return list(hits)
    best = min(found, key=fit.description_rank)  # reading order among equals
    top = hits[0]
    return [RankedHit(best, top.score, top.dense, top.coverage), *(h for h in hits if h.chunk.id != best.id)]


def _checked(
    question: an.Question, answer: Answer, hit: RankedHit | None, profile: Profile, policy: Policy, checks: fit.Checks
) -> fit.Fit:
    """The fit check of an answer as its passage says it, with what only the knowledge's profile
    knows (the workshop's own name, a line's tags); a "who?" is also answered by the speaker's
    name heading the passage (an abstract under "Kathryn Humphreys (Vanderbilt)")."""
    verdict = fit.check(question, hit, answer.text, profile.vocabulary, policy.fit_strong, checks)
    if verdict.ok and hit is not None and checks.relation:
        chunk = hit.chunk
        if (question.intent in fit.NEAR_ANSWER_INTENTS or _names_only(chunk, profile)) and _only_the_name_shared(question, chunk, profile):
            return fit.Fit(False, "shares only the workshop's or its host's name with the question", lacks=True)
        if _says_only_when_and_where(question, chunk, profile):
            return fit.Fit(False, "a line saying only when and where answers no other question", lacks=True)
        edition = _edition_asked(question, profile)
        if edition and edition not in f"{chunk.text} {' '.join(chunk.keys)}":
            return fit.Fit(False, f"asks about the {edition} edition, which the passage does not speak of", lacks=True)
    if verdict.ok or hit is None or question.intent != an.WHO or not checks.relation:
        return verdict
    speaker = hit.chunk.heading if hit.chunk.kind == "page" else ""
    if not _PERSON_HEADING.match(speaker):
        return verdict
    named = fit.check(question, hit, f"{speaker}: {answer.text}", profile.vocabulary, policy.fit_strong, checks)
    return named if named.ok else verdict


# "Kathryn Humphreys (Vanderbilt University)", "Anna Madden-Rusnak, Priyanka Khante, & Kaya de
# Barbaro": names followed by an affiliation or another name, not "Author-Reviewer Policy"
_PERSON_HEADING = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*(?:\(|,|—|–|-\s|&|and\s)")


NEXT_TRIES = 2  # passages tried after the best one lacked what was asked
NEXT_MARGIN = 0.15  # how far below the best a passage may rank and still be tried
NEXT_MARGIN_WHO = 0.25  # for people asked about a thing the question names ("the minicourses")


def _next_fitting(
    question: an.Question, answer: Answer, best: RankedHit, verdict: fit.Fit, candidates: list[RankedHit],
    knowledge: Knowledge, now: datetime, policy: Policy, profile: Profile, checks: fit.Checks,
) -> tuple[Answer, RankedHit, fit.Fit]:
    """'Who is giving the keynote?' ranks the speakers page's one-line description first and the
    keynote's programme row, naming the speaker, just below: when the best passage lacks what was
    asked (a time, a place, a value, the people), the next close ones are tried before declining."""
    names = profile.own | profile.host | profile.title
    subject = [s for s in fit.subject_words(question.search) if not fit.names_workshop(s, names)]
    # "who's teaching the minicourses?": the line naming them ranks well below the one naming only
    # the minicourses; a passage of people speaking of the thing asked is tried from further down
    floor = best.score - (NEXT_MARGIN_WHO if question.intent == an.WHO and subject else NEXT_MARGIN)
    tried = {best.chunk.id}
    if subject:  # a next passage speaks of what was asked (or of the milestone asked), not only of the workshop
        tried |= {
            h.chunk.id for h in candidates
            if h.chunk.kind != "out_of_scope" and not fit.has_subject(subject, h.chunk) and not fit.about_asked_milestone(question, h.chunk)
        }
    tried |= {h.chunk.id for h in candidates if not fit.could_say_when(question, h.chunk)}  # tries go to passages that could answer
    for _ in range(NEXT_TRIES):
        rest = [h for h in candidates if h.chunk.id not in tried]
        # the milestone a date question names may rank far below another's date ("Workshop — December
        # 12" over "Submission — August 29" for "when's the paper deadline?"): it is tried all the same
        if not rest or rest[0].chunk.kind == "out_of_scope" or rest[0].score < floor and not fit.names_asked_milestone(question, rest[0].chunk):
            break
        retry = replace(compose(question.text, rest, knowledge, now, policy), intent=question.intent)
        hit = next((h for h in rest if h.chunk.id == retry.chunk_id), None)
        if not retry.answered or hit is None or hit.score < floor and not fit.names_asked_milestone(question, hit.chunk) or (
            hit.coverage <= 0 and not subject and not fit.about_asked_milestone(question, hit.chunk)
        ):
            break  # a passage sharing no word with the question answers something else ("panel" is shared by "Panelists")
        tried.add(hit.chunk.id)
        again = _checked(question, retry, hit, profile, policy, checks)
        if again.ok:
            return retry, hit, again
    return answer, best, verdict


LOOKED_UP_VALUES = (answer_types.LINK, answer_types.EMAIL, answer_types.TIMEZONE, answer_types.STREET, answer_types.ROOM)
_VENUE_LABEL = re.compile(r"\b(?:venue|location|address|where)\b", re.IGNORECASE)
# the time zone is what is asked: named in the question's first words ("and is that AoE?", "are the
# deadlines in PST or AoE?", "which timezone are those times?")
_ASKS_ZONE = re.compile(r"^(?:\S+\s+){0,5}?(?:\S*time ?zones?|tz|aoe|utc|gmt|pst|anywhere on earth)\b")


def with_title(question: an.Question, answer: Answer, chunk: Chunk) -> Answer:
    """A passage whose headings hold what it leaves out is shown under them: a talk's abstract
    under its speaker's name ("who talks about the TotTag?": "Kathryn Humphreys (Vanderbilt):
    My talk will discuss…"), a speaker under their session ("in which session does Jochen Triesch
    speak?"). A heading is shown when the question asks for people and it names people (a name
    with an affiliation), or when it holds a word of the question's that the passage lacks."""
    if chunk.kind != "page" or not chunk.section or answer.kind != "passage":
        return answer
    text = answer.text
    lacking = set(fit.subject_words(question.text)) - set(stems(text))
    path = chunk.section.split(" › ")
    shown = [
        seg for i, seg in enumerate(path)
        if seg.lower() not in text.lower() and (
            bool(lacking & set(stems(seg)))
            or (i == len(path) - 1 and question.intent == an.WHO and _PERSON_HEADING.match(seg) is not None)
        )
    ]
    if not shown:
        return answer
    return replace(answer, text=trim(f"{' › '.join(shown)}: {text}"))


def _stated_value(question: an.Question, profile: Profile, checks: fit.Checks) -> Answer | None:
    """'Where do we submit?' asks for the submission site, 'how can I reach the organizers?' for
    an address, 'and is that AoE?' for the deadlines' time zone: when the search found no passage stating one, the pages are read for the lines
    that do ("The Microsoft CMT will be used…: https://cmt3…"), and the one giving an address and
    sharing most words with the question answers. A portal's or an address's line rarely shares
    the asker's words (which is also why the subject check is not asked of it): meaning alone
    misses it."""
    if not checks.value:
        return None
    value = answer_types.expected(an.normalise(question.text))
    if value == answer_types.HOST:
        return _stated_host(question, profile)
    if fit.asks_workshop_place(question):
        return _stated_place(question, profile)
    if fit.asks_workshop_day(question, frozenset(stems(profile.name)) | profile.own | profile.host):  # "prl icaps 2026 date?"
        return _stated_day(question, profile)
    if value not in LOOKED_UP_VALUES or (value == answer_types.TIMEZONE and not _ASKS_ZONE.match(an.normalise(question.text))):
        return None  # "will the talks be recorded for people in bad timezones?" asks about recordings
    asked = set(stems(question.text))
    stating = [c for c in profile.passages if answer_types.states(value, c.text)]
    if value in (answer_types.STREET, answer_types.ROOM):  # the venue's, by its label: not a hotel's or a sponsor's address
        stating = [c for c in stating if _VENUE_LABEL.search(f"{c.section} {c.text}") and not PEOPLE_GROUP.search(c.section)]
    if not stating:
        return None
    best = max(stating, key=lambda c: (answer_types.gives_address(c.text), len(asked & set(stems(f"{c.section} {c.text}")))))
    return _passage_answer(question, best, best.text)


PEOPLE_LEAD = 40  # characters: a passage whose opening names a group of people is about them


def _stated_place(question: an.Question, profile: Profile) -> Answer | None:
    """'Where is it happening?' when the search found no line naming a place: the first line of
    the pages that names a country or state ("SuRE Workshop @ IJCAI 2026, Bremen, Germany"), the
    home page's opening and a line saying venue or location first."""
    # a person's affiliation ("Samuel Grayson, University of Illinois at Urbana-Champaign" under
    # "Organizing Committee") names where they work, not where the workshop is
    # (or under a section's first lines: "Program: Keynotes: Alfonso Gerevini — University of Brescia, Italy")
    naming = [
        (i, c) for i, c in enumerate(profile.passages)
        if places.names_region(c.text) and not PEOPLE_GROUP.search(c.section) and not PEOPLE_GROUP.search(c.text[:PEOPLE_LEAD])
    ]
    if not naming:
        return None
    # a banner line gives the day beside the place ("Dublin, Ireland Date: June 28"); a keynote's
    # "University of Brescia, Italy" in the programme gives none
    _, best = max(naming, key=lambda ic: (ic[1].lead, bool(_VENUE_WORDS.search(ic[1].text)), fit.states_day(ic[1].text), -ic[0]))
    return _passage_answer(question, best, best.text)


def _stated_host(question: an.Question, profile: Profile) -> Answer | None:
    """'Which conference is it attached to?' when the search found no line naming it: the line
    attaching the workshop to a conference ("will be held at ICLR 2026", "PerFM Workshop @ AAAI
    2026"), one naming the host the workshop's name gives first, then the home page's opening."""
    stating = [(i, c) for i, c in enumerate(profile.passages) if answer_types.states(answer_types.HOST, c.text)]
    if not stating:
        return None
    _, best = max(stating, key=lambda ic: (bool(profile.host & set(stems(ic[1].text))), ic[1].lead, -ic[0]))
    return _passage_answer(question, best, best.text)


def _stated_day(question: an.Question, profile: Profile) -> Answer | None:
    """'Which day is the workshop?' when the search found no line giving a day: the home page's
    opening if it gives one ("May 13th, Location: G6, North" under the title), else the first line
    that calls itself the workshop's date."""
    giving = [(i, c) for i, c in enumerate(profile.passages) if fit.states_day(c.text) and (c.lead or _WORKSHOP_DAY.search(c.text))]
    if not giving:
        return None
    _, best = max(giving, key=lambda ic: (ic[1].lead, -ic[0]))
    return _passage_answer(question, best, best.text)


_WORKSHOP_DAY = re.compile(
    r"\bworkshop(?:'s)? (?:date|day)\b|\b(?:date|day) of the workshop\b"
    r"|\bworkshop\b[^.]{0,150}?\b(?:will (?:take place|be held|happen)|takes place|is held|is scheduled)\b"  # "The workshop “…” will take place on September 16"
    r"|(?:^|[\s.;])(?-i:Date):\s",  # a banner's "Dublin, Ireland Date: June 28": the day's own label
    re.I,
)
_VENUE_WORDS = re.compile(r"\b(?:venue|location|located|held|takes? place|taking place|co-located|hosted)\b", re.I)


TOPIC_MARGIN = 0.15  # a second topic of the call this close to the first is named too


def with_next_topic(answer: Answer, best: RankedHit, hits: Sequence[RankedHit]) -> Answer:
    """'Would my dataset-and-simulator paper on dialogue agents fit?' touches two of the call's
    topics (Applications: dialogue; Benchmarks: datasets, simulators): a work described at length
    often does, and the closest on meaning is not always the one its author means. The next topic
    of the same list, nearly as close, is named with it."""
    if best.chunk.kind != "page" or not best.chunk.section:
        return answer
    runner = next((h for h in hits if h.chunk.id != best.chunk.id and h.chunk.kind != "out_of_scope"), None)
    if (
        runner is None or runner.chunk.kind != "page" or runner.chunk.section != best.chunk.section
        or runner.score < best.score - TOPIC_MARGIN or runner.chunk.text in answer.text
    ):
        return answer
    sources = tuple(dict.fromkeys([*answer.sources, runner.chunk.source]))  # each topic cites where it stands
    return replace(answer, text=trim(f"{answer.text}\n{runner.chunk.text}"), sources=sources)


_NAME = re.compile(r"\b[A-Z][a-zà-ÿ'’.-]+(?:\s+(?:de |van |von |del |da |le )?[A-Z][a-zà-ÿ'’.-]+){1,3}\b")
PERSON_PASSAGES = 3  # a person's card, their programme slot and their talk's abstract, at most
SAME_PERSON_DEPTH = 8  # how far down the ranking a person's other passages are looked for first


def with_same_person(
    answer: Answer, best: RankedHit, question: an.Question, hits: Sequence[RankedHit], passages: Sequence[Chunk]
) -> Answer:
    """A question about someone the page names ("what is Erin Grant's talk about?", "when is Tom
    Oxley's talk?") is answered with the passages that name them: the speaker's card holds the
    title, the programme the time, and either alone answers half. Best-ranked first, then the rest
    of the pages in reading order; a list of everyone is no help and is left out."""
    asked = " " + an.normalise(question.text) + " "
    names = [n for n in _NAME.findall(best.chunk.text) if f" {n.lower()} " in asked or f" {n.lower()}s " in asked]
    if not names or answer.kind == "date":
        return answer
    name = max(names, key=len)
    ranked = [h.chunk for h in hits[:SAME_PERSON_DEPTH] if h.chunk.kind == "page" and not h.chunk.roster]
    pool = list(dict.fromkeys([*ranked, *passages]))
    same = [c for c in pool if c.id != best.chunk.id and name in c.text and c.text not in answer.text][: PERSON_PASSAGES - 1]
    if not same:
        return answer
    # each passage keeps its opening: a long bio cut at the answer's length hid the talk's title after it
    share = MAX_ANSWER_CHARS // (len(same) + 1)
    texts = [answer.text, *(c.text for c in same)]
    if sum(len(t) + 1 for t in texts) > MAX_ANSWER_CHARS:
        room = MAX_ANSWER_CHARS - sum(len(t) + 1 for t in texts if len(t) < share)
        long = [t for t in texts if len(t) >= share]
        texts = [t if len(t) < share else _around(t, name, max(share, room // max(len(long), 1)) - 1) for t in texts]
    text = trim("\n".join(texts))
    sources = tuple(dict.fromkeys([*answer.sources, *(c.source for c in same)]))
    return replace(answer, text=text, sources=sources)


def _around(text: str, name: str, limit: int) -> str:
    """The passage cut to ``limit`` where it names the person: a programme's row for them may sit
    far into a long schedule."""
    at = text.find(name)
    if at < 0 or at + len(name) + 60 <= limit:
        return trim(text, limit)
    start = at
    for _ in range(2):  # the segment before the name too: "16:30 Keynote 4 — Manling Li"
        start = max(text.rfind(" — ", 0, start), text.rfind(". ", 0, start), text.rfind("; ", 0, start))
        if start < 0:
            break
    start = start + 2 if start >= 0 and at - start < limit // 2 else max(0, at - 40)
    when = _ROW_TIME.match(text)  # a programme row's time stays with the part that names them
    lead = f"{when.group(1).rstrip()} — … " if when is not None and when.end() < start else "… "
    return trim(lead + text[start:].lstrip("—;. "), limit)


_ROW_TIME = re.compile(r"^(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[-–]\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?)\s*—", re.I)


def _real(hits: Sequence[RankedHit]) -> list[RankedHit]:
    return [h for h in hits if h.chunk.kind != "out_of_scope"]


def _passage_answer(question: an.Question, chunk: Chunk, text: str) -> Answer:
    return Answer(question.text, True, trim(text), (chunk.source,), 1.0, "passage", chunk.id, "page", chunk.ref,
                  chunk.section, (), question.intent)


def unpublished_schedule(question: an.Question, source: Chunk, policy: Policy) -> Answer:
    """A time inside the program while the program is TBA: say so and cite where. It is an honest
    answer, like a TBA deadline's (the same question is "answerable, TBA" in one set and "decline"
    in another; the evaluation counts it as declined-or-honest)."""
    text = (
        "The workshop's schedule is not published yet (TBA), so I can't tell you that, and I won't guess. "
        f"{policy.abstain_hint}"
    )
    origin = source.kind if source.kind in ("faq", "news") else "page"
    return Answer(question.text, True, text, (source.source,), 0.0, "faq" if origin == "faq" else "passage",
                  source.id, origin, source.ref, source.section, (), question.intent)


def news_digest(question: an.Question, knowledge: Knowledge, now: datetime) -> Answer | None:
    """'What's new?': the latest published news items, newest first, as published."""
    items = [n for n in knowledge.news if n.at is None or n.at <= now][-3:][::-1]
    if not items:
        return None
    lines = [f"• {n.text}" + (f" ({n.day.strftime('%B %-d, %Y')})" if n.day else "") for n in items]
    first = items[0]
    sources = tuple(dict.fromkeys(resolve_source(knowledge, n.source, "Workshop news") for n in items))
    return Answer(
        question.text, True, trim("News:\n" + "\n".join(lines)), sources, 1.0, "passage", None, "news", first.id, "News",
        (), question.intent,
    )


def social_reply(text: str, name: str) -> str:
    lower = text.lower()
    if any(w in lower for w in _THANKS):
        return f"You're welcome! Ask me anything else about {name}: {HELP}."
    if an._BOT_ITSELF.search(lower):
        return f"I'm a bot: I answer from {name}'s published pages, FAQ and dates ({HELP}), and pass the rest to the organizers."
    return f"Hi! I answer questions about {name}: {HELP}. What would you like to know?"


def _decline(question: an.Question, text: str) -> Answer:
    return Answer(question.text, False, text, (), 0.0, "none", intent=question.intent)


def combine(message: str, answers: Sequence[Answer]) -> Answer:
    """The one reply to a message: a single answer as it is, several as labelled lines."""
    if len(answers) == 1:
        return replace(answers[0], question=message)
    lines: list[str] = []
    shown: dict[str, int] = {}
    for a in answers:
        label = _label(a.question)
        key = a.chunk_id
        if key is not None and key in shown:  # two questions with the same answer: one line, both labels
            at = shown[key]
            lines[at] = lines[at].replace(":** ", f" / {label}:** ", 1)
            continue
        shown[key] = len(lines)
        lines.append(f"**{label}:** {a.text}")
    first = next((a for a in answers if a.answered), answers[0])
    sources = tuple(dict.fromkeys(s for a in answers for s in a.sources))
    return Answer(
        message,
        any(a.answered for a in answers),
        "\n".join(lines),
        sources,
        max(a.score for a in answers),
        first.kind,
        first.chunk_id,
        first.origin,
        first.ref,
        first.section,
        tuple(answers),
        first.intent,
    )


def _label(question: str, limit: int = 60) -> str:
    text = question.strip().rstrip("?.!")
    text = text[:1].upper() + text[1:]
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
