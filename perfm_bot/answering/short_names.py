"""'What does UCRL stand for?': the passage that spells the short name out.

Pure. A site names itself by its short name everywhere and spells it out once ("the Workshop on
Unifying Concept Representation Learning (UCRL 2026)"). That sentence shares no word with the
question but the short name, which many passages repeat, so the search rarely ranks it first. The
spelling-out is a form, not a phrasing: a run of capitalised words whose initials are the short
name's letters, small words ("and", "of", "&") between them skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from perfm_bot.index.chunking import Chunk

_ASKED = re.compile(
    r"\bwhat (?:does|do|is|'s) (?:the )?(?P<a>[a-z][a-z0-9-]{1,11})(?: \w+){0,2}? (?:stand for|stands for|standing for|mean|short for)\b"
    r"|\b(?:full (?:name|form|title)|long form|acronym|abbreviation) (?:of|for) (?:the )?(?P<b>[a-z][a-z0-9-]{1,11})\b"
    r"|\bwhat is (?P<c>[a-z][a-z0-9-]{1,11}) short for\b"
)
_WORD = re.compile(r"&|[^\W\d_][\w'’-]*")
_SMALL = frozenset("and of for in on the with to a an at &".split())
_NOT_SHORT = frozenset("workshop event conference paper papers site this that".split())  # "the full name of the workshop"
MIN_LETTERS = 3


def asked_short_name(question: str) -> str | None:
    """The short name a (normalised) question asks the meaning of, or None."""
    found = _ASKED.search(question)
    if found is None:
        return None
    name = next(g for g in found.groups() if g).replace("-", "")
    return name if len(name) >= MIN_LETTERS and name.isalpha() and name not in _NOT_SHORT else None


def spelling_out(name: str, chunks: Iterable[Chunk]) -> Chunk | None:
    """The first passage (in the order given) holding a run of capitalised words whose initials
    spell ``name`` ("Confabulation, Hallucinations & Overgeneration in Multilingual and Practical
    Settings" for CHOMPS), one that also names it short ("… Learning (UCRL 2026)") before others."""
    letters = name.upper()
    spelt = [c for c in chunks if _spells(letters, [m.group(0) for m in _WORD.finditer(c.text)])]
    short = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
    return next((c for c in spelt if short.search(c.text)), spelt[0] if spelt else None)


def _spells(letters: str, words: list[str]) -> bool:
    for start, first in enumerate(words):
        if not first[:1].isupper() or first[0] != letters[0]:
            continue
        at = 1
        for word in words[start + 1:]:
            if at == len(letters):
                break
            if word.lower() in _SMALL:
                continue
            if not word[:1].isupper() or word[0] != letters[at]:
                break
            at += 1
        if at == len(letters):
            return True
    return False
