"""Units of coding in the web app: the study lead sets up a meeting (or other material) with its
coders and optional reviewer; each coder starts their own coding of it from here; the lead or
reviewer reconciles the codings side by side once every coder has completed; and the lead
reads the agreement figures, weakest items first.

Routes
    GET  /units                         units I code or review (admins: every unit, and a form)
    POST /units                         admins: set up a unit with its coders (audited)
    POST /units/<id>/start              an assigned coder starts (or resumes) their coding
    GET  /units/<id>/coders             the study lead changes who codes it (unit_coders.py)
    GET  /units/<id>/reconcile          the coders' codings side by side, disagreements first
    POST /units/<id>/reconcile          save the consensus, then edit it on its own page
    GET  /agreement                     admins: agreement figures by item and wave
"""

from __future__ import annotations

import uuid as uuidlib
from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for

from casebook import coding_units
from casebook.access import COLLECTORS, roles
from casebook.agreement.figures import figures, verdict
from casebook.coding_units import UnitInput, UnitProblems, get_unit, is_open, may_reconcile
from casebook.db import get_db
from casebook.i18n import _
from casebook.instruments.registry import list_versions, newest_versions
from casebook.reconciliation import compare, save_consensus
from casebook.request_context import actor, current_user
from casebook.responses import NotAllowed, ResponseInput, ResponseProblems, save_response
from casebook.unit_coders import may_change_coders
from casebook.views.blueprints import collect as bp


@bp.route("/units", methods=["GET", "POST"])
@roles(*COLLECTORS)
def units() -> Any:
    db, user = get_db(), current_user()
    problems: dict[str, list[str]] = {}
    if request.method == "POST":
        if user["role"] != "admin":
            abort(403)
        try:
            unit_id = coding_units.create_unit(db, _unit_input(request.form), actor())
        except UnitProblems as error:
            problems = error.problems
        else:
            flash(_("The unit is set up; its coders find it under Coding units."))
            return redirect(url_for(".units", _anchor=f"unit-{unit_id}"))
    is_admin = user["role"] == "admin"
    listed = coding_units.list_units(db, None if is_admin else user["id"])
    cases = list(db.query("SELECT id, code FROM cases ORDER BY code"))
    html = render_template(
        "casebook/units.html",
        units=listed,
        problems=problems,
        form=request.form,
        cases=cases,
        case_codes={c["id"]: c["code"] for c in cases},
        waves=list(db.query("SELECT id, label FROM waves ORDER BY position")),
        instruments=_coded_instruments(db),
        accounts=list(
            db.query(
                "SELECT id, username, display_name, role FROM users WHERE active = 1"
                " AND role IN ('admin', 'observer') ORDER BY username"
            )
        ),
        kinds=coding_units.KINDS,
        may_reconcile=lambda unit: may_reconcile(unit, user),
        may_change_coders=lambda unit: may_change_coders(unit, user),
    )
    return html, 422 if problems else 200


def _unit_input(form: Any) -> UnitInput:
    def number(name: str) -> int | None:
        value = form.get(name, "")
        return int(value) if value.isdigit() else None

    return UnitInput(
        kind=form.get("kind", ""),
        instrument=form.get("instrument", ""),
        case=number("case") or 0,
        wave=form.get("wave", ""),
        coders=tuple(int(v) for v in form.getlist("coders") if v.isdigit()),
        date=form.get("date") or None,
        label=form.get("label", "")[:200],
        reviewer=number("reviewer"),
    )


def _coded_instruments(db: Any) -> list[dict[str, Any]]:
    newest = newest_versions(db)
    return [
        v
        for v in list_versions(db)
        if v["kind"] in ("observation", "coding") and newest[v["instrument_id"]] == v["version"]
    ]


@bp.route("/units/<int:unit_id>/start", methods=["POST"])
@roles(*COLLECTORS)
def start_unit(unit_id: int) -> Any:
    """Start the coder's own response on the unit, or open the one they started."""
    db, user = get_db(), current_user()
    unit = _unit(unit_id)
    for coder in coding_units.progress(db, unit):
        if coder["user_id"] == user["id"] and coder["uuid"]:
            return redirect(url_for(".edit", response_uuid=coder["uuid"]))
    key = str(uuidlib.uuid4())
    data = ResponseInput(
        instrument=unit["instrument_id"],
        version=newest_versions(db)[unit["instrument_id"]],
        case=unit["case_id"],
        wave=unit["wave_id"],
        date=unit["date"],
        unit=unit_id,
    )
    try:
        save_response(db, key, data, actor(), user["role"], drop_hidden=True)
    except NotAllowed:
        abort(403)
    except ResponseProblems as error:
        for messages in error.problems.values():
            for message in messages:
                flash(_("Could not start the response: %(reason)s", reason=message))
        return redirect(url_for(".units"))
    return redirect(url_for(".edit", response_uuid=key))


@bp.route("/units/<int:unit_id>/reconcile", methods=["GET", "POST"])
@roles(*COLLECTORS)
def reconcile(unit_id: int) -> Any:
    db, user = get_db(), current_user()
    unit = _unit(unit_id)
    if not may_reconcile(unit, user):
        abort(403)
    if is_open(db, unit_id):
        flash(_("Not every coder has completed this unit yet: their codings stay hidden."))
        return redirect(url_for(".units"))
    if unit_consensus := coding_units.consensus_uuid(db, unit_id):
        return redirect(url_for(".edit", response_uuid=unit_consensus))
    comparison = compare(db, unit_id)
    problems: dict[str, list[str]] = {}
    if request.method == "POST":
        choices = {
            name[len("choose-") :]: int(value)
            for name, value in request.form.items()
            if name.startswith("choose-") and value.isdigit()
        }
        try:
            key = save_consensus(db, unit_id, choices, actor(), user["role"])
        except NotAllowed:
            abort(403)
        except ResponseProblems as error:
            problems = error.problems
        else:
            flash(_("Consensus saved. Edit any value here; the coders' codings are kept."))
            return redirect(url_for(".edit", response_uuid=key))
    coders = {r["collector_id"]: _name(db, r["collector_id"]) for r in comparison.responses}
    html = render_template(
        "casebook/reconcile.html",
        unit=unit,
        comparison=comparison,
        coders=coders,
        problems=problems,
    )
    return html, 422 if problems else 200


@bp.route("/agreement")
@roles("admin")
def agreement() -> Any:
    rows = [{**f.row(), "verdict": verdict(f.alpha)} for f in figures(get_db())]
    wave = request.args.get("wave") or None
    waves = sorted({r["wave"] for r in rows if r["wave"]})
    shown = [r for r in rows if r["wave"] == wave]
    return render_template("casebook/agreement.html", rows=shown, waves=waves, wave=wave)


def _unit(unit_id: int) -> dict[str, Any]:
    unit = get_unit(get_db(), unit_id)
    if unit is None:
        abort(404)
    return unit


def _name(db: Any, user_id: int) -> str:
    row = db.execute("SELECT username, display_name FROM users WHERE id = ?", [user_id]).fetchone()
    return (row[1] or row[0]) if row else "?"
