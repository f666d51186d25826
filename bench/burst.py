"""Figure 6 (issue 14): a field team coming back into coverage at once. Each of `clients`
devices sends its outbox, `per_client` queued responses, one after another as fast as the
server answers, all devices starting together, through the endpoint the browser's outbox uses
(`PUT /api/v1/responses/<uuid>`). Then every device sends its last few again, as an outbox
does when a confirmation was lost. Every response must be stored exactly once: one row, at
revision 1, and the resends answered as successes without a new revision.

Also the patients the write figures need (`fresh_patients`): a response is refused (409) when
the same participant already has one for the instrument and wave, so every timed save needs
a participant and wave of its own."""

from __future__ import annotations

import http.client
import json
import threading
import time
import uuid
from pathlib import Path
from typing import Any

RESENT = 5
WAVES = ("baseline", "m12", "m24")


def fresh_patients(database: Path, count: int, label: str) -> list[dict[str, Any]]:
    """`count` new consented patients in a new case (so no response exists for them)."""
    from casebook import study
    from casebook.audit import Actor
    from casebook.db import connect

    actor = Actor.system("bench")
    db = connect(database)
    try:
        roles = [row[0] for row in db.execute("SELECT DISTINCT role FROM participants")]
        case_id = study.create_case(db, f"B{uuid.uuid4().hex[:6]}", label, actor)
        made = []
        for index in range(count):
            name = f"Bench Person{index} {label.title().replace(' ', '')}"
            data = study.ParticipantInput(
                case_id=case_id,
                role="patient",
                name=name,
                consent_date="2026-01-10",
                consent_version="v1",
            )
            made.append(
                {
                    "id": study.create_participant(db, data, roles, actor),
                    "case_id": case_id,
                    "name": name,
                }
            )
        return made
    finally:
        db.close()


def queued_responses(
    database: Path, template: dict[str, Any], clients: int, per_client: int
) -> list[list[tuple[str, dict[str, Any]]]]:
    """Each device's outbox: (uuid, body) of complete patient interviews, each for a
    participant and wave nobody has saved before."""
    people = fresh_patients(database, -(-clients * per_client // len(WAVES)), "reconnect burst")
    slots = [(p, w) for p in people for w in WAVES]
    queues = []
    for client in range(clients):
        queue = []
        for k in range(per_client):
            person, wave = slots[client * per_client + k]
            body = {
                **template,
                "case": person["case_id"],
                "participant": person["id"],
                "wave": wave,
                "status": "draft",
            }
            queue.append((str(uuid.uuid4()), body))
        queues.append(queue)
    return queues


def send_outboxes(
    port: int, token: str, queues: list[list[tuple[str, dict[str, Any]]]]
) -> dict[str, Any]:
    """Every device sends its queue at once; then its last RESENT again."""
    clients = len(queues)
    latencies: list[list[float]] = [[] for _ in range(clients)]
    statuses: list[dict[int, int]] = [{} for _ in range(clients)]
    resent: list[dict[int, int]] = [{} for _ in range(clients)]
    barrier = threading.Barrier(clients + 1)
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}

    def put(conn: http.client.HTTPConnection, key: str, body: dict) -> tuple[int, float]:
        payload = json.dumps(body).encode()
        started = time.perf_counter()
        conn.request("PUT", f"/api/v1/responses/{key}", payload, headers)
        response = conn.getresponse()
        response.read()
        return response.status, time.perf_counter() - started

    def device(index: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        barrier.wait()
        for key, body in queues[index]:
            status, seconds = put(conn, key, body)
            latencies[index].append(seconds)
            statuses[index][status] = statuses[index].get(status, 0) + 1
        for key, body in queues[index][-RESENT:]:
            status, _seconds = put(conn, key, body)
            resent[index][status] = resent[index].get(status, 0) + 1
        conn.close()

    threads = [threading.Thread(target=device, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    started = time.perf_counter()
    barrier.wait()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    every = sorted(x for per in latencies for x in per)
    return {
        "clients": clients,
        "per_client": len(queues[0]),
        "sent": len(every),
        "seconds": elapsed,
        "per_s": len(every) / elapsed,
        "p50_ms": percentile(every, 50) * 1000,
        "p99_ms": percentile(every, 99) * 1000,
        "max_ms": every[-1] * 1000,
        "statuses": _merge(statuses),
        "resent_statuses": _merge(resent),
    }


def stored_once(database: Path, keys: list[str]) -> dict[str, int]:
    """How many of `keys` are stored, and how many at a revision other than 1."""
    import sqlite3

    conn = sqlite3.connect(database)
    try:
        conn.execute("CREATE TEMP TABLE sent (uuid TEXT PRIMARY KEY)")
        conn.executemany("INSERT INTO sent VALUES (?)", [(k,) for k in keys])
        stored, revised = conn.execute(
            "SELECT count(*), coalesce(sum(revision != 1), 0) FROM responses"
            " WHERE uuid IN (SELECT uuid FROM sent)"
        ).fetchone()
    finally:
        conn.close()
    return {"expected": len(keys), "stored": stored, "revised": revised}


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    index = min(len(values) - 1, max(0, round(pct / 100 * len(values) + 0.5) - 1))
    return values[index]


def _merge(per_client: list[dict[int, int]]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for counts in per_client:
        for status, count in counts.items():
            merged[str(status)] = merged.get(str(status), 0) + count
    return merged
