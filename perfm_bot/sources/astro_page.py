"""An Astro page (``src/pages/index.astro``) rendered from its components, without running Astro.

An ``.astro`` file is a script fence (``---`` … ``---``: imports, ``const { organizers =
site_config.organizers } = Astro.props``) over an HTML template whose ``{…}`` hold JavaScript:
``{organizers.map((org) => (<Speaker name={org.name} />))}``, ``{description && (<p>…</p>)}``.
Many workshop sites keep their whole home page so, its facts in a TypeScript config. The template
is written here in the terms ``vue_app`` renders (``v-for``, ``v-if``, ``:prop``, ``{{ }}``) and
rendered by it: props bound, loops run over the literal data, the rest left out.
"""

from __future__ import annotations

import re
from pathlib import Path

from tree_sitter import Node

from perfm_bot.sources.brackets import attribute_code, closing, tag_end
from perfm_bot.sources.script_text import node_text, parse_script
from perfm_bot.sources.svelte_page import SVELTE_SUFFIX, svelte_source
from perfm_bot.sources.vue_app import Converters, destructured_props, render_component

ASTRO_SUFFIX = ".astro"
_FENCE = re.compile(r"\A\s*---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.S)
_DROPPED = re.compile(r"<!--.*?-->|<script\b.*?</script>|<style\b.*?</style>", re.S | re.I)
_MAP = re.compile(r"^\s*([\w$.?\[\]]+?)\s*\.map\(\s*\(?\s*([\w$]+)\s*(?:,\s*([\w$]+)\s*)?\)?\s*=>\s*(.*)\)\s*$", re.S)
_GUARDED_MAP = re.compile(r"^\s*([^<?(]+?)\s*&&\s*([\w$.?\[\]]+\.map\(.*)$", re.S)
_AND = re.compile(r"^\s*(.+?)\s*&&\s*(\(?\s*<.*)$", re.S)


def is_astro_page(path: Path) -> bool:
    return path.suffix.lower() == ASTRO_SUFFIX and "pages" in path.parts


def render_astro(root: Path, page: Path) -> str:
    """The page as an HTML document (its layout component around it, like every component)."""
    return f"<html><head></head><body>{render_component(root, page.resolve(), converters())}</body></html>"


def converters() -> Converters:
    """How an Astro page's components are read: its own, and the Svelte ones it may show (an island)."""
    return {ASTRO_SUFFIX: vue_source, SVELTE_SUFFIX: svelte_source}


def vue_source(text: str) -> str:
    """An ``.astro`` file as the single-file component ``vue_app`` reads: its fence as the script
    (``Astro.props`` destructured into props with their defaults), its template converted."""
    fence = _FENCE.match(text)
    script, template = (fence.group(1), text[fence.end():]) if fence else ("", text)
    return f"<script setup lang=\"ts\">\n{_props_script(script)}\n</script>\n<template>{_template(_DROPPED.sub('', template))}</template>"


def _props_script(script: str) -> str:
    """``const { a = site.a, b } = Astro.props`` as ``defineProps`` with defaults Vue's renderer reads."""
    root = parse_script(script, True)
    names: list[str] = []
    defaults: list[str] = []
    for node in _declarators(root):
        value = node.child_by_field_name("value")
        pattern = node.child_by_field_name("name")
        while value is not None and value.type in ("as_expression", "satisfies_expression", "parenthesized_expression") and value.named_children:
            value = value.named_children[0]
        if value is None or pattern is None or pattern.type != "object_pattern" or node_text(value) != "Astro.props":
            continue
        named, given = destructured_props(pattern)
        names += named
        defaults += given
    props = ", ".join(f"'{n}'" for n in names)
    return f"{script}\n{chr(10).join(defaults)}\ndefineProps([{props}]);"


def _declarators(root: Node) -> list[Node]:
    found = []
    for node in root.named_children:
        declaration = node.child_by_field_name("declaration") if node.type == "export_statement" else node
        if declaration is not None and declaration.type in ("lexical_declaration", "variable_declaration"):
            found += [c for c in declaration.named_children if c.type == "variable_declarator"]
    return found


def _template(text: str) -> str:
    """Each ``{…}`` outside a tag as Vue would write it; ``attr={…}`` inside one as ``:attr``."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "<" and i + 1 < len(text) and (text[i + 1].isalpha() or text[i + 1] == "/"):
            end = tag_end(text, i)
            out.append(_tag(text[i:end]))
            i = end
        elif ch == "{":
            end = closing(text, i)
            out.append(_expression(text[i + 1 : end]))
            i = end + 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _expression(code: str) -> str:
    if (loop := _MAP.match(code)) is not None:
        items, item, index, body = loop.groups()
        head = f"({item}, {index})" if index else item
        return f'<template v-for="{attribute_code(head)} in {attribute_code(items)}">{_template(_unwrap(body))}</template>'
    if (choice := _ternary(code)) is not None:
        condition, yes, no = choice
        return (f'<template v-if="{attribute_code(condition)}">{_template(_unwrap(yes))}</template>'
                f'<template v-else>{_template(_unwrap(no))}</template>')
    guarded = _GUARDED_MAP.match(code)  # event.papers && event.papers.length > 0 && event.papers.map(…)
    if guarded is not None and _MAP.match(guarded.group(2)) is not None:
        return f'<template v-if="{attribute_code(guarded.group(1))}">{_expression(guarded.group(2))}</template>'
    if (shown := _AND.match(code)) is not None:
        condition, body = shown.groups()
        return f'<template v-if="{attribute_code(condition)}">{_template(_unwrap(body))}</template>'
    if "<" in code:
        return ""  # JSX built some other way (a function's body, a filter): not known without running it
    return "{{ " + code.strip() + " }}"


def _ternary(code: str) -> tuple[str, str, str] | None:
    """``cond ? ( <A/> ) : ( <B/> )``, each branch a parenthesised tree (their classes hold colons)."""
    condition = re.match(r"^\s*([^?<]+?)\s*\?\s*\(", code)
    if condition is None:
        return None
    start = condition.end() - 1
    end = closing(code, start, "(", ")")
    rest = re.match(r"\s*:\s*", code[end + 1 :])
    if rest is None or "<" not in code[start:end]:
        return None
    return condition.group(1), code[start + 1 : end], code[end + 1 + rest.end() :]


def _tag(tag: str) -> str:
    """``<Speaker name={org.name} set:html={x} {...rest}>`` as ``<Speaker :name="org.name" v-html="x">``."""
    out: list[str] = []
    i = 0
    while i < len(tag):
        match = re.compile(r"([\w:@.-]+)=\{").match(tag, i) if tag[i - 1 : i].isspace() else None
        if match:
            end = closing(tag, match.end() - 1)
            name, code = match.group(1), tag[match.end() : end]
            if name in ("set:html", "set:text"):
                out.append(f'v-{name.split(":")[1]}="{attribute_code(code)}"')
            elif ":" not in name:
                out.append(f':{name}="{attribute_code(code)}"')
            i = end + 1
        elif tag[i] == "{":  # {...spread}, an attribute only running it could name
            i = closing(tag, i) + 1
        else:
            out.append(tag[i])
            i += 1
    return "".join(out)


def _unwrap(body: str) -> str:
    """``( <div>…</div> )`` → ``<div>…</div>``: the parentheses JSX puts around a multi-line tree."""
    body = body.strip()
    while body.startswith("(") and body.endswith(")"):
        body = body[1:-1].strip()
    return body
