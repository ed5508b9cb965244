"""A page's blocks to answer units: the passages an answer may quote whole.

A reader's blocks are the page's paragraphs, list items and table rows one by one. Some of them
say nothing alone, and quoting them alone answers wrongly:
- a lead-in ("The workshop will focus on the following areas:") means the list after it, so
  it is one unit with that list (it is never a unit without it);
- a heading is a name, not an answer: "Invited Speakers" asked "who are the speakers?" must
  give the names. A heading the reader keeps as a block (a page's H1, an empty section) is
  therefore answered with its section's content: its own blocks, then each subsection's first
  line. An empty section whose heading only names it ("Spotlight Presentations", filled in by
  a script on the live site) is no unit at all; one whose heading states something ("Tentative
  Schedule (TBA)") is;
- a roster that opens its section ("Name — Affiliation" entries) can also be one unit headed by
  the section's name, so "who are the speakers?" finds every name, while each entry stays a unit
  of its own (``ROSTER_UNITS``, off for now: see its note).
Every unit fits the answer length: a list too long is told in its items' labels ("Name — place"
gives "Name"), else cut with how many items are left on the page. Pure: blocks in, units out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from perfm_bot.sources.page_model import Block, Heading

MAX_UNIT = 450  # what one passage may hold (answers are cut at 500 characters)
_NUMBERING = re.compile(r"^[\W\d_]*(?=\w)")  # "3. ", "— " before a heading's words
_LINK = re.compile(r"\s*\((?:https?://|/)[^\s()]*(?:\([^\s()]*\)[^\s()]*)*\)")  # " (https://...)" after link text
_LABEL_SPLIT = re.compile(r"\s+[—–]\s+|:\s+|;\s+|\.\s+")
_STATES = re.compile(r"[(\[:\d]|\b(TBA|TBD)\b", re.IGNORECASE)  # a heading that says more than a name
_LIST_KINDS = ("item", "row")
_BARE_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?$", re.IGNORECASE)
# A heading that states a fact of its own ("Location: Hall C", "Date: July 10, 2026") over a section
# about something else: the fact is a passage too, or the page states it nowhere a question can find.
_LABEL_VALUE = re.compile(r"^[A-Z][\w &/-]{1,30}:\s+\S.{2,}$")
# On since the answer-fit checks decline a passage that shares words but not the value or the thing
# asked: measured on six real sites, rosters answered whole now cost no decline (they did before
# those checks, on two sites) and add one.
ROSTER_UNITS = True
ENTRY_WORDS = 10  # longer items are paragraphs, each its own answer, not a roster to read out
SECTION_LINES = 2  # a section is told by its opening; more lines make it match every question


@dataclass(frozen=True)
class Unit:
    """One answerable passage: its text, where it sits, and what finds it.

    ``kind``: "passage" (a block as published), "list" (a lead-in or a section's name with its
    list), "section" (a heading with its section's content). ``key`` is the text that is
    embedded to find a unit whose ``text`` is longer than what people ask by (a section is found
    by its heading); None: the text itself.
    """

    kind: str
    text: str
    path: tuple[Heading, ...]
    key: str | None = None


# "The workshop organizers are listed below." introduces the list under it as surely as a colon
_POINTS_DOWN = re.compile(r"\b(?:(?:listed|shown|given|found|as) below|the following|as follows)\b", re.IGNORECASE)


def heading_title(text: str) -> str:
    """A heading as a reader names it: '3. Submissions and Timeline' -> 'Submissions and Timeline'."""
    return _NUMBERING.sub("", text).strip() or text


def answer_units(blocks: Sequence[Block]) -> list[Unit]:
    units: list[Unit] = []
    kept = {b.path[-1] for b in blocks if b.kind == "heading" and b.path}
    stated: set[Heading] = set()
    i = 0
    while i < len(blocks):
        block = blocks[i]
        for depth, heading in enumerate(block.path, 1):  # "Location: Garnet 218-219, Singapore EXPO" over a schedule
            if heading not in stated and heading not in kept and _LABEL_VALUE.match(heading_title(heading.text)):
                stated.add(heading)
                units.append(Unit("passage", heading_title(heading.text), block.path[:depth]))
        run = _list_run(blocks, i + 1, block.path)
        if block.kind != "heading" and _BARE_TIME.match(block.text.strip()):
            unit = _timed(block, blocks[i + 1] if i + 1 < len(blocks) else None)
            if unit is not None:
                units.append(unit)
            i += 1
            continue
        if block.kind == "heading":
            unit = _section_unit(block, blocks)
            if unit is not None:
                units.append(unit)
        elif block.kind == "paragraph" and run and (block.text.rstrip().endswith(":") or _POINTS_DOWN.search(block.text)):
            units.append(Unit("list", list_text(block.text, [b.text for b in run]), block.path))
        else:
            if ROSTER_UNITS and block.kind == "item" and (_opens_section(blocks, i) or _after_welcome(blocks, i)):
                items = _list_run(blocks, i, block.path, kinds=("item",))
                people = bool(block.path) and bool(PEOPLE_GROUP.search(block.path[-1].text))
                if len(items) >= 2 and block.path and all(_is_entry(b.text, people) for b in items):
                    name = heading_title(block.path[-1].text).rstrip(" :")
                    units.append(Unit("list", list_text(f"{name}:", [b.text for b in items]), block.path, key=name))
            if ROSTER_UNITS and block.kind == "row" and _opens_section(blocks, i) and block.path and PEOPLE_GROUP.search(block.path[-1].text):
                people_rows = [_named_row(b.text) for b in _list_run(blocks, i, block.path, kinds=("row",))]
                if len(people_rows) >= 2 and all(people_rows):
                    name = heading_title(block.path[-1].text).rstrip(" :")
                    units.append(Unit("list", list_text(f"{name}:", people_rows), block.path, key=name))
            if not _repeats_heading(block):
                units.append(Unit("passage", _with_details(blocks, i), block.path))
        i += 1
    return units


# a programme row ("9:30am 10:30am — Invited talk") and the rows under it that tell its speaker,
# title or panel ("Speaker: Prof. Ivona Brandic …", "Title: Energy-Aware …"): one item of the day
_TIMED_ROW = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:[-–—]|to)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?\s+[—–-]\s+\S", re.IGNORECASE
)
_DETAIL_ROW = re.compile(
    r"^(?:(?:invited |keynote )?speakers?|presenters?|title|talk title|panelists?|moderators?|(?:session )?chairs?|abstract)\s*[:.]\s*\S",
    re.IGNORECASE,
)


def _with_details(blocks: Sequence[Block], i: int) -> str:
    """A programme row told with its detail rows, so "who's giving the invited talk?" finds the
    row that says when, who and what; the details stay passages of their own too."""
    block = blocks[i]
    text = " ".join(block.text.split())
    if block.kind not in _LIST_KINDS or not _TIMED_ROW.match(text):
        return block.text
    details = []
    for following in blocks[i + 1 :]:
        if following.kind not in _LIST_KINDS or following.path != block.path or not _DETAIL_ROW.match(following.text.strip()):
            break
        details.append(" ".join(following.text.split()))
    if not details:
        return block.text
    joined = f"{text} — {'; '.join(details)}"
    return joined if len(joined) <= MAX_UNIT else joined[: MAX_UNIT - 1].rsplit(" ", 1)[0] + "…"


# a table of people read by row: "Name: Li Xue; Research: Structural Bioinformatics; Affiliation: Radboudumc"
_NAME_CELL = re.compile(r"^(?:Name|Full name|Member|Person)\s*:\s*(?P<name>[^;]+?)\s*(?:;|$)", re.IGNORECASE)
_HOME_CELL = re.compile(r";\s*(?:Affiliation|Institution|Organi[sz]ation|University|Company)\s*:\s*(?P<home>[^;]+?)\s*(?:;|$)", re.IGNORECASE)


def _named_row(text: str) -> str | None:
    """A people table's row as a roster entry ("Li Xue — Radboudumc"), or None if it names no one."""
    name = _NAME_CELL.match(text)
    if name is None:
        return None
    home = _HOME_CELL.search(text)
    return f"{name.group('name')} — {home.group('home')}" if home else name.group("name")


def _repeats_heading(block: Block) -> bool:
    """A photo's caption that only repeats its section's name ("![Panelists](/panel.jpg)" under
    "## Panelists") is the heading again, and a heading alone is never an answer: "who's on the
    panel?" was answered "Panelists"."""
    return bool(block.path) and " ".join(block.text.split()).casefold() == heading_title(block.path[-1].text).casefold()


def _timed(block: Block, following: Block | None) -> Unit | None:
    """A program's time alone ("10:15 - 11:45") names what follows it: a site's timeline puts the
    time before the session's own heading ("Poster Session I"), so the time is read with it, and
    a time with nothing after it says nothing."""
    if following is None:
        return None
    time = " ".join(block.text.split())
    if following.path != block.path and following.path:  # the time opens the next section
        return Unit("passage", f"{time} — {heading_title(following.path[-1].text)}", following.path)
    return Unit("passage", f"{time} — {' '.join(following.text.split())}", block.path)


def list_text(lead: str, items: Sequence[str], limit: int = MAX_UNIT) -> str:
    """'Lead: a; b; c' within ``limit``: the items without their link targets, else their labels,
    else as many as fit and how many more the page lists."""
    lead = " ".join(lead.split())
    flat = list(dict.fromkeys(" ".join(i.split()).rstrip(" .;") for i in items))  # a template's two layouts, both kept
    for candidate in ([_LINK.sub("", i) for i in flat], _labels(flat)):  # link targets: the items' own passages
        if candidate is not None:
            text = f"{lead} {'; '.join(candidate)}."
            if len(text) <= limit:
                return text
    shown: list[str] = []
    compact = _labels(flat) or [_LINK.sub("", i) for i in flat]
    for n, item in enumerate(compact):
        rest = len(compact) - n - 1
        tail = f"; … and {rest} more on the page." if rest else "."
        if len(f"{lead} {'; '.join([*shown, item])}{tail}") > limit:
            break
        shown.append(item)
    rest = len(compact) - len(shown)
    return f"{lead} {'; '.join(shown)}" + (f"; … and {rest} more on the page." if rest else ".")


def _is_entry(text: str, people: bool = False) -> bool:
    """A roster entry ('Name — Affiliation', the parts the reader joins with ' — '), not a paragraph
    or a statement in list form: lists of statements (dates, rules) answered whole outrank the one
    statement asked about and answer questions the page leaves open. Under a heading that names
    people ("Workshop Chairs"), "Simon Hammond, National Nuclear Security Administration, USA" is
    one too: a name, then a comma."""
    if len(_LINK.sub("", text).split()) > ENTRY_WORDS or "\n" in text:
        return False
    return " — " in text or (people and bool(_NAMED_ENTRY.match(text)))


# What a page, section or folder of people is called.
PEOPLE_GROUP = re.compile(
    r"\b(?:speakers?|organi[sz]ers?|organi[sz]ing|panel(?:ists)?|keynotes?|committees?|team|chairs|people|mentors|advisors?|(?:advisory|steering) board)\b",
    re.IGNORECASE,
)
_NAMED_ENTRY = re.compile(r"^[A-Z][\w'’-]*\.?(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]*|de|van|von|der|da|di|del)){1,3}\s*(?:,|\()")


def _labels(items: Sequence[str]) -> list[str] | None:
    """Each item's label ('Hubert Banville — Meta' -> 'Hubert Banville'), when every item has one
    that names it: starts with a letter (a time such as '9:00am' names nothing) and is unique."""
    labels = [_LABEL_SPLIT.split(_LINK.sub("", i), maxsplit=1)[0].strip() for i in items]
    if any(not label[:1].isalpha() or label == item for label, item in zip(labels, items)):
        return None
    return labels if len(set(labels)) == len(labels) else None


def _list_run(
    blocks: Sequence[Block], start: int, path: tuple[Heading, ...], kinds: tuple[str, ...] = _LIST_KINDS
) -> list[Block]:
    run: list[Block] = []
    for block in blocks[start:]:
        if block.kind not in kinds or block.path != path:
            break
        run.append(block)
    return run


def _opens_section(blocks: Sequence[Block], i: int) -> bool:
    """The block is the first under its heading (nothing of that section comes before it)."""
    return i == 0 or blocks[i - 1].path != blocks[i].path


def _after_welcome(blocks: Sequence[Block], i: int) -> bool:
    """The block follows only its section's one opening sentence ("This year, we're excited to
    welcome a number of excellent speakers"): the names after it are still the section's roster.
    (A lead-in that points down is read with its list already.)"""
    if i == 0 or blocks[i - 1].kind != "paragraph" or blocks[i - 1].path != blocks[i].path:
        return False
    lead = blocks[i - 1].text
    return _opens_section(blocks, i - 1) and not lead.rstrip().endswith(":") and not _POINTS_DOWN.search(lead)


def _section_unit(block: Block, blocks: Sequence[Block]) -> Unit | None:
    """A heading kept as a block: its section's content with it, or alone if it states something."""
    heading = block.path[-1] if block.path else None
    if heading is None:
        return Unit("passage", block.text, block.path)
    depth = len(block.path)
    parts: list[str] = []
    own = 0  # the lines that are the section's own, before its first subsection's
    children: set[Heading] = set()
    for other in blocks:
        if other is block or other.path[:depth] != block.path or len(other.path) < depth:
            continue
        if other.kind == "heading":  # an empty subsection: its heading is all it says
            if _states(other.text) and other.path[-1] not in children:
                children.add(other.path[-1])
                parts.append(other.text)
        elif len(other.path) == depth:
            parts.append(other.text)
            own += len(parts) == own + 1
        elif other.path[depth] not in children:
            children.add(other.path[depth])
            parts.append(f"{heading_title(other.path[depth].text)}: {other.text}")
    if not parts:
        return Unit("passage", block.text, block.path) if _states(heading.text) else None
    most = _banner_lines(parts[:own]) if heading.level == 1 else SECTION_LINES
    return Unit("section", _fit(block.text, parts, most=most), block.path, key=block.text)


BANNER_LINE = 40  # characters: a banner's date or place, not a paragraph


def _banner_lines(own: Sequence[str]) -> int:
    """How many opening lines tell a page's title: two, and the short lines of its own after them
    (a banner's "January 20 – 27, 2026", then "Singapore": the place stood on a line of its own)."""
    most = SECTION_LINES
    while most < min(len(own), SECTION_LINES + 2) and len(own[most]) <= BANNER_LINE:
        most += 1
    return most


def _states(heading: str) -> bool:
    """A heading that says more than a section's name: a status, a date, a sentence."""
    title = heading_title(heading)
    return bool(_STATES.search(title)) or len(title.split()) >= 6


def _fit(lead: str, parts: Sequence[str], limit: int = MAX_UNIT, most: int = SECTION_LINES) -> str:
    """The heading, then the first lines of its section that fit whole (at least part of the first)."""
    text = lead.rstrip(" .:") + ":"
    for n, part in enumerate(" ".join(p.split()) for p in parts[:most]):
        candidate = f"{text} {part}"
        if len(candidate) > limit:
            if n == 0:
                cut = candidate[: limit - 2].rsplit(" ", 1)[0]
                return cut.rstrip(",;:") + " …"
            break
        text = candidate if candidate.endswith((".", "!", "?", ":")) else candidate + "."
    return text
