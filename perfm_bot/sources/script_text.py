"""The text a site keeps in its scripts, as HTML for the page reader.

Some workshop sites publish their facts from JavaScript: a plain page whose ``config.js`` holds
``const DATA = {importantDates: [{label: "Paper deadline", previousDate: "July 20", date:
"July 27"}]}`` and a script that fills the page from it, or a React app whose pages are JSX.
Read as HTML alone, such a page says "loading…" where its dates should be. The script is parsed
with a real JavaScript parser (tree-sitter, JSX included) and never run: literals are data,
everything computed is left out, so nothing a visitor could not see is invented.

- A data literal becomes sections and lists: an object's keys as headings ("importantDates" →
  "Important dates"), a list of records as a headerless table, one row per record
  ("Paper deadline — July 27"), so one record answers one question. A key saying its value was
  replaced (``previousDate``, ``oldDeadline``) is struck, which the page reader never presents as
  current. Presentational keys (``id``, ``className``, ``image``…) are not text.
- JSX is written out as the HTML it renders: comments and computed expressions (``{x.map(…)}``,
  ``{open && …}``) are dropped, a string expression (``{"text"}``) is kept, ``style={{display:
  'none'}}`` and ``hidden`` stay, so the reader drops what the page hides.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from tree_sitter import Language, Node, Parser

# (a JSX node, whether it stands alone in its element) -> its HTML, or None for the plain reading
Expand = Callable[[Node, bool], "str | None"]

SCRIPT_SUFFIXES = (".js", ".jsx", ".mjs", ".ts", ".tsx")
TYPESCRIPT_SUFFIXES = (".ts", ".tsx")
MAX_SCRIPT_BYTES = 400_000
_MINIFIED_LINE = 2_000  # a line this long is a bundle or a library, not a site's own data
_SUPERSEDED_KEY = re.compile(r"^(?:previous|prev|old|original|former|earlier|was|prior)(?=[A-Z_]|$)", re.I)
_NOT_TEXT_KEYS = frozenset(
    {"id", "key", "classname", "class", "style", "icon", "image", "img", "photo", "picture", "avatar", "logo",
     "color", "colour", "type", "variant", "size", "width", "height", "slug", "component", "ref", "src", "alt",
     "target", "rel", "emphasis", "order", "index"}
)
_EMAIL_OR_URL = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|mailto:\S+)$")
_CLOCK_OR_DATE = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_IMAGE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|avif|ico)$", re.I)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[_-]+")
_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": "", "0": ""}


@lru_cache(maxsize=2)
def _parser(typescript: bool = False) -> Parser:
    if typescript:  # TSX's grammar: TypeScript with JSX; type annotations are skipped like any code
        import tree_sitter_typescript

        return Parser(Language(tree_sitter_typescript.language_tsx()))
    import tree_sitter_javascript

    return Parser(Language(tree_sitter_javascript.language()))


_COMMENTS = re.compile(r"<!--.*?-->", re.S)
_SCRIPT_SRC = re.compile(r"""<script\b[^>]*?\bsrc\s*=\s*["']([^"'?#]+)["'][^>]*>""", re.I)
_TEST_FILE = re.compile(r"\.(?:test|spec|stories)\.\w+$|\.d\.ts$", re.I)


def local_script_srcs(html_text: str) -> list[str]:
    """The ``src`` of each script a page loads from its own site (not commented out, not remote)."""
    found = []
    for src in _SCRIPT_SRC.findall(_COMMENTS.sub(" ", html_text)):
        if "://" in src or src.startswith("//") or not src.lower().endswith(SCRIPT_SUFFIXES):
            continue
        found.append(src)
    return found


def is_app_source(name: str) -> bool:
    """A JavaScript app's own source file, not a test, a story or a type declaration."""
    return name.lower().endswith(SCRIPT_SUFFIXES) and not _TEST_FILE.search(name)


def is_site_script(text: str) -> bool:
    """A site's own script, not a minified bundle or a vendored library."""
    return len(text) <= MAX_SCRIPT_BYTES and all(len(line) <= _MINIFIED_LINE for line in text.splitlines())


def script_html(text: str, typescript: bool = False, section_level: int = 2) -> str:
    """The published text of one script file as HTML ('' when it holds none); each named data
    literal is a section headed at ``section_level``."""
    if not text.strip() or not is_site_script(text):
        return ""
    return _file_html(parse_script(text, typescript), jsx=True, section_level=section_level)


def parse_script(text: str, typescript: bool = False) -> Node:
    """A script's syntax tree (tree-sitter's; never run). A bare ``&`` in JSX text ("Challenge
    Q&A") is one to React, but tree-sitter's grammar stops there and the page around it falls
    apart into fragments; it is parsed as ``&amp;``, which reads the same."""
    source = text.encode("utf-8", errors="replace")
    tree = _parser(typescript).parse(source)
    for _ in range(_AMPERSAND_ROUNDS):
        if not tree.root_node.has_error:
            break
        at = sorted(_stopped_at_ampersand(tree.root_node, source), reverse=True)
        if not at:
            break
        for offset in at:
            source = source[:offset] + b"&amp;" + source[offset + 1 :]
        tree = _parser(typescript).parse(source)
    return tree.root_node


_AMPERSAND_ROUNDS = 3  # each round mends the ampersands the last parse tripped on
_JSX_BEFORE_TEXT = frozenset({"jsx_text", "jsx_opening_element", "jsx_closing_element", "jsx_self_closing_element", "jsx_expression"})


def _stopped_at_ampersand(root: Node, source: bytes) -> set[int]:
    """Where JSX text broke off at a bare ``&``: a piece of JSX ending right before one, inside
    the parts of the tree that hold an error."""
    found, stack = set(), [root]
    while stack:
        node = stack.pop()
        if node.type in _JSX_BEFORE_TEXT and _bare_ampersand(source, node.end_byte):
            found.add(node.end_byte)
        if node.has_error:
            stack.extend(node.children)
    return found


def _bare_ampersand(source: bytes, offset: int) -> bool:
    """An ``&`` that is neither ``&&``/``&=`` nor the start of a character reference."""
    if source[offset : offset + 1] != b"&" or source[offset - 1 : offset] == b"&":
        return False
    return re.match(rb"&(?:&|=|#?\w+;)", source[offset : offset + 12]) is None


def data_html(root: Node, skip: frozenset[str] = frozenset(), shown: frozenset[str] | None = None) -> str:
    """The data literals of a parsed script, as ``script_html`` writes them, without its JSX
    (nor those bound to a name in ``skip``); ``shown``: the keys the components that show this
    data read (a module of data has no JSX of its own to tell)."""
    return _file_html(root, jsx=False, skip=skip, used=shown)


def binding_html(root: Node, name: str, shown: frozenset[str] | None = None) -> str:
    """One named data literal of a parsed script (``"default"``: its default export) as
    ``data_html`` writes it, without a heading: the component that maps over it gives one."""
    for node in _texts(root):
        if not isinstance(node, Node) and (node[0] or "default") == name:
            return _data(node[1], 3, _rendered_keys(root) if shown is None else shown)
    return ""


def local_imports(
    root: Node, resolve: Callable[[str], Path | None], namespaces: bool = False
) -> dict[str, tuple[Path, str]]:
    """``import Card from "./card"``, ``import { Card as C } from "@/components/card"`` (and with
    ``namespaces``, ``import * as data from "./data"``): each name a file uses, with the file
    ``resolve`` finds for its source (None: a package, not the site's text) and the name it has
    there ("default", "*" for the whole module)."""
    found: dict[str, tuple[Path, str]] = {}
    for node in root.named_children:
        if node.type != "import_statement":
            continue
        source = node.child_by_field_name("source")
        spec = literal_text(source) if source is not None else None
        target = resolve(spec) if spec else None
        if target is None:
            continue
        for clause in (c for c in node.named_children if c.type == "import_clause"):
            for part in clause.named_children:
                if part.type == "identifier":
                    found[_source(part)] = (target, "default")
                elif part.type == "namespace_import" and namespaces:
                    names = [c for c in part.named_children if c.type == "identifier"]
                    if names:
                        found[_source(names[0])] = (target, "*")
                elif part.type == "named_imports":
                    for item in part.named_children:
                        original = item.child_by_field_name("name")
                        alias = item.child_by_field_name("alias") or original
                        if item.type == "import_specifier" and original is not None and alias is not None:
                            found[_source(alias)] = (target, _source(original))
    return found


def shown_keys(root: Node) -> frozenset[str] | None:
    """The property names a file's JSX reads; None for a file without JSX (see ``_rendered_keys``)."""
    return _rendered_keys(root)


def jsx_html(node: Node, expand: Expand | None = None) -> str:
    """One JSX tree as the HTML it renders; ``expand`` as in ``_jsx``."""
    return _jsx(node, expand)


def pair_key(pair: Node) -> str:
    """An object literal pair's key as written (``title`` and ``"title"`` alike)."""
    return _key(pair)


def node_text(node: Node | None) -> str:
    """A node's source text ('' for none)."""
    return _source(node) if node is not None else ""


def literal_text(node: Node) -> str | None:
    """A string literal's value; None for anything computed."""
    return _string(node)


def attribute_text(node: Node) -> str:
    """A JSX attribute's value when it is a literal string ('' otherwise)."""
    return _attr_value(node)


def _file_html(
    root: Node, jsx: bool, skip: frozenset[str] = frozenset(), used: frozenset[str] | None = None, section_level: int = 2
) -> str:
    used = _rendered_keys(root) if used is None else used
    out: list[str] = []
    for node in _texts(root):
        if isinstance(node, Node):
            if jsx:
                out.append(_jsx(node))
        else:
            name, value = node
            if name in skip:
                continue
            rendered = _data(value, 2, used)
            if rendered:
                heading = html.escape(_words(name))
                h = f"h{section_level}"
                out.append(f"<section><{h}>{heading}</{h}>{rendered}</section>" if heading else rendered)
    return "\n".join(part for part in out if part.strip())


def _texts(node: Node) -> Iterator:
    """Outermost JSX trees, and data literals bound to a name, in source order."""
    for child in node.named_children:
        if child.type in ("jsx_element", "jsx_self_closing_element", "jsx_fragment"):
            yield child
            continue
        if child.type in ("variable_declarator", "assignment_expression", "pair"):
            value = _literal(child.child_by_field_name("value") or child.child_by_field_name("right"))
            name = child.child_by_field_name("name") or child.child_by_field_name("left")
            if value is not None and value.type in ("object", "array") and child.type != "pair":
                yield (_name(name), value)
                continue
        if child.type == "export_statement":
            value = child.child_by_field_name("value")
            if value is not None and value.type in ("object", "array"):
                yield ("", value)
                continue
        if child.type in ("comment", "jsx_expression"):
            continue
        yield from _texts(child)


def _rendered_keys(root: Node) -> frozenset[str] | None:
    """The property names a JSX file's live code reads (``speaker.name``, ``{name, title}``,
    ``item["time"]``); None for a file without JSX, whose data other scripts may read. Commented-out
    code is a comment to the parser, so a key read only there is not read."""
    keys: set[str] = set()
    defined: set[str] = set()
    plain_values: set[str] = set()
    handed: list[tuple[str, str]] = []  # (component, what it is handed: "..." for a spread)
    jsx = False
    stack = [root]
    while stack:
        node = stack.pop()
        kind = node.type
        if kind.startswith("jsx_"):
            jsx = True
        if kind == "member_expression":
            prop, owner = node.child_by_field_name("property"), node.child_by_field_name("object")
            if prop is not None:
                keys.add(_source(prop))
                if owner is not None:  # speaker.keynote.title: "keynote.title", a nested record's key
                    keys.add(f"{_source(owner).rsplit('.', 1)[-1]}.{_source(prop)}")
        elif kind == "subscript_expression":
            index = node.child_by_field_name("index")
            if index is not None and (text := _string(index)) is not None:
                keys.add(text)
        elif kind == "shorthand_property_identifier_pattern":
            keys.add(_source(node))
        elif kind == "pair_pattern":
            key = node.child_by_field_name("key")
            if key is not None:
                keys.add(_string(key) or _source(key))
        elif kind in ("function_declaration", "variable_declarator", "class_declaration"):
            name = node.child_by_field_name("name")
            if name is not None:
                defined.add(_source(name))
                value = node.child_by_field_name("value")
                if value is not None and value.type in _PRIMITIVE_LITERALS:
                    plain_values.add(_source(name))  # const YELLOW = "#ffb500": a value, no record
        elif kind in ("jsx_opening_element", "jsx_self_closing_element"):
            name = _source(node.child_by_field_name("name") or node)
            if name[:1].isupper():
                handed += [(name.split(".", 1)[0], h) for c in node.named_children if (h := _hands_a_record(c))]
        stack.extend(node.named_children)
    # a component given a record (an <a onClick={f}> hands on nothing; iconColor={YELLOW} a value)
    spread_into = {component for component, handed_name in handed if handed_name not in plain_values}
    if not jsx or spread_into - defined:
        return None  # <Card {...speaker}/> or <Card speaker={s}/>, Card written elsewhere: any key may show
    return frozenset(keys)


_PRIMITIVE_LITERALS = frozenset({"string", "template_string", "number", "true", "false", "null"})


def _hands_a_record(node: Node) -> str:
    """``{...speaker}`` or ``speaker={s}`` on a JSX element: a whole record handed on ("..." for a
    spread, else the name handed, which may yet be a constant value); '' for none."""
    if node.type == "jsx_expression":
        return "..." if any(c.type == "spread_element" for c in node.named_children) else ""
    if node.type == "jsx_attribute" and len(node.named_children) > 1 and _source(node.named_children[0]) != "key":
        value = node.named_children[1]  # React's key={index} is no prop
        inner = [c for c in value.named_children if c.type != "comment"] if value.type == "jsx_expression" else []
        return _source(inner[0]) if len(inner) == 1 and inner[0].type == "identifier" else ""
    return ""


def _literal(node: Node | None) -> Node | None:
    """The data literal a binding holds, also when a call only wraps it: ``useMemo(() => [...], [])``,
    ``useState({...})``, ``Object.freeze([...])`` keep their literal as it is written, so it is data
    the page shows like a bare ``const x = [...]``. Anything else (a computed call) is returned as is."""
    if node is None or node.type != "call_expression":
        return node
    args = node.child_by_field_name("arguments")
    first = next((c for c in args.named_children if c.type != "comment"), None) if args is not None else None
    if first is not None and first.type == "arrow_function":
        first = first.child_by_field_name("body")
        while first is not None and first.type == "parenthesized_expression" and first.named_children:
            first = first.named_children[0]
    return first if first is not None and first.type in ("object", "array") else node


def _name(node: Node | None) -> str:
    if node is None:
        return ""
    text = _source(node)
    return text.rsplit(".", 1)[-1] if node.type in ("identifier", "member_expression") else ""


def _words(name: str) -> str:
    """``importantDates`` → 'Important dates'; an all-capitals name (``DATA``, ``CONFIG``) says nothing."""
    if not name or name.isupper():
        return ""
    words = [w for w in _CAMEL.split(name) if w]
    text = " ".join(w if w.isupper() else w.lower() for w in words)
    return text[:1].upper() + text[1:]


def _source(node: Node) -> str:
    return node.text.decode("utf-8", errors="replace") if node.text else ""


def _string(node: Node) -> str | None:
    """A string literal's value (a template without substitutions counts); None for anything computed."""
    if node.type == "string":
        raw = _source(node)[1:-1]
    elif node.type == "template_string":
        if any(c.type == "template_substitution" for c in node.named_children):
            return None
        raw = _source(node)[1:-1]
    else:
        return None
    return _ESCAPE.sub(_unescape, raw)


def _unescape(match: re.Match) -> str:
    code = match.group(1)
    if code.startswith("u{"):
        return chr(int(code[2:-1], 16))
    if code[0] in "ux" and len(code) > 1:
        return chr(int(code[1:], 16))
    return _SIMPLE_ESCAPES.get(code, code)


def is_text_prop(key: str, value: str) -> bool:
    """Whether a component's prop holds text it shows (``title="Keynote"``, ``date="9:00"``), not
    a setting (``color="blue"``, ``icon="calendar"``, an image's path)."""
    return key.lower() not in _NOT_TEXT_KEYS and _is_text(value)


def _is_text(value: str) -> bool:
    value = value.strip()
    if _CLOCK_OR_DATE.search(value) and not _IMAGE.search(value):
        return True  # "8:00-8:15", "2025-10-01": a programme's or a deadline's value without a letter
    if not value or _IMAGE.search(value) or not re.search(r"[^\W\d_]", value):
        return False
    # one lowercase word is a setting ("swing", "dark"); a capitalised one is a name ("Workshop", "MIT")
    return bool(re.search(r"\s|\d", value) or _EMAIL_OR_URL.match(value) or value[0].isupper())


def _data(node: Node, level: int, used: frozenset[str] | None = None) -> str:
    """An object or array literal as HTML (see the module docstring)."""
    if node.type == "array":
        items = [c for c in node.named_children if c.type != "comment"]
        if items and all(i.type == "object" for i in items):
            rows = [_record(i, used) for i in items]
            rows = [r for r in rows if r]
            return "<table>" + "".join(rows) + "</table>" if rows else ""
        out = []
        for item in items:
            text = _value(item, level + 1, used)
            if text:
                out.append(f"<li>{text}</li>")
        return "<ul>" + "".join(out) + "</ul>" if out else ""
    if node.type == "object":
        sections, plain = [], []
        for key, value in _text_pairs(node, used):
            if value.type in ("object", "array"):
                inner = _data(value, min(level + 1, 6), used)
                if inner:
                    heading = html.escape(_words(key))
                    sections.append(f"<h{level}>{heading}</h{level}>{inner}" if heading else inner)
                continue
            text = _value(value, level + 1, used)
            if text:
                struck = _SUPERSEDED_KEY.match(key)
                plain.append(f"<dt>{html.escape(_words(key))}</dt><dd>{f'<s>{text}</s>' if struck else text}</dd>")
        return ("<dl>" + "".join(plain) + "</dl>" if plain else "") + "".join(sections)
    return _value(node, level, used)


def _record(node: Node, used: frozenset[str] | None = None) -> str:
    """One record as a table row: its text values in order, a replaced value struck beside the new one."""
    cells: list[str] = []
    struck = ""
    for key, value in _text_pairs(node, used):
        text = _value(value, 4, used) if value.type not in ("object", "array") else _flat(value, used, key)
        if not text:
            continue
        if _SUPERSEDED_KEY.match(key):
            struck = f"<s>{text}</s> "
        else:
            cells.append(f"{struck}{text}" if struck and cells else text)
            struck = "" if cells else struck
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>" if cells else ""


def _text_pairs(node: Node, used: frozenset[str] | None = None, parent: str = "") -> Iterator[tuple[str, Node]]:
    """An object literal's keys and values, those that may hold text (not ``id``, ``image``…) and
    that the script shows: when the file reads some of the object's keys (``speaker.profile``) but
    never this one (its ``speaker.keynote.title`` only in a comment), the page never renders it. A
    nested record's keys count when read through its key (``keynote.title``), not any ``.title``."""
    pairs = [(_key(pair), pair.child_by_field_name("value")) for pair in node.named_children if pair.type == "pair"]
    shown = {key for key, _ in pairs if used is not None and (f"{parent}.{key}" if parent else key) in used}
    for key, value in pairs:
        if value is not None and key.lower() not in _NOT_TEXT_KEYS and (not shown or key in shown):
            yield key, value


def _flat(node: Node, used: frozenset[str] | None = None, parent: str = "") -> str:
    """A nested list inside a record (a speaker's talks), as one cell."""
    if node.type == "object":
        texts = [t for _, v in _text_pairs(node, used, parent) if (t := _value(v, 5))]
        return "; ".join(texts)
    texts = [t for c in node.named_children if (t := _value(c.child_by_field_name("value") or c, 5, used))]
    return "; ".join(texts)


def _key(pair: Node) -> str:
    key = pair.child_by_field_name("key")
    if key is None:
        return ""
    text = _string(key)
    return text if text is not None else _source(key)


def _value(node: Node, level: int, used: frozenset[str] | None = None) -> str:
    if node.type in ("jsx_element", "jsx_self_closing_element", "jsx_fragment"):
        return _jsx(node)
    if node.type in ("object", "array"):
        return _data(node, level, used)
    text = _string(node)
    if text is None or not _is_text(text):
        return ""
    # a value written with inline markup ("<del>June 29</del> <b>July 6</b>") is shown as HTML by
    # the script that puts it on the page: its struck date is struck, not shown as "<del>"
    return text if _INLINE_MARKUP.search(text) else html.escape(text)


_INLINE_MARKUP = re.compile(r"</?(?:b|i|em|strong|del|s|strike|a|br|span|u|sup|sub|small|code|mark)\b[^<>]*>", re.IGNORECASE)


def _jsx(node: Node, expand: Expand | None = None) -> str:
    """A JSX tree as the HTML it renders (see the module docstring). ``expand`` writes in what the
    tree alone cannot say (a component's own JSX, a prop's value; ``jsx_app``), None where it cannot."""
    if node.type == "jsx_text":
        return _source(node)
    if node.type == "html_character_reference":
        return _source(node)
    if node.type == "jsx_expression":
        inner = [c for c in node.named_children if c.type != "comment"]
        if len(inner) == 1 and (text := _string(inner[0])) is not None:
            return html.escape(text)
        if expand is not None and (found := expand(node, False)) is not None:
            return found
        return ""
    if node.type == "jsx_self_closing_element":
        tag, attrs, props = _opening(node)
        if tag is None:
            if expand is not None and (found := expand(node, False)) is not None:
                return found
            return f"<p>{props}</p>" if props else ""
        return f"<{tag}{attrs}>" if tag in ("br", "hr") else f"<{tag}{attrs}></{tag}>"
    if node.type in ("jsx_element", "jsx_fragment"):
        opening = node.child_by_field_name("open_tag")
        tag, attrs, props = _opening(opening) if opening is not None else ("", "", "")
        if tag is None and expand is not None and (found := expand(node, False)) is not None:
            return found
        children = [c for c in node.named_children if c.type not in ("jsx_opening_element", "jsx_closing_element")]
        said = [c for c in children if c.type != "jsx_text" or _source(c).strip()]
        if expand is not None and len(said) == 1 and said[0].type == "jsx_expression" and (alone := expand(said[0], True)) is not None:
            body = alone  # a prop alone in its element: a title prop there is the section's heading
        else:
            body = "".join(_jsx(c, expand) for c in children)
        if not tag:  # a fragment or a component: its children (and a component's text props) stand
            return (f"<p>{props}</p>" if props else "") + f"<div>{body}</div>"
        return f"<{tag}{attrs}>{body}</{tag}>"
    return ""


_KEPT_ATTRS = ("href", "hidden", "aria-hidden", "colSpan", "rowSpan", "id")


def _opening(node: Node) -> tuple[str | None, str, str]:
    """The tag (None for a component), the attributes the reader uses, a component's text props."""
    name = node.child_by_field_name("name")
    tag = _source(name) if name is not None else ""
    component = not tag or not tag[:1].islower() or "." in tag
    attrs, props = [], []
    for attr in node.named_children:
        if attr.type != "jsx_attribute":
            continue
        parts = attr.named_children
        key = _source(parts[0]) if parts else ""
        value = parts[1] if len(parts) > 1 else None
        text = _attr_value(value) if value is not None else ""
        if component:
            if key == "to" and text.startswith(("/", "#", ".")):
                continue  # a router link's target (<Link to="/program/#keynote">): its text is the link
            if text and is_text_prop(key, text):
                props.append(html.escape(text))
        elif key == "style" and value is not None and re.search(r"display\s*:\s*['\"]none|visibility\s*:\s*['\"]hidden", _source(value)):
            attrs.append(' style="display:none"')
        elif key == "style" and value is not None and re.search(r"textDecoration\w*\s*:\s*['\"][^'\"]*line-through", _source(value)):
            attrs.append(' style="text-decoration:line-through"')
        elif key in ("className", "class") and text:
            attrs.append(f' class="{html.escape(text)}"')  # as the built page has it: a class may strike its text
        elif key in _KEPT_ATTRS:
            attrs.append(f' {key.lower()}="{html.escape(text)}"' if value is not None else f" {key.lower()}")
    return (None if component else tag), "".join(attrs), " — ".join(props)


def _attr_value(node: Node) -> str:
    if node.type == "string":
        return html.unescape(_source(node)[1:-1])
    if node.type == "jsx_expression":
        inner = [c for c in node.named_children if c.type != "comment"]
        if len(inner) == 1:
            return _string(inner[0]) or ""
    return ""
