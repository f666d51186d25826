"""What `synchronous = FULL` costs the write path (issue 13): first the disk's own cost, one
connection committing small transactions at NORMAL and at FULL; then saves/s and latency of
`casebook serve` under the write figure's load (32 clients PUTting autosave-sized bodies,
bench/run.py figure 3) with the private database at NORMAL and at FULL, alternately, on the
same copy of the generated study.

    .venv/bin/python -m bench.synchronous                 # 3 rounds of 8 s per mode
    .venv/bin/python -m bench.synchronous --seconds 15 --rounds 5 --folder /srv/tmp

Run it on the disk the study will use (`--folder`): the cost is the disk's fsync. Prints the
figures; docs/security.md records them. Never asserts."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import run as harness  # noqa: E402
from bench import study as study_gen  # noqa: E402

MODES = ("NORMAL", "FULL")


def measure(instance: Path, mode: str, bodies: list, token: str, seconds: float) -> dict:
    env = {
        **os.environ,
        "CASEBOOK_INSTANCE": str(instance),
        "CASEBOOK_INSTRUMENTS": str(ROOT / "instruments"),
        "CASEBOOK_SQLITE_SYNCHRONOUS": mode,
    }
    port = harness.free_port()
    command = [str(harness.BIN / "casebook"), "serve", "--port", str(port)]
    command += ["--threads", str(harness.SERVER_THREADS)]
    server = harness._serve(command, env, port, instance / f"serve-{mode}.log")
    database = instance / "casebook.db"
    try:
        harness._load(port, fresh_participants(database, bodies), token, 1.0, harness.CLIENTS)
        return harness._load(
            port, fresh_participants(database, bodies), token, seconds, harness.CLIENTS
        )
    finally:
        harness._stop(server)


def fresh_participants(database: Path, bodies: list) -> list:
    """The bodies re-pointed at new, consented patients (one per client, for each run of the
    load, which starts new responses): a second interview of a participant with one guide
    in one wave is refused as a duplicate (409)."""
    from casebook import study
    from casebook.audit import Actor
    from casebook.db import connect

    db = connect(database)
    try:
        roles = [row[0] for row in db.execute("SELECT DISTINCT role FROM participants")]
        moved = []
        for index, (meta, answers) in enumerate(bodies):
            person = study.ParticipantInput(
                case_id=meta["case"],
                role="patient",
                name=f"Bench Patient {uuid.uuid4().hex[:6]} {index}",
                consent_date="2026-01-10",
                consent_version="v1",
            )
            participant = study.create_participant(db, person, roles, Actor.system("bench"))
            moved.append(({**meta, "participant": participant}, answers))
    finally:
        db.close()
    return moved


def commit_latency(folder: Path, mode: str, commits: int) -> dict[str, float]:
    """One connection in WAL mode committing `commits` small transactions (an answer-sized
    row each): what the disk's sync costs per commit, without the server around it."""
    import sqlite3
    import time

    path = folder / f"commits-{mode}.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {mode}")
    conn.execute("CREATE TABLE IF NOT EXISTS answers (id INTEGER PRIMARY KEY, value TEXT)")
    times = []
    for number in range(commits):
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO answers (value) VALUES (?)", ["notes " * 60 + str(number)])
        conn.execute("COMMIT")
        times.append(time.perf_counter() - started)
    conn.close()
    times.sort()
    return {
        "per_s": commits / sum(times),
        "p50_ms": times[len(times) // 2] * 1000,
        "p99_ms": times[int(len(times) * 0.99)] * 1000,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--folder", type=Path, default=None, help="where the database goes")
    parser.add_argument("--commits", type=int, default=2000, help="commits per mode, alone")
    args = parser.parse_args(argv)
    generated = study_gen.cached(1, 2026, log=harness.log)
    results: dict[str, list[dict[str, Any]]] = {mode: [] for mode in MODES}
    with tempfile.TemporaryDirectory(prefix="casebook-sync-", dir=args.folder) as tmp:
        alone = {
            mode: [commit_latency(Path(tmp), mode, args.commits) for _ in range(3)]
            for mode in MODES
        }
        print(f"\nOne connection alone, {args.commits} commits per mode (median of 3)")
        for mode in MODES:
            rows = alone[mode]
            print(
                f"  {mode:<6} {statistics.median(r['per_s'] for r in rows):7.0f} commits/s   "
                f"p50 {statistics.median(r['p50_ms'] for r in rows):6.2f} ms   "
                f"p99 {statistics.median(r['p99_ms'] for r in rows):6.2f} ms"
            )
        database = harness._instance_copy(generated, Path(tmp), "instance")
        token, bodies = harness._write_bodies(database, harness.CLIENTS)
        for round_number in range(args.rounds):
            for mode in MODES:
                figures = measure(database.parent, mode, bodies, token, args.seconds)
                results[mode].append(figures)
                harness.log(
                    f"round {round_number + 1} {mode:<6}: {figures['per_s']:.0f} saves/s, "
                    f"p50 {figures['p50_ms']:.1f} ms, p99 {figures['p99_ms']:.1f} ms, "
                    f"{figures['errors']} errors {figures['statuses']}"
                )
    if not args.rounds:
        return
    print(f"\n{harness.CLIENTS} clients, {args.rounds} x {args.seconds:.0f} s per mode (median)")
    for mode in MODES:
        rows = results[mode]
        print(
            f"  {mode:<6} {statistics.median(r['per_s'] for r in rows):7.0f} saves/s   "
            f"p50 {statistics.median(r['p50_ms'] for r in rows):6.1f} ms   "
            f"p99 {statistics.median(r['p99_ms'] for r in rows):6.1f} ms"
        )


if __name__ == "__main__":
    main()
