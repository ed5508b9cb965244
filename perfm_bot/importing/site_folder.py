"""Reading a site from a local folder: a Jekyll, Hugo, Sphinx or Astro source tree, or a built
``_site/`` or ``public/``. What a reader of the site can read is taken (pages, the includes, data
and Jekyll layouts they are shown with, the generator's configuration), with relative paths kept
so the page reader finds ``_includes/``, ``_layouts/`` and ``_data/`` where the generator would;
images, styles, fonts, a Hugo theme's other files, vendored code and scripts are left behind (but the scripts that
hold what pages show: a page's own ``config.js``, a JavaScript app's sources), and so is what the site does not publish (drafts, the
not-found page, the files its ``_config.yml`` excludes, a repository's README).
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from pathlib import Path, PurePosixPath

import yaml

from perfm_bot.importing.records import BadSource, Harvest, LandingPage, Tally
from perfm_bot.sources.hugo_home import shows_params
from perfm_bot.sources.jsx_app import is_js_app
from perfm_bot.sources.mkdocs import MKDOCS_CONFIGS
from perfm_bot.sources.svelte_page import SVELTE_CONFIGS, SVELTE_SUFFIX
from perfm_bot.sources.vue_app import VUE_SUFFIX
from perfm_bot.sources.script_text import is_app_source, local_script_srcs
from perfm_bot.sources.site_tree import (
    ASTRO_CONFIGS, HUGO_CONFIG_DIR, HUGO_CONFIGS, JEKYLL_CONFIGS, has_hugo_config, PAGE_SUFFIXES, QUARTO_CONFIGS, SPHINX_CONFIG, is_zola_root, readme_is_index,
)

INCLUDE_SUFFIXES = (*PAGE_SUFFIXES, ".liquid")
DATA_SUFFIXES = (".yml", ".yaml", ".json", ".toml", ".csv")
JEKYLL_CONFIGS = ("_config.yml", "_config.yaml", "_config.toml")  # the reader's, and the TOML form Jekyll also takes
OTHER_CONFIGS = (SPHINX_CONFIG, *ASTRO_CONFIGS, *QUARTO_CONFIGS, *SVELTE_CONFIGS, *MKDOCS_CONFIGS)
# Folders that hold no text a reader of the site sees as such: build output, templates, assets, code.
SKIPPED_DIRS = frozenset(
    "_site layouts themes _sass sass scss assets static node_modules vendor resources _plugins "
    "archetypes i18n __pycache__ css js fonts images img _build _templates _static".split()
)
# Where a JavaScript app without src/ keeps its routes and components (Next.js's conventions)
_APP_FOLDERS = ("app", "pages", "components", "lib", "data", "constants", "content")
REPOSITORY_FILES = frozenset("readme license licence changelog contributing code_of_conduct security".split())


def read_site_folder(root: Path, max_bytes: int = 5 * 1024 * 1024, knowledge_dir: Path | None = None) -> Harvest:
    """The site's readable files under ``root`` as landing pages (nothing is written); BadSource
    if ``root`` is not a folder or holds no page."""
    if not root.is_dir():
        raise BadSource(f"{root}: no such folder (SOURCE is a site's folder or its http(s):// address)")
    root = root.resolve()
    own = knowledge_dir.resolve() if knowledge_dir is not None else None
    if own is not None and (root == own or own in root.parents):
        raise BadSource(f"{root} is inside the knowledge folder {own}: point SOURCE at the site's own folder")
    hugo = has_hugo_config(root)
    quarto = any((root / name).is_file() for name in QUARTO_CONFIGS)
    zola = is_zola_root(root)
    excluded = _jekyll_excludes(root)
    tally = Tally()
    pages: list[LandingPage] = []
    page_count = ignored = 0
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        rel_dir = here.relative_to(root)
        dirs[:] = sorted(d for d in dirs if not _prune(here / d, rel_dir / d, hugo, own, excluded))
        for name in sorted(files):
            rel = PurePosixPath(*(rel_dir / name).parts)
            kind = _kind(rel, hugo, quarto, zola)
            path = here / name
            if kind == _PARAMS_TEMPLATE:  # a type's or a layout's own template: kept when it shows front matter
                kind = "layout" if _shows_params(path) else None
            if kind is None or name.startswith("."):
                ignored += 1
                continue
            reason = (None if _readme_index(root, rel) else _unpublished(rel, excluded)) or _unreadable(path, max_bytes)
            text = None if reason else path.read_bytes()
            if kind == "page" and text is not None:
                reason = _draft(text)
            if reason:
                tally.skip(str(rel), reason)
                continue
            assert text is not None
            pages.append(LandingPage(str(rel), text, origin=str(rel)))
            page_count += kind == "page"
    pages += _scripts(root, pages, max_bytes, tally)
    if page_count == 0 and not is_js_app(root):
        raise BadSource(f"{root}: no pages ({', '.join(PAGE_SUFFIXES)}) found to import; is this the site's folder?")
    if ignored:
        tally.notes.append(f"left out {ignored} files that are not pages, includes, data or configuration (images, styles, scripts...)")
    return Harvest(source=str(root), pages=tuple(pages), skipped=tuple(tally.skipped), notes=tuple(tally.notes))


def _scripts(root: Path, taken: list[LandingPage], max_bytes: int, tally: Tally) -> list[LandingPage]:
    """The scripts that hold what pages show: those a taken page loads from the site (a
    ``config.js`` filling in the dates) and, for a JavaScript app (``package.json`` beside
    ``src/``, or a Next.js app's ``app/`` or ``pages/``), its sources (its ``.vue`` and
    ``.svelte`` components and the JSON data they import too) and its manifest. Other
    scripts stay behind."""
    wanted: list[Path] = []
    for page in taken:
        if page.path.lower().endswith((".html", ".htm")):
            here = (root / page.path).parent
            text = page.content.decode("utf-8", errors="replace")
            wanted += [(root / s.lstrip("/")) if s.startswith("/") else (here / s) for s in local_script_srcs(text)]
    if (root / "package.json").is_file() and ((root / "src").is_dir() or is_js_app(root)):
        wanted.append(root / "package.json")
        for top in ("src", *(_APP_FOLDERS if is_js_app(root) else ())):
            for folder, dirs, files in os.walk(root / top):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "node_modules")
                wanted += [Path(folder) / f for f in sorted(files) if is_app_source(f) or f.lower().endswith((VUE_SUFFIX, SVELTE_SUFFIX, ".json"))]
    have = {p.path for p in taken}
    out: list[LandingPage] = []
    for path in dict.fromkeys(wanted):
        try:
            resolved = path.resolve()
        except OSError:
            continue
        if root not in resolved.parents or not resolved.is_file():
            continue
        rel = str(PurePosixPath(*resolved.relative_to(root).parts))
        if rel in have:
            continue
        reason = _unreadable(resolved, max_bytes)
        if reason:
            tally.skip(rel, reason)
            continue
        have.add(rel)
        out.append(LandingPage(rel, resolved.read_bytes(), origin=rel))
    return out


_HUGO_TEMPLATE_DIRS = ("_default", "partials", "shortcodes")
_PARAMS_TEMPLATE = "params-template"


def _shows_params(path: Path) -> bool:
    """A Hugo page template that shows its page's front matter (``agenda/single.html`` ranging over
    ``.Params.days``, ``_default/about.html``): the page reader renders such a page through it."""
    try:
        return shows_params(path.read_bytes()[:200_000].decode("utf-8", errors="replace"))
    except OSError:
        return False


def _hugo_templates_part(parts: tuple[str, ...]) -> tuple[str, ...] | None:
    """The path under ``layouts/`` of a Hugo site or of one of its themes (``themes/X/layouts/``),
    or None outside them."""
    if parts[:1] == ("themes",):
        parts = parts[2:] if len(parts) >= 2 else ()
        if not parts:
            return ()
    return parts[1:] if parts[:1] == ("layouts",) else None


def _prune(path: Path, rel: Path, hugo: bool, own: Path | None, excluded: list[str]) -> bool:
    name = path.name
    parts = tuple(rel.parts)
    # a Hugo site's home template, its partials and shortcodes (its own or its theme's) and an
    # Astro site's layouts hold what pages show; other layouts are theme
    under = _hugo_templates_part(parts) if hugo else None
    hugo_keep = under is not None and (not under or len(under) == 1 or under[0] in _HUGO_TEMPLATE_DIRS)
    keep = parts in (("src", "layouts"),) or hugo_keep
    if name.startswith(".") or (name in SKIPPED_DIRS and not keep) or path.is_symlink():
        return True
    if hugo and (parts[0] in ("layouts", "themes")) and not hugo_keep:
        return True
    if hugo and name == "public" and len(rel.parts) == 1:  # Hugo's build output beside its sources
        return True
    if own is not None and path.resolve() == own:
        return True
    return _matches(PurePosixPath(*rel.parts), excluded)


def _kind(rel: PurePosixPath, hugo: bool, quarto: bool = False, zola: bool = False) -> str | None:
    """``page``, ``include``, ``data`` or ``config``; None for a file the reader has no use for."""
    suffix = rel.suffix.lower()
    top = rel.parts[0]
    if len(rel.parts) == 1 and rel.name in (*JEKYLL_CONFIGS, *(HUGO_CONFIGS if hugo else ()), *(("zola.toml",) if zola else ())):
        return "config"
    if zola and top == "templates":  # its shortcodes show the site's data; the other templates are theme
        return "layout" if rel.parts[1:2] == ("shortcodes",) and len(rel.parts) == 3 and suffix in (".html", ".md") else None
    if rel.name in OTHER_CONFIGS:
        return "config"
    if top == "_includes" and len(rel.parts) > 1:
        return "include" if suffix in INCLUDE_SUFFIXES else None
    if top == "_layouts" and len(rel.parts) > 1:  # the banner every page is shown in
        return "layout" if suffix in (".html", ".htm") else None
    if hugo and top in ("layouts", "themes"):  # the home template, its partials, shortcodes; the rest is theme
        under = _hugo_templates_part(tuple(rel.parts))
        template = bool(under) and (under == ("index.html",) or under == ("_default", "baseof.html") or under[0] in ("partials", "shortcodes"))
        if not template and under is not None and len(under) == 2 and suffix in (".html", ".htm"):
            return _PARAMS_TEMPLATE
        return "layout" if template and suffix in (".html", ".htm") else None
    if hugo and rel.parts[:2] == HUGO_CONFIG_DIR and len(rel.parts) == 3 and suffix in (".toml", ".yaml", ".yml", ".json"):
        return "config"  # Hugo's configuration directory: config/_default/config.toml, params.toml
    if top == "src" and rel.parts[:2] == ("src", "layouts"):
        return "layout" if len(rel.parts) == 3 and suffix == ".astro" else None
    if top == "src" and suffix == ".astro":  # an Astro page, or a component one shows
        return "page" if rel.parts[1:2] == ("pages",) else "layout"
    if top == "src" and suffix in (".ts", ".js", ".mjs", ".json") and rel.parts[1:2] in (("config",), ("data",), ("content",)):
        return "data"  # what an Astro page's components show (src/config/site_config.json.ts)
    if suffix in (".csv", ".txt") and top not in ("_data", "data"):
        return "data"  # a table or text an rst page includes from beside it
    if (top == "_data" or (hugo and top == "data")) and len(rel.parts) > 1:
        return "data" if suffix in DATA_SUFFIXES else None
    if quarto and suffix in (".yml", ".yaml"):
        return "data"  # a listing's records (listing: contents: speakers.yml), beside its page
    return "page" if suffix in PAGE_SUFFIXES else None


def _readme_index(root: Path, rel: PurePosixPath) -> bool:
    """A Jekyll site's top README.md with no index beside it is its home page, not the repository's notes."""
    jekyll = any((root / name).is_file() for name in JEKYLL_CONFIGS)
    return len(rel.parts) == 1 and jekyll and readme_is_index(root / rel)


def _unpublished(rel: PurePosixPath, excluded: list[str]) -> str | None:
    if rel.parts[0] == "_drafts":
        return "a draft (in _drafts/, not published)"
    if rel.stem == "404":
        return "the site's page-not-found page"
    if len(rel.parts) == 1 and rel.stem.lower() in REPOSITORY_FILES:
        return "a repository file, not a page of the site"
    if _matches(rel, excluded):
        return "excluded by the site's _config.yml"
    return None


def _unreadable(path: Path, max_bytes: int) -> str | None:
    if path.is_symlink():
        return "a symbolic link (not followed: it may point outside the site)"
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return f"too large ({size / (1024 * 1024):.1f} MB; the cap is {max_bytes / (1024 * 1024):.1f} MB)"
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return "not UTF-8 text"
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    return None


def _draft(data: bytes) -> str | None:
    """A page whose front matter says it is not published (Hugo ``draft: true``, Jekyll ``published: false``)."""
    text = data.decode("utf-8").lstrip("\ufeff")
    fence = text[:4]
    if fence not in ("---\n", "+++\n") or f"\n{fence[:3]}" not in text[3:]:
        return None
    block = text[4 : text.index(f"\n{fence[:3]}", 3)]
    try:
        meta = yaml.safe_load(block) if fence == "---\n" else tomllib.loads(block)
    except (yaml.YAMLError, tomllib.TOMLDecodeError):
        return None  # the page reader reports a broken front matter where it belongs
    if isinstance(meta, dict) and (meta.get("draft") is True or meta.get("published") is False):
        return "a draft (its front matter says it is not published)"
    return None


def _jekyll_excludes(root: Path) -> list[str]:
    """Jekyll's ``exclude:`` patterns from ``_config.yml`` (paths or globs, relative to the site)."""
    config = root / "_config.yml"
    if not config.is_file():
        return []
    try:
        data = yaml.safe_load(config.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        return []
    patterns = data.get("exclude") if isinstance(data, dict) else None
    return [str(p).strip("/") for p in patterns if str(p).strip("/")] if isinstance(patterns, list) else []


def _matches(rel: PurePosixPath, patterns: list[str]) -> bool:
    text = str(rel)
    return any(text == p or text.startswith(p + "/") or fnmatch.fnmatch(text, p) for p in patterns)
