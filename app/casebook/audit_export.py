"""The audit log as one CSV for the study lead or an ethics board: every change to study
data (`audit_log`: who, when, before and after) and every security event (`audit_events`:
logins, failed logins, API tokens, releases published and downloaded), oldest first.

It holds what the data holds (names, notes): write it where only the study's data managers
can read it. Cells are formula-safe (`casebook.csv_safe`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import sqlite_utils

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


def audit_rows(db: sqlite_utils.Database, since: str = "") -> Iterator[tuple[Any, ...]]:
    """Changes and events since `since` (an ISO date or time; everything when empty)."""
    yield from db.execute(QUERY, {"since": since or ""})


def export_audit(db: sqlite_utils.Database, handle: IO[str], since: str = "") -> int:
    """Write the CSV; returns how many rows it has (besides the header)."""
    return write_csv(handle, COLUMNS, audit_rows(db, since))
