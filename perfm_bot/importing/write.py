"""Landing a harvest in ``knowledge/pages/``: write what is new or changed, leave what is the
same, remove what an earlier import brought and the site no longer has, and touch nothing else.

The pages an import wrote are listed in ``pages/.imported.json`` (path, URL or source file, and
the SHA-256 of the bytes written), which is how a re-import tells its own files from the
organizers': a file not in the list is never overwritten or removed, and neither is a listed file
someone has edited since (its hash no longer matches); both are reported so the operator can move
them aside. The organizers' faq/dates/news/out_of_scope files live outside ``pages/`` and are
never opened.

Every file is replaced atomically. The manifest is written first listing old and new pages (with
both hashes for a page being replaced), then the pages, then the manifest of the new state: a
crash at any instant leaves each page whole, and every page the importer wrote still recognised
as its own by the next run.
"""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from perfm_bot.core.durable import atomic_write_bytes, atomic_write_text, locked, remove_stray_temp_files
from perfm_bot.core.errors import KnowledgeError, PerfmError
from perfm_bot.importing.records import Harvest, ImportReport, LandingPage, Outcome

MANIFEST = ".imported.json"


@dataclass(frozen=True)
class Entry:
    path: str
    origin: str
    url: str | None
    sha256: str
    previous_sha256: str | None = None  # while a replacement is under way: the hash it replaces

    def owns(self, data: bytes) -> bool:
        """Whether ``data`` is what an import wrote here (so it may be replaced or removed)."""
        return sha256(data) in (self.sha256, self.previous_sha256)

    def to_dict(self) -> dict:
        out = {"path": self.path, "url": self.url, "origin": self.origin, "sha256": self.sha256}
        if self.previous_sha256:
            out["previous_sha256"] = self.previous_sha256
        return out


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_manifest(pages_dir: Path) -> dict[str, Entry]:
    """The pages earlier imports wrote, by path; KnowledgeError (exit 1) if the list is damaged."""
    path = pages_dir / MANIFEST
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = [
            Entry(e["path"], e.get("origin") or e.get("url") or e["path"], e.get("url"), e["sha256"], e.get("previous_sha256"))
            for e in data["pages"]
        ]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise KnowledgeError(
            f"{path}: not a list of imported pages the importer can read ({type(exc).__name__}: {exc}); "
            "move it aside to import afresh (pages of the earlier import are then not removed for you)"
        ) from None
    return {e.path: e for e in entries}


def _manifest_source(pages_dir: Path) -> str | None:
    try:
        return json.loads((pages_dir / MANIFEST).read_text(encoding="utf-8")).get("source")
    except (OSError, ValueError, AttributeError):
        return None


def write_manifest(pages_dir: Path, source: str, entries: dict[str, Entry]) -> None:
    body = {
        "about": "pages written by `perfm-bot import`; it rewrites or removes only these, and only while unedited",
        "source": source,
        "pages": [entries[p].to_dict() for p in sorted(entries)],
    }
    atomic_write_text(pages_dir / MANIFEST, json.dumps(body, indent=2, ensure_ascii=False) + "\n")


def land(harvest: Harvest, pages_dir: Path, lock_file: Path | None = None, dry_run: bool = False) -> ImportReport:
    """Bring ``pages_dir`` in line with ``harvest`` as far as it may, and say what was done."""
    with locked(lock_file) if lock_file is not None and not dry_run else nullcontext():
        old = read_manifest(pages_dir)
        outcomes: list[Outcome] = []
        writes: list[tuple[LandingPage, Entry]] = []
        new: dict[str, Entry] = {}
        for page in harvest.pages:
            problem = unsafe_path(page.path)
            if problem:
                outcomes.append(Outcome("skipped", "", page.origin, problem))
                continue
            target = pages_dir / page.path
            if not _inside(pages_dir, target):
                outcomes.append(Outcome("skipped", page.path, page.origin, "a symbolic link there points outside the pages folder"))
                continue
            entry = Entry(page.path, page.origin, page.url, sha256(page.content))
            before = old.get(page.path)
            current = target.read_bytes() if target.is_file() else None
            if target.exists() and current is None:
                outcomes.append(Outcome("skipped", page.path, page.origin, "a folder of that name is in the way"))
            elif current == page.content:
                new[page.path] = entry
                outcomes.append(Outcome("unchanged", page.path, page.origin, page.note))
            elif current is None:
                new[page.path] = entry
                writes.append((page, entry))
                outcomes.append(Outcome("imported", page.path, page.origin, page.note))
            elif before is not None and before.owns(current):
                new[page.path] = Entry(entry.path, entry.origin, entry.url, entry.sha256, sha256(current))
                writes.append((page, entry))
                outcomes.append(Outcome("updated", page.path, page.origin, page.note))
            elif before is not None:
                new[page.path] = before
                outcomes.append(Outcome("skipped", page.path, page.origin, "edited by hand since the last import; move it aside to import it again"))
            else:
                outcomes.append(Outcome("skipped", page.path, page.origin, "a file perfm-bot did not import is already there; left as is"))
        removals: list[Entry] = []
        for path, before in sorted(old.items()):
            if path in new:
                continue
            target = pages_dir / path
            if not target.is_file():
                continue  # already gone (deleted by hand): just forget it
            if not harvest.complete or before.origin in harvest.unreachable or before.url in harvest.unreachable:
                new[path] = before
                why = "could not be fetched this time" if harvest.complete else "not reached before the page cap"
                outcomes.append(Outcome("kept", path, before.origin, why))
            elif any(o.path == path for o in outcomes):
                new[path] = before  # a new page wanted this file and was refused: the old one stays listed
            elif before.owns(target.read_bytes()):
                removals.append(before)
                outcomes.append(Outcome("removed", path, before.origin, "no longer on the site"))
            else:
                new[path] = before
                outcomes.append(Outcome("kept", path, before.origin, "no longer on the site, but edited by hand since the import; remove it yourself"))
        outcomes.extend(Outcome("skipped", "", s.what, s.reason) for s in harvest.skipped)
        notes = harvest.notes
        previous = _manifest_source(pages_dir)
        if old and previous and previous != harvest.source:
            notes += (f"the last import was from {previous}; its pages that are not in this one are removed",)
        changed = bool(writes or removals) or _entries_differ(old, new)
        if changed and not dry_run:
            try:
                _apply(pages_dir, harvest.source, old, new, writes, removals)
            except OSError as exc:
                raise PerfmError(
                    f"could not write in {pages_dir}: {exc.strerror or exc} ({exc.filename or ''}); every page there is whole, "
                    "and those written are listed as imported: fix the cause and run the import again"
                ) from exc
        return ImportReport(harvest.source, str(pages_dir), tuple(outcomes), notes, written=changed and not dry_run)


def _apply(pages_dir: Path, source: str, old: dict[str, Entry], new: dict[str, Entry], writes, removals) -> None:  # noqa: ANN001
    pages_dir.mkdir(parents=True, exist_ok=True)
    if writes or removals:
        write_manifest(pages_dir, source, {**old, **new})  # every file about to be touched is listed as ours first
    for page, _ in writes:
        target = pages_dir / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stray_temp_files(target)
        atomic_write_bytes(target, page.content)
    for entry in removals:
        (pages_dir / entry.path).unlink(missing_ok=True)
        _remove_empty_parents(pages_dir, (pages_dir / entry.path).parent)
    write_manifest(pages_dir, source, {p: Entry(e.path, e.origin, e.url, e.sha256) for p, e in new.items()})


def _entries_differ(old: dict[str, Entry], new: dict[str, Entry]) -> bool:
    return {p: e.to_dict() for p, e in old.items()} != {p: Entry(e.path, e.origin, e.url, e.sha256).to_dict() for p, e in new.items()}


def _remove_empty_parents(pages_dir: Path, folder: Path) -> None:
    root = pages_dir.resolve()
    while folder.resolve() != root and root in folder.resolve().parents:
        try:
            folder.rmdir()
        except OSError:
            return  # not empty: something else lives there
        folder = folder.parent


def _inside(pages_dir: Path, target: Path) -> bool:
    root = pages_dir.resolve()
    return root in target.resolve().parents


def unsafe_path(path: str) -> str | None:
    """Why a landing path must not be written (it would leave the pages folder or hide), or None."""
    parts = PurePosixPath(path).parts
    if not parts or PurePosixPath(path).is_absolute() or ".." in parts or any(p.startswith(".") for p in parts):
        return f"'{path}' is not a safe place inside the pages folder"
    if os.sep != "/" and os.sep in path:
        return f"'{path}' is not a safe place inside the pages folder"
    return None
