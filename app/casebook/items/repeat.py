"""Repeat items (`repeat`): a group of simple items entered any number of times within
`min`..`max`. The answer is a list of entries, each an object keyed by sub-item id; each
sub-item is handled by its own kind (rows.py)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from casebook.instruments import expressions
from casebook.items.base import (
    Cell,
    Found,
    ItemKind,
    Policy,
    Schema,
    WidePart,
    drop_empty,
    join,
    released,
)
from casebook.items.rows import ROW_KINDS

if TYPE_CHECKING:
    from casebook.instruments.model import Instrument


def _answerable(item: Any) -> list[Any]:
    return [sub for sub in item.items if ROW_KINDS[sub.type].takes_answer]


class RepeatKind(ItemKind):
    name = "repeat"
    field = "repeat_rows"
    macro = "repeat"
    reader = "repeat"

    def check(self, instrument: Instrument, item: Any, key: str, value: Any) -> Found:
        if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
            return [(key, "expected a list of entries (objects keyed by item id)")]
        if item.max is not None and len(value) > item.max:
            return [(key, f"at most {item.max} entries (this has {len(value)})")]
        subs = {sub.id: sub for sub in _answerable(item)}
        found: Found = []
        for index, row in enumerate(value):
            path = f"{key}[{index}]"
            for sub_id, sub_value in row.items():
                sub = subs.get(sub_id)
                if sub is None:
                    found.append((f"{path}.{sub_id}", "unknown item in this entry"))
                else:
                    kind = ROW_KINDS[sub.type]
                    found += kind.check(instrument, sub, f"{path}.{sub_id}", sub_value)
        return found

    def normalise(self, item: Any, value: Any) -> Any:
        if not isinstance(value, list):
            return value
        rows = [drop_empty(r) if isinstance(r, dict) else r for r in value]
        return [r for r in rows if expressions.answered(r)]

    def answer_schema(self, instrument: Instrument, item: Any) -> Schema:
        entry = {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                sub.id: {  # unanswered is null
                    "anyOf": [ROW_KINDS[sub.type].answer_schema(instrument, sub), {"type": "null"}]
                }
                for sub in _answerable(item)
            },
        }
        schema: Schema = {"type": "array", "items": entry}
        if item.max is not None:
            schema["maxItems"] = item.max
        return schema

    @property
    def generic_schema(self) -> Schema:
        return {
            "type": "array",
            "description": "one object per entry, keyed by sub-item id",
            "items": {"type": "object"},
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
        subs = {sub.id: sub for sub in item.items}
        for index, entry in enumerate(value, start=1):
            for sub_id, sub_value in entry.items():
                sub = subs[sub_id]
                where = join(part, f"{index}.{sub_id}")
                kind = ROW_KINDS[sub.type]
                yield from released(kind, instrument, sub, item_id, where, sub_value, policy)

    def wide_parts(self, instrument: Instrument, item: Any) -> list[WidePart]:
        return []  # entries are in the long `answers` table only

    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        count = max(item.min, min(item.max or 4, rng.randint(2, 4)))
        rows = []
        for _ in range(count):
            row = {
                sub.id: ROW_KINDS[sub.type].fake(instrument, sub, rng, name) for sub in item.items
            }
            rows.append({k: v for k, v in row.items() if v is not None})
        return rows


REPEAT = RepeatKind()
