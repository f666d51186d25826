"""`casebook serve --processes N` (issue 14): worker processes that share the port and take
saves side by side, their writers queueing for the private database in turn (never on
SQLite's busy handler), every save stored and audited once; stopping the server stops every
worker, and a worker that dies takes the others down rather than leave a server limping."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import subprocess
import threading
import time
import uuid
from pathlib import Path

import pytest
from casebook.db import connect, share_writes_between_processes, write_transaction

from tests.test_backup import api, cli, instance  # noqa: F401 (fixture)
from tests.test_cli import CASEBOOK, _free_port, _wait_for, env  # noqa: F401 (fixture)


def _save_in_threads(path: str, process: int, errors) -> None:
    """Four threads of this process (a worker, as `casebook serve --processes` forks), each
    committing 40 small transactions on a connection that fails at once on a locked
    database."""
    if SHARED:
        share_writes_between_processes(path)  # inherited by a forked worker

    def saver(thread: int) -> None:
        db = connect(path)
        db.execute("PRAGMA busy_timeout = 0")
        try:
            for n in range(40):
                with write_transaction(db):
                    db.execute("INSERT INTO saves VALUES (?, ?, ?)", [process, thread, n])
                    db.execute("SELECT count(*) FROM saves").fetchone()
        except BaseException as error:  # noqa: BLE001 - reported to the test
            errors.put(repr(error))
        finally:
            db.close()

    threads = [threading.Thread(target=saver, args=(t,)) for t in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


SHARED = True  # what a worker of `casebook serve --processes` inherits


def test_writers_of_several_serving_processes_never_meet_a_locked_database(tmp_path):
    path = tmp_path / "private.db"
    setup = connect(path)
    setup.execute("CREATE TABLE saves (process INTEGER, thread INTEGER, n INTEGER)")
    setup.close()
    # spawned, not forked: this test process may have threads of other tests running
    spawn = multiprocessing.get_context("spawn")
    errors = spawn.Queue()
    workers = [
        spawn.Process(target=_save_in_threads, args=(str(path), p, errors)) for p in range(3)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=600)
    found = []
    while not errors.empty():
        found.append(errors.get())
    assert found == []
    assert [worker.exitcode for worker in workers] == [0, 0, 0]
    check = sqlite3.connect(path)
    assert check.execute("SELECT count(*) FROM saves").fetchone()[0] == 3 * 4 * 40
    check.close()
    assert (tmp_path / "private.db-writers").stat().st_mode & 0o777 == 0o600


def _workers(pid: int) -> list[int]:
    return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state == "Z"  # exited, waiting to be reaped by whoever adopted it


def _wait_until(condition, seconds: float = 15) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


@pytest.fixture
def served(env, instance):  # noqa: F811
    token = cli(env, "tokens", "create", "lead").stdout.strip().splitlines()[-1]
    port = _free_port()
    server = subprocess.Popen(
        [CASEBOOK, "serve", "--port", str(port), "--processes", "2", "--threads", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(f"http://127.0.0.1:{port}/login")
        # the first worker can answer before serve has forked the second
        _wait_until(lambda: len(_workers(server.pid)) == 2)
        yield server, f"http://127.0.0.1:{port}", token
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_several_processes_take_saves_side_by_side_each_stored_and_audited_once(
    served,
    instance,  # noqa: F811
):
    server, base, token = served
    workers = _workers(server.pid)
    assert len(workers) == 2
    status, case = api(base, token, "POST", "/api/v1/cases", {"code": "RG01", "label": "x"})
    assert status == 201, case
    keys = [[str(uuid.uuid4()) for _ in range(15)] for _ in range(6)]
    answers: list[tuple[int, dict]] = []

    def device(index: int) -> None:  # a new connection per request: both workers get some
        for number, key in enumerate(keys[index]):
            body = {
                "instrument": "meeting-observation",
                "version": 1,
                "case": case["id"],
                "wave": "baseline",
                "date": f"2026-{index + 1:02d}-{number + 1:02d}",
                "status": "draft",
                "answers": {"process_scores": {"support": {"evidence": f"{index}/{number}"}}},
            }
            answers.append(api(base, token, "PUT", f"/api/v1/responses/{key}", body))

    threads = [threading.Thread(target=device, args=(i,)) for i in range(len(keys))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert [status for status, _ in answers] == [201] * 90, answers[:3]
    sent = [key for per_device in keys for key in per_device]
    conn = sqlite3.connect(instance / "casebook.db")
    stored = dict(conn.execute("SELECT uuid, revision FROM responses"))
    audited = [
        row[0]
        for row in conn.execute(
            "SELECT row_key FROM audit_log WHERE table_name = 'responses' AND action = 'create'"
        )
    ]
    conn.close()
    assert {key: stored.get(key) for key in sent} == dict.fromkeys(sent, 1)
    assert sorted(audited) == sorted(sent)
    server.terminate()
    assert server.wait(timeout=10) == 0
    assert _wait_until(lambda: all(_gone(pid) for pid in workers)), "a worker outlived serve"


def test_a_worker_that_dies_stops_the_server(served):
    server, _base, _token = served
    first, second = _workers(server.pid)
    os.kill(first, signal.SIGKILL)
    assert server.wait(timeout=15) != 0
    assert _wait_until(lambda: _gone(second)), "the other worker kept serving alone"
