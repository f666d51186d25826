"""Units of coding in the JSON API: the study lead sets up a unit with its coders (and changes
them while it is open); coders and reviewers list theirs (each coder's status, never their
answers); once every coder has completed, the lead or reviewer reads the codings side by side
and saves the consensus; the agreement figures (admin). Coders code a unit with
PUT /responses/<uuid> and `"unit"`. The same services as the web app
(`casebook.coding_units`, `casebook.unit_coders`, `casebook.reconciliation`)."""

from __future__ import annotations

from typing import Any

from casebook.access import COLLECTORS, roles
from casebook.agreement.figures import figures, verdict
from casebook.api.blueprint import bp
from casebook.api.body import json_body
from casebook.api.errors import ApiError, detail, invalid
from casebook.api.fields import Fields
from casebook.coding_units import (
    UnitInput,
    UnitProblems,
    create_unit,
    get_unit,
    is_open,
    list_units,
    may_reconcile,
)
from casebook.db import get_db
from casebook.reconciliation import compare, save_consensus
from casebook.request_context import actor, current_user
from casebook.responses import NotAllowed, ResponseProblems
from casebook.unit_coders import StartedCoders, change_coders

SUMMARY = ("id", "key", "kind", "instrument_id", "case_id", "wave_id", "date", "reviewer_id")


def _public(unit: dict[str, Any]) -> dict[str, Any]:
    return {
        **{name: unit[name] for name in SUMMARY},
        "label": unit["label"],
        "coders": [{k: c[k] for k in ("user_id", "status")} for c in unit["progress"]],
        "open": unit["open"],
        "consensus": unit["consensus"],
    }


@bp.route("/units")
@roles(*COLLECTORS)
def units_list() -> Any:
    """Units this account codes or reviews (admins: every unit), newest first."""
    user = current_user()
    mine = None if user["role"] == "admin" else user["id"]
    return [_public(u) for u in list_units(get_db(), mine)]


@bp.route("/units", methods=["POST"])
@roles("admin")
def create_unit_() -> Any:
    """Set up a unit with its coders (admin): 201 with the unit."""
    body = json_body()
    fields = Fields(
        body, {"kind", "instrument", "case", "wave", "date", "label", "coders"} | {"reviewer"}
    )
    coders = body.get("coders")
    if not isinstance(coders, list) or not all(
        isinstance(c, int) and not isinstance(c, bool) for c in coders
    ):
        fields.add("coders", "expected a list of account ids")
        coders = []
    data = UnitInput(
        kind=fields.text("kind", required=True, max_length=20) or "",
        instrument=fields.text("instrument", required=True, max_length=64) or "",
        case=fields.case() or 0,
        wave=fields.text("wave", required=True, max_length=64) or "",
        coders=tuple(coders),
        date=fields.date("date"),
        label=fields.text("label", max_length=200, nullable=True) or "",
        reviewer=fields.integer("reviewer", nullable=True),
    )
    fields.done()
    db = get_db()
    try:
        unit_id = create_unit(db, data, actor())
    except UnitProblems as error:
        raise invalid([detail(k, m) for k, ms in error.problems.items() for m in ms]) from None
    unit = next(u for u in list_units(db) if u["id"] == unit_id)
    return _public(unit), 201


@bp.route("/units/<int:unit_id>", methods=["PATCH"])
@roles("admin")
def change_unit(unit_id: int) -> Any:
    """Change the coders of an open unit (the study lead, who is not one of them): 200 with
    the unit. Taking off someone who has started needs `"remove_started": true` (else 409);
    their coding is kept, no longer counts and stays readable by them alone. Audited."""
    body = json_body()
    fields = Fields(body, {"coders", "remove_started"})
    coders = body.get("coders")
    if not isinstance(coders, list) or not all(
        isinstance(c, int) and not isinstance(c, bool) for c in coders
    ):
        fields.add("coders", "expected a list of account ids")
        coders = []
    remove_started = body.get("remove_started", False)
    if not isinstance(remove_started, bool):
        fields.add("remove_started", "expected true or false")
    fields.done()
    db = get_db()
    try:
        change_coders(db, unit_id, coders, actor(), current_user(), remove_started is True)
    except LookupError:
        raise ApiError(404, "not_found", f"There is no unit {unit_id}.") from None
    except NotAllowed as error:
        raise ApiError(403, "forbidden", f"{str(error).capitalize()}.") from None
    except UnitProblems as error:
        raise invalid([detail(k, m) for k, ms in error.problems.items() for m in ms]) from None
    except StartedCoders as asked:
        names = ", ".join(c["username"] for c in asked.started)
        raise ApiError(
            409,
            "started",
            f"Started coding this unit: {names}. Their codings are kept, no longer count and "
            'stay readable by them alone; send `"remove_started": true` to take them off. '
            "Nothing was changed.",
            [
                detail("coders", f"{c['username']} has started ({c['status']})")
                for c in asked.started
            ],
            started=[{k: c[k] for k in ("user_id", "status")} for c in asked.started],
        ) from None
    return _public(next(u for u in list_units(db) if u["id"] == unit_id))


def _closed_unit(unit_id: int) -> dict[str, Any]:
    db = get_db()
    unit = get_unit(db, unit_id)
    if unit is None:
        raise ApiError(404, "not_found", f"There is no unit {unit_id}.")
    if not may_reconcile(unit, current_user()):
        raise ApiError(403, "forbidden", "Only the study lead or the unit's reviewer reconciles.")
    if is_open(db, unit_id):
        raise ApiError(
            403, "forbidden", "Not every coder has completed this unit: their codings are hidden."
        )
    return unit


@bp.route("/units/<int:unit_id>/reconciliation")
@roles(*COLLECTORS)
def reconciliation(unit_id: int) -> Any:
    """The coders' completed codings of a closed unit, answer by answer (lead, reviewer)."""
    _closed_unit(unit_id)
    comparison = compare(get_db(), unit_id)
    return {
        "responses": [r["uuid"] for r in comparison.responses],
        "places": [
            {
                "path": p.path,
                "agreed": p.agreed,
                "values": [{"coder": c, "value": v} for c, v in p.values.items()],
            }
            for p in comparison.places
        ],
    }


@bp.route("/units/<int:unit_id>/consensus", methods=["POST"])
@roles(*COLLECTORS)
def consensus(unit_id: int) -> Any:
    """Save the unit's consensus: agreed values kept, each disagreement from the coder chosen
    in `choices` (path -> account id); 201 with its UUID."""
    _closed_unit(unit_id)
    body = json_body()
    fields = Fields(body, {"choices"})
    choices = body.get("choices", {})
    if not isinstance(choices, dict) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in choices.values()
    ):
        fields.add("choices", "expected an object of answer path to a coder's account id")
        choices = {}
    fields.done()
    try:
        key = save_consensus(get_db(), unit_id, choices, actor(), current_user()["role"])
    except NotAllowed as error:
        raise ApiError(403, "forbidden", f"{str(error).capitalize()}.") from None
    except ResponseProblems as error:
        raise invalid(
            [{"path": k, "message": m} for k, ms in error.problems.items() for m in ms]
        ) from None
    return {"uuid": key}, 201


@bp.route("/agreement")
@roles("admin")
def agreement() -> Any:
    """Agreement figures by item, by wave and over all waves (wave null), weakest first."""
    return [{**f.row(), "verdict": verdict(f.alpha)} for f in figures(get_db())]
