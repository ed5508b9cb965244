"""Line-level edits of hand-kept YAML files: change one entry, keep every other byte.

Organizers edit the knowledge files by hand: header comments, blank lines between entries, folded
answers, their own indentation. A round-trip library re-emits the whole document in one global
style (the files mix indentations) and reflows what it does not model, so instead the store edits
text: PyYAML's node marks say exactly which lines and columns an entry or a value occupies, only
those are replaced, and new entries are emitted by PyYAML (correct quoting for any text) and
appended. Layouts this does not handle (flow style, a removed key sharing its line) raise
EditError; the caller turns it into a message to edit by hand. The store re-validates every
result with the project's own parsers before it is written, so an edit can never produce a file
the loader would reject.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import yaml


# Only node positions are read here (the text was validated by the project's loader), so the
# C parser is fine where PyYAML has it: several times faster on every edit.
_NodeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class EditError(Exception):
    """The file's layout is one these edits do not handle; ``line`` is 1-based."""

    def __init__(self, line: int, message: str):
        self.line = line
        super().__init__(message)


class _Dumper(yaml.SafeDumper):
    """Emits entries the way the shipped files are written: lists indented under their key,
    dates left plain (YYYY-MM-DD), long text folded and multi-line text literal."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


_Dumper.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Dumper.yaml_implicit_resolvers.items()
}


def _represent_text(dumper: _Dumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else (">" if len(text) > 80 else None)
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


class _QuotingDumper(_Dumper):
    """The fallback: double quotes round-trip any text exactly."""


_Dumper.add_representer(str, _represent_text)
_QuotingDumper.add_representer(
    str, lambda d, text: d.represent_scalar("tag:yaml.org,2002:str", text, style='"' if len(text) > 60 else None)
)


def dump_item(item: Mapping[str, Any], indent: int = 0, quote: bool = False) -> list[str]:
    """One ``- key: value`` list entry as lines (with newlines), indented by ``indent`` spaces."""
    dumper = _QuotingDumper if quote else _Dumper
    text = yaml.dump([dict(item)], Dumper=dumper, sort_keys=False, allow_unicode=True, width=90)
    return [" " * indent + line for line in text.splitlines(keepends=True)]


def scalar(value: str) -> str:
    """A single-line value as YAML text, quoted only when YAML would misread it."""
    text = yaml.dump(value, Dumper=_QuotingDumper, allow_unicode=True, width=10**6)
    return text.removesuffix("\n...\n").rstrip("\n")


class YamlText:
    """A YAML document as lines plus the node tree that says where each value sits."""

    def __init__(self, text: str):
        self.lines = text.splitlines(keepends=True)
        self.newline = "\r\n" if "\r\n" in text else "\n"  # new lines follow the file's convention
        self.root = yaml.compose(text, Loader=_NodeLoader)

    @property
    def text(self) -> str:
        return "".join(self.lines)

    # --- locating -------------------------------------------------------------------------

    def sequence(self, key: str | None = None) -> yaml.Node | None:
        """The top-level list, or the list under top-level ``key``; None when absent or empty."""
        node = self.root
        if key is not None:
            if not isinstance(node, yaml.MappingNode):
                return None
            node = next((v for k, v in node.value if k.value == key), None)
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")):
            return None
        if not isinstance(node, yaml.SequenceNode) or node.flow_style:
            raise EditError(node.start_mark.line + 1, "the list is not written as '- ' lines")
        return node

    def last_line(self, node: yaml.Node) -> int:
        """0-based index of the last line that holds part of ``node`` (not trailing blanks)."""
        if isinstance(node, yaml.MappingNode):
            return max(self.last_line(part) for pair in node.value for part in pair) if node.value else node.start_mark.line
        if isinstance(node, yaml.SequenceNode):
            return max(self.last_line(v) for v in node.value) if node.value else node.start_mark.line
        end = node.end_mark
        line = end.line if end.column > 0 else end.line - 1
        while line > node.start_mark.line and not self.lines[line].strip():
            line -= 1  # a block scalar's marks include the blank lines after it
        return line

    def item_span(self, seq: yaml.Node, index: int) -> tuple[int, int]:
        """(first, last) 0-based lines of list entry ``index``, from its '-' to its last value."""
        item = seq.value[index]
        first = item.start_mark.line
        while not self.lines[first].lstrip().startswith("-"):
            first -= 1  # the entry starts on the line after a lone '-'
        return first, self.last_line(item)

    # --- editing --------------------------------------------------------------------------

    def append_item(self, seq_key: str | None, item: Mapping[str, Any], quote: bool = False) -> None:
        """Add ``item`` after the list's last entry, separated the way the entries are."""
        seq = self.sequence(seq_key)
        if seq is None or not seq.value:
            if seq_key is not None or self.root is not None:
                line = self.root.start_mark.line + 1 if self.root is not None else 1
                raise EditError(line, "expected a list of '- ' entries")
            position, indent, blank = len(self.lines), 0, any(line.strip() for line in self.lines)
        else:
            first = self.item_span(seq, 0)[0]
            indent = len(self.lines[first]) - len(self.lines[first].lstrip())
            blank = len(seq.value) < 2 or not self.lines[self.item_span(seq, 1)[0] - 1].strip()
            position = self.item_span(seq, len(seq.value) - 1)[1] + 1
        if position == len(self.lines) and self.lines and not self.lines[-1].endswith("\n"):
            self.lines[-1] += self.newline
        new_lines = (["\n"] if blank else []) + dump_item(item, indent, quote)
        self.lines[position:position] = [line.replace("\n", self.newline) for line in new_lines]
        self._reparse()

    def remove_item(self, seq_key: str | None, index: int) -> None:
        seq = self.sequence(seq_key)
        assert seq is not None
        first, last = self.item_span(seq, index)
        del self.lines[first : last + 1]
        # Do not leave two blank lines where one separated the entries, nor one at the end.
        if 0 < first < len(self.lines) and not self.lines[first].strip() and not self.lines[first - 1].strip():
            del self.lines[first]
        elif first == len(self.lines) and first > 0 and not self.lines[first - 1].strip():
            del self.lines[first - 1]
        self._reparse()

    def set_key(self, seq_key: str | None, index: int, key: str, text: str | None, after: Sequence[str]) -> None:
        """In list entry ``index``, set ``key`` to the YAML text ``text``, or remove it (None).

        An existing value is replaced in place (a comment after it on the line survives); an
        absent key is inserted after the first of the keys ``after`` the entry has, at the
        indentation of the entry's keys.
        """
        item = self._mapping_item(seq_key, index)
        pair = next(((k, v) for k, v in item.value if k.value == key), None)
        if pair is None:
            if text is None:
                return
            anchor = next((v for name in after for k, v in item.value if k.value == name), None)
            if anchor is None:
                raise EditError(item.start_mark.line + 1, f"the entry has none of {', '.join(after)} to add '{key}' after")
            indent = item.value[0][0].start_mark.column
            position = self.last_line(anchor) + 1
            self.lines[position:position] = [" " * indent + f"{key}: {text}{self.newline}"]
        else:
            key_node, value_node = pair
            last = self.last_line(value_node)
            if text is None:
                if self.lines[key_node.start_mark.line][: key_node.start_mark.column].strip():
                    raise EditError(key_node.start_mark.line + 1, f"'{key}' shares its line with other text")
                del self.lines[key_node.start_mark.line : last + 1]
            else:
                start, end = value_node.start_mark, value_node.end_mark
                head = self.lines[start.line][: start.column]
                single = last == start.line and end.line == start.line
                tail = self.lines[start.line][end.column :] if single else self.newline  # a multi-line value becomes one line
                self.lines[start.line : last + 1] = [head + text + tail]
        self._reparse()

    def _mapping_item(self, seq_key: str | None, index: int) -> yaml.MappingNode:
        seq = self.sequence(seq_key)
        assert seq is not None
        item = seq.value[index]
        if not isinstance(item, yaml.MappingNode) or item.flow_style or not item.value:
            raise EditError(item.start_mark.line + 1, "the entry is not written as 'key: value' lines")
        return item

    def _reparse(self) -> None:
        self.root = yaml.compose(self.text, Loader=_NodeLoader)
