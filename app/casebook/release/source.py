"""What a release is built from: the private database, read once, in id order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import sqlite_utils

from casebook.blindness import sealed_sql
from casebook.instruments.model import Instrument
from casebook.instruments.registry import get_instrument


@dataclass
class PrivateStudy:
    """The identities and structure of the study (small; held in memory)."""

    cases: list[dict[str, Any]]
    participants: list[dict[str, Any]]
    contacts: list[dict[str, Any]]
    staff: list[dict[str, Any]]
    places: list[dict[str, Any]]
    waves: list[dict[str, Any]]
    instruments: dict[tuple[str, int], Instrument]
    hashes: dict[tuple[str, int], str]

    @cached_property
    def roles(self) -> dict[int, str]:
        """Participant id -> role."""
        return {p["id"]: p["role"] for p in self.participants}


def read_study(db: sqlite_utils.Database) -> PrivateStudy:
    versions = list(db.query("SELECT instrument_id, version, hash FROM instrument_versions"))
    return PrivateStudy(
        cases=list(db.query("SELECT * FROM cases ORDER BY id")),
        participants=_with_aliases(db.query("SELECT * FROM participants ORDER BY id")),
        contacts=_with_aliases(db.query("SELECT * FROM contacts ORDER BY id")),
        staff=list(db.query("SELECT id, username, display_name, role FROM users ORDER BY id")),
        places=_with_aliases(db.query("SELECT * FROM places ORDER BY id"))
        if db["places"].exists()
        else [],
        waves=list(db.query("SELECT * FROM waves ORDER BY position")),
        instruments={
            (v["instrument_id"], v["version"]): get_instrument(db, v["instrument_id"], v["version"])
            for v in versions
        },
        hashes={(v["instrument_id"], v["version"]): v["hash"] for v in versions},
    )


def _with_aliases(rows: Iterator[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        row["aliases"] = json.loads(row.get("aliases") or "[]")
        out.append(row)
    return out


def _published(include_drafts: bool) -> tuple[tuple[str, ...], str]:
    statuses = ("complete", "draft") if include_drafts else ("complete",)
    return statuses, ", ".join("?" for _ in statuses)


# What a release publishes of a unit of coding: its consensus, never the coders' own codings
# (they feed only the agreement figures), except the one coding of a unit with one coder once
# it is complete; never a coding still blind (`casebook.blindness`), not even as a draft.
OBSERVATION = (
    "unit_id IS NULL OR consensus = 1 OR (unit_id IN"
    " (SELECT unit_id FROM unit_coders GROUP BY unit_id HAVING count(*) = 1)"
    f" AND NOT {sealed_sql('responses')})"
)


def count_responses(db: sqlite_utils.Database, include_drafts: bool) -> int:
    """How many responses a release will hold."""
    statuses, marks = _published(include_drafts)
    sql = f"SELECT count(*) FROM responses WHERE status IN ({marks}) AND ({OBSERVATION})"
    return db.execute(sql, statuses).fetchone()[0]


def read_responses(
    db: sqlite_utils.Database, include_drafts: bool, batch: int = 500, *, decode: bool = True
) -> Iterator[dict[str, Any]]:
    """Responses with their answers, streamed in batches so memory stays flat. With
    `decode=False` the answers come as stored (`raw_answers`: (item, JSON text) pairs in
    item order), for a rebuild that may not need them decoded (`casebook.release.rebuild`)."""
    statuses, marks = _published(include_drafts)
    last = ""
    while True:
        rows = list(
            db.query(
                f"SELECT * FROM responses WHERE status IN ({marks}) AND ({OBSERVATION})"
                " AND uuid > ?"
                " ORDER BY uuid LIMIT ?",
                [*statuses, last, batch],
            )
        )
        if not rows:
            return
        yield from _with_answers(db, rows, decode)
        last = rows[-1]["uuid"]


def _with_answers(
    db: sqlite_utils.Database, rows: list[dict[str, Any]], decode: bool
) -> Iterator[dict[str, Any]]:
    answers = _answers_for(db, [r["uuid"] for r in rows])
    taps = _live_events_for(db, [r["uuid"] for r in rows])
    for row in rows:
        if row["uuid"] in taps:  # part of the response's fingerprint, so a tap rebuilds it
            row["live_events"] = taps[row["uuid"]]
        stored = sorted(answers.get(row["uuid"], ()))
        if decode:
            row["answers"] = {item: json.loads(value) for item, value in stored}
        else:
            row["raw_answers"] = stored
        yield row


def response_uuids(db: sqlite_utils.Database, include_drafts: bool) -> list[str]:
    """The uuids of the responses a release will hold, in uuid order."""
    statuses, marks = _published(include_drafts)
    sql = f"SELECT uuid FROM responses WHERE status IN ({marks}) AND ({OBSERVATION}) ORDER BY uuid"
    return [row[0] for row in db.execute(sql, statuses)]


def read_responses_in(
    db: sqlite_utils.Database, uuids: list[str], batch: int = 500
) -> Iterator[dict[str, Any]]:
    """These responses in the order given, streamed in batches, each without its answers
    (`with_answers` reads them) but with what says whether they changed: `answer_rows`, the
    count, sum and largest rowid of its answers, and its live taps (`live_events`)."""
    for start in range(0, len(uuids), batch):
        keys = uuids[start : start + batch]
        marks = ", ".join("?" for _ in keys)
        sql = f"SELECT * FROM responses WHERE uuid IN ({marks})"
        rows = {row["uuid"]: row for row in db.query(sql, keys)}
        stamps = {
            uuid: [count, total, last]
            for uuid, count, total, last in db.execute(
                "SELECT response_uuid, count(*), sum(rowid), max(rowid) FROM answers"
                f" WHERE response_uuid IN ({marks}) GROUP BY response_uuid",
                keys,
            )
        }
        taps = _live_events_for(db, keys)
        for key in keys:
            row = rows[key]
            row["answer_rows"] = stamps.get(key, [0, 0, 0])
            if key in taps:
                row["live_events"] = taps[key]
            yield row


def with_answers(db: sqlite_utils.Database, responses: list[dict[str, Any]]) -> None:
    """Read the answers of responses read by `read_responses_in` (`raw_answers`, as stored,
    in item order; `decode_answers` decodes them)."""
    missing = [r for r in responses if "raw_answers" not in r]
    for start in range(0, len(missing), 500):
        part = missing[start : start + 500]
        answers = _answers_for(db, [r["uuid"] for r in part])
        for row in part:
            row["raw_answers"] = sorted(answers.get(row["uuid"], ()))


def decode_answers(response: dict[str, Any]) -> dict[str, Any]:
    """The answers of a response read with `decode=False` (or `with_answers`), decoded
    (once)."""
    if "answers" not in response:
        response["answers"] = {item: json.loads(value) for item, value in response["raw_answers"]}
    return response["answers"]


def _answers_for(db: sqlite_utils.Database, keys: list[str]) -> dict[str, list[tuple[str, str]]]:
    marks = ", ".join("?" for _ in keys)
    found: dict[str, list[tuple[str, str]]] = {}
    rows = db.execute(
        f"SELECT response_uuid, item_id, value FROM answers WHERE response_uuid IN ({marks})", keys
    )
    for response_uuid, item_id, value in rows:
        found.setdefault(response_uuid, []).append((item_id, value))
    return found


def _live_events_for(db: sqlite_utils.Database, keys: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The taps of live-coded meetings that are not voided, by response (see live_events)."""
    if not db["live_events"].exists():
        return {}
    marks = ", ".join("?" for _ in keys)
    found: dict[str, list[dict[str, Any]]] = {}
    rows = db.query(
        "SELECT id, response_uuid, item_id, offset_ms, code, subject, observer_id"
        f" FROM live_events WHERE voided = 0 AND response_uuid IN ({marks})"
        " ORDER BY offset_ms, id",
        keys,
    )
    for row in rows:
        found.setdefault(row.pop("response_uuid"), []).append(row)
    return found
