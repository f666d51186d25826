"""Casebook's interface text for the page scripts, gathered in one catalogue so it is
translated with the rest (`make messages`) instead of being hard-coded English in the scripts.

Every page carries it, in the reader's language, as JSON in
`<script type="application/json" id="cb-text">` (base.html); a script reads it with
`JSON.parse(document.getElementById("cb-text").textContent)`. Placeholders are `{name}`,
filled in by the script."""

from __future__ import annotations

from app.i18n import _l

SCRIPT_TEXT = {
    # complete.js: the check before "Mark complete"
    "markComplete": _l("Mark complete"),
    "markAnyway": _l("Mark complete anyway"),
    "needsEntries": _l("Needs at least {min} entries"),
    "entry": _l("Entry {n}"),
    "interviewDate": _l("Date of the interview"),
    "date": _l("Date"),
    # reviews.html: deciding words in the background
    "reviewNotSaved": _l("Not saved (the connection or the session failed): try again."),
}


def script_text() -> dict[str, str]:
    """The catalogue in the language of this request."""
    return {key: str(text) for key, text in SCRIPT_TEXT.items()}
