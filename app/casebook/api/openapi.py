"""The OpenAPI 3.1 document of the JSON API v1, built in code and served at
GET /openapi.json, with the exact answer schema of every registered instrument version."""

from __future__ import annotations

from typing import Any

from flask import current_app, request

from casebook.access import ALL_ROLES, roles
from casebook.api.blueprint import URL_PREFIX, bp
from casebook.api.components import component_schemas
from casebook.api.paths import api_paths
from casebook.api.schema import JSON_SCHEMA
from casebook.db import get_db
from casebook.instruments.model import Instrument
from casebook.instruments.registry import get_instrument, list_versions

DESCRIPTION = (
    "Instruments, cases, participants and responses for integrations, "
    "scripts and offline sync. Authenticate with `Authorization: Bearer <token>` "
    "(`casebook tokens create USERNAME`). Every error body is "
    '`{"error": {"code", "message", "details": [...]}}`. See docs/api.md.'
)


@bp.route("/openapi.json")
@roles(*ALL_ROLES)
def openapi() -> Any:
    """The OpenAPI 3.1 description of this API, with the answer schema of every registered
    instrument version."""
    db = get_db()
    versions = [get_instrument(db, v["instrument_id"], v["version"]) for v in list_versions(db)]
    server = request.script_root + current_app.config["CASEBOOK_URL_PREFIX"].rstrip("/")
    return build_document(versions, server + URL_PREFIX)


def build_document(instruments: list[Instrument], server_url: str) -> dict[str, Any]:
    """The OpenAPI 3.1 document for a server at `server_url` with these registered versions."""
    bearer = {
        "type": "http",
        "scheme": "bearer",
        "description": "an API token from `casebook tokens create`",
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Casebook JSON API", "version": "1", "description": DESCRIPTION},
        "jsonSchemaDialect": JSON_SCHEMA,
        "servers": [{"url": server_url}],
        "security": [{"bearerAuth": []}],
        "paths": api_paths(),
        "components": {
            "securitySchemes": {"bearerAuth": bearer},
            "schemas": component_schemas(instruments),
        },
    }
