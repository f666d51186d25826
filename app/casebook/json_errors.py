"""The one shape of every error Casebook answers in JSON: the JSON API, the form page's
autosave and any page asked for JSON. The body is `{"error": {"code": "...", "message":
"...", "details": [...]}}` plus extra top-level keys such as a 409's `current`; `details`
(one entry per problem with a field) is there whenever the caller has them, which the API
always does."""

from __future__ import annotations

from typing import Any

from flask import Response, current_app


def json_error(
    status: int,
    code: str,
    message: str,
    details: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> Response:
    """The error as a JSON response with this status and these headers."""
    error: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    response = current_app.json.response({"error": error, **extra})
    response.status_code = status
    response.headers.update(headers or {})
    return response
