"""Which files of a site dropped into ``knowledge/pages/`` are pages, and what each is called.

Organizers drop in what they have: one Markdown file, a Jekyll or Hugo source tree, or a built
site, possibly several side by side. Each site root is found by its generator's config file
(``_config.yml``; ``hugo.toml``/``hugo.yaml``/``config.toml``...) and read by that generator's
rules: Jekyll publishes everything except ``_underscore`` folders (``_posts``, collections with
``output: true`` and ``include:`` entries excepted); Hugo and Zola publish ``content/`` (Zola's
``config.toml`` says ``base_url``, Hugo's ``baseURL``); a built site is
read when it is all there is. Templates, assets, dependencies and repository boilerplate are
never pages.

A page's slug is its path without suffix, ``/`` as ``-``, ``index``/``_index`` standing for
their folder, so it is stable across reloads (sources in faq.yaml refer to it); its permalink is
the front matter's ``permalink``/``url``, else the URL the generator gives that path.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from perfm_bot.core.errors import KnowledgeError
from perfm_bot.sources.front_matter import split_front_matter
from perfm_bot.sources.astro_page import ASTRO_SUFFIX, is_astro_page
from perfm_bot.sources.html_includes import included_files
from perfm_bot.sources.docusaurus import docusaurus_config, docusaurus_pages, docusaurus_permalink
from perfm_bot.sources.jsx_app import COMPONENT_SUFFIXES, app_routes, is_js_app, may_route, route_path, router_routes
from perfm_bot.sources.mkdocs import MKDOCS_CONFIGS, mkdocs_config, mkdocs_pages, mkdocs_permalink
from perfm_bot.sources.orphans import orphan_pages
from perfm_bot.sources.svelte_page import SVELTE_CONFIGS, SVELTE_SUFFIX, is_svelte_app, is_sveltekit, svelte_pages, svelte_permalink
from perfm_bot.sources.yaml_lines import parse_site_yaml

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx", ".qmd")  # .qmd: Quarto's Markdown (Pandoc's, with fenced divs)
HTML_SUFFIXES = (".html", ".htm")
RST_SUFFIXES = (".rst",)
PAGE_SUFFIXES = MARKDOWN_SUFFIXES + HTML_SUFFIXES + RST_SUFFIXES
SPHINX_CONFIG = "conf.py"
QUARTO_CONFIGS = ("_quarto.yml", "_quarto.yaml")
QUARTO_BUILT = ("_site", "_freeze", "docs")  # its default output, its cache, and the output GitHub Pages serves
ASTRO_CONFIGS = ("astro.config.mjs", "astro.config.ts", "astro.config.js", "astro.config.cjs")
DOCUSAURUS_CONFIGS = ("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs", "docusaurus.config.cjs")
SKIPPED_DIRS = frozenset(
    {"_layouts", "_sass", "_includes", "_data", "_drafts", "assets", "static", "node_modules", "vendor", "themes",
     "_build", "_templates", "_static"}
)
BUILT_DIRS = ("_site", "public")  # a generator's output: read only when it is the only thing there
BOILERPLATE = ("readme", "license", "licence", "changelog", "contributing", "code_of_conduct", "404")
# Repository files named in capitals for tools and maintainers (CLAUDE.md, AGENTS.md, SECURITY.md): not pages
TOOL_FILES = frozenset({"CLAUDE", "AGENTS", "GEMINI", "COPILOT", "SECURITY", "CODEOWNERS", "CITATION", "NOTICE", "TODO"})
JEKYLL_CONFIGS = ("_config.yml", "_config.yaml")
HUGO_CONFIGS = (
    "hugo.toml",
    "hugo.yaml",
    "hugo.yml",
    "hugo.json",
    "config.toml",
    "config.yaml",
    "config.yml",
    "config.json",
)
# Hugo's configuration directory: config/_default/hugo.toml (or config.toml) holds the root keys,
# each other file the key its name says (params.toml is [params], menus.toml [menus])
HUGO_CONFIG_DIR = ("config", "_default")
ZOLA_CONFIGS = ("zola.toml", "config.toml")
CONTENT_GENERATORS = ("hugo", "zola")  # the pages are content/'s, at the paths content/ gives them


@dataclass(frozen=True)
class Site:
    """A site root and what its pages can see (``site.*`` in Liquid, the ``_includes/`` folder)."""

    root: Path
    generator: str  # "jekyll" | "hugo" | "zola" | "sphinx" | "astro" | "quarto" | "docusaurus" | "mkdocs" | "svelte" | "jsapp" | "plain"
    config: dict[str, Any] = field(default_factory=dict)
    includes: Path | None = None
    layouts: Path | None = None  # Jekyll's _layouts/ (Astro's src/layouts/): what every page is shown inside

    @property
    def title(self) -> str:
        return str(self.config.get("title") or "").strip()


@dataclass(frozen=True)
class SiteFile:
    path: Path
    site: Site
    slug: str
    kind: str  # "markdown" | "html" | "rst" | "jsx" (a JavaScript app's route component) | "astro" | "svelte"
    standin: bool = False  # a page with no file of its own: a Hugo home its layout alone makes


def find_sites(folder: Path) -> list[Site]:
    """Every site root under ``folder`` (``folder`` itself is one, 'plain' without a config)."""
    roots = {folder}
    for path in _walk(folder, folder, set()):
        if path.name in JEKYLL_CONFIGS or path.name in (*HUGO_CONFIGS, *ZOLA_CONFIGS) and _hugo_root(path.parent):
            roots.add(path.parent)
        elif path.parent.parts[-2:] == HUGO_CONFIG_DIR and path.name in HUGO_CONFIGS and _hugo_root(path.parents[2]):
            roots.add(path.parents[2])
        elif path.name == SPHINX_CONFIG and any(path.parent.glob("*.rst")) or path.name in (*ASTRO_CONFIGS, *QUARTO_CONFIGS, *DOCUSAURUS_CONFIGS):
            roots.add(path.parent)
        elif path.name in MKDOCS_CONFIGS:
            roots.add(path.parent)
        elif path.name in SVELTE_CONFIGS and is_sveltekit(path.parent) or path.name == "App.svelte" and is_svelte_app(path.parents[1]):
            roots.add(path.parent if path.name in SVELTE_CONFIGS else path.parents[1])
        elif path.name == "package.json" and _shell_less_app(path.parent):
            roots.add(path.parent)
        elif may_route(path) and router_routes(path.parent.parent):  # a routed app, with or without package.json
            roots.add(path.parent.parent)
    return [_site(root) for root in sorted(roots)]


def _site(root: Path) -> Site:
    jekyll = next((root / n for n in JEKYLL_CONFIGS if (root / n).is_file()), None)
    if jekyll:
        includes, layouts = root / "_includes", root / "_layouts"
        return Site(root, "jekyll", {}, includes if includes.is_dir() else None, layouts if layouts.is_dir() else None)
    if is_zola_root(root):
        return Site(root, "zola")
    if has_hugo_config(root) and _hugo_root(root):
        return Site(root, "hugo")
    if (root / SPHINX_CONFIG).is_file() and any(root.glob("*.rst")):
        return Site(root, "sphinx")
    if any((root / n).is_file() for n in QUARTO_CONFIGS) and any(_walk_qmd(root)):
        return Site(root, "quarto")
    if any((root / n).is_file() for n in DOCUSAURUS_CONFIGS):
        return Site(root, "docusaurus")
    if any((root / n).is_file() for n in MKDOCS_CONFIGS):
        return Site(root, "mkdocs")
    if any((root / n).is_file() for n in ASTRO_CONFIGS):
        layouts = root / "src" / "layouts"
        return Site(root, "astro", layouts=layouts if layouts.is_dir() else None)
    if is_sveltekit(root) or is_svelte_app(root):
        return Site(root, "svelte")
    if _shell_less_app(root):
        return Site(root, "jsapp")
    return Site(root, "plain")


def _shell_less_app(root: Path) -> bool:
    """A JavaScript app whose pages are its route components (Next.js, Gatsby, a React app whose
    router names its pages): an unrouted React or Vite app's shell page (``index.html``) is read
    with its scripts instead."""
    if router_routes(root):
        return True
    return not any((root / d / "index.html").is_file() for d in ("", "public")) and is_js_app(root)


_ZOLA_SETTING = re.compile(r"^\s*base_url\s*=", re.M)  # Hugo's is baseURL (or baseurl)


def is_zola_root(root: Path) -> bool:
    """A Zola config (``zola.toml``, or a ``config.toml`` naming ``base_url``) beside ``content/``."""
    if not (root / "content").is_dir():
        return False
    if (root / "zola.toml").is_file():
        return True
    try:
        return (root / "config.toml").is_file() and bool(_ZOLA_SETTING.search((root / "config.toml").read_text(encoding="utf-8", errors="replace")[:200_000]))
    except OSError:
        return False


def _hugo_root(root: Path) -> bool:
    """A Hugo config beside Markdown content, or beside a home template (the site's or a theme's):
    some workshop sites have no content at all, their text all in the config and the layouts."""
    return (root / "content").is_dir() or bool(hugo_home_layouts(root))


def has_hugo_config(root: Path) -> bool:
    """A Hugo config file at the root, or Hugo's configuration directory."""
    return any((root / n).is_file() for n in HUGO_CONFIGS) or bool(hugo_config_files(root))


def hugo_config_files(root: Path) -> list[Path]:
    """The files of Hugo's configuration directory, its root file (hugo.* or config.*) first."""
    folder = root.joinpath(*HUGO_CONFIG_DIR)
    if not folder.is_dir():
        return []
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in (".toml", ".yaml", ".yml", ".json"))
    if not any(p.name in HUGO_CONFIGS for p in files):
        return []
    return sorted(files, key=lambda p: p.name not in HUGO_CONFIGS)


def hugo_home_layouts(root: Path) -> list[Path]:
    """The ``index.html`` templates that could make a Hugo site's home page, the site's first."""
    found = [root / "layouts" / "index.html", *sorted((root / "themes").glob("*/layouts/index.html"))]
    return [p for p in found if p.is_file()]


def load_site_config(site: Site) -> tuple[Site, list[str]]:
    """The site with its config (and, for Jekyll, ``data`` from ``_data/``); problems by file:line."""
    problems: list[str] = []
    config: dict[str, Any] = {}
    names = {"jekyll": JEKYLL_CONFIGS, "hugo": HUGO_CONFIGS, "zola": ZOLA_CONFIGS, "quarto": QUARTO_CONFIGS}.get(site.generator, ())
    path = next((site.root / n for n in names if (site.root / n).is_file()), None)
    if path is not None:
        config = _read_data(path, problems) or {}
        config = config if isinstance(config, dict) else {}
    elif site.generator == "hugo":
        for part in hugo_config_files(site.root):
            read = _read_data(part, problems)
            if isinstance(read, dict) and part.name in HUGO_CONFIGS:
                config = {**read, **config}
            elif isinstance(read, dict) and read:
                config.setdefault(part.stem, read)
    if site.generator == "jekyll":
        config["data"] = _data_tree(site.root / "_data", problems)
        for name, documents in _collections(site.root, config.get("collections"), problems).items():
            config.setdefault(name, documents)
    if site.generator == "hugo" and (site.root / "data").is_dir():  # what its shortcodes show (.Site.Data)
        config["data"] = _data_tree(site.root / "data", problems)
    if site.generator == "quarto":  # website: {title: …} (a book's or the project's title else)
        titled = next((config.get(k) for k in ("website", "book", "project") if isinstance(config.get(k), dict) and config[k].get("title")), {})
        config["title"] = str(titled.get("title", "")) if titled else ""
    if site.generator == "sphinx":  # conf.py is Python: read its title, never run it
        config.update(_sphinx_title(site.root / SPHINX_CONFIG))
    if site.generator == "zola" and not config.get("title"):  # a theme's title may sit in [extra]
        extra = config.get("extra")
        config["title"] = str(extra.get("title") or "") if isinstance(extra, dict) else ""
    if site.generator == "mkdocs":  # its tags (!!python/name:…) name Python objects: read as nothing
        config, problem = mkdocs_config(next(site.root / n for n in MKDOCS_CONFIGS if (site.root / n).is_file()))
        problems += [problem] if problem else []
    if site.generator == "docusaurus":  # docusaurus.config.js is code: its literals read, never run
        config.update(docusaurus_config(next((site.root / n for n in DOCUSAURUS_CONFIGS if (site.root / n).is_file()))))
    if site.generator == "hugo":
        config.setdefault(
            "title", (config.get("params") or {}).get("title", "") if isinstance(config.get("params"), dict) else ""
        )
    return Site(site.root, site.generator, config, site.includes, site.layouts), problems


_SPHINX_TITLE = re.compile(r"^(html_title|project)\s*=\s*(?:u|r)?([\"'])(.+?)\2\s*(?:#.*)?$", re.M)


def _sphinx_title(path: Path) -> dict[str, str]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")[:200_000]
    except OSError:
        return {}
    found = {m.group(1): m.group(3).strip() for m in _SPHINX_TITLE.finditer(text)}
    title = found.get("html_title") or found.get("project")
    return {"title": title} if title else {}


def _read_data(path: Path, problems: list[str]) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".toml":
            return tomllib.loads(text)
        if path.suffix == ".json":
            return json.loads(text)
        return parse_site_yaml(text, str(path))
    except KnowledgeError as exc:
        problems.extend(exc.problems)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        problems.append(f"{path}:{getattr(exc, 'lineno', 1)}: cannot be read: {exc}")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot be read ({exc})")
    return None


def _collections(root: Path, declared: Any, problems: list[str]) -> dict[str, list[dict[str, Any]]]:
    """A Jekyll site's collections as ``site.<name>``: each document's front matter with its
    ``content``. al-folio's home page shows its speakers and organizers as cards from
    ``site.projects | where: "category", "speaker"``; without them both sections are empty."""
    names = list(declared) if isinstance(declared, (dict, list)) else []
    found: dict[str, list[dict[str, Any]]] = {}
    for name in (str(n) for n in names if isinstance(n, str) and re.fullmatch(r"[\w-]+", n)):
        folder = root / f"_{name}"
        if not folder.is_dir():
            continue
        documents = []
        for path in sorted(folder.glob("*"))[:MAX_COLLECTION]:
            if path.suffix.lower() not in (".md", ".markdown", ".html") or not path.is_file():
                continue
            try:
                front, body, _ = split_front_matter(path.read_text(encoding="utf-8", errors="replace"), str(path))
            except KnowledgeError as exc:
                problems.extend(exc.problems)
                continue
            documents.append({**front, "content": body, "slug": path.stem})
        found[name] = documents
    return found


MAX_COLLECTION = 500  # documents read from one collection folder


def _data_tree(folder: Path, problems: list[str]) -> dict[str, Any]:
    """``_data/speakers.yml`` as ``site.data.speakers``, ``_data/2025/talks.json`` as ``site.data.2025.talks``."""
    tree: dict[str, Any] = {}
    if not folder.is_dir():
        return tree
    for path in sorted(folder.rglob("*")):
        if path.suffix not in (".yml", ".yaml", ".json", ".toml") or any(p.startswith(".") for p in path.parts):
            continue
        node = tree
        for part in path.relative_to(folder).parent.parts:
            node = node.setdefault(part, {})
        node[path.stem] = _read_data(path, problems)
    return tree


def site_files(folder: Path, sites: list[Site]) -> list[SiteFile]:
    """Every page file under ``folder``, in a stable order, each with its site and unique slug
    (``sites``: ``find_sites(folder)``, with their configs loaded)."""
    nested = {s.root for s in sites}
    files: list[SiteFile] = []
    taken: set[str] = set()
    for site in sites:
        for path in _site_pages(site, nested):
            slug = _unique(page_slug(folder, site, path), path, taken)
            suffix = path.suffix.lower()
            kind = "markdown" if suffix in MARKDOWN_SUFFIXES else "rst" if suffix in RST_SUFFIXES else "html"
            app = site.generator == "jsapp" and suffix not in MARKDOWN_SUFFIXES  # a route component (.vue too)
            kind = "jsx" if app or site.generator == "docusaurus" and suffix in COMPONENT_SUFFIXES else kind
            kind = "astro" if suffix == ASTRO_SUFFIX else "svelte" if suffix == SVELTE_SUFFIX else kind
            files.append(SiteFile(path, site, slug, kind, standin=not path.exists()))
    return files


def _site_pages(site: Site, nested: set[Path]) -> list[Path]:
    if site.generator == "jsapp":
        return app_routes(site.root)
    if site.generator == "docusaurus":
        return docusaurus_pages(site.root, site.config)
    if site.generator == "svelte":
        return svelte_pages(site.root)
    if site.generator == "mkdocs":
        return mkdocs_pages(site.root, site.config)
    root = site.root / "content" if site.generator in CONTENT_GENERATORS else site.root / "src" if site.generator == "astro" else site.root
    pages = [p for p in _walk(root, site.root, nested - {site.root}) if _is_page(p, site)]
    if not pages and site.generator == "plain":
        built = next((site.root / d for d in BUILT_DIRS if (site.root / d).is_dir()), None)
        if built is not None:  # a built site and nothing else: read what was built
            pages = [p for p in _walk(built, built, set()) if _is_page(p, site)]
    if site.generator == "plain":  # a fragment other pages include is part of them, not a page
        fragments = {f for p in pages if p.suffix.lower() in HTML_SUFFIXES for f in included_files(p, site.root)}
        pages = [p for p in pages if p.resolve() not in fragments]
    if site.generator in ("plain", "jekyll", *CONTENT_GENERATORS):  # pages nothing on the site leads to are not published
        orphans = orphan_pages(site.root, site.generator, pages, lambda path, front: page_permalink(site, path, front))
        pages = [p for p in pages if p not in orphans]
    if site.generator == "hugo":  # a folder's _index.md is the page Hugo publishes; an index.md beside it is not
        pages = [p for p in pages if not (p.name == "index.md" and p.with_name("_index.md") in pages)]
    home = site.root / "content" / "_index.md"
    if site.generator == "hugo" and home not in pages and hugo_home_layouts(site.root):
        pages.append(home)  # no Markdown for the home page: its layout still publishes one
    return sorted(pages)


def _walk(folder: Path, root: Path, stop: set[Path]) -> list[Path]:
    """Files under ``folder``, not entering dot folders, skipped folders or other site roots."""
    found: list[Path] = []
    if not folder.is_dir():
        return found
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if entry in stop or entry.name in SKIPPED_DIRS or entry.name in BUILT_DIRS and entry.parent == root:
                continue
            found.extend(_walk(entry, root, stop))
        elif entry.is_file():
            found.append(entry)
    return found


def _is_page(path: Path, site: Site) -> bool:
    if site.generator == "astro" and is_astro_page(path) and (site.root / "src" / "pages") in path.parents:
        return "[" not in path.name  # src/pages/index.astro; a [slug].astro route is a template for many
    if path.suffix.lower() not in PAGE_SUFFIXES or path.stem in TOOL_FILES:
        return False
    if path.stem.lower().startswith(BOILERPLATE) and not _readme_index(path, site):
        return False
    if site.generator == "sphinx":  # its .html files are templates and fragments the pages include
        return path.suffix.lower() in RST_SUFFIXES + MARKDOWN_SUFFIXES
    if site.generator == "astro":  # src/pages and content collections; .astro templates are code
        return path.suffix.lower() in MARKDOWN_SUFFIXES
    if site.generator == "quarto":  # its sources (what it built from them is the same text again); "_x.qmd" is an include
        rel = path.relative_to(site.root).parts
        return path.suffix.lower() in MARKDOWN_SUFFIXES and not set(rel[:-1]) & _quarto_output(site) and not path.name.startswith("_")
    if site.generator != "jekyll":
        return True
    first = path.relative_to(site.root).parts[0]
    excluded = site.config.get("exclude")
    if isinstance(excluded, list) and first in {str(e).strip("/") for e in excluded}:
        return False
    return not first.startswith("_") or first in _jekyll_published(site)


def _walk_qmd(root: Path) -> Iterator[Path]:
    return (p for p in root.rglob("*.qmd") if not any(part.startswith(".") for part in p.relative_to(root).parts))


def _quarto_output(site: Site) -> set[str]:
    project = site.config.get("project")
    named = project.get("output-dir") if isinstance(project, dict) else None
    return {*QUARTO_BUILT, str(named).strip("/")} if named else set(QUARTO_BUILT)


def _jekyll_published(site: Site) -> set[str]:
    """The underscore folders Jekyll publishes: ``_posts``, ``include:`` entries, output collections."""
    published = {"_posts", "_pages"}
    config = site.config
    include = config.get("include")
    if isinstance(include, list):
        published.update(str(i).strip("/") for i in include)
    collections = config.get("collections")
    if isinstance(collections, dict):
        published.update(
            f"_{name}" for name, spec in collections.items() if isinstance(spec, dict) and spec.get("output")
        )
    return published


def page_slug(folder: Path, site: Site, path: Path) -> str:
    """Relative path without suffix, '/' as '-', index/_index standing for their folder (a
    JavaScript app's route: its URL path)."""
    if site.generator == "jsapp":
        return route_path(site.root, path).replace("#", "").strip("/").replace("/", "-") or "index"
    if site.generator == "svelte":
        return svelte_permalink(site.root, path).strip("/").replace("/", "-") or "index"
    if site.generator == "mkdocs":
        return mkdocs_permalink(site.root, site.config, path).strip("/").removesuffix(".html").replace("/", "-") or "index"
    if site.generator == "docusaurus":
        return docusaurus_permalink(site.root, site.config, path, {}).strip("/").replace("/", "-") or "index"
    rel = PurePosixPath(path.relative_to(folder).as_posix())
    parts = [p for p in rel.with_suffix("").parts if p not in ("content", "_pages", *BUILT_DIRS)]
    if parts and parts[-1] in ("index", "_index"):
        parts = parts[:-1]
    return "-".join(p.lstrip("_") for p in parts) or "index"


def _unique(slug: str, path: Path, taken: set[str]) -> str:
    """``about.md`` next to ``about/index.html``: the later one (in path order) says its type."""
    candidate = slug
    if candidate in taken:
        candidate = f"{slug}-{path.suffix.lstrip('.').lower()}"
    n = 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _astro_permalink(site: Site, path: Path) -> str:
    """Astro routes ``src/pages/cfp.md`` to ``/cfp/`` and a content collection's
    ``src/content/news/launch.md`` usually to ``/news/launch/``."""
    for base in (site.root / "src" / "pages", site.root / "src" / "content"):
        if base in path.parents:
            parts = list(PurePosixPath(path.relative_to(base).as_posix()).with_suffix("").parts)
            if parts and parts[-1] == "index":
                parts = parts[:-1]
            return "/" + "".join(f"{p}/" for p in parts)
    return "/" + PurePosixPath(path.relative_to(site.root).as_posix()).with_suffix("").as_posix() + "/"


def _readme_index(path: Path, site: Site) -> bool:
    return site.generator == "jekyll" and readme_is_index(path)


def readme_is_index(path: Path) -> bool:
    """GitHub Pages publishes a Jekyll folder's ``README.md`` as its index when the folder has none
    (its jekyll-readme-index plugin, on by default): a site of README files is a site of pages."""
    if path.stem.lower() != "readme" or path.suffix.lower() not in MARKDOWN_SUFFIXES:
        return False
    return not any(p.stem.lower() == "index" and p.suffix.lower() in PAGE_SUFFIXES for p in path.parent.iterdir())


def _collection_permalink(site: Site, stem_parts: list[str]) -> str | None:
    """A Jekyll collection's document at its collection's URL, not its folder's: ``_2026/01.cfp.md``
    of a collection with ``permalink: /:collection/:title`` is ``/2026/01.cfp.html`` (where a year
    says which edition a page is), its ``index.md`` ``/2026/``."""
    declared = site.config.get("collections")
    if site.generator != "jekyll" or not isinstance(declared, dict) or len(stem_parts) < 2 or not stem_parts[0].startswith("_"):
        return None
    name = stem_parts[0][1:]
    spec = declared.get(name, declared.get(int(name)) if name.isdigit() else None)
    if spec is None:
        return None
    rest = stem_parts[1:]
    if rest[-1] == "index":
        return "/" + "".join(f"{p}/" for p in (name, *rest[:-1]))
    pattern = str(spec.get("permalink") or "") if isinstance(spec, dict) else ""
    return f"/{name}/{'/'.join(rest)}" + ("/" if pattern.endswith("/") else ".html")


def page_permalink(site: Site, path: Path, front: dict[str, Any]) -> str:
    """The published path: the front matter's, else the generator's rule for this file."""
    given = str(front.get("permalink") or front.get("url") or "").strip()
    if re.match(r"https?://", given):
        return given  # an imported page: cite the live site
    if given and not re.search(r"/:\w", given):  # '/news/:title/' is a pattern, not a path
        return "/" + given.lstrip("/")
    if site.generator == "astro":
        return _astro_permalink(site, path)
    if site.generator == "jsapp":
        return route_path(site.root, path)
    if site.generator == "svelte":
        return svelte_permalink(site.root, path)
    if site.generator == "mkdocs":
        return mkdocs_permalink(site.root, site.config, path)
    if site.generator == "docusaurus":
        return docusaurus_permalink(site.root, site.config, path, front)
    built = next((site.root / d for d in BUILT_DIRS if (site.root / d) in path.parents), None)
    base = site.root / "content" if site.generator in CONTENT_GENERATORS else built or site.root
    rel = PurePosixPath(path.relative_to(base).as_posix())
    stem_parts = list(rel.with_suffix("").parts)
    collection = _collection_permalink(site, stem_parts)
    if collection is not None:
        return collection
    if stem_parts and (stem_parts[-1] in ("index", "_index") or (stem_parts[-1].lower() == "readme" and _readme_index(path, site))):
        return "/" + "".join(f"{p}/" for p in stem_parts[:-1])
    if site.generator == "zola" and isinstance(front.get("path"), str) and front["path"].strip():
        return "/" + front["path"].strip().strip("/") + "/"  # Zola's own permalink
    if site.generator in CONTENT_GENERATORS:
        slug = front.get("slug")
        if isinstance(slug, str) and slug.strip():
            stem_parts[-1] = slug.strip()
        return "/" + "/".join(stem_parts) + "/"
    post = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})-(.+)", stem_parts[-1])
    if site.generator == "jekyll" and stem_parts[0] == "_posts" and post:
        return "/{}/{}/{}/{}.html".format(*post.groups())
    pretty = site.generator == "plain" and path.suffix.lower() in MARKDOWN_SUFFIXES
    if site.generator == "jekyll" and str(site.config.get("permalink") or "") == "pretty":
        pretty = True
    return "/" + "/".join(stem_parts) + ("/" if pretty else ".html")
