"""Responses: the one place that checks and stores an interview, observation or coding.

Writes are idempotent (the client chooses the UUID; an identical resend changes nothing),
conflicts are detected by revision rather than overwritten, every change of an answer gets an
audit row, and a response with any problem stores nothing. The one exception is what a
browser form asks for, `save_valid_answers`: every answer that passes its checks is stored and
each one that does not keeps its stored value and is reported, so one bad answer never holds
back the others."""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import sqlite_utils

from casebook import audit, blindness, duplicates
from casebook.access import may_collect
from casebook.clock import now
from casebook.coding_units import unit_problems
from casebook.dates import is_iso_date
from casebook.db import select, write_transaction
from casebook.i18n import _, _l
from casebook.instruments.answers import check_answers, normalise, prune_hidden
from casebook.instruments.model import Instrument
from casebook.instruments.registry import UnknownInstrument, get_instrument
from casebook.response_errors import (  # raised here; callers import them from this module
    Conflict,
    Discarded,
    Duplicate,
    NotAllowed,
    ResponseNotFound,
    ResponseProblems,
)
from casebook.study import has_consent
from casebook.valid_answers import keep_valid

STATUSES = ("draft", "complete")  # what a save may set
DISCARDED = "discarded"  # set only by casebook.discard; such a response is kept but never published
ALL_STATUSES = (*STATUSES, DISCARDED)
META = ("instrument", "version", "case", "participant", "wave", "date", "status", "unit")


@dataclass
class ResponseInput:
    instrument: str
    version: int
    case: int
    wave: str
    participant: int | None = None
    date: str | None = None
    status: str = "draft"
    answers: dict[str, Any] = field(default_factory=dict)
    revision: int | None = None
    unit: int | None = None  # the unit of coding it codes (casebook.coding_units)
    consensus: bool = False  # set only by casebook.reconciliation


@dataclass
class SaveResult:
    response: dict[str, Any]
    created: bool
    changed: bool
    # save_valid_answers only: answers not stored (they keep their stored value), by path
    rejected: dict[str, list[str]] = field(default_factory=dict)


def save_response(
    db: sqlite_utils.Database,
    response_uuid: str,
    data: ResponseInput,
    actor: audit.Actor,
    role: str,
    drop_hidden: bool = False,
    start_anyway: bool = False,
) -> SaveResult:
    """Create or update a response. `drop_hidden` discards answers to items hidden by show_if
    (what a form does); without it such answers are problems (what the API does). A new
    response that would duplicate one already started is refused (`Duplicate`) unless
    `start_anyway` and a second one can be legitimate; a discarded one is not changed."""
    return _save(db, response_uuid, data, actor, role, drop_hidden, None, start_anyway)


def save_valid_answers(
    db: sqlite_utils.Database,
    response_uuid: str,
    data: ResponseInput,
    actor: audit.Actor,
    role: str,
    unreadable: Mapping[str, list[str]] | None = None,
) -> SaveResult:
    """What a browser form does: like `save_response` with `drop_hidden`, but an answer that
    fails its checks (or whose typed text could not be read: `unreadable`, by item path) is
    not stored, keeps its stored value and is listed in `result.rejected`; every other answer
    is stored. Problems with the response itself (case, participant, wave, status, a stale
    revision, a duplicate, a discarded response) still store nothing."""
    return _save(db, response_uuid, data, actor, role, True, dict(unreadable or {}), False)


def _save(
    db: sqlite_utils.Database,
    response_uuid: str,
    data: ResponseInput,
    actor: audit.Actor,
    role: str,
    drop_hidden: bool,
    unreadable: dict[str, list[str]] | None,
    start_anyway: bool,
) -> SaveResult:
    key = _check_uuid(response_uuid)
    instrument = _instrument(db, data)
    if not may_collect(role, instrument.kind):
        raise NotAllowed(f"a {role} may not collect {instrument.kind}s")
    answers = normalise(instrument, data.answers)
    if drop_hidden:
        answers = prune_hidden(instrument, answers)
    # The answers' own checks need nothing stored: run them before taking the write lock,
    # which every saver of every serving process waits for (issue 14). A form's save
    # (`unreadable`) keeps only valid answers, chosen against the stored ones, so it checks
    # what it keeps inside.
    complete = data.status == "complete"
    checked = check_answers(instrument, answers, complete) if unreadable is None else None
    with write_transaction(db):
        existing = _load(db, key)
        if existing:  # read rights follow the stored response, never what the request names
            _check_may_read(db, existing, role, instrument, actor)
        elif data.unit is not None:
            refusal = blindness.start_refusal(db, data.unit, _user(actor, role), data.consensus)
            if refusal:
                raise NotAllowed(refusal)
        if existing and existing["status"] == DISCARDED:
            raise Discarded(existing)
        rejected: dict[str, list[str]] = {}
        if unreadable is not None:
            kept = keep_valid(
                instrument,
                answers,
                existing["answers"] if existing else {},
                data.date,
                existing["date"] if existing else None,
                data.status == "complete",
                unreadable,
            )
            data = replace(data, date=kept.date)
            answers, rejected = kept.answers, kept.rejected
        if existing and _same_content(existing, data, answers):
            return SaveResult(existing, created=False, changed=False, rejected=rejected)
        refusal = existing and blindness.write_refusal(db, existing, _user(actor, role))
        if refusal:
            raise NotAllowed(refusal)
        if existing and data.revision != existing["revision"]:
            raise Conflict(existing)
        problems = _check_meta(db, instrument, data, existing)
        if checked is None:
            checked = check_answers(instrument, answers, complete)
        problems.update(checked)
        problems.update(unit_problems(db, data, existing, actor.id))
        if problems:
            raise ResponseProblems(problems)
        if existing is None and data.unit is None:  # a unit has one coding per coder
            _refuse_duplicate(db, instrument, data, actor, start_anyway)
        stored = _write(db, key, data, answers, existing, actor)
        return SaveResult(stored, existing is None, changed=True, rejected=rejected)


def _check_may_read(
    db: sqlite_utils.Database,
    stored: dict[str, Any],
    role: str,
    named: Instrument,
    actor: audit.Actor,
) -> None:
    """Refuse before anything about a stored response (its answers in a conflict, that it
    was discarded) reaches a role that may not collect its kind (the kind of the stored
    response's own instrument version; `named`, the request's, only when it is the same), or
    a coder who is still blind to it (casebook.blindness)."""
    if (stored["instrument"], stored["version"]) == (named.id, named.version):
        kind = named.kind
    else:
        kind = get_instrument(db, stored["instrument"], stored["version"]).kind
    if not may_collect(role, kind):
        raise NotAllowed(f"a {role} may not collect {kind}s")
    user = _user(actor, role)
    if not blindness.may_see(db, user, stored):
        raise NotAllowed("this coding is hidden until every coder of its unit has completed")


def _user(actor: audit.Actor, role: str) -> dict[str, Any]:
    return {"id": actor.id, "role": role}


def _refuse_duplicate(
    db: sqlite_utils.Database,
    instrument: Instrument,
    data: ResponseInput,
    actor: audit.Actor,
    start_anyway: bool,
) -> None:
    found = duplicates.existing_response(db, instrument, data, actor.id)
    if found is None:
        return
    may = duplicates.may_start_anyway(instrument)
    if not (start_anyway and may):
        raise Duplicate(_public(found, {}), may)


def _check_uuid(value: str) -> str:
    try:
        return str(uuidlib.UUID(value))
    except (ValueError, AttributeError, TypeError):
        raise ResponseProblems({"uuid": ["not a valid UUID"]}) from None


def _instrument(db: sqlite_utils.Database, data: ResponseInput) -> Instrument:
    try:
        return get_instrument(db, data.instrument, int(data.version))
    except (UnknownInstrument, TypeError, ValueError):
        raise ResponseProblems(
            {"instrument": [f"no registered instrument {data.instrument!r} version {data.version}"]}
        ) from None


def _same_content(existing: dict[str, Any], data: ResponseInput, answers: dict) -> bool:
    incoming = {name: getattr(data, name) for name in META}
    stored = {name: existing[name] for name in META}
    return incoming == stored and existing["answers"] == answers


def _check_meta(
    db: sqlite_utils.Database,
    instrument: Instrument,
    data: ResponseInput,
    existing: dict[str, Any] | None,
) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}

    def add(name: str, message: str) -> None:
        problems.setdefault(name, []).append(message)

    if existing and (existing["instrument"], existing["version"]) != (
        data.instrument,
        data.version,
    ):
        add("instrument", "a response keeps the instrument version it was started with")
    if data.status not in STATUSES:
        add("status", "status is 'draft' or 'complete'")
    if not _exists(db, "cases", "id", data.case):
        add("case", f"no case with id {data.case}")
    if data.wave not in instrument.waves:
        add("wave", f"this instrument is used in the waves: {', '.join(instrument.waves)}")
    elif not _exists(db, "waves", "id", data.wave):
        add("wave", f"no wave {data.wave!r} in the study settings")
    _check_date(data, instrument, add)
    _check_participant(db, instrument, data, add)
    return problems


# Whole sentences per kind, so each reads naturally once translated.
DATE_NEEDED = {
    "interview": _l("the date of the interview is needed before marking it complete"),
    "observation": _l("the date of the observation is needed before marking it complete"),
    "coding": _l("the date of the coding is needed before marking it complete"),
}


def _check_date(data: ResponseInput, instrument: Instrument, add) -> None:
    if data.date:
        if not is_iso_date(data.date):
            add("date", _("a date as YYYY-MM-DD"))
    elif data.status == "complete":
        what = "interview" if instrument.about_participant else instrument.kind
        add("date", str(DATE_NEEDED[what]))


def _check_participant(
    db: sqlite_utils.Database, instrument: Instrument, data: ResponseInput, add
) -> None:
    if not instrument.about_participant:
        if data.participant is not None:
            add("participant", f"an {instrument.kind} is about a case, not a participant")
        return
    rows = select(db, "SELECT * FROM participants WHERE id = ?", [data.participant])
    if not rows:
        add("participant", _("an interview is about one participant: choose who"))
        return
    participant = rows[0]
    if participant["case_id"] != data.case:
        add("participant", _("this participant belongs to another case"))
    if participant["role"] not in instrument.roles:
        add("participant", _("this guide is for: %(roles)s", roles=", ".join(instrument.roles)))
    if not has_consent(participant):
        add("participant", _("no recorded consent: record the participant's consent first"))


def _exists(db: sqlite_utils.Database, table: str, column: str, value: Any) -> bool:
    return db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", [value]).fetchone() is not None


def _write(
    db: sqlite_utils.Database,
    key: str,
    data: ResponseInput,
    answers: dict[str, Any],
    existing: dict[str, Any] | None,
    actor: audit.Actor,
) -> dict[str, Any]:
    """Store the response, its changed answers and their audit rows; the response as
    stored (what `_load` would read back now)."""
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
    return _public(row, stored)


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
    (each read back from the JSON written, as `_answers` would)."""
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


def _load(db: sqlite_utils.Database, key: str) -> dict[str, Any] | None:
    rows = select(db, "SELECT * FROM responses WHERE uuid = ?", [key])
    if not rows:
        return None
    return _public(rows[0], _answers(db, key))


def _answers(db: sqlite_utils.Database, key: str) -> dict[str, Any]:
    rows = db.execute("SELECT item_id, value FROM answers WHERE response_uuid = ?", [key])
    return {item_id: json.loads(value) for item_id, value in rows}


def _public(row: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
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


def get_response(db: sqlite_utils.Database, response_uuid: str) -> dict[str, Any]:
    """The stored response with its answers and revision."""
    try:
        key = str(uuidlib.UUID(response_uuid))
    except (ValueError, AttributeError, TypeError):
        raise ResponseNotFound(response_uuid) from None
    response = _load(db, key)
    if response is None:
        raise ResponseNotFound(response_uuid)
    return response


def list_responses(db: sqlite_utils.Database, **filters: Any) -> list[dict[str, Any]]:
    """Responses (without answers) filtered by instrument, case, participant, wave, status."""
    columns = {
        "instrument": "instrument_id",
        "case": "case_id",
        "participant": "participant_id",
        "wave": "wave_id",
        "status": "status",
    }
    where = [f"{columns[k]} = :{k}" for k, v in filters.items() if v is not None]
    sql = "SELECT * FROM responses" + (" WHERE " + " AND ".join(where) if where else "")
    params = {k: v for k, v in filters.items() if v is not None}
    return [
        _public(row, {}) | {"answers": None}
        for row in db.query(sql + " ORDER BY created_at", params)
    ]
