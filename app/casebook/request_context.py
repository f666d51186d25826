"""What every request of the fieldwork site and the JSON API works with: who is asking
(`current_user`, and `actor` for the audit trail), the study's settings, whether the request
is for the API, and a stored response this user may touch (`load_response`: 404 when there is
none, 403 when the role or the person may not).

The HTML views and the JSON API both import from here, and this module imports neither, so
the API never depends on the web pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import current_app, g, request
from werkzeug.exceptions import Forbidden, NotFound

from casebook.access import may_collect
from casebook.audit import Actor
from casebook.blindness import may_see
from casebook.db import get_db
from casebook.instruments.model import Instrument
from casebook.instruments.registry import get_instrument
from casebook.responses import ResponseNotFound, get_response
from casebook.settings import StudySettings, current_settings

API_BLUEPRINT = "casebook.api"  # the JSON API's blueprint under the `casebook` one

# Whether a user may touch a stored response of an instrument kind: `may_read` here, or
# `casebook.discard.may_discard` for discarding and restoring.
ResponseCheck = Callable[[dict[str, Any], dict[str, Any], str], bool]


def current_user() -> dict[str, Any] | None:
    """The logged-in, active user of this request, or None."""
    return g.get("casebook_user")


def actor() -> Actor:
    """The logged-in user as the audit trail records them."""
    user = current_user()
    return Actor(user["id"], user["username"])


def study_settings() -> StudySettings:
    """The study's settings (study.yaml beside the instruments), as they are now."""
    return current_settings(current_app.extensions["casebook"].instruments_path(current_app))


def is_api_request() -> bool:
    """Whether this request was routed to the JSON API (its views, hooks and error handlers)."""
    return API_BLUEPRINT in request.blueprints


class NoSuchResponse(NotFound):
    """404: no stored response has this UUID. The JSON API passes `description` on; the web
    pages show their own text."""

    description = "There is no response with this UUID."


class ResponseForbidden(Forbidden):
    """403: this user may not touch this response (`description` says why)."""


def may_read(user: dict[str, Any], _response: dict[str, Any], kind: str) -> bool:
    """Whether a user may read and edit a stored response: their role collects its kind."""
    return may_collect(user["role"], kind)


def load_response(
    response_uuid: str, may: ResponseCheck = may_read
) -> tuple[dict[str, Any], Instrument]:
    """The stored response and its own instrument version (never one a request names), for
    the user of this request: `NoSuchResponse` (404) when there is none,
    `ResponseForbidden` (403) when `may` refuses this user."""
    db = get_db()
    try:
        response = get_response(db, response_uuid)
    except ResponseNotFound:
        raise NoSuchResponse() from None
    instrument = get_instrument(db, response["instrument"], response["version"])
    user = current_user()
    if may_read(user, response, instrument.kind) and not may_see(db, user, response):
        raise ResponseForbidden(
            "This coding is hidden until every coder of its unit has completed theirs."
        )
    if not may(user, response, instrument.kind):
        if may_read(user, response, instrument.kind):
            raise ResponseForbidden("You may not do this to this response.")
        raise ResponseForbidden(f"A {user['role']} may not read {instrument.kind}s.")
    return response, instrument
