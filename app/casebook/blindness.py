"""Independent coding: while a unit of coding is open (some assigned coder has not completed),
each coder's response on it is readable by its own coder only. Every read of a stored response
(its page, the API, a conflict's or a duplicate's body, its history, lists) asks `may_see`,
and every write of a response on a unit asks `write_refusal`, always against the stored rows,
never what a request says about itself.

When every coder has completed, the unit closes: the coders' responses become readable as any
other (so disagreements can be discussed), but they are frozen, because the agreement figures
are computed on the independent codings; what changes after that is the consensus
(`casebook.reconciliation`), which only the study lead or the unit's reviewer writes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlite_utils

from casebook.coding_units import get_unit, is_coder, is_open, may_reconcile


def sealed_sql(alias: str) -> str:
    """An SQL condition, true for a `responses` row (named `alias` in the query) that only
    its own coder may read: a coding of a unit some assigned coder has not completed yet, or
    the coding of someone who no longer codes its unit."""
    return (
        f"({alias}.unit_id IS NOT NULL AND {alias}.consensus = 0 AND ({alias}.collector_id"
        f" NOT IN (SELECT s_c.user_id FROM unit_coders s_c WHERE s_c.unit_id = {alias}.unit_id)"
        f" OR EXISTS (SELECT 1 FROM unit_coders s_o WHERE s_o.unit_id = {alias}.unit_id"
        " AND NOT EXISTS (SELECT 1 FROM responses s_r WHERE s_r.unit_id = s_o.unit_id"
        " AND s_r.collector_id = s_o.user_id AND s_r.consensus = 0"
        " AND s_r.status = 'complete'))))"
    )


def may_see(db: sqlite_utils.Database, user: dict[str, Any], response: dict[str, Any]) -> bool:
    """Whether `user` may read a stored response (with or without its answers)."""
    unit = response.get("unit")
    if unit is None or response.get("consensus") or response["collector_id"] == user["id"]:
        return True
    return not is_open(db, unit) and is_coder(db, unit, response["collector_id"])


def visible(
    db: sqlite_utils.Database, user: dict[str, Any], responses: Iterable[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The responses of a list that `user` may see (`may_see`), in order."""
    open_units: dict[int, bool] = {}
    out = []
    for response in responses:
        unit = response.get("unit")
        if unit is not None and not response.get("consensus"):
            if response["collector_id"] != user["id"]:
                if unit not in open_units:
                    open_units[unit] = is_open(db, unit)
                if open_units[unit] or not is_coder(db, unit, response["collector_id"]):
                    continue
        out.append(response)
    return out


def write_refusal(
    db: sqlite_utils.Database, stored: dict[str, Any], user: dict[str, Any]
) -> str | None:
    """Why `user` may not change a stored response on a unit, or None when they may."""
    unit_id = stored.get("unit")
    if unit_id is None:
        return None
    unit = get_unit(db, unit_id)
    assert unit is not None
    if stored.get("consensus"):
        if may_reconcile(unit, user):
            return None
        return "only the study lead or the unit's reviewer changes its consensus"
    if stored["collector_id"] != user["id"]:
        return "a coding of a unit is changed by its own coder only"
    if not is_coder(db, unit_id, user["id"]):
        return (
            "you no longer code this unit: the study lead took you off it, and your coding "
            "is kept as it is"
        )
    if not is_open(db, unit_id):
        return (
            "every coder of this unit has completed, so the codings are frozen for the "
            "agreement figures; changes go into the consensus"
        )
    return None


def start_refusal(
    db: sqlite_utils.Database, unit_id: int, user: dict[str, Any], consensus: bool
) -> str | None:
    """Why `user` may not start a response on a unit, or None when they may."""
    unit = get_unit(db, unit_id)
    if unit is None:
        return None  # reported as a problem with the field `unit`
    if consensus:
        if not may_reconcile(unit, user):
            return "only the study lead or the unit's reviewer reconciles its codings"
        if is_open(db, unit_id):
            return "a consensus waits until every coder of the unit has completed"
        return None
    if not is_coder(db, unit_id, user["id"]):
        return "you are not assigned to code this unit"
    return None
