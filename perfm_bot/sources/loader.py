"""Loading the knowledge folder: which files it is made of, whether they changed, and reading
them all into one validated ``Knowledge``.

Nothing here imports the model or the index: commands that only read or check knowledge stay fast.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from perfm_bot.core.errors import KnowledgeError
from perfm_bot.sources.page_reader import read_page
from perfm_bot.sources.records import Knowledge, Page
from perfm_bot.sources.astro_page import render_astro
from perfm_bot.sources.mkdocs import announcement
from perfm_bot.sources.mkdocs import page_title as mkdocs_title
from perfm_bot.sources.nav_titles import Link, named_by_links, page_links
from perfm_bot.sources.svelte_page import render_svelte
from perfm_bot.sources.html_includes import with_includes
from perfm_bot.sources.jsx_app import render_route
from perfm_bot.sources.vue_app import is_vue_app, render_vue_app, vue_document
from perfm_bot.sources.script_text import SCRIPT_SUFFIXES, TYPESCRIPT_SUFFIXES, is_app_source, local_script_srcs, script_html
from perfm_bot.sources.schemas import parse_dates_file, parse_faq, parse_news, parse_out_of_scope
from perfm_bot.sources.site_tree import (
    PAGE_SUFFIXES,
    SiteFile,
    find_sites,
    load_site_config,
    page_permalink,
    site_files,
)
from perfm_bot.sources.yaml_lines import MAX_PAGE_BYTES, MAX_YAML_BYTES, load_yaml, parse_yaml, read_knowledge_text

FAQ_FILE = "faq.yaml"
DATES_FILE = "dates.yaml"
NEWS_FILE = "news.yaml"
OUT_OF_SCOPE_FILE = "out_of_scope.yaml"
PAGES_DIR = "pages"
# what a site's pages are made of: the pages, their includes, the config and the data files
_SITE_SUFFIXES = frozenset({*PAGE_SUFFIXES, *SCRIPT_SUFFIXES, ".yml", ".yaml", ".toml", ".json", ".liquid", ".csv", ".txt"})


def knowledge_files(root: Path) -> list[Path]:
    """Every file the knowledge is made of, in a stable order (for hashing and reload): the page
    folder's files (a site's includes, data and config change what its pages say, so all of them
    count) and the YAML files."""
    folder = root / PAGES_DIR
    found = folder.rglob("*") if folder.is_dir() else ()
    pages = sorted(p for p in found if p.suffix.lower() in _SITE_SUFFIXES and not _hidden(p, folder) and p.is_file())
    return [*pages, root / FAQ_FILE, root / DATES_FILE, root / NEWS_FILE, root / OUT_OF_SCOPE_FILE]


def _hidden(path: Path, folder: Path) -> bool:
    return any(part.startswith(".") or part == "node_modules" for part in path.relative_to(folder).parts)


def _file_name(root: Path, path: Path) -> str:
    """How a file is named in hashes: its path under pages/ (a flat page: its name), else its name."""
    folder = root / PAGES_DIR
    return path.relative_to(folder).as_posix() if folder in path.parents else path.name


def stat_signature(root: Path) -> tuple[tuple[str, int, int, int], ...]:
    """Names, inodes, sizes and modification times of the knowledge files: cheap to take every few
    seconds, and different whenever a file was written, replaced (the store's atomic rename gives a
    new inode), added or removed; ``fingerprint`` then decides whether the content changed."""
    signature = []
    for path in knowledge_files(root):
        try:
            info = path.stat()
        except FileNotFoundError:
            continue
        signature.append((_file_name(root, path), info.st_ino, info.st_size, info.st_mtime_ns))
    return tuple(signature)


def fingerprint(root: Path) -> str:
    """A hash of the knowledge files' bytes: changes exactly when some file does."""
    digest = hashlib.sha256()
    for path in knowledge_files(root):
        digest.update(_file_name(root, path).encode())
        try:
            digest.update(path.read_bytes())
        except FileNotFoundError:
            digest.update(b"\0missing")
        except OSError as exc:  # a folder where a file belongs, an unreadable file: loading names it
            digest.update(f"\0unreadable {exc.errno} {_stat_key(path)}".encode())
    return digest.hexdigest()


def _stat_key(path: Path) -> str:
    try:
        info = path.stat()
        return f"{info.st_ino}:{info.st_mtime_ns}:{info.st_mode}"
    except OSError:
        return "-"


def load_knowledge(root: Path, replace: Mapping[str, str] | None = None) -> Knowledge:
    """Load and validate everything under ``root``; raise KnowledgeError listing every problem.

    ``replace`` maps a YAML file name (``faq.yaml``...) to text read instead of that file: the
    store validates a change in the context of all the other files before it writes it.
    """
    if root.is_file():
        raise KnowledgeError(f"{root}: is a file, but the knowledge folder must be a folder (set --knowledge or PERFM_KNOWLEDGE)")
    if not root.is_dir():
        raise KnowledgeError(f"{root}: knowledge folder not found (set --knowledge or PERFM_KNOWLEDGE)")
    replace = replace or {}

    def read(name: str, parse: Callable[[Any, str], Any], empty: Any) -> Any:
        if name in replace:
            if len(replace[name].encode()) > MAX_YAML_BYTES:
                raise KnowledgeError(f"{root / name}: the change would make it over {MAX_YAML_BYTES / 2**20:.0f} MB; nothing was changed")
            return parse(parse_yaml(replace[name], str(root / name)), str(root / name))
        return _optional(root / name, parse, empty)

    problems: list[str] = []
    pages = _collect(problems, lambda: _load_pages(root, problems), ())
    faq = _collect(problems, lambda: read(FAQ_FILE, parse_faq, ()), ())
    default_tz, dates, ladder = _collect(
        problems, lambda: read(DATES_FILE, parse_dates_file, ("AoE", (), None)), ("AoE", (), None)
    )
    news = _collect(problems, lambda: read(NEWS_FILE, lambda data, label: parse_news(data, label, default_tz), ()), ())
    out_of_scope = _collect(problems, lambda: read(OUT_OF_SCOPE_FILE, parse_out_of_scope, ()), ())
    knowledge = Knowledge(root, pages, faq, dates, news, default_tz, out_of_scope, reminders=ladder, site_title=site_title(root))
    problems.extend(_check_sources(knowledge))
    if problems:
        raise KnowledgeError(problems)
    return knowledge


def _optional(path: Path, parse: Callable[[Any, str], Any], empty: Any) -> Any:
    """A YAML file that may be absent (a knowledge base can be pages only); present, it must be valid."""
    return parse(load_yaml(path), str(path)) if path.exists() or path.is_symlink() else empty


def _collect(problems: list[str], load: Callable[[], Any], fallback: Any) -> Any:
    try:
        return load()
    except KnowledgeError as exc:
        problems.extend(exc.problems)
        return fallback


def site_title(root: Path) -> str:
    """The title of the outermost site in pages/ whose config states one (what the workshop calls
    itself); "" when none does. Reads the configs only, so it is cheap."""
    folder = root / PAGES_DIR
    sites = find_sites(folder) if folder.is_dir() else []
    for site in sorted(sites, key=lambda s: len(s.root.parts)):
        title = load_site_config(site)[0].title
        if title:
            return title
    return ""


def _load_pages(root: Path, problems: list[str] | None = None) -> tuple[Page, ...]:
    """Every page of every site in pages/; one page's problem does not stop the others. Given
    ``problems``, they are added there and the good pages returned (so a source pointing at a good
    page is not reported as broken); without it, any problem raises."""
    collect = problems is None
    problems = [] if problems is None else problems
    folder = root / PAGES_DIR
    sites = []
    for site in find_sites(folder) if folder.is_dir() else []:
        loaded, site_problems = load_site_config(site)
        sites.append(loaded)
        problems.extend(site_problems)
    files = site_files(folder, sites)
    if not files:
        kinds = ", ".join(f"*{s}" for s in PAGE_SUFFIXES)
        raise KnowledgeError(
            f"{folder}: no pages ({kinds}) found; put the workshop page here, or a whole site "
            "(a Jekyll or Hugo source tree, or a built site)"
        )
    by_site: dict[Path, list[tuple[Page, list[Link]]]] = {}
    for file in files:
        try:
            by_site.setdefault(file.site.root, []).append(_read_page(file))
        except KnowledgeError as exc:
            problems.extend(exc.problems)
        except UnicodeDecodeError as exc:
            problems.append(f"{file.path}: not UTF-8 text ({exc.reason})")
    if collect and problems:
        raise KnowledgeError(problems)
    return tuple(page for read in by_site.values() for page in named_by_links(read))


def _read_page(file: SiteFile) -> tuple[Page, list[Link]]:
    """The page, and the links it shows (the names its site gives other pages)."""
    label = str(file.path)
    text = "" if file.standin else read_knowledge_text(file.path, label, MAX_PAGE_BYTES)
    kind = file.kind
    if kind == "jsx":
        text, kind = render_route(file.site.root, file.path), "html"
    elif kind == "astro":
        text, kind = render_astro(file.site.root, file.path), "html"
    elif kind == "svelte":
        text, kind = render_svelte(file.site.root, file.path), "html"
    elif kind == "html":
        text = with_page_scripts(with_includes(text, file.path, file.site.root), file.path, file.site.root)
    mkdocs = file.site.generator == "mkdocs"
    if mkdocs and page_permalink(file.site, file.path, {}) == "/":
        text += "\n\n" + announcement(file.site.root, file.site.config)  # the bar every page shows, read once
    parsed = read_page(text, label, kind, file.site, _fallback_title(file), file.path)
    permalink = page_permalink(file.site, file.path, parsed.front_matter)
    title = (mkdocs_title(file.site.root, file.site.config, file.path) if mkdocs else "") or parsed.title  # nav names it first
    links = page_links(text) if kind == "html" and text else []
    return Page(file.slug, label, title or file.slug, permalink, parsed), links


def with_page_scripts(text: str, path: Path, root: Path) -> str:
    """A page whose own scripts hold its text gets that text, read as data (``script_text``), at
    the end of its body: what a visitor sees once the scripts ran. Its scripts are the local ones
    it loads (``<script src="config.js">`` filling the dates in) and, for the shell page of a
    JavaScript app (``index.html`` or ``public/index.html`` beside ``package.json``), every script
    of the app's ``src/``. Remote and vendored scripts are not the site's text."""
    shell = path.name.lower() == "index.html" and path.parent in (root, root / "public")
    # a multi-page site (Vite's several inputs: cfp.html, speakers.html beside index.html) has no shell page
    shell = shell and not any(p.name.lower() != "index.html" for p in path.parent.glob("*.htm*"))
    if shell and is_vue_app(root):  # the app's components make the page; its data is what they show of it
        return vue_document(text, render_vue_app(root))
    scripts = [(root / src.lstrip("/")) if src.startswith("/") else (path.parent / src) for src in local_script_srcs(text)]
    if shell and (root / "package.json").is_file():
        app = root / "src"
        found = app.rglob("*") if app.is_dir() else ()
        scripts += sorted(p for p in found if is_app_source(p.name) and not _hidden(p, app))
    added = [_script_text(script, root) for script in dict.fromkeys(scripts)]
    extra = "\n".join(a for a in added if a)
    if not extra:
        return text
    at = text.lower().rfind("</body>")
    return text[:at] + extra + text[at:] if at >= 0 else text + "\n" + extra


def _script_text(script: Path, root: Path) -> str:
    try:
        script = script.resolve()
        if root.resolve() not in script.parents or not script.is_file() or script.stat().st_size > MAX_PAGE_BYTES:
            return ""
        # each script's data is a section of the page's own (an <h1>), not one more part of its last section
        text = script.read_text(encoding="utf-8", errors="replace")
        own = script_html(text, script.suffix.lower() in TYPESCRIPT_SUFFIXES, section_level=1)
        return "\n".join(part for part in (own, *_imported_json(text, script, root)) if part)
    except OSError:
        return ""


_JSON_IMPORT = re.compile(r"""^\s*import\s+([A-Za-z_$][\w$]*)\s+from\s+["'](\.{1,2}/[^"']+\.json)["']""", re.M)


def _imported_json(text: str, script: Path, root: Path) -> list[str]:
    """The JSON data a page's script imports and draws the page from (``import speakerData from
    "../data/speakers.json"``: the RAS workshop's speakers), as data of that name."""
    out = []
    for name, spec in _JSON_IMPORT.findall(text):
        data = (script.parent / spec).resolve()
        try:
            if root.resolve() not in data.parents or not data.is_file() or data.stat().st_size > MAX_PAGE_BYTES:
                continue
            out.append(script_html(f"const {name} = {data.read_text(encoding='utf-8', errors='replace')};", section_level=1))
        except OSError:
            continue
    return out


def _fallback_title(file: SiteFile) -> str:
    """A page without a title or heading: the site's title for its home page, else its file name."""
    stem = file.path.stem
    if stem in ("index", "_index"):
        home = file.path.parent in (file.site.root, file.site.root / "content")
        return file.site.title if home and file.site.title else file.path.parent.name
    return stem


def _check_sources(knowledge: Knowledge) -> list[str]:
    """Every ``source: PAGE#ANCHOR`` must point at a page and heading that exist."""
    records: list[tuple[str, Any]] = [(FAQ_FILE, e) for e in knowledge.faq]
    records += [(DATES_FILE, d) for d in knowledge.dates]
    records += [(NEWS_FILE, n) for n in knowledge.news]
    problems = []
    for file_name, record in records:
        problem = source_problem(knowledge, record.source)
        if problem:
            problems.append(f"{knowledge.root / file_name}:{record.line}: {problem}")
    return problems


def source_problem(knowledge: Knowledge, ref: str | None) -> str | None:
    """What is wrong with a ``PAGE#ANCHOR`` source (a URL or nothing is fine), or None."""
    if not ref or "://" in ref:
        return None
    slug, _, anchor = ref.partition("#")
    page = knowledge.page(slug)
    if page is None:
        known = ", ".join(p.slug for p in knowledge.pages) or "none"
        return f"source '{ref}' names no page (pages: {known})"
    if anchor and anchor not in page.parsed.anchors:
        return f"source '{ref}': page '{slug}' has no heading with anchor '#{anchor}'"
    return None
