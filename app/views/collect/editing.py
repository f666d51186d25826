"""The form page of a response and its own buttons, "Save draft" and "Mark complete", which
work without JavaScript: a failed save shows the page again with everything typed and every
problem on the field it concerns."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, request, url_for

from app.access import COLLECTORS, may_collect, roles
from app.db import get_db
from app.extension import current_user
from app.forms import attach_problems, build_form, form_answers, validate_form
from app.instruments.model import Instrument
from app.instruments.registry import get_instrument
from app.responses import (
    Conflict,
    NotAllowed,
    ResponseNotFound,
    ResponseProblems,
    get_response,
)
from app.views.collect import bp
from app.views.collect.drafts import discarded_page, is_discarded
from app.views.collect.page import render_page
from app.views.collect.saving import conflict_state, save_posted

ACTIONS = ("draft", "complete")


@bp.route("/responses/<response_uuid>")
@roles(*COLLECTORS)
def edit(response_uuid: str) -> Any:
    response, instrument = _open(response_uuid)
    if is_discarded(response):
        return discarded_page(response, instrument)
    form = build_form(instrument, response["answers"])
    return render_page(response, instrument, form)


def _open(response_uuid: str) -> tuple[dict[str, Any], Instrument]:
    """The stored response and its instrument version; 404 / 403 pages otherwise."""
    db = get_db()
    try:
        response = get_response(db, response_uuid)
    except ResponseNotFound:
        abort(404)
    instrument = get_instrument(db, response["instrument"], response["version"])
    if not may_collect(current_user()["role"], instrument.kind):
        abort(403)
    return response, instrument


@bp.route("/responses/<response_uuid>", methods=["POST"])
@roles(*COLLECTORS)
def submit(response_uuid: str) -> Any:
    """The form's own buttons, "Save draft" and "Mark complete"; works without JavaScript.
    A failed "Mark complete" still keeps the answers as a draft when they are valid as one."""
    response, instrument = _open(response_uuid)
    if is_discarded(response):  # discarded while this page was open: keep the text in view
        return discarded_page(response, instrument, posted=request.form)
    action = request.form.get("action")
    action = action if action in ACTIONS else "draft"
    form = build_form(instrument, {}, formdata=request.form)
    if not validate_form(instrument, form):
        return _unsaved_page(
            response,
            instrument,
            form,
            "NOT SAVED: some answers could not be read. Fix the fields "
            "marked below; everything you typed is still here.",
        )
    answers = form_answers(instrument, form)
    try:
        result = save_posted(response, answers, action)
    except Conflict as conflict:
        return _conflict_page(response, instrument, form, conflict)
    except ResponseProblems as problems:
        return _problems_page(response, instrument, form, answers, action, problems)
    except NotAllowed:
        abort(403)
    changed = "" if result.changed else " (nothing had changed)"
    flash("Marked complete." if action == "complete" else f"Draft saved{changed}.")
    return redirect(url_for(".edit", response_uuid=response["uuid"]))


def _problems_page(
    response: dict[str, Any],
    instrument: Instrument,
    form: Any,
    answers: dict[str, Any],
    action: str,
    problems: ResponseProblems,
) -> Any:
    if action == "complete":
        try:
            draft = save_posted(response, answers, "draft")
        except Conflict as conflict:
            return _conflict_page(response, instrument, form, conflict)
        except ResponseProblems as draft_problems:
            problems = draft_problems
        else:
            attach_problems(form, problems.problems)
            return render_page(
                draft.response,
                instrument,
                form,
                code=422,
                state="saved",
                notice="Your answers are saved as a draft, but the response is NOT "
                "marked complete yet: see the problems below.",
            )
    attach_problems(form, problems.problems)
    return _unsaved_page(
        response,
        instrument,
        form,
        "NOT SAVED: fix the problems below; everything you typed is still here.",
    )


def _unsaved_page(response: dict[str, Any], instrument: Instrument, form: Any, notice: str) -> Any:
    """The page again with everything typed (422): nothing was saved."""
    return render_page(response, instrument, form, code=422, state="unsaved", notice=notice)


def _conflict_page(
    response: dict[str, Any], instrument: Instrument, form: Any, conflict: Conflict
) -> Any:
    current = conflict_state(conflict.current)
    return render_page(
        response,
        instrument,
        form,
        code=409,
        state="conflict",
        conflict=current,
        notice="NOT SAVED: someone else saved a newer version of this response.",
    )
