"""The analysts' login to Datasette, with Casebook's accounts, and logging out.

- CSRF: the form's token must match the `ds_csrftoken` cookie. Datasette's asgi-csrf checks
  that only when a request carries cookies at all, which a browser that has never been here
  does not: so the login itself insists on both (no login CSRF).
- Failed logins count against the account and the address with Casebook's own logins
  (app/casebook/login_throttle.py), in the private database; each attempt is reported to
  app/casebook/security_events.py.
- `next` is followed only to a path on this site (app/casebook/redirects.py).
- The login cookie (access.COOKIE) expires after 12 hours and ends with the account's
  session version. Logging out (a POST) ends every session of the account, here and in
  Casebook."""

from __future__ import annotations

import asyncio
import secrets
from pathlib import Path
from typing import Any

from datasette.utils.asgi import Response

from casebook.datasette_plugin.access import (
    ALLOWED_ROLES,
    COOKIE,
    SESSION_SECONDS,
    ours,
    private_database,
    session_cookie,
)
from casebook.redirects import safe_next_path


def _address(request) -> str | None:
    client = request.scope.get("client")
    return client[0] if client else None


def csrf_ok(request, form: dict[str, str]) -> bool:
    """The posted token matches the CSRF cookie, which must be there."""
    if not request.cookies.get("ds_csrftoken"):
        return False
    expected = request.scope["csrftoken"]()
    return secrets.compare_digest(form.get("csrftoken", ""), expected)


def _check(private: Path, username: str, password: str, address: str | None) -> tuple[str, Any]:
    """(outcome, detail): ("ok", user), ("role", user), ("wrong", seconds to wait) or
    ("blocked", seconds to wait). Runs in a thread: it hashes and writes."""
    from casebook import login_throttle
    from casebook.accounts import authenticate
    from casebook.db import connect
    from casebook.security_events import record_login_event

    db = connect(private)
    try:
        wait = login_throttle.wait_seconds(db, username, address)
        if wait:
            record_login_event(db, username, False, address)
            return "blocked", wait
        user = authenticate(db, username, password)
        if user is None:
            wait = login_throttle.record_failure(db, username, address)
            record_login_event(db, username, False, address)
            return ("blocked" if wait else "wrong"), wait
        login_throttle.record_success(db, username)
        ok = user["role"] in ALLOWED_ROLES
        record_login_event(db, user["username"], ok, address)
        return ("ok" if ok else "role"), user
    finally:
        db.close()


async def login(datasette, request):
    """A login form that checks Casebook's own accounts."""
    next_path = request.args.get("next", "")
    if request.method != "POST":
        return await _page(datasette, request, next_path, "", 200)
    form = await request.post_vars()
    next_path = form.get("next", "")
    if not csrf_ok(request, form):
        message = "This form had expired or did not come from this page. Please log in again."
        return await _page(datasette, request, next_path, message, 403)
    username, password = form.get("username", ""), form.get("password", "")
    outcome, detail = await asyncio.to_thread(
        _check, private_database(datasette), username, password, _address(request)
    )
    if outcome == "ok":
        target = safe_next_path(next_path) or datasette.urls.instance()
        response = Response.redirect(target)
        response.set_cookie(
            COOKIE,
            session_cookie(datasette, detail),
            max_age=SESSION_SECONDS,
            httponly=True,
            samesite="lax",
        )
        response.set_cookie("ds_actor", "", expires=0)
        return response
    if outcome == "blocked":
        from casebook.login_throttle import wait_text

        message = (
            "Too many failed logins for this account or from this address. "
            f"Try again in {wait_text(detail)}."
        )
        response = await _page(datasette, request, next_path, message, 429)
        response.headers["Retry-After"] = str(detail)
        return response
    message = (
        "Wrong username or password."
        if outcome == "wrong"
        else "Only analysts and admins may use the release."
    )
    return await _page(datasette, request, next_path, message, 401)


async def _page(datasette, request, next_path: str, message: str, status: int) -> Response:
    html = await datasette.render_template(
        "casebook_login.html",
        {"message": message, "next": safe_next_path(next_path) or ""},
        request=request,
    )
    return Response.html(html, status=status)


async def logout(datasette, request):
    """GET: a button (a link alone must not log anyone out). POST: end every session of
    the account, here and in Casebook, and forget the cookie."""
    if request.method == "POST":
        actor = request.actor
        if ours(actor) and actor["casebook"] == "login":
            await asyncio.to_thread(_end_sessions, private_database(datasette), actor["id"])
        response = Response.redirect(datasette.urls.path("/-/casebook-login"))
        response.set_cookie(COOKIE, "", expires=0)
        response.set_cookie("ds_actor", "", expires=0)
        return response
    html = await datasette.render_template("casebook_logout.html", {}, request=request)
    return Response.html(html)


def _end_sessions(private: Path, username: str) -> None:
    from casebook.accounts import find_user
    from casebook.db import connect
    from casebook.sessions import end_sessions

    db = connect(private)
    try:
        user = find_user(db, username)
        if user is not None:
            end_sessions(db, user["id"])
    finally:
        db.close()
