"""Starting a response: the start form on a case's or participant's page posts here, a draft
is stored under the UUID the form carries, and the browser goes on to the form page. When
the same response was started before (casebook.duplicates), a page offers to resume that one
instead, and, where a second one can be legitimate, to start a new one anyway."""

from __future__ import annotations

import uuid as uuidlib
from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for

from casebook.access import COLLECTORS, roles
from casebook.db import get_db
from casebook.i18n import _
from casebook.instruments.registry import get_instrument
from casebook.redirects import same_site_path
from casebook.request_context import actor, current_user
from casebook.responses import (
    Conflict,
    Duplicate,
    NotAllowed,
    ResponseInput,
    ResponseProblems,
    save_response,
)
from casebook.views.blueprints import collect as bp
from casebook.views.collect.about import describe


@bp.route("/responses/start", methods=["POST"])
@roles(*COLLECTORS)
def start() -> Any:
    """Start a draft response from the start form (a double submit is harmless: the form
    carries its own UUID)."""
    form = request.form
    try:
        data = _start_input(form)
        key = _form_uuid(form)
    except ValueError as error:
        flash(_("Could not start: %(reason)s", reason=error))
        return redirect(_back(form))
    anyway = form.get("start_anyway") == "1"
    try:
        save_response(
            get_db(),
            key,
            data,
            actor(),
            current_user()["role"],
            drop_hidden=True,
            start_anyway=anyway,
        )
    except NotAllowed:
        abort(403)
    except Duplicate as duplicate:
        return _existing_page(duplicate, form)
    except ResponseProblems as problems:
        for messages in problems.problems.values():
            for message in messages:
                if data.participant:
                    flash(_("Could not start the interview: %(reason)s", reason=message))
                else:
                    flash(_("Could not start the response: %(reason)s", reason=message))
        return redirect(_back(form))
    except Conflict:
        pass  # the same start form sent again after work began: go on with that response
    return redirect(url_for(".edit", response_uuid=key))


def _existing_page(duplicate: Duplicate, form: Any) -> Any:
    """409: the response was started before; resume (or open) it, or start another anyway."""
    existing = duplicate.existing
    instrument = get_instrument(get_db(), existing["instrument"], existing["version"])
    posted = [(k, v) for k, v in form.items(multi=True) if k not in ("csrf_token", "start_anyway")]
    html = render_template(
        "casebook/collect/existing.html",
        may_start_anyway=duplicate.may_start_anyway,
        posted=posted,
        back=_back(form),
        **describe(existing, instrument),
    )
    return html, 409


def _form_uuid(form: Any) -> str:
    try:
        return str(uuidlib.UUID(form.get("uuid", "")))
    except ValueError:
        raise ValueError(
            _("the start form was incomplete; reload the page and try again")
        ) from None


def _start_input(form: Any) -> ResponseInput:
    instrument, _sep, version = (form.get("instrument_version") or "").rpartition(":")
    if not instrument or not version.isdigit():
        raise ValueError(_("choose an instrument and version"))
    case = form.get("case", "")
    participant = form.get("participant") or None
    if not case.isdigit() or (participant is not None and not participant.isdigit()):
        raise ValueError(_("the case or participant is missing; open the start form again"))
    return ResponseInput(
        instrument=instrument,
        version=int(version),
        case=int(case),
        participant=int(participant) if participant else None,
        wave=form.get("wave", ""),
        date=form.get("date") or None,
        status="draft",
        answers={},
    )


def _back(form: Any) -> str:
    """Where the start form was: the referring page when it is on this site, otherwise
    the participant's or the case's page."""
    back = same_site_path(request.referrer, request.host)
    if back:
        return back
    participant, case = form.get("participant", ""), form.get("case", "")
    if participant.isdigit():
        return url_for("casebook.study.participant", participant_id=int(participant))
    if case.isdigit():
        return url_for("casebook.study.case", case_id=int(case))
    return url_for("casebook.dashboard.index")
