"""Writing responses into a release in pseudonym order: each response's rows at the rowids
its code gives them (`row_keys`), with plain `executemany` (sqlite-utils' `insert_all`
rebuilt every statement and checked every value). When the release is a patched copy of the
last one (`patch`), an unchanged response's rows are left where they are and a changed one's
are deleted first. What redacting each response's texts found is recorded in response
order, replayed from the cache for responses left as they were, so the review list and the
private log are those of a full build (`casebook.release.rebuild` plans which is which)."""

from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlite_utils.db import jsonify_if_needed

from casebook.release.cleaned import Cleaned, NearMiss, Noticed
from casebook.release.fingerprints import text_digest
from casebook.release.patch import Patch
from casebook.release.response_rows import response_rows
from casebook.release.reuse import BuildCache, Published
from casebook.release.row_keys import span

if TYPE_CHECKING:
    from casebook.release.build import Build

BATCH = 2000  # rows buffered per table before they are written


@dataclass
class Entry:
    """One response of a batch: left as the last release has it, or built from `texts`."""

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
    """Writes planned batches in order."""

    def __init__(self, build: Build, cache: BuildCache, patch: Patch | None) -> None:
        self.build, self.cache, self.patch = build, cache, patch
        self.buffers: dict[str, list[list[Any]]] = {}
        self.statements: dict[str, tuple[str, list[str]]] = {}
        self.fresh: dict[str, list[tuple[int, int]]] = {}  # rowids of rows written here

    def write(self, batch: Batch) -> int:
        cleaned = dict(batch.known)
        if batch.future is not None:
            for text, result in zip(batch.asked, batch.future.result(), strict=True):
                cleaned[text] = result
                self.cache.keep_cleaned(text_digest(text), result)
        for entry in batch.entries:
            if entry.copy is not None:
                self._keep(entry)
            else:
                self._build(entry, cleaned)
        self._flush()
        return len(batch.entries)

    def _keep(self, entry: Entry) -> None:
        """A response the copied release already holds as it must be."""
        old = entry.copy
        assert old is not None
        _replay(self.build, old.found)
        self.cache.used_texts(old.texts)
        self.cache.keep_unchanged(entry.response["uuid"])
        self.cache.stats.responses_copied += 1

    def _build(self, entry: Entry, cleaned: dict[str, Cleaned]) -> None:
        build = self.build
        if self.patch is not None:
            old = self.cache.published.get(entry.response["uuid"])
            if old is not None:  # the same code (`patch.why_not`): the same rowids
                self.patch.remove(old.code)
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
        sizes = {}
        for table, table_rows in rows.items():
            if not table_rows:
                continue
            sizes[table] = len(table_rows)
            first, last = span(entry.code, len(table_rows))
            columns = self._statement(table)[1]
            buffer = self.buffers.setdefault(table, [])
            for rowid, row in enumerate(table_rows, first):
                buffer.append([rowid, *(jsonify_if_needed(row.get(c)) for c in columns)])
            self.fresh.setdefault(table, []).append((first, last))
        digests = b"".join(text_digest(t) for t in entry.texts)
        self.cache.keep_response(
            entry.response["uuid"],
            entry.code,
            entry.fingerprint,
            sizes,
            digests,
            _pack(counts, events),
        )
        self.cache.stats.responses_rebuilt += 1

    def _statement(self, table: str) -> tuple[str, list[str]]:
        if table not in self.statements:
            columns = [c.name for c in self.build.out[table].columns]
            names = ", ".join(f"[{c}]" for c in columns)
            marks = ", ".join("?" for _ in range(len(columns) + 1))
            sql = f"INSERT INTO [{table}] (rowid, {names}) VALUES ({marks})"
            self.statements[table] = (sql, columns)
        return self.statements[table]

    def _flush(self, force: bool = False) -> None:
        for table, rows in self.buffers.items():
            if rows and (force or len(rows) >= BATCH):
                self.build.out.conn.executemany(self._statement(table)[0], rows)
                rows.clear()

    def remove(self, codes: list[str]) -> None:
        """Delete the rows of responses the copied release holds and this one must not."""
        assert self.patch is not None
        for code in codes:
            self.patch.remove(code)

    def close(self) -> None:
        self._flush(force=True)
        if self.patch is not None:
            self.patch.index(self.fresh)


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
    """Record what redacting a kept response's texts found, as if they were redacted now."""
    counts, events = json.loads(zlib.decompress(packed))
    cleaner = build.log.cleaner
    cleaner.counts.update(counts)
    notice = _notice(build)
    for event in events:
        if event[0] == "n":
            cleaner.apply(Cleaned("", (), (Noticed(*event[1:]),)), notice)
        else:
            cleaner.apply(Cleaned("", (), (), (NearMiss(*event[1:]),)), notice)
