"""Responses into a release, reusing what the last build made (`casebook.release.reuse`) and
redacting the rest on every core (`casebook.release.workers`).

Responses are read in the order a full build reads them. One whose fingerprint is unchanged
and whose texts no change of the name registry can affect is copied, rows and all, from the
release the cache describes (consecutive ones in one statement per table); the others are
flattened again, their texts taken from the cache where still valid and redacted otherwise, in
batches handed to the workers while earlier batches are written. Whatever a text's redaction
found for review is applied in text order whichever way the text came, so the new release, its
review list and its private log are the same as those of a full build."""

from __future__ import annotations

import json
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlite_utils

from casebook.release import tables
from casebook.release.cleaned import Cleaned, NearMiss, Noticed
from casebook.release.fingerprints import response_fingerprint, text_digest
from casebook.release.flatten import Policy, flatten, shift_date
from casebook.release.reuse import BuildCache, Published
from casebook.release.source import (
    PrivateStudy,
    count_responses,
    decode_answers,
    read_responses,
)
from casebook.release.workers import Workers

if TYPE_CHECKING:
    from casebook.release.build import Build

Progress = Callable[[int, int], None]
BATCH = 2000  # rows buffered per table before they are written
RESPONSES_PER_BATCH = 50
IN_FLIGHT = 4  # batches of texts handed to the workers ahead of the writer


@dataclass
class _Entry:
    response: dict[str, Any]
    code: str
    fingerprint: bytes
    copy: Published | None = None
    texts: list[str] = field(default_factory=list)


@dataclass
class _Batch:
    entries: list[_Entry]
    known: dict[str, Cleaned]
    asked: list[str]
    future: Any = None


def write_responses(
    build: Build,
    private: sqlite_utils.Database,
    cache: BuildCache,
    workers: Workers,
    progress: Progress | None,
) -> dict[str, list[tuple[int, int]]] | None:
    """Write every response's rows. Returns, when rows were copied, the rowids of the rows
    built anew in each table of responses (the rest were verified in the release they were
    copied from); None when every row was built here."""
    drafts = build.settings.release.include_drafts
    total = count_responses(private, drafts)
    writer = _Writer(build, cache)
    pending: deque[_Batch] = deque()
    done = 0
    responses_read = read_responses(private, drafts, decode=False)
    for responses in _chunks(responses_read, RESPONSES_PER_BATCH):
        pending.append(_plan(build, cache, workers, responses))
        while len(pending) > IN_FLIGHT:
            done = _report(progress, done, writer.write(pending.popleft()), total)
    while pending:
        done = _report(progress, done, writer.write(pending.popleft()), total)
    writer.close()
    if progress:
        progress(total, total)
    if not cache.stats.responses_copied:
        return None
    return {table: writer.fresh.get(table, []) for table in writer.written}


def _report(progress: Progress | None, done: int, more: int, total: int) -> int:
    if progress and (done + more) // 200 > done // 200:
        progress(done + more, total)
    return done + more


def _chunks(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- planning: what each response needs ------------------------------------------------------


def _plan(build: Build, cache: BuildCache, workers: Workers, responses: list[dict]) -> _Batch:
    batch = _Batch([], {}, [])
    asked: set[str] = set()
    for response in responses:
        code = build.responses.code(response["uuid"])  # in order: codes never collide
        fingerprint = response_fingerprint(response, _released_as(build, response, code))
        entry = _Entry(response, code, fingerprint)
        old = cache.published.get(response["uuid"])
        if old is not None and old.fingerprint == fingerprint and not _affected(cache, response):
            entry.copy = old
        else:
            decode_answers(response)
            entry.texts = _texts_of(build, response)
            for text in entry.texts:
                if text in batch.known or text in asked:
                    continue
                cleaned = cache.cleaned(text_digest(text), text)
                if cleaned is None:
                    asked.add(text)
                else:
                    batch.known[text] = cleaned
                    cache.stats.texts_reused += 1
        batch.entries.append(entry)
    if asked:
        batch.asked = list(asked)
        batch.future = workers.redact(batch.asked)
        cache.stats.texts_redone += len(asked)
    return batch


def _released_as(build: Build, response: dict[str, Any], code: str) -> dict[str, Any]:
    participant = response["participant_id"]
    key = (response["instrument_id"], response["version"])
    return {
        "code": code,
        "case": build.ids.cases.get(response["case_id"]),
        "participant": build.ids.participants.get(participant),
        "role": _role(build.study, participant),
        "offset": _offset(build, response),
        "collector": build.ids.staff.get(response["collector_id"]),
        "instrument": build.study.hashes.get(key),
    }


def _affected(cache: BuildCache, response: dict[str, Any]) -> bool:
    change = cache.release_change
    if change.nothing:
        return False
    return any(change.affects(text) for text in _strings(decode_answers(response)))


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _texts_of(build: Build, response: dict[str, Any]) -> list[str]:
    """The texts flattening will ask to redact, in the order it asks."""
    texts: list[str] = []

    def collect(text: str) -> str:
        texts.append(text)
        return text

    instrument = build.study.instruments[(response["instrument_id"], response["version"])]
    for _cell in flatten(
        instrument, response["answers"], Policy(_offset(build, response), collect)
    ):
        pass
    return texts


# -- writing ---------------------------------------------------------------------------------


class _Writer:
    """Writes planned batches in order: copied runs of responses straight from the cached
    release, the others as rows built here."""

    def __init__(self, build: Build, cache: BuildCache) -> None:
        self.build, self.cache = build, cache
        self.run: list[Published] = []
        self.buffers: dict[str, list[dict[str, Any]]] = {}
        self.attached = False
        self.written: dict[str, int] = {}  # rows per table so far
        self.fresh: dict[str, list[tuple[int, int]]] = {}  # rowids of rows built here

    def write(self, batch: _Batch) -> int:
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

    def _copy(self, entry: _Entry) -> None:
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

    def _build(self, entry: _Entry, cleaned: dict[str, Cleaned]) -> None:
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


# -- one response's rows ---------------------------------------------------------------------


def _offset(build: Build, response: dict[str, Any]) -> int:
    participant = response["participant_id"]
    if participant is not None:
        return build.ids.participant_offsets[participant]
    return build.ids.case_offsets[response["case_id"]]


def _role(study: PrivateStudy, participant_id: int | None) -> str | None:
    return study.roles.get(participant_id) if participant_id is not None else None


def response_rows(
    build: Build, response: dict[str, Any], code: str, clean: Callable[[str], str]
) -> dict[str, list[dict[str, Any]]]:
    """Every release row of one response, by table, in the order they are written."""
    key = (response["instrument_id"], response["version"])
    instrument = build.study.instruments[key]
    participant = response["participant_id"]
    offset = _offset(build, response)
    cells = list(flatten(instrument, response["answers"], Policy(offset, clean)))
    case = build.ids.cases[response["case_id"]]
    person = build.ids.participants.get(participant)
    role = _role(build.study, participant)
    date = shift_date(response["date"], offset) if response["date"] else None
    rows: dict[str, list[dict[str, Any]]] = {}
    rows["responses"] = [
        {
            "response": code,
            "instrument": instrument.id,
            "version": instrument.version,
            "kind": instrument.kind,
            "case": case,
            "participant": person,
            "role": role,
            "wave": response["wave_id"],
            "date": date,
            "status": response["status"],
            "collector": build.ids.staff.get(response["collector_id"]),
        }
    ]
    which = {"response": code, "instrument": instrument.id, "version": instrument.version}
    rows["answers"] = tables.answer_rows(which, cells)
    context = {**which, "case": case, "wave": response["wave_id"]}
    rows["topics"] = tables.topic_rows(
        {**context, "participant": person, "role": role}, instrument, cells
    )
    rows["checklist_scores"] = tables.checklist_rows({**context, "date": date}, instrument, cells)
    rows["codes"] = tables.code_rows({**context, "kind": instrument.kind}, instrument, cells)
    wide = {
        "response": code,
        "case": case,
        "participant": person,
        "wave": response["wave_id"],
        "date": date,
    }
    rows[tables.wide_table_name(instrument)] = [
        tables.wide_row(wide, cells, tables.wide_columns(instrument))
    ]
    return rows
