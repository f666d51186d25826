"""`casebook serve` under load keeps its log readable (issue 14): waitress warns "Task queue
depth is N" each time a request waits for a free thread, which with a field team autosaving
is nearly every request; Casebook lets one such line through every few seconds."""

from __future__ import annotations

import subprocess
import threading
import time
import urllib.request

from casebook.serving import QUEUE_LOG_SECONDS

from tests.test_cli import CASEBOOK, _free_port, _wait_for, env, run  # noqa: F401 (fixture)


def test_a_queue_of_requests_logs_one_queue_warning_not_one_per_request(env, tmp_path):  # noqa: F811
    run(env, "init")
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [CASEBOOK, "serve", "--port", str(port), "--threads", "1"],
            env=env,
            stdout=out,
            stderr=out,
        )
    try:
        _wait_for(f"http://127.0.0.1:{port}/login")
        started = time.monotonic()

        def visitor() -> None:  # 24 at once on one thread: the others queue
            for _ in range(5):
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=60) as r:
                    assert r.status == 200

        visitors = [threading.Thread(target=visitor) for _ in range(24)]
        for thread in visitors:
            thread.start()
        for thread in visitors:
            thread.join(timeout=120)
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    warnings = [line for line in log.read_text().splitlines() if "Task queue depth" in line]
    assert warnings, "the requests never queued: the test proves nothing"
    assert len(warnings) <= 1 + elapsed // QUEUE_LOG_SECONDS, warnings[:5]
