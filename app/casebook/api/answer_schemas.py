"""The JSON Schema of answers, generated from the instrument model: `value_schema` turns one
item of a registered version into the schema of its answer (choices, ranges, rows and probes
included), `answers_schema` does so for a whole version (the OpenAPI document's
`Answers.<id>.v<n>` and the `answers_schema` of GET /instruments/<id>/<version>). The generic
shape of each item type (`ITEM_TYPE_SHAPES`) documents what the checks in
app/casebook/instruments/answers.py accept, for clients that do not read the per-version schemas."""

from __future__ import annotations

from typing import Any

from casebook.api.schema import JSON_SCHEMA, nullable
from casebook.dates import DATE_PATTERN, TIME_PATTERN
from casebook.instruments.checklists import LEFT_OUT, NOT_OBSERVED
from casebook.instruments.model import ITEM_TYPES, Instrument, Scale, label_text

Schema = dict[str, Any]


def scale_schema(scale: Scale) -> Schema:
    """A point on this scale, or "not_observed" where the scale offers it."""
    number = {"type": "integer", "minimum": scale.min, "maximum": scale.max}
    if not scale.not_observed:
        return number
    return {"anyOf": [number, {"const": NOT_OBSERVED}]}


def value_schema(instrument: Instrument, item: Any) -> Schema:
    """The JSON Schema of the answer to one item of this instrument version."""
    kind = item.type
    if kind in ("text", "longtext"):
        return _text(item)
    if kind == "number":
        return _number(item)
    if kind == "date":
        return {"type": "string", "format": "date", "pattern": DATE_PATTERN}
    if kind == "time":
        return {"type": "string", "pattern": TIME_PATTERN}
    if kind == "duration":
        return _duration(item)
    if kind == "boolean":
        return {"type": "boolean"}
    if kind in ("choice", "multichoice"):
        return _choice(instrument, item)
    if kind == "scale":
        return scale_schema(instrument.scale_for(item))
    if kind == "checklist":
        return _checklist(instrument, item)
    if kind == "topic":
        return _topic(item)
    if kind == "repeat":
        return _repeat(instrument, item)
    raise ValueError(f"no answer shape for item type {kind!r}")  # notes take no answer


def _text(item: Any) -> Schema:
    schema: Schema = {"type": "string"}
    if item.max_length:
        schema["maxLength"] = item.max_length
    return schema


def _number(item: Any) -> Schema:
    schema: Schema = {"type": "number" if item.decimal else "integer"}
    if item.min is not None:
        schema["minimum"] = item.min
    if item.max is not None:
        schema["maximum"] = item.max
    return schema


def _duration(item: Any) -> Schema:
    schema: Schema = {"type": "integer", "minimum": 0, "description": "minutes"}
    if item.max is not None:
        schema["maximum"] = item.max
    return schema


def _choice(instrument: Instrument, item: Any) -> Schema:
    values = [c.value for c in instrument.choices_for(item)]
    one = {"type": "string", "enum": values}
    if item.type == "choice":
        return one
    return {"type": "array", "items": one, "uniqueItems": True}


def _row_score(point: Schema) -> Schema:
    """A checklist row's score: a point of the scale (or "not_observed"), or "left_out"."""
    points = point["anyOf"] if "anyOf" in point else [point]
    return {"anyOf": [*points, {"const": LEFT_OUT}]}


def _checklist(instrument: Instrument, item: Any) -> Schema:
    row = {
        "score": _row_score(scale_schema(instrument.scale_for(item))),
        "reason": {"type": "string", "description": 'why the row is left out ("left_out")'},
    }
    if item.evidence:
        row["evidence"] = {"type": "string"}
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            r.id: {"type": "object", "additionalProperties": False, "properties": row}
            for r in item.rows
        },
    }


def _topic(item: Any) -> Schema:
    probes: Schema = {"type": "object", "additionalProperties": False}
    if item.probe_ticks:
        probes["properties"] = {p.id: {"type": "boolean"} for p in item.probes}
    else:
        probes["maxProperties"] = 0
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "covered": {"type": "boolean"},
            "notes": {"type": "string"},
            "probes": probes,
        },
    }


def _repeat(instrument: Instrument, item: Any) -> Schema:
    entry = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            sub.id: nullable(value_schema(instrument, sub))
            for sub in item.items
            if sub.type != "note"
        },
    }
    schema: Schema = {"type": "array", "items": entry}
    if item.max is not None:
        schema["maxItems"] = item.max
    return schema


def answers_schema(instrument: Instrument) -> Schema:
    """The JSON Schema of the `answers` object of one instrument version. `null` leaves an
    item unanswered; required items, `show_if` and `constraint` are checked by the server
    (see the items' `required`, `show_if` and `constraint`)."""
    properties: Schema = {}
    for item in instrument.items():
        if item.type == "note":
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


def _generic_shapes() -> dict[str, Schema]:
    scale = {
        "anyOf": [{"type": "integer"}, {"const": NOT_OBSERVED}],
        "description": 'a whole number on the item\'s scale, or "not_observed" where the '
        "scale offers it",
    }
    text = {"type": "string"}
    probes = {
        "type": "object",
        "additionalProperties": {"type": "boolean"},
        "description": "probe id -> ticked (when the topic has probe ticks)",
    }
    shapes = {
        "topic": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"covered": {"type": "boolean"}, "notes": text, "probes": probes},
        },
        "text": text,
        "longtext": text,
        "number": {"type": "number"},
        "date": {"type": "string", "pattern": DATE_PATTERN, "description": "YYYY-MM-DD"},
        "time": {"type": "string", "pattern": TIME_PATTERN, "description": "HH:MM, 24-hour"},
        "duration": {"type": "integer", "minimum": 0, "description": "whole minutes"},
        "boolean": {"type": "boolean"},
        "choice": {
            "type": "string",
            "description": "one choice value; with `other`, the text goes in the answer "
            "`<item id>_other`",
        },
        "multichoice": {"type": "array", "items": text, "uniqueItems": True},
        "scale": scale,
        "checklist": {
            "type": "object",
            "description": "row id -> {score, evidence, reason}: a score on the scale, "
            '"not_observed" where the scale offers it, or "left_out" with the reason',
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"score": _row_score(scale), "evidence": text, "reason": text},
            },
        },
        "repeat": {
            "type": "array",
            "description": "one object per entry, keyed by sub-item id",
            "items": {"type": "object"},
        },
    }
    assert set(shapes) | {"note"} == set(ITEM_TYPES)
    return shapes


ITEM_TYPE_SHAPES = _generic_shapes()
