"""Security events in the private database (`audit_events`, migration m012): who logged in
or failed to, from where; API tokens created and revoked; releases published and downloaded.
Append-only, like the audit log of changes to data; `casebook audit export` writes both.

Each `record_*` function writes one row in its own small transaction (a savepoint when the
caller's transaction is open, so an event is kept or dropped with the change it belongs to).
The Datasette side, which opens the private database only to read, records through
`record_in`, which opens it for the one insert."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils

from casebook.audit import Actor
from casebook.clock import now
from casebook.db import write_transaction

LOGIN = "login"
LOGIN_FAILED = "login_failed"
TOKEN_CREATED = "token_created"
TOKEN_REVOKED = "token_revoked"
RELEASE_PUBLISHED = "release_published"
RELEASE_DOWNLOADED = "release_downloaded"
EVENTS = (LOGIN, LOGIN_FAILED, TOKEN_CREATED, TOKEN_REVOKED, RELEASE_PUBLISHED, RELEASE_DOWNLOADED)
MAX_TEXT = 200  # a typed user name or a path is kept to this length


def record_login_event(
    db: sqlite_utils.Database, username: str, ok: bool, address: str | None
) -> None:
    """A login to Casebook or to the analysts' Datasette: `ok` or failed, with the user name
    as typed (also one that matches no account) and the client's address."""
    user = _user(db, username)
    _insert(db, LOGIN if ok else LOGIN_FAILED, username, user, address, None, None)


def record_token_event(
    db: sqlite_utils.Database, actor: Actor, created: bool, token: dict[str, Any]
) -> None:
    """An API token created or revoked by `actor`; `token` has its id, prefix, name and
    the username it belongs to (never the token itself)."""
    detail = {k: token.get(k) for k in ("prefix", "name", "username") if token.get(k)}
    _insert(
        db,
        TOKEN_CREATED if created else TOKEN_REVOKED,
        actor.name,
        actor.id,
        None,
        f"token {token['id']}",
        detail,
    )


def record_publish_event(
    db: sqlite_utils.Database, actor: Actor, release: str, detail: dict[str, Any]
) -> None:
    """A release published by `actor` (`release`: the file's name)."""
    _insert(db, RELEASE_PUBLISHED, actor.name, actor.id, None, release, detail)


def record_download_event(
    db: sqlite_utils.Database, username: str | None, what: str, address: str | None
) -> None:
    """A release downloaded from Datasette: the whole .db file or a CSV export (`what`: the
    path and query asked for), by an analyst or admin (`username`)."""
    user = _user(db, username) if username else None
    _insert(db, RELEASE_DOWNLOADED, username, user, address, what, None)


def record_in(database: Path, record: Callable[..., None], *args: Any) -> None:
    """`record(db, *args)` on a connection to `database` opened for it: for the Datasette
    side, which otherwise only reads the private database, e.g.
    `record_in(path, record_download_event, "ana", "/release.db", "10.0.0.7")`."""
    from casebook.db import connect

    db = connect(database)
    try:
        record(db, *args)
    finally:
        db.close()


def list_events(db: sqlite_utils.Database, event: str | None = None) -> list[dict[str, Any]]:
    """Events, oldest first (one kind of event when `event` is given)."""
    where, params = (" WHERE event = ?", [event]) if event else ("", [])
    return list(db.query(f"SELECT * FROM audit_events{where} ORDER BY id", params))


def _user(db: sqlite_utils.Database, username: str) -> int | None:
    row = db.execute("SELECT id FROM users WHERE username = ?", [username]).fetchone()
    return row[0] if row else None


def _clean(text: str | None) -> str | None:
    """At most MAX_TEXT characters, with no control characters (a typed name is kept as
    it was typed, never as something that could break a line of a log or a CSV)."""
    if text is None:
        return None
    kept = "".join(c if unicodedata.category(c)[0] != "C" else "?" for c in str(text))
    return kept[:MAX_TEXT]


def _insert(
    db: sqlite_utils.Database,
    event: str,
    username: str | None,
    user_id: int | None,
    address: str | None,
    subject: str | None,
    detail: dict[str, Any] | None,
) -> None:
    row = [
        now(),
        event,
        _clean(username),
        user_id,
        _clean(address),
        _clean(subject),
        None if detail is None else json.dumps(detail, ensure_ascii=False, sort_keys=True),
    ]
    with write_transaction(db):
        db.execute(
            "INSERT INTO audit_events (at, event, username, user_id, address, subject, detail)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            row,
        )
