"""Checkpoints of the private database's WAL in a thread of their own while Casebook serves.

SQLite copies the WAL back into the database file (a checkpoint) inside the COMMIT that
passes `wal_autocheckpoint` pages, with two syncs, while that saver still holds the write
lock: under 32 autosaving clients one save in a hundred took 10-60 ms to commit instead of
0.1 ms, and every saver queued behind it waited as long (issue 14). In a serving process the
savers' connections leave checkpoints to this thread: it copies what has been committed
without the write lock, savers going on meanwhile, and once the WAL holds CHECKPOINT_PAGES
or more it takes the write lock for a moment to copy the last few pages, so that the next
saver starts the WAL over from its beginning and it never grows without end. Durability is
unchanged: a checkpoint only copies what a commit already made durable."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from casebook.db import after_each_commit, between_processes, connect, writer_lock

CHECKPOINT_PAGES = 1000  # SQLite's own wal_autocheckpoint default
COMMITS_PER_ROUND = 64  # wake the thread after this many commits, or every ROUND_SECONDS
ROUND_SECONDS = 0.5
log = logging.getLogger("casebook")

__all__ = ["checkpoint_in_background", "Checkpointer"]


class Checkpointer:
    """The checkpoint thread of one database file in this process (started at its first
    commit, so a forked worker starts its own)."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self._pid = 0
        self._guard = threading.Lock()
        self._wake = threading.Event()
        self._commits = 0
        self.rounds = 0  # checkpoints run, and how many needed the write lock (for tests)
        self.locked_rounds = 0
        self._stopped = False

    def committed(self) -> None:
        """Called after every commit of a saver of this file in this process."""
        if self._pid != os.getpid():
            with self._guard:
                if self._pid != os.getpid():
                    self._wake = threading.Event()
                    self._commits = 0
                    name = "casebook-checkpoints"
                    threading.Thread(target=self._run, name=name, daemon=True).start()
                    self._pid = os.getpid()
        self._commits += 1
        if self._commits >= COMMITS_PER_ROUND:
            self._commits = 0
            self._wake.set()

    def _run(self) -> None:
        db = connect(self.path)
        while not self._stopped:
            self._wake.wait(ROUND_SECONDS)
            self._wake.clear()
            try:
                self.checkpoint(db)
            except Exception:  # a failed round is retried on the next; never kills the thread
                log.exception("checkpoint of %s failed", self.path)
        db.close()

    def stop(self) -> None:
        """End the thread after its current round (a server just exits instead)."""
        self._stopped = True
        self._wake.set()

    def checkpoint(self, db) -> None:  # noqa: ANN001 - a sqlite_utils.Database
        """One round: copy what is committed, then, if the WAL has grown to
        CHECKPOINT_PAGES, the rest under the write lock."""
        _busy, pages, _copied = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        self.rounds += 1
        if pages >= CHECKPOINT_PAGES:
            with writer_lock(db), between_processes(db):
                db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            self.locked_rounds += 1


def checkpoint_in_background(path: Path | str) -> Checkpointer:
    """From now on, this process's savers of `path` leave checkpoints to a thread."""
    checkpointer = Checkpointer(path)
    after_each_commit(path, checkpointer.committed)
    return checkpointer
