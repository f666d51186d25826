"""Redaction and verification on every core: worker processes do the text work while the
main process reads the private database and writes the release.

`Workers(cleaner, processes)` hands out batches of texts and returns futures. With one
process it does the work at once in this process (the same code, so the same results); with
more, a process pool whose workers each hold the redactor (inherited when the pool forks, or
rebuilt from the registry) and, once asked to verify, the verifier. The main process applies
the results in the order the texts occur, so the release, its review list and its private
log are the same whichever way they were made."""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor

from casebook.deid import Registry
from casebook.deid.verify import Found, Verifier
from casebook.release.cleaned import Cleaned, analyse_many
from casebook.release.redaction import TextCleaner

# Below this many responses to build, starting processes costs more than it saves.
PARALLEL_FROM = 400
ENVIRONMENT = "CASEBOOK_PUBLISH_WORKERS"

_cleaner: TextCleaner | None = None  # its redactor is built on first use
_verifier: Verifier | None = None


def default_processes(responses: int) -> int:
    """Processes for a build with `responses` to redact: every core for a large build
    (`CASEBOOK_PUBLISH_WORKERS` overrides), one for a small one."""
    configured = os.environ.get(ENVIRONMENT, "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    if responses < PARALLEL_FROM:
        return 1
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


def _start(
    registry: Registry, safe_words: tuple[str, ...], regions: tuple[str, ...], month_first: bool
) -> None:
    global _cleaner, _verifier
    cleaner = TextCleaner(registry, list(safe_words), regions, month_first=month_first)
    _cleaner, _verifier = cleaner, None


def _use(cleaner: TextCleaner) -> None:
    global _cleaner, _verifier
    _cleaner, _verifier = cleaner, None


def _redact(texts: list[str]) -> list[Cleaned]:
    assert _cleaner is not None
    return analyse_many(_cleaner.redactor, texts)


def _verify(texts: list[str]) -> list[Found]:
    global _verifier
    if _verifier is None:
        assert _cleaner is not None
        _verifier = Verifier(_cleaner.registry)
    return [_verifier.scan(text) for text in texts]


class Workers:
    def __init__(self, cleaner: TextCleaner, processes: int = 1) -> None:
        self.processes = processes
        self._pool: ProcessPoolExecutor | None = None
        if processes > 1:
            # Each worker builds its own redactor and verifier while the main process reads.
            # fork starts fastest, but is unsafe once threads run (a test's server): then a
            # fresh interpreter.
            method = "fork" if threading.active_count() == 1 else "forkserver"
            self._pool = ProcessPoolExecutor(
                processes,
                mp_context=multiprocessing.get_context(method),
                initializer=_start,
                initargs=(cleaner.registry, *cleaner.options),
            )
        else:
            _use(cleaner)

    def redact(self, texts: list[str]) -> Future[list[Cleaned]]:
        if self._pool is not None:
            return self._pool.submit(_redact, texts)
        return _done(_redact(texts))

    def verify(self, texts: list[str]) -> Future[list[Found]]:
        if self._pool is not None:
            return self._pool.submit(_verify, texts)
        return _done(_verify(texts))

    def close(self) -> None:
        global _cleaner, _verifier
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        _cleaner, _verifier = None, None


def _done(result: object) -> Future:
    future: Future = Future()
    future.set_result(result)
    return future
