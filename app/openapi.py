"""The OpenAPI 3.1 document of the JSON API v1, built in code, and the API's view of an
instrument version.

Answer shapes come from the instrument model: `value_schema` turns one item of a registered
version into the JSON Schema of its answer (choices, ranges, rows and probes included), so the
document carries an exact `answers` schema per registered version (`Answers.<id>.v<n>`) and
`GET /instruments/<id>/<version>` returns the same schema as `answers_schema`. The generic
shape of each item type (`ITEM_TYPE_SHAPES`) documents what the checks in
app/instruments/answers.py accept, for clients that do not read the per-version schemas."""

from __future__ import annotations

from typing import Any

from app.instruments.answers import NOT_OBSERVED
from app.instruments.model import ITEM_TYPES, Instrument, Scale, label_text
from app.responses import STATUSES

JSON_SCHEMA = "https://json-schema.org/draft/2020-12/schema"
TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
MAX_ID = 2**63 - 1  # SQLite's largest integer: a bigger id can match nothing


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


# --- answers, generated from the instrument model -------------------------------------------------


def scale_schema(scale: Scale) -> dict[str, Any]:
    number = {"type": "integer", "minimum": scale.min, "maximum": scale.max}
    if not scale.not_observed:
        return number
    return {"anyOf": [number, {"const": NOT_OBSERVED}]}


def value_schema(instrument: Instrument, item: Any) -> dict[str, Any]:
    """The JSON Schema of the answer to one item of this instrument version."""
    kind = item.type
    if kind in ("text", "longtext"):
        schema: dict[str, Any] = {"type": "string"}
        if item.max_length:
            schema["maxLength"] = item.max_length
        return schema
    if kind == "number":
        schema = {"type": "number" if item.decimal else "integer"}
        if item.min is not None:
            schema["minimum"] = item.min
        if item.max is not None:
            schema["maximum"] = item.max
        return schema
    if kind == "date":
        return {"type": "string", "format": "date", "pattern": DATE_PATTERN}
    if kind == "time":
        return {"type": "string", "pattern": TIME_PATTERN}
    if kind == "duration":
        schema = {"type": "integer", "minimum": 0, "description": "minutes"}
        if item.max is not None:
            schema["maximum"] = item.max
        return schema
    if kind == "boolean":
        return {"type": "boolean"}
    if kind in ("choice", "multichoice"):
        values = [c.value for c in instrument.choices_for(item)]
        one = {"type": "string", "enum": values}
        if kind == "choice":
            return one
        return {"type": "array", "items": one, "uniqueItems": True}
    if kind == "scale":
        return scale_schema(instrument.scale_for(item))
    if kind == "checklist":
        row = {"score": scale_schema(instrument.scale_for(item))}
        if item.evidence:
            row["evidence"] = {"type": "string"}
        return {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                r.id: {"type": "object", "additionalProperties": False, "properties": row}
                for r in item.rows
            },
        }
    if kind == "topic":
        probes: dict[str, Any] = {"type": "object", "additionalProperties": False}
        if item.probe_ticks:
            probes["properties"] = {p.id: {"type": "boolean"} for p in item.probes}
        else:
            probes["maxProperties"] = 0
        return {
            "type": "object",
            "additionalProperties": False,
            "properties": {"covered": {"type": "boolean"}, "notes": {"type": "string"},
                           "probes": probes},  # fmt: skip
        }
    if kind == "repeat":
        entry = {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                sub.id: nullable(value_schema(instrument, sub))
                for sub in item.items
                if sub.type != "note"
            },
        }
        schema = {"type": "array", "items": entry}
        if item.max is not None:
            schema["maxItems"] = item.max
        return schema
    raise ValueError(f"no answer shape for item type {kind!r}")  # notes take no answer


def answers_schema(instrument: Instrument) -> dict[str, Any]:
    """The JSON Schema of the `answers` object of one instrument version. `null` leaves an
    item unanswered; required items, `show_if` and `constraint` are checked by the server
    (see the items' `required`, `show_if` and `constraint`)."""
    properties: dict[str, Any] = {}
    for item in instrument.items():
        if item.type == "note":
            continue
        schema = value_schema(instrument, item)
        schema["title"] = label_text(item.label)
        properties[item.id] = nullable(schema)
        if getattr(item, "other", False):
            properties[item.other_id] = nullable(
                {"type": "string", "title": f"{label_text(item.label)}: other, please specify"}
            )
    return {
        "$schema": JSON_SCHEMA,
        "title": f"Answers to {instrument.id} v{instrument.version}",
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
    }


def _generic_shapes() -> dict[str, dict[str, Any]]:
    scale = {"anyOf": [{"type": "integer"}, {"const": NOT_OBSERVED}],
             "description": 'a whole number on the item\'s scale, or "not_observed" where the '
                            "scale offers it"}  # fmt: skip
    text = {"type": "string"}
    shapes = {
        "topic": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "covered": {"type": "boolean"},
                "notes": text,
                "probes": {"type": "object", "additionalProperties": {"type": "boolean"},
                           "description": "probe id -> ticked (when the topic has probe ticks)"},
            },  # fmt: skip
        },
        "text": text,
        "longtext": text,
        "number": {"type": "number"},
        "date": {"type": "string", "pattern": DATE_PATTERN, "description": "YYYY-MM-DD"},
        "time": {"type": "string", "pattern": TIME_PATTERN, "description": "HH:MM, 24-hour"},
        "duration": {"type": "integer", "minimum": 0, "description": "whole minutes"},
        "boolean": {"type": "boolean"},
        "choice": {"type": "string", "description": "one choice value; with `other`, the "
                   "text goes in the answer `<item id>_other`"},  # fmt: skip
        "multichoice": {"type": "array", "items": text, "uniqueItems": True},
        "scale": scale,
        "checklist": {
            "type": "object",
            "description": "row id -> {score, evidence}",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"score": scale, "evidence": text},
            },
        },
        "repeat": {"type": "array", "description": "one object per entry, keyed by sub-item id",
                   "items": {"type": "object"}},  # fmt: skip
    }
    assert set(shapes) | {"note"} == set(ITEM_TYPES)
    return shapes


ITEM_TYPE_SHAPES = _generic_shapes()


# --- the API's view of an instrument version ------------------------------------------------------


def _item(instrument: Instrument, item: Any) -> dict[str, Any]:
    """Every field of the item (defaults included), with choice lists and scales resolved,
    the derived `other_id`, and `deid` as the policy a release applies."""
    data = item.model_dump(mode="json")
    if item.type == "note":
        data.update(required=False, show_if=None, identifier=False, deid=None)
        return data
    data["deid"] = item.release_policy()
    if "choices" in data:
        data["choices"] = [c.model_dump(mode="json") for c in instrument.choices_for(item)]
        data["other_id"] = item.other_id if item.other else None
    if "scale" in data:
        data["scale"] = instrument.scale_for(item).model_dump(mode="json")
    if item.type == "repeat":
        data["items"] = [_item(instrument, sub) for sub in item.items]
    return data


def instrument_document(instrument: Instrument, digest: str) -> dict[str, Any]:
    """What GET /instruments/<id>/<version> returns."""
    return {
        "id": instrument.id,
        "version": instrument.version,
        "kind": instrument.kind,
        "title": instrument.title,
        "description": instrument.description,
        "hash": digest,
        "roles": instrument.roles,
        "waves": instrument.waves,
        "languages": instrument.languages,
        "sections": [
            {
                "id": section.id,
                "title": section.title,
                "help": section.help,
                "show_if": section.show_if,
                "items": [_item(instrument, item) for item in section.items],
            }
            for section in instrument.sections
        ],
        "answers_schema": answers_schema(instrument),
    }


# --- component schemas ----------------------------------------------------------------------------

LABEL = {
    "anyOf": [
        {"type": "string"},
        {"type": "object", "additionalProperties": {"type": "string"},
         "description": "language code -> text"},
    ]
}  # fmt: skip
ID = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
TEXT = {"type": "string"}
STAMP = {"type": "string", "description": "UTC, ISO 8601 with microseconds"}
CASE_REF = {
    "anyOf": [ID, {"type": "string", "minLength": 1}],
    "description": "the case's id (a number) or its code (text)",
}


def _object(properties: dict[str, Any], required: list[str] | None = None,
            **extra: Any) -> dict[str, Any]:  # fmt: skip
    schema = {"type": "object", "additionalProperties": False, "properties": properties}
    if required:
        schema["required"] = required
    schema.update(extra)
    return schema


def _schemas(instruments: list[Instrument]) -> dict[str, Any]:
    detail = _object(
        {
            "field": {"type": "string", "description": "a field of the request body"},
            "item": {"type": "string", "description": "the top-level item id of an answer"},
            "path": {"type": "string",
                     "description": "where in the answer, e.g. `attendees[0].role`"},
            "message": TEXT,
        },  # fmt: skip
        ["message"],
        description="One problem: `field` for the request's own fields, `item` and `path` "
        "for answers.",
    )
    error_object = _object(
        {"code": TEXT, "message": TEXT, "details": {"type": "array", "items": ref("ErrorDetail")}},
        ["code", "message", "details"],
    )
    case = _object(
        {"id": ID, "code": TEXT, "label": TEXT, "created_at": STAMP,
         "participants": {"type": "integer", "minimum": 0}},
        ["id", "code", "label", "created_at", "participants"],
    )  # fmt: skip
    names = {"type": "array", "items": {"type": "string", "maxLength": 200}, "maxItems": 200}
    contact_input = _object(
        {"name": {"type": "string", "minLength": 1, "maxLength": 200},
         "relation": {"type": ["string", "null"], "maxLength": 200}, "aliases": names},
        ["name"],
    )  # fmt: skip
    contact = _object({"id": ID, "name": TEXT, "relation": TEXT, "aliases": names},
                      ["id", "name", "relation", "aliases"])  # fmt: skip
    participant_props = {
        "role": {"type": "string", "description": "a role id from study.yaml"},
        "name": {"type": "string", "minLength": 1, "maxLength": 200},
        "aliases": names,
        "phone": {"type": ["string", "null"], "maxLength": 40},
        "email": {"type": ["string", "null"], "maxLength": 200},
        "birth_year": {"type": ["integer", "null"]},
        "gender": {"type": ["string", "null"], "maxLength": 40},
        "consent_date": {"type": ["string", "null"], "format": "date",
                         "pattern": DATE_PATTERN},  # fmt: skip
        "consent_version": {"type": ["string", "null"], "maxLength": 100},
    }
    participant_input = _object(
        {"case": CASE_REF, **participant_props,
         "contacts": {"type": "array", "items": ref("ContactInput"), "maxItems": 200}},
        ["case", "role", "name"],
        description="Contacts are people the participant talks about who are not "
        "participants; every name and alias is redacted from a data release.",
    )  # fmt: skip
    participant = _object(
        {"id": ID, "case": ID, **participant_props, "created_at": STAMP,
         "contacts": {"type": "array", "items": ref("Contact")}},
        ["id", "case", "role", "name", "aliases", "consent_date", "consent_version",
         "created_at", "contacts"],
    )  # fmt: skip
    summary_props = {
        "uuid": {"type": "string", "format": "uuid"},
        "instrument": TEXT,
        "version": ID,
        "case": ID,
        "participant": nullable(ID),
        "wave": TEXT,
        "date": {"type": ["string", "null"], "description": "YYYY-MM-DD"},
        "status": {"enum": list(STATUSES)},
        "revision": ID,
        "collector_id": ID,
        "created_at": STAMP,
        "updated_at": STAMP,
        "completed_at": {"type": ["string", "null"]},
    }
    response = _object({**summary_props, "answers": ref("Answers")},
                       [*summary_props, "answers"])  # fmt: skip
    summary = _object(summary_props, list(summary_props))
    shapes = {f"{kind.capitalize()}Answer": shape for kind, shape in ITEM_TYPE_SHAPES.items()}
    schemas: dict[str, Any] = {
        "ErrorDetail": detail,
        "Error": _object({"error": error_object}, ["error"]),
        "ResponseConflict": _object({"error": error_object, "current": ref("Response")},
                                    ["error", "current"]),  # fmt: skip
        "CaseConflict": _object({"error": error_object, "current": ref("Case")},
                                ["error", "current"]),  # fmt: skip
        "Label": LABEL,
        "InstrumentSummary": _object(
            {"id": TEXT, "version": ID, "kind": {"enum": ["interview", "observation", "coding"]},
             "title": TEXT, "hash": {"type": "string", "pattern": "^[0-9a-f]{64}$"}},
            ["id", "version", "kind", "title", "hash"],
        ),  # fmt: skip
        "Instrument": _instrument_schema(),
        "Item": _item_schema(),
        "CaseInput": _object(
            {"code": {"type": "string", "minLength": 1, "maxLength": 20,
                      "description": "short and not identifying, e.g. RG01"},
             "label": {"type": ["string", "null"], "maxLength": 200}},
            ["code"],
        ),  # fmt: skip
        "Case": case,
        "PlaceInput": _object(
            {"name": {"type": "string", "minLength": 1, "maxLength": 200,
                      "description": "a clinic, ward or village that identifies people"},
             "aliases": names},
            ["name"],
        ),  # fmt: skip
        "Place": _object({"id": ID, "name": TEXT, "aliases": names, "created_at": STAMP},
                         ["id", "name", "aliases", "created_at"]),  # fmt: skip
        "PlaceConflict": _object({"error": error_object, "current": ref("Place")},
                                 ["error", "current"]),  # fmt: skip
        "ContactInput": contact_input,
        "Contact": contact,
        "ParticipantInput": participant_input,
        "Participant": participant,
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
        "Response": response,
        "ResponseSummary": summary,
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


def _response_input(instrument: Instrument | None, answers: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "instrument": {"type": "string"},
        "version": ID,
        "case": CASE_REF,
        "participant": nullable(ID),
        "wave": {"type": "string"},
        "date": nullable({"type": "string", "format": "date", "pattern": DATE_PATTERN}),
        "status": {"enum": list(STATUSES), "default": "draft"},
        "answers": answers,
        "revision": nullable(ID),
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
    return _object(properties, required)


def _instrument_schema() -> dict[str, Any]:
    section = _object(
        {"id": TEXT, "title": ref("Label"), "help": nullable(ref("Label")),
         "show_if": {"type": ["string", "null"]},
         "items": {"type": "array", "items": ref("Item")}},
        ["id", "title", "items"],
    )  # fmt: skip
    return _object(
        {
            "id": TEXT,
            "version": ID,
            "kind": {"enum": ["interview", "observation", "coding"]},
            "title": ref("Label"),
            "description": nullable(ref("Label")),
            "hash": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "roles": {"type": "array", "items": TEXT,
                      "description": "participant roles (study.yaml) an interview is for"},
            "waves": {"type": "array", "items": TEXT},
            "languages": {"type": "array", "items": TEXT},
            "sections": {"type": "array", "items": section},
            "answers_schema": {"type": "object",
                               "description": "JSON Schema of this version's answers"},
        },  # fmt: skip
        ["id", "version", "kind", "title", "hash", "roles", "waves", "sections",
         "answers_schema"],
    )  # fmt: skip


def _item_schema() -> dict[str, Any]:
    choice = _object({"value": TEXT, "label": ref("Label")}, ["value", "label"])
    return {
        "type": "object",
        "description": "Every field of the item as in docs/instruments.md, with named choice "
        "lists and scales resolved; `deid` is the policy a data release applies.",
        "required": ["id", "type", "label", "required", "show_if", "identifier", "deid"],
        "properties": {
            "id": TEXT,
            "type": {"enum": list(ITEM_TYPES)},
            "label": ref("Label"),
            "help": nullable(ref("Label")),
            "required": {"type": "boolean"},
            "show_if": {"type": ["string", "null"]},
            "constraint": {"type": ["string", "null"]},
            "identifier": {"type": "boolean"},
            "deid": {"enum": ["keep", "drop", "redact", "shift", "generalize", None]},
            "choices": {"type": "array", "items": choice},
            "other_id": {"type": ["string", "null"]},
            "scale": {"type": "object"},
            "items": {"type": "array", "items": ref("Item")},
        },
    }


# --- the document ---------------------------------------------------------------------------------


def _error(description: str, schema: str = "Error", **extra: Any) -> dict[str, Any]:
    return {"description": description,
            "content": {"application/json": {"schema": ref(schema)}}, **extra}  # fmt: skip


ERRORS = {
    "400": "Malformed JSON (or a session-authenticated write without X-CSRFToken).",
    "401": "Missing or bad bearer token.",
    "403": "The token's role may not do this.",
    "404": "Nothing at this address.",
    "405": "This address does not take that method.",
    "413": "The body is larger than CASEBOOK_MAX_BODY (default 2 MB).",
    "415": "The body is not `application/json`.",
    "422": "Validation failed: every problem is in `details`; nothing was stored.",
    "500": "Unexpected server error (logged; nothing half-way stored).",
    "503": "The database is busy; retry (see Retry-After).",
}


def _errors(*codes: str) -> dict[str, Any]:
    return {code: _error(ERRORS[code]) for code in codes}


READ_ERRORS = ("401", "403", "404", "405", "413", "500", "503")
WRITE_ERRORS = ("400", "401", "403", "404", "405", "413", "415", "422", "500", "503")


def _ok(description: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}},
            **extra}  # fmt: skip


def _body(schema: str) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": ref(schema)}}}


def _query(name: str, description: str, schema: dict[str, Any] | None = None) -> dict:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema or {"type": "string"}}  # fmt: skip


UUID_PARAMETER = {"name": "uuid", "in": "path", "required": True,
                  "description": "chosen by the client (a UUID)",
                  "schema": {"type": "string", "format": "uuid"}}  # fmt: skip


def _paths() -> dict[str, Any]:
    array = lambda name: {"type": "array", "items": ref(name)}  # noqa: E731
    return {
        "/instruments": {
            "get": {
                "operationId": "listInstruments",
                "summary": "Every registered instrument version (all roles).",
                "responses": {"200": _ok("The versions.", array("InstrumentSummary")),
                              **_errors(*READ_ERRORS)},  # fmt: skip
            }
        },
        "/instruments/{id}/{version}": {
            "get": {
                "operationId": "getInstrument",
                "summary": "The parsed definition of one version, with its answers schema.",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "version", "in": "path", "required": True,
                     "schema": {"type": "integer", "minimum": 1}},
                ],  # fmt: skip
                "responses": {"200": _ok("The definition.", ref("Instrument")),
                              **_errors(*READ_ERRORS)},  # fmt: skip
            }
        },
        "/cases": {
            "get": {
                "operationId": "listCases",
                "summary": "Every case (admin, interviewer, observer).",
                "responses": {"200": _ok("The cases.", array("Case")), **_errors(*READ_ERRORS)},
            },
            "post": {
                "operationId": "createCase",
                "summary": "Add a case (admin).",
                "requestBody": _body("CaseInput"),
                "responses": {
                    "201": _ok("Created.", ref("Case")),
                    "409": _error("The code is already used; `current` is that case.",
                                  "CaseConflict"),
                    **_errors(*WRITE_ERRORS),
                },  # fmt: skip
            },
        },
        "/places": {
            "get": {
                "operationId": "listPlaces",
                "summary": "Places whose names every release redacts (admin).",
                "responses": {"200": _ok("The places.", array("Place")), **_errors(*READ_ERRORS)},
            },
            "post": {
                "operationId": "createPlace",
                "summary": "Register a place that identifies people, with aliases (admin).",
                "requestBody": _body("PlaceInput"),
                "responses": {
                    "201": _ok("Created.", ref("Place")),
                    "409": _error("The name is already registered; `current` is that place.",
                                  "PlaceConflict"),
                    **_errors(*WRITE_ERRORS),
                },  # fmt: skip
            },
        },
        "/participants": {
            "get": {
                "operationId": "listParticipants",
                "summary": "Participants with names, aliases and contacts (admin, interviewer).",
                "parameters": [_query("case", "the case's id or code")],
                "responses": {"200": _ok("The participants.", array("Participant")),
                              **_errors(*READ_ERRORS)},  # fmt: skip
            },
            "post": {
                "operationId": "createParticipant",
                "summary": "Add a participant with aliases and contacts (admin, interviewer).",
                "requestBody": _body("ParticipantInput"),
                "responses": {"201": _ok("Created.", ref("Participant")),
                              **_errors(*WRITE_ERRORS)},  # fmt: skip
            },
        },
        "/responses": {
            "get": {
                "operationId": "listResponses",
                "summary": "Responses without answers, of the kinds the role may collect.",
                "parameters": [
                    _query("instrument", "instrument id"),
                    _query("case", "the case's id or code"),
                    _query("participant", "participant id",
                           {"type": "integer", "minimum": 1, "maximum": MAX_ID}),
                    _query("wave", "wave id"),
                    _query("status", "draft or complete", {"enum": list(STATUSES)}),
                ],  # fmt: skip
                "responses": {"200": _ok("The responses.", array("ResponseSummary")),
                              **_errors("422", *READ_ERRORS)},  # fmt: skip
            }
        },
        "/responses/{uuid}": {
            "get": {
                "operationId": "getResponse",
                "summary": "One stored response with its answers and revision.",
                "parameters": [UUID_PARAMETER],
                "responses": {"200": _ok("The response.", ref("Response")),
                              **_errors(*READ_ERRORS)},  # fmt: skip
            },
            "put": {
                "operationId": "putResponse",
                "summary": "Create or update a response; idempotent.",
                "description": "201 created; 200 updated, or an identical resend (nothing "
                "changed); 409 if `revision` is not the stored one (`current` is the stored "
                "response, nothing changed); 422 lists every problem by item id, nothing "
                "stored. Answers to items hidden by `show_if` are problems.",
                "parameters": [UUID_PARAMETER],
                "requestBody": _body("ResponseInput"),
                "responses": {
                    "200": _ok("Updated, or an identical resend.", ref("Response")),
                    "201": _ok("Created.", ref("Response"),
                               headers={"Location": {"schema": {"type": "string"}}}),
                    "409": _error("Based on an old revision; `current` is the stored "
                                  "response.", "ResponseConflict"),
                    **_errors(*WRITE_ERRORS),
                },  # fmt: skip
            },
        },
        "/openapi.json": {
            "get": {
                "operationId": "getOpenAPI",
                "summary": "This document.",
                "responses": {"200": _ok("OpenAPI 3.1", {"type": "object"}),
                              **_errors(*READ_ERRORS)},  # fmt: skip
            }
        },
    }


def build_document(instruments: list[Instrument], server_url: str) -> dict[str, Any]:
    """The OpenAPI 3.1 document for a server at `server_url` with these registered versions."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Casebook JSON API",
            "version": "1",
            "description": "Instruments, cases, participants and responses for integrations, "
            "scripts and offline sync. Authenticate with `Authorization: Bearer <token>` "
            "(`casebook tokens create USERNAME`). Every error body is "
            '`{"error": {"code", "message", "details": [...]}}`. See docs/api.md.',
        },
        "jsonSchemaDialect": JSON_SCHEMA,
        "servers": [{"url": server_url}],
        "security": [{"bearerAuth": []}],
        "paths": _paths(),
        "components": {
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer",
                               "description": "an API token from `casebook tokens create`"}
            },  # fmt: skip
            "schemas": _schemas(instruments),
        },
    }
