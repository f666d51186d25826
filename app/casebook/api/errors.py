"""Errors of the JSON API: every error on every path under `<prefix>/api/` is a JSON body
`{"error": {"code": "...", "message": "...", "details": [...]}}`, plus extra keys such as a
409's `current`."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from typing import Any

from flask import Flask, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound, default_exceptions

from casebook.api.blueprint import bp
from casebook.json_errors import json_error
from casebook.request_context import NoSuchResponse, ResponseForbidden

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "too_many_requests",
    500: "internal_error",
    503: "busy",
}
MESSAGES = {
    400: "The request could not be understood.",
    401: "Authentication needed: send `Authorization: Bearer <token>` "
    "(create one with `casebook tokens create USERNAME`).",
    403: "Your role may not do this.",
    404: "There is nothing at this address.",
    405: "This address does not take that method.",
    413: "The request body is larger than Casebook accepts. Nothing was stored.",
    415: "Send the body as JSON with `Content-Type: application/json`.",
    500: "Something went wrong on the server; it has been logged and nothing half-way was stored.",
}
CSRF_MESSAGE = (
    "A write authenticated by the session cookie needs the X-CSRFToken header "
    "(or use a bearer token). Nothing was stored."
)


class ApiError(Exception):
    """An error answer: status, machine-readable code, a sentence, details, extra keys."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.details = details or []
        self.headers = headers or {}
        self.extra = extra


def detail(name: str, message: str) -> dict[str, str]:
    """One problem with a field of the request body."""
    return {"field": name, "message": message}


def invalid(details: list[dict[str, str]], message: str | None = None) -> ApiError:
    """A 422 listing every problem; the message sums up the first three."""
    count = len(details)
    summary = "; ".join(
        f"{d.get('path') or d.get('item') or d.get('field') or 'body'}: {d['message']}"
        for d in details[:3]
    )
    message = message or f"{count} problem{'s' * (count != 1)}: {summary}"
    return ApiError(422, "invalid", message, details)


def error_response(error: ApiError) -> Any:
    """The error as a JSON response with its status and headers."""
    return json_error(
        error.status, error.code, error.message, error.details, error.headers, **error.extra
    )


def http_error(error: HTTPException) -> Any:
    """Any HTTP error as the API's JSON body, keeping headers such as `Allow` on a 405."""
    status = error.code or 500
    if status >= 500:
        original = getattr(error, "original_exception", None)
        if isinstance(original, sqlite3.OperationalError) and _busy(original):
            message = "The database is busy; try again shortly."
            return error_response(ApiError(503, "busy", message, headers={"Retry-After": "2"}))
    headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
    code = CODES.get(status) or re.sub(r"\W+", "_", (error.name or "error").lower())
    message = MESSAGES.get(status) or error.description or error.name or "Error."
    if isinstance(error, NoSuchResponse | ResponseForbidden):  # says which response and why
        message = error.description
    if isinstance(error, CSRFError):
        code = "csrf_failed"
        message = CSRF_MESSAGE
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return error_response(ApiError(status, code, message, headers=headers))


def _busy(error: sqlite3.OperationalError) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


for _code in sorted(set(default_exceptions) | {500}):
    bp.register_error_handler(_code, http_error)
bp.register_error_handler(HTTPException, http_error)
bp.register_error_handler(CSRFError, http_error)
bp.register_error_handler(ApiError, error_response)


def install_app_error_handlers(app: Flask) -> None:
    """404 (no route) and 405 (wrong method) never reach a blueprint's handlers: answer them
    as JSON for paths under `<prefix>/api/`, and hand every other path to the handler the host
    app has for it (one for the code registered before Casebook, or one for an exception class
    such as HTTPException), or return the error unchanged: Flask's own page."""
    api_root = app.config["CASEBOOK_URL_PREFIX"].rstrip("/") + "/api"

    for exception in (NotFound, MethodNotAllowed):
        previous = app.error_handler_spec[None][exception.code].get(exception)

        def handler(error: HTTPException, previous: Callable | None = previous) -> Any:
            if request.path == api_root or request.path.startswith(api_root + "/"):
                return http_error(error)
            by_class = app.error_handler_spec[None][None]
            fallback = previous or next(
                (by_class[cls] for cls in type(error).__mro__ if cls in by_class), None
            )
            return fallback(error) if fallback else error

        app.register_error_handler(exception, handler)
