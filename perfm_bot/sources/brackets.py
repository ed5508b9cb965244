"""Where a bracket or a tag ends in a template that mixes markup with JavaScript.

Astro's ``{items.map((x) => (<li>{x}</li>))}`` and Svelte's ``{#each items as x}`` put code inside
markup and markup inside code, with strings that may hold either bracket; an HTML parser would
split them at the first ``>``. These two scanners find the true end, past strings and nesting;
``attribute_code`` writes such code into the Vue attribute the two readers hand ``vue_app``.
"""

from __future__ import annotations


def tag_end(text: str, start: int) -> int:
    """The index just past the ``>`` ending the tag at ``start`` (a ``>`` inside ``{…}`` or a quoted value is not it)."""
    depth, quote, i = 0, "", start
    while i < len(text):
        ch = text[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'" and depth == 0 and text[i - 1] == "=":
            quote = ch
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == ">" and depth <= 0:
            return i + 1
        i += 1
    return len(text)


def closing(text: str, start: int, opening: str = "{", closer: str = "}") -> int:
    """The ``}`` (or ``closer``) that closes the bracket at ``start``, past strings and template literals."""
    depth, quote, i = 0, "", start
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 2
                continue
            if ch == quote:
                quote = ""
        elif ch in "\"'`" and opening == "{":
            quote = ch
        elif ch == opening:
            depth += 1
        elif ch == closer:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(text) - 1


def attribute_code(code: str) -> str:
    """Code as it can stand inside a Vue attribute's double quotes: one line, its quotes single."""
    return " ".join(code.split()).replace('"', "'")
