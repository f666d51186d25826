"""Loopback ports for servers a test cannot bind itself before they start (a server process,
a relay that closes its port and opens the same one again)."""

from __future__ import annotations

import random
import socket
from pathlib import Path


def free_port() -> int:
    """A free loopback port for a server a test starts as a process, which binds it a moment
    later. Not one the kernel hands out (bind to port 0): those come from its ephemeral range
    (ip_local_port_range), which every outgoing connection draws from too (Chromium's, other
    tests' and other test runs' on this machine), so one of them could take the port in that
    moment and the server would not start, or another would answer. Below that range only
    another test choosing at random could, among some 12,000 ports. SystemRandom, not the
    `random` module, whose state a test or plugin (pytest-randomly) may seed the same way in
    both xdist workers."""
    low = _ephemeral_range_start()
    chooser = random.SystemRandom()
    for _ in range(100):
        port = chooser.randrange(max(1024, low - 12_000), low)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue  # in use
            return port
    raise AssertionError(f"no free loopback port below {low}")


def _ephemeral_range_start() -> int:
    try:
        text = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text(encoding="ascii")
        return max(2048, int(text.split()[0]))
    except (OSError, ValueError, IndexError):
        return 32768  # Linux's default
