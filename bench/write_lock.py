"""What made the write path's p99 many times its median (issue 14), isolated: threads of one
process committing small transactions to one SQLite file, each waiting for the write lock
either on SQLite's busy handler (`BEGIN IMMEDIATE` with a busy timeout, as Casebook did) or on
a lock of the process first (`casebook.db.writer_lock`, as it does now), alternately on the
same file. Apart from `make bench`; prints, never asserts.

    .venv/bin/python -m bench.write_lock            # 8 threads x 60 transactions, 3 rounds

SQLite's busy handler sleeps 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50 and then 100 ms between
tries; a thread that wakes to find the lock taken again sleeps longer, while the thread that
just committed takes it again at once. So most saves are fast and some wait seconds."""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _transaction(db, queue: bool) -> Callable[[], contextlib.AbstractContextManager]:
    from casebook.db import writer_lock

    @contextlib.contextmanager
    def transaction() -> Iterator[None]:
        with writer_lock(db) if queue else contextlib.nullcontext():
            db.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                db.conn.rollback()
                raise
            db.conn.execute("COMMIT")

    return transaction


def measure(path: Path, queue: bool, threads: int, each: int) -> dict[str, float]:
    from casebook.db import connect

    latencies: list[float] = []
    guard = threading.Lock()
    start = threading.Barrier(threads)

    def saver(index: int) -> None:
        db = connect(path)
        transaction = _transaction(db, queue)
        mine = []
        start.wait()
        for n in range(each):
            began = time.perf_counter()
            with transaction():
                db.execute("INSERT INTO saves VALUES (?, ?, ?)", [index, n, "x" * 2000])
                time.sleep(0.001)  # a request's own work inside its transaction
            mine.append(time.perf_counter() - began)
        with guard:
            latencies.extend(mine)
        db.close()

    workers = [threading.Thread(target=saver, args=(i,)) for i in range(threads)]
    began = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    seconds = time.perf_counter() - began
    latencies.sort()
    return {
        "per_s": len(latencies) / seconds,
        "p50_ms": latencies[len(latencies) // 2] * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99)] * 1000,
        "max_ms": latencies[-1] * 1000,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--each", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    from casebook.db import connect

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "private.db"
        db = connect(path)
        db.execute("CREATE TABLE saves (thread INTEGER, n INTEGER, body TEXT)")
        db.close()
        for _round in range(args.rounds):
            for queue, label in ((False, "busy handler"), (True, "writer lock ")):
                r = measure(path, queue, args.threads, args.each)
                print(
                    f"{label}: {r['per_s']:.0f} commits/s, p50 {r['p50_ms']:.1f} ms, "
                    f"p99 {r['p99_ms']:.1f} ms, max {r['max_ms']:.0f} ms"
                )


if __name__ == "__main__":
    main()
