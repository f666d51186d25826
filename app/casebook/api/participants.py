"""Participants in the JSON API, with their names, aliases and contacts: never for analysts
or observers. A new participant is stored all or nothing."""

from __future__ import annotations

import json
import re
from typing import Any

from casebook import study
from casebook.access import FIELD_ROLES, roles
from casebook.api.blueprint import bp
from casebook.api.body import json_body
from casebook.api.errors import detail, invalid
from casebook.api.fields import MAX_LIST, Fields, query_case
from casebook.db import get_db
from casebook.request_context import actor, study_settings

PARTICIPANT_FIELDS = {
    "case",
    "role",
    "name",
    "aliases",
    "phone",
    "email",
    "birth_year",
    "gender",
    "consent_date",
    "consent_version",
    "contacts",
}


def participant_document(row: dict[str, Any]) -> dict[str, Any]:
    """A participant as the API shows it, with contacts."""
    aliases = row["aliases"]
    return {
        "id": row["id"],
        "case": row["case_id"],
        "role": row["role"],
        "name": row["name"],
        "aliases": json.loads(aliases or "[]") if isinstance(aliases, str) else aliases,
        "phone": row["phone"] or "",
        "email": row["email"] or "",
        "birth_year": row["birth_year"],
        "gender": row["gender"] or "",
        "consent_date": row["consent_date"],
        "consent_version": row["consent_version"],
        "created_at": row["created_at"],
        "contacts": [
            {
                "id": c["id"],
                "name": c["name"],
                "relation": c["relation"] or "",
                "aliases": c["aliases"],
            }
            for c in study.contacts_of(get_db(), row["id"])
        ],
    }


@bp.route("/participants")
@roles(*FIELD_ROLES)
def participants() -> Any:
    """Participants with their names, aliases and contacts (never for analysts or
    observers), of one case (`?case=` id or code) or of all cases."""
    db = get_db()
    case_id = query_case()
    case_ids = [row["id"] for row in study.list_cases(db)] if case_id is None else [case_id]
    return [participant_document(p) for c in case_ids for p in study.participants_of(db, c)]


@bp.route("/participants", methods=["POST"])
@roles(*FIELD_ROLES)
def create_participant() -> Any:
    """A participant with aliases and contacts, stored all or nothing: 201."""
    fields = Fields(json_body(), PARTICIPANT_FIELDS)
    data = _participant_input(fields)
    role_ids = study_settings().role_ids
    reported = {p["field"] for p in fields.problems}
    for name, message in study.check_participant(data, role_ids).items():
        if name not in reported:  # the service's own checks, so every problem is listed at once
            fields.add(name, message)
    fields.done()
    db = get_db()
    try:
        pid = study.create_participant(db, data, role_ids, actor())
    except study.StudyError as error:
        raise invalid([detail(k, v) for k, v in error.fields.items()]) from None
    return participant_document(study.get_participant(db, pid)), 201


def _participant_input(fields: Fields) -> study.ParticipantInput:
    """The participant the body describes; its problems are left on `fields`."""
    case_id = fields.case()
    data = study.ParticipantInput(
        case_id=case_id or 0,
        role=fields.text("role", required=True) or "",
        name=fields.text("name", required=True, max_length=200) or "",
        aliases=fields.names("aliases"),
        phone=fields.text("phone", max_length=40, nullable=True) or "",
        email=fields.text("email", max_length=200, nullable=True) or "",
        birth_year=fields.integer("birth_year", nullable=True, minimum=0),
        gender=fields.text("gender", max_length=40, nullable=True) or "",
        consent_date=fields.date("consent_date"),
        consent_version=fields.text("consent_version", max_length=100, nullable=True) or "",
        contacts=_contacts(fields),
    )
    if data.email and not re.match(study.EMAIL, data.email):
        fields.add("email", "an e-mail address such as name@example.org")
    return data


def _contacts(fields: Fields) -> list[study.ContactInput]:
    value = fields.body.get("contacts")
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > MAX_LIST:
        fields.add("contacts", f"expected a list of at most {MAX_LIST} contacts")
        return []
    contacts = []
    for index, entry in enumerate(value):
        path = f"contacts[{index}]"
        if not isinstance(entry, dict):
            fields.add(path, 'expected {"name": ..., "relation": ..., "aliases": [...]}')
            continue
        sub = Fields(entry, {"name", "relation", "aliases"})
        contact = study.ContactInput(
            name=sub.text("name", required=True, max_length=200) or "",
            relation=sub.text("relation", max_length=200, nullable=True) or "",
            aliases=sub.names("aliases"),
        )
        fields.problems += [detail(f"{path}.{p['field']}", p["message"]) for p in sub.problems]
        contacts.append(contact)
    return contacts
