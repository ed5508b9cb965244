"""A Vue app's pages, rendered from its single-file components without running the app.

A Vue site publishes one empty shell (``index.html`` with ``<div id="app">``) and writes every
fact from ``.vue`` components: ``<h4>{{ organizer.name }}</h4>`` inside
``<article v-for="organizer in workshop.organizers">``, the data in ``src/data/workshopData.js``
handed down as ``:workshop="workshopData"``. Read as its scripts' data alone, such a site shows a
speaker's bio no card displays and loses which heading each fact sits under. So the page is made
as Vue would make it, for what can be known without running code: templates with their child
components written in, props bound, ``v-for`` run over literal data, ``{{ a.b }}`` filled in,
``v-if`` kept unless its value is known to be false. What is computed at run time (a
``computed(…)``, a method's result) is left out, as ``jsx_app`` leaves out what it cannot run.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from tree_sitter import Node

from perfm_bot.sources.script_text import MAX_SCRIPT_BYTES, is_text_prop, literal_text, local_imports, parse_script

VUE_SUFFIX = ".vue"
_IMPORT_SUFFIXES = (".vue", ".astro", ".svelte", ".js", ".ts", ".mjs", ".json")
_COMPONENT_SUFFIXES = (".vue", ".astro", ".svelte")
_MAX_DEPTH = 16
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# what a browser knows (the rest is some package's component); inside <svg>, its shapes
_HTML_TAGS = frozenset(
    "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col "
    "colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 "
    "h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta "
    "meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script "
    "search section select slot small source span strike strong style sub summary sup table tbody td template "
    "textarea tfoot th thead time title tr track u ul var video wbr center font big tt marquee nobr "
    "svg g path circle rect line polyline polygon ellipse text tspan defs use symbol lineargradient radialgradient "
    "stop clippath mask pattern filter desc foreignobject image marker".split()
)
# a package's frame around the page (flowbite's <Navbar>, Vuetify's <v-app-bar>, <v-footer>): the
# element it stands for, which the page reader leaves out as it does a built page's
_LANDMARKS = (
    ("nav", re.compile(r"nav(?:bar|igation)?$|appbar$|menubar$", re.I)),
    ("div", re.compile(r"brand$", re.I)),
    ("footer", re.compile(r"footer(?:copyright|link|linkgroup|brand)?$", re.I)),
)
_BRAND = re.compile(r"brand$", re.I)
_TAG = re.compile(r"<[^>]*>")
_BLOCK = re.compile(r"<(?:div|p|ul|ol|li|h[1-6]|table|section|article|header|footer|nav|aside|blockquote|pre|dl|dt|dd|hr|br|figure|details|form)\b", re.I)
# a package component's props that set how it looks, not what it says (customSize="text-4xl md:text-5xl")
_SETTING_PROP = re.compile(r"class|size|style|colou?r|variant|theme|transition|animation|icon|placement|position|align|direction|^aria-|^data-", re.I)
_STRUCK_RULE = re.compile(r"\.([\w-]+)\s*\{[^{}]*line-through")
_MEDIA = frozenset("img picture video svg".split())
_KEPT_ATTRS = ("id", "href", "hidden", "aria-hidden", "style", "class", "colspan", "rowspan", "role")
_INTERPOLATION = re.compile(r"\{\{(.*?)\}\}", re.S)
_FOR = re.compile(r"^\s*\(?\s*([\w$]+)\s*(?:,\s*([\w$]+)\s*)?(?:,\s*[\w$]+\s*)?\)?\s+(?:in|of)\s+(.+?)\s*$", re.S)
# v-for="{ name, affiliation } in speakers" (and "({ name }, i) in …"): each item's fields by name
_DESTRUCTURED_FOR = re.compile(r"^\s*\(?\s*\{([^{}]*)\}\s*(?:,\s*([\w$]+)\s*)?\)?\s+(?:in|of)\s+(.+?)\s*$", re.S)
_PATH = re.compile(r"^[\w$]+(?:\s*(?:\??\.\s*[\w$]+|\[\s*(?:\d+|'[^']*'|\"[^\"]*\")\s*\]))*$")
_STEP = re.compile(r"\??\.\s*([\w$]+)|\[\s*(\d+|'[^']*'|\"[^\"]*\")\s*\]")
_STRING = re.compile(r"""^(?:'([^'\\]*)'|"([^"\\]*)"|`([^`$\\]*)`)$""")
_MARKDOWN_CALL = re.compile(r"mark|markdown|\bmd", re.I)
_MARKDOWN = MarkdownIt("commonmark")
_COMPARISON = re.compile(r"^(.+?)\s*(===|!==|==|!=|>=|<=|>|<)\s*(.+)$", re.S)
_CALL = re.compile(r"^[\w$.]+\(\s*([^(),]+?)\s*\)$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_MONTHS = "January February March April May June July August September October November December".split()
_UNKNOWN = object()  # a value only running the app would give
# calls that hand back the literal they wrap: Vue's reactive state, Svelte 5's runes
_WRAPPERS = frozenset({"ref", "reactive", "readonly", "shallowRef", "Object.freeze", "markRaw", "$state", "$state.raw", "$derived"})


def is_vue_app(root: Path) -> bool:
    """A Vue app: its root component ``src/App.vue``."""
    return (root / "src" / "App.vue").is_file()


Converters = Mapping[str, Callable[[str], str]]  # a file suffix (".astro") -> its text as a single-file component


def render_component(
    root: Path, path: Path, converters: Converters, text: str | None = None, layouts: Sequence[Path] = ()
) -> str:
    """One component file as HTML, every component it uses written in; ``converters`` turn a
    file of another framework's syntax (an ``.astro`` page, a ``.svelte`` one) into a single-file
    component first; ``text``: the component's source when it is not the file's (a piece of an
    MDX page); ``layouts``: the components it is shown inside, innermost first, each showing
    what it wraps where its ``<slot>`` stands (SvelteKit's ``+layout.svelte`` files)."""
    renderer = _Renderer(root, converters, {path: text} if text is not None else None)
    out = renderer.component_html(path, {}, "", ())
    for layout in layouts:
        out = renderer.component_html(layout, {}, out, ())
    return out


def render_vue_app(root: Path, page: Path | None = None) -> str:
    """The app's page as HTML: ``App.vue`` with ``page`` (a routed view) where its
    ``<router-view>`` stands, or the app alone when it has no router."""
    renderer = _Renderer(root)
    view = renderer.component_html(page.resolve(), {}, "", ()) if page is not None else ""
    return renderer.component_html((root / "src" / "App.vue").resolve(), {}, "", (), view=view)


def destructured_props(pattern: Node) -> tuple[list[str], list[str]]:
    """``{ a, b = 'x' }`` destructured from a component's props (Astro's ``Astro.props``, Svelte 5's
    ``$props()``): the names, and ``const b = 'x';`` for each default, as a script this renderer
    reads binds them before ``defineProps`` names them."""
    names: list[str] = []
    defaults: list[str] = []
    for item in pattern.named_children:
        if item.type == "shorthand_property_identifier_pattern":
            names.append(_node_text(item))
        elif item.type == "object_assignment_pattern":
            left, right = item.child_by_field_name("left"), item.child_by_field_name("right")
            if left is not None:
                names.append(_node_text(left))
                if right is not None:
                    defaults.append(f"const {_node_text(left)} = {_node_text(right)};")
    return names, defaults


def vue_document(shell: str, app: str) -> str:
    """The shell page (``index.html``) with the app where it mounts: the shell's ``<title>``, not
    its description, which a Vue app sets anew when it runs and a visitor never sees."""
    title = re.search(r"<title\b[^>]*>(.*?)</title>", shell, re.S | re.I)
    head = f"<title>{title.group(1)}</title>" if title else ""
    return f"<html><head>{head}</head><body>{app}</body></html>"


# ---- templates -------------------------------------------------------------------------------


@dataclass
class _Element:
    tag: str
    attrs: list[tuple[str, str]]
    children: list[_Element | str] = field(default_factory=list)

    def attr(self, *names: str) -> str | None:
        for key, value in self.attrs:
            if key in names:
                return value
        return None


class _TemplateParser(HTMLParser):
    """A template as a tree: ``<HeroSection />`` closes itself (Vue's rule, not HTML's)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.root = _Element("#root", [])
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Element(tag, [(k, v if v is not None else "") for k, v in attrs])
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(_Element(tag, [(k, v if v is not None else "") for k, v in attrs]))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def handle_entityref(self, name: str) -> None:
        self.stack[-1].children.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.stack[-1].children.append(f"&#{name};")


def _template(text: str) -> _Element | None:
    """The component's ``<template>``: from its first opening to its last closing tag (nested
    ``<template v-if>`` blocks inside it are elements of the tree)."""
    start = re.search(r"<template\b[^>]*>", text)
    end = text.rfind("</template>")
    if start is None or end < start.end():
        return None
    parser = _TemplateParser()
    parser.feed(text[start.end():end])
    parser.close()
    return parser.root


# ---- scripts ---------------------------------------------------------------------------------


@dataclass
class _Component:
    template: _Element | None
    scope: dict[str, Any]  # names the template can read: data literals, imported data modules
    components: dict[str, Path]  # a tag's name, lower case without dashes -> its file
    props: tuple[str, ...]
    struck: frozenset[str] = frozenset()  # classes its own <style> crosses out (.del { text-decoration: line-through })


class _Renderer:
    def __init__(self, root: Path, converters: Converters | None = None, sources: dict[Path, str] | None = None) -> None:
        self.root = root.resolve()
        self._converters = converters or {}  # for a component that is not a .vue file (an .astro one)
        self._sources = sources or {}  # a component's text given, not read from its file
        self._components: dict[Path, _Component | None] = {}
        self._modules: dict[Path, dict[str, Any]] = {}

    def component_html(self, path: Path, props: dict[str, Any], slot: str, chain: tuple[Path, ...], view: str = "") -> str:
        component = self._component(path)
        if component is None or component.template is None or path in chain or len(chain) >= _MAX_DEPTH:
            return ""
        scope = {**component.scope, **props}
        for name in component.props:
            scope.setdefault(name, _UNKNOWN)
        scope.setdefault("props", {name: scope[name] for name in component.props} | props)  # const props = defineProps(…)
        context = _Context(component, scope, slot, (*chain, path), view)
        return self._children(component.template.children, context)

    # -- rendering ------------------------------------------------------------------------------

    def _children(self, children: list[_Element | str], ctx: _Context) -> str:
        out: list[str] = []
        shown: bool | None = None  # the v-if chain so far: True once a branch is known to be shown
        for child in children:
            if isinstance(child, str):
                out.append(_fill(child, ctx.scope))
                continue
            condition = child.attr("v-if", "v-else-if", "v-show")
            is_else = child.attr("v-else") is not None
            if child.attr("v-if") is not None or child.attr("v-show") is not None:
                shown = None
            if child.attr("v-else-if") is not None or is_else:
                if shown is True:
                    continue  # an earlier branch is known to be shown
            if condition is not None:
                value = _truth(_evaluate(condition, ctx.scope))
                if value is False:
                    shown = shown if child.attr("v-else-if") is not None else False
                    continue
                if value is None and child.tag in _MEDIA and child.attr("v-if") is not None:
                    value = True  # <img v-if="avatar(p)"> … <span v-else>{{ p.initials }}</span>: the picture shows
                shown = True if value is True else shown
            out.append(self._element(child, ctx))
        return "".join(out)

    def _element(self, element: _Element, ctx: _Context) -> str:
        loop = element.attr("v-for")
        if loop is not None:
            match = _FOR.match(loop) or _DESTRUCTURED_FOR.match(loop)
            items = _evaluate(match.group(3), ctx.scope) if match else _UNKNOWN
            if isinstance(items, dict):
                items = list(items.values())
            if isinstance(items, int):
                items = list(range(1, items + 1))
            if not isinstance(items, list) or match is None:
                return ""  # what it loops over is computed: nothing known to show
            bare = _Element(element.tag, [(k, v) for k, v in element.attrs if k != "v-for"], element.children)
            out = []
            fields = _fields(match.group(1)) if match.re is _DESTRUCTURED_FOR else None
            for index, item in enumerate(items):
                if fields is None:
                    scope = {**ctx.scope, match.group(1): item}
                else:
                    scope = {**ctx.scope, **{name: item.get(key, None if _complete(item) else _UNKNOWN) if isinstance(item, dict) else _UNKNOWN for name, key in fields}}
                if match.group(2):
                    scope[match.group(2)] = index
                out.append(self._children([bare], ctx.with_scope(scope)))
            return "".join(out)
        tag = element.tag
        key = tag.replace("-", "")
        if key in ("routerview",):
            return ctx.view
        if key == "slot":
            return ctx.slot or self._children(element.children, ctx)
        inner_html = element.attr("v-html")
        if inner_html is None:
            inner_html = element.attr("v-text")
        target = ctx.component.components.get(key)
        if target is not None:
            props = {}
            for name, value in element.attrs:
                if name.startswith((":", "v-bind:")):
                    props[_camel(name.split(":", 1)[1])] = _evaluate(value, ctx.scope)
                elif not name.startswith(("@", "v-", "#")):
                    props[_camel(name)] = value
            slot = self._children(element.children, ctx)
            return self.component_html(target, props, slot, ctx.chain, ctx.view)
        if key in _DATA_TABLES:
            return _data_table(element, ctx.scope)
        if key in ("template", "transition", "transitiongroup", "keepalive", "teleport", "suspense") or key[:1] == "#":
            return self._children(element.children, ctx)
        if key in ("routerlink", "nuxtlink") or tag == "button" and element.attr("href", ":href") is not None:
            tag = "a"  # a router's link; a UI library's <Button href> renders a link
        if key in ("script", "style"):
            return ""
        if tag not in _HTML_TAGS:
            return self._library_component(element, ctx)
        attrs = self._attrs(element, ctx)
        if tag in _VOID:
            return f"<{tag}{attrs}>"
        if inner_html is not None:
            value = _evaluate(inner_html, ctx.scope)
            body = _text(value, escape=element.attr("v-html") is None) if value is not _UNKNOWN else ""
        else:
            body = self._children(element.children, ctx)
        return f"<{tag}{attrs}>{body}</{tag}>"

    def _library_component(self, element: _Element, ctx: _Context) -> str:
        """A component from a package (flowbite's ``<Heading tag="h2">``, ``<TimelineItem
        title="Notification" date="March 19, 2025">``, Vuetify's ``<v-card title>``): its markup
        is not in the site, so it stands as the element its ``tag`` (or ``as``) names, else a link
        or a block, its text props first (what it shows of them), its children after."""
        given = (element.attr("tag", "as") or "").lower()
        landmark = next((t for t, name in _LANDMARKS if name.search(element.tag)), None)
        tag = given if given in _HTML_TAGS and given not in _VOID else landmark or ("a" if element.attr("href", ":href") is not None else "div")
        brand = ' class="navbar-brand"' if _BRAND.search(element.tag) else ""  # the site's name, as Bootstrap marks it
        props: list[str] = []
        lists: list[str] = []
        for name, value in element.attrs:
            bound = name.startswith((":", "v-bind:"))
            plain = name.split(":", 1)[1] if bound else name
            if name.startswith(("@", "v-", "#")) or plain in _KEPT_ATTRS or plain in ("tag", "as", "slot", "to") or _SETTING_PROP.search(plain):
                continue
            got = _evaluate(value, ctx.scope) if bound else value
            if isinstance(got, str) and is_text_prop(plain, got):
                props.append(html.escape(got, quote=False))
            elif isinstance(got, list):  # <Carousel images={sponsors}>: the records it shows, by their text
                rows = [_record_text(item, plain) for item in got]
                shown = "".join(f"<li>{row}</li>" for row in rows if row)
                lists.append(f"<ul>{shown}</ul>" if shown else "")
        body = self._children(element.children, ctx) + "".join(lists)
        if not props and not _TAG.sub("", body).strip() and tag != "a":
            return ""  # an icon, a hamburger button: its own markup is all it shows
        if props and _BLOCK.search(body) is None and _TAG.sub("", body).strip():
            lead = " — ".join(props) + " — "  # "Paper Submission Deadline — March 3, 2025": one line
        else:
            lead = f"<p>{' — '.join(props)}</p>" if props else ""
        return f"<{tag}{brand}{self._attrs(element, ctx)}>{lead}{body}</{tag}>"

    def _attrs(self, element: _Element, ctx: _Context) -> str:
        out = []
        if ctx.component.struck & set((element.attr("class") or "").split()):
            out.append(' style="text-decoration:line-through"')  # the old date a component's style strikes
        for name, value in element.attrs:
            bound = name.startswith((":", "v-bind:"))
            plain = name.split(":", 1)[1] if bound else name
            if plain == "to":
                plain = "href"
            if plain not in _KEPT_ATTRS:
                continue
            if bound:
                got = _evaluate(value, ctx.scope)
                if not isinstance(got, (str, int, float)) or isinstance(got, bool):
                    continue
                value = str(got)
            out.append(f' {plain}="{html.escape(value, quote=True)}"')
        return "".join(out)

    # -- files ---------------------------------------------------------------------------------

    def _component(self, path: Path) -> _Component | None:
        if path in self._components:
            return self._components[path]
        component = None
        text = self._read(path)
        convert = self._converters.get(path.suffix.lower())
        if text is not None and convert is not None:
            text = convert(text)
        if text is not None:
            script = "\n".join(
                m.group(2) for m in re.finditer(r"<script\b([^>]*)>(.*?)</script>", text, re.S)
            )
            typescript = bool(re.search(r"<script\b[^>]*\blang=[\"']ts", text))
            scope, imports, props = self._script(script, path, typescript)
            components = {name.lower().replace("-", ""): target for name, target in imports.items() if target.suffix in _COMPONENT_SUFFIXES}
            template_text = re.sub(r"<script\b.*?</script>|<style\b.*?</style>", "", text, flags=re.S)
            styles = " ".join(m.group(1) for m in re.finditer(r"<style\b[^>]*>(.*?)</style>", text, re.S))
            component = _Component(_template(template_text), scope, components, props, frozenset(_STRUCK_RULE.findall(styles)))
        self._components[path] = component
        return component

    def _script(self, text: str, path: Path, typescript: bool) -> tuple[dict[str, Any], dict[str, Path], tuple[str, ...]]:
        scope: dict[str, Any] = {}
        imports: dict[str, Path] = {}
        props: list[str] = []
        if not text.strip():
            return scope, imports, ()
        root = parse_script(text, typescript)
        for name, (target, exported) in self._imports(root, path).items():
            imports[name] = target
            if target.suffix not in _COMPONENT_SUFFIXES:
                module = self._module(target)
                scope[name] = module if exported == "*" else module.get(exported, _UNKNOWN)
        scope.update(_bindings(root, scope))
        for call in _calls(root, "defineProps"):
            props += _prop_names(call)
        for pair in _pairs(root):
            key = pair.child_by_field_name("key") if pair.type == "pair" else pair.child_by_field_name("name")
            name = (literal_text(key) or _node_text(key)) if key is not None else ""
            if name == "props" and pair.type == "pair":
                props += _prop_names(pair.child_by_field_name("value"))
            elif name == "data":  # the options API: data() { return { speakers: [...] } }
                returned = _returned_object(pair)
                if returned is not None and isinstance(value := _value(returned, scope), dict):
                    scope.update({k: v for k, v in value.items() if v is not _UNKNOWN})
        return scope, imports, tuple(props)

    def _module(self, path: Path) -> dict[str, Any]:
        """A data module's exports as values (``export const workshopData = {…}``; ``default``)."""
        if path in self._modules:
            return self._modules[path]
        self._modules[path] = {}
        text = self._read(path)
        values: dict[str, Any] = {}
        if text is not None and path.suffix == ".json":
            try:  # import speakers from "./speakers.json": the file's value is the module's default
                values = {"default": _from_json(json.loads(text))}
            except ValueError:
                values = {}
        elif text is not None:
            root = parse_script(text, path.suffix == ".ts")
            local = {name: self._module(target).get(exported, _UNKNOWN) for name, (target, exported) in self._imports(root, path).items() if target.suffix not in _COMPONENT_SUFFIXES}
            values = _bindings(root, local)
            for node in root.named_children:
                if node.type == "export_statement" and any(c.type == "default" for c in node.children):
                    value = node.child_by_field_name("value")
                    if value is not None:
                        values["default"] = _value(value, values)
        self._modules[path] = values
        return values

    def _imports(self, root: Node, path: Path) -> dict[str, tuple[Path, str]]:
        return local_imports(root, lambda spec: self._resolve(spec, path), namespaces=True)

    def _resolve(self, spec: str, path: Path) -> Path | None:
        if spec.startswith("."):
            base = (path.parent / spec).resolve()
        elif spec.startswith(("@/", "~/")):
            base = (self.root / "src" / spec[2:]).resolve()
        elif spec.startswith("$lib/"):  # SvelteKit's alias for src/lib
            base = (self.root / "src" / "lib" / spec[5:]).resolve()
        else:
            return None
        for candidate in (base, *(base.with_name(base.name + s) for s in _IMPORT_SUFFIXES), *(base / f"index{s}" for s in _IMPORT_SUFFIXES)):
            if candidate.is_file() and candidate.suffix.lower() in _IMPORT_SUFFIXES and self.root in candidate.resolve().parents:
                return candidate.resolve()
        return None

    def _read(self, path: Path) -> str | None:
        if path in self._sources:
            return self._sources[path]
        try:
            if path.is_file() and path.stat().st_size <= MAX_SCRIPT_BYTES and self.root in path.parents:
                return path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        return None


# A UI library's table, its rows a bound list and its columns declared, not written out:
# Element Plus's <el-table :data> with <el-table-column prop label>, Ant Design's <a-table
# :data-source :columns>, Vuetify's <v-data-table :items :headers>, Quasar's <q-table :rows
# :columns>, Naive UI's <n-data-table :data :columns>. It shows each row's cells under the labels.
_DATA_TABLES = frozenset({"eltable", "atable", "vdatatable", "qtable", "ndatatable"})
_ROW_BINDINGS = ("data", "datasource", "items", "rows")
_COLUMN_BINDINGS = ("columns", "headers")
_COLUMN_KEYS = ("prop", "dataIndex", "key", "value", "field", "name")
_COLUMN_LABELS = ("label", "title", "text", "name")


def _data_table(element: _Element, scope: dict[str, Any]) -> str:
    bound = {name.split(":", 1)[1].replace("-", "").lower(): value for name, value in element.attrs if name.startswith((":", "v-bind:"))}
    rows = next((_evaluate(bound[b], scope) for b in _ROW_BINDINGS if b in bound), None)
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        return ""  # rows computed at run time: nothing known to show
    columns: list[tuple[str, str]] = []
    declared = next((_evaluate(bound[b], scope) for b in _COLUMN_BINDINGS if b in bound), None)
    for column in declared if isinstance(declared, list) else []:
        if isinstance(column, dict):
            key = next((str(column[k]) for k in _COLUMN_KEYS if isinstance(column.get(k), str)), "")
            columns.append((key, next((str(column[k]) for k in _COLUMN_LABELS if isinstance(column.get(k), str)), key)))
    for child in element.children:  # <el-table-column prop="time" label="Time" />
        if isinstance(child, _Element) and child.attr("prop") is not None:
            columns.append((child.attr("prop") or "", child.attr("label") or child.attr("prop") or ""))
    if not columns:
        columns = [(k, k) for k in dict.fromkeys(k for r in rows for k in r)]
    head = "".join(f"<th>{html.escape(label)}</th>" for _, label in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_text(row.get(key, ''), escape=True)}</td>" for key, _ in columns) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


@dataclass(frozen=True)
class _Context:
    component: _Component
    scope: dict[str, Any]
    slot: str
    chain: tuple[Path, ...]
    view: str

    def with_scope(self, scope: dict[str, Any]) -> _Context:
        return _Context(self.component, scope, self.slot, self.chain, self.view)


# ---- values ----------------------------------------------------------------------------------


def _bindings(root: Node, known: dict[str, Any]) -> dict[str, Any]:
    """Top-level ``const x = <literal>`` (exported or not), in order, each seeing the ones before."""
    values = dict(known)
    out: dict[str, Any] = {}
    for node in root.named_children:
        declaration = node.child_by_field_name("declaration") if node.type == "export_statement" else node
        if declaration is None or declaration.type not in ("lexical_declaration", "variable_declaration"):
            continue
        for declarator in declaration.named_children:
            name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
            if declarator.type == "variable_declarator" and name is not None and name.type == "identifier" and value is not None:
                got = _value(value, values)
                if got is not _UNKNOWN:
                    values[_node_text(name)] = out[_node_text(name)] = got
    return out


def _value(node: Node, known: dict[str, Any]) -> Any:
    """A literal as a Python value; ``_UNKNOWN`` for what only running it would give."""
    kind = node.type
    if kind in ("parenthesized_expression", "as_expression", "satisfies_expression") and node.named_children:
        return _value(node.named_children[0], known)
    if kind == "call_expression":  # ref([...]), reactive({...}), Object.freeze({...}): the literal they wrap
        fn = _node_text(node.child_by_field_name("function"))
        args = node.child_by_field_name("arguments")
        first = next((c for c in args.named_children if c.type != "comment"), None) if args is not None else None
        if fn in _WRAPPERS and first is not None:
            return _value(first, known)
        return _UNKNOWN
    if kind == "object":
        out: dict[str, Any] = {}
        for pair in node.named_children:
            if pair.type == "pair":
                key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
                if key is not None and value is not None:
                    out[literal_text(key) or _node_text(key)] = _value(value, known)
            elif pair.type == "shorthand_property_identifier":
                out[_node_text(pair)] = known.get(_node_text(pair), _UNKNOWN)
            elif pair.type == "spread_element" and pair.named_children:
                spread = _value(pair.named_children[0], known)
                if isinstance(spread, dict):
                    out.update(spread)
        return out
    if kind == "array":
        items: list[Any] = []
        for item in node.named_children:
            if item.type == "comment":
                continue
            if item.type == "spread_element" and item.named_children:
                spread = _value(item.named_children[0], known)
                items += spread if isinstance(spread, list) else []
                continue
            items.append(_value(item, known))
        return items
    if kind in ("string", "template_string"):
        text = literal_text(node)
        return text if text is not None else _UNKNOWN
    if kind == "number":
        try:
            return int(_node_text(node))
        except ValueError:
            return _node_text(node)
    if kind in ("true", "false"):
        return kind == "true"
    if kind in ("null", "undefined"):
        return None
    if kind == "identifier":
        return known.get(_node_text(node), _UNKNOWN)
    if kind == "member_expression":
        owner = _value(node.child_by_field_name("object"), known)
        prop = _node_text(node.child_by_field_name("property"))
        return owner.get(prop, _UNKNOWN) if isinstance(owner, dict) else _UNKNOWN
    return _UNKNOWN


def _evaluate(expression: str, scope: dict[str, Any]) -> Any:
    """A template expression: a path (``workshop.organizers``, ``slot?.title``, ``items[0]``), a
    string, or ``a || b``; anything else is ``_UNKNOWN``."""
    expression = expression.strip()
    if not expression:
        return _UNKNOWN
    if "&&" in expression:
        value: Any = True
        for part in expression.split("&&"):
            value = _evaluate(part, scope)
            if value is _UNKNOWN or not _truth(value):
                return value
        return value
    if "||" in expression or "??" in expression:
        for part in re.split(r"\|\||\?\?", expression):
            value = _evaluate(part, scope)
            if value is _UNKNOWN or _truth(value):
                return value
        return value
    if expression.startswith("!"):
        value = _truth(_evaluate(expression[1:], scope))
        return _UNKNOWN if value is None else not value
    string = _STRING.match(expression)
    if string:
        return next(g for g in string.groups() if g is not None)
    if expression in ("true", "false"):
        return expression == "true"
    if re.fullmatch(r"\d+", expression):
        return int(expression)
    compared = _COMPARISON.match(expression)
    if compared:  # organizers.length > 0, slot.talkTitle !== 'TBD'
        left, right = _evaluate(compared.group(1), scope), _evaluate(compared.group(3), scope)
        return _UNKNOWN if _UNKNOWN in (left, right) else _compare(compared.group(2), left, right)
    call = _CALL.match(expression)
    if call:  # formatDate(entry.date): a function given a date formats it, as a visitor reads a date
        argument = _evaluate(call.group(1), scope)
        day = _ISO_DAY.match(argument) if isinstance(argument, str) else None
        if day:
            return f"{_MONTHS[int(day.group(2)) - 1]} {int(day.group(3))}, {day.group(1)}"
        if isinstance(argument, str) and _MARKDOWN_CALL.search(call.group(0).split("(", 1)[0]):
            return _MARKDOWN.renderInline(argument)  # safeMarkedParse(event.description): Markdown, shown rendered
        return argument if isinstance(argument, str) else _UNKNOWN  # a function given text shows that text
    if not _PATH.match(expression):
        return _UNKNOWN
    head = re.match(r"[\w$]+", expression)
    value = scope.get(head.group(0), _UNKNOWN) if head else _UNKNOWN
    for step in _STEP.finditer(expression, head.end() if head else 0):
        if value is _UNKNOWN or value is None:
            return _UNKNOWN if value is _UNKNOWN else None
        name, index = step.group(1), step.group(2)
        if name == "length" and isinstance(value, (list, str)):
            value = len(value)
        elif name is not None:
            value = value.get(name, None if _complete(value) else _UNKNOWN) if isinstance(value, dict) else _UNKNOWN
        elif isinstance(value, list) and index.isdigit():
            value = value[int(index)] if int(index) < len(value) else None
        elif isinstance(value, dict):
            value = value.get(index.strip("'\""), None)
        else:
            value = _UNKNOWN
    return value


def _from_json(value: Any) -> Any:
    """A JSON value as a script literal's: ``true`` stays a boolean, a number an int where whole."""
    if isinstance(value, dict):
        return {str(k): _from_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_from_json(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _compare(op: str, left: Any, right: Any) -> Any:
    try:
        if op in ("===", "=="):
            return left == right
        if op in ("!==", "!="):
            return left != right
        return {">": left > right, ">=": left >= right, "<": left < right, "<=": left <= right}[op]
    except TypeError:
        return _UNKNOWN


def _complete(value: dict[str, Any]) -> bool:
    """A record written out whole: a key it lacks is absent (``v-if="slot.speaker"`` is false)."""
    return _UNKNOWN not in value.values()


def _truth(value: Any) -> bool | None:
    if value is _UNKNOWN:
        return None
    return bool(value)


def _fill(text: str, scope: dict[str, Any]) -> str:
    """Template text with each ``{{ expression }}`` replaced by its value (or nothing)."""
    return _INTERPOLATION.sub(lambda m: _text(_evaluate(m.group(1), scope), escape=True), text)


def _text(value: Any, escape: bool) -> str:
    if value is _UNKNOWN or value is None or isinstance(value, (dict, list)):
        return ""
    text = str(value) if not isinstance(value, bool) else ""
    return html.escape(text, quote=False) if escape else text


def _record_text(item: Any, key: str) -> str:
    """One record a package's component is handed, as what it shows: its text fields, joined."""
    if isinstance(item, str):
        return html.escape(item, quote=False) if is_text_prop(key, item) else ""
    if not isinstance(item, dict):
        return ""
    said = [str(v) for k, v in item.items() if isinstance(v, str) and not _SETTING_PROP.search(k) and is_text_prop(k, v)]
    return html.escape(" — ".join(dict.fromkeys(said)), quote=False)


def _fields(pattern: str) -> list[tuple[str, str]]:
    """``name, affiliation: org, role = 'Chair'`` as (name in scope, key in the item) pairs."""
    out = []
    for part in pattern.split(","):
        part = part.split("=", 1)[0].strip()
        key, _, name = part.partition(":")
        if re.fullmatch(r"[\w$]+", key.strip()):
            out.append(((name or key).strip(), key.strip()))
    return out


def _camel(name: str) -> str:
    return re.sub(r"-([a-z])", lambda m: m.group(1).upper(), name)


def _prop_names(node: Node | None) -> list[str]:
    """``defineProps({ workshop: Object })`` / ``defineProps(['workshop'])`` / ``props: {…}``."""
    if node is None:
        return []
    if node.type == "arguments":
        first = next((c for c in node.named_children if c.type != "comment"), None)
        return _prop_names(first)
    if node.type == "object":
        names = []
        for pair in node.named_children:
            key = pair.child_by_field_name("key") if pair.type == "pair" else pair if pair.type == "shorthand_property_identifier" else None
            if key is not None:
                names.append(literal_text(key) or _node_text(key))
        return names
    if node.type == "array":
        return [t for c in node.named_children if (t := literal_text(c))]
    return []


def _calls(root: Node, name: str) -> list[Node]:
    found = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "call_expression" and _node_text(node.child_by_field_name("function")) == name:
            args = node.child_by_field_name("arguments")
            if args is not None:
                found.append(args)
        stack.extend(node.named_children)
    return found


def _pairs(root: Node) -> list[Node]:
    """The pairs and methods of an options-API component's exported object (``props``, ``data()``)."""
    out = []
    for node in root.named_children:
        if node.type == "export_statement":
            value = node.child_by_field_name("value") or node.child_by_field_name("declaration")
            if value is not None and value.type == "call_expression":  # defineComponent({...})
                args = value.child_by_field_name("arguments")
                value = next((c for c in args.named_children if c.type == "object"), None) if args is not None else None
            if value is not None and value.type == "object":
                out += [p for p in value.named_children if p.type in ("pair", "method_definition")]
    return out


def _returned_object(node: Node) -> Node | None:
    """The object literal a ``data()`` function returns (or an arrow function is)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "return_statement":
            found = next((c for c in current.named_children if c.type == "object"), None)
            if found is not None:
                return found
        if current.type == "arrow_function" and (body := current.child_by_field_name("body")) is not None:
            while body.type == "parenthesized_expression" and body.named_children:
                body = body.named_children[0]
            if body.type == "object":
                return body
        stack.extend(reversed(current.named_children))
    return None


def _node_text(node: Node | None) -> str:
    return node.text.decode("utf-8", errors="replace") if node is not None and node.text else ""
