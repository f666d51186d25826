"""The API's view of an instrument version: what GET /instruments/<id>/<version> returns
(every field of every item, choice lists and scales resolved, with the JSON Schema of its
answers) and the component schemas that describe it in the OpenAPI document."""

from __future__ import annotations

from typing import Any

from casebook.api.answer_schemas import answers_schema
from casebook.api.schema import ID, TEXT, object_schema, ref
from casebook.instruments.model import Instrument, instrument_json_schema
from casebook.items import kind_of

Schemas = dict[str, Any]
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
    if not kind_of(item).takes_answer:  # a note, live events: no answer, no policy
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
    """The component schemas of instrument versions, taken from the instrument format's own
    generated schema (`instrument_json_schema`): one per item type and part (`TextItem`,
    `Choice`, `Scale`, `Section`, ...) plus `Item` (any item), `Label`, `Instrument` and
    `InstrumentSummary`. Changed only where GET /instruments/{id}/{version} differs from the
    YAML: named choice lists and scales resolved, `deid` as the policy a release applies,
    `other_id`, a note's fixed answer fields, and the version's hash and answers schema."""
    generated = _components(instrument_json_schema())
    parts = generated.pop("$defs")
    for part in parts.values():
        if "type" in part.get("properties", {}):  # an item type
            _as_served(part["properties"])
            part["required"] = sorted({*part["required"], *NOTE_FIELDS})
    version = generated["properties"]
    for named in ("choice_lists", "scales"):  # resolved into the items that use them
        del version[named]
    version["hash"] = HASH
    version["answers_schema"] = {"type": "object", "description": "JSON Schema of its answers"}
    summary = object_schema(
        {"id": TEXT, "version": ID, "kind": version["kind"], "title": TEXT, "hash": HASH},
        ["id", "version", "kind", "title", "hash"],
    )
    return {
        **parts,
        "Item": parts["Section"]["properties"]["items"]["items"],
        "Label": {k: v for k, v in version["title"].items() if k != "title"},  # as generated
        "InstrumentSummary": summary,
        "Instrument": {
            "type": "object",
            "additionalProperties": False,
            "description": "One registered version: the instrument format (docs/instruments.md) "
            "with named choice lists and scales resolved, every default filled in, `deid` as "
            "the policy a release applies, its hash and the JSON Schema of its answers.",
            "properties": version,
            "required": [*generated["required"], "roles", "languages", "hash", "answers_schema"],
        },
    }


# A note takes no answer: what it says in the fields every answerable item has.
NOTE_FIELDS = {
    "required": {"const": False},
    "show_if": {"type": "null"},
    "identifier": {"const": False},
    "deid": {"type": "null"},
}


def _as_served(properties: Schemas) -> None:
    """An item type's properties as `_item` serves them."""
    if "choices" in properties:
        properties["choices"] = {"type": "array", "items": ref("Choice")}
        properties["other_id"] = {
            "type": ["string", "null"],
            "description": "the id of the 'please specify' answer when `other` is true",
        }
    if "scale" in properties:
        properties["scale"] = ref("Scale")
    if "deid" in properties:
        policy = "The policy a data release applies (identifiers are always dropped)."
        properties["deid"] = {**properties["deid"], "description": policy}
    for name, fixed in NOTE_FIELDS.items():
        properties.setdefault(name, fixed)


def _components(schema: Any) -> Any:
    """The generated schema with its `#/$defs/` references pointing at the OpenAPI
    document's component schemas."""
    if isinstance(schema, dict):
        return {k: _components(v) for k, v in schema.items() if k != "$schema"}
    if isinstance(schema, list):
        return [_components(v) for v in schema]
    if isinstance(schema, str) and schema.startswith("#/$defs/"):
        return "#/components/schemas/" + schema.removeprefix("#/$defs/")
    return schema
