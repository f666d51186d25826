"""Changing who codes a unit after it was set up: the study lead adds a coder (someone joins
the double coding) or takes one off (someone leaves the study, or was assigned by mistake).

- Only the study lead (an admin who is not one of the unit's coders, checked against the
  stored unit) changes its coders, and only while the unit is open: once every coder has
  completed, the codings are frozen for the agreement figures and so is who made them.
- A coder taken off keeps what they started: their coding is never deleted, but it no longer
  counts towards the unit's completion, the agreement figures or a release, stays readable by
  them alone (`casebook.blindness`) and can no longer be changed. Added back while the unit is
  still open, it counts again. Taking off a coder who has started needs `remove_started`.
- Every change is audited on the unit (`coding_units`, action `coders`): who, when, the coders
  before and after, and the codings kept from those taken off.

The messages are in the reader's language (they reach the web page and the API)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from casebook import audit
from casebook.access import may_collect
from casebook.clock import now
from casebook.coding_units import LARGEST_ID, UnitProblems, get_unit, is_open, progress
from casebook.db import write_transaction
from casebook.i18n import _
from casebook.instruments.registry import get_instrument, newest_versions
from casebook.response_errors import NotAllowed


@dataclass(frozen=True)
class CodersChanged:
    before: list[int]
    after: list[int]
    kept: list[str]  # the UUIDs of codings kept from coders taken off


class StartedCoders(Exception):
    """Taking off coders who have started needs confirming (`remove_started`): `started`
    lists each one's account id, name and status (never their answers)."""

    def __init__(self, started: list[dict[str, Any]]):
        super().__init__(", ".join(c["username"] for c in started))
        self.started = started


def may_change_coders(unit: dict[str, Any], user: dict[str, Any]) -> bool:
    """The study lead: an admin who is not one of the (stored) unit's coders."""
    return user["role"] == "admin" and user["id"] not in unit["coders"]


def change_coders(
    db: sqlite_utils.Database,
    unit_id: int,
    coders: Iterable[int],
    actor: audit.Actor,
    user: dict[str, Any],
    remove_started: bool = False,
) -> CodersChanged:
    """Make `coders` the unit's coders. Raises LookupError (no such unit), NotAllowed (not
    the study lead), UnitProblems (nothing changed, by field) or StartedCoders."""
    wanted = sorted(set(coders))
    with write_transaction(db):
        unit = get_unit(db, unit_id)
        if unit is None:
            raise LookupError(unit_id)
        if not may_change_coders(unit, user):
            raise NotAllowed(_("only the study lead, who is not one of its coders, changes them"))
        before = list(unit["coders"])
        problems = _problems(db, unit, wanted)
        if problems:
            raise UnitProblems({"coders": problems})
        removed = [c for c in before if c not in wanted]
        started = [c for c in progress(db, unit) if c["user_id"] in removed and c["uuid"]]
        if started and not remove_started:
            raise StartedCoders(started)
        if wanted == before:
            return CodersChanged(before, before, [])
        stamp = now()
        for coder in removed:
            db.execute(
                "DELETE FROM unit_coders WHERE unit_id = ? AND user_id = ?", [unit_id, coder]
            )
        for coder in (c for c in wanted if c not in before):
            db["unit_coders"].insert({"unit_id": unit_id, "user_id": coder, "assigned_at": stamp})
        kept = [c["uuid"] for c in started]
        after = {"coders": wanted, "kept_codings": kept}
        audit.record(db, actor, "coders", "coding_units", unit_id, {"coders": before}, after)
        return CodersChanged(before, wanted, kept)


def _problems(db: sqlite_utils.Database, unit: dict[str, Any], wanted: list[int]) -> list[str]:
    if not is_open(db, unit["id"]):
        return [_("every coder of this unit has completed: its coders no longer change")]
    if not wanted:
        return [_("keep at least one coder; the unit's codings are kept either way")]
    found = []
    version = newest_versions(db).get(unit["instrument_id"])
    kind = get_instrument(db, unit["instrument_id"], version).kind if version else None
    for user_id in (c for c in wanted if c not in unit["coders"]):
        account = _account(db, user_id)
        if account is None or not account["active"]:
            found.append(_("no active account with id %(id)s", id=user_id))
        elif user_id == unit["reviewer_id"]:
            found.append(
                _(
                    "%(name)s reviews this unit, so cannot code it",
                    name=account["username"],
                )
            )
        elif kind and not may_collect(account["role"], kind):
            found.append(
                _(
                    "%(name)s (%(role)s) may not code this",
                    name=account["username"],
                    role=account["role"],
                )
            )
    return found


def _account(db: sqlite_utils.Database, user_id: int) -> dict[str, Any] | None:
    if not 0 < user_id <= LARGEST_ID:
        return None
    rows = list(db.query("SELECT id, username, role, active FROM users WHERE id = ?", [user_id]))
    return rows[0] if rows else None
