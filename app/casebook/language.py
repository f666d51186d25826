"""The language a person reads Casebook in: their own choice, remembered per user (m010), or
else what their browser asks for (Accept-Language), or else English.

Forms show an instrument's labels in that language when the instrument has it, and each label
falls back to the instrument's first language where it lacks a translation. Casebook's own
text follows where it has a catalogue (app/casebook/i18n.py)."""

from __future__ import annotations

from typing import Any

import sqlite_utils
from flask import g, has_request_context, request

from casebook import audit
from casebook.db import write_transaction
from casebook.i18n import SOURCE_LANGUAGE, interface_languages, language_name
from casebook.instruments.model import Instrument, label_text
from casebook.request_context import is_api_request

CODE_PATTERN = r"^[a-z]{2,3}$"


def stored_language(user: dict[str, Any] | None) -> str | None:
    return (user or {}).get("language") or None


def set_language(
    db: sqlite_utils.Database, user_id: int, language: str | None, actor: audit.Actor
) -> None:
    """Remember a user's language (None: follow the browser again); audited."""
    rows = list(db.query("SELECT language FROM users WHERE id = ?", [user_id]))
    before = rows[0]["language"] if rows else None
    if before == language:
        return
    with write_transaction(db):
        db.execute("UPDATE users SET language = ? WHERE id = ?", [language, user_id])
        audit.record(
            db, actor, "update", "users", user_id, {"language": before}, {"language": language}
        )


def offered_languages(db: sqlite_utils.Database) -> list[str]:
    """What a user may choose: Casebook's interface languages and every language an
    instrument is written in."""
    rows = db.query(
        "SELECT DISTINCT lower(value) AS code FROM instrument_versions,"
        " json_each(coalesce(json_extract(definition, '$.languages'), json_array('en')))"
    )
    codes = {row["code"] for row in rows} | set(interface_languages())
    return sorted(codes, key=lambda code: (code != SOURCE_LANGUAGE, language_name(code).lower()))


def reading_language() -> str:
    """The language of this request's reader: the logged-in user's choice, else the best
    match for the browser's Accept-Language among the interface's languages, else English.
    The JSON API always answers in English: scripts read it, and its text stays stable."""
    if not has_request_context() or is_api_request():
        return SOURCE_LANGUAGE
    chosen = stored_language(g.get("casebook_user"))
    if chosen:
        return chosen
    asked = request.accept_languages.best_match(interface_languages())
    return asked or SOURCE_LANGUAGE


def locale_selector() -> str:
    """Flask-Babel's locale for the request (the interface picks its nearest catalogue)."""
    return reading_language()


def form_language(instrument: Instrument, wanted: str | None = None) -> str:
    """The language a form is shown in: the wanted one when the instrument has it, else the
    instrument's first language."""
    wanted = wanted or reading_language()
    return wanted if wanted in instrument.languages else instrument.languages[0]


def instrument_text(instrument: Instrument, language: str):
    """`text(label)`: a label of this instrument in `language`, each label falling back to
    the instrument's first language."""
    first = instrument.languages[0]

    def text(label: Any, _language: str | None = None) -> str:
        return label_text(label, language, first)

    return text


def choices(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(code, name in its own language) for a chooser."""
    return [(code, language_name(code)) for code in offered_languages(db)]
