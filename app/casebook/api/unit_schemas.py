"""The OpenAPI paths and schemas of units of coding, reconciliation and agreement
(`casebook.api.units`)."""

from __future__ import annotations

from typing import Any

from casebook.api.schema import CASE_REF, ID, MAX_ID, TEXT, nullable, object_schema, ref
from casebook.coding_units import KINDS
from casebook.dates import DATE_PATTERN

NUMBER = nullable({"type": "number"})


def unit_schemas() -> dict[str, Any]:
    coder = object_schema({"user_id": ID, "status": TEXT}, ["user_id", "status"])
    unit = {
        "id": ID,
        "key": {"type": "string", "description": 'the unit in agreement figures: "session:12"'},
        "kind": {"enum": list(KINDS)},
        "instrument_id": TEXT,
        "case_id": ID,
        "wave_id": TEXT,
        "date": nullable(TEXT),
        "reviewer_id": nullable(ID),
        "label": nullable(TEXT),
        "coders": {"type": "array", "items": coder},
        "open": {"type": "boolean", "description": "some coder has not completed yet"},
        "consensus": {**nullable(TEXT), "description": "the UUID of its consensus, if any"},
    }
    figure = {
        "instrument": TEXT,
        "item": TEXT,
        "level": {"enum": ["nominal", "ordinal", "interval"]},
        "wave": nullable(TEXT),
        "units": {"type": "integer", "minimum": 0},
        "coders": {"type": "integer", "minimum": 0},
        "alpha": NUMBER,
        "kappa": NUMBER,
        "kappa_weights": nullable(TEXT),
        "percent_agreement": NUMBER,
        "verdict": TEXT,
    }
    value = object_schema({"coder": ID, "value": {}}, ["coder", "value"])
    place = object_schema(
        {"path": TEXT, "agreed": {"type": "boolean"}, "values": {"type": "array", "items": value}},
        ["path", "agreed", "values"],
    )
    return {
        "Unit": object_schema(unit, list(unit)),
        "UnitInput": object_schema(
            {
                "kind": {"enum": list(KINDS)},
                "instrument": {"type": "string"},
                "case": CASE_REF,
                "wave": {"type": "string"},
                "date": nullable({"type": "string", "format": "date", "pattern": DATE_PATTERN}),
                "label": nullable({"type": "string", "maxLength": 200}),
                "coders": {"type": "array", "items": ID, "minItems": 1},
                "reviewer": nullable(ID),
            },
            ["kind", "instrument", "case", "wave", "coders"],
        ),
        "UnitChange": object_schema(
            {
                "coders": {"type": "array", "items": ID, "minItems": 1},
                "remove_started": {"type": "boolean"},
            },
            ["coders"],
        ),
        "UnitChangeConflict": object_schema(
            {"error": {"type": "object"}, "started": {"type": "array", "items": coder}},
            ["error", "started"],
        ),
        "Reconciliation": object_schema(
            {
                "responses": {"type": "array", "items": TEXT},
                "places": {"type": "array", "items": place},
            },
            ["responses", "places"],
        ),
        "ConsensusInput": object_schema(
            {"choices": {"type": "object", "additionalProperties": ID}}, ["choices"]
        ),
        "Consensus": object_schema({"uuid": TEXT}, ["uuid"]),
        "AgreementFigure": object_schema(figure, list(figure)),
    }


def unit_paths(ok: Any, read: Any, body: Any, errors: Any) -> dict[str, Any]:
    """The paths, built with `casebook.api.paths`' helpers (passed in: no import cycle)."""
    identifier = {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
    }
    array = {"type": "array", "items": ref("Unit")}
    return {
        "/units": {
            "get": {
                "operationId": "listUnits",
                "summary": "Units of coding this account codes or reviews (admins: all).",
                "responses": read("The units, each coder's status (never answers).", array),
            },
            "post": {
                "operationId": "createUnit",
                "summary": "Set up a unit of coding with its coders (admin).",
                "requestBody": body("UnitInput"),
                "responses": {"201": ok("Created.", ref("Unit")), **errors},
            },
        },
        "/units/{id}": {
            "patch": {
                "operationId": "changeUnitCoders",
                "summary": "Change an open unit's coders (the study lead, not one of them).",
                "parameters": [identifier],
                "requestBody": body("UnitChange"),
                "responses": {
                    "200": ok("Changed.", ref("Unit")),
                    "409": ok(
                        'Coders taken off have started; resend with "remove_started": true.',
                        ref("UnitChangeConflict"),
                    ),
                    **errors,
                },
            }
        },
        "/units/{id}/reconciliation": {
            "get": {
                "operationId": "getReconciliation",
                "summary": "A closed unit's codings side by side (study lead, reviewer).",
                "parameters": [identifier],
                "responses": read("The codings, answer by answer.", ref("Reconciliation")),
            }
        },
        "/units/{id}/consensus": {
            "post": {
                "operationId": "saveConsensus",
                "summary": "Save a closed unit's consensus (study lead, reviewer).",
                "parameters": [identifier],
                "requestBody": body("ConsensusInput"),
                "responses": {"201": ok("Saved.", ref("Consensus")), **errors},
            }
        },
        "/agreement": {
            "get": {
                "operationId": "getAgreement",
                "summary": "Agreement figures by item and wave, weakest first (admin).",
                "responses": read(
                    "The figures.", {"type": "array", "items": ref("AgreementFigure")}
                ),
            }
        },
    }
