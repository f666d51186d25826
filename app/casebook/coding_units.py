"""Units of coding: what two or more coders code independently so their codings can be
compared. An observation session is a meeting of a case on a date, in a wave; other material
(an interview, a document) is a unit of its own kind. Each unit is coded with one instrument by
its assigned coders, each in a response of their own that says which unit it codes
(`responses.unit_id`), and has an optional named reviewer who may reconcile the codings.

A unit is *open* until every assigned coder has completed their response; while it is open
each coder's response is theirs alone (`casebook.blindness`). Every change is audited."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from casebook import audit
from casebook.access import may_collect
from casebook.clock import now
from casebook.dates import is_iso_date
from casebook.db import write_transaction

# What a unit is: the unit string of agreement figures is "<kind>:<id>" ("session:12").
KINDS = ("session", "interview", "document")
LARGEST_ID = 2**63 - 1  # SQLite's largest integer: a larger id names nothing


class UnitProblems(Exception):
    """The unit was not stored: `problems` by field."""

    def __init__(self, problems: dict[str, list[str]]):
        super().__init__(problems)
        self.problems = problems


@dataclass(frozen=True)
class UnitInput:
    kind: str
    instrument: str
    case: int
    wave: str
    coders: tuple[int, ...]
    date: str | None = None
    label: str = ""
    reviewer: int | None = None


def unit_key(unit: dict[str, Any]) -> str:
    """The unit as agreement figures name it: "session:12"."""
    return f"{unit['kind']}:{unit['id']}"


def create_unit(db: sqlite_utils.Database, data: UnitInput, actor: audit.Actor) -> int:
    """Store a unit with its coders (audited); `UnitProblems` stores nothing."""
    with write_transaction(db):
        problems = _problems(db, data)
        if problems:
            raise UnitProblems(problems)
        row = {
            "kind": data.kind,
            "instrument_id": data.instrument,
            "case_id": data.case,
            "wave_id": data.wave,
            "date": data.date or None,
            "label": data.label.strip() or None,
            "reviewer_id": data.reviewer,
            "created_by_id": actor.id,
            "created_at": now(),
        }
        unit_id = db["coding_units"].insert(row).last_pk
        for coder in sorted(set(data.coders)):
            db["unit_coders"].insert(
                {"unit_id": unit_id, "user_id": coder, "assigned_at": row["created_at"]}
            )
        after = {**row, "coders": sorted(set(data.coders))}
        audit.record(db, actor, "create", "coding_units", str(unit_id), None, after)
        return int(unit_id)


def _problems(db: sqlite_utils.Database, data: UnitInput) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}

    def add(name: str, message: str) -> None:
        problems.setdefault(name, []).append(message)

    if data.kind not in KINDS:
        add("kind", f"one of: {', '.join(KINDS)}")
    kind = _instrument_kind(db, data.instrument)
    if kind is None:
        add("instrument", f"no registered instrument {data.instrument!r}")
    elif kind == "interview":
        add("instrument", "units are coded with an observation or coding instrument")
    if not _one(db, "SELECT 1 FROM cases WHERE id = ?", [data.case]):
        add("case", f"no case with id {data.case}")
    if not _one(db, "SELECT 1 FROM waves WHERE id = ?", [data.wave]):
        add("wave", f"no wave {data.wave!r} in the study settings")
    if data.date and not is_iso_date(data.date):
        add("date", "a date as YYYY-MM-DD")
    if not data.coders:
        add("coders", "assign at least one coder")
    for user_id in set(data.coders) | ({data.reviewer} if data.reviewer else set()):
        user = _user(db, user_id) if 0 < user_id <= LARGEST_ID else None
        if user is None or not user["active"]:
            add("coders", f"no active account with id {user_id}")
        elif kind and user_id in data.coders and not may_collect(user["role"], kind):
            add("coders", f"{user['username']} ({user['role']}) may not code {kind}s")
    if data.reviewer is not None and data.reviewer in data.coders:
        add("reviewer", "the reviewer reconciles the coders' work and is not one of them")
    return problems


def _instrument_kind(db: sqlite_utils.Database, instrument_id: str) -> str | None:
    row = db.execute(
        "SELECT kind FROM instrument_versions WHERE instrument_id = ? ORDER BY version DESC",
        [instrument_id],
    ).fetchone()
    return row[0] if row else None


def _user(db: sqlite_utils.Database, user_id: int) -> dict[str, Any] | None:
    rows = list(db.query("SELECT id, username, role, active FROM users WHERE id = ?", [user_id]))
    return rows[0] if rows else None


def _one(db: sqlite_utils.Database, sql: str, params: list[Any]) -> bool:
    return db.execute(sql, params).fetchone() is not None


def get_unit(db: sqlite_utils.Database, unit_id: int) -> dict[str, Any] | None:
    """The unit with `coders` (user ids, in order) and `key` ("session:12"), or None."""
    if not 0 < unit_id <= LARGEST_ID:
        return None
    rows = list(db.query("SELECT * FROM coding_units WHERE id = ?", [unit_id]))
    if not rows:
        return None
    unit = rows[0]
    unit["coders"] = [
        r[0]
        for r in db.execute(
            "SELECT user_id FROM unit_coders WHERE unit_id = ? ORDER BY user_id", [unit_id]
        )
    ]
    unit["key"] = unit_key(unit)
    return unit


def list_units(db: sqlite_utils.Database, user_id: int | None = None) -> list[dict[str, Any]]:
    """Every unit (newest first), or those `user_id` codes or reviews, each with its coders'
    progress (`progress`) and whether it is open."""
    sql = "SELECT id FROM coding_units"
    params: list[Any] = []
    if user_id is not None:
        sql += " WHERE reviewer_id = ? OR id IN (SELECT unit_id FROM unit_coders WHERE user_id = ?)"
        params = [user_id, user_id]
    units = []
    for (unit_id,) in db.execute(sql + " ORDER BY id DESC", params).fetchall():
        unit = get_unit(db, unit_id)
        assert unit is not None
        unit["progress"] = progress(db, unit)
        unit["open"] = any(p["status"] != "complete" for p in unit["progress"])
        unit["consensus"] = consensus_uuid(db, unit_id)
        units.append(unit)
    return units


def progress(db: sqlite_utils.Database, unit: dict[str, Any]) -> list[dict[str, Any]]:
    """Each assigned coder with the status of their own response (never its answers):
    'not started', 'draft' or 'complete'."""
    out = []
    for coder in unit["coders"]:
        user = _user(db, coder) or {"username": "?"}
        row = db.execute(
            "SELECT uuid, status FROM responses WHERE unit_id = ? AND collector_id = ?"
            " AND consensus = 0 AND status != 'discarded' ORDER BY status = 'complete' DESC",
            [unit["id"], coder],
        ).fetchone()
        out.append(
            {
                "user_id": coder,
                "username": user["username"],
                "uuid": row[0] if row else None,
                "status": row[1] if row else "not started",
            }
        )
    return out


def is_open(db: sqlite_utils.Database, unit_id: int) -> bool:
    """Whether some assigned coder has not completed their response on the unit yet."""
    row = db.execute(
        "SELECT count(*) FROM unit_coders c WHERE c.unit_id = ? AND NOT EXISTS"
        " (SELECT 1 FROM responses r WHERE r.unit_id = c.unit_id"
        " AND r.collector_id = c.user_id AND r.consensus = 0 AND r.status = 'complete')",
        [unit_id],
    ).fetchone()
    return row[0] > 0


def is_coder(db: sqlite_utils.Database, unit_id: int, user_id: int | None) -> bool:
    return _one(
        db, "SELECT 1 FROM unit_coders WHERE unit_id = ? AND user_id = ?", [unit_id, user_id]
    )


def may_reconcile(unit: dict[str, Any], user: dict[str, Any]) -> bool:
    """The study lead (an admin who is not one of its coders) or the unit's named reviewer."""
    if user["id"] in unit["coders"]:
        return False
    return user["role"] == "admin" or unit["reviewer_id"] == user["id"]


def consensus_uuid(db: sqlite_utils.Database, unit_id: int) -> str | None:
    row = db.execute(
        "SELECT uuid FROM responses WHERE unit_id = ? AND consensus = 1"
        " AND status != 'discarded' LIMIT 1",
        [unit_id],
    ).fetchone()
    return row[0] if row else None


def coders_responses(db: sqlite_utils.Database, unit_id: int) -> Iterable[str]:
    """The UUIDs of the assigned coders' own completed responses on a unit (never the
    consensus, nor the coding of someone taken off the unit)."""
    rows = db.execute(
        "SELECT uuid FROM responses WHERE unit_id = ? AND consensus = 0 AND status = 'complete'"
        " AND collector_id IN (SELECT user_id FROM unit_coders WHERE unit_id = ?)"
        " ORDER BY collector_id",
        [unit_id, unit_id],
    )
    return [r[0] for r in rows]


def unit_problems(
    db: sqlite_utils.Database, data: Any, existing: dict[str, Any] | None, user_id: int | None
) -> dict[str, list[str]]:
    """What is wrong with the unit a response (a `casebook.responses.ResponseInput`) says it
    codes: it must match the unit's instrument, case, wave and date, a response keeps its
    unit, and each coder has one coding of a unit (and a unit one consensus)."""
    if existing is not None:
        if data.unit != existing["unit"]:
            return {"unit": ["a response keeps the unit it codes"]}
        return {}
    if data.unit is None:
        return {}
    unit = get_unit(db, data.unit)
    if unit is None:
        return {"unit": [f"no unit with id {data.unit}"]}
    found = []
    if data.instrument != unit["instrument_id"]:
        found.append(f"this unit is coded with the instrument {unit['instrument_id']!r}")
    if data.case != unit["case_id"] or data.wave != unit["wave_id"]:
        found.append(f"this unit belongs to case {unit['case_id']} in wave {unit['wave_id']!r}")
    if unit["date"] and data.date and data.date != unit["date"]:
        found.append(f"this unit is dated {unit['date']}")
    if data.consensus:
        other = consensus_uuid(db, unit["id"])
        if other:
            found.append(f"this unit has a consensus already: response {other}")
    else:
        row = db.execute(
            "SELECT uuid FROM responses WHERE unit_id = ? AND collector_id = ? AND consensus = 0"
            " AND status != 'discarded'",
            [unit["id"], user_id],
        ).fetchone()
        if row:
            found.append(f"you have started coding this unit: response {row[0]}")
    return {"unit": found} if found else {}
