"""Where a save's time goes (issue 14): autosave PUTs through the whole WSGI app in this
process (one thread, an interviewer's bearer token, the bodies of figure 3), counting the
SQL statements each save runs and the CPU time it takes (`app_cpu_ms_per_save`: inside the
app only, each request's environ built outside the timing; `cpu_ms_per_save`: the whole
process), then the same saves under cProfile. On a machine other programs load, compare
figures taken in the same minute: they all grow with the load.

    .venv/bin/python -m bench.write_profile                  # SCALE=1 study, 300 saves
    .venv/bin/python -m bench.write_profile --scale 10 --saves 600 --statements
    .venv/bin/python -m bench.write_profile --profile 25     # top 25 functions by own time

Prints; never asserts. `--statements` lists the statements of one save (the last)."""

from __future__ import annotations

import argparse
import collections
import cProfile
import io
import json
import os
import pstats
import re
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import run as harness  # noqa: E402
from bench import study as study_gen  # noqa: E402


def _saves(app, bodies, token: str, count: int, per_response: int) -> tuple[list[float], float]:
    """`count` PUTs through the WSGI app: each body saved `per_response` times in a row
    (new revisions). Returns each save's wall time and the CPU time (of this thread) spent
    in the app itself, the request's environ being built outside it."""
    from werkzeug.test import EnvironBuilder

    headers = {"Authorization": f"Bearer {token}"}
    timings = []
    app_cpu = 0.0
    status: list[str] = []

    def start_response(line: str, _headers: list, _exc_info: object = None) -> None:
        status.append(line)

    done = 0
    index = 0
    while done < count:
        meta, answers = bodies[index % len(bodies)]
        index += 1
        key = str(uuid.uuid4())
        revision = None
        for typed in range(per_response):
            body = {**meta, "answers": harness._autosave_body(answers, revision, typed)}
            if revision is not None:
                body["revision"] = revision
            environ = EnvironBuilder(
                path=f"/api/v1/responses/{key}", method="PUT", json=body, headers=headers
            ).get_environ()
            status.clear()
            t0, c0 = time.perf_counter(), time.thread_time()
            answer = b"".join(app(environ, start_response))
            app_cpu += time.thread_time() - c0
            timings.append(time.perf_counter() - t0)
            if status[0][:3] not in ("200", "201"):
                raise RuntimeError(f"{status[0]}: {answer[:500]!r}")
            revision = json.loads(answer)["revision"]
            done += 1
            if done >= count:
                break
    return timings, app_cpu


def _shape(sql: str) -> str:
    """A statement with its literals replaced by ?, so the same statement counts once."""
    sql = re.sub(r"'(?:[^']|'')*'", "?", " ".join(sql.split()))
    return re.sub(r"\b\d+(\.\d+)?\b", "?", sql)[:120]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--per-response", type=int, default=10)
    parser.add_argument("--profile", type=int, default=0, help="print the top N by own time")
    parser.add_argument("--statements", action="store_true")
    args = parser.parse_args(argv)
    generated = study_gen.cached(args.scale, log=harness.log)
    with tempfile.TemporaryDirectory(prefix="casebook-write-profile-") as tmp:
        work = Path(tmp)
        database = harness._instance_copy(generated, work, "serve")
        os.environ["CASEBOOK_INSTANCE"] = str(database.parent)
        os.environ["CASEBOOK_INSTRUMENTS"] = str(ROOT / "instruments")
        count = max(1, args.saves // args.per_response) + 1
        token, bodies = harness._write_bodies(database, count)
        from casebook import create_app
        from casebook.config import database_path
        from casebook.db import thread_connection

        app = create_app()
        _saves(app, bodies[-1:], token, 5, 5)  # warm up: imports, caches
        statements: list[str] = []
        with app.app_context():
            conn = thread_connection(database_path()).conn
        conn.set_trace_callback(statements.append)
        token, bodies = harness._write_bodies(database, count)
        conn.set_trace_callback(statements.append)
        cpu0, wall0 = time.process_time(), time.perf_counter()
        timings, app_cpu = _saves(app, bodies, token, args.saves, args.per_response)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        per_save = len(statements) / args.saves
        timings.sort()
        print(
            json.dumps(
                {
                    "saves": args.saves,
                    "per_response": args.per_response,
                    "sql_per_save": round(per_save, 2),
                    "cpu_ms_per_save": round(cpu / args.saves * 1000, 3),
                    "app_cpu_ms_per_save": round(app_cpu / args.saves * 1000, 3),
                    "wall_ms_per_save": round(wall / args.saves * 1000, 3),
                    "p50_ms": round(timings[len(timings) // 2] * 1000, 3),
                    "p99_ms": round(timings[int(len(timings) * 0.99)] * 1000, 3),
                }
            )
        )
        if args.statements:
            counts = collections.Counter(_shape(s) for s in statements)
            for sql, n in counts.most_common():
                print(f"{n / args.saves:6.2f}  {sql}")
        if args.profile:
            token, bodies = harness._write_bodies(database, count)
            conn.set_trace_callback(None)
            profiler = cProfile.Profile()
            profiler.enable()
            _saves(app, bodies, token, args.saves, args.per_response)
            profiler.disable()
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            stats.sort_stats("tottime").print_stats(args.profile)
            stats.sort_stats("cumulative").print_stats(args.profile)
            print(out.getvalue())


if __name__ == "__main__":
    main()
