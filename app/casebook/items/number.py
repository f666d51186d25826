"""Counted items: `number` (whole or decimal, within `min`..`max`, banded by `generalize`)
and `duration` (whole minutes, at most `max`)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from casebook.i18n import _
from casebook.items.base import Cell, Found, ItemKind, Policy, Schema, WidePart, numeric

if TYPE_CHECKING:
    from casebook.instruments.model import Instrument


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def band(value: float, edges: list[float]) -> str:
    """`18-29` for 23 with edges [18, 30, 45, 65]; `under 18`, `65 and over` at the ends."""
    if value < edges[0]:
        return f"under {edges[0]:g}"
    for low, high in zip(edges, edges[1:], strict=False):
        if low <= value < high:
            return f"{low:g}-{high - 1:g}" if float(high).is_integer() else f"{low:g}-<{high:g}"
    return f"{edges[-1]:g} and over"


class NumberKind(ItemKind):
    name = "number"
    field = "number_text"
    macro = "textual"
    reader = "number"

    def check(self, instrument: Instrument, item: Any, key: str, value: Any) -> Found:
        if not is_number(value):
            return [(key, "expected a number")]
        if not item.decimal and value != int(value):
            return [(key, "expected a whole number")]
        if item.min is not None and value < item.min:
            return [(key, _("must be at least %(number)s", number=f"{item.min:g}"))]
        if item.max is not None and value > item.max:
            return [(key, _("must be at most %(number)s", number=f"{item.max:g}"))]
        return []

    def answer_schema(self, instrument: Instrument, item: Any) -> Schema:
        schema: Schema = {"type": "number" if item.decimal else "integer"}
        if item.min is not None:
            schema["minimum"] = item.min
        if item.max is not None:
            schema["maximum"] = item.max
        return schema

    @property
    def generic_schema(self) -> Schema:
        return {"type": "number"}

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
        if rule == "generalize" and item.bands:
            yield Cell(item_id, part, value=band(value, item.bands))
        else:
            yield Cell(item_id, part, value=value)

    def wide_parts(self, instrument: Instrument, item: Any) -> list[WidePart]:
        return [("", "", numeric(item, float))]

    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        low = int(item.min) if item.min is not None else 0
        high = int(item.max) if item.max is not None else low + 90
        return rng.randint(low, high)

    def candidates(self, instrument: Instrument, item: Any) -> list[Any]:
        low = int(item.min) if item.min is not None else 0
        high = min(int(item.max) if item.max is not None else low + 50, low + 50)
        return list(range(low, high + 1))


class DurationKind(ItemKind):
    name = "duration"
    field = "duration_text"
    macro = "textual"
    reader = "duration"

    def check(self, instrument: Instrument, item: Any, key: str, value: Any) -> Found:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            return [(key, "expected a duration in whole minutes (0 or more)")]
        if item.max is not None and value > item.max:
            return [(key, _("must be at most %(number)d minutes", number=item.max))]
        return []

    def answer_schema(self, instrument: Instrument, item: Any) -> Schema:
        schema: Schema = {"type": "integer", "minimum": 0, "description": "minutes"}
        if item.max is not None:
            schema["maximum"] = item.max
        return schema

    @property
    def generic_schema(self) -> Schema:
        return {"type": "integer", "minimum": 0, "description": "whole minutes"}

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

    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        return rng.randint(30, min(item.max or 120, 120))


NUMBER = NumberKind()
DURATION = DurationKind()
