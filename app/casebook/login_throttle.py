"""Growing delays after failed logins, per account and per address, shared by Casebook's
login page and the analysts' Datasette login (two processes: the counts live in the private
database, table `login_failures`, so both see them and they survive a restart).

An account may fail 5 times and an address 20 times without delay; each failure after that
blocks further attempts for twice as long as the one before (1 s, 2 s, 4 s, ... up to 15
minutes). A blocked attempt is refused without looking at the password and does not count.
A successful login clears its account's count (not its address's); counts are forgotten a
day after their last failure. Why a table and not Flask-Limiter: docs/security.md."""

from __future__ import annotations

import datetime as dt
import math

import sqlite_utils

from casebook.db import write_transaction
from casebook.i18n import _n

ACCOUNT_FREE = 5
ADDRESS_FREE = 20
FIRST_DELAY = 1.0  # seconds, after the first failure beyond the free ones
MAX_DELAY = 15 * 60.0
FORGET_AFTER = dt.timedelta(days=1)


def _keys(username: str, address: str | None) -> list[tuple[str, int]]:
    keys = [("account:" + username.strip().casefold()[:200], ACCOUNT_FREE)]
    if address:
        keys.append(("address:" + address[:100], ADDRESS_FREE))
    return keys


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def wait_seconds(
    db: sqlite_utils.Database, username: str, address: str | None, at: dt.datetime | None = None
) -> int:
    """How many seconds this account or address must still wait before its next attempt."""
    moment = at or _now()
    longest = 0.0
    for key, _free in _keys(username, address):
        row = db.execute("SELECT blocked_until FROM login_failures WHERE key = ?", [key]).fetchone()
        if row and row[0]:
            longest = max(longest, (dt.datetime.fromisoformat(row[0]) - moment).total_seconds())
    return math.ceil(longest) if longest > 0 else 0


def delay_after(failures: int, free: int) -> float:
    """The wait after this many failures in a row (0 while they are free)."""
    beyond = failures - free
    if beyond <= 0:
        return 0.0
    return min(FIRST_DELAY * 2 ** min(beyond - 1, 32), MAX_DELAY)


def record_failure(
    db: sqlite_utils.Database, username: str, address: str | None, at: dt.datetime | None = None
) -> int:
    """Count a failed login against the account and the address; returns the seconds the
    next attempt must wait."""
    moment = at or _now()
    stamp, forget = moment.isoformat(), (moment - FORGET_AFTER).isoformat()
    with write_transaction(db):
        db.execute("DELETE FROM login_failures WHERE last_failure < ?", [forget])
        for key, free in _keys(username, address):
            row = db.execute("SELECT failures FROM login_failures WHERE key = ?", [key]).fetchone()
            failures = (row[0] if row else 0) + 1
            delay = delay_after(failures, free)
            until = (moment + dt.timedelta(seconds=delay)).isoformat() if delay else None
            db.execute(
                "INSERT INTO login_failures (key, failures, last_failure, blocked_until)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
                " failures = excluded.failures, last_failure = excluded.last_failure,"
                " blocked_until = excluded.blocked_until",
                [key, failures, stamp, until],
            )
    return wait_seconds(db, username, address, moment)


def record_success(db: sqlite_utils.Database, username: str) -> None:
    """A successful login clears the account's count (the address keeps its own)."""
    key = _keys(username, None)[0][0]
    with write_transaction(db):
        db.execute("DELETE FROM login_failures WHERE key = ?", [key])


def wait_text(seconds: int) -> str:
    """'Try again in ...' for a person, in the reader's language (English outside a web
    page, e.g. on the analysts' Datasette)."""
    if seconds <= 90:
        return _n("%(num)d second", "%(num)d seconds", seconds)
    minutes = math.ceil(seconds / 60)
    return _n("%(num)d minute", "%(num)d minutes", minutes)
