"""The `paths` of the OpenAPI document: every operation of the API with its parameters,
request body and the answers it can give."""

from __future__ import annotations

from typing import Any

from casebook.api.event_schemas import event_paths
from casebook.api.schema import MAX_ID, ref
from casebook.api.unit_schemas import unit_paths
from casebook.responses import ALL_STATUSES

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
READ_ERRORS = ("401", "403", "404", "405", "413", "500", "503")
WRITE_ERRORS = ("400", "401", "403", "404", "405", "413", "415", "422", "500", "503")
UUID_PARAMETER = {
    "name": "uuid",
    "in": "path",
    "required": True,
    "description": "chosen by the client (a UUID)",
    "schema": {"type": "string", "format": "uuid"},
}
Operations = dict[str, Any]


def api_paths() -> dict[str, Operations]:
    """Every path of the API (relative to its server URL) with its operations."""
    return {
        **_instrument_paths(),
        **_case_paths(),
        **_place_paths(),
        **_participant_paths(),
        **_response_paths(),
        **event_paths(_ok, _read, _body, _errors(*WRITE_ERRORS), UUID_PARAMETER),
        **unit_paths(_ok, _read, _body, _errors(*WRITE_ERRORS)),
        "/openapi.json": {
            "get": {
                "operationId": "getOpenAPI",
                "summary": "This document.",
                "responses": _read("OpenAPI 3.1", {"type": "object"}),
            }
        },
    }


def _error(description: str, schema: str = "Error", **extra: Any) -> dict[str, Any]:
    content = {"application/json": {"schema": ref(schema)}}
    return {"description": description, "content": content, **extra}


def _errors(*codes: str) -> dict[str, Any]:
    return {code: _error(ERRORS[code]) for code in codes}


def _ok(description: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    content = {"application/json": {"schema": schema}}
    return {"description": description, "content": content, **extra}


def _read(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    """The answers of a read: 200 with this body, or one of the read errors."""
    return {"200": _ok(description, schema), **_errors(*READ_ERRORS)}


def _body(schema: str) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": ref(schema)}}}


def _query(name: str, description: str, schema: dict[str, Any] | None = None) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema or {"type": "string"},
    }


def _array(name: str) -> dict[str, Any]:
    return {"type": "array", "items": ref(name)}


def _instrument_paths() -> dict[str, Operations]:
    version = {
        "name": "version",
        "in": "path",
        "required": True,
        "schema": {"type": "integer", "minimum": 1},
    }
    return {
        "/instruments": {
            "get": {
                "operationId": "listInstruments",
                "summary": "Every registered instrument version (all roles).",
                "responses": _read("The versions.", _array("InstrumentSummary")),
            }
        },
        "/instruments/{id}/{version}": {
            "get": {
                "operationId": "getInstrument",
                "summary": "The parsed definition of one version, with its answers schema.",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    version,
                ],
                "responses": _read("The definition.", ref("Instrument")),
            }
        },
    }


def _list(operation_id: str, summary: str, description: str, schema: str) -> Operations:
    """A GET of every resource of one kind."""
    return {
        "operationId": operation_id,
        "summary": summary,
        "responses": _read(description, _array(schema)),
    }


def _create(
    operation_id: str, summary: str, schema: str, conflict: str | None = None
) -> Operations:
    """A POST of `<schema>Input` that answers 201 with the new resource, or 409 with the
    existing one (`<schema>Conflict`) when `conflict` says when."""
    responses = {"201": _ok("Created.", ref(schema))}
    if conflict:
        responses["409"] = _error(conflict, f"{schema}Conflict")
    return {
        "operationId": operation_id,
        "summary": summary,
        "requestBody": _body(f"{schema}Input"),
        "responses": {**responses, **_errors(*WRITE_ERRORS)},
    }


def _case_paths() -> dict[str, Operations]:
    return {
        "/cases": {
            "get": _list(
                "listCases", "Every case (admin, interviewer, observer).", "The cases.", "Case"
            ),
            "post": _create(
                "createCase",
                "Add a case (admin).",
                "Case",
                "The code is already used; `current` is that case.",
            ),
        },
    }


def _place_paths() -> dict[str, Operations]:
    return {
        "/places": {
            "get": _list(
                "listPlaces",
                "Places whose names every release redacts (admin).",
                "The places.",
                "Place",
            ),
            "post": _create(
                "createPlace",
                "Register a place that identifies people, with aliases (admin).",
                "Place",
                "The name is already registered; `current` is that place.",
            ),
        },
    }


def _participant_paths() -> dict[str, Operations]:
    listed = _list(
        "listParticipants",
        "Participants with names, aliases and contacts (admin, interviewer).",
        "The participants.",
        "Participant",
    )
    listed["parameters"] = [_query("case", "the case's id or code")]
    create = "Add a participant with aliases and contacts (admin, interviewer)."
    return {
        "/participants": {
            "get": listed,
            "post": _create("createParticipant", create, "Participant"),
        },
        "/participants/{id}": {
            "patch": _patch(
                "patchParticipant",
                "Correct a participant's name and other names (admin, interviewer).",
                "Participant",
            )
        },
        "/contacts/{id}": {
            "patch": _patch(
                "patchContact",
                "Correct a contact's name, relation and nicknames (admin, interviewer).",
                "Contact",
            )
        },
    }


def _patch(operation_id: str, summary: str, schema: str) -> Operations:
    """A PATCH of `<schema>Patch` by id: 200 with the resource; fields left out stay."""
    identifier = {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
    }
    return {
        "operationId": operation_id,
        "summary": summary,
        "description": "Only the fields sent change; every change is audited (who, when, "
        "before, after). Each alias needs at least two letters.",
        "parameters": [identifier],
        "requestBody": _body(f"{schema}Patch"),
        "responses": {"200": _ok("Corrected.", ref(schema)), **_errors(*WRITE_ERRORS)},
    }


def _response_paths() -> dict[str, Operations]:
    participant = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
    listed = {
        "200": _ok("The responses.", _array("ResponseSummary")),
        **_errors("422", *READ_ERRORS),
    }
    return {
        "/responses": {
            "get": {
                "operationId": "listResponses",
                "summary": "Responses without answers, of the kinds the role may collect.",
                "parameters": [
                    _query("instrument", "instrument id"),
                    _query("case", "the case's id or code"),
                    _query("participant", "participant id", participant),
                    _query("wave", "wave id"),
                    _query("status", "draft, complete or discarded", {"enum": list(ALL_STATUSES)}),
                ],
                "responses": listed,
            }
        },
        "/responses/{uuid}": {
            "get": {
                "operationId": "getResponse",
                "summary": "One stored response with its answers and revision.",
                "parameters": [UUID_PARAMETER],
                "responses": _read("The response.", ref("Response")),
            },
            "put": _put_response(),
        },
    }


def _put_response() -> Operations:
    created = _ok("Created.", ref("Response"), headers={"Location": {"schema": {"type": "string"}}})
    conflict = _error(
        "`conflict`: based on an old revision, `current` is the stored response; "
        "`duplicate`: this was started before (same participant, instrument and wave, or "
        "for observations and codings the same case, date, wave and collector), `current` "
        "is that response, to resume; `discarded`: restore it first. Nothing changed.",
        "ResponseConflict",
    )
    return {
        "operationId": "putResponse",
        "summary": "Create or update a response; idempotent.",
        "description": "201 created; 200 updated, or an identical resend (nothing "
        "changed); 409 if `revision` is not the stored one (`current` is the stored "
        "response, nothing changed), if it duplicates a response already started "
        "(`duplicate`, `current` is that one) or was discarded (`discarded`); 422 lists "
        "every problem by item id, nothing stored. Answers to items hidden by `show_if` "
        "are problems.",
        "parameters": [UUID_PARAMETER],
        "requestBody": _body("ResponseInput"),
        "responses": {
            "200": _ok("Updated, or an identical resend.", ref("Response")),
            "201": created,
            "409": conflict,
            **_errors(*WRITE_ERRORS),
        },
    }
