"""Discarding a draft started by mistake, and restoring it.

A discarded response keeps everything in the private database (answers and history) with
the status `discarded`: it is no longer listed as a draft, never published, and cannot be
changed until it is restored. Only a draft can be discarded, by the person who started it or
an admin; each discard and restore is audited with who, when and the reason given."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from casebook import audit
from casebook.access import may_collect
from casebook.clock import now
from casebook.db import write_transaction
from casebook.instruments.registry import get_instrument
from casebook.responses import DISCARDED, NotAllowed, ResponseProblems, get_response

MAX_REASON = 2000


def may_discard(user: dict[str, Any], response: dict[str, Any], kind: str) -> bool:
    """Whether this user may discard or restore this stored response."""
    if not may_collect(user["role"], kind):
        return False
    return user["role"] == "admin" or response["collector_id"] == user["id"]


def discard_response(
    db: sqlite_utils.Database,
    response_uuid: str,
    user: dict[str, Any],
    actor: audit.Actor,
    reason: str = "",
) -> dict[str, Any]:
    """Mark a draft discarded; returns the stored response. Raises ResponseNotFound,
    NotAllowed, or ResponseProblems when it is not a draft or the reason is too long."""
    reason = reason.strip()
    if len(reason) > MAX_REASON:
        raise ResponseProblems({"reason": [f"at most {MAX_REASON} characters"]})
    return _change(db, response_uuid, user, actor, "draft", DISCARDED, reason)


def restore_response(
    db: sqlite_utils.Database, response_uuid: str, user: dict[str, Any], actor: audit.Actor
) -> dict[str, Any]:
    """Make a discarded response a draft again; returns the stored response."""
    return _change(db, response_uuid, user, actor, DISCARDED, "draft", "")


def _change(
    db: sqlite_utils.Database,
    response_uuid: str,
    user: dict[str, Any],
    actor: audit.Actor,
    old: str,
    new: str,
    reason: str,
) -> dict[str, Any]:
    with write_transaction(db):
        response = get_response(db, response_uuid)
        kind = get_instrument(db, response["instrument"], response["version"]).kind
        if not may_discard(user, response, kind):
            raise NotAllowed("only the person who started it, or an admin, may do this")
        if response["status"] != old:
            what = "a draft" if old == "draft" else "a discarded response"
            raise ResponseProblems({"status": [f"it is {response['status']}, not {what}"]})
        revision = response["revision"] + 1
        db.execute(
            "UPDATE responses SET status = ?, revision = ?, updated_at = ? WHERE uuid = ?",
            [new, revision, now(), response["uuid"]],
        )
        after = {"status": new, "revision": revision}
        if new == DISCARDED:
            after["reason"] = reason or None
        before = {"status": old, "revision": response["revision"]}
        action = "discard" if new == DISCARDED else "restore"
        audit.record(db, actor, action, "responses", response["uuid"], before, after)
    return get_response(db, response_uuid)


def discard_record(db: sqlite_utils.Database, response_uuid: str) -> dict[str, Any] | None:
    """Who discarded the response, when and why (the latest discard), or None."""
    rows = audit.history(db, "responses", response_uuid)
    found = next((r for r in reversed(rows) if r["action"] == "discard"), None)
    if found is None:
        return None
    after = json.loads(found["after"] or "{}")
    return {
        "by": found["actor"],
        "by_id": found["actor_id"],
        "at": found["at"],
        "reason": after.get("reason"),
    }
