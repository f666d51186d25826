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
    _check_structure(data, raw)
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


# A JSON escape that may stand for half a surrogate pair; a false alarm (an escaped
# backslash before "ud8") only costs the full walk.
SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89abcdefABCDEF]")


def _check_structure(data: Any, raw: bytes) -> None:
    """Refuse text SQLite cannot store (unpaired surrogates from `\\ud800` escapes) and
    nesting deeper than any answer needs, without recursion. Autosaves send this several
    times a minute per interviewer (issue 14): text is looked at only when the raw body
    holds an escape that could be a surrogate, and the nesting is walked only when the body
    holds at least MAX_DEPTH brackets, level by level over containers only."""
    utf8 = json.detect_encoding(raw) == "utf-8"  # json.loads also reads UTF-16 and -32
    if not utf8 or raw.count(b"[") + raw.count(b"{") >= MAX_DEPTH:
        _check_depth(data)
    if not utf8 or SURROGATE_ESCAPE.search(raw):
        _check_texts(data)


def _check_depth(data: Any) -> None:
    """A value at depth MAX_DEPTH + 1 (the body itself is at depth 1) is refused."""
    level = [data] if isinstance(data, (dict, list)) else []
    depth = 1
    while level:
        below = []
        for value in level:
            children = value.values() if isinstance(value, dict) else value
            if depth == MAX_DEPTH and children:
                message = f"The body is nested deeper than {MAX_DEPTH} levels."
                raise ApiError(400, "malformed_json", message)
            below.extend(child for child in children if isinstance(child, (dict, list)))
        level = below
        depth += 1


def _check_texts(data: Any) -> None:
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str):
            _check_text(value)


def _check_text(value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        message = "The body contains an unpaired surrogate (\\ud800-\\udfff) escape."
        raise ApiError(400, "malformed_json", message) from None
