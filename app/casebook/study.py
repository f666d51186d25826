"""Study structure: cases (e.g. resource groups), the participants in them with their consent,
and the people participants talk about who are not participants (contacts).

Names, aliases and contact details live only here, in the private database."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from casebook import audit
from casebook.clock import now
from casebook.db import write_transaction
from casebook.i18n import _
from casebook.nicknames import alias_problem

EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"  # what both the web form and the API accept as e-mail


class StudyError(ValueError):
    """Input that cannot be stored; `fields` maps field names to messages."""

    def __init__(self, fields: dict[str, str]):
        self.fields = fields
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))


class NotFound(LookupError):
    """No such case or participant."""


# --- cases ---------------------------------------------------------------------------------


def create_case(db: sqlite_utils.Database, code: str, label: str, actor: audit.Actor) -> int:
    code = code.strip()
    if not code:
        raise StudyError({"code": _("give the case a short code, e.g. RG01")})
    if case_by_code(db, code):
        raise StudyError(
            {"code": _("the code “%(code)s” is already used by another case", code=code)}
        )
    row = {"code": code, "label": label.strip(), "created_at": now()}
    with write_transaction(db):
        case_id = db.execute(
            "INSERT INTO cases (code, label, created_at) VALUES (:code, :label, :created_at)", row
        ).lastrowid
        audit.record(db, actor, "create", "cases", case_id, after=row)
    return int(case_id)


def case_by_code(db: sqlite_utils.Database, code: str) -> dict[str, Any] | None:
    return _one(db, "SELECT * FROM cases WHERE code = ?", [code])


def get_case(db: sqlite_utils.Database, case_id: int) -> dict[str, Any]:
    row = _one(db, "SELECT * FROM cases WHERE id = ?", [case_id])
    if row is None:
        raise NotFound(f"no case with id {case_id}")
    return row


def list_cases(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return list(
        db.query(
            "SELECT c.*, (SELECT count(*) FROM participants p WHERE p.case_id = c.id)"
            " AS participants FROM cases c ORDER BY c.code"
        )
    )


# --- participants ----------------------------------------------------------------------------


@dataclass
class ContactInput:
    name: str
    relation: str = ""
    aliases: list[str] = field(default_factory=list)


@dataclass
class ParticipantInput:
    case_id: int
    role: str
    name: str
    aliases: list[str] = field(default_factory=list)
    phone: str = ""
    email: str = ""
    birth_year: int | None = None
    gender: str = ""
    consent_date: str | None = None
    consent_version: str = ""
    contacts: list[ContactInput] = field(default_factory=list)


def check_participant(data: ParticipantInput, roles: list[str]) -> dict[str, str]:
    """Field problems with a participant's details; empty when they can be stored."""
    problems: dict[str, str] = {}
    if not data.name.strip():
        problems["name"] = _("the participant's name is needed (it never leaves the private side)")
    if data.role not in roles:
        problems["role"] = _("choose a role: %(roles)s", roles=", ".join(roles))
    if alias := alias_problem(data.aliases):
        problems["aliases"] = alias
    problems.update(check_consent(data.consent_date, data.consent_version, optional=True))
    this_year = dt.date.today().year
    if data.birth_year is not None and not 1900 <= data.birth_year <= this_year:
        problems["birth_year"] = _("a year between 1900 and %(year)d", year=this_year)
    return problems


def check_consent(date: str | None, version: str, optional: bool = False) -> dict[str, str]:
    if not date and not version and optional:
        return {}
    problems = {}
    try:
        if not date or dt.date.fromisoformat(date) > dt.date.today():
            problems["consent_date"] = _("the date consent was given, not in the future")
    except ValueError:
        problems["consent_date"] = _("a date as YYYY-MM-DD")
    if not version.strip():
        problems["consent_version"] = _("the version of the consent form that was signed")
    return problems


def create_participant(
    db: sqlite_utils.Database, data: ParticipantInput, roles: list[str], actor: audit.Actor
) -> int:
    """Store a participant with their contacts; all or nothing."""
    get_case(db, data.case_id)
    problems = check_participant(data, roles)
    if problems:
        raise StudyError(problems)
    row = _participant_row(data)
    with write_transaction(db):
        columns = ", ".join(row)
        marks = ", ".join(f":{k}" for k in row)
        pid = int(
            db.execute(f"INSERT INTO participants ({columns}) VALUES ({marks})", row).lastrowid
        )
        audit.record(db, actor, "create", "participants", pid, after=row)
        for contact in data.contacts:
            add_contact(db, pid, contact, actor)
    return pid


def _participant_row(data: ParticipantInput) -> dict[str, Any]:
    return {
        "case_id": data.case_id,
        "role": data.role,
        "name": data.name.strip(),
        "aliases": json.dumps(_clean(data.aliases), ensure_ascii=False),
        "phone": data.phone.strip(),
        "email": data.email.strip(),
        "birth_year": data.birth_year,
        "gender": data.gender.strip(),
        "consent_date": data.consent_date or None,
        "consent_version": data.consent_version.strip() or None,
        "created_at": now(),
    }


def _clean(names: list[str]) -> list[str]:
    return [n.strip() for n in names if n.strip()]


def add_contact(
    db: sqlite_utils.Database, participant_id: int, contact: ContactInput, actor: audit.Actor
) -> int:
    if not contact.name.strip():
        raise StudyError({"contacts": _("every contact needs a name")})
    if alias := alias_problem(contact.aliases):
        raise StudyError({"aliases": alias})
    row = {
        "participant_id": participant_id,
        "name": contact.name.strip(),
        "relation": contact.relation.strip(),
        "aliases": json.dumps(_clean(contact.aliases), ensure_ascii=False),
        "created_at": now(),
    }
    with write_transaction(db):
        cid = db.execute(
            "INSERT INTO contacts (participant_id, name, relation, aliases, created_at)"
            " VALUES (:participant_id, :name, :relation, :aliases, :created_at)",
            row,
        ).lastrowid
        audit.record(db, actor, "create", "contacts", cid, after=row)
    return int(cid)


def record_consent(
    db: sqlite_utils.Database, participant_id: int, date: str, version: str, actor: audit.Actor
) -> None:
    problems = check_consent(date, version)
    if problems:
        raise StudyError(problems)
    before = get_participant(db, participant_id)
    with write_transaction(db):
        db.execute(
            "UPDATE participants SET consent_date = ?, consent_version = ? WHERE id = ?",
            [date, version.strip(), participant_id],
        )
        audit.record(
            db,
            actor,
            "update",
            "participants",
            participant_id,
            before={k: before[k] for k in ("consent_date", "consent_version")},
            after={"consent_date": date, "consent_version": version.strip()},
        )


def get_participant(db: sqlite_utils.Database, participant_id: int) -> dict[str, Any]:
    row = _one(db, "SELECT * FROM participants WHERE id = ?", [participant_id])
    if row is None:
        raise NotFound(f"no participant with id {participant_id}")
    row["aliases"] = json.loads(row["aliases"] or "[]")
    return row


def participants_of(db: sqlite_utils.Database, case_id: int) -> list[dict[str, Any]]:
    return list(
        db.query("SELECT * FROM participants WHERE case_id = ? ORDER BY role, id", [case_id])
    )


def contacts_of(db: sqlite_utils.Database, participant_id: int) -> list[dict[str, Any]]:
    rows = list(
        db.query("SELECT * FROM contacts WHERE participant_id = ? ORDER BY id", [participant_id])
    )
    for row in rows:
        row["aliases"] = json.loads(row["aliases"] or "[]")
    return rows


def has_consent(participant: dict[str, Any]) -> bool:
    return bool(participant.get("consent_date") and participant.get("consent_version"))


def waves(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM waves ORDER BY position"))


def _one(db: sqlite_utils.Database, sql: str, params: list[Any]) -> dict[str, Any] | None:
    rows = list(db.query(sql, params))
    return rows[0] if rows else None
