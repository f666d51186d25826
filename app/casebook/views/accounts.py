"""Accounts in the web app: the admins' accounts page (add an account, change a role,
deactivate after a confirmation, activate again) and everyone's own password page. Each
change goes through app/casebook/accounts.py, is audited and takes effect at once: a deactivated
account's sessions and tokens stop working, a new role applies at its next request, a new
password ends every other session of the account.

Routes
    GET/POST /accounts                          list the accounts; add one (admin)
    POST     /accounts/<id>/role                give an account another role (admin)
    GET/POST /accounts/<id>/deactivate          "Deactivate this account?", then do it (admin)
    POST     /accounts/<id>/activate            let it log in again (admin)
    GET/POST /account/password                  change your own password (everyone)
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from flask_wtf import FlaskForm
from wtforms import PasswordField, SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import EqualTo, InputRequired, Length, Optional

from casebook import login_throttle
from casebook.access import ALL_ROLES, roles
from casebook.accounts import (
    ROLES,
    AccountError,
    add_user,
    authenticate,
    get_user,
    list_users,
    set_active,
    set_password,
    set_role,
)
from casebook.db import get_db
from casebook.i18n import _, _l
from casebook.request_context import actor, current_user
from casebook.sessions import SESSION_VERSION_KEY

bp = Blueprint("accounts", __name__)
RULES = _l(
    "At least 12 characters, not only spaces, not containing the username, and not one of "
    "the most common passwords. A few unrelated words make a good one."
)
DIFFERENT = _l("The passwords differ.")


class AccountForm(FlaskForm):
    username = StringField(_l("Username"), validators=[InputRequired(), Length(max=64)])
    display_name = StringField(
        _l("Name shown in the app"), validators=[Optional(), Length(max=200)]
    )
    role = SelectField(
        _l("Role"), choices=[SelectChoice(r, r) for r in ROLES], validators=[InputRequired()]
    )
    password = PasswordField(_l("Password"), validators=[InputRequired()], description=RULES)
    confirm = PasswordField(
        _l("Password again"),
        validators=[InputRequired(), EqualTo("password", message=DIFFERENT)],
    )


class PasswordForm(FlaskForm):
    current = PasswordField(_l("Your current password"), validators=[InputRequired()])
    password = PasswordField(_l("New password"), validators=[InputRequired()], description=RULES)
    confirm = PasswordField(
        _l("New password again"),
        validators=[InputRequired(), EqualTo("password", message=DIFFERENT)],
    )


@bp.route("/accounts", methods=["GET", "POST"])
@roles("admin")
def accounts() -> Any:
    form = AccountForm()
    if form.validate_on_submit():
        try:
            add_user(
                get_db(),
                form.username.data,
                form.role.data,
                form.password.data,
                actor(),
                form.display_name.data or None,
            )
        except AccountError as error:
            target = form.password if error.field == "password" else form.username
            target.errors.append(_sentence(error))
        else:
            flash(
                _(
                    "Account %(name)s added with the role %(role)s.",
                    name=form.username.data,
                    role=form.role.data,
                )
            )
            return redirect(url_for(".accounts"))
    page = render_template(
        "casebook/accounts.html", form=form, users=list_users(get_db()), roles=ROLES
    )
    return page, 422 if form.errors else 200


def _sentence(error: Exception) -> str:
    text = str(error)
    return text[:1].upper() + text[1:] + "."


def _account(user_id: int) -> dict[str, Any]:
    user = get_user(get_db(), user_id)
    if user is None:
        abort(404)
    return user


@bp.route("/accounts/<int:user_id>/role", methods=["POST"])
@roles("admin")
def change_role(user_id: int) -> Any:
    user = _account(user_id)
    try:
        set_role(get_db(), user["username"], request.form.get("role", ""), actor())
    except AccountError as error:
        flash(_("Role not changed: %(error)s.", error=error))
    else:
        flash(
            _(
                "%(name)s now has the role %(role)s.",
                name=user["username"],
                role=request.form.get("role"),
            )
        )
    return redirect(url_for(".accounts"))


@bp.route("/accounts/<int:user_id>/deactivate", methods=["GET", "POST"])
@roles("admin")
def deactivate(user_id: int) -> Any:
    user = _account(user_id)
    if request.method == "GET":
        return render_template("casebook/account_deactivate.html", user=user)
    try:
        set_active(get_db(), user["username"], False, actor())
    except AccountError as error:
        flash(_("Not deactivated: %(error)s.", error=error))
    else:
        flash(
            _(
                "%(name)s is deactivated: logged out everywhere, API tokens revoked, "
                "and cannot log in.",
                name=user["username"],
            )
        )
    return redirect(url_for(".accounts"))


@bp.route("/accounts/<int:user_id>/activate", methods=["POST"])
@roles("admin")
def activate(user_id: int) -> Any:
    user = _account(user_id)
    set_active(get_db(), user["username"], True, actor())
    flash(_("%(name)s can log in again.", name=user["username"]))
    return redirect(url_for(".accounts"))


@bp.route("/account/password", methods=["GET", "POST"])
@roles(*ALL_ROLES)
def password() -> Any:
    """Change your own password: your other sessions end, this one goes on."""
    form = PasswordForm()
    user, db, address = current_user(), get_db(), request.remote_addr
    if form.validate_on_submit():
        wait = login_throttle.wait_seconds(db, user["username"], address)
        if wait:
            text = login_throttle.wait_text(wait)
            form.current.errors.append(
                _("Too many wrong passwords. Try again in %(wait)s.", wait=text)
            )
        elif authenticate(db, user["username"], form.current.data) is None:
            login_throttle.record_failure(db, user["username"], address)
            form.current.errors.append(_("This is not your current password."))
        else:
            try:
                version = set_password(db, user["username"], form.password.data, actor())
            except AccountError as error:
                form.password.errors.append(_sentence(error))
            else:
                session[SESSION_VERSION_KEY] = version
                flash(_("Your password is changed. You are logged out on every other device."))
                return redirect(url_for("casebook.dashboard.index"))
    page = render_template("casebook/password.html", form=form)
    return page, 422 if form.errors else 200
