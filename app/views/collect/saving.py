"""Saving a posted form through the service: the answers (and the date field) on top of the
stored response, at the revision the page shows; and what a conflict says about the newer
version someone else saved."""

from __future__ import annotations

from typing import Any

from flask import request

from app import audit
from app.accounts import get_user
from app.db import get_db
from app.extension import current_user
from app.responses import ResponseInput, ResponseProblems, SaveResult, save_response
from app.views.study import actor


def save_posted(response: dict[str, Any], answers: dict[str, Any], status: str) -> SaveResult:
    """Save posted answers (and the date field) on top of the stored response."""
    date = request.form.get("meta-date", response["date"] or "")
    data = ResponseInput(
        instrument=response["instrument"],
        version=response["version"],
        case=response["case"],
        participant=response["participant"],
        wave=response["wave"],
        date=date.strip() or None,
        status=status,
        answers=answers,
        revision=_revision(),
    )
    return save_response(
        get_db(), response["uuid"], data, actor(), current_user()["role"], drop_hidden=True
    )


def _revision() -> int:
    value = request.form.get("revision", "")
    if not value.isdigit():
        raise ResponseProblems(
            {"revision": ["the page did not say which revision it shows; reload the page"]}
        )
    return int(value)


def conflict_state(current: dict[str, Any]) -> dict[str, Any]:
    """What the 409 answer and the conflict banner say about the stored version."""
    return {
        "revision": current["revision"],
        "updated_at": current["updated_at"],
        "status": current["status"],
        "collector": _last_saver(current["uuid"]),
    }


def _last_saver(response_uuid: str) -> str:
    rows = audit.history(get_db(), "responses", response_uuid)
    if not rows:
        return "someone"
    user = get_user(get_db(), rows[-1]["actor_id"]) if rows[-1]["actor_id"] else None
    return (user or {}).get("display_name") or rows[-1]["actor"]
