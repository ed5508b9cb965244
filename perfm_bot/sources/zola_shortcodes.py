"""A Zola page's shortcodes, rendered as Zola would, and its internal links made paths.

Zola sites call shortcodes as functions: ``{{ schedule() }}`` in the page, with
``templates/shortcodes/schedule.html`` building the programme table from ``content/schedule.csv``
(``load_data``); ``{% note(kind="info") %}…{% end %}`` wraps a body. Dropping the call drops the
programme and the accepted papers. The templates are Tera, whose syntax is Jinja2's; they are
rendered with Jinja2's sandbox (no attribute of Python objects, no file but the site's own data),
with Tera's filters and functions where their names or arguments differ. A template that does not
render (a Tera feature Jinja2 lacks, a missing file) reads as nothing, never as template syntax.
Internal links (``@/cfp.md``) become the page's path (``/cfp/``), which citations and the check
for unreachable pages read. Pure but for reading the site's own template and data files.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from jinja2 import FileSystemLoader, TemplateError, nodes
from jinja2.sandbox import SandboxedEnvironment
from markdown_it import MarkdownIt

_MARKDOWN = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
# ``{{ name(args) }}`` (a call, not a variable: Zola's own ``{{ page.title }}`` is no shortcode)
_INLINE = re.compile(r"\{\{\s*([A-Za-z_][\w-]*)\s*\((.*?)\)\s*\}\}", re.DOTALL)
_BODY = re.compile(r"\{%\s*([A-Za-z_][\w-]*)\s*\((.*?)\)\s*%\}(.*?)\{%\s*end\s*%\}", re.DOTALL)
_INTERNAL_LINK = re.compile(r"@/((?:[\w.-]+/)*)([\w.-]+)\.md(#[\w-]*)?")
MAX_TEMPLATE = 256 * 1024
MAX_DATA = 2 * 1024 * 1024
MAX_OUTPUT = 512 * 1024


def internal_links(text: str) -> str:
    """``@/cfp.md`` -> ``/cfp/``, ``@/news/_index.md#latest`` -> ``/news/#latest``."""

    def path(match: re.Match[str]) -> str:
        folders, name, anchor = match.group(1), match.group(2), match.group(3) or ""
        return "/" + folders + ("" if name in ("_index", "index") else name + "/") + anchor

    return _INTERNAL_LINK.sub(path, text) if "@/" in text else text


def render_shortcodes(text: str, root: Path, config: Mapping[str, Any]) -> str:
    """Each shortcode call whose template is in ``root/templates/shortcodes`` replaced by what it
    renders (line breaks kept where it rendered nothing, so later lines keep their numbers)."""
    folder = root / "templates" / "shortcodes"
    if "{{" not in text and "{%" not in text:
        return text
    env = _environment(root, config)

    def call(name: str, args: str, body: str | None, whole: str) -> str:
        template = next((p for p in (folder / f"{name}.html", folder / f"{name}.md") if p.is_file()), None)
        if template is None:  # a theme's shortcode not in the folder: what its arguments say, else dropped
            said = _argument_text(env, args)
            return said + "\n" * max(0, whole.count("\n") - said.count("\n")) if said else whole
        rendered = _render(env, template, args, body)
        if rendered is None:
            return "\n" * whole.count("\n")
        return _MARKDOWN.render(rendered) if template.suffix == ".md" else rendered

    text = _BODY.sub(lambda m: call(m.group(1), m.group(2), m.group(3), m.group(0)), text)
    return _INLINE.sub(lambda m: call(m.group(1), m.group(2), None, m.group(0)), text)


def _render(env: SandboxedEnvironment, template: Path, args: str, body: str | None) -> str | None:
    try:
        if template.stat().st_size > MAX_TEMPLATE:
            return None
        source = template.read_text(encoding="utf-8", errors="replace")
        values = _arguments(env, args)
        if body is not None:
            values["body"] = body
        out = env.from_string(_as_jinja(source)).render(**values)
    except (TemplateError, OSError, ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
        return None
    return out if len(out) <= MAX_OUTPUT else None


def _arguments(env: SandboxedEnvironment, args: str) -> dict[str, Any]:
    """``kind="info", n=3``: Tera's keyword arguments, whose literals are Jinja2's."""
    if not args.strip():
        return {}
    call = env.parse("{{ f(" + args + ") }}").find(nodes.Call)
    if call is None or call.args:
        raise ValueError("a shortcode takes keyword arguments")
    return {kw.key: kw.value.as_const() for kw in call.kwargs}


def _argument_text(env: SandboxedEnvironment, args: str) -> str:
    """The words a shortcode is given, when its template is not in the folder (a theme's, kept
    apart): REPRO-HPC's ``grid(text=[["Josef Weidendorfer", "Dresden University of Technology",
    "Program Chair"], …], urls=[…])`` shows its committee; addresses and file names are no text.
    One Markdown list item per row, so each person stays a passage of their own."""
    try:
        values = _arguments(env, args)
    except (TemplateError, ValueError, TypeError, AttributeError):
        return ""
    lines: list[str] = []
    for value in values.values():
        rows = value if isinstance(value, (list, tuple)) else [value]
        for row in rows:
            cells = row if isinstance(row, (list, tuple)) else [row]
            said = [" ".join(str(c).split()) for c in cells if isinstance(c, str) and _is_words(c)]
            if said:
                lines.append(" — ".join(said))
    return "\n" + "".join(f"- {line}\n" for line in lines) if lines else ""


def _is_words(value: str) -> bool:
    """Text a visitor reads, not an address, a path or an identifier ("organizers", "https://…")."""
    value = value.strip()
    return bool(value) and not re.match(r"^(?:[a-z]+:|/|\.|#)", value) and (" " in value or value[:1].isupper())


# Tera tags Jinja2 spells otherwise: ``set_global`` is ``set`` at the top of a shortcode
_SET_GLOBAL = re.compile(r"\{%(-?)\s*set_global\b")


def _as_jinja(source: str) -> str:
    return _SET_GLOBAL.sub(r"{%\1 set", source)


def _environment(root: Path, config: Mapping[str, Any]) -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(root / "templates")), autoescape=False, extensions=["jinja2.ext.loopcontrols"]
    )
    env.filters.update(
        slugify=_slugify,
        filter=_filter,
        markdown=lambda value, inline=False: _MARKDOWN.render(str(value)),
        safe=lambda value: value,
        join=lambda value, sep="": sep.join(str(v) for v in value),
        replace=lambda value, **kw: str(value).replace(str(kw.get("from", "")), str(kw.get("to", ""))),
        split=lambda value, pat=" ": str(value).split(pat),
        default=lambda given, **kw: kw.get("value") if given in (None, "") else given,
        date=lambda value, **kw: str(value),
        striptags=lambda value: re.sub(r"<[^>]+>", "", str(value)),
    )
    env.tests.update(
        containing=lambda value, x: x in value,
        starting_with=lambda value, x: str(value).startswith(x),
        ending_with=lambda value, x: str(value).endswith(x),
        matching=lambda value, x: re.search(x, str(value)) is not None,
    )
    env.globals.update(
        load_data=lambda path="", format=None, **kw: _load_data(root, str(path), format),
        get_url=lambda path="", **kw: "/" + str(path).removeprefix("@/").lstrip("/"),
        config=dict(config),
        get_section=lambda **kw: {},
        get_page=lambda **kw: {},
        now=lambda **kw: "",
    )
    return env


def _slugify(value: Any) -> str:
    return re.sub(r"[^\w]+", "-", str(value).lower()).strip("-")


def _filter(items: Any, attribute: str = "", **kw: Any) -> list[Any]:
    """Tera's ``filter(attribute="3", value=session)``: the items whose attribute (a key, or an
    index of a CSV record) equals the value."""
    return [item for item in items if _attribute(item, attribute) == kw.get("value")]


def _attribute(item: Any, name: str) -> Any:
    if isinstance(item, Mapping):
        return item.get(name)
    if isinstance(item, (list, tuple)) and name.isdigit():
        return item[int(name)] if int(name) < len(item) else None
    return None


def _load_data(root: Path, path: str, kind: str | None) -> Any:
    """A data file of the site (never outside it): CSV as Tera gives it (``headers``, ``records``),
    JSON, TOML or YAML as their values, anything else as its text."""
    target = (root / path.lstrip("/")).resolve()
    if root.resolve() not in target.parents or not target.is_file() or target.stat().st_size > MAX_DATA:
        raise ValueError(f"{path}: not a data file of the site")
    text = target.read_text(encoding="utf-8", errors="replace")
    kind = (kind or target.suffix.lstrip(".")).lower()
    if kind == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        return {"headers": rows[0] if rows else [], "records": rows[1:]}
    if kind == "json":
        return json.loads(text)
    if kind == "toml":
        return tomllib.loads(text)
    if kind in ("yaml", "yml"):
        return yaml.safe_load(text)
    return text
