"""Correcting the names a participant or a contact is registered under: the full name, the
relation (contacts) and the other names and nicknames every release removes from free text.
A misspelt name or a missing nickname is a name that reaches analysts, so these can be
corrected at any time, from the web app and the JSON API, each change audited (who, when,
the values before and after)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from casebook import audit
from casebook.db import write_transaction
from casebook.i18n import _
from casebook.nicknames import alias_problem
from casebook.study import NotFound, StudyError, get_participant


@dataclass
class NameChange:
    """What to change; a field left None stays as it is."""

    name: str | None = None
    aliases: list[str] | None = None
    relation: str | None = None  # contacts only


def _clean(names: list[str]) -> list[str]:
    return list(dict.fromkeys(n.strip() for n in names if n.strip()))


def _checked(change: NameChange) -> dict[str, Any]:
    """The columns to store (aliases as JSON); StudyError lists every problem."""
    problems: dict[str, str] = {}
    values: dict[str, Any] = {}
    if change.name is not None:
        name = " ".join(change.name.split())
        if not name:
            problems["name"] = _("the name is needed (it never leaves the private side)")
        values["name"] = name
    if change.aliases is not None:
        if alias := alias_problem(change.aliases):
            problems["aliases"] = alias
        values["aliases"] = json.dumps(_clean(change.aliases), ensure_ascii=False)
    if change.relation is not None:
        values["relation"] = change.relation.strip()
    if problems:
        raise StudyError(problems)
    return values


def _update(
    db: sqlite_utils.Database,
    table: str,
    key: int,
    before: dict[str, Any],
    values: dict[str, Any],
    actor: audit.Actor,
) -> None:
    changed = {column: value for column, value in values.items() if before[column] != value}
    if not changed:
        return
    with write_transaction(db):
        assignments = ", ".join(f"{column} = :{column}" for column in changed)
        db.execute(f"UPDATE {table} SET {assignments} WHERE id = :id", {**changed, "id": key})
        audit.record(
            db,
            actor,
            "update",
            table,
            key,
            before={column: before[column] for column in changed},
            after=changed,
        )


def rename_participant(
    db: sqlite_utils.Database, participant_id: int, change: NameChange, actor: audit.Actor
) -> dict[str, Any]:
    """Correct a participant's name and aliases; returns the stored participant."""
    get_participant(db, participant_id)
    values = _checked(NameChange(change.name, change.aliases))
    row = _row(db, "participants", participant_id)
    _update(db, "participants", participant_id, row, values, actor)
    return get_participant(db, participant_id)


def get_contact(db: sqlite_utils.Database, contact_id: int) -> dict[str, Any]:
    row = _row(db, "contacts", contact_id)
    return {**row, "aliases": json.loads(row["aliases"] or "[]")}


def rename_contact(
    db: sqlite_utils.Database, contact_id: int, change: NameChange, actor: audit.Actor
) -> dict[str, Any]:
    """Correct a contact's name, relation and nicknames; returns the stored contact."""
    row = _row(db, "contacts", contact_id)
    _update(db, "contacts", contact_id, row, _checked(change), actor)
    return get_contact(db, contact_id)


def _row(db: sqlite_utils.Database, table: str, key: int) -> dict[str, Any]:
    rows = list(db.query(f"SELECT * FROM {table} WHERE id = ?", [key]))
    if not rows:
        raise NotFound(f"no {table[:-1]} with id {key}")
    return rows[0]
