"""Where ratings come from: each `RatingSource` reads the private database and yields
`Rating`s. `SOURCES` lists every source the figures use; a new kind of coding (live events
cut into time slices) adds its source to that list.

`coded_items` reads the coders' own completed responses on units of coding (never a
consensus, never a discarded or draft response, never a coding still blind: a unit counts once
every coder has completed, and a coder taken off a unit no longer counts): every checklist row
and every scale item at the ordinal level (its points; "not observed" and "left out" are
missing), every choice item at the nominal level (its code) and every option of a multichoice
item at the nominal level (1 ticked, 0 not)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import sqlite_utils

from casebook.agreement.event_slices import slice_ratings
from casebook.agreement.ratings import Rating, RatingSource
from casebook.blindness import sealed_sql
from casebook.coding_units import unit_key
from casebook.instruments.model import Instrument
from casebook.instruments.registry import get_instrument


def coded_items(db: sqlite_utils.Database) -> Iterator[Rating]:
    """Ratings of the checklist rows and choice, multichoice and scale items of the coders'
    completed responses on units."""
    rows = db.query(
        "SELECT r.uuid, r.instrument_id, r.version, r.collector_id, u.id AS unit_id, u.kind,"
        " u.wave_id FROM responses r JOIN coding_units u ON u.id = r.unit_id"
        " WHERE r.consensus = 0 AND r.status = 'complete'"
        f" AND NOT {sealed_sql('r')} ORDER BY u.id, r.collector_id"
    )
    instruments: dict[tuple[str, int], Instrument] = {}
    for row in rows:
        version = (row["instrument_id"], row["version"])
        if version not in instruments:
            instruments[version] = get_instrument(db, *version)
        answers = {
            item_id: json.loads(value)
            for item_id, value in db.execute(
                "SELECT item_id, value FROM answers WHERE response_uuid = ?", [row["uuid"]]
            )
        }
        unit = unit_key({"kind": row["kind"], "id": row["unit_id"]})
        for item, level, value in item_values(instruments[version], answers):
            yield Rating(
                instrument=row["instrument_id"],
                item=item,
                level=level,
                wave=row["wave_id"],
                unit=unit,
                coder=str(row["collector_id"]),
                value=value,
            )


def item_values(instrument: Instrument, answers: dict[str, Any]) -> Iterator[tuple]:
    """(item, level, value) for each rated thing of an instrument in one response."""
    for item in instrument.items():
        answer = answers.get(item.id)
        if item.type == "checklist":
            rows = answer if isinstance(answer, dict) else {}
            for row in item.rows:
                score = (rows.get(row.id) or {}).get("score")
                yield f"{item.id}.{row.id}", "ordinal", _point(score)
        elif item.type == "scale":
            yield item.id, "ordinal", _point(answer)
        elif item.type == "choice":
            yield item.id, "nominal", answer if isinstance(answer, str) else None
        elif item.type == "multichoice":
            ticked = answer if isinstance(answer, list) else None
            for value in _choice_values(instrument, item):
                yield (
                    f"{item.id}.{value}",
                    "nominal",
                    None if ticked is None else int(value in ticked),
                )


def _point(value: Any) -> int | None:
    """A point of a scale; "not_observed", "left_out" and no score are missing."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _choice_values(instrument: Instrument, item: Any) -> list[str]:
    return [choice.value for choice in instrument.choices_for(item)]


SOURCES: list[RatingSource] = [coded_items, slice_ratings()]
