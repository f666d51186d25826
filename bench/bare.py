"""A bare WSGI endpoint on the same server as `casebook serve` (waitress, same thread and
process count, `casebook.serving.run_workers`) that reads the request body and answers a
constant JSON: the ceiling for the write path.

    python -m bench.bare PORT [THREADS [PROCESSES]]
"""

from __future__ import annotations

import sys

from casebook.serving import run_workers

BODY = b'{"uuid": "00000000-0000-0000-0000-000000000000", "revision": 1}'


def app(environ, start_response):
    length = int(environ.get("CONTENT_LENGTH") or 0)
    if length:
        environ["wsgi.input"].read(length)
    start_response(
        "200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(BODY)))]
    )
    return [BODY]


if __name__ == "__main__":
    port = int(sys.argv[1])
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    processes = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    run_workers(app, "127.0.0.1", port, processes, threads=threads)
