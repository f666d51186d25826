"""Logging in and out. Failed logins are slowed down per account and per address
(login_throttle.py); logging out ends every session of the account (sessions.py)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import InputRequired

from casebook import login_throttle
from casebook.access import ALL_ROLES, public, roles
from casebook.accounts import authenticate
from casebook.db import get_db
from casebook.i18n import _, _l
from casebook.redirects import safe_next_path
from casebook.request_context import current_user
from casebook.security_events import record_login_event
from casebook.sessions import SESSION_KEY, SESSION_VERSION_KEY, end_sessions

bp = Blueprint("auth", __name__)


class LoginForm(FlaskForm):
    username = StringField(_l("Username"), validators=[InputRequired()])
    password = PasswordField(_l("Password"), validators=[InputRequired()])


@bp.route("/login", methods=["GET", "POST"])
@public
def login() -> Any:
    form = LoginForm()
    if not form.validate_on_submit():
        return render_template("casebook/login.html", form=form)
    db, address = get_db(), request.remote_addr
    username = form.username.data
    wait = login_throttle.wait_seconds(db, username, address)
    if wait:
        record_login_event(db, username, False, address)
        return _too_many(form, wait)
    user = authenticate(db, username, form.password.data)
    if user is None:
        wait = login_throttle.record_failure(db, username, address)
        record_login_event(db, username, False, address)
        if wait:
            return _too_many(form, wait)
        form.password.errors.append(_("Wrong username or password."))
        return render_template("casebook/login.html", form=form)
    login_throttle.record_success(db, username)
    record_login_event(db, user["username"], True, address)
    session.clear()
    session[SESSION_KEY] = user["id"]
    session[SESSION_VERSION_KEY] = user["session_version"]
    return redirect(safe_next_path(request.args.get("next")) or url_for("casebook.dashboard.index"))


def _too_many(form: LoginForm, wait: int) -> Any:
    """429: this account or address failed too often; nothing was checked."""
    text = login_throttle.wait_text(wait)
    form.password.errors.append(
        _(
            "Too many failed logins for this account or from this address. Try again in %(wait)s.",
            wait=text,
        )
    )
    page = render_template("casebook/login.html", form=form)
    return page, 429, {"Retry-After": str(wait)}


@bp.route("/logout", methods=["POST"])
@roles(*ALL_ROLES)
def logout() -> Any:
    """Log out here and everywhere else this account is logged in (other devices, Datasette)."""
    end_sessions(get_db(), current_user()["id"])
    session.clear()
    flash(_("You are logged out, on every device."))
    return redirect(url_for("casebook.auth.login"))
