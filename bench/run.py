"""Casebook's benchmarks (issue 5): five figures against peers and limits.

    make bench                 # quick: SCALE=1 (the size of the real study)
    SCALE=100 make bench       # the full run
    .venv/bin/python -m bench.run --scale 10 --no-write   # print only, leave the docs alone

1. free-text redaction: MB/s, recall and precision per kind, Casebook vs scrubadub, on the
   development set, the validation sets (bench/heldout, bench/heldout_b, bench/validation_d,
   bench/validation_e, bench/heldout_c, bench/validation_f, bench/heldout_g,
   bench/heldout_h, bench/heldout_i, bench/heldout_j, bench/heldout_k, bench/heldout_l,
   bench/heldout_m, bench/heldout_n, bench/heldout_o, bench/heldout_p, bench/heldout_q,
   bench/heldout_r, bench/heldout_s, bench/heldout_t, bench/heldout_u, bench/heldout_v,
   bench/heldout_w, bench/heldout_x, bench/heldout_y, bench/heldout_z, bench/heldout_aa,
   bench/heldout_ab, bench/heldout_ac, bench/heldout_ad, bench/heldout_ae, bench/heldout_af,
   bench/heldout_ag, bench/heldout_ah, bench/heldout_ai and bench/heldout_aj, held out until
   2026-12-04, 2026-12-05, 2026-12-06 and 2026-12-07), validation AK (bench/heldout_ak, held
   out until 2026-12-07), validation AL (bench/heldout_al, held out until 2026-12-07),
   validation AM (bench/heldout_am, held out until 2026-12-07), validation AN
   (bench/heldout_an, held out until 2026-12-07) and held-out AO (bench/heldout_ao),
   each reported apart
   (bench/redaction.py, redaction_report.py, redaction_details.py);
2. `casebook publish` at the scale, and the ratio to a plain copy of the same rows;
3. the write path: PUTs with 32 concurrent clients against `casebook serve`, vs a bare
   endpoint of the same server;
4. analyst queries: every canned query and a full-text search through Datasette;
5. peak RSS of `casebook publish`, and at 10x and more its ratio to the same publish at a
   tenth of the scale.

Benchmarks print and write docs/benchmarks.md; they never assert.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import burst, load, redaction_report  # noqa: E402
from bench import study as study_gen  # noqa: E402
from bench.redaction import figure_redaction  # noqa: E402

BIN = Path(sys.executable).parent
DOC = ROOT / "docs" / "benchmarks.md"
CLIENTS = 32
SERVER_THREADS = 8
SERVER_PROCESSES = 2  # `casebook serve --processes`: one per core of the 2-core machine


# --- helpers ---------------------------------------------------------------------------------


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": memory,
        "python": platform.python_version(),
        "system": platform.platform(),
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listening on port {port} after {timeout} s")


def run_with_rusage(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (bytes, the child's own ru_maxrss via os.wait4) and stdout."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=out, stderr=err, text=True)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr[-3000:]}")
    return seconds, usage.ru_maxrss * 1024, stdout


# --- figure 2 and 5: publish -----------------------------------------------------------------


def _instance_copy(generated: study_gen.GeneratedStudy, work: Path, name: str) -> Path:
    instance = work / name
    instance.mkdir()
    src = sqlite_copy(generated.database, instance / "casebook.db")
    _migrate(src)  # a study cached by an older Casebook gets the newer migrations
    key = generated.folder / "release.key"
    if key.exists():  # the same pseudonyms every run
        shutil.copy2(key, instance / "release.key")
    return src


def _migrate(database: Path) -> None:
    from casebook.db import connect
    from casebook.migrations import migrate

    db = connect(database)
    try:
        migrate(db)
    finally:
        db.close()


def sqlite_copy(source: Path, target: Path) -> Path:
    import sqlite3

    with sqlite3.connect(source) as src:
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(source, target)
    return target


def figure_publish(generated: study_gen.GeneratedStudy, work: Path) -> dict[str, Any]:
    log("figure 2 and 5: casebook publish, and the plain copy of the same rows")
    database = _instance_copy(generated, work, "publish")
    instance = database.parent
    env = {
        **os.environ,
        "CASEBOOK_INSTANCE": str(instance),
        "CASEBOOK_INSTRUMENTS": str(ROOT / "instruments"),
    }
    release = instance / "release.db"
    seconds, rss, out = run_with_rusage(
        [str(BIN / "casebook"), "publish", "--out", str(release)]
        + ["--allow-unreviewed", "benchmark: generated study, nobody reviews it"],
        env,
    )
    key = instance / "release.key"
    if not (generated.folder / "release.key").exists() and key.exists():
        shutil.copy2(key, generated.folder / "release.key")
    import sqlite3

    with sqlite3.connect(release) as db:
        build_seconds = db.execute("SELECT seconds FROM _release").fetchone()[0]
        rows = json.loads(db.execute("SELECT row_counts FROM _release").fetchone()[0])
    floor_seconds, floor_rss, floor_out = run_with_rusage(
        [sys.executable, "-m", "bench.floor", str(database), str(work / "floor.db")]
    )
    floor_rows = int(floor_out.strip() or 0)
    # a second run of the floor: the first may pay for reading the private file from disk
    floor2, _rss, _out = run_with_rusage(
        [sys.executable, "-m", "bench.floor", str(database), str(work / "floor.db")]
    )
    floor_seconds = min(floor_seconds, floor2)
    return {
        **_republish(instance, release, work),
        "seconds": seconds,
        "build_seconds": build_seconds,
        "peak_rss": rss,
        "release_rows": sum(rows.values()),
        "release_bytes": release.stat().st_size,
        "private_bytes": database.stat().st_size,
        "floor_seconds": floor_seconds,
        "floor_rows": floor_rows,
        "floor_peak_rss": floor_rss,
        "ratio": seconds / floor_seconds,
        "summary": out.strip().splitlines()[-4:],
        "release": str(release),
    }


def figure_memory(scale: int, seed: int, work: Path) -> dict[str, Any]:
    """Figure 5's peer: the peak RSS of the same full publish on the study at a tenth of the
    scale, so memory that grows with the study shows as a ratio (issue 14: at most 1.2x)."""
    small = max(1, scale // 10)
    log(f"figure 5: casebook publish at {small}x, for its peak RSS")
    generated = study_gen.cached(small, seed, log=log)
    database = _instance_copy(generated, work, f"publish-x{small}")
    env = {
        **os.environ,
        "CASEBOOK_INSTANCE": str(database.parent),
        "CASEBOOK_INSTRUMENTS": str(ROOT / "instruments"),
    }
    seconds, rss, _out = run_with_rusage(
        [str(BIN / "casebook"), "publish", "--out", str(database.parent / "release.db")]
        + ["--allow-unreviewed", "benchmark: generated study, nobody reviews it"],
        env,
    )
    return {"scale": small, "peak_rss": rss, "seconds": seconds}


def _memory_rows(results: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    """Figure 5's ratio: the full publish's peak RSS at this scale over a tenth of it."""
    m, p = results.get("memory"), results.get("publish")
    if not m or not p:
        return []
    ratio = p["peak_rss"] / m["peak_rss"]
    return [
        (
            "5",
            f"peak RSS of a full publish, {results['scale']}x / {m['scale']}x",
            f"{p['peak_rss'] / 2**20:.0f} / {m['peak_rss'] / 2**20:.0f} MiB = {ratio:.2f}x",
            "≤ 1.2x",
            met(ratio <= 1.2),
        )
    ]


def _memory_text(results: dict[str, Any]) -> str:
    m, p = results.get("memory"), results["publish"]
    if not m:
        return ""
    return (
        f" The same publish of the {m['scale']}x study: {m['seconds']:.1f} s, peak RSS "
        f"{m['peak_rss'] / 2**20:.0f} MiB, so {p['peak_rss'] / m['peak_rss']:.2f}x the memory "
        f"for {results['scale'] // m['scale']}x the study."
    )


def _step(args: list[str], env: dict[str, str] | None = None) -> tuple[float, int, dict]:
    seconds, rss, out = run_with_rusage([sys.executable, "-m", "bench.republish", *args], env)
    return seconds, rss, json.loads(out.strip().splitlines()[-1])


def _republish(instance: Path, release: Path, work: Path) -> dict[str, Any]:
    """Issue 14: the same full build on one process (the peer of the parallel one), then
    republishing after nothing, one changed answer and one added name, and the redactor
    alone on the same texts (the floor of a full build)."""
    log("figure 2b: full build on one process, republishing, the redactor alone")
    one_core = {**os.environ, "CASEBOOK_PUBLISH_WORKERS": "1"}
    serial, serial_rss, _ = _step(
        ["publish", str(instance), str(work / "serial.db"), "--full"], one_core
    )
    steps: dict[str, Any] = {}
    for name, change in (
        ("unchanged", None),
        ("one answer changed", ["change-answer", str(instance)]),
        ("one name added", ["add-name", str(instance)]),
    ):
        if change:
            _step(change)
        seconds, rss, stats = _step(["publish", str(instance), str(release)])
        steps[name] = {**stats, "wall_seconds": seconds, "peak_rss": rss}
    full, full_rss, full_stats = _step(["publish", str(instance), str(release), "--full"])
    alone, _rss, redactor = _step(["redactor", str(instance)])
    return {
        "serial_seconds": serial,
        "serial_peak_rss": serial_rss,
        "republish": steps,
        "full_again_seconds": full,
        "full_again_stats": full_stats,
        "redactor": redactor,
    }


# --- figure 3: the write path ----------------------------------------------------------------


def _autosave_body(answers_base: dict[str, Any], revision: int | None, typed: int) -> dict:
    answers = json.loads(json.dumps(answers_base))
    for value in answers.values():
        if isinstance(value, dict) and "notes" in value:
            value["notes"] = value["notes"] + f" Typed {typed}."
            break
    return answers


def _load(
    port: int,
    bodies: list[tuple[dict, dict[str, Any]]],
    token: str | None,
    seconds: float,
    clients: int,
) -> dict[str, Any]:
    """`clients` keep-alive connections (one thread, `bench/load.py`), each with its own
    response UUID, PUTting autosave-sized bodies (each a new revision) for `seconds`."""
    return load.drive(port, bodies, token, seconds, clients)


def _percentile(values: list[float], pct: float) -> float:
    return burst.percentile(values, pct)


def _write_bodies(database: Path, count: int) -> tuple[str, list[tuple[dict, dict]]]:
    """A token for the interviewer, and draft patient interviews of autosave size, each for a
    new patient: a second response for the same patient, instrument and wave is refused
    (409), so every load run gets patients of its own and times saves, not refusals."""
    import random

    from casebook.audit import Actor
    from casebook.db import connect
    from casebook.demo import fake_answers
    from casebook.instruments.registry import get_instrument, newest_versions
    from casebook.tokens import create_token

    db = connect(database)
    try:
        token = create_token(db, "bench-interviewer", "bench", Actor.system("bench")).secret
        version = newest_versions(db)["patient-interview"]
        instrument = get_instrument(db, "patient-interview", version)
    finally:
        db.close()
    patients = burst.fresh_patients(database, count, "write load")
    rng = random.Random(5)
    bodies = []
    for index in range(count):
        person = patients[index % len(patients)]
        answers = fake_answers(instrument, rng, person["name"])
        # autosave mid-interview: the first four topics answered so far
        topics = [k for k, v in answers.items() if isinstance(v, dict) and "notes" in v][:4]
        answers = {k: answers[k] for k in topics}
        for key in topics:
            answers[key]["notes"] = " ".join(
                rng.choice(
                    [
                        "She describes the group as helpful.",
                        "He talks about the week.",
                        "The agenda was set together.",
                        "Worries about the winter.",
                    ]
                )
                for _ in range(12)
            )
        meta = {
            "instrument": "patient-interview",
            "version": version,
            "case": person["case_id"],
            "participant": person["id"],
            "wave": "baseline",
            "date": "2026-02-01",
            "status": "draft",
        }
        bodies.append((meta, answers))
    return token, bodies


def _serve(cmd: list[str], env: dict[str, str], port: int, log_file: Path) -> subprocess.Popen:
    # waitress logs every queued task at WARNING: to a file, never to a pipe nobody reads
    with log_file.open("ab") as out:
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=out, stderr=out)
    wait_for_port(port, proc)
    return proc


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _casebook_load(
    database: Path,
    env: dict[str, str],
    work: Path,
    seconds: float,
    threads: int = SERVER_THREADS,
    processes: int = SERVER_PROCESSES,
) -> dict:
    """`casebook serve` under the write load, a warm-up and a timed run, each with patients
    of its own."""
    port = free_port()
    server = _serve(
        [
            *(str(BIN / "casebook"), "serve", "--port", str(port)),
            *("--threads", str(threads), "--processes", str(processes)),
        ],
        env,
        port,
        work / "serve.log",
    )
    try:
        token, bodies = _write_bodies(database, CLIENTS)
        _load(port, bodies, token, 1.0, CLIENTS)  # warm up
        token, bodies = _write_bodies(database, CLIENTS)
        cpu = load.cpu_seconds(server.pid)
        measured = _load(port, bodies, token, seconds, CLIENTS)
        measured["server_cpu_ms_per_save"] = (
            (load.cpu_seconds(server.pid) - cpu) / max(1, measured["ok"]) * 1000
        )
    finally:
        _stop(server)
    measured["stored"] = load.stored_as_acknowledged(database, measured.pop("acknowledged"))
    log(
        f"  {env.get('CASEBOOK_SQLITE_SYNCHRONOUS')} {processes}x{threads}: "
        f"{measured['per_s']:.0f} saves/s, "
        f"p50 {measured['p50_ms']:.0f} ms, p99 {measured['p99_ms']:.0f} ms, "
        f"server CPU {measured['server_cpu_ms_per_save']:.2f} ms per save, "
        f"errors {measured['errors']}, stored {measured['stored']}"
    )
    return measured


def figure_writes(generated: study_gen.GeneratedStudy, work: Path, seconds: float) -> dict:
    log(
        f"figure 3: write path, {CLIENTS} clients for {seconds:.0f} s each against "
        "casebook serve (synchronous FULL, then NORMAL) and a bare waitress endpoint"
    )
    database = _instance_copy(generated, work, "serve")
    env = {
        **os.environ,
        "CASEBOOK_INSTANCE": str(database.parent),
        "CASEBOOK_INSTRUMENTS": str(ROOT / "instruments"),
    }
    casebook = _casebook_load(
        database, {**env, "CASEBOOK_SQLITE_SYNCHRONOUS": "FULL"}, work, seconds
    )
    normal = _casebook_load(
        database, {**env, "CASEBOOK_SQLITE_SYNCHRONOUS": "NORMAL"}, work, seconds
    )
    token, bodies = _write_bodies(database, CLIENTS)
    port = free_port()
    bare_server = _serve(
        [sys.executable, "-m", "bench.bare", str(port), str(SERVER_THREADS), str(SERVER_PROCESSES)],
        env,
        port,
        work / "bare.log",
    )
    try:
        _load(port, bodies, None, 1.0, CLIENTS)
        bare = _load(port, bodies, None, seconds, CLIENTS)
        bare.pop("acknowledged")
    finally:
        _stop(bare_server)
    return {
        "casebook": casebook,
        "normal": normal,
        "bare": bare,
        "ratio": casebook["per_s"] / bare["per_s"],
        "clients": CLIENTS,
        "threads": SERVER_THREADS,
        "processes": SERVER_PROCESSES,
    }


# --- figure 6: a reconnect burst -------------------------------------------------------------

BURST_CLIENTS = 20
BURST_QUEUE = 50


def figure_burst(generated: study_gen.GeneratedStudy, work: Path) -> dict[str, Any]:
    log(
        f"figure 6: reconnect burst, {BURST_CLIENTS} devices x {BURST_QUEUE} queued "
        "responses at once"
    )
    database = _instance_copy(generated, work, "burst")
    env = {
        **os.environ,
        "CASEBOOK_INSTANCE": str(database.parent),
        "CASEBOOK_INSTRUMENTS": str(ROOT / "instruments"),
    }
    token, bodies = _write_bodies(database, 1)
    meta, answers = bodies[0]
    template = {**meta, "answers": answers}
    queues = burst.queued_responses(database, template, BURST_CLIENTS, BURST_QUEUE)
    port = free_port()
    server = _serve(
        [
            *(str(BIN / "casebook"), "serve", "--port", str(port)),
            *("--threads", str(SERVER_THREADS), "--processes", str(SERVER_PROCESSES)),
        ],
        env,
        port,
        work / "burst.log",
    )
    try:
        result = burst.send_outboxes(port, token, queues)
    finally:
        _stop(server)
    result["stored"] = burst.stored_once(database, [k for q in queues for k, _b in q])
    result["threads"] = SERVER_THREADS
    result["processes"] = SERVER_PROCESSES
    return result


# --- figure 4: analyst queries ---------------------------------------------------------------


def figure_queries(
    generated: study_gen.GeneratedStudy, release: Path, work: Path, runs: int
) -> dict[str, Any]:
    log(f"figure 4: every canned query and full-text searches through Datasette, median of {runs}")
    database = _instance_copy(generated, work, "datasette")
    from casebook.audit import Actor
    from casebook.datasette_plugin.server import DATABASE_NAME, build_datasette
    from casebook.db import connect
    from casebook.tokens import create_token

    db = connect(database)
    try:
        token = create_token(db, "bench-analyst", "bench", Actor.system("bench")).secret
    finally:
        db.close()
    shutil.copy2(release, database.parent / "release.db")
    ds = build_datasette(database.parent / "release.db", database, database.parent, None)
    queries = ds.metadata("queries", database=DATABASE_NAME) or {}
    headers = {"Authorization": f"Bearer {token}"}
    paths = {name: f"/{DATABASE_NAME}/{name}.json?_shape=array" for name in sorted(queries)}
    for word in ("medication", "Huddinge", "kitchen"):
        paths[f"search topics: {word}"] = (
            f"/{DATABASE_NAME}/topics.json?_search={word}&_shape=array&_size=100"
        )

    async def timed() -> dict[str, Any]:
        out = {}
        for name, path in paths.items():
            times, rows, status = [], None, None
            for _ in range(runs + 1):  # the first run warms caches and is not counted
                t0 = time.perf_counter()
                response = await ds.client.get(path, headers=headers)
                times.append(time.perf_counter() - t0)
                status = response.status_code
                if status == 200:
                    rows = len(response.json())
            out[name] = {
                "median_ms": statistics.median(times[1:]) * 1000,
                "max_ms": max(times[1:]) * 1000,
                "rows": rows,
                "status": status,
            }
        return out

    return asyncio.run(timed())


# --- the report ------------------------------------------------------------------------------


def met(ok: bool) -> str:
    return "met" if ok else "**missed**"


def report(results: dict[str, Any]) -> str:
    m, scale = results["machine"], results["scale"]
    s = results["study"]
    which = (
        "the full run"
        if scale >= 100
        else "the quick default; the full run is `SCALE=100 make bench`"
    )
    lines = [
        "# Benchmarks",
        "",
        "Generated by `make bench` (bench/run.py); the figures below are measured, not typed.",
        f"Scale **{scale}x** ({which}).",
        "",
        f"- Date: {results['date']}",
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['memory']} RAM; {m['system']}",
        f"- Python {m['python']}",
        "- Reproduce: `make bench` (quick, SCALE=1) or `SCALE=100 make bench` "
        "(writes this file); `.venv/bin/python -m bench.run --scale N --no-write` only prints.",
        "",
        "## The synthetic study",
        "",
        f"Seed {s['seed']}, {s['cases']} cases, {s['participants']} participants, "
        f"{s['interviews']} interviews (three roles, three waves), {s['observations']} meeting "
        f"observations and {s['codings']} codings; {s['text_bytes'] / 1e6:.1f} MB of free-text "
        f"notes with {s['identifiers']} planted identifiers (recorded in `planted.json` beside "
        "the generated database). Generated through the app's own write path "
        f"(`save_response`) in {s['seconds']:.0f} s; cached under `bench/.cache/`.",
        "",
        "## Summary",
        "",
        "| # | figure | measured | target | |",
        "|---|---|---|---|---|",
    ]
    rows = summary_rows(results)
    lines += [f"| {i} | {a} | {b} | {c} | {d} |" for i, a, b, c, d in rows]
    lines += ["", *details(results)]
    return "\n".join(lines) + "\n"


def summary_rows(results: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    rows = []
    r = results.get("redaction")
    if r:
        rows += redaction_report.summary_rows(r)
    p = results.get("publish")
    if p:
        rows.append(
            (
                "2",
                f"`casebook publish` at {results['scale']}x",
                f"{p['seconds']:.1f} s",
                "≤ 20 s",
                met(p["seconds"] <= 20),
            )
        )
        rows.append(
            (
                "2",
                "publish / plain copy of the same rows",
                f"{p['ratio']:.1f}x ({p['floor_seconds']:.2f} s floor)",
                "< 3x",
                met(p["ratio"] < 3),
            )
        )
        rows += _reuse_rows(p)
        rows.append(
            (
                "5",
                "peak RSS of `casebook publish`",
                f"{p['peak_rss'] / 2**20:.0f} MiB",
                "< 1 GB",
                met(p["peak_rss"] < 1e9),
            )
        )
        rows += _memory_rows(results)
    w = results.get("writes")
    if w:
        c, b = w["casebook"], w["bare"]
        rows.append(
            (
                "3",
                f"saves/s, {w['clients']} clients",
                f"{c['per_s']:.0f}/s",
                "≥ 500/s",
                met(c["per_s"] >= 500),
            )
        )
        rows.append(
            (
                "3",
                "saves/s vs bare waitress endpoint",
                f"{w['ratio']:.2f} ({b['per_s']:.0f}/s bare)",
                "≥ 0.5",
                met(w["ratio"] >= 0.5),
            )
        )
        rows.append(
            (
                "3",
                "save latency p50 / p99",
                f"{c['p50_ms']:.0f} / {c['p99_ms']:.0f} ms",
                "p99 < 100 ms",
                met(c["p99_ms"] < 100),
            )
        )
        n = w.get("normal")
        if n:
            rows.append(
                (
                    "3",
                    "saves/s and p99, synchronous FULL / NORMAL",
                    f"{c['per_s']:.0f} / {n['per_s']:.0f} per s, "
                    f"{c['p99_ms']:.0f} / {n['p99_ms']:.0f} ms",
                    "(measured)",
                    "",
                )
            )
    b = results.get("burst")
    if b:
        st = b["stored"]
        once = st["stored"] == st["expected"] and not st["revised"]
        rows.append(
            (
                "6",
                f"reconnect burst, {b['clients']} x {b['per_client']} queued responses",
                f"p99 {b['p99_ms']:.0f} ms, {st['stored']}/{st['expected']} stored once",
                "p99 ≤ 1 s, all once",
                met(b["p99_ms"] <= 1000 and once),
            )
        )
    q = results.get("queries")
    if q:
        slowest = max(q.items(), key=lambda kv: kv[1]["median_ms"])
        rows.append(
            (
                "4",
                f"slowest of {len(q)} analyst queries (median)",
                f"{slowest[1]['median_ms']:.0f} ms ({slowest[0]})",
                "< 250 ms each",
                met(all(v["median_ms"] < 250 for v in q.values())),
            )
        )
    return rows


def _reuse_rows(p: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    if "republish" not in p:
        return []
    full = p["full_again_seconds"]
    one = p["republish"]["one answer changed"]
    name = p["republish"]["one name added"]
    red = p["redactor"]
    texts = p["full_again_stats"]["texts_redone"]  # every distinct text of the release
    return [
        (
            "2",
            "full publish: all cores / one core",
            f"{p['seconds']:.1f} s / {p['serial_seconds']:.1f} s",
            "(measured)",
            "",
        ),
        (
            "2",
            "full publish / the redactor alone on the same text",
            f"{p['seconds'] / red['seconds']:.1f}x ({red['seconds']:.1f} s alone)",
            "≤ 3x",
            met(p["seconds"] <= 3 * red["seconds"]),
        ),
        (
            "2",
            "republish after one changed answer / full publish",
            f"{one['wall_seconds']:.1f} s = {one['wall_seconds'] / full:.1%} of {full:.1f} s",
            "≤ 2 s and ≤ 5 %",
            met(one["wall_seconds"] <= 2 and one["wall_seconds"] <= 0.05 * full),
        ),
        (
            "2",
            "texts redone after one name added",
            f"{name['texts_redone']} of {texts} ({name['texts_redone'] / max(texts, 1):.1%}), "
            f"{name['wall_seconds']:.1f} s",
            "only those that can hold it",
            "",
        ),
    ]


def _reuse_details(p: dict[str, Any]) -> list[str]:
    if "republish" not in p:
        return []
    red = p["redactor"]
    out = [
        "### Republishing (issue 14)",
        "",
        f"The same full build on one process (`CASEBOOK_PUBLISH_WORKERS=1`): "
        f"{p['serial_seconds']:.1f} s, peak RSS {p['serial_peak_rss'] / 2**20:.0f} MiB. The "
        f"redactor alone, one process, over the {red['texts']} distinct texts a build redacts "
        f"({red['bytes'] / 1e6:.1f} MB): {red['seconds']:.1f} s (after "
        f"{red['build_seconds']:.1f} s building it). A full rebuild (`--full`) at the end: "
        f"{p['full_again_seconds']:.1f} s, its largest worker process's peak RSS "
        f"{p['full_again_stats'].get('workers_peak_rss', 0) / 2**20:.0f} MiB (the peak RSS "
        "figures elsewhere are the main process's own).",
        "",
        "| republish after | wall s | CPU s | responses copied / rebuilt | texts reused / redone "
        "| verified reused / redone | peak RSS |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, v in p["republish"].items():
        out.append(
            f"| {name} | {v['wall_seconds']:.2f} | {v.get('cpu_seconds', 0):.2f} | "
            f"{v['responses_copied']} / "
            f"{v['responses_rebuilt']} | {v['texts_reused']} / {v['texts_redone']} | "
            f"{v['verified_reused']} / {v['verified_redone']} | "
            f"{v['peak_rss'] / 2**20:.0f} MiB |"
        )
    return [*out, ""]


def _burst_details(b: dict[str, Any] | None) -> list[str]:
    if not b:
        return []
    st = b["stored"]
    return [
        "## 6. Reconnect burst",
        "",
        f"`casebook serve --threads {b['threads']} --processes {b.get('processes', 1)}`; "
        f"{b['clients']} devices each send "
        f"{b['per_client']} queued complete-sized draft interviews (each for a participant "
        "and wave of its own) through `PUT /api/v1/responses/<uuid>`, one after another as "
        "fast as the server answers, all starting at once; then each sends its last "
        f"{burst.RESENT} again. {b['sent']} responses in {b['seconds']:.1f} s "
        f"({b['per_s']:.0f}/s), p50 {b['p50_ms']:.0f} ms, p99 {b['p99_ms']:.0f} ms, max "
        f"{b['max_ms']:.0f} ms; statuses {b['statuses']}, resends {b['resent_statuses']}. "
        f"Stored: {st['stored']} of {st['expected']}, {st['revised']} at a revision other "
        "than 1.",
        "",
    ]


def details(results: dict[str, Any]) -> list[str]:
    out: list[str] = []
    r = results.get("redaction")
    if r:
        out += [*redaction_report.details(r), ""]
    p = results.get("publish")
    if p:
        out += [
            "## 2. Release build, and 5. memory",
            "",
            f"`casebook publish --out …` as a subprocess on a copy of the {results['scale']}x "
            f"private database ({p['private_bytes'] / 1e6:.0f} MB): {p['seconds']:.1f} s "
            f"wall, of which the build itself (as recorded in `_release.seconds`) "
            f"{p['build_seconds']:.1f} s; {p['release_rows']} rows, "
            f"{p['release_bytes'] / 1e6:.0f} MB release. Peak RSS (the child's own "
            f"`ru_maxrss`): {p['peak_rss'] / 2**20:.0f} MiB.{_memory_text(results)}",
            "",
            f"Floor: `python -m bench.floor` copies the {p['floor_rows']} rows publish reads "
            "(responses, answers, participants, contacts, places, users, waves, instrument "
            "versions) into a fresh SQLite file, same pragmas, also as a subprocess (best of "
            f"2): {p['floor_seconds']:.2f} s, so publish takes {p['ratio']:.1f}x the floor.",
            "",
            "```",
            *p["summary"],
            "```",
            "",
            *_reuse_details(p),
        ]
    w = results.get("writes")
    if w:
        c, b = w["casebook"], w["bare"]
        out += [
            "## 3. Write path",
            "",
            f"`casebook serve --threads {w['threads']} --processes {w.get('processes', 1)}` "
            "(waitress) on 127.0.0.1, a copy of the "
            f"{results['scale']}x private database, an interviewer's API token. "
            f"{w['clients']} keep-alive connections driven by one client thread "
            "(`bench/load.py`, `selectors`, requests joined from bytes prepared once; in a "
            "process of its own on the same 2 cores), each PUTting its own response UUID "
            "again and again with the revision it last got back (a draft patient "
            f"interview, four topics typed so far, {c['body_bytes']} bytes, a little more "
            "text each time), for "
            f"{c['seconds']:.0f} s after a 1 s warm-up. The bare endpoint is "
            "`bench/bare.py`: the same waitress, threads and processes, reading the body and "
            "returning a constant.",
            "",
            "| server | saves/s | p50 ms | p99 ms | requests | non-2xx or errors |",
            "|---|---|---|---|---|---|",
        ]
        servers = [("casebook serve, synchronous FULL", c)]
        if w.get("normal"):
            servers.append(("casebook serve, synchronous NORMAL", w["normal"]))
        for label, v in (*servers, ("bare waitress", b)):
            out.append(
                f"| {label} | {v['per_s']:.0f} | {v['p50_ms']:.1f} | {v['p99_ms']:.1f} | "
                f"{v['requests']} | {v['errors']} |"
            )
        out += ["", f"Ratio: {w['ratio']:.2f} of the bare endpoint's rate.", ""]
        if c.get("stored"):
            st = c["stored"]
            out += [
                f"Checked in the database after the FULL run: {st['at_acknowledged_revision']} "
                f"of {st['responses']} responses stored at the revision last acknowledged, "
                f"{st['audit_rows']} audit rows for {st['saves_acknowledged']} saves "
                "acknowledged.",
                "",
            ]
    out += _burst_details(results.get("burst"))
    q = results.get("queries")
    if q:
        out += [
            "## 4. Analyst queries",
            "",
            "Through Datasette in-process (`build_datasette(...)` and `ds.client`, an "
            "analyst's token), the release built above; median of the timed runs after one "
            "warm-up.",
            "",
            "| query | median ms | max ms | rows |",
            "|---|---|---|---|",
        ]
        for name, v in q.items():
            out.append(f"| {name} | {v['median_ms']:.1f} | {v['max_ms']:.1f} | {v['rows']} |")
        out.append("")
    analysis = ROOT / "bench" / "analysis.md"
    if analysis.exists():  # what the profiles of the misses showed (written by hand)
        out += [analysis.read_text().rstrip(), ""]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=int(os.environ.get("SCALE") or 1))
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--write-seconds", type=float, default=None)
    parser.add_argument("--no-write", action="store_true", help="print only, keep the docs")
    parser.add_argument(
        "--only",
        default="1,2,3,4,5,6",
        help="figures to run, by number or name: 1/redaction, 2/publish, 3/writes, "
        "4/queries, 5/memory (the publish at a tenth of the scale), 6/burst; a run of 1 "
        "and/or 5 alone updates the last saved results at this scale",
    )
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="rewrite docs/benchmarks.md from the last results at this scale",
    )
    args = parser.parse_args(argv)
    scale = args.scale
    saved = ROOT / "bench" / ".cache" / f"results-x{scale}.json"
    if args.report_only:
        if not saved.exists() or "study" not in json.loads(saved.read_text()):
            log(f"no full results at {scale}x: run `SCALE={scale} make bench` once first")
            raise SystemExit(1)
        DOC.write_text(report(json.loads(saved.read_text())))
        print(f"wrote {DOC.relative_to(ROOT)} from {saved.relative_to(ROOT)}")
        return
    names = {
        "redaction": "1", "publish": "2", "writes": "3", "queries": "4", "memory": "5",
        "burst": "6",
    }  # fmt: skip
    only = {names.get(x.strip(), x.strip()) for x in args.only.split(",")}
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    results: dict[str, Any] = {"scale": scale, "machine": machine(), "date": now}
    partial = only <= {"1", "5"}
    if partial and saved.exists():  # keep the other figures of the last full run
        results = {**json.loads(saved.read_text()), "machine": results["machine"]}
    elif partial:
        log(f"no saved results at {scale}x to merge with: printing only")
        args.no_write = True
    if not partial:
        generated = study_gen.cached(scale, args.seed, log=log)
        results["study"] = generated.as_json()
    big = scale >= 10
    with tempfile.TemporaryDirectory(prefix="casebook-bench-") as tmp:
        work = Path(tmp)
        if "1" in only:
            results["redaction"] = figure_redaction(
                5_000_000 if big else 1_000_000, 300_000 if big else 100_000, args.seed
            )
            results["redaction"]["date"] = now
        if "2" in only or "4" in only:
            results["publish"] = figure_publish(generated, work)
        if "3" in only:
            results["writes"] = figure_writes(
                generated, work, args.write_seconds or (10.0 if big else 5.0)
            )
        if "5" in only and scale >= 10:
            results["memory"] = figure_memory(scale, args.seed, work)
        if "6" in only:
            results["burst"] = figure_burst(generated, work)
        if "4" in only:
            results["queries"] = figure_queries(
                generated, Path(results["publish"]["release"]), work, 5
            )
    rows = summary_rows(results)
    width = max(len(r[1]) for r in rows) if rows else 10
    print(
        f"\nCasebook benchmarks at {scale}x ({results['machine']['cpu']}, "
        f"{results['machine']['cores']} cores, Python {results['machine']['python']})"
    )
    for number, figure, measured, target, verdict in rows:
        print(f"  {number}  {figure:<{width}}  {measured:<40}  {target:<18}  {verdict.strip('*')}")
    cache = ROOT / "bench" / ".cache"
    cache.mkdir(parents=True, exist_ok=True)
    # Only results that hold every figure are kept for later partial runs and --report-only:
    # a partial run with nothing to merge with leaves its figures in a file of their own.
    name = f"results-x{scale}.json" if "study" in results else f"results-x{scale}-partial.json"
    (cache / name).write_text(json.dumps(results, indent=2, default=str))
    if not args.no_write:
        DOC.write_text(report(results))
        print(f"\nwrote {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
