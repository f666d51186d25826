"""The component schemas of the OpenAPI document: error bodies, instruments, cases, places,
participants and responses, with the exact `answers` schema of every registered version
(`Answers.<id>.v<n>`, `ResponseInput.<id>.v<n>`)."""

from __future__ import annotations

from typing import Any

from casebook.api.answer_schemas import ITEM_TYPE_SHAPES, answers_schema
from casebook.api.event_schemas import event_schemas
from casebook.api.instrument_document import instrument_schemas
from casebook.api.schema import (
    CASE_REF,
    ID,
    STAMP,
    TEXT,
    nullable,
    object_schema,
    ref,
)
from casebook.api.unit_schemas import unit_schemas
from casebook.dates import DATE_PATTERN
from casebook.instruments.model import Instrument
from casebook.responses import ALL_STATUSES, STATUSES

Schemas = dict[str, Any]
NAMES = {"type": "array", "items": {"type": "string", "maxLength": 200}, "maxItems": 200}
# What a request may send: each name at least two letters (names stored before this rule
# may be shorter, so answers use NAMES).
NEW_NAMES = {
    "type": "array",
    "items": {"type": "string", "minLength": 2, "maxLength": 200},
    "maxItems": 200,
    "description": "other names and nicknames, each with at least two letters",
}


def component_schemas(instruments: list[Instrument]) -> Schemas:
    """Every schema of `components.schemas`, for these registered versions."""
    return {
        **_error_schemas(),
        **instrument_schemas(),
        **_case_and_place_schemas(),
        **_participant_schemas(),
        **_answer_schemas(),
        **_response_schemas(instruments),
        **event_schemas(),
        **unit_schemas(),
    }


def _error_schemas() -> Schemas:
    detail = object_schema(
        {
            "field": {"type": "string", "description": "a field of the request body"},
            "item": {"type": "string", "description": "the top-level item id of an answer"},
            "path": {
                "type": "string",
                "description": "where in the answer, e.g. `attendees[0].role`",
            },
            "message": TEXT,
        },
        ["message"],
        description="One problem: `field` for the request's own fields, `item` and `path` "
        "for answers.",
    )
    error = object_schema(
        {"code": TEXT, "message": TEXT, "details": {"type": "array", "items": ref("ErrorDetail")}},
        ["code", "message", "details"],
    )

    def conflict(current: str) -> Schemas:
        return object_schema({"error": error, "current": ref(current)}, ["error", "current"])

    return {
        "ErrorDetail": detail,
        "Error": object_schema({"error": error}, ["error"]),
        "ResponseConflict": conflict("Response"),
        "CaseConflict": conflict("Case"),
        "PlaceConflict": conflict("Place"),
    }


def _case_and_place_schemas() -> Schemas:
    code = {
        "type": "string",
        "minLength": 1,
        "maxLength": 20,
        "description": "short and not identifying, e.g. RG01",
    }
    place_name = {
        "type": "string",
        "minLength": 1,
        "maxLength": 200,
        "description": "a clinic, ward or village that identifies people",
    }
    count = {"type": "integer", "minimum": 0}
    return {
        "CaseInput": object_schema(
            {"code": code, "label": {"type": ["string", "null"], "maxLength": 200}}, ["code"]
        ),
        "Case": object_schema(
            {"id": ID, "code": TEXT, "label": TEXT, "created_at": STAMP, "participants": count},
            ["id", "code", "label", "created_at", "participants"],
        ),
        "PlaceInput": object_schema({"name": place_name, "aliases": NEW_NAMES}, ["name"]),
        "Place": object_schema(
            {"id": ID, "name": TEXT, "aliases": NAMES, "created_at": STAMP},
            ["id", "name", "aliases", "created_at"],
        ),
    }


def _participant_schemas() -> Schemas:
    name = {"type": "string", "minLength": 1, "maxLength": 200}
    relation = {"type": ["string", "null"], "maxLength": 200}
    contact_input = object_schema(
        {"name": name, "relation": relation, "aliases": NEW_NAMES}, ["name"]
    )
    contact = object_schema(
        {"id": ID, "name": TEXT, "relation": TEXT, "aliases": NAMES},
        ["id", "name", "relation", "aliases"],
    )
    fields = {
        "role": {"type": "string", "description": "a role id from study.yaml"},
        "name": name,
        "aliases": NAMES,
        "phone": {"type": ["string", "null"], "maxLength": 40},
        "email": {"type": ["string", "null"], "maxLength": 200},
        "birth_year": {"type": ["integer", "null"]},
        "gender": {"type": ["string", "null"], "maxLength": 40},
        "consent_date": {"type": ["string", "null"], "format": "date", "pattern": DATE_PATTERN},
        "consent_version": {"type": ["string", "null"], "maxLength": 100},
    }
    participant_input = object_schema(
        {
            "case": CASE_REF,
            **fields,
            "aliases": NEW_NAMES,
            "contacts": {"type": "array", "items": ref("ContactInput"), "maxItems": 200},
        },
        ["case", "role", "name"],
        description="Contacts are people the participant talks about who are not "
        "participants; every name and alias is redacted from a data release.",
    )
    participant = object_schema(
        {
            "id": ID,
            "case": ID,
            **fields,
            "created_at": STAMP,
            "contacts": {"type": "array", "items": ref("Contact")},
        },
        [
            "id",
            "case",
            "role",
            "name",
            "aliases",
            "consent_date",
            "consent_version",
            "created_at",
            "contacts",
        ],
    )
    patch = "Only the fields sent change; each change is audited."
    return {
        "ContactInput": contact_input,
        "Contact": contact,
        "ContactPatch": object_schema(
            {"name": name, "relation": relation, "aliases": NEW_NAMES}, [], description=patch
        ),
        "ParticipantInput": participant_input,
        "Participant": participant,
        "ParticipantPatch": object_schema(
            {"name": name, "aliases": NEW_NAMES}, [], description=patch
        ),
    }


def _answer_schemas() -> Schemas:
    shapes = {f"{kind.capitalize()}Answer": shape for kind, shape in ITEM_TYPE_SHAPES.items()}
    return {
        **shapes,
        "AnswerValue": {
            "description": "The answer to one item; its shape depends on the item's type "
            "(see the `<Type>Answer` schemas and each version's `Answers.<id>.v<n>`). `null`, "
            '"", [] and {} leave the item unanswered.',
            "anyOf": [ref(name) for name in shapes] + [{"type": "null"}],
        },
        "Answers": {
            "type": "object",
            "description": "item id -> answer. The exact schema of each registered version "
            "is `Answers.<id>.v<n>` (also `answers_schema` of GET /instruments/{id}/{version}).",
            "additionalProperties": ref("AnswerValue"),
        },
    }


def _response_schemas(instruments: list[Instrument]) -> Schemas:
    summary = {
        "uuid": {"type": "string", "format": "uuid"},
        "instrument": TEXT,
        "version": ID,
        "case": ID,
        "participant": nullable(ID),
        "wave": TEXT,
        "date": {"type": ["string", "null"], "description": "YYYY-MM-DD"},
        "status": {
            "enum": list(ALL_STATUSES),
            "description": "a discarded response is kept but never published; restore it "
            "(on its page) before changing it",
        },
        "revision": ID,
        "collector_id": ID,
        "created_at": STAMP,
        "updated_at": STAMP,
        "completed_at": {"type": ["string", "null"]},
        "unit": {**nullable(ID), "description": "the unit of coding it codes, if any"},
        "consensus": {
            "type": "boolean",
            "description": "the reconciled coding of its unit, published instead of the "
            "coders' own",
        },
    }
    schemas: Schemas = {
        "Response": object_schema({**summary, "answers": ref("Answers")}, [*summary, "answers"]),
        "ResponseSummary": object_schema(summary, list(summary)),
    }
    variants = []
    for instrument in instruments:
        name = f"{instrument.id}.v{instrument.version}"
        answers = answers_schema(instrument)
        answers.pop("$schema")
        schemas[f"Answers.{name}"] = answers
        schemas[f"ResponseInput.{name}"] = _response_input(instrument, ref(f"Answers.{name}"))
        variants.append(ref(f"ResponseInput.{name}"))
    schemas["ResponseInput"] = {
        "description": "A response to one registered instrument version. `revision` is the "
        "stored revision the change is based on: omit it when creating. The read-only fields "
        "of a GET (uuid, collector_id, created_at, updated_at, completed_at) may be sent "
        "back and are ignored.",
        **({"oneOf": variants} if variants else _response_input(None, ref("Answers"))),
    }
    return schemas


def _response_input(instrument: Instrument | None, answers: dict[str, Any]) -> Schemas:
    properties: Schemas = {
        "instrument": {"type": "string"},
        "version": ID,
        "case": CASE_REF,
        "participant": nullable(ID),
        "wave": {"type": "string"},
        "date": nullable({"type": "string", "format": "date", "pattern": DATE_PATTERN}),
        "status": {"enum": list(STATUSES), "default": "draft"},
        "answers": answers,
        "revision": nullable(ID),
        "unit": {
            **nullable(ID),
            "description": "the unit of coding (a meeting, other material) this codes; the "
            "coder must be assigned to it, and sees no other coder's response on it until "
            "every assigned coder has completed",
        },
        "start_anyway": {
            "type": "boolean",
            "default": False,
            "description": "create this response even though one was started for the same "
            "case, date and wave (observations and codings only; see 409 `duplicate`)",
        },
    }
    required = ["instrument", "version", "case", "wave"]
    if instrument is not None:
        properties["instrument"] = {"const": instrument.id}
        properties["version"] = {"const": instrument.version}
        properties["wave"] = {"enum": list(instrument.waves)}
        if instrument.about_participant:
            properties["participant"] = ID
            required.append("participant")
        else:
            properties["participant"] = {"type": "null"}
    return object_schema(properties, required)
