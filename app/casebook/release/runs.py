"""Publishing from the web app: a run record in the private database, a worker process that
builds the release and updates the record as it goes, and the record the page polls.

The build is long, CPU-bound work, so it runs in a process of its own (`python -m
casebook.release.runs`), never in a request thread: the web app stays responsive and a crash in the
build cannot take a server thread with it. Only one run at a time; a run whose worker has
not reported for `STALE_SECONDS` is taken as failed."""

from __future__ import annotations

import datetime as dt
import json
import logging
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import sqlite_utils

from casebook.audit import Actor
from casebook.clock import now
from casebook.db import connect, write_transaction
from casebook.release.publishing import ReleasePaths

STALE_SECONDS = 600
PROGRESS_EVERY = 0.5  # seconds between progress writes
log = logging.getLogger("casebook.release")


class RunBusy(Exception):
    """A release is already being built."""


def start_run(db: sqlite_utils.Database, actor: Actor, allow_unreviewed: str | None) -> int:
    """Record a new run (refused with RunBusy while another is running); returns its id."""
    stamp = now()
    with write_transaction(db):
        for row in db.query("SELECT id, updated_at FROM release_runs WHERE status = 'running'"):
            if _age(row["updated_at"]) < STALE_SECONDS:
                raise RunBusy(f"a release is already being built (run {row['id']})")
            _finish(db, row["id"], "failed", reasons=["the build stopped reporting progress"])
        cursor = db.execute(
            "INSERT INTO release_runs (started_at, started_by, started_by_id, allow_unreviewed,"
            " status, stage, updated_at) VALUES (?, ?, ?, ?, 'running', 'starting', ?)",
            [stamp, actor.name, actor.id, allow_unreviewed, stamp],
        )
    return int(cursor.lastrowid)


def _age(stamp: str) -> float:
    return (dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(stamp)).total_seconds()


def get_run(db: sqlite_utils.Database, run_id: int) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM release_runs WHERE id = ?", [run_id]))
    return _decoded(rows[0]) if rows else None


def latest_run(db: sqlite_utils.Database) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM release_runs ORDER BY id DESC LIMIT 1"))
    return _decoded(rows[0]) if rows else None


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    row["summary"] = json.loads(row["summary"] or "[]")
    row["reasons"] = json.loads(row["reasons"] or "[]")
    return row


def _finish(
    db: sqlite_utils.Database,
    run_id: int,
    status: str,
    summary: list[str] | None = None,
    reasons: list[str] | None = None,
    counts: tuple[int, int] = (0, 0),
) -> None:
    """Record how a run ended; `counts` are (words awaiting review, verification findings)."""
    stamp = now()
    db.execute(
        "UPDATE release_runs SET status = ?, stage = ?, summary = ?, reasons = ?,"
        " unreviewed = ?, leaks = ?, updated_at = ?, finished_at = ? WHERE id = ?",
        [
            status,
            status,
            json.dumps(summary or []),
            json.dumps(reasons or []),
            *counts,
            stamp,
            stamp,
            run_id,
        ],
    )


def launch(run_id: int, paths: ReleasePaths) -> subprocess.Popen:
    """Start the worker process for a recorded run; a thread waits for it and marks the run
    failed if the worker ended without saying how the build ended."""
    command = [sys.executable, "-m", "casebook.release.runs", str(run_id)]
    command += [str(paths.database), str(paths.instruments), str(paths.instance), str(paths.out)]
    worker = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)

    def reap() -> None:
        code = worker.wait()
        db = connect(paths.database)
        try:
            with write_transaction(db):
                row = db.execute("SELECT status FROM release_runs WHERE id = ?", [run_id])
                if row.fetchone()[0] == "running":
                    reason = f"the publishing process ended unexpectedly (exit status {code})"
                    _finish(db, run_id, "failed", reasons=[reason])
        finally:
            db.close()

    threading.Thread(target=reap, name=f"release-run-{run_id}", daemon=True).start()
    return worker


def work(run_id: int, paths: ReleasePaths) -> str:
    """Build the release of a recorded run and record how it ended; returns the status."""
    from casebook.instruments.yamlfile import InstrumentError
    from casebook.release.build import ReleaseRefused
    from casebook.release.publishing import publish_and_record, summary_lines

    db = connect(paths.database)
    try:
        run = get_run(db, run_id)
        if run is None or run["status"] != "running":
            return "gone"
        actor = Actor(run["started_by_id"], run["started_by"])
        try:
            summary = publish_and_record(
                db,
                paths,
                actor,
                allow_unreviewed=run["allow_unreviewed"],
                progress=_Progress(db, run_id),
            )
        except ReleaseRefused as refused:
            status, lines, reasons = "refused", [], refused.reasons
            counts = (len(refused.found), refused.leaks)
        except InstrumentError as error:
            status, lines, reasons = "failed", [], [str(p) for p in error.problems]
            counts = (0, 0)
        except Exception:
            log.exception("publishing run %s failed", run_id)
            status, lines, counts = "failed", [], (0, 0)
            reasons = ["an unexpected error stopped the build; it is in the server's log"]
        else:
            status, lines, reasons = "published", summary_lines(summary), []
            counts = (summary.unreviewed, 0)
        with write_transaction(db):
            _finish(db, run_id, status, lines, reasons, counts)
        return status
    finally:
        db.close()


class _Progress:
    """Writes the build's progress to the run record, at most twice a second."""

    def __init__(self, db: sqlite_utils.Database, run_id: int) -> None:
        self.db, self.run_id, self.last = db, run_id, 0.0

    def __call__(self, done: int, total: int) -> None:
        finished = done >= total
        if not finished and time.monotonic() - self.last < PROGRESS_EVERY:
            return
        self.last = time.monotonic()
        stage = "verifying the release" if finished else "building the release"
        with write_transaction(self.db):
            self.db.execute(
                "UPDATE release_runs SET done = ?, total = ?, stage = ?, updated_at = ?"
                " WHERE id = ?",
                [done, total, stage, now(), self.run_id],
            )


def main(argv: list[str]) -> int:
    run_id, database, instruments, instance, out = argv
    paths = ReleasePaths(Path(database), Path(instruments), Path(instance), Path(out))
    logging.basicConfig(level=logging.WARNING)
    status = work(int(run_id), paths)
    return 0 if status in ("published", "refused") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
