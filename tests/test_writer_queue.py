"""Savers in one server process queue for the private database's write lock on a lock of
their own, never on SQLite's busy handler (issue 14): that handler sleeps in steps of up to
100 ms, which made the slowest saves under load many times the median."""

from __future__ import annotations

import threading

from casebook.db import connect, write_transaction


def test_writers_of_one_process_never_meet_a_locked_database(tmp_path):
    path = tmp_path / "private.db"
    setup = connect(path)
    setup.execute("CREATE TABLE saves (thread INTEGER, n INTEGER)")
    setup.close()
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def saver(index: int) -> None:
        db = connect(path)
        db.execute("PRAGMA busy_timeout = 0")  # a locked database fails at once
        start.wait()
        try:
            for n in range(60):
                with write_transaction(db):
                    db.execute("INSERT INTO saves VALUES (?, ?)", [index, n])
                    db.execute("SELECT count(*) FROM saves").fetchone()
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            db.close()

    threads = [threading.Thread(target=saver, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    check = connect(path)
    assert check.execute("SELECT count(*) FROM saves").fetchone()[0] == 8 * 60
    check.close()
