"""The codebook tables of a release: instruments, their items with full labels and release
policies, and the choices and scale anchors with their labels. Built from the stored
instrument definitions, so the codebook is what the data were collected with."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from casebook.instruments.model import Instrument, label_text
from casebook.items import kind_of


def instrument_row(instrument: Instrument, digest: str) -> dict[str, Any]:
    return {
        "instrument": instrument.id,
        "version": instrument.version,
        "kind": instrument.kind,
        "title": label_text(instrument.title),
        "description": label_text(instrument.description),
        "hash": digest,
        # The version as Casebook parsed it, so exports (SPSS, Stata, REDCap) rebuild their
        # labels from the instrument model itself, reading nothing but the release.
        "definition": json.dumps(instrument.definition(), ensure_ascii=False, sort_keys=True),
    }


def item_rows(instrument: Instrument) -> Iterator[dict[str, Any]]:
    """One row per item and per part of structured items (rows, probes, repeat items)."""
    position = 0
    for section in instrument.sections:
        for item in section.items:
            position += 1
            yield _item(instrument, section, item, item.id, None, position)
            for child_key in ("rows", "probes", "items"):
                for child in getattr(item, child_key, []) or []:
                    position += 1
                    yield _item(
                        instrument, section, child, f"{item.id}.{child.id}", item.id, position
                    )
            if getattr(item, "other", False):
                position += 1
                yield {
                    **_item(instrument, section, item, item.other_id, item.id, position),
                    "type": "text",
                    "label": f"{label_text(item.label)}: other, specified",
                    "policy": "redact",
                }


def _item(instrument, section, item, item_id, parent, position) -> dict[str, Any]:
    release = getattr(item, "release_policy", None)
    return {
        "instrument": instrument.id,
        "version": instrument.version,
        "item": item_id,
        "parent": parent,
        "position": position,
        "section": section.id,
        "section_title": label_text(section.title),
        "type": getattr(item, "type", "part"),
        "label": label_text(item.label),
        "help": label_text(getattr(item, "help", None)) or None,
        "required": bool(getattr(item, "required", False)),
        "show_if": getattr(item, "show_if", None),
        "policy": release() if release else None,
    }


def choice_rows(instrument: Instrument) -> Iterator[dict[str, Any]]:
    """Choices of choice items and anchors of scales, with their labels (each item's codes
    as its kind lists them, `ItemKind.codebook_values`)."""
    for item in _all_items(instrument):
        for value, label, position in kind_of(item).codebook_values(instrument, item):
            yield _choice(instrument, item.id, value, label, position)


def _all_items(instrument: Instrument) -> Iterator[Any]:
    for item in instrument.items():
        yield item
        yield from getattr(item, "items", []) or []


def _choice(instrument, item_id, value, label, position) -> dict[str, Any]:
    return {
        "instrument": instrument.id,
        "version": instrument.version,
        "item": item_id,
        "value": value,
        "label": label_text(label),
        "position": position,
    }
