"""A Svelte site's pages, rendered from their components without running Svelte.

A SvelteKit site has no HTML page among its sources: ``src/app.html`` is an empty shell
(``%sveltekit.body%``), and a route is a folder's ``+page.svelte`` shown inside the
``+layout.svelte`` files above it, where their ``<slot />`` stands. Its template is HTML with
Svelte's blocks (``{#each speakers as s}``, ``{#if open}`` … ``{:else}`` … ``{/if}``), ``{expr}``
in text and attributes, and often a component library's elements (flowbite's ``<Heading
tag="h2">``, ``<TimelineItem title="Notification" date="March 19, 2025">``). Each file is written
here in the terms ``vue_app`` renders (``v-for``, ``v-if``, ``:prop``, ``{{ }}``, ``<slot>``)
and rendered by it, as ``astro_page`` does Astro's: props bound, loops run over literal data,
what only running it would give left out. A plain Svelte app (``src/App.svelte``) is one page.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from perfm_bot.sources.brackets import attribute_code, closing, tag_end
from perfm_bot.sources.script_text import node_text, parse_script
from perfm_bot.sources.vue_app import destructured_props, render_component

SVELTE_SUFFIX = ".svelte"
SVELTE_CONFIGS = ("svelte.config.js", "svelte.config.mjs", "svelte.config.cjs", "svelte.config.ts")
ROUTE_PAGES = ("+page.svelte", "+page.md", "+page.svx")  # the last two: mdsvex's Markdown routes
_LAYOUT = "+layout.svelte"
_DROPPED = re.compile(r"<!--.*?-->|<style\b.*?</style>", re.S | re.I)
_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script>", re.S | re.I)
_ATTRIBUTE = re.compile(r"\s*([^\s=/>{\"']+)(?:\s*=\s*)?")
_EACH = re.compile(r"^\s*(.+?)\s+as\s+(.+?)\s*(?:\([^()]*\))?\s*$", re.S)
# Svelte's own elements: the head's <title> is the page's; the rest says nothing a visitor reads
_SPECIAL = {"svelte:head": "head", "svelte:fragment": "template", "svelte:element": "div"}
_HEAD = re.compile(r"<head>(.*?)</head>", re.S)
_BRAND = re.compile(r"<\w+ class=\"navbar-brand\"[^>]*>(.*?)</div>", re.S)
_TAG = re.compile(r"<[^>]*>")
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title>", re.S | re.I)


def is_sveltekit(root: Path) -> bool:
    """A SvelteKit site: its config beside ``src/routes/``."""
    return (root / "src" / "routes").is_dir() and any((root / name).is_file() for name in SVELTE_CONFIGS)


def is_svelte_app(root: Path) -> bool:
    """A plain Svelte app (Vite's template): one page, ``src/App.svelte``, and no router."""
    return (root / "src" / "App.svelte").is_file() and not (root / "src" / "routes").is_dir()


def svelte_pages(root: Path) -> list[Path]:
    """The site's pages: each route's ``+page`` file (a ``[slug]`` route is a template for many
    pages, its values only the app knows), or a plain app's ``App.svelte``."""
    if is_svelte_app(root):
        return [root / "src" / "App.svelte"]
    routes = root / "src" / "routes"
    found = [p for p in routes.rglob("+page.*") if p.name in ROUTE_PAGES]
    return sorted(p for p in found if not any("[" in part or part.startswith(".") for part in p.relative_to(routes).parts))


def svelte_permalink(root: Path, path: Path) -> str:
    """``src/routes/cfp/+page.svelte`` is published at ``/cfp/``; a ``(group)`` folder is not in the URL."""
    routes = root / "src" / "routes"
    if routes not in path.parents:
        return "/"
    parts = [p for p in PurePosixPath(path.relative_to(routes).as_posix()).parent.parts if not p.startswith("(")]
    return "/" + "".join(f"{p}/" for p in parts)


def render_svelte(root: Path, page: Path) -> str:
    """The page as an HTML document: inside its layouts, titled by its ``<svelte:head>``'s ``<title>``."""
    routes = (root / "src" / "routes").resolve()
    page = page.resolve()
    layouts = [d / _LAYOUT for d in (page.parent, *page.parent.parents) if (d == routes or routes in d.parents) and (d / _LAYOUT).is_file()]
    body = render_component(root, page, {SVELTE_SUFFIX: svelte_source}, layouts=layouts)
    titles = [t for head in _HEAD.findall(body) for t in _TITLE.findall(head)]
    if not titles and (root / "index.html").is_file():  # a plain app's shell page names it
        titles = _TITLE.findall((root / "index.html").read_text(encoding="utf-8", errors="replace")[:100_000])
    brand = _BRAND.search(body)
    if not titles and brand is not None and _TAG.sub("", brand.group(1)).strip():
        titles = [" ".join(_TAG.sub(" ", brand.group(1)).split())]  # no <title>: the navbar's brand names the site
    head = f"<title>{titles[-1].strip()}</title>" if titles else ""  # the page's own, set after its layouts'
    return f"<html><head>{head}</head><body>{_HEAD.sub('', body)}</body></html>"


def svelte_source(text: str) -> str:
    """A ``.svelte`` file as the single-file component ``vue_app`` reads: its scripts (with the
    props it declares named), its template converted."""
    script = "\n".join(_SCRIPT.findall(text))
    template = _DROPPED.sub("", _SCRIPT.sub("", text))
    return f"<script setup lang=\"ts\">\n{_props_script(script)}\n</script>\n<template>{_template(template)}</template>"


def _props_script(script: str) -> str:
    """``export let title = "…"`` (Svelte 4) and ``let { title = "…" } = $props()`` (Svelte 5) as
    ``defineProps`` with the defaults bound, as Vue's renderer reads props."""
    names: list[str] = []
    defaults: list[str] = []
    root = parse_script(script, True)
    for node in root.named_children:
        exported = node.type == "export_statement"
        declaration = node.child_by_field_name("declaration") if exported else node
        if declaration is None or declaration.type not in ("lexical_declaration", "variable_declaration"):
            continue
        for declarator in (c for c in declaration.named_children if c.type == "variable_declarator"):
            pattern, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
            if exported and pattern is not None and pattern.type == "identifier" and node_text(declaration).startswith("let"):
                names.append(node_text(pattern))
            elif pattern is not None and pattern.type == "object_pattern" and value is not None and node_text(value).startswith("$props("):
                named, given = destructured_props(pattern)
                names += named
                defaults += given
    props = ", ".join(f"'{n}'" for n in names)
    return f"{script}\n{chr(10).join(defaults)}\ndefineProps([{props}]);"


def _template(text: str) -> str:
    """Svelte's blocks as ``<template v-…>``, ``{expr}`` as ``{{ expr }}``, tags' attributes as Vue's."""
    out: list[str] = []
    stack: list[str] = []  # the open blocks: "if", "each", "key", "snippet"
    skipping = 0  # depth inside what only running the app shows: {#await}, an {#each}'s {:else}
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "<" and i + 1 < len(text) and (text[i + 1].isalpha() or text[i + 1] == "/"):
            end = tag_end(text, i)
            if not skipping:
                out.append(_tag(text[i:end]))
            i = end
        elif ch == "{":
            end = closing(text, i)
            code = text[i + 1 : end].strip()
            i = end + 1
            word = re.match(r"[#:/@]\w*", code)
            mark, rest = (word.group(0), code[word.end() :].strip()) if word else ("", code)
            if skipping:
                if mark.startswith("#"):
                    skipping += 1
                elif mark.startswith("/"):
                    skipping -= 1
                    if skipping == 0 and stack:
                        stack.pop()  # an {#await} or an {#each}'s {:else}: nothing was opened for it
                continue
            if mark == "#if":
                stack.append("if")
                out.append(f'<template v-if="{attribute_code(rest)}">')
            elif mark == "#each":
                stack.append("each")
                loop = _EACH.match(rest)
                head = f"{_alias(loop.group(2))} in {attribute_code(loop.group(1))}" if loop else "_ in []"
                out.append(f'<template v-for="{head}">')
            elif mark in ("#key", "#snippet"):
                stack.append(mark[1:])
                out.append("<template>")
            elif mark == "#await":
                stack.append("await")
                skipping = 1
            elif mark == ":else" and stack and stack[-1] == "each":
                out.append("</template>")
                stack[-1] = "each-else"
                skipping = 1  # shown only when the list is empty
            elif mark == ":else" and rest.startswith("if"):
                out.append(f'</template><template v-else-if="{attribute_code(rest[2:].strip())}">')
            elif mark == ":else":
                out.append("</template><template v-else>")
            elif mark.startswith("/"):
                if stack and stack.pop() not in ("await", "each-else"):
                    out.append("</template>")
            elif mark == "@html":
                out.append(f'<span v-html="{attribute_code(rest)}"></span>')
            elif mark == "@render" and re.match(r"children\b", rest):
                out.append("<slot></slot>")  # Svelte 5's slot
            elif not mark:
                out.append("{{ " + code + " }}")
        else:
            if not skipping:
                out.append(ch)
            i += 1
    return "".join(out)


def _alias(alias: str) -> str:
    """``speaker, i`` stays; ``{ name, org }, i`` as Vue's destructuring ``({ name, org }, i)``."""
    alias = " ".join(alias.split())
    return f"({alias})" if "," in alias else alias


def _tag(tag: str) -> str:
    """One tag with Svelte's attributes as Vue's: ``title={t}`` as ``:title="t"``, ``{href}`` as
    ``:href="href"``, ``href="{url}"`` as ``:href="url"``; directives (``on:click``, ``bind:``,
    ``class:``) and spreads dropped; ``<svelte:head>`` as the ``<head>`` the page's title is read from."""
    closing_tag = tag.startswith("</")
    name_match = re.match(r"</?\s*([\w:.-]+)", tag)
    if name_match is None:
        return tag
    name = name_match.group(1)
    special = _SPECIAL.get(name)
    if name.startswith("svelte:") and special is None:
        return ""  # <svelte:window>, <svelte:options>, <svelte:component this={…}>: nothing shown
    shown_name = special or name
    if closing_tag:
        return f"</{shown_name}>"
    self_closing = tag.rstrip(">").rstrip().endswith("/")
    body = tag[name_match.end() : len(tag) - 1].rstrip()
    body = body[:-1] if self_closing else body
    attrs: list[str] = []
    i = 0
    while i < len(body):
        if body[i].isspace():
            i += 1
            continue
        if body[i] == "{":  # {href} shorthand, or {...rest}
            end = closing(body, i)
            code = body[i + 1 : end].strip()
            if re.fullmatch(r"[\w$]+", code):
                attrs.append(f':{code}="{code}"')
            i = end + 1
            continue
        match = _ATTRIBUTE.match(body, i)
        if match is None or not match.group(1):
            i += 1
            continue
        key = match.group(1)
        i = match.end()
        value: str | None = None
        bound = False
        if body[match.start() : match.end()].rstrip().endswith("=") or "=" in body[match.start() : match.end()]:
            if i < len(body) and body[i] == "{":
                end = closing(body, i)
                value, bound = body[i + 1 : end].strip(), True
                i = end + 1
            elif i < len(body) and body[i] in "\"'":
                end = body.find(body[i], i + 1)
                end = len(body) if end < 0 else end
                raw = body[i + 1 : end]
                i = end + 1
                whole = re.fullmatch(r"\s*\{([^{}]*)\}\s*", raw)
                value, bound = (whole.group(1).strip(), True) if whole else (re.sub(r"\{[^{}]*\}", "", raw), False)
            else:
                end = i
                while end < len(body) and not body[end].isspace():
                    end += 1
                value, i = body[i:end], end
        if ":" in key:
            continue  # on:click, bind:open, class:active, use:, transition:, let:
        if value is None:
            attrs.append(key)
        elif bound:
            attrs.append(f':{key}="{attribute_code(value)}"')
        else:
            attrs.append(f'{key}="{value.replace(chr(34), "&quot;")}"')
    inner = "".join(f" {a}" for a in attrs)
    return f"<{shown_name}{inner}{' /' if self_closing else ''}>"
