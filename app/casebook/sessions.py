"""Sessions end when their account says so: each account has a session version, every login
(Casebook's session cookie, the analysts' Datasette cookie) carries the version it began
under, and each request checks it against the stored one. Logging out, a new password and
deactivation move the version on, so every session of that account, on every device and in
both apps, stops working at its next request."""

from __future__ import annotations

from typing import Any

import sqlite_utils
from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer

from casebook.db import write_transaction

# Where Casebook's session cookie keeps the logged-in account and the version it began under.
SESSION_KEY = "casebook_user_id"
SESSION_VERSION_KEY = "casebook_session_version"


def end_sessions(db: sqlite_utils.Database, user_id: int) -> int:
    """End every session of the account; returns its new session version."""
    with write_transaction(db):
        db.execute("UPDATE users SET session_version = session_version + 1 WHERE id = ?", [user_id])
        row = db.execute("SELECT session_version FROM users WHERE id = ?", [user_id]).fetchone()
    return int(row[0]) if row else 0


def still_valid(user: dict[str, Any] | None, version: Any) -> bool:
    """Whether a session begun under `version` still belongs to this (active) account."""
    if user is None or not user["active"]:
        return False
    return isinstance(version, int) and version == user["session_version"]


class CookieSessions(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, with the signer built once per secret key (and
    fallback keys) instead of on every request, API autosaves included (issue 14). A new
    key gets a signer of its own, so a cookie signed with a key no longer in use is refused
    at the next request as before."""

    KEEP = 8  # signers kept (one per key a test or a key rotation has used)

    def __init__(self) -> None:
        self._signers: dict[tuple[Any, ...], URLSafeTimedSerializer | None] = {}

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        secret = app.secret_key
        if not secret:
            return None
        key = (secret, *(app.config.get("SECRET_KEY_FALLBACKS") or ()))
        signer = self._signers.get(key)
        if signer is None:
            signer = super().get_signing_serializer(app)
            if len(self._signers) >= self.KEEP:
                self._signers.clear()
            self._signers[key] = signer
        return signer
