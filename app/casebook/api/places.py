"""Places in the JSON API (admin): places that identify people, whose names and aliases every
data release redacts from free text."""

from __future__ import annotations

from typing import Any

from casebook import places, study
from casebook.access import roles
from casebook.api.blueprint import bp
from casebook.api.body import json_body
from casebook.api.errors import ApiError, detail, invalid
from casebook.api.fields import Fields
from casebook.db import get_db
from casebook.request_context import actor


@bp.route("/places")
@roles("admin")
def places_list() -> Any:
    """Places whose names are redacted from free text in every release (admin)."""
    return places.list_places(get_db())


@bp.route("/places", methods=["POST"])
@roles("admin")
def create_place() -> Any:
    """A place that identifies people (a clinic, a ward, a small village): 201; 409 if its
    name is already registered."""
    fields = Fields(json_body(), {"name", "aliases"})
    name = fields.text("name", required=True, max_length=200)
    aliases = fields.names("aliases")
    fields.done()
    db = get_db()
    existing = places.find_place(db, " ".join(name.split()))
    if existing is None:
        try:
            place_id = places.add_place(db, name, aliases, actor())
        except study.StudyError as error:
            raise invalid([detail(k, v) for k, v in error.fields.items()]) from None
        return next(p for p in places.list_places(db) if p["id"] == place_id), 201
    raise ApiError(
        409,
        "conflict",
        f"The place {existing['name']!r} is already registered.",
        [detail("name", "already registered")],
        current=existing,
    )
