"""Discarding a draft (after a confirmation page that works without JavaScript) and
restoring a discarded one; and the page a discarded response shows instead of its form.

Routes
    GET  /responses/<uuid>/discard      "Discard this draft?" with an optional reason
    POST /responses/<uuid>/discard      discard it (audited), back to its participant or case
    POST /responses/<uuid>/restore      make it a draft again (audited), back to its form
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for

from casebook.access import COLLECTORS, roles
from casebook.db import get_db
from casebook.discard import discard_record, discard_response, may_discard, restore_response
from casebook.forms.naming import PAGE_FIELDS
from casebook.i18n import _
from casebook.instruments.model import Instrument
from casebook.request_context import actor, current_user, load_response
from casebook.responses import (
    DISCARDED,
    NotAllowed,
    ResponseProblems,
)
from casebook.views.blueprints import collect as bp
from casebook.views.collect.about import back_to, describe, user_name


@bp.route("/responses/<response_uuid>/discard")
@roles(*COLLECTORS)
def confirm_discard(response_uuid: str) -> Any:
    response, instrument = load_response(response_uuid, may_discard)
    if response["status"] != "draft":
        flash(_("Only a draft can be discarded."))
        return redirect(url_for(".edit", response_uuid=response["uuid"]))
    return render_template("casebook/collect/discard.html", **describe(response, instrument))


@bp.route("/responses/<response_uuid>/discard", methods=["POST"])
@roles(*COLLECTORS)
def discard(response_uuid: str) -> Any:
    response, instrument = load_response(response_uuid, may_discard)
    try:
        discard_response(get_db(), response["uuid"], current_user(), actor(), _reason())
    except NotAllowed:
        abort(403)
    except ResponseProblems as problems:
        messages = " ".join(m for ms in problems.problems.values() for m in ms)
        flash(_("Not discarded: %(reasons)s", reasons=messages))
        return redirect(url_for(".edit", response_uuid=response["uuid"]))
    flash(_("The draft is discarded. It is kept, unpublished, and can be restored from its page."))
    endpoint, values = back_to(response)
    return redirect(url_for(endpoint, **values))


def _reason() -> str:
    return request.form.get("reason", "")


@bp.route("/responses/<response_uuid>/restore", methods=["POST"])
@roles(*COLLECTORS)
def restore(response_uuid: str) -> Any:
    response, _instrument = load_response(response_uuid, may_discard)
    try:
        restore_response(get_db(), response["uuid"], current_user(), actor())
    except NotAllowed:
        abort(403)
    except ResponseProblems:
        flash(_("Only a discarded response can be restored."))
    else:
        flash(_("Restored: it is a draft again."))
    return redirect(url_for(".edit", response_uuid=response["uuid"]))


def discarded_page(
    response: dict[str, Any], instrument: Instrument, posted: Mapping[str, str] | None = None
) -> Any:
    """What a discarded response shows instead of its form: 200, or 409 with the text of a
    form posted to it (not saved, but shown to be copied)."""
    record = discard_record(get_db(), response["uuid"])
    by = (user_name(record["by_id"]) if record["by_id"] else record["by"]) if record else "—"
    html = render_template(
        "casebook/collect/discarded.html",
        record=record,
        discarded_by=by,
        may_restore=may_discard(current_user(), response, instrument.kind),
        unsaved=_posted_text(posted) if posted is not None else None,
        **describe(response, instrument),
    )
    return html, 200 if posted is None else 409


def _posted_text(posted: Mapping[str, str]) -> str:
    return "\n\n".join(
        f"{name}:\n{value.strip()}"
        for name, value in posted.items()
        if name not in PAGE_FIELDS and value.strip()
    )


def is_discarded(response: dict[str, Any]) -> bool:
    return response["status"] == DISCARDED
