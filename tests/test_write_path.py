"""The write path after issue 14's tuning: a save is acknowledged only once its commit is on
disk, with one sync of the WAL shared by the savers who committed meanwhile (group commit);
a sync that fails acknowledges nothing; and what a save returns is what is stored."""

from __future__ import annotations

import json
import os
import threading
import time

import pytest
from casebook import group_commit
from casebook.db import connect, write_transaction
from casebook.responses import get_response, save_response, save_valid_answers

from tests.study_fixtures import case_with_patient, interview, new_uuid, staff


def _table(path) -> None:
    db = connect(path)
    db.execute("CREATE TABLE saves (thread INTEGER, n INTEGER)")
    db.close()


def _synced_file(fd: int) -> str:
    return os.readlink(f"/proc/self/fd/{fd}")


def test_a_commit_is_not_acknowledged_before_the_wal_is_synced(tmp_path, monkeypatch):
    path = tmp_path / "private.db"
    _table(path)
    may_sync = threading.Event()
    synced: list[str] = []
    real = os.fdatasync

    def held_sync(fd: int) -> None:
        synced.append(_synced_file(fd))
        may_sync.wait(30)
        real(fd)

    monkeypatch.setattr(group_commit.os, "fdatasync", held_sync)
    done = threading.Event()

    def save() -> None:
        db = connect(path)
        with write_transaction(db):
            db.execute("INSERT INTO saves VALUES (1, 1)")
        done.set()
        db.close()

    saver = threading.Thread(target=save)
    saver.start()
    try:
        assert not done.wait(0.5), "acknowledged before the WAL was synced"
        assert synced == [str((tmp_path / "private.db-wal").resolve())]
    finally:
        may_sync.set()
        saver.join(30)
    assert done.is_set()
    check = connect(path)
    assert check.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again after it
    check.close()


def test_a_failed_sync_acknowledges_nothing(tmp_path, monkeypatch):
    path = tmp_path / "private.db"
    _table(path)

    def broken_disk(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(group_commit.os, "fdatasync", broken_disk)
    db = connect(path)
    with pytest.raises(OSError):
        with write_transaction(db):
            db.execute("INSERT INTO saves VALUES (1, 1)")
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
    db.close()


def test_savers_who_commit_during_a_sync_share_the_next_one(tmp_path, monkeypatch):
    path = tmp_path / "private.db"
    _table(path)
    syncs: list[int] = []
    real = os.fdatasync

    def slow_disk(fd: int) -> None:  # a disk whose sync takes milliseconds
        syncs.append(fd)
        time.sleep(0.03)
        real(fd)

    monkeypatch.setattr(group_commit.os, "fdatasync", slow_disk)
    threads, per_thread = 8, 5
    start = threading.Barrier(threads)
    errors: list[BaseException] = []

    def saver(index: int) -> None:
        db = connect(path)
        start.wait()
        try:
            for n in range(per_thread):
                with write_transaction(db):
                    db.execute("INSERT INTO saves VALUES (?, ?)", [index, n])
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            db.close()

    workers = [threading.Thread(target=saver, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert errors == []
    check = connect(path)
    assert check.execute("SELECT count(*) FROM saves").fetchone()[0] == threads * per_thread
    check.close()
    assert 1 <= len(syncs) < threads * per_thread


def test_normal_leaves_the_sync_to_sqlite_checkpoints(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEBOOK_SQLITE_SYNCHRONOUS", "NORMAL")
    path = tmp_path / "private.db"
    _table(path)
    calls: list[int] = []
    monkeypatch.setattr(group_commit.os, "fdatasync", calls.append)
    db = connect(path)
    with write_transaction(db):
        db.execute("INSERT INTO saves VALUES (1, 1)")
    assert calls == []
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1
    db.close()


def _as_stored(db, key: str) -> str:
    return json.dumps(get_response(db, key), ensure_ascii=False)


def test_a_save_returns_the_response_as_stored(db):
    me = staff(db)
    case_id, patient = case_with_patient(db)
    key = new_uuid()
    first = {
        "life_now": {"covered": True, "notes": "Läser på biblioteket, 1½ dag i veckan."},
        "interview_setting": "home",
        "attends_day_centre": False,
    }
    created = save_response(db, key, interview(case_id, patient, answers=first), me, "interviewer")
    assert json.dumps(created.response, ensure_ascii=False) == _as_stored(db, key)
    second = {
        "life_now": {"covered": True, "notes": "Mer om biblioteket."},
        "attends_day_centre": True,
        "day_centre_name": "Solrosen",
    }  # one answer changed, one removed, one added
    data = interview(case_id, patient, answers=second, revision=1, date="2026-02-03")
    updated = save_response(db, key, data, me, "interviewer")
    assert json.dumps(updated.response, ensure_ascii=False) == _as_stored(db, key)
    assert updated.response["revision"] == 2


def test_a_form_save_returns_the_response_as_stored(db):
    me = staff(db)
    case_id, patient = case_with_patient(db)
    key = new_uuid()
    answers = {"interview_duration": "long", "life_now": {"covered": True, "notes": "Hemma."}}
    result = save_valid_answers(
        db, key, interview(case_id, patient, answers=answers), me, "interviewer"
    )
    assert "interview_duration" in result.rejected
    assert json.dumps(result.response, ensure_ascii=False) == _as_stored(db, key)
