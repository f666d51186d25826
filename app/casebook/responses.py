"""Responses: the one place that checks and stores an interview, observation or coding.

Writes are idempotent (the client chooses the UUID; an identical resend changes nothing),
conflicts are detected by revision rather than overwritten, every change of an answer gets an
audit row, and a response with any problem stores nothing. The one exception is what a
browser form asks for, `save_valid_answers`: every answer that passes its checks is stored and
each one that does not keeps its stored value and is reported, so one bad answer never holds
back the others."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import sqlite_utils

from casebook import audit, blindness, duplicates
from casebook.access import may_collect
from casebook.coding_units import unit_problems
from casebook.db import write_transaction
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
from casebook.response_meta import STATUSES, meta_problems
from casebook.response_store import META, load, public, write
from casebook.valid_answers import keep_valid

DISCARDED = "discarded"  # set only by casebook.discard; such a response is kept but never published
ALL_STATUSES = (*STATUSES, DISCARDED)


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
        existing = load(db, key)
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
        problems = meta_problems(db, instrument, data, existing)
        if checked is None:
            checked = check_answers(instrument, answers, complete)
        problems.update(checked)
        problems.update(unit_problems(db, data, existing, actor.id))
        if problems:
            raise ResponseProblems(problems)
        if existing is None and data.unit is None:  # a unit has one coding per coder
            _refuse_duplicate(db, instrument, data, actor, start_anyway)
        stored = write(db, key, data, answers, existing, actor)
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
        raise Duplicate(public(found, {}), may)


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


def get_response(db: sqlite_utils.Database, response_uuid: str) -> dict[str, Any]:
    """The stored response with its answers and revision."""
    try:
        key = str(uuidlib.UUID(response_uuid))
    except (ValueError, AttributeError, TypeError):
        raise ResponseNotFound(response_uuid) from None
    response = load(db, key)
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
        public(row, {}) | {"answers": None}
        for row in db.query(sql + " ORDER BY created_at", params)
    ]
