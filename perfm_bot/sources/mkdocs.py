"""An MkDocs site's pages, their URLs and titles, and the Python-Markdown they are written in.

MkDocs builds every Markdown file of ``docs/`` (``docs_dir`` says otherwise) into a page at its
path (``docs/schedule.md`` at ``/schedule/``, ``index.md`` and ``README.md`` at their folder's),
titles it as ``nav:`` in ``mkdocs.yml`` names it, else by its first heading, and names the site
``site_name``. Its Markdown is Python-Markdown's with the extensions most sites turn on:
``{#id .class}`` after a heading, a paragraph or an image sets attributes (``attr_list``), never
text; an admonition (``!!! note "Title"``, Material's collapsible ``???`` and ``!!!-``) or a content tab (``=== "Day 1"``)
is a titled block of indented lines. Material's announcement bar (``{% block announce %}`` in the
theme's ``custom_dir``) is on every page; it is read once, with the home page.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

MKDOCS_CONFIGS = ("mkdocs.yml", "mkdocs.yaml")
MARKDOWN = (".md", ".markdown")
_ATTRIBUTES = re.compile(r"[ \t]*\{:?[ \t]*(?:[#.][\w-]+|[\w-]+=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s}]+))(?:[ \t]+(?:[#.][\w-]+|[\w-]+=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s}]+)))*[ \t]*\}[ \t]*$", re.M)
_BLOCK = re.compile(r"^(?P<indent>[ \t]*)(?:(?P<kind>!!!|\?\?\?)[+-]?[ \t]+(?P<type>[\w-]+)(?:[ \t]+[\w-]+)*|===\+?)(?:[ \t]+\"(?P<title>[^\"\n]*)\")?[ \t]*$")
_STRUCTURE = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|\||#|<|!!!|\?\?\?|===|```|~~~)")  # a list, table, heading, block: not a line to lead
_INLINE_ATTRIBUTES = re.compile(r"(?<=\))\{:?[ \t]*[#.\w][^{}\n]*\}")  # ![logo](a.png){ width="30%" }
# [the schedule](schedule.md#day-2): MkDocs links the page's URL, schedule/#day-2
_PAGE_LINK = re.compile(r"\]\((?!https?://|/)([\w./-]+?)\.md(#[\w-]*)?\)")
_ANNOUNCE = re.compile(r"\{%-?\s*block\s+announce\s*-?%\}(.*?)\{%-?\s*endblock\b[^%]*%\}", re.S)
_JINJA = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.S)


class _Lenient(yaml.SafeLoader):
    """Reads ``!!python/name:material.extensions.emoji.twemoji`` and other tags MkDocs resolves
    as nothing: the settings a page needs are plain YAML."""


_Lenient.add_multi_constructor("", lambda loader, suffix, node: None)
_Lenient.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def mkdocs_config(path: Path) -> tuple[dict[str, Any], str | None]:
    """The config (``site_name`` also as ``title``, the site's name), or a problem with its line."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8", errors="replace"), Loader=_Lenient)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        return {}, f"{path}{where}: not valid YAML ({getattr(exc, 'problem', None) or exc})"
    except OSError as exc:
        return {}, f"{path}: cannot be read ({exc.strerror or exc})"
    config = data if isinstance(data, dict) else {}
    if config.get("site_name") and not config.get("title"):
        config["title"] = str(config["site_name"])
    return config, None


def docs_dir(root: Path, config: dict[str, Any]) -> Path:
    return root / str(config.get("docs_dir") or "docs")


def mkdocs_pages(root: Path, config: dict[str, Any]) -> list[Path]:
    """Every Markdown file of the docs folder (MkDocs publishes the ones ``nav`` leaves out too)."""
    base = docs_dir(root, config)
    if not base.is_dir():
        return []
    return sorted(
        p for p in base.rglob("*")
        if p.is_file() and p.suffix.lower() in MARKDOWN and not any(part.startswith(".") for part in p.relative_to(base).parts)
    )


def mkdocs_permalink(root: Path, config: dict[str, Any], path: Path) -> str:
    """``docs/cfp.md`` at ``/cfp/`` (``/cfp.html`` with ``use_directory_urls: false``)."""
    base = docs_dir(root, config)
    rel = PurePosixPath(path.relative_to(base).as_posix()) if base in path.parents else PurePosixPath(path.name)
    parts = list(rel.with_suffix("").parts)
    if parts and parts[-1].lower() in ("index", "readme"):
        return "/" + "".join(f"{p}/" for p in parts[:-1])
    if config.get("use_directory_urls") is False:
        return "/" + "/".join(parts) + ".html"
    return "/" + "".join(f"{p}/" for p in parts)


def nav_titles(config: dict[str, Any]) -> dict[str, str]:
    """``nav: [{About: index.md}, {Program: [{Day 1: day1.md}]}]`` as ``{"index.md": "About", …}``."""
    found: dict[str, str] = {}

    def walk(items: Any) -> None:
        for item in items if isinstance(items, list) else ():
            if isinstance(item, dict):
                for title, target in item.items():
                    if isinstance(target, str) and not re.match(r"https?://", target):
                        found.setdefault(target.lstrip("./"), str(title))
                    else:
                        walk(target)

    walk(config.get("nav"))
    return found


def page_title(root: Path, config: dict[str, Any], path: Path) -> str:
    base = docs_dir(root, config)
    rel = path.relative_to(base).as_posix() if base in path.parents else path.name
    return nav_titles(config).get(rel, "")


def announcement(root: Path, config: dict[str, Any]) -> str:
    """The theme's announcement bar, as HTML without its template tags ('' when there is none)."""
    theme = config.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    if not custom:
        return ""
    main = root / str(custom) / "main.html"
    try:
        text = main.read_text(encoding="utf-8", errors="replace")[:200_000] if main.is_file() else ""
    except OSError:
        return ""
    found = _ANNOUNCE.search(text)
    return _JINJA.sub("", found.group(1)).strip() if found else ""


def prepare_mkdocs(text: str) -> str:
    """Python-Markdown's extensions as the Markdown the page reader reads: attribute lists
    dropped, links to pages' files as their URLs, each admonition or tab a bold title over its
    lines, no longer indented (indented, they would read as code)."""
    # a heading's {#id} is its anchor, which the Markdown reader takes from it
    text = "\n".join(line if line.lstrip().startswith("#") else _ATTRIBUTES.sub("", line) for line in text.split("\n"))
    text = _INLINE_ATTRIBUTES.sub("", text)
    text = _PAGE_LINK.sub(lambda m: f"]({m.group(1)}/{m.group(2) or ''})" if m.group(1) != "index" else f"](./{m.group(2) or ''})", text)
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        block = _BLOCK.match(lines[i])
        if block is None:
            out.append(lines[i])
            i += 1
            continue
        indent = len(block.group("indent").expandtabs(4))
        title = block.group("title")
        if title is None and block.group("type"):
            title = block.group("type").replace("-", " ").capitalize()  # "!!! warning": its type is its title
        i += 1
        body: list[str] = []
        while i < len(lines) and (not lines[i].strip() or _indent(lines[i]) > indent):
            line = lines[i].expandtabs(4)
            body.append(line[min(indent + 4, _indent(line)):] if line.strip() else "")
            i += 1
        inner = prepare_mkdocs("\n".join(body)).strip("\n").split("\n")
        if title and inner and inner[0].strip() and not _STRUCTURE.match(inner[0]):
            inner[0] = f"**{title}:** {inner[0]}"  # "Time, Location & Schedule: 2-4 September 2025", read as one
        elif title:
            inner = [f"**{title}**", "", *inner]
        out += [" " * indent + line if line else "" for line in inner] + [""]
    return "\n".join(out)


def _indent(line: str) -> int:
    line = line.expandtabs(4)
    return len(line) - len(line.lstrip())
