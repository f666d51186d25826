"""Autosave, the one way a browser's copy of a response reaches the server: the page's outbox
posts the whole form (the latest snapshot kept on the device) with the revision it is based
on, and gets JSON back. Every valid answer is stored; each one that fails its checks is not,
and comes back with its message. A response started on the device while offline is created
through the same route, once. Plus a fresh CSRF token for a queue flushed long after its
page was loaded."""

from __future__ import annotations

import sqlite3
from typing import Any

from flask import request
from flask_wtf.csrf import generate_csrf

from casebook.access import COLLECTORS, may_collect, roles
from casebook.db import get_db
from casebook.forms import (
    attach_problems,
    build_form,
    error_summary,
    field_errors,
    form_answers,
    problems_from_fields,
    validate_form,
)
from casebook.i18n import _, _n
from casebook.instruments.answers import prune_hidden
from casebook.instruments.registry import UnknownInstrument, get_instrument
from casebook.json_errors import json_error
from casebook.live_events import Appended, append_events, field_name, posted_batches
from casebook.request_context import actor, current_user, study_settings
from casebook.responses import (
    Conflict,
    NotAllowed,
    ResponseNotFound,
    ResponseProblems,
    get_response,
)
from casebook.views.blueprints import collect as bp
from casebook.views.collect.conflicts import differences
from casebook.views.collect.saving import conflict_state, save_posted, started_on_device


@bp.route("/responses/<response_uuid>/autosave", methods=["POST"])
@roles(*COLLECTORS)
def autosave(response_uuid: str) -> Any:
    """Save the posted form under the response's current status. Always answers JSON:
    200 {revision, saved_at, status, changed, created, problems, fields} where `problems`
    (by item path) and `fields` (by field id) list the answers NOT stored; 409 {error,
    current, differences}; 422 {error, problems, fields} when nothing could be stored;
    403 / 404 / 503 {error}."""
    try:
        return _autosave(response_uuid)
    except sqlite3.OperationalError:
        return json_error(503, "busy", _("The database is busy; the page will try again."))
    except ResponseProblems as problems:  # the post itself was unreadable
        return json_error(422, "unprocessable", str(problems), problems=problems.problems)


def _autosave(response_uuid: str) -> Any:
    db = get_db()
    try:
        response = get_response(db, response_uuid)
    except ResponseNotFound:
        response = started_on_device(response_uuid)
        if response is None:
            return json_error(404, "not_found", "There is no response at this address.")
    try:  # a stored response's own instrument, never the one a post names
        instrument = get_instrument(db, response["instrument"], response["version"])
    except UnknownInstrument:
        return json_error(422, "unprocessable", "This instrument version is not registered.")
    if not may_collect(current_user()["role"], instrument.kind):
        return json_error(403, "forbidden", f"Your role may not edit {instrument.kind}s.")
    form = build_form(instrument, {}, formdata=request.form)
    validate_form(instrument, form)  # what cannot be read is kept back, not a refusal
    unreadable = problems_from_fields(form)
    answers = form_answers(instrument, form)
    taps = posted_batches(instrument, request.form)
    try:
        result = save_posted(response, answers, response["status"], unreadable)
    except Conflict as conflict:
        _append_taps(response_uuid, taps)  # taps are appended, so they never conflict
        current = conflict.current
        sent_date = request.form.get("meta-date", current["date"] or "").strip() or None
        return json_error(
            409,
            "conflict",
            _("Someone else saved a newer version of this response."),
            current=conflict_state(current),
            differences=differences(
                instrument, current, prune_hidden(instrument, answers), sent_date
            ),
        )
    except ResponseProblems as problems:
        attach_problems(form, problems.problems)
        return _unprocessable(form, problems.problems)
    except NotAllowed as error:
        return json_error(403, "forbidden", str(error))
    attach_problems(form, {k: v for k, v in result.rejected.items() if k not in unreadable})
    saved = result.response
    live = _append_taps(saved["uuid"], taps)
    return {
        "revision": saved["revision"],
        "saved_at": saved["updated_at"],
        "status": saved["status"],
        "changed": result.changed or live.added > 0,
        "created": result.created,
        "problems": result.rejected | live.rejected,
        "fields": field_errors(form) | {field_name(k): v for k, v in live.rejected.items()},
    }


def _append_taps(response_uuid: str, taps: dict[str, Any]) -> Appended:
    """The live events the post carries, appended to the stored response (each valid new
    tap stored, each bad one reported; see casebook.live_events)."""
    if not taps:
        return Appended()
    user = current_user()
    roles_of_study = study_settings().role_ids
    try:
        return append_events(get_db(), response_uuid, taps, actor(), user["role"], roles_of_study)
    except NotAllowed as error:  # e.g. a coding frozen since its unit closed
        return Appended(rejected={item_id: [str(error)] for item_id in taps})


def _unprocessable(form: Any, problems: dict[str, list[str]] | None = None) -> Any:
    fields = field_errors(form)
    problems = problems or problems_from_fields(form)
    first = error_summary(form)[:3]
    detail = "; ".join(f"{where}: {message}" for _field, where, message in first)
    count = sum(len(m) for m in problems.values())
    message = _n(
        "%(num)d problem: %(detail)s", "%(num)d problems: %(detail)s", count, detail=detail
    )
    return json_error(422, "unprocessable", message, problems=problems, fields=fields)


@bp.route("/responses/csrf-token")
@roles(*COLLECTORS)
def csrf_token() -> Any:
    """A fresh CSRF token, for a page left open longer than a token lives or a queue of
    changes sent later; with the logged-in account's id, so the device sends only what that
    account typed."""
    return {"csrf_token": generate_csrf(), "user": current_user()["id"]}
