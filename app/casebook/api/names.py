"""Correcting names through the JSON API (admin, interviewer): `PATCH /participants/<id>`
with `name` and/or `aliases`, `PATCH /contacts/<id>` with `name`, `relation` and/or
`aliases`. A field left out stays as it is; every change is audited (`casebook.renaming`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import abort

from casebook import renaming, study
from casebook.access import FIELD_ROLES, roles
from casebook.api.blueprint import bp
from casebook.api.body import json_body
from casebook.api.errors import detail, invalid
from casebook.api.fields import Fields
from casebook.api.participants import participant_document
from casebook.api.schema import MAX_ID
from casebook.db import get_db
from casebook.request_context import actor


def _exists_at_all(key: int) -> None:
    if key > MAX_ID:  # larger than any SQLite row id
        abort(404)


def _change(fields: Fields, relation: bool) -> renaming.NameChange:
    body = fields.body
    if "aliases" in body and body["aliases"] is None:
        fields.add("aliases", "expected a list of names (text), not null")
    change = renaming.NameChange(
        name=fields.text("name", required=True, max_length=200) if "name" in body else None,
        aliases=fields.names("aliases") if "aliases" in body else None,
    )
    if relation and "relation" in body:
        change.relation = fields.text("relation", max_length=200, nullable=True) or ""
    fields.done()
    return change


def _rename(rename: Callable[..., dict[str, Any]], key: int, allowed: set[str]) -> dict[str, Any]:
    """Read the body's name fields, apply them through `rename` (audited), and answer 404 for
    no such person or 422 with the fields a study rule refused."""
    _exists_at_all(key)
    fields = Fields(json_body(), allowed)
    change = _change(fields, relation="relation" in allowed)
    try:
        return rename(get_db(), key, change, actor())
    except study.NotFound:
        abort(404)
    except study.StudyError as error:
        raise invalid([detail(k, v) for k, v in error.fields.items()]) from None


@bp.route("/participants/<int:participant_id>", methods=["PATCH"])
@roles(*FIELD_ROLES)
def patch_participant(participant_id: int) -> Any:
    """Correct a participant's name and other names: 200 with the participant."""
    person = _rename(renaming.rename_participant, participant_id, {"name", "aliases"})
    return participant_document(person)


@bp.route("/contacts/<int:contact_id>", methods=["PATCH"])
@roles(*FIELD_ROLES)
def patch_contact(contact_id: int) -> Any:
    """Correct a contact's name, relation and nicknames: 200 with the contact."""
    contact = _rename(renaming.rename_contact, contact_id, {"name", "relation", "aliases"})
    return {
        "id": contact["id"],
        "name": contact["name"],
        "relation": contact["relation"] or "",
        "aliases": contact["aliases"],
    }
