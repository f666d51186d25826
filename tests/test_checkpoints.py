"""WAL checkpoints in a thread of their own while Casebook serves (issue 14): a saver's
COMMIT never copies the WAL back into the database (which held the write lock for 10-60 ms
under load), yet the WAL does not grow without end, and nothing committed is lost."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from casebook import db as database
from casebook.checkpoints import CHECKPOINT_PAGES, Checkpointer, checkpoint_in_background
from casebook.db import after_each_commit, connect, write_transaction

ROW = "x" * 12_000  # three pages and a bit per row


@pytest.fixture
def path(tmp_path, monkeypatch):
    monkeypatch.setattr(database, "_after_commit", {})
    path = tmp_path / "private.db"
    setup = connect(path)
    setup.execute("CREATE TABLE saves (n INTEGER, notes TEXT)")
    setup.close()
    return path


def _save(db, count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        with write_transaction(db):
            db.execute("INSERT INTO saves VALUES (?, ?)", [n, ROW])


def _wal_pages(path) -> int:
    """Pages in the WAL now, read by a connection that checkpoints nothing."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    return (path.parent / (path.name + "-wal")).stat().st_size // (page_size + 24)


def test_savers_leave_checkpoints_to_the_checkpointer(path):
    commits = []
    after_each_commit(path, lambda: commits.append(1))
    db = connect(path)
    _save(db, 500)  # about 2,000 pages: SQLite's own checkpoint would have run twice
    assert len(commits) == 500
    assert _wal_pages(path) > 1.5 * CHECKPOINT_PAGES
    db.close()


def test_a_checkpoint_round_lets_the_next_saver_start_the_wal_over(path):
    after_each_commit(path, lambda: None)
    saver = connect(path)
    _save(saver, 400)
    assert _wal_pages(path) > CHECKPOINT_PAGES
    checkpointer = Checkpointer(path)
    own = connect(path)
    checkpointer.checkpoint(own)
    assert (checkpointer.rounds, checkpointer.locked_rounds) == (1, 1)
    _save(saver, 1, start=400)  # starts writing the WAL from its first frame again
    conn = sqlite3.connect(path)
    busy, pages, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert busy == 0 and pages < 10, (pages, copied)
    assert conn.execute("SELECT count(*), sum(n) FROM saves").fetchone() == (401, 400 * 401 // 2)
    conn.close()
    saver.close()
    own.close()


def test_savers_in_threads_with_the_checkpoint_thread_keep_every_save(path):
    checkpointer = checkpoint_in_background(path)
    errors: list[BaseException] = []

    def saver(index: int) -> None:
        db = connect(path)
        try:
            _save(db, 150, start=index * 1000)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            db.close()

    threads = [threading.Thread(target=saver, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    deadline = time.monotonic() + 10
    while checkpointer.rounds == 0:
        assert time.monotonic() < deadline, "the checkpoint thread never ran"
        time.sleep(0.05)
    checkpointer.stop()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM saves").fetchone()[0] == 600
    conn.close()
