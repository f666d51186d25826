"""The API's description of an instrument version in its OpenAPI document is the instrument
format's own generated schema (`instrument_json_schema`), changed only where the API's
document differs from the YAML, never a second hand-written copy: every bundled version's
GET /instruments/{id}/{version} document validates against it, strictly (no unknown field
anywhere), and each item type's schema says what the model says."""

from __future__ import annotations

import copy
from typing import Any

import jsonschema
import pytest
from casebook.api.instrument_document import instrument_document
from casebook.api.openapi import build_document
from casebook.instruments.loader import load_folder
from casebook.instruments.model import ITEM_TYPES, instrument_json_schema
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from tests.conftest import BUNDLED_INSTRUMENTS

INSTRUMENTS = load_folder(BUNDLED_INSTRUMENTS)[1]
DOCUMENT = build_document(INSTRUMENTS, "http://localhost/api/v1")
SCHEMAS = DOCUMENT["components"]["schemas"]
GENERATED = instrument_json_schema()["$defs"]


def validator(name: str) -> jsonschema.Draft202012Validator:
    """A validator for one component schema, resolving references within the document."""
    registry = Registry().with_resource("urn:api", DRAFT202012.create_resource(DOCUMENT))
    schema = {"$ref": f"urn:api#/components/schemas/{name}"}
    return jsonschema.Draft202012Validator(schema, registry=registry)


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=lambda i: f"{i.id}.v{i.version}")
def test_every_bundled_version_is_described_exactly(instrument):
    served = instrument_document(instrument, "0" * 64)
    errors = [e.message for e in validator("Instrument").iter_errors(served)]
    assert errors == []


def every_item(document: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for section in document["sections"]:
        for item in section["items"]:
            found += [item, *item.get("items", [])]
    return found


def test_a_field_the_model_does_not_have_is_refused_in_every_item_type():
    documents = [instrument_document(i, "0" * 64) for i in INSTRUMENTS]
    check = validator("Instrument")
    seen = set()
    for document in documents:
        for index, item in enumerate(every_item(document)):
            if item["type"] in seen:
                continue
            seen.add(item["type"])
            broken = copy.deepcopy(document)
            every_item(broken)[index]["colour"] = "red"
            assert not check.is_valid(broken), item["type"]
    assert seen == set(ITEM_TYPES)  # the bundled instruments use every type


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_each_part_of_the_format_is_the_generated_one(name):
    generated, served = GENERATED[name], SCHEMAS[name]
    changed = {"choices", "scale", "deid", "other_id", "required", "show_if", "identifier"}
    for field, schema in generated.get("properties", {}).items():
        if field in changed or "$ref" in str(schema):
            continue
        assert served["properties"][field] == schema, field
    assert served.get("description") == generated.get("description")
