"""A JavaScript app's pages, rendered from their route components without running them.

Next.js, Gatsby and similar apps have no HTML page among their sources: a route is a component
file (``app/page.js`` shown inside ``app/layout.js``; ``pages/index.jsx``; Gatsby's
``src/pages/cfp.tsx``) whose JSX uses other components (``<Section title="Call for Papers"
body={<CallForPapers />} />``). A page is that tree with every local component written in where
it is used and its props filled in: a section's body sits under its title, a person card gives
a name with its affiliation, and a component the page no longer uses (its ``<Speakers />``
commented out) is not on the page, though its file stays in the repository. What is computed
(``{papers.map(…)}``) is not run; a component file's data literals are read as ``script_text``
reads any script's.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from tree_sitter import Node

from perfm_bot.sources.script_text import (
    MAX_SCRIPT_BYTES,
    TYPESCRIPT_SUFFIXES,
    attribute_text,
    binding_html,
    data_html,
    is_app_source,
    is_site_script,
    jsx_html,
    literal_text,
    local_imports,
    parse_script,
    shown_keys,
)
from perfm_bot.sources.vue_app import VUE_SUFFIX, render_vue_app

COMPONENT_SUFFIXES = (".tsx", ".jsx", ".ts", ".js", ".mjs")
_ROUTE_FILE = re.compile(r"^page\.(?:tsx|jsx|ts|js|mdx?)$")  # Next's app router: a folder's page.*
_NOT_ROUTE = re.compile(r"^(?:_app|_document|_error|404|500|layout|loading|error|not-found|template|head)\b", re.I)
_TITLE_PROP = re.compile(r"(?:^|[a-z])(?:title|heading|header|headline)$", re.I)
_MAX_DEPTH = 12
_PAGE_METADATA = frozenset({"metadata"})  # Next's <title> and description: the document's head
_DOCUMENT_TAGS = re.compile(r"</?(?:html|body|head)\b[^>]*>", re.I)
_ROUTER_FILE = re.compile(r"^(?:app|index|main|routes?|router)\.(?:tsx|jsx|ts|js)$", re.I)  # where an app declares its routes
_HASH_ROUTER = re.compile(r"\b(?:HashRouter|createHashRouter|createWebHashHistory)\b")


def is_js_app(root: Path) -> bool:
    """A JavaScript app whose pages are components: ``package.json`` beside route files, or an
    app whose router names its pages (a create-react-app or Vite app, published without its
    ``package.json`` as often as with it)."""
    return (root / "package.json").is_file() and bool(app_routes(root)) or bool(router_routes(root))


def may_route(path: Path) -> bool:
    """Whether a file is where an app would declare its routes (``src/App.tsx``, ``src/main.jsx``,
    vue-router's ``src/router/index.js``)."""
    if path.parent.name == "router" and path.parent.parent.name == "src":
        return path.suffix.lower() in COMPONENT_SUFFIXES
    return path.parent.name == "src" and bool(_ROUTER_FILE.match(path.name))


def _route_files(src: Path) -> list[Path]:
    found = [p for p in src.iterdir() if p.is_file() and may_route(p)]
    if (src / "router").is_dir():
        found += [p for p in (src / "router").iterdir() if p.is_file() and may_route(p)]
    return sorted(found)


def router_routes(root: Path) -> dict[Path, str]:
    """The pages a react-router app declares (``<Route path="/cfp" element={<Cfp />} />`` or
    ``{path: "/cfp", element: <Cfp />}`` in ``src/App.tsx``): each routed component's file and
    the URL a visitor opens it at (``/#/cfp`` under a ``HashRouter``). The catch-all route is the
    home page when nothing else is; a route with parameters (``/papers/:id``) is no one page."""
    src = root / "src"
    if not src.is_dir():
        return {}
    renderer = _Renderer(root)
    routes: dict[Path, str] = {}
    for path in _route_files(src):
        parsed = renderer._parse(path.resolve())
        if parsed is None:
            continue
        hashed = bool(_HASH_ROUTER.search(_text(parsed.root)))
        declared = []
        for url, target in _routes(parsed.root):
            if target in parsed.imports:
                declared.append((url, parsed.imports[target]))
            elif target.startswith(("./", "../", "@/", "~/")):  # component: () => import("../views/Cfp.vue")
                file = renderer._resolve(target, path.resolve())
                if file is not None:
                    declared.append((url, (file, "default")))
        taken = {url for url, _ in declared}
        for url, (file, name) in declared:
            if url == "*" and "/" in taken or ":" in url or name != "default" or re.search(r"\(\.\*\)|\*", url.strip("/*")):
                continue
            url = "/" if url in ("*", "/*", "") else "/" + url.strip("/") + ("" if hashed else "/")
            routes.setdefault(file, f"/#{url}" if hashed and url != "/" else url)
    return routes


_SOURCE_SUFFIXES = (*COMPONENT_SUFFIXES, VUE_SUFFIX, ".astro", ".json", ".html")
_MARKUP_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SCRIPT_COMMENT = re.compile(r"/\*.*?\*/|(?<![:\w/])//[^\n]*", re.S)  # not the // of https://


def linked_routes(root: Path, routes: dict[Path, str]) -> list[Path]:
    """The routed pages a visitor can reach: the home page, and each route whose path the app's
    own code (a menu item's ``index="/program"``, a link's ``to="/cfp"``, a nav list's ``link:
    "/team"``) names outside its router and outside comments. WDMD's ``#/attending`` page is still
    routed, but the menu item that led to it is commented out: like a static site's orphan page,
    it is not published. An app whose links are all computed names none: every route stays."""
    route_files = {p.resolve() for p in _route_files(root / "src")} if (root / "src").is_dir() else set()
    texts = []
    for path in _files(root / "src") if (root / "src").is_dir() else []:
        if path.suffix.lower() in _SOURCE_SUFFIXES and path.resolve() not in route_files and path.stat().st_size <= MAX_SCRIPT_BYTES:
            text = path.read_text(encoding="utf-8", errors="replace")
            texts.append(_SCRIPT_COMMENT.sub(" ", _MARKUP_COMMENT.sub(" ", text)))
    code = "\n".join(texts)

    def named(url: str) -> bool:
        bare = url.strip("/#").strip("/")
        return bool(bare) and bool(re.search(rf"""["'`]/?#?/{re.escape(bare)}/?(?:[#?][^"'`]*)?["'`]""", code))

    others = {page: url for page, url in routes.items() if url.strip("/#")}
    reached = {page for page, url in others.items() if named(url)}
    if not reached:
        return list(routes)  # no route is named anywhere: the links are computed, keep them all
    return [page for page in routes if page not in others or page in reached]


def _routes(root: Node) -> list[tuple[str, str]]:
    """(path, component name) for every route element or route object in a router file."""
    found: list[tuple[str, str]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(reversed(node.named_children))
        fields: dict[str, Node] = {}
        if node.type in ("jsx_self_closing_element", "jsx_opening_element") and _text(node.child_by_field_name("name")) == "Route":
            for attr in node.named_children:
                if attr.type == "jsx_attribute" and len(attr.named_children) == 2:
                    fields[_text(attr.named_children[0])] = attr.named_children[1]
        elif node.type == "object":
            for pair in node.named_children:
                key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
                if pair.type == "pair" and key is not None and value is not None:
                    fields[literal_text(key) or _text(key)] = value
        url = literal_text(fields["path"]) if "path" in fields else None
        shown = fields.get("element") or fields.get("component") or fields.get("Component")
        if url is None or shown is None:
            continue
        while shown.type == "jsx_expression" and shown.named_children:
            shown = shown.named_children[0]
        if shown.type == "arrow_function":  # a lazy route: () => import("../views/Cfp.vue")
            body = shown.child_by_field_name("body")
            args = body.child_by_field_name("arguments") if body is not None and body.type == "call_expression" else None
            spec = next((literal_text(a) for a in args.named_children if a.type == "string"), None) if args is not None else None
            if spec:
                found.append((url, spec))
            continue
        if shown.type == "jsx_element":
            shown = _open(shown) or shown
        name = _text(shown.child_by_field_name("name")) if shown.type.startswith("jsx_") else _text(shown) if shown.type == "identifier" else ""
        if name:
            found.append((url, name))
    return found


def app_routes(root: Path) -> list[Path]:
    """Route component files: ``app/**/page.*`` (Next's app router) and ``pages/**`` (Next's
    pages router, Gatsby), under ``src/`` or the root; API routes and the app's frame
    (``_app``, ``_document``, 404) are not pages. An app with a router has the pages it routes
    and something in the app links to (see ``linked_routes``)."""
    routed = router_routes(root)
    if routed:
        return sorted(linked_routes(root, routed))
    found: list[Path] = []
    for base in (root / "src", root):
        app, pages = base / "app", base / "pages"
        if app.is_dir():
            found += [p for p in _files(app) if _ROUTE_FILE.match(p.name)]
        if pages.is_dir():
            found += [
                p for p in _files(pages)
                if is_app_source(p.name) and not _NOT_ROUTE.match(p.name) and "api" not in p.relative_to(pages).parts[:-1]
            ]
    return sorted(dict.fromkeys(found))


def route_path(root: Path, page: Path) -> str:
    """The URL path a route file is served at: ``app/cfp/page.js`` and ``pages/cfp.jsx`` → /cfp/."""
    routed = router_routes(root).get(page.resolve())
    if routed is not None:
        return routed
    for base in (root / "src", root):
        for kind in ("app", "pages"):
            folder = base / kind
            if folder in page.parents:
                parts = list(PurePosixPath(page.relative_to(folder).as_posix()).with_suffix("").parts)
                if kind == "app":
                    parts = parts[:-1]  # page.js names its folder's route
                parts = [p for p in parts if not (p.startswith("(") and p.endswith(")"))]  # (group) folders are not in the URL
                if parts and parts[-1] == "index":
                    parts = parts[:-1]
                return "/" + "".join(f"{p}/" for p in parts)
    return "/"


def render_route(root: Path, page: Path) -> str:
    """The route's page as an HTML document: the app router's layouts around it, its title and
    description from ``metadata``, every local component written in."""
    if page.suffix.lower() == VUE_SUFFIX:  # a Vue app's routed view, inside App.vue's <router-view>
        return f"<html><head></head><body>{render_vue_app(root, page)}</body></html>"
    renderer = _Renderer(root)
    frames = _layouts(root, page)
    body = renderer.file_html(page, {})
    for layout in reversed(frames):
        body = renderer.file_html(layout, {"children": _Given(html_text=body)})
    meta = {}
    for path in (*frames, page):
        meta.update(renderer.metadata(path))
    head = ""
    if meta.get("title"):
        head += f"<title>{html.escape(meta['title'])}</title>"
    if meta.get("description"):
        head += f'<meta name="description" content="{html.escape(meta["description"], quote=True)}">'
    body = _DOCUMENT_TAGS.sub("", body)  # the root layout's own <html><body>: this document's
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _layouts(root: Path, page: Path) -> list[Path]:
    """The app router's ``layout.*`` files from the app folder down to the page's."""
    for base in (root / "src", root):
        app = base / "app"
        if app in page.parents:
            found = []
            for folder in [app, *[app.joinpath(*page.parent.relative_to(app).parts[: i + 1]) for i in range(len(page.parent.relative_to(app).parts))]]:
                layout = next((folder / f"layout{s}" for s in COMPONENT_SUFFIXES if (folder / f"layout{s}").is_file()), None)
                if layout is not None:
                    found.append(layout)
            return found
    return []


def _files(folder: Path) -> list[Path]:
    out = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).parts
        if path.is_file() and not any(part.startswith(".") or part == "node_modules" for part in rel):
            out.append(path)
    return out


@dataclass(frozen=True)
class _Given:
    """A prop's value as the caller wrote it: text, or JSX rendered in the caller's file."""

    text: str | None = None
    nodes: tuple[Node, ...] = ()
    scope: _Scope | None = None
    html_text: str | None = None  # already rendered (a layout's children: the page)


@dataclass
class _Scope:
    file: Path
    components: dict[str, tuple[Path, str]]  # a name used in JSX -> (its file, its name there; "default")
    props: dict[str, _Given] = field(default_factory=dict)
    param: str = ""  # ``props`` in ``function Card(props)``: ``props.title`` reads a prop
    chain: tuple[tuple[Path, str], ...] = ()


@dataclass(frozen=True)
class _Parsed:
    root: Node
    imports: dict[str, tuple[Path, str]]
    declarations: dict[str, Node]  # top-level function and variable declarations by name
    default: str | Node | None  # the default export: a declared name, or the exported node itself


class _Renderer:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._parsed: dict[Path, _Parsed | None] = {}
        self._data_shown: set[Path] = set()
        self._placed: dict[Path, set[str]] = {}  # data a component's JSX maps over, written where it maps
        self._keys: frozenset[str] | None = None

    def file_html(self, path: Path, props: dict[str, _Given]) -> str:
        return self._component(path.resolve(), "default", props, None) or ""

    def metadata(self, path: Path) -> dict[str, str]:
        """``export const metadata = {title, description}`` (Next's app router)."""
        parsed = self._parse(path.resolve())
        node = parsed.declarations.get("metadata") if parsed else None
        value = node.child_by_field_name("value") if node is not None and node.type == "variable_declarator" else None
        out: dict[str, str] = {}
        if value is not None and value.type == "object":
            for pair in value.named_children:
                key, val = pair.child_by_field_name("key"), pair.child_by_field_name("value")
                if pair.type == "pair" and key is not None and val is not None:
                    name = literal_text(key) or _text(key)
                    text = literal_text(val)
                    if name in ("title", "description") and text:
                        out[name] = text.strip()
        return out

    # -- components -------------------------------------------------------------------------

    def _component(self, path: Path, name: str, props: dict[str, _Given], caller: _Scope | None) -> str | None:
        parsed = self._parse(path)
        if parsed is None:
            return None
        chain = caller.chain if caller else ()
        if (path, name) in chain or len(chain) >= _MAX_DEPTH:
            return ""  # a component inside itself: written once
        decl = self._declaration(parsed, name)
        if decl is None:
            return None
        scope = _Scope(path, parsed.imports, props, _param(decl), (*chain, (path, name)))
        first = path not in self._data_shown
        self._data_shown.add(path)
        body = [jsx_html(node, lambda n, alone, s=scope: self._expand(n, alone, s)) for node in _outer_jsx(decl)]
        out = []
        if first:  # what the JSX did not map over in place comes first, as before
            out.append(data_html(parsed.root, skip=_PAGE_METADATA))
            out += [self._module_data(target) for target, _ in dict.fromkeys(parsed.imports.values())]
        return "".join(out + body)

    def _module_data(self, path: Path) -> str:
        """A module of data the page imports (``lib/workshop-data.ts``: the dates, speakers and
        schedule its JSX maps over), once per page, with only the fields some component shows (a
        bio no card displays is not on the page)."""
        parsed = self._parse(path)
        if path in self._data_shown or parsed is None or shown_keys(parsed.root) is not None:
            return ""  # a component is rendered where it is used, not as data
        self._data_shown.add(path)
        skip = _PAGE_METADATA | self._placed.get(path, set())
        return data_html(parsed.root, skip=frozenset(skip), shown=self._app_keys())

    def _mapped_data(self, node: Node, scope: _Scope) -> str | None:
        """``{teamMembers.map(m => <Person … />)}`` over a module of data the file imports: that
        data, written here under the component's heading rather than at the top of the page."""
        base = node
        while base.type in ("call_expression", "member_expression"):
            if base.type == "call_expression":
                base = base.child_by_field_name("function")
            else:
                base = base.child_by_field_name("object")
            if base is None:
                return None
        if base.type != "identifier" or node.type != "call_expression" or _text(base) not in scope.components:
            return None
        target, exported = scope.components[_text(base)]
        parsed = self._parse(target)
        placed = self._placed.setdefault(target, set())
        if parsed is None or shown_keys(parsed.root) is not None or exported in placed or target in self._data_shown:
            return None
        placed.add(exported)
        return binding_html(parsed.root, exported, shown=self._app_keys()) or None

    def _app_keys(self) -> frozenset[str]:
        if self._keys is None:
            keys: set[str] = set()
            base = self.root / "src" if (self.root / "src").is_dir() else self.root
            for path in _files(base):
                parsed = self._parse(path.resolve()) if path.suffix.lower() in COMPONENT_SUFFIXES else None
                found = shown_keys(parsed.root) if parsed is not None else None
                keys |= found or set()
            self._keys = frozenset(keys)
        return self._keys

    def _declaration(self, parsed: _Parsed, name: str) -> Node | None:
        if name == "default":
            target = parsed.default
            if isinstance(target, Node):
                return target
            name = target or ""
        return parsed.declarations.get(name)

    def _expand(self, node: Node, alone: bool, scope: _Scope) -> str | None:
        if node.type == "jsx_expression":
            inner = [c for c in node.named_children if c.type != "comment"]
            given = self._prop(inner[0], scope) if len(inner) == 1 else None
            if given is None:
                return self._mapped_data(inner[0], scope) if len(inner) == 1 else None
            text = self._given_html(given)
            if alone and given.text is not None and text and _TITLE_PROP.search(self._prop_name(inner[0], scope)) and not _in_title(node):
                return f"<h2>{text}</h2>"
            return text
        name_node = _open(node).child_by_field_name("name") if _open(node) is not None else None
        name = _text(name_node) if name_node is not None else ""
        target = self._target(name, scope)
        if target is None:
            return None
        props = self._props(node, scope)
        rendered = self._component(target[0], target[1], props, scope)
        return rendered

    def _target(self, name: str, scope: _Scope) -> tuple[Path, str] | None:
        if not name or not name[:1].isupper():
            return None
        if name in scope.components:
            return scope.components[name]
        parsed = self._parse(scope.file)
        if parsed is not None and name in parsed.declarations:
            return (scope.file, name)  # a component defined in the same file
        return None

    def _props(self, node: Node, scope: _Scope) -> dict[str, _Given]:
        opening = _open(node)
        props: dict[str, _Given] = {}
        for attr in opening.named_children if opening is not None else ():
            if attr.type != "jsx_attribute" or not attr.named_children:
                continue
            key = _text(attr.named_children[0])
            value = attr.named_children[1] if len(attr.named_children) > 1 else None
            if value is None:
                continue
            text = attribute_text(value)
            if text:
                props[key] = _Given(text=text)
            elif value.type == "jsx_expression":
                inner = [c for c in value.named_children if c.type != "comment"]
                if len(inner) == 1 and inner[0].type.startswith("jsx_"):
                    props[key] = _Given(nodes=(inner[0],), scope=scope)
                elif len(inner) == 1 and (passed := self._prop(inner[0], scope)) is not None:
                    props[key] = passed  # handed on: <Card title={title} />
            elif value.type.startswith("jsx_"):
                props[key] = _Given(nodes=(value,), scope=scope)
        if node.type == "jsx_element":
            children = tuple(c for c in node.named_children if c.type not in ("jsx_opening_element", "jsx_closing_element"))
            if children:
                props["children"] = _Given(nodes=children, scope=scope)
        return props

    def _prop(self, node: Node, scope: _Scope) -> _Given | None:
        if node.type == "identifier":
            name = _text(node)
            if name in scope.props:
                return scope.props[name]
            target = scope.components.get(name, (scope.file, name))
            text = self._constant_text(*target)  # date={scheduleDate}: a string the data module names
            return _Given(text=text) if text else None
        if node.type == "member_expression":
            owner, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
            if owner is not None and prop is not None and (
                (owner.type == "identifier" and _text(owner) == scope.param) or _text(owner) == "this.props"  # a class component's
            ):
                return scope.props.get(_text(prop))
        return None

    def _constant_text(self, path: Path, name: str) -> str | None:
        """The string a module binds to a name (``export const scheduleDate = "Friday, November 14"``)."""
        parsed = self._parse(path)
        decl = parsed.declarations.get(name) if parsed is not None and name != "default" else None
        value = decl.child_by_field_name("value") if decl is not None and decl.type == "variable_declarator" else None
        return literal_text(value) if value is not None and value.type in ("string", "template_string") else None

    def _prop_name(self, node: Node, scope: _Scope) -> str:
        if node.type == "member_expression":
            prop = node.child_by_field_name("property")
            return _text(prop) if prop is not None else ""
        return _text(node)

    def _given_html(self, given: _Given) -> str:
        if given.html_text is not None:
            return given.html_text
        if given.text is not None:
            return html.escape(given.text)
        scope = given.scope
        return "".join(jsx_html(n, lambda x, alone, s=scope: self._expand(x, alone, s)) if n.type.startswith("jsx_") else "" for n in given.nodes)

    # -- files ------------------------------------------------------------------------------

    def _parse(self, path: Path) -> _Parsed | None:
        if path in self._parsed:
            return self._parsed[path]
        parsed = None
        try:
            if path.is_file() and path.stat().st_size <= MAX_SCRIPT_BYTES and self.root in path.parents:
                text = path.read_text(encoding="utf-8", errors="replace")
                if is_site_script(text):
                    root = parse_script(text, path.suffix.lower() in TYPESCRIPT_SUFFIXES)
                    parsed = _Parsed(root, self._imports(root, path), *_declarations(root))
        except OSError:
            parsed = None
        self._parsed[path] = parsed
        return parsed

    def _imports(self, root: Node, path: Path) -> dict[str, tuple[Path, str]]:
        """``import Card from "./card"``, ``import { Card } from "@/components/card"``: local files only."""
        return local_imports(root, lambda spec: self._resolve(spec, path))

    def _resolve(self, spec: str, path: Path) -> Path | None:
        if spec.startswith("."):
            base = (path.parent / spec).resolve()
        elif spec.startswith(("@/", "~/")):
            base = (self.root / "src" / spec[2:]) if (self.root / "src").is_dir() else self.root / spec[2:]
        else:
            return None  # a package (react, next/link): not the site's text
        for candidate in (base, *(base.with_name(base.name + s) for s in COMPONENT_SUFFIXES), *(base / f"index{s}" for s in COMPONENT_SUFFIXES)):
            if candidate.is_file() and candidate.suffix.lower() in (*COMPONENT_SUFFIXES, VUE_SUFFIX):
                return candidate.resolve()
        return None


def _declarations(root: Node) -> tuple[dict[str, Node], str | Node | None]:
    declarations: dict[str, Node] = {}
    default: str | Node | None = None
    for node in root.named_children:
        exported = node
        if node.type == "export_statement":
            is_default = any(c.type == "default" for c in node.children)
            decl = node.child_by_field_name("declaration")
            value = node.child_by_field_name("value")
            if is_default:
                if decl is not None:
                    name = decl.child_by_field_name("name")
                    default = _text(name) if name is not None else decl
                elif value is not None:
                    default = _text(value) if value.type == "identifier" else value
            exported = decl if decl is not None else node
        for decl in _declared(exported):
            name = decl.child_by_field_name("name")
            if name is not None:
                declarations[_text(name)] = decl
    if isinstance(default, str) and default not in declarations:
        default = None
    return declarations, default


def _declared(node: Node) -> list[Node]:
    if node.type in ("function_declaration", "class_declaration", "generator_function_declaration"):
        return [node]
    if node.type in ("lexical_declaration", "variable_declaration"):
        return [c for c in node.named_children if c.type == "variable_declarator"]
    return []


def _param(decl: Node) -> str:
    """The name a component takes its props by (``function Card(props)``); '' when destructured."""
    fn = decl.child_by_field_name("value") if decl.type == "variable_declarator" else decl
    while fn is not None and fn.type in ("call_expression", "parenthesized_expression"):  # memo(…), forwardRef(…)
        args = fn.child_by_field_name("arguments") if fn.type == "call_expression" else fn
        fn = next((c for c in args.named_children if c.type != "comment"), None) if args is not None else None
    if fn is None:
        return ""
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    if params is None:
        return ""
    if params.type == "identifier":
        return _text(params)
    first = next((c for c in params.named_children if c.type != "comment"), None)
    if first is not None and first.type in ("required_parameter", "optional_parameter"):
        first = first.child_by_field_name("pattern") or first
    return _text(first) if first is not None and first.type == "identifier" else ""


def _outer_jsx(node: Node) -> list[Node]:
    """The outermost JSX trees inside a component's declaration, in source order."""
    out: list[Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type in ("jsx_element", "jsx_self_closing_element", "jsx_fragment"):
            out.append(current)
            continue
        if current.type == "comment":
            continue
        stack.extend(reversed(current.named_children))
    return out


def _in_title(node: Node) -> bool:
    """An expression inside ``<title>`` (React Helmet's document title) names the page; it heads no section."""
    parent = node.parent
    opening = _open(parent) if parent is not None and parent.type == "jsx_element" else None
    return opening is not None and _text(opening.child_by_field_name("name")).lower() == "title"


def _open(node: Node) -> Node | None:
    return node if node.type == "jsx_self_closing_element" else node.child_by_field_name("open_tag")


def _text(node: Node | None) -> str:
    return node.text.decode("utf-8", errors="replace") if node is not None and node.text else ""

