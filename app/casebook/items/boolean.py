"""Yes/no items (`boolean`): the answer is true or false."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from casebook.items.base import (
    YES_NO,
    Cell,
    Found,
    ItemKind,
    Policy,
    Schema,
    WidePart,
    numeric,
)

if TYPE_CHECKING:
    from casebook.instruments.model import Instrument


class BooleanKind(ItemKind):
    name = "boolean"
    field = "yes_no"
    macro = "radios"
    reader = "boolean"

    def check(self, instrument: Instrument, item: Any, key: str, value: Any) -> Found:
        return [] if isinstance(value, bool) else [(key, "expected true or false")]

    def answer_schema(self, instrument: Instrument, item: Any) -> Schema:
        return {"type": "boolean"}

    @property
    def generic_schema(self) -> Schema:
        return {"type": "boolean"}

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
        yield Cell(item_id, part, value=value)

    def wide_parts(self, instrument: Instrument, item: Any) -> list[WidePart]:
        return [("", "", numeric(item, int))]

    def value_labels(self, instrument: Instrument, item: Any) -> dict[str, dict[Any, str]]:
        return {"": dict(YES_NO)}

    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        return rng.random() < 0.7

    def candidates(self, instrument: Instrument, item: Any) -> list[Any]:
        return [True, False]


BOOLEAN = BooleanKind()
