"""reStructuredText pages (Sphinx sites) read as published, through docutils.

Why docutils: it is the reference reader of the format, with its tables (grid, simple, CSV),
directives and includes; hand-parsing rst would lose exactly the tables and included files that
workshop sites put their dates and people in. Sphinx adds roles and directives docutils does not
know (``:doc:``, ``toctree``): a role keeps its text, a navigation directive is dropped, so no
markup reaches an answer. The page is rendered to HTML and read by the same reader as every
built page, so headings keep docutils' ids as anchors (Sphinx publishes the same ids).

Files a page pulls in (``.. include::``, ``.. raw:: html`` or ``.. csv-table::`` with ``:file:``)
are read only from inside the site's own folder; a page that names a file elsewhere is read
without any inclusion.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from docutils import nodes
from docutils.core import publish_parts
from docutils.parsers.rst import Directive, directives, roles

from perfm_bot.sources.html_page import read_document
from perfm_bot.sources.markdown_page import finish_page
from perfm_bot.sources.page_model import PageBuilder, ParsedPage

_SPHINX_ROLES = ("doc", "ref", "term", "any", "numref", "download", "abbr", "command", "file", "guilabel",
                 "kbd", "menuselection", "program", "samp", "class", "func", "meth", "mod", "attr", "obj")
_DROPPED_DIRECTIVES = ("toctree", "only", "sectionauthor", "moduleauthor", "highlight", "index", "tabularcolumns",
                       "autosummary", "automodule", "autoclass", "autofunction", "currentmodule", "meta")
_FILE_REFERENCE = re.compile(r"^\s*(?:\.\.\s+include::\s*(?P<inc>\S+)|:file:\s*(?P<file>\S+))", re.M)
_TARGET = re.compile(r"^(.*?)\s*<[^<>]*>$", re.S)


class _Dropped(Directive):
    """A Sphinx directive that builds navigation or indexes: nothing a visitor reads in place."""

    has_content = True
    optional_arguments = 10
    final_argument_whitespace = True
    option_spec = None

    def run(self) -> list[nodes.Node]:
        return []


def _text_role(name, rawtext, text, lineno, inliner, options=None, content=None):  # noqa: ANN001, ARG001 - docutils' signature
    shown = _TARGET.match(text)
    return [nodes.Text(shown.group(1) if shown and shown.group(1) else text.strip("<>~"))], []


def _register() -> None:
    for name in _SPHINX_ROLES:
        roles.register_local_role(name, _text_role)
    for name in _DROPPED_DIRECTIVES:
        directives.register_directive(name, _Dropped)


_register()


def parse_rst_page(text: str, path: Path | None = None, root: Path | None = None, fallback_title: str = "") -> ParsedPage:
    """A reStructuredText page as its site publishes it (``root``: the site folder it may include from)."""
    title, body = render_rst(text, path, root)
    builder = PageBuilder()
    head = read_document(f"<html><head><title>{html.escape(title)}</title></head><body>{body}</body></html>", builder, 1)
    return finish_page(builder, {}, None, fallback_title, {"title": head.title})


def render_rst(text: str, path: Path | None, root: Path | None) -> tuple[str, str]:
    settings = {
        "report_level": 5,  # no warnings or errors in the published text
        "halt_level": 5,
        "file_insertion_enabled": _insertions_stay_inside(text, path, root),
        "raw_enabled": True,
        "input_encoding": "utf-8",  # of the files a page includes; the page itself is text already
        "doctitle_xform": True,
        "embed_stylesheet": False,
        "_disable_config": True,
    }
    try:
        parts = publish_parts(text, source_path=str(path) if path else None, writer="html5", settings_overrides=settings)
    except Exception:  # noqa: BLE001 - docutils raises many kinds; a page it cannot read keeps its plain text
        return "", "<pre>" + html.escape(text) + "</pre>"
    body = re.sub(r'<(div|span|p) class="(?:system-message|problematic)[^"]*".*?</\1>', "", parts["html_body"], flags=re.S)
    return html.unescape(parts.get("title", "")), body


def _insertions_stay_inside(text: str, path: Path | None, root: Path | None) -> bool:
    """Every file the page includes resolves inside the site folder (no ``:file: /etc/passwd``)."""
    if path is None or root is None:
        return False
    base, top = path.parent.resolve(), root.resolve()
    for match in _FILE_REFERENCE.finditer(text):
        name = (match.group("inc") or match.group("file") or "").strip("<>")
        target = (base / name).resolve()
        if top not in target.parents or not target.is_file():
            return False
    return True
