"""Who may use the analysts' Datasette: Casebook's analysts and admins, and no one else."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from datasette.utils.asgi import Response

ALLOWED_ROLES = {"analyst", "admin"}
PUBLIC_PATHS = ("/-/casebook-login", "/-/static/", "/-/static-plugins/")
ENV_PRIVATE_DATABASE = "CASEBOOK_PRIVATE_DATABASE"


def private_database() -> Path:
    """The private database, opened only to check logins and tokens."""
    path = os.environ.get(ENV_PRIVATE_DATABASE)
    if not path:
        raise RuntimeError(f"{ENV_PRIVATE_DATABASE} is not set: start with `casebook datasette`")
    return Path(path)


def _read_only() -> Any:
    import sqlite_utils

    conn = sqlite3.connect(f"file:{private_database()}?mode=ro", uri=True)
    return sqlite_utils.Database(conn)


def _actor(user: dict[str, Any] | None) -> dict[str, str] | None:
    if user is None or not user.get("active"):
        return None
    return {"id": user["username"], "role": user["role"]}


def actor_from_request(datasette, request) -> dict[str, str] | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        from app.tokens import user_for_token

        db = _read_only()
        try:
            return _actor(user_for_token(db, header[7:].strip())) or {"id": None, "bad": True}
        finally:
            db.conn.close()
    return None  # the signed ds_actor cookie set by the login form is read by Datasette


def permission_allowed(actor: dict[str, Any] | None, action: str) -> bool | None:
    """Deny everything to anyone who is not a logged-in analyst or admin."""
    if not actor or actor.get("role") not in ALLOWED_ROLES:
        return False
    if action in (
        "view-database-download",
        "execute-sql",
        "view-instance",
        "view-database",
        "view-table",
        "view-query",
    ):
        return True
    return None


def forbidden(datasette, request, message):
    """Anonymous browsers are sent to the login form; scripts get 401 JSON."""
    actor = request.actor
    wants_html = "text/html" in request.headers.get("accept", "")
    if actor is None and wants_html:
        target = datasette.urls.path("/-/casebook-login") + "?next=" + request.path
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


async def login(datasette, request):
    """A login form that checks Casebook's own accounts."""
    message = ""
    if request.method == "POST":
        from app.accounts import authenticate

        form = await request.post_vars()
        db = _read_only()
        try:
            user = authenticate(db, form.get("username", ""), form.get("password", ""))
        finally:
            db.conn.close()
        actor = _actor(user)
        if actor and actor["role"] in ALLOWED_ROLES:
            target = form.get("next") or datasette.urls.instance()
            if not target.startswith("/") or target.startswith("//"):
                target = datasette.urls.instance()
            response = Response.redirect(target)
            response.set_cookie(
                "ds_actor", datasette.sign({"a": actor}, "actor"), httponly=True, samesite="lax"
            )
            return response
        message = (
            "Wrong username or password."
            if actor is None
            else "Only analysts and admins may use the release."
        )
    return Response.html(
        await datasette.render_template(
            "casebook_login.html",
            {"message": message, "next": request.args.get("next", "")},
            request=request,
        ),
        status=401 if message else 200,
    )


async def logout(datasette, request):
    response = Response.redirect(datasette.urls.path("/-/casebook-login"))
    response.set_cookie("ds_actor", "", expires=0)
    return response
