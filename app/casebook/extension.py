"""The Flask extension: `Casebook(app)` or `casebook.init_app(app)` mounts the whole fieldwork
site as one blueprint under `CASEBOOK_URL_PREFIX`, so a host survey platform can embed it,
and registers the `casebook` commands on `app.cli` (`flask --app host casebook publish`).

Config keys (all optional, read from the app's config only; see casebook.config):
CASEBOOK_URL_PREFIX (default ""), CASEBOOK_DATABASE (default <instance_path>/casebook.db),
CASEBOOK_INSTRUMENTS (default <instance_path>/instruments), CASEBOOK_MAX_BODY (bytes,
default 2 MB), CASEBOOK_AUTOSAVE_SECONDS (default 2), CASEBOOK_SECURE_COOKIES (default False;
True behind HTTPS sets SESSION_COOKIE_SECURE and HSTS), CASEBOOK_DATASETTE_METADATA (the
deployment's own Datasette metadata file for `casebook datasette`).

`init_app` creates nothing on disk; a second `init_app` on one app is refused."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_wtf.csrf import CSRFError, generate_csrf, validate_csrf
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from wtforms import ValidationError

from casebook import db as database
from casebook import i18n, wording
from casebook.accounts import dummy_hash, get_user
from casebook.clock import today
from casebook.config import apply_defaults
from casebook.config import instruments_path as configured_instruments
from casebook.i18n import _l
from casebook.instruments.model import label_text
from casebook.json_errors import json_error
from casebook.language import locale_selector
from casebook.request_context import current_user, is_api_request
from casebook.script_text import script_text
from casebook.security_headers import add_security_headers
from casebook.sessions import SESSION_KEY, SESSION_VERSION_KEY, still_valid

log = logging.getLogger("casebook")
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


class Casebook:
    """Casebook mounted in a Flask app; its state is `app.extensions["casebook"]`."""

    def __init__(self, app: Flask | None = None) -> None:
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        if "casebook" in app.extensions:
            raise RuntimeError(
                "Casebook is already set up on this app: call Casebook(app) or init_app(app) "
                "once per app (a second time would mount the site and its commands twice)."
            )
        apply_defaults(app)
        if app.config["CASEBOOK_SECURE_COOKIES"]:
            app.config["SESSION_COOKIE_SECURE"] = True
        database.init_app(app)
        i18n.init_app(app, locale_selector)
        app.register_blueprint(build_blueprint(), url_prefix=app.config["CASEBOOK_URL_PREFIX"])
        # JSON API (issue 3): 404/405 for unmatched routes never reach a blueprint's handlers;
        # these app-level ones answer JSON under <prefix>/api/ only and leave every other path
        # to the host app's own handlers (or Flask's default page).
        from casebook.api.errors import install_app_error_handlers

        install_app_error_handlers(app)
        from casebook.commands import casebook_commands

        app.cli.add_command(casebook_commands)
        dummy_hash()  # now, so the first login of an unknown name takes no longer
        app.extensions["casebook"] = self

    @staticmethod
    def instruments_path(app: Flask) -> Path:
        return configured_instruments(app)


def build_blueprint() -> Blueprint:
    """The `casebook` blueprint with one child blueprint per area of the site."""
    from casebook import api
    from casebook.views import account, accounts, auth, collect, dashboard, releases, study

    parent = Blueprint(
        "casebook",
        __name__,
        template_folder="templates",
        static_folder="static",
        static_url_path="/static",
    )
    for area in (auth, account, accounts, dashboard, study, collect, releases):
        parent.register_blueprint(area.bp)
    # JSON API v1 (issue 3); its own error handlers make every error under it JSON.
    parent.register_blueprint(api.bp, url_prefix=api.URL_PREFIX)
    parent.before_request(i18n.use_casebook_text)
    parent.before_request(_limit_body)
    parent.before_request(_load_user)
    parent.before_request(_enforce_access)
    parent.before_request(_check_csrf)
    parent.after_request(add_security_headers)
    parent.app_context_processor(_template_globals)
    for code in (400, 403, 404, 405, 409, 413, 422, 500):
        parent.register_error_handler(code, _error_page)
    parent.register_error_handler(CSRFError, _error_page)
    return parent


def _limit_body() -> Any:
    limit = int(current_app.config["CASEBOOK_MAX_BODY"])
    request.max_content_length = limit
    if request.content_length is not None and request.content_length > limit:
        raise RequestEntityTooLarge()
    return None


def _load_user() -> None:
    # JSON API (issue 3): an API request with `Authorization: Bearer <token>` is authenticated
    # by the token alone (a session cookie sent with it is ignored); a bad token is 401.
    from casebook.api.auth import bearer_token, refuse_bad_token
    from casebook.tokens import user_for_token

    g.casebook_token_auth = False
    g.casebook_user = None
    if (request.endpoint or "").endswith(".static"):
        return  # stylesheets and scripts need no account lookup
    token = bearer_token()
    if token is not None:
        user = user_for_token(database.get_db(), token)
        if user is None:
            refuse_bad_token()
        g.casebook_user, g.casebook_token_auth = user, True
        return
    user_id = session.get(SESSION_KEY)
    if user_id is None:
        return
    user = get_user(database.get_db(), user_id)
    if still_valid(user, session.get(SESSION_VERSION_KEY)):
        g.casebook_user = user
    else:  # logged out elsewhere, a new password, deactivated: this session is over
        session.clear()


def _enforce_access() -> Any:
    endpoint = request.endpoint or ""
    view = current_app.view_functions.get(endpoint)
    if endpoint.endswith(".static") or getattr(view, "casebook_public", False):
        return None
    user = current_user()
    if user is None:
        if is_api_request():  # JSON API (issue 3): 401 JSON, never a redirect to the login page
            abort(401)
        if request.accept_mimetypes.best == "application/json" or request.is_json:
            abort(401)
        return redirect(url_for("casebook.auth.login", next=request.full_path.rstrip("?")))
    if user["role"] not in getattr(view, "casebook_roles", frozenset()):
        abort(403)
    return None


def _check_csrf() -> None:
    if request.method not in UNSAFE_METHODS:
        return
    # JSON API (issue 3): a bearer token is nothing a browser sends by itself, so a request
    # authenticated by one cannot be forged cross-site; session-authenticated ones still need it.
    if g.get("casebook_token_auth"):
        return
    token = request.headers.get("X-CSRFToken") or request.form.get("csrf_token")
    try:
        validate_csrf(token)
    except ValidationError as error:
        raise CSRFError(str(error)) from None


def _template_globals() -> dict[str, Any]:
    return {
        "current_user": current_user(),
        "csrf_token": generate_csrf,
        "new_uuid": lambda: str(uuid.uuid4()),
        "label": label_text,
        "today": today,
        "versions_of": _versions_of,
        "interface_language": i18n.interface_language,
        "language_name": i18n.language_name,
        "script_text": script_text,
        "status_text": wording.status_text,
        "account_role_text": wording.account_role_text,
        "kind_text": wording.kind_text,
        "role_label": wording.role_label,
        "wave_text": wording.wave_text,
        "stage_text": wording.stage_text,
        "study_settings_problems": _study_settings_problems,
    }


def _study_settings_problems() -> list[str]:
    """What is wrong with study.yaml while the app keeps its last good settings (the admin
    pages show it)."""
    from casebook.settings import settings_problems

    folder = Path(current_app.config["CASEBOOK_INSTRUMENTS"])
    return [str(problem) for problem in settings_problems(folder)]


def _versions_of(instrument_id: str) -> list[int]:
    rows = database.get_db().query(
        "SELECT version FROM instrument_versions WHERE instrument_id = ? ORDER BY version",
        [instrument_id],
    )
    return [row["version"] for row in rows]


def _error_page(error: Exception) -> Any:
    code = error.code or 500 if isinstance(error, HTTPException) else 500
    name = error.name if isinstance(error, HTTPException) else ""
    title = str(TITLES.get(code, name))
    text = str(MESSAGES.get(code, getattr(error, "description", "") or ""))
    if isinstance(error, CSRFError):
        text = str(MESSAGES["csrf"])
    if code == 500:
        title = str(TITLES[500])
        log.error(
            "unexpected error on %s",
            request.path,
            exc_info=getattr(error, "original_exception", None) or error,
        )
    if request.is_json or request.accept_mimetypes.best == "application/json":
        return json_error(code, (name or title).lower().replace(" ", "_"), text)
    return render_template("casebook/error.html", code=code, title=title, text=text), code


MESSAGES = {
    403: _l("Your role does not give access to this page. Ask the study lead if you need it."),
    404: _l("There is nothing at this address."),
    413: _l("What was sent is larger than Casebook accepts. Nothing was stored."),
    500: _l("The error has been logged; nothing half-way was stored."),
    "csrf": _l(
        "This form had expired or did not come from Casebook. Reload the page and try "
        "again; nothing was stored."
    ),
}
# Page titles for errors (the JSON error code keeps the HTTP name).
TITLES = {
    400: _l("Bad request"),
    403: _l("Forbidden"),
    404: _l("Not found"),
    405: _l("Not allowed here"),
    409: _l("Conflict"),
    413: _l("Too large"),
    422: _l("Cannot be processed"),
    500: _l("Something went wrong"),
}
