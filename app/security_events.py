"""Where Casebook reports security events for the audit log to record.

Every login attempt, on Casebook's own login page and on the analysts' Datasette login, calls
`record_login_event` once with how it ended: `ok` is False for a wrong password, an unknown
or inactive account, a role that may not log in there, and an attempt refused because of
too many failures. The audit log (app/audit.py) fills this in; until then it records
nothing."""

from __future__ import annotations

import sqlite_utils


def record_login_event(
    db: sqlite_utils.Database, username: str, ok: bool, address: str | None
) -> None:
    """One login attempt by `username` from `address`: succeeded (`ok`) or not. Called
    outside any transaction, on a connection that may write to the private database."""
    return None
