"""The JSON body of an API request: 415 for another content type, 400 for malformed JSON
(NaN and Infinity included: they are not JSON), nesting deeper than any answer needs or text
SQLite cannot store, 422 for anything but an object."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from flask import request

from casebook.api.errors import MESSAGES, ApiError, detail, invalid

MAX_DEPTH = 32  # nesting of a request body; the deepest answer shape needs 5


def json_body() -> dict[str, Any]:
    """The request's JSON object: 415 for another content type, 400 for malformed JSON
    (NaN and Infinity included: they are not JSON), 422 for anything but an object."""
    mimetype = request.mimetype or ""
    if mimetype != "application/json" and not re.fullmatch(r"application/[\w.+-]+\+json", mimetype):
        raise ApiError(415, "unsupported_media_type", MESSAGES[415])
    raw = request.get_data(cache=True)
    try:
        data = json.loads(raw, parse_constant=_not_json, parse_float=_finite)
    except (ValueError, RecursionError) as error:
        raise ApiError(400, "malformed_json", f"The body is not valid JSON: {error}.") from None
    _check_structure(data)
    if not isinstance(data, dict):
        raise invalid([detail("", "the body must be a JSON object")])
    return data


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:20]} is too large")
    return value


def _check_structure(data: Any) -> None:
    """Refuse text SQLite cannot store (unpaired surrogates from `\\ud800` escapes) and
    nesting deeper than any answer needs, without recursion."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            message = f"The body is nested deeper than {MAX_DEPTH} levels."
            raise ApiError(400, "malformed_json", message)
        if isinstance(value, dict):
            stack.extend((k, depth) for k in value)
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
        elif isinstance(value, str):
            _check_text(value)


def _check_text(value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        message = "The body contains an unpaired surrogate (\\ud800-\\udfff) escape."
        raise ApiError(400, "malformed_json", message) from None
