"""The audit log: an append-only row for every create, update and delete of study data,
with who did it, when, and the values before and after. Triggers refuse edits to it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from casebook.clock import now


@dataclass(frozen=True)
class Actor:
    """Who is making a change: a user (id and name) or a named system task."""

    id: int | None
    name: str

    @classmethod
    def system(cls, task: str) -> Actor:
        return cls(None, f"system: {task}")


def record(
    db: sqlite_utils.Database,
    actor: Actor,
    action: str,
    table: str,
    key: str | int,
    before: Any = None,
    after: Any = None,
) -> None:
    """Append one audit row; call inside the transaction that makes the change."""
    db.execute(
        "INSERT INTO audit_log (at, actor_id, actor, action, table_name, row_key, before, after)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [now(), actor.id, actor.name, action, table, str(key), _json(before), _json(after)],
    )


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def history(db: sqlite_utils.Database, table: str, key: str | int) -> list[dict[str, Any]]:
    """Audit rows for one row of one table, oldest first."""
    return list(
        db.query(
            "SELECT * FROM audit_log WHERE table_name = ? AND row_key = ? ORDER BY id",
            [table, str(key)],
        )
    )
