"""The JSON Schema of answers, generated from the instrument model: `value_schema` turns one
item of a registered version into the schema of its answer (choices, ranges, rows and probes
included), `answers_schema` does so for a whole version (the OpenAPI document's
`Answers.<id>.v<n>` and the `answers_schema` of GET /instruments/<id>/<version>). The generic
shape of each item type (`ITEM_TYPE_SHAPES`) documents what the checks in
app/casebook/instruments/answers.py accept, for clients that do not read the per-version schemas.
Each shape is its item kind's (app/casebook/items/)."""

from __future__ import annotations

from typing import Any

from casebook.api.schema import JSON_SCHEMA, nullable
from casebook.instruments.model import Instrument, label_text
from casebook.items import KINDS, kind_of

Schema = dict[str, Any]


def value_schema(instrument: Instrument, item: Any) -> Schema:
    """The JSON Schema of the answer to one item of this instrument version."""
    kind = kind_of(item)
    if not kind.takes_answer:
        raise ValueError(f"no answer shape for item type {item.type!r}")  # notes take no answer
    return kind.answer_schema(instrument, item)


def answers_schema(instrument: Instrument) -> Schema:
    """The JSON Schema of the `answers` object of one instrument version. `null` leaves an
    item unanswered; required items, `show_if` and `constraint` are checked by the server
    (see the items' `required`, `show_if` and `constraint`)."""
    properties: Schema = {}
    for item in instrument.items():
        if not kind_of(item).takes_answer:
            continue
        schema = value_schema(instrument, item)
        schema["title"] = label_text(item.label)
        properties[item.id] = nullable(schema)
        if getattr(item, "other", False):
            properties[item.other_id] = nullable(
                {"type": "string", "title": f"{label_text(item.label)}: other, please specify"}
            )
    return {
        "$schema": JSON_SCHEMA,
        "title": f"Answers to {instrument.id} v{instrument.version}",
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
    }


ITEM_TYPE_SHAPES: dict[str, Schema] = {
    name: kind.generic_schema for name, kind in KINDS.items() if kind.takes_answer
}
