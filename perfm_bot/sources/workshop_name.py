"""What the bot calls its workshop: the organizers' setting, else what the site calls itself.

A bot made for one workshop must not greet another workshop's attendees with the first one's
name, so no name is written into the code. The choice is pure (settings and knowledge in, a
name out), made once when a command or the bot starts: Discord fixes a slash command's
description when the commands are synced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from perfm_bot.core.text import shorten
from perfm_bot.sources.records import Knowledge, Page

UNNAMED = "the workshop"
_TAG = re.compile(r"<[^>]*>")


def workshop_name(knowledge: Knowledge | None, setting: str | None = None) -> str:
    """PERFM_WORKSHOP_NAME if set; else the site's title (``_config.yml``); else the home page's
    title (the page published at '/' or named index); else the only page's title; else
    "the workshop"."""
    if setting and setting.strip():
        return " ".join(setting.split())
    if knowledge is None:
        return UNNAMED
    if _TAG.sub(" ", knowledge.site_title).strip():  # "<b>CogInterp</b>: Interpreting ... <br>": the words only
        return " ".join(_TAG.sub(" ", knowledge.site_title).split()).replace(" :", ":")
    home = home_page(knowledge.pages)
    title = home.title.strip() if home else ""
    return " ".join(title.split()) or UNNAMED


def home_page(pages: Sequence[Page]) -> Page | None:
    """The page a site opens on: published at its root ('/', or an imported site's base URL) or
    named index; else the only page."""
    home = [p for p in pages if p.permalink.rstrip("/").split("://")[-1].count("/") == 0 or p.slug in ("index", "_index")]
    return home[0] if home else (pages[0] if len(pages) == 1 else None)


def short_name(name: str, limit: int = 40) -> str:
    """The name where room is scarce (a slash command's description has 100 characters)."""
    return shorten(name, limit)
