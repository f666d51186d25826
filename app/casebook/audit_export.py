"""The audit log as one CSV for the study lead or an ethics board: every change to study
data (`audit_log`: who, when, before and after) and every security event (`audit_events`:
logins, failed logins, API tokens, releases published and downloaded), oldest first.

It holds what the data holds (names, notes): write it where only the study's data managers
can read it. Cells are formula-safe (`casebook.csv_safe`).

Blind coding holds here too (`casebook.blindness`): while a coding of a unit may be read by
its own coder only, the rows of its saves, answers and live events keep who, when and what
was done, but their before and after are withheld with a note saying why. A later export,
once every coder has completed, shows them in full."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import sqlite_utils

from casebook.blindness import sealed_sql
from casebook.csv_safe import write_csv

COLUMNS = ("at", "source", "actor", "action", "table", "row", "address", "before", "after")
QUERY = """
SELECT at, 'change', actor, action, table_name, row_key, NULL, before, after
  FROM audit_log WHERE at >= :since
UNION ALL
SELECT at, 'event', username, event, NULL, subject, address, NULL, detail
  FROM audit_events WHERE at >= :since
ORDER BY 1
"""
WITHHELD = (
    "withheld: a coding of unit {unit}, readable by its own coder only until every coder "
    "of the unit has completed (blind coding)"
)


def audit_rows(db: sqlite_utils.Database, since: str = "") -> Iterator[tuple[Any, ...]]:
    """Changes and events since `since` (an ISO date or time; everything when empty), with
    the values of codings still blind withheld."""
    sealed, events = _sealed(db)
    for row in db.execute(QUERY, {"since": since or ""}):
        unit = _sealed_unit(row[4], row[5], sealed, events) if row[1] == "change" else None
        if unit is None:
            yield row
        else:
            note = WITHHELD.format(unit=unit)
            yield (*row[:7], note if row[7] is not None else None, note)


def _sealed(db: sqlite_utils.Database) -> tuple[dict[str, int], dict[str, int]]:
    """(response UUID -> unit id, live event id -> unit id) of the codings still blind."""
    query = f"SELECT uuid, unit_id FROM responses r WHERE {sealed_sql('r')}"
    sealed = {uuid: unit for uuid, unit in db.execute(query)}
    events: dict[str, int] = {}
    if sealed and db["live_events"].exists():
        for event_id, response_uuid in db.execute("SELECT id, response_uuid FROM live_events"):
            if response_uuid in sealed:
                events[event_id] = sealed[response_uuid]
    return sealed, events


def _sealed_unit(
    table: str, key: str, sealed: dict[str, int], events: dict[str, int]
) -> int | None:
    if table == "responses":
        return sealed.get(key)
    if table == "answers":
        return sealed.get(key.split("/", 1)[0])
    if table == "live_events":
        return events.get(key)
    return None


def export_audit(db: sqlite_utils.Database, handle: IO[str], since: str = "") -> int:
    """Write the CSV; returns how many rows it has (besides the header)."""
    return write_csv(handle, COLUMNS, audit_rows(db, since))
