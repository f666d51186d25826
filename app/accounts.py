"""Accounts: users, roles and password checks. Passwords are stored only as salted scrypt
hashes (werkzeug.security)."""

from __future__ import annotations

from typing import Any

import sqlite_utils
from werkzeug.security import check_password_hash, generate_password_hash

from app import audit
from app.clock import now
from app.db import write_transaction

ROLES: dict[str, str] = {
    "admin": "Study lead / data manager: instruments, accounts, releases, everything",
    "interviewer": "Conducts interviews with consented participants",
    "observer": "Scores meetings with observation checklists and codes material",
    "analyst": "Queries the de-identified release; never sees names",
}
MIN_PASSWORD_LENGTH = 10
# A hash of a random password: checked when a username does not exist, so a login takes the
# same time whether or not the account exists.
_DUMMY_HASH = generate_password_hash("casebook-no-such-user")


class AccountError(ValueError):
    """A request about accounts that cannot be carried out; the message says why."""


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")


def add_user(
    db: sqlite_utils.Database,
    username: str,
    role: str,
    password: str,
    actor: audit.Actor,
    display_name: str | None = None,
) -> int:
    """Create an account; raises AccountError for a taken name, unknown role or weak password."""
    username = username.strip()
    if not username or any(c.isspace() for c in username):
        raise AccountError("a username must be one word without spaces")
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; roles are: {', '.join(ROLES)}")
    check_new_password(password)
    if find_user(db, username):
        raise AccountError(f"there is already an account called {username!r}")
    row = {
        "username": username,
        "display_name": display_name or username,
        "password_hash": generate_password_hash(password),
        "role": role,
        "active": 1,
        "created_at": now(),
    }
    with write_transaction(db):
        cursor = db.execute(
            "INSERT INTO users (username, display_name, password_hash, role, active, created_at)"
            " VALUES (:username, :display_name, :password_hash, :role, :active, :created_at)",
            row,
        )
        user_id = cursor.lastrowid
        public = {k: v for k, v in row.items() if k != "password_hash"}
        audit.record(db, actor, "create", "users", user_id, after=public)
    return int(user_id)


def set_password(
    db: sqlite_utils.Database, username: str, password: str, actor: audit.Actor
) -> None:
    check_new_password(password)
    user = find_user(db, username)
    if user is None:
        raise AccountError(f"no account called {username!r}")
    with write_transaction(db):
        db.execute(
            "UPDATE users SET password_hash = ? WHERE id = ?",
            [generate_password_hash(password), user["id"]],
        )
        audit.record(db, actor, "update", "users", user["id"], after={"password": "changed"})


def find_user(db: sqlite_utils.Database, username: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM users WHERE username = ?", [username]))
    return rows[0] if rows else None


def get_user(db: sqlite_utils.Database, user_id: int) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM users WHERE id = ?", [user_id]))
    return rows[0] if rows else None


def authenticate(db: sqlite_utils.Database, username: str, password: str) -> dict | None:
    """The active user with this name and password, or None."""
    user = find_user(db, username.strip())
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    if not user["active"] or not check_password_hash(user["password_hash"], password):
        return None
    return user


def list_users(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return list(
        db.query(
            "SELECT id, username, display_name, role, active, created_at FROM users"
            " ORDER BY username"
        )
    )
