"""Who is asking the JSON API: requests authenticate with `Authorization: Bearer <token>`
(app/casebook/tokens.py) or, from Casebook's own pages, with the session cookie plus the X-CSRFToken
header (both checked in app/casebook/extension.py)."""

from __future__ import annotations

from typing import NoReturn

from flask import request

from casebook.api.errors import ApiError
from casebook.request_context import current_user, is_api_request


def bearer_token() -> str | None:
    """The token of an `Authorization: Bearer <token>` header on an API request; None when
    there is none (other schemes, e.g. a proxy's Basic auth, are not ours and are ignored)."""
    if not is_api_request():
        return None
    scheme, _, token = request.headers.get("Authorization", "").strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip()


def refuse_bad_token() -> NoReturn:
    """401: the bearer token is not one that lets anyone in."""
    raise ApiError(
        401,
        "invalid_token",
        "The bearer token is unknown, revoked or its account is inactive.",
        headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
    )


def current_role() -> str:
    """The role of the authenticated user of this request."""
    return current_user()["role"]
