"""The independent verification of a finished release file, on every core and reusing what
the last build verified.

Every text value of every table is read back from the finished file, as always. A text the
cache knows was found clean (by the same verifier, and with no change of the name registry
that can affect it, `casebook.release.registry_change`) is not scanned again; the others are
scanned in the worker processes, a batch at a time, while the main process reads on. The
findings come back in the order of the cells, as `verification.verify_release` gives them."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

import sqlite_utils

from casebook.deid import Leak
from casebook.deid.verify import Found
from casebook.release.fingerprints import text_digest
from casebook.release.redaction import _text_cells
from casebook.release.reuse import BuildCache
from casebook.release.verification import is_participant_text
from casebook.release.workers import Workers

CELLS_PER_BATCH = 20_000
IN_FLIGHT = 4

Cell = tuple[str, str, object, str]


def verify_with_reuse(
    release: sqlite_utils.Database, cache: BuildCache, workers: Workers
) -> list[Leak]:
    """The verification's findings in participants' text (see `verification`)."""
    run = _Run(cache, workers)
    leaks: list[Leak] = []
    pending: deque[tuple[list[tuple[Cell, bytes]], list[bytes], Any]] = deque()
    for cells in _batches(_text_cells(release), CELLS_PER_BATCH):
        pending.append(run.ask(cells))
        while len(pending) > IN_FLIGHT:
            leaks += run.collect(*pending.popleft())
    while pending:
        leaks += run.collect(*pending.popleft())
    return [leak for leak in leaks if is_participant_text(leak.table, leak.column)]


def _batches(cells: Iterator[Cell], size: int) -> Iterator[list[Cell]]:
    batch: list[Cell] = []
    for cell in cells:
        batch.append(cell)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Run:
    """Each distinct text is judged once per build: known clean from the cache, or scanned
    (in the batch where it first occurs; later batches are collected after that one)."""

    def __init__(self, cache: BuildCache, workers: Workers) -> None:
        self.cache, self.workers = cache, workers
        self.seen: set[bytes] = set()
        self.leaky: dict[bytes, Found] = {}

    def ask(self, cells: list[Cell]) -> tuple[list[tuple[Cell, bytes]], list[bytes], Any]:
        digested = []
        asked: dict[bytes, str] = {}
        for cell in cells:
            text = cell[3]
            digest = text_digest(text)
            digested.append((cell, digest))
            if digest in self.seen:
                continue
            self.seen.add(digest)
            if self.cache.known_clean(digest, text):
                self.cache.keep_clean(digest)
                self.cache.stats.verified_reused += 1
            else:
                asked[digest] = text
        order = list(asked)
        future = self.workers.verify([asked[d] for d in order]) if order else None
        self.cache.stats.verified_redone += len(order)
        return digested, order, future

    def collect(
        self, digested: list[tuple[Cell, bytes]], order: list[bytes], future: Any
    ) -> list[Leak]:
        if future is not None:
            for digest, result in zip(order, future.result(), strict=True):
                if result:
                    self.leaky[digest] = result
                else:
                    self.cache.keep_clean(digest)
        leaks = []
        for (table, column, row, _text), digest in digested:
            for kind, key, start, end, matched in self.leaky.get(digest, ()):
                leaks.append(Leak(table, column, row, kind, key, start, end, matched))
        return leaks
