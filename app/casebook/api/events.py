"""Live events in the JSON API: a device or script sends the taps of a meeting coded live
(an `events` item) and reads back what is stored. The same service as the form page's
autosave (`casebook.live_events`): each tap is stored once under the id the device gave it,
a resend changes nothing, one bad tap never holds back the others, and rights follow the
stored response (its kind, and for a coding of a unit its coder and whether the unit is open)."""

from __future__ import annotations

from typing import Any

from casebook.access import COLLECTORS, roles
from casebook.api.auth import current_role
from casebook.api.blueprint import bp
from casebook.api.body import json_body
from casebook.api.errors import ApiError, detail, invalid
from casebook.db import get_db
from casebook.live_events import append_events, events_of
from casebook.request_context import actor, load_response, study_settings
from casebook.responses import NotAllowed


@bp.route("/responses/<response_uuid>/events", methods=["POST"])
@roles(*COLLECTORS)
def post_events(response_uuid: str) -> Any:
    """Append taps: `{"events": {"<item id>": [{"id", "t", "code", "subject"}]}}` -> 200 with
    how many were new, the refused ones by item with their reasons, and the stored events."""
    body = json_body()
    unknown = sorted(set(body) - {"events"})
    batches = body.get("events")
    problems = [detail(name, "unknown field") for name in unknown]
    if not isinstance(batches, dict) or not batches:
        problems.append(detail("events", "expected an object of item id to a list of taps"))
    if problems:
        raise invalid(problems)
    response, _instrument = load_response(response_uuid)
    db = get_db()
    try:
        result = append_events(
            db, response["uuid"], batches, actor(), current_role(), study_settings().role_ids
        )
    except NotAllowed as error:  # someone else's coding of a unit, one frozen, or discarded
        raise ApiError(403, "forbidden", f"{str(error).capitalize()}.") from None
    return {
        "added": result.added,
        "rejected": result.rejected,
        "events": events_of(db, response["uuid"]),
    }


@bp.route("/responses/<response_uuid>/events", methods=["GET"])
@roles(*COLLECTORS)
def get_events(response_uuid: str) -> Any:
    """The stored events of a response the account may read, by offset (voided ones left out)."""
    response, _instrument = load_response(response_uuid)
    return events_of(get_db(), response["uuid"])
