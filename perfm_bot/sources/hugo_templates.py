"""A Hugo shortcode that renders the site's data files, rendered as Hugo would.

Hugo sites often keep their speakers, organizers and schedule in ``data/*.yml`` and show them
through a shortcode (``{{< speakers >}}`` in the page, ``layouts/shortcodes/speakers.html``
ranging over ``.Site.Data.speakers``). Dropping the shortcode drops everything attendees ask
about first. The templates workshop sites write use a small part of Go's template language:
``range``, ``if``/``else``, ``with``, ``{{ .field }}`` and ``{{ . }}``, the odd pipe
(``| markdownify``) or function (``safeHTML .bio``). That part is evaluated here; anything else
reads as nothing, never as template syntax. What a template does not show is not shown: a field
the data holds but the template never prints stays unpublished. Pure: text and data in, HTML out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_ACTION = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.DOTALL)
_CALL = re.compile(r"\{\{[<%]\s*([\w./-]+)([^>%]*?)\s*/?[>%]\}\}")
_HEADING_TAG = re.compile(r"<(/?)h[1-6]\b[^>]*>", re.IGNORECASE)
MAX_TEMPLATE = 256 * 1024
MAX_OUTPUT = 512 * 1024
MAX_DEPTH = 8


@dataclass
class _Node:
    kind: str  # "text" | "out" | "range" | "if" | "with"
    value: str = ""
    body: list[_Node] = field(default_factory=list)
    other: list[_Node] = field(default_factory=list)  # the else branch


def render_shortcodes(text: str, shortcodes: Path | None, data: Mapping[str, Any], site: Mapping[str, Any]) -> str:
    """Each ``{{< name >}}`` whose template is in ``shortcodes`` and reads ``.Site.Data`` replaced by
    what it renders; other shortcodes are left for the reader to drop."""
    if shortcodes is None or "{{" not in text:
        return text
    root = {"Site": {"Data": data, "Params": site.get("params") or {}, "Title": site.get("title", "")}}

    def call(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("/") or re.search(rf"\{{\{{[<%]\s*/\s*{re.escape(name)}\s*[>%]\}}\}}", text):
            return match.group(0)  # a closing tag, or a paired shortcode: its inner text is the page's
        template = _template(shortcodes, name)
        if template is None or ".Site.Data" not in template:
            return match.group(0)
        html = _render(_parse(template), root, root, 0)[:MAX_OUTPUT]
        # a card's <h1> name sits under the page's own heading ("# Keynote Talks"), not beside it
        html = _HEADING_TAG.sub(lambda m: "</strong></p>" if m.group(1) else "<p><strong>", html)
        # one HTML block for the Markdown reader: a blank or indented line inside would end it, or
        # start a code block that shows the tags
        html = "\n".join(line.strip() for line in html.splitlines() if line.strip())
        return f"\n\n<div>{html}</div>\n\n"

    return _CALL.sub(call, text)


def _template(folder: Path, name: str) -> str | None:
    path = (folder / f"{name}.html").resolve()
    try:
        if folder.resolve() not in path.parents or not path.is_file():
            return None
        return path.read_bytes()[:MAX_TEMPLATE].decode("utf-8", errors="replace")
    except OSError:
        return None


def _parse(template: str) -> list[_Node]:
    tokens: list[tuple[str, str]] = []
    pos = 0
    for match in _ACTION.finditer(template):
        tokens.append(("text", template[pos : match.start()]))
        tokens.append(("action", match.group(1)))
        pos = match.end()
    tokens.append(("text", template[pos:]))
    nodes, _ = _block(tokens, 0)
    return nodes


def _block(tokens: list[tuple[str, str]], i: int) -> tuple[list[_Node], int]:
    """Nodes up to the matching ``end`` (or ``else``), and where that token is."""
    out: list[_Node] = []
    while i < len(tokens):
        kind, value = tokens[i]
        if kind == "text":
            out.append(_Node("text", value))
            i += 1
            continue
        word = value.split(" ", 1)[0]
        if word in ("end", "else") or value.startswith("else "):
            return out, i
        if word in ("range", "if", "with"):
            node = _Node(word, value[len(word):].strip())
            node.body, i = _block(tokens, i + 1)
            if i < len(tokens) and tokens[i][1].split(" ", 1)[0] == "else":
                node.other, i = _block(tokens, i + 1)
            out.append(node)
            i += 1  # past "end"
            continue
        if not value.startswith("/*") and word not in ("define", "block", "template", "partial", "return"):
            out.append(_Node("out", value))
        i += 1
    return out, i


def _render(nodes: list[_Node], dot: Any, root: Any, depth: int) -> str:
    if depth > MAX_DEPTH:
        return ""
    parts: list[str] = []
    for node in nodes:
        if node.kind == "text":
            parts.append(node.value)
        elif node.kind == "out":
            if ":=" in node.value or node.value.startswith(("$", "/*")) and "." not in node.value:
                continue  # a variable set, or a comment: nothing shown
            value = _value(node.value, dot, root)
            parts.append("" if value is None or isinstance(value, (dict, list)) else str(value))
        elif node.kind == "range":
            items = _value(node.value.split(":=")[-1].strip(), dot, root)
            seq = list(items.values()) if isinstance(items, dict) else items if isinstance(items, list) else []
            parts.extend(_render(node.body, item, root, depth + 1) for item in seq)
            if not seq:
                parts.append(_render(node.other, dot, root, depth + 1))
        else:  # if / with
            value = _value(node.value.split(":=")[-1].strip(), dot, root)
            if value:
                parts.append(_render(node.body, value if node.kind == "with" else dot, root, depth + 1))
            else:
                parts.append(_render(node.other, dot, root, depth + 1))
    return "".join(parts)


def _value(expr: str, dot: Any, root: Any) -> Any:
    """A field path (``.name``, ``.Site.Data.speakers``, ``$.Site.Data.x``, ``.``), with pipes and
    one-argument functions read as their argument; ``not``/``eq``/``and``/``or`` as Go reads them."""
    expr = expr.split("|", 1)[0].strip().strip("()").strip()
    words = _words(expr)
    if not words:
        return None
    head = words[0]
    if head == "not":
        return not _value(" ".join(words[1:]), dot, root)
    if head in ("eq", "ne") and len(words) >= 3:
        same = _value(words[1], dot, root) == _value(words[2], dot, root)
        return same if head == "eq" else not same
    if head in ("and", "or"):
        values = [_value(w, dot, root) for w in words[1:]]
        return all(values) if head == "and" else any(values)
    if head == "index" and len(words) >= 3:
        base = _value(words[1], dot, root)
        key = words[2].strip('"')
        return base.get(key) if isinstance(base, dict) else None
    if not head.startswith((".", "$", '"')):
        return _value(words[-1], dot, root) if len(words) > 1 else None  # markdownify .bio, safeHTML .x
    if head.startswith('"'):
        return head.strip('"')
    return _path(head, dot, root)


def _words(expr: str) -> list[str]:
    return re.findall(r'"[^"]*"|\S+', expr)


def _path(path: str, dot: Any, root: Any) -> Any:
    if path in (".", "$"):
        return dot if path == "." else root
    base, rest = (root, path[2:]) if path.startswith("$.") else (dot, path[1:]) if path.startswith(".") else (None, "")
    if path.startswith(".Site"):
        base, rest = root, path[1:]
    for key in [k for k in rest.split(".") if k]:
        if isinstance(base, dict):
            base = base.get(key, base.get(key.lower()))
        else:
            return None
    return base
