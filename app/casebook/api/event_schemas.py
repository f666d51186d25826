"""The OpenAPI paths and schemas of live events (`casebook.api.events`)."""

from __future__ import annotations

from typing import Any

from casebook.api.schema import ID, TEXT, nullable, object_schema, ref
from casebook.items.events import LONGEST_MS


def event_schemas() -> dict[str, Any]:
    tap = {
        "id": {"type": "string", "description": "the UUID the device gave the tap"},
        "t": {
            "type": "integer",
            "description": "milliseconds from the start of the meeting clock",
        },
        "code": TEXT,
        "subject": nullable(TEXT),
    }
    event = {
        "id": TEXT,
        "response_uuid": TEXT,
        "item_id": TEXT,
        "offset_ms": {"type": "integer", "minimum": 0, "maximum": LONGEST_MS},
        "code": TEXT,
        "subject": nullable(TEXT),
        "observer_id": nullable(ID),
        "voided": {"type": "boolean"},
    }
    messages = {"type": "array", "items": TEXT}
    return {
        "Tap": {"type": "object", "properties": tap, "required": ["id", "t", "code"]},
        "EventsInput": object_schema(
            {
                "events": {
                    "type": "object",
                    "description": "item id -> the taps of that live coding item",
                    "additionalProperties": {"type": "array", "items": ref("Tap")},
                    "minProperties": 1,
                }
            },
            ["events"],
        ),
        "Event": object_schema(event, list(event)),
        "EventsAppended": object_schema(
            {
                "added": {"type": "integer", "minimum": 0},
                "rejected": {"type": "object", "additionalProperties": messages},
                "events": {"type": "array", "items": ref("Event")},
            },
            ["added", "rejected", "events"],
        ),
    }


def event_paths(ok: Any, read: Any, body: Any, errors: Any, uuid: Any) -> dict[str, Any]:
    """The paths, built with `casebook.api.paths`' helpers (passed in: no import cycle)."""
    return {
        "/responses/{uuid}/events": {
            "get": {
                "operationId": "listEvents",
                "summary": "The live events stored for a response, by offset.",
                "parameters": [uuid],
                "responses": read("The events.", {"type": "array", "items": ref("Event")}),
            },
            "post": {
                "operationId": "appendEvents",
                "summary": "Append live taps; a resend changes nothing.",
                "description": "Each valid new tap is stored once under its id; each bad one "
                "is listed in `rejected` under its item with the reason, and the others are "
                "kept. A tap whose id was stored with other content is refused, never "
                "replaces the stored one.",
                "parameters": [uuid],
                "requestBody": body("EventsInput"),
                "responses": {"200": ok("Appended.", ref("EventsAppended")), **errors},
            },
        }
    }
