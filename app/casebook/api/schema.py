"""JSON Schema building blocks shared by the answer schemas, the OpenAPI document and the
API's own checks of what a request sends."""

from __future__ import annotations

from typing import Any

JSON_SCHEMA = "https://json-schema.org/draft/2020-12/schema"
MAX_ID = 2**63 - 1  # SQLite's largest integer: a bigger id can match nothing

ID = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
TEXT = {"type": "string"}
STAMP = {"type": "string", "description": "UTC, ISO 8601 with microseconds"}
CASE_REF = {
    "anyOf": [ID, {"type": "string", "minLength": 1}],
    "description": "the case's id (a number) or its code (text)",
}


def ref(name: str) -> dict[str, str]:
    """A reference to one of the document's component schemas."""
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """This schema or null."""
    return {"anyOf": [schema, {"type": "null"}]}


def object_schema(
    properties: dict[str, Any], required: list[str] | None = None, **extra: Any
) -> dict[str, Any]:
    """An object with exactly these properties."""
    schema = {"type": "object", "additionalProperties": False, "properties": properties}
    if required:
        schema["required"] = required
    schema.update(extra)
    return schema
