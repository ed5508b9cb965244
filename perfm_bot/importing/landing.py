"""The bytes a crawled page lands as: the page as served, behind a front matter block naming its
live URL, so citations link to the site an attendee can open::

    ---
    permalink: https://example.org/ws/cfp/
    imported_from: https://example.org/ws/cfp/
    ---
    <!DOCTYPE html>...

``permalink`` is what the page reader cites (a full URL is used as is); ``imported_from`` says the
file is a copy that the next import will overwrite. The page itself is kept unchanged, except that
text in another encoding is converted to UTF-8 (the knowledge folder is read as UTF-8).
"""

from __future__ import annotations

import json
import re

import yaml

_PLAIN_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[A-Za-z0-9._~%!$&'()*+,;=:@/\[\]-]+$")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def yaml_scalar(text: str) -> str:
    """A URL as a YAML scalar: bare when that reads back identically, else a JSON string (valid YAML)."""
    return text if _PLAIN_URL.match(text) and " #" not in text else json.dumps(text)


def front_matter(url: str) -> bytes:
    u = yaml_scalar(url)
    return f"---\npermalink: {u}\nimported_from: {u}\n---\n".encode()


def as_utf8(body: bytes, charset: str | None) -> tuple[bytes, str] | None:
    """``body`` as UTF-8 and a note when it was converted; None when it is not text we can read."""
    if body.startswith(b"\xef\xbb\xbf"):
        body = body[3:]  # a BOM would hide the front matter's first line
    try:
        body.decode("utf-8")
        return body, ""
    except UnicodeDecodeError:
        pass
    declared = charset
    if not declared or declared.replace("-", "") == "utf8":
        found = _META_CHARSET.search(body[:4096])
        declared = found.group(1).decode("ascii").lower() if found else "windows-1252"
    try:
        return body.decode(declared).encode("utf-8"), f"converted from {declared} to UTF-8"
    except (LookupError, UnicodeDecodeError):
        return None


def landing_html(url: str, body: bytes) -> bytes:
    return front_matter(url) + body


def landing_markdown(url: str, body: bytes) -> bytes:
    """A served Markdown page may have front matter of its own: ours goes first inside it, and its
    own ``permalink`` (relative, meant for the generator) gives way to the live URL."""
    text = body.decode("utf-8")
    if text.startswith("---\n") and "\n---" in text[3:]:
        end = text.index("\n---", 3)
        block = text[4:end]
        try:
            parsed = yaml.safe_load(block) if block.strip() else {}
        except yaml.YAMLError:
            parsed = None
        if isinstance(parsed, dict):
            kept = [line for line in block.splitlines() if not re.match(r"^(permalink|imported_from)\s*:", line)]
            u = yaml_scalar(url)
            head = "\n".join([f"permalink: {u}", f"imported_from: {u}", *kept])
            return f"---\n{head}{text[end:]}".encode()
    return front_matter(url) + body
