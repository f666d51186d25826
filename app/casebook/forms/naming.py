"""How a response form names things: the field name of each item id (and back from a field
id to an item path), the page's own fields, and the values a yes/no question posts.

An item id that would clash with the form's own attributes (`data`, `errors`, `meta`, ...) or
with the page's own fields (`revision`, `csrf_token`, `action`) is named `item.<id>`."""

from __future__ import annotations

from flask_wtf import FlaskForm

from casebook.i18n import _l

YES, NO = "yes", "no"
PAGE_FIELDS = frozenset({"revision", "csrf_token", "action", "uuid"})
# Form attributes and keyword arguments of Form(); an item with such an id gets another name.
RESERVED = frozenset(dir(FlaskForm)) | PAGE_FIELDS | {"formdata", "obj", "prefix", "data", "meta"}
META_LABELS = {
    "date": _l("Date"),
    "participant": _l("Participant"),
    "case": _l("Case"),
    "wave": _l("Wave"),
    "instrument": _l("Instrument"),
    "status": _l("Status"),
    "uuid": _l("Response"),
    "revision": _l("Revision"),
}
META_FIELD_IDS = {"date": "meta-date"}
META_BY_FIELD_ID = {v: k for k, v in META_FIELD_IDS.items()}


def field_key(item_id: str) -> str:
    """The form field name of an item (or probe, row, sub-item) id."""
    if item_id in RESERVED or f"validate_{item_id}" in RESERVED:
        return f"item.{item_id}"
    return item_id


def field_path(field_id: str) -> str:
    """`attendees-0-role` -> `attendees[0].role`; `item.data-notes` -> `data.notes`."""
    if field_id in META_BY_FIELD_ID:
        return META_BY_FIELD_ID[field_id]
    parts = [p.removeprefix("item.") for p in field_id.split("-")]
    path = ""
    for part in parts:
        path += f"[{part}]" if part.isdigit() and path else (f".{part}" if path else part)
    return path
