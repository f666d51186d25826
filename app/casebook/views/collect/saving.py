"""Saving a posted form through the service: the answers (and the date field) on top of the
stored response, at the revision the page shows; a response started on the device (offline)
is described by the post itself; and what a conflict says about the newer version someone
else saved."""

from __future__ import annotations

from typing import Any

from flask import request

from casebook import audit
from casebook.accounts import get_user
from casebook.db import get_db
from casebook.request_context import actor, current_user
from casebook.responses import (
    ResponseInput,
    ResponseProblems,
    SaveResult,
    save_response,
    save_valid_answers,
)

# The fields a page started on the device posts to create its response (see outbox.js).
START_FIELDS = ("meta-instrument", "meta-version", "meta-case", "meta-participant", "meta-wave")


def save_posted(
    response: dict[str, Any],
    answers: dict[str, Any],
    status: str,
    unreadable: dict[str, list[str]] | None = None,
) -> SaveResult:
    """Save posted answers (and the date field) on top of the stored response, keeping every
    valid answer: those that fail their checks (and `unreadable` ones, whose text could not
    be read) keep their stored value and come back in `result.rejected`."""
    data = _posted_input(response, answers, status)
    role = current_user()["role"]
    return save_valid_answers(get_db(), response["uuid"], data, actor(), role, unreadable)


def save_posted_whole(response: dict[str, Any], answers: dict[str, Any], status: str) -> SaveResult:
    """Save posted answers all or nothing (what "Mark complete" needs)."""
    data = _posted_input(response, answers, status)
    role = current_user()["role"]
    return save_response(get_db(), response["uuid"], data, actor(), role, drop_hidden=True)


def _posted_input(response: dict[str, Any], answers: dict[str, Any], status: str) -> ResponseInput:
    date = request.form.get("meta-date", response["date"] or "")
    return ResponseInput(
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


def started_on_device(response_uuid: str) -> dict[str, Any] | None:
    """A response the browser started without the server (offline), described by the posted
    `meta-*` fields, shaped like a stored one; None when the post describes none. Whether it
    may be created is the service's decision, as for any save."""
    form = request.form
    if not all(form.get(name) for name in ("meta-instrument", "meta-version", "meta-case")):
        return None
    version, case = form["meta-version"], form["meta-case"]
    participant = form.get("meta-participant") or None
    if not version.isdigit() or not case.isdigit():
        raise ResponseProblems({"instrument": ["the start of this response is unreadable"]})
    if participant is not None and not participant.isdigit():
        raise ResponseProblems({"participant": ["the start of this response is unreadable"]})
    return {
        "uuid": response_uuid,
        "instrument": form["meta-instrument"],
        "version": int(version),
        "case": int(case),
        "participant": int(participant) if participant else None,
        "wave": form.get("meta-wave", ""),
        "date": None,
        "status": "draft",
        "revision": 0,
    }


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
