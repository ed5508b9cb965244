"""An MDX page as the Markdown a visitor reads: what its JavaScript shows written in, the code left out.

MDX (Docusaurus's pages, and Next's or Astro's) is Markdown with JavaScript in it: ``import`` and
``export`` blocks at the top level, and ``{…}`` expressions anywhere in the text. Read as Markdown,
a Docusaurus page keeping its organizers in ``export let organizers = [{name: …, organization:
…}]`` and showing them with ``{organizers.map((props) => <Card>{props.name}…</Card>)}`` publishes
the array's source, then "{props.name} {props.organization}" and "))}" under its heading. Here
the module blocks are parsed (tree-sitter, never run): an expression over one of their data
literals is that data, one table row per record with the fields the expression shows; a string
is its text; a comment (``{/* … */}``) or anything computed is left out, as the reader of any
script leaves it (``script_text``). Code in fences and inline code is text, not JavaScript.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from tree_sitter import Node

from perfm_bot.sources.astro_page import converters, vue_source
from perfm_bot.sources.script_text import binding_html, literal_text, node_text, parse_script, shown_keys
from perfm_bot.sources.vue_app import render_component

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# only at the start of a line, as MDX reads it; "import data from …" and "export const x = …", not prose
_MODULE_START = re.compile(r"^(?:import\s+(?:[\w${*]|[\"'])|export\s+(?:const|let|var|function|class|default|async|\{|\*))")
_INLINE_CODE = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.S)
_ONLY_COMMENTS = re.compile(r"\s*(?:/\*.*?\*/\s*|//[^\n]*(?:\n\s*|$))*", re.S)
_ADMONITION = re.compile(r"^ {0,3}:::+ *(?:([A-Za-z][\w-]*)(?:\[([^\]\n]*)\]| +([^\n{]*?))?)? *(?:\{[^\n}]*\})? *$")
_MODULE_ROUNDS = 40  # blank lines a module block is tried past before it is taken as broken
_JS_VALUE_BEFORE = re.compile(r"[\w$)\]]")  # a quote after these is an apostrophe in text, not a string's start


def prepare_mdx(text: str, path: Path | None = None, root: Path | None = None, admonitions: bool = False) -> str:
    """``text`` (front matter and body) with its module blocks and expressions replaced by what
    they show; ``path`` and ``root``: the page's file and its site (what its imports resolve
    against); ``admonitions``: Docusaurus's ``:::note Title`` … ``:::`` fences become their title
    and body (a Markdown reader would print the fence lines)."""
    front, body = _split_front(text)
    lines = body.split("\n")
    kept: list[str] = []
    module: list[str] = []
    fence = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence) and not line.strip()[len(opened.group(1)):].strip():
                fence = ""
            kept.append(line)
            i += 1
            continue
        if opened:
            fence = opened.group(1)
            kept.append(line)
            i += 1
            continue
        if _MODULE_START.match(line):
            end = _module_end(lines, i)
            module.append("\n".join(lines[i:end]))
            kept.extend([""] * (end - i))  # the page's line numbers stay where they were
            i = end
            continue
        admonition = _ADMONITION.match(line) if admonitions else None
        if admonition:
            title = (admonition.group(2) or admonition.group(3) or "").strip()
            kept.append(f"\n**{title}**\n" if title else "")
        else:
            kept.append(line)
        i += 1
    return front + _expressions("\n".join(kept), _Module("\n".join(module), path, root))


def _split_front(text: str) -> tuple[str, str]:
    """The front matter block, kept as it is (its braces are YAML's), and the body."""
    match = re.match(r"(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+)[ \t]*(?:\n|$)", text, re.S)
    return (text[: match.end()], text[match.end():]) if match else ("", text)


def _module_end(lines: list[str], start: int) -> int:
    """Where a module block ends: at a blank line, as MDX reads it, unless the code is not complete
    there (an array with a blank line inside it): then at the first later blank line where it is."""
    ends = []
    end = start
    while end < len(lines) and len(ends) < _MODULE_ROUNDS:
        while end < len(lines) and lines[end].strip():
            end += 1
        ends.append(end)
        if not parse_script("\n".join(lines[start:end])).has_error:
            return end
        while end < len(lines) and not lines[end].strip():
            end += 1
    return ends[0] if ends else len(lines)


@dataclass
class _Module:
    """The page's module code and where it stands, parsed once when an expression needs it."""

    code: str
    path: Path | None
    root: Path | None
    _parsed: Node | None = None

    @property
    def parsed(self) -> Node:
        if self._parsed is None:
            self._parsed = parse_script(self.code)
        return self._parsed


def _expressions(body: str, module: _Module) -> str:
    """Each ``{…}`` outside code replaced by what it shows."""
    code = _code_spans(body)
    out: list[str] = []
    at = 0
    i = 0
    while i < len(body):
        if i in code:
            i = code[i]
            continue
        char = body[i]
        if char == "{" and (i == 0 or body[i - 1] != "\\"):
            close = _matching_brace(body, i)
            if close < 0:
                break  # MDX would not compile this page; the rest stays as it is written
            attribute = body[:i].rstrip().endswith("=")
            out.append(body[at:i])
            out.append('""' if attribute else _shown(body[i + 1 : close], module))
            at = i = close + 1
            continue
        i += 1
    out.append(body[at:])
    return "".join(out)


def _code_spans(body: str) -> dict[int, int]:
    """Start → end of every fenced block and inline code span, where braces are text."""
    spans: dict[int, int] = {}
    offset = 0
    fence = ""
    fence_start = 0
    for line in body.split("\n"):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                spans[fence_start] = offset + len(line)
                fence = ""
        elif opened:
            fence, fence_start = opened.group(1), offset
        else:
            for match in _INLINE_CODE.finditer(line):
                spans[offset + match.start()] = offset + match.end()
        offset += len(line) + 1
    if fence:
        spans[fence_start] = len(body)
    return spans


def _matching_brace(text: str, start: int) -> int:
    """The index of the ``}`` closing the ``{`` at ``start`` (-1: none), skipping JavaScript's
    strings and comments; a quote after a word is an apostrophe in JSX text ("Don't")."""
    depth = 0
    i = start
    while i < len(text):
        char = text[i]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = len(text) if end < 0 else end + 1
        elif text.startswith("//", i) and (i == 0 or text[i - 1] != ":"):
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
        elif char in "\"`" or char == "'" and not _JS_VALUE_BEFORE.match(text[i - 1 : i] or " "):
            i = _string_end(text, i)
        i += 1
    return -1


def _string_end(text: str, start: int) -> int:
    quote = text[start]
    i = start + 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == quote:
            return i
        if text[i] == "\n" and quote != "`":
            return i  # an unclosed quote was text after all
        i += 1
    return len(text)


def _shown(expression: str, module: _Module) -> str:
    """What one expression shows: a string; JSX, with the loops over the module's data run (as
    ``astro_page`` and ``vue_app`` render an Astro template); data a component not in the site
    shows (``<Sponsor {...props} />`` from a package), as a table; anything else nothing."""
    if _ONLY_COMMENTS.fullmatch(expression):
        return ""
    tree = parse_script(f"({expression})")
    node = _inner(tree)
    if tree.has_error or node is None:
        return ""
    text = literal_text(node)
    if text is not None:
        return html.escape(text)
    if module.path is not None and module.root is not None and "<" in expression:
        source = f"---\n{module.code}\n---\n{{{_in_order(expression, node)}}}"
        rendered = render_component(module.root, module.path, {**converters(), module.path.suffix.lower(): vue_source}, text=source)
        if _TAG.sub("", rendered).strip():
            return _LINE_BREAKS.sub(" ", rendered)  # one line: a blank line would end the page's HTML block
    base = _mapped_name(node)
    if not module.code or base is None:
        return ""
    return binding_html(module.parsed, base, shown=shown_keys(tree))


def _in_order(expression: str, node: Node) -> str:
    """``people.sort(byName).map(…)`` as ``people.map(…)``: sorting changes no one's card, and the
    loop is then one a template renderer runs over the literal data."""
    mapped = _mapped(node)
    if mapped is None or mapped[0] is mapped[1]:
        return expression
    target, base = mapped
    offset = 1  # the "(" the expression was parsed inside
    start, end = target.start_byte - offset, target.end_byte - offset
    source = expression.encode("utf-8")
    return (source[:start] + (base.text or b"") + source[end:]).decode("utf-8", errors="replace")


_ORDER_ONLY = frozenset({"sort", "reverse", "toSorted", "toReversed"})
_TAG = re.compile(r"<[^>]*>")
_LINE_BREAKS = re.compile(r"\s*\n\s*")


def _inner(root: Node) -> Node | None:
    node: Node | None = root
    while node is not None and node.type in ("program", "expression_statement", "parenthesized_expression"):
        children = [c for c in node.named_children if c.type != "comment"]
        node = children[0] if len(children) == 1 else None
    return node


def _mapped_name(node: Node) -> str | None:
    """``organizers`` in ``organizers.sort(…).map(…)``: the data an expression shows every record
    of, in some order; None when it filters or computes (``speakers.filter(…)``)."""
    mapped = _mapped(node)
    return node_text(mapped[1]) if mapped is not None and mapped[1].type == "identifier" else None


def _mapped(node: Node) -> tuple[Node, Node] | None:
    """For ``X.map(…)``: X, and what X orders (``people`` of ``people.sort(…)``; X itself when it
    is no call); None when the expression is no map, or X filters or computes."""
    function = node.child_by_field_name("function") if node.type == "call_expression" else None
    target = function.child_by_field_name("object") if function is not None and function.type == "member_expression" else None
    if target is None or node_text(function.child_by_field_name("property")) != "map":
        return None
    base = target
    while base.type == "call_expression":
        called = base.child_by_field_name("function")
        if called is None or called.type != "member_expression" or node_text(called.child_by_field_name("property")) not in _ORDER_ONLY:
            return None
        inner = called.child_by_field_name("object")
        if inner is None:
            return None
        base = inner
    return target, base
