"""Jekyll's Liquid, read tolerantly: what a page publishes once Jekyll has rendered it.

Why not python-liquid: it is a faithful renderer, and faithfulness is the wrong goal here. Real
workshop sites use Jekyll-only tags and filters (``include x.html`` unquoted, ``relative_url``,
``where``, plugins'), and a strict renderer either fails the page or, in its lax mode, drops the
statement it cannot parse together with the text inside it; a condition on a variable we cannot
know (``{% if site.show_form %}``) also renders to nothing. This reader never fails and never
loses published words: ``comment`` bodies are dropped (they are not published), ``raw`` bodies
are kept literally, ``include`` is resolved from ``_includes/``, ``for`` over data it can see
(``site.data.speakers``) is expanded, a condition it can decide picks its branch and one it
cannot keeps all the text, and every other tag is removed with its body kept. Outputs it can
resolve are filled; the rest are removed, so no Liquid syntax ever reaches an answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from perfm_bot.sources.liquid_values import UNKNOWN, apply_filters, evaluate, printed, truth

_RAW = re.compile(r"\{%-?\s*raw\s*-?%\}(.*?)(?:\{%-?\s*endraw\s*-?%\}|\Z)", re.DOTALL)
_COMMENT = re.compile(r"\{%-?\s*comment\s*-?%\}.*?(?:\{%-?\s*endcomment\s*-?%\}|\Z)", re.DOTALL)
_INLINE_COMMENT = re.compile(r"\{%-?\s*#.*?-?%\}", re.DOTALL)
_MARKUP = re.compile(r"\{\{-?(.*?)-?\}\}|\{%-?(.*?)-?%\}", re.DOTALL)
_BLOCKS = {"if": "endif", "unless": "endunless", "for": "endfor", "case": "endcase", "capture": "endcapture"}
_BRANCHES = {"elsif", "else", "when"}
_PLACEHOLDER = "\ue000{}\ue001"
_RESTORE = re.compile("\ue000(\\d+)\ue001")
MAX_INCLUDE_DEPTH = 6
MAX_LOOP_ITEMS = 500


@dataclass(frozen=True)
class LiquidContext:
    """What a page can see: ``site`` (``_config.yml`` with ``data`` from ``_data/``) and ``page``."""

    site: Mapping[str, Any] = field(default_factory=dict)
    page: Mapping[str, Any] = field(default_factory=dict)
    includes: Path | None = None  # the site's _includes/ folder, when it has one
    shortcodes: Path | None = None  # a Hugo site's layouts/shortcodes/ (its ``data/`` is site["data"])
    zola: Path | None = None  # a Zola site's root: its shortcodes are Tera templates, its links ``@/page.md``


def has_liquid(text: str) -> bool:
    return "{{" in text or "{%" in text


def render_liquid(text: str, context: LiquidContext) -> str:
    """The text as published: Liquid resolved where it can be, removed where it cannot."""
    if not has_liquid(text):
        return text
    raws: list[str] = []

    def keep_raw(match: re.Match[str]) -> str:
        raws.append(match.group(1))
        return _PLACEHOLDER.format(len(raws) - 1)

    text = _RAW.sub(keep_raw, text)
    text = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    text = _INLINE_COMMENT.sub("", text)
    nodes, _ = _parse(_tokens(text), 0, ())
    scope: dict[str, Any] = {"site": context.site, "page": context.page}
    out = _render(nodes, scope, context, 0)
    return _RESTORE.sub(lambda m: raws[int(m.group(1))], out)


def _tokens(text: str) -> list[tuple[str, str]]:
    """('text', s) | ('out', expression) | ('tag', 'name args')."""
    tokens: list[tuple[str, str]] = []
    pos = 0
    for match in _MARKUP.finditer(text):
        tokens.append(("text", text[pos : match.start()]))
        if match.group(1) is not None:
            tokens.append(("out", match.group(1).strip()))
        else:
            tokens.append(("tag", match.group(2).strip()))
        pos = match.end()
    tokens.append(("text", text[pos:]))
    return tokens


@dataclass
class _Node:
    kind: str  # "text" | "out" | "tag" | "block"
    value: str
    branches: list[tuple[str, list[_Node]]] = field(default_factory=list)  # (tag, body) for blocks


def _name(tag: str) -> str:
    return tag.split(None, 1)[0] if tag else ""


def _parse(tokens: list[tuple[str, str]], i: int, ends: tuple[str, ...]) -> tuple[list[_Node], int]:
    """Nodes until one of ``ends`` (a branch or end tag); an unclosed block keeps its body."""
    nodes: list[_Node] = []
    while i < len(tokens):
        kind, value = tokens[i]
        name = _name(value) if kind == "tag" else ""
        if kind == "tag" and name in ends:
            return nodes, i
        i += 1
        if kind == "tag" and name in _BLOCKS:
            block = _Node("block", value)
            tag = value
            while True:
                body, i = _parse(tokens, i, (_BLOCKS[name], *_BRANCHES, *ends))
                block.branches.append((tag, body))
                if i >= len(tokens) or _name(tokens[i][1]) != _BLOCKS[name] and _name(tokens[i][1]) not in _BRANCHES:
                    break  # unclosed, or closed by an outer end: keep what was read
                tag = tokens[i][1]
                i += 1
                if _name(tag) == _BLOCKS[name]:
                    break
            nodes.append(block)
        else:
            nodes.append(_Node(kind, value))
    return nodes, i


def _render(nodes: list[_Node], scope: dict[str, Any], context: LiquidContext, depth: int) -> str:
    out: list[str] = []
    for node in nodes:
        if node.kind == "text":
            out.append(node.value)
        elif node.kind == "out":
            value = _expression(node.value, scope)
            out.append("" if value is UNKNOWN or value is None else printed(value))
        elif node.kind == "tag":
            out.append(_simple_tag(node.value, scope, context, depth))
        else:
            out.append(_block(node, scope, context, depth))
    return "".join(out)


def _expression(source: str, scope: Mapping[str, Any]) -> Any:
    head, *filters = _split_filters(source)
    return apply_filters(evaluate(head, scope), filters, scope)


def _split_filters(source: str) -> list[str]:
    """'a | f: "x|y" | g' -> ['a', 'f: "x|y"', 'g'] (pipes inside quotes are not filters)."""
    parts = re.split(r"""\|(?=(?:[^"']|"[^"]*"|'[^']*')*$)""", source)
    return [p.strip() for p in parts]


def _simple_tag(tag: str, scope: dict[str, Any], context: LiquidContext, depth: int) -> str:
    name, _, args = tag.partition(" ")
    if name == "assign":
        target, eq, expr = args.partition("=")
        if eq:
            scope[target.strip()] = _expression(expr.strip(), scope)
    elif name in ("include", "include_relative") and context.includes and depth < MAX_INCLUDE_DEPTH:
        return _include(args.strip(), scope, context, depth)
    return ""  # increment, cycle, link, post_url, seo, plugin tags: nothing a reader needs


def _include(args: str, scope: dict[str, Any], context: LiquidContext, depth: int) -> str:
    """``{% include speakers.html title="Invited" %}``: the file from _includes/, with ``include.*``."""
    file_part, _, params = args.partition(" ")
    if "{{" in file_part:
        return ""
    assert context.includes is not None
    path = (context.includes / file_part).resolve()
    if context.includes.resolve() not in path.parents or not path.is_file():
        return ""  # outside _includes/ or missing: Jekyll would fail; the page's own text remains
    included = {k: evaluate(v, scope) for k, v in re.findall(r"""([\w-]+)\s*=\s*("[^"]*"|'[^']*'|\S+)""", params)}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    text = _RAW.sub(lambda m: m.group(1), _COMMENT.sub("", text))
    nodes, _ = _parse(_tokens(text), 0, ())
    return _render(nodes, {**scope, "include": included}, context, depth + 1)


def _block(node: _Node, scope: dict[str, Any], context: LiquidContext, depth: int) -> str:
    name, _, args = node.value.partition(" ")
    if name == "capture":
        scope[args.strip()] = _render(node.branches[0][1], scope, context, depth)
        return ""
    if name == "for":
        return _for(node, args, scope, context, depth)
    if name == "case":
        subject = evaluate(args.strip(), scope)
        for tag, body in node.branches[1:] if subject is not UNKNOWN else []:
            values = tag.partition(" ")[2].replace(" or ", ",").split(",")
            if _name(tag) == "else" or any(evaluate(v, scope) == subject for v in values):
                return _render(body, scope, context, depth)
        if subject is not UNKNOWN:
            return ""
    if name in ("if", "unless"):
        for n, (tag, body) in enumerate(node.branches):
            tag_name, _, condition = tag.partition(" ")
            decided = True if tag_name == "else" else truth(condition, scope)
            if decided is None:  # undecidable: keep the text of this branch and those after it
                return "".join(_render(b, scope, context, depth) for _, b in node.branches[n:])
            if decided != (tag_name == "unless"):
                return _render(body, scope, context, depth)
        return ""
    return "".join(_render(body, scope, context, depth) for _, body in node.branches)


def _for(node: _Node, args: str, scope: dict[str, Any], context: LiquidContext, depth: int) -> str:
    match = re.match(r"(\w+)\s+in\s+(\S+)(.*)", args.strip())
    body = node.branches[0][1]
    empty = node.branches[1][1] if len(node.branches) > 1 else []
    if not match:
        return _render(body, scope, context, depth)
    variable, source, options = match.groups()
    items = evaluate(source, scope)
    if items is UNKNOWN:
        return _render(body, {**scope, variable: UNKNOWN}, context, depth)
    if isinstance(items, Mapping):
        items = [[k, v] for k, v in items.items()]
    if not isinstance(items, (list, tuple, range)):
        items = [] if items is None else [items]
    items = list(items)
    offset = re.search(r"offset:\s*(\d+)", options)
    limit = re.search(r"limit:\s*(\d+)", options)
    items = items[int(offset.group(1)) if offset else 0 :][: int(limit.group(1)) if limit else MAX_LOOP_ITEMS]
    if "reversed" in options:
        items.reverse()
    if not items:
        return _render(empty, scope, context, depth)
    out = []
    for n, item in enumerate(items):
        loop = {"index": n + 1, "index0": n, "first": n == 0, "last": n == len(items) - 1, "length": len(items)}
        inner = {**scope, variable: item, "forloop": loop}
        out.append(_render(body, inner, context, depth))
        # an ``assign`` in a loop sets the template's variable, as Liquid does: PECS finds its
        # edition with {% for coll in site.collections %}{% if … %}{% assign edition = coll %}
        scope.update((k, v) for k, v in inner.items() if k not in (variable, "forloop") and (k not in scope or scope[k] is not v))
    return "".join(out)
