"""Liquid values: variables, literals, conditions and the common Jekyll filters, tolerantly.

Anything that cannot be known (an unset variable, a plugin's filter on an unknown value) is
``UNKNOWN`` rather than an error, so the reader can decide to keep text it cannot judge.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any


class _Unknown:
    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Any = _Unknown()
_STRING = re.compile(r"""^(?:"([^"]*)"|'([^']*)')$""")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_RANGE = re.compile(r"^\((\S+)\.\.(\S+)\)$")
_PATH_PART = re.compile(r"""\.?([\w-]+\??)|\[("[^"]*"|'[^']*'|[^\]]+)\]""")
_COMPARISON = re.compile(r"\s*(==|!=|<>|>=|<=|>|<|\bcontains\b)\s*")
# Liquid's own argument syntax: a value after the ":", then one after each ","; "replace: ".jpg" """
# (a comma forgotten) is replace with one argument, as Jekyll renders it (HRAIM's speaker links)
_FRAGMENT = r"""(?:\w+\s*:\s*)?(?:"[^"]*"|'[^']*'|[^\s,"'|]+)"""
_FIRST_ARG = re.compile(rf"\s*({_FRAGMENT})")
_NEXT_ARG = re.compile(rf"\s*,\s*({_FRAGMENT})")


def filter_args(arg_text: str) -> list[str]:
    """The argument expressions of a filter, as Liquid finds them: the first after the ":" and
    one more after each comma; text between them that no comma introduces is not an argument."""
    first = _FIRST_ARG.match(arg_text)
    if first is None:
        return []
    args, at = [first.group(1)], first.end()
    while (more := _NEXT_ARG.match(arg_text, at)) is not None:
        args.append(more.group(1))
        at = more.end()
    return args


def evaluate(source: str, scope: Mapping[str, Any]) -> Any:
    """A literal or a variable path (``site.data.speakers``, ``item["name"]``, ``list.size``)."""
    source = source.strip()
    if not source:
        return UNKNOWN
    literal = _STRING.match(source)
    if literal:
        return literal.group(1) if literal.group(1) is not None else literal.group(2)
    if _NUMBER.match(source):
        return float(source) if "." in source else int(source)
    if source in ("true", "false"):
        return source == "true"
    if source in ("nil", "null", "empty", "blank"):
        return None
    span = _RANGE.match(source)
    if span:
        low, high = evaluate(span.group(1), scope), evaluate(span.group(2), scope)
        return range(int(low), int(high) + 1) if isinstance(low, int) and isinstance(high, int) else UNKNOWN
    value: Any = scope
    keys: list[Any] = []
    for match in _PATH_PART.finditer(source):
        key = match.group(1) if match.group(1) is not None else evaluate(match.group(2), scope)
        value = _member(value, key, _open(keys))
        keys.append(key)
        if value is UNKNOWN:
            return UNKNOWN
    return value


def _open(keys: list[Any]) -> bool:
    """Whether a missing key here is unknown rather than nil: the page's variables, ``site`` and
    ``page`` (plugins and layouts add to them) and ``site.data`` (a data file may be absent). A
    key missing from a data record (a speaker without ``webpage``) is plainly nil."""
    return not keys or len(keys) == 1 and keys[0] in ("site", "page", "include") or keys == ["site", "data"]


def _member(value: Any, key: Any, open_: bool = True) -> Any:
    if isinstance(value, Mapping):
        if key in value:
            return value[key]
        found = _property(value, key)
        return None if found is UNKNOWN and not open_ else found
    if isinstance(value, (list, tuple, str)) and isinstance(key, int):
        return value[key] if -len(value) <= key < len(value) else None
    return _property(value, key)


def _property(value: Any, key: Any) -> Any:
    if key == "size" and hasattr(value, "__len__"):
        return len(value)
    if key in ("first", "last") and isinstance(value, (list, tuple)) and value:
        return value[0] if key == "first" else value[-1]
    return UNKNOWN


def truth(condition: str, scope: Mapping[str, Any]) -> bool | None:
    """Liquid truthiness of ``a == b and c``; None when any part cannot be known."""
    results: list[bool | None] = []
    joiners = re.findall(r"\s+(and|or)\s+", condition)
    for part in re.split(r"\s+(?:and|or)\s+", condition):
        results.append(_comparison(part, scope))
    if any(r is None for r in results):
        return None
    value = results[-1]  # Liquid evaluates and/or right to left, without precedence
    for joiner, left in zip(reversed(joiners), reversed(results[:-1])):
        value = (left and value) if joiner == "and" else (left or value)
    return bool(value)


def _comparison(part: str, scope: Mapping[str, Any]) -> bool | None:
    pieces = _COMPARISON.split(part.strip(), maxsplit=1)
    left = evaluate(pieces[0], scope)
    if len(pieces) == 1:
        return None if left is UNKNOWN else left not in (None, False)
    right = evaluate(pieces[2], scope)
    if left is UNKNOWN or right is UNKNOWN:
        return None
    op = pieces[1]
    try:
        if op == "contains":
            return right in left if left is not None else False
        if op in ("==", "!="):
            return (left == right) == (op == "==")
        if op == "<>":
            return left != right
        return {">": left > right, "<": left < right, ">=": left >= right, "<=": left <= right}[op]
    except TypeError:
        return None


def apply_filters(value: Any, filters: list[str], scope: Mapping[str, Any]) -> Any:
    for spec in filters:
        name, _, arg_text = spec.partition(":")
        args = [evaluate(a, scope) for a in filter_args(arg_text)] if arg_text.strip() else []
        value = _filter(name.strip(), value, args, scope)
    return value


def _filter(name: str, value: Any, args: list[Any], scope: Mapping[str, Any]) -> Any:
    """The filters workshop pages use; an unknown one passes its value through unchanged."""
    if name == "default":
        return args[0] if value in (None, "", False, UNKNOWN) and args else value
    if value is UNKNOWN:
        return UNKNOWN
    first = args[0] if args else ""
    if name in ("relative_url", "absolute_url"):
        site = scope.get("site", {})
        base = str(site.get("baseurl") or "") if isinstance(site, Mapping) else ""
        return f"{base}/{str(value).lstrip('/')}" if value and not re.match(r"\w+:", str(value)) else value
    if first is UNKNOWN:
        return UNKNOWN
    text = "" if value is None else str(value)
    simple = {
        "append": lambda: text + str(first),
        "prepend": lambda: str(first) + text,
        "upcase": text.upper,
        "downcase": text.lower,
        "capitalize": lambda: text[:1].upper() + text[1:],
        "strip": text.strip,
        "escape": lambda: html.escape(text),
        "strip_html": lambda: re.sub(r"<[^>]+>", "", text),
        "strip_newlines": lambda: text.replace("\n", ""),
        "replace": lambda: text.replace(str(first), str(args[1]) if len(args) > 1 else ""),
        "remove": lambda: text.replace(str(first), ""),
        "split": lambda: text.split(str(first)) if first else list(text),
        "date_to_string": lambda: _date(value, "%d %b %Y"),
        "date_to_long_string": lambda: _date(value, "%d %B %Y"),
        "date": lambda: _date(value, str(first) or "%Y-%m-%d"),
    }
    if name in simple:
        return simple[name]()
    if isinstance(value, (list, tuple)):
        items = list(value)
        if name == "join":
            return (str(first) if args else " ").join(str(v) for v in items)
        if name in ("first", "last"):
            return (items[0] if name == "first" else items[-1]) if items else None
        if name == "size":
            return len(items)
        if name == "reverse":
            return items[::-1]
        if name == "where" and len(args) > 1:
            return [v for v in items if isinstance(v, Mapping) and _matches(v.get(str(first)), args[1])]
        if name == "where_exp" and len(args) > 1 and isinstance(first, str) and isinstance(args[1], str):
            # GRAIL-V lists its speakers with where_exp: "s", "s.publish == true": the three held
            # back (publish: false) are not on the page; an item the test cannot judge is kept
            return [v for v in items if truth(args[1], {**scope, first: v}) is not False]
        if name == "sort" and all(isinstance(v, Mapping) for v in items) and args:
            return sorted(items, key=lambda v: str(v.get(str(first), "")))
    if name == "size":
        return len(text)
    return value  # markdownify, jsonify, slugify, plugin filters: the value itself


def _matches(value: Any, target: Any) -> bool:
    """Jekyll's ``where``: a list property matches when it holds the value ("time: [09:30, 10:45]"
    where "time" is "09:30": HRAIM's programme finds its speaker so), and values compare as text
    (a YAML number 2025 is "2025")."""
    if target is None:
        return value is None
    values = value if isinstance(value, (list, tuple)) else [value]
    return any(v is not None and not isinstance(v, Mapping) and printed(v) == printed(target) for v in values)


def printed(value: Any) -> str:
    """A value as Liquid prints it: ``true``/``false``, a list's items run together, a hash as nothing."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "".join(printed(v) for v in value)
    if isinstance(value, Mapping):
        return ""  # Jekyll prints a hash as its inspect form, which no page means to publish
    return str(value)


def _date(value: Any, fmt: str) -> Any:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            return value
    if isinstance(value, (date, datetime)):
        try:
            return value.strftime(fmt)
        except ValueError:
            return value.isoformat()
    return value
