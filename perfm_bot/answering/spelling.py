"""Fixing typos in questions before they are embedded.

all-MiniLM-L6-v2 reads "deadine" as unrelated word pieces, so "abstract deadine??" lands far from
"Abstract submission deadline". A word is treated as a typo only when neither the model's own
vocabulary nor the knowledge knows it; it is then replaced by the closest word the knowledge uses,
if one is close enough. Real words the knowledge lacks ("parking", "hotel") are left alone, so a
question about them stays a question about them.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Collection, Iterable

_WORD = re.compile(r"[A-Za-z]{4,}")


class SpellingFixer:
    def __init__(self, knowledge_words: Iterable[str], model_vocabulary: Collection[str], cutoff: float = 0.8):
        self._known = sorted({w.lower() for w in knowledge_words if len(w) >= 4})
        self._known_set = set(self._known)
        self._vocabulary = model_vocabulary
        self._cutoff = cutoff
        self._by_length: dict[int, list[str]] = {}
        for known in self._known:
            self._by_length.setdefault(len(known), []).append(known)
        self._fixed: dict[str, str] = {}  # an unknown word's fix, once: a burst repeats its typos

    def fix(self, text: str) -> str:
        return _WORD.sub(self._replace, text)

    def _replace(self, match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if lower in self._known_set or lower in self._vocabulary:
            return word
        if lower not in self._fixed:
            if len(self._fixed) > MAX_REMEMBERED:
                self._fixed.clear()
            close = difflib.get_close_matches(lower, self._candidates(len(lower)), n=1, cutoff=self._cutoff)
            self._fixed[lower] = close[0] if close else ""
        return self._fixed[lower] or word

    def _candidates(self, length: int) -> list[str]:
        """The known words that can reach the cutoff at all: a similarity ratio of 2·matches /
        (len a + len b) is at most 2·min / (min + max), so their lengths are close. The same
        matches as over every known word, found without scoring the rest."""
        low = math.ceil(length * self._cutoff / (2 - self._cutoff) - 1e-9)  # 6 · 0.8 / 1.2 is 4.000…1 in floats
        high = math.floor(length * (2 - self._cutoff) / self._cutoff + 1e-9)
        return [w for n in range(low, high + 1) for w in self._by_length.get(n, ())]


MAX_REMEMBERED = 10_000  # unknown words whose fix is kept
