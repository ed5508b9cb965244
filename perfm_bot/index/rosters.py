"""Who a page of biographies lists: one roster passage per page, section or folder of bios.

Many sites list their organizers or speakers as biographies, one card each, whose names stand
only at the start of a paragraph ("**Nick Erickson** is a Senior Applied Scientist at ..."), on a
page titled "Organizers", under a "Speakers" heading, or as one file per person in a folder named
so (``_pages/organizers/abdul.md``). No passage of such a page names everyone, so "who are the
organizers?" found one bio, or the contact line that says "the organizers". Here the names are
read from the bios' openings and told as one passage, found by the group's own name, like a
section's list of "Name — Affiliation" entries. Pure: pages in, passages out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from perfm_bot.index.answer_units import PEOPLE_GROUP, heading_title, list_text
from perfm_bot.sources.records import Page

# A bio opens with the person's name, then what they are: "Name (https://…) is …", "Name, Chair of …, leads …".
_NAME = r"[A-Z][\w'’.-]*[a-zà-ÿ][\w'’.-]*"
_PARTICLE = r"(?:de|van|von|der|den|del|della|da|di|du|le|la|bin|al|dos|das)"
_BIO = re.compile(
    rf"^(?P<name>{_NAME}(?:\s+(?:{_PARTICLE}\s+)*(?:\([A-Z][\w.]*\)\s+)?{_NAME}){{1,3}})"
    r"(?:\s*\([^()]*\))?(?:\s*,[^,]{1,80},)?\s+"
    r"(?:is|was|has|holds|leads|works|received|currently|serves|joined|earned|obtained|completed)\b"
)
# A card read as one line: its name, then what the card says ("Tong Xia — Tong Xia (https://…) University of Cambridge")
_CARD = re.compile(rf"^(?P<name>{_NAME}(?:\s+(?:{_PARTICLE}\s+)*{_NAME}){{1,3}})\s+[—–]\s+")
# A card whose name links to the person's page: "Chen Zhang (https://…) Peking University", "LI Yinqiao (https://…) CityU"
_LINKED = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s+\(https?://[^()\s]+\)")
_NOT_A_NAME = frozenset("The This Our Their His Her Its We It In At For Each All Both".split())
MIN_NAMES = 2


@dataclass(frozen=True)
class Roster:
    """The names a group's bios open with, and where the group is published."""

    title: str  # "Organizers"
    names: tuple[str, ...]
    page: Page  # where it is cited: the group's own page, else the first bio's
    anchor: str = ""
    headings: tuple[str, ...] = ()  # the headings above the group's own ("Organizers" over "Organizing Committee")

    @property
    def text(self) -> str:
        return list_text(f"{self.title}:", self.names)


# A card that opens with its group's label and the person's title ("Organising — Dr. Burcu Can —
# Lecturer …"): the name is what follows them
_CARD_LABEL = re.compile(r"^[\w ]{3,30}\s+[—–]\s+(?=\S)")


def card_label(text: str) -> str | None:
    """The group a card names before its person ("Organising" in "Organising — Dr. Burcu Can")."""
    label = _CARD_LABEL.match(text.strip())
    return label.group(0).rstrip(" —–") if label and PEOPLE_GROUP.fullmatch(label.group(0).rstrip(" —–")) else None


def bio_name(text: str) -> str | None:
    """The person a bio paragraph is about, from its opening."""
    text = text.strip()
    label = card_label(text)
    if label:
        text = _CARD_LABEL.sub("", text, count=1)
    match = _BIO.match(text) or _CARD.match(text) or _LINKED.match(text)
    if match is None:
        return None
    name = re.sub(r"\s+", " ", match.group("name"))
    return None if name.split()[0] in _NOT_A_NAME else name


# a bio under its person's heading speaks of them: "### Dr. Anima Majumder" over "She is a Senior Scientist …"
_PRONOUN_OPENING = re.compile(r"^(?:He|She|They)\s+(?:is|was|has|holds|leads|works|received|currently|serves|joined|earned|obtained|completed|are)\b")
_HONORIFIC = r"(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?"
_HEADED_NAME = re.compile(rf"^{_HONORIFIC}{_NAME}(?:\s+(?:{_PARTICLE}\s+)*(?:[A-Z]\.\s+)?{_NAME}){{1,3}}$")


def headed_bio_name(heading: str, text: str) -> str | None:
    """The person a heading names when the paragraph under it is their bio in the third person."""
    heading = " ".join(heading.split())
    return heading if _HEADED_NAME.match(heading) and _PRONOUN_OPENING.match(text.strip()) else None


# a table row headed by its person: CV4DC's keynotes, one table each, "Lorenzo Torresani: Title: TBA Abstract: …"
_ROW_LABEL = re.compile(r"^(?P<label>[^:]{3,60}?):\s")


def row_name(text: str) -> str | None:
    """The person a table row is headed by, when its label is a name (not a group: "Program Chairs")."""
    label = _ROW_LABEL.match(text.strip())
    name = " ".join(label.group("label").split()) if label else ""
    return name if name and _HEADED_NAME.match(name) and not PEOPLE_GROUP.search(name) and name.split()[0] not in _NOT_A_NAME else None


def rosters(pages: Iterable[Page]) -> list[Roster]:
    """One roster per group of bios with at least two names: a people-named section, else a
    people-named page, else a people-named folder of one-person pages."""
    groups: dict[tuple[str, str], dict] = {}
    titled: dict[str, Page] = {}
    pages = list(pages)
    for page in pages:
        if PEOPLE_GROUP.search(page.title):
            titled.setdefault(page.title.strip().lower(), page)
    for page in pages:
        folder = _people_folder(page)
        above_path: tuple = ()
        for block in page.parsed.blocks:
            first, above_path = block.path != above_path, block.path
            if block.kind not in ("paragraph", "item", "row"):  # a table of people reads row by row
                continue
            name = bio_name(block.text) or (headed_bio_name(block.path[-1].text, block.text) if first and block.path else None)
            name = name or (row_name(block.text) if block.kind == "row" else None)
            if name is None:
                continue
            section = next((h for h in reversed(block.path) if PEOPLE_GROUP.search(h.text)), None)
            above: tuple[str, ...] = ()
            label = card_label(block.text)
            if label is not None:  # "Organising — Dr. Burcu Can", "Advisory — …": the cards' own groups
                key, title, owner, anchor = (page.slug, section.anchor if section else "", label), label, page, section.anchor if section else ""
                above = (heading_title(section.text) if section else page.title,)
            elif section is not None:
                # sections without an anchor are still each their own group ("Speakers", then "Organizers")
                key, title, owner, anchor = (page.slug, section.anchor or section.text), heading_title(section.text), page, section.anchor
                above = tuple(heading_title(h.text) for h in block.path[: block.path.index(section)] if h.level > 1)
            elif PEOPLE_GROUP.search(page.title):
                key, title, owner, anchor = (page.slug, ""), _group_title(page.title), page, ""
            elif folder is not None:
                key, title, owner, anchor = ("/" + folder, ""), folder.title(), titled.get(folder, page), ""
            else:
                continue
            group = groups.setdefault(key, {"title": title, "page": owner, "anchor": anchor, "names": [], "above": above})
            if name not in group["names"]:
                group["names"].append(name)
    return [
        Roster(g["title"], tuple(g["names"]), g["page"], g["anchor"], g["above"])
        for g in groups.values()
        if len(g["names"]) >= MIN_NAMES
    ]


def _group_title(title: str) -> str:
    """'Organizers' from 'Organizers | Foundation Models for Structured Data'."""
    parts = [p.strip() for p in re.split(r"\s+[|–—-]\s+", title)]
    return next((p for p in parts if PEOPLE_GROUP.search(p)), title.strip())


def _people_folder(page: Page) -> str | None:
    """'organizers' for a page at ``_pages/organizers/abdul.md``: one file per person."""
    parts = [p for p in re.split(r"[\\/]", page.path) if p]
    folder = parts[-2] if len(parts) >= 2 else ""
    return folder.lower() if folder and PEOPLE_GROUP.fullmatch(folder) else None
