"""Responses into a release, reusing what the last build made (`casebook.release.reuse`) and
redacting the rest on every core (`casebook.release.workers`).

Responses are read in pseudonym order, the order of their rows in the release. When the
release is a patched copy of the last one (`casebook.release.patch`), one whose fingerprint
is unchanged and whose texts no change of the name registry can affect is left as it is
(its answers are not even read, unless the name registry changed); the others are read
whole and flattened again, their texts taken from the cache where still valid and
redacted otherwise, in batches handed to the workers while earlier batches are written.
Whatever a text's redaction found for review is applied in text order whichever way the text
came, so the new release, its review list and its private log are the same as those of a
full build."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import sqlite_utils

from casebook.release.fingerprints import response_fingerprint, text_digest
from casebook.release.flatten import Policy, flatten
from casebook.release.patch import Patch
from casebook.release.release_writer import Batch, Entry, Writer
from casebook.release.response_rows import date_offset, role_of
from casebook.release.reuse import BuildCache
from casebook.release.source import decode_answers, read_responses_in, with_answers
from casebook.release.workers import Workers

if TYPE_CHECKING:
    from casebook.release.build import Build

Progress = Callable[[int, int], None]
RESPONSES_PER_BATCH = 50
IN_FLIGHT = 4  # batches of texts handed to the workers ahead of the writer


def write_responses(
    build: Build,
    private: sqlite_utils.Database,
    cache: BuildCache,
    workers: Workers,
    progress: Progress | None,
    order: list[str],
    patch: Patch | None,
) -> dict[str, list[tuple[int, int]]] | None:
    """Write every response's rows, `order` giving the responses' uuids in pseudonym order.
    Returns, for a patched release, the rowids of the rows written anew in each table of
    responses (the rest were verified in the release they were copied from); None when every
    row was written here."""
    total = len(order)
    writer = Writer(build, cache, patch)
    if patch is not None:
        wanted = set(order)
        writer.remove([old.code for uuid, old in cache.published.items() if uuid not in wanted])
    pending: deque[Batch] = deque()
    done = 0
    for responses in _chunks(read_responses_in(private, order), RESPONSES_PER_BATCH):
        pending.append(_plan(build, cache, private, workers, responses, patch is not None))
        while len(pending) > IN_FLIGHT:
            done = _report(progress, done, writer.write(pending.popleft()), total)
    while pending:
        done = _report(progress, done, writer.write(pending.popleft()), total)
    writer.close()
    if progress:
        progress(total, total)
    if patch is None:
        return None
    cache.stats.merged = list(patch.merged)
    return {table: writer.fresh.get(table, []) for table in patch.tables}


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


def _plan(
    build: Build,
    cache: BuildCache,
    private: sqlite_utils.Database,
    workers: Workers,
    responses: list[dict],
    patching: bool,
) -> Batch:
    codes = build.codes
    assert codes is not None
    batch = Batch([], {}, [])
    asked: set[str] = set()
    entries = []
    for response in responses:
        code = codes[response["uuid"]]
        fingerprint = response_fingerprint(response, _released_as(build, response, code))
        entry = Entry(response, code, fingerprint)
        old = cache.published.get(response["uuid"]) if patching else None
        if old is not None and old.fingerprint == fingerprint:
            entry.copy = old
        entries.append(entry)
    if not cache.release_change.nothing:  # texts a change of the name list can affect
        with_answers(private, [e.response for e in entries if e.copy is not None])
        for entry in entries:
            if entry.copy is not None and _affected(cache, entry.response):
                entry.copy = None
    with_answers(private, [e.response for e in entries if e.copy is None])
    for entry in entries:
        if entry.copy is None:
            decode_answers(entry.response)
            entry.texts = _texts_of(build, entry.response)
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
        "role": role_of(build.study, participant),
        "offset": date_offset(build, response),
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
        instrument, response["answers"], Policy(date_offset(build, response), collect)
    ):
        pass
    return texts
