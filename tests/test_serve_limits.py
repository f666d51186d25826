"""`casebook serve` as deployed: waitress itself stops reading a request body at Casebook's
own limit, so an anonymous 400 MB chunked POST is cut off after a few megabytes instead of
being read (and spooled to disk) in full before the 413."""

from __future__ import annotations

import os
import select
import socket
import subprocess
import time

import pytest

from tests.conftest import BUNDLED_INSTRUMENTS
from tests.test_cli import CASEBOOK, _free_port, _wait_for, run

ATTEMPT = 400 * 1024 * 1024
LIMIT = 2 * 1024 * 1024  # CASEBOOK_MAX_BODY's default
CHUNK = 64 * 1024


def chunked_post(port: int, total: int) -> tuple[int, bytes]:
    """POST `total` bytes with chunked encoding, anonymously; returns how many body bytes
    were sent before the server answered or closed, and the start of its answer."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall(
        b"POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\n\r\n"
    )
    frame = f"{CHUNK:x}\r\n".encode() + b"a" * CHUNK + b"\r\n"
    sent = 0
    answer = b""
    try:
        while sent < total:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                answer = sock.recv(4096)
                break
            sock.sendall(frame)
            sent += CHUNK
        else:
            sock.sendall(b"0\r\n\r\n")
        if not answer:
            answer = sock.recv(4096)
    except (BrokenPipeError, ConnectionResetError):
        pass
    finally:
        sock.close()
    return sent, answer


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One `casebook serve` for the module, on a fresh instance."""
    folder = tmp_path_factory.mktemp("serve")
    env = {
        **os.environ,
        "CASEBOOK_INSTANCE": str(folder / "instance"),
        "CASEBOOK_INSTRUMENTS": str(BUNDLED_INSTRUMENTS),
    }
    assert run(env, "init").returncode == 0
    port = _free_port()
    process = subprocess.Popen(
        [CASEBOOK, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(f"http://127.0.0.1:{port}/login")
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_waitress_stops_reading_an_oversized_chunked_body_early(server) -> None:
    started = time.monotonic()
    sent, answer = chunked_post(server, ATTEMPT)
    seconds = time.monotonic() - started
    print(f"server stopped reading after {sent / 2**20:.1f} MB of 400 MB ({seconds:.2f} s)")
    # What is still in flight in the kernel's socket buffers when the server stops reading
    # is sent too; the server itself reads at most its limit.
    assert sent < 16 * LIMIT, f"{sent / 2**20:.0f} MB were sent before the server stopped"
    assert answer == b"" or answer.startswith(b"HTTP/1.1 413"), answer[:80]


def test_a_body_within_the_limit_still_reaches_casebook(server) -> None:
    sent, answer = chunked_post(server, LIMIT // 2)
    assert sent == LIMIT // 2
    assert answer.startswith(b"HTTP/1.1 400"), answer[:80]  # no CSRF token: Casebook's answer
