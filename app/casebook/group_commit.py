"""Group commit for the private database: many savers, one sync of the WAL file.

With `synchronous = FULL` SQLite syncs the WAL file inside COMMIT, while it holds the
database's write lock, so saves are made durable one at a time: on a disk whose sync takes
3-4 ms the whole server tops out at about 250 saves per second, however many cores or
threads it has (issue 14). Here a write transaction commits with the sync left out
(`synchronous = NORMAL` for that one COMMIT), leaves the write lock to the next saver at
once, and only then waits until the WAL file has been synced past its commit. Whoever finds
no sync running starts one, and it covers every commit written before it began; savers who
committed meanwhile wait for the next. A save is still acknowledged only once it is on disk,
exactly as with FULL: the WAL is written in commit order, so a sync that covers one commit
covers every earlier one, and SQLite at NORMAL still syncs the WAL before each checkpoint,
the database after it, and the WAL's header when it is reused. What differs is only that
another reader may see a commit a few milliseconds before it is on disk; a save that builds
on it commits after it, so it is acknowledged only once both are."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import sqlite_utils

__all__ = ["WalSync", "wal_sync_for"]


class WalSync:
    """The sync state of one database file's WAL, shared by the threads of this process."""

    def __init__(self, wal_path: Path) -> None:
        self.wal_path = wal_path
        self._changed = threading.Condition(threading.Lock())
        self._committed = 0  # commits written to the WAL by this process, numbered in order
        self._synced = 0  # every commit up to this number is on disk
        self._syncing = False
        self._fd: int | None = None
        self._inode: tuple[int, int] | None = None

    def committed(self) -> int:
        """Number this process's latest commit; call right after COMMIT, under the write lock."""
        with self._changed:
            self._committed += 1
            return self._committed

    def wait_durable(self, commit: int) -> None:
        """Return once the WAL file is on disk up to `commit`: join a sync that started
        after it, or run one."""
        with self._changed:
            while self._synced < commit:
                if self._syncing:
                    self._changed.wait()
                    continue
                self._syncing = True
                target = self._committed
                self._changed.release()
                try:
                    self._sync()
                finally:
                    self._changed.acquire()
                    self._syncing = False
                    self._changed.notify_all()
                self._synced = max(self._synced, target)

    def _sync(self) -> None:
        """fdatasync the WAL file, reopening it if SQLite has since deleted and made it anew
        (the last connection to close removes it)."""
        stat = os.stat(self.wal_path)
        inode = (stat.st_dev, stat.st_ino)
        if self._fd is None or inode != self._inode:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None
            self._fd = os.open(self.wal_path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            self._inode = inode
        if hasattr(os, "fdatasync"):  # what SQLite itself calls to sync the WAL on Linux
            os.fdatasync(self._fd)
        else:
            os.fsync(self._fd)


_syncs: dict[str, WalSync] = {}
_syncs_guard = threading.Lock()


def wal_sync_for(db: sqlite_utils.Database) -> WalSync | None:
    """The shared WAL sync of `db`'s file, or None when `db` is not a WAL database on disk
    (then COMMIT keeps syncing by itself)."""
    found = getattr(db, "_casebook_wal_sync", False)
    if found is not False:
        return found
    sync = None
    row = db.conn.execute("PRAGMA database_list").fetchone()
    mode = db.conn.execute("PRAGMA journal_mode").fetchone()[0]
    if row and row[2] and str(mode).lower() == "wal":
        path = str(Path(row[2]).resolve())
        with _syncs_guard:
            sync = _syncs.setdefault(path, WalSync(Path(path + "-wal")))
    db._casebook_wal_sync = sync  # type: ignore[attr-defined]
    return sync
