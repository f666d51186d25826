"""The API's view of an instrument version: what GET /instruments/<id>/<version> returns
(every field of every item, choice lists and scales resolved, with the JSON Schema of its
answers) and the component schemas that describe it in the OpenAPI document."""

from __future__ import annotations

from typing import Any

from casebook.api.answer_schemas import answers_schema
from casebook.api.schema import ID, LABEL, TEXT, nullable, object_schema, ref
from casebook.instruments.model import ITEM_TYPES, Instrument

Schemas = dict[str, Any]
KINDS = {"enum": ["interview", "observation", "coding"]}
HASH = {"type": "string", "pattern": "^[0-9a-f]{64}$"}


def instrument_document(instrument: Instrument, digest: str) -> dict[str, Any]:
    """What GET /instruments/<id>/<version> returns."""
    return {
        "id": instrument.id,
        "version": instrument.version,
        "kind": instrument.kind,
        "title": instrument.title,
        "description": instrument.description,
        "hash": digest,
        "roles": instrument.roles,
        "waves": instrument.waves,
        "languages": instrument.languages,
        "sections": [
            {
                "id": section.id,
                "title": section.title,
                "help": section.help,
                "show_if": section.show_if,
                "items": [_item(instrument, item) for item in section.items],
            }
            for section in instrument.sections
        ],
        "answers_schema": answers_schema(instrument),
    }


def _item(instrument: Instrument, item: Any) -> dict[str, Any]:
    """Every field of the item (defaults included), with choice lists and scales resolved,
    the derived `other_id`, and `deid` as the policy a release applies."""
    data = item.model_dump(mode="json")
    if item.type == "note":
        data.update(required=False, show_if=None, identifier=False, deid=None)
        return data
    data["deid"] = item.release_policy()
    if "choices" in data:
        data["choices"] = [c.model_dump(mode="json") for c in instrument.choices_for(item)]
        data["other_id"] = item.other_id if item.other else None
    if "scale" in data:
        data["scale"] = instrument.scale_for(item).model_dump(mode="json")
    if item.type == "repeat":
        data["items"] = [_item(instrument, sub) for sub in item.items]
    return data


def instrument_schemas() -> Schemas:
    """The component schemas of instrument versions: Label, InstrumentSummary, Instrument
    and Item."""
    summary = object_schema(
        {"id": TEXT, "version": ID, "kind": KINDS, "title": TEXT, "hash": HASH},
        ["id", "version", "kind", "title", "hash"],
    )
    return {
        "Label": LABEL,
        "InstrumentSummary": summary,
        "Instrument": _instrument_schema(),
        "Item": _item_schema(),
    }


def _instrument_schema() -> Schemas:
    section = object_schema(
        {
            "id": TEXT,
            "title": ref("Label"),
            "help": nullable(ref("Label")),
            "show_if": {"type": ["string", "null"]},
            "items": {"type": "array", "items": ref("Item")},
        },
        ["id", "title", "items"],
    )
    roles = {
        "type": "array",
        "items": TEXT,
        "description": "participant roles (study.yaml) an interview is for",
    }
    answers = {"type": "object", "description": "JSON Schema of this version's answers"}
    return object_schema(
        {
            "id": TEXT,
            "version": ID,
            "kind": KINDS,
            "title": ref("Label"),
            "description": nullable(ref("Label")),
            "hash": HASH,
            "roles": roles,
            "waves": {"type": "array", "items": TEXT},
            "languages": {"type": "array", "items": TEXT},
            "sections": {"type": "array", "items": section},
            "answers_schema": answers,
        },
        ["id", "version", "kind", "title", "hash", "roles", "waves", "sections", "answers_schema"],
    )


def _item_schema() -> Schemas:
    choice = object_schema({"value": TEXT, "label": ref("Label")}, ["value", "label"])
    return {
        "type": "object",
        "description": "Every field of the item as in docs/instruments.md, with named choice "
        "lists and scales resolved; `deid` is the policy a data release applies.",
        "required": ["id", "type", "label", "required", "show_if", "identifier", "deid"],
        "properties": {
            "id": TEXT,
            "type": {"enum": list(ITEM_TYPES)},
            "label": ref("Label"),
            "help": nullable(ref("Label")),
            "required": {"type": "boolean"},
            "show_if": {"type": ["string", "null"]},
            "constraint": {"type": ["string", "null"]},
            "identifier": {"type": "boolean"},
            "deid": {"enum": ["keep", "drop", "redact", "shift", "generalize", None]},
            "choices": {"type": "array", "items": choice},
            "other_id": {"type": ["string", "null"]},
            "scale": {"type": "object"},
            "items": {"type": "array", "items": ref("Item")},
        },
    }
