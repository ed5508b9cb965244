"""One writer at a time, validated, logged, undoable: the path every organizer change takes.

Under one lock: settle what a killed writer may have left (a pending log row, a stray temporary
file); refuse if the knowledge is invalid now; let the operation build its edit; re-validate the
result and check it says exactly what was asked; log it as pending, replace the file atomically,
mark it done. ``KnowledgeStore`` (editing/store.py) adds the operations on top.
"""

from __future__ import annotations

import dataclasses
import errno
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from perfm_bot.core.clock import Clock, utc_now
from perfm_bot.core.durable import atomic_write_text, locked, remove_stray_temp_files
from perfm_bot.core.errors import InputError, KnowledgeError, PerfmError, StateError
from perfm_bot.editing.changelog import Change, ChangeLog, sha
from perfm_bot.editing.yaml_edit import EditError, YamlText
from perfm_bot.sources.loader import DATES_FILE, FAQ_FILE, NEWS_FILE, load_knowledge
from perfm_bot.sources.records import Knowledge

LOCK_FILE = "knowledge.lock"
LOG_FILE = "changes.sqlite"
MAX_AUTHOR = 100
KNOWLEDGE_FILES = (FAQ_FILE, DATES_FILE, NEWS_FILE)


@dataclass(frozen=True)
class Edit:
    """What an operation wants written, and how to recognise that the result says exactly that."""

    text: str
    action: str
    summary: str
    ref: str
    expect: Callable[[Knowledge], bool]
    result: Knowledge | None = None  # the text already validated (see _append)


class GuardedStore:
    def __init__(self, knowledge_dir: Path, state_dir: Path, clock: Clock = utc_now):
        self.root = knowledge_dir
        self.state_dir = state_dir
        self.clock = clock
        self.log = ChangeLog(state_dir / LOG_FILE)
        self._lock_file = state_dir / LOCK_FILE

    def history(self, limit: int = 20) -> list[Change]:
        """The latest changes, newest first (each knows the undo that took it back, if any)."""
        with locked(self._lock_file):
            self._recover()
        return self.log.history(limit)

    def undo(self, *, by: str) -> Change:
        """Take back the newest change not yet taken back, restoring its file's exact text.

        Refused when that file no longer holds what the change wrote (someone edited it since):
        restoring would silently throw that edit away.
        """
        author = author_name(by)
        with locked(self._lock_file):
            self._recover()
            target = self.log.last_undoable()
            if target is None:
                raise InputError("There is nothing to undo.")
            texts = self.log.texts(target.id)
            path = self.root / target.file
            current = _read(path)
            if sha(current) != texts.after_sha:
                raise InputError(
                    f"Cannot undo change #{target.id} ({target.summary}): {path} was edited after it "
                    "(by hand or by a commit), and undoing would overwrite that edit. Nothing was changed; "
                    "make the correction with a new command or by hand."
                )
            self._validate(target.file, texts.before, f"undoing change #{target.id}")
            return self._write(
                path, current, texts.before, author, "undo", f"undo #{target.id}: {target.summary}", target.ref, target.id
            )

    # --- the shared path ----------------------------------------------------------------

    def _apply(self, file_name: str, author: str, make: Callable[[Knowledge, str], Edit]) -> Change:
        path = self.root / file_name
        with locked(self._lock_file):
            self._recover()
            current = _read(path)  # the edit and the knowledge it is checked against: the same text
            try:
                knowledge = load_knowledge(self.root, {file_name: current})
            except KnowledgeError as exc:
                raise KnowledgeError(
                    [*exc.problems, "Nothing was changed: fix the problems above first (perfm-bot check)."]
                ) from None
            edit = make(knowledge, current)
            result = edit.result or self._validate(file_name, edit.text, "the change")
            if not edit.expect(result):
                raise PerfmError(
                    f"{path}: the change could not be written exactly as asked, so nothing was changed; "
                    "please make it by hand."
                )
            return self._write(path, current, edit.text, author, edit.action, edit.summary, edit.ref)

    def _write(
        self, path: Path, before: str, after: str, author: str, action: str, summary: str, ref: str | None,
        reverts: int | None = None,
    ) -> Change:
        if _read(path) != before:  # a hand edit landed while we worked: do not clobber it
            raise InputError(f"{path} changed on disk while saving; nothing was changed, please try again.")
        change = self.log.begin(
            at=self.clock(), by=author, action=action, file=path.name, summary=summary,
            before=before, after=after, ref=ref, reverts=reverts,
        )
        try:
            atomic_write_text(path, after)
        except OSError as exc:  # refused before the rename: the file is as it was
            self.log.discard(change.id)
            raise StateError(f"{path}: {_write_refused(exc)}; nothing was changed") from exc
        self.log.finish(change.id)
        return dataclasses.replace(change, state="done")

    def _recover(self) -> None:
        """Settle what a writer killed mid-way left behind (we hold the lock, so none is active)."""
        for change_id, file_name, before_sha, after_sha in self.log.pending():
            current = sha(_read(self.root / file_name))
            state = "done" if current == after_sha else "abandoned" if current == before_sha else "unknown"
            self.log.finish(change_id, state)
        for name in KNOWLEDGE_FILES:
            remove_stray_temp_files(self.root / name)

    def _validate(self, file_name: str, text: str, what: str) -> Knowledge:
        try:
            return load_knowledge(self.root, {file_name: text})
        except KnowledgeError as exc:
            raise KnowledgeError(
                [*exc.problems, f"Nothing was changed: {what} would leave the knowledge with the problems above."]
            ) from None

    def _append(
        self, file_name: str, text: str, fields: dict[str, Any], expect: Callable[[Knowledge], bool]
    ) -> tuple[str, Knowledge | None]:
        """The file with a new entry after the last, in the file's style, and the validated result;
        double quotes when the styled text would not read back exactly (PyYAML's folding has
        corner cases)."""
        for quote in (False, True):
            doc = YamlText(text)
            self._edit_lines(file_name, doc.append_item, None, fields, quote=quote)
            try:
                result = load_knowledge(self.root, {file_name: doc.text})
            except KnowledgeError:
                continue
            if expect(result):
                return doc.text, result
        return doc.text, None  # _apply's validation reports what is wrong with it

    def _edit_lines(self, file_name: str, apply: Callable[..., None], *args: Any, **kwargs: Any) -> None:
        try:
            apply(*args, **kwargs)
        except EditError as exc:
            raise KnowledgeError(
                f"{self.root / file_name}:{exc.line}: cannot change this automatically ({exc}); "
                "nothing was changed, please make the change by hand"
            ) from None


def _read(path: Path) -> str:
    """The file's exact text (no newline translation: what we write back must match byte for byte).

    A missing file reads as empty: a knowledge base may be pages only, and the first FAQ entry or
    news item creates its file."""
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return ""
    except UnicodeDecodeError as exc:
        raise KnowledgeError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except IsADirectoryError:
        raise KnowledgeError(f"{path}: is a folder, but it must be a file; move it aside") from None
    except PermissionError:
        raise KnowledgeError(f"{path}: cannot be read (permission denied); make it readable") from None


def _write_refused(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "cannot be written, the disk is full (free some space and try again)"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "cannot be written (permission denied: the knowledge folder is read-only?)"
    return f"cannot be written ({exc.strerror or exc})"


def author_name(by: str) -> str:
    name = " ".join((by or "").split())
    if not name:
        raise InputError("Say who makes the change (--by NAME).")
    if len(name) > MAX_AUTHOR:
        raise InputError(f"The author's name is {len(name)} characters long; the limit is {MAX_AUTHOR}.")
    return name
