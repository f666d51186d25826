"""Topic items (`topic`): the unit of a semi-structured interview, a main question with
probes. The answer is `{"covered": bool, "notes": str, "probes": {probe_id: bool}}`, probes
ticked only where the topic has `probe_ticks`."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from casebook.instruments.model import label_text
from casebook.items.base import (
    YES_NO,
    Cell,
    Found,
    ItemKind,
    Policy,
    Schema,
    WidePart,
    drop_empty,
    fake_note,
    join,
)

if TYPE_CHECKING:
    from casebook.instruments.model import Instrument


class TopicKind(ItemKind):
    name = "topic"
    field = "topic_parts"
    macro = "topic"
    reader = "topic"

    def check(self, instrument: Instrument, item: Any, key: str, value: Any) -> Found:
        if not isinstance(value, dict) or set(value) - {"covered", "notes", "probes"}:
            return [(key, 'expected {"covered": true/false, "notes": "...", "probes": {...}}')]
        found: Found = []
        if not isinstance(value.get("covered", False), bool):
            found.append((f"{key}.covered", "expected true or false"))
        if not isinstance(value.get("notes", ""), str):
            found.append((f"{key}.notes", "expected text"))
        probes = value.get("probes", {})
        known = {p.id for p in item.probes} if item.probe_ticks else set()
        if not isinstance(probes, dict):
            found.append((f"{key}.probes", "expected an object of probe ids to true/false"))
        else:
            for probe_id, ticked in probes.items():
                if probe_id not in known or not isinstance(ticked, bool):
                    found.append((f"{key}.probes.{probe_id}", "not a probe that takes a tick"))
        return found

    def normalise(self, item: Any, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        probes = value.get("probes")
        return drop_empty(
            {
                "covered": value.get("covered") or None,
                "notes": value.get("notes"),
                "probes": drop_empty({k: v for k, v in probes.items() if v})
                if isinstance(probes, dict)
                else probes,
            }
        )

    def answer_schema(self, instrument: Instrument, item: Any) -> Schema:
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

    @property
    def generic_schema(self) -> Schema:
        probes = {
            "type": "object",
            "additionalProperties": {"type": "boolean"},
            "description": "probe id -> ticked (when the topic has probe ticks)",
        }
        return {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "covered": {"type": "boolean"},
                "notes": {"type": "string"},
                "probes": probes,
            },
        }

    def cells(
        self,
        instrument: Instrument,
        item: Any,
        item_id: str,
        part: str,
        value: Any,
        policy: Policy,
        rule: str,
    ) -> Iterator[Cell]:
        yield Cell(item_id, join(part, "covered"), value=bool(value.get("covered")))
        for probe_id, ticked in (value.get("probes") or {}).items():
            yield Cell(item_id, join(part, f"probes.{probe_id}"), value=ticked)
        if value.get("notes"):
            notes = value["notes"] if rule == "keep" else policy.clean(value["notes"])
            yield Cell(item_id, join(part, "notes"), text=notes)

    def wide_parts(self, instrument: Instrument, item: Any) -> list[WidePart]:
        parts: list[WidePart] = [
            ("covered", ": covered (1 = yes)", int),
            ("notes", ": notes (redacted)", str),
        ]
        if item.probe_ticks:
            parts += [
                (f"probes__{p.id}", f": probe '{label_text(p.label)}' covered", int)
                for p in item.probes
            ]
        return parts

    def value_labels(self, instrument: Instrument, item: Any) -> dict[str, dict[Any, str]]:
        labels = {"covered": dict(YES_NO)}
        if item.probe_ticks:
            labels |= {f"probes__{p.id}": dict(YES_NO) for p in item.probes}
        return labels

    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        value: dict[str, Any] = {"covered": True, "notes": fake_note(rng, name)}
        if item.probe_ticks and item.probes:
            value["probes"] = {p.id: True for p in item.probes if rng.random() < 0.6}
        return value


TOPIC = TopicKind()
