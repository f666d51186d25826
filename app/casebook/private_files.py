"""Files only their owner may read: the instance folder (0700) and everything Casebook writes
in it or for it (0600): the private database and its -wal/-shm files, releases, keys, logs
and backups.

The modes are set explicitly, whatever the process's umask: a file is created with its mode
(never created wider and narrowed afterwards) and an existing one is narrowed when Casebook
opens it. SQLite gives the -wal and -shm files of a database the database file's own mode."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO

FILE_MODE = 0o600
FOLDER_MODE = 0o700
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def private_folder(path: Path) -> Path:
    """Create the folder (and missing parents) readable by the owner only; narrow it if it
    exists. Only for folders that are Casebook's own (the instance folder, a backup)."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _narrow(path, FOLDER_MODE)
    return path


def new_parent_folders(path: Path) -> None:
    """Create the missing folders above a file Casebook writes, owner-only; folders that
    already exist are left as they are (they may be shared, e.g. /srv)."""
    path.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)


def private_file(path: Path) -> Path:
    """Make sure the file exists (empty if new) with mode 0600, and narrow an existing one
    (group and others lose every right; the owner's rights are never widened)."""
    new_parent_folders(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        _narrow(path, FILE_MODE)
        return path
    try:
        os.fchmod(fd, FILE_MODE)  # the umask may have taken bits away from the owner
    finally:
        os.close(fd)
    return path


def private_database_file(path: Path) -> Path:
    """A SQLite database file and whichever of its -wal, -shm and -journal files exist,
    0600; created empty if it does not exist (SQLite takes an empty file as a new database
    and gives its companion files the same mode)."""
    private_file(path)
    for suffix in SQLITE_COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            _narrow(companion, FILE_MODE)
    return path


@contextlib.contextmanager
def open_private(path: Path, mode: str = "a") -> Iterator[IO[str]]:
    """Open a text file for writing ("w") or appending ("a"), created 0600."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode == "a" else os.O_TRUNC)
    new_parent_folders(path)
    fd = os.open(path, flags, FILE_MODE)
    with contextlib.suppress(PermissionError):
        os.fchmod(fd, FILE_MODE)
    with os.fdopen(fd, mode, encoding="utf-8") as handle:
        yield handle


def create_once(path: Path, text: str) -> bool:
    """Write `text` to `path` (0600) unless the file exists; whether it wrote. Atomic: two
    processes starting at once never both write, and a reader never sees a half-written
    file (it is written beside and linked into place)."""
    if path.exists():
        return False
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.new")
    with open_private(temp, "w") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    try:
        os.link(temp, path)
        return True
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links: the rename is still atomic
        if path.exists():
            return False
        os.replace(temp, path)
        return True
    finally:
        temp.unlink(missing_ok=True)


def _narrow(path: Path, mode: int) -> None:
    """Take away every permission bit not in `mode`; never add one."""
    with contextlib.suppress(PermissionError, FileNotFoundError):
        current = path.stat().st_mode & 0o7777
        if current & ~mode:
            path.chmod(current & mode)
