"""Logging in and out."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import InputRequired

from app.access import ALL_ROLES, public, roles
from app.accounts import authenticate
from app.db import get_db
from app.extension import SESSION_KEY
from app.i18n import _, _l

bp = Blueprint("auth", __name__)


class LoginForm(FlaskForm):
    username = StringField(_l("Username"), validators=[InputRequired()])
    password = PasswordField(_l("Password"), validators=[InputRequired()])


@bp.route("/login", methods=["GET", "POST"])
@public
def login() -> Any:
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(get_db(), form.username.data, form.password.data)
        if user is not None:
            session.clear()
            session[SESSION_KEY] = user["id"]
            return redirect(safe_next(request.args.get("next")))
        form.password.errors.append(_("Wrong username or password."))
    return render_template("casebook/login.html", form=form)


def safe_next(target: str | None, default: str | None = None) -> str:
    """Only follow `next` to a path on this site, never to another host."""
    if target and target.startswith("/") and not target.startswith("//"):
        parts = urlsplit(target)
        if not parts.netloc and not parts.scheme and "\\" not in target:
            return target
    return default or url_for("casebook.dashboard.index")


@bp.route("/logout", methods=["POST"])
@roles(*ALL_ROLES)
def logout() -> Any:
    session.pop(SESSION_KEY, None)
    flash(_("You are logged out."))
    return redirect(url_for("casebook.auth.login"))
