"""A real ASGI server (uvicorn) for browser tests of Datasette, in a thread of the test's own
process, on a loopback socket the test binds before uvicorn starts: the port is the test's
from the first moment (choosing a free port and letting uvicorn bind it later leaves a moment
in which another process on the machine can take it), and a request made before uvicorn
accepts waits in the socket's queue instead of being refused."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

START_SECONDS = 60  # a start takes a moment; on a busy machine, several seconds


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """Serve the ASGI `app` on loopback; yields its base URL, stops it on the way out."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + START_SECONDS
        while not server.started:
            assert thread.is_alive(), "uvicorn stopped before it started"
            assert time.monotonic() < deadline, f"uvicorn did not start in {START_SECONDS} s"
            time.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
