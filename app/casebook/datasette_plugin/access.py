"""Who may use the analysts' Datasette: Casebook's analysts and admins, and no one else.

An actor comes only from this plugin: an API token (`Authorization: Bearer`), or the signed
`casebook_release` cookie set by the login form (module `login`), which expires after
12 hours and carries the account's session version. Every request reads the account from
the private database (read-only), so deactivation, a new role, a new password or logging
out anywhere take effect at once. Datasette's own `ds_actor` cookie is never accepted.
Datasette's `_internal` database (file paths of the served databases) is no one's to see.

Where the private database is comes from Datasette's own plugin configuration
(`plugins: {"casebook": {"private_database": ...}}`, see `configured`)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from datasette.utils.asgi import Response

from casebook.sessions import still_valid

ALLOWED_ROLES = {"analyst", "admin"}
PLUGIN = "casebook"
COOKIE = "casebook_release"
COOKIE_NAMESPACE = "casebook-release"
SESSION_SECONDS = 12 * 3600
ACTIONS = {
    "view-database-download",
    "execute-sql",
    "view-instance",
    "view-database",
    "view-table",
    "view-query",
}


def configured(datasette) -> dict[str, Any] | None:
    """Casebook's settings in this Datasette's plugin configuration, or None when this
    Datasette is not Casebook's (then the plugin does nothing at all)."""
    settings = datasette.plugin_config(PLUGIN)
    if isinstance(settings, dict) and settings.get("private_database"):
        return settings
    return None


def private_database(datasette) -> Path:
    """The private database, opened only to check logins and tokens."""
    settings = configured(datasette)
    if settings is None:
        raise RuntimeError("this Datasette is not configured for Casebook")
    return Path(settings["private_database"])


def read_only(datasette) -> Any:
    import sqlite_utils

    conn = sqlite3.connect(f"file:{private_database(datasette)}?mode=ro", uri=True)
    return sqlite_utils.Database(conn)


def actor_for(user: dict[str, Any] | None, via: str) -> dict[str, str] | None:
    if user is None or not user.get("active"):
        return None
    return {"id": user["username"], "role": user["role"], "casebook": via}


def session_cookie(datasette, user: dict[str, Any]) -> str:
    """The signed value of the login cookie for this account, from now on."""
    payload = {"u": user["id"], "v": user["session_version"], "t": int(time.time())}
    return datasette.sign(payload, COOKIE_NAMESPACE)


def _from_cookie(datasette, value: str) -> dict[str, str] | None:
    from casebook.accounts import get_user

    try:
        payload = datasette.unsign(value, COOKIE_NAMESPACE)
    except Exception:  # a cookie that is not ours, altered or signed with another secret
        return None
    issued = payload.get("t") if isinstance(payload, dict) else None
    now = time.time()
    if not isinstance(issued, int) or not issued - 60 <= now <= issued + SESSION_SECONDS:
        return None
    db = read_only(datasette)
    try:
        user = get_user(db, payload.get("u"))
    finally:
        db.conn.close()
    return actor_for(user, "login") if still_valid(user, payload.get("v")) else None


def actor_from_request(datasette, request) -> dict[str, Any] | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        from casebook.tokens import user_for_token

        db = read_only(datasette)
        try:
            user = user_for_token(db, header[7:].strip())
        finally:
            db.conn.close()
        return actor_for(user, "token") or {"id": None, "bad": True}
    value = request.cookies.get(COOKIE)
    return _from_cookie(datasette, value) if value else None


def _database_of(resource: Any) -> str | None:
    if isinstance(resource, (tuple, list)):
        return str(resource[0]) if resource else None
    return str(resource) if resource is not None else None


def permission_allowed(actor: dict[str, Any] | None, action: str, resource: Any) -> bool | None:
    """Deny everything to anyone who is not a logged-in analyst or admin, and `_internal`
    (and any other database whose name starts with `_`) to everyone."""
    if not ours(actor) or actor.get("role") not in ALLOWED_ROLES:
        return False
    database = _database_of(resource)
    if database is not None and database.startswith("_"):
        return False
    return True if action in ACTIONS else None


def ours(actor: dict[str, Any] | None) -> bool:
    """Whether the actor came from this plugin (never from Datasette's `ds_actor` cookie)."""
    return bool(actor) and actor.get("casebook") in ("login", "token")


def forbidden(datasette, request, message):
    """Anonymous browsers are sent to the login form; scripts get 401 JSON."""
    actor = request.actor if ours(request.actor) or (request.actor or {}).get("bad") else None
    wants_html = "text/html" in request.headers.get("accept", "")
    if actor is None and wants_html:
        target = datasette.urls.path("/-/casebook-login") + "?next=" + quote(request.path)
        return Response.redirect(target)
    status = 403 if actor and not actor.get("bad") else 401
    return Response.json(
        {
            "ok": False,
            "error": "Only analysts and admins, logged in with their "
            "Casebook account or token, may use the study's release.",
        },
        status=status,
    )
