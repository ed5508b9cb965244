"""Front matter: the ``---`` YAML (Jekyll, Hugo) or ``+++`` TOML (Hugo) header of a page, and
the prose it holds.

Many workshop sites state where and when the workshop is only in front matter (``subtitle:
"ICML 2026, Seoul"``, ``description: ...``) and show it through the layout, so those fields are
read as the page's lead: otherwise "where is it?" finds nothing on a page that plainly says it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from perfm_bot.core.errors import KnowledgeError
from perfm_bot.sources.yaml_lines import parse_site_yaml

# Fields that hold prose a reader sees, in the order a lead reads best. Layout switches
# (layout, permalink, weight, draft...) are not prose and stay out.
PROSE_FIELDS = (
    "title",
    "subtitle",
    "tagline",
    "conference",
    "venue",
    "location",
    "place",
    "date",
    "dates",
    "when",
    "where",
    "time",
    "description",
    "summary",
    "excerpt",
    "abstract",
)
_FENCES = {"---": ("---", "..."), "+++": ("+++",)}


def split_front_matter(text: str, label: str) -> tuple[dict[str, Any], str, int]:
    """Return (front matter, body, 1-based line where the body starts).

    A front matter that cannot be read is one error naming its line, so one broken page is
    reported without hiding the others.
    """
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.strip()), 0)  # Hugo reads past blank lines before it
    fence = lines[start].strip() if lines else ""
    if fence not in _FENCES:
        return {}, text, 1
    for i in range(start + 1, len(lines)):
        if lines[i].strip() in _FENCES[fence]:
            raw = "\n" * (start + 1) + "".join(lines[start + 1 : i])  # the lines before first, so errors name file lines
            data = _parse_toml(raw, label) if fence == "+++" else parse_site_yaml(raw, label) or {}
            if not isinstance(data, dict):
                raise KnowledgeError(f"{label}:2: front matter must be 'key: value' lines")
            return dict(data), "".join(lines[i + 1 :]), i + 2
    raise KnowledgeError(f"{label}:1: front matter starts with '{fence}' but never ends")


def _parse_toml(raw: str, label: str) -> dict[str, Any]:
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _toml_line(str(exc))
        raise KnowledgeError(f"{label}:{line}: TOML front matter: {exc}") from None


def _toml_line(message: str) -> int:
    """tomllib (3.11) puts the line only in its message: '... (at line 3, column 5)'."""
    marker = "at line "
    if marker in message:
        digits = message.split(marker, 1)[1].split(",", 1)[0].split(")", 1)[0]
        if digits.strip().isdigit():
            return int(digits)
    return 1


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")


def is_iso_date(value: Any) -> bool:
    """A date as a machine writes it (``2026-03-19``, ``2026-03-19T10:00:00Z``), not as prose."""
    return isinstance(value, (date, datetime)) or (isinstance(value, str) and bool(_ISO_DAY.match(value.strip())))


def prose_value(value: Any) -> str:
    """A field's value as text ('2026-07-10' stays as typed; lists read as 'a, b')."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(prose_value(v) for v in value if prose_value(v))
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return " ".join(str(value).split())
    return ""


def lead_text(front: dict[str, Any], clean: Callable[[str], str] = lambda s: s) -> str:
    """The prose fields as one passage: the title as it is, the others named ('Location: Seoul').

    ``clean`` turns a value into published text (values may hold Liquid, entities, inline HTML).
    """
    parts: list[str] = []
    for name in PROSE_FIELDS:
        text = clean(prose_value(front.get(name)))
        if not text:
            continue
        parts.append(text if name == "title" else f"{name.capitalize()}: {text}")
    return ". ".join(p.rstrip(".") for p in parts) + ("." if parts else "")


def says_more_than_title(front: dict[str, Any]) -> bool:
    """Whether a lead would add anything besides the title (which the page's H1 already states)."""
    return any(prose_value(front.get(name)) for name in PROSE_FIELDS if name != "title")
