"""Live events: the taps an observer codes against a meeting clock (an `events` item), kept
one row each in `live_events`. The one place that stores and corrects them.

- Appended, never overwritten: a tap is stored under the id the device gave it; a resend of
  the same tap changes nothing, and a later tap never replaces an earlier one.
- One bad tap never holds back the others: each valid event of a batch is stored, each bad
  one comes back with what is wrong with it.
- Rights follow the stored response (its instrument version, its kind, and for a coding of a
  unit its coder and whether the unit is still open), never the request.
- A correction (offset, code, role, or voiding a tap made by mistake) gets an audit row with
  before and after; what the device sent stays in `tapped`, so its resends stay harmless."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

import sqlite_utils

from casebook import audit
from casebook.access import may_collect
from casebook.blindness import write_refusal
from casebook.clock import now
from casebook.db import write_transaction
from casebook.instruments.model import EventsItem, Instrument
from casebook.instruments.registry import get_instrument
from casebook.items.events import EVENTS, Event, clock_text
from casebook.response_errors import NotAllowed, ResponseNotFound, ResponseProblems

FIELD_PREFIX = "live-"  # the posted field of an events item: live-<item id>, a JSON list


@dataclass
class Appended:
    """What a batch did: how many new events were stored, and the taps refused, by item."""

    added: int = 0
    rejected: dict[str, list[str]] = field(default_factory=dict)


def field_name(item_id: str) -> str:
    return FIELD_PREFIX + item_id


def event_items(instrument: Instrument) -> dict[str, EventsItem]:
    return {item.id: item for item in instrument.items() if item.type == "events"}


def posted_batches(instrument: Instrument, form: Any) -> dict[str, Any]:
    """Item id -> the posted list of taps (decoded), for each events item the post holds."""
    found = {}
    for item_id in event_items(instrument):
        text = form.get(field_name(item_id))
        if text:
            try:
                found[item_id] = json.loads(text)
            except ValueError:
                found[item_id] = None
    return found


def append_events(
    db: sqlite_utils.Database,
    response_uuid: str,
    batches: dict[str, Any],
    actor: audit.Actor,
    role: str,
    study_roles: list[str],
) -> Appended:
    """Store every valid new tap of `batches` (item id -> list of taps) for the stored
    response; refused ones are listed by field with their reason."""
    result = Appended()
    if not batches:
        return result
    with write_transaction(db):
        response, instrument = _stored(db, response_uuid, role, actor)
        items = event_items(instrument)
        for item_id, raw in batches.items():
            item = items.get(item_id)
            messages: list[str] = []
            if item is None:
                messages.append(f"this instrument version has no live coding item {item_id!r}")
            elif not isinstance(raw, list):
                messages.append("the taps could not be read; they stay on this device")
            else:
                for tap in raw:
                    added, message = _append(db, response, item, tap, actor, study_roles)
                    result.added += added
                    if message:
                        messages.append(message)
            if messages:
                result.rejected[item_id] = messages
    return result


def _append(
    db: sqlite_utils.Database,
    response: dict[str, Any],
    item: EventsItem,
    tap: Any,
    actor: audit.Actor,
    study_roles: list[str],
) -> tuple[int, str]:
    event, problem = EVENTS.read_event(item, tap, study_roles)
    if event is None:
        return 0, problem
    tapped = json.dumps(_wire(event), sort_keys=True)
    stored = _row(db, event.id)
    if stored is not None:
        if stored["response_uuid"] == response["uuid"] and stored["tapped"] == tapped:
            return 0, ""  # a resend: already stored
        return 0, f"the event at {_at(event)} reuses the id of another event; it is not stored"
    stamp = now()
    row = {
        "id": event.id,
        "response_uuid": response["uuid"],
        "item_id": item.id,
        "offset_ms": event.offset_ms,
        "code": event.code,
        "subject": event.subject,
        "observer_id": actor.id,
        "tapped": tapped,
        "voided": 0,
        "created_at": stamp,
        "updated_at": stamp,
    }
    db["live_events"].insert(row)
    audit.record(db, actor, "create", "live_events", event.id, None, _audited(row))
    return 1, ""


def correct_event(
    db: sqlite_utils.Database,
    event_id: str,
    changes: dict[str, Any],
    actor: audit.Actor,
    role: str,
    study_roles: list[str],
) -> dict[str, Any]:
    """Change a stored event's `offset_ms`, `code`, `subject` or `voided`; checked like a
    tap, audited with before and after. Raises ResponseProblems with what is wrong."""
    with write_transaction(db):
        stored = _row(db, event_id)
        if stored is None:
            raise ResponseNotFound(event_id)
        _response, instrument = _stored(db, stored["response_uuid"], role, actor)
        item = event_items(instrument)[stored["item_id"]]
        unknown = set(changes) - {"offset_ms", "code", "subject", "voided"}
        if unknown:
            raise ResponseProblems({"event": [f"an event has no {sorted(unknown)[0]!r}"]})
        merged = {**_public(stored), **changes}
        wire = {k: merged[k] for k in ("id", "code", "subject")} | {"t": merged["offset_ms"]}
        event, problem = EVENTS.read_event(item, wire, study_roles)
        if event is None:
            raise ResponseProblems({"event": [problem]})
        after = {
            "offset_ms": event.offset_ms,
            "code": event.code,
            "subject": event.subject,
            "voided": 1 if merged["voided"] else 0,
        }
        before = {key: stored[key] for key in after}
        if before == after:
            return _public(stored)
        db["live_events"].update(event_id, {**after, "updated_at": now()})
        audit.record(db, actor, "update", "live_events", event_id, before, after)
        return _public(_row(db, event_id) or stored)


def events_of(
    db: sqlite_utils.Database, response_uuid: str, include_voided: bool = False
) -> list[dict[str, Any]]:
    """The stored events of one response, by offset."""
    voided = "" if include_voided else " AND voided = 0"
    rows = db.query(
        f"SELECT * FROM live_events WHERE response_uuid = ?{voided} ORDER BY offset_ms, id",
        [response_uuid],
    )
    return [_public(row) for row in rows]


def as_tapped(db: sqlite_utils.Database, response_uuid: str, item_id: str) -> str:
    """The taps of an item as the device sent them (what the page's live panel starts from)."""
    rows = db.query(
        "SELECT tapped FROM live_events WHERE response_uuid = ? AND item_id = ?"
        " ORDER BY created_at, id",
        [response_uuid, item_id],
    )
    return json.dumps([json.loads(row["tapped"]) for row in rows], separators=(",", ":"))


def as_event(row: dict[str, Any]) -> Event:
    return Event(row["id"], row["offset_ms"], row["code"], row["subject"])


def _stored(
    db: sqlite_utils.Database, response_uuid: str, role: str, actor: audit.Actor
) -> tuple[dict[str, Any], Instrument]:
    rows = list(db.query("SELECT * FROM responses WHERE uuid = ?", [response_uuid]))
    if not rows:
        raise ResponseNotFound(response_uuid)
    response = rows[0]
    instrument = get_instrument(db, response["instrument_id"], response["version"])
    if not may_collect(role, instrument.kind):
        raise NotAllowed(f"a {role} may not collect {instrument.kind}s")
    if response["status"] == "discarded":
        raise NotAllowed("this response was discarded; restore it before coding into it")
    coding = {**response, "unit": response["unit_id"]}
    refusal = write_refusal(db, coding, {"id": actor.id, "role": role})
    if refusal:  # someone else's coding of a unit, or one frozen (casebook.blindness)
        raise NotAllowed(refusal)
    return response, instrument


def _row(db: sqlite_utils.Database, event_id: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM live_events WHERE id = ?", [event_id]))
    return rows[0] if rows else None


def _public(row: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "response_uuid", "item_id", "offset_ms", "code", "subject", "observer_id")
    return {key: row[key] for key in keys} | {"voided": bool(row["voided"])}


def _audited(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in ("item_id", "offset_ms", "code", "subject", "voided")}


def _wire(event: Event) -> dict[str, Any]:
    wire = asdict(event)
    return {
        "id": wire["id"],
        "t": wire["offset_ms"],
        "code": wire["code"],
        "subject": wire["subject"],
    }


def _at(event: Event) -> str:
    return clock_text(event.offset_ms)
