"""Changing who codes a unit, for the study lead (`casebook.unit_coders`): tick the coders
and save; taking off someone who has started asks first, saying that their coding is kept.

Routes
    GET  /units/<id>/coders     the unit's coders (with each one's status) as ticked boxes
    POST /units/<id>/coders     save them (audited); `confirm` set when the page asked first
"""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for

from casebook.access import COLLECTORS, roles
from casebook.coding_units import UnitProblems, get_unit, is_open, progress
from casebook.db import get_db
from casebook.i18n import _
from casebook.request_context import actor, current_user
from casebook.response_errors import NotAllowed
from casebook.unit_coders import StartedCoders, change_coders, may_change_coders
from casebook.views.blueprints import collect as bp


@bp.route("/units/<int:unit_id>/coders", methods=["GET", "POST"])
@roles(*COLLECTORS)
def unit_coders(unit_id: int) -> Any:
    db, user = get_db(), current_user()
    unit = get_unit(db, unit_id)
    if unit is None:
        abort(404)
    if not may_change_coders(unit, user):  # against the stored unit, never the request
        abort(403)
    problems: list[str] = []
    started: list[dict[str, Any]] = []
    chosen = [int(v) for v in request.form.getlist("coders") if v.isdigit()]
    if request.method == "POST":
        try:
            changed = change_coders(
                db, unit_id, chosen, actor(), user, request.form.get("confirm") == "1"
            )
        except StartedCoders as asked:
            started = asked.started
        except UnitProblems as error:
            problems = [m for messages in error.problems.values() for m in messages]
        except NotAllowed:
            abort(403)
        else:
            if changed.before != changed.after:
                flash(_("The unit's coders are changed; the change is in the audit trail."))
            return redirect(url_for(".units", _anchor=f"unit-{unit_id}"))
    accounts = list(
        db.query(
            "SELECT id, username, display_name, role FROM users WHERE (active = 1"
            " AND role IN ('admin', 'observer')) OR id IN"
            " (SELECT user_id FROM unit_coders WHERE unit_id = ?) ORDER BY username",
            [unit_id],
        )
    )
    html = render_template(
        "casebook/unit_coders.html",
        unit=unit,
        is_open=is_open(db, unit_id),
        statuses={c["user_id"]: c["status"] for c in progress(db, unit)},
        accounts=[a for a in accounts if a["id"] != unit["reviewer_id"]],
        chosen=set(chosen) if request.method == "POST" else set(unit["coders"]),
        problems=problems,
        started=started,
    )
    return html, 422 if problems else 200
