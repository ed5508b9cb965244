"""Writes that survive a crash at any instant, and a lock that keeps two writers apart.

A knowledge file is replaced, never rewritten in place: the new text goes to a temporary file in
the same folder, is flushed and fsynced, then renamed over the old one (an atomic step on POSIX),
and the folder itself is fsynced so the rename is on disk too. Whatever instant a writer dies at,
the file holds the old text or the new, never a mix; a dead writer leaves at most a stray
temporary file, which ``remove_stray_temp_files`` cleans up under the lock.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8), keeping the file's permissions."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` exactly (a page imported from a site is kept byte for byte)."""
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)  # mkstemp makes it 0600; a committed file should stay readable
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)


def fsync_directory(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stray_temp_files(path: Path) -> list[Path]:
    """Temporary files a killed writer left beside ``path``; call only while holding the lock."""
    stray = sorted(path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"))
    for item in stray:
        item.unlink(missing_ok=True)
    return stray


@contextmanager
def locked(lock_file: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_file`` (created if needed) for the ``with`` block.

    ``flock`` locks belong to the open file, so this excludes other processes and other threads
    of this one alike, and the kernel drops the lock when a holder dies: a killed writer can
    never leave the store locked.
    """
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
