"""The codebook tables of a release: instruments, their items with full labels and release
policies, and the choices and scale anchors with their labels. Built from the stored
instrument definitions, so the codebook is what the data were collected with."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casebook.instruments.checklists import LEFT_OUT, NOT_OBSERVED, NOT_SCORED
from casebook.instruments.model import Instrument, label_text

LEFT_OUT_LABEL = "left out: the observer chose not to score this row and gave a reason"
NOT_SCORED_LABELS = {
    True: "not scored: left blank in a draft, or in a response completed before every row had "
    "to be scored, marked not observed or left out",
    False: "not scored: left blank (this checklist lets rows stay unscored)",
}


def instrument_row(instrument: Instrument, digest: str) -> dict[str, Any]:
    return {
        "instrument": instrument.id,
        "version": instrument.version,
        "kind": instrument.kind,
        "title": label_text(instrument.title),
        "description": label_text(instrument.description),
        "hash": digest,
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
    """Choices of choice items and anchors of scales, with their labels."""
    for item in _all_items(instrument):
        if item.type in ("choice", "multichoice"):
            for position, choice in enumerate(instrument.choices_for(item), start=1):
                yield _choice(instrument, item.id, choice.value, choice.label, position)
        if item.type in ("scale", "checklist"):
            scale = instrument.scale_for(item)
            for point in range(scale.min, scale.max + 1):
                label = scale.anchors.get(point)
                yield _choice(instrument, item.id, str(point), label or str(point), point)
            if scale.not_observed:
                yield _choice(instrument, item.id, NOT_OBSERVED, "not observed", scale.max + 1)
            if item.type == "checklist":
                yield from _blank_choices(instrument, item, scale.max + 2)


def _blank_choices(instrument: Instrument, item: Any, position: int) -> Iterator[dict[str, Any]]:
    """How a checklist row without a score says why (its `blank` in the release)."""
    yield _choice(instrument, item.id, LEFT_OUT, LEFT_OUT_LABEL, position)
    label = NOT_SCORED_LABELS[item.require_every_row]
    yield _choice(instrument, item.id, NOT_SCORED, label, position + 1)


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
