"""Figure 3's load generator (issue 14): `clients` keep-alive connections driven by one
thread through `selectors`, each PUTting its own response again and again with the revision
the server last acknowledged, the way the browser's outbox autosaves
(`PUT /api/v1/responses/<uuid>`).

The earlier generator ran 32 Python threads with `http.client` in one process: on a 2-core
machine it burned about as much CPU per request as the server's own Flask stack, so it
measured the generator as much as Casebook. Here each request is built by joining bytes
prepared once per client (only the typed counter and the revision change), and each answer
is read with one `recv` loop; a save is counted only when its answer is 200 or 201 and
acknowledges exactly the next revision of that response. The bare endpoint is measured with
the same generator, so the ratio compares servers, not clients.

After a run against Casebook, `stored_as_acknowledged` checks the database: every response
is stored at the last revision the server acknowledged, with one audit row per save."""

from __future__ import annotations

import json
import selectors
import socket
import sqlite3
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TYPED = "@@typed@@"  # stands for the counter typed into the first topic's notes


def _percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    index = min(len(values) - 1, max(0, round(pct / 100 * len(values) + 0.5) - 1))
    return values[index]


def _body_parts(meta: dict[str, Any], answers: dict[str, Any]) -> tuple[bytes, bytes]:
    """The JSON body split where the typed counter goes; the revision is appended last."""
    answers = json.loads(json.dumps(answers))
    for value in answers.values():
        if isinstance(value, dict) and "notes" in value:
            value["notes"] = value["notes"] + f" Typed {TYPED}."
            break
    text = json.dumps({**meta, "answers": answers})
    before, _, after = text.partition(TYPED)
    return before.encode(), after[:-1].encode()  # without the closing brace


@dataclass
class _Client:
    sock: socket.socket
    head: bytes
    before: bytes
    after: bytes
    key: str
    revision: int | None = None
    typed: int = 0
    out: memoryview = field(default_factory=lambda: memoryview(b""))
    inbox: bytearray = field(default_factory=bytearray)
    started: float = 0.0
    latencies: list[float] = field(default_factory=list)

    def next_request(self) -> None:
        self.typed += 1
        tail = b"}" if self.revision is None else b', "revision": %d}' % self.revision
        body = b"".join((self.before, str(self.typed).encode(), self.after, tail))
        self.out = memoryview(b"%s%d\r\n\r\n%s" % (self.head, len(body), body))
        self.inbox.clear()
        self.started = time.perf_counter()


def _answer(inbox: bytearray) -> tuple[int, bytes] | None:
    """(status, body) once a whole answer is in `inbox`, else None."""
    end = inbox.find(b"\r\n\r\n")
    if end < 0:
        return None
    head = bytes(inbox[:end]).decode("latin-1").split("\r\n")
    length = 0
    for line in head[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    if len(inbox) < end + 4 + length:
        return None
    return int(head[0].split(" ", 2)[1]), bytes(inbox[end + 4 : end + 4 + length])


def drive(
    port: int,
    bodies: list[tuple[dict[str, Any], dict[str, Any]]],
    token: str | None,
    seconds: float,
    clients: int,
) -> dict[str, Any]:
    """`clients` connections, each saving a response of its own over and over for
    `seconds`; latency is from the first byte sent to the last byte of the answer."""
    selector = selectors.DefaultSelector()
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    states = []
    for index in range(clients):
        meta, answers = bodies[index % len(bodies)]
        key = str(uuid.uuid4())  # a new response per client and run: no conflicts
        before, after = _body_parts(meta, answers)
        head = (
            f"PUT /api/v1/responses/{key} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Content-Type: application/json\r\n{auth}Content-Length: "
        ).encode()
        sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.setblocking(False)
        states.append(_Client(sock, head, before, after, key))
    statuses: dict[int, int] = {}
    errors = ok = 0
    began = time.perf_counter()
    stop_at = began + seconds
    for state in states:
        state.next_request()
        selector.register(state.sock, selectors.EVENT_WRITE, state)
    open_clients = len(states)
    while open_clients:
        ready = selector.select(timeout=30)
        if not ready:
            raise TimeoutError(f"no answer for 30 s on {open_clients} connections")
        for selected, events in ready:
            state = selected.data
            if events & selectors.EVENT_WRITE:
                sent = state.sock.send(state.out)
                state.out = state.out[sent:]
                if not state.out:
                    selector.modify(state.sock, selectors.EVENT_READ, state)
                continue
            chunk = state.sock.recv(65536)
            if not chunk:
                raise ConnectionError("the server closed a keep-alive connection")
            state.inbox += chunk
            answer = _answer(state.inbox)
            if answer is None:
                continue
            state.latencies.append(time.perf_counter() - state.started)
            status, body = answer
            statuses[status] = statuses.get(status, 0) + 1
            expected = 1 if state.revision is None else state.revision + 1
            revision = json.loads(body).get("revision") if status in (200, 201) else None
            if revision != expected and token is not None:
                errors += 1  # an answer that does not acknowledge exactly the next revision
            elif status in (200, 201):
                state.revision = expected
                ok += 1
            else:
                errors += 1
            if time.perf_counter() >= stop_at:
                selector.unregister(state.sock)
                state.sock.close()
                open_clients -= 1
                continue
            state.next_request()
            selector.modify(state.sock, selectors.EVENT_WRITE, state)
    elapsed = time.perf_counter() - began
    selector.close()
    every = sorted(x for s in states for x in s.latencies)
    first_body = b"".join((states[0].before, b"0", states[0].after, b"}"))
    return {
        "requests": len(every),
        "ok": ok,
        "errors": errors,
        "statuses": statuses,
        "per_s": ok / elapsed,
        "seconds": elapsed,
        "p50_ms": _percentile(every, 50) * 1000,
        "p99_ms": _percentile(every, 99) * 1000,
        "max_ms": every[-1] * 1000 if every else float("nan"),
        "body_bytes": len(first_body),
        "acknowledged": {s.key: s.revision for s in states if s.revision is not None},
    }


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of process `pid` and of its live child processes."""
    import os

    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
        pending += [int(child) for child in children]
    return total


def stored_as_acknowledged(database: Path, acknowledged: dict[str, int]) -> dict[str, int]:
    """How many responses are stored at exactly the revision last acknowledged, and how
    many audit rows their saves left (one per save: a create, then an update each)."""
    conn = sqlite3.connect(database)
    try:
        conn.execute("CREATE TEMP TABLE acked (uuid TEXT PRIMARY KEY, revision INTEGER)")
        conn.executemany("INSERT INTO acked VALUES (?, ?)", list(acknowledged.items()))
        (matching,) = conn.execute(
            "SELECT count(*) FROM responses r JOIN acked a ON a.uuid = r.uuid"
            " WHERE r.revision = a.revision"
        ).fetchone()
        (audited,) = conn.execute(
            "SELECT count(*) FROM audit_log WHERE table_name = 'responses'"
            " AND row_key IN (SELECT uuid FROM acked)"
        ).fetchone()
    finally:
        conn.close()
    return {
        "responses": len(acknowledged),
        "at_acknowledged_revision": matching,
        "saves_acknowledged": sum(acknowledged.values()),
        "audit_rows": audited,
    }
