"""One page file of a site to a ``ParsedPage``, by its type: Markdown or HTML, each with front
matter or without, Liquid resolved in the context of the site it belongs to.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from perfm_bot.sources.front_matter import split_front_matter

from perfm_bot.sources.html_page import read_document
from perfm_bot.sources.hugo_home import is_home, own_layout, read_home
from perfm_bot.sources.layouts import astro_layout_blocks, layout_blocks, layout_name
from perfm_bot.sources.liquid import LiquidContext
from perfm_bot.sources.markdown_page import finish_page, parse_page
from perfm_bot.sources.markup_prep import prepare
from perfm_bot.sources.mdx_page import prepare_mdx
from perfm_bot.sources.mkdocs import prepare_mkdocs
from perfm_bot.sources.page_model import PageBuilder, ParsedPage
from perfm_bot.sources.quarto import listing_html, prepare_qmd
from perfm_bot.sources.rst_page import parse_rst_page
from perfm_bot.sources.site_tree import Site


def site_context(site: Site, path: Path | None = None) -> LiquidContext:
    """What a page's Liquid sees: the site, and of the page what no front matter says (the
    Jekyll collection it belongs to)."""
    shortcodes = site.root / "layouts" / "shortcodes" if site.generator == "hugo" else None
    zola = site.root if site.generator == "zola" else None
    config, page = site.config, {}
    declared = config.get("collections")
    if site.generator == "jekyll" and isinstance(declared, dict):
        # Jekyll's site.collections is a list of collection objects, each with its label and the
        # metadata _config.yml gives it: PECS writes each edition's date and city there and its
        # pages find their edition by ``coll.label == page.collection``
        listed = [{**(spec if isinstance(spec, dict) else {}), "label": str(name), "docs": config.get(str(name), [])} for name, spec in declared.items()]
        config = {**config, "collections": listed}
        own = path.parent.name[1:] if path is not None and path.parent.name.startswith("_") else None
        page = {"collection": own} if own in {c["label"] for c in listed} else {}
    return LiquidContext(config, page, site.includes, shortcodes if shortcodes and shortcodes.is_dir() else None, zola)


def parse_html_page(text: str, label: str, site: LiquidContext | None = None, fallback_title: str = "") -> ParsedPage:
    """An HTML page: a built document, or a Jekyll source page (front matter, Liquid) in HTML."""
    front, body, body_line = split_front_matter(text, label)
    builder = PageBuilder()
    head = read_document(prepare(body, front, site), builder, body_line)
    return finish_page(builder, front, site, fallback_title, {"title": head.title, "description": head.description})


def read_page(
    text: str, label: str, kind: str, site: Site | None = None, fallback_title: str = "", path: Path | None = None
) -> ParsedPage:
    """``kind``: "markdown", "html" or "rst" (see ``site_tree.SiteFile``); ``path``: the file, for
    what an rst page includes from beside it."""
    if kind == "rst":
        return parse_rst_page(text, path, site.root if site else None, fallback_title)
    docusaurus = site is not None and site.generator == "docusaurus"
    if label.lower().endswith(".mdx") or docusaurus and kind == "markdown":  # Docusaurus reads .md as MDX too
        text = prepare_mdx(text, path, site.root if site else path.parent if path else None, admonitions=docusaurus)
    if site is not None and site.generator == "mkdocs" and kind == "markdown":
        text = prepare_mkdocs(text)
    quarto = label.lower().endswith(".qmd")
    if quarto:
        text = prepare_qmd(text, path)
    context = site_context(site, path) if site else None
    if kind == "html":
        page = parse_html_page(text, label, context, fallback_title)
    else:  # Hugo's Goldmark, Zola's pulldown-cmark and Astro's remark read Markdown after an HTML block's blank line
        page = parse_page(
            text, label, context, fallback_title, kramdown=site is None or site.generator not in ("hugo", "zola", "astro", "docusaurus", "mkdocs"),
            dated_content=site is not None and site.generator in ("hugo", "zola"),
        )
    if site is not None and context is not None and is_home(site, path):
        return read_home(page, text, label, site, context, fallback_title)
    if site is not None and context is not None and (template := own_layout(site, path, page.front_matter)):
        return read_home(page, text, label, site, context, fallback_title, template)
    listed = listing_html(page.front_matter, path) if quarto else ""
    if listed:
        page = replace(page, blocks=(*page.blocks, *parse_html_page(listed, label).blocks))
    if site is None or site.layouts is None or context is None:
        return page
    name = layout_name(page.front_matter, site.config)
    if name is None:
        return page
    if site.generator == "astro":
        before, after = astro_layout_blocks(path, site.layouts, name)
    else:
        page_vars = {**context.page, **page.front_matter, "title": page.front_matter.get("title") or page.title}
        before, after = layout_blocks(site.layouts, name, replace(context, page=page_vars))
    return replace(page, blocks=(*before, *page.blocks, *after)) if before or after else page
