"""The release rows of a live-coded meeting (an `events` item): `events`, one row per tap
in the order of the meeting clock, and `event_states`, one row per state from its start to
its stop, with its duration. Offsets are seconds from the start of the meeting clock (time
the observer paused the clock is not counted); subjects are roles, never names; the observer
is a staff pseudonym. Voided taps are not released."""

from __future__ import annotations

from typing import Any

from casebook.instruments.model import Instrument, label_text
from casebook.items.events import EVENTS, Event, clock_text


def _seconds(ms: int | None) -> float | None:
    return None if ms is None else round(ms / 1000, 3)


def event_rows(
    context: dict[str, Any], instrument: Instrument, taps: list[dict[str, Any]], staff: dict
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(events rows, event_states rows) of one response's stored taps."""
    events: list[dict[str, Any]] = []
    states: list[dict[str, Any]] = []
    for item in instrument.items():
        if item.type != "events":
            continue
        mine = [t for t in taps if t["item_id"] == item.id]
        observers = {t["id"]: staff.get(t["observer_id"]) for t in mine}
        kept = [Event(t["id"], t["offset_ms"], t["code"], t["subject"]) for t in mine]
        kept.sort(key=lambda e: (e.offset_ms, e.id))
        actions = EVENTS.actions(item, kept)
        base = {**context, "instrument": instrument.id, "version": instrument.version}
        for number, event in enumerate(kept, start=1):
            code = item.code(event.code)
            events.append(
                base
                | {
                    "item": item.id,
                    "event": number,
                    "offset_seconds": _seconds(event.offset_ms),
                    "clock": clock_text(event.offset_ms),
                    "code": event.code,
                    "label": label_text(code.label) if code else event.code,
                    "category": code.category if code else None,
                    "kind": code.kind if code else None,
                    "action": actions[event.id],
                    "subject": event.subject,
                    "observer": observers[event.id],
                }
            )
        observer = next(iter(observers.values()), None)
        for number, span in enumerate(EVENTS.spans(item, kept), start=1):
            code = item.code(span.code)
            states.append(
                base
                | {
                    "item": item.id,
                    "state": number,
                    "code": span.code,
                    "label": label_text(code.label) if code else span.code,
                    "category": code.category if code else None,
                    "subject": span.subject,
                    "observer": observer,
                    "start_seconds": _seconds(span.start_ms),
                    "stop_seconds": _seconds(span.stop_ms),
                    "duration_seconds": _seconds(span.duration_ms),
                }
            )
    return events, states
