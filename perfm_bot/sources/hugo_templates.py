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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

_MARKDOWN = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
_ACTION = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.DOTALL)
_CALL = re.compile(r"\{\{[<%]\s*([\w./-]+)([^>%]*?)\s*/?[>%]\}\}")
_HEADING_TAG = re.compile(r"<(/?)h[1-6]\b[^>]*>", re.IGNORECASE)
_PAIRED = re.compile(r"\{\{<\s*([\w./-]+)([^>]*?)\s*>\}\}(.*?)\{\{<\s*/\s*\1\s*>\}\}", re.DOTALL)
_NAMED_PARAM = re.compile(r"([\w-]+)\s*=\s*(?:\"([^\"]*)\"|(\S+))")
_POSITIONAL_PARAM = re.compile(r"\"([^\"]*)\"|(\S+)")
# a shortcode that shows the site's data or what its call names (``.Get "name"``); others are dropped
_SHOWS_DATA = re.compile(r"\.Site\.Data|\.Get\b")
MAX_TEMPLATE = 256 * 1024
MAX_OUTPUT = 512 * 1024
MAX_DEPTH = 8


@dataclass
class _Node:
    kind: str  # "text" | "out" | "range" | "if" | "with" | "define" | "block" | "partial"
    value: str = ""
    body: list[_Node] = field(default_factory=list)
    other: list[_Node] = field(default_factory=list)  # the else branch


@dataclass
class _Env:
    """What a template sees besides its dot: the root (``$``), variables it set, the ``define``d
    blocks of the page template that fills the base one, and its partials."""

    root: Any
    partials: Callable[[str], list[_Node] | None] = lambda name: None
    defines: dict[str, list[_Node]] = field(default_factory=dict)
    variables: dict[str, Any] = field(default_factory=dict)


def render_shortcodes(text: str, shortcodes: Path | None, data: Mapping[str, Any], site: Mapping[str, Any]) -> str:
    """Each ``{{< name >}}`` whose template is in ``shortcodes`` and reads ``.Site.Data`` replaced by
    what it renders; other shortcodes are left for the reader to drop."""
    if shortcodes is None or "{{" not in text:
        return text
    root = {"Site": _site_root(data, site)}

    def html_of(template: str, params: str, inner: str) -> str:
        named, positional = _params(params)

        def get(key: Any) -> Any:
            if isinstance(key, int):
                return positional[key] if 0 <= key < len(positional) else None
            return named.get(key) if isinstance(key, str) else None

        dot = {**root, "Get": get, "Params": named, "Inner": inner, "IsNamedParams": bool(named)}
        html = _render(_parse(template), dot, _Env(root), 0)[:MAX_OUTPUT]
        # a card's <h1> name sits under the page's own heading ("# Keynote Talks"), not beside it
        html = _HEADING_TAG.sub(lambda m: "</strong></p>" if m.group(1) else "<p><strong>", html)
        # one HTML block for the Markdown reader: a blank or indented line inside would end it, or
        # start a code block that shows the tags
        html = "\n".join(line.strip() for line in html.splitlines() if line.strip())
        return f"\n\n<div>{html}</div>\n\n"

    def call(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("/") or re.search(rf"\{{\{{[<%]\s*/\s*{re.escape(name)}\s*[>%]\}}\}}", text):
            return match.group(0)  # a closing tag, or a paired shortcode (below)
        template = _template(shortcodes, name)
        if template is None or not _SHOWS_DATA.search(template):
            return match.group(0)
        return html_of(template, match.group(2), "")

    def paired(match: re.Match[str]) -> str:
        """``{{< organizers >}}`` around the cards it lays out: its template with ``.Inner`` the
        rendered cards; a paired shortcode around Markdown keeps its text as the page's own."""
        template = _template(shortcodes, match.group(1))
        inner = match.group(3).strip()
        if template is None or ".Inner" not in template or not inner.startswith("<"):
            return match.group(0)
        return html_of(template, match.group(2), re.sub(r"\n\s*\n", "\n", inner))

    return _PAIRED.sub(paired, _CALL.sub(call, text))


def _params(text: str) -> tuple[dict[str, str], list[str]]:
    """A call's parameters: ``name="Ada" image="a.jpg"`` by name, ``"Ada" "a.jpg"`` by place."""
    named = {m.group(1): m.group(2) if m.group(2) is not None else m.group(3) for m in _NAMED_PARAM.finditer(text)}
    rest = _NAMED_PARAM.sub(" ", text)
    positional = [m.group(1) if m.group(1) is not None else m.group(2) for m in _POSITIONAL_PARAM.finditer(rest)]
    return named, positional


def render_home(
    layouts: Sequence[Path], page: Mapping[str, Any], data: Mapping[str, Any], site: Mapping[str, Any],
    content: str, pages: Callable[[str], Mapping[str, Any] | None] = lambda path: None, template: str = "index.html",
) -> str | None:
    """The home page as its layout shows it: ``index.html`` (the site's, else its theme's) filling
    the blocks of ``_default/baseof.html``, partials rendered from ``partials/``. Many workshop
    themes keep the whole page there, the data files shown by partials and the home Markdown only
    one section of it. ``content`` stands for the page's own text (``.Content``); ``pages`` answers
    ``.Site.GetPage``; ``template``: another page's own layout (``agenda/single.html``). None when
    no layout dir holds the template."""
    index = _first(layouts, template)
    if index is None:
        return None
    parsed: dict[str, list[_Node] | None] = {}

    def partial(name: str) -> list[_Node] | None:
        name = name if name.endswith(".html") else f"{name}.html"
        if name not in parsed:
            text = _first(layouts, f"partials/{name}")
            parsed[name] = _parse(text) if text is not None else None
        return parsed[name]

    nodes = _parse(index)
    defines = _defines(nodes)
    base = _first(layouts, "_default/baseof.html") if defines else None
    site_root = dict(_site_root(data, site), GetPage=pages)
    root = {**page, "Site": site_root, "Content": content}
    env = _Env(root, partial, defines)
    if base is not None:
        nodes = _parse(base)
    elif defines:  # the theme's base template is not in the repository: its main block is the page
        nodes = defines.get("main") or [n for body in defines.values() for n in body]
    return _render(nodes, root, env, 0)[:MAX_OUTPUT]


def _site_root(data: Mapping[str, Any], site: Mapping[str, Any]) -> dict[str, Any]:
    return {"Data": data, "Params": site.get("params") or {}, "Title": site.get("title", ""), "BaseURL": site.get("baseURL", "")}


def _first(folders: Sequence[Path], name: str) -> str | None:
    for folder in folders:
        text = _template(folder, name)
        if text is not None:
            return text
    return None


def _defines(nodes: list[_Node]) -> dict[str, list[_Node]]:
    return {_quoted(node.value): node.body for node in nodes if node.kind == "define"}


def _quoted(value: str) -> str:
    match = re.search(r'"([^"]*)"|`([^`]*)`', value)
    return (match.group(1) or match.group(2) or "") if match else ""


def _template(folder: Path, name: str) -> str | None:
    path = (folder / (name if name.endswith(".html") else f"{name}.html")).resolve()
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
        if word in ("range", "if", "with", "define", "block"):
            node = _Node(word, value[len(word):].strip())
            node.body, i = _block(tokens, i + 1)
            branch = node
            while i < len(tokens) and tokens[i][1].split(" ", 1)[0] == "else":
                rest = tokens[i][1][len("else"):].strip()
                test = rest.split(" ", 1)[0]
                if test in ("if", "with"):  # "else if …" / "else with …": one more branch, the same end
                    nested = _Node(test, rest[len(test):].strip())
                    nested.body, i = _block(tokens, i + 1)
                    branch.other, branch = [nested], nested
                else:
                    branch.other, i = _block(tokens, i + 1)
            out.append(node)
            i += 1  # past "end"
            continue
        if word in ("partial", "partialCached", "template"):
            out.append(_Node("partial" if word != "template" else "block", value[len(word):].strip()))
        elif not value.startswith("/*") and word != "return":
            out.append(_Node("out", value))
        i += 1
    return out, i


def _render(nodes: list[_Node], dot: Any, env: _Env, depth: int) -> str:
    if depth > MAX_DEPTH:
        return ""
    parts: list[str] = []
    for node in nodes:
        if node.kind == "text":
            parts.append(node.value)
        elif node.kind == "out":
            if ":=" in node.value or (" = " in node.value and node.value.startswith("$")):
                name, _, expr = node.value.replace(":=", "=", 1).partition("=")
                env.variables[name.strip()] = _value(expr.strip(), dot, env)
                continue  # a variable set: nothing shown
            if node.value.startswith("/*"):
                continue
            value = _value(node.value, dot, env)
            if isinstance(value, bool):
                value = "true" if value else "false"
            parts.append("" if value is None or isinstance(value, (dict, list)) or callable(value) else str(value))
        elif node.kind == "range":
            names, _, expr = node.value.rpartition(":=")
            items = _value(expr.strip(), dot, env)
            seq = list(items.values()) if isinstance(items, dict) else items if isinstance(items, list) else []
            bound = [n.strip() for n in names.split(",") if n.strip()]
            for i, item in enumerate(seq):
                if bound:
                    env.variables[bound[-1]] = item
                    if len(bound) > 1:
                        env.variables[bound[0]] = i
                parts.append(_render(node.body, item, env, depth + 1))
            if not seq:
                parts.append(_render(node.other, dot, env, depth + 1))
        elif node.kind == "define":
            continue  # shown where a block or template names it
        elif node.kind == "block":
            body = env.defines.get(_quoted(node.value), node.body)
            parts.append(_render(body, _argument(node.value, dot, env), env, depth + 1))
        elif node.kind == "partial":
            name = _words(node.value)[0] if node.value else ""
            named = _value(name, dot, env) if name else None  # partial "x.html" ., or partial $section .
            body = env.partials(named) if isinstance(named, str) and named else None
            if body is not None:
                parts.append(_render(body, _argument(node.value, dot, env), env, depth + 1))
        else:  # if / with
            names, _, expr = node.value.rpartition(":=")
            value = _value(expr.strip(), dot, env)
            if names.strip():
                env.variables[names.strip()] = value
            if value:
                parts.append(_render(node.body, value if node.kind == "with" else dot, env, depth + 1))
            else:
                parts.append(_render(node.other, dot, env, depth + 1))
    return "".join(parts)


def _argument(value: str, dot: Any, env: _Env) -> Any:
    """The dot a partial or block is called with (``partial "x.html" .``): what follows its name."""
    rest = " ".join(_words(value)[1:])
    if not rest or rest == ".":
        return dot
    if rest.startswith("(dict") or rest.startswith("dict "):
        words = _words(rest.strip("()")[len("dict"):].strip())
        return {w.strip('"'): _value(v, dot, env) for w, v in zip(words[::2], words[1::2])}
    return _value(rest, dot, env)


def _value(expr: str, dot: Any, env: _Env) -> Any:
    """A field path (``.name``, ``.Site.Data.speakers``, ``$.Site.Data.x``, ``$var.x``, ``.``) or
    a literal; the functions workshop templates call on data (``where``, ``sort``, ``first``,
    ``len``, comparisons, ``not``/``and``/``or``, ``index``) as Go reads them; other functions and
    pipes (``markdownify .bio``, ``.x | safeHTML``) read as the data they are given."""
    if "|" in expr:  # ".name | markdownify": the later stages that render Markdown render it
        first, *stages = expr.split("|")
        value = _value(first, dot, env)
        for stage in stages:
            if len(words := stage.split()) == 1 and words[0] in _MARKDOWN_FUNCTIONS:
                value = _markdownify(value)
        return value
    while expr.startswith("(") and expr.endswith(")") and _balanced(expr[1:-1]):
        expr = expr[1:-1].strip()
    words = _words(expr)
    if not words:
        return None
    head, args = words[0], words[1:]
    arg = lambda i: _value(args[i], dot, env) if i < len(args) else None  # noqa: E731
    if head == "not":
        return not _value(" ".join(args), dot, env)
    if head in _COMPARE and len(args) >= 2:
        return _compare(head, arg(0), arg(1))
    if head in ("and", "or") and args:  # Go's: the first falsy (and) or truthy (or) argument, else the last
        values = [_value(w, dot, env) for w in args]
        return next((v for v in values if bool(v) != (head == "and")), values[-1])
    if head == "in" and len(args) >= 2:
        seq, item = arg(0), arg(1)
        return isinstance(seq, (list, str)) and isinstance(item, str if isinstance(seq, str) else object) and item in seq
    if head in ("strings.Contains", "strings.HasPrefix", "strings.HasSuffix") and len(args) >= 2:
        text, part = arg(0), arg(1)
        if not isinstance(text, str) or not isinstance(part, str):
            return False
        return part in text if head.endswith("Contains") else text.startswith(part) if head.endswith("Prefix") else text.endswith(part)
    if head == "isset" and len(args) >= 2:
        base, key = arg(0), arg(1)
        return isinstance(base, dict) and (key in base or (isinstance(key, str) and _caseless(base, key) is not None))
    if head == "index" and len(args) >= 2:
        base, key = arg(0), arg(1)
        if isinstance(base, dict):
            return base.get(key)
        return base[key] if isinstance(base, list) and isinstance(key, int) and -len(base) <= key < len(base) else None
    if head == "len":
        value = arg(0)
        return len(value) if isinstance(value, (list, dict, str)) else 0
    if head == "where" and len(args) >= 3:
        return _where(arg(0), arg(1), *[_value(w, dot, env) for w in args[2:]])
    if head == "sort" and args:
        return _sort(arg(0), arg(1), arg(2))
    if head in ("first", "last", "after") and len(args) >= 2:
        n, seq = arg(0), arg(1)
        if not isinstance(seq, list) or not isinstance(n, int):
            return None
        return seq[:n] if head == "first" else seq[-n:] if head == "last" and n else seq[n:] if head == "after" else []
    if head == "default" and len(args) >= 2:
        return arg(1) or arg(0)
    if head in ("print", "printf", "delimit") and args:
        return _joined(head, [_value(w, dot, env) for w in args])
    if head in _MARKDOWN_FUNCTIONS and args:
        return _markdownify(arg(len(args) - 1))
    if head in _SHOWS_LAST:
        return arg(len(args) - 1) if args else None  # markdownify .bio, dateFormat "Jan 2" .date
    if head in _SHOWS_FIRST:
        return arg(0)  # replace .title "-" " "
    if not head.startswith((".", "$", '"', "`")) and not _LITERAL.match(head):
        return None  # i18n keys, the clock, substr initials, arithmetic: no workshop text
    value = _literal(head) if not head.startswith((".", "$")) else _path(head, dot, env)
    if callable(value):
        return value(*[_value(w, dot, env) for w in args])
    return value


_COMPARE = {"eq", "ne", "lt", "le", "gt", "ge"}
# functions that show their (last, or first) argument as text, more or less transformed
_SHOWS_LAST = frozenset({
    "safeHTML", "safeHTMLAttr", "safeURL", "safeJS", "safeCSS", "plainify", "htmlUnescape",
    "htmlEscape", "humanize", "title", "upper", "lower", "emojify", "absURL", "relURL", "absLangURL",
    "relLangURL", "string", "chomp", "dateFormat", "time.Format", "truncate", "RenderString",
    ".RenderString", ".Page.RenderString", "$.Page.RenderString", "strings.TrimSpace", "replaceRE",
})
_SHOWS_FIRST = frozenset({"replace", "trim", "strings.TrimPrefix", "strings.TrimSuffix", "strings.Replace"})


_MARKDOWN_FUNCTIONS = ("markdownify", ".RenderString", ".Page.RenderString", "$.Page.RenderString", "RenderString")


def _markdownify(value: Any) -> str | None:
    """Hugo's ``markdownify``: Markdown to HTML, a lone paragraph without its ``<p>``."""
    if value is None or isinstance(value, (dict, list)):
        return None
    html = _MARKDOWN.render(str(value)).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html


def _joined(head: str, values: list[Any]) -> str | None:
    if head == "delimit":
        items, sep = values[0], values[1] if len(values) > 1 else ""
        items = list(items.values()) if isinstance(items, dict) else items
        return str(sep).join(str(i) for i in items) if isinstance(items, list) else None
    if head == "print":
        return "".join("" if v is None else str(v) for v in values)
    pattern, rest = str(values[0] or ""), iter(values[1:])
    return re.sub(r"%[-+# 0-9.]*[svdfqt]", lambda m: str(next(rest, "")), pattern.replace("%%", "\x00")).replace("\x00", "%")

_LITERAL = re.compile(r"^(true|false|nil|-?\d+(\.\d+)?)$")


def _literal(word: str) -> Any:
    if word[:1] in ('"', "`"):
        return word[1:-1]
    if word in ("true", "false"):
        return word == "true"
    if word == "nil":
        return None
    return float(word) if "." in word else int(word)


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return False
    return depth == 0


def _compare(op: str, a: Any, b: Any) -> bool:
    if op in ("eq", "ne"):
        return (a == b) == (op == "eq")
    try:
        return {"lt": a < b, "le": a <= b, "gt": a > b, "ge": a >= b}[op]
    except TypeError:
        return False


def _where(seq: Any, key: Any, *rest: Any) -> list[Any]:
    """``where COLLECTION "field" [OP] VALUE``: the items whose field matches, as Hugo keeps them."""
    if not isinstance(seq, list):
        return []
    op, value = (rest[0], rest[1]) if len(rest) >= 2 else ("eq", rest[0])
    op = {"=": "eq", "==": "eq", "!=": "ne", "<>": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge"}.get(str(op), str(op))
    out = []
    for item in seq:
        field_value = _path(f".{key}", item, _Env(None)) if isinstance(key, str) else None
        if op in _COMPARE:
            keep = _compare(op, field_value, value)
        elif op in ("in", "not in"):
            keep = (field_value in value if isinstance(value, (list, str)) else False) == (op == "in")
        else:
            keep = True
        if keep:
            out.append(item)
    return out


def _sort(seq: Any, key: Any, order: Any) -> Any:
    items = list(seq.values()) if isinstance(seq, dict) else seq
    if not isinstance(items, list):
        return None
    field_of = lambda item: _path(f".{key}", item, _Env(None)) if isinstance(key, str) and key != "value" else item  # noqa: E731
    try:
        return sorted(items, key=lambda item: (field_of(item) is None, field_of(item)), reverse=str(order) == "desc")
    except TypeError:
        return items


def _words(expr: str) -> list[str]:
    return re.findall(r'"[^"]*"|`[^`]*`|\([^()]*(?:\([^()]*\)[^()]*)*\)|\S+', expr)


def _path(path: str, dot: Any, env: _Env) -> Any:
    if path == ".":
        return dot
    if path == "$":
        return env.root
    if path.startswith("$."):
        base, rest = env.root, path[2:]
    elif path.startswith("$"):
        name, _, rest = path.partition(".")
        if name not in env.variables:
            return None
        base = env.variables[name]
    elif path.startswith(".Site") and env.root is not None:
        base, rest = env.root, path[1:]
    else:
        base, rest = dot, path[1:]
    for key in [k for k in rest.split(".") if k]:
        if not isinstance(base, dict):
            return None
        base = base[key] if key in base else _caseless(base, key)
    return base


def _caseless(mapping: dict[Any, Any], key: str) -> Any:
    """Hugo reads config and data keys case-insensitively (``.titles.schedule`` finds ``Titles``)."""
    folded = key.lower()
    return next((v for k, v in mapping.items() if isinstance(k, str) and k.lower() == folded), None)
