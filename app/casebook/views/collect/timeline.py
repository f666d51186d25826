"""A coded meeting as a timeline, and corrections of its live events.

Routes
    GET  /responses/<uuid>/timeline              the meeting's events: a drawn timeline and
                                                 the same as a table; a correction form per event
    POST /responses/<uuid>/events/<event id>     correct one event (audited) or void it

Also what the form page's live panel starts from (`live_panels`)."""

from __future__ import annotations

from typing import Any

from flask import flash, redirect, render_template, request, url_for

from casebook.access import COLLECTORS, may_collect, roles
from casebook.dates import clock_offset_ms
from casebook.db import get_db
from casebook.i18n import _
from casebook.instruments.model import EventsItem, Instrument
from casebook.items.events import EVENTS, clock_text
from casebook.language import form_language, instrument_text, reading_language
from casebook.live_events import as_event, as_tapped, correct_event, event_items, events_of
from casebook.request_context import actor, current_user, load_response, study_settings
from casebook.response_errors import NotAllowed, ResponseNotFound, ResponseProblems
from casebook.views.blueprints import collect as bp
from casebook.views.collect.about import describe


def live_panels(response: dict[str, Any], instrument: Instrument) -> dict[str, dict[str, Any]]:
    """Item id -> what the form page's live panel shows: the taps stored so far (as the
    device sent them), the roles an event may concern and the codes by category."""
    items = event_items(instrument)
    if not items:
        return {}
    settings = study_settings()
    language = form_language(instrument)
    stored = bool(response.get("uuid")) and (response.get("revision") or 0) > 0
    panels = {}
    for item_id, item in items.items():
        text = instrument_text(instrument, language)
        panels[item_id] = {
            "taps": as_tapped(get_db(), response["uuid"], item_id) if stored else "[]",
            "subjects": [
                (role, settings.role_label(role, language))
                for role in EVENTS.subjects(item, settings.role_ids)
            ],
            "groups": _groups(item, text),
        }
    return panels


def _groups(item: EventsItem, text: Any) -> list[tuple[str, list[dict[str, Any]]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for event in item.events:
        groups.setdefault(event.category or "", []).append(
            {
                "code": event.code,
                "label": text(event.label),
                "kind": event.kind,
                "key": event.key or "",
                "subject": event.subject,
            }
        )
    return list(groups.items())


@bp.route("/responses/<response_uuid>/timeline")
@roles(*COLLECTORS)
def timeline(response_uuid: str) -> Any:
    response, instrument = load_response(response_uuid)
    db = get_db()
    every = events_of(db, response["uuid"], include_voided=True)
    text = instrument_text(instrument, reading_language())
    settings = study_settings()
    meetings = []
    for item_id, item in event_items(instrument).items():
        rows = [row for row in every if row["item_id"] == item_id]
        kept = [as_event(row) for row in rows if not row["voided"]]
        actions = EVENTS.actions(item, kept)
        spans = EVENTS.spans(item, kept)
        end = max([e.offset_ms for e in kept] or [0]) or 1
        meetings.append(
            {
                "item": item,
                "label": text(item.label),
                "rows": [
                    row
                    | {
                        "at": clock_text(row["offset_ms"]),
                        "label": text(item.code(row["code"]).label),
                        "action": actions.get(row["id"], ""),
                        "role": settings.role_label(row["subject"], reading_language())
                        if row["subject"]
                        else "",
                    }
                    for row in rows
                ],
                "spans": [
                    {
                        "span": span,
                        "label": text(item.code(span.code).label),
                        "left": 100 * span.start_ms / end,
                        "width": 100 * ((span.stop_ms or end) - span.start_ms) / end,
                    }
                    for span in spans
                ],
                "points": [
                    {"left": 100 * e.offset_ms / end, "label": text(item.code(e.code).label)}
                    for e in kept
                    if actions[e.id] == "point"
                ],
                "codes": [(e.code, text(e.label)) for e in item.events],
                "roles": [
                    (r, settings.role_label(r)) for r in EVENTS.subjects(item, settings.role_ids)
                ],
                "end": clock_text(end),
            }
        )
    return render_template(
        "casebook/collect/timeline.html",
        meetings=meetings,
        may_correct=may_collect(current_user()["role"], instrument.kind),
        clock_text=clock_text,
        **describe(response, instrument),
    )


@bp.route("/responses/<response_uuid>/events/<event_id>", methods=["POST"])
@roles(*COLLECTORS)
def correct(response_uuid: str, event_id: str) -> Any:
    response, _instrument = load_response(response_uuid)
    db = get_db()
    if not any(row["id"] == event_id for row in events_of(db, response["uuid"], True)):
        flash(_("There is no such event in this response."))
        return redirect(url_for(".timeline", response_uuid=response["uuid"]))
    changes: dict[str, Any] = {"voided": request.form.get("voided") == "1"}
    offset = clock_offset_ms(request.form.get("offset", ""))
    if offset is None:
        flash(_("Write the time as minutes:seconds, e.g. 12:05 (or h:mm:ss)."))
        return redirect(url_for(".timeline", response_uuid=response["uuid"]))
    changes["offset_ms"] = offset
    changes["code"] = request.form.get("code", "")
    changes["subject"] = request.form.get("subject") or None
    try:
        correct_event(
            db, event_id, changes, actor(), current_user()["role"], study_settings().role_ids
        )
    except ResponseProblems as problems:
        flash("; ".join(m for messages in problems.problems.values() for m in messages))
    except (NotAllowed, ResponseNotFound) as error:
        flash(str(error))
    else:
        flash(_("The event is corrected; its history keeps what it was."))
    return redirect(url_for(".timeline", response_uuid=response["uuid"]))
