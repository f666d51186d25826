"""Places that identify people: clinics, wards, day centres, small villages. Their names and
aliases are replaced in free text in every release, like the names of people. Managed by
admins in the app and through the API; they live only in the private database."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from casebook import audit
from casebook.clock import now
from casebook.db import write_transaction
from casebook.i18n import _
from casebook.nicknames import alias_problem
from casebook.study import StudyError


def add_place(db: sqlite_utils.Database, name: str, aliases: list[str], actor: audit.Actor) -> int:
    """Register a place; raises StudyError for an empty or already registered name."""
    name = " ".join(name.split())
    if not name:
        raise StudyError({"name": _("give the place's name, e.g. Solrosens dagverksamhet")})
    if find_place(db, name):
        raise StudyError({"name": _("“%(name)s” is already registered", name=name)})
    if alias := alias_problem(aliases):
        raise StudyError({"aliases": alias})
    row = {
        "name": name,
        "aliases": json.dumps([a.strip() for a in aliases if a.strip()], ensure_ascii=False),
        "created_at": now(),
    }
    with write_transaction(db):
        place_id = db.execute(
            "INSERT INTO places (name, aliases, created_at) VALUES (:name, :aliases, :created_at)",
            row,
        ).lastrowid
        audit.record(db, actor, "create", "places", place_id, after=row)
    return int(place_id)


def find_place(db: sqlite_utils.Database, name: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM places WHERE lower(name) = lower(?)", [name]))
    return _public(rows[0]) if rows else None


def list_places(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return [_public(row) for row in db.query("SELECT * FROM places ORDER BY name")]


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "aliases": json.loads(row["aliases"] or "[]")}
