"""Figure 3's load generator (bench/load.py): a save counts only when the server answers
200/201 acknowledging exactly the next revision of that client's response, and each request
carries the revision last acknowledged, as the browser's outbox does."""

from __future__ import annotations

import json
import threading

import pytest
import waitress

from bench.load import drive

META = {"instrument": "patient-interview", "version": 2, "case": 1, "wave": "baseline"}
ANSWERS = {"life_now": {"covered": True, "notes": "Library."}}


def _server(honest: bool):
    seen: list[dict] = []

    def app(environ, start_response):
        body = json.loads(environ["wsgi.input"].read(int(environ["CONTENT_LENGTH"])))
        seen.append(body)
        revision = body.get("revision", 0) + 1 if honest else 1
        answer = json.dumps({"revision": revision}).encode()
        start_response(
            "201 Created" if revision == 1 else "200 OK",
            [("Content-Type", "application/json"), ("Content-Length", str(len(answer)))],
        )
        return [answer]

    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=2)

    def run() -> None:
        try:
            server.run()
        except OSError:  # its sockets closed under it by server.close(): stopped
            pass

    threading.Thread(target=run, daemon=True).start()
    return server, seen


@pytest.mark.parametrize("honest", [True, False])
def test_only_answers_that_acknowledge_the_next_revision_count(honest):
    server, seen = _server(honest)
    try:
        result = drive(server.effective_port, [(META, ANSWERS)], "cbk_test", 0.5, 3)
    finally:
        server.close()
    assert result["requests"] == len(seen) >= 6
    assert {body["answers"]["life_now"]["notes"].startswith("Library. Typed") for body in seen} == {
        True
    }
    if honest:
        assert result["errors"] == 0 and result["ok"] == len(seen)
        assert sum(result["acknowledged"].values()) == len(seen)
        assert len(result["acknowledged"]) == 3
    else:  # every client's first save counts; each later answer repeats revision 1
        assert result["ok"] == 3 and result["errors"] == len(seen) - 3
        assert [body.get("revision") for body in seen].count(None) == 3
