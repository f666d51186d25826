"""API tokens: how scripts, a host survey platform and (later) the offline outbox authenticate
to the JSON API (`Authorization: Bearer <token>`).

A token is random (256 bits), shown once when it is created and stored only as its SHA-256
hash, with a short prefix of it that is not secret and is enough to tell tokens apart when
listing or revoking them. A token acts with its user's role; it stops working when it is
revoked or its user is deactivated. Creating and revoking are audited, and recorded as
security events (`casebook.security_events`)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from casebook import audit
from casebook.accounts import find_user
from casebook.clock import now
from casebook.db import select, write_transaction
from casebook.security_events import record_token_event

TOKEN_MARK = "cbk_"  # makes a leaked token recognisable (e.g. by secret scanners)
PREFIX_LENGTH = len(TOKEN_MARK) + 8
MAX_NAME_LENGTH = 100


class TokenError(ValueError):
    """A token request that cannot be carried out; the message says why."""


@dataclass(frozen=True)
class NewToken:
    """A token just created: `secret` is the only time the token itself exists in clear."""

    id: int
    prefix: str
    name: str
    username: str
    secret: str


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def create_token(
    db: sqlite_utils.Database, username: str, name: str, actor: audit.Actor
) -> NewToken:
    """A new token for an active account; raises TokenError for an unknown or inactive one."""
    user = find_user(db, username)
    if user is None:
        raise TokenError(f"no account called {username!r}")
    if not user["active"]:
        raise TokenError(f"the account {username!r} is inactive")
    name = (name or "").strip() or "API token"
    if len(name) > MAX_NAME_LENGTH:
        raise TokenError(f"a token name has at most {MAX_NAME_LENGTH} characters")
    secret = TOKEN_MARK + secrets.token_urlsafe(32)
    row = {
        "user_id": user["id"],
        "name": name,
        "prefix": secret[:PREFIX_LENGTH],
        "token_hash": _hash(secret),
        "created_at": now(),
    }
    with write_transaction(db):
        token_id = db.execute(
            "INSERT INTO api_tokens (user_id, name, prefix, token_hash, created_at)"
            " VALUES (:user_id, :name, :prefix, :token_hash, :created_at)",
            row,
        ).lastrowid
        public = {"user": user["username"], "name": name, "prefix": row["prefix"]}
        audit.record(db, actor, "create", "api_tokens", token_id, after=public)
        described = {"id": token_id, "username": user["username"], "name": name}
        record_token_event(db, actor, True, described | {"prefix": row["prefix"]})
    return NewToken(int(token_id), row["prefix"], name, user["username"], secret)


def list_tokens(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every token (never the token itself), newest first, with its user and state."""
    return list(
        db.query(
            "SELECT t.id, t.prefix, t.name, t.created_at, t.revoked_at, u.username, u.role,"
            " u.active FROM api_tokens t JOIN users u ON u.id = t.user_id"
            " ORDER BY t.id DESC"
        )
    )


def revoke_token(
    db: sqlite_utils.Database, id_or_prefix: str, actor: audit.Actor
) -> dict[str, Any]:
    """Revoke one token named by its id or by (a unique start of) its prefix; returns it.
    Revoking a revoked token is harmless and changes nothing."""
    token = _find(db, id_or_prefix.strip())
    if token["revoked_at"]:
        return token
    stamp = now()
    with write_transaction(db):
        db.execute("UPDATE api_tokens SET revoked_at = ? WHERE id = ?", [stamp, token["id"]])
        audit.record(
            db,
            actor,
            "update",
            "api_tokens",
            token["id"],
            before={"revoked_at": None},
            after={"revoked_at": stamp},
        )
        record_token_event(db, actor, False, token)
    return token | {"revoked_at": stamp}


def _find(db: sqlite_utils.Database, key: str) -> dict[str, Any]:
    if not key:
        raise TokenError("name a token by its id or prefix (see `casebook tokens list`)")
    tokens = list_tokens(db)
    if key.isdigit():
        found = [t for t in tokens if t["id"] == int(key)]
    else:
        found = [t for t in tokens if t["prefix"].startswith(key)]
    if not found:
        raise TokenError(f"no token with id or prefix {key!r}")
    if len(found) > 1:
        raise TokenError(f"{len(found)} tokens start with {key!r}: give more of the prefix")
    return found[0]


def user_for_token(db: sqlite_utils.Database, secret: str) -> dict[str, Any] | None:
    """The active user a bearer token belongs to, or None for an unknown, revoked or
    malformed token or an inactive user."""
    if not secret.startswith(TOKEN_MARK) or len(secret) > 200:
        return None
    rows = select(
        db,
        "SELECT u.* FROM api_tokens t JOIN users u ON u.id = t.user_id"
        " WHERE t.token_hash = ? AND t.revoked_at IS NULL",
        [_hash(secret)],
    )
    if not rows or not rows[0]["active"]:
        return None
    return rows[0]
