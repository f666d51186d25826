"""The form page of a response and its own buttons, "Save draft" and "Mark complete", which
work without JavaScript: a save keeps every valid answer and shows the page again with
everything typed and every problem on the field it concerns."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, request, url_for

from casebook.access import COLLECTORS, roles
from casebook.forms import (
    attach_problems,
    build_form,
    field_errors,
    form_answers,
    problems_from_fields,
    validate_form,
)
from casebook.i18n import _, _n
from casebook.instruments.answers import prune_hidden
from casebook.instruments.model import Instrument
from casebook.request_context import load_response
from casebook.responses import (
    Conflict,
    NotAllowed,
    ResponseProblems,
    SaveResult,
)
from casebook.views.blueprints import collect as bp
from casebook.views.collect.conflicts import differences
from casebook.views.collect.drafts import discarded_page, is_discarded
from casebook.views.collect.page import render_page
from casebook.views.collect.saving import conflict_state, save_posted, save_posted_whole

ACTIONS = ("draft", "complete")


@bp.route("/responses/<response_uuid>")
@roles(*COLLECTORS)
def edit(response_uuid: str) -> Any:
    response, instrument = load_response(response_uuid)
    if is_discarded(response):
        return discarded_page(response, instrument)
    form = build_form(instrument, response["answers"])
    return render_page(response, instrument, form)


@bp.route("/responses/<response_uuid>", methods=["POST"])
@roles(*COLLECTORS)
def submit(response_uuid: str) -> Any:
    """The form's own buttons, "Save draft" and "Mark complete"; works without JavaScript.
    "Save draft" never refuses because of one bad answer: every valid answer is saved and
    the page says which were not. A failed "Mark complete" saves the same way, as a draft."""
    response, instrument = load_response(response_uuid)
    if is_discarded(response):  # discarded while this page was open: keep the text in view
        return discarded_page(response, instrument, posted=request.form)
    action = request.form.get("action")
    action = action if action in ACTIONS else "draft"
    form = build_form(instrument, {}, formdata=request.form)
    readable = validate_form(instrument, form)
    unreadable = problems_from_fields(form)
    answers = form_answers(instrument, form)
    completion: dict[str, list[str]] = {}
    try:
        if action == "complete" and readable:
            try:
                save_posted_whole(response, answers, "complete")
            except ResponseProblems as problems:
                completion = problems.problems
            else:
                flash(_("Marked complete."))
                return redirect(url_for(".edit", response_uuid=response["uuid"]))
        result = save_posted(response, answers, "draft", unreadable)
    except Conflict as conflict:
        return _conflict_page(instrument, form, conflict, answers)
    except ResponseProblems as problems:
        attach_problems(form, _not_on_form(problems.problems, unreadable))
        return _unsaved_page(
            response,
            instrument,
            form,
            _("NOT SAVED: fix the problems below; everything you typed is still here."),
        )
    except NotAllowed:
        abort(403)
    attach_problems(form, _not_on_form(result.rejected, unreadable))
    kept_back = field_errors(form)  # what the server did not store, for the page's script
    if action == "complete":
        attach_problems(form, _not_on_form(completion, unreadable | result.rejected))
        if result.rejected:
            notice = _n(
                "Your answers are saved as a draft, except %(num)d answer: see the problems "
                "below. The response is NOT marked complete yet.",
                "Your answers are saved as a draft, except %(num)d answers: see the problems "
                "below. The response is NOT marked complete yet.",
                len(result.rejected),
            )
        else:
            notice = _(
                "Your answers are saved as a draft, but the response is NOT marked complete yet."
            )
        return _saved_page(result, instrument, form, notice, kept_back)
    if result.rejected:
        notice = _n(
            "Draft saved, except %(num)d answer: see the problems below.",
            "Draft saved, except %(num)d answers: see the problems below.",
            len(result.rejected),
        )
        return _saved_page(result, instrument, form, notice, kept_back)
    flash(_("Draft saved.") if result.changed else _("Draft saved (nothing had changed)."))
    return redirect(url_for(".edit", response_uuid=response["uuid"]))


def _not_on_form(problems: dict[str, list[str]], unreadable: dict[str, list[str]]) -> dict:
    """Problems not already on their field (text that could not be read is, as typed)."""
    return {path: messages for path, messages in problems.items() if path not in unreadable}


def _saved_page(
    result: SaveResult,
    instrument: Instrument,
    form: Any,
    notice: str,
    kept_back: dict[str, list[str]],
) -> Any:
    """The page again with everything typed (422): the valid answers are saved, the ones
    marked on the page are not."""
    state = "partial" if result.rejected else "saved"
    return render_page(result.response, instrument, form, 422, state, notice, kept_back=kept_back)


def _unsaved_page(response: dict[str, Any], instrument: Instrument, form: Any, notice: str) -> Any:
    """The page again with everything typed (422): nothing was saved."""
    return render_page(response, instrument, form, code=422, state="unsaved", notice=notice)


def _conflict_page(
    instrument: Instrument, form: Any, conflict: Conflict, answers: dict[str, Any]
) -> Any:
    """The page again with everything typed (409), both versions side by side."""
    current = conflict_state(conflict.current)
    sent_date = request.form.get("meta-date", conflict.current["date"] or "").strip() or None
    sent = prune_hidden(instrument, answers)
    current["differences"] = differences(instrument, conflict.current, sent, sent_date)
    return render_page(
        conflict.current,
        instrument,
        form,
        code=409,
        state="conflict",
        conflict=current,
        notice=_("NOT SAVED: someone else saved a newer version of this response."),
    )
