"""Fixing typos in questions before they are embedded.

all-MiniLM-L6-v2 reads "deadine" as unrelated word pieces, so "abstract deadine??" lands far from
"Abstract submission deadline". A word is treated as a typo only when neither the model's own
vocabulary nor the knowledge knows it; it is then replaced by the closest word the knowledge uses,
if one is close enough. Real words the knowledge lacks ("parking", "hotel") are left alone, so a
question about them stays a question about them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterable

_WORD = re.compile(r"[A-Za-z]{4,}")


class SpellingFixer:
    def __init__(self, knowledge_words: Iterable[str], model_vocabulary: Collection[str], cutoff: float = 0.8):
        self._known = sorted({w.lower() for w in knowledge_words if len(w) >= 4})
        self._known_set = set(self._known)
        self._vocabulary = model_vocabulary
        self._cutoff = cutoff

    def fix(self, text: str) -> str:
        return _WORD.sub(self._replace, text)

    def _replace(self, match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if lower in self._known_set or lower in self._vocabulary:
            return word
        close = difflib.get_close_matches(lower, self._known, n=1, cutoff=self._cutoff)
        return close[0] if close else word
