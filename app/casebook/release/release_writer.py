"""Writing responses into a new release in the order a full build writes them: runs of
unchanged responses copied from the previous release (one `INSERT ... SELECT` per table per
run, so rowids come out as in a full build), the others built here (`response_rows`), and
what redacting each response's texts found recorded in text order, replayed for copied ones
(`casebook.release.rebuild` plans which is which)."""

from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from casebook.release.cleaned import Cleaned, NearMiss, Noticed
from casebook.release.fingerprints import text_digest
from casebook.release.response_rows import response_rows
from casebook.release.reuse import BuildCache, Published

if TYPE_CHECKING:
    from casebook.release.build import Build

BATCH = 2000  # rows buffered per table before they are written


@dataclass
class Entry:
    """One response of a batch: copied from the previous release, or built from `texts`."""

    response: dict[str, Any]
    code: str
    fingerprint: bytes
    copy: Published | None = None
    texts: list[str] = field(default_factory=list)


@dataclass
class Batch:
    entries: list[Entry]
    known: dict[str, Cleaned]
    asked: list[str]
    future: Any = None


class Writer:
    """Writes planned batches in order: copied runs of responses straight from the cached
    release, the others as rows built here."""

    def __init__(self, build: Build, cache: BuildCache) -> None:
        self.build, self.cache = build, cache
        self.run: list[Published] = []
        self.buffers: dict[str, list[dict[str, Any]]] = {}
        self.attached = False
        self.written: dict[str, int] = {}  # rows per table so far
        self.fresh: dict[str, list[tuple[int, int]]] = {}  # rowids of rows built here

    def write(self, batch: Batch) -> int:
        cleaned = dict(batch.known)
        if batch.future is not None:
            for text, result in zip(batch.asked, batch.future.result(), strict=True):
                cleaned[text] = result
                self.cache.keep_cleaned(text_digest(text), result)
        for entry in batch.entries:
            if entry.copy is not None:
                self._copy(entry)
            else:
                self._build(entry, cleaned)
        return len(batch.entries)

    def _copy(self, entry: Entry) -> None:
        old = entry.copy
        assert old is not None
        if self.run and old.position != self.run[-1].position + 1:
            self._copy_run()
        if not self.run:
            self._flush(force=True)  # rows built before this run go first
        self.run.append(old)
        _replay(self.build, old.found)
        self.cache.used_texts(old.texts[i : i + 16] for i in range(0, len(old.texts), 16))
        self.cache.keep_response(
            entry.response["uuid"], entry.fingerprint, old.counts, old.texts, old.found
        )
        self.cache.stats.responses_copied += 1

    def _copy_run(self) -> None:
        if not self.run:
            return
        out = self.build.out
        if not self.attached:
            out.execute("ATTACH DATABASE ? AS old", [str(self.cache.release)])
            self.attached = True
        first, last = self.run[0], self.run[-1]
        for table in self.cache.tables():
            span = self.cache.rowids(table, first, last)
            if span is not None:
                out.execute(
                    f"INSERT INTO main.[{table}] SELECT * FROM old.[{table}]"
                    " WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
                    span,
                )
                self.written[table] = self.written.get(table, 0) + span[1] - span[0] + 1
        self.run = []

    def _build(self, entry: Entry, cleaned: dict[str, Cleaned]) -> None:
        self._copy_run()
        build = self.build
        counts: Counter[str] = Counter()
        events: list[list[Any]] = []
        texts = iter(entry.texts)

        def clean(text: str) -> str:
            expected = next(texts)
            assert text == expected, "flattening asked for another text than planned"
            counts.update(dict(cleaned[text].counts))
            events.extend(_events(cleaned[text]))
            return build.log.clean(text)  # redacted already: `TextCleaner.prepared`

        build.cleaner.prepared = cleaned
        try:
            rows = response_rows(build, entry.response, entry.code, clean)
        finally:
            build.cleaner.prepared = {}
        for table, table_rows in rows.items():
            self.buffers.setdefault(table, []).extend(table_rows)
        self._flush()
        digests = b"".join(text_digest(t) for t in entry.texts)
        sizes = {table: len(table_rows) for table, table_rows in rows.items() if table_rows}
        self.cache.keep_response(
            entry.response["uuid"], entry.fingerprint, sizes, digests, _pack(counts, events)
        )
        self.cache.stats.responses_rebuilt += 1

    def _flush(self, force: bool = False) -> None:
        for table, rows in self.buffers.items():
            if rows and (force or len(rows) >= BATCH):
                self.build.out[table].insert_all(rows, batch_size=500)
                first = self.written.get(table, 0) + 1
                self.written[table] = first + len(rows) - 1
                self.fresh.setdefault(table, []).append((first, self.written[table]))
                rows.clear()

    def close(self) -> None:
        self._copy_run()
        self._flush(force=True)
        if self.attached:
            self.build.out.execute("DETACH DATABASE old")


def _notice(build: Build) -> Callable[[Any], None]:
    return lambda candidate: build.log.note(candidate.word, candidate.snippet)


def _events(cleaned: Cleaned) -> list[list[Any]]:
    """What applying a text's redaction records besides its counts, in order (`_replay`)."""
    return [["n", n.word, n.snippet, n.redacted] for n in cleaned.noticed] + [
        ["m", m.word, m.key, m.tag, m.context] for m in cleaned.near_misses
    ]


def _pack(counts: Counter[str], events: list[list[Any]]) -> bytes:
    return zlib.compress(json.dumps([counts, events], ensure_ascii=False).encode(), 1)


def _replay(build: Build, packed: bytes) -> None:
    """Record what redacting a copied response's texts found, as if they were redacted now."""
    counts, events = json.loads(zlib.decompress(packed))
    cleaner = build.log.cleaner
    cleaner.counts.update(counts)
    notice = _notice(build)
    for event in events:
        if event[0] == "n":
            cleaner.apply(Cleaned("", (), (Noticed(*event[1:]),)), notice)
        else:
            cleaner.apply(Cleaned("", (), (), (NearMiss(*event[1:]),)), notice)
