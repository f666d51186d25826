"""The independent verification of a finished release file, on every core and reusing what
the last build verified.

Text values are read back from the finished file. A text the cache knows was found clean (by
the same verifier, and with no change of the name registry that can affect it,
`casebook.release.registry_change`) is not scanned again; the others are scanned in the worker
processes, a batch at a time, while the main process reads on. The findings come back in the
order of the cells, as `verification.verify_release` gives them, which also leaves out the
columns copied from instrument definitions and settings (so those are not read at all).

Rows copied unchanged from the previous release (`rebuild`) are not read again: each is, byte
for byte, a row of a release that was verified with no finding by the same verifier, and no
change of the registry since can affect the texts it was made from. Every other row of every
table is read: rows of responses built anew (`fresh`), and all rows of the other tables."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

import sqlite_utils

from casebook.deid import Leak
from casebook.deid.verify import Found
from casebook.release.fingerprints import text_digest
from casebook.release.reuse import BuildCache
from casebook.release.verification import is_participant_text
from casebook.release.workers import Workers

CELLS_PER_BATCH = 20_000
IN_FLIGHT = 4

Cell = tuple[str, str, object, str]


def verify_with_reuse(
    release: sqlite_utils.Database,
    cache: BuildCache,
    workers: Workers,
    fresh: dict[str, list[tuple[int, int]]] | None = None,
) -> list[Leak]:
    """The verification's findings in participants' text (see `verification`). `fresh`:
    the rowids to read in tables whose other rows were copied (None: read every row)."""
    run = _Run(cache, workers)
    leaks: list[Leak] = []
    pending: deque[tuple[list[tuple[Cell, bytes]], list[bytes], Any]] = deque()
    for cells in _batches(_cells(release, fresh or {}), CELLS_PER_BATCH):
        pending.append(run.ask(cells))
        while len(pending) > IN_FLIGHT:
            leaks += run.collect(*pending.popleft())
    while pending:
        leaks += run.collect(*pending.popleft())
    return [leak for leak in leaks if is_participant_text(leak.table, leak.column)]


def _cells(
    release: sqlite_utils.Database, fresh: dict[str, list[tuple[int, int]]]
) -> Iterator[Cell]:
    """(table, column, rowid, text) of every text value to verify."""
    for table in release.tables:
        if "_fts" in table.name:
            continue
        columns = [
            c.name
            for c in table.columns
            if c.type not in ("INTEGER", "FLOAT") and is_participant_text(table.name, c.name)
        ]
        if not columns:
            continue
        select = f"SELECT rowid, {', '.join(f'[{c}]' for c in columns)} FROM [{table.name}]"
        if table.name in fresh:
            ranges = [(select + " WHERE rowid BETWEEN ? AND ?", span) for span in fresh[table.name]]
        else:
            ranges = [(select, [])]
        for sql, params in ranges:
            for row in release.execute(sql, params):
                for column, value in zip(columns, row[1:], strict=True):
                    if isinstance(value, str) and value:
                        yield table.name, column, row[0], value


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
