"""The private database: one SQLite file in the instance folder, one kept connection per
server thread.

WAL mode so readers never block the autosave writer, foreign keys on, and write transactions
that take the write lock up front (`BEGIN IMMEDIATE`) so two savers queue instead of failing."""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlite_utils
from flask import Flask, g

from casebook.config import database_path
from casebook.group_commit import wal_sync_for
from casebook.private_files import private_database_file, private_file

BUSY_TIMEOUT_MS = 10_000
SYNCHRONOUS_MODES = ("FULL", "NORMAL", "EXTRA")


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) a private database with Casebook's connection settings.

    The file and its -wal/-shm files are readable by their owner only (0600). Every commit
    is synced to disk (`synchronous = FULL`), so an acknowledged save survives a power cut,
    not only a crash of the process; CASEBOOK_SQLITE_SYNCHRONOUS=NORMAL trades that for
    speed on a disk where syncing is slow (docs/security.md has the measured cost)."""
    private_database_file(Path(path))
    db = sqlite_utils.Database(path)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    mode = synchronous_mode()
    db.execute(f"PRAGMA synchronous = {mode}")
    if db.journal_mode != "wal":
        db.enable_wal()
    db._casebook_synchronous = mode  # type: ignore[attr-defined]
    return db


def synchronous_mode() -> str:
    """FULL unless CASEBOOK_SQLITE_SYNCHRONOUS names another of SYNCHRONOUS_MODES."""
    chosen = os.environ.get("CASEBOOK_SQLITE_SYNCHRONOUS", "FULL").strip().upper()
    return chosen if chosen in SYNCHRONOUS_MODES else "FULL"


def connect_read_only(path: Path | str) -> sqlite_utils.Database:
    """Open an existing private database for reading only (the release builder, Datasette's
    logins): nothing on this connection can change it."""
    import sqlite3

    conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return sqlite_utils.Database(conn)


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """All-or-nothing writes. Nested calls become savepoints of the outer transaction.

    Threads of one process queue for the write lock on a lock of their own (`writer_lock`)
    before `BEGIN IMMEDIATE`: a thread waiting on SQLite's busy handler sleeps in steps of
    up to 100 ms and may find the lock taken again when it wakes, which made the slowest
    saves under load many times the median (issue 14); a thread waiting here is woken the
    moment the writer before it commits. Other processes still meet the busy timeout.

    At `synchronous = FULL` the commit is made durable by a group commit
    (`casebook.group_commit`): the sync of the WAL happens after the write lock is left,
    shared with the savers who committed meanwhile, and this returns only once it is done."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    group = wal_sync_for(db) if getattr(db, "_casebook_synchronous", None) == "FULL" else None
    hook = _commit_hook(db)
    with writer_lock(db), between_processes(db):
        if group is not None:  # COMMIT without its own sync: wait_durable below syncs
            db.conn.execute("PRAGMA synchronous = NORMAL")
        try:
            db.conn.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.conn.rollback()
                raise
            db.conn.execute("COMMIT")
            commit = group.committed() if group is not None else 0
        finally:
            if group is not None:
                db.conn.execute("PRAGMA synchronous = FULL")
    if hook is not None:
        hook()
    if group is not None:
        group.wait_durable(commit)


_after_commit: dict[str, Callable[[], None]] = {}


def after_each_commit(path: Path | str, hook: Callable[[], None]) -> None:
    """Call `hook` after each commit of `write_transaction` on `path` in this process, whose
    connections then leave checkpoints to it (`casebook.checkpoints`, while serving)."""
    _after_commit[str(Path(path).resolve())] = hook


def _commit_hook(db: sqlite_utils.Database) -> Callable[[], None] | None:
    hook = _after_commit.get(_file_of(db))
    if hook is not None and not getattr(db, "_casebook_checkpoints_elsewhere", False):
        db.conn.execute("PRAGMA wal_autocheckpoint = 0")
        db._casebook_checkpoints_elsewhere = True  # type: ignore[attr-defined]
    return hook


_writer_locks: dict[str, threading.RLock] = {}
_writer_locks_guard = threading.Lock()


def writer_lock(db: sqlite_utils.Database) -> threading.RLock:
    """The lock this process's writers of `db`'s file take in turn (one per file)."""
    lock = getattr(db, "_casebook_writer_lock", None)
    if lock is None:
        with _writer_locks_guard:
            lock = _writer_locks.setdefault(_file_of(db), threading.RLock())
        db._casebook_writer_lock = lock  # type: ignore[attr-defined]
    return lock


_shared_with: set[str] = set()  # database paths whose serving processes queue on a file lock
_lock_files: dict[tuple[int, str], int] = {}


def share_writes_between_processes(path: Path | str) -> None:
    """Call before forking serving processes (`casebook serve --processes`): their writers
    of `path` then queue on an exclusive lock of the file `<path>-writers` once their own
    process's turn has come, so a writer waiting on another process is woken when it
    commits instead of sleeping in SQLite's busy handler (issue 14). Other processes (the
    command line, the publishing worker) still meet the busy timeout."""
    _shared_with.add(str(Path(path).resolve()))


@contextlib.contextmanager
def between_processes(db: sqlite_utils.Database) -> Iterator[None]:
    """Hold the lock the serving processes of `db`'s file share, when they share one."""
    path = _file_of(db)
    if path not in _shared_with:
        yield
        return
    key = (os.getpid(), path)  # each process opens its own: a lock held by another blocks
    fd = _lock_files.get(key)
    if fd is None:
        lock_path = private_file(Path(path + "-writers"))
        fd = _lock_files[key] = os.open(lock_path, os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _file_of(db: sqlite_utils.Database) -> str:
    found = getattr(db, "_casebook_file", None)
    if found is None:
        row = db.conn.execute("PRAGMA database_list").fetchone()
        found = str(Path(row[2]).resolve()) if row and row[2] else f"memory:{id(db.conn)}"
        db._casebook_file = found  # type: ignore[attr-defined]
    return found


_threads = threading.local()
KEEP_PER_THREAD = 4


def thread_connection(path: Path | str) -> sqlite_utils.Database:
    """This thread's open connection to `path`, opened once and reused by later requests.

    Opening costs four PRAGMAs, and closing the last connection to a WAL database forces a
    checkpoint, so a server thread keeps its connection (the few most recent paths)."""
    cache: OrderedDict[str, sqlite_utils.Database] = _threads.__dict__.setdefault(
        "connections", OrderedDict()
    )
    key = str(path)
    if cache and next(reversed(cache)) == key:  # the same file as this thread's last request
        return cache[key]
    db = cache.pop(key, None) or connect(key)
    cache[key] = db
    while len(cache) > KEEP_PER_THREAD:
        cache.popitem(last=False)[1].close()
    return db


def get_db() -> sqlite_utils.Database:
    """The request's connection to the private database."""
    db = g.get("casebook_db")
    if db is None:
        db = g.casebook_db = thread_connection(database_path())
    return db


def close_db(_error: BaseException | None = None) -> None:
    """End of request: nothing may stay half-written on the kept connection."""
    db = g.pop("casebook_db", None)
    if db is not None and db.conn.in_transaction:
        db.conn.rollback()


def init_app(app: Flask) -> None:
    app.teardown_appcontext(close_db)


def select(
    db: sqlite_utils.Database, sql: str, params: list[Any] | dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """The rows of a read-only SELECT as dicts, in one statement: sqlite-utils' `query`
    wraps each in a SAVEPOINT and its RELEASE (two statements more) in case it writes."""
    cursor = db.conn.execute(sql, params if params is not None else ())
    keys = [column[0] for column in cursor.description]
    return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]
