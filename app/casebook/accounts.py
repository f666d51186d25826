"""Accounts: users, roles, deactivation and password checks. Passwords are stored only as
salted scrypt hashes (werkzeug.security) and must meet the rules of app/casebook/passwords.py. A new
password and deactivation end every session of the account (app/casebook/sessions.py); a role change
takes effect at the account's next request, since every request reads the account.
Messages are in the reader's language on a web page, in English on the command line."""

from __future__ import annotations

import functools
from typing import Any

import sqlite_utils
from werkzeug.security import check_password_hash, generate_password_hash

from casebook import audit
from casebook.clock import now
from casebook.db import write_transaction
from casebook.i18n import _
from casebook.passwords import password_problems
from casebook.sessions import end_sessions

ROLES: dict[str, str] = {
    "admin": "Study lead / data manager: instruments, accounts, releases, everything",
    "interviewer": "Conducts interviews with consented participants",
    "observer": "Scores meetings with observation checklists and codes material",
    "analyst": "Queries the de-identified release; never sees names",
}


@functools.cache
def dummy_hash() -> str:
    """A hash of a random password: checked when a username does not exist, so a login takes
    the same time whether or not the account exists. Made when the site is set up
    (`Casebook.init_app`), not on import: scrypt costs 0.1-1 s, which every `import casebook`
    paid before (a publish, its worker processes, the benchmarks)."""
    return generate_password_hash("casebook-no-such-user")


class AccountError(ValueError):
    """A request about accounts that cannot be carried out; the message says why, and
    `field` which of the values given ("username", "role", "password") was wrong, if one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def check_new_password(password: str, username: str) -> None:
    """Raise AccountError saying every rule of app/casebook/passwords.py the password breaks."""
    problems = password_problems(password, username)
    if problems:
        reasons = "; ".join(problems)
        raise AccountError(
            _("the password is not accepted: %(reasons)s", reasons=reasons), "password"
        )


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
        raise AccountError(_("a username must be one word without spaces"), "username")
    if role not in ROLES:
        raise AccountError(_unknown_role(role), "role")
    check_new_password(password, username)
    if find_user(db, username):
        raise AccountError(
            _("there is already an account called %(name)s", name=repr(username)), "username"
        )
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
) -> int:
    """Set a new password and end every session of the account; returns the account's new
    session version (a web page that changed its own password keeps its session with it)."""
    user = find_user(db, username)
    if user is None:
        raise AccountError(_("no account called %(name)s", name=repr(username)))
    check_new_password(password, user["username"])
    with write_transaction(db):
        db.execute(
            "UPDATE users SET password_hash = ? WHERE id = ?",
            [generate_password_hash(password), user["id"]],
        )
        audit.record(db, actor, "update", "users", user["id"], after={"password": "changed"})
        return end_sessions(db, user["id"])


def set_active(
    db: sqlite_utils.Database, username: str, active: bool, actor: audit.Actor
) -> dict[str, Any]:
    """Deactivate an account (its sessions end and its API tokens are revoked, at once) or
    activate it again; returns the account. The last active admin cannot be deactivated."""
    user = _existing(db, username)
    if bool(user["active"]) == active:
        return user
    with write_transaction(db):
        if not active:
            _keep_an_admin(db, user)
        db.execute("UPDATE users SET active = ? WHERE id = ?", [int(active), user["id"]])
        audit.record(
            db, actor, "update", "users", user["id"], {"active": not active}, {"active": active}
        )
        if not active:
            end_sessions(db, user["id"])
            _revoke_tokens(db, user["id"], actor)
    return _existing(db, username)


def set_role(
    db: sqlite_utils.Database, username: str, role: str, actor: audit.Actor
) -> dict[str, Any]:
    """Give an account another role, effective at its next request; returns the account.
    The last active admin keeps the admin role."""
    if role not in ROLES:
        raise AccountError(_unknown_role(role), "role")
    user = _existing(db, username)
    if user["role"] == role:
        return user
    with write_transaction(db):
        _keep_an_admin(db, user)
        db.execute("UPDATE users SET role = ? WHERE id = ?", [role, user["id"]])
        audit.record(
            db, actor, "update", "users", user["id"], {"role": user["role"]}, {"role": role}
        )
    return _existing(db, username)


def _unknown_role(role: str) -> str:
    return _("unknown role %(role)s; roles are: %(roles)s", role=repr(role), roles=", ".join(ROLES))


def _existing(db: sqlite_utils.Database, username: str) -> dict[str, Any]:
    user = find_user(db, username.strip())
    if user is None:
        raise AccountError(_("no account called %(name)s", name=repr(username)))
    return user


def _keep_an_admin(db: sqlite_utils.Database, user: dict[str, Any]) -> None:
    """Refuse to deactivate or demote the last active admin (no one could manage accounts)."""
    if user["role"] != "admin" or not user["active"]:
        return
    others = db.execute(
        "SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND id != ?", [user["id"]]
    ).fetchone()[0]
    if not others:
        raise AccountError(
            _(
                "%(name)s is the only active admin; make another first",
                name=repr(user["username"]),
            )
        )


def _revoke_tokens(db: sqlite_utils.Database, user_id: int, actor: audit.Actor) -> None:
    stamp = now()
    rows = db.execute(
        "SELECT id FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL", [user_id]
    ).fetchall()
    for (token_id,) in rows:
        db.execute("UPDATE api_tokens SET revoked_at = ? WHERE id = ?", [stamp, token_id])
        audit.record(
            db, actor, "update", "api_tokens", token_id, {"revoked_at": None}, {"revoked_at": stamp}
        )


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
        check_password_hash(dummy_hash(), password)
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
