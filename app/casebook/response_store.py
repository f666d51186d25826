"""Responses as stored: one row in `responses`, one row per answer in `answers`, an audit row
for every change, and the shape every caller reads (`public`). The checks before a write are
in `casebook.responses`; this module only reads and writes."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import sqlite_utils

from casebook import audit
from casebook.clock import now
from casebook.db import select

if TYPE_CHECKING:
    from casebook.responses import ResponseInput

META = ("instrument", "version", "case", "participant", "wave", "date", "status", "unit")


def write(
    db: sqlite_utils.Database,
    key: str,
    data: ResponseInput,
    answers: dict[str, Any],
    existing: dict[str, Any] | None,
    actor: audit.Actor,
) -> dict[str, Any]:
    """Store the response, its changed answers and their audit rows; the response as
    stored (what `load` would read back now)."""
    stamp = now()
    row = {
        "uuid": key,
        "instrument_id": data.instrument,
        "version": data.version,
        "case_id": data.case,
        "participant_id": data.participant,
        "wave_id": data.wave,
        "date": data.date or None,
        "status": data.status,
        "revision": (existing["revision"] + 1) if existing else 1,
        "updated_at": stamp,
        "created_at": existing["created_at"] if existing else stamp,
        "collector_id": existing["collector_id"] if existing else actor.id,
        "completed_at": _completed_at(existing, data.status, stamp),
        "unit_id": data.unit,
        "consensus": int(existing["consensus"] if existing else data.consensus),
    }
    if existing is None:
        columns = ", ".join(row)
        db.execute(
            f"INSERT INTO responses ({columns}) VALUES ({', '.join(':' + c for c in row)})", row
        )
    else:  # only what changed: SQLite rewrites an index entry for every column SET
        was = {column: existing[key] for column, key in COLUMN_KEYS.items()}
        was["consensus"] = int(was["consensus"])
        changed = [c for c in row if c != "uuid" and row[c] != was[c]]
        db.execute(
            f"UPDATE responses SET {', '.join(f'{c} = :{c}' for c in changed)} WHERE uuid = :uuid",
            row,
        )
    before = {n: existing[n] for n in META} if existing else None
    after = {n: getattr(data, n) for n in META}
    audit.record(db, actor, "update" if existing else "create", "responses", key, before, after)
    stored = _write_answers(db, key, existing["answers"] if existing else {}, answers, actor)
    return public(row, stored)


# The responses table's columns, by the key `_public` gives each.
COLUMN_KEYS = {
    "instrument_id": "instrument",
    "version": "version",
    "case_id": "case",
    "participant_id": "participant",
    "wave_id": "wave",
    "date": "date",
    "status": "status",
    "revision": "revision",
    "updated_at": "updated_at",
    "created_at": "created_at",
    "collector_id": "collector_id",
    "completed_at": "completed_at",
    "unit_id": "unit",
    "consensus": "consensus",
}


def _completed_at(existing: dict[str, Any] | None, status: str, stamp: str) -> str | None:
    if status != "complete":
        return None
    return (existing or {}).get("completed_at") or stamp


def _write_answers(
    db: sqlite_utils.Database, key: str, old: dict, new: dict, actor: audit.Actor
) -> dict[str, Any]:
    """Store the answers that changed, each with its audit row; the answers as stored
    (each read back from the JSON written, as `read_answers` would)."""
    stored = {item_id: value for item_id, value in old.items() if item_id in new}
    for item_id in sorted(set(old) | set(new)):
        before, after = old.get(item_id), new.get(item_id)
        if before == after:
            continue
        if after is None:
            db.execute(
                "DELETE FROM answers WHERE response_uuid = ? AND item_id = ?", [key, item_id]
            )
        else:
            value = json.dumps(after, ensure_ascii=False)
            db.execute(
                "INSERT INTO answers (response_uuid, item_id, value) VALUES (?, ?, ?)"
                " ON CONFLICT (response_uuid, item_id) DO UPDATE SET value = excluded.value",
                [key, item_id, value],
            )
            stored[item_id] = json.loads(value)
        action = "delete" if after is None else ("create" if before is None else "update")
        audit.record(db, actor, action, "answers", f"{key}/{item_id}", before, after)
    return dict(sorted(stored.items()))  # the order of the answers table's primary key


def load(db: sqlite_utils.Database, key: str) -> dict[str, Any] | None:
    rows = select(db, "SELECT * FROM responses WHERE uuid = ?", [key])
    if not rows:
        return None
    return public(rows[0], read_answers(db, key))


def read_answers(db: sqlite_utils.Database, key: str) -> dict[str, Any]:
    rows = db.execute("SELECT item_id, value FROM answers WHERE response_uuid = ?", [key])
    return {item_id: json.loads(value) for item_id, value in rows}


def public(row: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    return {
        "uuid": row["uuid"],
        "instrument": row["instrument_id"],
        "version": row["version"],
        "case": row["case_id"],
        "participant": row["participant_id"],
        "wave": row["wave_id"],
        "date": row["date"],
        "status": row["status"],
        "revision": row["revision"],
        "collector_id": row["collector_id"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "completed_at": row["completed_at"],
        "unit": row.get("unit_id"),
        "consensus": bool(row.get("consensus")),
        "answers": answers,
    }
