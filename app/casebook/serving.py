"""`casebook serve`: waitress in one process, or in several that share one listening socket.

One CPython process runs Python on one core at a time (the GIL): a save costs about 2 ms of
Flask, checks and SQLite, so one process tops out at a few hundred saves per second however
many threads it has, and on a 2-core machine the second core stays idle (issue 14). With
`processes` > 1 the parent binds the socket, forks that many workers that each run waitress
with `threads` threads on it (the kernel hands each new connection to one of them) and
waits; SIGTERM or SIGINT to the parent stops them all, and a worker whose parent is gone
stops by itself. The workers' writers queue for the database in turn
(`casebook.db.share_writes_between_processes`); everything a request needs is in the
database (sessions are signed cookies, login throttling is a table), so any worker may
answer any request. In every worker, WAL checkpoints run in a thread of their own
(`casebook.checkpoints`), not inside a saver's COMMIT."""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
import threading
import time
from typing import Any

import waitress

from casebook.checkpoints import checkpoint_in_background
from casebook.db import share_writes_between_processes

BACKLOG = 1024  # waitress's default; a reconnecting team opens dozens of connections at once
QUEUE_LOG_SECONDS = 10.0  # at most one "Task queue depth" warning per worker this often


def serve(
    app: Any,
    host: str,
    port: int,
    threads: int,
    processes: int,
    database: os.PathLike[str] | str,
    **options: Any,
) -> None:
    """Serve `app` until stopped, in `processes` worker processes of `threads` threads."""
    checkpoint_in_background(database)
    quiet_queue_warnings()
    if processes > 1:
        share_writes_between_processes(database)
    run_workers(app, host, port, processes, threads=threads, **options)


class EverySeconds(logging.Filter):
    """Lets one record through per `seconds`: waitress warns "Task queue depth is N" each
    time a request waits for a thread, which under 32 autosaving clients is nearly every
    request (a line each in the log, written while waitress holds the lock its threads
    take their next request from, issue 14); one a few seconds says as much."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds
        self._next = 0.0

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        if now < self._next:
            return False
        self._next = now + self.seconds
        return True


def quiet_queue_warnings(seconds: float = QUEUE_LOG_SECONDS) -> None:
    """waitress's queue-depth warnings at most once per `seconds` (set before forking)."""
    queue_log = logging.getLogger("waitress.queue")
    if not any(isinstance(f, EverySeconds) for f in queue_log.filters):
        queue_log.addFilter(EverySeconds(seconds))


def run_workers(app: Any, host: str, port: int, processes: int, **options: Any) -> None:
    """waitress with `options` in this process, or in `processes` forked workers that share
    one listening socket; returns (or raises SystemExit) once they have all stopped."""
    options = {"ident": "Casebook", "backlog": BACKLOG, **options}
    if processes <= 1:
        waitress.serve(app, host=host, port=port, **options)
        return
    listener = socket.create_server((host, port), backlog=BACKLOG)
    workers = [_fork_worker(app, listener, options) for _ in range(processes)]
    listener.close()

    def stop(_signum: int, _frame: Any) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        pid, _status = os.wait()  # one worker gone: stop serving rather than limp on
        workers.remove(pid)
        raise SystemExit(f"A Casebook worker process ({pid}) stopped: stopping the others.")
    finally:
        for pid in workers:
            _signal(pid, signal.SIGTERM)
            _reap(pid)


def _fork_worker(app: Any, listener: socket.socket, options: dict[str, Any]) -> int:
    parent = os.getpid()
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
        waitress.serve(app, sockets=[listener], **options)
    except BaseException:  # noqa: BLE001 - a worker must never return into the parent's code
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _exit_with(parent: int) -> None:
    """Stop this worker once the process that started it is gone (killed, not stopped)."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def _signal(pid: int, signum: int) -> None:
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
