"""Instruments in the JSON API: the registered versions, and one version's parsed definition
with the JSON Schema of its answers (analysts may read instruments too)."""

from __future__ import annotations

from typing import Any

from casebook.access import ALL_ROLES, roles
from casebook.api.blueprint import bp
from casebook.api.errors import ApiError
from casebook.api.instrument_document import instrument_document
from casebook.api.schema import MAX_ID
from casebook.db import get_db
from casebook.instruments.model import Instrument
from casebook.instruments.registry import UnknownInstrument, get_instrument, list_versions


@bp.route("/instruments")
@roles(*ALL_ROLES)
def instruments() -> Any:
    """Every registered instrument version (analysts may read instruments)."""
    return [
        {
            "id": row["instrument_id"],
            "version": row["version"],
            "kind": row["kind"],
            "title": row["title"],
            "hash": row["hash"],
        }
        for row in list_versions(get_db())
    ]


@bp.route("/instruments/<instrument_id>/<int:version>")
@roles(*ALL_ROLES)
def instrument(instrument_id: str, version: int) -> Any:
    """The parsed definition of one version, with the JSON Schema of its answers."""
    found = _instrument_or_404(instrument_id, version)
    return instrument_document(found, _hash(instrument_id, version))


def _instrument_or_404(instrument_id: str, version: int) -> Instrument:
    try:
        if version > MAX_ID:
            raise UnknownInstrument(instrument_id)
        return get_instrument(get_db(), instrument_id, version)
    except UnknownInstrument:
        message = f"No registered instrument {instrument_id!r} version {version}."
        raise ApiError(404, "not_found", message) from None


def _hash(instrument_id: str, version: int) -> str:
    row = (
        get_db()
        .execute(
            "SELECT hash FROM instrument_versions WHERE instrument_id = ? AND version = ?",
            [instrument_id, version],
        )
        .fetchone()
    )
    return row[0]
