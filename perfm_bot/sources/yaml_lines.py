"""YAML loading that remembers line numbers, so every validation error can name its line.

The loader is also stricter than PyYAML's default in the ways that matter for hand-edited
knowledge files: duplicate keys are errors (PyYAML silently keeps the last), and values that
YAML 1.1 would quietly reinterpret stay the strings the organizer typed (``2026-12-15`` is not
turned into a date object, ``23:59`` is not the sexagesimal integer 1439, ``No`` is not False).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from perfm_bot.core.errors import KnowledgeError


class LineMap(dict):
    """A mapping from YAML that knows where it and each of its keys start (1-based lines)."""

    line: int = 0
    key_lines: dict[Any, int]

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.key_lines = {}

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A sequence from YAML that knows the line of each item."""

    line: int = 0
    item_lines: list[int]

    def __init__(self, *args: Any):
        super().__init__(*args)
        self.item_lines = []  # an empty file or a missing list has no items, but the attribute


class _Loader(yaml.SafeLoader):
    pass


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> LineMap:
    loader.flatten_mapping(node)
    mapping = LineMap()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}' (first on line {mapping.key_lines[key]})", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = line
    return mapping


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    items = LineList(loader.construct_object(child, deep=True) for child in node.value)
    items.line = node.start_mark.line + 1
    items.item_lines = [child.start_mark.line + 1 for child in node.value]
    return items


def _construct_plain_string(loader: _Loader, node: yaml.ScalarNode) -> str:
    return loader.construct_scalar(node)


def _construct_int(loader: _Loader, node: yaml.ScalarNode) -> int | str:
    text = loader.construct_scalar(node)
    if ":" in text:  # YAML 1.1 sexagesimal, i.e. a time someone typed
        return text
    return yaml.SafeLoader.construct_yaml_int(loader, node)


def _construct_bool(loader: _Loader, node: yaml.ScalarNode) -> bool | str:
    text = loader.construct_scalar(node)
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    return text  # yes/no/on/off stay words: "No" is a fine FAQ answer


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The same rules on libyaml's parser, where PyYAML has it: several times faster, which the
    store feels (it validates the whole knowledge before and after every organizer change)."""


for _loader in (_Loader, _FastLoader):
    _loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
    _loader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)
    _loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_plain_string)
    _loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
    _loader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)


def parse_yaml(text: str, label: str) -> Any:
    """Parse ``text``; ``label`` (a path as the user knows it) prefixes any error."""
    try:
        return yaml.load(text, Loader=_FastLoader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError:
        pass  # a broken file is reported by the pure-Python parser: its lines and wording, as tested
    except RecursionError:
        raise too_deep(label, text) from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader
    except yaml.MarkedYAMLError as exc:
        line, problem = error_position(exc, text)
        raise KnowledgeError(f"{label}:{line}: invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{label}:1: invalid YAML: {exc}") from None
    except RecursionError:
        raise too_deep(label, text) from None


def too_deep(label: str, text: str) -> KnowledgeError:
    """Lists or mappings nested thousands deep (``[[[[...``) exhaust the parser's recursion: name the
    file and the line where the nesting goes deepest."""
    depth, deepest, line = 0, (0, 1), 1
    for char in text:
        if char == "\n":
            line += 1
        elif char in "[{":
            depth += 1
            deepest = max(deepest, (depth, -line))
        elif char in "]}":
            depth -= 1
    return KnowledgeError(
        f"{label}:{-deepest[1] if deepest[0] else 1}: invalid YAML: lists or mappings nested too deeply to read "
        f"({deepest[0]:,} levels); a knowledge file needs a few"
    )


def error_position(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, str]:
    """The line to name and what to say. A construct never closed (a quote, a ``[`` or ``{``) is
    found only at the end of the file, a line past its last one: name the line where it opens."""
    problem = exc.problem or exc.context or "cannot be parsed"
    last_line = max(len(text.splitlines()), 1)
    mark, context = exc.problem_mark, exc.context_mark
    unclosed = "end of stream" in problem or "<stream end>" in problem
    if context is not None and (mark is None or unclosed or mark.line + 1 > last_line):
        opened = (exc.context or "").removeprefix("while ").removeprefix("scanning ").removeprefix("parsing ")
        return context.line + 1, f"{opened or 'a construct'} opened on this line is never closed ({problem})"
    if mark is None:
        return 1, problem
    return min(mark.line + 1, last_line), problem


def load_yaml(path: Path, label: str | None = None) -> Any:
    """Read and parse a YAML file; a missing or unreadable file is a KnowledgeError too."""
    label = label or str(path)
    return parse_yaml(read_knowledge_text(path, label, MAX_YAML_BYTES), label)


MAX_YAML_BYTES = 2 * 1024 * 1024  # a knowledge YAML file: hundreds of entries fit in a few KB
MAX_PAGE_BYTES = 5 * 1024 * 1024  # a page of a site


def read_knowledge_text(path: Path, label: str | None = None, limit: int = MAX_YAML_BYTES) -> str:
    """A knowledge file's text, or a KnowledgeError naming it: missing, a folder, unreadable, not
    UTF-8, or over ``limit`` bytes (a huge file would make every answer wait while it is read)."""
    label = label or str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise KnowledgeError(f"{label}: is a folder, but it must be a file; move it aside")
        if size > limit:
            raise KnowledgeError(
                f"{label}: is {size / 2**20:.1f} MB; the limit for this file is {limit / 2**20:.0f} MB. "
                "Split it or remove what does not belong in the knowledge"
            )
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError(f"{label}: file is missing") from None
    except UnicodeDecodeError as exc:
        raise KnowledgeError(f"{label}: not UTF-8 text ({exc.reason})") from None
    except PermissionError:
        raise KnowledgeError(f"{label}: cannot be read (permission denied); make it readable") from None
    except OSError as exc:
        raise KnowledgeError(f"{label}: cannot be read ({exc.strerror or exc})") from None


class _SiteLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML as the site generator reads it (a site's ``_config.yml``, ``_data/``, a page's front
    matter): a repeated key keeps its last value, as Jekyll and Hugo do, because a published site
    is read as it is, not corrected; dates stay the text the author typed."""


_SiteLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_plain_string)


def parse_site_yaml(text: str, label: str) -> Any:
    """Parse a site file's YAML leniently (see ``_SiteLoader``); a syntax error names its line."""
    try:
        return yaml.load(text, Loader=_SiteLoader)  # noqa: S506 - a SafeLoader
    except yaml.MarkedYAMLError as exc:
        line, problem = error_position(exc, text)
        raise KnowledgeError(f"{label}:{line}: invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{label}:1: invalid YAML: {exc}") from None
    except RecursionError:
        raise too_deep(label, text) from None
