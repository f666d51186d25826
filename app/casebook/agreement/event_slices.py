"""Agreement between two observers of one live-coded meeting, over time slices (as BORIS
computes it): the meeting clock is cut into slices of a set width, and for every code of the
scheme each observer's slice is 1 when the code occurred in it (a point event inside it, or a
state on during any part of it) and 0 when not. Each (code, slice) is then one unit coded
nominally by each observer, and the agreement figures are computed from these `Rating`s like
any other.

- item: "events:<code>"; unit: "slice:<meeting>:<slice index, 4 digits>"; coder: the
  observer's user id; value: 1 or 0.
- A meeting is its unit of coding when the observations code one (`session:<unit id>`,
  casebook.coding_units), else the observations of one case in one wave on one date
  (`meeting_key`); only meetings observed more than once give ratings, and a unit's
  consensus is never one of its observers.
- The slices cover the meeting up to the latest event of either observer; a state still on at
  the end lasts until then. Voided taps do not count; codes with a subject count whoever
  they concern. Only complete observations count (drafts may still change), and none of a
  unit still blind (casebook.blindness)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import sqlite_utils

from casebook.agreement.ratings import Rating, RatingSource
from casebook.blindness import sealed_sql
from casebook.instruments.model import EventsItem
from casebook.instruments.registry import get_instrument
from casebook.items.events import EVENTS, Event

DEFAULT_WIDTH_SECONDS = 10.0


def meeting_key(response: dict[str, Any]) -> str:
    """What makes two observations observations of the same meeting: their unit of coding,
    or without one the case, the wave and the date observed."""
    if response.get("unit_id") is not None:
        return f"session:{response['unit_id']}"
    return f"{response['case_id']}/{response['wave_id']}/{response['date'] or ''}"


def presence(
    item: EventsItem, events: Iterable[Event], width_ms: int, slices: int
) -> dict[str, list[int]]:
    """Code -> 1/0 per slice: whether the code occurred in each slice [k*w, (k+1)*w)."""
    found = {code.code: [0] * slices for code in item.events}
    kept = list(events)
    end = slices * width_ms
    for span in EVENTS.spans(item, kept):
        stop = span.stop_ms if span.stop_ms is not None else end
        first = span.start_ms // width_ms
        last = max(first, math.ceil(stop / width_ms) - 1)  # a state touching a slice's start
        for index in range(first, min(last, slices - 1) + 1):
            found[span.code][index] = 1
    states = {code.code for code in item.events if code.kind == "state"}
    for event in kept:
        if event.code not in states and event.code in found:
            found[event.code][min(event.offset_ms // width_ms, slices - 1)] = 1
    return found


def slice_ratings(width_seconds: float = DEFAULT_WIDTH_SECONDS) -> RatingSource:
    """A RatingSource cutting every doubly observed, live-coded meeting into slices of
    `width_seconds`."""
    width_ms = round(width_seconds * 1000)
    if width_ms <= 0:
        raise ValueError("a slice must last longer than zero seconds")

    def source(db: sqlite_utils.Database) -> Iterator[Rating]:
        for observations in _meetings(db):
            yield from _meeting_ratings(db, observations, width_ms)

    return source


def _meetings(db: sqlite_utils.Database) -> Iterator[list[dict[str, Any]]]:
    if not db["live_events"].exists():
        return
    rows = db.query(
        "SELECT * FROM responses r WHERE status = 'complete' AND consensus = 0 AND uuid IN"
        f" (SELECT response_uuid FROM live_events WHERE voided = 0) AND NOT {sealed_sql('r')}"
        " ORDER BY created_at, uuid"
    )
    meetings: dict[tuple[str, int, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        meetings[(row["instrument_id"], row["version"], meeting_key(row))].append(row)
    for key in sorted(meetings):
        if len(meetings[key]) > 1:
            yield meetings[key]


def _meeting_ratings(
    db: sqlite_utils.Database, observations: list[dict[str, Any]], width_ms: int
) -> Iterator[Rating]:
    first = observations[0]
    instrument = get_instrument(db, first["instrument_id"], first["version"])
    meeting = meeting_key(first)
    for item in instrument.items():
        if item.type != "events":
            continue
        taps = {row["uuid"]: _events(db, row["uuid"], item.id) for row in observations}
        latest = max((e.offset_ms for events in taps.values() for e in events), default=0)
        slices = max(1, math.ceil((latest + 1) / width_ms))
        for row in observations:
            found = presence(item, taps[row["uuid"]], width_ms, slices)
            for code, values in found.items():
                for index, value in enumerate(values):
                    yield Rating(
                        instrument=instrument.id,
                        item=f"events:{code}",
                        level="nominal",
                        wave=row["wave_id"],
                        unit=f"slice:{meeting}:{index:04d}",
                        coder=str(row["collector_id"]),
                        value=value,
                    )


def _events(db: sqlite_utils.Database, response_uuid: str, item_id: str) -> list[Event]:
    rows = db.query(
        "SELECT id, offset_ms, code, subject FROM live_events"
        " WHERE response_uuid = ? AND item_id = ? AND voided = 0 ORDER BY offset_ms, id",
        [response_uuid, item_id],
    )
    return [Event(r["id"], r["offset_ms"], r["code"], r["subject"]) for r in rows]


EVENT_SLICES: RatingSource = slice_ratings()
