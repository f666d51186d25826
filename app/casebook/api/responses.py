"""Responses in the JSON API: an idempotent PUT that creates or updates one (409 on an old
revision, 422 with every problem by item), one response with its answers, and a filtered
list without answers. Every write goes through `casebook.responses.save_response`, which
validates, stores and audits it as the web app's forms do."""

from __future__ import annotations

import re
from typing import Any

from flask import request, url_for

from casebook.access import COLLECTORS, may_collect, roles
from casebook.api.auth import current_role
from casebook.api.blueprint import bp
from casebook.api.body import json_body
from casebook.api.errors import ApiError, detail, invalid
from casebook.api.fields import Fields, query_case, query_id
from casebook.blindness import visible
from casebook.db import get_db
from casebook.instruments.registry import UnknownInstrument, get_instrument, list_versions
from casebook.request_context import actor, current_user, load_response
from casebook.responses import (
    META,
    Conflict,
    Discarded,
    Duplicate,
    NotAllowed,
    ResponseInput,
    ResponseProblems,
    get_response,
    list_responses,
    save_response,
)

# Fields a GET of a response returns that a PUT may send back unchanged (read-only).
READ_ONLY = {"uuid", "collector_id", "created_at", "updated_at", "completed_at", "consensus"}


@bp.route("/responses/<response_uuid>", methods=["PUT"])
@roles(*COLLECTORS)
def put_response(response_uuid: str) -> Any:
    """Create (201) or update (200) a response; an identical resend is 200 and changes
    nothing; an old `revision` is 409 with the current state; a new response that duplicates
    one already started is 409 `duplicate` with that one as `current` (resume it), unless
    `start_anyway` and a second can be legitimate; a discarded response is 409 `discarded`;
    any problem is 422 with every problem listed and nothing stored."""
    body = json_body()
    data = _response_input(body, response_uuid)
    anyway = body.get("start_anyway") is True
    db = get_db()
    try:
        result = save_response(
            db,
            response_uuid,
            data,
            actor(),
            current_role(),
            drop_hidden=False,
            start_anyway=anyway,
        )
    except Duplicate as duplicate:
        raise _duplicate(db, duplicate) from None
    except Discarded as discarded:
        raise _discarded(discarded.current) from None
    except ResponseProblems as error:
        raise invalid(_problem_details(db, data, error.problems)) from None
    except Conflict as conflict:
        raise _conflict(conflict.current, data.revision) from None
    except NotAllowed as error:
        raise ApiError(403, "forbidden", f"{str(error).capitalize()}.") from None
    stored = result.response
    if result.created:
        return stored, 201, {"Location": url_for(".get_response_", response_uuid=stored["uuid"])}
    return stored, 200


def _conflict(current: dict[str, Any], based_on: int | None) -> ApiError:
    stored = current["revision"]
    return ApiError(
        409,
        "conflict",
        f"The response is at revision {stored}; this request was "
        f"based on revision {based_on}. Nothing was changed.",
        [detail("revision", f"the stored revision is {stored}")],
        current=current,
    )


def _duplicate(db: Any, duplicate: Duplicate) -> ApiError:
    existing = get_response(db, duplicate.existing["uuid"])
    verb = "open" if existing["status"] == "complete" else "resume"
    anyway = (
        ' To start a second one all the same, send `"start_anyway": true`.'
        if duplicate.may_start_anyway
        else " There is one per participant, instrument and wave."
    )
    return ApiError(
        409,
        "duplicate",
        f"This was started before: {verb} response {existing['uuid']} "
        f"(`current`) instead. Nothing was stored.{anyway}",
        [detail("uuid", f"the existing response is {existing['uuid']}")],
        current=existing,
    )


def _discarded(current: dict[str, Any]) -> ApiError:
    return ApiError(
        409,
        "discarded",
        "This response was discarded: restore it on its page in Casebook before changing "
        "it. Nothing was changed.",
        [detail("status", "discarded")],
        current=current,
    )


def _response_input(body: dict[str, Any], response_uuid: str) -> ResponseInput:
    fields = Fields(body, {*META, "answers", "revision", "start_anyway"} | READ_ONLY)
    sent_uuid = body.get("uuid")
    if sent_uuid is not None and str(sent_uuid).lower() != response_uuid.lower():
        fields.add("uuid", "differs from the UUID in the address")
    answers = body.get("answers", {})
    if answers is None:
        answers = {}
    if not isinstance(answers, dict):
        fields.add("answers", "expected an object of item id to answer")
        answers = {}
    if not isinstance(body.get("start_anyway", False), bool):
        fields.add("start_anyway", "expected true or false")
    status = fields.text("status", default="draft")
    data = ResponseInput(
        instrument=fields.text("instrument", required=True, max_length=64) or "",
        version=fields.integer("version", required=True) or 0,
        case=fields.case() or 0,
        participant=fields.integer("participant", nullable=True),
        wave=fields.text("wave", required=True, max_length=64) or "",
        date=fields.date("date"),
        status=status if status is not None else "draft",
        answers=answers,
        revision=fields.integer("revision", nullable=True),
        unit=fields.integer("unit", nullable=True),
    )
    fields.done()
    return data


def _problem_details(
    db: Any, data: ResponseInput, problems: dict[str, list[str]]
) -> list[dict[str, str]]:
    """The service's problems, one entry per message: `field` for the response's own fields,
    `item` (the top-level item id) and `path` for answers."""
    try:
        items = set(get_instrument(db, data.instrument, data.version).answerable())
    except (UnknownInstrument, TypeError, ValueError):
        items = set()
    own = {*META, "uuid", "revision", "answers"}
    details = []
    for key, messages in problems.items():
        item = re.split(r"[.\[]", key, maxsplit=1)[0]
        is_field = key in own and key not in data.answers and item not in items
        for message in messages:
            if is_field:
                details.append({"field": key, "message": message})
            else:
                details.append({"item": item, "path": key, "message": message})
    return details


@bp.route("/responses/<response_uuid>", methods=["GET"], endpoint="get_response_")
@roles(*COLLECTORS)
def read_response(response_uuid: str) -> Any:
    """One stored response with its answers and revision."""
    response, _instrument = load_response(response_uuid)
    return response


@bp.route("/responses")
@roles(*COLLECTORS)
def responses() -> Any:
    """Responses without their answers, filtered by instrument, case (id or code),
    participant, wave and status; only those of kinds the role may collect."""
    db = get_db()
    kinds = {(v["instrument_id"], v["version"]): v["kind"] for v in list_versions(db)}
    wanted = request.args.get("instrument") or None
    role = current_role()
    if wanted is not None:
        wanted_kinds = {k for (i, _v), k in kinds.items() if i == wanted}
        if wanted_kinds and not any(may_collect(role, k) for k in wanted_kinds):
            raise ApiError(403, "forbidden", f"A {role} may not read {wanted!r} responses.")
    filters = {
        "instrument": wanted,
        "case": query_case(),
        "participant": query_id("participant"),
        "wave": request.args.get("wave") or None,
        "status": request.args.get("status") or None,
    }
    rows = visible(db, current_user(), list_responses(db, **filters))
    return [
        {k: v for k, v in row.items() if k != "answers"}
        for row in rows
        if may_collect(role, kinds.get((row["instrument"], row["version"]), ""))
    ]
