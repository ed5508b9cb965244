"""Shortening text for a reader: every cut is visible and falls at a word (or sentence) end.

Discord limits fields, titles and messages; answers have a length of their own. Cutting silently
or mid-word would change what a sentence says, so all of them shorten text here, one way.
"""

from __future__ import annotations

ELLIPSIS = " …"


def shorten(text: str, limit: int, *, at_sentence: bool = False) -> str:
    """At most ``limit`` characters, ending in " …" when cut: at the last sentence end past half
    the limit (``at_sentence``), else at the last word end past half, else mid-word."""
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS)]
    if at_sentence:
        end = max(cut.rfind(". "), cut.rfind(".\n"))
        if end > limit // 2:
            return cut[: end + 1] + ELLIPSIS
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip().rstrip(",;:") + ELLIPSIS
