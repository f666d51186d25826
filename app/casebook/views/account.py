"""The user's own account page: who they are and the language they read Casebook and its
forms in. The same choice is offered on every form page, among that form's languages.

Routes
    GET  /account              the account page with the language chooser
    POST /account/language     remember a language (or "as my browser asks"), then go back
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask_babel import refresh

from casebook.access import ALL_ROLES, roles
from casebook.db import get_db
from casebook.i18n import _, language_name
from casebook.language import choices, offered_languages, set_language, stored_language
from casebook.redirects import safe_next_path
from casebook.request_context import actor, current_user

bp = Blueprint("account", __name__)


@bp.route("/account")
@roles(*ALL_ROLES)
def page() -> Any:
    user = current_user()
    return render_template(
        "casebook/account.html",
        user=user,
        chosen=stored_language(user) or "",
        languages=choices(get_db()),
    )


@bp.route("/account/language", methods=["POST"])
@roles(*ALL_ROLES)
def choose_language() -> Any:
    """Remember the language; an unknown code is refused, never stored."""
    db = get_db()
    language = request.form.get("language", "").strip().lower() or None
    if language is not None and language not in offered_languages(db):
        abort(400)
    user = current_user()
    set_language(db, user["id"], language, actor())
    # The rest of this request, and the message, in the language just chosen.
    g.casebook_user = {**user, "language": language}
    refresh()
    if request.form.get("quiet") != "1":
        flash(_language_message(language))
    return redirect(safe_next_path(request.form.get("next")) or url_for(".page"))


def _language_message(language: str | None) -> str:
    if language:
        return _(
            "Casebook and its forms are now shown in %(language)s where a translation exists.",
            language=language_name(language),
        )
    return _("Casebook now follows the language your browser asks for.")
