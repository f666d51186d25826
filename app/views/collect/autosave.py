"""Autosave: the page's script posts the whole form within seconds of a change and whenever
a field is left, and gets JSON back; plus a fresh CSRF token for a page left open long."""

from __future__ import annotations

import sqlite3
from typing import Any

from flask import request
from flask_wtf.csrf import generate_csrf

from app.access import COLLECTORS, may_collect, roles
from app.db import get_db
from app.extension import current_user
from app.forms import (
    attach_problems,
    build_form,
    error_summary,
    field_errors,
    form_answers,
    problems_from_fields,
    validate_form,
)
from app.instruments.registry import get_instrument
from app.responses import (
    Conflict,
    NotAllowed,
    ResponseNotFound,
    ResponseProblems,
    get_response,
)
from app.views.collect import bp
from app.views.collect.saving import conflict_state, save_posted


@bp.route("/responses/<response_uuid>/autosave", methods=["POST"])
@roles(*COLLECTORS)
def autosave(response_uuid: str) -> Any:
    """Save the posted form under the response's current status. Always answers JSON:
    200 {revision, saved_at, status, changed}; 409 {error, current}; 422 {error, problems,
    fields}; 403 / 404 / 503 {error}."""
    try:
        return _autosave(response_uuid)
    except sqlite3.OperationalError:
        return _json_error(503, "busy", "The database is busy; the page will try again.")


def _autosave(response_uuid: str) -> Any:
    db = get_db()
    try:
        response = get_response(db, response_uuid)
    except ResponseNotFound:
        return _json_error(404, "not_found", "There is no response at this address.")
    instrument = get_instrument(db, response["instrument"], response["version"])
    if not may_collect(current_user()["role"], instrument.kind):
        return _json_error(403, "forbidden", f"Your role may not edit {instrument.kind}s.")
    form = build_form(instrument, {}, formdata=request.form)
    if not validate_form(instrument, form):
        return _unprocessable(form)
    try:
        result = save_posted(response, form_answers(instrument, form), response["status"])
    except Conflict as conflict:
        return _json_error(
            409,
            "conflict",
            "Someone else saved a newer version of this response.",
            current=conflict_state(conflict.current),
        )
    except ResponseProblems as problems:
        attach_problems(form, problems.problems)
        return _unprocessable(form, problems.problems)
    except NotAllowed as error:
        return _json_error(403, "forbidden", str(error))
    saved = result.response
    return {
        "revision": saved["revision"],
        "saved_at": saved["updated_at"],
        "status": saved["status"],
        "changed": result.changed,
    }


def _unprocessable(form: Any, problems: dict[str, list[str]] | None = None) -> Any:
    fields = field_errors(form)
    problems = problems or problems_from_fields(form)
    first = error_summary(form)[:3]
    detail = "; ".join(f"{where}: {message}" for _, where, message in first)
    count = sum(len(m) for m in problems.values())
    message = f"{count} problem{'s' if count != 1 else ''}: {detail}"
    return _json_error(422, "unprocessable", message, problems=problems, fields=fields)


def _json_error(code: int, name: str, message: str, **extra: Any) -> Any:
    return {"error": {"code": name, "message": message}, **extra}, code


@bp.route("/responses/csrf-token")
@roles(*COLLECTORS)
def csrf_token() -> Any:
    """A fresh CSRF token, for a page that was left open longer than a token lives."""
    return {"csrf_token": generate_csrf()}
